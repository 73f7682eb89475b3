/**
 * Terjemahan Inggris fungsi kustom seperti digabung build (webpack.config.js `terjemahanInggris`): setiap
 * `src/functions/<berkas>.en-US.json`, id fungsi → {description, parameters}; id ganda = galat.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface TerjemahanFungsi {
  description: string;
  parameters?: Record<string, string>;
}

export function terjemahanInggris(): Record<string, TerjemahanFungsi> {
  const folder = join(__dirname, "..", "..", "src", "functions");
  const semua: Record<string, TerjemahanFungsi> = {};
  for (const f of readdirSync(folder)
    .filter((x) => x.endsWith(".en-US.json"))
    .sort()) {
    const isi = JSON.parse(readFileSync(join(folder, f), "utf8")) as Record<string, TerjemahanFungsi>;
    for (const [id, t] of Object.entries(isi)) {
      if (id in semua) throw new Error(`${f}: terjemahan ${id} ganda`);
      semua[id] = t;
    }
  }
  return semua;
}
