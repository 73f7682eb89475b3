/* eslint-disable @typescript-eslint/no-explicit-any -- Excel mengirim rentang campuran (angka, teks, kosong); tipenya diperiksa di inti */
/**
 * Fungsi kustom siklus SAKIP (Perpres 29/2014) dan LKE (PermenPAN-RB 88/2021). Pembungkus tipis: rentang 2-D
 * masuk, inti (core/sakip.ts, core/lke.ts) dipanggil, rentang 2-D atau galat Excel keluar. Tanpa aritmetika.
 *
 * SAKIP.CAPAIAN dan SAKIP.SERAPAN membaca realisasi per BARIS: satu baris satu indikator (atau program), satu
 * kolom satu triwulan; hasilnya satu kolom (satu capaian per baris). Fungsi lain "per sel" (aturan BSC.CAPAIAN).
 */
type Inti = typeof import("./sakip-inti.js");
declare const __webpack_require__: unknown;

/**
 * Isi fungsi (functions/sakip-inti.ts dengan core/sakip.ts, core/lke.ts). Di add-in potongan sendiri yang dimuat
 * saat SAKIP.* pertama kali dihitung, agar functions.js tetap kecil (issue 17); di Node modul biasa (lihat
 * `muatKerangka` di lan.ts).
 */
function muat(): Promise<Inti> {
  if (typeof __webpack_require__ === "function") return import(/* webpackChunkName: "sakip" */ "./sakip-inti.js");
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- Node: import() asli tidak tersedia di Jest tanpa --experimental-vm-modules
  return Promise.resolve(require("./sakip-inti"));
}

/** Memanggil fungsi `nama` dari potongan isi (tanpa async/await per pembungkus: functions.js tetap kecil). */
function panggil<K extends keyof Inti>(nama: K, argumen: unknown[]): Promise<ReturnType<Inti[K]>> {
  return muat().then((m) => (m[nama] as (...a: unknown[]) => ReturnType<Inti[K]>)(...argumen));
}

/**
 * Capaian indikator SAKIP dalam persen (95,5 = 95,5 %). Satu baris realisasi = satu indikator, satu kolom = satu
 * triwulan (I s.d. k); realisasi s.d. triwulan k menurut jenis: "kumulatif" jumlah, "rata-rata" rata-rata,
 * "akhir" nilai terisi terakhir (triwulan kosong dilewati). Target satu kolom = target tahunan; target
 * selebar realisasi = target triwulan (dijumlah/dirata-rata/diambil terakhir menurut jenis). Arah "naik":
 * realisasi / target; "turun": (2 × target − realisasi) / target; "turun-rasio": target / realisasi. Realisasi
 * kosong semua atau target kosong memberi #N/A; target 0 (atau realisasi 0 dengan "turun-rasio") #DIV/0!; angka
 * negatif, lebih dari empat kolom triwulan, atau hasil di luar batas angka Excel #NUM!.
 * @customfunction SAKIP.CAPAIAN SAKIP.CAPAIAN
 * @param realisasi Realisasi triwulan I s.d. k: satu baris per indikator, satu kolom per triwulan.
 * @param target Target tahunan (satu kolom) atau target triwulan (selebar realisasi).
 * @param [arah] "naik" (bawaan), "turun" atau "turun-rasio"; satu sel atau satu kolom.
 * @param [jenis] "kumulatif" (bawaan), "rata-rata" atau "akhir"; satu sel atau satu kolom.
 * @param [batas] Capaian tertinggi dalam persen, mis. 120. Kosong = tanpa batas.
 * @returns Capaian tiap indikator (persen), satu kolom.
 */
export function sakipCapaian(
  realisasi: any[][],
  target: any[][],
  arah?: any,
  jenis?: any,
  batas?: any,
): Promise<number[][]> {
  return panggil("sakipCapaian", [realisasi, target, arah, jenis, batas]);
}

