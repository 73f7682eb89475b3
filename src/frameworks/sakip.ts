/**
 * SAKIP (Perpres 29/2014) sebagai data: jenis dan arah indikator Perjanjian Kinerja (PK), skala kategori
 * capaian, dua cara efisiensi, dan Lembar Kerja Evaluasi (LKE) PermenPAN-RB 88/2021 (komponen, sub-komponen,
 * kriteria, nilai jawaban, predikat). Tanpa logika.
 *
 * Tingkat verifikasi (sama dengan PEKPPP, frameworks/pekppp.ts):
 * - "teks"     = dibaca di teks peraturan atau dokumen yang dikutip;
 * - "sekunder" = dari dokumen daerah/laporan yang mengutip aturan, atau dari uraian issue 25, belum dari teks resmi;
 * - "proyek"   = pilihan atau rekonstruksi proyek, belum dibaca di teks peraturan mana pun.
 * Teks PermenPAN-RB 88/2021, Permendagri 86/2017 dan PermenPAN-RB 53/2014 tidak dapat dibaca dari lingkungan
 * kerja proyek ini (pencarian hanya menemukan judul dan dokumen daerah yang merujuknya). Karena itu tidak ada
 * angka di berkas ini yang bertanda "teks"; semua dapat diganti pengguna (skala sebagai data, bobot LKE sebagai
 * masukan lembar). Lihat docs/metode/sakip.md.
 */

export type Verifikasi = "teks" | "sekunder" | "proyek";

/** Cara merangkum realisasi triwulan menjadi realisasi s.d. triwulan k. */
export type JenisIndikator = "kumulatif" | "rata-rata" | "akhir";
export const JENIS_INDIKATOR: readonly JenisIndikator[] = ["kumulatif", "rata-rata", "akhir"];

/** Uraian tiap jenis (dipakai README, catatan lembar dan pesan galat). */
export const URAIAN_JENIS: Readonly<Record<JenisIndikator, string>> = {
  kumulatif:
    "jumlah realisasi triwulan I s.d. k terhadap jumlah target triwulan I s.d. k (tanpa target triwulan: target tahunan)",
  "rata-rata":
    "rata-rata realisasi triwulan I s.d. k yang terisi terhadap rata-rata target triwulan I s.d. k (tanpa target triwulan: target tahunan)",
  akhir:
    "realisasi triwulan terakhir yang terisi (≤ k) terhadap target triwulan k (tanpa target triwulan: target tahunan)",
};

/**
 * Arah indikator SAKIP: "naik" capaian = R / T; "turun" capaian = (2T − R) / T (praktik LAKIP, sama dengan
 * BSC arah "turun"); "turun-rasio" capaian = T / R (pilihan bernama, sama dengan BSC). Sumber: praktik LAKIP
 * (sekunder), core/bsc.ts.
 */
export type ArahSakip = "naik" | "turun" | "turun-rasio";
export const ARAH_SAKIP: readonly ArahSakip[] = ["naik", "turun", "turun-rasio"];

/** Banyak triwulan dalam setahun. */
export const TRIWULAN = 4;

// ---------- skala kategori capaian ----------

export interface PitaKategori {
  /** Batas bawah pita (persen, inklusif); pita terakhir tanpa batas bawah (null). */
  readonly min: number | null;
  readonly kategori: string;
  /** Rentang seperti tercetak di sumbernya. */
  readonly tercetak: string;
}

export interface SkalaKategori {
  readonly id: string;
  readonly nama: string;
  readonly sumber: string;
  readonly verifikasi: Verifikasi;
  /** Pita dari tertinggi ke terendah. */
  readonly pita: readonly PitaKategori[];
}

