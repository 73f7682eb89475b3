/**
 * Delapan sendi pelayanan (Keputusan MENPAN No. 81 Tahun 1993) sebagai data. Nama dan urutannya
 * dikutip dari seed 003 (baris 591–594: "1) Kesederhanaan Pelayanan 2) Kejelasan dan Kepastian
 * Pelayanan … 8) Ketepatan waktu dalam pelayanan"). Teks keputusan itu sendiri BELUM diverifikasi
 * (docs/riset/kepmenpan-81-1993.md), jadi definisi tiap sendi tidak dituliskan.
 */

export interface SendiPelayanan {
  readonly no: number;
  readonly kode: string;
  readonly nama: string;
}

export const SENDI_PELAYANAN: readonly SendiPelayanan[] = [
  { no: 1, kode: "kesederhanaan", nama: "Kesederhanaan" },
  { no: 2, kode: "kejelasan", nama: "Kejelasan dan kepastian" },
  { no: 3, kode: "keamanan", nama: "Keamanan" },
  { no: 4, kode: "keterbukaan", nama: "Keterbukaan" },
  { no: 5, kode: "efisiensi", nama: "Efisiensi" },
  { no: 6, kode: "ekonomis", nama: "Ekonomis" },
  { no: 7, kode: "keadilan", nama: "Keadilan yang merata" },
  { no: 8, kode: "ketepatanWaktu", nama: "Ketepatan waktu" },
];

/** Skala skor bawaan tiap sendi (pilihan proyek, bukan dari keputusan); pengguna boleh menggantinya. */
export const SKALA_SENDI_BAWAAN = { min: 1, maks: 5 } as const;

export const SUMBER_SENDI = "Kepmenpan 81/1993 melalui seed 003 (baris 591–594); teks keputusan belum diverifikasi";
