/**
 * Audit set persyaratan Office.js (scripts/audit-set.js): setiap anggota API Excel/Office yang dipakai
 * src/hosts/excel, src/taskpane dan src/functions dipetakan ke set dari anotasi `[Api set: …]` di
 * @types/office-js (API kompilator TypeScript). Gagal bila anggota di atas minimum manifest dipakai tanpa
 * penjaga isSetSupported. Tabel lengkap dicetak dan ditulis ke test-results/audit-set.md.
 */
import * as fs from "fs";
import * as path from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { audit, tabel, ringkasan, minimumManifest, MULAI, SELESAI } = require("../../scripts/audit-set.js") as {
  audit(o?: { berkas?: string[] }): Hasil;
  tabel(h: Hasil): string;
  ringkasan(h: Hasil): string;
  minimumManifest(): Record<string, string>;
  MULAI: string;
  SELESAI: string;
};

interface Baris {
  anggota: string;
  set: string;
  versi: string;
  status: "manifest" | "umum" | "dijaga" | "TIDAK DIJAGA";
  penjaga: string;
  tempat: string[];
}
interface Hasil {
  minimum: Record<string, string>;
  baris: Baris[];
}

const AKAR = path.resolve(__dirname, "../..");
let hasil: Hasil;
beforeAll(() => {
  hasil = audit();
}, 120000);

const cari = (h: Hasil, anggota: string): Baris[] => h.baris.filter((b) => b.anggota === anggota);

test("minimum dibaca dari manifest.xml: ExcelApi 1.4, CustomFunctionsRuntime 1.2, SharedRuntime 1.1", () => {
  expect(minimumManifest()).toEqual({ ExcelApi: "1.4", CustomFunctionsRuntime: "1.2", SharedRuntime: "1.1" });
});

test("setiap anggota di atas minimum manifest dijaga isSetSupported (tabel dicetak)", () => {
  const t = tabel(hasil);
  console.log(`Audit set persyaratan Office.js (${hasil.baris.length} anggota):\n${t}`);
  fs.mkdirSync(path.join(AKAR, "test-results"), { recursive: true });
  fs.writeFileSync(path.join(AKAR, "test-results/audit-set.md"), `${t}\n`);
  const tidak = hasil.baris
    .filter((b) => b.status === "TIDAK DIJAGA")
    .map((b) => `${b.anggota} (${b.set} ${b.versi}) di ${b.tempat.join(", ")}`);
  expect(tidak).toEqual([]);
});

test("set dibaca dari @types/office-js (nilai dokumentasi Microsoft untuk anggota yang dikenal)", () => {
  // Dokumentasi Excel JavaScript API: Range.values 1.1, getItemOrNullObject 1.4, conditionalFormats 1.6,
  // freezePanes 1.7, Range.dataValidation 1.8; CustomFunctions.Error CustomFunctionsRuntime 1.2.
  const harap: [string, string][] = [
    ["Excel.Range.values", "ExcelApi 1.1"],
    ["Excel.WorksheetCollection.getItemOrNullObject", "ExcelApi 1.4"],
    ["Excel.Range.conditionalFormats", "ExcelApi 1.6"],
    ["Excel.Worksheet.freezePanes", "ExcelApi 1.7"],
    ["Excel.Range.dataValidation", "ExcelApi 1.8"],
    ["CustomFunctions.Error", "CustomFunctionsRuntime 1.2"],
  ];
  for (const [anggota, set] of harap) {
    const b = cari(hasil, anggota);
    expect({ anggota, set: [...new Set(b.map((x) => `${x.set} ${x.versi}`))] }).toEqual({ anggota, set: [set] });
  }
  // di atas minimum → harus tercatat sebagai dijaga, dengan set penjaga yang cukup
  expect(
    cari(hasil, "Excel.Range.dataValidation").every((b) => b.status === "dijaga" && b.penjaga === "ExcelApi 1.8"),
  ).toBe(true);
  expect(cari(hasil, "Excel.Range.values").every((b) => b.status === "manifest")).toBe(true);
});

test("contoh: tanpa penjaga dan penjaga yang kurang tinggi gagal; if, pembungkus, keluar-awal, konstanta diterima", () => {
  const berkas = path.join(AKAR, "test/fixtures/audit-set/contoh.ts");
  const h = audit({ berkas: [berkas] });
  const baris = (anggota: string, status: string): number[] =>
    h.baris
      .filter((b) => b.anggota === anggota && b.status === status)
      .flatMap((b) => b.tempat.map((t) => Number(t.split(":").pop())))
      .sort((a, b) => a - b);
  const teks = fs.readFileSync(berkas, "utf8").split("\n");
  const barisDengan = (s: string): number[] => teks.flatMap((l, i) => (l.includes(s) ? [i + 1] : []));
  // baris 13 (tanpa penjaga) dan 17 (dijaga 1.7 untuk anggota 1.8) gagal
  expect(baris("Excel.Range.dataValidation", "TIDAK DIJAGA")).toEqual([
    ...barisDengan("// TIDAK: ExcelApi 1.8 tanpa penjaga"),
    ...barisDengan("// TIDAK: dijaga 1.7"),
  ]);
  expect(baris("Excel.Range.dataValidation", "dijaga")).toEqual(
    barisDengan('isSetSupported("ExcelApi", "1.8")) r.dataValidation'),
  );
  expect(baris("Excel.WorksheetFreezePanes.freezeRows", "dijaga")).toHaveLength(1);
  expect(baris("Excel.WorksheetFreezePanes.freezeColumns", "dijaga")).toHaveLength(1);
  expect(baris("Excel.WorksheetFreezePanes.freezeAt", "dijaga")).toHaveLength(1);
  expect(h.baris.filter((b) => b.anggota.startsWith("Excel.Worksheet") && b.status === "TIDAK DIJAGA")).toEqual([]);
});

test("README memuat ringkasan audit yang sama (npm run docs:set menulis ulang)", () => {
  const readme = fs.readFileSync(path.join(AKAR, "README.md"), "utf8");
  const a = readme.indexOf(MULAI);
  const b = readme.indexOf(SELESAI);
  expect(a).toBeGreaterThan(0);
  expect(readme.slice(a, b + SELESAI.length)).toBe(ringkasan(hasil));
});
