/**
 * Inti perhitungan Balanced Scorecard (seed 000, empat perspektif). Fungsi murni, tanpa Office,
 * tanpa pembulatan.
 *
 * Naskah seed 000 kualitatif: ia menamai perspektif dan indikator, tetapi tidak memberi rumus capaian,
 * bobot atau ambang. Rumus di sini adalah pilihan proyek yang lazim dalam pelaporan kinerja instansi
 * pemerintah (LAKIP) dan dijelaskan di docs/metode/bsc.md:
 * - capaian "naik"  = realisasi / target
 * - capaian "turun" = (2 × target − realisasi) / target        (makin kecil realisasi makin baik)
 * - skor            = Σ nilai × bobot / Σ bobot                 (SUMPRODUCT dengan bobot dinormalkan)
 * - status          = Hijau bila capaian ≥ ambang hijau; Kuning bila ambang kuning ≤ capaian < ambang
 *                     hijau; Merah bila capaian < ambang kuning (bawaan 1,0 dan 0,8)
 */
import { angkaTunggal, galatAngka, galatBagiNol, pastikanTerhingga } from "./errors";
import { bulatPita } from "./pita";
import { jumlahKali, type Matriks } from "./matriks";
import { AMBANG_STATUS_BSC, type ArahIndikator, type StatusBsc } from "../frameworks/bsc";

export type { ArahIndikator, StatusBsc };

/**
 * Memastikan satu nilai adalah angka terhingga.
 * @throws #N/A bila kosong (null/undefined/""), #VALUE! bila bukan angka, #NUM! bila negatif dan `nonNegatif`.
 */
export { angkaTunggal };

/** Arah dan capaian indikator (core/capaian.ts, dipakai juga siklus SAKIP). */
export { arahIndikator, capaian } from "./capaian";

/**
 * Skor tertimbang: Σ nilai_i × bobot_i / Σ bobot_i (SUMPRODUCT dengan bobot dinormalkan), sehingga
 * bobot boleh berupa persen, pecahan, atau angka relatif; mengalikan semua bobot dengan satu konstanta
 * positif tidak mengubah skor. Nilai boleh negatif (capaian arah "turun" bisa negatif).
 * @throws #N/A kosong; #VALUE! bukan angka atau jumlah nilai ≠ jumlah bobot; #NUM! bobot negatif;
 *         #DIV/0! jumlah bobot 0
 */
export function skor(nilai: readonly number[], bobot: readonly number[]): number {
  return skorMatriks([nilai], [bobot]);
}

/** `skor` atas dua rentang 2-D (dibaca berpasangan baris demi baris, satu lintasan, tanpa salinan). */
export function skorMatriks(nilai: Matriks, bobot: Matriks): number {
  const { jumlahKali: sxw, jumlahB: sw } = jumlahKali(nilai, bobot, "nilai", "bobot");
  return skorDariJumlah(sxw, sw);
}

/**
 * Skor dari Σ nilai × bobot dan Σ bobot (aturan satu tempat; juga jalur cepat BSC.SCORE di src/functions/bsc.ts).
 * @throws #NUM! jumlah tidak terhingga; #DIV/0! jumlah bobot 0
 */
export function skorDariJumlah(sxw: number, sw: number): number {
  pastikanTerhingga(sw, "jumlah bobot");
  pastikanTerhingga(sxw, "jumlah nilai × bobot");
  if (sw === 0) throw galatBagiNol("jumlah bobot 0, skor tidak terdefinisi");
  return pastikanTerhingga(sxw / sw, "skor");
}

/**
 * Status warna capaian. Batas bawah tiap pita inklusif:
 * capaian ≥ ambangHijau → "Hijau"; ambangKuning ≤ capaian < ambangHijau → "Kuning"; capaian < ambangKuning → "Merah".
 * Bawaan 1,0 dan 0,8 (pilihan proyek; seed 000 tidak memberi ambang). Capaian dibandingkan setelah
 * dibulatkan ke 9 desimal (core/pita.ts): (2 × 3 − 3,6) / 3 = 0,7999999999999999 → 0,8 = Kuning, tetapi
 * 0,7999999 tetap Merah.
 * @throws #N/A capaian kosong; #VALUE! bukan angka; #NUM! ambang kuning > ambang hijau
 */
export function status(
  nilaiCapaian: number,
  ambangHijau: number = AMBANG_STATUS_BSC.hijau,
  ambangKuning: number = AMBANG_STATUS_BSC.kuning,
): StatusBsc {
  const c = bulatPita(angkaTunggal(nilaiCapaian, "capaian"));
  const h = angkaTunggal(ambangHijau, "ambang hijau");
  const k = angkaTunggal(ambangKuning, "ambang kuning");
  if (k > h) throw galatAngka(`ambang kuning (${k}) lebih besar dari ambang hijau (${h})`);
  if (c >= h) return "Hijau";
  if (c >= k) return "Kuning";
  return "Merah";
}
