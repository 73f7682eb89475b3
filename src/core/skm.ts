/**
 * Inti perhitungan Survei Kepuasan Masyarakat (PermenPAN-RB 14/2017) dan Indeks Kepuasan Masyarakat
 * (KepmenPAN 25/2004). Fungsi murni, tanpa Office, tanpa pembulatan.
 *
 * - NRR per unsur        = Σ jawaban unsur / banyak jawaban unsur (rata-rata; sel kosong tidak dihitung)
 * - NRR tertimbang unsur = NRR × penimbang (bawaan tepat 1/n; boleh penimbang tercetak 0,111 / 0,071)
 * - Indeks               = Σ NRR tertimbang (skala 1–4 bila penimbang berjumlah 1)
 * - Nilai SKM/IKM        = Indeks × 25 (skala 25–100)
 * - Mutu / kinerja       = pita PITA_MUTU_SKM atas nilai tanpa pembulatan (aturan celah di kerangka)
 */
import { galatAngka, galatBagiNol, galatNA, galatNilai, kosong, pastikanTerhingga } from "./errors";
import { bulatPita } from "./pita";
import {
  ATURAN_SKM_BAWAAN,
  KREJCIE_MORGAN,
  NILAI_DASAR_SKM,
  PENIMBANG_TERCETAK,
  PITA_MUTU_SKM,
  RENTANG_NILAI_SKM,
  SKALA_JAWABAN_SKM,
  TOLERANSI_BATAS_SKM,
  type AturanSkm,
  type KinerjaSkm,
  type MutuSkm,
  type PitaMutuSkm,
} from "../frameworks/skm";

/**
 * Membaca aturan: 2017 (bawaan) atau 2004, sebagai angka atau teks. Kosong → bawaan.
 * @throws #N/A bila aturan tidak dikenal
 */
export function bacaAturan(x: unknown): AturanSkm {
  if (kosong(x)) return ATURAN_SKM_BAWAAN;
  const t = String(x).trim();
  if (t === "2017" || t === "2004") return t;
  throw galatNA(`aturan "${t}" tidak dikenal (2017 atau 2004)`);
}

export interface RincianNrr {
  /** Σ jawaban tiap unsur. */
  jumlahNilai: number[];
  /** Banyak jawaban terisi tiap unsur. */
  banyakJawaban: number[];
  /** NRR tiap unsur = jumlahNilai / banyakJawaban. */
  nrr: number[];
}

/**
 * NRR tiap unsur dari matriks responden × unsur (baris = responden, kolom = unsur).
 * Sel kosong = responden tidak menjawab unsur itu: dikeluarkan dari rata-rata unsur itu saja
 * (pembagi = banyak jawaban terisi unsur tersebut, bukan banyak responden).
 * Satu lintasan dengan loop biasa dan dua Float64Array; tanpa alokasi per sel.
 * @throws #N/A bila matriks kosong; #VALUE! bila sel bukan angka atau panjang baris berbeda;
 *         #NUM! bila jawaban bukan bilangan bulat 1–4; #DIV/0! bila satu unsur tidak punya jawaban sama sekali
 */
export function rincianNrr(jawaban: ArrayLike<ArrayLike<unknown>>): RincianNrr {
  const r = jawaban.length;
  if (r === 0) throw galatNA("matriks jawaban kosong");
  const n = jawaban[0].length;
  if (n === 0) throw galatNA("matriks jawaban tidak punya kolom unsur");
  const jumlah = new Float64Array(n);
  // sel kosong dihitung (jarang), bukan jawaban (setiap sel): banyak jawaban = r − kosong, satu tulisan
  // memori lebih sedikit per sel (issue 26)
  const tanpaJawaban = new Float64Array(n);
  const { min, maks } = SKALA_JAWABAN_SKM;
  for (let i = 0; i < r; i++) {
    const baris = jawaban[i];
    if (baris.length !== n)
      throw galatNilai(`baris responden ke-${i + 1} punya ${baris.length} kolom, seharusnya ${n}`);
    for (let j = 0; j < n; j++) {
      const x = baris[j];
      if (typeof x === "number") {
        // (x | 0) === x: uji bilangan bulat tanpa memanggil fungsi global (x sudah dalam 1–4); jauh lebih
        // cepat daripada Number.isInteger di lingkungan vm Jest
        if (!(x >= min && x <= maks) || (x | 0) !== x) {
          throw galatAngka(
            `jawaban responden ke-${i + 1} unsur ke-${j + 1} (${x}) bukan bilangan bulat ${min}–${maks}`,
          );
        }
        jumlah[j] += x;
      } else if (kosong(x)) {
        tanpaJawaban[j] += 1;
      } else {
        throw galatNilai(`jawaban responden ke-${i + 1} unsur ke-${j + 1} bukan angka`);
      }
    }
  }
  const banyak = tanpaJawaban.map((k) => r - k);
  const nrr: number[] = new Array<number>(n);
  for (let j = 0; j < n; j++) {
    if (banyak[j] === 0) throw galatBagiNol(`unsur ke-${j + 1} tidak punya jawaban, NRR tidak terdefinisi`);
    nrr[j] = jumlah[j] / banyak[j];
  }
  return { jumlahNilai: Array.from(jumlah), banyakJawaban: Array.from(banyak), nrr };
}

