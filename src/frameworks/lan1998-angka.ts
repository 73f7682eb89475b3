/**
 * Angka tercetak Pola LAN 1998 (frameworks/lan1998-tercetak.ts) sebagai bilangan. Diekspor ulang oleh
 * frameworks/lan1998.ts; berkas tersendiri agar bundel fungsi kustom hanya memuat angka tercetak di
 * potongan LAN.KERANGKA (core/lan-kerangka.ts), bukan di functions.js.
 */
import type { TipeDinas } from "./lan1998";
import { LAMPIRAN_5_7_TERCETAK, TABEL_4_11_4_13_TERCETAK } from "./lan1998-tercetak";

const angka = (s: string): number => Number(s);

/** Angka tercetak Lampiran 5–7 sebagai bilangan. */
export function lampiranTercetak(tipe: TipeDinas): { no: number; total: number; proporsi: number; bobot: number }[] {
  return LAMPIRAN_5_7_TERCETAK[tipe].map((r) => ({
    no: r.no,
    total: angka(r.total),
    proporsi: angka(r.proporsi),
    bobot: angka(r.bobot),
  }));
}

/** Angka tercetak Tabel 4.11–4.13 sebagai bilangan. */
export function indikatorTercetak(tipe: TipeDinas): { no: number; proporsi: number; bobot: number }[] {
  return TABEL_4_11_4_13_TERCETAK[tipe].map((r) => ({ no: r.no, proporsi: angka(r.proporsi), bobot: angka(r.bobot) }));
}
