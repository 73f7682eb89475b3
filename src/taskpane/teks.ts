/** Teks antarmuka task pane: Bahasa Indonesia (utama) dan Inggris. */
import { KETERANGAN_TIPE } from "../frameworks/lan1998-tipe";

/** Huruf pertama kecil, singkatan (PADS) tetap. */
const awalKecil = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);
import { NAMA_FITUR, type FiturOpsional } from "../hosts/excel/umum";
import type { JenisTemuan } from "../periksa/temuan";

import type { Bahasa } from "../metode/daftar";
export type { Bahasa } from "../metode/daftar";

export interface Teks {
  judul: string;
  pengantar: string;
  gantiBahasa: string;
  metode: string;
  bantuanSakip: string;
  sakipTriwulan: string;
  sakipTahun: string;
  sakipEfisiensi: string;
  sakipSelisih: string;
  sakipRasio: string;
  sakipBaris: string;
  galatBarisSakip: string;
  sakipLembar: string;
  bantuanSakipLembar: string;
  galatSakipLembar: (pesan: string) => string;
  siklusBantuan: string;
  siklusBerkas: string;
  siklusLembar: string;
  siklusBacaUlang: string;
  siklusMembaca: string;
  siklusTerbaca: (responden: number, kolom: number) => string;
  siklusWaktu: string;
  siklusLayanan: string;
  siklusTanpaKolom: string;
  siklusUnsur: string;
  siklusKolomUnsur: (kolom: string, judul: string) => string;
  siklusRujuk: (lembar: string) => string;
  siklusSalin: (lembar: string, alasan: string) => string;
  siklusPeriode: string;
  periodeBulan: string;
  periodeTriwulan: string;
  periodeSemester: string;
  periodeTahun: string;
  siklusPenimbang: string;
  penimbangTepat: string;
  siklusPembulatan: string;
  pembulatanTidak: string;
  pembulatan2: string;
  pembulatan3: string;
  siklusAturan: string;
  siklusHasilUnit: string;
  hasilGabungan: string;
  hasilRerata: string;
  siklusUnitNama: string;
  siklusAmbang: string;
  bantuanSiklusAmbang: string;
  galatAmbang: (teks: string) => string;
  galatSiklusSumber: string;
  galatSiklusBerkas: string;
  galatSiklusLembar: string;
  galatSiklus: (pesan: string) => string;
  siklusSaranPeta: (lembar: string) => string;
  galatBacaLembar: string;
  tipeIIdanIII: string;
  polaLimaData: string;
  perIndikator: string;
  jumlahJenisPelayanan: string;
  galatJenisPelayanan: string;
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
  bantuanServqual: string;
  skalaMin: string;
  skalaMaks: string;
  bantuanSendi: string;
  tanpaOpsiPekppp: string;
  respondenPublik: string;
  jumlahPegawai: string;
  skalaPegawai: string;
  skalaPp46: string;
  skalaLan: string;
  jumlahUnitKepekaan: string;
  kriteriaKepekaan: string;
  pitaKepekaan: string;
  pitaTanpa: string;
  galatKriteria: string;
  galatJumlahUnit: string;
  skala2022: string;
  unit: string;
  unitOpsional: string;
  bantuanUnit: string;
  bangun: string;
  membangun: string;
  tahap: (persen: number) => string;
  selesai: (lembar: string[]) => string;
  dipertahankan: (n: number) => string;
  tersimpan: (n: number) => string;
  /** Isian yang dipindah ke tempat kuncinya yang baru (salinan cadangan di Data Tersimpan). */
  cadangan: (n: number) => string;
  /** Tabel yang dikenali dari judul dan labelnya (jangkar hilang atau baris diurutkan). */
  dikenali: (lembar: string) => string;
  dilewati: (fitur: string, set: string) => string;
  dibatalkan: string;
  konflik: (rincian: string) => string;
  konflikLembar: (lembar: string, jumlah: number, contoh: string) => string;
  /** Nilai diketik di atas rumus/label tabel add-in (hosts/excel: konflik jenis "ketikan"). */
  konflikKetikan: (rincian: string) => string;
  /** Bangun ulang dihentikan karena tata letak tidak dapat diikuti dengan pasti (rincian dari adaptor). */
  galatTataLetak: (rincian: string) => string;
  /** Periksa awal menghentikan pembangunan (lembar dilindungi, nama ditolak, sel terlalu panjang). */
  galatPeriksaAwal: (rincian: string) => string;
  ya: string;
  tidak: string;
  galatUnitKosong: string;
  galatUnitGanda: (nama: string) => string;
  galatResponden: string;
  galatPegawai: string;
  galatSkala: string;
  galatUmum: string;
  galatRencana: (pesan: string) => string;
  galatAkses: string;
  galatSuntingSel: string;
  galatExcelLama: string;
  /** Mode peramban tanpa Excel (atau office.js tidak dapat dimuat): satu baris pemberitahuan. */
  tanpaExcel: string;
  unduh: string;
  menyusunBerkas: string;
  diunduh: (berkas: string, lembar: string[]) => string;
  galatUnduh: string;
  galatTerlaluBesar: string;
  fitur: Record<FiturOpsional, string>;
  periksaJudul: string;
  periksaPengantar: string;
  periksa: string;
  memeriksa: string;
  tidakAdaTemuan: string;
  jumlahTemuan: (n: number) => string;
  catatanPesan: string;
  bukuKerja: string;
  tulisTemuan: string;
  menulisTemuan: string;
  temuanDitulis: (n: number, lembar: string) => string;
  konflikTemuan: (lembar: string, jumlah: number, contoh: string) => string;
  galatPeriksa: string;
  galatPilihSel: string;
  galatTulisTemuan: string;
  jenis: Record<JenisTemuan, string>;
}

