/* eslint-disable @typescript-eslint/no-explicit-any -- Excel mengirim rentang campuran (angka, teks, kosong); tipenya diperiksa di inti */
/**
 * Fungsi kustom Balanced Scorecard (seed 000). Pembungkus tipis: rentang 2-D masuk, inti dipanggil
 * per sel, rentang 2-D atau galat Excel keluar. Tanpa aritmetika.
 *
 * Aturan bentuk untuk fungsi "per sel" (BSC.CAPAIAN, BSC.STATUS, KINERJA.*): setiap argumen boleh satu
 * sel atau rentang; semua rentang yang lebih dari satu sel harus berbentuk sama (baris × kolom), dan
 * argumen satu sel dipakai untuk setiap posisi. Hasilnya "spill" dengan bentuk itu. Satu sel yang
 * gagal menggagalkan seluruh hasil, dengan pesan yang menyebut baris dan kolomnya.
 */
import * as bsc from "../core/bsc";
import { AMBANG_STATUS_BSC } from "../frameworks/bsc";
import { RASIO, jumlahKaliRentang, pitaCepat, pitaRentang, rasioRentang } from "./cepat";
import { angkaOpsional, cepatAtau, galatExcel, keRentang, kosong, perSel } from "./excel";

/**
 * Capaian indikator terhadap target. Arah "naik" (makin besar makin baik): realisasi / target. Arah
 * "turun" (makin kecil makin baik): (2 × target − realisasi) / target; "turun-rasio": target / realisasi
 * (rasio sebagian aplikasi SAKIP). Hasil berupa rasio (1 = 100%).
 * Realisasi dan target boleh satu sel atau rentang berbentuk sama (hasilnya spill). Sel kosong pada
 * realisasi atau target memberi #N/A (data belum ada, tidak dianggap nol); sel kosong pada arah berarti
 * "naik", pada batas berarti tanpa batas. Target 0 memberi #DIV/0!, angka negatif #NUM!, arah lain #N/A.
 * @customfunction BSC.CAPAIAN BSC.CAPAIAN
 * @param realisasi Realisasi indikator (satu sel atau rentang).
 * @param target Target indikator (satu sel atau rentang berbentuk sama dengan realisasi).
 * @param [arah] "naik" (bawaan), "turun" atau "turun-rasio"; satu sel untuk semua atau rentang berbentuk sama. Kosong = "naik".
 * @param [batas] Batas atas capaian, mis. 1,2 untuk 120%; satu sel atau rentang. Kosong = tanpa batas.
 * @param [lantai] Batas bawah capaian, mis. 0 agar arah "turun" tidak negatif; satu sel atau rentang. Kosong = tanpa lantai.
 * @returns Capaian tiap indikator (rasio), dalam bentuk rentang masukan.
 */
export function bscCapaian(
  realisasi: any[][],
  target: any[][],
  arah?: any[][],
  batas?: any[][],
  lantai?: any[][],
): number[][] {
  // jalur cepat: arah naik tanpa batas dan lantai (argumen opsional tidak diisi), rentang berbentuk sama
  const polos = (arah ?? null) === null && (batas ?? null) === null && (lantai ?? null) === null;
  return cepatAtau(
    () => (polos ? rasioRentang(realisasi, target, RASIO.bagi) : undefined),
    () =>
      perSel(
        [
          { nilai: realisasi, nama: "realisasi" },
          { nilai: target, nama: "target" },
          { nilai: arah ?? null, nama: "arah" },
          { nilai: batas ?? null, nama: "batas" },
          { nilai: lantai ?? null, nama: "lantai" },
        ],
        (s) =>
          bsc.capaian(
            s[0] as number,
            s[1] as number,
            kosong(s[2]) ? "naik" : String(s[2]),
            kosong(s[3]) ? undefined : (s[3] as number),
            kosong(s[4]) ? undefined : (s[4] as number),
          ),
      ),
  );
}

