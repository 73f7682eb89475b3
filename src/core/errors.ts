/**
 * Keluarga galat proyek: satu kelas dasar (`GalatKinerja`) untuk semua lapisan (inti, rencana, adaptor, CLI,
 * panel). Setiap galat membawa dua hal dan pesan singkat berbahasa Indonesia yang menyebut masukan mana yang salah.
 *
 * `jenis` — galat Excel yang sesuai (dipakai fungsi kustom):
 * - `NILAI`  → #VALUE!  (tipe masukan salah: teks di tempat angka, bentuk rentang tidak cocok)
 * - `ANGKA`  → #NUM!    (angka di luar rentang: skor 11 pada skala 1–10, total negatif)
 * - `BAGI0`  → #DIV/0!  (jumlah nol sehingga proporsi tidak terdefinisi)
 * - `NA`     → #N/A     (data belum ada: sel kosong, daftar kosong, nama tidak dikenal)
 *
 * `golongan` — asal masalahnya; setiap lapisan memetakannya di satu tempat (CLI → kode keluar, cli/galat.ts;
 * panel → gaya pesan, taskpane/ui-galat.ts; fungsi → galat Excel, functions/excel.ts):
 * - `masukan`  data, berkas atau opsi pengguna tidak dapat dipakai (bawaan)
 * - `batas`    batas ukuran atau angka terlampaui (berkas > 64 MiB, permintaan > 5 MB, hasil tak terhingga)
 * - `excel`    Excel menolak atau tidak dapat melakukannya (versi terlalu lama, lembar dilindungi, tata letak
 *              yang tidak dapat diikuti)
 * - `internal` kesalahan program (tata letak rencana tidak konsisten, alamat rencana tidak sah): bukan salah
 *              pengguna; pesannya untuk pengembang
 *
 * Hanya `GalatKinerja` yang menurunkan `Error` langsung (eslint.config.js); galat khusus lapisan (GalatCli,
 * GalatIsian, GalatTerapkan, …) menurunkan kelas ini.
 */
export type JenisGalat = "NILAI" | "ANGKA" | "BAGI0" | "NA";

/** Asal galat: masukan pengguna, batas, penolakan Excel, atau kesalahan program. */
export type GolonganGalat = "masukan" | "batas" | "excel" | "internal";

/** Semua golongan (untuk peta per lapisan dan ujinya). */
export const GOLONGAN_GALAT: readonly GolonganGalat[] = ["masukan", "batas", "excel", "internal"];

/** Kode galat Excel yang sesuai dengan setiap jenis galat. */
export const KODE_EXCEL: Readonly<Record<JenisGalat, "#VALUE!" | "#NUM!" | "#DIV/0!" | "#N/A">> = {
  NILAI: "#VALUE!",
  ANGKA: "#NUM!",
  BAGI0: "#DIV/0!",
  NA: "#N/A",
};

export class GalatKinerja extends Error {
  readonly jenis: JenisGalat;
  readonly golongan: GolonganGalat;
  constructor(jenis: JenisGalat, pesan: string, golongan: GolonganGalat = "masukan") {
    super(pesan);
    this.name = "GalatKinerja";
    this.jenis = jenis;
    this.golongan = golongan;
  }
}

export const galatNilai = (pesan: string): GalatKinerja => new GalatKinerja("NILAI", pesan);
export const galatAngka = (pesan: string): GalatKinerja => new GalatKinerja("ANGKA", pesan);
export const galatBagiNol = (pesan: string): GalatKinerja => new GalatKinerja("BAGI0", pesan);
export const galatNA = (pesan: string): GalatKinerja => new GalatKinerja("NA", pesan);
/** Kesalahan program (invarian dilanggar); di fungsi kustom menjadi #VALUE! berpesan umum. */
export const galatInternal = (pesan: string): GalatKinerja => new GalatKinerja("NILAI", pesan, "internal");

/**
 * Galat yang sama (jenis dan golongan) dengan pesan yang menyebut tempatnya: `tempat: pesan`
 * (mis. "pegawai ke-3: skor kosong", "data.csv baris 4: …").
 */
export function galatDi(e: GalatKinerja, tempat: string): GalatKinerja {
  return new GalatKinerja(e.jenis, `${tempat}: ${e.message}`, e.golongan);
}

/**
 * Sel kosong — dua arti, dipilih menurut apa yang dibaca:
 * - `kosong`: arti Excel. Sel yang tidak diisi sampai ke kode sebagai "" (Office.js, Excel di web) atau
 *   null/undefined (host lain, argumen opsional, ExcelJS). Teks berisi spasi BUKAN kosong (ISBLANK/COUNTA
 *   Excel juga menghitungnya sebagai isi): fungsi kustom memakai ini agar menjawab sama dengan rumus Excel.
 * - `kosongTeks`: juga teks yang hanya berisi spasi/tab/baris baru. Untuk teks ketikan yang dirapikan sebelum
 *   dipakai (nama, label, tanggal, nilai di lembar yang diperiksa Periksa): spasi saja tidak berarti apa-apa.
 * Angka, boolean, tanggal dan galat tidak pernah kosong.
 */
export function kosong(x: unknown): x is "" | null | undefined {
  return x === "" || x === null || x === undefined;
}

/** Kosong, atau teks yang hanya berisi spasi (lihat `kosong`). */
export function kosongTeks(x: unknown): boolean {
  return x === null || x === undefined || (typeof x === "string" && x.trim() === "");
}

/** Benar bila `x` adalah angka terhingga (bukan NaN, bukan Infinity). */
export function angkaTerhingga(x: unknown): x is number {
  return typeof x === "number" && Number.isFinite(x);
}

/**
 * Memastikan satu nilai adalah angka terhingga (tanpa membuat larik, untuk fungsi per sel).
 * @throws #N/A kosong; #VALUE! bukan angka; #NUM! negatif bila `nonNegatif`
 */
export function angkaTunggal(x: unknown, nama: string, nonNegatif = false): number {
  if (typeof x === "number" && x - x === 0 && !(nonNegatif && x < 0)) return x;
  if (kosong(x)) throw galatNA(`${nama} kosong`);
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
    if (kosong(x)) throw galatNA(`${nama} ke-${i + 1} kosong`);
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
  const galat = () =>
    new GalatKinerja(
      "ANGKA",
      `${nama} melampaui batas angka (hasil tidak terhingga); perkecil satuan masukan`,
      "batas",
    );
  if (typeof hasil === "number") {
    if (hasil - hasil !== 0) throw galat();
    return hasil;
  }
  const daftar = hasil as readonly number[];
  for (let i = 0; i < daftar.length; i++) if (daftar[i] - daftar[i] !== 0) throw galat();
  return hasil;
}
