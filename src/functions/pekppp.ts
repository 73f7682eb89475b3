/* eslint-disable @typescript-eslint/no-explicit-any -- Excel mengirim rentang campuran (angka, teks, kosong); tipenya diperiksa di sini dan di inti */
/**
 * Fungsi kustom PEKPPP / Indeks Pelayanan Publik (PermenPAN-RB 29/2022 jo. 4/2023). Pembungkus tipis
 * atas core/pekppp.
 */
import * as pk from "../core/pekppp";
import { ASPEK_PEKPPP, KATEGORI_IPP, SKALA_PEKPPP } from "../frameworks/pekppp";
import { jumlahPerLabel, pitaCepat, pitaRentang, type PitaCepat } from "./cepat";
import {
  cepatAtau,
  daftarAngka,
  daftarLabel,
  galatExcel,
  jalankan,
  keRentang,
  kosong,
  perSel,
  teksOpsional,
  tidakDiisi,
} from "./excel";

function hitung(nilai: any, aspek: any, bobot_indikator: any): pk.HasilPekppp {
  const n = daftarAngka(keRentang(nilai, "nilai"), "nilai indikator");
  if (tidakDiisi(aspek)) {
    if (!tidakDiisi(bobot_indikator)) throw galatExcel("NILAI", "bobot_indikator hanya dipakai bersama label aspek");
    return pk.hitungPekpppBawaan(n);
  }
  const a = daftarLabel(aspek, "aspek");
  if (a.length !== n.length)
    throw galatExcel("NILAI", `banyak label aspek (${a.length}) tidak sama dengan banyak nilai (${n.length})`);
  let w: (number | null)[] | null = null;
  if (!tidakDiisi(bobot_indikator)) {
    const sel = keRentang(bobot_indikator, "bobot_indikator").flat();
    if (sel.length !== n.length)
      throw galatExcel("NILAI", `banyak bobot indikator (${sel.length}) tidak sama dengan banyak nilai (${n.length})`);
    w = sel.map((x, i) => {
      if (kosong(x)) return null;
      if (typeof x !== "number" || !Number.isFinite(x))
        throw galatExcel("NILAI", `bobot indikator ke-${i + 1} bukan angka`);
      return x;
    });
  }
  return pk.hitungPekpppKolom(a, n, w, (i) => `indikator ke-${i + 1}`);
}

/** `hitung` untuk masukan sah dengan label aspek dan tanpa bobot indikator, satu lintasan (lihat `cepatAtau`). */
function hitungCepat(nilai: any, aspek: any, bobot_indikator: any): pk.HasilPekppp | undefined {
  return tidakDiisi(bobot_indikator) ? hitungPekpppCepat(nilai, aspek) : undefined;
}

/**
 * Jalur cepat `hitungPekpppKolom` tanpa bobot indikator dan dengan bobot aspek bawaan, atas argumen mentah
 * nilai dan label aspek berbentuk sama: satu lintasan menjumlah nilai per aspek (`jumlahPerLabel`), lalu
 * aturan inti yang sama (`pk.hitungPekpppDariJumlah`).
 * @returns undefined (atau galat inti) bila bentuk, satu nilai atau satu label tidak biasa, atau ada aspek
 *   tanpa indikator: `cepatAtau` lalu menjalankan jalur lengkap
 */
export function hitungPekpppCepat(nilai: unknown, aspekTiap: unknown): pk.HasilPekppp | undefined {
  const n = ASPEK_PEKPPP.length;
  const j = jumlahPerLabel(nilai, aspekTiap, SKALA_PEKPPP.min, SKALA_PEKPPP.maks, pk.indeksAspek, n);
  return j && pk.hitungPekpppDariJumlah(j.jumlah, j.banyak);
}

/**
 * Indeks Pelayanan Publik (IPP, skala 0–5): Σ bobot aspek × Σ bobot indikator × nilai indikator. Bobot
 * aspek: Profesionalisme SDM 25%, Kebijakan Pelayanan 24%, Sarana Prasarana 18%, Inovasi 12%, SIPP 11%,
 * Konsultasi dan Pengaduan 10%. Tanpa label aspek: nilai harus 30 indikator bawaan dalam urutan
 * PEKPPP.KERANGKA, dengan bobot bawaan. Dengan label aspek (tanpa membedakan huruf besar/kecil): bobot
 * indikator kosong = sama di dalam aspek, diisi = harus berjumlah 1 per aspek (#NUM! bila tidak). Nilai
 * di luar 0–5 → #NUM!; aspek tidak dikenal atau aspek tanpa indikator → #N/A; sel nilai kosong → #N/A.
 * @customfunction PEKPPP.INDEKS PEKPPP.INDEKS
 * @param nilai Nilai tiap indikator (0–5), satu kolom atau baris.
 * @param [aspek] Nama aspek tiap indikator, sejajar dengan nilai. Kosong = 30 indikator bawaan.
 * @param [bobot_indikator] Bobot tiap indikator di dalam aspeknya (pecahan). Kosong = bobot sama.
 * @returns IPP (0–5).
 */
export function pekpppIndeks(nilai: any[][], aspek?: any[][], bobot_indikator?: any[][]): number {
  return cepatAtau(
    () => hitungCepat(nilai, aspek, bobot_indikator)?.indeks,
    () => hitung(nilai, aspek, bobot_indikator).indeks,
  );
}

