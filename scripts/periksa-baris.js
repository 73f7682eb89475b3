#!/usr/bin/env node
/**
 * Periksa panjang baris (issue #24): Prettier membungkus kode pada 120 karakter, tetapi tidak memecah teks
 * panjang, ekspresi reguler atau templat HTML. Skrip ini menghitung baris di atas 160 karakter (karakter, bukan
 * byte) dalam berkas TypeScript/JavaScript yang dilacak git di src, test, scripts dan bench, dan gagal bila lebih
 * dari 20. `--daftar` mencetak semuanya.
 */
const { execFileSync } = require("child_process");
const { readFileSync } = require("fs");

const BATAS_PANJANG = 160;
const BATAS_BANYAK = 20;

const berkas = execFileSync("git", ["ls-files", "src", "test", "scripts", "bench"], { encoding: "utf8" })
  .split("\n")
  .filter((f) => /\.(ts|js)$/.test(f));
const panjang = [];
for (const f of berkas) {
  readFileSync(f, "utf8")
    .split("\n")
    .forEach((baris, i) => {
      const n = [...baris].length;
      if (n > BATAS_PANJANG) panjang.push({ f, baris: i + 1, n });
    });
}
if (process.argv.includes("--daftar")) for (const p of panjang) console.log(`${p.f}:${p.baris} (${p.n})`);
const pesan = `${panjang.length} baris di atas ${BATAS_PANJANG} karakter (batas ${BATAS_BANYAK})`;
if (panjang.length > BATAS_BANYAK) {
  console.error(`periksa-baris: ${pesan}. Pecah teks panjang ("a " + "b") atau jalankan dengan --daftar.`);
  process.exit(1);
}
console.log(`periksa-baris: ${pesan}.`);
