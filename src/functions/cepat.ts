/**
 * Jalur cepat fungsi kustom (issue 26): satu lintasan atas argumen Excel mentah, bentuk, tipe dan skala
 * diperiksa di dalam loop yang menghitung, keluaran dialokasikan sekali dengan ukuran akhirnya, dan tanpa
 * panggilan closure per sel: yang berbeda antarfungsi diberikan sebagai DATA (pita sebagai larik batas,
 * jenis rasio sebagai angka), sehingga loop di sini tetap monomorfik walau dipakai banyak fungsi.
 *
 * Protokol "mundur": setiap kernel memberi `undefined` bila ada yang tidak biasa (bentuk lain, sel kosong
 * atau teks, di luar skala, hasil tak terhingga); pembungkus (`cepatAtau` di ./excel.ts, atau pemeriksaan
 * `undefined` di pembungkus MUTU.GAP dan SERVQUAL.*) lalu menjalankan jalur lengkap dari awal, sehingga galat
 * dan pesannya sama persis. Protokol ini milik lapisan fungsi
 * (issue 24): inti (src/core) hanya menghitung dan melempar galat bertipe.
 */
import { bulatPita } from "../core/pita";
import { kolomRentang } from "../core/matriks";

/**
 * Pita kategori sebagai data: pita ke-i dipilih bila y > lebihDari[i] atau y ≥ palingSedikit[i] (batas
 * yang tidak dipakai = +∞), diperiksa berurutan; bila tidak satu pun, `sisa`.
 */
export interface PitaCepat {
  readonly lebihDari: Float64Array;
  readonly palingSedikit: Float64Array;
  readonly label: readonly string[];
  readonly sisa: string;
}

/** Menyusun `PitaCepat` dari daftar {label, lebihDari?, palingSedikit?} (batas kosong = +∞). */
export function pitaCepat(
  pita: readonly { label: string; lebihDari?: number; palingSedikit?: number }[],
  sisa: string,
): PitaCepat {
  return {
    lebihDari: Float64Array.from(pita, (p) => p.lebihDari ?? Infinity),
    palingSedikit: Float64Array.from(pita, (p) => p.palingSedikit ?? Infinity),
    label: pita.map((p) => p.label),
    sisa,
  };
}

/**
 * Label pita satu nilai: v angka terhingga di [min, maks], y = (v / pembagi) × faktor dibulatkan 9 desimal
 * (core/pita.ts), lalu pita pertama yang cocok. Fungsi biasa (bukan closure): panggilannya monomorfik.
 * @returns null bila v tidak biasa
 */
function labelPita(
  v: unknown,
  min: number,
  maks: number,
  pembagi: number,
  faktor: number,
  pita: PitaCepat,
): string | null {
  if (typeof v !== "number" || !(v >= min && v <= maks) || v - v !== 0) return null;
  const y = bulatPita((v / pembagi) * faktor);
  const { lebihDari, palingSedikit } = pita;
  for (let p = 0; p < lebihDari.length; p++) if (y > lebihDari[p] || y >= palingSedikit[p]) return pita.label[p];
  return pita.sisa;
}

/**
 * Label pita (`labelPita`) tiap sel rentang persegi, dalam bentuk yang sama.
 * @returns undefined bila bentuk atau satu sel tidak biasa
 */
export function pitaRentang(
  x: unknown,
  min: number,
  maks: number,
  pembagi: number,
  faktor: number,
  pita: PitaCepat,
): string[][] | undefined {
  const K = kolomRentang(x);
  if (K === 0) return undefined;
  const m = x as unknown[][];
  const R = m.length;
  const hasil: string[][] = new Array(R);
  for (let i = 0; i < R; i++) {
    const b = m[i];
    if (!Array.isArray(b) || b.length !== K) return undefined;
    if (K === 1) {
      const t = labelPita(b[0], min, maks, pembagi, faktor, pita);
      if (t === null) return undefined;
      hasil[i] = [t];
      continue;
    }
    const keluar: string[] = new Array(K);
    for (let j = 0; j < K; j++) {
      const t = labelPita(b[j], min, maks, pembagi, faktor, pita);
      if (t === null) return undefined;
      keluar[j] = t;
    }
    hasil[i] = keluar;
  }
  return hasil;
}

/** Jenis rasio per sel (`rasioRentang`); a, b selalu angka terhingga ≥ 0. */
export const RASIO = {
  /** a / b, b > 0 (produktivitas, capaian target, capaian BSC arah naik) */
  bagi: 0,
  /** a / b, b > 0 dan a ≤ b (tingkat penyelesaian) */
  bagian: 1,
  /** (a − b) / a, a > 0 dan b ≤ a (ketepatan waktu) */
  sisaBagian: 2,
} as const;
export type JenisRasio = (typeof RASIO)[keyof typeof RASIO];

/** Rasio satu pasangan sel; NaN bila sel atau syarat jenisnya tidak terpenuhi, atau hasilnya tak terhingga. */
function rasioSel(x: unknown, y: unknown, jenis: JenisRasio): number {
  if (typeof x !== "number" || typeof y !== "number" || !(x >= 0 && y >= 0) || x - x !== 0 || y - y !== 0) return NaN;
  if (jenis === RASIO.sisaBagian) return x > 0 && y <= x ? (x - y) / x : NaN;
  if (!(y > 0) || (jenis === RASIO.bagian && x > y)) return NaN;
  const r = x / y;
  return r - r === 0 ? r : NaN;
}

