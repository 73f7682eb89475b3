/**
 * Bagian Pola LAN 1998 (seed 004) di luar bobot: Instrumen Alternatif I (daftar penilaian per jenis
 * pelayanan), Instrumen Alternatif II per indikator ("Angka per indikator : 1000"), "dua pola
 * penilaian" (Kesimpulan 6 / Saran 5) dan lima variabel utama dari data pengguna. Hanya data dan
 * sumbernya; perhitungannya di `core/lan-pola.ts`.
 */
import { SKALA_PRESTASI_LAN, type TipeDinas } from "./lan1998";

export { SKALA_PRESTASI_LAN };

/**
 * Instrumen Alternatif I (Bab II 2.4, seed 004 baris 775–787): kolom daftar penilaian, persis urutan
 * naskah. "TINGKAT PRESTASI" dibagi lima kolom 1–5; penilai memberi satu tanda pada salah satunya.
 */
export const KOLOM_ALTERNATIF_I = [
  "JENIS PELAYANAN",
  "KATEGORI PELAYANAN",
  "SIFAT PELAYANAN",
  "TIPE KRITERIA",
  "TINGKAT PRESTASI",
] as const;

/** Sumber baris demi baris (dikutip di README, lembar dan uji). */
export const SUMBER_INSTRUMEN = {
  alternatifI:
    'seed 004 baris 775–787, Bab II 2.4 "Instrumen Penilaian: (Suatu alternatif)", Alternatif ' +
    "I: kolom JENIS PELAYANAN | KATEGORI PELAYANAN | SIFAT PELAYANAN | TIPE KRITERIA | TINGKAT " +
    'PRESTASI 1–5; "Keterangan : 1. Istimewa 2. Sangat baik 3. Normal 4. Kurang memuaskan 5. ' +
    'Tidak memuaskan"',
  kategori:
    'seed 004 baris 1221–1225 (Bab IV B): pelayanan dikelompokkan "Pelayanan fisik", "Pelayanan ' +
    'jasa", "Pelayanan Administrasi" (Tabel 4.1–4.3: FISIK, JASA, ADM)',
  sifat: "seed 004 baris 1192–1210 (Bab III 3.1): Pelayanan Langsung dan Pelayanan Tidak Langsung",
  tipeKriteria:
    'seed 004 baris 1717 (Kesimpulan 3): "jenis-jenis pelayanan, mulai dari kategori, sifat, ' +
    'dan tipe dinas" — tafsiran proyek: TIPE KRITERIA = tipe dinas I/II/III (naskah tidak ' +
    "mengisi kolom ini)",
  alternatifII:
    'seed 004 baris 789–802, Alternatif II: "Angka per indikator : 1000"; "a. 851 - 1000 : Amat baik b. 701 - 850 : Baik c. 600 - 700 : Cukup d. 600 : Kurang"',
  duaPola:
    'seed 004 baris 1721 (Kesimpulan 6): "diperoleh dua pola penilaian. Pola penilaian pertama ' +
    "… Dinas DT II Tipe I. Sedangkan pola penilaian kedua … (Dinas Tipe II) serta … (Dinas Tipe " +
    'III)"; baris 1730 (Saran 5)',
  limaData:
    'seed 004 baris 1393–1409 (Tabel 4.7 "Perbandingan Peringkat Lima Variabel Utama") dan ' +
    'baris 1732 (Saran 5: "5 variabel utama penilai (seperti variabel yang didapat pada ' +
    'peringkat 1 sampai 5)")',
} as const;

/** Kategori pelayanan (Bab IV B; Tabel 4.1–4.3). */
export const KATEGORI_PELAYANAN_LAN: readonly string[] = ["Fisik", "Jasa", "Administrasi"];

/** Sifat pelayanan (Bab III 3.1). */
export const SIFAT_PELAYANAN_LAN: readonly string[] = ["Langsung", "Tidak langsung"];

/** Tipe kriteria: tipe dinas I/II/III (tafsiran proyek, lihat SUMBER_INSTRUMEN.tipeKriteria). */
export const TIPE_KRITERIA_LAN: readonly TipeDinas[] = ["I", "II", "III"];

/**
 * Aturan proyek untuk rata-rata tingkat prestasi (sama dengan skala "lan" kinerja pegawai): tingkat k
 * mencakup (k − 0,5; k + 0,5], tingkat 1 mencakup [1; 1,5]; dibandingkan setelah dibulatkan ke 9 desimal.
 */
export const PRESISI_PITA = 9;

/** Pola penilaian: satu tipe dinas, atau pola kedua Kesimpulan 6 (tipe II dan III digabung). */
export type PolaTipe = TipeDinas | "II+III";
export const POLA_TIPE: readonly PolaTipe[] = ["I", "II", "III", "II+III"];

/** Tipe yang digabung tiap pola (pola pertama = tipe I saja; pola kedua = II dan III). */
export const TIPE_DALAM_POLA: Readonly<Record<PolaTipe, readonly TipeDinas[]>> = {
  I: ["I"],
  II: ["II"],
  III: ["III"],
  "II+III": ["II", "III"],
};

/** Banyak variabel utama menurut Saran 5 dan Tabel 4.7. */
export const BANYAK_VARIABEL_UTAMA = 5;

export function adalahPolaTipe(x: unknown): x is PolaTipe {
  return x === "I" || x === "II" || x === "III" || x === "II+III";
}
