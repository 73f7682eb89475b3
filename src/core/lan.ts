/**
 * Inti perhitungan Pola LAN 1998 (Bab III). Fungsi murni, tanpa Office, tanpa pembulatan.
 *
 * Rumus Bab III (seed 004):
 * - Proporsi Variabel  = Σ V_j / Σ V                (total variabel j / total seluruh variabel)
 * - Bobot Variabel     = Proporsi Variabel × Skor Ideal
 * - Proporsi Indikator = Σ I_i / Σ V_j(i)           (total indikator i / total variabelnya; tiap blok
 *                                                     variabel berjumlah 1, sebagaimana Tabel 4.11–4.13)
 * - Bobot Indikator    = Proporsi Indikator × Bobot Variabel
 * - Proporsi Dinas     = Σ D_jk / Σ V_j             (total unit k pada variabel j / total variabel j)
 * - Bobot Dinas        = Proporsi Dinas × Bobot Variabel
 * - Skor Ideal         = Σ indikator × Σ alternatif jawaban × Σ dinas (89 × 10 × 23 = 20.470 ≈ 20.000)
 */
import {
  galatAngka,
  galatBagiNol,
  galatNA,
  galatNilai,
  pastikanAngka,
  pastikanTerhingga,
  angkaTunggal,
} from "./errors";
import { bulatPita } from "./pita";
import { bagiSel, jumlahKali, jumlahSel, type Matriks } from "./matriks";
import { PITA_KATEGORI_LAN, SKALA_NILAI_LAN_MAKS, SKOR_IDEAL_LAN, type KategoriLan } from "../frameworks/lan1998";

/** Jumlah sebuah daftar angka (penjumlahan biasa, tanpa pembulatan). */
export function jumlah(nilai: readonly number[]): number {
  let s = 0;
  for (const x of nilai) s += x;
  return s;
}

/**
 * Proporsi tiap nilai terhadap jumlahnya: x_i / Σ x.
 * @throws #N/A bila kosong, #VALUE! bila bukan angka, #NUM! bila ada yang negatif, #DIV/0! bila jumlahnya nol.
 */
export function proporsi(nilai: readonly number[], nama = "nilai"): number[] {
  return proporsiMatriks([nilai], nama)[0];
}

/** `proporsi` atas rentang 2-D dalam bentuk yang sama (dikali `faktor`, mis. Skor Ideal): satu lintasan memeriksa dan menjumlah, satu lintasan menulis. */
export function proporsiMatriks(nilai: Matriks, nama = "nilai", faktor = 1): number[][] {
  const total = pastikanTerhingga(jumlahSel(nilai, nama, true), `jumlah ${nama}`);
  if (total === 0) throw galatBagiNol(`jumlah ${nama} nol, proporsi tidak terdefinisi`);
  return bagiSel(nilai, total, faktor);
}

/** Skor Ideal = jumlah indikator × jumlah alternatif jawaban × jumlah unit (Bab III: 89 × 10 × 23 = 20.470). */
export function skorIdeal(jumlahIndikator: number, jumlahAlternatif: number, jumlahUnit: number): number {
  const [a, b, c] = pastikanAngka([jumlahIndikator, jumlahAlternatif, jumlahUnit], "faktor Skor Ideal");
  for (const [v, nama] of [
    [a, "jumlah indikator"],
    [b, "jumlah alternatif jawaban"],
    [c, "jumlah unit"],
  ] as const) {
    if (!Number.isInteger(v) || v < 1) throw galatAngka(`${nama} harus bilangan bulat ≥ 1 (${v})`);
  }
  return pastikanTerhingga(a * b * c, "Skor Ideal");
}

function pastikanSkorIdeal(s: number): number {
  if (typeof s !== "number" || !Number.isFinite(s)) throw galatNilai("Skor Ideal bukan angka");
  if (s <= 0) throw galatAngka(`Skor Ideal harus positif (${s})`);
  return s;
}

/** Bobot Variabel = Proporsi Variabel × Skor Ideal (bawaan 20.000, seperti Lampiran 5–7). */
export function bobotVariabel(totalVariabel: readonly number[], skorIdealDipakai: number = SKOR_IDEAL_LAN): number[] {
  const s = pastikanSkorIdeal(skorIdealDipakai);
  return proporsiMatriks([totalVariabel], "total variabel", s)[0];
}

