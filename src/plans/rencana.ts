/**
 * Rencana (plan) buku kerja: model murni dari apa yang ditulis sebuah pembangun tabel. Pembangun
 * menghasilkan rencana; adaptor Excel (Office.js) dan adaptor .xlsx (ExcelJS) menerapkannya. Tidak ada
 * Office.js di sini.
 *
 * Rumus ditulis dalam bentuk A1 berbahasa Inggris dengan pemisah koma dan diawali "=" (seperti
 * `Range.formulas` Office.js), misalnya "=B5/SUM($B$5:$B$21)".
 */
import { galatInternal } from "../core/errors";

export type NilaiSel = string | number | boolean;

/**
 * Peran sel:
 * - `judul`/`label`: teks dari add-in (boleh ditulis ulang saat membangun ulang)
 * - `masukan`: diisi pengguna (skor, jawaban, nama unit, target); dipertahankan saat membangun ulang
 * - `hitung`: rumus Excel asli yang dapat diperiksa auditor
 */
export type PeranSel = "judul" | "label" | "masukan" | "hitung";

export type GayaSel = "judul" | "subjudul" | "kepala" | "masukan" | "hitung" | "total" | "catatan";

export interface Sel {
  peran: PeranSel;
  /** Nilai tetap (untuk judul, label, masukan bawaan). */
  nilai?: NilaiSel;
  /** Rumus Excel, diawali "=" (hanya untuk peran `hitung`). */
  rumus?: string;
  /** Format angka Excel, mis. "0.000000000" atau "0.00%". */
  format?: string;
  gaya?: GayaSel;
  /**
   * Kunci stabil sel masukan (mis. "skor|indikator=3|unit=Dinas A"): saat membangun ulang, nilai yang
   * diketik pengguna dipindahkan ke sel berkunci sama pada tata letak baru.
   */
  kunci?: string;
}

/** Blok persegi sel yang ditulis sekaligus (satu panggilan values/formulas 2-D). */
export interface BlokSel {
  /** Sel kiri-atas blok, mis. "A5". */
  mulai: string;
  sel: (Sel | null)[][];
}

export interface ValidasiData {
  rentang: string;
  jenis: "bilanganBulat" | "desimal" | "daftar";
  min?: number;
  maks?: number;
  daftar?: string[];
  /**
   * Daftar dari rentang sel lembar yang sama (mis. "$Q$1:$Q$40") alih-alih sebaris: diisi plans/validasi.ts bila
   * daftar sebaris melebihi 255 karakter (batas Excel). `daftar` tetap ada untuk audit.
   */
  sumberRentang?: string;
  /** Pesan galat dalam Bahasa Indonesia. */
  pesan: string;
}

export interface FormatBersyarat {
  rentang: string;
  /** Sel sama dengan teks ini → warna. */
  teks: string;
  warnaIsi: string;
  warnaFont: string;
}

export interface Grafik {
  /**
   * "tornado": batang bertumpuk dua seri (kolom kiri negatif, kolom kanan positif) di `data`; "garis": garis
   * bertanda; "sebar": XY (scatter), satu titik per baris `data` (kolom pertama X, kedua Y) sebagai seri
   * sendiri yang bernama sel `kategori` baris itu (label titik).
   */
  jenis: "kolom" | "batang" | "tornado" | "garis" | "sebar";
  judul: string;
  /** Rentang nilai (satu kolom; dua kolom untuk "tornado" dan "sebar"), mis. "C4:C26". */
  data: string;
  /** Rentang kategori (nama unit; untuk "sebar" nama tiap titik), sama panjang. */
  kategori: string;
  /** Nama seri (legenda) per kolom `data`, mis. ["Capaian (%)", "Serapan (%)"]; tanpa ini judul grafik (bernomor bila > 1 seri). */
  seri?: string[];
  /** "sebar": rentang dua kolom (X, Y) yang digambar sebagai garis tanpa penanda, mis. garis pemisah kuadran. */
  garisBantu?: string[];
  /** "sebar": judul sumbu X dan Y, batas bawah dan atas kedua sumbu. */
  sumbu?: { x: string; y: string; min: number; maks: number };
  /** Format angka label data dan sumbu nilai (format sel data, paling banyak dua desimal); diisi `rapikan`. */
  formatLabel?: string;
  /** Judul sumbu nilai (mis. "Urutan, 1 = terbaik") untuk grafik yang nilai kecilnya lebih baik. */
  judulSumbu?: string;
  /** Batas bawah sumbu nilai (mis. 0: batang dimulai dari nol). */
  minimum?: number;
  /** Tinggi grafik dalam baris (bawaan TINGGI_GRAFIK di plans/tata-letak.ts), mis. batang mendatar yang banyak. */
  tinggi?: number;
  /** Sel kiri-atas tempat grafik diletakkan. */
  posisi: string;
  /** Sel kanan-bawah grafik (termasuk, seperti endCell `Chart.setPosition`); diisi `rapikan` bila kosong. */
  sampai?: string;
}

