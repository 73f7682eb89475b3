#!/usr/bin/env node
/**
 * Referensi fungsi di README dibuat dari JSDoc @customfunction (lewat custom-functions-metadata, alat
 * yang sama dengan build), bukan ditulis dua kali. `node scripts/referensi-fungsi.js` menulis ulang
 * bagian di antara penanda README; `--periksa` hanya memeriksa (uji memakainya).
 */
const fs = require("fs");
const path = require("path");
const { generateCustomFunctionsMetadata } = require("custom-functions-metadata");

const akar = path.resolve(__dirname, "..");
const MULAI = "<!-- REFERENSI-FUNGSI:MULAI (dibuat oleh scripts/referensi-fungsi.js) -->";
const SELESAI = "<!-- REFERENSI-FUNGSI:SELESAI -->";

/** Berkas fungsi kustom: sama dengan BERKAS_FUNGSI di webpack.config.js (tanpa pembantu, titik masuk dan `*-inti.ts`). */
function berkasFungsi() {
  const dir = path.join(akar, "src/functions");
  return fs
    .readdirSync(dir)
    .filter(
      (f) =>
        f.endsWith(".ts") &&
        !f.endsWith("-inti.ts") &&
        !["excel.ts", "cepat.ts", "functions.ts", "runtime-cadangan.ts"].includes(f),
    )
    .sort()
    .map((f) => path.join(dir, f));
}

async function metadata() {
  const hasil = await generateCustomFunctionsMetadata(berkasFungsi(), true);
  if (hasil.errors.length) throw new Error(hasil.errors.join("\n"));
  return JSON.parse(hasil.metadataJson).functions;
}

function sel(teks) {
  return String(teks).replace(/\|/g, "\\|").replace(/\n/g, " ");
}

async function bagianReadme() {
  const fungsi = await metadata();
  const keluarga = [...new Set(fungsi.map((f) => f.name.split(".")[0]))];
  const baris = [MULAI, ""];
  for (const k of keluarga) {
    baris.push(`#### ${k}`, "");
    for (const f of fungsi.filter((x) => x.name.split(".")[0] === k)) {
      const arg = f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ");
      const spill = f.result.dimensionality === "matrix" ? " *(spill)*" : "";
      baris.push(`**\`=${f.name}(${arg})\`**${spill} — ${sel(f.description)}`, "");
      if (f.parameters.length) {
        baris.push("| argumen | keterangan |", "| --- | --- |");
        for (const p of f.parameters)
          baris.push(`| \`${p.name}\`${p.optional ? " (opsional)" : ""} | ${sel(p.description ?? "")} |`);
        baris.push("");
      }
    }
  }
  baris.push(SELESAI);
  return baris.join("\n");
}

async function utama() {
  const readme = path.join(akar, "README.md");
  const teks = fs.readFileSync(readme, "utf8");
  const a = teks.indexOf(MULAI);
  const b = teks.indexOf(SELESAI);
  if (a < 0 || b < 0) throw new Error("README.md tidak punya penanda referensi fungsi");
  const baru = teks.slice(0, a) + (await bagianReadme()) + teks.slice(b + SELESAI.length);
  if (process.argv.includes("--periksa")) {
    if (baru !== teks) {
      console.error("Referensi fungsi di README.md tidak sesuai JSDoc: jalankan `npm run docs:fungsi`.");
      process.exit(1);
    }
    return;
  }
  fs.writeFileSync(readme, baru);
}

module.exports = { metadata, bagianReadme };
if (require.main === module) {
  utama().catch((e) => {
    console.error(e.message);
    process.exit(1);
  });
}
