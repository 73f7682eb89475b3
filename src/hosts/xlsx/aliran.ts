/**
 * Penulis .xlsx beraliran (Node) untuk buku kerja besar: ExcelJS `stream.xlsx.WorkbookWriter` menulis baris
 * ke berkas begitu selesai, sehingga memori tidak tumbuh dengan banyak baris data. Lembar rencana (kecil:
 * rumus per kelompok) ditulis dengan penulis lembar yang sama dengan ./xlsx.ts (`tulisLembar`: gaya, format,
 * validasi, format bersyarat, tata letak dan halaman), lalu baris data besar (mis. salinan jawaban formulir
 * 100.000 baris) dialirkan langsung dari larik nilai, bukan dari sel rencana. Grafik dan `fullCalcOnLoad`
 * ditambahkan sesudahnya pada paket (./grafik.ts, JSZip), seperti `paketXlsx`.
 *
 * Hasil tersimpan (plans/hasil-rumus.ts) dan pengaturan halaman model cetak (`halamanExcelJs`) sama dengan
 * `paketXlsx`: rumus dihitung atas rencana BESERTA baris data yang dialirkan (sebagai sel nilai). Bila baris
 * data lebih dari BATAS_SEL_HASIL sel, berkas ditulis tanpa hasil tersimpan (menghitungnya butuh memori
 * sebesar data); Excel tetap menghitung semua rumus saat dibuka (fullCalcOnLoad).
 */