export interface NamaRentang {
  nama: string;
  /** Rentang pada lembar ini, mis. "$C$5:$C$21". */
  rentang: string;
  keterangan?: string;
}

export interface RencanaLembar {
  nama: string;
  blok: BlokSel[];
  gabung?: string[];
  validasi?: ValidasiData[];
  formatBersyarat?: FormatBersyarat[];
  nama_rentang?: NamaRentang[];
  bekukan?: { baris: number; kolom: number };
  lebarKolom?: { kolom: string; lebar: number }[];
  grafik?: Grafik[];
  /** Rentang yang teksnya dibungkus (wrap) di dalam sel. Diisi `rapikan` (plans/tata-letak.ts). */
  bungkus?: string[];
  /** Tinggi baris (poin), baris 1-based; untuk teks yang dibungkus. Diisi `rapikan`. */
  tinggiBaris?: { baris: number; tinggi: number }[];
  /**
   * Kolom bantu (mis. BSC "Bobot terisi"): dikelompokkan dan diciutkan; `keterangan` menyebut letaknya. `tampak`:
   * tidak dikelompokkan/diciutkan, hanya di luar area cetak (grafik membaca kolom itu; Excel dan LibreOffice tidak
   * menggambar sel tersembunyi).
   */
  kolomBantu?: { kolom: string[]; keterangan: string; tampak?: boolean };
  /** Unit dan periode untuk kepala halaman cetak (bawaan: judul lembar). */
  identitas?: { unit?: string; periode?: string };
  /** Pengaturan cetak. Diisi `rapikan` bila pembangun tidak mengisinya. */
  cetak?: PengaturanCetak;
  /**
   * Permintaan cetak pembangun yang dipenuhi `rapikan` (mis. halaman Publikasi SKM: potret, satu halaman
   * penuh): orientasi, muat satu halaman tinggi juga, area cetak.
   */
  cetakMinta?: { orientasi?: "tegak" | "mendatar"; satuHalaman?: boolean; area?: string };
  /** Lebar paling kecil kolom yang teksnya dibentuk rumus dan tidak dapat ditaksir `rapikan` (mis. INDEX). */
  lebarMinimum?: { kolom: string; lebar: number }[];
  /** Lebar paling besar kolom teks panjang (di bawah LEBAR_MAKS): teks yang lebih panjang dibungkus, agar tabel lebar tetap tercetak ≥ 8 pt. */
  lebarMaksimum?: { kolom: string; lebar: number }[];
  /** Periksa: masukan di rentang ini boleh kosong menurut rancangan lembar (mis. baris log yang belum dipakai). */
  bolehKosong?: string[];
  /** Periksa: akibat masukan kosong di lembar ini, satu anak kalimat (bawaan: kalimat umum). */
  akibatKosong?: string;
}

/**
 * Pengaturan halaman: A4, orientasi, muat satu halaman lebar (atau pita kolom pada skala tetap), judul
 * cetak, area cetak, pemisah halaman, kepala/kaki.
 */
export interface PengaturanCetak {
  kertas: "A4";
  orientasi: "tegak" | "mendatar";
  /**
   * true: skala agar seluruh lebar tabel muat di satu halaman (tinggi bebas). false: tabel terlalu lebar
   * untuk huruf ≥ 8 pt, dicetak pada `skala` tetap dalam pita kolom dengan `judulKolom` diulang.
   */
  satuHalamanLebar: boolean;
  /** Skala tetap (persen) bila tidak satu halaman lebar. */
  skala?: number;
  /** Kolom kunci yang diulang di setiap pita halaman, mis. "A:B". */
  judulKolom?: string;
  /** Pemisah halaman sebelum baris ini (1-based): setiap tabel yang bukan pertama di lembarnya. */
  putusBaris?: number[];
  /** Juga satu halaman tinggi (seluruh area di satu halaman), mis. halaman Publikasi SKM. */
  satuHalaman?: boolean;
  /** Baris yang diulang di setiap halaman, mis. "4:5" (1-based). */
  judulBaris?: string;
  /** Area cetak, mis. "A1:J30". */
  area: string;
  /** Kepala dan kaki halaman: teks kiri/tengah/kanan dengan kode Excel (&P halaman, &N jumlah halaman). */
  kepala: { kiri: string; tengah: string; kanan: string };
  kaki: { kiri: string; tengah: string; kanan: string };
}

/** Identitas pembangun dan pilihan pengguna, disimpan di buku kerja agar dapat dibangun ulang dan diperiksa. */
export interface MetaRencana {
  pembangun: string;
  versi: number;
  opsi: Record<string, unknown>;
}

