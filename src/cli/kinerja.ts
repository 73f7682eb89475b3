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
export function buatProgram(keluar: Keluaran): Command {
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

  program
    .command("reproduksi")
    .description("Hitung ulang Lampiran 5–7 dan Tabel 4.8–4.14 lalu bandingkan dengan angka tercetak")
    .option("--json", "keluaran JSON: {dibandingkan, selisih: [...]}")
    .action((o: { json?: boolean }) => {
      keluar.tulis(o.json ? JSON.stringify(jsonReproduksi()) + "\n" : teksReproduksi());
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
  const program = buatProgram(tampung);
  try {
    await program.parseAsync(argv, { from: "user" });
    return 0;
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
