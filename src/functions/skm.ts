/* eslint-disable @typescript-eslint/no-explicit-any -- Excel mengirim rentang campuran (angka, teks, kosong); tipenya diperiksa di inti */
/**
 * Fungsi kustom Survei Kepuasan Masyarakat (PermenPAN-RB 14/2017) dan IKM (KepmenPAN 25/2004).
 * Pembungkus tipis: rentang 2-D masuk, inti dipanggil lewat `jalankan`, rentang 2-D atau galat Excel keluar.
 *
 * Bentuk masukan `jawaban_atau_nrr`: SATU BARIS dibaca sebagai NRR per unsur (mis. hasil SKM.NRR;
 * sel kosong → #N/A); DUA BARIS ATAU LEBIH dibaca sebagai matriks jawaban responden × unsur
 * (sel kosong = tidak menjawab, dikeluarkan dari rata-rata unsur itu).
 */
import * as skm from "../core/skm";
import { UNSUR_BAWAAN } from "../frameworks/skm";
import { daftarAngka, jalankan, kolom, type Rentang } from "./excel";

/** NRR dari rentang: satu baris = NRR apa adanya, selain itu = matriks jawaban. */
function nrrDari(rentang: any[][]): number[] {
  return rentang.length === 1 ? skm.pastikanNrr(rentang[0]) : skm.nrr(rentang);
}

/** Argumen penimbang: kosong / satu sel (teks atau angka) / rentang angka satu per unsur. */
function penimbangDari(x: any): skm.SpesifikasiPenimbang {
  if (!Array.isArray(x)) return skm.bacaPenimbang(x);
  const sel = x as Rentang;
  if (sel.length === 1 && sel[0].length === 1) return skm.bacaPenimbang(sel[0][0]);
  return daftarAngka(sel, "penimbang");
}

/**
 * Nilai Rata-Rata (NRR) tiap unsur dari jawaban responden, sebagai satu baris (spill).
 * Sel kosong = responden tidak menjawab unsur itu dan tidak dihitung; teks → #VALUE!;
 * jawaban bukan bilangan bulat 1–4 → #NUM!; unsur tanpa satu pun jawaban → #DIV/0!.
 * @customfunction SKM.NRR SKM.NRR
 * @param jawaban Rentang jawaban: satu baris per responden, satu kolom per unsur (nilai 1–4).
 * @param [aturan] 2017 (bawaan, PermenPAN-RB 14/2017) atau 2004 (KepmenPAN 25/2004); keduanya berskala 1–4.
 * @returns Satu baris NRR, satu per unsur.
 */
export function skmNrr(jawaban: any[][], aturan?: any): number[][] {
  return jalankan(() => {
    skm.bacaAturan(aturan);
    return [skm.nrr(jawaban)];
  });
}

/**
 * NRR tertimbang tiap unsur = NRR × penimbang, sebagai satu baris (spill).
 * Jawaban yang bukan bilangan bulat 1–4, NRR di luar 1–4 atau penimbang negatif memberi #NUM!; unsur yang tidak punya satu pun jawaban memberi #DIV/0!.
 * @customfunction SKM.TERTIMBANG SKM.TERTIMBANG
 * @param jawaban_atau_nrr Satu baris NRR per unsur, atau matriks jawaban responden × unsur (dua baris atau lebih).
 * @param [penimbang] "tepat" (bawaan, 1/banyak unsur), "cetak" (0,111 untuk 2017; 0,071 untuk 2004), satu angka
 * (0 < penimbang ≤ 1) untuk semua unsur, atau rentang satu angka per unsur; di luar (0, 1] → #NUM!.
 * @param [aturan] 2017 (bawaan) atau 2004.
 * @returns Satu baris NRR tertimbang.
 */
export function skmTertimbang(jawaban_atau_nrr: any[][], penimbang?: any[][], aturan?: any): number[][] {
  return jalankan(() => [
    skm.nrrTertimbang(nrrDari(jawaban_atau_nrr), penimbangDari(penimbang), skm.bacaAturan(aturan)),
  ]);
}

/**
 * Indeks kepuasan = Σ NRR tertimbang (skala 1–4 dengan penimbang tepat), tanpa pembulatan.
 * Jawaban yang bukan bilangan bulat 1–4, NRR di luar 1–4 atau penimbang negatif memberi #NUM!; unsur yang tidak punya satu pun jawaban memberi #DIV/0!.
 * @customfunction SKM.INDEKS SKM.INDEKS
 * @param jawaban_atau_nrr Satu baris NRR per unsur, atau matriks jawaban responden × unsur (dua baris atau lebih).
 * @param [penimbang] "tepat" (bawaan, 1/banyak unsur), "cetak" (0,111 untuk 2017; 0,071 untuk 2004), satu angka
 * (0 < penimbang ≤ 1) untuk semua unsur, atau rentang satu angka per unsur; di luar (0, 1] → #NUM!.
 * @param [aturan] 2017 (bawaan) atau 2004.
 * @returns Indeks (1–4 dengan penimbang tepat).
 */
