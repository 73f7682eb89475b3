/**
 * Excel menampilkan pesan kustom hanya untuk #VALUE! dan #N/A; untuk #NUM! dan #DIV/0! pesannya dibuang
 * (Office: "Handle and return errors from your custom function"). Maka setiap #NUM!/#DIV/0! yang dapat
 * dikembalikan sebuah fungsi harus disebut di deskripsinya (tooltip Excel, README), dalam Bahasa Indonesia
 * (functions.json dari JSDoc) dan Inggris (src/functions/*.en-US.json). Galat yang dapat dicapai dicari dengan
 * API kompilator TypeScript (scripts/galat-fungsi.js, perkiraan ke atas).
 */
import * as fs from "fs";
import * as path from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { galatFungsi } = require("../../scripts/galat-fungsi.js") as {
  galatFungsi(): { nama: string; kode: string[] }[];
};
import { terjemahanInggris } from "../bantu/terjemahan-fungsi";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { metadata } = require("../../scripts/referensi-fungsi.js") as {
  metadata(): Promise<{ name: string; description: string }[]>;
};
const inggris = terjemahanInggris();

/**
 * Perkiraan ke atas yang diketahui tidak terjadi (dicek dengan membaca kode): SERVQUAL.DIMENSI dan
 * SERVQUAL.GAP memanggil hitungServqual tanpa bobot (null), jadi bobotNormal (#DIV/0! jumlah bobot nol)
 * tidak pernah dijalankan. LAN.KERANGKA("II+III") menghitung pola kedua dari Total Variabel/Proporsi
 * Indikator TERCETAK tipe II dan III (data tetap, semuanya positif), jadi pembagian nol dan hasil tak
 * terhingga di kerangkaPola tidak dapat dicapai dari argumen pengguna.
 */
const TIDAK_TERJADI: Record<string, string[]> = {
  "SERVQUAL.DIMENSI": ["#DIV/0!"],
  "SERVQUAL.GAP": ["#DIV/0!"],
  "LAN.KERANGKA": ["#DIV/0!", "#NUM!"],
};
const DIBUANG = ["#NUM!", "#DIV/0!"];

let galat: { nama: string; kode: string[] }[];
let deskripsi: Record<string, string>;
beforeAll(async () => {
  galat = galatFungsi();
  deskripsi = Object.fromEntries((await metadata()).map((f) => [f.name, f.description]));
}, 120000);

test("penelusuran menemukan galat yang diketahui dari kode inti", () => {
  const peta = Object.fromEntries(galat.map((g) => [g.nama, g.kode]));
  // src/core/lan.ts proporsi: negatif → galatAngka, jumlah nol → galatBagiNol; sel kosong → galatNA
  expect(peta["LAN.PROPORSI"]).toEqual(expect.arrayContaining(["#NUM!", "#DIV/0!", "#N/A", "#VALUE!"]));
  // src/core/skm.ts penimbangTepat/pitaMutu: di luar 25–100 → galatAngka
  expect(peta["SKM.MUTU"]).toContain("#NUM!");
  // MUTU.GAP: rata-rata yang melampaui batas angka → galatAngka (pastikanTerhingga); tanpa pembagian oleh masukan
  expect(peta["MUTU.GAP"]).toContain("#NUM!");
  expect(peta["MUTU.GAP"]).not.toContain("#DIV/0!");
  // SAKIP.* lewat pemanggil generik panggil("sakipSerapan", …) (functions/sakip.ts) ke core/sakip.ts serapan:
  // pagu 0 → galatBagiNol, pagu negatif → galatAngka; SAKIP.PREDIKAT (predikatLke) tanpa pembagian
  expect(peta["SAKIP.SERAPAN"]).toEqual(expect.arrayContaining(["#DIV/0!", "#NUM!"]));
  expect(peta["SAKIP.PREDIKAT"]).toContain("#NUM!");
  expect(peta["SAKIP.PREDIKAT"]).not.toContain("#DIV/0!");
  expect(galat.length).toBe(Object.keys(deskripsi).length);
});

test.each(["id", "en"] as const)("setiap #NUM!/#DIV/0! yang mungkin disebut di deskripsi (%s)", (bahasa) => {
  const kurang: string[] = [];
  for (const g of galat) {
    const teks = bahasa === "id" ? deskripsi[g.nama] : inggris[g.nama]?.description;
    for (const k of g.kode) {
      if (!DIBUANG.includes(k) || (TIDAK_TERJADI[g.nama] ?? []).includes(k)) continue;
      if (!(teks ?? "").includes(k)) kurang.push(`${g.nama} ${k}`);
    }
  }
  expect(kurang).toEqual([]);
});

test("README menjelaskan apa yang terlihat: pesan hanya untuk #VALUE! dan #N/A", () => {
  const readme = fs.readFileSync(path.join(__dirname, "../../README.md"), "utf8");
  expect(readme).toContain("Excel menampilkan pesan kustom hanya untuk `#VALUE!` dan `#N/A`");
  expect(readme).toMatch(/untuk `#NUM!` dan `#DIV\/0!` pesannya \*\*dibuang\*\*/);
});
