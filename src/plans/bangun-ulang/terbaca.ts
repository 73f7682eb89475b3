/**
 * Bentuk buku kerja yang DIBACA KEMBALI (data murni, tanpa objek Office), dipakai bangun ulang dan Periksa:
 * - `Bacaan`, `TerpakaiTerbaca`: bacaan tahap 1 adaptor Excel (hosts/excel/bacaan.ts) untuk rekonsiliasi;
 * - `BukuKerjaTerbaca` (lembar → alamat → `SelBuku`): isi buku kerja untuk audit Periksa (src/periksa), dari
 *   hosts/excel/baca.ts (Excel) atau `bacaXlsx` (berkas .xlsx);
 * - `nilaiPolos` (nilai sel terbaca → nilai polos) dan `tanpaLembar` (alamat terbaca tanpa nama lembar).
 */
import type { CatatanBangun } from "./meta";

/** Rentang terpakai yang terbaca: alamat A1 (dengan nama lembar) dan `formulas` 2-D (diisi `muatIsiTujuan`). */
export interface TerpakaiTerbaca {
  alamat: string;
  formulas: unknown[][];
}

export interface Bacaan {
  lembarAda: Set<string>;
  /** Nama lembar → nama grafiknya. */
  grafik: Map<string, string[]>;
  catatan: CatatanBangun[];
  /** Semua nama rentang buku kerja → nilainya ("'Lembar'!$7:$7", "#REF!"). */
  nama: Map<string, unknown>;
  /** Nama lembar tujuan (kanonik) → isi lembar bernama itu; null bila tidak ada atau kosong. */
  langsung: Map<string, TerpakaiTerbaca | null>;
  /** Nama lembar tujuan (kanonik) → isi lembar yang ditunjuk jangkarnya; null bila tidak ada atau kosong. */
  lewatJangkar: Map<string, TerpakaiTerbaca | null>;
  /** "Data Tersimpan": alamat rentang terpakai; null bila kosong atau tidak ada. */
  tersimpanAlamat: string | null;
  /** Lembar yang dilindungi (Tinjau → Lindungi Lembar): ditulis → AccessDenied; diperiksa sebelum menulis. */
  terlindung: Set<string>;
}

/** Satu sel seperti dibaca dari buku kerja: nilai (hasil tersimpan untuk sel rumus) dan rumus bila ada. */
export interface SelBuku {
  value: unknown;
  formula?: string;
}
export type LembarBuku = Map<string, SelBuku>;
/** Lembar → alamat → sel (Map, atau objek seperti `bacaXlsx(...).lembar`). */
export type BukuKerjaTerbaca = Map<string, LembarBuku> | Record<string, LembarBuku>;

/** Nilai polos dari nilai sel ExcelJS (hasil rumus, teks kaya, hyperlink, galat). */
export function nilaiPolos(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v;
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if ("result" in o) return nilaiPolos(o.result);
    if (Array.isArray(o.richText)) return (o.richText as { text?: string }[]).map((r) => r.text ?? "").join("");
    if (typeof o.text === "string") return o.text;
    if (typeof o.error === "string") return o.error;
    return String(v);
  }
  return v;
}

/** Bagian alamat setelah "!" ("'Lembar 1'!B2:D9" → "B2:D9"). */
export function tanpaLembar(a: string): string {
  const i = a.lastIndexOf("!");
  return i >= 0 ? a.slice(i + 1) : a;
}
