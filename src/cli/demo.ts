/**
 * Buku kerja contoh (`kinerja demo --keluar contoh`): kerangka LAN tiga tipe, log layanan Dumai Timur
 * 2021, KTP/KK Seberang Ulu II, contoh SKM 10 responden, BSC kosong dan contoh metode lain. Setiap berkas
 * memuat grafik ringkasannya (bagian DrawingML, hosts/xlsx/grafik.ts) dan tata halaman A4.
 */
import { join } from "node:path";
import { tulisXlsx } from "../hosts/xlsx/berkas";
import { contohDemo } from "../metode/index";
import type { OpsiSkmSiklus } from "../plans/skm-siklus";
import type { RencanaBukuKerja } from "../plans/rencana";
import { buatFolder, tulisSemuaAtomik } from "./berkas";
import { formulirContohSkm } from "./contoh-formulir-skm";
import { siklusDariTabel, type SiklusCli } from "./skm-siklus";
import { opsiRencanaSiklus, rencanaSiklusDariCli } from "./skm-siklus-xlsx";

export { JAWABAN_CONTOH_SKM } from "../metode/skm";

/**
 * Siklus SKM dari ekspor formulir contoh (3 layanan, 2 semester, 361 responden, jawaban teks) yang juga
 * menanyakan tingkat kepentingan tiap unsur (lembar Kuadran); jawaban unsur = fixture formulir-kecamatan.csv.
 */
function siklusDemo(): SiklusCli {
  const [judul, ...baris] = formulirContohSkm({ kepentingan: true });
  const tabel = { sumber: "formulir-contoh", judul, baris: baris.map((sel, i) => ({ no: i + 2, sel })) };
  return siklusDariTabel(tabel, { layanan: "Jenis Layanan", waktu: "Cap waktu" });
}

/** Rencana demo siklus SKM (metode/skm-siklus.ts): periode dari data contoh. */
export function rencanaDemoSkmSiklus(): RencanaBukuKerja {
  return rencanaSiklusDariCli(siklusDemo(), "Kecamatan Contoh");
}

/** Opsi pembangun demo siklus SKM (tanpa periode baris; dipakai uji registri). */
export function opsiDemoSkmSiklus(): OpsiSkmSiklus {
  return opsiRencanaSiklus(siklusDemo(), "Kecamatan Contoh");
}

/** Buku kerja contoh semua metode (contoh `demo` tiap deskriptor, metode/<id>.ts), dalam urutan tulis. */
export function rencanaDemo(): { berkas: string; rencana: RencanaBukuKerja }[] {
  return contohDemo().map((d) => ({ berkas: d.berkas, rencana: d.rencana() }));
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