export function skmIndeks(jawaban_atau_nrr: any[][], penimbang?: any[][], aturan?: any): number {
  return jalankan(() => skm.indeks(nrrDari(jawaban_atau_nrr), penimbangDari(penimbang), skm.bacaAturan(aturan)));
}

/**
 * Nilai SKM/IKM = indeks × 25 (skala 25–100), tanpa pembulatan.
 * Jawaban yang bukan bilangan bulat 1–4, NRR di luar 1–4 atau penimbang negatif memberi #NUM!; unsur yang tidak punya satu pun jawaban memberi #DIV/0!.
 * @customfunction SKM.NILAI SKM.NILAI
 * @param jawaban_atau_nrr Satu baris NRR per unsur, atau matriks jawaban responden × unsur (dua baris atau lebih).
 * @param [penimbang] "tepat" (bawaan, 1/banyak unsur), "cetak" (0,111 untuk 2017; 0,071 untuk 2004), satu angka
 * (0 < penimbang ≤ 1) untuk semua unsur, atau rentang satu angka per unsur; di luar (0, 1] → #NUM!.
 * @param [aturan] 2017 (bawaan) atau 2004.
 * @returns Nilai SKM (25–100 dengan penimbang tepat).
 */
export function skmNilai(jawaban_atau_nrr: any[][], penimbang?: any[][], aturan?: any): number {
  return jalankan(() =>
    skm.nilai(skm.indeks(nrrDari(jawaban_atau_nrr), penimbangDari(penimbang), skm.bacaAturan(aturan))),
  );
}

/**
 * Mutu pelayanan A, B, C atau D untuk nilai SKM 25–100. 2017: A > 88,30; B > 76,60; C > 64,99; D s.d. 64,99.
 * 2004: A > 81,25; B > 62,50; C > 43,75; D s.d. 43,75 (diputuskan atas nilai dibulatkan 9 desimal; masuk
 * pita lebih tinggi begitu melebihi batas atas tercetak pita di bawahnya). Di luar 25–100 → #NUM!.
 * @customfunction SKM.MUTU SKM.MUTU
 * @param nilai Nilai SKM/IKM (25–100), mis. hasil SKM.NILAI.
 * @param [aturan] 2017 (bawaan) atau 2004.
 * @returns "A", "B", "C" atau "D".
 */
export function skmMutu(nilai: any, aturan?: any): string {
  return jalankan(() => skm.mutu(nilai, skm.bacaAturan(aturan)));
}

/**
 * Kinerja unit pelayanan untuk nilai SKM 25–100: "Sangat Baik", "Baik", "Kurang Baik" atau "Tidak Baik"
 * (pita sama dengan SKM.MUTU).
 * Nilai di luar 25–100 memberi #NUM!.
 * @customfunction SKM.KINERJA SKM.KINERJA
 * @param nilai Nilai SKM/IKM (25–100), mis. hasil SKM.NILAI.
 * @param [aturan] 2017 (bawaan) atau 2004.
 * @returns Label kinerja unit pelayanan.
 */
export function skmKinerja(nilai: any, aturan?: any): string {
  return jalankan(() => skm.kinerja(nilai, skm.bacaAturan(aturan)));
}

/**
 * Ukuran sampel minimal Krejcie & Morgan (1970) untuk populasi N: X² = 3,841, P = 0,5, d = 0,05.
 * Populasi yang bukan bilangan bulat ≥ 1 memberi #NUM!.
 * @customfunction SKM.SAMPEL SKM.SAMPEL
 * @param populasi Jumlah populasi penerima layanan (bilangan bulat ≥ 1).
 * @param [pembulatan] "terdekat" (bawaan, sama dengan Tabel 1 Krejcie & Morgan) atau "atas" (pembulatan ke atas).
 * @returns Ukuran sampel (responden).
 */
export function skmSampel(populasi: any, pembulatan?: any): number {
  return jalankan(() => skm.ukuranSampelKrejcieMorgan(populasi, skm.bacaPembulatan(pembulatan)));
}

/**
 * Daftar unsur bawaan aturan sebagai satu kolom (spill). Nama dan urutan boleh diganti pengguna;
 * perhitungan memakai kolom jawaban apa adanya.
 * @customfunction SKM.UNSUR SKM.UNSUR
 * @param [aturan] 2017 (bawaan, 9 unsur) atau 2004 (14 unsur).
 * @returns Satu kolom nama unsur.
 */
export function skmUnsur(aturan?: any): string[][] {
  return jalankan(() => kolom(UNSUR_BAWAAN[skm.bacaAturan(aturan)]));
}
