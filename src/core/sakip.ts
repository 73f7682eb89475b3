/**
 * Inti perhitungan siklus SAKIP (Perjanjian Kinerja → realisasi triwulan → capaian → serapan → efisiensi).
 * Fungsi murni, tanpa Office, tanpa pembulatan (kecuali keputusan pita, core/pita.ts). Semua capaian, serapan
 * dan NKO dalam persen (95,5 = 95,5 %).
 *
 * - realisasi s.d. triwulan k: kumulatif = Σ triwulan 1..k yang terisi; rata-rata = rata-rata yang terisi;
 *   akhir = nilai terisi terakhir (≤ k)
 * - target s.d. triwulan k: bila semua target triwulan yang diperlukan terisi, Σ (kumulatif), rata-rata
 *   (rata-rata) atau target triwulan k (akhir); bila tidak, target tahunan. Tahun dinilai (k tidak diberikan):
 *   selalu target tahunan
 * - capaian = 100 × capaian BSC (naik R/T, turun (2T − R)/T, turun-rasio T/R), paling tinggi `batas` (persen)
 * - capaian sasaran = rata-rata capaian indikatornya; NKO = rata-rata capaian sasaran
 * - serapan = realisasi / pagu × 100; efisiensi: selisih = capaian − serapan; rasio = capaian ÷ serapan
 */
import { capaian as capaianRasio, arahIndikator } from "./capaian";
import { angkaTunggal, galatAngka, galatBagiNol, galatNA, kosong, pastikanTerhingga } from "./errors";
import { bulatPita } from "./pita";
import {
  EFISIENSI_BAWAAN,
  JENIS_INDIKATOR,
  SKALA_SAKIP,
  SKALA_SAKIP_BAWAAN,
  TRIWULAN,
  type ArahSakip,
  type CaraEfisiensi,
  type JenisIndikator,
  type SkalaKategori,
} from "../frameworks/sakip";

export type { ArahSakip, CaraEfisiensi, JenisIndikator, SkalaKategori };

/** Kunci teks: huruf kecil, spasi/garis bawah/tanda hubung dirapatkan menjadi satu tanda hubung. */
function kunci(x: string): string {
  return x
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, "-");
}

/** Nama lain jenis yang ditulis kantor. */
const ALIAS_JENIS: Readonly<Record<string, JenisIndikator>> = {
  kumulatif: "kumulatif",
  akumulatif: "kumulatif",
  "rata-rata": "rata-rata",
  rerata: "rata-rata",
  "non-kumulatif": "rata-rata",
  nonkumulatif: "rata-rata",
  "tidak-kumulatif": "rata-rata",
  akhir: "akhir",
  "akhir-periode": "akhir",
  "akhir-tahun": "akhir",
  posisi: "akhir",
};

/**
 * Membaca jenis indikator: "kumulatif", "rata-rata" (juga "non-kumulatif", "rerata") atau "akhir" (juga "akhir
 * periode"); huruf besar/kecil dan spasi diabaikan. Kosong → "kumulatif".
 * @throws #N/A jenis tidak dikenal
 */
export function jenisIndikator(x: unknown): JenisIndikator {
  if (kosong(x)) return "kumulatif";
  const j = typeof x === "string" ? ALIAS_JENIS[kunci(x)] : undefined;
  if (!j) throw galatNA(`jenis "${String(x)}" tidak dikenal (${JENIS_INDIKATOR.join(", ")})`);
  return j;
}

/** Membaca arah: "naik", "turun" atau "turun-rasio"; kosong → "naik". @throws #N/A arah tidak dikenal */
export function arahSakip(x: unknown): ArahSakip {
  return kosong(x) ? "naik" : arahIndikator(x);
}

/** Nilai triwulan 1..k yang terisi (angka), dalam urutan triwulan. @throws #VALUE! bukan angka */
function terisi(nilai: readonly (number | null | undefined)[], k: number, nama: string): number[] {
  const hasil: number[] = [];
  for (let i = 0; i < k; i++) {
    const x = nilai[i];
    if (kosong(x)) continue;
    hasil.push(angkaTunggal(x, `${nama} triwulan ${i + 1}`, true));
  }
  return hasil;
}

/** Triwulan 1–4. @throws #NUM! di luar 1–4 atau bukan bilangan bulat */
export function triwulanSah(k: number): number {
  const t = angkaTunggal(k, "triwulan");
  if (!Number.isInteger(t) || t < 1 || t > TRIWULAN) throw galatAngka(`triwulan ${t} bukan 1–${TRIWULAN}`);
  return t;
}

/**
 * Realisasi s.d. triwulan k menurut jenis: kumulatif Σ, rata-rata Σ/n, akhir nilai terisi terakhir; triwulan
 * kosong belum dilaporkan dan dilewati.
 * @throws #N/A tidak ada realisasi terisi di triwulan 1..k; #NUM! realisasi negatif
 */
export function realisasiSampai(
  realisasi: readonly (number | null | undefined)[],
  jenis: JenisIndikator,
  k: number = TRIWULAN,
): number {
  const r = terisi(realisasi, triwulanSah(k), "realisasi");
  if (r.length === 0) throw galatNA(`realisasi triwulan 1–${k} kosong`);
  if (jenis === "akhir") return r[r.length - 1];
  let s = 0;
  for (const x of r) s += x;
  return pastikanTerhingga(jenis === "rata-rata" ? s / r.length : s, "realisasi");
}

/**
 * Target s.d. triwulan k. `k` undefined = tahun dinilai: target tahunan. Dengan k: bila target triwulan yang
 * diperlukan terisi semua (1..k untuk kumulatif dan rata-rata, k untuk akhir), Σ / rata-rata / target triwulan k;
 * bila tidak, target tahunan.
 * @throws #N/A target yang diperlukan kosong; #NUM! negatif
 */
