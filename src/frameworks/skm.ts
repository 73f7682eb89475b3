/**
 * Kerangka Survei Kepuasan Masyarakat (SKM) sebagai data: daftar unsur, skala jawaban, penimbang
 * tercetak, pita mutu pelayanan, dan parameter Krejcie & Morgan. Tanpa logika.
 *
 * Sumber (diperiksa lewat salinan publik; naskah resmi JDIH tidak terambil, lihat docs/metode/skm.md):
 * - PermenPAN-RB 14/2017, Pedoman Penyusunan Survei Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik.
 *   Naskah batang tubuh: https://puskaandriana.blogspot.com/2023/03/permenpan-no-14-th-2017-tentang-survey.html
 *   Sembilan unsur (urutan 8 = penanganan pengaduan, 9 = sarana dan prasarana):
 *   https://qims-consulting.com/survei-kepuasan-masyarakat-skm/ dan
 *   https://fdokumen.site/document/kata-pengantar-pusyantek.html
 *   Tabel nilai persepsi / interval / konversi / mutu / kinerja (1,00–2,5996 … 3,5324–4,00; 25,00–64,99 … 88,31–100,00):
 *   https://fliphtml5.com/reidny/aaer/BUKU_KINERJA_BLU_BPPP_TEGAL_2024_Final_14_08_24/64
 *   Tabel pengolahan "NRR tertimbang per unsur = NRR per unsur x 0,111" dan pita A–D:
 *   https://e-smile.tubaba.go.id/main/skm/laporan/online
 * - KepmenPAN KEP/25/M.PAN/2/2004, Pedoman Umum Penyusunan Indeks Kepuasan Masyarakat.
 *   14 unsur: https://id.scribd.com/document/499701349/REFERENSI-IKM-2017 dan
 *   http://pkppmalut.blogspot.com/2010/12/keputusan-menpan-nokep25mpan22004.html
 *   Penimbang 1/14 = 0,071 dan konversi × 25:
 *   https://fliphtml5.com/aludp/wxcu/Gabungan_Teori_Administrasi_Publik2/178/
 *   Tabel interval (1,00–1,75 / 25–43,75 … ):
 * https://123dok.com/document/yjvon25y-laporan-penyusunan-kepuasan-masyarakat-sertifikasi-perindustrian-perdagangan-provinsi.html
 * - Krejcie, R.V. & Morgan, D.W. (1970), Determining Sample Size for Research Activities,
 *   Educational and Psychological Measurement 30, 607–610: https://studylib.net/doc/25399219/krejcieandmorgan-article-sample-size
 */

export type AturanSkm = "2017" | "2004";
export const ATURAN_SKM: readonly AturanSkm[] = ["2017", "2004"];
export const ATURAN_SKM_BAWAAN: AturanSkm = "2017";

export type MutuSkm = "A" | "B" | "C" | "D";
export type KinerjaSkm = "Sangat Baik" | "Baik" | "Kurang Baik" | "Tidak Baik";

/**
 * PermenPAN-RB 14/2017: sembilan unsur ruang lingkup minimal, urutan menurut naskah. Sebagian
 * instansi menukar unsur 8 dan 9 (mis. e-smile.tubaba.go.id di atas: U8 Sarana dan Prasarana,
 * U9 Penanganan Pengaduan). Nama dan urutan hanya bawaan: perhitungan memakai kolom pengguna apa adanya.
 */
export const UNSUR_SKM_2017: readonly string[] = [
  "Persyaratan",
  "Sistem, Mekanisme, dan Prosedur",
  "Waktu Penyelesaian",
  "Biaya/Tarif",
  "Produk Spesifikasi Jenis Pelayanan",
  "Kompetensi Pelaksana",
  "Perilaku Pelaksana",
  "Penanganan Pengaduan, Saran dan Masukan",
  "Sarana dan Prasarana",
];

/** KepmenPAN 25/2004: 14 unsur minimal IKM, urutan menurut naskah. */
export const UNSUR_IKM_2004: readonly string[] = [
  "Prosedur pelayanan",
  "Persyaratan pelayanan",
  "Kejelasan petugas pelayanan",
  "Kedisiplinan petugas pelayanan",
  "Tanggung jawab petugas pelayanan",
  "Kemampuan petugas pelayanan",
  "Kecepatan pelayanan",
  "Keadilan mendapatkan pelayanan",
  "Kesopanan dan keramahan petugas",
  "Kewajaran biaya pelayanan",
  "Kepastian biaya pelayanan",
  "Kepastian jadwal pelayanan",
  "Kenyamanan lingkungan",
  "Keamanan pelayanan",
];

export const UNSUR_BAWAAN: Readonly<Record<AturanSkm, readonly string[]>> = {
  "2017": UNSUR_SKM_2017,
  "2004": UNSUR_IKM_2004,
};

/** Skala jawaban kedua aturan: nilai persepsi 1 (tidak baik) sampai 4 (sangat baik), bilangan bulat. */
export const SKALA_JAWABAN_SKM = { min: 1, maks: 4 } as const;

/** Nilai dasar konversi: nilai SKM/IKM = indeks × 25 (rentang 25–100). */
export const NILAI_DASAR_SKM = 25;

/**
 * Penimbang tercetak (bobot rata-rata tertimbang = jumlah bobot / jumlah unsur).
 * - 2017: 1/9. Tabel pengolahan memakai 0,111 ("NRR per unsur x 0,111"); rumus 1/9 juga sering
 *   ditulis 0,11. Proyek memilih 0,111 sebagai "cetak" (lebih dekat ke 1/9; 0,11 tetap dapat diberikan
 *   sebagai angka). Naskah resmi tidak terambil, lihat docs/metode/skm.md.
 * - 2004: 1/14 = 0,071.
 */
