/**
 * Predikat kinerja pegawai ASN menurut PermenPAN-RB 6/2022: rating hasil kerja × rating perilaku kerja
 * (matriks di `frameworks/aturan-versi.ts`, verifikasi sekunder). Fungsi murni.
 */
import { galatNA, kosongTeks } from "./errors";
import { MATRIKS_PREDIKAT_2022, RATING_2022, type Predikat2022, type Rating2022 } from "../frameworks/aturan-versi";

const normal = (x: string): string =>
  x
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, " ");

/**
 * Membaca rating: "Di atas ekspektasi" / "di atas" / "atas", "Sesuai ekspektasi" / "sesuai", "Di bawah
 * ekspektasi" / "di bawah" / "bawah" (huruf besar/kecil bebas).
 * @throws #N/A rating kosong atau tidak dikenal
 */
export function bacaRating(x: unknown, nama = "rating"): Rating2022 {
  if (kosongTeks(x)) throw galatNA(`${nama} kosong`);
  const t = normal(String(x)).replace(/ ekspektasi$/, "");
  const peta: Record<string, Rating2022> = {
    "di atas": RATING_2022[0],
    atas: RATING_2022[0],
    sesuai: RATING_2022[1],
    "di bawah": RATING_2022[2],
    bawah: RATING_2022[2],
  };
  const r = peta[t];
  if (!r) throw galatNA(`${nama} "${String(x).trim()}" tidak dikenal (${RATING_2022.join(", ")})`);
  return r;
}

/** Predikat kinerja dari rating hasil kerja dan rating perilaku kerja. */
export function predikatKinerja2022(ratingHasil: unknown, ratingPerilaku: unknown): Predikat2022 {
  const h = RATING_2022.indexOf(bacaRating(ratingHasil, "rating hasil kerja"));
  const p = RATING_2022.indexOf(bacaRating(ratingPerilaku, "rating perilaku kerja"));
  return MATRIKS_PREDIKAT_2022[h][p];
}

/**
 * `predikatKinerja2022` untuk banyak sel (PEGAWAI.PREDIKAT atas rentang): setiap isi sel yang berbeda
 * dibaca (dinormalkan) sekali, isi yang berulang diambil dari peta. Satu pembaca per panggilan fungsi;
 * galat sama dengan `predikatKinerja2022` (rating hasil kerja diperiksa lebih dulu).
 */
export function pembacaPredikat2022(): (ratingHasil: unknown, ratingPerilaku: unknown) => Predikat2022 {
  const kenal = new Map<unknown, number>();
  const indeks = (x: unknown, nama: string): number => {
    let k = kenal.get(x);
    if (k === undefined) {
      k = RATING_2022.indexOf(bacaRating(x, nama));
      kenal.set(x, k);
    }
    return k;
  };
  return (h, p) => MATRIKS_PREDIKAT_2022[indeks(h, "rating hasil kerja")][indeks(p, "rating perilaku kerja")];
}
