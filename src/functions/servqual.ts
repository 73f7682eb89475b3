/* eslint-disable @typescript-eslint/no-explicit-any -- Excel mengirim rentang campuran (angka, teks, kosong); tipenya diperiksa di sini dan di inti */
/**
 * Fungsi kustom SERVQUAL (Parasuraman dkk. 1988): gap per dimensi, gap tak tertimbang dan tertimbang.
 * Pembungkus tipis atas core/servqual.
 */
import * as sq from "../core/servqual";
import { DIMENSI_SERVQUAL, PETA_BUTIR_SERVQUAL, SKALA_SERVQUAL } from "../frameworks/servqual";
import { rataKolomRentang } from "./cepat";
import { daftarAngka, daftarLabel, galatExcel, jalankan, keRentang, matriksAngka, tidakDiisi } from "./excel";

function hitung(persepsi: any[][], harapan: any[][], peta: any, bobot: number[] | null): sq.HasilServqual {
  // rentang tanpa sel kosong: rata-rata butir satu lintasan, jawaban 1–7 diperiksa di loop yang sama (./cepat.ts),
  // hasil sama dengan hitungServqualMatriks; selain itu jalur inti, yang menyebut galatnya
  const rp = rataKolomRentang(persepsi, SKALA_SERVQUAL.min, SKALA_SERVQUAL.maks);
  const rh = rp && rataKolomRentang(harapan, SKALA_SERVQUAL.min, SKALA_SERVQUAL.maks);
  if (rp && rh && rp.length === rh.length)
    return sq.servqualDariRataButir(rp, rh, tidakDiisi(peta) ? null : daftarLabel(peta, "dimensi butir"), bobot);
  const p = keRentang(persepsi, "persepsi");
  const h = keRentang(harapan, "harapan");
  if (p[0].length !== h[0].length)
    throw galatExcel("NILAI", `banyak butir persepsi (${p[0].length}) tidak sama dengan harapan (${h[0].length})`);
  const label = tidakDiisi(peta) ? null : daftarLabel(peta, "dimensi butir");
  return sq.hitungServqualMatriks(p, h, label, bobot);
}

/**
 * Tabel SERVQUAL per dimensi: [dimensi, rata-rata persepsi, rata-rata harapan, gap]. Baris = responden,
 * kolom = butir; sel kosong dilewati (butir tidak dijawab), butir tanpa jawaban → #N/A, jawaban di luar
 * 1–7 → #NUM!. Persepsi/harapan dimensi = rata-rata dari rata-rata butirnya; gap = rata-rata gap butir.
 * Tanpa peta, masukan harus 22 kolom dan memakai peta bawaan (bukti fisik 1–4, keandalan 5–9, daya
 * tanggap 10–13, jaminan 14–17, empati 18–22).
 * @customfunction SERVQUAL.DIMENSI SERVQUAL.DIMENSI
 * @param persepsi Skor persepsi: baris responden × kolom butir.
 * @param harapan Skor harapan: baris responden × kolom butir yang sama.
 * @param [peta] Satu baris atau kolom nama dimensi tiap butir. Kosong = peta bawaan 22 butir.
 * @returns Tabel [dimensi, persepsi, harapan, gap], dimensi dalam urutan kemunculan di peta.
 */
export function servqualDimensi(persepsi: any[][], harapan: any[][], peta?: any[][]): any[][] {
  return jalankan(() =>
    hitung(persepsi, harapan, peta, null).dimensi.map((d) => [d.nama, d.persepsi, d.harapan, d.gap]),
  );
}

/**
 * Gap SERVQUAL tak tertimbang: rata-rata gap kelima (atau semua) dimensi, setiap dimensi sama berat.
 * Negatif = pelayanan di bawah harapan. Aturan masukan sama dengan SERVQUAL.DIMENSI.
 * Jawaban di luar 1–7 memberi #NUM!.
 * @customfunction SERVQUAL.GAP SERVQUAL.GAP
 * @param persepsi Skor persepsi: baris responden × kolom butir.
 * @param harapan Skor harapan: baris responden × kolom butir yang sama.
 * @param [peta] Satu baris atau kolom nama dimensi tiap butir. Kosong = peta bawaan 22 butir.
 * @returns Gap tak tertimbang.
 */
export function servqualGap(persepsi: any[][], harapan: any[][], peta?: any[][]): number {
  return jalankan(() => hitung(persepsi, harapan, peta, null).gap);
}

/** Bobot dari satu baris/kolom (vektor) atau tabel responden × dimensi (dirata-rata per kolom). */
function bacaBobot(bobot: any): number[] {
  const b = keRentang(bobot, "bobot");
  if (b.length === 1 || b[0].length === 1) return daftarAngka(b, "bobot");
  return sq.bobotDariResponden(matriksAngka(b, "bobot"));
}

/**
 * Gap SERVQUAL tertimbang: Σ (bobot_d / Σ bobot) × gap_d. Bobot kepentingan sejajar dengan dimensi
 * (urutan kemunculan di peta): satu baris/kolom (mis. 20, 20, 20, 20, 20 poin atau persen), atau tabel
 * baris responden × kolom dimensi yang dirata-rata per kolom. Bobot kosong → #N/A, negatif → #NUM!,
 * jumlah nol → #DIV/0!, banyak bobot ≠ banyak dimensi → #VALUE!.
 * @customfunction SERVQUAL.TERTIMBANG SERVQUAL.TERTIMBANG
 * @param persepsi Skor persepsi: baris responden × kolom butir.
 * @param harapan Skor harapan: baris responden × kolom butir yang sama.
 * @param bobot Bobot kepentingan per dimensi (poin 100, persen atau angka relatif).
 * @param [peta] Satu baris atau kolom nama dimensi tiap butir. Kosong = peta bawaan 22 butir.
 * @returns Gap tertimbang.
 */
export function servqualTertimbang(persepsi: any[][], harapan: any[][], bobot: any[][], peta?: any[][]): number {
  return jalankan(() => hitung(persepsi, harapan, peta, bacaBobot(bobot)).gapTertimbang as number);
}

/**
 * Peta butir bawaan SERVQUAL (22 butir; praktik umum, belum diverifikasi dari artikel 1988), untuk
 * disalin lalu diubah: [butir, dimensi, nama Inggris].
 * @customfunction SERVQUAL.PETA SERVQUAL.PETA
 * @returns Tabel 22 × 3.
 */
export function servqualPeta(): any[][] {
  return PETA_BUTIR_SERVQUAL.map((d, i) => [
    i + 1,
    d,
    (DIMENSI_SERVQUAL.find((x) => x.nama === d) as (typeof DIMENSI_SERVQUAL)[number]).namaInggris,
  ]);
}
