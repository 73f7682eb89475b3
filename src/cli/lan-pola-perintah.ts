/**
 * Pendaftaran subperintah `kinerja lan nilai|lima|prestasi` (bagian Pola LAN 1998 di luar Bab III) pada
 * perintah `lan`. Perhitungannya di `lan-pola.ts`.
 */
import { Option, type Command } from "commander";
import { SKOR_IDEAL_LAN } from "../frameworks/lan1998";
import { POLA_TIPE } from "../frameworks/lan1998-instrumen";
import { GalatCli } from "./csv";
import { PILIHAN_POLA_CLI, jalankanLanLima, jalankanLanNilai, jalankanLanPrestasi } from "./lan-pola";

const angka = (nama: string, bulat = false) => (v: string): number => {
  const x = Number(v);
  if (!Number.isFinite(x) || x <= 0 || (bulat && !Number.isInteger(x))) throw new GalatCli(`${nama} harus ${bulat ? "bilangan bulat" : "angka"} positif, bukan "${v}"`);
  return x;
};

export function daftarLanPola(lan: Command, keluar: { tulis(teks: string): void }): void {
  lan
    .command("nilai")
    .description("Nilai unit dengan instrumen Tabel 4.14: pola tipe I/II/III atau pola kedua II+III (Kesimpulan 6), 17 atau 5 variabel, opsional angka per indikator (Alternatif II)")
    .requiredOption("-i, --input <skor.csv>", "CSV: kolom indikator (1–89) lalu satu kolom per unit, skor 1–10")
    .addOption(new Option("--tipe <tipe>", "tipe dinas atau pola kedua").choices([...POLA_TIPE]).makeOptionMandatory())
    .addOption(new Option("--pola <pola>", "lengkap (17 variabel), lima (Tabel 4.7) atau lima-data (lima teratas dari bobot)").choices(PILIHAN_POLA_CLI).default("lengkap"))
    .option("--per-indikator", "juga angka 0–1000 dan kategori tiap indikator (Instrumen Alternatif II)")
    .option("--xlsx <berkas.xlsx>", "tulis juga buku kerja dengan rumus hidup")
    .option("--json", "keluaran JSON")
    .action(async (o: { input: string; tipe: string; pola: string; perIndikator?: boolean; xlsx?: string; json?: boolean }) => keluar.tulis(await jalankanLanNilai(o)));

  lan
    .command("lima")
    .description("Lima variabel utama dari total Anda sendiri (aturan Tabel 4.7 / Saran 5) dan bobot dibagi ulang")
    .requiredOption("-i, --input <berkas.csv>", "CSV dengan kolom no,total (nama opsional), satu baris per variabel")
    .addOption(new Option("--banyak <n>", "banyak variabel utama").default(5).argParser(angka("--banyak", true)))
    .addOption(new Option("--skor-ideal <n>", "Skor Ideal").default(SKOR_IDEAL_LAN).argParser(angka("--skor-ideal")))
    .option("--json", "keluaran JSON")
    .action((o: { input: string; banyak: number; skorIdeal: number; json?: boolean }) => keluar.tulis(jalankanLanLima(o)));

  lan
    .command("prestasi")
    .description("Instrumen Alternatif I: tingkat prestasi 1–5 per jenis pelayanan dan rekapnya")
    .requiredOption("-i, --input <berkas.csv>", "CSV: jenis,tingkat (kategori, sifat, tipe opsional)")
    .option("--dinas <nama>", "nama dinas untuk buku kerja")
    .option("--xlsx <berkas.xlsx>", "tulis juga buku kerja dengan rumus hidup")
    .option("--json", "keluaran JSON")
    .action(async (o: { input: string; dinas?: string; xlsx?: string; json?: boolean }) => keluar.tulis(await jalankanLanPrestasi(o)));
}
