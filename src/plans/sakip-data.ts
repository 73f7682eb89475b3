/**
 * Membaca Perjanjian Kinerja dari lembar yang sudah dimiliki kantor (nilai 2-D seperti dibaca Office.js): baris
 * judul dicari (baris pertama yang memuat kolom sasaran, indikator dan target), kolom dikenali menurut judulnya
 * (core/sakip-kolom.ts), kolom lain (No, Keterangan, …) diabaikan, baris tanpa indikator dilewati. Murni: dipakai
 * panel (dimuat belakangan) dan diuji tanpa Excel.
 */
import { arahSakip, jenisIndikator } from "../core/sakip";
import { KOLOM_PK, kenaliKolomSakip, kunciJudul } from "../core/sakip-kolom";
import { GalatKinerja, galatAngka, galatDi, galatNA, galatNilai, kosongTeks } from "../core/errors";
import type { IndikatorPk } from "./sakip";

const WAJIB = ["sasaran", "indikator", "target"];

/** Indeks baris judul: baris pertama (dari 30 teratas) yang memuat ketiga kolom wajib. */
export function barisJudulPk(nilai: readonly (readonly unknown[])[]): number {
  for (let b = 0; b < Math.min(nilai.length, 30); b++) {
    const kunci = new Set(nilai[b].map((x) => kunciJudul(String(x ?? ""))));
    if (WAJIB.every((w) => KOLOM_PK[w].some((k) => kunci.has(k)))) return b;
  }
  return -1;
}

/** Angka sel: angka apa adanya; teks "85,5" atau "85.5" dibaca; kosong → null. @throws #VALUE! bukan angka; #NUM! negatif */
function angka(x: unknown, tempat: string): number | null {
  if (kosongTeks(x)) return null;
  const v = typeof x === "number" ? x : Number(String(x).trim().replace(/\s/g, "").replace(/%$/, "").replace(",", "."));
  if (!Number.isFinite(v)) throw galatNilai(`${tempat}: "${String(x)}" bukan angka`);
  if (v < 0) throw galatAngka(`${tempat}: ${v} negatif`);
  return v;
}

/**
 * Indikator PK dari nilai lembar `nama`.
 * @throws #N/A judul tidak ditemukan atau tanpa indikator; #VALUE!/#NUM! sel salah (pesan menyebut baris Excel relatif rentang)
 */
export function pkDariLembar(nama: string, nilai: readonly (readonly unknown[])[]): IndikatorPk[] {
  const bj = barisJudulPk(nilai);
  if (bj < 0) throw galatNA(`lembar "${nama}": baris judul dengan kolom Sasaran, Indikator dan Target tidak ditemukan`);
  const judul = nilai[bj].map((x) => String(x ?? ""));
  const { indeks: i } = kenaliKolomSakip(judul, KOLOM_PK, WAJIB);
  const sel = (r: readonly unknown[], k: string) => (i[k] === undefined ? null : r[i[k]]);
  const teks = (r: readonly unknown[], k: string) => String(sel(r, k) ?? "").trim();
  const hasil: IndikatorPk[] = [];
  let sasaranTerakhir = "";
  for (let b = bj + 1; b < nilai.length; b++) {
    const r = nilai[b];
    const tempat = `lembar "${nama}" baris ke-${b + 1}`;
    const indikator = teks(r, "indikator");
    // sasaran sering ditulis sekali untuk beberapa indikator (sel digabung): yang kosong mewarisi di atasnya
    if (teks(r, "sasaran")) sasaranTerakhir = teks(r, "sasaran");
    if (!indikator) continue;
    if (!sasaranTerakhir) throw galatNA(`${tempat}: sasaran kosong`);
    if (/[*?~]/.test(sasaranTerakhir) || /^[<>=]/.test(sasaranTerakhir))
      throw galatNilai(
        `${tempat}: sasaran memuat * ? ~ atau diawali < > = (SUMIF di lembar 3.4 membacanya sebagai pola)`,
      );
    try {
      const target = angka(sel(r, "target"), `${tempat}, target`);
      if (target === null || target <= 0) throw galatAngka(`${tempat}: target harus angka lebih dari 0`);
      const tw = (awal: string) =>
        [1, 2, 3, 4].map((q) => angka(sel(r, `${awal}_tw${q}`), `${tempat}, ${awal} TW ${q}`));
      hasil.push({
        sasaran: sasaranTerakhir,
        indikator,
        satuan: teks(r, "satuan"),
        arah: arahSakip(teks(r, "arah")),
        jenis: jenisIndikator(teks(r, "jenis")),
        target,
        targetTw: tw("target"),
        realisasiTw: tw("realisasi"),
        realisasiLalu: angka(sel(r, "realisasi_lalu"), `${tempat}, realisasi tahun lalu`),
        realisasiLalu2: angka(sel(r, "realisasi_lalu2"), `${tempat}, realisasi 2 tahun lalu`),
        baseline: angka(sel(r, "baseline"), `${tempat}, baseline`),
        targetAkhir: angka(sel(r, "target_akhir_renstra"), `${tempat}, target akhir Renstra`),
      });
    } catch (e) {
      if (e instanceof GalatKinerja && !e.message.startsWith(tempat)) throw galatDi(e, tempat);
      throw e;
    }
  }
  if (hasil.length === 0) throw galatNA(`lembar "${nama}": tidak ada baris indikator di bawah judul`);
  return hasil;
}
