/**
 * Adaptor .xlsx (ExcelJS): menulis RencanaBukuKerja ke berkas dan membacanya kembali (untuk audit/uji).
 *
 * Rencana dirapikan dulu (plans/tata-letak.ts: lebar kolom, bungkus teks, tinggi baris, halaman A4).
 * ExcelJS tidak menulis grafik: setelah ExcelJS menulis paket, grafik rencana ditambahkan sebagai
 * bagian DrawingML (./grafik.ts, JSZip). Setiap rumus ditulis dengan hasil tersimpannya (plans/hasil-rumus.ts),
 * sehingga penampil tanpa mesin hitung menampilkan angkanya; buku kerja tetap ditandai fullCalcOnLoad
 * sehingga Excel menghitung ulang saat dibuka.
 */
import ExcelJS from "exceljs";
import { TAMPILAN_SEL, argb, rentangRataAtas } from "../../plans/gaya";
import { catatanDari, LEMBAR_META, serialCatatan } from "../../plans/bangun-ulang/index";
import {
  posisi,
  selBeralamat,
  type GayaSel,
  type PengaturanCetak,
  type RencanaBukuKerja,
  type RencanaLembar,
} from "../../plans/rencana";
import { rapikan } from "../../plans/tata-letak";
import { GalatRumus, hasilRumus, type HasilSel } from "../../plans/hasil-rumus";
import { tambahGrafik, type GrafikLembar } from "./grafik";

/** Gaya sel rencana → gaya ExcelJS (isi, huruf, bungkus), menurut palet plans/gaya.ts (sama dengan adaptor Office.js). */
export function gayaExcelJs(g: GayaSel): Partial<ExcelJS.Style> {
  const d = TAMPILAN_SEL[g];
  const font: Partial<ExcelJS.Font> = {
    ...(d.tebal ? { bold: true } : {}),
    ...(d.miring ? { italic: true } : {}),
    ...(d.ukuran ? { size: d.ukuran } : {}),
    ...(d.warnaHuruf ? { color: { argb: argb(d.warnaHuruf) } } : {}),
  };
  return {
    ...(Object.keys(font).length ? { font } : {}),
    ...(d.isi ? { fill: isi(d.isi) } : {}),
    ...(d.bungkus ? { alignment: { wrapText: true } } : {}),
  };
}

/** Isi padat ExcelJS dari warna palet. */
function isi(warna: string): ExcelJS.Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb: argb(warna) } };
}

/** Hasil tersimpan ExcelJS dari hasil rumus (galat sebagai {error}); undefined = tanpa hasil. */
function hasilExcelJs(h: HasilSel | undefined): ExcelJS.CellFormulaValue["result"] | undefined {
  if (h === undefined || h === null) return undefined;
  if (h instanceof GalatRumus) return { error: h.kode } as ExcelJS.CellErrorValue;
  return h;
}

