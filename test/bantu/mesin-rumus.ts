/**
 * Evaluasi rumus rencana/berkas .xlsx dengan HyperFormula (GPL-v3, hanya untuk uji).
 * HyperFormula tidak mengenal RANK, jadi sebelum dimuat RANK(x,rentang) diganti COUNTIF(rentang,">"&x)+1
 * dan RANK(x,rentang,1) diganti COUNTIF(rentang,"<"&x)+1 (setara untuk peringkat menurun dan menaik).
 */
import { HyperFormula } from "hyperformula";
import { alamat, posisi, selBeralamat, type RencanaBukuKerja, type RencanaLembar } from "../../src/plans/rencana";
import type { BukuTerbaca } from "../../src/hosts/xlsx/xlsx";

type Isi = string | number | boolean | null;
export type Penilai = (lembar: string, alamat: string) => unknown;

function sesuaikan(rumus: string): string {
  return rumus
    .replace(/RANK\(([^,()]+),([^,()]+),1\)/g, (_, x: string, r: string) => `(COUNTIF(${r},"<"&${x})+1)`)
    .replace(/RANK\(([^,()]+),([^,()]+)\)/g, (_, x: string, r: string) => `(COUNTIF(${r},">"&${x})+1)`);
}

function bangun(lembar: Record<string, Map<string, Isi>>): Penilai {
  const sheets: Record<string, Isi[][]> = {};
  for (const [nama, m] of Object.entries(lembar)) {
    const grid: Isi[][] = [];
    for (const [a, v] of m) {
      const p = posisi(a);
      while (grid.length <= p.baris) grid.push([]);
      const r = grid[p.baris];
      while (r.length <= p.kolom) r.push(null);
      r[p.kolom] = typeof v === "string" && v.startsWith("=") ? sesuaikan(v) : v;
    }
    sheets[nama] = grid.map((r) => r.map((x) => (x === undefined ? null : x)));
  }
  const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3", smartRounding: false });
  return (l, a) => {
    const id = hf.getSheetId(l);
    if (id === undefined) throw new Error(`lembar tidak ada: ${l}`);
    const p = posisi(a);
    const v = hf.getCellValue({ sheet: id, row: p.baris, col: p.kolom });
    return v && typeof v === "object" && "type" in (v as object) ? `#ERR:${(v as { value?: string }).value ?? ""}` : v;
  };
}

/**
 * Memuat rencana (satu atau beberapa) ke HyperFormula. `isian`: nilai yang "diketik pengguna" per
 * lembar dan alamat, menimpa nilai bawaan.
 */
export function evaluasiRencana(
  rencana: RencanaBukuKerja | RencanaBukuKerja[],
  isian: Record<string, Record<string, Isi>> = {},
): Penilai {
  const lembar: Record<string, Map<string, Isi>> = {};
  for (const r of Array.isArray(rencana) ? rencana : [rencana]) {
    for (const l of r.lembar) {
      const m = new Map<string, Isi>();
      for (const { alamat, sel } of selBeralamat(l))
        m.set(alamat, sel.rumus ?? (sel.nilai === undefined ? null : sel.nilai));
      for (const [a, v] of Object.entries(isian[l.nama] ?? {})) m.set(a, v);
      lembar[l.nama] = m;
    }
  }
  return bangun(lembar);
}

/** Memuat berkas yang dibaca bacaXlsx ke HyperFormula (rumus dari berkas, bukan dari rencana). */
export function evaluasiBuku(buku: BukuTerbaca): Penilai {
  const lembar: Record<string, Map<string, Isi>> = {};
  for (const [nama, m] of Object.entries(buku.lembar)) {
    const x = new Map<string, Isi>();
    for (const [a, s] of m) {
      // ExcelJS membaca sel bertanggal sebagai Date: kembalikan ke tanggal seri Excel (hari sejak 1899-12-30)
      const v = s.formula ?? (s.value instanceof Date ? s.value.getTime() / 86400000 + 25569 : s.value);
      x.set(a, typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? v : null);
    }
    lembar[nama] = x;
  }
  return bangun(lembar);
}

/** Alamat sel di kanan sel rencana yang berisi teks persis `teks` (tata letak dibaca, bukan ditebak). */
export function kananLabelRencana(l: RencanaLembar, teks: string): string {
  for (const s of selBeralamat(l)) if (s.sel.nilai === teks) return alamat(s.baris, s.kolom + 1);
  throw new Error(`"${teks}" tidak ada di ${l.nama}`);
}

/** Alamat sel di kanan sel buku kerja terbaca yang berisi `teks` (persis, atau cocok dengan RegExp). */
export function kananLabelBuku(buku: BukuTerbaca, lembar: string, teks: string | RegExp): string {
  for (const [a, s] of buku.lembar[lembar]) {
    const cocok = typeof teks === "string" ? s.value === teks : typeof s.value === "string" && teks.test(s.value);
    if (cocok) {
      const p = posisi(a);
      return alamat(p.baris, p.kolom + 1);
    }
  }
  throw new Error(`${String(teks)} tidak ada di ${lembar}`);
}