/** Bobot Variabel atas rentang 2-D, dalam bentuk yang sama (fungsi LAN.BOBOT). */
export function bobotVariabelMatriks(totalVariabel: Matriks, skorIdealDipakai: number = SKOR_IDEAL_LAN): number[][] {
  return proporsiMatriks(totalVariabel, "total variabel", pastikanSkorIdeal(skorIdealDipakai));
}

/**
 * Bobot Indikator dari nilai indikator (total atau proporsi, lihat `proporsiIndikatorDariNilai`) atas
 * rentang 2-D, dalam bentuk yang sama (fungsi LAN.BOBOTINDIKATOR).
 */
export function bobotIndikatorMatriks(nilaiIndikator: Matriks, bobotVariabelnya: number): number[][] {
  const b = angkaTunggal(bobotVariabelnya, "bobot variabel", true);
  return bagiSel(nilaiIndikator, pembagiIndikator(jumlahSel(nilaiIndikator, "nilai indikator", true)), b);
}

/**
 * Pembagi nilai indikator menjadi proporsi dari jumlahnya: 1 bila nilainya sudah proporsi (jumlah 1 dalam
 * toleransi 1e-6), selain itu jumlah itu (lihat `proporsiIndikatorDariNilai`).
 * @throws #NUM! jumlah tidak terhingga; #DIV/0! jumlah nol
 */
function pembagiIndikator(jumlahNilai: number): number {
  const total = pastikanTerhingga(jumlahNilai, "jumlah nilai indikator");
  if (total === 0) throw galatBagiNol("jumlah nilai indikator nol, proporsi tidak terdefinisi");
  return Math.abs(total - 1) <= 1e-6 ? 1 : total;
}

/** Bobot Indikator = Proporsi Indikator × Bobot Variabel (Tabel 4.11–4.13). */
export function bobotIndikator(proporsiIndikator: readonly number[], bobotVariabelnya: number): number[] {
  const p = pastikanAngka(proporsiIndikator, "proporsi indikator", true);
  const b = angkaTunggal(bobotVariabelnya, "bobot variabel", true);
  return pastikanTerhingga(
    p.map((x) => x * b),
    "Bobot Indikator",
  );
}

/**
 * Nilai indikator (total atau proporsi) → proporsi dalam variabelnya. Bila nilainya sudah proporsi
 * (jumlahnya 1 dalam toleransi 1e-6, seperti Tabel 4.11–4.13 yang tercetak 9 desimal), dipakai apa
 * adanya agar Bobot Indikator sama dengan rumus Bab III atas angka tercetak; selain itu dibagi jumlahnya.
 */
export function proporsiIndikatorDariNilai(nilaiIndikator: readonly number[]): number[] {
  const x = pastikanAngka(nilaiIndikator, "nilai indikator", true);
  const pembagi = pembagiIndikator(jumlah(x));
  return pembagi === 1 ? x : x.map((v) => v / pembagi);
}

export interface HasilHitungLan {
  skorIdeal: number;
  /** Σ I_i: total tiap indikator atas seluruh unit. */
  totalIndikator: number[];
  /** Σ V_j: total tiap variabel. */
  totalVariabel: number[];
  /** Σ D_jk: total unit k pada variabel j (baris "Jumlah" tiap variabel di tata letak Bab III). */
  totalUnitPerVariabel: number[][];
  /** Σ_j D_jk: total tiap unit atas seluruh indikator. */
  totalUnit: number[];
  /** Σ V: total seluruh pengamatan. */
  totalSeluruh: number;
  proporsiVariabel: number[];
  bobotVariabel: number[];
  proporsiIndikator: number[];
  bobotIndikator: number[];
  /** D_jk / V_j per variabel j dan unit k. */
  proporsiUnitPerVariabel: number[][];
  /** Proporsi dinas × Bobot Variabel, per variabel j dan unit k. */
  bobotUnitPerVariabel: number[][];
  /** Σ_j D_jk / Σ V: bagian unit k dari seluruh pengamatan. */
  proporsiUnit: number[];
  /** Σ_j Bobot Dinas_jk: jumlah bobot unit k atas ke-17 variabel. */
  bobotUnit: number[];
}

