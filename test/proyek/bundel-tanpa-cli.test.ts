/**
 * Bundel peramban (dist/web, `npx webpack --mode production`) tanpa kode CLI/Node: deskriptor metode
 * (src/metode/<id>.ts) merujuk perintah CLI lewat `require("../cli/…")` di dalam fungsi, dan webpack.config.js
 * mengabaikannya (IgnorePlugin). Bila rujukan itu ikut terbundel, commander, jalur berkas Node dan teks bantuan
 * `kinerja` akan muncul di potongan yang diunduh task pane.
 */
import * as fs from "fs";
import * as path from "path";
import { WEB } from "../bantu/situs";

/** Penanda kode CLI: pesan galat commander, teks bantuan `kinerja` (cli/perintah.ts), modul Node. */
const PENANDA_CLI = [
  "commander.unknownOption",
  "commander.missingMandatoryOptionValue",
  "Pemakaian:",
  "tampilkan bantuan sebuah perintah",
  "node:fs",
  "node:path",
  "cli-progress",
] as const;

const berkasJs = fs.existsSync(WEB) ? fs.readdirSync(WEB).filter((f) => f.endsWith(".js")) : [];

test("dist/web berisi bundel taskpane, functions dan commands (jalankan `npx webpack --mode production` dulu)", () => {
  expect(berkasJs).toEqual(expect.arrayContaining(["taskpane.js", "functions.js", "commands.js"]));
});

test.each(berkasJs.length ? berkasJs : ["(tidak ada)"])("%s tanpa modul CLI", (f) => {
  const isi = fs.readFileSync(path.join(WEB, f), "utf8");
  for (const p of PENANDA_CLI) expect({ berkas: f, penanda: p, ada: isi.includes(p) }).toMatchObject({ ada: false });
});

test("penanda mengenali kode CLI (dicari di dist/cli hasil build:node bila ada)", () => {
  // tanpa ini uji di atas dapat lolos karena penandanya salah: teks bantuan ada di perintah.ts
  const sumber = fs.readFileSync(path.join(__dirname, "..", "..", "src", "cli", "perintah.ts"), "utf8");
  expect(sumber).toContain("Pemakaian:");
  const kinerja = fs.readFileSync(path.join(__dirname, "..", "..", "src", "cli", "kinerja.ts"), "utf8");
  expect(kinerja).toContain("tampilkan bantuan sebuah perintah");
});
