/** Daftar pembangun tabel: id → nama (Bahasa Indonesia) dan fungsi pembangun. */
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
}
export type IdPembangun = keyof OpsiPembangun;

export const PEMBANGUN: { readonly [K in IdPembangun]: { readonly nama: string; readonly buat: (opsi: OpsiPembangun[K]) => RencanaBukuKerja } } = {
  lan1998: { nama: "Pola LAN 1998 (bobot, nilai unit, kerangka)", buat: rencanaLan },
  bsc: { nama: "Balanced Scorecard", buat: rencanaBsc },
  skm: { nama: "Survei Kepuasan Masyarakat (SKM/IKM)", buat: rencanaSkm },
  layanan: { nama: "Log kinerja layanan (penyelesaian, ketepatan waktu, capaian)", buat: rencanaLayanan },
  servqual: { nama: "Kualitas pelayanan (SERVQUAL: persepsi − harapan)", buat: rencanaServqual },
  sendi: { nama: "Sendi pelayanan (Kepmenpan 81/1993)", buat: rencanaSendi },
  pekppp: { nama: "Evaluasi kinerja unit pelayanan (PEKPPP / IPP)", buat: rencanaPekppp },
  pegawai: { nama: "Kinerja pegawai (lima aspek)", buat: rencanaPegawai },
  kepekaan: { nama: "Kepekaan bobot (rentang tepat, tornado, stabilitas)", buat: rencanaKepekaan },
  lanAlternatif1: { nama: "Pola LAN 1998 — Instrumen Alternatif I (tingkat prestasi per jenis pelayanan)", buat: rencanaLanAlternatif1 },
  skmSiklus: { nama: "Siklus SKM dari ekspor formulir (per layanan dan periode)", buat: (o) => rencanaSkmSiklus(o) },
};

export function adalahIdPembangun(x: unknown): x is IdPembangun {
  return typeof x === "string" && Object.prototype.hasOwnProperty.call(PEMBANGUN, x);
}

export function buatRencana<K extends IdPembangun>(id: K, opsi: OpsiPembangun[K]): RencanaBukuKerja {
  if (!adalahIdPembangun(id)) throw new Error(`pembangun tidak dikenal: ${String(id)}`);
  return (PEMBANGUN[id].buat as (o: OpsiPembangun[K]) => RencanaBukuKerja)(opsi);
}
