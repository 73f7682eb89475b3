#!/usr/bin/env node
/**
 * Tolok ukur (npm run bench): satu baris JSON per kasus,
 *   {"kasus": "…", "median_ms": …, "rasio_loop": …}
 * Fungsi dipanggil seperti Excel memanggilnya (rentang 2-D masuk), dibandingkan dengan loop polos atas
 * angka yang sama di Float64Array. Juga ukuran bundel produksi functions.js.
 * Target (issue): skm-100000x9 < 50 ms median dan ≤ 3× loop polos; functions.js < 60 KB.
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

// Runtime fungsi kustom tiruan (CustomFunctions.Error) agar pembungkus dapat dimuat di Node.
globalThis.CustomFunctions = {
  Error: class extends Error {
    constructor(code, message) {
      super(message);
      this.code = code;
    }
  },
  ErrorCode: {},
};

const dist = path.resolve(__dirname, "..", "dist");
const { skmNilai } = require(path.join(dist, "functions", "skm.js"));
const { lanBobot } = require(path.join(dist, "functions", "lan.js"));

/** Bilangan acak deterministik (LCG) agar setiap jalan memakai data yang sama. */
function acak(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

function median(xs) {
  const a = [...xs].sort((p, q) => p - q);
  return a[Math.floor(a.length / 2)];
}

/** Median waktu (ms) satu panggilan; `ulang` panggilan per sampel untuk kasus yang sangat singkat. */
function ukur(fn, { sampel = 21, ulang = 1, pemanasan = 3 } = {}) {
  for (let i = 0; i < pemanasan; i++) fn();
  const t = [];
  for (let i = 0; i < sampel; i++) {
    const a = performance.now();
    for (let k = 0; k < ulang; k++) fn();
    t.push((performance.now() - a) / ulang);
  }
  return median(t);
}

function cetak(baris) {
  console.log(JSON.stringify(baris));
}

// --- SKM: 100.000 responden × 9 unsur ---
{
  const r = acak(2017);
  const N = 100000;
  const U = 9;
  const jawaban = Array.from({ length: N }, () => Array.from({ length: U }, () => 1 + Math.floor(r() * 4)));
  const datar = new Float64Array(N * U);
  jawaban.forEach((b, i) => b.forEach((x, j) => (datar[i * U + j] = x)));
  const loopPolos = () => {
    const jumlah = new Float64Array(U);
    for (let i = 0; i < N; i++) for (let j = 0; j < U; j++) jumlah[j] += datar[i * U + j];
    let indeks = 0;
    for (let j = 0; j < U; j++) indeks += (jumlah[j] / N) * (1 / U);
    return indeks * 25;
  };
  const hasilFungsi = skmNilai(jawaban);
  if (Math.abs(hasilFungsi - loopPolos()) > 1e-9) throw new Error(`SKM: hasil berbeda ${hasilFungsi} vs ${loopPolos()}`);
  const mFungsi = ukur(() => skmNilai(jawaban));
  const mLoop = ukur(loopPolos);
  cetak({ kasus: "skm-100000x9", median_ms: Number(mFungsi.toFixed(3)), rasio_loop: Number((mFungsi / mLoop).toFixed(2)), loop_ms: Number(mLoop.toFixed(3)) });
}

// --- LAN.BOBOT: 17 × 23 nilai ---
{
  const r = acak(1998);
  const nilai = Array.from({ length: 17 }, () => Array.from({ length: 23 }, () => 1 + r() * 9));
  const datar = Float64Array.from(nilai.flat());
  const keluar = new Float64Array(datar.length);
  const loopPolos = () => {
    let s = 0;
    for (let i = 0; i < datar.length; i++) s += datar[i];
    for (let i = 0; i < datar.length; i++) keluar[i] = (datar[i] / s) * 20000;
    return keluar;
  };
  const mFungsi = ukur(() => lanBobot(nilai), { ulang: 2000 });
  const mLoop = ukur(loopPolos, { ulang: 2000 });
  cetak({ kasus: "lan-bobot-17x23", median_ms: Number(mFungsi.toFixed(5)), rasio_loop: Number((mFungsi / mLoop).toFixed(2)), loop_ms: Number(mLoop.toFixed(5)) });
}

// --- siklus SKM: 100.000 jawaban teks × 9 × 12 layanan × 4 semester (bench/skm-siklus.js) ---
require("./skm-siklus")({ dist, acak, cetak });

// --- ukuran bundel ---
{
  const berkas = path.join(dist, "web", "functions.js");
  if (fs.existsSync(berkas)) {
    const isi = fs.readFileSync(berkas);
    cetak({ kasus: "bundel-functions.js", ukuran_kb: Number((isi.length / 1024).toFixed(1)), gzip_kb: Number((zlib.gzipSync(isi).length / 1024).toFixed(1)), target_kb: 60 });
  } else {
    cetak({ kasus: "bundel-functions.js", galat: "dist/web/functions.js tidak ada: jalankan npm run build" });
  }
}
