/**
 * Tahap 4 `terapkanRencana`: MEMBAGI perintah tulis menjadi batch (murni; diuji sendiri).
 *
 * Excel di web menolak permintaan di atas 5 MB. Ukuran muatan ditaksir (JSON larik yang ditulis + ongkos
 * per panggilan). Sampai `batas` (bawaan 4 MB): satu batch. Di atasnya: DUA batch menurut urutan perintah
 * (jadi menurut baris blok, karena blok besar sudah dipotong menjadi pita baris). Lebih dari itu ditolak
 * SEBELUM menulis apa pun. Dengan sync baca, paling banyak 3 sync.
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
  /** Satu atau dua batch, berurutan. */
  batch: Perintah[][];
  /** Taksiran ukuran seluruh muatan (karakter JSON). */
  total: number;
}

/** Membagi perintah menjadi ≤ 2 batch yang masing-masing ≤ batas; melempar GalatTerapkan("terlaluBesar"). */
export function bagiBatch(perintah: readonly Perintah[], batas: number): Pembagian {
  let total = 0;
  for (const p of perintah) total += p.ukuran;
  const terlaluBesar = (): GalatTerapkan =>
    new GalatTerapkan("terlaluBesar", `Tabel terlalu besar untuk ditulis sekaligus (±${(total / 1048576).toFixed(1)} MB). Bagi unit ke beberapa tabel yang lebih kecil.`);
  if (total > 2 * batas) throw terlaluBesar();
  if (total <= batas) return { batch: [[...perintah]], total };
  let s = 0;
  const potong = perintah.findIndex((p) => (s += p.ukuran) > batas);
  const kedua = perintah.slice(potong);
  let sisa = 0;
  for (const p of kedua) sisa += p.ukuran;
  if (sisa > batas) throw terlaluBesar();
  return { batch: [perintah.slice(0, potong), kedua], total };
}
