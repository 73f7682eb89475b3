/**
 * SERVQUAL (Parasuraman dkk. 1988): rata-rata persepsi, rata-rata harapan dan gap (P − E) per butir
 * dan per dimensi, gap tak tertimbang (rata-rata gap dimensi) dan gap tertimbang (bobot kepentingan
 * dinormalkan). Fungsi murni, tanpa Office, tanpa pembulatan. Gap butir dan gap dimensi memakai
 * core/mutu (gapPerButir, gapPerDimensi): gap dimensi = rata-rata gap butirnya.
 */
import { galatAngka, galatBagiNol, galatNA, galatNilai, pastikanAngka, pastikanTerhingga } from "./errors";
import { gapPerDimensiDariGap, rataRata } from "./mutu";
import { rataPerKolom, type Matriks, type SkalaKolom } from "./matriks";
import { JUMLAH_BUTIR_SERVQUAL, PETA_BUTIR_SERVQUAL, SKALA_SERVQUAL } from "../frameworks/servqual";

export interface SkalaJawaban {
  readonly min: number;
  readonly maks: number;
}

export interface ButirServqual {
  butir: number;
  dimensi: string;
  persepsi: number;
  harapan: number;
  gap: number;
}

export interface DimensiHasilServqual {
  nama: string;
  persepsi: number;
  harapan: number;
  gap: number;
}

export interface HasilServqual {
  butir: ButirServqual[];
  dimensi: DimensiHasilServqual[];
  /** Gap tak tertimbang: rata-rata gap dimensi (setiap dimensi sama berat). */
  gap: number;
  /** Gap tertimbang bila bobot diberikan, selain itu null. */
  gapTertimbang: number | null;
}

/**
 * Bobot dinormalkan menjadi pecahan berjumlah 1 (poin 100, persen atau angka relatif).
 * @throws #N/A kosong; #VALUE! bukan angka; #NUM! negatif; #DIV/0! jumlah nol
 */
export function bobotNormal(bobot: readonly number[], nama = "bobot"): number[] {
  const b = pastikanAngka(bobot, nama, true);
  const s = pastikanTerhingga(
    b.reduce((a, x) => a + x, 0),
    `jumlah ${nama}`,
  );
  if (s === 0) throw galatBagiNol(`jumlah ${nama} nol`);
  return b.map((x) => x / s);
}

/** Gap SERVQUAL tak tertimbang: rata-rata gap dimensi. */
export function gapTakTertimbang(gapDimensi: readonly number[]): number {
  return rataRata(gapDimensi, "gap dimensi");
}

/**
 * Gap SERVQUAL tertimbang: Σ_d (w_d / Σw) × gap_d. Bobot sejajar dengan gap dimensi.
 * @throws #VALUE! banyak bobot ≠ banyak dimensi; lihat bobotNormal
 */
export function gapTertimbang(gapDimensi: readonly number[], bobot: readonly number[]): number {
  const g = pastikanAngka(gapDimensi, "gap dimensi");
  if (bobot.length !== g.length)
    throw galatNilai(`banyak bobot (${bobot.length}) tidak sama dengan banyak dimensi (${g.length})`);
  const w = bobotNormal(bobot);
  return pastikanTerhingga(
    g.reduce((s, x, i) => s + w[i] * x, 0),
    "gap tertimbang",
  );
}

/**
 * Bobot kepentingan dari poin tiap responden (baris responden × kolom dimensi, biasanya berjumlah 100
 * per baris): rata-rata poin tiap dimensi. Hasilnya dinormalkan kemudian oleh gapTertimbang.
 */
export function bobotDariResponden(poin: readonly (readonly number[])[]): number[] {
  if (poin.length === 0) throw galatNA("poin bobot kosong");
  const k = poin[0].length;
  if (poin.some((b) => b.length !== k)) throw galatNilai("baris poin bobot tidak sama panjang");
  return Array.from({ length: k }, (_, j) =>
    rataRata(
      poin.map((b) => b[j]),
      `poin dimensi ke-${j + 1}`,
    ),
  );
}

/**
 * Memeriksa jawaban berada pada skala (bawaan 1–7, menerima skala 1–5).
 * @throws #NUM! jawaban di luar skala
 */
export function periksaSkala(
  jawaban: readonly (readonly number[])[],
  nama: string,
  skala: SkalaJawaban = SKALA_SERVQUAL,
): void {
  jawaban.forEach((butir, j) =>
    butir.forEach((x) => {
      if (x < skala.min || x > skala.maks)
        throw galatAngka(`${nama} butir ${j + 1}: ${x} di luar skala ${skala.min}–${skala.maks}`);
    }),
  );
}

