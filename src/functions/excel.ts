/**
 * Penghubung tipis antara Excel dan inti perhitungan: mengubah rentang 2-D menjadi daftar angka
 * dan galat inti (GalatKinerja) menjadi CustomFunctions.Error. Tanpa aritmetika.
 *
 * Arti sel kosong: Excel mengirim sel kosong sebagai "" (atau null pada beberapa host). Fungsi
 * yang menerima daftar memilih salah satu aturan di bawah dan menyebutkannya di JSDoc-nya.
 */
import { GalatKinerja, type JenisGalat } from "../core/errors";

export type Sel = number | string | boolean | null | undefined;
export type Rentang = Sel[][];

const KODE: Readonly<Record<JenisGalat, CustomFunctions.ErrorCode>> = {
  NILAI: "#VALUE!" as CustomFunctions.ErrorCode.invalidValue,
  ANGKA: "#NUM!" as CustomFunctions.ErrorCode.invalidNumber,
  BAGI0: "#DIV/0!" as CustomFunctions.ErrorCode.divisionByZero,
  NA: "#N/A" as CustomFunctions.ErrorCode.notAvailable,
};

/** Membuat CustomFunctions.Error untuk jenis galat inti. */
export function galatExcel(jenis: JenisGalat, pesan: string): CustomFunctions.Error {
  return new CustomFunctions.Error(KODE[jenis], pesan);
}

/**
 * Menjalankan perhitungan inti; galat inti dilempar ulang sebagai CustomFunctions.Error dengan
 * kode dan pesan yang sesuai, galat lain menjadi #VALUE!.
 */
export function jalankan<T>(hitung: () => T): T {
  try {
    return hitung();
  } catch (e) {
    if (e instanceof GalatKinerja) throw galatExcel(e.jenis, e.message);
    if (e instanceof CustomFunctions.Error) throw e;
    throw galatExcel("NILAI", e instanceof Error ? e.message : String(e));
  }
}

/** Sel kosong? ("" atau null/undefined) */
export function kosong(x: Sel): boolean {
  return x === "" || x === null || x === undefined;
}

export type AturanKosong = "galat" | "lewati";

/**
 * Meratakan rentang (baris demi baris) menjadi daftar angka.
 * - sel kosong: `galat` → #N/A "… kosong"; `lewati` → dilewati (mis. responden yang tidak menjawab)
 * - teks, boolean, galat → #VALUE!
 */
export function daftarAngka(rentang: Rentang, nama: string, aturanKosong: AturanKosong = "galat"): number[] {
  const hasil: number[] = [];
  let ke = 0;
  for (const baris of rentang) {
    for (const x of baris) {
      ke++;
      if (kosong(x)) {
        if (aturanKosong === "lewati") continue;
        throw galatExcel("NA", `${nama} ke-${ke} kosong`);
      }
      if (typeof x !== "number" || !Number.isFinite(x)) throw galatExcel("NILAI", `${nama} ke-${ke} bukan angka`);
      hasil.push(x);
    }
  }
  if (hasil.length === 0) throw galatExcel("NA", `${nama} kosong`);
  return hasil;
}

/** Mengembalikan daftar hasil dalam bentuk yang sama dengan rentang masukan (untuk hasil yang "spill"). */
export function bentukSeperti(rentang: Rentang, nilai: readonly (number | string)[]): (number | string)[][] {
  let i = 0;
  return rentang.map((baris) => baris.map(() => nilai[i++]));
}

/** Satu kolom (n × 1) dari daftar. */
export function kolom<T>(nilai: readonly T[]): T[][] {
  return nilai.map((x) => [x]);
}

/** Memastikan argumen opsional berupa angka; kosong/undefined/null memberi nilai bawaan. */
export function angkaOpsional(x: Sel | Sel[][], bawaan: number, nama: string): number {
  const v = Array.isArray(x) ? x[0]?.[0] : x;
  if (kosong(v as Sel)) return bawaan;
  if (typeof v !== "number" || !Number.isFinite(v)) throw galatExcel("NILAI", `${nama} bukan angka`);
  return v;
}

/** Memastikan argumen teks opsional; kosong memberi nilai bawaan. */
export function teksOpsional(x: Sel, bawaan: string): string {
  if (kosong(x)) return bawaan;
  return String(x).trim();
}
