/**
 * Tabel 4.4–4.7 Pola LAN 1998 (seed 004, Bab IV C) seperti tercetak: peringkat pentingnya variabel per
 * tipe dinas dan lima variabel utama. Tanpa logika; salinan untuk uji di
 * test/fixtures/lan-1998/tabel-4.4-4.7-peringkat.csv.
 *
 * `peringkat` adalah teks tercetak apa adanya: "I" (Tabel 4.4 baris pertama mencetak angka Romawi),
 * "" (tidak dicetak), atau angka. `variabel` = nomor variabel Lampiran 5–7 menurut nama tercetak.
 */
import type { TipeDinas } from "../frameworks/lan1998";

export interface BarisPeringkatTercetak {
  /** Urutan baris dalam tabel tercetak (1–17). */
  readonly urutan: number;
  readonly nama: string;
  readonly variabel: number;
  readonly peringkat: string;
  /** Keanehan tolok ukur yang dicetak di baris ini, bila ada. */
  readonly tolokUkur?: string;
}

export const TABEL_PERINGKAT: Readonly<Record<TipeDinas, string>> = { I: "4.4", II: "4.5", III: "4.6" };

const b = (
  urutan: number,
  nama: string,
  variabel: number,
  peringkat: string,
  tolokUkur?: string,
): BarisPeringkatTercetak => ({ urutan, nama, variabel, peringkat, ...(tolokUkur ? { tolokUkur } : {}) });

const KECEPATAN_DI_KETEPATAN =
  "baris Ketepatan Pelayanan mencetak empat tolok ukur Kecepatan Pelayanan (Kecepatan proses " +
  "penyelesaian pelayanan, … Kecepatan hubungan), bukan tolok ukur Ketepatan (Tabel 4.4)";

/** Tabel 4.4 (tipe I), 4.5 (tipe II), 4.6 (tipe III), dalam urutan baris tercetak. */
export const TABEL_4_4_4_6_TERCETAK: Readonly<Record<TipeDinas, readonly BarisPeringkatTercetak[]>> = {
  I: [
    b(1, "Kesederhanaan Pelayanan", 1, "I"),
    b(2, "Kejelasan Pelayanan", 3, "2"),
    b(3, "Kepegawaian", 14, "3"),
    b(4, "Keamanan", 4, "4"),
    b(5, "Efisiensi", 6, "5"),
    b(6, "Kepuasan pelanggan", 15, "6"),
    b(7, "Keadilan Dalam Pelayanan", 8, "7"),
    b(8, "Sarana & Prasarana Pelayanan", 11, "8"),
    b(
      9,
      "Ketepatan Pelayanan",
      9,
      "9",
      'baris Ketepatan Pelayanan memuat "Pemanfaatan teknologi untuk kelancaran pelayanan" (6 ' +
        "butir), padahal proporsi Tabel 4.11 memberi Ketepatan 5 indikator dan Sarana 5",
    ),
    b(10, "Kecepatan pelayanan", 2, "10"),
    b(11, "Hubungan Dengan Pelanggan", 10, "11"),
    b(12, "Daya Saing Produk Layanan", 13, "12"),
    b(13, "Keterbukaan Dalam Pelayanan", 5, "13"),
    b(
      14,
      "Ketertiban Dalam pelaksanaan Pelaanan",
      17,
      "",
      'baris Ketertiban memuat "Keterbukaan informasi mengenai produk layanan", tolok ukur Keterbukaan',
    ),
    b(15, "Responsibilitas", 16, "14"),
    b(16, "Ekonomis", 7, ""),
    b(17, "Keserasian Dalam pelayanan", 12, ""),
  ],
  II: [
    b(1, "Kejelasan Pelayanan", 3, "16"),
    b(2, "Kesedehanaan Pelayanan", 1, "17"),
    b(3, "Kepegawaian", 14, "3"),
    b(4, "Efisiensi", 6, "4"),
    b(5, "Keamanan", 4, "5"),
    b(6, "Keadilan dalam Pelayanan", 8, "6"),
    b(7, "Kepuasan Pelanggan", 15, "7"),
    b(8, "Ketepatan Pelayanan", 9, "8", KECEPATAN_DI_KETEPATAN),
    b(9, "Sarana dan Prasarana Pelayanan", 11, "9"),
    b(10, "Keterbukaan dalam pelayanan", 5, "10"),
    b(11, "Kecepatan Pelayanan", 2, "11"),
    b(12, "Daya Saing Produk Layanan", 13, "12"),
    b(13, "Hubungan dengan Pelanggan", 10, "13"),
    b(14, "Ketertiban Dalam Pelayanan", 17, "14"),
    b(15, "Ekonomis", 7, "15"),
    b(16, "Responsibilitas", 16, "16"),
    b(17, "Keserasian dalam Pelayanan", 12, "17"),
  ],
  III: [
    b(1, "Kejelasan Pelayanan", 3, "1"),
    b(2, "Kesedehanaan Pelayanan", 1, "2"),
    b(3, "Kepegawaian", 14, "3"),
    b(4, "Efisiensi", 6, "4"),
    b(5, "Keamanan", 4, "5"),
    b(6, "Keadilan dalam Pelayanan", 8, "6"),
    b(7, "Kepuasan Pelanggan", 15, "7"),
    b(8, "Sarana dan Prasarana Pelayanan", 11, "8"),
    b(9, "Ketepatan Pelayanan", 9, "9", KECEPATAN_DI_KETEPATAN),
    b(10, "Daya Saing Produk Layanan", 13, "10"),
    b(11, "Kecepatan Pelayanan", 2, "11"),
    b(12, "Keterbukaan dalam pelayanan", 5, "12"),
    b(13, "Hubungan dengan Pelanggan", 10, "13"),
    b(14, "Ketertiban Dalam Pelayanan", 17, "14"),
    b(15, "Ekonomis", 7, "15"),
    b(16, "Responsibilitas", 16, "16"),
    b(17, "Keserasian dalam Pelayanan", 12, "17"),
  ],
};

/** Tabel 4.7: lima variabel utama tiap tipe, peringkat 1–5, sebagai nama tercetak dan nomor variabel. */
export const TABEL_4_7_TERCETAK: Readonly<
  Record<TipeDinas, readonly { readonly peringkat: number; readonly nama: string; readonly variabel: number }[]>
> = {
  I: [
    { peringkat: 1, nama: "Kesederhanaan", variabel: 1 },
    { peringkat: 2, nama: "Kejelasan", variabel: 3 },
    { peringkat: 3, nama: "Kepegawaian", variabel: 14 },
    { peringkat: 4, nama: "Keamanan", variabel: 4 },
    { peringkat: 5, nama: "Efisiensi", variabel: 6 },
  ],
  II: [
    { peringkat: 1, nama: "Kejelasan", variabel: 3 },
    { peringkat: 2, nama: "Kesederhanaan", variabel: 1 },
    { peringkat: 3, nama: "Kepegawaian", variabel: 14 },
    { peringkat: 4, nama: "Efisiensi", variabel: 6 },
    { peringkat: 5, nama: "Keamanan", variabel: 4 },
  ],
  III: [
    { peringkat: 1, nama: "Kejelasan", variabel: 3 },
    { peringkat: 2, nama: "Kesederhanaan", variabel: 1 },
    { peringkat: 3, nama: "Kepegawaian", variabel: 14 },
    { peringkat: 4, nama: "Efisiensi", variabel: 6 },
    { peringkat: 5, nama: "Keamanan", variabel: 4 },
  ],
};
