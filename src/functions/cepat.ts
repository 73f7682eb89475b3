/**
 * Jalur cepat fungsi kustom (issue 26): satu lintasan atas argumen Excel mentah, bentuk, tipe dan skala
 * diperiksa di dalam loop yang menghitung, keluaran dialokasikan sekali dengan ukuran akhirnya, dan tanpa
 * panggilan closure per sel: yang berbeda antarfungsi diberikan sebagai DATA (pita sebagai larik batas,
 * jenis rasio sebagai angka), sehingga loop di sini tetap monomorfik walau dipakai banyak fungsi.
 *
 * Protokol "mundur": setiap kernel memberi `undefined` bila ada yang tidak biasa (bentuk lain, sel kosong
 * atau teks, di luar skala, hasil tak terhingga); pembungkus (`cepatAtau` di ./excel.ts, atau pemeriksaan
 * `undefined` di pembungkus SERVQUAL.*) lalu menjalankan jalur lengkap dari awal, sehingga galat dan pesannya
 * sama persis. Protokol ini milik lapisan fungsi (issue 24): inti (src/core) hanya menghitung dan melempar
 * galat bertipe. Jalur cepat tiap fungsi ("…Cepat", mis. `skorCepat` di ./bsc.ts) tinggal di samping
 * fungsinya dan memakai aturan yang dinyatakan sekali di inti (mis. `skorDariJumlah`); galat inti yang
 * dilemparnya juga berarti "mundur".
 */
import { bulatPita } from "../core/pita";

// ---------- Kernel atas argumen mentah ----------
//
// Kernel di bawah membaca argumen Excel apa adanya (belum diperiksa bentuknya, tanpa keRentang) dan
// memeriksa bentuk dan setiap sel di lintasan yang sama dengan hitungannya. Mereka tidak melempar galat:
// bila ada yang tidak biasa (bukan larik baris yang sama panjang, sel kosong/teks, di luar skala) mereka
// memberi `undefined` (atau NaN), dan pembungkus menjalankan jalur lengkap yang menyebut galat persisnya.
// Untuk masukan sah hasilnya sama persis dengan jalur lengkap (`jumlahSel`, `jumlahKali` di core/matriks.ts):
// urutan penjumlahan yang sama, baris demi baris. Batas `min`/`maks` harus angka (boleh ±Infinity).

/** Banyak kolom bila `x` larik yang baris pertamanya larik tidak kosong, selain itu 0 (baris lain diperiksa pemanggil). */
export function kolomRentang(x: unknown): number {
  if (!Array.isArray(x) || x.length === 0) return 0;
  const b: unknown = x[0];
  return Array.isArray(b) ? b.length : 0;
}

/**
 * Jumlah seluruh sel rentang persegi yang setiap selnya angka terhingga di [min, maks], dalam satu
 * lintasan; NaN bila bentuk atau satu sel tidak biasa.
 */
export function jumlahRentang(x: unknown, min: number, maks: number): number {
  const K = kolomRentang(x);
  if (K === 0) return NaN;
  const m = x as unknown[][];
  if (K === 1) return jumlahKolomTunggal(m, min, maks);
  let s = 0;
  for (let i = 0; i < m.length; i++) {
    const b = m[i];
    if (!Array.isArray(b) || b.length !== K) return NaN;
    for (let j = 0; j < K; j++) {
      const v = b[j];
      if (typeof v !== "number" || !(v >= min && v <= maks) || v - v !== 0) return NaN;
      s += v;
    }
  }
  return s;
}

/**
 * `jumlahRentang` untuk rentang satu kolom (n × 1, bentuk paling umum: satu skor per baris) tanpa loop kolom
 * di dalam loop baris; urutan penjumlahan sama.
 */
function jumlahKolomTunggal(m: unknown[][], min: number, maks: number): number {
  let s = 0;
  for (let i = 0; i < m.length; i++) {
    const b = m[i];
    if (!Array.isArray(b) || b.length !== 1) return NaN;
    const v: unknown = b[0];
    if (typeof v !== "number" || !(v >= min && v <= maks) || v - v !== 0) return NaN;
    s += v;
  }
  return s;
}

/** Dua argumen mentah berbentuk persegi yang sama (baris sama banyak, K ≥ 1 kolom)? Memberi K atau 0. */
function kolomBersama(a: unknown, b: unknown): number {
  const K = kolomRentang(a);
  return K > 0 && kolomRentang(b) === K && (a as unknown[]).length === (b as unknown[]).length ? K : 0;
}

