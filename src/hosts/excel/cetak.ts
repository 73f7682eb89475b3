/**
 * Tata letak dan pengaturan cetak satu lembar di Excel (Office.js), dari rencana yang sudah dirapikan
 * (plans/tata-letak.ts): bungkus teks, tinggi baris, kolom bantu (dikelompokkan dan diciutkan, atau
 * disembunyikan), dan tata halaman (A4, orientasi, muat satu halaman lebar, area cetak, judul cetak,
 * kepala/kaki halaman).
 *
 * Hanya MENGANTRE perintah (lewat `tambah`) ke batch tulis adaptor: tidak ada context.sync() di sini,
 * jadi batas sync adaptor tidak berubah. Fitur di atas ExcelApi 1.1 diperiksa dengan `bisa` dan dilewati
 * dengan `lewati` (peringatan) bila tidak didukung: tinggi baris dan sembunyi kolom ExcelApi 1.2
 * (fitur "lebarKolom"), tata halaman ExcelApi 1.9 ("tataHalaman"), kelompok kolom ExcelApi 1.10
 * ("kelompokKolom"; tanpa itu kolom bantu hanya disembunyikan).
 */
import type { RencanaLembar } from "../../plans/rencana";

export type FiturCetak = "lebarKolom" | "tataHalaman" | "kelompokKolom";

export interface AlatCetak {
  lembar(): Excel.Worksheet;
  bisa(f: FiturCetak): boolean;
  lewati(f: FiturCetak): void;
  tambah(ukuran: number, jalankan: () => void): void;
}

/** Rentang judul cetak Office.js ("$4:$5") dari "4:5". */
const barisAbsolut = (r: string): string => r.replace(/(\d+)/g, "$$$1");

export function antreTataLetak(l: RencanaLembar, a: AlatCetak): void {
  if (l.bungkus?.length) {
    a.tambah(JSON.stringify(l.bungkus).length, () => {
      for (const r of l.bungkus ?? []) {
        const f = a.lembar().getRange(r).format;
        f.wrapText = true;
        f.verticalAlignment = "Top" as Excel.VerticalAlignment;
      }
    });
  }
  if (l.tinggiBaris?.length) {
    if (a.bisa("lebarKolom")) {
      a.tambah(l.tinggiBaris.length * 20, () => {
        for (const t of l.tinggiBaris ?? []) a.lembar().getRange(`${t.baris}:${t.baris}`).format.rowHeight = t.tinggi;
      });
    } else a.lewati("lebarKolom");
  }
  const bantu = l.kolomBantu?.kolom ?? [];
  if (bantu.length) {
    const rentang = `${bantu[0]}:${bantu[bantu.length - 1]}`;
    if (a.bisa("kelompokKolom")) {
      a.tambah(rentang.length, () => {
        const r = a.lembar().getRange(rentang);
        r.group("ByColumns" as Excel.GroupOption);
        r.hideGroupDetails("ByColumns" as Excel.GroupOption);
      });
    } else {
      a.lewati("kelompokKolom");
      if (a.bisa("lebarKolom")) a.tambah(rentang.length, () => (a.lembar().getRange(rentang).columnHidden = true));
    }
  }
  const c = l.cetak;
  if (!c) return;
  if (!a.bisa("tataHalaman")) {
    a.lewati("tataHalaman");
    return;
  }
  a.tambah(JSON.stringify(c).length, () => {
    const p = a.lembar().pageLayout;
    p.paperSize = "A4" as Excel.PaperType;
    p.orientation = (c.orientasi === "mendatar" ? "Landscape" : "Portrait") as Excel.PageOrientation;
    // satu halaman lebar, tinggi bebas (fitToWidth=1, fitToHeight=0 seperti di berkas .xlsx)
    p.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    p.setPrintArea(c.area);
    if (c.judulBaris) p.setPrintTitleRows(barisAbsolut(c.judulBaris));
    const hf = p.headersFooters.defaultForAllPages;
    hf.leftHeader = c.kepala.kiri;
    hf.centerHeader = c.kepala.tengah;
    hf.rightHeader = c.kepala.kanan;
    hf.leftFooter = c.kaki.kiri;
    hf.centerFooter = c.kaki.tengah;
    hf.rightFooter = c.kaki.kanan;
  });
}
