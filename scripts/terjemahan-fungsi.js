/**
 * Terjemahan Inggris deskripsi fungsi kustom: satu berkas per berkas fungsi, `src/functions/<berkas>.en-US.json`
 * di samping `<berkas>.ts` (id fungsi → {description, parameters}), digabung menjadi satu objek; id ganda = galat.
 * Dipakai build (webpack.config.js, functions.en-US.json) dan uji metadata.
 */
const fs = require("fs");
const path = require("path");

function terjemahanInggris(akar = path.resolve(__dirname, "..")) {
  const folder = path.join(akar, "src", "functions");
  const semua = {};
  for (const f of fs
    .readdirSync(folder)
    .filter((x) => x.endsWith(".en-US.json"))
    .sort()) {
    const isi = JSON.parse(fs.readFileSync(path.join(folder, f), "utf8"));
    for (const [id, t] of Object.entries(isi)) {
      if (id in semua) throw new Error(`src/functions/${f}: terjemahan ${id} sudah ada di berkas lain`);
      semua[id] = t;
    }
  }
  return semua;
}

module.exports = { terjemahanInggris };
