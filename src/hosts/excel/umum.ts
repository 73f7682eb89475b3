/** Jenis dan tetapan bersama tahap-tahap adaptor Office.js (excel.ts, bacaan.ts, tulis.ts, batch.ts). */
import { GalatKinerja, type GolonganGalat } from "../../core/errors";

/** Fitur opsional dan set persyaratan minimumnya. */
export const SET_FITUR = {
  gabung: "1.2",
  lebarKolom: "1.2",
  nama: "1.4",
  formatBersyarat: "1.6",
  bekukan: "1.7",
  kategoriGrafik: "1.7",
  grafikSebar: "1.7",
  warnaGrafik: "1.7",
  validasi: "1.8",
  formatGrafik: "1.8",
  tataHalaman: "1.9",
  kelompokKolom: "1.10",
  pindahRentang: "1.11",
} as const;
export type FiturOpsional = keyof typeof SET_FITUR;

/** Nama fitur opsional dalam Bahasa Indonesia (juga dipakai teks antarmuka). */
export const NAMA_FITUR: Readonly<Record<FiturOpsional, string>> = {
  gabung: "Penggabungan sel",
  lebarKolom: "Lebar kolom",
  nama: "Nama rentang",
  formatBersyarat: "Format bersyarat",
  bekukan: "Pembekuan panel",
  kategoriGrafik: "Label kategori grafik",
  grafikSebar: "Grafik sebar (kuadran)",
  warnaGrafik: "Warna penanda dan bingkai grafik",
  validasi: "Validasi data",
  formatGrafik: "Format angka label dan sumbu grafik",
  tataHalaman: "Tata halaman cetak",
  kelompokKolom: "Kelompok kolom bantu",
  pindahRentang: "Mengembalikan baris/kolom yang dipotong-tempel (rujukan ikut)",
};

/** Pemeriksa set persyaratan: isSetSupported Office.js (di luar Office, mis. uji tanpa host: didukung). */
export function dukungBawaan(set: string, versi: string): boolean {
  if (typeof Office === "undefined" || !Office.context?.requirements) return true;
  return Office.context.requirements.isSetSupported(set, versi);
}

/** Apakah fitur opsional didukung: `dukung` (pemeriksa suntikan, mis. uji) atau isSetSupported Office.js. */
export function dukungFitur(dukung: ((set: string, versi: string) => boolean) | undefined, f: FiturOpsional): boolean {
  return (dukung ?? dukungBawaan)("ExcelApi", SET_FITUR[f]);
}

/**
 * excelLama: < ExcelApi 1.4; terlaluBesar: satu perintah > batas batch; tataLetak: tabel tidak dapat diikuti
 * dengan pasti; periksaAwal: sesuatu akan membuat penulisan gagal (lembar dilindungi, nama ditolak, sel terlalu panjang).
 */
export type KodeTerapkan = "excelLama" | "terlaluBesar" | "tataLetak" | "periksaAwal";

/** Golongan tiap kode: terlalu besar = batas; selebihnya Excel tidak dapat (atau tidak akan) menerimanya. */
const GOLONGAN_TERAPKAN: Readonly<Record<KodeTerapkan, GolonganGalat>> = {
  excelLama: "excel",
  terlaluBesar: "batas",
  tataLetak: "excel",
  periksaAwal: "excel",
};

/** Galat adaptor Excel yang dikenali antarmuka (pesan sudah dalam kata-kata biasa; `kode` memilih teks panel). */
export class GalatTerapkan extends GalatKinerja {
  constructor(
    readonly kode: KodeTerapkan,
    pesan: string,
  ) {
    super("NILAI", pesan, GOLONGAN_TERAPKAN[kode]);
    this.name = "GalatTerapkan";
  }
}

/** Batas ukuran satu batch tulis (karakter JSON); Excel di web menolak permintaan di atas 5 MB. */
export const BATAS_MUATAN = 4 * 1024 * 1024;
/** Ongkos taksiran per panggilan API (karakter JSON). */
export const ONGKOS_PANGGILAN = 120;

/** Satu perintah tulis yang ditunda: ukuran taksirannya dan fungsi yang mengantrekannya. */
export interface Perintah {
  ukuran: number;
  jalankan(): void;
}
