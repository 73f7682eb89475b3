/* eslint-disable @typescript-eslint/no-explicit-any -- Excel mengirim rentang campuran (angka, teks, kosong); tipenya diperiksa di sini */
/**
 * Fungsi kustom Pola LAN 1998 (seed 004). Pembungkus tipis: rentang 2-D masuk, inti dipanggil,
 * rentang 2-D atau galat Excel keluar.
 */
import * as lan from "../core/lan";
import { SKOR_IDEAL_LAN } from "../frameworks/lan1998";
import { adalahPolaTipe } from "../frameworks/lan1998-instrumen";
import { jumlahKaliRentang } from "./cepat";
import { angkaOpsional, cepatAtau, galatExcel, jalankan, keRentang, kosong, teksOpsional } from "./excel";

/**
 * Proporsi tiap nilai terhadap jumlah seluruhnya (nilai / jumlah), dalam bentuk rentang yang sama.
 * Sel kosong ditolak dengan #N/A; teks dengan #VALUE!; nilai negatif dengan #NUM!; jumlah nol dengan #DIV/0!.
 * @customfunction LAN.PROPORSI LAN.PROPORSI
 * @param nilai Rentang nilai, mis. total ke-17 variabel atau total indikator satu variabel.
 * @returns Proporsi tiap nilai (jumlahnya 1).
 */
export function lanProporsi(nilai: any[][]): number[][] {
  return jalankan(() => lan.proporsiMatriks(keRentang(nilai, "nilai")));
}

/**
 * Bobot Variabel = Proporsi Variabel × Skor Ideal (Bab III), dalam bentuk rentang yang sama.
 * Sel kosong ditolak (#N/A): total variabel yang belum ada tidak boleh dianggap nol.
 * Total negatif atau skor_ideal ≤ 0 memberi #NUM!; jumlah total 0 memberi #DIV/0!.
 * @customfunction LAN.BOBOT LAN.BOBOT
 * @param total_variabel Rentang total tiap variabel (Lampiran 5–7: kolom Total Variabel).
 * @param [skor_ideal] Skor Ideal; bawaan 20.000 seperti naskah LAN (atau LAN.SKORIDEAL(89;10;23) = 20.470).
 * @returns Bobot tiap variabel (jumlahnya Skor Ideal).
 */
export function lanBobot(total_variabel: any[][], skor_ideal?: number): number[][] {
  return jalankan(() => {
    const s = angkaOpsional(skor_ideal, SKOR_IDEAL_LAN, "skor_ideal");
    return lan.bobotVariabelMatriks(keRentang(total_variabel, "total variabel"), s);
  });
}

/**
 * Bobot Indikator = Proporsi Indikator × Bobot Variabel (Tabel 4.11–4.13). Nilai indikator boleh berupa
 * total (dibagi jumlahnya) atau proporsi yang jumlahnya 1 (dipakai apa adanya).
 * Nilai indikator atau bobot_variabel negatif memberi #NUM!; jumlah nilai indikator 0 memberi #DIV/0!.
 * @customfunction LAN.BOBOTINDIKATOR LAN.BOBOTINDIKATOR
 * @param nilai_indikator Rentang total atau proporsi indikator dari satu variabel.
 * @param bobot_variabel Bobot Variabel dari variabel tersebut.
 * @returns Bobot tiap indikator (jumlahnya Bobot Variabel).
 */
export function lanBobotIndikator(nilai_indikator: any[][], bobot_variabel: number): number[][] {
  return jalankan(() => {
    const b = angkaOpsional(bobot_variabel, NaN, "bobot_variabel");
    if (Number.isNaN(b)) throw galatExcel("NA", "bobot_variabel kosong");
    return lan.bobotIndikatorMatriks(keRentang(nilai_indikator, "nilai indikator"), b);
  });
}

/**
 * Skor Ideal = jumlah indikator × jumlah alternatif jawaban × jumlah unit (Bab III: 89 × 10 × 23 = 20.470).
 * Faktor yang bukan bilangan bulat ≥ 1 memberi #NUM!.
 * @customfunction LAN.SKORIDEAL LAN.SKORIDEAL
 * @param jumlah_indikator Banyaknya indikator (bilangan bulat ≥ 1).
 * @param jumlah_alternatif Banyaknya alternatif jawaban (bilangan bulat ≥ 1).
 * @param jumlah_unit Banyaknya unit/dinas yang dinilai (bilangan bulat ≥ 1).
 * @returns Skor Ideal.
 */
export function lanSkorIdeal(jumlah_indikator: number, jumlah_alternatif: number, jumlah_unit: number): number {
  return jalankan(() => lan.skorIdeal(jumlah_indikator, jumlah_alternatif, jumlah_unit));
}

/**
 * Nilai tertimbang satu unit dengan instrumen Tabel 4.14: Σ (skor / skala_maks) × bobot. Skor kosong
 * ditolak (#N/A: indikator belum dinilai); skor di luar 1–skala_maks memberi #NUM!.
 * @customfunction LAN.NILAI LAN.NILAI
 * @param skor Rentang skor tiap indikator (1–skala_maks).
 * @param bobot Rentang Bobot Indikator, sama banyak dengan skor.
 * @param [skala_maks] Skor tertinggi skala; bawaan 10 (10 alternatif jawaban).
 * @returns Nilai unit pada skala Skor Ideal (maksimum = jumlah bobot).
 */
export function lanNilai(skor: any[][], bobot: any[][], skala_maks?: number): number {
  return cepatAtau(
    () => nilaiInstrumenCepat(skor, bobot, angkaOpsional(skala_maks, 10, "skala_maks")),
    () => {
      const maks = angkaOpsional(skala_maks, 10, "skala_maks");
      return lan.nilaiInstrumenMatriks(keRentang(skor, "skor"), keRentang(bobot, "bobot"), maks);
    },
  );
}

