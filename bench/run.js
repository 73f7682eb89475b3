#!/usr/bin/env node
/**
 * Tolok ukur (npm run bench). Satu baris JSON per kasus:
 *   {"fungsi": "LAN.BOBOT", "sel": 1000000, "median_ms": …, "loop_ms": …, "rasio_loop": …}
 * Setiap fungsi kustom dipanggil seperti Excel memanggilnya (rentang 2-D masuk) pada 10 rb, 100 rb dan
 * 1 jt sel (bila bentuknya memungkinkan; fungsi tanpa argumen rentang sekali dengan "sel": 1), dan
 * dibandingkan dengan lantai loop (bench/fungsi.js) yang diperiksa memberi hasil sama.
 * Lalu satu baris ringkasan per fungsi: pertumbuhan waktu per 10× masukan dan rasio lantai terburuk,
 * dengan target issue: pertumbuhan ≤ 12× per 10×, rasio ≤ 3× pada 100 rb dan 1 jt sel.
 * Lalu ukuran bundel functions.js dan taskpane.js (mentah dan gzip; target functions.js < 60 KB), dan terakhir
 * batas Excel di web (bench/batas-excel.js): 1.000 / 10.000 / 100.000 jawaban SKM lewat adaptor Excel ke host uji:
 * sync, permintaan dan tanggapan terbesar (byte), sel rumus, nama, hitung ulang LibreOffice.
 * Sebelum setiap sampel gc() dijalankan (lihat `ukur`); ringkasan juga mencatat pertumbuhan lantai loop.
 * Argumen opsional: nama fungsi (mis. `node bench/run.js LAN.BOBOT SKM.NILAI`) untuk mengukur sebagian.
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const { kasusFungsi, acak } = require("./fungsi");

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
const modul = (n) => require(path.join(dist, "functions", `${n}.js`));
const f = Object.fromEntries(["lan", "layanan", "bsc", "mutu", "pegawai", "pekppp", "sendi", "servqual", "skm"].map((n) => [n, modul(n)]));
f.lanPola = modul("lan-pola");
f.pegawai2022 = modul("pegawai-2022");
f.kerangkaPekppp = require(path.join(dist, "frameworks", "pekppp.js"));
f.skmSiklus = modul("skm-siklus");
f.kerangkaLan = require(path.join(dist, "frameworks", "lan1998.js"));
f.aturanVersi = require(path.join(dist, "frameworks", "aturan-versi.js"));
f.lanKerangka = require(path.join(dist, "core", "lan-kerangka.js"));

/**
 * Kebersihan pengukuran: pengumpul sampah dijalankan sebelum setiap sampel, agar sampah kasus sebelumnya
 * (ratusan MB pada keluaran 1 jt baris) tidak dibersihkan di tengah sampel berikutnya. Tanpa
 * `node --expose-gc`, gc dinyalakan di sini (v8.setFlagsFromString) sebelum konteks baru dibuat.
 */
const gc =
  typeof globalThis.gc === "function"
    ? globalThis.gc
    : (require("v8").setFlagsFromString("--expose-gc"), require("vm").runInNewContext("gc"));

function median(xs) {
  const a = [...xs].sort((p, q) => p - q);
  return a[Math.floor(a.length / 2)];
}

/**
 * Median waktu (ms) satu panggilan fungsi dan lantainya, diukur BERSELANG-SELING (sampel fungsi, sampel
 * lantai, …) agar keduanya mengalami beban mesin yang sama. Beberapa panggilan per sampel untuk kasus yang
 * sangat singkat. Pemanasan: sedikitnya 3 panggilan dan ±20 ms (kompilator JIT selesai); gc() sebelum
 * setiap sampel (sampah sampel sebelumnya tidak dibersihkan di tengah sampel berikutnya).
 */
