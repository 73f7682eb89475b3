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