export function targetSampai(
  targetTahunan: number | null | undefined,
  targetTriwulan: readonly (number | null | undefined)[] | undefined,
  jenis: JenisIndikator,
  k?: number,
): number {
  if (k !== undefined && targetTriwulan) {
    const n = triwulanSah(k);
    if (jenis === "akhir") {
      if (!kosong(targetTriwulan[n - 1])) return angkaTunggal(targetTriwulan[n - 1], `target triwulan ${n}`, true);
    } else {
      const t = terisi(targetTriwulan, n, "target");
      if (t.length === n) {
        let s = 0;
        for (const x of t) s += x;
        return pastikanTerhingga(jenis === "rata-rata" ? s / n : s, "target");
      }
    }
  }
  return angkaTunggal(targetTahunan, "target tahunan", true);
}

/**
 * Capaian indikator (persen): 100 × (R/T naik, (2T − R)/T turun, T/R turun-rasio), paling tinggi `batas` persen.
 * @throws seperti BSC.CAPAIAN: #N/A kosong/arah tidak dikenal, #NUM! negatif, #DIV/0! target 0
 */
export function capaianSakip(
  realisasi: number,
  target: number,
  arah: ArahSakip | string = "naik",
  batas?: number | null,
): number {
  const c = pastikanTerhingga(capaianRasio(realisasi, target, arahSakip(arah)) * 100, "capaian");
  if (batas === undefined || batas === null) return c;
  return Math.min(angkaTunggal(batas, "batas", true), c);
}

/**
 * Skala menurut id ("permendagri86", "baik-kurang"), atau skala itu sendiri. Kosong → Permendagri 86/2017.
 * @throws #N/A id tidak dikenal
 */
export function skalaSakip(skala?: string | SkalaKategori | null): SkalaKategori {
  if (kosong(skala)) return SKALA_SAKIP_BAWAAN;
  if (typeof skala !== "string") return skala;
  const s = SKALA_SAKIP.find((x) => x.id === kunci(skala));
  if (!s) throw galatNA(`skala "${skala}" tidak dikenal (${SKALA_SAKIP.map((x) => x.id).join(", ")})`);
  return s;
}

/**
 * Kategori capaian (persen) pada skala: pita pertama (dari atas) yang batas bawahnya ≤ capaian, dibandingkan
 * setelah ROUND(capaian, 9) (core/pita.ts). Permendagri 86/2017: 91 → Sangat Tinggi, 90,999 → Tinggi, 76 → Tinggi,
 * 75 → Sedang, 66 → Sedang, 65 → Rendah, 51 → Rendah, 50 → Sangat Rendah.
 * @throws #N/A capaian kosong; #VALUE! bukan angka; #NUM! skala tidak menurun
 */
export function kategoriSakip(nilaiCapaian: number, skala?: string | SkalaKategori | null): string {
  const c = bulatPita(angkaTunggal(nilaiCapaian, "capaian"));
  const s = skalaSakip(skala);
  let sebelum = Infinity;
  for (const p of s.pita) {
    if (p.min === null) return p.kategori;
    if (!(p.min < sebelum))
      throw galatAngka(`batas skala ${p.min} tidak lebih kecil dari batas di atasnya (${sebelum})`);
    sebelum = p.min;
    if (c >= p.min) return p.kategori;
  }
  throw galatAngka(`capaian ${c} di bawah batas terendah skala ${s.nama}`);
}

/**
 * Rata-rata (capaian sasaran dari capaian indikatornya; NKO dari capaian sasaran): Σ / n, seperti AVERAGE.
 * @throws #N/A daftar kosong
 */
export function rataCapaian(nilai: readonly number[]): number {
  if (nilai.length === 0) throw galatNA("tidak ada capaian untuk dirata-ratakan");
  let s = 0;
  for (let i = 0; i < nilai.length; i++) s += angkaTunggal(nilai[i], `capaian ke-${i + 1}`);
  return pastikanTerhingga(s / nilai.length, "rata-rata capaian");
}

/**
 * Serapan anggaran (persen): realisasi / pagu × 100.
 * @throws #N/A kosong; #NUM! negatif; #DIV/0! pagu 0
 */
export function serapan(realisasi: number, pagu: number): number {
  const r = angkaTunggal(realisasi, "realisasi anggaran", true);
  const p = angkaTunggal(pagu, "pagu", true);
  if (p === 0) throw galatBagiNol("pagu 0, serapan tidak terdefinisi");
  return pastikanTerhingga((r / p) * 100, "serapan");
}

/**
 * Efisiensi menurut cara bernama (frameworks/sakip.ts EFISIENSI): "selisih" = capaian − serapan (poin persen);
 * "rasio" = capaian ÷ serapan.
 * @throws #N/A kosong/cara tidak dikenal; #DIV/0! rasio dengan serapan 0
 */
export function efisiensi(
  nilaiCapaian: number,
  nilaiSerapan: number,
  cara: CaraEfisiensi | string = EFISIENSI_BAWAAN,
): number {
  const c = angkaTunggal(nilaiCapaian, "capaian");
  const s = angkaTunggal(nilaiSerapan, "serapan", true);
  const k = kosong(cara) ? EFISIENSI_BAWAAN : kunci(String(cara));
  if (k === "selisih") return pastikanTerhingga(c - s, "efisiensi");
  if (k === "rasio") {
    if (s === 0) throw galatBagiNol("serapan 0, rasio efisiensi tidak terdefinisi");
    return pastikanTerhingga(c / s, "efisiensi");
  }
  throw galatNA(`cara efisiensi "${String(cara)}" tidak dikenal ("selisih" atau "rasio")`);
}
