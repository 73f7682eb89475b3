/**
 * Data uji siklus SKM di task pane: sebagian kecil ekspor formulir contoh (test/fixtures/skm-siklus) sebagai
 * lembar Excel tiruan (cap waktu sebagai tanggal seri, umur sebagai angka, seperti Excel menyimpannya) dan
 * sebagai CSV; plus pembanding hasil inti (hitungSiklus) dan pembaca hasil rumus lembar Hasil.
 */
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { parse } from "csv-parse/sync";
import {
  hitungSiklus,
  petaDengan,
  type BarisPeta,
  type HasilSiklus,
  type TabelJawaban,
} from "../../src/core/skm-siklus";
import type { JenisPeriode, KonvensiPenimbang, PembulatanNrr, HasilUnit } from "../../src/frameworks/skm-siklus";
import { alamat } from "../../src/plans/rencana";
import type { Penilai } from "./mesin-rumus";

export const FORMULIR = path.join(__dirname, "../fixtures/skm-siklus/formulir-kecamatan.csv");

/** Judul + setiap baris ke-`langkah` fixture (mencakup 2025-S2 dan 2026-S1, tiga layanan). */
export function subsetFormulir(langkah = 8): string[][] {
  const [judul, ...baris] = parse(fs.readFileSync(FORMULIR, "utf8")) as string[][];
  return [judul, ...baris.filter((_, i) => i % langkah === 0)];
}

/** "01/07/2025 11:05:39" → tanggal seri Excel (hari sejak 1899-12-30; 25569 = 1970-01-01), dihitung di sini. */
export function serialDari(cap: string): number {
  const [tgl, jam] = cap.split(" ");
  const [h, b, t] = tgl.split("/").map(Number);
  const [j, m, d] = jam.split(":").map(Number);
  return Date.UTC(t, b - 1, h) / 86400000 + 25569 + (j * 3600 + m * 60 + d) / 86400;
}

/** Baris CSV → sel seperti nilai Excel: cap waktu → seri, teks angka → angka, "" tetap kosong. */
export const selExcel = (b: readonly string[]): (string | number)[] =>
  b.map((s, c) => (c === 0 ? serialDari(s) : /^\d+$/.test(s) ? Number(s) : s));

/** Mengetik seluruh kisi ke lembar host uji di halaman (seperti pengguna menempel jawaban). */
export async function ketikLembar(
  page: Page,
  lembar: string,
  kisi: readonly (readonly (string | number)[])[],
  barisAwal = 1,
): Promise<void> {
  const sel: [string, string | number][] = [];
  kisi.forEach((b, i) => b.forEach((v, j) => v !== "" && sel.push([alamat(barisAwal - 1 + i, j), v])));
  await page.evaluate(
    ([l, isi]) => {
      const u = (window as unknown as { __pkpUji: { ketik(l: string, a: string, v: unknown): void } }).__pkpUji;
      for (const [a, v] of isi as [string, unknown][]) u.ketik(l as string, a, v);
    },
    [lembar, sel] as const,
  );
}

export interface Konvensi {
  periode: JenisPeriode;
  penimbang: KonvensiPenimbang;
  pembulatanNrr: PembulatanNrr;
  hasilUnit: HasilUnit;
}

/** Hasil inti untuk kisi nilai (baris 0 = judul) dengan kolom Cap waktu / Jenis Layanan. */
export function hasilInti(
  kisi: readonly (readonly unknown[])[],
  k: Konvensi,
  peta: readonly BarisPeta[] = [],
): HasilSiklus {
  const [judul, ...baris] = kisi;
  const tabel: TabelJawaban = {
    sumber: "uji",
    judul: judul.map(String),
    baris: baris.map((sel, i) => ({ no: i + 2, sel: [...sel] })),
  };
  return hitungSiklus(tabel, {
    aturan: "2017",
    kolomLayanan: "Jenis Layanan",
    kolomWaktu: "Cap waktu",
    periode: k.periode,
    formatTanggal: "hbt",
    peta: petaDengan("2017", peta),
    konvensi: { penimbang: k.penimbang, pembulatanNrr: k.pembulatanNrr },
    hasilUnit: k.hasilUnit,
  });
}

/** Baris (1-based) lembar Hasil untuk periode|layanan, dari label kolom A dan B. */
export function barisHasil(nilai: Penilai, lembar: string, periode: string, layanan: string, maks = 200): number {
  for (let r = 11; r < maks; r++)
    if (nilai(lembar, `A${r}`) === periode && nilai(lembar, `B${r}`) === layanan) return r;
  throw new Error(`${periode}|${layanan} tidak ada di ${lembar}`);
}

/** Setiap periode × (layanan + unit): responden, NRR U1–U9, nilai, mutu rumus = inti. Mengembalikan banyak baris yang dibandingkan. */
export function bandingkanHasil(nilai: Penilai, h: HasilSiklus, lembar = "SKM Hasil"): number {
  let n = 0;
  for (const p of h.periode) {
    for (const [nama, g] of [
      ...p.layanan.map((l) => [l.nama, l] as const),
      ["Unit (semua layanan)", p.unit] as const,
    ]) {
      const r = barisHasil(nilai, lembar, p.nama, nama);
      expect({ p: p.nama, nama, responden: nilai(lembar, `D${r}`) }).toEqual({
        p: p.nama,
        nama,
        responden: g.responden,
      });
      g.nrr.forEach((v, j) => expect(nilai(lembar, `${String.fromCharCode(69 + j)}${r}`)).toBeCloseTo(v, 9));
      expect(nilai(lembar, `O${r}`)).toBeCloseTo(g.nilai, 9);
      expect(nilai(lembar, `P${r}`)).toBe(g.mutu);
      n++;
    }
  }
  return n;
}
