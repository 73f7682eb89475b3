/**
 * Registri metode (satu dari dua berkas src yang menyebut semua metode; yang lain metode/daftar.ts): setiap id
 * punya deskriptor lengkap (metode/<id>.ts, bentuknya metode/jenis.ts). Semua yang membuat daftar metode
 * (pembangun untuk task pane, bangun ulang dan Periksa; perintah `kinerja`; buku kerja `kinerja demo`) membacanya
 * dari sini. Task pane memuat modul ini belakangan (potongan "pembangun", taskpane/muat.ts).
 * Menambah metode: docs/menambah-metode.md.
 */
import { galatNilai } from "../core/errors";
import type { RencanaBukuKerja } from "../plans/rencana";
import type { BacaIsian, TeksIsian } from "../taskpane/isian";
import { ID_METODE, adalahIdMetode, type IdMetode } from "./daftar";
import type { OpsiBsc } from "../plans/bsc";
import type { OpsiKepekaanBobot } from "../plans/kepekaan";
import type { OpsiLan } from "../plans/lan";
import type { OpsiLanAlternatif1 } from "../plans/lan-alternatif1";
import type { OpsiLayanan } from "../plans/layanan";
import type { OpsiLke } from "../plans/lke";
import type { OpsiPegawai } from "../plans/pegawai";
import type { OpsiPekppp } from "../plans/pekppp";
import type { OpsiSakip } from "../plans/sakip";
import type { OpsiSendi } from "../plans/sendi";
import type { OpsiServqual } from "../plans/servqual";
import type { OpsiSkm } from "../plans/skm";
import type { OpsiSkmSiklus } from "../plans/skm-siklus";
import type { Metode } from "./jenis";
import { bsc } from "./bsc";
import { kepekaan } from "./kepekaan";
import { lan1998 } from "./lan1998";
import { lanAlternatif1 } from "./lan-alternatif1";
import { layanan } from "./layanan";
import { lke } from "./lke";
import { pegawai } from "./pegawai";
import { pekppp } from "./pekppp";
import { sakip } from "./sakip";
import { sendi } from "./sendi";
import { servqual } from "./servqual";
import { skm } from "./skm";
import { skmSiklus } from "./skm-siklus";

export { DAFTAR_METODE, ID_METODE, adalahIdMetode, idMetodeDari, type IdMetode } from "./daftar";
export type { Metode } from "./jenis";

/** Opsi pembangun tiap metode (tipe dari plans). */
export interface OpsiMetode {
  lan1998: OpsiLan;
  bsc: OpsiBsc;
  skm: OpsiSkm;
  layanan: OpsiLayanan;
  servqual: OpsiServqual;
  sendi: OpsiSendi;
  pekppp: OpsiPekppp;
  pegawai: OpsiPegawai;
  kepekaan: OpsiKepekaanBobot;
  lanAlternatif1: OpsiLanAlternatif1;
  skmSiklus: OpsiSkmSiklus;
  sakip: OpsiSakip;
  lke: OpsiLke;
}

/** Registri: setiap id di metode/daftar.ts punya setiap bagian (tipe ini menolak id yang kurang atau lebih). */
export const METODE: { readonly [K in IdMetode]: Metode<K> } = {
  lan1998,
  bsc,
  skm,
  layanan,
  servqual,
  sendi,
  pekppp,
  pegawai,
  kepekaan,
  lanAlternatif1,
  skmSiklus,
  sakip,
  lke,
};

/** Deskriptor metode `id` (bertipe lebar: opsi tak bertipe masuk lewat bacaOpsi). */
function metode(id: string): Metode<IdMetode> {
  if (!adalahIdMetode(id)) throw galatNilai(`metode tidak dikenal: ${String(id)}`);
  return METODE[id] as unknown as Metode<IdMetode>;
}

/**
 * Rencana metode `id` dari opsi tak bertipe (panel, catatan `_pkp`, CLI): opsi dibaca dengan bacaOpsi metode
 * itu (opsi salah → GalatKinerja), lalu dibangun.
 */
export function buatRencana<K extends IdMetode>(id: K, opsi: OpsiMetode[K]): RencanaBukuKerja;
export function buatRencana(id: string, opsi: unknown): RencanaBukuKerja;
export function buatRencana(id: string, opsi: unknown): RencanaBukuKerja {
  const m = metode(id);
  return m.buat(m.bacaOpsi(opsi));
}

/** Opsi metode `id` dari isian panel (pembaca bagian isian metode itu; belum dibaca bacaOpsi). */
export function opsiPanel(id: string, b: BacaIsian, t: TeksIsian): Record<string, unknown> {
  return metode(id).panel(b, t);
}

/** Buku kerja contoh `kinerja demo` semua metode, dalam urutan tulisnya. */
export function contohDemo(): { berkas: string; urutan: number; rencana: () => RencanaBukuKerja }[] {
  return ID_METODE.flatMap((id) => {
    const m = metode(id);
    return m.demo.map((d) => ({
      berkas: d.berkas,
      urutan: d.urutan,
      rencana: d.rencana ?? (() => m.buat(m.bacaOpsi(d.opsi()))),
    }));
  }).sort((a, b) => a.urutan - b.urutan);
}