export const PENIMBANG_TERCETAK: Readonly<
  Record<AturanSkm, { readonly jumlahUnsur: number; readonly nilai: number; readonly tercetak: string }>
> = {
  "2017": { jumlahUnsur: 9, nilai: 0.111, tercetak: "1/9 = 0,111 (juga ditulis 0,11)" },
  "2004": { jumlahUnsur: 14, nilai: 0.071, tercetak: "1/14 = 0,071" },
};

export interface PitaMutuSkm {
  readonly mutu: MutuSkm;
  readonly kinerja: KinerjaSkm;
  /** Nilai persepsi (1–4) baris tabel. */
  readonly persepsi: number;
  /** Nilai Interval (NI) tercetak, skala indeks. */
  readonly intervalIndeks: readonly [number, number];
  /** Nilai Interval Konversi (NIK) tercetak, skala 25–100. */
  readonly intervalNilai: readonly [number, number];
}

/**
 * Pita mutu, dari terbaik. Aturan celah proyek (batas tercetak bersisa celah, mis. 88,30 | 88,31):
 * penentuan memakai nilai konversi yang dibulatkan ke 9 desimal hanya untuk keputusan (core/pita.ts,
 * sama dengan pita LAN, IPP, pegawai dan BSC); nilai masuk pita yang lebih tinggi begitu
 * MELEBIHI batas atas tercetak pita di bawahnya. Jadi untuk 2017: ≤ 64,99 D; > 64,99 s.d. 76,60 C;
 * > 76,60 s.d. 88,30 B; > 88,30 A (88,305 = A; 88,30 = B). Untuk 2004: ≤ 43,75 D; > 43,75 s.d. 62,50 C;
 * > 62,50 s.d. 81,25 B; > 81,25 A.
 */
export const PITA_MUTU_SKM: Readonly<Record<AturanSkm, readonly PitaMutuSkm[]>> = {
  "2017": [
    { mutu: "A", kinerja: "Sangat Baik", persepsi: 4, intervalIndeks: [3.5324, 4.0], intervalNilai: [88.31, 100.0] },
    { mutu: "B", kinerja: "Baik", persepsi: 3, intervalIndeks: [3.0644, 3.532], intervalNilai: [76.61, 88.3] },
    { mutu: "C", kinerja: "Kurang Baik", persepsi: 2, intervalIndeks: [2.6, 3.064], intervalNilai: [65.0, 76.6] },
    { mutu: "D", kinerja: "Tidak Baik", persepsi: 1, intervalIndeks: [1.0, 2.5996], intervalNilai: [25.0, 64.99] },
  ],
  "2004": [
    { mutu: "A", kinerja: "Sangat Baik", persepsi: 4, intervalIndeks: [3.26, 4.0], intervalNilai: [81.26, 100.0] },
    { mutu: "B", kinerja: "Baik", persepsi: 3, intervalIndeks: [2.51, 3.25], intervalNilai: [62.51, 81.25] },
    { mutu: "C", kinerja: "Kurang Baik", persepsi: 2, intervalIndeks: [1.76, 2.5], intervalNilai: [43.76, 62.5] },
    { mutu: "D", kinerja: "Tidak Baik", persepsi: 1, intervalIndeks: [1.0, 1.75], intervalNilai: [25.0, 43.75] },
  ],
};

/** Rentang nilai konversi yang sah (25–100). */
export const RENTANG_NILAI_SKM = { min: 25, maks: 100 } as const;

/**
 * Selisih di bawah ini dianggap derau titik mengambang pada pembulatan ukuran sampel ke atas
 * (Krejcie & Morgan). Pita mutu memakai aturan presisi bersama di core/pita.ts.
 */
export const TOLERANSI_BATAS_SKM = 1e-9;

/**
 * Krejcie & Morgan (1970): s = X²NP(1−P) / (d²(N−1) + X²P(1−P)), X² = 3,841 (khi-kuadrat 1 db, 95%),
 * P = 0,50, d = 0,05. Tabel 1 artikel itu cocok dengan pembulatan ke bilangan bulat TERDEKAT
 * (N = 15 → 14,47 → 14; N = 20 → 19,06 → 19; N = 9000 → 368,4 → 368), bukan pembulatan ke atas.
 */
export const KREJCIE_MORGAN = { khiKuadrat: 3.841, proporsi: 0.5, presisi: 0.05 } as const;

/** Beberapa baris Tabel 1 yang terbaca pada salinan publik (N → S), untuk uji. */
export const TABEL_KREJCIE_MORGAN_TERBACA: readonly (readonly [number, number])[] = [
  [10, 10],
  [15, 14],
  [20, 19],
  [25, 24],
  [30, 28],
  [35, 32],
  [40, 36],
  [45, 40],
  [50, 44],
  [55, 48],
  [60, 52],
  [65, 56],
  [70, 59],
  [75, 63],
  [80, 66],
  [85, 70],
  [90, 73],
  [95, 76],
  [100, 80],
  [110, 86],
  [120, 92],
  [130, 97],
  [140, 103],
  [220, 140],
  [230, 144],
  [240, 148],
  [250, 152],
  [1200, 291],
  [1300, 297],
  [1400, 302],
  [1500, 306],
  [9000, 368],
];
