/**
 * PEKPPP / Indeks Pelayanan Publik (IPP): nilai aspek = Σ bobot indikator × nilai indikator (0–5),
 * IPP = Σ bobot aspek × nilai aspek (skala 0–5), kategori IPP A–F, dan rata-rata jawaban pengguna
 * layanan (F-03) per aspek. Fungsi murni, tanpa pembulatan.
 *
 * Aspek tanpa satu pun indikator adalah galat (#N/A): IPP tidak boleh diam-diam menganggapnya nol.
 * Nilai 0 harus diisi sebagai 0.
 */
import { galatAngka, galatNA, galatNilai, pastikanAngka, angkaTunggal } from "./errors";
import { rataRata } from "./mutu";
import { bulatPita } from "./pita";
import { rataPerKolom, type Matriks } from "./matriks";
import {
  ASPEK_PEKPPP,
  INDIKATOR_PEKPPP,
  KATEGORI_IPP,
  SKALA_PEKPPP,
  TOLERANSI_BOBOT_PEKPPP,
  type AspekPekppp,
  type KategoriIpp,
} from "../frameworks/pekppp";

const normal = (s: string): string => s.trim().toLowerCase().replace(/\s+/g, " ");

/**
 * Aspek dari namanya (tanpa membedakan huruf besar/kecil): nama, kode atau alias.
 * @throws #N/A aspek tidak dikenal
 */
export function cariAspek(nama: string): AspekPekppp {
  const k = indeksAspek(nama);
  if (k < 0) throw galatNA(`aspek "${nama.trim()}" tidak dikenal (${ASPEK_PEKPPP.map((x) => x.nama).join(", ")})`);
  return ASPEK_PEKPPP[k];
}

/** Indeks aspek di ASPEK_PEKPPP dari nama, kode atau alias (seperti `cariAspek`), −1 bila tidak dikenal. */
export function indeksAspek(nama: string): number {
  const n = normal(nama);
  return ASPEK_PEKPPP.findIndex((x) => normal(x.nama) === n || x.kode === n || x.alias.includes(n));
}

/** @throws #VALUE! bukan angka; #NUM! di luar 0–5 */
export function periksaNilaiPekppp(x: unknown, nama: string): number {
  const v = angkaTunggal(x, nama);
  if (v < SKALA_PEKPPP.min || v > SKALA_PEKPPP.maks)
    throw galatAngka(`${nama} ${v} di luar skala ${SKALA_PEKPPP.min}–${SKALA_PEKPPP.maks}`);
  return v;
}

/**
 * Nilai satu aspek: Σ w_i × s_i. Tanpa bobot: bobot sama (1/n). Dengan bobot: bobot tidak negatif dan
 * berjumlah 1 (toleransi 1e-6).
 * @throws #N/A tanpa indikator; #NUM! nilai di luar 0–5, bobot negatif atau jumlah bobot ≠ 1
 */
export function nilaiAspek(skor: readonly number[], bobot?: readonly number[] | null, nama = "aspek"): number {
  if (skor.length === 0) throw galatNA(`${nama}: tidak ada indikator`);
  const s = skor.map((x, i) => periksaNilaiPekppp(x, `${nama}, nilai indikator ke-${i + 1}`));
  if (!bobot) return s.reduce((a, x) => a + x, 0) / s.length;
  if (bobot.length !== s.length)
    throw galatNilai(`${nama}: banyak bobot indikator (${bobot.length}) tidak sama dengan banyak nilai (${s.length})`);
  const w = pastikanAngka(bobot, `${nama}, bobot indikator`, true);
  const jumlah = w.reduce((a, x) => a + x, 0);
  if (Math.abs(jumlah - 1) > TOLERANSI_BOBOT_PEKPPP)
    throw galatAngka(`${nama}: jumlah bobot indikator ${jumlah} bukan 1`);
  return s.reduce((a, x, i) => a + w[i] * x, 0);
}

/**
 * IPP dari nilai enam aspek (urutan ASPEK_PEKPPP): Σ W_j × nilai_j.
 * @param bobotAspek bawaan 0,24/0,25/0,18/0,11/0,10/0,12; harus berjumlah 1
 */