export const TEKS: Record<Bahasa, Teks> = {
  id: {
    judul: "Penilaian Kinerja Pelayanan",
    pengantar:
      "Bangun tabel penilaian dengan rumus Excel asli. Isian yang sudah diketik dipertahankan saat tabel dibangun ulang.",
    gantiBahasa: "English",
    metode: "Metode",
    bantuanSakip:
      "Membangun lembar Pengaturan, PK, Realisasi, Anggaran dan tabel LKjIP Bab III dengan rumus " +
      "Excel. Isi PK dan realisasi di lembarnya; bangun ulang tidak menghapus isian.",
    sakipTriwulan: "Dinilai sampai",
    sakipTahun: "Tahun penuh (target tahunan)",
    sakipEfisiensi: "Efisiensi",
    sakipSelisih: "Selisih: capaian − serapan",
    sakipRasio: "Rasio: capaian ÷ serapan",
    sakipBaris: "Jumlah baris indikator dan program",
    galatBarisSakip: "Jumlah baris harus bilangan bulat 1 sampai 5000.",
    sakipLembar: "Lembar PK yang sudah ada (opsional)",
    bantuanSakipLembar:
      "Nama lembar berisi tabel PK Anda; kolom dikenali menurut judulnya (Sasaran, Indikator " +
      "Kinerja, Target, Target TW I, Realisasi TW I, …). Kosong = templat kosong.",
    galatSakipLembar: (pesan) => `Lembar PK tidak dapat dibaca: ${pesan}.`,
    siklusBantuan:
      "Jawaban formulir daring (Google Forms, Microsoft Forms, e-SKM): judul kolom di baris 1, " +
      "satu baris per responden. Kolom unsur dikenali dari nama unsur di judulnya (atau U1…U9).",
    siklusBerkas: "Berkas jawaban (CSV atau .xlsx)",
    siklusLembar: "Lembar jawaban",
    siklusBacaUlang: "Baca ulang lembar",
    siklusMembaca: "Membaca jawaban…",
    siklusTerbaca: (r, k) => `${r} baris jawaban, ${k} kolom.`,
    siklusWaktu: "Kolom cap waktu",
    siklusLayanan: "Kolom jenis layanan",
    siklusTanpaKolom: "(tidak ada: satu periode/layanan)",
    siklusUnsur: "Kolom unsur yang dikenali",
    siklusKolomUnsur: (k, j) => `kolom ${k}: ${j}`,
    siklusRujuk: (l) =>
      `Rumus merujuk langsung lembar "${l}" (lembar itu tidak diubah): jawaban yang ditempel di sana kemudian ikut dihitung.`,
    siklusSalin: (l, a) => `Jawaban akan disalin ke lembar "${l}" (lembar Anda tidak diubah) karena ${a}.`,
    siklusPeriode: "Periode",
    periodeBulan: "Bulan",
    periodeTriwulan: "Triwulan",
    periodeSemester: "Semester (bawaan)",
    periodeTahun: "Tahun",
    siklusPenimbang: "Penimbang tiap unsur",
    penimbangTepat: "1/n tepat (bawaan)",
    siklusPembulatan: "Pembulatan NRR sebelum ditimbang",
    pembulatanTidak: "Tidak dibulatkan (bawaan)",
    pembulatan2: "2 desimal",
    pembulatan3: "3 desimal",
    siklusAturan: "Aturan",
    siklusHasilUnit: "Hasil unit",
    hasilGabungan: "Gabungan seluruh responden (bawaan)",
    hasilRerata: "Rata-rata nilai tiap layanan",
    siklusUnitNama: "Nama unit pelayanan (untuk Publikasi, boleh kosong)",
    siklusAmbang: "Ambang NRR Tindak Lanjut (boleh kosong)",
    bantuanSiklusAmbang:
      "Kosong: tiga unsur dengan NRR unit terendah tiap periode. Diisi (mis. 3,0): semua unsur " +
      "dengan NRR di bawahnya. Dapat diubah kemudian di sel kuning lembar Tindak Lanjut.",
    galatAmbang: (x) => `Ambang NRR harus angka antara 1 dan 4 (mis. 3,0), bukan "${x}".`,
    galatSiklusSumber: "Pilih lembar jawaban dulu (judul kolom di baris 1).",
    galatSiklusBerkas: "Pilih berkas jawaban CSV atau .xlsx dulu.",
    galatSiklusLembar: "Buku kerja ini tidak punya lembar terlihat yang dapat dibaca.",
    galatSiklus: (p) => `Siklus SKM tidak dapat dibangun: ${p}`,
    siklusSaranPeta: (l) =>
      `Petakan teks itu di lembar "${l}" (kolom A unsurnya, mis. "U4 Biaya/Tarif"; B teksnya; C nilai 1–4), lalu Bangun lagi.`,
    galatBacaLembar:
      "Jawaban tidak dapat dibaca. Pastikan lembarnya ada dan tidak sedang disunting, lalu tekan Baca ulang lembar.",
    tipeIIdanIII: "Pola kedua — tipe II dan III digabung (Kesimpulan 6)",
    polaLimaData: "5 variabel utama dari data Anda (aturan Tabel 4.7)",
    perIndikator: "Angka 0–1000 dan kategori tiap indikator (Instrumen Alternatif II)",
    jumlahJenisPelayanan: "Jumlah jenis pelayanan",
    galatJenisPelayanan: "Jumlah jenis pelayanan harus bilangan bulat 1 sampai 5000.",
    tipe: "Tipe dinas",
    // Tabel 3.2 seed 004, dari satu definisi di kerangka
    tipeI: `Tipe I — ${awalKecil(KETERANGAN_TIPE.I.karakteristik)}`,
    tipeII: `Tipe II — ${awalKecil(KETERANGAN_TIPE.II.karakteristik)}`,
    tipeIII: `Tipe III — ${awalKecil(KETERANGAN_TIPE.III.karakteristik)}`,
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
    bantuanServqual: "Satu baris per responden, 22 butir persepsi (P) dan harapan (E) skala 1–7.",
    skalaMin: "Skala minimum",
    skalaMaks: "Skala maksimum",
    bantuanSendi: "Skor delapan sendi pelayanan diisi di lembar, dalam rentang skala ini.",
    tanpaOpsiPekppp:
      "Lembar evaluator berisi 30 indikator PEKPPP dengan bobot bawaan (nilai 0–5 diisi di lembar), lembar formulir publik (F-03) dan ringkasan.",
    respondenPublik: "Banyak responden formulir publik",
    jumlahPegawai: "Jumlah pegawai",
    skalaPegawai: "Skala penilaian",
    skalaPp46: "Skor 0–100, kategori PP 46/2011 (dicabut PP 30/2019)",
    skalaLan: "Skala prestasi LAN 1998 (1–5)",
    jumlahUnitKepekaan: "Jumlah unit",
    kriteriaKepekaan: "Nama kriteria (dipisah koma)",
    pitaKepekaan: "Pita kategori",
    pitaTanpa: "Tanpa pita (hanya peringkat, mis. BSC)",
    galatKriteria: "Isi paling sedikit dua nama kriteria yang berbeda, dipisah koma.",
    galatJumlahUnit: "Jumlah unit harus bilangan bulat 1 sampai 5000.",
    skala2022: "Predikat PermenPAN-RB 6/2022 (berlaku hari ini)",
    unit: "Nama unit (satu per baris)",
    unitOpsional: "Nama unit (satu per baris, boleh kosong)",
    bantuanUnit: "Contoh: Dinas Kependudukan, lalu Enter, lalu unit berikutnya.",
    bangun: "Bangun tabel",
    membangun: "Membangun tabel…",
    tahap: (p) =>
      p < 30 ? "Membaca buku kerja…" : p < 60 ? "Menyusun tata letak…" : p < 100 ? "Menulis tabel…" : "Selesai.",
    selesai: (l) => `Tabel selesai dibangun: ${l.join(", ")}.`,
    dipertahankan: (n) => `${n} isian lama dipertahankan.`,
    tersimpan: (n) => `${n} nilai lama yang tidak punya tempat di tabel baru disimpan di lembar "Data Tersimpan".`,
    cadangan: (n) =>
      `${n} isian dipindah ke tempat kuncinya yang baru; salinan cadangannya ada di lembar "Data Tersimpan".`,
    dikenali: (l) =>
      `Tabel di lembar ${l} dikenali dari judul dan labelnya (jangkar tersembunyi hilang atau baris diurutkan); isian dipasangkan menurut label.`,
    dilewati: (f, s) => `${f} dilewati karena Excel ini belum mendukung ExcelApi ${s}.`,
    dibatalkan: "Dibatalkan. Tidak ada yang diubah di buku kerja.",
    konflik: (r) =>
      `Lembar berikut sudah ada dan tidak dibuat oleh add-in ini: ${r}. Isinya di area tabel akan ditimpa; ` +
      `setiap sel yang ditimpa lebih dulu disalin ke lembar "Data Tersimpan" (sel, ` +
      `label baris/kolom, nilai). Lanjutkan?`,
    konflikLembar: (l, j, c) => `"${l}" (${j} sel terisi, mis. ${c})`,
    konflikKetikan: (r) =>
      `Ada nilai yang diketik di atas rumus atau label tabel: ${r}. Membangun ulang memulihkan ` +
      `rumus/labelnya; nilai ketikan disimpan di lembar "Data Tersimpan" beserta sel ` +
      `dan rumus semulanya. Lanjutkan?`,
    galatTataLetak: (r) => r,
    galatPeriksaAwal: (r) => r,
    ya: "Ya, timpa",
    tidak: "Batal",
    galatUnitKosong: "Isi minimal satu nama unit.",
    galatUnitGanda: (n) => `Nama unit "${n}" ditulis lebih dari sekali. Setiap unit harus bernama unik.`,
    galatResponden: "Jumlah responden harus bilangan bulat 1 sampai 5000.",
    galatPegawai: "Jumlah pegawai harus bilangan bulat 1 sampai 5000.",
    galatSkala: "Skala minimum dan maksimum harus angka, dan minimum harus lebih kecil dari maksimum.",
    galatUmum: "Tabel tidak dapat dibangun. Coba lagi; jika tetap gagal, simpan buku kerja lalu buka ulang Excel.",
    galatRencana: (p) => `Tabel tidak dapat dibangun: ${p}`,
    galatAkses: "Excel menolak perubahan: lembar atau buku kerja mungkin diproteksi atau hanya-baca.",
    galatSuntingSel: "Excel sedang menyunting sebuah sel. Tekan Enter atau Esc di lembar kerja, lalu coba lagi.",
    galatExcelLama: "Versi Excel ini terlalu lama untuk add-in ini (perlu ExcelApi 1.4 atau lebih baru).",
    tanpaExcel:
      "Excel tidak terdeteksi: tabel dibuat sebagai buku kerja .xlsx untuk diunduh (Excel, WPS, LibreOffice, Google Sheets).",
    unduh: "Unduh buku kerja (.xlsx)",
    menyusunBerkas: "Menyusun buku kerja…",
    diunduh: (b, l) => `Buku kerja diunduh: ${b} (lembar ${l.join(", ")}). Rumusnya dihitung saat berkas dibuka.`,
    galatUnduh: "Buku kerja tidak dapat dibuat. Muat ulang halaman lalu coba lagi.",
    galatTerlaluBesar: "Tabel terlalu besar untuk ditulis sekaligus. Bagi unit ke beberapa tabel yang lebih kecil.",
    fitur: NAMA_FITUR,
    periksaJudul: "Periksa buku kerja",
    periksaPengantar:
      "Bandingkan tabel di buku kerja dengan rencana add-in: rumus yang ditimpa angka atau diubah, masukan kosong, bukan angka, atau di luar skala.",
    periksa: "Periksa buku kerja",
    memeriksa: "Memeriksa buku kerja…",
    tidakAdaTemuan: "Tidak ada temuan: buku kerja sesuai dengan rencana add-in.",
    jumlahTemuan: (n) => `${n} temuan. Pilih temuan (klik atau Enter) untuk membuka selnya.`,
    catatanPesan: "",
    bukuKerja: "(buku kerja)",
    tulisTemuan: "Tulis temuan ke lembar",
    menulisTemuan: "Menulis temuan…",
    temuanDitulis: (n, l) => `${n} temuan ditulis ke lembar "${l}".`,
    konflikTemuan: (l, j, c) =>
      `Lembar "${l}" sudah ada dan berisi ${j} sel (mis. ${c}). Isinya akan diganti dengan temuan baru. Lanjutkan?`,
    galatPeriksa:
      "Buku kerja tidak dapat diperiksa. Coba lagi; jika tetap gagal, simpan buku kerja lalu buka ulang Excel.",
    galatPilihSel: "Sel tidak dapat dipilih: lembarnya mungkin tersembunyi, dihapus atau diganti namanya.",
    galatTulisTemuan: "Temuan tidak dapat ditulis ke lembar. Coba lagi.",
    jenis: {
      "bukan-buatan-add-in": "Bukan buatan add-in",
      "catatan-tidak-dikenal": "Catatan tidak dikenal",
      "tata-letak-berubah": "Tata letak berubah",
      "rumus-diganti-nilai": "Rumus diganti nilai",
      "rumus-dihapus": "Rumus dihapus",
      "rumus-berubah": "Rumus berubah",
      "masukan-kosong": "Masukan kosong",
      "masukan-bukan-angka": "Masukan bukan angka",
      "masukan-di-luar-rentang": "Masukan di luar rentang",
      "proporsi-tidak-berjumlah-1": "Proporsi tidak berjumlah 1",
      "bobot-tidak-berjumlah-skor-ideal": "Bobot tidak berjumlah Skor Ideal",
      "bobot-beda-terbitan": "Bobot berbeda dari terbitan",
    },
  },
  en: {
    judul: "Public Service Performance Assessment",
    pengantar:
      "Build assessment tables with native Excel formulas. Values you have typed are kept when a table is rebuilt.",
    gantiBahasa: "Bahasa Indonesia",
    metode: "Method",
    bantuanSakip:
      "Builds the Settings, performance agreement (PK), actuals, budget and LKjIP chapter III " +
      "sheets with Excel formulas. Type the PK and actuals in their sheets; rebuilding keeps what " +
      "you typed.",
    sakipTriwulan: "Assess up to",
    sakipTahun: "Whole year (annual target)",
    sakipEfisiensi: "Efficiency",
    sakipSelisih: "Difference: achievement − absorption",
    sakipRasio: "Ratio: achievement ÷ absorption",
    sakipBaris: "Number of indicator and programme rows",
    galatBarisSakip: "The number of rows must be a whole number from 1 to 5000.",
    sakipLembar: "Existing PK sheet (optional)",
    bantuanSakipLembar:
      "Name of the sheet holding your PK table; columns are recognised by their headings " +
      "(Sasaran, Indikator Kinerja, Target, Target TW I, Realisasi TW I, …). Blank = empty " +
      "template.",
    galatSakipLembar: (pesan) => `The PK sheet cannot be read: ${pesan}.`,
    siklusBantuan:
      "Online form answers (Google Forms, Microsoft Forms, e-SKM): column headings in row 1, one " +
      "row per respondent. Element columns are recognised by the element name in their heading " +
      "(or U1…U9).",
    siklusBerkas: "Answers file (CSV or .xlsx)",
    siklusLembar: "Answers sheet",
    siklusBacaUlang: "Read the sheet again",
    siklusMembaca: "Reading the answers…",
    siklusTerbaca: (r, k) => `${r} answer row${r === 1 ? "" : "s"}, ${k} columns.`,
    siklusWaktu: "Timestamp column",
    siklusLayanan: "Service column",
    siklusTanpaKolom: "(none: one period/service)",
    siklusUnsur: "Recognised element columns",
    siklusKolomUnsur: (k, j) => `column ${k}: ${j}`,
    siklusRujuk: (l) =>
      `Formulas refer to the "${l}" sheet directly (that sheet is not changed): answers pasted there later are counted too.`,
    siklusSalin: (l, a) =>
      `The answers will be copied to the "${l}" sheet (your sheet is not changed) because of ${a} (details in Indonesian).`,
    siklusPeriode: "Period",
    periodeBulan: "Month",
    periodeTriwulan: "Quarter",
    periodeSemester: "Half-year (default)",
    periodeTahun: "Year",
    siklusPenimbang: "Weight per element",
    penimbangTepat: "Exact 1/n (default)",
    siklusPembulatan: "NRR rounding before weighting",
    pembulatanTidak: "Not rounded (default)",
    pembulatan2: "2 decimals",
    pembulatan3: "3 decimals",
    siklusAturan: "Regulation",
    siklusHasilUnit: "Unit result",
    hasilGabungan: "All respondents pooled (default)",
    hasilRerata: "Average of the service scores",
    siklusUnitNama: "Service unit name (for the Publication sheet, optional)",
    siklusAmbang: "NRR threshold for the follow-up plan (optional)",
    bantuanSiklusAmbang:
      "Empty: the three elements with the lowest unit NRR in each period. Filled in (e.g. 3.0): " +
      "every element below it. It can be changed later in the yellow cell of the Tindak Lanjut " +
      "sheet.",
    galatAmbang: (x) => `The NRR threshold must be a number between 1 and 4 (e.g. 3.0), not "${x}".`,
    galatSiklusSumber: "Choose the answers sheet first (column headings in row 1).",
    galatSiklusBerkas: "Choose a CSV or .xlsx answers file first.",
    galatSiklusLembar: "This workbook has no visible sheet that can be read.",
    galatSiklus: (p) => `The SKM cycle cannot be built (details in Indonesian): ${p}`,
    siklusSaranPeta: (l) =>
      `Map that text in the "${l}" sheet (column A its element, e.g. "U4 Biaya/Tarif"; B the text; C a value 1–4), then Build again.`,
    galatBacaLembar:
      "The answers could not be read. Make sure the sheet exists and no cell is being edited, then press Read the sheet again.",
    tipeIIdanIII: "Second pattern — types II and III combined (Conclusion 6)",
    polaLimaData: "5 main variables from your own data (rule of Table 4.7)",
    perIndikator: "0–1000 score and band for each indicator (Instrument Alternative II)",
    jumlahJenisPelayanan: "Number of services",
    galatJenisPelayanan: "The number of services must be a whole number from 1 to 5000.",
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
    bantuanServqual: "One row per respondent, 22 perception (P) and expectation (E) items on a 1–7 scale.",
    skalaMin: "Scale minimum",
    skalaMaks: "Scale maximum",
    bantuanSendi: "The scores of the eight service principles are entered in the sheet, within this scale.",
    tanpaOpsiPekppp:
      "The evaluator sheet lists the 30 PEKPPP indicators with default weights (scores 0–5 are " +
      "entered in the sheet), plus the public form (F-03) and a summary.",
    respondenPublik: "Public-form respondents",
    jumlahPegawai: "Number of employees",
    skalaPegawai: "Rating scale",
    skalaPp46: "Score 0–100, PP 46/2011 categories",
    skalaLan: "LAN 1998 performance scale (1–5)",
    jumlahUnitKepekaan: "Number of units",
    kriteriaKepekaan: "Criterion names (comma-separated)",
    pitaKepekaan: "Category bands",
    pitaTanpa: "No bands (ranking only, e.g. BSC)",
    galatKriteria: "Enter at least two different criterion names, separated by commas.",
    galatJumlahUnit: "The number of units must be a whole number from 1 to 5000.",
    skala2022: "PermenPAN-RB 6/2022 rating (in force today)",
    unit: "Unit names (one per line)",
    unitOpsional: "Unit names (one per line, optional)",
    bantuanUnit: "Example: Population Office, then Enter, then the next unit.",
    bangun: "Build table",
    membangun: "Building table…",
    tahap: (p) =>
      p < 30 ? "Reading the workbook…" : p < 60 ? "Laying out…" : p < 100 ? "Writing the table…" : "Done.",
    selesai: (l) => `Table built: ${l.join(", ")}.`,
    dipertahankan: (n) => `${n} previously typed values kept.`,
    tersimpan: (n) => `${n} old values with no place in the new table were saved to the "Data Tersimpan" sheet.`,
    cadangan: (n) =>
      `${n} typed values were moved to their key's new cell; a backup copy is in the "Data Tersimpan" sheet.`,
    dikenali: (l) =>
      `The table on sheet ${l} was recognised by its title and labels (its hidden anchors were gone or its rows sorted); inputs were matched by label.`,
    dilewati: (f, s) => `${f} skipped: this Excel does not support ExcelApi ${s}.`,
    dibatalkan: "Cancelled. Nothing in the workbook was changed.",
    konflik: (r) =>
      `These sheets already exist and were not created by this add-in: ${r}. Their content in the table area will ` +
      `be overwritten; every overwritten cell is first copied to the "Data Tersimpan" ` +
      `sheet (cell, row/column labels, value). Continue?`,
    konflikLembar: (l, j, c) => `"${l}" (${j} filled cells, e.g. ${c})`,
    konflikKetikan: (r) =>
      `Values were typed over formulas or labels of the table: ${r}. Rebuilding restores the ` +
      `formulas/labels; the typed values are saved to the "Data Tersimpan" sheet with ` +
      `their cell and the formula they replaced. Continue?`,
    galatTataLetak: (r) =>
      `The table was not rebuilt because its layout can no longer be followed with certainty; nothing was changed. Details (Indonesian): ${r}`,
    galatPeriksaAwal: (r) =>
      `The table was not built because writing it would fail (a protected sheet, a name ` +
      `Excel rejects, or a cell that is too long); nothing was changed. Details (Indonesian): ` +
      `${r}`,
    ya: "Yes, overwrite",
    tidak: "Cancel",
    galatUnitKosong: "Enter at least one unit name.",
    galatUnitGanda: (n) => `The unit name "${n}" appears more than once. Each unit needs a unique name.`,
    galatResponden: "The number of respondents must be a whole number from 1 to 5000.",
    galatPegawai: "The number of employees must be a whole number from 1 to 5000.",
    galatSkala: "The scale minimum and maximum must be numbers, and the minimum must be smaller than the maximum.",
    galatUmum: "The table could not be built. Try again; if it still fails, save the workbook and reopen Excel.",
    galatRencana: (p) => `The table could not be built: ${p}`,
    galatAkses: "Excel refused the change: the sheet or workbook may be protected or read-only.",
    galatSuntingSel: "Excel is editing a cell. Press Enter or Esc in the worksheet, then try again.",
    galatExcelLama: "This version of Excel is too old for this add-in (ExcelApi 1.4 or later is required).",
    tanpaExcel:
      "Excel not detected: tables are built as an .xlsx workbook to download (Excel, WPS, LibreOffice, Google Sheets).",
    unduh: "Download workbook (.xlsx)",
    menyusunBerkas: "Building the workbook…",
    diunduh: (b, l) =>
      `Workbook downloaded: ${b} (sheets ${l.join(", ")}). Its formulas are calculated when the file is opened.`,
    galatUnduh: "The workbook could not be built. Reload the page and try again.",
    galatTerlaluBesar: "The table is too large to write at once. Split the units into several smaller tables.",
    fitur: {
      gabung: "Merged cells",
      lebarKolom: "Column widths",
      nama: "Named ranges",
      formatBersyarat: "Conditional formatting",
      bekukan: "Frozen panes",
      kategoriGrafik: "Chart category labels",
      grafikSebar: "Scatter chart (quadrant)",
      warnaGrafik: "Chart marker and border colours",
      validasi: "Data validation",
      formatGrafik: "Chart label and axis number format",
      tataHalaman: "Print page setup",
      kelompokKolom: "Helper column group",
      pindahRentang: "Moving cut-and-pasted rows/columns back (references follow)",
    },
    periksaJudul: "Check workbook",
    periksaPengantar:
      "Compare the tables in the workbook with the add-in's plan: formulas overwritten by numbers " +
      "or changed, inputs that are empty, not numbers, or out of scale.",
    periksa: "Check workbook",
    memeriksa: "Checking the workbook…",
    tidakAdaTemuan: "No findings: the workbook matches the add-in's plan.",
    jumlahTemuan: (n) => `${n} finding${n === 1 ? "" : "s"}. Choose a finding (click or Enter) to open its cell.`,
    catatanPesan: "Finding details are in Bahasa Indonesia.",
    bukuKerja: "(workbook)",
    tulisTemuan: "Write findings to a sheet",
    menulisTemuan: "Writing findings…",
    temuanDitulis: (n, l) => `${n} finding${n === 1 ? "" : "s"} written to the "${l}" sheet.`,
    konflikTemuan: (l, j, c) =>
      `The "${l}" sheet already exists and has ${j} filled cells (e.g. ${c}). Its content will be replaced by the new findings. Continue?`,
    galatPeriksa:
      "The workbook could not be checked. Try again; if it still fails, save the workbook and reopen Excel.",
    galatPilihSel: "The cell could not be selected: its sheet may be hidden, deleted or renamed.",
    galatTulisTemuan: "The findings could not be written to a sheet. Try again.",
    jenis: {
      "bukan-buatan-add-in": "Not built by the add-in",
      "catatan-tidak-dikenal": "Unknown build record",
      "tata-letak-berubah": "Layout changed",
      "rumus-diganti-nilai": "Formula replaced by a value",
      "rumus-dihapus": "Formula deleted",
      "rumus-berubah": "Formula changed",
      "masukan-kosong": "Empty input",
      "masukan-bukan-angka": "Input is not a number",
      "masukan-di-luar-rentang": "Input out of range",
      "proporsi-tidak-berjumlah-1": "Proportions do not sum to 1",
      "bobot-tidak-berjumlah-skor-ideal": "Weights do not sum to the Ideal Score",
      "bobot-beda-terbitan": "Weight differs from the published one",
    },
  },
};
