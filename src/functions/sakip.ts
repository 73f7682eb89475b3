/* eslint-disable @typescript-eslint/no-explicit-any -- Excel mengirim rentang campuran (angka, teks, kosong); tipenya diperiksa di inti */
/**
 * Fungsi kustom siklus SAKIP (Perpres 29/2014) dan LKE (PermenPAN-RB 88/2021). Pembungkus tipis: rentang 2-D
 * masuk, inti (core/sakip.ts, core/lke.ts) dipanggil, rentang 2-D atau galat Excel keluar. Tanpa aritmetika.
 *
 * SAKIP.CAPAIAN dan SAKIP.SERAPAN membaca realisasi per BARIS: satu baris satu indikator (atau program), satu
 * kolom satu triwulan; hasilnya satu kolom (satu capaian per baris). Fungsi lain "per sel" (aturan BSC.CAPAIAN).
 */
import { arahSakip, capaianSakip, efisiensi, jenisIndikator, kategoriSakip, realisasiSampai, serapan, targetSampai } from "../core/sakip";
import { nilaiSubKomponenLke, predikatLke } from "../core/lke";
import { GalatKinerja, kosong } from "../core/errors";
import type { SkalaKategori } from "../frameworks/sakip";
import { galatExcel, jalankan, keRentang, perSel, type Rentang, type Sel } from "./excel";

/** Nilai baris i dari argumen satu sel atau satu kolom setinggi `n`. @throws #VALUE! bentuk lain */
function perBaris(x: any, n: number, nama: string): (i: number) => Sel {
  if (x === undefined || x === null) return () => null;
  const r = keRentang(x, nama);
  if (r.length === 1 && r[0].length === 1) return () => r[0][0];
  if (r[0].length !== 1 || r.length !== n) throw galatExcel("NILAI", `${nama} harus satu sel atau satu kolom setinggi ${n} baris (${r.length}×${r[0].length})`);
  return (i) => r[i][0];
}

/** Menjalankan `f` per baris; galat inti diberi nomor baris bila rentang lebih dari satu baris. */
function tiapBaris<T>(n: number, f: (i: number) => T): T[][] {
  const hasil: T[][] = [];
  for (let i = 0; i < n; i++) {
    try {
      hasil.push([f(i)]);
    } catch (e) {
      if (e instanceof GalatKinerja && n > 1) throw new GalatKinerja(e.jenis, `baris ${i + 1}: ${e.message}`);
      throw e;
    }
  }
  return hasil;
}

const angkaAtauKosong = (x: Sel): number | null => (kosong(x) ? null : (x as number));

/**
 * Capaian indikator SAKIP dalam persen (95,5 = 95,5 %). Satu baris realisasi = satu indikator, satu kolom = satu
 * triwulan (I s.d. k); realisasi s.d. triwulan k menurut jenis: "kumulatif" jumlah, "rata-rata" rata-rata,
 * "akhir" nilai terisi terakhir (triwulan kosong dilewati). Target satu kolom = target tahunan; target
 * selebar realisasi = target triwulan (dijumlah/dirata-rata/diambil terakhir menurut jenis). Arah "naik":
 * realisasi / target; "turun": (2 × target − realisasi) / target; "turun-rasio": target / realisasi. Realisasi
 * kosong semua atau target kosong memberi #N/A, target 0 #DIV/0!, angka negatif #NUM!.
 * @customfunction SAKIP.CAPAIAN SAKIP.CAPAIAN
 * @param realisasi Realisasi triwulan I s.d. k: satu baris per indikator, satu kolom per triwulan.
 * @param target Target tahunan (satu kolom) atau target triwulan (selebar realisasi).
 * @param [arah] "naik" (bawaan), "turun" atau "turun-rasio"; satu sel atau satu kolom.
 * @param [jenis] "kumulatif" (bawaan), "rata-rata" atau "akhir"; satu sel atau satu kolom.
 * @param [batas] Capaian tertinggi dalam persen, mis. 120. Kosong = tanpa batas.
 * @returns Capaian tiap indikator (persen), satu kolom.
 */