/**
 * Skor tertimbang: Σ nilai × bobot / Σ bobot (SUMPRODUCT dengan bobot dinormalkan, sehingga bobot boleh
 * persen, pecahan atau angka relatif). Nilai dan bobot harus rentang berbentuk sama (#VALUE! bila tidak).
 * Sel kosong di nilai atau bobot memberi #N/A: indikator yang belum diukur tidak boleh diam-diam
 * dianggap nol atau dibuang. Bobot negatif memberi #NUM!, jumlah bobot 0 memberi #DIV/0!.
 * @customfunction BSC.SCORE BSC.SCORE
 * @param nilai Rentang nilai (mis. capaian tiap indikator atau skor tiap perspektif).
 * @param bobot Rentang bobot, berbentuk sama dengan nilai.
 * @returns Skor tertimbang.
 */
export function bscScore(nilai: any[][], bobot: any[][]): number {
  return cepatAtau(
    () => skorCepat(nilai, bobot),
    () => {
      const n = keRentang(nilai, "nilai");
      const b = keRentang(bobot, "bobot");
      if (n.length !== b.length || n[0].length !== b[0].length) {
        throw galatExcel(
          "NILAI",
          `bentuk nilai (${n.length}×${n[0].length}) tidak sama dengan bobot (${b.length}×${b[0].length})`,
        );
      }
      return bsc.skorMatriks(n, b);
    },
  );
}

/**
 * Jalur cepat BSC.SCORE: Σ nilai × bobot dan Σ bobot dalam satu lintasan atas dua argumen mentah berbentuk
 * sama (`jumlahKaliRentang`), skor dengan aturan inti yang sama (`skorDariJumlah`).
 * @returns undefined (atau galat inti) bila bentuk atau satu sel tidak biasa: `cepatAtau` lalu menjalankan jalur lengkap
 */
export function skorCepat(nilai: unknown, bobot: unknown): number | undefined {
  const j = jumlahKaliRentang(nilai, bobot, 0, -Infinity, Infinity);
  return j && bsc.skorDariJumlah(j.jumlahKali, j.jumlahB);
}

/**
 * Status warna capaian: "Hijau" bila capaian ≥ ambang_hijau; "Kuning" bila ambang_kuning ≤ capaian <
 * ambang_hijau; "Merah" bila capaian < ambang_kuning. Bawaan 1 dan 0,8 (100% dan 80%). Capaian boleh satu
 * sel atau rentang (hasilnya spill). Sel capaian kosong memberi #N/A; ambang yang dikosongkan memakai
 * nilai bawaan. Ambang kuning di atas ambang hijau memberi #NUM!. Capaian dibandingkan setelah dibulatkan
 * 9 desimal: 0,7999999999999999 = 0,8 = Kuning.
 * @customfunction BSC.STATUS BSC.STATUS
 * @param capaian Capaian (rasio, 1 = 100%), satu sel atau rentang.
 * @param [ambang_hijau] Capaian terendah yang masih Hijau; bawaan 1. Kosong = bawaan.
 * @param [ambang_kuning] Capaian terendah yang masih Kuning; bawaan 0,8. Kosong = bawaan.
 * @returns "Hijau", "Kuning" atau "Merah" untuk tiap capaian.
 */
export function bscStatus(capaian: any[][], ambang_hijau?: any, ambang_kuning?: any): string[][] {
  const ambang = (): [number, number] => [
    angkaOpsional(ambang_hijau, AMBANG_STATUS_BSC.hijau, "ambang_hijau"),
    angkaOpsional(ambang_kuning, AMBANG_STATUS_BSC.kuning, "ambang_kuning"),
  ];
  return cepatAtau(
    () => {
      // pita sebagai data (./cepat.ts): Hijau bila ≥ h, Kuning bila ≥ k, selain itu Merah
      const [h, k] = ambang();
      const pita = pitaCepat(
        [
          { label: "Hijau", palingSedikit: h },
          { label: "Kuning", palingSedikit: k },
        ],
        "Merah",
      );
      return k <= h ? pitaRentang(capaian, -Infinity, Infinity, 1, 1, pita) : undefined;
    },
    () => {
      const [h, k] = ambang();
      return perSel([{ nilai: capaian, nama: "capaian" }], (s) => bsc.status(s[0] as number, h, k));
    },
  );
}
