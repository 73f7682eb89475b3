#!/usr/bin/env node
/**
 * `kinerja`: baris perintah Penilaian Kinerja Pelayanan untuk peneliti dan auditor.
 * Kode keluar: 0 berhasil; 1 ada temuan (periksa); 2 masukan tidak dapat dipakai. Tidak ada keluaran
 * sebagian: hasil ditulis sekaligus setelah seluruh perhitungan selesai.
 */
import { Command, CommanderError, Help, Option } from "commander";
import { GalatKinerja } from "../core/errors";
import { SKOR_IDEAL_LAN } from "../frameworks/lan1998";
import { GalatCli } from "./csv";
import { formatBobot, hitungBobotDariCsv } from "./lan";
import { jsonReproduksi, teksReproduksi } from "./reproduksi";
import { tulisDemo } from "./demo";
import { hitungBscDariCsv, formatBsc } from "./bsc";
import { hitungLanDariCsv, formatLanHitung } from "./lan-hitung";
import { jalankanPeriksa } from "./periksa";
import { hitungSkmDariCsv, formatSkm, jsonSkm } from "./skm";
import { jalankanSkmSiklus, modeSiklus, tambahOpsiSiklus, type OpsiSkmSiklusCli } from "./skm-siklus";
import { tulisXlsxBsc, tulisXlsxLan, tulisXlsxSkm } from "./keluaran-xlsx";
import { jalankanServqual } from "./servqual";
import { jalankanPekppp } from "./pekppp";

export interface Keluaran {
  tulis(teks: string): void;
  galat(teks: string): void;
}

const JUDUL: Record<string, string> = { "Usage:": "Pemakaian:", "Options:": "Opsi:", "Commands:": "Perintah:", "Arguments:": "Argumen:", "Global Options:": "Opsi umum:" };

