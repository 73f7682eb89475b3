/**
 * Perhitungan satu lintasan atas rentang 2-D (baris demi baris), tanpa salinan dan tanpa alokasi per sel.
 *
 * Rentang Excel tiba sebagai larik baris; fungsi inti yang menerima rentang besar (100.000 sampai
 * 1.000.000 sel) membaca dan memeriksa setiap sel di tempat, sekaligus menjumlah, daripada meratakannya
 * dulu ke larik baru. Daftar 1-D `x` cukup dibungkus sebagai satu baris `[x]` (tanpa salinan), jadi
 * fungsi inti untuk daftar dan untuk rentang memakai rumus yang sama di sini.
 *
 * Sel ke-k dihitung baris demi baris mulai 1 (sama dengan urutan pesan galat sebelumnya).
 */
import { galatAngka, galatNA, galatNilai, pastikanTerhingga, kosong } from "./errors";

/** Rentang 2-D: baris-baris sel (angka, teks, kosong …). */
export type Matriks = ArrayLike<ArrayLike<unknown>>;

/** Banyak sel seluruh baris. */
export function banyakSel(m: Matriks): number {
  let n = 0;
  for (let i = 0; i < m.length; i++) n += m[i].length;
  return n;
}

/** Galat untuk sel ke-`ke` yang bukan angka terhingga (atau negatif bila `nonNegatif`). */
export function galatSel(x: unknown, nama: string, ke: number): Error {
  if (kosong(x)) return galatNA(`${nama} ke-${ke} kosong`);
  if (typeof x !== "number" || x - x !== 0) return galatNilai(`${nama} ke-${ke} bukan angka`);
  return galatAngka(`${nama} ke-${ke} negatif (${x})`);
}

/**
 * Jumlah seluruh sel; setiap sel harus angka terhingga (dan ≥ 0 bila `nonNegatif`, dan di [min, maks]
 * bila `skala` diisi).
 * @throws #N/A kosong; #VALUE! bukan angka; #NUM! negatif atau di luar skala
 */
export function jumlahSel(m: Matriks, nama: string, nonNegatif = false, skala?: { min: number; maks: number }): number {
  let s = 0;
  let ke = 0;
  for (let i = 0; i < m.length; i++) {
    const baris = m[i];
    for (let j = 0; j < baris.length; j++) {
      ke++;
      const x = baris[j];
      if (typeof x !== "number" || x - x !== 0 || (nonNegatif && x < 0)) throw galatSel(x, nama, ke);
      if (skala && (x < skala.min || x > skala.maks))
        throw galatAngka(`${nama} ke-${ke} (${x}) di luar skala ${skala.min}–${skala.maks}`);
      s += x;
    }
  }
  if (ke === 0) throw galatNA(`${nama} kosong`);
  return s;
}

/**
 * Setiap sel dibagi `pembagi` lalu dikali `faktor`, dalam bentuk yang sama (baris baru, tanpa salinan
 * perantara). Dipakai setelah `jumlahSel` memeriksa semua sel.
 */
export function bagiSel(m: Matriks, pembagi: number, faktor = 1): number[][] {
  const hasil: number[][] = new Array(m.length);
  for (let i = 0; i < m.length; i++) {
    const baris = m[i];
    if (baris.length === 1) {
      hasil[i] = [((baris[0] as number) / pembagi) * faktor];
      continue;
    }
    const keluar: number[] = new Array(baris.length);
    for (let j = 0; j < baris.length; j++) keluar[j] = ((baris[j] as number) / pembagi) * faktor;
    hasil[i] = keluar;
  }
  return hasil;
}

/**
 * Σ a·b dan Σ b atas dua rentang yang sama banyak selnya (dibaca berpasangan, baris demi baris).
 * @param skala bila diisi, setiap sel `a` harus di [min, maks] (#NUM! bila tidak) dan dipakai sebagai a / maks
 * @throws #VALUE! banyak sel berbeda; galat sel seperti `jumlahSel` (b selalu ≥ 0)
 */
