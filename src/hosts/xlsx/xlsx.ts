/**
 * Adaptor .xlsx (ExcelJS): menulis RencanaBukuKerja ke berkas dan membacanya kembali (untuk audit/uji).
 *
 * ExcelJS tidak dapat menulis grafik: setiap grafik rencana dicatat di lembar `_pkp` (kolom B, JSON)
 * dan sebuah catatan ditulis di sel posisi grafik. Rumus ditulis tanpa hasil tersimpan; buku kerja
 * ditandai fullCalcOnLoad sehingga Excel menghitung ulang saat dibuka.
 */
import ExcelJS from "exceljs";
import { LEMBAR_META, catatanDari, serialCatatan } from "../../plans/meta";
import { selBeralamat, type GayaSel, type RencanaBukuKerja, type RencanaLembar } from "../../plans/rencana";

const WARNA: Record<GayaSel, { isi?: string; tebal?: boolean; ukuran?: number; miring?: boolean }> = {
  judul: { tebal: true, ukuran: 14 },
  subjudul: { tebal: true },
  kepala: { tebal: true, isi: "FFD9E1F2" },
  masukan: { isi: "FFFFF2CC" },
  hitung: { isi: "FFEDEDED" },
  total: { isi: "FFD9D9D9", tebal: true },
  catatan: { miring: true },
};

function isi(argb: string): ExcelJS.Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb } };
}

function tulisLembar(wb: ExcelJS.Workbook, l: RencanaLembar): ExcelJS.Worksheet {
  const lama = wb.getWorksheet(l.nama);
  if (lama) wb.removeWorksheet(lama.id);
  const ws = wb.addWorksheet(l.nama);
  for (const { alamat, sel } of selBeralamat(l)) {
    const c = ws.getCell(alamat);
    if (sel.rumus !== undefined) {
      c.value = { formula: sel.rumus.replace(/^=/, "") } as ExcelJS.CellFormulaValue;
    } else if (sel.nilai !== undefined) {
      c.value = sel.nilai;
    }
    if (sel.format) c.numFmt = sel.format;
    const g = sel.gaya ? WARNA[sel.gaya] : undefined;
    if (g) {
      if (g.isi) c.fill = isi(g.isi);
      if (g.tebal || g.ukuran || g.miring) c.font = { ...(g.tebal ? { bold: true } : {}), ...(g.ukuran ? { size: g.ukuran } : {}), ...(g.miring ? { italic: true } : {}) };
    }
  }
  for (const g of l.gabung ?? []) ws.mergeCells(g);
  for (const v of l.validasi ?? []) {
    const dv: ExcelJS.DataValidation =
      v.jenis === "daftar"
        ? { type: "list", allowBlank: true, formulae: [`"${(v.daftar ?? []).join(",")}"`], showErrorMessage: true, errorTitle: "Masukan tidak sah", error: v.pesan }
        : {
            type: v.jenis === "bilanganBulat" ? "whole" : "decimal",
            allowBlank: true,
            operator: v.min !== undefined && v.maks !== undefined ? "between" : v.min !== undefined ? "greaterThanOrEqual" : "lessThanOrEqual",
            formulae: v.min !== undefined && v.maks !== undefined ? [v.min, v.maks] : [v.min ?? v.maks ?? 0],
            showErrorMessage: true,
            errorTitle: "Masukan tidak sah",
            error: v.pesan,
          };
    (ws as unknown as { dataValidations: { add(a: string, d: ExcelJS.DataValidation): void } }).dataValidations.add(v.rentang, dv);
  }
  for (const f of l.formatBersyarat ?? []) {
    ws.addConditionalFormatting({
      ref: f.rentang,
      rules: [
        {
          type: "cellIs",
          operator: "equal",
          priority: 1,
          formulae: [`"${f.teks}"`],
          style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(f.warnaIsi) } }, font: { color: { argb: argb(f.warnaFont) } } },
        },
      ],
    });
  }
  if (l.cetak) {
    const [awal, akhir] = (l.cetak.area ?? "").split(":");
    ws.pageSetup = {
      ...ws.pageSetup,
      paperSize: 9, // A4
      orientation: l.cetak.orientasi === "lanskap" ? "landscape" : "portrait",
      ...(l.cetak.satuHalaman ? { fitToPage: true, fitToWidth: 1, fitToHeight: 1 } : {}),
      ...(awal && akhir ? { printArea: `${awal}:${akhir}` } : {}),
    };
  }
  if (l.bekukan) ws.views = [{ state: "frozen", xSplit: l.bekukan.kolom, ySplit: l.bekukan.baris }];
  for (const k of l.lebarKolom ?? []) ws.getColumn(k.kolom).width = k.lebar;
  for (const n of l.nama_rentang ?? []) wb.definedNames.add(`'${l.nama.replace(/'/g, "''")}'!${n.rentang}`, n.nama);
  for (const g of l.grafik ?? []) {
    const c = ws.getCell(g.posisi);
    if (c.value === null || c.value === undefined) {
      c.value = `Grafik ${g.jenis} "${g.judul}" (data ${g.data}, kategori ${g.kategori}) dibuat oleh add-in di Excel; berkas .xlsx ini tidak memuat grafik.`;
      c.font = { italic: true };
    }
  }
  return ws;
}