/** NRR tiap unsur (lihat rincianNrr). */
export function nrr(jawaban: ArrayLike<ArrayLike<unknown>>): number[] {
  return rincianNrr(jawaban).nrr;
}

/** Spesifikasi penimbang: "tepat" (1/n), "cetak" (0,111 / 0,071), satu angka untuk semua unsur, atau satu angka per unsur. */
export type SpesifikasiPenimbang = "tepat" | "cetak" | number | readonly number[];

/**
 * Membaca spesifikasi penimbang dari masukan pengguna. Kosong → "tepat".
 * @throws #N/A bila teks tidak dikenal; #VALUE! bila bukan teks/angka
 */
export function bacaPenimbang(x: unknown): SpesifikasiPenimbang {
  if (kosong(x)) return "tepat";
  if (typeof x === "number") return x;
  if (Array.isArray(x)) return x as number[];
  if (typeof x === "string") {
    const t = x.trim().toLowerCase();
    if (t === "tepat" || t === "cetak") return t;
    throw galatNA(`penimbang "${x}" tidak dikenal ("tepat", "cetak" atau angka)`);
  }
  throw galatNilai("penimbang bukan teks atau angka");
}

/** Penimbang tepat: 1/n untuk setiap unsur. */
export function penimbangTepat(jumlahUnsur: number): number {
  if (!Number.isInteger(jumlahUnsur) || jumlahUnsur < 1)
    throw galatAngka(`jumlah unsur harus bilangan bulat ≥ 1 (${jumlahUnsur})`);
  return 1 / jumlahUnsur;
}

/**
 * Rentang penimbang yang sah: (0, 1]. Penimbang adalah bagian satu unsur dari indeks (1/n, 0,111, 0,071);
 * 0 menghapus unsur diam-diam dan di atas 1 membuat indeks keluar skala 1–4 (penimbang 5 → nilai 3375).
 * @throws #N/A kosong; #VALUE! bukan angka; #NUM! ≤ 0 atau > 1
 */
function pastikanBobot(b: unknown, nama: string): number {
  if (kosong(b)) throw galatNA(`${nama} kosong`);
  if (typeof b !== "number" || !Number.isFinite(b)) throw galatNilai(`${nama} bukan angka`);
  if (!(b > 0 && b <= 1)) throw galatAngka(`${nama} ${b} di luar rentang (0, 1]`);
  return b;
}

/**
 * Penimbang per unsur untuk n unsur.
 * - "tepat": 1/n; "cetak": penimbang tercetak aturan (hanya bila n = 9 untuk 2017 atau 14 untuk 2004)
 * - satu angka: dipakai untuk setiap unsur; daftar: satu per unsur (jumlahnya tidak dipaksa 1, karena
 *   penimbang tercetak pun berjumlah 0,999 / 0,994)
 * @throws #VALUE! bila banyak penimbang ≠ n atau "cetak" untuk jumlah unsur lain; #NUM! bila penimbang di luar (0, 1]
 */
