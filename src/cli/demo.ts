/**
 * Buku kerja contoh (`kinerja demo --keluar contoh`): kerangka LAN tiga tipe, log layanan Dumai Timur
 * 2021, KTP/KK Seberang Ulu II, contoh SKM 10 responden, dan BSC kosong. Berkas .xlsx tidak memuat
 * grafik (ExcelJS tidak menulis grafik); grafik rencana dicatat di lembar `_pkp`.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { tulisXlsx } from "../hosts/xlsx/xlsx";
import { rencanaBsc } from "../plans/bsc";
import { rencanaLan } from "../plans/lan";
import { rencanaLayanan } from "../plans/layanan";
import { rencanaSkm } from "../plans/skm";
import type { RencanaBukuKerja } from "../plans/rencana";
import { contohServqual, rencanaServqual } from "../plans/servqual";
import { contohSendi, rencanaSendi } from "../plans/sendi";
import { contohPekppp, rencanaPekppp } from "../plans/pekppp";
import { contohPegawai, rencanaPegawai } from "../plans/pegawai";
import { formulirContohSkm } from "./contoh-formulir-skm";
import { siklusDariTabel } from "./skm-siklus";
import { rencanaSiklusDariCli } from "./skm-siklus-xlsx";

/** Siklus SKM dari ekspor formulir contoh (3 layanan, 2 semester, 361 responden, jawaban teks). */
export function rencanaDemoSkmSiklus(): RencanaBukuKerja {
  const [judul, ...baris] = formulirContohSkm();
  const tabel = { sumber: "formulir-contoh", judul, baris: baris.map((sel, i) => ({ no: i + 2, sel })) };
  return rencanaSiklusDariCli(siklusDariTabel(tabel, { layanan: "Jenis Layanan", waktu: "Cap waktu" }), "Kecamatan Contoh");
}

/** Jawaban contoh SKM 2017 (10 responden × 9 unsur, 1–4), tetap dan ditulis apa adanya. */
export const JAWABAN_CONTOH_SKM: readonly (readonly number[])[] = [
  [3, 3, 4, 4, 3, 3, 4, 3, 3],
  [4, 3, 3, 4, 3, 4, 4, 3, 3],
  [3, 2, 3, 4, 3, 3, 3, 2, 3],
  [3, 3, 3, 4, 4, 3, 4, 3, 4],
  [4, 4, 3, 4, 3, 3, 4, 3, 3],
  [3, 3, 2, 4, 3, 4, 3, 3, 3],
  [3, 3, 3, 4, 3, 3, 4, 2, 3],
  [4, 3, 3, 4, 3, 3, 4, 3, 4],
  [3, 3, 3, 3, 3, 3, 3, 3, 3],
  [3, 4, 3, 4, 4, 3, 4, 3, 3],
];

export function rencanaDemo(): { berkas: string; rencana: RencanaBukuKerja }[] {
  return [
    ...(["I", "II", "III"] as const).map((tipe) => ({ berkas: `lan-tipe-${tipe}.xlsx`, rencana: rencanaLan({ tipe, pola: "lengkap", mode: "kerangka", unit: [] }) })),
    { berkas: "layanan-dumai-timur-2021.xlsx", rencana: rencanaLayanan({ contoh: true, barisKosong: 3 }) },
    {
      berkas: "ktp-kk-seberang-ulu-ii.xlsx",
      rencana: rencanaLayanan({
        contoh: false,
        judul: "KTP dan KK Kecamatan Seberang Ulu II: permohonan 2017 dan realisasi 2014 terhadap target",
        data: [
          { jenis: "KTP 2017 (pemohon)", masuk: 7692, selesai: 3600 },
          { jenis: "KK 2017 (pemohon)", masuk: 3628, selesai: 2880 },
          { jenis: "KTP 2014 (target)", target: 11000, realisasi: 11279 },
          { jenis: "KK 2014 (target)", target: 4500, realisasi: 4801 },
        ],
        barisKosong: 2,
        ringkasan: "penyelesaian",
      }),
    },
    { berkas: "skm-contoh.xlsx", rencana: rencanaSkm({ aturan: "2017", responden: 10, jawaban: JAWABAN_CONTOH_SKM.map((r) => [...r]) }) },
    { berkas: "bsc-kosong.xlsx", rencana: rencanaBsc({}) },
    { berkas: "servqual-contoh.xlsx", rencana: rencanaServqual(contohServqual()) },
    { berkas: "sendi-pelayanan-contoh.xlsx", rencana: rencanaSendi(contohSendi()) },
    { berkas: "pekppp-contoh.xlsx", rencana: rencanaPekppp(contohPekppp()) },
    { berkas: "kinerja-pegawai-contoh.xlsx", rencana: rencanaPegawai(contohPegawai()) },
    { berkas: "skm-siklus-contoh.xlsx", rencana: rencanaDemoSkmSiklus() },
  ];
}

/** Menulis buku kerja contoh ke `folder`; mengembalikan jalur berkas yang ditulis. */
export async function tulisDemo(folder: string): Promise<string[]> {
  mkdirSync(folder, { recursive: true });
  const hasil: string[] = [];
  for (const d of rencanaDemo()) {
    const jalur = join(folder, d.berkas);
    await tulisXlsx(d.rencana, jalur);
    hasil.push(jalur);
  }
  return hasil;
}
