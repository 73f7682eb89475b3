/* eslint-disable @typescript-eslint/no-explicit-any -- Excel mengirim rentang campuran; tipenya diperiksa di sini dan di inti */
/**
 * Fungsi kustom kepekaan bobot (issue 15): untuk metode tertimbang mana pun (LAN, PEKPPP, SKM, pegawai,
 * BSC). Skor sudah pada skala yang dibaca pita: lan 0–1000 per variabel, pekppp 0–5 per aspek,
 * skm2017/skm2004 NRR 1–4 per unsur (pita membaca × 25), pp46 0–100 per aspek.
 */
import type { MasukanKepekaan } from "../core/kepekaan";
import { angkaOpsional, daftarAngka, jalankan, keRentang, teksOpsional, tidakDiisi } from "./excel";

type Kepekaan = typeof import("../core/kepekaan.js");
declare const __webpack_require__: unknown;

/**
 * Inti kepekaan (core/kepekaan.ts, ±7 KB setelah minifikasi). Di add-in (bundel webpack) potongan sendiri
 * yang dimuat saat BOBOT.* pertama kali dihitung, agar functions.js tetap kecil (issue 17); di Node (CLI,
 * Jest, tolok ukur) modul biasa. `typeof __webpack_require__` dievaluasi webpack saat build (lihat
 * `muatKerangka` di lan.ts).
 */
async function muatKepekaan(): Promise<Kepekaan> {
  if (typeof __webpack_require__ === "function")
    return import(/* webpackChunkName: "kepekaan" */ "../core/kepekaan.js");
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- Node: import() asli tidak tersedia di Jest tanpa --experimental-vm-modules
  return require("../core/kepekaan");
}

function masukan(k: Kepekaan, nilai: any, bobot: any, pita: any): MasukanKepekaan {
  const r = keRentang(nilai, "nilai");
  const p = tidakDiisi(pita) ? null : k.bacaPita(teksOpsional(Array.isArray(pita) ? pita[0]?.[0] : pita, ""));
  return {
    nilai: r.map((baris, i) => daftarAngka([baris], `nilai unit ke-${i + 1}`)),
    bobot: daftarAngka(keRentang(bobot, "bobot"), "bobot"),
    pita: p,
  };
}

/**
 * Selang tepat satu bobot sekali jalan: bobot k diganti t (0–1), bobot lain diskalakan agar jumlahnya 1.
 * Satu baris per bobot: bobot dinormalkan, rentang yang menjaga seluruh peringkat (dari, sampai) dan
 * rentang yang menjaga kategori setiap unit (dari, sampai; kosong tanpa pita). Bobot dinormalkan.
 * Bobot negatif atau skor di luar skala pita memberi #NUM!; jumlah bobot nol memberi #DIV/0!.
 * @customfunction BOBOT.RENTANG BOBOT.RENTANG
 * @param nilai Skor: baris unit × kolom kriteria (skala yang dibaca pita).
 * @param bobot Bobot kriteria, satu baris atau kolom sejajar dengan kolom nilai.
 * @param [pita] "lan", "pekppp", "skm2017", "skm2004" atau "pp46". Kosong = hanya peringkat.
 * @returns Tabel (jumlah bobot) × 5: bobot, peringkat dari, peringkat sampai, kategori dari, kategori sampai.
 */
export async function bobotRentang(nilai: any[][], bobot: any[][], pita?: any): Promise<any[][]> {
  const k = await muatKepekaan();
  return jalankan(() =>
    k
      .rentangBobot(masukan(k, nilai, bobot, pita))
      .kriteria.map((k) => [
        k.bobot,
        k.rentangPeringkat[0],
        k.rentangPeringkat[1],
        k.rentangKategori?.[0] ?? "",
        k.rentangKategori?.[1] ?? "",
      ]),
  );
}

/**
 * Semua bobot sekaligus: bobot ditarik dari sebaran Dirichlet berpusat pada bobot yang diberikan
 * (konsentrasi 100), dengan benih tetap sehingga hasilnya dapat diulang. Satu baris per unit: skor,
 * kategori, peluang tetap pada kategori itu, peringkat, median peringkat, selang 90 % peringkat.
 * Bobot negatif, skor di luar skala pita, atau sampel di luar 1–1.000.000 memberi #NUM!; jumlah bobot nol
 * memberi #DIV/0!.
 * @customfunction BOBOT.STABILITAS BOBOT.STABILITAS
 * @param nilai Skor: baris unit × kolom kriteria (skala yang dibaca pita).
 * @param bobot Bobot kriteria, satu baris atau kolom sejajar dengan kolom nilai.
 * @param [pita] "lan", "pekppp", "skm2017", "skm2004" atau "pp46". Kosong = hanya peringkat.
 * @param [sampel] Banyak tarikan (bawaan 10000, paling banyak 1000000).
 * @param [benih] Benih generator acak (bilangan bulat, bawaan 1).
 * @returns Tabel (jumlah unit) × 7: skor, kategori, peluang kategori, peringkat, median, selang 90 % bawah, atas.
 */
export async function bobotStabilitas(
  nilai: any[][],
  bobot: any[][],
  pita?: any,
  sampel?: any,
  benih?: any,
): Promise<any[][]> {
  const k = await muatKepekaan();
  return jalankan(() => {
    const m = masukan(k, nilai, bobot, pita);
    const r = k.rentangBobot(m);
    const s = k.stabilitasBobot(m, {
      sampel: angkaOpsional(sampel, 10000, "sampel"),
      benih: angkaOpsional(benih, 1, "benih"),
    });
    return r.unit.map((u, i) => [
      u.skor,
      u.kategori ?? "",
      u.kategori && s.peluangKategori ? s.peluangKategori[i][u.kategori] : "",
      u.peringkat,
      s.peringkatMedian[i],
      s.peringkatInterval90[i][0],
      s.peringkatInterval90[i][1],
    ]);
  });
}
