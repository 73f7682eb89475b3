/**
 * Dimensi kualitas pelayanan (seed 003, Kecamatan Banyuasin, pelayanan KTP) sebagai data.
 *
 * Naskah menyebut lima dimensi hanya dalam abstrak berbahasa Inggris: "seen from the five
 * dimensions of service, namely reliability, responsiveness, confidence, attention and tangibles"
 * (seed 003, Abstract, baris 15–17). Teks Indonesia naskah yang tersedia tidak menamai kelima
 * dimensi itu, sehingga nama Indonesia di bawah adalah padanan proyek (istilah lazim SERVQUAL
 * berbahasa Indonesia), bukan kutipan. Kolom `namaNaskah` memuat kata naskah apa adanya.
 */

export type KodeDimensiMutu = "keandalan" | "dayaTanggap" | "keyakinan" | "perhatian" | "buktiFisik";

export interface DimensiMutu {
  readonly kode: KodeDimensiMutu;
  /** Nama Indonesia (padanan proyek). */
  readonly nama: string;
  /** Kata yang dipakai naskah (abstrak bahasa Inggris). */
  readonly namaNaskah: string;
  /** Nama SERVQUAL yang lazim (Parasuraman dkk.). */
  readonly namaServqual: string;
  readonly sumber: string;
}

const SUMBER = "seed 003, Abstract (baris 15–17)";

export const DIMENSI_MUTU: readonly DimensiMutu[] = [
  { kode: "keandalan", nama: "Keandalan", namaNaskah: "reliability", namaServqual: "reliability", sumber: SUMBER },
  {
    kode: "dayaTanggap",
    nama: "Daya tanggap",
    namaNaskah: "responsiveness",
    namaServqual: "responsiveness",
    sumber: SUMBER,
  },
  {
    kode: "keyakinan",
    nama: "Keyakinan (jaminan)",
    namaNaskah: "confidence",
    namaServqual: "assurance",
    sumber: SUMBER,
  },
  { kode: "perhatian", nama: "Perhatian (empati)", namaNaskah: "attention", namaServqual: "empathy", sumber: SUMBER },
  {
    kode: "buktiFisik",
    nama: "Bukti fisik (berwujud)",
    namaNaskah: "tangibles",
    namaServqual: "tangibles",
    sumber: SUMBER,
  },
];

/**
 * Kesenjangan (gap) kualitas pelayanan: rata-rata persepsi − rata-rata harapan per butir atau
 * per dimensi. Negatif = pelayanan di bawah harapan. Rumus ini adalah model SERVQUAL yang lazim;
 * seed 003 tidak menghitung skor (penelitiannya kualitatif).
 */
export const RUMUS_GAP_MUTU = "gap = rata-rata persepsi − rata-rata harapan";