/**
 * Jalur cepat LAN.NILAI: Σ (skor / skala_maks) × bobot dalam satu lintasan atas dua argumen mentah berbentuk
 * sama (`jumlahKaliRentang`), dengan pemeriksaan skala dan aturan nilai unit inti (`pastikanSkalaMaks`,
 * `nilaiUnitDariJumlah`).
 * @returns undefined (atau galat inti) bila skala, bentuk atau satu sel tidak biasa: `cepatAtau` lalu menjalankan jalur lengkap
 */
export function nilaiInstrumenCepat(skor: unknown, bobot: unknown, skalaMaks = 10, skalaMin = 1): number | undefined {
  lan.pastikanSkalaMaks(skalaMaks);
  const j = jumlahKaliRentang(skor, bobot, skalaMaks, skalaMin, skalaMaks);
  return j && lan.nilaiUnitDariJumlah(j.jumlahKali);
}

/**
 * Kategori kinerja (Instrumen Alternatif II): >850–1000 Amat baik, >700–850 Baik, 600–700 Cukup, <600 Kurang.
 * Diputuskan atas nilai skala 1000 dibulatkan 9 desimal: 700,0000000000003 (semua skor 7) = 700 = Cukup.
 * Nilai di luar 0–1000 (setelah diubah ke skala 1000) atau skor_ideal ≤ 0 memberi #NUM!.
 * @customfunction LAN.KATEGORI LAN.KATEGORI
 * @param nilai Nilai unit pada skala 1000, atau pada skala Skor Ideal bila skor_ideal diisi.
 * @param [skor_ideal] Bila diisi, nilai diubah dulu ke skala 1000: nilai / skor_ideal × 1000.
 * @returns "Amat baik", "Baik", "Cukup" atau "Kurang".
 */
export function lanKategori(nilai: number, skor_ideal?: number): string {
  return jalankan(() => {
    if (kosong(nilai as any)) throw galatExcel("NA", "nilai kosong");
    const v = angkaOpsional(nilai, NaN, "nilai");
    const s = angkaOpsional(skor_ideal, NaN, "skor_ideal");
    return lan.kategoriLan(Number.isNaN(s) ? v : lan.keSkala1000(v, s));
  });
}

declare const __webpack_require__: unknown;

/**
 * Modul angka tercetak LAN (core/lan-kerangka.ts). Di add-in (bundel webpack) potongan sendiri yang dimuat
 * saat LAN.KERANGKA pertama kali dihitung, agar functions.js tetap kecil; di Node (CLI, Jest, tolok ukur)
 * modul biasa. `typeof __webpack_require__` dievaluasi webpack saat build, jadi cabang `require` tidak
 * pernah masuk bundel dan cabang `import()` tidak pernah dijalankan di Node.
 */
async function muatKerangka(): Promise<typeof import("../core/lan-kerangka.js")> {
  if (typeof __webpack_require__ === "function")
    return import(/* webpackChunkName: "lan-kerangka" */ "../core/lan-kerangka.js");
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- Node: import() asli tidak tersedia di Jest tanpa --experimental-vm-modules
  return require("../core/lan-kerangka");
}

const KOLOM_KERANGKA = [
  "Variabel",
  "Nama variabel",
  "Indikator",
  "Nama indikator",
  "Proporsi indikator",
  "Bobot indikator",
  "Bobot variabel",
] as const;

/**
 * Kerangka Pola LAN 1998 untuk tipe dinas I, II atau III: 89 baris indikator dengan variabelnya,
 * Proporsi dan Bobot Indikator tercetak (Tabel 4.11–4.13) dan Bobot Variabel tercetak (Lampiran 5–7).
 * "II+III": pola kedua (Kesimpulan 6), dihitung dari total tipe II dan III yang digabung.
 * @customfunction LAN.KERANGKA LAN.KERANGKA
 * @param tipe Tipe dinas: "I", "II" atau "III" (atau 1, 2, 3), atau "II+III" untuk pola kedua.
 * @param [kolom] Satu kolom saja tanpa judul: nomor 1–7 atau namanya (Variabel, Nama variabel, Indikator, Nama
 * indikator, Proporsi indikator, Bobot indikator, Bobot variabel).
 * @returns Tabel kerangka dengan baris judul (atau satu kolom bila kolom diisi).
 */
export async function lanKerangka(tipe: any, kolom?: any): Promise<any[][]> {
  const tp = jalankan(() => {
    const t =
      typeof tipe === "number"
        ? (["I", "II", "III"][tipe - 1] ?? String(tipe))
        : String(tipe ?? "")
            .trim()
            .toUpperCase();
    const p = t.replace(/\s/g, "") === "II+III" || t.replace(/\s/g, "") === "2+3" ? "II+III" : t;
    if (!adalahPolaTipe(p)) throw galatExcel("NA", `tipe dinas "${tipe}" tidak dikenal (I, II, III atau II+III)`);
    return p;
  });
  const data = await muatKerangka();
  return jalankan(() => {
    const baris = data.barisKerangkaLan(tp);
    if (kosong(kolom)) return [[...KOLOM_KERANGKA], ...baris];
    const k =
      typeof kolom === "number"
        ? kolom - 1
        : KOLOM_KERANGKA.findIndex((n) => n.toLowerCase() === teksOpsional(kolom, "").toLowerCase());
    if (!Number.isInteger(k) || k < 0 || k >= KOLOM_KERANGKA.length)
      throw galatExcel("NA", `kolom "${kolom}" tidak dikenal (1–7)`);
    return baris.map((b) => [b[k]]);
  });
}