/**
 * Perhitungan SERVQUAL lengkap.
 * @param persepsi jawaban persepsi per butir (persepsi[j] = jawaban untuk butir j+1)
 * @param harapan jawaban harapan per butir, sama banyak butirnya
 * @param peta nama dimensi tiap butir; bawaan peta 22 butir (hanya bila tepat 22 butir)
 * @param bobot bobot kepentingan sejajar dengan dimensi (urutan kemunculan pertama dalam peta); null = tanpa
 * @throws #VALUE! banyak butir/peta/bobot tidak cocok; #N/A butir tanpa jawaban atau label kosong; #NUM! di luar skala
 */
export function hitungServqual(
  persepsi: readonly (readonly number[])[],
  harapan: readonly (readonly number[])[],
  peta?: readonly string[] | null,
  bobot?: readonly number[] | null,
  skala: SkalaJawaban = SKALA_SERVQUAL,
): HasilServqual {
  const p = petaButir(persepsi.length, peta);
  periksaSkala(persepsi, "persepsi", skala);
  periksaSkala(harapan, "harapan", skala);
  if (persepsi.length !== harapan.length)
    throw galatNilai(`banyak butir persepsi (${persepsi.length}) tidak sama dengan harapan (${harapan.length})`);
  if (persepsi.length === 0) throw galatNA("tidak ada butir");
  return servqualDariRata(
    persepsi.map((j, i) => rataRata(j, `persepsi butir ke-${i + 1}`)),
    harapan.map((j, i) => rataRata(j, `harapan butir ke-${i + 1}`)),
    p,
    bobot,
  );
}

/**
 * SERVQUAL dari rentang jawaban 2-D (baris responden × kolom butir; sel kosong = tidak menjawab), dalam
 * satu lintasan tiap rentang tanpa salinan; aturan dan galat sama dengan `hitungServqual`.
 */
export function hitungServqualMatriks(
  persepsi: Matriks,
  harapan: Matriks,
  peta?: readonly string[] | null,
  bobot?: readonly number[] | null,
  skala: SkalaJawaban = SKALA_SERVQUAL,
): HasilServqual {
  const periksa = (nama: string): SkalaKolom => ({
    min: skala.min,
    maks: skala.maks,
    diLuar: (x, _baris, kolom) => {
      throw galatAngka(`${nama} butir ${kolom}: ${x} di luar skala ${skala.min}–${skala.maks}`);
    },
  });
  return servqualDariRataButir(
    rataPerKolom(persepsi, "persepsi", periksa("persepsi")),
    rataPerKolom(harapan, "harapan", periksa("harapan")),
    peta,
    bobot,
  );
}

/**
 * SERVQUAL dari rata-rata persepsi dan harapan tiap butir (dihitung dari rentang jawaban oleh pemanggil).
 * @throws #VALUE! banyak butir tidak sama atau peta tidak cocok; lihat `hitungServqual`
 */
export function servqualDariRataButir(
  rp: readonly number[],
  rh: readonly number[],
  peta?: readonly string[] | null,
  bobot?: readonly number[] | null,
): HasilServqual {
  if (rp.length !== rh.length)
    throw galatNilai(`banyak butir persepsi (${rp.length}) tidak sama dengan harapan (${rh.length})`);
  return servqualDariRata(rp, rh, petaButir(rp.length, peta), bobot);
}

/** Peta butir → dimensi yang dipakai: milik pengguna, atau bawaan bila tepat 22 butir; label tidak boleh kosong. */
function petaButir(banyakButir: number, peta?: readonly string[] | null): readonly string[] {
  if ((peta === null || peta === undefined) && banyakButir !== JUMLAH_BUTIR_SERVQUAL) {
    throw galatNilai(
      `peta bawaan untuk ${JUMLAH_BUTIR_SERVQUAL} butir, tetapi ada ${banyakButir} butir; berikan peta butir ke dimensi`,
    );
  }
  const p = peta ?? PETA_BUTIR_SERVQUAL;
  p.forEach((d, j) => {
    if (d.trim() === "") throw galatNA(`dimensi butir ke-${j + 1} kosong`);
  });
  return p;
}

/** SERVQUAL dari rata-rata persepsi dan harapan tiap butir. */
function servqualDariRata(
  rp: readonly number[],
  rh: readonly number[],
  p: readonly string[],
  bobot?: readonly number[] | null,
): HasilServqual {
  const gb = rp.map((x, j) => x - rh[j]);
  const gd = gapPerDimensiDariGap(gb, p);
  const butir = gb.map((g, j) => ({ butir: j + 1, dimensi: p[j], persepsi: rp[j], harapan: rh[j], gap: g }));
  const dimensi = gd.map((d) => {
    const bs = butir.filter((b) => b.dimensi === d.dimensi);
    return {
      nama: d.dimensi,
      persepsi: rataRata(bs.map((b) => b.persepsi)),
      harapan: rataRata(bs.map((b) => b.harapan)),
      gap: d.gap,
    };
  });
  const gDim = dimensi.map((d) => d.gap);
  return { butir, dimensi, gap: gapTakTertimbang(gDim), gapTertimbang: bobot ? gapTertimbang(gDim, bobot) : null };
}
