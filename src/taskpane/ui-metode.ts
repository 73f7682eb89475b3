/**
 * Panel metode task pane, murni (tanpa DOM, dapat diuji sendiri): daftar metode (metode/daftar.ts: id, nama,
 * bagian isian; tanpa kode pembangun yang dimuat belakangan; metode baru otomatis muncul), namanya per bahasa,
 * bagian isian yang tampil untuk tiap metode, dan pembaca isian tiap metode (isian panel → opsi tak bertipe).
 * Pembaca dipilih registri (metode/<id>.ts, bagian `panel`); opsi yang dibacanya diperiksa bacaOpsi metode itu.
 */
import { GalatKinerja } from "../core/errors";
import { DAFTAR_METODE, ID_METODE, adalahIdMetode, infoMetode, type Bahasa, type IdMetode } from "../metode/daftar";

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

/** Metode yang dapat dibangun dari panel, dalam urutan daftar metode (metode/daftar.ts). */
export function daftarMetode(): IdMetode[] {
  return [...ID_METODE];
}

/** Nama metode `id` dalam `bahasa` (metode/daftar.ts); id tidak dikenal ditampilkan apa adanya. */
export function namaMetode(id: string, bahasa: Bahasa): string {
  return adalahIdMetode(id) ? DAFTAR_METODE[id].nama[bahasa] : id;
}

/** Bagian isian `bagian` (id elemen dengan atribut data-bagian di templat) tampil untuk metode `id`. */
export function bagianTampil(bagian: string, id: string): boolean {
  return adalahIdMetode(id) && infoMetode(id).bagian.includes(bagian);
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

/** Angka desimal (koma atau titik). */
function angka(teks: string): number {
  const s = teks.trim().replace(",", ".");
  return s ? Number(s) : Number.NaN;
}

/** Pembaca bagian isian satu metode: isian panel → opsi tak bertipe (dibaca lagi dengan bacaOpsi metode). */
export type PembacaPanel = (b: BacaIsian, t: TeksIsian) => Record<string, unknown>;

export const panelLan: PembacaPanel = (b, t) => {
  const mode = b.nilai("mode") || "hitungBobot";
  const perIndikator = b.centang("per-indikator") && mode === "nilaiUnit";
  return {
    tipe: b.nilai("tipe") || "I",
    pola: b.nilai("pola") || "lengkap",
    mode,
    unit: bacaUnit(b.nilai("unit"), true, t),
    ...(perIndikator ? { perIndikator } : {}),
  };
};

export const panelLanAlternatif1: PembacaPanel = (b, t) => ({
  baris: bilanganBulat(b.nilai("jumlah-jenis"), t.galatJenisPelayanan),
});

export const panelKepekaan: PembacaPanel = (b, t) => {
  const kriteria = b
    .nilai("kriteria-kepekaan")
    .split(",")
    .map((x) => x.trim())
    .filter(Boolean);
  if (kriteria.length < 2 || new Set(kriteria.map((x) => x.toLowerCase())).size !== kriteria.length)
    throw new GalatIsian(t.galatKriteria);
  return {
    unit: bilanganBulat(b.nilai("jumlah-unit-kepekaan"), t.galatJumlahUnit),
    kriteria,
    pita: b.nilai("pita-kepekaan") || null,
  };
};

export const panelBsc: PembacaPanel = (b, t) => {
  const unit = bacaUnit(b.nilai("unit"), false, t);
  return unit.length ? { unit } : {};
};

export const panelSkm: PembacaPanel = (b, t) => ({
  aturan: b.nilai("aturan") || "2017",
  responden: bilanganBulat(b.nilai("responden"), t.galatResponden),
});

export const panelLayanan: PembacaPanel = (b) => ({ contoh: b.centang("contoh") });

export const panelServqual: PembacaPanel = (b, t) => ({
  responden: bilanganBulat(b.nilai("responden-servqual"), t.galatResponden),
});

export const panelSendi: PembacaPanel = (b, t) => {
  const min = angka(b.nilai("skala-min"));
  const maks = angka(b.nilai("skala-maks"));
  if (!Number.isFinite(min) || !Number.isFinite(maks) || !(min < maks)) throw new GalatIsian(t.galatSkala);
  return { skalaMin: min, skalaMaks: maks };
};

export const panelPekppp: PembacaPanel = (b, t) => ({
  responden: bilanganBulat(b.nilai("responden-pekppp"), t.galatResponden),
});

export const panelSakip: PembacaPanel = (b, t) => {
  const triwulan = b.nilai("sakip-triwulan");
  const unit = b.nilai("sakip-unit").trim();
  const pk = b.data?.("sakip") as unknown[] | undefined;
  return {
    ...(pk && pk.length ? { indikator: pk } : {}),
    ...(triwulan ? { triwulan: Number(triwulan) } : {}),
    efisiensi: b.nilai("sakip-efisiensi") === "rasio" ? "rasio" : "selisih",
    barisKosong: bilanganBulat(b.nilai("sakip-baris"), t.galatBarisSakip),
    ...(unit ? { unit } : {}),
  };
};

export const panelSkmSiklus: PembacaPanel = (b, t) => {
  // jawaban dibaca panel siklus (ui-siklus.ts); penyusun opsinya (siklus-panel.ts) dimuat bersama jawaban itu
  const susun = b.data?.("skmSiklus") as PembacaPanel | undefined;
  if (!susun) throw new GalatIsian(t.galatSiklusSumber);
  return susun(b, t);
};

export const panelPegawai: PembacaPanel = (b, t) => ({
  pegawai: bilanganBulat(b.nilai("jumlah-pegawai"), t.galatPegawai),
  skala: ["lan", "2022"].includes(b.nilai("skala-pegawai")) ? b.nilai("skala-pegawai") : "pp46",
});

/** Metode tanpa bagian isian (mis. LKE): dibangun dengan opsi bawaannya. */
export const panelTanpaIsian: PembacaPanel = () => ({});