/**
 * Σ a·b dan Σ b atas dua rentang mentah berbentuk sama, satu lintasan (sel (i, j) dengan sel (i, j)):
 * setiap sel `a` angka terhingga di [min, maks], setiap sel `b` angka terhingga ≥ 0. `pembagi` > 0:
 * a dipakai sebagai a / pembagi (sama dengan `jumlahKali` berskala); 0: a apa adanya.
 * @returns undefined bila bentuk atau satu sel tidak biasa
 */
export function jumlahKaliRentang(
  a: unknown,
  b: unknown,
  pembagi: number,
  min: number,
  maks: number,
): { jumlahKali: number; jumlahB: number } | undefined {
  const K = kolomBersama(a, b);
  if (K === 0) return undefined;
  const ma = a as unknown[][];
  const mb = b as unknown[][];
  const bagi = pembagi > 0;
  let sab = 0;
  let sb = 0;
  for (let i = 0; i < ma.length; i++) {
    const ra = ma[i];
    const rb = mb[i];
    if (!Array.isArray(ra) || !Array.isArray(rb) || ra.length !== K || rb.length !== K) return undefined;
    for (let j = 0; j < K; j++) {
      const x = ra[j];
      const y = rb[j];
      if (
        typeof x !== "number" ||
        typeof y !== "number" ||
        !(x >= min && x <= maks && y >= 0) ||
        x - x !== 0 ||
        y - y !== 0
      )
        return undefined;
      sab += (bagi ? x / pembagi : x) * y;
      sb += y;
    }
  }
  return { jumlahKali: sab, jumlahB: sb };
}

/**
 * Jumlah dan banyak sel `nilai` per kelompok, kelompok dari label teks sel yang sejajar (rentang berbentuk
 * sama), satu lintasan: `kelompok(label)` (indeks 0…banyakKelompok−1, atau −1 tidak dikenal) dipanggil sekali
 * per label berbeda. Setiap sel nilai angka terhingga di [min, maks].
 * @returns undefined bila bentuk, satu nilai, atau satu label (bukan teks, tidak dikenal) tidak biasa
 */
export function jumlahPerLabel(
  nilai: unknown,
  label: unknown,
  min: number,
  maks: number,
  kelompok: (label: string) => number,
  banyakKelompok: number,
): { jumlah: Float64Array; banyak: Float64Array } | undefined {
  const K = kolomBersama(nilai, label);
  if (K === 0) return undefined;
  const mn = nilai as unknown[][];
  const ml = label as unknown[][];
  const jumlah = new Float64Array(banyakKelompok);
  const banyak = new Float64Array(banyakKelompok);
  const kenal = new Map<string, number>();
  for (let i = 0; i < mn.length; i++) {
    const rn = mn[i];
    const rl = ml[i];
    if (!Array.isArray(rn) || !Array.isArray(rl) || rn.length !== K || rl.length !== K) return undefined;
    for (let j = 0; j < K; j++) {
      const x = rn[j];
      const t = rl[j];
      if (typeof x !== "number" || !(x >= min && x <= maks) || x - x !== 0 || typeof t !== "string") return undefined;
      let k = kenal.get(t);
      if (k === undefined) {
        k = kelompok(t);
        kenal.set(t, k);
      }
      if (k < 0) return undefined;
      jumlah[k] += x;
      banyak[k]++;
    }
  }
  return { jumlah, banyak };
}

/**
 * Teks yang tidak kosong setelah trim? Satu karakter ASCII terlihat (33–126) di depan sudah membuktikannya
 * tanpa `trim` (bukan spasi menurut `String.prototype.trim`); selain itu (kosong, spasi atau karakter
 * non-ASCII di depan) `trim` yang memutuskan. `charCodeAt(0)` teks kosong = NaN.
 */
export function berisi(t: string): boolean {
  const a = t.charCodeAt(0);
  return (a > 32 && a < 127) || t.trim() !== "";
}

/** Nilai angka terhingga di [min, maks] dan labelnya teks yang tidak kosong (`berisi`)? */
function berlabelSah(x: unknown, t: unknown, min: number, maks: number): boolean {
  return typeof x === "number" && x >= min && x <= maks && x - x === 0 && typeof t === "string" && berisi(t);
}

/**
 * Mencatat label `t` bila nilainya `x` ≤ nilai terkecil sejauh ini (`kecil`); nilai yang lebih kecil
 * mengosongkan `hasil` dulu.
 * @returns nilai terkecil yang baru
 */
