/**
 * Kesenjangan (gap) kualitas pelayanan: rata-rata persepsi − rata-rata harapan (model SERVQUAL;
 * dimensi dari seed 003). Fungsi murni, tanpa Office, tanpa pembulatan.
 */
import { galatNA, galatNilai, pastikanAngka, pastikanTerhingga } from "./errors";
import { rataPerKolom, type Matriks } from "./matriks";

/** Rata-rata hitung. @throws #N/A bila kosong; #VALUE! bila ada yang bukan angka */
export function rataRata(nilai: readonly number[], nama = "nilai"): number {
  const x = pastikanAngka(nilai, nama);
  let s = 0;
  for (const v of x) s += v;
  return pastikanTerhingga(s / x.length, `rata-rata ${nama}`);
}

/** Gap satu butir atau dimensi: rata-rata persepsi − rata-rata harapan (negatif = di bawah harapan). */
export function gap(persepsi: readonly number[], harapan: readonly number[]): number {
  return pastikanTerhingga(rataRata(persepsi, "persepsi") - rataRata(harapan, "harapan"), "gap");
}

/**
 * Gap tiap butir: untuk butir j, rata-rata jawaban persepsi butir j − rata-rata jawaban harapan butir j.
 * Jumlah responden persepsi dan harapan boleh berbeda.
 * @param persepsi jawaban persepsi tiap butir (persepsi[j] = daftar jawaban untuk butir j)
 * @param harapan jawaban harapan tiap butir, sama banyak butirnya
 * @throws #VALUE! banyak butir berbeda; #N/A butir tanpa jawaban
 */
export function gapPerButir(
  persepsi: readonly (readonly number[])[],
  harapan: readonly (readonly number[])[],
): number[] {
  if (persepsi.length !== harapan.length)
    throw galatNilai(`banyak butir persepsi (${persepsi.length}) tidak sama dengan harapan (${harapan.length})`);
  if (persepsi.length === 0) throw galatNA("tidak ada butir");
  const rp: number[] = new Array(persepsi.length);
  const rh: number[] = new Array(persepsi.length);
  for (let j = 0; j < persepsi.length; j++) {
    rp[j] = rataRata(persepsi[j], `persepsi butir ke-${j + 1}`);
    rh[j] = rataRata(harapan[j], `harapan butir ke-${j + 1}`);
  }
  return gapDariRata(rp, rh);
}

/**
 * Gap tiap dimensi: rata-rata (atas butir dimensi itu) dari rata-rata persepsi butir − rata-rata
 * (atas butir yang sama) dari rata-rata harapan butir, sama dengan rata-rata gap butirnya. Setiap butir
 * berbobot sama di dalam dimensinya, walaupun banyak jawabannya berbeda.
 * @param dimensiTiapButir label dimensi tiap butir (sepanjang daftar butir)
 * @returns dimensi dalam urutan kemunculan pertama, dengan gap-nya
 */
export function gapPerDimensi(
  persepsi: readonly (readonly number[])[],
  harapan: readonly (readonly number[])[],
  dimensiTiapButir: readonly string[],
): { dimensi: string; gap: number }[] {
  return gapPerDimensiDariGap(gapPerButir(persepsi, harapan), dimensiTiapButir);
}

/**
 * Gap tiap butir dari rentang jawaban 2-D (baris responden × kolom butir; sel kosong = tidak menjawab):
 * rata-rata kolom persepsi − rata-rata kolom harapan, satu lintasan tiap rentang, tanpa salinan.
 * @throws #VALUE! banyak butir berbeda atau sel bukan angka; #N/A butir tanpa jawaban
 */
export function gapPerButirMatriks(persepsi: Matriks, harapan: Matriks): number[] {
  return gapDariRata(rataPerKolom(persepsi, "persepsi"), rataPerKolom(harapan, "harapan"));
}

/**
 * Gap tiap butir dari rata-rata persepsi dan harapan tiap butir: rp[j] − rh[j] (aturan satu tempat; juga
 * jalur cepat MUTU.GAP di src/functions/mutu.ts).
 * @throws #VALUE! banyak butir berbeda; #NUM! gap tidak terhingga
 */
export function gapDariRata(rp: readonly number[], rh: readonly number[]): number[] {
  if (rp.length !== rh.length)
    throw galatNilai(`banyak butir persepsi (${rp.length}) tidak sama dengan harapan (${rh.length})`);
  const g: number[] = new Array(rp.length);
  for (let j = 0; j < rp.length; j++) g[j] = rp[j] - rh[j];
  return pastikanTerhingga(g, "gap butir");
}

/** Gap tiap dimensi dari gap butir: rata-rata gap butir tiap dimensi, urutan kemunculan pertama. */
export function gapPerDimensiDariGap(
  g: readonly number[],
  dimensiTiapButir: readonly string[],
): { dimensi: string; gap: number }[] {
  if (dimensiTiapButir.length !== g.length)
    throw galatNilai(`banyak label dimensi (${dimensiTiapButir.length}) tidak sama dengan banyak butir (${g.length})`);
  const urutan: string[] = [];
  const kelompok = new Map<string, number[]>();
  dimensiTiapButir.forEach((d, j) => {
    if (!kelompok.has(d)) {
      kelompok.set(d, []);
      urutan.push(d);
    }
    (kelompok.get(d) as number[]).push(g[j]);
  });
  return urutan.map((d) => ({ dimensi: d, gap: rataRata(kelompok.get(d) as number[]) }));
}