export function tulisLembar(
  wb: ExcelJS.Workbook,
  l: RencanaLembar,
  hasil: ReadonlyMap<string, HasilSel> = new Map(),
): ExcelJS.Worksheet {
  const lama = wb.getWorksheet(l.nama);
  if (lama) wb.removeWorksheet(lama.id);
  const ws = wb.addWorksheet(l.nama);
  for (const { alamat, sel } of selBeralamat(l)) {
    const c = ws.getCell(alamat);
    if (sel.rumus !== undefined) {
      const h = hasilExcelJs(hasil.get(`${l.nama}!${alamat}`));
      c.value = {
        formula: sel.rumus.replace(/^=/, ""),
        ...(h === undefined ? {} : { result: h }),
      } as ExcelJS.CellFormulaValue;
    } else if (sel.nilai !== undefined) {
      c.value = sel.nilai;
    }
    if (sel.format) c.numFmt = sel.format;
    if (sel.gaya) {
      const g = gayaExcelJs(sel.gaya);
      if (g.fill) c.fill = g.fill;
      if (g.font) c.font = g.font;
      if (g.alignment) c.alignment = g.alignment;
    }
  }
  for (const g of l.gabung ?? []) ws.mergeCells(g);
  for (const v of l.validasi ?? []) {
    const dv: ExcelJS.DataValidation =
      v.jenis === "daftar"
        ? {
            type: "list",
            allowBlank: true,
            formulae: [v.sumberRentang ?? `"${(v.daftar ?? []).join(",")}"`],
            showErrorMessage: true,
            errorTitle: "Masukan tidak sah",
            error: v.pesan,
          }
        : {
            type: v.jenis === "bilanganBulat" ? "whole" : "decimal",
            allowBlank: true,
            operator:
              v.min !== undefined && v.maks !== undefined
                ? "between"
                : v.min !== undefined
                  ? "greaterThanOrEqual"
                  : "lessThanOrEqual",
            formulae: v.min !== undefined && v.maks !== undefined ? [v.min, v.maks] : [v.min ?? v.maks ?? 0],
            showErrorMessage: true,
            errorTitle: "Masukan tidak sah",
            error: v.pesan,
          };
    (ws as unknown as { dataValidations: { add(a: string, d: ExcelJS.DataValidation): void } }).dataValidations.add(
      v.rentang,
      dv,
    );
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
          style: {
            fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(f.warnaIsi) } },
            font: { color: { argb: argb(f.warnaFont) } },
          },
        },
      ],
    });
  }
  if (l.bekukan) ws.views = [{ state: "frozen", xSplit: l.bekukan.kolom, ySplit: l.bekukan.baris }];
  for (const k of l.lebarKolom ?? []) ws.getColumn(k.kolom).width = k.lebar;
  for (const n of l.nama_rentang ?? []) wb.definedNames.add(`'${l.nama.replace(/'/g, "''")}'!${n.rentang}`, n.nama);
  tataLetak(ws, l);
  return ws;
}

/** Bungkus teks, tinggi baris, kolom bantu (kerangka, diciutkan) dan pengaturan halaman. */
function tataLetak(ws: ExcelJS.Worksheet, l: RencanaLembar): void {
  for (const r of l.bungkus ?? []) {
    const [a, b] = r.split(":");
    const p = posisi(a);
    const q = posisi(b ?? a);
    for (let i = p.baris; i <= q.baris; i++) {
      for (let j = p.kolom; j <= q.kolom; j++) ws.getCell(i + 1, j + 1).alignment = { wrapText: true, vertical: "top" };
    }
  }
  for (const t of l.tinggiBaris ?? []) ws.getRow(t.baris).height = t.tinggi;
  // baris bertinggi khusus: rata atas agar sejajar dengan teks terbungkus (palet plans/gaya.ts)
  for (const r of rentangRataAtas(l)) {
    const [a, b] = r.split(":").map(posisi);
    for (let j = a.kolom; j <= b.kolom; j++) {
      const c = ws.getCell(a.baris + 1, j + 1);
      c.alignment = { ...c.alignment, vertical: "top" };
    }
  }
  if (l.kolomBantu?.kolom.length && !l.kolomBantu.tampak) {
    for (const k of l.kolomBantu.kolom) {
      const c = ws.getColumn(k);
      c.outlineLevel = 1;
      c.hidden = true;
    }
    ws.properties.outlineLevelCol = 1;
  }
  const c = l.cetak;
  if (!c) return;
  ws.pageSetup = { ...ws.pageSetup, ...halamanExcelJs(c) };
  // pemisah halaman SEBELUM baris b = sesudah baris b − 1 (rowBreaks ExcelJS)
  for (const b of c.putusBaris ?? []) if (b > 1) ws.getRow(b - 1).addPageBreak();
  // kepala/kaki 11 pt seperti sel: diperkecil bersama halaman (LibreOffice; Excel "scale with document"), 8,25 pt pada skala 75 %
  const hf = (x: { kiri: string; tengah: string; kanan: string }) => `&L&11${x.kiri}&C&11${x.tengah}&R&11${x.kanan}`;
  ws.headerFooter = { ...ws.headerFooter, oddHeader: hf(c.kepala), oddFooter: hf(c.kaki) };
}

/**
 * Pengaturan halaman ExcelJS dari model cetak (plans/tata-letak.ts): A4, orientasi, satu halaman lebar atau pita
 * kolom pada skala tetap (urutan halaman ke kanan lalu ke bawah), area cetak, judul baris/kolom, margin. Dipakai
 * juga penulis beraliran (./aliran.ts), yang harus memberikannya saat lembar dibuat (muat ke halaman di sheetPr).
 */
