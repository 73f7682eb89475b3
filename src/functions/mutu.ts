/* eslint-disable @typescript-eslint/no-explicit-any -- Excel mengirim rentang campuran (angka, teks, kosong); tipenya diperiksa di sini dan di inti */
/**
 * Fungsi kustom kesenjangan kualitas pelayanan (SERVQUAL; lima dimensi seed 003). Pembungkus tipis.
 */
import * as mutu from "../core/mutu";
import { rataKolomRentang } from "./cepat";
import { cepatAtau, galatExcel, jalankan, keRentang, kosong, tidakDiisi } from "./excel";

/**
 * Kesenjangan (gap) kualitas pelayanan = rata-rata persepsi − rata-rata harapan, per butir (kolom) atau per
 * dimensi. Baris = responden, kolom = butir pertanyaan; banyak baris persepsi dan harapan boleh berbeda,
 * banyak kolomnya harus sama (#VALUE! bila tidak). Sel kosong dilewati (responden tidak menjawab butir itu);
 * butir yang sama sekali tidak dijawab memberi #N/A. Tanpa dimensi: satu baris gap sejajar dengan kolom
 * masukan. Dengan dimensi: tabel dua kolom [dimensi, gap] dalam urutan kemunculan, gap dimensi = rata-rata
 * gap butirnya. Gap negatif berarti pelayanan di bawah harapan. Rata-rata yang melampaui batas angka
 * Excel memberi #NUM!.
 * @customfunction MUTU.GAP MUTU.GAP
 * @param persepsi Skor persepsi (kinerja yang dirasakan): baris responden × kolom butir, atau satu baris rata-rata.
 * @param harapan Skor harapan: baris responden × kolom butir yang sama.
 * @param [dimensi] Satu baris (atau kolom) label dimensi tiap butir, mis. Keandalan, Daya tanggap, Keyakinan
 * (jaminan), Perhatian (empati), Bukti fisik (berwujud). Kosong = gap per butir; sel label kosong memberi #N/A.
 * @returns Gap per butir (satu baris) atau tabel [dimensi, gap].
 */
export function mutuGap(persepsi: any[][], harapan: any[][], dimensi?: any[][]): any[][] {
  return jalankan(() => {
    // rentang tanpa sel kosong: rata-rata kolom satu lintasan (./cepat.ts), gap dengan aturan inti yang sama
    // (gapDariRata, seperti gapPerButirMatriks); selain itu (atau gap tak terhingga) jalur inti, yang menyebut galatnya
    const g = cepatAtau(
      () => {
        const rp = rataKolomRentang(persepsi, -Infinity, Infinity);
        const rh = rp && rataKolomRentang(harapan, -Infinity, Infinity);
        return rp && rh && mutu.gapDariRata(rp, rh);
      },
      () => {
        const p = keRentang(persepsi, "persepsi");
        const h = keRentang(harapan, "harapan");
        if (p[0].length !== h[0].length)
          throw galatExcel(
            "NILAI",
            `banyak butir persepsi (${p[0].length}) tidak sama dengan harapan (${h[0].length})`,
          );
        return mutu.gapPerButirMatriks(p, h);
      },
    );
    if (tidakDiisi(dimensi)) return [g];
    const label = keRentang(dimensi, "dimensi").flat();
    label.forEach((x, j) => {
      if (kosong(x)) throw galatExcel("NA", `label dimensi ke-${j + 1} kosong`);
    });
    return mutu
      .gapPerDimensiDariGap(
        g,
        label.map((x) => String(x).trim()),
      )
      .map((d) => [d.dimensi, d.gap]);
  });
}
