/**
 * Angka di baris perintah: membaca nilai opsi (cara baca sama dengan sel CSV, tanpa menebak), menampilkan
 * angka dengan tanda desimal pilihan pengguna, dan menolak hasil yang tidak hingga.
 */
import { InvalidArgumentError } from "commander";
import { GalatCli } from "./galat";

const tampilkanKoma = (s: string): string => s.replace(".", ",");

/**
 * Membaca angka dari nilai opsi. Diterima: "20470", "20470.5", "20470,5" (koma desimal), "20.470,5" dan
 * "20,470.5" (pengelompokan ribuan yang jelas dari kedua tanda), "1.234.567" (ribuan Indonesia), "5%"
 * (= 0,05). Yang mendua ditolak dengan menyebut kedua bacaan: satu tanda pemisah diikuti tepat tiga angka
 * ("20.470" = 20470 berpemisah ribuan Indonesia atau 20,47 bertitik desimal; "20,470" = 20,47 berkoma
 * desimal atau 20470 berpemisah ribuan Inggris).
 */
export function angkaOpsi(nama: string, teks: string): number {
  const asli = teks;
  let s = teks.trim().replace(/\s/g, "");
  let faktor = 1;
  if (s.endsWith("%")) {
    faktor = 0.01;
    s = s.slice(0, -1);
  }
  const tolak = (alasan: string): never => {
    throw new InvalidArgumentError(`${nama}: "${asli}" ${alasan}`);
  };
  if (s === "") tolak("bukan angka");
  const satuTanda = /^(-?)(\d{1,3})([.,])(\d{3})$/.exec(s);
  if (satuTanda && satuTanda[2] !== "0" && !satuTanda[2].startsWith("0")) {
    const [, tanda, depan, pemisah, belakang] = satuTanda;
    const ribuan = Number(`${tanda}${depan}${belakang}`) * faktor;
    const desimal = Number(`${tanda}${depan}.${belakang}`) * faktor;
    const r = (x: number) => tampilkanKoma(String(x));
    tolak(
      pemisah === "."
        ? `mendua: ${ribuan} (titik sebagai pemisah ribuan) atau ${r(desimal)} (titik desimal); tulis ${ribuan} atau ${r(desimal)}`
        : `mendua: ${r(desimal)} (koma desimal) atau ${ribuan} (koma sebagai pemisah ribuan); tulis ${r(desimal)} atau ${ribuan}`,
    );
  }
  let normal: string;
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s) && (s.match(/\./g) ?? []).length + (s.includes(",") ? 1 : 0) >= 2)
    normal = s.replace(/\./g, "").replace(",", ".");
  else if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s) && (s.match(/,/g) ?? []).length + (s.includes(".") ? 1 : 0) >= 2)
    normal = s.replace(/,/g, "");
  else if (/^-?\d*,\d+$/.test(s)) normal = s.replace(",", ".");
  else normal = s;
  const x = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(normal) ? Number(normal) * faktor : NaN;
  if (!Number.isFinite(x)) tolak("bukan angka");
  return x;
}

/** Cara menampilkan angka di keluaran teks: koma atau titik desimal (tanpa pemisah ribuan, agar tidak mendua). */
export interface Tampilan {
  koma: boolean;
  /** Angka dengan `d` desimal tetap. */
  tetap(x: number, d: number): string;
  /** Angka apa adanya (presisi penuh, tanpa ekor nol). */
  angka(x: number): string;
  /** Persen dengan `d` desimal, mis. "97,50%". */
  persen(x: number, d?: number): string;
  /** Teks angka tercetak (mis. dari sumber) diubah ke tanda desimal tampilan. */
  teks(s: string): string;
}

export function buatTampilan(koma: boolean): Tampilan {
  const ubah = (s: string): string => (koma ? s.replace(".", ",") : s);
  return {
    koma,
    tetap: (x, d) => ubah(x.toFixed(d)),
    angka: (x) => ubah(String(x)),
    persen: (x, d = 2) => `${ubah((x * 100).toFixed(d))}%`,
    teks: (s) => (/^-?\d+[.,]\d+$/.test(s) ? (koma ? s.replace(".", ",") : s.replace(",", ".")) : s),
  };
}

/** Tampilan dari opsi --desimal; tanpa opsi mengikuti berkas masukan (koma bila berkas berkoma desimal). */
export function tampilanDari(desimal: "koma" | "titik" | undefined, masukanKoma = false): Tampilan {
  return buatTampilan(desimal ? desimal === "koma" : masukanKoma);
}

/**
 * Memastikan setiap angka dalam hasil hingga (bukan Infinity/NaN); selain itu GalatCli kode 2 yang menyebut
 * tempatnya. Angka sebesar 9e307 dapat dijumlahkan menjadi Infinity; hasil seperti itu tidak boleh dicetak.
 */
export function pastikanHingga(hasil: unknown, sumber: string): void {
  const jalan = (x: unknown, jalur: string): void => {
    if (typeof x === "number") {
      if (!Number.isFinite(x))
        throw new GalatCli(
          `${sumber}: hasil ${jalur || "perhitungan"} tidak hingga (${Number.isNaN(x) ? "NaN" : "melampaui batas angka"}); angka masukan terlalu besar atau ` +
            `terlalu kecil untuk dihitung`,
        );
      return;
    }
    if (Array.isArray(x)) {
      for (let i = 0; i < x.length; i++) jalan(x[i], `${jalur}[${i}]`);
      return;
    }
    if (x && typeof x === "object") for (const [k, v] of Object.entries(x)) jalan(v, jalur ? `${jalur}.${k}` : k);
  };
  jalan(hasil, "");
}

/** Nilai terbesar tanpa spread (Math.max dengan larik disebar meluapkan tumpukan pada ~150.000 unsur). */
export function terbesar(daftar: readonly number[], awal = -Infinity): number {
  let m = awal;
  for (const x of daftar) if (x > m) m = x;
  return m;
}