/**
 * Skala capaian Permendagri 86/2017 (evaluasi hasil Renja/RKPD): ≥ 91 Sangat Tinggi, 76–90 Tinggi, 66–75 Sedang,
 * 51–65 Rendah, ≤ 50 Sangat Rendah. Angka dari uraian issue 25 dan dokumen daerah yang mengutipnya (mis. LKjIP
 * Inspektorat Daerah Kab. Sampang 2019, Tabel 3.1, dengan nama Sangat Baik … Sangat Kurang); teks Permendagri
 * sendiri belum terbaca (verifikasi "sekunder").
 *
 * Celah di antara pita tercetak (mis. 90,5 di antara "76–90" dan "≥ 91") adalah tafsiran proyek: batas bawah
 * tiap pita inklusif, jadi 90,5 masuk Tinggi dan 50,5 Sangat Rendah. Nilai tepat di batas tercetak masuk pita yang
 * dicetak untuknya: 91 Sangat Tinggi, 90 dan 76 Tinggi, 75 dan 66 Sedang, 65 dan 51 Rendah, 50 Sangat Rendah.
 */
export const SKALA_PERMENDAGRI_86_2017: SkalaKategori = {
  id: "permendagri86",
  nama: "Permendagri 86/2017",
  sumber:
    "Permendagri 86/2017, skala tingkat capaian kinerja (lewat issue 25 dan LKjIP Inspektorat " +
    "Daerah Kab. Sampang 2019 Tabel 3.1); teks peraturan belum terbaca",
  verifikasi: "sekunder",
  pita: [
    { min: 91, kategori: "Sangat Tinggi", tercetak: "≥ 91" },
    { min: 76, kategori: "Tinggi", tercetak: "76–90" },
    { min: 66, kategori: "Sedang", tercetak: "66–75" },
    { min: 51, kategori: "Rendah", tercetak: "51–65" },
    { min: null, kategori: "Sangat Rendah", tercetak: "≤ 50" },
  ],
};

/**
 * Skala yang sama dengan nama "Baik/Kurang", seperti dicetak LKjIP Inspektorat Daerah Kabupaten Sampang Tahun
 * 2019, Tabel 3.1 "Interval Penilaian Kinerja" (91% ≤ 100% Sangat Baik; 76% ≤ 90% Baik; 66% ≤ 75% Cukup;
 * 51% ≤ 65% Kurang; ≤ 50% Sangat Kurang), https://123dok.com/document/zx5dll94-baik-baik-cukup-kurang-kurang.html.
 */
export const SKALA_LKJIP_BAIK: SkalaKategori = {
  id: "baik-kurang",
  nama: "Sangat Baik … Sangat Kurang (LKjIP Inspektorat Kab. Sampang 2019)",
  sumber: "LKjIP Inspektorat Daerah Kabupaten Sampang Tahun 2019, Tabel 3.1 Interval Penilaian Kinerja",
  verifikasi: "teks",
  pita: [
    { min: 91, kategori: "Sangat Baik", tercetak: "91% ≤ 100%" },
    { min: 76, kategori: "Baik", tercetak: "76% ≤ 90%" },
    { min: 66, kategori: "Cukup", tercetak: "66% ≤ 75%" },
    { min: 51, kategori: "Kurang", tercetak: "51% ≤ 65%" },
    { min: null, kategori: "Sangat Kurang", tercetak: "≤ 50%" },
  ],
};

/** Skala yang dikenal, menurut id; yang pertama bawaan. */
export const SKALA_SAKIP: readonly SkalaKategori[] = [SKALA_PERMENDAGRI_86_2017, SKALA_LKJIP_BAIK];
export const SKALA_SAKIP_BAWAAN = SKALA_PERMENDAGRI_86_2017;

// ---------- efisiensi ----------

export type CaraEfisiensi = "selisih" | "rasio";
export const CARA_EFISIENSI: readonly CaraEfisiensi[] = ["selisih", "rasio"];

export interface DefinisiEfisiensi {
  readonly cara: CaraEfisiensi;
  readonly nama: string;
  readonly rumus: string;
  readonly tafsir: string;
  readonly sumber: string;
  readonly verifikasi: Verifikasi;
}