export function jumlahKali(
  a: Matriks,
  b: Matriks,
  namaA: string,
  namaB: string,
  skala?: { min: number; maks: number },
): { jumlahKali: number; jumlahB: number } {
  // bentuk sama (kasus biasa): banyak sel pasti sama, tanpa lintasan hitung tambahan
  if (samaBentuk(a, b) && a.length > 0 && a[0].length > 0) return jumlahKaliSejajar(a, b, namaA, namaB, skala);
  const na = banyakSel(a);
  const nb = banyakSel(b);
  if (na !== nb) throw galatNilai(`jumlah ${namaA} (${na}) tidak sama dengan jumlah ${namaB} (${nb})`);
  if (na === 0) throw galatNA(`${namaA} kosong`);
  let sab = 0;
  let sb = 0;
  let ib = 0;
  let jb = 0;
  let ke = 0;
  for (let i = 0; i < a.length; i++) {
    const baris = a[i];
    for (let j = 0; j < baris.length; j++) {
      ke++;
      while (jb >= b[ib].length) {
        ib++;
        jb = 0;
      }
      const y = b[ib][jb++];
      if (typeof y !== "number" || y - y !== 0 || y < 0) throw galatSel(y, namaB, ke);
      const x = baris[j];
      if (typeof x !== "number" || x - x !== 0) throw galatSel(x, namaA, ke);
      if (skala && (x < skala.min || x > skala.maks))
        throw galatAngka(`${namaA} ke-${ke} (${x}) di luar skala ${skala.min}–${skala.maks}`);
      sab += (skala ? x / skala.maks : x) * y;
      sb += y;
    }
  }
  return { jumlahKali: sab, jumlahB: sb };
}

/** Dua rentang berbaris sama banyak dan setiap barisnya sama panjang? */
function samaBentuk(a: Matriks, b: Matriks): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i].length !== b[i].length) return false;
  return true;
}

/** `jumlahKali` untuk dua rentang berbentuk sama: sel (i, j) dengan sel (i, j), tanpa kursor kedua. */
function jumlahKaliSejajar(
  a: Matriks,
  b: Matriks,
  namaA: string,
  namaB: string,
  skala?: { min: number; maks: number },
): { jumlahKali: number; jumlahB: number } {
  // tanpa skala: a / 1 = a, dan batas ±Infinity tidak pernah dilanggar angka terhingga
  const min = skala ? skala.min : -Infinity;
  const maks = skala ? skala.maks : Infinity;
  const pembagi = skala ? skala.maks : 1;
  let sab = 0;
  let sb = 0;
  let ke = 0;
  for (let i = 0; i < a.length; i++) {
    const ra = a[i];
    const rb = b[i];
    for (let j = 0; j < ra.length; j++) {
      ke++;
      const x = ra[j];
      const y = rb[j];
      if (typeof y !== "number" || y - y !== 0 || y < 0) throw galatSel(y, namaB, ke);
      if (typeof x !== "number" || x - x !== 0) throw galatSel(x, namaA, ke);
      if (x < min || x > maks) throw galatAngka(`${namaA} ke-${ke} (${x}) di luar skala ${min}–${maks}`);
      sab += (x / pembagi) * y;
      sb += y;
    }
  }
  return { jumlahKali: sab, jumlahB: sb };
}

/** Skala jawaban yang diperiksa di tempat; `diLuar` melempar galat yang menyebut butirnya. */
export interface SkalaKolom {
  min: number;
  maks: number;
  diLuar(x: number, baris: number, kolom: number): never;
}

/**
 * Jumlah dan banyak jawaban tiap kolom; sel kosong dilewati (responden tidak menjawab), sel lain harus
 * angka terhingga (dan di dalam `skala` bila diisi; pemeriksaan di dalam loop, tanpa panggilan per sel).
 * @throws #VALUE! sel bukan angka (menyebut baris dan kolom); galat `skala.diLuar` di luar skala
 */
