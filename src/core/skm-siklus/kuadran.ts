/**
 * Kuadran kepentingan–kinerja tiap unsur SKM: importance–performance analysis (Martilla & James 1977, Journal of
 * Marketing 41(1): 77–79); garis pemisah = rata-rata dari rata-rata unsur pada tiap sumbu; nomor kuadran seperti
 * aplikasi e-SKM (frameworks/skm-siklus.ts, KUADRAN_IPA).
 */
import { galatNilai } from "../errors";
import type { KodeKuadran } from "../../frameworks/skm-siklus";

export interface UnsurKuadran {
  kepentingan: number;
  kinerja: number;
  kuadran: KodeKuadran;
}

export interface HasilKuadran {
  /** Garis pemisah: rata-rata dari rata-rata kepentingan unsur. */
  garisKepentingan: number;
  /** Garis pemisah: rata-rata dari NRR unsur. */
  garisKinerja: number;
  unsur: UnsurKuadran[];
}

/**
 * Kuadran importance–performance (Martilla & James 1977) tiap unsur. Garis pemisah = rata-rata dari
 * rata-rata unsur pada tiap sumbu; kepentingan ≥ garis = penting, kinerja ≥ garis = tinggi:
 * I penting & kinerja rendah (prioritas utama), II penting & tinggi (pertahankan), III kurang penting &
 * rendah (prioritas rendah), IV kurang penting & tinggi (berlebihan). Tanpa pembulatan.
 * @throws #VALUE! bila panjang kedua larik berbeda atau kosong
 */
export function hitungKuadran(kepentingan: ArrayLike<number>, kinerja: ArrayLike<number>): HasilKuadran {
  const n = kepentingan.length;
  if (n === 0 || kinerja.length !== n)
    throw galatNilai(`kuadran perlu kepentingan dan kinerja untuk unsur yang sama (${n} dan ${kinerja.length})`);
  let sk = 0;
  let sp = 0;
  for (let j = 0; j < n; j++) {
    sk += kepentingan[j];
    sp += kinerja[j];
  }
  const gk = sk / n;
  const gp = sp / n;
  const unsur: UnsurKuadran[] = [];
  for (let j = 0; j < n; j++) {
    const penting = kepentingan[j] >= gk;
    const tinggi = kinerja[j] >= gp;
    const kuadran: KodeKuadran = penting ? (tinggi ? "II" : "I") : tinggi ? "IV" : "III";
    unsur.push({ kepentingan: kepentingan[j], kinerja: kinerja[j], kuadran });
  }
  return { garisKepentingan: gk, garisKinerja: gp, unsur };
}
