/**
 * Konvensi hitung SKM yang dipakai kantor dan aplikasinya: penimbang (tepat 1/n, tercetak 0,111 atau 0,11) dan
 * pembulatan NRR sebelum ditimbang; lalu NRR = Σ nilai / banyak jawaban per unsur, indeks = Σ NRR × penimbang,
 * nilai = indeks × 25, mutu dan kinerja (PermenPAN-RB 14/2017; IKM KepmenPAN 25/2004). Tanpa pembulatan lain.
 */
import { galatNA } from "../errors";
import { NILAI_DASAR_SKM, type AturanSkm, type KinerjaSkm, type MutuSkm } from "../../frameworks/skm";
import type { KonvensiPenimbang, PembulatanNrr } from "../../frameworks/skm-siklus";
import { pitaMutu } from "../skm";

export interface KonvensiSkm {
  penimbang: KonvensiPenimbang;
  /** Desimal NRR sebelum ditimbang (null = tidak dibulatkan). */
  pembulatanNrr: PembulatanNrr;
}

export const KONVENSI_BAWAAN: KonvensiSkm = { penimbang: "1/n", pembulatanNrr: null };

/** Angka penimbang untuk n unsur. */
export function angkaPenimbang(p: KonvensiPenimbang, n: number): number {
  return p === "1/n" ? 1 / n : Number(p);
}

/**
 * Pecahan jumlah/banyak dibulatkan ke `d` desimal, setengah menjauhi nol, dihitung tepat dengan bilangan
 * bulat (seperti ROUND Excel pada nilai desimalnya, tanpa galat biner: 201/200 → 1,01).
 */
export function bulatkanPecahan(jumlah: number, banyak: number, d: number): number {
  const f = 10 ** d;
  return Math.floor((2 * jumlah * f + banyak) / (2 * banyak)) / f;
}

export interface HasilKelompok {
  responden: number;
  jumlah: number[];
  banyak: number[];
  nrr: number[];
  /** NRR yang ditimbang (= nrr, atau nrr dibulatkan menurut konvensi). */
  nrrDipakai: number[];
  indeks: number;
  nilai: number;
  mutu: MutuSkm;
  kinerja: KinerjaSkm;
}

/** NRR, indeks, nilai, mutu dan kinerja dari Σ dan banyak jawaban per unsur. */
export function hitungKelompok(
  responden: number,
  jumlah: ArrayLike<number>,
  banyak: ArrayLike<number>,
  aturan: AturanSkm,
  konvensi: KonvensiSkm = KONVENSI_BAWAAN,
): HasilKelompok {
  const n = jumlah.length;
  const w = angkaPenimbang(konvensi.penimbang, n);
  const nrr: number[] = [];
  const dipakai: number[] = [];
  let indeks = 0;
  for (let j = 0; j < n; j++) {
    if (banyak[j] === 0) throw galatNA(`unsur ke-${j + 1} tidak punya jawaban`);
    const v = jumlah[j] / banyak[j];
    const p = konvensi.pembulatanNrr === null ? v : bulatkanPecahan(jumlah[j], banyak[j], konvensi.pembulatanNrr);
    nrr.push(v);
    dipakai.push(p);
    indeks += p * w;
  }
  const nilai = indeks * NILAI_DASAR_SKM;
  const pita = pitaMutu(nilai, aturan);
  return {
    responden,
    jumlah: Array.from(jumlah),
    banyak: Array.from(banyak),
    nrr,
    nrrDipakai: dipakai,
    indeks,
    nilai,
    mutu: pita.mutu,
    kinerja: pita.kinerja,
  };
}