export function penimbangUnsur(
  n: number,
  spesifikasi: SpesifikasiPenimbang = "tepat",
  aturan: AturanSkm = ATURAN_SKM_BAWAAN,
): number[] {
  if (spesifikasi === "tepat") return new Array<number>(n).fill(penimbangTepat(n));
  if (spesifikasi === "cetak") {
    const p = PENIMBANG_TERCETAK[aturan];
    if (n !== p.jumlahUnsur)
      throw galatNilai(
        `penimbang tercetak ${aturan} (${p.tercetak}) untuk ${p.jumlahUnsur} unsur, bukan ${n}; pakai "tepat" atau angka`,
      );
    return new Array<number>(n).fill(p.nilai);
  }
  if (typeof spesifikasi === "number") return new Array<number>(n).fill(pastikanBobot(spesifikasi, "penimbang"));
  if (spesifikasi.length !== n)
    throw galatNilai(`banyak penimbang (${spesifikasi.length}) tidak sama dengan banyak unsur (${n})`);
  return spesifikasi.map((b, i) => pastikanBobot(b, `penimbang ke-${i + 1}`));
}

/**
 * Memastikan daftar NRR: angka 1–4 (rata-rata jawaban 1–4).
 * @throws #N/A bila kosong; #VALUE! bila bukan angka; #NUM! bila di luar 1–4
 */
export function pastikanNrr(daftar: readonly unknown[]): number[] {
  if (daftar.length === 0) throw galatNA("NRR kosong");
  const { min, maks } = SKALA_JAWABAN_SKM;
  return daftar.map((x, i) => {
    if (kosong(x)) throw galatNA(`NRR ke-${i + 1} kosong`);
    if (typeof x !== "number" || !Number.isFinite(x)) throw galatNilai(`NRR ke-${i + 1} bukan angka`);
    if (x < min || x > maks) throw galatAngka(`NRR ke-${i + 1} (${x}) di luar ${min}–${maks}`);
    return x;
  });
}

/** NRR tertimbang per unsur = NRR × penimbang. */
export function nrrTertimbang(
  nrrUnsur: readonly unknown[],
  spesifikasi: SpesifikasiPenimbang = "tepat",
  aturan: AturanSkm = ATURAN_SKM_BAWAAN,
): number[] {
  const x = pastikanNrr(nrrUnsur);
  const b = penimbangUnsur(x.length, spesifikasi, aturan);
  return x.map((v, i) => v * b[i]);
}

/** Indeks = Σ NRR tertimbang (tanpa pembulatan). */
export function indeks(
  nrrUnsur: readonly unknown[],
  spesifikasi: SpesifikasiPenimbang = "tepat",
  aturan: AturanSkm = ATURAN_SKM_BAWAAN,
): number {
  const t = nrrTertimbang(nrrUnsur, spesifikasi, aturan);
  let s = 0;
  for (const v of t) s += v;
  return s;
}

/**
 * Nilai SKM/IKM = indeks × 25.
 * @throws #VALUE! bila bukan angka; #NUM! bila negatif
 */
export function nilai(indeksSkm: number): number {
  if (kosong(indeksSkm)) throw galatNA("indeks kosong");
  if (typeof indeksSkm !== "number" || !Number.isFinite(indeksSkm)) throw galatNilai("indeks bukan angka");
  if (indeksSkm < 0) throw galatAngka(`indeks negatif (${indeksSkm})`);
  return pastikanTerhingga(indeksSkm * NILAI_DASAR_SKM, "nilai SKM");
}

/**
 * Pita mutu untuk nilai 25–100 (aturan celah: masuk pita lebih tinggi begitu melebihi batas atas
 * tercetak pita di bawahnya), diputuskan atas nilai yang dibulatkan ke 9 desimal (core/pita.ts), sama
 * dengan pita LAN, IPP, pegawai dan BSC: 3,532 × 25 = 88,30000000000001 → 88,3 = B.
 * @throws #N/A bila kosong; #VALUE! bila bukan angka; #NUM! bila di luar 25–100
 */
export function pitaMutu(nilaiSkm: number, aturan: AturanSkm = ATURAN_SKM_BAWAAN): PitaMutuSkm {
  if (kosong(nilaiSkm)) throw galatNA("nilai kosong");
  if (typeof nilaiSkm !== "number" || !Number.isFinite(nilaiSkm)) throw galatNilai("nilai bukan angka");
  const { min, maks } = RENTANG_NILAI_SKM;
  const x = bulatPita(nilaiSkm);
  if (x < min || x > maks) throw galatAngka(`nilai ${nilaiSkm} di luar ${min}–${maks}`);
  const pita = PITA_MUTU_SKM[aturan];
  // pita urut dari terbaik; pita ke-k+1 adalah pita tepat di bawah pita ke-k
  for (let k = 0; k < pita.length - 1; k++) {
    if (x > pita[k + 1].intervalNilai[1]) return pita[k];
  }
  return pita[pita.length - 1];
}

