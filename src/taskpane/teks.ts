/** Teks antarmuka task pane: Bahasa Indonesia (utama) dan Inggris. */
import { KETERANGAN_TIPE } from "../frameworks/lan1998";
import type { FiturOpsional } from "../hosts/excel/excel";

export type Bahasa = "id" | "en";

export interface Teks {
  judul: string;
  pengantar: string;
  gantiBahasa: string;
  metode: string;
  metodeLan: string;
  metodeBsc: string;
  metodeSkm: string;
  metodeLayanan: string;
  tipe: string;
  tipeI: string;
  tipeII: string;
  tipeIII: string;
  pola: string;
  polaLengkap: string;
  polaLima: string;
  mode: string;
  modeHitungBobot: string;
  modeNilaiUnit: string;
  aturanSkm: string;
  aturan2017: string;
  aturan2004: string;
  responden: string;
  contohLayanan: string;
  unit: string;
  unitOpsional: string;
  bantuanUnit: string;
  bangun: string;
  membangun: string;
  tahap: (persen: number) => string;
  selesai: (lembar: string[]) => string;
  dipertahankan: (n: number) => string;
  tersimpan: (n: number) => string;
  dilewati: (fitur: string, set: string) => string;
  dibatalkan: string;
  konflik: (rincian: string) => string;
  konflikLembar: (lembar: string, jumlah: number, contoh: string) => string;
  ya: string;
  tidak: string;
  galatUnitKosong: string;
  galatUnitGanda: (nama: string) => string;
  galatResponden: string;
  galatUmum: string;
  galatRencana: (pesan: string) => string;
  galatAkses: string;
  galatSuntingSel: string;
  galatExcelLama: string;
  galatTanpaExcel: string;
  galatTerlaluBesar: string;
  fitur: Record<FiturOpsional, string>;
}

