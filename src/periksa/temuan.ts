/**
 * Temuan Periksa (audit buku kerja): apa yang berbeda dari rencana pembangun, di sel mana, dan mengapa
 * itu penting. Murni, tanpa Office.js.
 */
import { kosong } from "../core/errors";

/**
 * Jenis temuan:
 * - `bukan-buatan-add-in`: tidak ada catatan `_pkp`; buku kerja tidak dibangun add-in, tidak dapat diperiksa
 * - `catatan-tidak-dikenal`: catatan `_pkp` ada tetapi pembangunnya/opsinya tidak dapat disusun ulang
 * - `tata-letak-berubah`: lembar hilang atau label kepala bergeser; audit lembar itu dihentikan (tidak menebak)
 * - `rumus-diganti-nilai`: sel rumus berisi angka/teks ketikan
 * - `rumus-dihapus`: sel rumus kosong
 * - `rumus-berubah`: rumus berbeda dari rencana (dan dari pola baris/kolomnya)
 * - `masukan-kosong`, `masukan-bukan-angka`, `masukan-di-luar-rentang`: isian pengguna
 * - `proporsi-tidak-berjumlah-1`: proporsi masukan dalam satu kelompok tidak berjumlah 1
 * - `bobot-tidak-berjumlah-skor-ideal`: bobot masukan tidak berjumlah Skor Ideal
 * - `bobot-beda-terbitan`: bobot/total/proporsi masukan berbeda dari angka tercetak untuk tipe dinas itu
 */
export type JenisTemuan =
  | "bukan-buatan-add-in"
  | "catatan-tidak-dikenal"
  | "tata-letak-berubah"
  | "rumus-diganti-nilai"
  | "rumus-dihapus"
  | "rumus-berubah"
  | "masukan-kosong"
  | "masukan-bukan-angka"
  | "masukan-di-luar-rentang"
  | "proporsi-tidak-berjumlah-1"
  | "bobot-tidak-berjumlah-skor-ideal"
  | "bobot-beda-terbitan";

export interface Temuan {
  /** Nama lembar ("" bila temuan mengenai seluruh buku kerja). */
  sheet: string;
  /** Alamat A1 sel atau rentang ("" bila mengenai seluruh lembar/buku kerja). */
  sel: string;
  jenis: JenisTemuan;
  /** Pesan satu kalimat dalam Bahasa Indonesia: apa yang diharapkan, apa yang ditemukan, mengapa penting. */
  pesan: string;
  diharapkan?: string;
  ditemukan?: string;
}

/** Nilai sel untuk pesan: teks dalam tanda kutip, kosong sebagai "(kosong)". */
export function tampilNilai(x: unknown): string {
  if (kosong(x)) return "(kosong)";
  if (typeof x === "string") return `"${x.length > 60 ? x.slice(0, 57) + "…" : x}"`;
  if (typeof x === "number") return String(x);
  if (typeof x === "boolean") return x ? "TRUE" : "FALSE";
  return String(x);
}

function kunciUrut(t: Temuan): [string, number, number] {
  const m = /^([A-Z]+)(\d+)/.exec(t.sel.replace(/\$/g, ""));
  if (!m) return [t.sheet, -1, -1];
  let k = 0;
  for (const c of m[1]) k = k * 26 + (c.charCodeAt(0) - 64);
  return [t.sheet, Number(m[2]), k];
}

/** Urutan stabil untuk laporan: lembar sesuai urutan pertama muncul, lalu baris, lalu kolom. */
export function urutkanTemuan(daftar: readonly Temuan[]): Temuan[] {
  const urutanLembar = new Map<string, number>();
  daftar.forEach((t) => {
    if (!urutanLembar.has(t.sheet)) urutanLembar.set(t.sheet, urutanLembar.size);
  });
  return daftar
    .map((t, i) => ({ t, i, k: kunciUrut(t) }))
    .sort(
      (a, b) =>
        urutanLembar.get(a.t.sheet)! - urutanLembar.get(b.t.sheet)! || a.k[1] - b.k[1] || a.k[2] - b.k[2] || a.i - b.i,
    )
    .map((x) => x.t);
}

/** Laporan teks untuk manusia: satu baris per temuan. */
export function formatTemuan(daftar: readonly Temuan[]): string {
  if (daftar.length === 0) return "Tidak ada temuan: buku kerja sesuai dengan rencana add-in.\n";
  const baris = daftar.map(
    (t) => `${t.sheet ? `'${t.sheet}'` : "(buku kerja)"}${t.sel ? `!${t.sel}` : ""} [${t.jenis}] ${t.pesan}`,
  );
  return `${daftar.length} temuan:\n${baris.join("\n")}\n`;
}