export function sakipCapaian(realisasi: any[][], target: any[][], arah?: any, jenis?: any, batas?: any): number[][] {
  return jalankan(() => {
    const r = keRentang(realisasi, "realisasi");
    const t = keRentang(target, "target");
    const n = r.length;
    const q = r[0].length;
    if (t.length !== n || (t[0].length !== 1 && t[0].length !== q)) throw galatExcel("NILAI", `target harus ${n} baris, satu kolom (target tahunan) atau ${q} kolom (target triwulan); diberikan ${t.length}×${t[0].length}`);
    const triwulan = t[0].length === 1 ? undefined : q;
    const a = perBaris(arah, n, "arah");
    const j = perBaris(jenis, n, "jenis");
    const b = perBaris(batas, n, "batas");
    return tiapBaris(n, (i) => {
      const je = jenisIndikator(j(i));
      const real = realisasiSampai(r[i].map(angkaAtauKosong), je, q);
      const tgt = triwulan === undefined ? targetSampai(t[i][0] as number, undefined, je) : targetSampai(null, t[i].map(angkaAtauKosong), je, triwulan);
      return capaianSakip(real, tgt, arahSakip(a(i)), angkaAtauKosong(b(i)));
    });
  });
}

/** Skala dari argumen: kosong = Permendagri 86/2017; teks = id; rentang 2 kolom (batas bawah, kategori), baris terakhir boleh tanpa batas. */
function bacaSkala(x: any): string | SkalaKategori | null {
  if (x === undefined || x === null) return null;
  const r: Rentang = keRentang(x, "skala");
  if (r.length === 1 && r[0].length === 1) return kosong(r[0][0]) ? null : String(r[0][0]);
  if (r[0].length !== 2) throw galatExcel("NILAI", "skala harus teks (permendagri86, baik-kurang) atau rentang dua kolom: batas bawah (persen), kategori");
  return {
    id: "rentang",
    nama: "skala dari rentang",
    sumber: "rentang lembar kerja",
    verifikasi: "proyek",
    pita: r.map((b, i) => {
      if (kosong(b[1])) throw galatExcel("NA", `skala baris ${i + 1}: kategori kosong`);
      if (kosong(b[0]) && i < r.length - 1) throw galatExcel("NA", `skala baris ${i + 1}: batas bawah kosong (hanya baris terakhir boleh tanpa batas)`);
      if (!kosong(b[0]) && typeof b[0] !== "number") throw galatExcel("NILAI", `skala baris ${i + 1}: batas bawah bukan angka`);
      return { min: kosong(b[0]) ? null : (b[0] as number), kategori: String(b[1]), tercetak: "" };
    }),
  };
}

/**
 * Kategori capaian (persen) pada skala: bawaan Permendagri 86/2017 (≥ 91 Sangat Tinggi, 76–90 Tinggi, 66–75
 * Sedang, 51–65 Rendah, ≤ 50 Sangat Rendah); "baik-kurang" = nama Sangat Baik … Sangat Kurang; atau rentang
 * dua kolom (batas bawah menurun, kategori). Nilai tepat di batas masuk pita yang tercetak untuknya (dibandingkan
 * setelah dibulatkan 9 desimal). Capaian kosong memberi #N/A; skala yang batasnya tidak menurun #NUM!.
 * @customfunction SAKIP.KATEGORI SAKIP.KATEGORI
 * @param capaian Capaian dalam persen, satu sel atau rentang.
 * @param [skala] "permendagri86" (bawaan), "baik-kurang", atau rentang dua kolom: batas bawah, kategori.
 * @returns Kategori tiap capaian.
 */
export function sakipKategori(capaian: any[][], skala?: any): string[][] {
  return jalankan(() => {
    const s = bacaSkala(skala);
    return perSel([{ nilai: capaian, nama: "capaian" }], (x) => kategoriSakip(x[0] as number, s));
  });
}

