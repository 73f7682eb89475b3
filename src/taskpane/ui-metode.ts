/**
 * Panel metode task pane, murni (tanpa DOM, dapat diuji sendiri): daftar metode dari daftar pembangun
 * (plans/daftar.ts: id dan nama saja, tanpa kode pembangun yang dimuat belakangan; pembangun baru otomatis
 * muncul), namanya per bahasa, bagian isian yang tampil
 * untuk tiap metode, dan pembaca opsi per metode (isian panel → opsi pembangun).
 * Metode tanpa pembaca khusus dibangun dengan opsi bawaannya (`{}`).
 */
import { ID_PEMBANGUN, NAMA_PEMBANGUN, adalahIdPembangun, type IdPembangun } from "../plans/daftar";
import type { Teks } from "./teks";
import { GalatIsian } from "./ui-galat";

export { GalatIsian };

/** Cara membaca kolom isian panel (DOM di peramban, tiruan di uji). */
export interface BacaIsian {
  /** Nilai teks kolom (fluent-text-field, fluent-select, fluent-radio-group, fluent-text-area); "" bila kosong. */
  nilai(id: string): string;
  /** Status kotak centang. */
  centang(id: string): boolean;
  /** Data yang dimuat panel (mis. jawaban siklus SKM yang sudah dibaca), menurut id metode. */
  data?(id: string): unknown;
}

/** Kunci teks nama metode yang diterjemahkan; metode lain memakai nama di plans/daftar.ts. */
const KUNCI_NAMA: Readonly<Record<string, keyof Teks>> = {
  lan1998: "metodeLan",
  bsc: "metodeBsc",
  skm: "metodeSkm",
  layanan: "metodeLayanan",
  servqual: "metodeServqual",
  sendi: "metodeSendi",
  pekppp: "metodePekppp",
  pegawai: "metodePegawai",
  lanAlternatif1: "metodeLanAlternatif1",
  kepekaan: "metodeKepekaan",
  skmSiklus: "metodeSkmSiklus",
  sakip: "metodeSakip",
  lke: "metodeLke",
};

/**
 * Pembangun yang tidak ditawarkan panel (tetap terdaftar untuk bangun ulang dan Periksa). Sekarang kosong:
 * siklus SKM punya pemilih lembar/berkas dan kolom sendiri (ui-siklus.ts).
 */
export const TANPA_PANEL: ReadonlySet<string> = new Set<string>();

/** Metode yang dapat dibangun dari panel, dalam urutan daftar pembangun (= urutan PEMBANGUN). */
export function daftarMetode(): IdPembangun[] {
  return ID_PEMBANGUN.filter((id) => !TANPA_PANEL.has(id));
}

export function namaMetode(id: string, t: Teks): string {
  const k = KUNCI_NAMA[id];
  const v = k ? t[k] : undefined;
  if (typeof v === "string") return v;
  return adalahIdPembangun(id) ? NAMA_PEMBANGUN[id] : id;
}

/** Bagian isian yang tampil untuk metode `id` (atribut data-metode di templat, dipisah spasi). */
export function bagianTampil(dataMetode: string, id: string): boolean {
  return dataMetode.split(/\s+/).includes(id);
}

/** Nama unit, satu per baris; wajib minimal satu bila `wajib`; nama ganda (tanpa beda huruf besar) ditolak. */
export function bacaUnit(teks: string, wajib: boolean, t: Teks): string[] {
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

type PembacaOpsi = (b: BacaIsian, t: Teks) => Record<string, unknown>;

/** Pembaca opsi per metode. */
export const BACA_OPSI: Readonly<Record<string, PembacaOpsi>> = {
  lan1998: (b, t) => {
    const mode = b.nilai("mode") || "hitungBobot";
    const perIndikator = b.centang("per-indikator") && mode === "nilaiUnit";
    return {
      tipe: b.nilai("tipe") || "I",
      pola: b.nilai("pola") || "lengkap",
      mode,
      unit: bacaUnit(b.nilai("unit"), true, t),
      ...(perIndikator ? { perIndikator } : {}),
    };
  },
  lanAlternatif1: (b, t) => ({ baris: bilanganBulat(b.nilai("jumlah-jenis"), t.galatJenisPelayanan) }),
  kepekaan: (b, t) => {
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
  },
  bsc: (b, t) => {
    const unit = bacaUnit(b.nilai("unit"), false, t);
    return unit.length ? { unit } : {};
  },
  skm: (b, t) => ({
    aturan: b.nilai("aturan") || "2017",
    responden: bilanganBulat(b.nilai("responden"), t.galatResponden),
  }),
  layanan: (b) => ({ contoh: b.centang("contoh") }),
  servqual: (b, t) => ({ responden: bilanganBulat(b.nilai("responden-servqual"), t.galatResponden) }),
  sendi: (b, t) => {
    const min = angka(b.nilai("skala-min"));
    const maks = angka(b.nilai("skala-maks"));
    if (!Number.isFinite(min) || !Number.isFinite(maks) || !(min < maks)) throw new GalatIsian(t.galatSkala);
    return { skalaMin: min, skalaMaks: maks };
  },
  pekppp: (b, t) => ({ responden: bilanganBulat(b.nilai("responden-pekppp"), t.galatResponden) }),
  sakip: (b, t) => {
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
  },
  skmSiklus: (b, t) => {
    // jawaban dibaca panel siklus (ui-siklus.ts); penyusun opsinya (siklus-panel.ts) dimuat bersama jawaban itu
    const susun = b.data?.("skmSiklus") as PembacaOpsi | undefined;
    if (!susun) throw new GalatIsian(t.galatSiklusSumber);
    return susun(b, t);
  },
  pegawai: (b, t) => ({
    pegawai: bilanganBulat(b.nilai("jumlah-pegawai"), t.galatPegawai),
    skala: ["lan", "2022"].includes(b.nilai("skala-pegawai")) ? b.nilai("skala-pegawai") : "pp46",
  }),
};

/** Opsi pembangun untuk metode `id` dari isian panel; metode tanpa pembaca → `{}` (opsi bawaan pembangun). */
export function opsiMetode(id: string, b: BacaIsian, t: Teks): Record<string, unknown> {
  const baca = BACA_OPSI[id];
  return baca ? baca(b, t) : {};
}
