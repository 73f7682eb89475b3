/**
 * Pengurai argumen `kinerja` berbahasa Indonesia, dipakai oleh setiap subperintah.
 *
 * - `PerintahKinerja`: Command yang membuat subperintahnya sebagai PerintahKinerja juga (createCommand),
 *   sehingga setiap `.command(...)` otomatis mendapat bantuan dan pesan galat berbahasa Indonesia; subperintah
 *   baru tidak perlu baris tambahan untuk itu.
 * - `BantuanIndonesia`: judul (Pemakaian, Opsi, Perintah, Argumen), "[opsi]"/"[perintah]" di pemakaian dan
 *   daftar perintah (sebelum lebar kolom dihitung, jadi tetap rata), "pilihan"/"bawaan" di keterangan opsi.
 * - `error()` menerjemahkan setiap pesan galat commander (opsi wajib, pilihan tidak sah, opsi tidak dikenal…).
 * - `contoh(cmd, ...baris)`: bagian "Contoh:" di akhir `--help` (satu contoh kerja per subperintah).
 */
import { Argument, Command, Help, InvalidArgumentError, Option } from "commander";
import { angkaOpsi } from "./angka";

const JUDUL: Record<string, string> = {
  "Usage:": "Pemakaian:",
  "Options:": "Opsi:",
  "Commands:": "Perintah:",
  "Arguments:": "Argumen:",
  "Global Options:": "Opsi umum:",
};

const indonesiakanPemakaian = (s: string): string =>
  s.replace(/\[options\]/g, "[opsi]").replace(/\[command\]/g, "[perintah]");

export class BantuanIndonesia extends Help {
  styleTitle(str: string): string {
    return super.styleTitle(JUDUL[str] ?? str);
  }
  commandUsage(cmd: Command): string {
    return indonesiakanPemakaian(super.commandUsage(cmd));
  }
  subcommandTerm(cmd: Command): string {
    return indonesiakanPemakaian(super.subcommandTerm(cmd));
  }
  optionDescription(option: Option): string {
    return keterangan(
      option.description,
      option.argChoices,
      option.defaultValue,
      option.defaultValueDescription,
      option.negate,
    );
  }
  argumentDescription(argument: Argument): string {
    return keterangan(
      argument.description,
      argument.argChoices,
      argument.defaultValue,
      argument.defaultValueDescription,
      false,
    );
  }
}

function keterangan(
  teks: string,
  pilihan: string[] | undefined,
  bawaan: unknown,
  bawaanTeks: string | undefined,
  negasi: boolean,
): string {
  const tambahan: string[] = [];
  if (pilihan) tambahan.push(`pilihan: ${pilihan.join(", ")}`);
  if (bawaan !== undefined && !negasi && !(typeof bawaan === "boolean" && bawaan === false))
    tambahan.push(`bawaan: ${bawaanTeks ?? (typeof bawaan === "string" ? bawaan : String(bawaan))}`);
  return tambahan.length > 0 ? `${teks} (${tambahan.join("; ")})` : teks;
}

/** Terjemahan pesan galat commander; pola atas pesan bahasa Inggris commander 14. */
const TERJEMAHAN: [RegExp, (...m: string[]) => string][] = [
  [/^error: required option '(.+)' not specified$/, (o) => `opsi wajib ${o} belum diisi`],
  [/^error: option '(.+)' argument missing$/, (o) => `opsi ${o} perlu nilai`],
  [
    /^error: option '(.+)' argument '(.*)' is invalid\. Allowed choices are (.+)\.$/s,
    (o, v, p) => `nilai "${v}" untuk opsi ${o} tidak sah (pilihan: ${p})`,
  ],
  [/^error: option '(.+)' argument '(.*)' is invalid\. (.*)$/s, (_o, _v, pesan) => pesan],
  [
    /^error: command-argument value '(.*)' is invalid for argument '(.+)'\. Allowed choices are (.+)\.$/s,
    (v, a, p) => `nilai "${v}" untuk argumen ${a} tidak sah (pilihan: ${p})`,
  ],
  [/^error: command-argument value '(.*)' is invalid for argument '(.+)'\. (.*)$/s, (_v, _a, pesan) => pesan],
  [
    /^error: unknown option '(.+?)'(?:\s*\(Did you mean (.+)\?\))?$/s,
    (o, s) => `opsi ${o} tidak dikenal${s ? ` (maksudnya ${s}?)` : ""}`,
  ],
  [
    /^error: unknown command '(.+?)'(?:\s*\(Did you mean (.+)\?\))?$/s,
    (c, s) => `perintah "${c}" tidak dikenal${s ? ` (maksudnya ${s}?)` : ""}`,
  ],
  [/^error: missing required argument '(.+)'$/, (a) => `argumen ${a} wajib diisi`],
  [
    /^error: too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\.$/,
    (c, n, m) => `argumen berlebih${c ? ` untuk ${c}` : ""}: diharapkan ${n}, diberikan ${m}`,
  ],
  [/^error: (.+) cannot be used with (.+)$/, (a, b) => `${a} tidak dapat dipakai bersama ${b}`],
];

