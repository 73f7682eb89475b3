/**
 * SERVQUAL (Parasuraman, Zeithaml & Berry 1988) sebagai data: lima dimensi dan peta 22 butir ke
 * dimensi. Peta butir bawaan (bukti fisik 1–4, keandalan 5–9, daya tanggap 10–13, jaminan 14–17,
 * empati 18–22) adalah PRAKTIK UMUM yang belum diverifikasi dari artikel asli
 * (docs/riset/servqual.md); pengguna boleh mengganti butir dan petanya.
 */
import type { KodeDimensiMutu } from "./mutu";

export interface DimensiServqual {
  /** Kode dimensi yang sama dengan DIMENSI_MUTU (seed 003). */
  readonly kode: KodeDimensiMutu;
  /** Nama Indonesia (padanan proyek). */
  readonly nama: string;
  /** Nama asli SERVQUAL. */
  readonly namaInggris: string;
  /** Nomor butir bawaan (1-based) dalam kuesioner 22 butir. */
  readonly butir: readonly number[];
}

const rentang = (a: number, b: number): number[] => Array.from({ length: b - a + 1 }, (_, i) => a + i);

/** Lima dimensi dalam urutan kuesioner SERVQUAL yang lazim. */
export const DIMENSI_SERVQUAL: readonly DimensiServqual[] = [
  { kode: "buktiFisik", nama: "Bukti fisik", namaInggris: "tangibles", butir: rentang(1, 4) },
  { kode: "keandalan", nama: "Keandalan", namaInggris: "reliability", butir: rentang(5, 9) },
  { kode: "dayaTanggap", nama: "Daya tanggap", namaInggris: "responsiveness", butir: rentang(10, 13) },
  { kode: "keyakinan", nama: "Jaminan", namaInggris: "assurance", butir: rentang(14, 17) },
  { kode: "perhatian", nama: "Empati", namaInggris: "empathy", butir: rentang(18, 22) },
];

export const JUMLAH_BUTIR_SERVQUAL = 22;

/** Nama dimensi tiap butir 1–22 (indeks 0 = butir 1), menurut peta bawaan. */
export const PETA_BUTIR_SERVQUAL: readonly string[] = rentang(1, JUMLAH_BUTIR_SERVQUAL).map((n) => {
  const d = DIMENSI_SERVQUAL.find((x) => x.butir.includes(n));
  return (d as DimensiServqual).nama;
});

/**
 * Skala jawaban yang diterima. Artikel 1988 lazim disebut memakai 7 titik, adaptasi Indonesia 5 titik
 * (keduanya belum diverifikasi); batas 1–7 menerima keduanya.
 */
export const SKALA_SERVQUAL = { min: 1, maks: 7 } as const;

export const SUMBER_SERVQUAL =
  "Parasuraman, Zeithaml & Berry (1988), Journal of Retailing 64(1); peta butir dan bobot 100 poin = praktik umum, belum diverifikasi dari artikel asli";
