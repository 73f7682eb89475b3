/**
 * Penghubung tipis antara Excel dan inti perhitungan: mengubah rentang 2-D menjadi daftar angka
 * dan galat inti (GalatKinerja) menjadi CustomFunctions.Error. Tanpa aritmetika.
 *
 * Arti sel kosong: Excel mengirim sel kosong sebagai "" (atau null pada beberapa host). Fungsi
 * yang menerima daftar memilih salah satu aturan di bawah dan menyebutkannya di JSDoc-nya.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- argumen Excel bertipe campuran diperiksa di sini */
import { GalatKinerja, KODE_EXCEL, galatDi, kosong, type JenisGalat } from "../core/errors";
import { kolomRentang } from "./cepat";

export type Sel = number | string | boolean | null | undefined;
export type Rentang = Sel[][];

/** Kode CustomFunctions tiap jenis galat: dari KODE_EXCEL (satu peta jenis → galat Excel, core/errors.ts). */
const KODE = KODE_EXCEL as Readonly<Record<JenisGalat, CustomFunctions.ErrorCode>>;

/** Pesan #VALUE! untuk kesalahan program dan galat di luar keluarga (rinciannya hanya di konsol pengembang). */
export const PESAN_TAK_TERDUGA = "masukan tidak dapat diproses: periksa bentuk rentang dan isi selnya";

/** Membuat CustomFunctions.Error untuk jenis galat inti. */
export function galatExcel(jenis: JenisGalat, pesan: string): CustomFunctions.Error {
  return new CustomFunctions.Error(KODE[jenis], pesan);
}

/**
 * Galat apa pun → CustomFunctions.Error (satu-satunya peta galat → sel Excel): galat keluarga menurut jenisnya
 * dengan pesannya; golongan `internal` dan galat JavaScript mentah (mis. "a is not iterable") → #VALUE! berpesan
 * umum berbahasa Indonesia, rinciannya hanya di konsol pengembang.
 */
export function keGalatExcel(e: unknown): CustomFunctions.Error {
  if (e instanceof CustomFunctions.Error) return e;
  if (e instanceof GalatKinerja && e.golongan !== "internal") return galatExcel(e.jenis, e.message);
  console.error("Penilaian Kinerja: galat tak terduga di fungsi kustom", e);
  return galatExcel("NILAI", PESAN_TAK_TERDUGA);
}

/** Menjalankan perhitungan inti; galat apa pun dilempar ulang sebagai CustomFunctions.Error (`keGalatExcel`). */
export function jalankan<T>(hitung: () => T): T {
  try {
    return hitung();
  } catch (e) {
    throw keGalatExcel(e);
  }
}

/**
 * Jalur cepat dengan jalur lengkap sebagai cadangan. `cepat` membaca argumen mentah sekali (bentuk dan sel
 * diperiksa di lintasan hitungnya, kernel "…Rentang" di ./cepat.ts) dan memberi hasil, atau
 * `undefined` (atau melempar) bila ada yang tidak biasa: bentuk lain, sel kosong atau teks, nilai di luar
 * skala, hasil tak terhingga. Saat itu `lengkap` (memeriksa dulu, lalu menghitung) dijalankan dari awal,
 * sehingga galat dan pesannya sama persis dengan sebelumnya. Untuk masukan sah kedua jalur memberi hasil
 * yang sama persis (test/fungsi/jalur-cepat.test.ts).
 */
export function cepatAtau<T>(cepat: () => T | undefined, lengkap: () => T): T {
  let hasil: T | undefined;
  try {
    hasil = cepat();
  } catch {
    hasil = undefined;
  }
  return hasil === undefined ? jalankan(lengkap) : hasil;
}

/** Sel kosong? ("" atau null/undefined): satu definisi di inti. */
export { kosong };

export type AturanKosong = "galat" | "lewati";