function ukurPasangan(fn, lantai) {
  const sekali = (g) => {
    const t0 = performance.now();
    g();
    return Math.max(performance.now() - t0, 1e-4);
  };
  const siap = (g) => {
    const dingin = sekali(g);
    const panas = Math.max(3, Math.min(4000, Math.floor(20 / dingin)));
    for (let i = 0; i < panas; i++) g();
    // banyak panggilan per sampel dari waktu SETELAH pemanasan (panggilan pertama termasuk kompilasi)
    const t = Math.min(sekali(g), sekali(g), sekali(g));
    return { g, sekali: t, ulang: Math.max(1, Math.min(2000, Math.floor(5 / t))), t: [] };
  };
  const kasus = [siap(fn), ...(lantai ? [siap(lantai)] : [])];
  const terlama = Math.max(...kasus.map((k) => k.sekali));
  const sampel = terlama > 100 ? 7 : terlama > 10 ? 9 : 21;
  for (let i = 0; i < sampel; i++) {
    for (const k of kasus) {
      gc();
      const a = performance.now();
      for (let r = 0; r < k.ulang; r++) k.g();
      k.t.push((performance.now() - a) / k.ulang);
    }
  }
  return { ms: median(kasus[0].t), loop: lantai ? median(kasus[1].t) : null };
}

/** Median waktu (ms) satu panggilan (kasus tanpa lantai). */
const ukur = (fn) => ukurPasangan(fn, null).ms;

/** Sama dalam toleransi relatif 1e-9 (angka), persis (teks), menurut bentuk. */
function sama(a, b) {
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sama(x, b[i]));
  return a === b;
}

const angka = (x, d = 4) => (x === null ? null : Number(x.toFixed(d)));
const pilihan = new Set(process.argv.slice(2));
const ringkasan = [];

for (const k of kasusFungsi(f)) {
  if (pilihan.size > 0 && !pilihan.has(k.fungsi)) continue;
  const hasil = [];
  for (const n of k.sel) {
    const arg = k.buat(n);
    const keluaran = k.panggil(...arg);
    if (k.lantai && !sama(keluaran, k.lantai(...arg))) throw new Error(`${k.fungsi} (${n} sel): hasil fungsi berbeda dengan lantai loop`);
    const { ms, loop } = ukurPasangan(
      () => k.panggil(...arg),
      k.lantai ? () => k.lantai(...arg) : null,
    );
    const baris = { fungsi: k.fungsi, sel: n, median_ms: angka(ms), loop_ms: angka(loop), rasio_loop: loop === null ? null : angka(ms / loop, 2) };
    hasil.push(baris);
    console.log(JSON.stringify(baris));
  }
  if (hasil.length > 1) {
    const tumbuh = hasil.slice(1).map((b, i) => b.median_ms / hasil[i].median_ms);
    // pertumbuhan lantai loop sendiri, sebagai pembanding (bukan target): berapa yang datang dari mesin
    const tumbuhLantai = k.lantai ? hasil.slice(1).map((b, i) => b.loop_ms / hasil[i].loop_ms) : [];
    const rasioBesar = hasil.filter((b) => b.sel >= 100000 && b.rasio_loop !== null).map((b) => b.rasio_loop);
    const maks = (xs) => xs.reduce((m, x) => (x > m ? x : m), 0);
    const maksTumbuh = maks(tumbuh);
    const maksRasio = maks(rasioBesar);
    ringkasan.push({
      fungsi: k.fungsi,
      tumbuh_per_10x: angka(maksTumbuh, 2),
      tumbuh_lantai_per_10x: k.lantai ? angka(maks(tumbuhLantai), 2) : null,
      rasio_loop_maks: angka(maksRasio, 2),
      target_terpenuhi: maksTumbuh <= 12 && maksRasio <= 3,
    });
  }
}

for (const r of ringkasan) console.log(JSON.stringify({ ringkasan: r.fungsi, ...r, fungsi: undefined }));

