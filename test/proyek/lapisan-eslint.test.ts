/**
 * Lapisan src ditegakkan ESLint (issue 24, eslint.config.js `LAPISAN`): teks sumber kecil di-lint lewat API Node
 * ESLint seolah-olah berkas di folder lapisan tertentu. Core tidak boleh mengimpor plans, hosts, taskpane atau cli
 * (juga Office.js dan modul bawaan Node); impor yang sah di arah yang benar tidak ditolak.
 */
import * as path from "path";
import { ESLint, type Linter } from "eslint";

const AKAR = path.resolve(__dirname, "../..");
// konfigurasi proyek dimuat di sini: ESLint sendiri memuatnya dengan import() dinamis, yang tidak tersedia di Jest
// eslint-disable-next-line @typescript-eslint/no-require-imports
const konfigurasi = require(path.join(AKAR, "eslint.config.js")) as Linter.Config[];
const eslint = new ESLint({ cwd: AKAR, overrideConfigFile: true, overrideConfig: konfigurasi });

/**
 * Aturan lapisan yang dilanggar `sumber` bila ia berkas `berkas` (relatif ke akar proyek); aturan lain (mis. impor
 * yang tidak dipakai) diabaikan, galat urai tetap dilaporkan.
 */
async function dilanggar(berkas: string, sumber: string): Promise<string[]> {
  const [hasil] = await eslint.lintText(sumber, { filePath: path.join(AKAR, berkas) });
  return hasil.messages
    .map((m) => m.ruleId ?? `galat urai: ${m.message}`)
    .filter((r) => r.startsWith("no-restricted-") || r.startsWith("galat urai"));
}

describe("core tidak mengimpor lapisan di atasnya", () => {
  test.each([
    ['import { selBeralamat } from "../plans/rencana";', "plans"],
    ['import { terapkanRencana } from "../hosts/excel/excel";', "hosts/excel"],
    ['import { bufferXlsx } from "../hosts/xlsx/xlsx";', "hosts/xlsx"],
    ['import { pasangUI } from "../taskpane/ui";', "taskpane"],
    ['import { jalankanCli } from "../cli/kinerja";', "cli"],
    ['import type { TabelCsv } from "../cli/csv";', "cli (impor tipe)"],
    ['export * from "../plans/rencana";', "plans (ekspor ulang)"],
    ['import { periksaBuku } from "../periksa/periksa";', "periksa"],
    ['import { galatExcel } from "../functions/excel";', "functions"],
  ])("src/core: %s (%s) ditolak", async (sumber) => {
    expect(await dilanggar("src/core/contoh-lapisan.ts", `${sumber}\nexport const x = 1;\n`)).toEqual([
      "no-restricted-imports",
    ]);
  });

  test("src/core: Office.js (global) dan modul bawaan Node ditolak", async () => {
    expect(
      await dilanggar("src/core/contoh-lapisan.ts", "export const f = () => Excel.run(async () => undefined);\n"),
    ).toEqual(["no-restricted-globals"]);
    expect(
      await dilanggar(
        "src/core/contoh-lapisan.ts",
        'import { readFileSync } from "node:fs";\nexport const f = readFileSync;\n',
      ),
    ).toEqual(["no-restricted-imports"]);
  });

  test("src/core: frameworks dan core sendiri boleh", async () => {
    const sumber =
      'import { UNSUR_BAWAAN } from "../frameworks/skm";\nimport { galatNilai } from "./errors";\nexport const x = [UNSUR_BAWAAN, galatNilai];\n';
    expect(await dilanggar("src/core/contoh-lapisan.ts", sumber)).toEqual([]);
  });
});

describe("lapisan lain", () => {
  test.each([
    ["src/frameworks/contoh.ts", 'import { proporsi } from "../core/lan";', "frameworks → core"],
    ["src/plans/contoh.ts", 'import { tulisXlsx } from "../hosts/xlsx/berkas";', "plans → hosts"],
    ["src/plans/contoh.ts", 'import { TEKS } from "../taskpane/teks";', "plans → taskpane"],
    ["src/hosts/excel/contoh.ts", 'import { TEKS } from "../../taskpane/teks";', "hosts → taskpane"],
    ["src/hosts/xlsx/contoh.ts", 'import { jalankanCli } from "../../cli/kinerja";', "hosts → cli"],
    ["src/hosts/xlsx/contoh.ts", 'import { terapkanRencana } from "../excel/excel";', "hosts/xlsx → hosts/excel"],
    ["src/functions/contoh.ts", 'import { rencanaLan } from "../plans/lan";', "functions → plans"],
    ["src/periksa/contoh.ts", 'import { TEKS } from "../taskpane/teks";', "periksa → taskpane"],
    ["src/taskpane/contoh.ts", 'import { jalankanCli } from "../cli/kinerja";', "taskpane → cli"],
    ["src/cli/contoh.ts", 'import { terapkanRencana } from "../hosts/excel/excel";', "cli → hosts/excel (Office.js)"],
  ])("%s: %s (%s) ditolak", async (berkas, sumber) => {
    expect(await dilanggar(berkas, `${sumber}\nexport const x = 1;\n`)).toEqual(["no-restricted-imports"]);
  });

  test.each([
    ["src/hosts/excel/contoh.ts", 'import { selBeralamat } from "../../plans/rencana";'],
    ["src/taskpane/contoh.ts", 'import { selBeralamat } from "../plans/rencana";'],
    ["src/cli/contoh.ts", 'import { tulisXlsx } from "../hosts/xlsx/berkas";\nimport { readFileSync } from "node:fs";'],
    ["src/plans/contoh.ts", 'import { nrr } from "../core/skm";'],
  ])("%s: arah yang benar boleh (%s)", async (berkas, sumber) => {
    expect(await dilanggar(berkas, `${sumber}\nexport const x = 1;\n`)).toEqual([]);
  });
});