/**
 * Perhitungan lengkap Bab III dari matriks skor mentah (baris = indikator, kolom = unit).
 * @param skor matriks indikator × unit (skor jawaban, mis. 1–10)
 * @param variabelTiapIndikator nomor variabel (1..m) tiap baris, dalam blok berurutan atau tidak
 * @param skorIdealDipakai Skor Ideal; bila tidak diberikan dipakai 20.000 (seperti naskah)
 */
export function hitungLan(
  skor: readonly (readonly number[])[],
  variabelTiapIndikator: readonly number[],
  skorIdealDipakai: number = SKOR_IDEAL_LAN,
): HasilHitungLan {
  if (skor.length === 0) throw galatNA("matriks skor kosong");
  if (skor.length !== variabelTiapIndikator.length) {
    throw galatNilai(
      `matriks skor punya ${skor.length} baris indikator, peta variabel ${variabelTiapIndikator.length}`,
    );
  }
  const jumlahUnit = skor[0].length;
  if (jumlahUnit === 0) throw galatNA("matriks skor tidak punya kolom unit");
  const s = pastikanSkorIdeal(skorIdealDipakai);
  const nomorVariabel = [...new Set(variabelTiapIndikator)].sort((a, b) => a - b);
  const indeksVariabel = new Map(nomorVariabel.map((no, j) => [no, j]));

  const totalIndikator: number[] = [];
  const totalUnitPerVariabel = nomorVariabel.map(() => new Array<number>(jumlahUnit).fill(0));
  skor.forEach((baris, i) => {
    if (baris.length !== jumlahUnit)
      throw galatNilai(`baris indikator ke-${i + 1} punya ${baris.length} kolom, seharusnya ${jumlahUnit}`);
    const x = pastikanAngka(baris, `skor indikator ke-${i + 1}`, true);
    totalIndikator.push(jumlah(x));
    const j = indeksVariabel.get(variabelTiapIndikator[i]) as number;
    x.forEach((v, k) => (totalUnitPerVariabel[j][k] += v));
  });
  const totalVariabel = nomorVariabel.map((no) =>
    jumlah(totalIndikator.filter((_, i) => variabelTiapIndikator[i] === no)),
  );
  const totalSeluruh = pastikanTerhingga(jumlah(totalVariabel), "total seluruh pengamatan");
  if (totalSeluruh === 0) throw galatBagiNol("total seluruh pengamatan nol");
  const proporsiVariabel = totalVariabel.map((v) => v / totalSeluruh);
  const bobotVar = pastikanTerhingga(
    proporsiVariabel.map((p) => p * s),
    "Bobot Variabel",
  );
  const proporsiIndikator = totalIndikator.map((t, i) => {
    const j = indeksVariabel.get(variabelTiapIndikator[i]) as number;
    if (totalVariabel[j] === 0)
      throw galatBagiNol(`total variabel ${nomorVariabel[j]} nol, proporsi indikator ke-${i + 1} tidak terdefinisi`);
    return t / totalVariabel[j];
  });
  const bobotInd = proporsiIndikator.map(
    (p, i) => p * bobotVar[indeksVariabel.get(variabelTiapIndikator[i]) as number],
  );
  const proporsiUnitPerVariabel = totalUnitPerVariabel.map((baris, j) =>
    baris.map((d) => (totalVariabel[j] === 0 ? 0 : d / totalVariabel[j])),
  );
  const bobotUnitPerVariabel = proporsiUnitPerVariabel.map((baris, j) => baris.map((p) => p * bobotVar[j]));
  const totalUnit = Array.from({ length: jumlahUnit }, (_, k) => jumlah(totalUnitPerVariabel.map((b) => b[k])));
  return {
    skorIdeal: s,
    totalIndikator,
    totalVariabel,
    totalUnitPerVariabel,
    totalUnit,
    totalSeluruh,
    proporsiVariabel,
    bobotVariabel: bobotVar,
    proporsiIndikator,
    bobotIndikator: bobotInd,
    proporsiUnitPerVariabel,
    bobotUnitPerVariabel,
    proporsiUnit: totalUnit.map((t) => t / totalSeluruh),
    bobotUnit: Array.from({ length: jumlahUnit }, (_, k) => jumlah(bobotUnitPerVariabel.map((b) => b[k]))),
  };
}