/**
 * Dua bentuk "analisis efisiensi" yang dipakai kantor dalam LKjIP. PermenPAN-RB 53/2014 (Lampiran, format LKjIP
 * Bab III) meminta "analisis atas efisiensi penggunaan sumber daya" tanpa rumus (menurut dokumen yang
 * mengutipnya); kedua rumus adalah praktik laporan dan aplikasi SAKIP daerah (sekunder), dinamai proyek.
 */
export const EFISIENSI: Readonly<Record<CaraEfisiensi, DefinisiEfisiensi>> = {
  selisih: {
    cara: "selisih",
    nama: "Selisih capaian − serapan",
    rumus: "capaian kinerja (%) − serapan anggaran (%)",
    tafsir: "dalam poin persen; positif (≥ 0) = efisien: capaian melampaui bagian anggaran yang terserap",
    sumber: "praktik LKjIP daerah (tingkat efisiensi = capaian kinerja − penyerapan anggaran); issue 25",
    verifikasi: "sekunder",
  },
  rasio: {
    cara: "rasio",
    nama: "Rasio capaian ÷ serapan",
    rumus: "capaian kinerja (%) ÷ serapan anggaran (%)",
    tafsir: "tanpa satuan; ≥ 1 = efisien: tiap persen anggaran terserap menghasilkan ≥ 1 persen capaian",
    sumber: "praktik aplikasi SAKIP daerah (indeks efisiensi = capaian ÷ serapan); issue 25",
    verifikasi: "sekunder",
  },
};
export const EFISIENSI_BAWAAN: CaraEfisiensi = "selisih";

// ---------- LKE PermenPAN-RB 88/2021 ----------

/**
 * Nilai jawaban kriteria: Y = 1, T = 0; A = 1, B = 0,75, C = 0,5, D = 0,25, E = 0 (praktik LKE 88/2021 yang
 * beredar; belum terbaca di teks peraturan: "proyek"). Angka 0–1 juga diterima apa adanya.
 */
export const NILAI_JAWABAN_LKE: Readonly<Record<string, number>> = { Y: 1, T: 0, A: 1, B: 0.75, C: 0.5, D: 0.25, E: 0 };
export const VERIFIKASI_JAWABAN: Verifikasi = "proyek";

export interface PitaPredikat {
  /** Batas bawah (eksklusif, kecuali pita terbawah yang mulai dari 0 inklusif). */
  readonly lebihDari: number | null;
  readonly predikat: string;
  readonly arti: string;
  readonly tercetak: string;
}

/**
 * Predikat nilai AKIP (issue 25, PermenPAN-RB 88/2021 lewat dokumen daerah; sekunder): AA > 90–100, A > 80–90,
 * BB > 70–80, B > 60–70, CC > 50–60, C > 30–50, D 0–30. Batas bawah eksklusif dan batas atas inklusif, seperti
 * tercetak: nilai tepat 90 → A, 80 → BB, 70 → B, 60 → CC, 50 → C, 30 → D. Arti predikat: sekunder.
 */
export const PREDIKAT_LKE: readonly PitaPredikat[] = [
  { lebihDari: 90, predikat: "AA", arti: "Sangat Memuaskan", tercetak: "> 90–100" },
  { lebihDari: 80, predikat: "A", arti: "Memuaskan", tercetak: "> 80–90" },
  { lebihDari: 70, predikat: "BB", arti: "Sangat Baik", tercetak: "> 70–80" },
  { lebihDari: 60, predikat: "B", arti: "Baik", tercetak: "> 60–70" },
  { lebihDari: 50, predikat: "CC", arti: "Cukup (Memadai)", tercetak: "> 50–60" },
  { lebihDari: 30, predikat: "C", arti: "Kurang", tercetak: "> 30–50" },
  { lebihDari: null, predikat: "D", arti: "Sangat Kurang", tercetak: "0–30" },
];
export const VERIFIKASI_PREDIKAT: Verifikasi = "sekunder";
export const NILAI_LKE_MAKS = 100;
