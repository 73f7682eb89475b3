/**
 * Bentuk deskriptor metode: satu berkas src/metode/<id>.ts per metode menyatukan semua bagiannya, masing-masing
 * tetap di foldernya sendiri (pembangun di plans, pembaca panel di taskpane, perintah di cli, audit di periksa).
 * Registri metode/index.ts bertipe `{ readonly [K in IdMetode]: Metode<K> }`: setiap id punya setiap bagian.
 *
 * Bagian ringan (nama, label, bagian isian, perintah CLI) datang dari entri metode di metode/daftar.ts (`...DAFTAR_METODE.x`).
 * Bagian CLI hanya dirujuk lewat fungsi yang memuatnya belakangan (`require` di dalam fungsi): bundel peramban
 * (webpack) tidak pernah memuatnya (IgnorePlugin di webpack.config.js, diuji test/proyek/bundel-tanpa-cli.test.ts).
 */
import type { Command } from "commander";
import type { Keluaran } from "../cli/keluaran";
import type { RencanaBukuKerja } from "../plans/rencana";
import type { AturanPeriksa } from "../periksa/aturan";
import type { PembacaPanel } from "../taskpane/isian";
import type { InfoMetode, IdMetode } from "./daftar";
import type { OpsiMetode } from "./index";

export type { IdMetode } from "./daftar";
export type { OpsiMetode } from "./index";

/** Mendaftarkan satu perintah `kinerja` (kode di src/cli); `kode.keluar` untuk kode keluar selain 0/2. */
export type DaftarkanPerintah = (induk: Command, keluar: Keluaran, kode: { keluar: number }) => void;

/** Perintah CLI: nama perintah puncak, urutannya di `kinerja --help`, dan pemuatnya (dimuat belakangan). */
export interface PerintahCli {
  readonly perintah: string;
  readonly urutan: number;
  /** Fungsi pendaftar perintah; modul src/cli dimuat saat dipanggil (Node saja). */
  muat(): DaftarkanPerintah;
}

/** Metode yang dijalankan lewat perintah metode lain, mis. siklus SKM = `kinerja skm --layanan …`. */
export interface BagianPerintahCli {
  /** Perintah (dan subperintah) yang menjalankannya, dipisah spasi, mis. "lan prestasi". */
  readonly dalam: string;
}

/** Satu buku kerja contoh `kinerja demo`: nama berkas, urutan tulis, dan opsi pembangunnya. */
export interface ContohDemo<K extends IdMetode> {
  readonly berkas: string;
  readonly urutan: number;
  /** Opsi pembangun (dibaca lagi dengan bacaOpsi sebelum dibangun). */
  opsi(): OpsiMetode[K];
  /** Pembangun lain bila contoh bukan keluaran `buat` biasa (mis. siklus SKM dengan periode dari data). */
  rencana?(): RencanaBukuKerja;
}

export type { AturanPeriksa };

/** Deskriptor satu metode. */
export interface Metode<K extends IdMetode> extends InfoMetode {
  readonly id: K;
  /** Memeriksa opsi tak bertipe dan mengembalikannya bertipe; opsi salah → GalatKinerja (galatNilai). */
  bacaOpsi(x: unknown): OpsiMetode[K];
  /** Pembangun rencana (src/plans). */
  buat(opsi: OpsiMetode[K]): RencanaBukuKerja;
  /** Pembaca bagian isian panel (src/taskpane, murni): isian → opsi tak bertipe (dibaca lagi dengan bacaOpsi). */
  readonly panel: PembacaPanel;
  readonly cli: PerintahCli | BagianPerintahCli;
  readonly demo: readonly ContohDemo<K>[];
  /** Aturan Periksa khusus (dimuat saat Periksa berjalan). */
  periksa?(): AturanPeriksa;
}
