/**
 * Cap waktu ekspor formulir siklus SKM → tanggal dan jam: Date, tanggal seri Excel (sistem 1900; seri 25569 =
 * 1970-01-01), ISO, hari/bulan/tahun (bawaan) atau bulan/hari/tahun; dan kembali ke tanggal seri untuk lembar
 * Jawaban. Tanggal yang tidak ada ditolak (#VALUE!).
 */
import { galatNilai } from "../errors";
import type { FormatTanggal } from "../../frameworks/skm-siklus";

export interface BulanTahun {
  tahun: number;
  bulan: number;
}

/** Hari pertama tanggal seri Excel (1900, dengan 29/2/1900 fiktif): seri 25569 = 1970-01-01. */
export const SERI_EPOCH_UNIX = 25569;

function sahTanggal(tahun: number, bulan: number, hari: number): boolean {
  if (bulan < 1 || bulan > 12 || hari < 1 || tahun < 1900 || tahun > 9999) return false;
  const d = new Date(Date.UTC(tahun, bulan - 1, hari));
  return d.getUTCMonth() === bulan - 1 && d.getUTCDate() === hari;
}

export interface TanggalWaktu extends BulanTahun {
  hari: number;
  /** Detik sejak tengah malam (0 bila jam tidak ada). */
  detik: number;
}

/**
 * Tanggal dan jam dari cap waktu: Date, tanggal seri Excel (angka), ISO "2026-01-15 10:23:11",
 * "15/01/2026 10:23:11" (hbt, bawaan) atau "1/15/2026 10:23:11 AM" (bht).
 * @throws #VALUE! bila tidak dapat dibaca atau tanggalnya tidak ada
 */
export function bacaTanggalWaktu(x: unknown, format: FormatTanggal = "hbt"): TanggalWaktu {
  if (x instanceof Date) {
    if (Number.isNaN(x.getTime())) throw galatNilai("tanggal tidak sah");
    return {
      tahun: x.getUTCFullYear(),
      bulan: x.getUTCMonth() + 1,
      hari: x.getUTCDate(),
      detik: x.getUTCHours() * 3600 + x.getUTCMinutes() * 60 + x.getUTCSeconds(),
    };
  }
  if (typeof x === "number") return dariSeri(x);
  const t = String(x ?? "").trim();
  if (/^\d+(\.\d+)?$/.test(t)) return dariSeri(Number(t));
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]|$)/.exec(t);
  if (m) return pastikan(Number(m[1]), Number(m[2]), Number(m[3]), t);
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s|,|$)/.exec(t);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    const [hari, bulan] = format === "hbt" ? [a, b] : [b, a];
    if (bulan > 12 && hari <= 12) {
      const saran =
        format === "hbt"
          ? "; untuk bulan/hari/tahun pakai --format-tanggal bht"
          : "; untuk hari/bulan/tahun pakai --format-tanggal hbt";
      throw galatNilai(`tanggal "${t}" tidak ada (bulan ${bulan})${saran}`);
    }
    return pastikan(Number(m[3]), bulan, hari, t);
  }
  throw galatNilai(`cap waktu "${t}" tidak dikenal (contoh: 2026-01-15 10:23:11 atau 15/01/2026 10:23:11)`);
}

/** Tahun dan bulan dari cap waktu (lihat bacaTanggalWaktu). */
export function bacaWaktu(x: unknown, format: FormatTanggal = "hbt"): BulanTahun {
  const w = bacaTanggalWaktu(x, format);
  return { tahun: w.tahun, bulan: w.bulan };
}

/** Tanggal seri Excel (hari sejak 1899-12-30, pecahan = jam) dari cap waktu; untuk lembar Jawaban. */
export function serialExcel(x: unknown, format: FormatTanggal = "hbt"): number {
  if (typeof x === "number") return x;
  const w = bacaTanggalWaktu(x, format);
  return Date.UTC(w.tahun, w.bulan - 1, w.hari) / 86400000 + SERI_EPOCH_UNIX + w.detik / 86400;
}

/** Jam pada teks cap waktu: "10:23:11", "10:23", "10:23:11 AM/PM". */
function detikDari(t: string): number {
  const m = /(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?\s*$/.exec(t);
  if (!m) return 0;
  let jam = Number(m[1]);
  if (m[4]) jam = (jam % 12) + (m[4].toLowerCase() === "pm" ? 12 : 0);
  return jam * 3600 + Number(m[2]) * 60 + Number(m[3] ?? 0);
}

function pastikan(tahun: number, bulan: number, hari: number, teks: string): TanggalWaktu {
  if (!sahTanggal(tahun, bulan, hari)) throw galatNilai(`tanggal "${teks}" tidak ada`);
  return { tahun, bulan, hari, detik: detikDari(teks) };
}

function dariSeri(s: number): TanggalWaktu {
  if (!Number.isFinite(s) || s < 1 || s >= 2958466) throw galatNilai(`tanggal seri Excel ${s} di luar rentang`);
  const d = new Date(Math.round((s - SERI_EPOCH_UNIX) * 86400) * 1000);
  return {
    tahun: d.getUTCFullYear(),
    bulan: d.getUTCMonth() + 1,
    hari: d.getUTCDate(),
    detik: d.getUTCHours() * 3600 + d.getUTCMinutes() * 60 + d.getUTCSeconds(),
  };
}