/** Warna "#RRGGBB" atau "RRGGBB" → ARGB ExcelJS. */
function argb(w: string): string {
  const h = w.replace(/^#/, "").toUpperCase();
  return h.length === 6 ? `FF${h}` : h;
}

/** Menulis satu atau beberapa rencana ke satu berkas .xlsx, dengan lembar `_pkp` (veryHidden). */
export async function tulisXlsx(rencana: RencanaBukuKerja | RencanaBukuKerja[], berkas: string): Promise<void> {
  const daftar = Array.isArray(rencana) ? rencana : [rencana];
  const wb = new ExcelJS.Workbook();
  wb.creator = "Penilaian Kinerja Pelayanan";
  wb.calcProperties.fullCalcOnLoad = true;
  for (const r of daftar) for (const l of r.lembar) tulisLembar(wb, l);
  const meta = wb.addWorksheet(LEMBAR_META, { state: "veryHidden" });
  daftar.forEach((r, i) => {
    meta.getCell(i + 1, 1).value = serialCatatan(catatanDari(r));
    const grafik = r.lembar.flatMap((l) => (l.grafik ?? []).map((g) => ({ lembar: l.nama, ...g })));
    if (grafik.length > 0) meta.getCell(i + 1, 2).value = JSON.stringify({ grafikTidakDitulis: grafik });
  });
  await wb.xlsx.writeFile(berkas);
}

export interface SelTerbaca {
  value: unknown;
  formula?: string;
}

export interface BukuTerbaca {
  /** Per lembar: alamat → {value, formula ("=" di depan)}. */
  lembar: Record<string, Map<string, SelTerbaca>>;
  /** Status lembar (visible/hidden/veryHidden). */
  status: Record<string, string>;
  /** Nama rentang: nama → rentang. */
  nama: Record<string, string[]>;
}

/** Membaca .xlsx: nilai dan rumus setiap sel per lembar. */
export async function bacaXlsx(berkas: string): Promise<BukuTerbaca> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(berkas);
  const lembar: Record<string, Map<string, SelTerbaca>> = {};
  const status: Record<string, string> = {};
  wb.eachSheet((ws) => {
    const m = new Map<string, SelTerbaca>();
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (c) => {
        const v = c.value as unknown;
        if (v && typeof v === "object" && "formula" in (v as object)) {
          const f = v as { formula: string; result?: unknown };
          m.set(c.address, { value: f.result ?? null, formula: `=${f.formula}` });
        } else if (v && typeof v === "object" && "sharedFormula" in (v as object)) {
          m.set(c.address, { value: (v as { result?: unknown }).result ?? null, formula: `=${c.formula}` });
        } else {
          m.set(c.address, { value: v });
        }
      });
    });
    lembar[ws.name] = m;
    status[ws.name] = ws.state;
  });
  const nama: Record<string, string[]> = {};
  for (const d of wb.definedNames.model) nama[d.name] = d.ranges;
  return { lembar, status, nama };
}
