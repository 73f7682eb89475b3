/* eslint-disable @typescript-eslint/no-explicit-any -- Excel mengirim rentang campuran (angka, teks, kosong); tipenya diperiksa di inti */
/**
 * Fungsi kustom rasio kinerja pelayanan (keluarga `KINERJA.`; seed 000 Tabel 1.1, seed 001 Tabel 1 dan
 * bagian Akuntabilitas). Pembungkus tipis, tanpa aritmetika. Setiap argumen boleh satu sel atau rentang;
 * rentang harus berbentuk sama (#VALUE! bila tidak), satu sel dipakai untuk semua posisi, hasilnya spill.
 * Sel kosong selalu memberi #N/A (data belum ada): tidak dianggap nol. Dua rentang berbentuk sama berisi
 * angka sah dihitung jalur cepat satu lintasan (`rasioRentang`, ./cepat.ts); selain itu `perSel`.
 */
import * as layanan from "../core/layanan";
import { RASIO, rasioRentang } from "./cepat";
import { cepatAtau, perSel } from "./excel";

/**
 * Produktivitas = output / input (Hasibuan dalam Dwiyanto; seed 001 bagian Produktivitas).
 * Sel kosong memberi #N/A; input 0 memberi #DIV/0!; angka negatif #NUM!.
 * @customfunction KINERJA.PRODUKTIVITAS KINERJA.PRODUKTIVITAS
 * @param output Output (hasil), mis. jumlah dokumen terselesaikan; satu sel atau rentang.
 * @param input Input (masukan), mis. jumlah pegawai atau jam kerja; satu sel atau rentang berbentuk sama.
 * @returns Produktivitas tiap baris, dalam bentuk rentang masukan.
 */
export function kinerjaProduktivitas(output: any[][], input: any[][]): number[][] {
  return cepatAtau(
    () => rasioRentang(output, input, RASIO.bagi),
    () =>
      perSel(
        [
          { nilai: output, nama: "output" },
          { nilai: input, nama: "input" },
        ],
        (s) => layanan.produktivitas(s[0] as number, s[1] as number),
      ),
  );
}

/**
 * Tingkat penyelesaian = selesai / masuk (seed 001 Tabel 1: pemohon terselesaikan terhadap pemohon masuk).
 * Sel kosong memberi #N/A; masuk 0 memberi #DIV/0!; angka negatif atau selesai > masuk memberi #NUM!.
 * @customfunction KINERJA.PENYELESAIAN KINERJA.PENYELESAIAN
 * @param selesai Jumlah permohonan yang terselesaikan; satu sel atau rentang.
 * @param masuk Jumlah permohonan yang masuk pada periode yang sama; satu sel atau rentang berbentuk sama.
 * @returns Tingkat penyelesaian (rasio, 1 = 100%).
 */
export function kinerjaPenyelesaian(selesai: any[][], masuk: any[][]): number[][] {
  return cepatAtau(
    () => rasioRentang(selesai, masuk, RASIO.bagian),
    () =>
      perSel(
        [
          { nilai: selesai, nama: "selesai" },
          { nilai: masuk, nama: "masuk" },
        ],
        (s) => layanan.penyelesaian(s[0] as number, s[1] as number),
      ),
  );
}

/**
 * Ketepatan waktu = (selesai − terlambat) / selesai (seed 000 Tabel 1.1: jumlah selesai dan jumlah proses
 * melebihi batas waktu). Sel kosong memberi #N/A (tulis 0 bila memang tidak ada yang terlambat); selesai 0
 * memberi #DIV/0!; angka negatif atau terlambat > selesai memberi #NUM!.
 * @customfunction KINERJA.KETEPATAN KINERJA.KETEPATAN
 * @param selesai Jumlah layanan yang selesai; satu sel atau rentang.
 * @param terlambat Jumlah layanan yang melebihi batas waktu; satu sel atau rentang berbentuk sama.
 * @returns Ketepatan waktu (rasio, 1 = 100%).
 */
export function kinerjaKetepatan(selesai: any[][], terlambat: any[][]): number[][] {
  return cepatAtau(
    () => rasioRentang(selesai, terlambat, RASIO.sisaBagian),
    () =>
      perSel(
        [
          { nilai: selesai, nama: "selesai" },
          { nilai: terlambat, nama: "terlambat" },
        ],
        (s) => layanan.ketepatanWaktu(s[0] as number, s[1] as number),
      ),
  );
}

/**
 * Capaian target = realisasi / target (seed 001 bagian Akuntabilitas: KK 4801 terhadap target 4500).
 * Tidak dibatasi (boleh di atas 1). Sel kosong memberi #N/A; target 0 memberi #DIV/0!; angka negatif #NUM!.
 * @customfunction KINERJA.CAPAIAN KINERJA.CAPAIAN
 * @param realisasi Realisasi; satu sel atau rentang.
 * @param target Target; satu sel atau rentang berbentuk sama.
 * @returns Capaian (rasio, 1 = 100%).
 */
export function kinerjaCapaian(realisasi: any[][], target: any[][]): number[][] {
  return cepatAtau(
    () => rasioRentang(realisasi, target, RASIO.bagi),
    () =>
      perSel(
        [
          { nilai: realisasi, nama: "realisasi" },
          { nilai: target, nama: "target" },
        ],
        (s) => layanan.capaianTarget(s[0] as number, s[1] as number),
      ),
  );
}
