/**
 * Isian task pane, murni (tanpa DOM, tanpa Office.js; juga dikompilasi untuk Node lewat metode/daftar.ts): bentuk
 * bagian isian satu metode (`BagianIsian`: id elemen dan HTML-nya), cara membaca kolom isian (`BacaIsian`), pesan
 * isian (`TeksIsian`, bagian dari katalog teks.ts), galat isian dan pembaca bersama (unit, bilangan bulat, angka).
 * Bagian dan pembaca tiap metode ada di berkasnya sendiri, taskpane/bagian/<id>.ts.
 */
import { GalatKinerja } from "../core/errors";

/** Satu bagian isian task pane: elemen ber-`data-bagian` dengan id `id`, tampil untuk metode yang menyebutnya. */
export interface BagianIsian {
  readonly id: string;
  readonly html: string;
}

/**
 * Pesan isian yang dipakai pembaca panel (bagian dari `Teks`, teks.ts). Ditulis sebagai bentuk sendiri agar
 * registri metode (juga dikompilasi untuk Node, tanpa Office.js) tidak memuat teks antarmuka.
 */
export interface TeksIsian {
  galatUnitKosong: string;
  galatUnitGanda: (nama: string) => string;
  galatResponden: string;
  galatPegawai: string;
  galatSkala: string;
  galatKriteria: string;
  galatJumlahUnit: string;
  galatJenisPelayanan: string;
  galatBarisSakip: string;
  galatSiklusSumber: string;
}

/** Isian panel tidak sah (pesan sudah dalam bahasa antarmuka, ditampilkan apa adanya; gaya pesan: ui-galat.ts). */
export class GalatIsian extends GalatKinerja {
  constructor(pesan: string) {
    super("NILAI", pesan);
    this.name = "GalatIsian";
  }
}

/** Cara membaca kolom isian panel (DOM di peramban, tiruan di uji). */
export interface BacaIsian {
  /** Nilai teks kolom (fluent-text-field, fluent-select, fluent-radio-group, fluent-text-area); "" bila kosong. */
  nilai(id: string): string;
  /** Status kotak centang. */
  centang(id: string): boolean;
  /** Data yang dimuat panel (mis. jawaban siklus SKM yang sudah dibaca), menurut id metode. */
  data?(id: string): unknown;
}

/** Nama unit, satu per baris; wajib minimal satu bila `wajib`; nama ganda (tanpa beda huruf besar) ditolak. */
export function bacaUnit(teks: string, wajib: boolean, t: TeksIsian): string[] {
  const unit = teks
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (wajib && unit.length === 0) throw new GalatIsian(t.galatUnitKosong);
  const lihat = new Set<string>();
  for (const u of unit) {
    const k = u.toLowerCase();
    if (lihat.has(k)) throw new GalatIsian(t.galatUnitGanda(u));
    lihat.add(k);
  }
  return unit;
}

/** Bilangan bulat 1–5000 dari teks isian. */
export function bilanganBulat(teks: string, pesan: string): number {
  const s = teks.trim();
  const r = Number(s);
  if (!s || !Number.isInteger(r) || r < 1 || r > 5000) throw new GalatIsian(pesan);
  return r;
}

/** Angka desimal (koma atau titik); kosong → NaN. */
export function angka(teks: string): number {
  const s = teks.trim().replace(",", ".");
  return s ? Number(s) : Number.NaN;
}

/** Pembaca bagian isian satu metode: isian panel → opsi tak bertipe (dibaca lagi dengan bacaOpsi metode). */
export type PembacaPanel = (b: BacaIsian, t: TeksIsian) => Record<string, unknown>;

/** Metode tanpa bagian isian (mis. LKE): dibangun dengan opsi bawaannya. */
export const panelTanpaIsian: PembacaPanel = () => ({});
