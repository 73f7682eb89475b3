/**
 * Catatan pembangunan di dalam buku kerja: lembar tersembunyi `_pkp` berisi satu baris per tabel yang
 * dibangun add-in (kolom A = JSON {meta, lembar}). Dengan catatan ini add-in tahu lembar mana buatannya,
 * dapat menyusun ulang rencana lama (untuk memindahkan isian pengguna saat membangun ulang) dan Periksa
 * dapat membandingkan buku kerja dengan rencana yang seharusnya.
 */
import type { MetaRencana, RencanaBukuKerja } from "./rencana";

export const LEMBAR_META = "_pkp";

export interface CatatanBangun {
  meta: MetaRencana;
  /** Nama lembar yang dibuat pembangun ini. */
  lembar: string[];
}

export function catatanDari(r: RencanaBukuKerja): CatatanBangun {
  return { meta: r.meta, lembar: r.lembar.map((l) => l.nama) };
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
  const lembarBaru = new Set(baru.lembar);
  return [...lama.filter((c) => !c.lembar.some((n) => lembarBaru.has(n))), baru];
}
