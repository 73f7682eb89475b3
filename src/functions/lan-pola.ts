/* eslint-disable @typescript-eslint/no-explicit-any -- Excel mengirim rentang campuran (angka, teks, kosong); tipenya diperiksa di sini dan di inti */
/**
 * Fungsi kustom bagian Pola LAN 1998 di luar Bab III (seed 004): Instrumen Alternatif I (keterangan
 * tingkat prestasi), Instrumen Alternatif II per indikator (angka 0–1000 dan kategorinya) dan lima
 * variabel utama dari total pengguna. Pembungkus tipis: rentang masuk, inti dipanggil, rentang keluar.
 */
import * as pola from "../core/lan-pola";
import { BANYAK_VARIABEL_UTAMA } from "../frameworks/lan1998-instrumen";
import { bobotVariabel, pastikanSkalaMaks } from "../core/lan";
import {
  JUMLAH_ALTERNATIF_JAWABAN,
  PITA_KATEGORI_LAN,
  SKALA_NILAI_LAN_MAKS,
  SKALA_PRESTASI_LAN,
  SKOR_IDEAL_LAN,
} from "../frameworks/lan1998";
import { nolRentang, petaRentang, pitaCepat, pitaRentang, teratasRentang } from "./cepat";
import { angkaOpsional, bentukSeperti, cepatAtau, daftarAngka, galatExcel, keRentang, kosong, perSel } from "./excel";

/**
 * Skala prestasi sebagai pita (jalur cepat LAN.PRESTASI): tingkat k = max(1, ⌈x − 0,5⌉) sama dengan pita
 * x > k − 0,5 untuk k = 5 … 2, selain itu tingkat 1 (x − 0,5 tepat untuk x di 1–5).
 */
export const PITA_PRESTASI = pitaCepat(
  SKALA_PRESTASI_LAN.slice(1)
    .reverse()
    .map((s) => ({ label: s.label, lebihDari: s.nilai - 0.5 })),
  SKALA_PRESTASI_LAN[0].label,
);

/** Pita kategori Alternatif II (PITA_KATEGORI_LAN) untuk jalur cepat LAN.KATEGORIINDIKATOR. */
export const PITA_LAN = pitaCepat(
  PITA_KATEGORI_LAN.map((p) => ({ label: p.kategori, lebihDari: p.lebihDari, palingSedikit: p.palingSedikit })),
  PITA_KATEGORI_LAN[PITA_KATEGORI_LAN.length - 1].kategori,
);

/**
 * Keterangan tingkat prestasi Instrumen Alternatif I (seed 004 baris 786–787): 1 Istimewa, 2 Sangat baik,
 * 3 Normal, 4 Kurang memuaskan, 5 Tidak memuaskan. Rata-rata (bukan bilangan bulat): tingkat k mencakup
 * (k − 0,5; k + 0,5], tingkat 1 mencakup [1; 1,5], diputuskan pada nilai yang dibulatkan 9 desimal.
 * Sel kosong → #N/A; di luar 1–5 → #NUM!.
 * @customfunction LAN.PRESTASI LAN.PRESTASI
 * @param tingkat Tingkat prestasi 1–5 (satu sel atau rentang), atau rata-ratanya.
 * @returns Keterangan tiap tingkat, dalam bentuk rentang masukan.
 */
export function lanPrestasi(tingkat: any[][]): string[][] {
  return cepatAtau(
    () => pitaRentang(tingkat, 1, 5, 1, 1, PITA_PRESTASI),
    () =>
      perSel([{ nilai: tingkat, nama: "tingkat" }], (s) => {
        if (kosong(s[0])) throw galatExcel("NA", "tingkat prestasi kosong");
        return pola.keteranganPrestasi(s[0] as number);
      }),
  );
}

/**
 * Angka per indikator Instrumen Alternatif II ("Angka per indikator : 1000", seed 004 baris 791):
 * skor / skala_maks × 1000 untuk setiap indikator. Sel kosong → #N/A; skor di luar 1–skala_maks → #NUM!.
 * @customfunction LAN.ANGKAINDIKATOR LAN.ANGKAINDIKATOR
 * @param skor Skor tiap indikator (mis. 1–10), satu sel atau rentang.
 * @param [skala_maks] Skor tertinggi skala; bawaan 10 (10 alternatif jawaban).
 * @returns Angka 0–1000 tiap indikator, dalam bentuk rentang masukan.
 */
export function lanAngkaIndikator(skor: any[][], skala_maks?: number): number[][] {
  return cepatAtau(
    () => angkaIndikatorCepat(skor, angkaOpsional(skala_maks, JUMLAH_ALTERNATIF_JAWABAN, "skala_maks")),
    () => {
      const r = keRentang(skor, "skor");
      const maks = angkaOpsional(skala_maks, JUMLAH_ALTERNATIF_JAWABAN, "skala_maks");
      return bentukSeperti(
        r,
        pola.angkaPerIndikator(daftarAngka(r, "skor"), maks).map((x) => x.angka),
      ) as number[][];
    },
  );
}