export function indeksPekppp(
  nilaiTiapAspek: readonly number[],
  bobotAspek: readonly number[] = ASPEK_PEKPPP.map((a) => a.bobot),
): number {
  if (nilaiTiapAspek.length !== bobotAspek.length)
    throw galatNilai(
      `banyak nilai aspek (${nilaiTiapAspek.length}) tidak sama dengan banyak bobot aspek (${bobotAspek.length})`,
    );
  const n = nilaiTiapAspek.map((x, i) => periksaNilaiPekppp(x, `nilai aspek ke-${i + 1}`));
  const w = pastikanAngka(bobotAspek, "bobot aspek", true);
  const jumlah = w.reduce((a, x) => a + x, 0);
  if (Math.abs(jumlah - 1) > TOLERANSI_BOBOT_PEKPPP) throw galatAngka(`jumlah bobot aspek ${jumlah} bukan 1`);
  return n.reduce((a, x, i) => a + w[i] * x, 0);
}

/** Batas bawah (eksklusif) tiap kategori IPP sebagai angka; kategori terakhir tanpa batas = −∞ (fungsi per sel). */
const BATAS_IPP = Float64Array.from(KATEGORI_IPP, (k) => k.lebihDari ?? -Infinity);

/**
 * Kategori IPP (aturan celah di KATEGORI_IPP: > batas atas kategori di bawahnya), diputuskan atas IPP
 * yang dibulatkan ke 9 desimal (core/pita.ts): aspek 0,1,2,5,1,2 → 1,4999999999999998 → 1,50 → E.
 * @throws #VALUE! bukan angka; #NUM! di luar 0–5
 */
export function kategoriIpp(ipp: number): KategoriIpp {
  // angka terhingga langsung (fungsi per sel: tanpa larik atau closure per panggilan); selain itu galat pastikanAngka
  const v = typeof ipp === "number" && ipp - ipp === 0 ? ipp : pastikanAngka([ipp], "IPP")[0];
  const x = periksaNilaiPekppp(bulatPita(v), "IPP");
  for (let i = 0; i < BATAS_IPP.length; i++) if (x > BATAS_IPP[i]) return KATEGORI_IPP[i];
  return KATEGORI_IPP[KATEGORI_IPP.length - 1];
}

export interface BarisPekppp {
  aspek: string;
  nilai: number;
  /** Bobot indikator di dalam aspek; kosong = bobot sama. Dalam satu aspek semua diisi atau semua kosong. */
  bobot?: number | null;
  /** Penanda baris untuk pesan galat, mis. "baris 4". */
  label?: string;
}

export interface HasilPekppp {
  aspek: { kode: string; nama: string; bobot: number; nilai: number }[];
  indeks: number;
  kategori: string;
  huruf: string;
}

/**
 * IPP dari daftar nilai indikator berlabel aspek. `bobotAspek` (per kode aspek) memilih versi aturan lain,
 * mis. VERSI_PEKPPP "2017" (frameworks/aturan-versi.ts); bawaan = instrumen yang berlaku.
 * @throws #N/A aspek tidak dikenal atau aspek tanpa baris; #NUM! nilai di luar 0–5 atau bobot tidak
 *   berjumlah 1; #VALUE! bobot diisi hanya di sebagian baris satu aspek
 */
export function hitungPekppp(
  baris: readonly BarisPekppp[],
  bobotAspek?: Readonly<Record<string, number>>,
  labelBaris: (i: number) => string = (i) => `baris ke-${i + 1}`,
): HasilPekppp {
  return hitungPekpppKolom(
    baris.map((b) => b.aspek),
    baris.map((b) => b.nilai),
    baris.map((b) => (b.bobot === undefined ? null : b.bobot)),
    (i) => baris[i].label ?? labelBaris(i),
    bobotAspek,
  );
}

/**
 * `hitungPekppp` atas kolom-kolom sejajar (aspek, nilai, bobot indikator atau null), tanpa objek per baris
 * (fungsi PEKPPP.INDEKS dapat menerima ratusan ribu baris).
 * @param labelBaris penanda baris ke-i untuk pesan galat; dibuat hanya bila ada galat
 * @param bobotAspek bobot per kode aspek untuk versi aturan lain (lihat `hitungPekppp`)
 */
