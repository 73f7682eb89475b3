/**
 * Penilaian kinerja pegawai (seed 002, Kecamatan Balikpapan Kota) sebagai data: lima aspek, bobot
 * bawaan sama, pita kategori PP 46/2011 dan skala prestasi LAN 1998 sebagai alternatif.
 */
import { SKALA_PRESTASI_LAN } from "./lan1998";

export interface AspekPegawai {
  readonly kode: string;
  readonly nama: string;
  /** Kata naskah seed 002 (Fokus Penelitian, baris 84–92). */
  readonly namaNaskah: string;
}

/** Seed 002 baris 84–92 (a–e) dan abstrak baris 12 ("dilihat dari waktu yang diperlukan"). */
export const ASPEK_PEGAWAI: readonly AspekPegawai[] = [
  { kode: "kualitas", nama: "Kualitas pekerjaan", namaNaskah: "Kualitas pekerjaan yang dihasilkan" },
  {
    kode: "kemampuan",
    nama: "Kemampuan menyelesaikan pekerjaan (ketepatan waktu)",
    namaNaskah: "Kemampuan pegawai dalam menyelesaikan pekerjaan",
  },
  { kode: "kerjasama", nama: "Kerjasama", namaNaskah: "Kerjasama pegawai" },
  { kode: "tanggungJawab", nama: "Tanggung jawab", namaNaskah: "Tanggung jawab pegawai" },
  { kode: "kreativitas", nama: "Kreativitas", namaNaskah: "Kreativitas" },
];

/** Bobot bawaan: sama untuk kelima aspek (seed 002 tidak memberi bobot; pilihan proyek). */
export const BOBOT_PEGAWAI_BAWAAN: readonly number[] = ASPEK_PEGAWAI.map(() => 1 / ASPEK_PEGAWAI.length);

/** Skala skor per aspek untuk penilaian PP 46/2011: 0–100. */
export const SKALA_PEGAWAI_PP46 = { min: 0, maks: 100 } as const;

export type KategoriPp46 = "Sangat baik" | "Baik" | "Cukup" | "Kurang" | "Buruk";

/**
 * Pita PP 46/2011 (sudah dicabut PP 30/2019): 91 ke atas Sangat baik; 76–90 Baik; 61–75 Cukup;
 * 51–60 Kurang; 50 ke bawah Buruk (sumber sekunder, docs/riset/pp46-2011.md). Pita tercetak berupa
 * bilangan bulat dan bercelah (90 | 91). Aturan celah proyek (sama dengan LAN dan SKM; nilai dibulatkan
 * 9 desimal hanya untuk keputusan, core/pita.ts): nilai masuk pita lebih tinggi begitu MELEBIHI batas
 * atas tercetak pita di bawahnya:
 * > 90 Sangat baik; > 75 s.d. 90 Baik; > 60 s.d. 75 Cukup; > 50 s.d. 60 Kurang; ≤ 50 Buruk.
 * Jadi 90 = Baik, 90,5 = Sangat baik, 50 = Buruk, 50,01 = Kurang.
 */
export const PITA_PP46: readonly {
  readonly kategori: KategoriPp46;
  readonly lebihDari?: number;
  readonly tercetak: string;
}[] = [
  { kategori: "Sangat baik", lebihDari: 90, tercetak: "91 ke atas" },
  { kategori: "Baik", lebihDari: 75, tercetak: "76 – 90" },
  { kategori: "Cukup", lebihDari: 60, tercetak: "61 – 75" },
  { kategori: "Kurang", lebihDari: 50, tercetak: "51 – 60" },
  { kategori: "Buruk", tercetak: "50 ke bawah" },
];

/**
 * Skala prestasi LAN 1998 (Bab II, Instrumen Alternatif I): 1 Istimewa … 5 Tidak memuaskan
 * (1 = terbaik). Untuk rata-rata tertimbang yang bukan bilangan bulat, aturan proyek: tingkat k
 * mencakup (k − 0,5, k + 0,5], tingkat 1 mencakup [1; 1,5]; jadi 1,5 = Istimewa, 1,51 = Sangat
 * baik, 4,5 = Kurang memuaskan (setengah dibulatkan ke tingkat yang lebih baik).
 */
export const SKALA_PEGAWAI_LAN = { min: 1, maks: 5 } as const;
export { SKALA_PRESTASI_LAN };

export type SkalaPegawai = "pp46" | "lan";
export const SKALA_PEGAWAI: readonly SkalaPegawai[] = ["pp46", "lan"];