/**
 * Catatan kinerja V8 (Node 20, diukur untuk issue 26): `new Array(n)` lalu diisi berurutan dari indeks 0
 * tetap larik rapat (bukan "kamus") juga untuk n = 1.000.000 (`%HasDictionaryElements` salah), dan tidak
 * lebih lambat daripada `push`, yang harus menyalin larik setiap kali tumbuh. Keluaran di sini karena itu
 * dialokasikan sekali dengan panjang akhirnya; baris n × 1 ditulis sebagai `[v]`.
 */

/**
 * Meratakan rentang (baris demi baris) menjadi daftar angka, dalam satu lintasan.
 * - sel kosong: `galat` → #N/A "… kosong"; `lewati` → dilewati (mis. responden yang tidak menjawab)
 * - teks, boolean, galat → #VALUE!
 */
export function daftarAngka(rentang: Rentang, nama: string, aturanKosong: AturanKosong = "galat"): number[] {
  const hasil: number[] = [];
  for (let i = 0; i < rentang.length; i++) {
    const baris = rentang[i];
    for (let j = 0; j < baris.length; j++) {
      const x = baris[j];
      if (typeof x === "number" && x - x === 0) {
        hasil.push(x);
        continue;
      }
      if (kosong(x)) {
        if (aturanKosong === "lewati") continue;
        throw galatExcel("NA", `${nama} ke-${urutanSel(rentang, i, j)} kosong`);
      }
      throw galatExcel("NILAI", `${nama} ke-${urutanSel(rentang, i, j)} bukan angka`);
    }
  }
  if (hasil.length === 0) throw galatExcel("NA", `${nama} kosong`);
  return hasil;
}

/**
 * Memeriksa bahwa setiap sel rentang berisi angka, dalam satu lintasan tanpa salinan: rentang itu
 * sendiri dikembalikan sebagai baris-baris angka. Pesan galat menyebut baris dan kolomnya.
 * - sel kosong → #N/A "… baris i, kolom j kosong"; teks, boolean, galat → #VALUE!
 */
export function matriksAngka(rentang: Rentang, nama: string): number[][] {
  for (let i = 0; i < rentang.length; i++) {
    const baris = rentang[i];
    for (let j = 0; j < baris.length; j++) {
      const x = baris[j];
      if (typeof x === "number" && x - x === 0) continue;
      if (kosong(x)) throw galatExcel("NA", `${nama} baris ${i + 1}, kolom ${j + 1} kosong`);
      throw galatExcel("NILAI", `${nama} baris ${i + 1}, kolom ${j + 1} bukan angka`);
    }
  }
  return rentang as number[][];
}

/** Nomor urut (mulai 1, baris demi baris) sel (i, j) sebuah rentang: untuk pesan galat saja. */
function urutanSel(rentang: Rentang, i: number, j: number): number {
  let ke = j + 1;
  for (let r = 0; r < i; r++) ke += rentang[r].length;
  return ke;
}

/** Mengembalikan daftar hasil dalam bentuk yang sama dengan rentang masukan (untuk hasil yang "spill"). */
export function bentukSeperti<T extends number | string>(rentang: Rentang, nilai: ArrayLike<T>): T[][] {
  const hasil: T[][] = new Array(rentang.length);
  let n = 0;
  for (let i = 0; i < rentang.length; i++) {
    const k = rentang[i].length;
    const baris: T[] = new Array(k);
    for (let j = 0; j < k; j++) baris[j] = nilai[n++];
    hasil[i] = baris;
  }
  return hasil;
}

/** Satu kolom (n × 1) dari daftar. */
export function kolom<T>(nilai: readonly T[]): T[][] {
  const hasil: T[][] = new Array(nilai.length);
  for (let i = 0; i < nilai.length; i++) hasil[i] = [nilai[i]];
  return hasil;
}

/** Memastikan argumen opsional berupa angka; kosong/undefined/null memberi nilai bawaan. */
export function angkaOpsional(x: Sel | Sel[][], bawaan: number, nama: string): number {
  const v = Array.isArray(x) ? x[0]?.[0] : x;
  if (kosong(v as Sel)) return bawaan;
  if (typeof v !== "number" || !Number.isFinite(v)) throw galatExcel("NILAI", `${nama} bukan angka`);
  return v;
}

