/**
 * Kerangka Pola Penilaian Kinerja Pelayanan Umum, LAN Jawa Barat 1997/1998 (seed 004) sebagai data:
 * 17 variabel, 89 indikator, tiga tipe dinas, Skor Ideal, pita kategori dan skala. Tanpa logika
 * selain mengurai angka tercetak.
 */
import type { TipeDinas } from "./lan1998-tipe";

// tipe dinas dan Tabel 3.2 ada di berkas ringan (dipakai teks task pane tanpa memuat data tercetak)
export { KETERANGAN_TIPE, TIPE_DINAS, type TipeDinas } from "./lan1998-tipe";

export interface IndikatorLan {
  readonly no: number;
  readonly variabel: number;
  readonly nama: string;
}
export interface VariabelLan {
  readonly no: number;
  readonly nama: string;
  readonly indikator: readonly IndikatorLan[];
}

/**
 * INDIKATOR_LAN (Tabel 4.4: 89 indikator), VARIABEL_LAN (17 variabel dengan indikatornya) dan
 * VARIABEL_TIAP_INDIKATOR ada di lan1998-daftar.ts bersama datanya (agar bundel fungsi kustom hanya
 * memuatnya di potongan LAN.KERANGKA).
 */
export { INDIKATOR_LAN, VARIABEL_LAN, VARIABEL_TIAP_INDIKATOR } from "./lan1998-daftar";

/**
 * Skor Ideal. Bab III: (Σ indikator) × (Σ skor) × (Σ dinas) = 89 × 10 × 23 = 20.470 ≈ 20.000;
 * setiap Bobot Variabel tercetak memakai 20.000.
 */
export const SKOR_IDEAL_LAN = 20000;
export const JUMLAH_ALTERNATIF_JAWABAN = 10;
export const JUMLAH_DINAS_SAMPEL = 23;

/** Skala jawaban kuesioner: 10 alternatif, skor 1 (terendah) sampai 10 (tertinggi). */
export const SKALA_JAWABAN_LAN = { min: 1, maks: JUMLAH_ALTERNATIF_JAWABAN } as const;

/** Bab II, Instrumen Alternatif I: tingkat prestasi 1–5. */
export const SKALA_PRESTASI_LAN: readonly { readonly nilai: number; readonly label: string }[] = [
  { nilai: 1, label: "Istimewa" },
  { nilai: 2, label: "Sangat baik" },
  { nilai: 3, label: "Normal" },
  { nilai: 4, label: "Kurang memuaskan" },
  { nilai: 5, label: "Tidak memuaskan" },
];

export type KategoriLan = "Amat baik" | "Baik" | "Cukup" | "Kurang";

/**
 * Bab II, Instrumen Alternatif II: 851–1000 Amat baik, 701–850 Baik, 600–700 Cukup, di bawah 600
 * Kurang (tercetak "d. 600 : Kurang"). Pita tercetak berupa bilangan bulat dan menyisakan celah
 * (850–851, 700–701). Aturan proyek: batas atas tiap pita inklusif dan pita berikutnya dimulai tepat
 * di atasnya: nilai > 850 Amat baik; > 700 s.d. 850 Baik; 600 s.d. 700 Cukup; < 600 Kurang. Jadi 850,4
 * tetap Baik dan 850,0001 sudah Amat baik. Nilai dibandingkan setelah dibulatkan ke 9 desimal
 * (core/pita.ts, juga ROUND(x,9) di rumus): 700,0000000000003 (semua skor 7) = 700 = Cukup.
 */
export const PITA_KATEGORI_LAN: readonly {
  readonly kategori: KategoriLan;
  readonly lebihDari?: number;
  readonly palingSedikit?: number;
  readonly tercetak: string;
}[] = [
  { kategori: "Amat baik", lebihDari: 850, tercetak: "851 - 1000" },
  { kategori: "Baik", lebihDari: 700, tercetak: "701 - 850" },
  { kategori: "Cukup", palingSedikit: 600, tercetak: "600 - 700" },
  { kategori: "Kurang", tercetak: "600 (di bawah 600)" },
];
export const SKALA_NILAI_LAN_MAKS = 1000;

/** Tabel 4.7: lima variabel utama (peringkat 1–5) tiap tipe, sebagai nomor variabel. */
export const LIMA_VARIABEL_UTAMA: Readonly<Record<TipeDinas, readonly number[]>> = {
  I: [1, 3, 14, 4, 6], // Kesederhanaan, Kejelasan, Kepegawaian, Keamanan, Efisiensi
  II: [3, 1, 14, 6, 4], // Kejelasan, Kesederhanaan, Kepegawaian, Efisiensi, Keamanan
  III: [3, 1, 14, 6, 4],
};

/** Angka tercetak Lampiran 5–7 dan Tabel 4.11–4.13 sebagai bilangan (berkas tersendiri, lihat di sana). */
export { indikatorTercetak, lampiranTercetak } from "./lan1998-angka";

export function adalahTipeDinas(x: unknown): x is TipeDinas {
  return x === "I" || x === "II" || x === "III";
}
