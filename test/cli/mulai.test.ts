/**
 * Issue 26, mulai ramping: `kinerja … --json` (dan keluaran teks) tidak memuat ExcelJS, adaptor .xlsx
 * atau bilah kemajuan; hanya jalur yang menulis atau membaca buku kerja yang memuatnya. Yang diperiksa
 * adalah struktur (modul apa yang ada di `require.cache` setelah perintah selesai di proses baru), bukan
 * waktu: waktunya diukur `npm run bench` (bench/mulai.js).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { perintahUntuk, semuaPerintah } from "../../src/cli/kinerja";

const BIN = join(__dirname, "..", "..", "dist", "cli", "kinerja.js");
const KASUS = join(__dirname, "..", "fixtures", "kasus");
const FORMULIR = join(__dirname, "..", "fixtures", "skm-siklus", "formulir-kecamatan.csv");
const dir = mkdtempSync(join(tmpdir(), "kinerja-26-"));

/**
 * Modul berat yang hanya boleh dimuat saat buku kerja ditulis atau dibaca: ExcelJS dan kawan-kawan, adaptor .xlsx,
 * pembangun rencana `--xlsx` (cli/keluaran-xlsx, cli/skm-siklus-xlsx), dan registri metode lengkap (metode/index,
 * yang memuat semua pembangun; perintah `kinerja` cukup dengan daftar ringan metode/daftar).
 */
const BERAT = new RegExp(
  [
    String.raw`[\\/]node_modules[\\/](exceljs|archiver|unzipper|jszip|cli-progress)[\\/]`,
    String.raw`[\\/]dist[\\/]hosts[\\/]xlsx[\\/](xlsx|grafik)\.`,
    String.raw`[\\/]dist[\\/]cli[\\/](keluaran-xlsx|skm-siklus-xlsx)\.`,
    String.raw`[\\/]dist[\\/]metode[\\/]index\.`,
  ].join("|"),
);

/** Menjalankan `kinerja argv` di proses baru; kode keluar dan modul berat yang termuat sesudahnya. */
function modulTermuat(...argv: string[]): { kode: number; berat: string[] } {
  const skrip = `
    const { jalankanCli } = require(${JSON.stringify(BIN)});
    jalankanCli(${JSON.stringify(argv)}, { tulis: () => {}, galat: (t) => process.stderr.write(t) }).then((kode) => {
      const berat = Object.keys(require.cache)
        .filter((p) => ${BERAT}.test(p))
        .map((p) => /node_modules/.test(p)
          ? p.replace(/^.*node_modules[\\\\/]/, "").split(/[\\\\/]/)[0]
          : p.replace(/^.*dist[\\\\/]/, "").replace(/\\\\/g, "/"));
      process.stdout.write(JSON.stringify({ kode, berat: [...new Set(berat)].sort() }));
    });`;
  const r = spawnSync(process.execPath, ["-e", skrip], { cwd: dir, encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as { kode: number; berat: string[] };
}

beforeAll(() => {
  if (!existsSync(BIN))
    throw new Error("dist/cli/kinerja.js tidak ada: jalankan `npm run build:node` (npm test membangun dulu)");
});

describe("kinerja --json dan teks tidak memuat ExcelJS", () => {
  const skm = join(dir, "skm-10.csv");
  beforeAll(() =>
    writeFileSync(
      skm,
      "U1,U2,U3,U4,U5,U6,U7,U8,U9\n" +
        Array.from({ length: 10 }, (_, i) => Array.from({ length: 9 }, (_, j) => 1 + ((i + j) % 4)).join(",")).join(
          "\n",
        ) +
        "\n",
    ),
  );

  test.each([
    ["bsc --json", ["bsc", "--input", join(KASUS, "seberang-ulu-ii-2014-target.csv"), "--json"]],
    ["bsc (teks)", ["bsc", "--input", join(KASUS, "seberang-ulu-ii-2014-target.csv")]],
    ["skm --json (10 responden)", ["skm", "--input", skm, "--json"]],
    [
      "skm siklus --json (ekspor CSV)",
      ["skm", "--input", FORMULIR, "--layanan", "Jenis Layanan", "--waktu", "Cap waktu", "--json"],
    ],
  ])("%s", (_nama, argv) => {
    expect(modulTermuat(...argv)).toEqual({ kode: 0, berat: [] });
  });

  test("pembanding: --xlsx memang memuat ExcelJS (pemeriksaan di atas dapat gagal)", () => {
    const h = modulTermuat("skm", "--input", skm, "--xlsx", join(dir, "skm.xlsx"));
    expect(h.kode).toBe(0);
    expect(h.berat).toEqual(expect.arrayContaining(["exceljs", "cli/keluaran-xlsx.js"]));
  });
});

describe("hanya perintah yang diminta didaftarkan (perintahUntuk)", () => {
  const nama = (argv?: string[]) => perintahUntuk(argv).map((p) => p.perintah);
  const semua = semuaPerintah().map((p) => p.perintah);

  test("kata pertama yang bukan opsi adalah perintah: hanya perintah itu", () => {
    expect(nama(["skm", "--input", "x.csv", "--json"])).toEqual(["skm"]);
    expect(nama(["--json", "bsc"])).toEqual(["bsc"]);
    expect(nama(["lan", "hitung", "--input", "x.csv"])).toEqual(["lan"]);
  });

  test("tanpa argv, help, opsi saja atau perintah tak dikenal: semua perintah (bantuan dan pesan lengkap)", () => {
    expect(semua).toEqual(expect.arrayContaining(["lan", "skm", "bsc", "sampel", "periksa", "reproduksi", "demo"]));
    expect(nama()).toEqual(semua);
    expect(nama([])).toEqual(semua);
    expect(nama(["help", "skm"])).toEqual(semua);
    expect(nama(["--help"])).toEqual(semua);
    expect(nama(["tidakada"])).toEqual(semua);
  });
});