/**
 * Peringkat variabel menurut Bobot Variabel, terbesar dulu (Tabel 4.8–4.10). Bobot yang sama
 * mendapat urutan menurut nomor variabel. Mengembalikan indeks (0-based) dalam urutan peringkat.
 */
export function urutanPeringkat(bobot: readonly number[]): number[] {
  pastikanAngka(bobot, "bobot");
  return bobot.map((_, i) => i).sort((a, b) => bobot[b] - bobot[a] || a - b);
}

/**
 * `urutanPeringkat(bobot).slice(0, banyak)`: untuk `banyak` ≤ 32 tanpa mengurutkan seluruh daftar, satu
 * lintasan yang menyimpan `banyak` indeks teratas (urutan yang sama: bobot menurun, seri menurut indeks).
 */
export function peringkatTeratas(bobot: readonly number[], banyak: number): number[] {
  if (banyak > 32) return urutanPeringkat(bobot).slice(0, banyak);
  pastikanAngka(bobot, "bobot");
  const pilih: number[] = [];
  for (let i = 0; i < bobot.length; i++) {
    const v = bobot[i];
    if (pilih.length === banyak) {
      if (!(v > bobot[pilih[banyak - 1]])) continue;
      pilih.pop();
    }
    let k = pilih.length;
    while (k > 0 && bobot[pilih[k - 1]] < v) k--;
    pilih.splice(k, 0, i);
  }
  return pilih;
}

/**
 * Pola sederhana lima variabel utama (Bab V, saran 5): hanya variabel terpilih yang dipakai dan
 * bobotnya dibagi ulang agar jumlahnya tetap Skor Ideal: bobot'_j = T_j / Σ_{terpilih} T × Skor Ideal,
 * sama dengan bobot_j × Skor Ideal / Σ_{terpilih} bobot. Proporsi indikator di dalam tiap variabel tetap.
 * @param totalVariabel total (atau bobot) ke-17 variabel
 * @param terpilih nomor variabel (1-based) yang dipakai, mis. LIMA_VARIABEL_UTAMA[tipe]
 */
export function bobotVariabelTerpilih(
  totalVariabel: readonly number[],
  terpilih: readonly number[],
  skorIdealDipakai: number = SKOR_IDEAL_LAN,
): { no: number; bobot: number }[] {
  const x = pastikanAngka(totalVariabel, "total variabel", true);
  if (terpilih.length === 0) throw galatNA("tidak ada variabel terpilih");
  for (const no of terpilih) {
    if (!Number.isInteger(no) || no < 1 || no > x.length)
      throw galatAngka(`nomor variabel ${no} di luar 1–${x.length}`);
  }
  const bobot = bobotVariabel(
    terpilih.map((no) => x[no - 1]),
    skorIdealDipakai,
  );
  return terpilih.map((no, i) => ({ no, bobot: bobot[i] }));
}

/**
 * Nilai satu unit dengan instrumen Tabel 4.14: skor tiap indikator pada skalanya memberi bagian
 * skor/skalaMaks dari Bobot Indikatornya. Tafsiran proyek (naskah tidak merinci): skor penuh
 * (= skalaMaks) memberi seluruh Bobot Indikator, sehingga nilai maksimum = Σ Bobot Indikator (= Skor Ideal).
 * @throws #NUM! bila skor di luar skalaMin..skalaMaks; #N/A bila skor kosong; #VALUE! bila panjang berbeda
 */
export function nilaiInstrumen(
  skor: readonly unknown[],
  bobot: readonly unknown[],
  skalaMaks = 10,
  skalaMin = 1,
): number {
  return nilaiInstrumenMatriks([skor], [bobot], skalaMaks, skalaMin);
}

/** `nilaiInstrumen` atas dua rentang 2-D (dibaca berpasangan baris demi baris, satu lintasan). */
export function nilaiInstrumenMatriks(skor: Matriks, bobot: Matriks, skalaMaks = 10, skalaMin = 1): number {
  pastikanSkalaMaks(skalaMaks);
  return nilaiUnitDariJumlah(
    jumlahKali(skor, bobot, "skor indikator", "bobot indikator", { min: skalaMin, maks: skalaMaks }).jumlahKali,
  );
}

/**
 * Skala maksimum instrumen (skor tertinggi): angka terhingga positif. Satu pemeriksaan untuk LAN.NILAI,
 * LAN.ANGKAINDIKATOR dan jalur cepatnya.
 * @throws #NUM! bukan angka terhingga positif
 */
