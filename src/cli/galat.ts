/**
 * Galat baris perintah dalam satu tempat: `GalatCli` (galat keluarga GalatKinerja yang pesannya sudah menyebut
 * berkas/baris/opsi), galat sistem berkas dalam kata-kata biasa, awalan tempat untuk galat inti, dan peta
 * golongan galat → kode keluar yang dipakai `jalankanCli`.
 *
 * Kode keluar: 0 berhasil; 1 `kinerja periksa` menemukan sesuatu; 2 perintah tidak dapat dijalankan — opsi
 * salah (Commander), masukan tidak dapat dipakai, batas terlampaui, atau kesalahan program ("kesalahan tak
 * terduga", juga untuk galat di luar keluarga).
 */
import { basename } from "node:path";
import { GalatKinerja, type GolonganGalat } from "../core/errors";

/** Pesan satu baris, walau mengutip isi sel berkutip yang memuat baris baru. */
export const satuBaris = (pesan: string): string => pesan.replace(/\s*[\r\n]+\s*/g, " ");

/** Galat baris perintah: pesan untuk manusia yang sudah menyebut tempatnya (berkas, baris, kolom, opsi). */
export class GalatCli extends GalatKinerja {
  constructor(pesan: string, golongan: GolonganGalat = "masukan") {
    super("NILAI", satuBaris(pesan), golongan);
    this.name = "GalatCli";
  }
  /** Kode keluar galat ini (dari KODE_KELUAR). */
  get kodeKeluar(): number {
    return KODE_KELUAR[this.golongan];
  }
}

/** Kode keluar tiap golongan galat (satu-satunya peta golongan → kode keluar). */
export const KODE_KELUAR: Readonly<Record<GolonganGalat, number>> = {
  masukan: 2,
  batas: 2,
  excel: 2,
  internal: 2,
};

/** Kode keluar opsi/subperintah yang salah (galat Commander): masukan. */
export const KODE_KELUAR_OPSI = KODE_KELUAR.masukan;

const ALASAN: Record<string, string> = {
  ENOENT: "folder atau berkas tidak ada",
  ENOTDIR: "salah satu bagian jalurnya adalah berkas, bukan folder",
  EEXIST: "sudah ada sebuah berkas dengan nama itu",
  EISDIR: "adalah folder, bukan berkas",
  EACCES: "tidak ada izin",
  EPERM: "tidak diizinkan oleh sistem",
  EROFS: "sistem berkas hanya-baca",
  ENOSPC: "ruang disk habis",
  EDQUOT: "kuota disk habis",
  EMFILE: "terlalu banyak berkas terbuka",
  EBUSY: "berkas sedang dipakai program lain",
  ENAMETOOLONG: "nama terlalu panjang",
  EXDEV: "folder sementara di sistem berkas lain",
};

/** Galat sistem berkas → GalatCli berbahasa Indonesia dengan jalur; galat lain dikembalikan apa adanya. */
export function galatSistem(e: unknown, jalur: string, tindakan: string): unknown {
  if (e instanceof GalatCli) return e;
  const kode = (e as { code?: unknown })?.code;
  if (typeof kode === "string" && /^E[A-Z]+$/.test(kode)) {
    const p = (e as { path?: unknown }).path;
    // jalur berkas/folder sementara tidak ditampilkan (bukan nama yang dikenal pengguna)
    const tempat =
      typeof p === "string" && p !== jalur && !basename(p).startsWith(".") && !/\.tmp[\\/]/.test(p)
        ? `${jalur} (${p})`
        : jalur;
    return new GalatCli(`${tempat}: tidak dapat ${tindakan}: ${ALASAN[kode] ?? "galat sistem"} [${kode}]`);
  }
  return e;
}

/**
 * Menjalankan `f`; galat inti (GalatKinerja yang pesannya belum menyebut berkas) dilempar ulang dengan awalan
 * `tempat` (jenis dan golongannya tetap). GalatCli — pesannya sudah lengkap — dan galat lain diteruskan.
 * `sekali`: tanpa awalan bila pesannya sudah diawali `tempat` (galat baris siklus SKM menyebut sumbernya sendiri).
 */
export function diTempat<T>(tempat: string, f: () => T, sekali = false): T {
  try {
    return f();
  } catch (e) {
    throw awaliTempat(e, tempat, sekali);
  }
}

/** Galat yang dilempar ulang oleh `diTempat` (untuk blok catch yang memakai hasilnya sendiri). */
export function awaliTempat(e: unknown, tempat: string, sekali = false): unknown {
  if (!(e instanceof GalatKinerja) || e instanceof GalatCli) return e;
  if (sekali && e.message.startsWith(tempat)) return new GalatCli(e.message, e.golongan);
  return new GalatCli(`${tempat}: ${e.message}`, e.golongan);
}

/**
 * Galat yang sampai ke `jalankanCli` → satu baris stderr (tanpa "kinerja: " dan baris baru) dan kode keluar.
 * Galat sistem berkas (kode E…) menjadi pesan berjalur; golongan `internal` dan galat di luar keluarga
 * dilaporkan sebagai "kesalahan tak terduga".
 */
export function tanggapanGalat(e: unknown): { pesan: string; kode: number } {
  const g =
    e instanceof GalatKinerja ? e : galatSistem(e, String((e as { path?: unknown })?.path ?? "berkas"), "dipakai");
  if (g instanceof GalatKinerja && g.golongan !== "internal")
    return { pesan: satuBaris(g.message), kode: KODE_KELUAR[g.golongan] };
  const teks = g instanceof Error ? g.message : String(g);
  return { pesan: satuBaris(`kesalahan tak terduga: ${teks}`), kode: KODE_KELUAR.internal };
}