export interface RencanaBukuKerja {
  meta: MetaRencana;
  lembar: RencanaLembar[];
}

// ---------- alamat A1 ----------

/** Huruf kolom dari indeks 0-based: 0 → "A", 26 → "AA". */
export function hurufKolom(indeks: number): string {
  let s = "";
  let n = indeks + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Indeks kolom 0-based dari huruf: "A" → 0. */
export function indeksKolom(huruf: string): number {
  let n = 0;
  for (const c of huruf.toUpperCase()) n = n * 26 + (c.charCodeAt(0) - 64);
  return n - 1;
}

/** Alamat A1 dari baris dan kolom 0-based. */
export function alamat(baris: number, kolom: number): string {
  return `${hurufKolom(kolom)}${baris + 1}`;
}

/** Baris dan kolom 0-based dari alamat A1 ("$" diabaikan). */
export function posisi(a1: string): { baris: number; kolom: number } {
  const m = a1.replace(/\$/g, "").match(/^([A-Za-z]+)(\d+)$/);
  if (!m) throw galatInternal(`alamat tidak sah: ${a1}`);
  return { baris: Number(m[2]) - 1, kolom: indeksKolom(m[1]) };
}

/** Panjang baris terpanjang (paling sedikit 1); loop, bukan Math.max dengan larik disebar yang meluap di ±150 ribu baris. */
export function lebarMaks(baris: readonly (readonly unknown[])[]): number {
  let lebar = 1;
  for (const r of baris) if (r.length > lebar) lebar = r.length;
  return lebar;
}

/** Rentang A1 dari blok: "A5:D9". */
export function rentangBlok(b: BlokSel): string {
  const p = posisi(b.mulai);
  const tinggi = b.sel.length;
  const lebar = lebarMaks(b.sel);
  return `${b.mulai}:${alamat(p.baris + tinggi - 1, p.kolom + lebar - 1)}`;
}

/** Semua sel rencana lembar dengan alamatnya (untuk adaptor, audit dan uji). */
export function* selBeralamat(l: RencanaLembar): Generator<{ alamat: string; baris: number; kolom: number; sel: Sel }> {
  for (const b of l.blok) {
    const p = posisi(b.mulai);
    for (let i = 0; i < b.sel.length; i++) {
      for (let j = 0; j < b.sel[i].length; j++) {
        const s = b.sel[i][j];
        if (s) yield { alamat: alamat(p.baris + i, p.kolom + j), baris: p.baris + i, kolom: p.kolom + j, sel: s };
      }
    }
  }
}

/** Blok persegi: baris yang lebih pendek diisi null (adaptor menulis values 2-D persegi). */
export function persegi(sel: (Sel | null)[][]): (Sel | null)[][] {
  const lebar = lebarMaks(sel);
  return sel.map((r) => [...r, ...Array.from({ length: lebar - r.length }, () => null)]);
}

// ---------- pembuat sel singkat untuk pembangun ----------
export const judul = (nilai: string, gaya: GayaSel = "judul"): Sel => ({ peran: "judul", nilai, gaya });
export const label = (nilai: NilaiSel, gaya?: GayaSel): Sel => ({ peran: "label", nilai, ...(gaya ? { gaya } : {}) });
export const masukan = (kunci: string, nilai?: NilaiSel, format?: string): Sel => ({
  peran: "masukan",
  kunci,
  gaya: "masukan",
  ...(nilai !== undefined ? { nilai } : {}),
  ...(format ? { format } : {}),
});
export const hitung = (rumus: string, format?: string, gaya: GayaSel = "hitung"): Sel => ({
  peran: "hitung",
  rumus,
  gaya,
  ...(format ? { format } : {}),
});

/**
 * Mengisi sel `masukan` rencana dengan nilai menurut kuncinya (mis. data dari CSV untuk `--xlsx`).
 * Rencana asal tidak diubah; kunci yang tidak ada di rencana dikembalikan dalam `tidakTerpakai`.
 */
export function isiMasukan(
  r: RencanaBukuKerja,
  nilai: ReadonlyMap<string, NilaiSel>,
): { rencana: RencanaBukuKerja; tidakTerpakai: string[] } {
  const terpakai = new Set<string>();
  const lembar = r.lembar.map((l) => ({
    ...l,
    blok: l.blok.map((b) => ({
      ...b,
      sel: b.sel.map((baris) =>
        baris.map((s) => {
          if (!s || s.peran !== "masukan" || !s.kunci || !nilai.has(s.kunci)) return s;
          terpakai.add(s.kunci);
          return { ...s, nilai: nilai.get(s.kunci) as NilaiSel };
        }),
      ),
    })),
  }));
  return { rencana: { ...r, lembar }, tidakTerpakai: [...nilai.keys()].filter((k) => !terpakai.has(k)) };
}
