/**
 * Tata bersama lembar-lembar siklus SKM: nama lembar, keadaan pembangun (`Tata`: baris dan kolom yang dicatat
 * satu lembar untuk dirujuk lembar berikutnya) dan rumus kelompok periode × layanan (Σ COUNTIFS atas lembar
 * jawaban: cap waktu ">="&mulai dan "<"&sebelum, layanan dengan teks persis). Dipakai semua pembangun lembar
 * di folder ini (lihat src/plans/skm-siklus.ts).
 */
import type { AturanSkm } from "../../frameworks/skm";
import { hurufKolom } from "../rencana";
import { rujukLembar } from "../ringkasan";
import type { OpsiSkmSiklus } from "./opsi";

export const NAMA_UNIT = "Unit (semua layanan)";
export const namaLembarSiklus = (aturan: AturanSkm, bagian: string): string =>
  `${aturan === "2017" ? "SKM" : "IKM"} ${bagian}`;

export interface Tata {
  o: OpsiSkmSiklus;
  n: number;
  unsur: readonly string[];
  /** Baris terakhir (1-based) jangkauan rumus di lembar Jawaban. */
  akhir: number;
  R: number;
  lembar: Record<
    "jawaban" | "peta" | "hitungan" | "hasil" | "profil" | "tren" | "tl" | "publikasi" | "kuadran",
    string
  >;
  /** Rentang per unsur di lembar Peta: [awal, akhir] baris 0-based. */
  petaBlok: [number, number][];
  /** Lembar Hasil: baris pertama tiap periode, baris unit tiap periode, alamat konvensi. */
  hasilBaris: Map<string, { layanan: Map<string, number>; unit: number }>;
  hasilKol: {
    periode: number;
    layanan: number;
    kunci: number;
    responden: number;
    nrr0: number;
    indeks: number;
    nilai: number;
    mutu: number;
    kinerja: number;
    urutan0: number;
  };
  hasilAwal: number;
  hasilAkhir: number;
  selPenimbang: string;
  selPembulatan: string;
  selHasilUnit: string;
  selPeriodePub: string;
  /** Periode tiap baris data (untuk saran per periode). */
  periodeBaris: readonly string[];
  /** Tinggi blok lembar Tindak Lanjut (untuk rujukan dari Publikasi). */
  tlTinggi: number;
  /** Peta kepentingan di lembar Peta Jawaban: [awal, akhir] baris 0-based (kolom B teks, C nilai). */
  petaKep?: [number, number];
  /** Lembar Hitungan: baris 0-based tiap "periode|layanan|U1…Un" dan "periode||K1…Kn". */
  hitBaris: Map<string, number>;
  /** Lembar Hitungan: baris 0-based [awal, akhir] baris unsur (U) dan kepentingan (K), dan ringkasan kolom. */
  hitU: [number, number];
  hitK?: [number, number];
  hitRingkas: [number, number];
  /** Banyak kolom pilihan peta (terbesar di antara blok peta). */
  K: number;
}

export const ref = (lembar: string, a: string): string => `${rujukLembar(lembar)}!${a}`;
export const kolomPenuh = (t: Tata, lembar: string, k: number): string =>
  ref(lembar, `$${hurufKolom(k)}$2:$${hurufKolom(k)}$${t.akhir}`);

/** Teks → kriteria COUNTIFS yang cocok persis (tanpa peduli huruf besar/kecil): "=" + teks, * ? ~ diluputkan. */
export const kriteriaPersis = (s: string): string => `"=${s.replace(/[~*?]/g, "~$&").replace(/"/g, '""')}"`;

/** Rentang baris lembar jawaban yang dibaca rumus kelompok: blok salinan + baris susulan, atau seluruh jangkauan. */
function rentangBaris(t: Tata, periode: string, layanan: string | null): [number, number][] {
  const { blok } = t.o;
  if (!blok) return [[2, t.akhir]];
  const milik = Object.entries(blok)
    .filter(([k]) => (layanan === null ? k.slice(0, k.indexOf("|")) === periode : k === `${periode}|${layanan}`))
    .map(([, v]) => v);
  const hasil: [number, number][] = [];
  if (milik.length > 0) {
    // loop, bukan Math.min/max atas larik yang disebar (batas tumpukan pada larik besar)
    let awal = milik[0][0];
    let akhir = milik[0][1];
    for (const [a, z] of milik) {
      if (a < awal) awal = a;
      if (z > akhir) akhir = z;
    }
    hasil.push([awal, akhir]);
  }
  if (t.akhir >= t.R + 2) hasil.push([t.R + 2, t.akhir]);
  return hasil;
}

const kolomRentang = (t: Tata, k: number, [a, b]: [number, number]): string =>
  ref(t.lembar.jawaban, `$${hurufKolom(k)}$${a}:$${hurufKolom(k)}$${b}`);

/**
 * Σ COUNTIFS atas rentang baris kelompok: `kriteria(kolom)` memberi pasangan tambahan (mis. kolom jawaban dan teks
 * pilihan); periode lewat sel mulai/sebelum, layanan lewat teks persis. Tanpa kriteria sama sekali (tanpa kolom
 * waktu dan layanan): baris yang menjawab sedikitnya satu unsur (ROWS − baris yang semua unsurnya kosong).
 */
export function hitungKelompokRumus(
  t: Tata,
  periode: string,
  layanan: string | null,
  batas: [string, string] | null,
  tambahan: [number, string][],
): string {
  const { o } = t;
  return (
    rentangBaris(t, periode, layanan)
      .map((rb) => {
        const pas: string[] = tambahan.map(([k, x]) => `${kolomRentang(t, k, rb)},${x}`);
        if (o.kolomWaktu !== null && batas) {
          const w = kolomRentang(t, o.kolomWaktu, rb);
          pas.push(`${w},">="&${batas[0]}`, `${w},"<"&${batas[1]}`);
        }
        if (o.kolomLayanan !== null && layanan !== null)
          pas.push(`${kolomRentang(t, o.kolomLayanan, rb)},${kriteriaPersis(layanan)}`);
        if (pas.length === 0)
          return `(ROWS(${kolomRentang(t, o.kolomUnsur[0], rb)})-COUNTIFS(${o.kolomUnsur.map((k) => `${kolomRentang(t, k, rb)},""`).join(",")}))`;
        return `COUNTIFS(${pas.join(",")})`;
      })
      .join("+") || "0"
  );
}