export function hitungPekpppKolom(
  aspekTiap: readonly string[],
  nilaiTiap: readonly unknown[],
  bobotTiap: readonly (number | null)[] | null,
  labelBaris: (i: number) => string = (i) => `baris ke-${i + 1}`,
  bobotAspek?: Readonly<Record<string, number>>,
): HasilPekppp {
  if (nilaiTiap.length === 0) throw galatNA("tidak ada nilai indikator");
  const label = labelBaris;
  const kelompok = new Map<string, { nilai: number[]; bobot: (number | null)[]; baris: number[] }>();
  ASPEK_PEKPPP.forEach((a) => kelompok.set(a.kode, { nilai: [], bobot: [], baris: [] }));
  // Aspek dicari sekali per label berbeda.
  const aspekLabel = new Map<string, AspekPekppp>();
  for (let i = 0; i < nilaiTiap.length; i++) {
    const nama = aspekTiap[i];
    let a = aspekLabel.get(nama);
    if (a === undefined) {
      try {
        a = cariAspek(nama);
      } catch (e) {
        throw galatNA(`${label(i)}: ${(e as Error).message}`);
      }
      aspekLabel.set(nama, a);
    }
    const k = kelompok.get(a.kode) as { nilai: number[]; bobot: (number | null)[]; baris: number[] };
    const x = nilaiTiap[i];
    k.nilai.push(
      typeof x === "number" && x >= SKALA_PEKPPP.min && x <= SKALA_PEKPPP.maks
        ? x
        : periksaNilaiPekppp(x, `${label(i)}: nilai`),
    );
    k.bobot.push(bobotTiap === null ? null : bobotTiap[i]);
    k.baris.push(i);
  }
  const aspek = ASPEK_PEKPPP.map((a) => {
    const k = kelompok.get(a.kode) as { nilai: number[]; bobot: (number | null)[]; baris: number[] };
    if (k.nilai.length === 0) throw galatNA(`aspek ${a.nama} tidak punya indikator (isi nilai 0 bila memang nol)`);
    const ada = k.bobot.filter((w) => w !== null).length;
    if (ada !== 0 && ada !== k.bobot.length) {
      const i = k.bobot.findIndex((w) => w === null);
      throw galatNilai(`${label(k.baris[i])}: bobot indikator kosong, padahal baris lain aspek ${a.nama} berbobot`);
    }
    if (ada > 0) {
      (k.bobot as number[]).forEach((w, i) => {
        if (w < 0) throw galatAngka(`${label(k.baris[i])}: bobot indikator ${w} negatif`);
      });
      const jumlah = (k.bobot as number[]).reduce((s, w) => s + w, 0);
      if (Math.abs(jumlah - 1) > TOLERANSI_BOBOT_PEKPPP)
        throw galatAngka(
          `aspek ${a.nama}: jumlah bobot indikator ${Number(jumlah.toFixed(10))} bukan 1 (${k.baris.map(label).join(", ")})`,
        );
    }
    return {
      kode: a.kode,
      nama: a.nama,
      bobot: bobotAspek?.[a.kode] ?? a.bobot,
      nilai: nilaiAspek(k.nilai, ada > 0 ? (k.bobot as number[]) : null, `aspek ${a.nama}`),
    };
  });
  return hasilPekppp(aspek);
}

/**
 * Nilai aspek tanpa bobot indikator dari jumlah dan banyak nilai tiap aspek (urutan ASPEK_PEKPPP, bobot
 * aspek bawaan): jumlah / banyak, sama dengan rata-rata `nilaiAspek`. Untuk jalur cepat PEKPPP.INDEKS
 * (src/functions/pekppp.ts), yang menjumlah satu lintasan; hasil akhirnya lewat `hasilPekppp` seperti
 * `hitungPekpppKolom`.
 * @throws #N/A aspek tanpa indikator (pesan sama dengan `hitungPekpppKolom`)
 */
export function hitungPekpppDariJumlah(jumlah: ArrayLike<number>, banyak: ArrayLike<number>): HasilPekppp {
  return hasilPekppp(
    ASPEK_PEKPPP.map((a, k) => {
      if (banyak[k] === 0) throw galatNA(`aspek ${a.nama} tidak punya indikator (isi nilai 0 bila memang nol)`);
      return { kode: a.kode, nama: a.nama, bobot: a.bobot, nilai: jumlah[k] / banyak[k] };
    }),
  );
}

