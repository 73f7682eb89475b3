/**
 * Opsi pembangun buku kerja siklus SKM (PermenPAN-RB 14/2017; IKM KepmenPAN 25/2004): kolom ekspor formulir,
 * periode, konvensi hitung dan isian awal yang diberikan CLI dan task pane (plans/skm-siklus-data.ts), serta
 * kategori profil yang disimpan di catatan _pkp untuk bangun ulang dan Periksa.
 */
import type { AturanSkm } from "../../frameworks/skm";
import type { HasilUnit, JenisPeriode, KonvensiPenimbang, PembulatanNrr } from "../../frameworks/skm-siklus";
import type { NilaiSel } from "../rencana";

export const ID_SKM_SIKLUS = "skmSiklus";

export interface OpsiSkmSiklus {
  aturan: AturanSkm;
  periode: JenisPeriode;
  penimbang: KonvensiPenimbang;
  pembulatanNrr: PembulatanNrr;
  hasilUnit: HasilUnit;
  unitNama?: string;
  /** Judul kolom ekspor formulir apa adanya. */
  judul: string[];
  /** Indeks kolom (0-based) di `judul`; null bila tidak ada. */
  kolomWaktu: number | null;
  kolomLayanan: number | null;
  kolomUnsur: number[];
  kolomProfil: number[];
  kolomSaran: number[];
  /** Jawaban apa adanya (cap waktu sebagai tanggal seri Excel). Tidak disimpan di catatan _pkp. */
  baris?: NilaiSel[][];
  /** Banyak baris data (dipakai bila `baris` tidak ada, mis. saat membangun ulang). */
  banyakBaris?: number;
  /** Baris kosong di bawah data untuk jawaban susulan (rumus sudah menjangkaunya). */
  barisKosong?: number;
  layanan: string[];
  periodeNama: string[];
  /** Baris peta tambahan (unsur 1-based, 0 = semua unsur). */
  peta?: { unsur: number; jawaban: string; nilai: number }[];
  populasi?: Record<string, number>;
  /** Kategori profil per kolom (dihitung dari `baris` bila tidak ada; disimpan di catatan untuk bangun ulang/Periksa). */
  kategoriProfil?: Record<string, KategoriProfil[]>;
  /** Saran per periode (≤ 10, dihitung dari `baris` bila tidak ada). */
  saran?: Record<string, string[]>;
  /** Ambang NRR awal lembar Tindak Lanjut (sel kuning; kosong = tiga NRR unit terendah). */
  ambang?: number;
  /** Indeks kolom (0-based) tingkat kepentingan/harapan tiap unsur; ada = lembar Kuadran. */
  kolomKepentingan?: number[];
  /** Batas bawah dan atas kedua sumbu grafik kuadran (bawaan 1–4; lihat batasSumbuKuadran). */
  sumbuKuadran?: [number, number];
  /**
   * Lembar jawaban milik pengguna yang dirujuk LANGSUNG oleh rumus (task pane di Excel): tidak disalin ke
   * lembar "SKM Jawaban" dan tidak pernah ditulis, jadi jawaban yang ditempel belakangan di lembar itu ikut
   * dihitung. Judul di baris 1 mulai kolom A, seperti `judul`/`kolom*`. Tanpa ini (CLI, unduhan): disalin.
   */
  lembarJawaban?: string;
  /**
   * Lembar salinan terurut: baris (1-based, termasuk) tiap kelompok "periode|layanan" di lembar Jawaban. Rumus
   * kelompok membaca bloknya ditambah baris susulan; tanpa ini (rujukan langsung) seluruh jangkauan.
   */
  blok?: Record<string, [number, number]>;
  /**
   * Baris data lembar salinan tidak dijadikan sel rencana: ditulis langsung oleh penulis berkas beraliran
   * (hosts/xlsx/aliran.ts) dari `baris`. Tidak disimpan di catatan _pkp.
   */
  jawabanTerpisah?: boolean;
}

export interface KategoriProfil {
  nama: string;
  kriteria: string[];
}