/** Memastikan argumen teks opsional; kosong memberi nilai bawaan. */
export function teksOpsional(x: Sel, bawaan: string): string {
  if (kosong(x)) return bawaan;
  return String(x).trim();
}

/**
 * Argumen Excel (satu nilai atau rentang 2-D) sebagai rentang 2-D. Rentang yang sudah 2-D dipakai apa
 * adanya (hanya diperiksa, tidak disalin): Excel mengirim larik baris yang sama panjang.
 */
export function keRentang(x: any, nama: string): Rentang {
  if (!Array.isArray(x)) return [[x as Sel]];
  if (x.length === 0) throw galatExcel("NA", `${nama} kosong`);
  // satu lintasan: setiap baris larik dan sama panjang (bentuk yang dikirim Excel); selain itu disalin
  const k0 = Array.isArray(x[0]) ? x[0].length : -1;
  let persegi = k0 > 0;
  for (let i = 0; persegi && i < x.length; i++) persegi = Array.isArray(x[i]) && x[i].length === k0;
  if (persegi) return x as Sel[][];
  const baris: Sel[][] = x.map((b: any) => (Array.isArray(b) ? (b as Sel[]) : [b as Sel]));
  const kolom = baris[0].length;
  for (let i = 0; i < baris.length; i++) {
    if (baris[i].length !== kolom || kolom === 0) throw galatExcel("NILAI", `${nama} bukan rentang persegi`);
  }
  return baris;
}

/** Satu sel (1 × 1)? Argumen satu sel dipakai untuk setiap posisi di `perSel`. */
function satuSel(m: Rentang): boolean {
  return m.length === 1 && m[0].length === 1;
}

/**
 * Menerapkan `f` pada setiap posisi dari beberapa rentang yang bentuknya sama (argumen satu sel
 * dipakai untuk semua posisi). Galat inti di satu posisi diberi keterangan baris/kolom.
 *
 * Satu lintasan, tanpa alokasi per sel: larik `sel` yang diberikan ke `f` dipakai ulang untuk setiap
 * posisi (baca isinya segera, jangan disimpan; `f` harus murni, karena dapat dipanggil ulang), dan
 * hasilnya ditulis ke larik 2-D yang dialokasikan sekali per baris dengan ukuran akhirnya. Bentuk
 * argumen diperiksa di lintasan yang sama (`perSelCepat`); bila bentuknya tidak biasa atau satu posisi
 * gagal, semuanya diulang oleh jalur lengkap (`perSelLengkap`) yang memeriksa bentuk dulu, sehingga galat
 * dan pesannya sama persis.
 * @throws #VALUE! bila bentuk rentang tidak sama
 */
export function perSel<T>(argumen: readonly { nilai: any; nama: string }[], f: (sel: Sel[]) => T): T[][] {
  let hasil: T[][] | undefined;
  try {
    hasil = perSelCepat(argumen, f);
  } catch {
    hasil = undefined;
  }
  return hasil ?? perSelLengkap(argumen, f);
}

/**
 * Jalur cepat `perSel`: setiap argumen nilai tunggal, rentang 1 × 1 (dipakai untuk semua posisi) atau
 * rentang R × K yang sama; bentuk tiap baris diperiksa saat baris itu dibaca.
 * @returns undefined bila bentuk argumen tidak biasa (galat `f` diteruskan)
 */