/** Mutu pelayanan A–D. */
export function mutu(nilaiSkm: number, aturan: AturanSkm = ATURAN_SKM_BAWAAN): MutuSkm {
  return pitaMutu(nilaiSkm, aturan).mutu;
}

/** Kinerja unit pelayanan: Sangat Baik, Baik, Kurang Baik, Tidak Baik. */
export function kinerja(nilaiSkm: number, aturan: AturanSkm = ATURAN_SKM_BAWAAN): KinerjaSkm {
  return pitaMutu(nilaiSkm, aturan).kinerja;
}

export interface HasilSkm extends RincianNrr {
  aturan: AturanSkm;
  penimbang: number[];
  nrrTertimbang: number[];
  indeks: number;
  nilai: number;
  mutu: MutuSkm;
  kinerja: KinerjaSkm;
}

/** Perhitungan lengkap dari matriks jawaban responden × unsur. */
export function hitungSkm(
  jawaban: ArrayLike<ArrayLike<unknown>>,
  spesifikasi: SpesifikasiPenimbang = "tepat",
  aturan: AturanSkm = ATURAN_SKM_BAWAAN,
): HasilSkm {
  const rinci = rincianNrr(jawaban);
  const penimbang = penimbangUnsur(rinci.nrr.length, spesifikasi, aturan);
  const tertimbang = rinci.nrr.map((v, i) => v * penimbang[i]);
  let s = 0;
  for (const v of tertimbang) s += v;
  const n = nilai(s);
  const pita = pitaMutu(n, aturan);
  return {
    ...rinci,
    aturan,
    penimbang,
    nrrTertimbang: tertimbang,
    indeks: s,
    nilai: n,
    mutu: pita.mutu,
    kinerja: pita.kinerja,
  };
}

export type PembulatanSampel = "terdekat" | "atas";

/**
 * Ukuran sampel Krejcie & Morgan (1970): s = X²NP(1−P) / (d²(N−1) + X²P(1−P)),
 * X² = 3,841, P = 0,5, d = 0,05. Pembulatan bawaan "terdekat" (cocok dengan Tabel 1 artikel);
 * "atas" = pembulatan ke atas (lebih hati-hati; berbeda 1 dari tabel pada banyak baris, mis. N = 15 → 15).
 * @throws #VALUE! bila N bukan angka; #NUM! bila N bukan bilangan bulat ≥ 1
 */
export function ukuranSampelKrejcieMorgan(populasi: number, pembulatan: PembulatanSampel = "terdekat"): number {
  if (kosong(populasi)) throw galatNA("populasi kosong");
  if (typeof populasi !== "number" || !Number.isFinite(populasi)) throw galatNilai("populasi bukan angka");
  if (!Number.isInteger(populasi) || populasi < 1) throw galatAngka(`populasi harus bilangan bulat ≥ 1 (${populasi})`);
  const s = pastikanTerhingga(ukuranSampelKrejcieMorganMentah(populasi), "ukuran sampel");
  return pembulatan === "atas" ? Math.ceil(s - TOLERANSI_BATAS_SKM) : Math.round(s);
}

/** Nilai rumus Krejcie & Morgan sebelum dibulatkan. */
export function ukuranSampelKrejcieMorganMentah(populasi: number): number {
  const { khiKuadrat: x2, proporsi: p, presisi: d } = KREJCIE_MORGAN;
  return (x2 * populasi * p * (1 - p)) / (d * d * (populasi - 1) + x2 * p * (1 - p));
}

/**
 * Membaca cara pembulatan sampel: kosong → "terdekat".
 * @throws #N/A bila tidak dikenal
 */
export function bacaPembulatan(x: unknown): PembulatanSampel {
  if (kosong(x)) return "terdekat";
  const t = String(x).trim().toLowerCase();
  if (t === "terdekat" || t === "atas") return t;
  throw galatNA(`pembulatan "${x}" tidak dikenal ("terdekat" atau "atas")`);
}
