/**
 * Inti Lembar Kerja Evaluasi (LKE) akuntabilitas kinerja (PermenPAN-RB 88/2021): nilai jawaban kriteria, nilai
 * sub-komponen, nilai AKIP dan predikatnya. Fungsi murni, tanpa pembulatan (kecuali keputusan pita).
 *
 * - jawaban: Y = 1, T = 0, A = 1, B = 0,75, C = 0,5, D = 0,25, E = 0, atau angka 0–1 (frameworks/sakip.ts)
 * - nilai sub-komponen = rata-rata nilai jawaban kriterianya × bobot sub-komponen
 * - nilai komponen = Σ nilai sub-komponen; nilai AKIP = Σ nilai komponen (0–100)
 * - predikat: AA > 90–100, A > 80–90, BB > 70–80, B > 60–70, CC > 50–60, C > 30–50, D 0–30 (batas bawah
 *   eksklusif), diputuskan atas ROUND(nilai, 9)
 */
import { angkaTunggal, galatAngka, galatNA, galatNilai, kosong, pastikanTerhingga } from "./errors";
import { bulatPita } from "./pita";
import { NILAI_JAWABAN_LKE, NILAI_LKE_MAKS, PREDIKAT_LKE } from "../frameworks/sakip";

/**
 * Nilai satu jawaban kriteria: huruf Y/T/A–E (tanpa membedakan huruf besar/kecil) atau angka 0–1.
 * @throws #N/A kosong; #VALUE! huruf lain; #NUM! angka di luar 0–1
 */
export function nilaiJawabanLke(jawaban: unknown): number {
  if (kosong(jawaban)) throw galatNA("jawaban kosong");
  if (typeof jawaban === "number") {
    const x = angkaTunggal(jawaban, "jawaban");
    if (x < 0 || x > 1) throw galatAngka(`jawaban ${x} di luar 0–1`);
    return x;
  }
  const v = NILAI_JAWABAN_LKE[String(jawaban).trim().toUpperCase()];
  if (v === undefined) throw galatNilai(`jawaban "${String(jawaban)}" bukan Y, T, A, B, C, D, E atau angka 0–1`);
  return v;
}

/**
 * Nilai sub-komponen: rata-rata nilai jawaban × bobot. Kriteria yang belum dijawab menggagalkan nilai (#N/A):
 * kriteria kosong tidak diam-diam dianggap 0 atau dibuang.
 * @throws #N/A tanpa jawaban atau ada jawaban kosong; #NUM! bobot negatif
 */
export function nilaiSubKomponenLke(jawaban: readonly unknown[], bobot: number): number {
  const b = angkaTunggal(bobot, "bobot", true);
  if (jawaban.length === 0) throw galatNA("tidak ada jawaban kriteria");
  let s = 0;
  for (let i = 0; i < jawaban.length; i++) {
    try {
      s += nilaiJawabanLke(jawaban[i]);
    } catch (e) {
      (e as Error).message = `kriteria ke-${i + 1}: ${(e as Error).message}`;
      throw e;
    }
  }
  return pastikanTerhingga((s / jawaban.length) * b, "nilai sub-komponen");
}

/**
 * Nilai AKIP: Σ nilai komponen (atau sub-komponen), 0–100.
 * @throws #N/A kosong; #NUM! negatif atau jumlah > 100
 */
export function nilaiLke(nilaiKomponen: readonly number[]): number {
  if (nilaiKomponen.length === 0) throw galatNA("nilai komponen kosong");
  let s = 0;
  for (let i = 0; i < nilaiKomponen.length; i++)
    s += angkaTunggal(nilaiKomponen[i], `nilai komponen ke-${i + 1}`, true);
  if (bulatPita(s) > NILAI_LKE_MAKS) throw galatAngka(`nilai AKIP ${s} lebih dari ${NILAI_LKE_MAKS}`);
  return pastikanTerhingga(s, "nilai AKIP");
}

/**
 * Predikat nilai AKIP: pita pertama (dari atas) yang batas bawahnya < nilai; batas bawah eksklusif seperti
 * tercetak ("> 90–100"), jadi 90 → A, 30 → D, 30,000000001 → C.
 * @throws #N/A kosong; #VALUE! bukan angka; #NUM! di luar 0–100
 */
export function predikatLke(nilai: number): string {
  const v = bulatPita(angkaTunggal(nilai, "nilai"));
  if (v < 0 || v > NILAI_LKE_MAKS) throw galatAngka(`nilai ${v} di luar 0–${NILAI_LKE_MAKS}`);
  for (const p of PREDIKAT_LKE) if (p.lebihDari === null || v > p.lebihDari) return p.predikat;
  throw galatAngka(`nilai ${v} tanpa predikat`);
}
