/**
 * Daftar pembangun tabel: id → nama (Bahasa Indonesia) dan fungsi pembangun. Id dan nama didefinisikan di
 * daftar.ts (ringan, dipakai task pane tanpa memuat pembangun); berkas ini menambahkan fungsi `buat`.
 */
import { galatNA } from "../core/errors";
import { ID_PEMBANGUN, NAMA_PEMBANGUN, adalahIdPembangun, type IdPembangun } from "./daftar";
import { rencanaBsc, type OpsiBsc } from "./bsc";
import { rencanaLan, type OpsiLan } from "./lan";
import { rencanaLayanan, type OpsiLayanan } from "./layanan";
import type { RencanaBukuKerja } from "./rencana";
import { rencanaSkm, type OpsiSkm } from "./skm";
import { rencanaServqual, type OpsiServqual } from "./servqual";
import { rencanaSendi, type OpsiSendi } from "./sendi";
import { rencanaPekppp, type OpsiPekppp } from "./pekppp";
import { rencanaPegawai, type OpsiPegawai } from "./pegawai";
import { rencanaKepekaan, type OpsiKepekaanBobot } from "./kepekaan";
import { rencanaLanAlternatif1, type OpsiLanAlternatif1 } from "./lan-alternatif1";
import { rencanaSkmSiklus, type OpsiSkmSiklus } from "./skm-siklus";
import { rencanaSakip, type OpsiSakip } from "./sakip";
import { rencanaLke, type OpsiLke } from "./lke";

export interface OpsiPembangun {
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
export type { IdPembangun } from "./daftar";
export { ID_PEMBANGUN, NAMA_PEMBANGUN, adalahIdPembangun };

/** Fungsi pembangun per id; tipe ini memaksa kunci persis sama dengan daftar.ts (tidak kurang, tidak lebih). */
const BUAT: { readonly [K in IdPembangun]: (opsi: OpsiPembangun[K]) => RencanaBukuKerja } = {
  lan1998: rencanaLan,
  bsc: rencanaBsc,
  skm: rencanaSkm,
  layanan: rencanaLayanan,
  servqual: rencanaServqual,
  sendi: rencanaSendi,
  pekppp: rencanaPekppp,
  pegawai: rencanaPegawai,
  kepekaan: rencanaKepekaan,
  lanAlternatif1: rencanaLanAlternatif1,
  skmSiklus: (o) => rencanaSkmSiklus(o),
  sakip: rencanaSakip,
  lke: rencanaLke,
};

type EntriPembangun = {
  readonly [K in IdPembangun]: { readonly nama: string; readonly buat: (opsi: OpsiPembangun[K]) => RencanaBukuKerja };
};

/** Nama (daftar.ts) dan fungsi pembangun, dalam urutan daftar.ts. */
export const PEMBANGUN: EntriPembangun = Object.fromEntries(
  ID_PEMBANGUN.map((id) => [id, { nama: NAMA_PEMBANGUN[id], buat: BUAT[id] }]),
) as unknown as EntriPembangun;

export function buatRencana<K extends IdPembangun>(id: K, opsi: OpsiPembangun[K]): RencanaBukuKerja {
  if (!adalahIdPembangun(id)) throw galatNA(`pembangun tidak dikenal: ${String(id)}`);
  return (PEMBANGUN[id].buat as (o: OpsiPembangun[K]) => RencanaBukuKerja)(opsi);
}