/**
 * Nilai tiap aspek PEKPPP: tabel [aspek, bobot aspek, nilai aspek] enam baris dalam urutan instrumen.
 * Aturan masukan sama dengan PEKPPP.INDEKS.
 * Nilai di luar 0–5, atau bobot indikator yang diisi tetapi tidak berjumlah 1 per aspek, memberi #NUM!.
 * @customfunction PEKPPP.ASPEK PEKPPP.ASPEK
 * @param nilai Nilai tiap indikator (0–5).
 * @param [aspek] Nama aspek tiap indikator. Kosong = 30 indikator bawaan.
 * @param [bobot_indikator] Bobot tiap indikator di dalam aspeknya. Kosong = bobot sama.
 * @returns Tabel 6 × 3.
 */
export function pekpppAspek(nilai: any[][], aspek?: any[][], bobot_indikator?: any[][]): any[][] {
  const tabel = (h: pk.HasilPekppp): any[][] => h.aspek.map((a) => [a.nama, a.bobot, a.nilai]);
  return cepatAtau(
    () => {
      const h = hitungCepat(nilai, aspek, bobot_indikator);
      return h && tabel(h);
    },
    () => tabel(hitung(nilai, aspek, bobot_indikator)),
  );
}

/** Pita KATEGORI_IPP sebagai data untuk jalur cepat PEKPPP.KATEGORI, per bentuk label (sama dengan `kategoriIpp`). */
export const PITA_IPP: Readonly<Record<"predikat" | "huruf" | "lengkap", PitaCepat>> = (() => {
  const pita = (label: (k: (typeof KATEGORI_IPP)[number]) => string): PitaCepat =>
    pitaCepat(
      KATEGORI_IPP.map((k) => ({ label: label(k), lebihDari: k.lebihDari ?? -Infinity })),
      label(KATEGORI_IPP[KATEGORI_IPP.length - 1]),
    );
  return {
    predikat: pita((k) => k.predikat),
    huruf: pita((k) => k.huruf),
    lengkap: pita((k) => `${k.huruf} ${k.predikat}`),
  };
})();

/**
 * Kategori IPP: A Pelayanan Prima (> 4,50), A- Sangat Baik (> 4,00), B Baik (> 3,50), B- Baik (Dengan
 * Catatan) (> 3,00), C Cukup (> 2,50), C- Cukup (Dengan Catatan) (> 2,00), D Buruk (> 1,50), E Sangat
 * Buruk (> 1,00), F Gagal (0–1,00). Diputuskan atas IPP dibulatkan 9 desimal: 4,50 = Sangat Baik, 4,505 =
 * Pelayanan Prima, 1,4999999999999998 = 1,50 = Sangat Buruk.
 * Rentang dari kode pihak ketiga, belum dari teks resmi. IPP kosong → #N/A, di luar 0–5 → #NUM!.
 * @customfunction PEKPPP.KATEGORI PEKPPP.KATEGORI
 * @param ipp IPP (satu sel atau rentang; hasil spill).
 * @param [bentuk] "predikat" (bawaan), "huruf" atau "lengkap" (mis. "A- Sangat Baik").
 * @returns Kategori tiap IPP.
 */
export function pekpppKategori(ipp: any[][], bentuk?: any): any[][] {
  const bacaBentuk = (): "predikat" | "huruf" | "lengkap" => {
    const b = teksOpsional(Array.isArray(bentuk) ? bentuk[0]?.[0] : bentuk, "predikat").toLowerCase();
    if (b !== "predikat" && b !== "huruf" && b !== "lengkap")
      throw galatExcel("NA", `bentuk "${b}" tidak dikenal (predikat, huruf atau lengkap)`);
    return b;
  };
  return cepatAtau(
    () => pitaRentang(ipp, SKALA_PEKPPP.min, SKALA_PEKPPP.maks, 1, 1, PITA_IPP[bacaBentuk()]),
    () => {
      const b = bacaBentuk();
      return perSel([{ nilai: ipp, nama: "IPP" }], (s) => {
        const k = pk.kategoriIpp(s[0] as number);
        return b === "huruf" ? k.huruf : b === "lengkap" ? `${k.huruf} ${k.predikat}` : k.predikat;
      });
    },
  );
}

/**
 * Rata-rata jawaban pengguna layanan (formulir F-03, derajat 0–5) per aspek: rata-rata dari rata-rata
 * tiap butir. Baris = responden, kolom = butir; sel kosong dilewati; butir tanpa jawaban → #N/A; jawaban
 * di luar 0–5 → #NUM!.
 * @customfunction PEKPPP.PUBLIK PEKPPP.PUBLIK
 * @param jawaban Jawaban: baris responden × kolom butir.
 * @param aspek Nama aspek tiap butir (satu baris atau kolom, sejajar dengan kolom jawaban).
 * @returns Tabel [aspek, rata-rata] dalam urutan instrumen.
 */
export function pekpppPublik(jawaban: any[][], aspek: any[][]): any[][] {
  return jalankan(() =>
    pk.rataRataPublikMatriks(keRentang(jawaban, "jawaban"), daftarLabel(aspek, "aspek")).map((a) => [a.nama, a.nilai]),
  );
}

/**
 * Kerangka PEKPPP bawaan: 30 indikator [aspek, bobot aspek, no, kode, indikator, bobot indikator,
 * verifikasi] dengan verifikasi "teks", "sekunder" atau "kode" (lihat docs/metode/pekppp.md).
 * @customfunction PEKPPP.KERANGKA PEKPPP.KERANGKA
 * @returns Tabel 30 × 7.
 */
export function pekpppKerangka(): any[][] {
  return ASPEK_PEKPPP.flatMap((a) =>
    a.indikator.map((i) => [a.nama, a.bobot, i.no, i.kode, i.nama, i.bobot, i.verifikasi]),
  );
}
