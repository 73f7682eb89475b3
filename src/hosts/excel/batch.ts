/**
 * Tahap 4 `terapkanRencana`: MEMBAGI perintah tulis menjadi batch (murni; diuji sendiri).
 *
 * Excel di web menolak permintaan di atas 5 MB. Ukuran muatan ditaksir (JSON larik yang ditulis + ongkos
 * per panggilan). Perintah dikemas BERURUTAN ke batch berikutnya selama jumlahnya ≤ `batas` (bawaan 4 MB):
 * satu batch untuk tabel biasa, N batch untuk tabel besar (blok besar sudah dipotong menjadi pita baris ≤ batas/4,
 * jadi setiap perintah muat). Satu perintah yang sendirian melebihi batas ditolak SEBELUM menulis apa pun.
 * Urutan batch = urutan perintah; pengaman build beberapa batch (cadangan dulu, pemeriksaan awal, dapat
 * dilanjutkan) ada di excel.ts/rekonsiliasi.
 */
import { GalatTerapkan, type Perintah } from "./umum";

/** Membagi baris larik menjadi pita [awal, akhir) yang ukuran JSON-nya ≤ batas (paling sedikit 1 baris). */
export function pitaBaris(larik: readonly unknown[][], batas: number): [number, number][] {
  const pita: [number, number][] = [];
  let awal = 0;
  let ukuran = 0;
  larik.forEach((baris, i) => {
    const u = JSON.stringify(baris).length + 1;
    if (i > awal && ukuran + u > batas) {
      pita.push([awal, i]);
      awal = i;
      ukuran = 0;
    }
    ukuran += u;
  });
  if (awal < larik.length) pita.push([awal, larik.length]);
  return pita;
}

export interface Pembagian {
  /** Batch berurutan, masing-masing ≤ batas (sedikitnya satu, mungkin kosong bila tidak ada perintah). */
  batch: Perintah[][];
  /** Taksiran ukuran seluruh muatan (karakter JSON). */
  total: number;
}

/** Membagi perintah menjadi batch berurutan yang masing-masing ≤ batas; melempar GalatTerapkan("terlaluBesar"). */
export function bagiBatch(perintah: readonly Perintah[], batas: number): Pembagian {
  let total = 0;
  for (const p of perintah) total += p.ukuran;
  const batch: Perintah[][] = [[]];
  let ukuran = 0;
  for (const p of perintah) {
    if (p.ukuran > batas) {
      throw new GalatTerapkan(
        "terlaluBesar",
        `Satu perintah tulis terlalu besar untuk Excel (±${(p.ukuran / 1048576).toFixed(1)} MB; batas ` +
          `${(batas / 1048576).toFixed(1)} MB). Tidak ada yang ditulis.`,
      );
    }
    if (ukuran + p.ukuran > batas && batch[batch.length - 1].length) {
      batch.push([]);
      ukuran = 0;
    }
    batch[batch.length - 1].push(p);
    ukuran += p.ukuran;
  }
  return { batch, total };
}
