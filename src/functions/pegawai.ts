/* eslint-disable @typescript-eslint/no-explicit-any -- Excel mengirim rentang campuran (angka, teks, kosong); tipenya diperiksa di inti */
/**
 * Fungsi kustom penilaian kinerja pegawai (seed 002; pita PP 46/2011 atau skala prestasi LAN 1998).
 */
import * as pg from "../core/pegawai";
import type { SkalaPegawai } from "../frameworks/pegawai";
import { nilaiBarisRentang } from "./cepat";
import {
  cepatAtau,
  daftarAngka,
  jalankan,
  keRentang,
  kolom,
  matriksAngka,
  perSel,
  teksOpsional,
  tidakDiisi,
} from "./excel";

/**
 * Nilai tertimbang tiap pegawai: Σ bobot × skor / Σ bobot (bobot dinormalkan; tanpa bobot = rata-rata).
 * Baris = pegawai, kolom = aspek (bawaan lima aspek seed 002). Skala "pp46" (bawaan): skor 0–100; "lan":
 * tingkat prestasi 1–5 (1 = Istimewa). Sel skor kosong → #N/A, di luar skala → #NUM!.
 * Bobot negatif memberi #NUM!; jumlah bobot 0 memberi #DIV/0!.
 * @customfunction PEGAWAI.NILAI PEGAWAI.NILAI
 * @param skor Skor: baris pegawai × kolom aspek.
 * @param [bobot] Satu baris bobot sejajar dengan kolom aspek. Kosong = bobot sama.
 * @param [skala] "pp46" (bawaan) atau "lan".
 * @returns Satu kolom nilai, satu baris per pegawai.
 */
export function pegawaiNilai(skor: any[][], bobot?: any[][], skala?: any): any[][] {
  const bacaSkala = () => pg.bacaSkala(teksOpsional(Array.isArray(skala) ? skala[0]?.[0] : skala, "pp46"));
  return cepatAtau(
    () =>
      nilaiTabelCepat(skor, tidakDiisi(bobot) ? null : daftarAngka(keRentang(bobot, "bobot"), "bobot"), bacaSkala()),
    () => {
      const s = keRentang(skor, "skor");
      const b = tidakDiisi(bobot) ? null : daftarAngka(keRentang(bobot, "bobot"), "bobot");
      return kolom(pg.nilaiTabelPegawai(matriksAngka(s, "skor"), b, bacaSkala()));
    },
  );
}

/**
 * Jalur cepat PEGAWAI.NILAI atas argumen mentah skor (baris pegawai × kolom aspek), sebagai kolom: satu
 * lintasan memeriksa dan menjumlah tiap baris (`nilaiBarisRentang`), aritmetika sama dengan `pg.nilaiPegawai`;
 * bobot diperiksa aturan inti yang sama (`pg.jumlahBobotPegawai`).
 * @returns undefined (atau galat inti) bila bobot, bentuk atau satu skor tidak biasa: `cepatAtau` lalu menjalankan jalur lengkap
 */
export function nilaiTabelCepat(
  skor: unknown,
  bobot: readonly number[] | null,
  skala: SkalaPegawai = "pp46",
): number[][] | undefined {
  const { min, maks } = pg.batasSkala(skala);
  return nilaiBarisRentang(skor, min, maks, bobot, bobot ? pg.jumlahBobotPegawai(bobot) : 0);
}

/**
 * Kategori nilai pegawai. "pp46" (bawaan): > 90 Sangat baik; > 75 Baik; > 60 Cukup; > 50 Kurang;
 * ≤ 50 Buruk (diputuskan atas nilai dibulatkan 9 desimal: 90 = Baik, 90,5 = Sangat baik). "lan": 1 Istimewa … 5 Tidak memuaskan,
 * nilai pecahan ke tingkat terdekat dan setengah ke tingkat yang lebih baik (1,5 = Istimewa). Nilai satu
 * sel atau rentang (hasil spill); sel kosong → #N/A, di luar skala → #NUM!.
 * @customfunction PEGAWAI.KATEGORI PEGAWAI.KATEGORI
 * @param nilai Nilai pegawai (satu sel atau rentang).
 * @param [skala] "pp46" (bawaan) atau "lan".
 * @returns Kategori tiap nilai.
 */
export function pegawaiKategori(nilai: any[][], skala?: any): any[][] {
  return jalankan(() => {
    const sk = pg.bacaSkala(teksOpsional(Array.isArray(skala) ? skala[0]?.[0] : skala, "pp46"));
    return perSel([{ nilai, nama: "nilai" }], (s) => pg.kategoriPegawai(s[0] as number, sk));
  });
}
