/**
 * Penghubung tipis antara Excel dan inti perhitungan: mengubah rentang 2-D menjadi daftar angka
 * dan galat inti (GalatKinerja) menjadi CustomFunctions.Error. Tanpa aritmetika.
 *
 * Arti sel kosong: Excel mengirim sel kosong sebagai "" (atau null pada beberapa host). Fungsi
 * yang menerima daftar memilih salah satu aturan di bawah dan menyebutkannya di JSDoc-nya.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- argumen Excel bertipe campuran diperiksa di sini */
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

/** Argumen Excel (satu nilai atau rentang 2-D) sebagai rentang 2-D. */
export function keRentang(x: any, nama: string): Rentang {
  if (!Array.isArray(x)) return [[x as Sel]];
  if (x.length === 0) throw galatExcel("NA", `${nama} kosong`);
  const baris = x.map((b: any) => (Array.isArray(b) ? (b as Sel[]) : [b as Sel]));
  const kolom = baris[0].length;
  if (kolom === 0 || baris.some((b: Sel[]) => b.length !== kolom)) throw galatExcel("NILAI", `${nama} bukan rentang persegi`);
  return baris;
}

/**
 * Menerapkan `f` pada setiap posisi dari beberapa rentang yang bentuknya sama (argumen satu sel
 * dipakai untuk semua posisi). Galat inti di satu posisi diberi keterangan baris/kolom.
 * @throws #VALUE! bila bentuk rentang tidak sama
 */
export function perSel<T>(argumen: readonly { nilai: any; nama: string }[], f: (sel: Sel[]) => T): T[][] {
  const rentang = argumen.map((a) => keRentang(a.nilai, a.nama));
  let acuan: { r: number; k: number; nama: string } | undefined;
  rentang.forEach((m, i) => {
    const r = m.length;
    const k = m[0].length;
    if (r === 1 && k === 1) return;
    if (acuan === undefined) acuan = { r, k, nama: argumen[i].nama };
    else if (acuan.r !== r || acuan.k !== k) {
      throw galatExcel("NILAI", `bentuk ${argumen[i].nama} (${r}×${k}) tidak sama dengan ${acuan.nama} (${acuan.r}×${acuan.k})`);
    }
  });
  const R = acuan?.r ?? 1;
  const K = acuan?.k ?? 1;
  const satu = R === 1 && K === 1;
  const hasil: T[][] = [];
  for (let i = 0; i < R; i++) {
    const baris: T[] = [];
    for (let j = 0; j < K; j++) {
      const sel = rentang.map((m) => (m.length === 1 && m[0].length === 1 ? m[0][0] : m[i][j]));
      try {
        baris.push(f(sel));
      } catch (e) {
        if (e instanceof GalatKinerja && !satu) throw new GalatKinerja(e.jenis, `baris ${i + 1}, kolom ${j + 1}: ${e.message}`);
        throw e;
      }
    }
    hasil.push(baris);
  }
  return hasil;
}

/** Argumen opsional tidak diisi (undefined/null atau seluruh selnya kosong)? */
export function tidakDiisi(x: any): boolean {
  if (x === undefined || x === null) return true;
  if (Array.isArray(x)) return x.flat().every((v: any) => kosong(v));
  return kosong(x);
}

/** Kolom-kolom rentang sebagai daftar jawaban tiap butir; sel kosong dilewati, teks → #VALUE!. */
export function jawabanPerKolom(r: Rentang, nama: string): number[][] {
  const kolom: number[][] = r[0].map(() => []);
  r.forEach((baris, i) =>
    baris.forEach((x, j) => {
      if (kosong(x)) return;
      if (typeof x !== "number" || !Number.isFinite(x)) throw galatExcel("NILAI", `${nama} baris ${i + 1}, kolom ${j + 1} bukan angka`);
      kolom[j].push(x);
    }),
  );
  return kolom;
}

/** Label teks dari satu baris atau kolom; sel kosong → #N/A. */
export function daftarLabel(x: any, nama: string): string[] {
  return keRentang(x, nama)
    .flat()
    .map((v, i) => {
      if (kosong(v)) throw galatExcel("NA", `${nama} ke-${i + 1} kosong`);
      return String(v).trim();
    });
}