function catatTerkecil(x: number, t: string, kecil: number, hasil: string[]): number {
  if (x > kecil) return kecil;
  if (x < kecil) hasil.length = 0;
  hasil.push(t);
  return x;
}

/**
 * Label (di-trim) sel-sel dengan nilai terkecil, urut baris demi baris, dari rentang nilai dan rentang
 * label berbentuk sama, satu lintasan yang memeriksa dan menghitung bersama (`berlabelSah`, lalu
 * `catatTerkecil`; keduanya fungsi biasa yang di-inline V8, bukan closure): setiap nilai angka terhingga
 * di [min, maks], setiap label teks yang tidak kosong. Label calon disimpan langsung (tanpa indeks lalu
 * `map`); hanya yang terpilih di-trim, di tempat, di akhir. Kolom tunggal (bentuk biasa) tanpa loop dalam.
 * @returns undefined bila bentuk, satu nilai atau satu label tidak biasa
 */
export function terkecilBerlabel(nilai: unknown, label: unknown, min: number, maks: number): string[] | undefined {
  const K = kolomBersama(nilai, label);
  if (K === 0) return undefined;
  const mn = nilai as unknown[][];
  const ml = label as unknown[][];
  let kecil = Infinity;
  const hasil: string[] = [];
  for (let i = 0; i < mn.length; i++) {
    const rn = mn[i];
    const rl = ml[i];
    if (!Array.isArray(rn) || !Array.isArray(rl) || rn.length !== K || rl.length !== K) return undefined;
    if (K === 1) {
      const x = rn[0];
      const t = rl[0];
      if (!berlabelSah(x, t, min, maks)) return undefined;
      kecil = catatTerkecil(x as number, t as string, kecil, hasil);
      continue;
    }
    for (let j = 0; j < K; j++) {
      const x = rn[j];
      const t = rl[j];
      if (!berlabelSah(x, t, min, maks)) return undefined;
      kecil = catatTerkecil(x as number, t as string, kecil, hasil);
    }
  }
  for (let p = 0; p < hasil.length; p++) hasil[p] = hasil[p].trim();
  return hasil;
}

/**
 * `f` untuk setiap sel rentang persegi yang selnya angka terhingga di [min, maks], dalam bentuk yang sama:
 * satu lintasan memeriksa dan menulis; setiap baris keluaran dialokasikan sekali dengan panjang akhirnya.
 * @returns undefined bila bentuk atau satu sel tidak biasa (galat dari `f` diteruskan)
 */
export function petaRentang<T>(x: unknown, min: number, maks: number, f: (v: number) => T): T[][] | undefined {
  const K = kolomRentang(x);
  if (K === 0) return undefined;
  const m = x as unknown[][];
  const hasil: T[][] = new Array(m.length);
  for (let i = 0; i < m.length; i++) {
    const b = m[i];
    if (!Array.isArray(b) || b.length !== K) return undefined;
    if (K === 1) {
      const v = b[0];
      if (typeof v !== "number" || !(v >= min && v <= maks) || v - v !== 0) return undefined;
      hasil[i] = [f(v)];
      continue;
    }
    const keluar: T[] = new Array(K);
    for (let j = 0; j < K; j++) {
      const v = b[j];
      if (typeof v !== "number" || !(v >= min && v <= maks) || v - v !== 0) return undefined;
      keluar[j] = f(v);
    }
    hasil[i] = keluar;
  }
  return hasil;
}

/**
 * Nilai tiap baris rentang persegi sebagai kolom R × 1, satu lintasan: tanpa `bobot`, Σ x / K (rata-rata);
 * dengan `bobot` (sepanjang K, sudah diperiksa, Σ bobot = `jumlahBobot`), Σ bobot·x / jumlahBobot. Setiap sel
 * angka terhingga di [min, maks].
 * @returns undefined bila bentuk, satu sel, atau Σ bobot·x tidak biasa (tak terhingga)
 */