import { readFile, writeFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { catatanDari, LEMBAR_META, serialCatatan } from "../../plans/bangun-ulang/index";
import type { GayaSel, NilaiSel, RencanaBukuKerja, RencanaLembar, Sel } from "../../plans/rencana";
import { rapikan } from "../../plans/tata-letak";
import { BATAS_SEL_HASIL, hasilRumus, type HasilSel } from "../../plans/hasil-rumus";
import { tambahGrafik } from "./grafik";
import { gayaExcelJs, halamanExcelJs, tulisLembar } from "./xlsx";

/** Baris data yang dialirkan ke sebuah lembar di bawah sel rencananya. */
export interface DataLembar {
  /** Baris nilai (kolom A = indeks 0); ditulis mulai baris `mulai` (1-based). */
  baris: readonly (readonly NilaiSel[])[];
  mulai: number;
  /** Format angka per kolom (indeks 0-based), mis. cap waktu. */
  format?: Readonly<Record<number, string>>;
  /** Gaya sel data (palet plans/gaya.ts), mis. "masukan": isi kuning sel masukan. */
  gaya?: GayaSel;
}

type PenulisLembar = ExcelJS.Worksheet & { commit(): void };

/** Buku kerja tiruan untuk `tulisLembar`: lembar baru dari penulis beraliran, nama rentang ke penulisnya. */
function bukuTiruan(wb: ExcelJS.stream.xlsx.WorkbookWriter, ws: PenulisLembar): ExcelJS.Workbook {
  // WorksheetWriter hanya punya getter `views`: tulisLembar menetapkannya seperti pada Worksheet biasa
  Object.defineProperty(ws, "views", {
    get: () => (ws as unknown as { _views: unknown })._views,
    set: (v: unknown) => ((ws as unknown as { _views: unknown })._views = v),
  });
  return {
    getWorksheet: () => undefined,
    removeWorksheet: () => undefined,
    addWorksheet: () => ws,
    definedNames: wb.definedNames,
  } as unknown as ExcelJS.Workbook;
}

/**
 * Baris data dialirkan: satu objek gaya per kolom (gaya palet, format) dipakai bersama semua selnya (ExcelJS mengenali
 * objek yang sama tanpa menyusun ulang gayanya), setiap baris di-commit segera.
 */
function alirkan(ws: PenulisLembar, d: DataLembar): void {
  const lebar = d.baris.reduce((m, b) => Math.max(m, b.length), 0);
  const gaya = Array.from({ length: lebar }, (_, c) => ({
    ...(d.gaya ? gayaExcelJs(d.gaya) : {}),
    ...(d.format?.[c] ? { numFmt: d.format[c] } : {}),
  })) as Partial<ExcelJS.Style>[];
  // baris rencana (judul) lebih dulu
  for (let r = 1; r < d.mulai; r++) ws.getRow(r).commit();
  d.baris.forEach((b, i) => {
    const row = ws.getRow(d.mulai + i);
    for (let c = 0; c < b.length; c++) {
      const cell = row.getCell(c + 1);
      if (b[c] !== "") cell.value = b[c];
      cell.style = gaya[c];
    }
    row.commit();
  });
}

/**
 * Bagian kepala lembar yang ditulis penulis beraliran SAAT lembar dibuat (sheetPr, sheetViews, sheetFormatPr):
 * bekukan panel, muat ke halaman dan kerangka kolom bantu harus diberikan sebagai opsi, nilainya sama dengan
 * yang ditetapkan `tulisLembar` sesudahnya (yang untuk penulis beraliran tidak lagi ditulis).
 */
function opsiAwal(l: RencanaLembar): Partial<ExcelJS.AddWorksheetOptions> {
  return {
    views: l.bekukan ? [{ state: "frozen", xSplit: l.bekukan.kolom, ySplit: l.bekukan.baris }] : [],
    // sheetPr fitToPage ditulis saat lembar dibuat: true hanya untuk satu halaman lebar (pita kolom: skala tetap)
    ...(l.cetak ? { pageSetup: halamanExcelJs(l.cetak) as ExcelJS.PageSetup } : {}),
    ...(l.kolomBantu?.kolom.length && !l.kolomBantu.tampak
      ? { properties: { outlineLevelCol: 1 } as ExcelJS.WorksheetProperties }
      : {}),
  };
}

/** Area cetak lembar berdata diperluas sampai baris data terakhir (rapikan hanya melihat sel rencana). */
function areaDenganData(l: RencanaLembar, d: DataLembar | undefined): RencanaLembar {
  if (!d || !l.cetak) return l;
  const akhir = d.mulai + d.baris.length - 1;
  const [a, b] = l.cetak.area.split(":");
  const kolom = (b ?? a).replace(/\d+$/, "");
  return {
    ...l,
    cetak: { ...l.cetak, area: `${a}:${kolom}${Math.max(akhir, Number((b ?? a).replace(/^[A-Z]+/, "")))}` },
  };
}

/**
 * Hasil tersimpan setiap sel rumus, dihitung atas rencana dengan baris data sebagai sel nilai (rumus yang
 * merujuk salinan jawaban). Peta kosong (tanpa hasil tersimpan) bila data lebih dari BATAS_SEL_HASIL sel.
 */
export function hasilDenganData(
  r: RencanaBukuKerja,
  data: Readonly<Record<string, DataLembar>>,
  batas = BATAS_SEL_HASIL,
): Map<string, HasilSel> {
  let sel = 0;
  for (const d of Object.values(data)) for (const b of d.baris) sel += b.length;
  if (sel > batas) return new Map();
  const lembar = r.lembar.map((l) => {
    const d = data[l.nama];
    if (!d || d.baris.length === 0) return l;
    const blok = {
      mulai: `A${d.mulai}`,
      sel: d.baris.map((b) => b.map((v): Sel | null => (v === "" ? null : { peran: "masukan", nilai: v }))),
    };
    return { ...l, blok: [...l.blok, blok] };
  });
  return hasilRumus({ ...r, lembar });
}

/**
 * Menulis rencana (dirapikan) ke `berkas` dengan penulis beraliran; `data`: baris besar per nama lembar.
 * Hasilnya setara `tulisXlsx` (lembar, gaya, validasi, catatan `_pkp` veryHidden, grafik, hitung saat dibuka).
 */
export async function tulisXlsxAliran(
  rencana: RencanaBukuKerja,
  berkas: string,
  data: Readonly<Record<string, DataLembar>> = {},
): Promise<void> {
  const r = rapikan(rencana);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: berkas, useStyles: true, useSharedStrings: true });
  wb.creator = "Penilaian Kinerja Pelayanan";
  const hasil = hasilDenganData(r, data);
  for (const asal of r.lembar) {
    const l = areaDenganData(asal, data[asal.nama]);
    const ws = wb.addWorksheet(l.nama, opsiAwal(l)) as unknown as PenulisLembar;
    tulisLembar(bukuTiruan(wb, ws), l, hasil);
    const d = data[l.nama];
    if (d) alirkan(ws, d);
    ws.commit();
  }
  const meta = wb.addWorksheet(LEMBAR_META, { state: "veryHidden" }) as unknown as PenulisLembar;
  meta.getCell(1, 1).value = serialCatatan(catatanDari(r));
  meta.commit();
  await wb.commit();
  const grafik = r.lembar.map((l) => ({ lembar: l.nama, grafik: l.grafik ?? [] }));
  const paket = await tambahGrafik(await readFile(berkas), grafik);
  await writeFile(berkas, await hitungSaatDibuka(paket));
}

/** `fullCalcOnLoad` pada calcPr (penulis beraliran tidak menuliskannya): Excel menghitung semua rumus saat dibuka. */
async function hitungSaatDibuka(paket: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(paket);
  const f = zip.file("xl/workbook.xml");
  if (!f) return paket;
  const xml = await f.async("string");
  const baru = /<calcPr\b/.test(xml)
    ? xml.replace(
        /<calcPr\b([^>]*?)\/>/,
        (_m, a: string) => `<calcPr${a.replace(/\s*fullCalcOnLoad="[^"]*"/, "")} fullCalcOnLoad="1"/>`,
      )
    : xml.replace("</workbook>", '<calcPr calcId="171027" fullCalcOnLoad="1"/></workbook>');
  zip.file("xl/workbook.xml", baru);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