/**
 * Jalur cepat LAN.ANGKAINDIKATOR: angka tiap skor (`pola.angkaIndikator`, aturan inti yang sama) dalam
 * bentuk rentangnya, satu lintasan (`petaRentang`), skala diperiksa `pastikanSkalaMaks`.
 * @returns undefined (atau galat inti) bila skala, bentuk atau satu skor tidak biasa: `cepatAtau` lalu menjalankan jalur lengkap
 */
export function angkaIndikatorCepat(skor: unknown, skalaMaks: number, skalaMin = 1): number[][] | undefined {
  pastikanSkalaMaks(skalaMaks);
  return petaRentang(skor, skalaMin, skalaMaks, (v) => pola.angkaIndikator(v, skalaMaks));
}

/**
 * Kategori tiap indikator menurut pita Instrumen Alternatif II (seed 004 baris 798–802: 851–1000 Amat
 * baik, 701–850 Baik, 600–700 Cukup, di bawah 600 Kurang) atas angka per indikator skor / skala_maks × 1000,
 * diputuskan pada angka yang dibulatkan 9 desimal. Skor di luar 1–skala_maks atau skala_maks ≤ 0 memberi #NUM!.
 * @customfunction LAN.KATEGORIINDIKATOR LAN.KATEGORIINDIKATOR
 * @param skor Skor tiap indikator (mis. 1–10), satu sel atau rentang.
 * @param [skala_maks] Skor tertinggi skala; bawaan 10.
 * @returns "Amat baik", "Baik", "Cukup" atau "Kurang" tiap indikator.
 */
export function lanKategoriIndikator(skor: any[][], skala_maks?: number): string[][] {
  return cepatAtau(
    () => {
      // kategori1000(skor / maks × 1000) sebagai pita data (./cepat.ts), skor 1–maks
      const maks = angkaOpsional(skala_maks, JUMLAH_ALTERNATIF_JAWABAN, "skala_maks");
      return maks > 0 ? pitaRentang(skor, 1, maks, maks, SKALA_NILAI_LAN_MAKS, PITA_LAN) : undefined;
    },
    () => {
      const r = keRentang(skor, "skor");
      const maks = angkaOpsional(skala_maks, JUMLAH_ALTERNATIF_JAWABAN, "skala_maks");
      return bentukSeperti(
        r,
        pola.angkaPerIndikator(daftarAngka(r, "skor"), maks).map((x) => x.kategori),
      ) as string[][];
    },
  );
}

/**
 * Bobot pola lima variabel utama dari total Anda sendiri (aturan Tabel 4.7 / Saran 5): variabel dengan
 * Bobot Variabel terbesar (bobot sama: yang lebih dulu) mendapat T_j / Σ T terpilih × Skor Ideal, lainnya 0.
 * Sel kosong → #N/A; negatif → #NUM!; jumlah total nol → #DIV/0!.
 * @customfunction LAN.BOBOTLIMA LAN.BOBOTLIMA
 * @param total_variabel Rentang total tiap variabel (mis. 17 total).
 * @param [banyak] Banyak variabel utama; bawaan 5.
 * @param [skor_ideal] Skor Ideal; bawaan 20.000.
 * @returns Bobot dibagi ulang, dalam bentuk rentang masukan (0 untuk variabel yang tidak terpilih).
 */
export function lanBobotLima(total_variabel: any[][], banyak?: number, skor_ideal?: number): number[][] {
  return cepatAtau(
    () => {
      // satu lintasan memilih yang teratas (./cepat.ts), lalu bobotVariabel atas nilai terpilih: sama dengan limaVariabelDariData
      const t = teratasRentang(total_variabel, angkaOpsional(banyak, BANYAK_VARIABEL_UTAMA, "banyak"));
      if (!t) return undefined;
      const bobot = bobotVariabel(t.nilai, angkaOpsional(skor_ideal, SKOR_IDEAL_LAN, "skor_ideal"));
      const hasil = nolRentang((total_variabel as unknown[]).length, t.K);
      for (let r = 0; r < t.posisi.length; r++) hasil[Math.floor(t.posisi[r] / t.K)][t.posisi[r] % t.K] = bobot[r];
      return hasil;
    },
    () => {
      const r = keRentang(total_variabel, "total_variabel");
      const n = angkaOpsional(banyak, BANYAK_VARIABEL_UTAMA, "banyak");
      const s = angkaOpsional(skor_ideal, SKOR_IDEAL_LAN, "skor_ideal");
      return bentukSeperti(r, pola.bobotLimaSebentuk(daftarAngka(r, "total variabel"), n, s)) as number[][];
    },
  );
}
