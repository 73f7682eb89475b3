/**
 * Lembar jawaban dari buku kerja ExcelJS → kisi nilai berjangkar A1 (baris 0 = judul), untuk
 * core/skm-siklus-tabel.ts. Dipakai CLI (`kinerja skm --input x.xlsx`) dan task pane tanpa Excel
 * (berkas .xlsx yang dipilih pengguna); tanpa berkas dan tanpa Node (ExcelJS hanya sebagai tipe).
 */
import type ExcelJS from "exceljs";

/** Nilai sel ExcelJS apa adanya: tanggal, angka, teks; rumus → hasilnya; teks kaya → teksnya. */
export function nilaiSelXlsx(v: ExcelJS.CellValue): unknown {
  if (v === null || v === undefined) return "";
  if (v instanceof Date || typeof v === "number" || typeof v === "string") return v;
  if (typeof v === "boolean") return String(v);
  if (typeof v === "object") {
    if ("richText" in v) return v.richText.map((r) => r.text).join("");
    if ("result" in v) return nilaiSelXlsx((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ("text" in v) return String((v as { text: unknown }).text);
    if ("error" in v) return String((v as { error: unknown }).error);
  }
  return String(v);
}

/** Isi lembar sebagai kisi berjangkar A1 (baris yang tidak ada = kosong). */
export function kisiLembar(ws: ExcelJS.Worksheet): unknown[][] {
  const kisi: unknown[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, no) => {
    const sel: unknown[] = [];
    for (let c = 1; c <= row.cellCount; c++) sel.push(nilaiSelXlsx(row.getCell(c).value));
    kisi[no - 1] = sel;
  });
  for (let i = 0; i < kisi.length; i++) kisi[i] ??= [];
  return kisi;
}