/**
 * Kategori capaian (persen) pada skala: bawaan Permendagri 86/2017 (≥ 91 Sangat Tinggi, 76–90 Tinggi, 66–75
 * Sedang, 51–65 Rendah, ≤ 50 Sangat Rendah); "baik-kurang" = nama Sangat Baik … Sangat Kurang; atau rentang
 * dua kolom (batas bawah menurun, kategori). Nilai tepat di batas masuk pita yang tercetak untuknya (dibandingkan
 * setelah dibulatkan 9 desimal). Capaian kosong memberi #N/A; skala yang batasnya tidak menurun, atau capaian di
 * bawah batas terendah skala rentang (baris terakhir tanpa batas menampung sisanya), #NUM!.
 * @customfunction SAKIP.KATEGORI SAKIP.KATEGORI
 * @param capaian Capaian dalam persen, satu sel atau rentang.
 * @param [skala] "permendagri86" (bawaan), "baik-kurang", atau rentang dua kolom: batas bawah, kategori.
 * @returns Kategori tiap capaian.
 */
export function sakipKategori(capaian: any[][], skala?: any): Promise<string[][]> {
  return panggil("sakipKategori", [capaian, skala]);
}

/**
 * Serapan anggaran dalam persen: realisasi / pagu × 100. Satu baris realisasi = satu program, kolom = triwulan
 * (dijumlah; triwulan kosong dilewati, semua kosong #N/A). Pagu satu kolom. Pagu 0 memberi #DIV/0!; angka negatif,
 * lebih dari empat kolom triwulan, atau hasil di luar batas angka Excel #NUM!.
 * @customfunction SAKIP.SERAPAN SAKIP.SERAPAN
 * @param realisasi Realisasi anggaran: satu baris per program, satu kolom per triwulan (atau satu kolom jumlah).
 * @param pagu Pagu tiap program, satu kolom.
 * @returns Serapan tiap program (persen), satu kolom.
 */
export function sakipSerapan(realisasi: any[][], pagu: any[][]): Promise<number[][]> {
  return panggil("sakipSerapan", [realisasi, pagu]);
}

/**
 * Efisiensi: "selisih" (bawaan) = capaian − serapan (poin persen; ≥ 0 efisien); "rasio" = capaian ÷ serapan
 * (≥ 1 efisien). Capaian dan serapan dalam persen, satu sel atau rentang berbentuk sama. Serapan 0 dengan
 * "rasio" memberi #DIV/0!; serapan negatif atau hasil di luar batas angka Excel #NUM!; cara lain #N/A.
 * @customfunction SAKIP.EFISIENSI SAKIP.EFISIENSI
 * @param capaian Capaian kinerja (persen).
 * @param serapan Serapan anggaran (persen).
 * @param [cara] "selisih" (bawaan) atau "rasio".
 * @returns Efisiensi tiap pasangan.
 */
export function sakipEfisiensi(capaian: any[][], serapan: any[][], cara?: any): Promise<number[][]> {
  return panggil("sakipEfisiensi", [capaian, serapan, cara]);
}

/**
 * Nilai satu sub-komponen LKE (PermenPAN-RB 88/2021): rata-rata nilai jawaban kriterianya × bobot. Jawaban Y = 1,
 * T = 0, A = 1, B = 0,75, C = 0,5, D = 0,25, E = 0, atau angka 0–1. Jawaban kosong memberi #N/A, huruf lain
 * #VALUE!, angka di luar 0–1 atau bobot negatif #NUM!.
 * @customfunction SAKIP.LKE SAKIP.LKE
 * @param jawaban Jawaban kriteria sub-komponen (rentang).
 * @param [bobot] Bobot sub-komponen, mis. 6 untuk Keberadaan Perencanaan Kinerja. Kosong = 1.
 * @returns Nilai sub-komponen.
 */
export function sakipLke(jawaban: any[][], bobot?: any): Promise<number> {
  return panggil("sakipLke", [jawaban, bobot]);
}

/**
 * Predikat nilai AKIP: AA > 90–100, A > 80–90, BB > 70–80, B > 60–70, CC > 50–60, C > 30–50, D 0–30 (nilai
 * tepat di batas masuk pita yang tercetak untuknya: 90 → A, 30 → D). Nilai di luar 0–100 memberi #NUM!.
 * @customfunction SAKIP.PREDIKAT SAKIP.PREDIKAT
 * @param nilai Nilai AKIP 0–100, satu sel atau rentang.
 * @returns Predikat tiap nilai.
 */
export function sakipPredikat(nilai: any[][]): Promise<string[][]> {
  return panggil("sakipPredikat", [nilai]);
}
