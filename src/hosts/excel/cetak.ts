/**
 * Tata letak dan pengaturan cetak satu lembar di Excel (Office.js), dari rencana yang sudah dirapikan
 * (plans/tata-letak.ts): bungkus teks, tinggi baris, kolom bantu (dikelompokkan dan diciutkan, atau
 * disembunyikan), dan tata halaman (A4, orientasi, muat satu halaman lebar atau pita kolom pada skala
 * tetap, area cetak, judul cetak baris dan kolom, pemisah halaman sebelum tabel berikutnya, kepala/kaki
 * halaman; semuanya ExcelApi 1.9).
 *
 * Hanya MENGANTRE perintah (lewat `tambah`) ke batch tulis adaptor: tidak ada context.sync() di sini,
 * jadi batas sync adaptor tidak berubah. Fitur di atas ExcelApi 1.1 diperiksa dengan `bisa` dan dilewati
 * dengan `lewati` (peringatan) bila tidak didukung: tinggi baris dan sembunyi kolom ExcelApi 1.2
 * (fitur "lebarKolom"), tata halaman ExcelApi 1.9 ("tataHalaman"), kelompok kolom ExcelApi 1.10
 * ("kelompokKolom"; tanpa itu kolom bantu hanya disembunyikan).
 */
import { rentangRataAtas } from "../../plans/gaya";
import type { RencanaLembar } from "../../plans/rencana";
import type { PenyusunTulis } from "./tulis";

/** Rentang judul cetak Office.js ("$4:$5") dari "4:5". */
const barisAbsolut = (r: string): string => r.replace(/(\d+)/g, "$$$1");

/**
 * `t` adalah penyusun batch tulis adaptor (tulis.ts): `t.bisa(f)` memeriksa set persyaratan fitur lewat
 * isSetSupported (dan dikenali audit set, scripts/audit-set.js), `t.lewati(f)` mencatat peringatan.
 */
export function antreTataLetak(l: RencanaLembar, t: PenyusunTulis): void {
  if (l.bungkus?.length) {
    t.tambah(JSON.stringify(l.bungkus).length, () => {
      for (const r of l.bungkus ?? []) {
        const f = t.lembar(l.nama).getRange(r).format;
        f.wrapText = true;
        f.verticalAlignment = "Top" as Excel.VerticalAlignment;
      }
    });
  }
  if (l.tinggiBaris?.length) {
    if (t.bisa("lebarKolom")) {
      t.tambah(l.tinggiBaris.length * 20, () => {
        for (const tb of l.tinggiBaris ?? [])
          t.lembar(l.nama).getRange(`${tb.baris}:${tb.baris}`).format.rowHeight = tb.tinggi;
      });
    } else t.lewati("lebarKolom");
    // baris bertinggi khusus: rata atas agar sejajar dengan teks terbungkus (plans/gaya.ts, sama dengan .xlsx)
    const rataAtas = rentangRataAtas(l);
    t.tambah(JSON.stringify(rataAtas).length, () => {
      for (const r of rataAtas)
        t.lembar(l.nama).getRange(r).format.verticalAlignment = "Top" as Excel.VerticalAlignment;
    });
  }
  // kolom bantu `tampak` (dibaca grafik) tidak diciutkan: hanya di luar area cetak
  const bantu = l.kolomBantu?.tampak ? [] : (l.kolomBantu?.kolom ?? []);
  if (bantu.length) {
    const rentang = `${bantu[0]}:${bantu[bantu.length - 1]}`;
    if (t.bisa("kelompokKolom")) {
      t.tambah(rentang.length, () => {
        const r = t.lembar(l.nama).getRange(rentang);
        r.group("ByColumns" as Excel.GroupOption);
        r.hideGroupDetails("ByColumns" as Excel.GroupOption);
      });
    } else {
      t.lewati("kelompokKolom");
      if (t.bisa("lebarKolom"))
        t.tambah(rentang.length, () => (t.lembar(l.nama).getRange(rentang).columnHidden = true));
    }
  }
  const c = l.cetak;
  if (!c) return;
  if (!t.bisa("tataHalaman")) {
    t.lewati("tataHalaman");
    return;
  }
  t.tambah(JSON.stringify(c).length, () => {
    const p = t.lembar(l.nama).pageLayout;
    p.paperSize = "A4" as Excel.PaperType;
    p.orientation = (c.orientasi === "mendatar" ? "Landscape" : "Portrait") as Excel.PageOrientation;
    // satu halaman lebar, tinggi bebas (fitToWidth=1, fitToHeight=0 seperti di berkas .xlsx), atau pita
    // kolom pada skala tetap dengan kolom kunci diulang (huruf ≥ 8 pt)
    p.zoom = c.satuHalamanLebar
      ? { horizontalFitToPages: 1, verticalFitToPages: c.satuHalaman ? 1 : 0 }
      : { scale: c.skala ?? 100 };
    p.setPrintArea(c.area);
    if (c.judulBaris) p.setPrintTitleRows(barisAbsolut(c.judulBaris));
    if (c.judulKolom) p.setPrintTitleColumns(c.judulKolom.replace(/([A-Z]+)/g, "$$$1"));
    // pita kolom: halaman satu baris tabel berurutan (ke kanan dulu, lalu ke bawah)
    if (!c.satuHalamanLebar) p.printOrder = "OverThenDown" as Excel.PrintOrder;
    const ws = t.lembar(l.nama);
    for (const b of c.putusBaris ?? []) ws.horizontalPageBreaks.add(`A${b}`);
    const hf = p.headersFooters.defaultForAllPages;
    hf.leftHeader = c.kepala.kiri;
    hf.centerHeader = c.kepala.tengah;
    hf.rightHeader = c.kepala.kanan;
    hf.leftFooter = c.kaki.kiri;
    hf.centerFooter = c.kaki.tengah;
    hf.rightFooter = c.kaki.kanan;
  });
}
