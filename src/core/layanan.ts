/**
 * Rasio kinerja pelayanan (keluarga `KINERJA.`). Fungsi murni, tanpa Office, tanpa pembulatan.
 *
 * - produktivitas  = output / input                      (seed 001, 2.A: Hasibuan)
 * - penyelesaian   = selesai / masuk                     (seed 001, Tabel 1)
 * - ketepatanWaktu = (selesai − terlambat) / selesai     (seed 000, Tabel 1.1)
 * - capaianTarget  = realisasi / target                  (seed 001, 2.C Akuntabilitas)
 *
 * Semua masukan adalah jumlah (cacah) atau besaran tak-negatif; pecahan diterima (mis. input dalam
 * jam kerja). Lihat docs/metode/layanan.md.
 */
import { galatAngka, galatBagiNol, pastikanTerhingga } from "./errors";
import { angkaTunggal } from "./bsc";

/**
 * Produktivitas = output / input.
 * @throws #N/A kosong; #VALUE! bukan angka; #NUM! negatif; #DIV/0! input 0
 */
export function produktivitas(output: number, input: number): number {
  const o = angkaTunggal(output, "output", true);
  const i = angkaTunggal(input, "input", true);
  if (i === 0) throw galatBagiNol("input 0, produktivitas tidak terdefinisi");
  return pastikanTerhingga(o / i, "produktivitas");
}

/**
 * Tingkat penyelesaian = selesai / masuk (bagian permohonan yang masuk yang terselesaikan).
 * @throws #N/A kosong; #VALUE! bukan angka; #NUM! negatif atau selesai > masuk; #DIV/0! masuk 0
 */
export function penyelesaian(selesai: number, masuk: number): number {
  const s = angkaTunggal(selesai, "selesai", true);
  const m = angkaTunggal(masuk, "masuk", true);
  if (m === 0) throw galatBagiNol("jumlah masuk 0, tingkat penyelesaian tidak terdefinisi");
  if (s > m) throw galatAngka(`selesai (${s}) lebih besar dari masuk (${m})`);
  return s / m;
}

/**
 * Ketepatan waktu = (selesai − terlambat) / selesai: bagian layanan selesai yang tidak melebihi batas waktu.
 * @throws #N/A kosong; #VALUE! bukan angka; #NUM! negatif atau terlambat > selesai; #DIV/0! selesai 0
 */
export function ketepatanWaktu(selesai: number, terlambat: number): number {
  const s = angkaTunggal(selesai, "selesai", true);
  const t = angkaTunggal(terlambat, "terlambat", true);
  if (t > s) throw galatAngka(`terlambat (${t}) lebih besar dari selesai (${s})`);
  if (s === 0) throw galatBagiNol("jumlah selesai 0, ketepatan waktu tidak terdefinisi");
  return (s - t) / s;
}

/**
 * Capaian target = realisasi / target (boleh lebih dari 1 bila target terlampaui; tidak dibatasi).
 * @throws #N/A kosong; #VALUE! bukan angka; #NUM! negatif; #DIV/0! target 0
 */
export function capaianTarget(realisasi: number, target: number): number {
  const r = angkaTunggal(realisasi, "realisasi", true);
  const t = angkaTunggal(target, "target", true);
  if (t === 0) throw galatBagiNol("target 0, capaian tidak terdefinisi");
  return pastikanTerhingga(r / t, "capaian target");
}