class BantuanIndonesia extends Help {
  formatHelp(cmd: Command, helper: Help): string {
    return super
      .formatHelp(cmd, helper)
      .replace(/^(Usage:|Options:|Commands:|Arguments:|Global Options:)/gm, (m) => JUDUL[m] ?? m)
      .replace(/\[options\]/g, "[opsi]")
      .replace(/\[command\]/g, "[perintah]")
      .replace(/\(default: /g, "(bawaan: ");
  }
}

function angkaPositif(nama: string) {
  return (v: string): number => {
    const x = Number(v);
    if (!Number.isFinite(x) || x <= 0) throw new GalatCli(`${nama} harus angka positif, bukan "${v}"`);
    return x;
  };
}

/** Command dengan judul bantuan berbahasa Indonesia; subperintah mewarisi kelas ini. */
class PerintahKinerja extends Command {
  createCommand(nama?: string): Command {
    return new PerintahKinerja(nama);
  }
  createHelp(): Help {
    return Object.assign(new BantuanIndonesia(), this.configureHelp());
  }
}

/** Menyusun program; `keluar` menerima teks hasil, sehingga pengujian tidak perlu proses baru. */
export function buatProgram(keluar: Keluaran, kode: { keluar: number } = { keluar: 0 }): Command {
  const program = new PerintahKinerja("kinerja")
    .description("Penilaian Kinerja Pelayanan: Pola LAN 1998, SKM, BSC dan lainnya dari baris perintah")
    .helpOption("-h, --help", "tampilkan bantuan perintah ini")
    .exitOverride()
    .configureOutput({ writeOut: (s) => keluar.tulis(s), writeErr: (s) => keluar.galat(s) })
    .version("0.1.0", "-V, --version", "tampilkan versi")
    .helpCommand("help [perintah]", "tampilkan bantuan sebuah perintah");

  const lan = program.command("lan").description("Pola Penilaian Kinerja Pelayanan Umum LAN 1998");
  lan
    .command("bobot")
    .description("Proporsi dan Bobot Variabel dari total tiap variabel (Bab III, Lampiran 5–7)")
    .requiredOption("-i, --input <berkas.csv>", "CSV dengan kolom no,total (nama opsional), satu baris per variabel")
    .addOption(new Option("--skor-ideal <n>", "Skor Ideal").default(SKOR_IDEAL_LAN).argParser(angkaPositif("--skor-ideal")))
    .option("--json", "keluaran JSON")
    .action((o: { input: string; skorIdeal: number; json?: boolean }) => {
      const hasil = hitungBobotDariCsv(o.input, o.skorIdeal);
      keluar.tulis(o.json ? JSON.stringify(hasil) + "\n" : formatBobot(hasil));
    });

  lan
    .command("hitung")
    .description("Bobot Variabel, Indikator dan Dinas dari CSV skor mentah indikator × unit (Bab III)")
    .requiredOption("-i, --input <skor.csv>", "CSV: kolom indikator (1–89) lalu satu kolom per unit, skor 1–10")
    .addOption(new Option("--tipe <tipe>", "tipe dinas untuk membandingkan dengan bobot tercetak").choices(["I", "II", "III"]))
    .addOption(new Option("--skor-ideal <n>", "Skor Ideal").default(SKOR_IDEAL_LAN).argParser(angkaPositif("--skor-ideal")))
    .option("--xlsx <berkas.xlsx>", "tulis juga buku kerja dengan rumus hidup")
    .option("--json", "keluaran JSON")
    .action(async (o: { input: string; tipe?: "I" | "II" | "III"; skorIdeal: number; xlsx?: string; json?: boolean }) => {
      const h = hitungLanDariCsv(o);
      if (o.xlsx) await tulisXlsxLan(h, o.xlsx);
      // eslint-disable-next-line @typescript-eslint/no-unused-vars -- skor mentah tidak ikut JSON
      const { skor, ...publik } = h;
      keluar.tulis(o.json ? JSON.stringify(publik) + "\n" : formatLanHitung(h));
    });

  const skm = program
    .command("skm")
    .description("Survei Kepuasan Masyarakat dari CSV jawaban (satu baris per responden, kolom U1…U9 atau U1…U14)")
    .requiredOption("-i, --input <berkas.csv>", "CSV jawaban 1–4")
    .addOption(new Option("--aturan <tahun>", "PermenPAN-RB 14/2017 atau KepmenPAN 25/2004").choices(["2017", "2004"]).default("2017"))
    .addOption(new Option("--penimbang <jenis>", "tepat (1/n) atau cetak (0,111 / 0,071); siklus juga 0.111 atau 0.11").choices(["tepat", "cetak", "0.111", "0.11"]).default("tepat"))
    .option("--xlsx <berkas.xlsx>", "tulis juga buku kerja dengan rumus hidup")
    .option("--json", "keluaran JSON");
  tambahOpsiSiklus(skm) // siklus SKM (issue 14): --layanan/--waktu dan opsi terkait, src/cli/skm-siklus.ts
    .action(async (o: { input: string; aturan: "2017" | "2004"; penimbang: "tepat" | "cetak"; xlsx?: string; json?: boolean } & OpsiSkmSiklusCli) => {
      if (modeSiklus(o)) return keluar.tulis(await jalankanSkmSiklus(o));
      const h = hitungSkmDariCsv(o);
      if (o.xlsx) await tulisXlsxSkm(h, o.xlsx);
      keluar.tulis(o.json ? jsonSkm(h) : formatSkm(h));
    });

  program
    .command("bsc")
    .description("Balanced Scorecard dari CSV KPI: perspektif,indikator,target,realisasi[,arah][,bobot]")
    .requiredOption("-i, --input <berkas.csv>", "CSV KPI")
    .option("--xlsx <berkas.xlsx>", "tulis juga buku kerja dengan rumus hidup")
    .option("--json", "keluaran JSON")
    .action(async (o: { input: string; xlsx?: string; json?: boolean }) => {
      const h = hitungBscDariCsv(o.input);
      if (o.xlsx) await tulisXlsxBsc(h, o.xlsx);
      keluar.tulis(o.json ? JSON.stringify(h) + "\n" : formatBsc(h));
    });

  program
    .command("servqual")
    .description("Kesenjangan kualitas pelayanan (persepsi − harapan) per dimensi dari CSV P1…Pn, E1…En")
    .requiredOption("-i, --input <berkas.csv>", "satu baris per responden; kolom P1…Pn (persepsi) dan E1…En (harapan)")
    .option("--peta <berkas.csv>", "peta butir → dimensi (kolom butir,dimensi); bawaan Parasuraman dkk. 1988, 22 butir")
    .option("--bobot <daftar>", "bobot kepentingan lima dimensi, mis. 20,20,20,20,20")
    .option("--json", "keluaran JSON")
    .action((o: { input: string; peta?: string; bobot?: string; json?: boolean }) => keluar.tulis(jalankanServqual(o)));

  program
    .command("pekppp")
    .description("Indeks Pelayanan Publik (PEKPPP) dari CSV aspek,indikator,nilai[,bobot_indikator]")
    .requiredOption("-i, --input <berkas.csv>", "nilai indikator 0–5")
    .option("--json", "keluaran JSON")
    .action((o: { input: string; json?: boolean }) => keluar.tulis(jalankanPekppp(o)));

  program
    .command("periksa")
    .description("Periksa buku kerja buatan add-in: rumus diganti angka, rumus berubah, masukan kosong/di luar rentang, bobot")
    .argument("<berkas.xlsx>", "buku kerja yang diperiksa")
    .option("--json", 'keluaran JSON {"temuan": [...]}')
    .action(async (berkas: string, o: { json?: boolean }) => {
      const hasil = await jalankanPeriksa(berkas, Boolean(o.json));
      keluar.tulis(hasil.teks);
      kode.keluar = hasil.kode;
    });

  program
    .command("reproduksi")
    .description("Hitung ulang Lampiran 5–7 dan Tabel 4.8–4.14 lalu bandingkan dengan angka tercetak")
    .option("--json", "keluaran JSON: {dibandingkan, selisih: [...]}")
    .action((o: { json?: boolean }) => {
      keluar.tulis(o.json ? JSON.stringify(jsonReproduksi()) + "\n" : teksReproduksi());
    });
  program
    .command("demo")
    .description("Tulis buku kerja contoh (.xlsx dengan rumus hidup): LAN tipe I–III, layanan, SKM, BSC")
    .option("-k, --keluar <folder>", "folder tujuan", "contoh")
    .action(async (o: { keluar: string }) => {
      const berkas = await tulisDemo(o.keluar);
      keluar.tulis(berkas.map((b) => `ditulis: ${b}`).join("\n") + "\n");
    });
  return program;
}

const PESAN_COMMANDER: Record<string, string> = {
  "commander.unknownOption": "opsi tidak dikenal",
  "commander.unknownCommand": "perintah tidak dikenal",
  "commander.missingMandatoryOptionValue": "opsi wajib belum diisi",
  "commander.optionMissingArgument": "opsi perlu nilai",
  "commander.missingArgument": "argumen wajib belum diisi",
  "commander.excessArguments": "argumen berlebih",
};

/** Menjalankan baris perintah; mengembalikan kode keluar (tidak memanggil process.exit). */
export async function jalankanCli(argv: string[], keluar: Keluaran): Promise<number> {
  const galat: string[] = [];
  const tampung: Keluaran = { tulis: (t) => keluar.tulis(t), galat: (t) => galat.push(t) };
  const kode = { keluar: 0 };
  const program = buatProgram(tampung, kode);
  try {
    await program.parseAsync(argv, { from: "user" });
    return kode.keluar;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help") return 0;
      const asli = galat.join("").trim().replace(/^error: /, "");
      keluar.galat(`kinerja: ${PESAN_COMMANDER[e.code] ?? "perintah tidak dapat dijalankan"} (${asli || e.message}). Lihat: kinerja --help\n`);
      return 2;
    }
    if (e instanceof GalatCli) {
      keluar.galat(`kinerja: ${e.message}\n`);
      return e.kodeKeluar;
    }
    if (e instanceof GalatKinerja) {
      keluar.galat(`kinerja: ${e.message}\n`);
      return 2;
    }
    keluar.galat(`kinerja: kesalahan tak terduga: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
}

if (require.main === module) {
  jalankanCli(process.argv.slice(2), { tulis: (t) => process.stdout.write(t), galat: (t) => process.stderr.write(t) }).then((kode) => {
    process.exitCode = kode;
  });
}
