/**
 * Galat (error) bertipe untuk seluruh inti perhitungan.
 *
 * Setiap galat membawa jenis yang dipetakan ke galat Excel:
 * - `NILAI`  → #VALUE!  (tipe masukan salah: teks di tempat angka, bentuk rentang tidak cocok)
 * - `ANGKA`  → #NUM!    (angka di luar rentang: skor 11 pada skala 1–10, total negatif)
 * - `BAGI0`  → #DIV/0!  (jumlah nol sehingga proporsi tidak terdefinisi)
 * - `NA`     → #N/A     (data belum ada: sel kosong, daftar kosong, nama tidak dikenal)
 * Pesannya singkat, dalam Bahasa Indonesia, dan menyebut masukan mana yang salah.
 */
export type JenisGalat = "NILAI" | "ANGKA" | "BAGI0" | "NA";

/** Kode galat Excel yang sesuai dengan setiap jenis galat. */
export const KODE_EXCEL: Readonly<Record<JenisGalat, string>> = {
  NILAI: "#VALUE!",
  ANGKA: "#NUM!",
  BAGI0: "#DIV/0!",
  NA: "#N/A",
};

export class GalatKinerja extends Error {
  readonly jenis: JenisGalat;
  constructor(jenis: JenisGalat, pesan: string) {
    super(pesan);
    this.name = "GalatKinerja";
    this.jenis = jenis;
  }
}

export const galatNilai = (pesan: string): GalatKinerja => new GalatKinerja("NILAI", pesan);
export const galatAngka = (pesan: string): GalatKinerja => new GalatKinerja("ANGKA", pesan);
export const galatBagiNol = (pesan: string): GalatKinerja => new GalatKinerja("BAGI0", pesan);
export const galatNA = (pesan: string): GalatKinerja => new GalatKinerja("NA", pesan);

/** Benar bila `x` adalah angka terhingga (bukan NaN, bukan Infinity). */
/** Sel kosong dari Excel ("" atau null/undefined). */
export function kosong(x: unknown): boolean {
  return x === "" || x === null || x === undefined;
}

export function angkaTerhingga(x: unknown): x is number {
  return typeof x === "number" && Number.isFinite(x);
}

/**
 * Memastikan satu nilai adalah angka terhingga (tanpa membuat larik, untuk fungsi per sel).
 * @throws #N/A kosong; #VALUE! bukan angka; #NUM! negatif bila `nonNegatif`
 */
export function angkaTunggal(x: unknown, nama: string, nonNegatif = false): number {
  if (typeof x === "number" && x - x === 0 && !(nonNegatif && x < 0)) return x;
  if (x === null || x === undefined || x === "") throw galatNA(`${nama} kosong`);
  if (!angkaTerhingga(x)) throw galatNilai(`${nama} bukan angka`);
  throw galatAngka(`${nama} negatif (${x})`);
}

/**
 * Memastikan sebuah daftar berisi angka terhingga. Satu lintasan tanpa salinan: yang dikembalikan
 * adalah daftar masukan itu sendiri (sudah diperiksa), jadi jangan diubah oleh pemanggil.
 * @param nama nama masukan untuk pesan galat, mis. "total variabel"
 * @param nonNegatif bila benar, angka negatif ditolak dengan #NUM!
 */
export function pastikanAngka(nilai: readonly unknown[], nama: string, nonNegatif = false): number[] {
  if (nilai.length === 0) throw galatNA(`${nama} kosong`);
  for (let i = 0; i < nilai.length; i++) {
    const x = nilai[i];
    if (typeof x === "number" && x - x === 0 && !(nonNegatif && x < 0)) continue;
    if (x === null || x === undefined || x === "") throw galatNA(`${nama} ke-${i + 1} kosong`);
    if (!angkaTerhingga(x)) throw galatNilai(`${nama} ke-${i + 1} bukan angka`);
    throw galatAngka(`${nama} ke-${i + 1} negatif (${x})`);
  }
  return nilai as number[];
}

/**
 * Memastikan hasil (satu angka atau daftar) terhingga. Angka yang dapat diterima Excel (sampai ≈ 1e308)
 * dapat melampaui batas di tengah perhitungan (9E307 + 9E307, 1E307 / 1E-300): hasilnya Infinity atau NaN,
 * atau proporsi diam-diam 0. Setiap fungsi inti memeriksa hasil dan jumlah antaranya dengan ini.
 * @throws #NUM! bila ada yang bukan angka terhingga
 */
export function pastikanTerhingga<T extends number | readonly number[]>(hasil: T, nama: string): T {
  const galat = () => galatAngka(`${nama} melampaui batas angka (hasil tidak terhingga); perkecil satuan masukan`);
  if (typeof hasil === "number") {
    if (hasil - hasil !== 0) throw galat();
    return hasil;
  }
  const daftar = hasil as readonly number[];
  for (let i = 0; i < daftar.length; i++) if (daftar[i] - daftar[i] !== 0) throw galat();
  return hasil;
}
