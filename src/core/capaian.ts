/**
 * Capaian indikator terhadap target (satu definisi, dipakai BSC dan siklus SAKIP): arah naik R/T, turun
 * (2T − R)/T (bentuk LAKIP), turun-rasio T/R. Modul kecil sendiri agar potongan SAKIP.* yang dimuat belakangan
 * dan functions.js berbagi modul kecil ini saja, bukan seluruh core/bsc.ts (ukuran functions.js, issue 17).
 */
import { angkaTunggal, galatBagiNol, galatNA, pastikanTerhingga } from "./errors";
import type { ArahIndikator } from "../frameworks/bsc";

/**
 * Membaca arah indikator: "naik" atau "turun" (huruf besar/kecil dan spasi tepi diabaikan).
 * @throws #N/A bila arah tidak dikenal
 */
export function arahIndikator(arah: unknown): ArahIndikator {
  if (arah === "naik" || arah === "turun") return arah; // tanpa olah teks per sel untuk bentuk baku
  const a =
    typeof arah === "string"
      ? arah
          .trim()
          .toLowerCase()
          .replace(/[\s_]+/g, "-")
      : arah;
  if (a === "naik" || a === "turun") return a;
  if (a === "turun-rasio" || a === "t/r") return "turun-rasio";
  throw galatNA(`arah "${String(arah)}" tidak dikenal ("naik", "turun" atau "turun-rasio")`);
}

/**
 * Capaian indikator terhadap targetnya.
 * - "naik" (makin besar makin baik): realisasi / target
 * - "turun" (makin kecil makin baik): (2 × target − realisasi) / target, bentuk LAKIP; realisasi = target
 *   memberi 1, realisasi 0 memberi 2, realisasi di atas 2 × target memberi capaian negatif (tidak dipotong ke 0;
 *   `batas` hanya membatasi dari atas)
 * - "turun-rasio" (makin kecil makin baik): target / realisasi (pilihan bernama; realisasi 0 → #DIV/0!)
 * - `batas` (opsional): capaian tidak melebihi `batas`, mis. 1,2 untuk 120%.
 * - `lantai` (opsional): capaian tidak kurang dari `lantai`, mis. 0 agar arah "turun" tidak negatif.
 * @throws #N/A realisasi/target kosong atau arah tidak dikenal; #VALUE! bukan angka;
 *         #NUM! realisasi, target atau batas negatif; #DIV/0! target 0
 */
export function capaian(
  realisasi: number,
  target: number,
  arah: ArahIndikator | string = "naik",
  batas?: number,
  lantai?: number,
): number {
  const r = angkaTunggal(realisasi, "realisasi", true);
  const t = angkaTunggal(target, "target", true);
  const a = arahIndikator(arah);
  let b: number | undefined;
  if (batas !== undefined && batas !== null) {
    b = angkaTunggal(batas, "batas", true);
  }
  if (t === 0) throw galatBagiNol("target 0, capaian tidak terdefinisi");
  if (a === "turun-rasio" && r === 0) throw galatBagiNol("realisasi 0, capaian target / realisasi tidak terdefinisi");
  const c0 = pastikanTerhingga(a === "naik" ? r / t : a === "turun" ? (2 * t - r) / t : t / r, "capaian");
  const c = b === undefined ? c0 : Math.min(c0, b);
  if (lantai === undefined || lantai === null) return c;
  return Math.max(c, angkaTunggal(lantai, "lantai"));
}
