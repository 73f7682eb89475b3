/**
 * Contoh kerja README dapat dijalankan apa adanya (issue 23): setiap `kinerja …` di kolom "contoh kerja"
 * tabel baris perintah dan setiap baris `kinerja …` di blok kode README dijalankan dengan CLI terbangun
 * (dist/cli/kinerja.js) di folder baru yang hanya memuat yang ada di klon baru: `contoh/masukan/` dan
 * `test/fixtures/` (ditautkan). `kinerja demo` dijalankan dulu (contoh `kinerja periksa contoh/…` memakai
 * hasilnya, seperti yang ditulis README). Setiap contoh harus keluar dengan kode 0 dan mencetak sesuatu.
 * Juga: keluaran yang dipotong pembacanya (`| head -2`) berhenti dengan kode 0 tanpa jejak tumpukan.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

jest.setTimeout(240_000);

const AKAR = resolve(__dirname, "../..");
const BIN = join(AKAR, "dist", "cli", "kinerja.js");
const README = readFileSync(join(AKAR, "README.md"), "utf8");

/** Contoh kerja README: kolom kedua tabel "## Baris perintah" dan baris `kinerja …` di blok kode. */
export function contohReadme(teks: string): string[] {
  const hasil: string[] = [];
  const bagian = teks.slice(teks.indexOf("## Baris perintah `kinerja`"));
  const tabel = bagian.slice(0, bagian.indexOf("\n## ", 5) > 0 ? bagian.indexOf("\n## ", 5) : undefined);
  for (const baris of tabel.split("\n")) {
    if (!baris.startsWith("| `kinerja")) continue;
    // kolom dipisah " | " (\| di dalam sel adalah tanda pipa yang di-escape)
    const kolom = baris.split(/(?<!\\)\|/).map((k) => k.trim());
    for (const m of (kolom[2] ?? "").matchAll(/`(kinerja [^`]+)`/g)) hasil.push(m[1].replace(/\\\|/g, "|"));
  }
  for (const blok of teks.matchAll(/```[a-z]*\n([\s\S]*?)```/g))
    for (const b of blok[1].split("\n")) if (/^kinerja /.test(b)) hasil.push(b.trim());
  return [...new Set(hasil)];
}

let folder = "";
beforeAll(() => {
  if (!existsSync(BIN))
    throw new Error("dist/cli/kinerja.js tidak ada: jalankan `npm run build:node` (npm test membangun dulu)");
  folder = mkdtempSync(join(tmpdir(), "pkp-readme-"));
  mkdirSync(join(folder, "contoh"));
  mkdirSync(join(folder, "test"));
  symlinkSync(join(AKAR, "contoh", "masukan"), join(folder, "contoh", "masukan"));
  symlinkSync(join(AKAR, "test", "fixtures"), join(folder, "test", "fixtures"));
});
afterAll(() => folder && rmSync(folder, { recursive: true, force: true }));

/** Menjalankan satu baris perintah README lewat sh, `kinerja` = CLI terbangun. */
function jalankan(perintah: string): { kode: number | null; out: string; err: string } {
  const r = spawnSync(
    "bash",
    ["-o", "pipefail", "-c", perintah.replace(/(^|\|\s*)kinerja /g, `$1node ${JSON.stringify(BIN)} `)],
    { cwd: folder, encoding: "utf8", timeout: 120_000 },
  );
  return { kode: r.status, out: r.stdout, err: r.stderr };
}

const contoh = contohReadme(README);
// demo dulu: contoh periksa memakai buku kerja contoh
const urut = [
  ...contoh.filter((c) => c.startsWith("kinerja demo")),
  ...contoh.filter((c) => !c.startsWith("kinerja demo")),
];

test("README memuat contoh kerja untuk setiap subperintah", () => {
  expect(contoh.length).toBeGreaterThanOrEqual(18);
  for (const sub of [
    "lan bobot",
    "lan hitung",
    "lan nilai",
    "lan lima",
    "lan prestasi",
    "skm",
    "bsc",
    "servqual",
    "pekppp",
    "layanan",
    "sendi",
    "pegawai",
    "sampel",
    "kepekaan",
    "periksa",
    "reproduksi",
    "demo",
  ]) {
    expect({ sub, ada: contoh.some((c) => c.startsWith(`kinerja ${sub} `) || c === `kinerja ${sub}`) }).toEqual({
      sub,
      ada: true,
    });
  }
});

test.each(urut)("%s", (perintah) => {
  const r = jalankan(perintah);
  expect({ perintah, kode: r.kode, galat: r.err }).toEqual({ perintah, kode: 0, galat: "" });
  expect(r.out.trim().length).toBeGreaterThan(0);
});

test("kinerja reproduksi | head -2: kode 0, dua baris, tanpa jejak tumpukan", () => {
  const r = jalankan("kinerja reproduksi | head -2");
  expect(r.kode).toBe(0);
  expect(r.err).toBe("");
  expect(r.out.trim().split("\n")).toHaveLength(2);
});