export function nilaiBarisRentang(
  x: unknown,
  min: number,
  maks: number,
  bobot: readonly number[] | null,
  jumlahBobot: number,
): number[][] | undefined {
  const K = kolomRentang(x);
  if (K === 0 || (bobot !== null && bobot.length !== K)) return undefined;
  const m = x as unknown[][];
  const hasil: number[][] = new Array(m.length);
  for (let i = 0; i < m.length; i++) {
    const b = m[i];
    if (!Array.isArray(b) || b.length !== K) return undefined;
    let t = 0;
    for (let j = 0; j < K; j++) {
      const v = b[j];
      if (typeof v !== "number" || !(v >= min && v <= maks) || v - v !== 0) return undefined;
      t += bobot === null ? v : bobot[j] * v;
    }
    if (bobot === null) hasil[i] = [t / K];
    else {
      const r = t / jumlahBobot;
      if (t - t !== 0 || r - r !== 0) return undefined;
      hasil[i] = [r];
    }
  }
  return hasil;
}

// ---------- Pita dan rasio per sel ----------

/**
 * Pita kategori sebagai data: pita ke-i dipilih bila y > lebihDari[i] atau y ≥ palingSedikit[i] (batas
 * yang tidak dipakai = +∞), diperiksa berurutan; bila tidak satu pun, `sisa`. `baris[p]` = baris keluaran
 * satu sel `[label p]` (p = banyak pita: `sisa`), dibuat sekali dan dibekukan.
 */
export interface PitaCepat {
  readonly lebihDari: Float64Array;
  readonly palingSedikit: Float64Array;
  readonly label: readonly string[];
  readonly sisa: string;
  readonly baris: readonly (readonly string[])[];
}

/** Menyusun `PitaCepat` dari daftar {label, lebihDari?, palingSedikit?} (batas kosong = +∞). */
export function pitaCepat(
  pita: readonly { label: string; lebihDari?: number; palingSedikit?: number }[],
  sisa: string,
): PitaCepat {
  const label = pita.map((p) => p.label);
  return {
    lebihDari: Float64Array.from(pita, (p) => p.lebihDari ?? Infinity),
    palingSedikit: Float64Array.from(pita, (p) => p.palingSedikit ?? Infinity),
    label,
    sisa,
    baris: [...label, sisa].map((t) => Object.freeze([t])),
  };
}

/**
 * Nomor pita satu nilai: v angka terhingga di [min, maks], y = (v / pembagi) × faktor dibulatkan 9 desimal
 * (core/pita.ts), lalu pita pertama yang cocok (banyak pita = `sisa`). Fungsi biasa (bukan closure):
 * panggilannya monomorfik.
 * @returns −1 bila v tidak biasa
 */
function nomorPita(v: unknown, min: number, maks: number, pembagi: number, faktor: number, pita: PitaCepat): number {
  if (typeof v !== "number" || !(v >= min && v <= maks) || v - v !== 0) return -1;
  const y = bulatPita((v / pembagi) * faktor);
  const { lebihDari, palingSedikit } = pita;
  let p = 0;
  while (p < lebihDari.length && !(y > lebihDari[p] || y >= palingSedikit[p])) p++;
  return p;
}

/**
 * Label pita (`nomorPita`) tiap sel rentang persegi, dalam bentuk yang sama.
 *
 * Rentang satu kolom (bentuk biasa) memakai baris beku `pita.baris` bersama: tanpa satu pun alokasi per
 * sel. Alasannya diukur (issue 26, PEKPPP.KATEGORI): baris baru `[label]` per sel dari satu kernel yang
 * dipakai beberapa fungsi berbagi satu *allocation site* V8, dan keputusan pretenuring site itu dibuat
 * sekali oleh pemanggil pertama (mis. BSC.STATUS pada 10 rb sel, hasilnya cepat mati → "jangan
 * di-tenure" selamanya); sesudahnya 1 jt baris yang hidup sampai akhir panggilan disalin scavenger
 * berkali-kali (±7 scavenge per panggilan, 3× lantai yang site-nya sendiri di-tenure). Tanpa alokasi per
 * sel, waktu tidak bergantung pada riwayat GC itu. Keluaran hanya dibaca (Excel menyalin nilainya).
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
  const baris = pita.baris as string[][];
  for (let i = 0; i < R; i++) {
    const b = m[i];
    if (!Array.isArray(b) || b.length !== K) return undefined;
    if (K === 1) {
      const p = nomorPita(b[0], min, maks, pembagi, faktor, pita);
      if (p < 0) return undefined;
      hasil[i] = baris[p];
      continue;
    }
    const keluar: string[] = new Array(K);
    for (let j = 0; j < K; j++) {
      const p = nomorPita(b[j], min, maks, pembagi, faktor, pita);
      if (p < 0) return undefined;
      keluar[j] = baris[p][0];
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