export function terjemahkanGalat(pesan: string): string {
  const p = pesan.trim();
  for (const [pola, f] of TERJEMAHAN) {
    const m = pola.exec(p);
    if (m)
      return f(...m.slice(1))
        .replace(/\boption\b/g, "opsi")
        .replace(/\bargument\b/g, "argumen");
  }
  return `perintah tidak dapat dijalankan: ${p.replace(/^error: /, "")}`;
}

/** Command dengan bantuan dan pesan galat berbahasa Indonesia; subperintah mewarisi kelas dan pengaturannya. */
export class PerintahKinerja extends Command {
  createCommand(nama?: string): Command {
    const c = new PerintahKinerja(nama);
    c.helpOption("-h, --help", "tampilkan bantuan perintah ini");
    return c;
  }
  createHelp(): Help {
    return Object.assign(new BantuanIndonesia(), this.configureHelp());
  }
  error(message: string, errorOptions?: { code?: string; exitCode?: number }): never {
    return super.error(terjemahkanGalat(message), errorOptions);
  }
}

/** Bagian "Contoh:" di akhir `--help`; satu contoh kerja per subperintah. */
export function contoh<T extends Command>(cmd: T, ...baris: string[]): T {
  cmd.addHelpText("after", `\nContoh:\n${baris.map((b) => `  ${b}`).join("\n")}\n`);
  return cmd;
}

/** Pengurai nilai opsi angka (cara baca seperti sel CSV; mendua → galat yang menyebut kedua bacaan). */
export function opsiAngka(
  nama: string,
  syarat: { positif?: boolean; bulat?: boolean; min?: number; maksEksklusif?: number } = {},
) {
  return (v: string): number => {
    const x = angkaOpsi(nama, v);
    if (syarat.positif && !(x > 0)) throw new InvalidArgumentError(`${nama} harus angka positif, bukan "${v}"`);
    if (syarat.bulat && !Number.isInteger(x))
      throw new InvalidArgumentError(`${nama} harus bilangan bulat, bukan "${v}"`);
    if (syarat.min !== undefined && x < syarat.min)
      throw new InvalidArgumentError(`${nama} harus ≥ ${syarat.min}, bukan "${v}"`);
    if (syarat.maksEksklusif !== undefined && !(x < syarat.maksEksklusif))
      throw new InvalidArgumentError(`${nama} harus < ${syarat.maksEksklusif}, bukan "${v}"`);
    return x;
  };
}

export interface OpsiKeluaran {
  json?: boolean;
  xlsx?: string;
  timpa?: boolean;
  desimal?: "koma" | "titik";
}

/**
 * Opsi keluaran bersama: --json, --desimal koma|titik, dan (bila `xlsx`) --xlsx BERKAS dan --timpa.
 * Dipakai setiap subperintah agar namanya, teks bantuannya dan artinya sama di mana-mana.
 */
export function opsiKeluaran<T extends Command>(cmd: T, o: { xlsx?: boolean; json?: string } = {}): T {
  if (o.xlsx !== false) {
    cmd.option(
      "--xlsx <berkas.xlsx>",
      "tulis juga buku kerja dengan rumus hidup (ditulis utuh atau tidak sama sekali)",
    );
    cmd.option("--timpa", "boleh mengganti berkas --xlsx yang sudah ada");
  }
  cmd.addOption(
    new Option("--desimal <tanda>", "tanda desimal keluaran teks; tanpa opsi ini mengikuti berkas masukan").choices([
      "koma",
      "titik",
    ]),
  );
  cmd.option("--json", o.json ?? "keluaran JSON satu baris");
  return cmd;
}