function perSelCepat<T>(argumen: readonly { nilai: any; nama: string }[], f: (sel: Sel[]) => T): T[][] | undefined {
  const A = argumen.length;
  const sel: Sel[] = new Array(A);
  const ubah: number[] = [];
  const rentang: any[][][] = [];
  let R = 1;
  let K = 1;
  for (let a = 0; a < A; a++) {
    const x = argumen[a].nilai;
    if (!Array.isArray(x)) {
      sel[a] = x as Sel;
      continue;
    }
    const k = kolomRentang(x);
    if (k === 0) return undefined;
    if (x.length === 1 && k === 1) {
      sel[a] = x[0][0];
      continue;
    }
    if (ubah.length === 0) {
      R = x.length;
      K = k;
    } else if (x.length !== R || k !== K) return undefined;
    ubah.push(a);
    rentang.push(x);
  }
  const U = ubah.length;
  const baris: Sel[][] = new Array(U);
  const hasil: T[][] = new Array(R);
  for (let i = 0; i < R; i++) {
    for (let u = 0; u < U; u++) {
      const b = rentang[u][i];
      if (!Array.isArray(b) || b.length !== K) return undefined;
      baris[u] = b;
    }
    if (K === 1) {
      for (let u = 0; u < U; u++) sel[ubah[u]] = baris[u][0];
      hasil[i] = [f(sel)];
      continue;
    }
    const keluar: T[] = new Array(K);
    for (let j = 0; j < K; j++) {
      for (let u = 0; u < U; u++) sel[ubah[u]] = baris[u][j];
      keluar[j] = f(sel);
    }
    hasil[i] = keluar;
  }
  return hasil;
}

/**
 * `perSel` dengan bentuk semua argumen diperiksa lebih dulu (keRentang), galat per posisi bertanda
 * baris/kolom. Diekspor untuk uji kesetaraan jalur cepat (test/fungsi/jalur-cepat.test.ts).
 */
export function perSelLengkap<T>(argumen: readonly { nilai: any; nama: string }[], f: (sel: Sel[]) => T): T[][] {
  const rentang = argumen.map((a) => keRentang(a.nilai, a.nama));
  let acuan = -1;
  for (let i = 0; i < rentang.length; i++) {
    const m = rentang[i];
    if (satuSel(m)) continue;
    if (acuan < 0) acuan = i;
    else if (rentang[acuan].length !== m.length || rentang[acuan][0].length !== m[0].length) {
      const a = rentang[acuan];
      throw galatExcel(
        "NILAI",
        `bentuk ${argumen[i].nama} (${m.length}×${m[0].length}) tidak sama dengan ${argumen[acuan].nama} (${a.length}×${a[0].length})`,
      );
    }
  }
  const R = acuan < 0 ? 1 : rentang[acuan].length;
  const K = acuan < 0 ? 1 : rentang[acuan][0].length;
  const A = rentang.length;
  const tetap = rentang.map(satuSel);
  const sel: Sel[] = new Array(A);
  for (let a = 0; a < A; a++) sel[a] = rentang[a][0][0];
  const hasil: T[][] = new Array(R);
  for (let i = 0; i < R; i++) {
    const baris: T[] = new Array(K);
    for (let j = 0; j < K; j++) {
      for (let a = 0; a < A; a++) if (!tetap[a]) sel[a] = rentang[a][i][j];
      try {
        baris[j] = f(sel);
      } catch (e) {
        if (e instanceof GalatKinerja && acuan >= 0) throw galatDi(e, `baris ${i + 1}, kolom ${j + 1}`);
        throw e;
      }
    }
    hasil[i] = baris;
  }
  return hasil;
}

/** Argumen opsional tidak diisi (undefined/null atau seluruh selnya kosong)? */
export function tidakDiisi(x: any): boolean {
  if (x === undefined || x === null) return true;
  if (!Array.isArray(x)) return kosong(x);
  for (const b of x) {
    if (!Array.isArray(b)) {
      if (!kosong(b)) return false;
      continue;
    }
    for (let j = 0; j < b.length; j++) if (!kosong(b[j])) return false;
  }
  return true;
}

/** Label teks dari satu baris atau kolom (baris demi baris); sel kosong → #N/A. */
export function daftarLabel(x: any, nama: string): string[] {
  const r = keRentang(x, nama);
  const hasil: string[] = [];
  for (let i = 0; i < r.length; i++) {
    const baris = r[i];
    for (let j = 0; j < baris.length; j++) {
      const v = baris[j];
      if (kosong(v)) throw galatExcel("NA", `${nama} ke-${hasil.length + 1} kosong`);
      hasil.push(typeof v === "string" ? v.trim() : String(v).trim());
    }
  }
  return hasil;
}
