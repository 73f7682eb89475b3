/**
 * Catatan pembangunan di dalam buku kerja: lembar tersembunyi `_pkp` berisi satu baris per tabel yang
 * dibangun add-in (kolom A = JSON {meta, lembar}). Dengan catatan ini add-in tahu lembar mana buatannya,
 * dapat menyusun ulang rencana lama (untuk memindahkan isian pengguna saat membangun ulang) dan Periksa
 * dapat membandingkan buku kerja dengan rencana yang seharusnya.
 */
import type { MetaRencana, RencanaBukuKerja } from "../rencana";

export const LEMBAR_META = "_pkp";

export interface CatatanBangun {
  meta: MetaRencana;
  /** Nama lembar yang dibuat pembangun ini, seperti di buku kerja saat dibangun (nama dari pengguna dipertahankan). */
  lembar: string[];
  /**
   * Nama lembar dalam rencana (kanonik), sejajar dengan `lembar`; hanya ditulis bila ada yang berbeda
   * (pengguna mengganti nama lembar). Tanpa ini: sama dengan `lembar`.
   */
  kanonik?: string[];
  /**
   * Generasi jangkar nama rentang (jangkar.ts): 1, 2, … (naik setiap bangun ulang); tidak ada = dibangun
   * versi lama / adaptor .xlsx (tanpa jangkar).
   */
  jangkar?: number;
}

export function catatanDari(r: RencanaBukuKerja): CatatanBangun {
  return { meta: r.meta, lembar: r.lembar.map((l) => l.nama) };
}

/** Nama kanonik lembar ke-i catatan. */
export const namaKanonik = (c: CatatanBangun, i: number): string => c.kanonik?.[i] ?? c.lembar[i];

/** Nama lembar di buku kerja untuk lembar rencana berkanonik `kanonik` (lembar yang diganti namanya). */
export function namaSekarang(c: CatatanBangun, kanonik: string): string {
  const i = c.lembar.findIndex((_, j) => namaKanonik(c, j) === kanonik);
  return i >= 0 ? c.lembar[i] : kanonik;
}

export function serialCatatan(c: CatatanBangun): string {
  return JSON.stringify(c);
}

/** Mengurai satu sel catatan; teks yang bukan catatan add-in memberi null (tidak pernah melempar). */
export function uraiCatatan(teks: unknown): CatatanBangun | null {
  if (typeof teks !== "string" || !teks.startsWith("{")) return null;
  try {
    const c = JSON.parse(teks) as CatatanBangun;
    if (!c || typeof c.meta?.pembangun !== "string" || !Array.isArray(c.lembar)) return null;
    return c;
  } catch {
    return null;
  }
}

/**
 * Menggabungkan catatan lama dengan catatan baru: catatan yang menyebut lembar yang sama diganti.
 * Urutan: catatan lama lain, lalu yang baru.
 */
export function gabungCatatan(lama: readonly CatatanBangun[], baru: CatatanBangun): CatatanBangun[] {
  const semua = (c: CatatanBangun): string[] => [...c.lembar, ...(c.kanonik ?? [])];
  const lembarBaru = new Set(semua(baru));
  return [...lama.filter((c) => !semua(c).some((n) => lembarBaru.has(n))), baru];
}
