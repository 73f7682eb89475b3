/**
 * Subperintah `kinerja pekppp --input FILE.csv [--json]`: Indeks Pelayanan Publik (PEKPPP). Kolom
 * aspek,indikator,nilai dan opsional bobot_indikator (pecahan; kosong di seluruh aspek = bobot sama).
 * Nama aspek dicocokkan tanpa membedakan huruf besar/kecil. Aspek tanpa baris = galat.
 */
import { GalatKinerja } from "../core/errors";
import { hitungPekppp, type BarisPekppp, type HasilPekppp } from "../core/pekppp";
import { GalatCli, angkaSel, bacaCsv, indeksKolom } from "./csv";
import { VERSI_PEKPPP, type KodeVersiPekppp } from "../frameworks/aturan-versi";

export interface OpsiPekppp {
  input: string;
  /** Versi aturan: "2022" (bawaan, berlaku) atau "2017" (PermenPAN-RB 17/2017, bobot aspek tidak terverifikasi). */
  versi?: KodeVersiPekppp;
  json?: boolean;
}

/** Menghitung IPP dari berkas; galat menjadi GalatCli (kode keluar 2) yang menyebut baris. */
export function hitungPekpppDariCsv(berkas: string, versi: KodeVersiPekppp = "2022"): HasilPekppp {
  const v = VERSI_PEKPPP.find((x) => x.kode === versi);
  if (!v) throw new GalatCli(`--versi "${versi}" tidak dikenal (${VERSI_PEKPPP.map((x) => x.kode).join(", ")})`);
  const t = bacaCsv(berkas);
  const iA = indeksKolom(t, "aspek");
  const iI = indeksKolom(t, "indikator");
  const iN = indeksKolom(t, "nilai");
  const iB = t.kolom.indexOf("bobot_indikator");
  if (t.baris.length === 0) throw new GalatCli(`${berkas}: tidak ada baris data di bawah judul`);
  const baris: BarisPekppp[] = t.baris.map((b) => {
    if (b.sel[iA].trim() === "") throw new GalatCli(`${berkas} baris ${b.baris}, kolom aspek: kosong`);
    if (b.sel[iI].trim() === "") throw new GalatCli(`${berkas} baris ${b.baris}, kolom indikator: kosong`);
    const nilai = angkaSel(t, b.baris, "nilai", b.sel[iN]);
    const bobot = iB >= 0 && b.sel[iB].trim() !== "" ? angkaSel(t, b.baris, "bobot_indikator", b.sel[iB]) : null;
    return { aspek: b.sel[iA], nilai, bobot, label: `baris ${b.baris} (${b.sel[iI].trim()})` };
  });
  try {
    return hitungPekppp(baris, v.bobotAspek);
  } catch (e) {
    if (e instanceof GalatKinerja) throw new GalatCli(`${berkas}: ${e.message}`);
    throw e;
  }
}

/** Teks untuk manusia; angka dibulatkan hanya untuk tampilan. */
export function formatPekppp(h: HasilPekppp): string {
  const judul = ["Aspek", "Bobot", "Nilai"];
  const isi = h.aspek.map((a) => [a.nama, `${Number((a.bobot * 100).toFixed(6))}%`, a.nilai.toFixed(4)]);
  const lebar = judul.map((j, k) => Math.max(j.length, ...isi.map((r) => r[k].length)));
  const baris = [judul, ...isi].map((r) => r.map((c, k) => (k === 0 ? c.padEnd(lebar[k]) : c.padStart(lebar[k]))).join("  ").trimEnd());
  return `${baris.join("\n")}\nIPP: ${h.indeks.toFixed(4)}\nKategori: ${h.huruf} ${h.kategori}\n`;
}

/** `kinerja pekppp`: mengembalikan seluruh keluaran sekaligus; melempar GalatCli bila masukan tidak dapat dipakai. */
export function jalankanPekppp(opsi: OpsiPekppp): string {
  const versi = opsi.versi ?? "2022";
  const h = hitungPekpppDariCsv(opsi.input, versi);
  const v = VERSI_PEKPPP.find((x) => x.kode === versi) as (typeof VERSI_PEKPPP)[number];
  if (opsi.json) return JSON.stringify({ versi, aturan: v.aturan, aspek: h.aspek.map((a) => ({ nama: a.nama, bobot: a.bobot, nilai: a.nilai })), indeks: h.indeks, kategori: h.kategori, huruf: h.huruf }) + "\n";
  return `Aturan: ${v.aturan}${v.berlaku ? "" : ` — bukan aturan berlaku; ${v.sumber}`}\n${formatPekppp(h)}`;
}