/**
 * Rasio per sel (`rasioSel`) dua rentang berbentuk sama (R × K), dalam bentuk yang sama.
 * @returns undefined bila bentuk atau satu sel tidak biasa (termasuk pembagi 0: jalur lengkap memberi #DIV/0!)
 */
export function rasioRentang(a: unknown, b: unknown, jenis: JenisRasio): number[][] | undefined {
  const K = kolomRentang(a);
  if (K === 0 || kolomRentang(b) !== K || (a as unknown[]).length !== (b as unknown[]).length) return undefined;
  const ma = a as unknown[][];
  const mb = b as unknown[][];
  const R = ma.length;
  const hasil: number[][] = new Array(R);
  for (let i = 0; i < R; i++) {
    const ra = ma[i];
    const rb = mb[i];
    if (!Array.isArray(ra) || !Array.isArray(rb) || ra.length !== K || rb.length !== K) return undefined;
    if (K === 1) {
      const r = rasioSel(ra[0], rb[0], jenis);
      if (r !== r) return undefined;
      hasil[i] = [r];
      continue;
    }
    const keluar: number[] = new Array(K);
    for (let j = 0; j < K; j++) {
      const r = rasioSel(ra[j], rb[j], jenis);
      if (r !== r) return undefined;
      keluar[j] = r;
    }
    hasil[i] = keluar;
  }
  return hasil;
}

/**
 * Jumlah tiap kolom rentang persegi yang setiap selnya angka terhingga di [min, maks] (tanpa sel kosong),
 * satu lintasan baris demi baris, urutan penjumlahan sama dengan `jumlahPerKolom` di inti.
 * @returns jumlah per kolom dan banyak baris, atau undefined bila bentuk, satu sel atau satu jumlah
 *   (tak terhingga: jalur lengkap lalu memberi galatnya) tidak biasa
 */
export function jumlahKolomRentang(
  x: unknown,
  min: number,
  maks: number,
): { jumlah: Float64Array; baris: number } | undefined {
  const K = kolomRentang(x);
  if (K === 0) return undefined;
  const m = x as unknown[][];
  const jumlah = new Float64Array(K);
  // NaN dan ±∞ tidak diperiksa per sel: satu saja membuat jumlah kolomnya NaN atau ±∞ (diperiksa di akhir);
  // batas skala diperiksa per sel hanya bila ada
  const berbatas = min > -Infinity || maks < Infinity;
  for (let i = 0; i < m.length; i++) {
    const b = m[i];
    if (!Array.isArray(b) || b.length !== K) return undefined;
    for (let j = 0; j < K; j++) {
      const v = b[j];
      if (typeof v !== "number" || (berbatas && !(v >= min && v <= maks))) return undefined;
      jumlah[j] += v;
    }
  }
  for (let j = 0; j < K; j++) if (jumlah[j] - jumlah[j] !== 0) return undefined;
  return { jumlah, baris: m.length };
}

/**
 * Rata-rata tiap kolom (jumlah / banyak baris) rentang tanpa sel kosong, sama dengan `rataPerKolom` di inti
 * untuk masukan itu. @returns undefined bila bentuk, satu sel atau satu rata-rata tidak biasa
 */
export function rataKolomRentang(x: unknown, min: number, maks: number): number[] | undefined {
  const j = jumlahKolomRentang(x, min, maks);
  if (!j) return undefined;
  const hasil: number[] = new Array(j.jumlah.length);
  for (let k = 0; k < hasil.length; k++) {
    const r = j.jumlah[k] / j.baris;
    if (r - r !== 0) return undefined;
    hasil[k] = r;
  }
  return hasil;
}

/**
 * `banyak` sel terbesar rentang persegi (sama besar: yang lebih dulu, baris demi baris), satu lintasan:
 * setiap sel angka terhingga ≥ 0. Aturan urutan sama dengan `peringkatTeratas` di core/lan.ts.
 * @returns nomor sel (mulai 0, urut peringkat) dan nilainya, atau undefined bila bentuk, satu sel atau
 *   `banyak` (bilangan bulat 1–32, paling banyak sebanyak sel) tidak biasa
 */
export function teratasRentang(
  x: unknown,
  banyak: number,
): { posisi: number[]; nilai: number[]; K: number } | undefined {
  const K = kolomRentang(x);
  if (K === 0 || !Number.isInteger(banyak) || banyak < 1 || banyak > 32) return undefined;
  const m = x as unknown[][];
  const posisi: number[] = [];
  const nilai: number[] = [];
  let ke = 0;
  for (let i = 0; i < m.length; i++) {
    const b = m[i];
    if (!Array.isArray(b) || b.length !== K) return undefined;
    for (let j = 0; j < K; j++, ke++) {
      const v = b[j];
      if (typeof v !== "number" || !(v >= 0) || v - v !== 0) return undefined;
      if (nilai.length === banyak) {
        if (!(v > nilai[banyak - 1])) continue;
        nilai.pop();
        posisi.pop();
      }
      let k = nilai.length;
      while (k > 0 && nilai[k - 1] < v) k--;
      nilai.splice(k, 0, v);
      posisi.splice(k, 0, ke);
    }
  }
  return ke < banyak ? undefined : { posisi, nilai, K };
}

/** Rentang R × K berisi 0 (keluaran yang diisi sebagian). */
export function nolRentang(R: number, K: number): number[][] {
  const hasil: number[][] = new Array(R);
  for (let i = 0; i < R; i++) hasil[i] = K === 1 ? [0] : new Array<number>(K).fill(0);
  return hasil;
}