// --- Kepekaan bobot (issue 15): 23 unit × 17 bobot, pita LAN; target rentang tepat < 10 ms, 10.000 tarikan < 300 ms ---
if (pilihan.size === 0 || pilihan.has("BOBOT.RENTANG") || pilihan.has("BOBOT.STABILITAS")) {
  // BOBOT.* asinkron (inti kepekaan dimuat belakangan di add-in): yang diukur intinya, seperti dipanggil fungsinya
  const { bacaPita, rentangBobot, stabilitasBobot } = require(path.join(dist, "core", "kepekaan.js"));
  const r = acak(15);
  const nilai = Array.from({ length: 23 }, () => Array.from({ length: 17 }, () => 500 + r() * 450));
  const bobot = [Array.from({ length: 17 }, () => 200 + r() * 1800)];
  const m = { nilai, bobot: bobot[0], pita: bacaPita("lan") };
  const bobotRentang = () => rentangBobot(m);
  const bobotStabilitas = (sampel, benih) => stabilitasBobot(m, { sampel, benih });
  const mRentang = ukur(() => bobotRentang());
  console.log(JSON.stringify({ kasus: "kepekaan-rentang-23x17", fungsi: "BOBOT.RENTANG", median_ms: angka(mRentang), target_ms: 10, lulus: mRentang < 10 }));
  const mSampel = ukur(() => bobotStabilitas(10000, 1));
  console.log(JSON.stringify({ kasus: "kepekaan-dirichlet-23x17-10000", fungsi: "BOBOT.STABILITAS", median_ms: angka(mSampel, 2), target_ms: 300, lulus: mSampel < 300 }));
}

// --- tata letak dan cetak (plans/tata-letak.ts) sebelum menulis; target: LAN tipe I 23 unit < 100 ms ---
if (pilihan.size === 0 || pilihan.has("rapikan")) {
  const { buatRencana } = require(path.join(dist, "plans", "index.js"));
  const { rapikan } = require(path.join(dist, "plans", "tata-letak.js"));
  const lan = buatRencana("lan1998", { tipe: "I", pola: "lengkap", mode: "hitungBobot", unit: Array.from({ length: 23 }, (_, i) => `Unit ${i + 1}`) });
  console.log(JSON.stringify({ kasus: "rapikan-lan-23-unit", median_ms: angka(ukur(() => rapikan(lan)), 1), target_ms: 100 }));
  const skm = buatRencana("skm", { aturan: "2017", responden: 5000 });
  console.log(JSON.stringify({ kasus: "rapikan-skm-5000-responden", median_ms: angka(ukur(() => rapikan(skm)), 1) }));
}

// --- siklus SKM: 100.000 jawaban teks × 9 × 12 layanan × 4 semester (bench/skm-siklus.js) ---
if (pilihan.size === 0 || pilihan.has("skm-siklus")) require("./skm-siklus")({ dist, acak, cetak: (baris) => console.log(JSON.stringify(baris)) });

// --- batas Excel di web: 1.000 / 10.000 / 100.000 jawaban SKM lewat adaptor Excel ke host uji (bench/batas-excel.js) ---
const benchBatas = pilihan.size === 0 || pilihan.has("batas-excel") ? require("./batas-excel") : null;

// --- ukuran bundel ---
for (const [nama, target] of [["functions.js", 60], ["taskpane.js", 400]]) {
  const berkas = path.join(dist, "web", nama);
  if (!fs.existsSync(berkas)) {
    console.log(JSON.stringify({ bundel: nama, galat: `dist/web/${nama} tidak ada: jalankan npm run build` }));
    continue;
  }
  const isi = fs.readFileSync(berkas);
  // taskpane.js dimuat setiap panel dibuka (Excel di web, jaringan lambat); ExcelJS hanya di potongan yang
  // dimuat saat mengunduh .xlsx di peramban tanpa Excel (target taskpane.js < 400 KB, uji taskpane-unduh).
  console.log(JSON.stringify({ bundel: nama, ukuran_kb: angka(isi.length / 1024, 1), gzip_kb: angka(zlib.gzipSync(isi).length / 1024, 1), target_kb: target }));
}

if (benchBatas) {
  benchBatas({ cetak: (baris) => console.log(JSON.stringify(baris)) }).catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