export const TEKS: Record<Bahasa, Teks> = {
  id: {
    judul: "Penilaian Kinerja Pelayanan",
    pengantar: "Bangun tabel penilaian dengan rumus Excel asli. Isian yang sudah diketik dipertahankan saat tabel dibangun ulang.",
    gantiBahasa: "English",
    metode: "Metode",
    metodeLan: "Pola LAN 1998",
    metodeBsc: "Balanced Scorecard",
    metodeSkm: "Survei Kepuasan Masyarakat (SKM)",
    metodeLayanan: "Log kinerja layanan",
    tipe: "Tipe dinas",
    // Tabel 3.2 seed 004, dari satu definisi di kerangka
    tipeI: `Tipe I — ${KETERANGAN_TIPE.I.karakteristik.toLowerCase()}`,
    tipeII: `Tipe II — ${KETERANGAN_TIPE.II.karakteristik.toLowerCase()}`,
    tipeIII: `Tipe III — ${KETERANGAN_TIPE.III.karakteristik.toLowerCase()}`,
    pola: "Variabel",
    polaLengkap: "Lengkap (17 variabel)",
    polaLima: "5 variabel utama",
    mode: "Jenis tabel",
    modeHitungBobot: "Hitung bobot",
    modeNilaiUnit: "Nilai unit",
    aturanSkm: "Aturan",
    aturan2017: "PermenPAN-RB 14/2017 (SKM)",
    aturan2004: "KepmenPAN 25/2004 (IKM)",
    responden: "Jumlah responden",
    contohLayanan: "Isi dengan contoh (Kecamatan Dumai Timur 2021)",
    unit: "Nama unit (satu per baris)",
    unitOpsional: "Nama unit (satu per baris, boleh kosong)",
    bantuanUnit: "Contoh: Dinas Kependudukan, lalu Enter, lalu unit berikutnya.",
    bangun: "Bangun tabel",
    membangun: "Membangun tabel…",
    tahap: (p) => (p < 30 ? "Membaca buku kerja…" : p < 60 ? "Menyusun tata letak…" : p < 100 ? "Menulis tabel…" : "Selesai."),
    selesai: (l) => `Tabel selesai dibangun: ${l.join(", ")}.`,
    dipertahankan: (n) => `${n} isian lama dipertahankan.`,
    tersimpan: (n) => `${n} nilai lama yang tidak punya tempat di tabel baru disimpan di lembar "Data Tersimpan".`,
    dilewati: (f, s) => `${f} dilewati karena Excel ini belum mendukung ExcelApi ${s}.`,
    dibatalkan: "Dibatalkan. Tidak ada yang diubah di buku kerja.",
    konflik: (r) => `Lembar berikut sudah ada dan tidak dibuat oleh add-in ini: ${r}. Isinya di area tabel akan ditimpa. Lanjutkan?`,
    konflikLembar: (l, j, c) => `"${l}" (${j} sel terisi, mis. ${c})`,
    ya: "Ya, timpa",
    tidak: "Batal",
    galatUnitKosong: "Isi minimal satu nama unit.",
    galatUnitGanda: (n) => `Nama unit "${n}" ditulis lebih dari sekali. Setiap unit harus bernama unik.`,
    galatResponden: "Jumlah responden harus bilangan bulat 1 sampai 5000.",
    galatUmum: "Tabel tidak dapat dibangun. Coba lagi; jika tetap gagal, simpan buku kerja lalu buka ulang Excel.",
    galatRencana: (p) => `Tabel tidak dapat dibangun: ${p}`,
    galatAkses: "Excel menolak perubahan: lembar atau buku kerja mungkin diproteksi atau hanya-baca.",
    galatSuntingSel: "Excel sedang menyunting sebuah sel. Tekan Enter atau Esc di lembar kerja, lalu coba lagi.",
    galatExcelLama: "Versi Excel ini terlalu lama untuk add-in ini (perlu ExcelApi 1.4 atau lebih baru).",
    galatTanpaExcel: "Panel ini harus dibuka di dalam Excel.",
    galatTerlaluBesar: "Tabel terlalu besar untuk ditulis sekaligus. Bagi unit ke beberapa tabel yang lebih kecil.",
    fitur: {
      gabung: "Penggabungan sel",
      lebarKolom: "Lebar kolom",
      nama: "Nama rentang",
      formatBersyarat: "Format bersyarat",
      bekukan: "Pembekuan panel",
      kategoriGrafik: "Label kategori grafik",
      validasi: "Validasi data",
    },
  },
  en: {
    judul: "Public Service Performance Assessment",
    pengantar: "Build assessment tables with native Excel formulas. Values you have typed are kept when a table is rebuilt.",
    gantiBahasa: "Bahasa Indonesia",
    metode: "Method",
    metodeLan: "LAN 1998 pattern",
    metodeBsc: "Balanced Scorecard",
    metodeSkm: "Community Satisfaction Survey (SKM)",
    metodeLayanan: "Service performance log",
    tipe: "Agency type",
    tipeI: "Type I — provides services only",
    tipeII: "Type II — provides services and collects local revenue (PADS)",
    tipeIII: "Type III — collects local revenue (PADS) only",
    pola: "Variables",
    polaLengkap: "Full (17 variables)",
    polaLima: "5 main variables",
    mode: "Table kind",
    modeHitungBobot: "Compute weights",
    modeNilaiUnit: "Unit scores",
    aturanSkm: "Regulation",
    aturan2017: "PermenPAN-RB 14/2017 (SKM)",
    aturan2004: "KepmenPAN 25/2004 (IKM)",
    responden: "Number of respondents",
    contohLayanan: "Fill with the example (Dumai Timur district 2021)",
    unit: "Unit names (one per line)",
    unitOpsional: "Unit names (one per line, optional)",
    bantuanUnit: "Example: Population Office, then Enter, then the next unit.",
    bangun: "Build table",
    membangun: "Building table…",
    tahap: (p) => (p < 30 ? "Reading the workbook…" : p < 60 ? "Laying out…" : p < 100 ? "Writing the table…" : "Done."),
    selesai: (l) => `Table built: ${l.join(", ")}.`,
    dipertahankan: (n) => `${n} previously typed values kept.`,
    tersimpan: (n) => `${n} old values with no place in the new table were saved to the "Data Tersimpan" sheet.`,
    dilewati: (f, s) => `${f} skipped: this Excel does not support ExcelApi ${s}.`,
    dibatalkan: "Cancelled. Nothing in the workbook was changed.",
    konflik: (r) => `These sheets already exist and were not created by this add-in: ${r}. Their content in the table area will be overwritten. Continue?`,
    konflikLembar: (l, j, c) => `"${l}" (${j} filled cells, e.g. ${c})`,
    ya: "Yes, overwrite",
    tidak: "Cancel",
    galatUnitKosong: "Enter at least one unit name.",
    galatUnitGanda: (n) => `The unit name "${n}" appears more than once. Each unit needs a unique name.`,
    galatResponden: "The number of respondents must be a whole number from 1 to 5000.",
    galatUmum: "The table could not be built. Try again; if it still fails, save the workbook and reopen Excel.",
    galatRencana: (p) => `The table could not be built: ${p}`,
    galatAkses: "Excel refused the change: the sheet or workbook may be protected or read-only.",
    galatSuntingSel: "Excel is editing a cell. Press Enter or Esc in the worksheet, then try again.",
    galatExcelLama: "This version of Excel is too old for this add-in (ExcelApi 1.4 or later is required).",
    galatTanpaExcel: "This pane must be opened inside Excel.",
    galatTerlaluBesar: "The table is too large to write at once. Split the units into several smaller tables.",
    fitur: {
      gabung: "Merged cells",
      lebarKolom: "Column widths",
      nama: "Named ranges",
      formatBersyarat: "Conditional formatting",
      bekukan: "Frozen panes",
      kategoriGrafik: "Chart category labels",
      validasi: "Data validation",
    },
  },
};
