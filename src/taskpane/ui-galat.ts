/**
 * Pesan galat task pane dalam kata-kata biasa (tanpa jejak tumpukan); murni, dapat diuji sendiri. Gaya pesan
 * dipilih menurut kelas dan golongan galat (core/errors.ts), tidak pernah menurut isi teks pesannya.
 */
import { GalatKinerja, type GolonganGalat } from "../core/errors";
import { GalatTerapkan } from "../hosts/excel/umum";
import type { Teks } from "./teks";

import { GalatIsian } from "./isian";

/**
 * Gaya pesan panel:
 * - `isian`    pesan GalatIsian apa adanya (sudah dalam bahasa antarmuka)
 * - `terapkan` teks panel untuk kode GalatTerapkan (adaptor Excel)
 * - `rencana`  "Tabel tidak dapat dibangun: <pesan>" di panel Bangun (pesan inti/rencana berbahasa Indonesia);
 *              di panel lain pesan umum panel itu
 * - `akses`    Excel menolak perubahan (lembar/buku kerja diproteksi atau hanya-baca)
 * - `sunting`  Excel sedang menyunting sebuah sel
 * - `umum`     pesan umum panel (galat tak terduga: rinciannya tidak berarti bagi pengguna)
 */
export type GayaPesan = "isian" | "terapkan" | "rencana" | "akses" | "sunting" | "umum";

/** Gaya pesan galat keluarga lain (inti, rencana, adaptor) menurut golongannya. */
export const GAYA_GOLONGAN: Readonly<Record<GolonganGalat, GayaPesan>> = {
  masukan: "rencana",
  batas: "rencana",
  excel: "akses",
  internal: "umum",
};

/** Gaya pesan untuk galat apa pun: kelas panel/adaptor, golongan keluarga, atau kode galat Office.js. */
export function gayaGalat(e: unknown): GayaPesan {
  if (e instanceof GalatIsian) return "isian";
  if (e instanceof GalatTerapkan) return "terapkan";
  if (e instanceof GalatKinerja) return GAYA_GOLONGAN[e.golongan];
  const kode = typeof e === "object" && e && "code" in e ? String((e as { code: unknown }).code) : "";
  if (kode === "AccessDenied" || kode === "ActivityLimitReached") return "akses";
  if (kode === "InvalidOperationInCellEditMode") return "sunting";
  return "umum";
}

function teksTerapkan(e: GalatTerapkan, t: Teks): string {
  switch (e.kode) {
    case "excelLama":
      return t.galatExcelLama;
    case "tataLetak":
      return t.galatTataLetak(e.message);
    case "periksaAwal":
      return t.galatPeriksaAwal(e.message);
    case "terlaluBesar":
      return t.galatTerlaluBesar;
  }
}

/**
 * `umum` dipakai untuk galat Office yang tidak dikenal dan galat tak terduga; galat rencana (baris pertama
 * pesannya) ditampilkan bila `umum` adalah pesan umum panel Bangun (galatUmum di Excel, galatUnduh di peramban).
 */
export function pesanGalat(e: unknown, t: Teks, umum: string = t.galatUmum): string {
  switch (gayaGalat(e)) {
    case "isian":
      return (e as GalatIsian).message;
    case "terapkan":
      return teksTerapkan(e as GalatTerapkan, t);
    case "rencana": {
      const baris = (e as GalatKinerja).message.split("\n")[0].trim();
      const panelBangun = umum === t.galatUmum || umum === t.galatUnduh;
      return panelBangun && baris && baris.length <= 300 ? t.galatRencana(baris) : umum;
    }
    case "akses":
      return t.galatAkses;
    case "sunting":
      return t.galatSuntingSel;
    case "umum":
      return umum;
  }
}