/** IPP dan kategorinya dari nilai dan bobot tiap aspek (urutan ASPEK_PEKPPP). */
function hasilPekppp(aspek: HasilPekppp["aspek"]): HasilPekppp {
  const indeks = indeksPekppp(
    aspek.map((a) => a.nilai),
    aspek.map((a) => a.bobot),
  );
  const kat = kategoriIpp(indeks);
  return { aspek, indeks, kategori: kat.predikat, huruf: kat.huruf };
}

/**
 * IPP dari nilai 30 indikator bawaan (urutan INDIKATOR_PEKPPP) dengan bobot bawaan.
 * @throws #VALUE! banyak nilai bukan 30
 */
export function hitungPekpppBawaan(nilai: readonly number[]): HasilPekppp {
  if (nilai.length !== INDIKATOR_PEKPPP.length)
    throw galatNilai(
      `ada ${nilai.length} nilai; instrumen bawaan punya ${INDIKATOR_PEKPPP.length} indikator (atau berikan label aspek)`,
    );
  const aspekTiap = ASPEK_PEKPPP.flatMap((a) => a.indikator.map(() => a.nama));
  return hitungPekppp(
    nilai.map((x, i) => ({
      aspek: aspekTiap[i],
      nilai: x,
      bobot: INDIKATOR_PEKPPP[i].bobot,
      label: `indikator ke-${i + 1}`,
    })),
  );
}

/**
 * Rata-rata jawaban pengguna layanan (F-03, derajat 0–5) per aspek: rata-rata (atas butir aspek itu)
 * dari rata-rata jawaban tiap butir; setiap butir sama berat.
 * @param jawaban jawaban per butir (jawaban[j] = daftar jawaban butir j)
 * @param aspekTiapButir nama aspek tiap butir
 * @returns aspek dalam urutan instrumen (a–f), hanya yang punya butir
 */
export function rataRataPublik(
  jawaban: readonly (readonly number[])[],
  aspekTiapButir: readonly string[],
): { nama: string; nilai: number }[] {
  if (jawaban.length === 0) throw galatNA("tidak ada butir");
  if (jawaban.length !== aspekTiapButir.length)
    throw galatNilai(
      `banyak label aspek (${aspekTiapButir.length}) tidak sama dengan banyak butir (${jawaban.length})`,
    );
  const rerataButir = jawaban.map((j, i) => {
    j.forEach((x) => periksaNilaiPekppp(x, `butir ke-${i + 1}: jawaban`));
    return rataRata(j, `jawaban butir ke-${i + 1}`);
  });
  return publikDariRata(rerataButir, aspekTiapButir);
}

/**
 * `rataRataPublik` dari rentang jawaban 2-D (baris responden × kolom butir; sel kosong dilewati), satu
 * lintasan tanpa salinan.
 */
export function rataRataPublikMatriks(
  jawaban: Matriks,
  aspekTiapButir: readonly string[],
): { nama: string; nilai: number }[] {
  const rerataButir = rataPerKolom(jawaban, "jawaban", {
    min: SKALA_PEKPPP.min,
    maks: SKALA_PEKPPP.maks,
    diLuar: (x, _baris, kolom) => {
      periksaNilaiPekppp(x, `butir ke-${kolom}: jawaban`);
      throw galatAngka(`butir ke-${kolom}: jawaban ${x} di luar skala`);
    },
  });
  if (rerataButir.length !== aspekTiapButir.length)
    throw galatNilai(
      `banyak label aspek (${aspekTiapButir.length}) tidak sama dengan banyak butir (${rerataButir.length})`,
    );
  return publikDariRata(rerataButir, aspekTiapButir);
}

/** Rata-rata per aspek (urutan instrumen a–f, hanya yang punya butir) dari rata-rata tiap butir. */
function publikDariRata(
  rerataButir: readonly number[],
  aspekTiapButir: readonly string[],
): { nama: string; nilai: number }[] {
  const rerata = new Map<string, number[]>();
  rerataButir.forEach((r, i) => {
    const a = cariAspek(aspekTiapButir[i]);
    const daftar = rerata.get(a.kode);
    if (daftar) daftar.push(r);
    else rerata.set(a.kode, [r]);
  });
  return ASPEK_PEKPPP.filter((a) => rerata.has(a.kode)).map((a) => ({
    nama: a.nama,
    nilai: rataRata(rerata.get(a.kode) as number[]),
  }));
}
