/**
 * Buku kerja contoh (`kinerja demo --keluar contoh`): kerangka LAN tiga tipe, log layanan Dumai Timur
 * 2021, KTP/KK Seberang Ulu II, contoh SKM 10 responden, BSC kosong dan contoh metode lain. Setiap berkas
 * memuat grafik ringkasannya (bagian DrawingML, hosts/xlsx/grafik.ts) dan tata halaman A4.
 */
import { join } from "node:path";
import { tulisXlsx } from "../hosts/xlsx/berkas";
import { rencanaBsc } from "../plans/bsc";
import { rencanaLan } from "../plans/lan";
import { rencanaLayanan } from "../plans/layanan";
import { rencanaSkm } from "../plans/skm";
import type { RencanaBukuKerja } from "../plans/rencana";
import { contohServqual, rencanaServqual } from "../plans/servqual";
import { contohSendi, rencanaSendi } from "../plans/sendi";
import { contohPekppp, rencanaPekppp } from "../plans/pekppp";
import { contohPegawai, rencanaPegawai } from "../plans/pegawai";
import { contohLanAlternatif1, rencanaLanAlternatif1 } from "../plans/lan-alternatif1";
import { rencanaPegawai2022 } from "../plans/pegawai-2022";
import { buatFolder, tulisSemuaAtomik } from "./berkas";
import { formulirContohSkm } from "./contoh-formulir-skm";
import { siklusDariTabel } from "./skm-siklus";
import { rencanaSiklusDariCli } from "./skm-siklus-xlsx";
import { contohSakip, rencanaSakip } from "../plans/sakip";
import { contohLke, rencanaLke } from "../plans/lke";

/**
 * Siklus SKM dari ekspor formulir contoh (3 layanan, 2 semester, 361 responden, jawaban teks) yang juga
 * menanyakan tingkat kepentingan tiap unsur (lembar Kuadran); jawaban unsur = fixture formulir-kecamatan.csv.
 */
export function rencanaDemoSkmSiklus(): RencanaBukuKerja {
  const [judul, ...baris] = formulirContohSkm({ kepentingan: true });
  const tabel = { sumber: "formulir-contoh", judul, baris: baris.map((sel, i) => ({ no: i + 2, sel })) };
  return rencanaSiklusDariCli(
    siklusDariTabel(tabel, { layanan: "Jenis Layanan", waktu: "Cap waktu" }),
    "Kecamatan Contoh",
  );
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
    ...(["I", "II", "III"] as const).map((tipe) => ({
      berkas: `lan-tipe-${tipe}.xlsx`,
      rencana: rencanaLan({ tipe, pola: "lengkap", mode: "kerangka", unit: [] }),
    })),
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
    {
      berkas: "skm-contoh.xlsx",
      rencana: rencanaSkm({ aturan: "2017", responden: 10, jawaban: JAWABAN_CONTOH_SKM.map((r) => [...r]) }),
    },
    { berkas: "bsc-kosong.xlsx", rencana: rencanaBsc({}) },
    { berkas: "servqual-contoh.xlsx", rencana: rencanaServqual(contohServqual()) },
    { berkas: "sendi-pelayanan-contoh.xlsx", rencana: rencanaSendi(contohSendi()) },
    { berkas: "pekppp-contoh.xlsx", rencana: rencanaPekppp(contohPekppp()) },
    { berkas: "kinerja-pegawai-contoh.xlsx", rencana: rencanaPegawai(contohPegawai()) },
    // seed 004: Instrumen Alternatif I; pola kedua (Kesimpulan 6) dengan lima variabel dari data; angka per indikator (Alternatif II)
    { berkas: "lan-alternatif-i-contoh.xlsx", rencana: rencanaLanAlternatif1(contohLanAlternatif1()) },
    {
      berkas: "lan-pola-kedua-II-III.xlsx",
      rencana: rencanaLan({ tipe: "II+III", pola: "limaData", mode: "kerangka", unit: [] }),
    },
    // aturan kinerja pegawai yang berlaku (PermenPAN-RB 6/2022); rating contoh rekaan
    {
      berkas: "predikat-pegawai-2022-contoh.xlsx",
      rencana: rencanaPegawai2022({
        pegawai: 3,
        nama: ["Pegawai A", "Pegawai B", "Pegawai C"],
        hasil: ["Di atas ekspektasi", "Sesuai ekspektasi", "Di bawah ekspektasi"],
        perilaku: ["Di atas ekspektasi", "Sesuai ekspektasi", "Sesuai ekspektasi"],
      }),
    },
    {
      berkas: "lan-nilai-per-indikator.xlsx",
      rencana: rencanaLan({ tipe: "I", pola: "limaData", mode: "nilaiUnit", unit: [], perIndikator: true }),
    },
    // siklus SKM dari ekspor formulir contoh (issue 14)
    { berkas: "skm-siklus-contoh.xlsx", rencana: rencanaDemoSkmSiklus() },
    { berkas: "sakip-contoh.xlsx", rencana: rencanaSakip(contohSakip()) },
    { berkas: "lke-contoh.xlsx", rencana: rencanaLke(contohLke()) },
  ];
}

/**
 * Menulis buku kerja contoh ke `folder`: semua atau tidak satu pun (tulisSemuaAtomik). Buku kerja yang sudah
 * ada hanya diganti dengan `timpa`; tanpa itu tidak ada yang ditulis. Mengembalikan jalur setiap berkas.
 */
export async function tulisDemo(folder: string, timpa = false): Promise<string[]> {
  return (await tulisDemoRinci(folder, timpa)).map((d) => d.berkas);
}

/** Seperti tulisDemo, dengan keterangan tiap berkas: diganti atau baru, dan banyak lembar. */
export async function tulisDemoRinci(
  folder: string,
  timpa = false,
): Promise<{ berkas: string; diganti: boolean; lembar: number }[]> {
  return (await tulisDemoLengkap(folder, timpa)).berkas;
}

/** Seperti tulisDemoRinci, ditambah sisa sementara demo yang terhenti sebelumnya yang dihapus (`dibersihkan`). */
export async function tulisDemoLengkap(
  folder: string,
  timpa = false,
): Promise<{ berkas: { berkas: string; diganti: boolean; lembar: number }[]; dibersihkan: string[] }> {
  buatFolder(folder);
  const daftar = rencanaDemo();
  const hasil = await tulisSemuaAtomik(
    daftar.map((d) => ({ berkas: join(folder, d.berkas), tulis: (jalur: string) => tulisXlsx(d.rencana, jalur) })),
    timpa,
  );
  return {
    berkas: hasil.map((h, i) => ({ berkas: h.berkas, diganti: h.diganti, lembar: daftar[i].rencana.lembar.length })),
    dibersihkan: hasil[0]?.dibersihkan ?? [],
  };
}