export function jumlahPerKolom(
  m: Matriks,
  nama: string,
  skala?: SkalaKolom,
): { jumlah: Float64Array; banyak: Float64Array } {
  const K = m.length > 0 ? m[0].length : 0;
  const jumlah = new Float64Array(K);
  // yang dihitung sel kosong (jarang), bukan jawaban: banyak jawaban = baris − kosong
  const kosong = new Float64Array(K);
  const min = skala ? skala.min : -Infinity;
  const maks = skala ? skala.maks : Infinity;
  for (let i = 0; i < m.length; i++) {
    const baris = m[i];
    if (baris.length !== K) throw galatNilai(`${nama} bukan rentang persegi`);
    for (let j = 0; j < K; j++) {
      const x = baris[j];
      if (typeof x === "number" && x - x === 0) {
        if (x < min || x > maks) (skala as SkalaKolom).diLuar(x, i + 1, j + 1);
        jumlah[j] += x;
      } else if (x === null || x === undefined || x === "") {
        kosong[j]++;
      } else {
        throw galatNilai(`${nama} baris ${i + 1}, kolom ${j + 1} bukan angka`);
      }
    }
  }
  const banyak = new Float64Array(K);
  for (let j = 0; j < K; j++) banyak[j] = m.length - kosong[j];
  return { jumlah, banyak };
}

/**
 * Nilai terkecil seluruh sel dan nomor-nomor selnya (mulai 0, baris demi baris); semua sel harus angka.
 * @throws seperti `jumlahSel`
 */
export function terkecilSel(m: Matriks, nama: string): { nilai: number; posisi: number[] } {
  let min = Infinity;
  let posisi: number[] = [];
  let ke = 0;
  for (let i = 0; i < m.length; i++) {
    const baris = m[i];
    for (let j = 0; j < baris.length; j++) {
      const x = baris[j];
      if (typeof x !== "number" || x - x !== 0) throw galatSel(x, nama, ke + 1);
      if (x < min) {
        min = x;
        posisi = [ke];
      } else if (x === min) posisi.push(ke);
      ke++;
    }
  }
  if (ke === 0) throw galatNA(`${nama} kosong`);
  return { nilai: min, posisi };
}

/**
 * Rata-rata tiap kolom (butir) atas jawaban yang ada; sel kosong dilewati.
 * @param skala lihat `jumlahPerKolom`
 * @throws #N/A kolom tanpa satu pun jawaban ("… butir ke-j kosong"); lihat `jumlahPerKolom`
 */
export function rataPerKolom(m: Matriks, nama: string, skala?: SkalaKolom): number[] {
  const { jumlah, banyak } = jumlahPerKolom(m, nama, skala);
  const hasil: number[] = [];
  for (let j = 0; j < jumlah.length; j++) {
    if (banyak[j] === 0) throw galatNA(`${nama} butir ke-${j + 1} kosong`);
    hasil.push(pastikanTerhingga(jumlah[j] / banyak[j], `rata-rata ${nama} butir ke-${j + 1}`));
  }
  return hasil;
}

// ---------- Jalur cepat atas argumen mentah ----------
//
// Kernel di bawah membaca argumen Excel apa adanya (belum diperiksa bentuknya, tanpa keRentang) dan
// memeriksa bentuk dan setiap sel di lintasan yang sama dengan hitungannya. Mereka tidak melempar galat:
// bila ada yang tidak biasa (bukan larik baris yang sama panjang, sel kosong/teks, di luar skala) mereka
// memberi `undefined` (atau NaN), dan pembungkus menjalankan jalur lengkap yang menyebut galat persisnya
// (src/functions/excel.ts `cepatAtau`). Untuk masukan sah hasilnya sama persis dengan jalur lengkap:
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