export function pastikanSkalaMaks(skalaMaks: number): number {
  if (!Number.isFinite(skalaMaks) || skalaMaks <= 0) throw galatAngka(`skala maksimum harus positif (${skalaMaks})`);
  return skalaMaks;
}

/** Nilai unit dari Σ (skor / skalaMaks) × bobot (juga jalur cepat LAN.NILAI). @throws #NUM! tidak terhingga */
export function nilaiUnitDariJumlah(jumlahKali: number): number {
  return pastikanTerhingga(jumlahKali, "nilai unit");
}

/** Mengubah nilai pada skala Skor Ideal ke skala 1000: nilai / Skor Ideal × 1000. */
export function keSkala1000(nilai: number, skorIdealDipakai: number): number {
  const s = pastikanSkorIdeal(skorIdealDipakai);
  const v = angkaTunggal(nilai, "nilai");
  return pastikanTerhingga((v / s) * SKALA_NILAI_LAN_MAKS, "nilai skala 1000");
}

const LEBIH_DARI_LAN = Float64Array.from(PITA_KATEGORI_LAN, (p) => p.lebihDari ?? Infinity);
const PALING_SEDIKIT_LAN = Float64Array.from(PITA_KATEGORI_LAN, (p) => p.palingSedikit ?? Infinity);

/**
 * Kategori nilai pada skala 1000 (pita Instrumen Alternatif II; aturan celah di PITA_KATEGORI_LAN).
 * Keputusan atas nilai yang dibulatkan ke 9 desimal (core/pita.ts): 700,0000000000003 = 700 = Cukup.
 * @throws #NUM! bila nilai < 0 atau > 1000
 */
export function kategoriLan(nilai1000: number): KategoriLan {
  const v = bulatPita(angkaTunggal(nilai1000, "nilai"));
  if (v < 0 || v > SKALA_NILAI_LAN_MAKS) throw galatAngka(`nilai ${v} di luar skala 0–1000`);
  // batas sebagai angka (fungsi per sel): v > lebihDari atau v ≥ palingSedikit; batas yang tidak ada = +∞
  for (let i = 0; i < LEBIH_DARI_LAN.length; i++)
    if (v > LEBIH_DARI_LAN[i] || v >= PALING_SEDIKIT_LAN[i]) return PITA_KATEGORI_LAN[i].kategori;
  return "Kurang";
}

export interface NilaiUnitLan {
  perIndikator: number[];
  perVariabel: { no: number; nilai: number; maksimum: number }[];
  total: number;
  maksimum: number;
  nilai1000: number;
  kategori: KategoriLan;
}

/**
 * Penilaian lengkap satu unit (Tabel 4.14 untuk seluruh variabel): nilai tiap indikator, tiap
 * variabel, total, nilai skala 1000 (= total / Σ bobot × 1000) dan kategorinya.
 */
export function nilaiUnitLan(
  skor: readonly unknown[],
  bobotInd: readonly number[],
  variabelTiapIndikator: readonly number[],
  skalaMaks = 10,
  skalaMin = 1,
): NilaiUnitLan {
  if (variabelTiapIndikator.length !== bobotInd.length)
    throw galatNilai("peta variabel dan bobot indikator berbeda panjang");
  const total = nilaiInstrumen(skor, bobotInd, skalaMaks, skalaMin);
  const perIndikator = bobotInd.map((b, i) => ((skor[i] as number) / skalaMaks) * b);
  const nomor = [...new Set(variabelTiapIndikator)];
  const perVariabel = nomor.map((no) => {
    const idx = variabelTiapIndikator.map((v, i) => (v === no ? i : -1)).filter((i) => i >= 0);
    return { no, nilai: jumlah(idx.map((i) => perIndikator[i])), maksimum: jumlah(idx.map((i) => bobotInd[i])) };
  });
  const maksimum = pastikanTerhingga(jumlah(bobotInd), "jumlah bobot indikator");
  if (maksimum === 0) throw galatBagiNol("jumlah bobot indikator nol");
  const nilai1000 = pastikanTerhingga((total / maksimum) * SKALA_NILAI_LAN_MAKS, "nilai skala 1000");
  return { perIndikator, perVariabel, total, maksimum, nilai1000, kategori: kategoriLan(nilai1000) };
}