export function halamanExcelJs(c: PengaturanCetak): Partial<ExcelJS.PageSetup> {
  return {
    paperSize: 9, // A4
    orientation: c.orientasi === "mendatar" ? "landscape" : "portrait",
    // satu halaman lebar (skala menyesuaikan), atau pita kolom pada skala tetap (huruf ≥ 8 pt)
    ...(c.satuHalamanLebar
      ? { fitToPage: true, fitToWidth: 1, fitToHeight: c.satuHalaman ? 1 : 0 }
      : { fitToPage: false, scale: c.skala ?? 100, pageOrder: "overThenDown" }),
    // ExcelJS menulis "$" + teks di depan kedua ujung: "A$1:E$45" → $A$1:$E$45 (dari "A1:E45" ia menulis $A1:$E45,
    // baris relatif yang tidak dikenali LibreOffice sebagai area cetak, sehingga kolom di luar area ikut tercetak)
    printArea: c.area.replace(/([A-Z]+)(\d+)/g, "$1$$$2"),
    ...(c.judulBaris ? { printTitlesRow: c.judulBaris } : {}),
    ...(c.judulKolom ? { printTitlesColumn: c.judulKolom } : {}),
    margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
  };
}

/**
 * Isi berkas .xlsx (sama dengan tulisXlsx di ./berkas.ts, termasuk grafik) sebagai byte, tanpa sistem berkas: dipakai task
 * pane di peramban tanpa Excel (unduhan) lewat potongan yang dimuat belakangan (import dinamis).
 */
export async function bufferXlsx(rencana: RencanaBukuKerja | RencanaBukuKerja[]): Promise<ArrayBuffer> {
  const isi = await paketXlsx(rencana);
  return isi.buffer.slice(isi.byteOffset, isi.byteOffset + isi.byteLength) as ArrayBuffer;
}

/** Paket .xlsx dari satu atau beberapa rencana (dirapikan), dengan lembar `_pkp` (veryHidden) dan grafik. */
export async function paketXlsx(rencana: RencanaBukuKerja | RencanaBukuKerja[]): Promise<Uint8Array> {
  const daftar = (Array.isArray(rencana) ? rencana : [rencana]).map(rapikan);
  const wb = new ExcelJS.Workbook();
  wb.creator = "Penilaian Kinerja Pelayanan";
  wb.calcProperties.fullCalcOnLoad = true;
  const hasil = hasilRumus(daftar);
  for (const r of daftar) for (const l of r.lembar) tulisLembar(wb, l, hasil);
  const meta = wb.addWorksheet(LEMBAR_META, { state: "veryHidden" });
  daftar.forEach((r, i) => {
    meta.getCell(i + 1, 1).value = serialCatatan(catatanDari(r));
  });
  // lembar yang ditulis ulang oleh rencana berikutnya memakai grafik rencana terakhir
  const grafik = new Map<string, GrafikLembar>();
  for (const r of daftar) for (const l of r.lembar) grafik.set(l.nama, { lembar: l.nama, grafik: l.grafik ?? [] });
  const paket = (await wb.xlsx.writeBuffer()) as ArrayBuffer;
  return tambahGrafik(new Uint8Array(paket), [...grafik.values()]);
}

export interface SelTerbaca {
  /** Nilai sel tetap; null untuk sel rumus (nilainya dihitung ulang, mis. oleh pemeriksa atau uji). */
  value: unknown;
  formula?: string;
  /** Hasil tersimpan sel rumus (cache di berkas), bila ada. */
  hasil?: unknown;
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
          m.set(c.address, {
            value: null,
            formula: `=${f.formula}`,
            ...(f.result === undefined ? {} : { hasil: f.result }),
          });
        } else if (v && typeof v === "object" && "sharedFormula" in (v as object)) {
          const h = (v as { result?: unknown }).result;
          m.set(c.address, { value: null, formula: `=${c.formula}`, ...(h === undefined ? {} : { hasil: h }) });
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