/**
 * Serapan anggaran dalam persen: realisasi / pagu × 100. Satu baris realisasi = satu program, kolom = triwulan
 * (dijumlah; triwulan kosong dilewati, semua kosong #N/A). Pagu satu kolom. Pagu 0 memberi #DIV/0!, angka negatif #NUM!.
 * @customfunction SAKIP.SERAPAN SAKIP.SERAPAN
 * @param realisasi Realisasi anggaran: satu baris per program, satu kolom per triwulan (atau satu kolom jumlah).
 * @param pagu Pagu tiap program, satu kolom.
 * @returns Serapan tiap program (persen), satu kolom.
 */
export function sakipSerapan(realisasi: any[][], pagu: any[][]): number[][] {
  return jalankan(() => {
    const r = keRentang(realisasi, "realisasi");
    const p = perBaris(pagu, r.length, "pagu");
    return tiapBaris(r.length, (i) => serapan(realisasiSampai(r[i].map(angkaAtauKosong), "kumulatif", r[i].length), p(i) as number));
  });
}

/**
 * Efisiensi: "selisih" (bawaan) = capaian − serapan (poin persen; ≥ 0 efisien); "rasio" = capaian ÷ serapan
 * (≥ 1 efisien). Capaian dan serapan dalam persen, satu sel atau rentang berbentuk sama. Serapan 0 dengan
 * "rasio" memberi #DIV/0!, serapan negatif #NUM!, cara lain #N/A.
 * @customfunction SAKIP.EFISIENSI SAKIP.EFISIENSI
 * @param capaian Capaian kinerja (persen).
 * @param serapan Serapan anggaran (persen).
 * @param [cara] "selisih" (bawaan) atau "rasio".
 * @returns Efisiensi tiap pasangan.
 */
export function sakipEfisiensi(capaian: any[][], serapan: any[][], cara?: any): number[][] {
  return jalankan(() =>
    perSel(
      [
        { nilai: capaian, nama: "capaian" },
        { nilai: serapan, nama: "serapan" },
        { nilai: cara ?? null, nama: "cara" },
      ],
      (s) => efisiensi(s[0] as number, s[1] as number, kosong(s[2]) ? undefined : String(s[2])),
    ),
  );
}

/**
 * Nilai satu sub-komponen LKE (PermenPAN-RB 88/2021): rata-rata nilai jawaban kriterianya × bobot. Jawaban Y = 1,
 * T = 0, A = 1, B = 0,75, C = 0,5, D = 0,25, E = 0, atau angka 0–1. Jawaban kosong memberi #N/A, huruf lain #VALUE!, angka di luar 0–1 atau bobot negatif #NUM!.
 * @customfunction SAKIP.LKE SAKIP.LKE
 * @param jawaban Jawaban kriteria sub-komponen (rentang).
 * @param [bobot] Bobot sub-komponen, mis. 6 untuk Keberadaan Perencanaan Kinerja. Kosong = 1.
 * @returns Nilai sub-komponen.
 */
export function sakipLke(jawaban: any[][], bobot?: any): number {
  return jalankan(() => {
    const r = keRentang(jawaban, "jawaban");
    const b = bobot === undefined || bobot === null ? 1 : keRentang(bobot, "bobot")[0][0];
    const semua: Sel[] = [];
    for (const baris of r) for (const x of baris) semua.push(x);
    return nilaiSubKomponenLke(semua, kosong(b) ? 1 : (b as number));
  });
}

/**
 * Predikat nilai AKIP: AA > 90–100, A > 80–90, BB > 70–80, B > 60–70, CC > 50–60, C > 30–50, D 0–30 (nilai
 * tepat di batas masuk pita yang tercetak untuknya: 90 → A, 30 → D). Nilai di luar 0–100 memberi #NUM!.
 * @customfunction SAKIP.PREDIKAT SAKIP.PREDIKAT
 * @param nilai Nilai AKIP 0–100, satu sel atau rentang.
 * @returns Predikat tiap nilai.
 */
export function sakipPredikat(nilai: any[][]): string[][] {
  return jalankan(() => perSel([{ nilai, nama: "nilai" }], (s) => predikatLke(s[0] as number)));
}
