/**
 * Delapan sendi pelayanan (Keputusan MENPAN No. 81 Tahun 1993) sebagai data. Nama dan urutannya
 * dikutip dari seed 003 (baris 591–594: "1) Kesederhanaan Pelayanan 2) Kejelasan dan Kepastian
 * Pelayanan … 8) Ketepatan waktu dalam pelayanan"). Teks keputusan itu sendiri BELUM diverifikasi
 * (docs/riset/kepmenpan-81-1993.md). Pengertian tiap sendi dikutip dari definisi operasional
 * seed 004 (LAN 1998, Bab III C), yang memakai delapan sendi yang sama dan mencantumkan Kepmenpan
 * 81/1993 di daftar pustakanya.
 */

export interface SendiPelayanan {
  readonly no: number;
  readonly kode: string;
  readonly nama: string;
  /** Pengertian menurut seed 004, Bab III C (definisi operasional variabel pelayanan umum). */
  readonly pengertian: string;
}

/**
 * Nomor, kode dan nama delapan sendi, tanpa pengertian: yang dipakai fungsi kustom dan inti, sehingga
 * teks pengertian tidak ikut dimuat di functions.js (issue 17).
 */
export const DAFTAR_SENDI: readonly Omit<SendiPelayanan, "pengertian">[] = [
  { no: 1, kode: "kesederhanaan", nama: "Kesederhanaan" },
  { no: 2, kode: "kejelasan", nama: "Kejelasan dan kepastian" },
  { no: 3, kode: "keamanan", nama: "Keamanan" },
  { no: 4, kode: "keterbukaan", nama: "Keterbukaan" },
  { no: 5, kode: "efisiensi", nama: "Efisiensi" },
  { no: 6, kode: "ekonomis", nama: "Ekonomis" },
  { no: 7, kode: "keadilan", nama: "Keadilan yang merata" },
  { no: 8, kode: "ketepatanWaktu", nama: "Ketepatan waktu" },
];

const PENGERTIAN_SENDI: readonly string[] = [
  "tingkat kelancaran, ketepatan, tidak berbelit-belit, kemudahan untuk dipahami, dan kemudahan untuk dilaksanakan.",
  "tingkat kejelasan dan kepastian dalam prosedur dan tata cara pelayanan umum, persyaratan " +
    "pelayanan umum baik teknis maupun administratif, unit kerja dan atau pejabat yang " +
    "berwenang atau bertanggung jawab dalam memberikan pelayanan umum, rincian biaya/tarif " +
    "pelayanan umum dan tata cara pelayanannya, jadual waktu penyelesaian pelayanan umum, hak " +
    "dan kewajiban pemberi dan penerima pelayanan umum berdasarkan bukti-bukti penerimaan " +
    "permohonan/kelengkapan sebagai alat untuk memastikan pemrosesan pelayanan umum, serta " +
    "pejabat yang menerima keluhan masyarakat.",
  "keadaan proses serta hasil pelayanan umum yang dapat memberikan keamanan dan kenyamanan, serta dapat memberikan kepastian hukum.",
  "keterbukaan informasi tentang prosedur/tata cara, persyaratan, satuan kerja/pejabat " +
    "penanggungjawab pemberi pelayanan umum, waktu penyelesaian dan rincian biaya/tarif, dan " +
    "keterbukaan dalam hal-hal lain yang berkaitan dengan pelayanan umum yang diberikan.",
  "banyak sedikitnya persyaratan pelayanan umum, dan hanya dibatasi pada hal-hal yang " +
    "berkaitan langsung dengan pencapaian sasaran pelayanan dengan tetap memperhatikan " +
    "keterpaduan antara persyaratan dengan produk pelayanan umum yang diberikan, serta ada " +
    "tidaknya pengulangan pemenuhan kelengkapan persyaratan.",
  "nilai barang dan atau jasa pelayanan umum yang tidak menuntut biaya tinggi diluar " +
    "kewajaran, serta kondisi dan kemampuan masyarakat untuk membayar secara umum.",
  "cakupan/jangkauan pelayanan umum, pendistribusian yang merata, dan perlakuan yang adil dalam pendistribusian.",
  "pelaksanaan pelayanan umum yang dapat diselesaikan dalam kurun waktu yang telah ditentukan.",
];

/** Delapan sendi dengan pengertiannya (urutan DAFTAR_SENDI). */
export const SENDI_PELAYANAN: readonly SendiPelayanan[] = /*#__PURE__*/ DAFTAR_SENDI.map((s, i) => ({
  ...s,
  pengertian: PENGERTIAN_SENDI[i],
}));

/** Skala skor bawaan tiap sendi (pilihan proyek, bukan dari keputusan); pengguna boleh menggantinya. */
export const SKALA_SENDI_BAWAAN = { min: 1, maks: 5 } as const;

export const SUMBER_SENDI = "Kepmenpan 81/1993 melalui seed 003 (baris 591–594); teks keputusan belum diverifikasi";
