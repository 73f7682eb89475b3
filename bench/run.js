#!/usr/bin/env node
/**
 * Tolok ukur (npm run bench). Satu baris JSON per kasus:
 *   {"fungsi": "LAN.BOBOT", "sel": 1000000, "min_ms", "median_ms", "loop_min_ms", "loop_median_ms",
 *    "rasio_runde": [r1, r2, r3], "rasio_loop": median rasio}
 * Setiap fungsi kustom dipanggil seperti Excel memanggilnya (rentang 2-D masuk) pada 10 rb, 100 rb dan
 * 1 jt sel (bila bentuknya memungkinkan; fungsi tanpa argumen rentang sekali dengan "sel": 1), dan
 * dibandingkan dengan lantai loop (bench/fungsi.js) yang diperiksa memberi hasil sama; keduanya diukur
 * panas dan berselang-seling dalam tiga runde (`ukurPasangan`), rasio = min fungsi / min lantai per runde.
 * Lalu satu baris ringkasan per fungsi, dengan target issue 26: rasio ≤ 3× pada 100 rb dan 1 jt sel di
 * SETIAP runde, dan pertumbuhan per 10× paling banyak 1,3× pertumbuhan lantainya sendiri pada masukan yang
 * sama (lantai itu juga tumbuh lebih dari 10× saat data tidak lagi muat di cache CPU).
 * Setiap fungsi (dengan lantainya, semua ukuran dan runde) diukur di PROSES ANAK BARU
 * (`node bench/run.js --satu NAMA`, satu per satu, tanpa flag V8): V8 memutuskan per situs alokasi apakah
 * objeknya langsung ditaruh di generasi tua ("pretenuring"), dan keputusan itu terbawa antarkasus dalam satu
 * proses. Kernel atau lantai yang situs alokasinya dipakai juga oleh fungsi yang diukur lebih dulu mewarisi
 * keputusan "selalu/tidak pernah" fungsi itu, sehingga pada 1 jt sel satu pihak membayar beberapa GC muda per
 * panggilan dan pihak lain tidak: KINERJA.CAPAIAN (kode sama) gagal atau lulus bergantian, rasio terburuk
 * 1,6–5,3× ke dua arah; dengan `--no-allocation-site-pretenuring` 1,13× pada 100 rb dan 0,88× pada 1 jt.
 * Di dalam satu kasus V8 tetap memutuskan sendiri per situs selama pemanasan (bisa berbeda antarjalan); kolom
 * GC di bawah memperlihatkan pihak mana yang membayar.
 * Baris kasus juga memuat (tambahan, bukan target) jeda GC rata-rata per panggilan terukur yang jatuh ke
 * fungsi (`gc_ms`, `gc_kali`) dan ke lantai (`loop_gc_ms`, `loop_gc_kali`), dari entri `gc` perf_hooks, dan
 * RSS puncak proses anak sejauh itu; ringkasan memuat RSS puncak anak dan lama prosesnya (`proses_detik`).
 * Lalu, di proses induk seperti dulu, kepekaan bobot, tata letak, siklus SKM, mulai CLI (bench/mulai.js),
 * ukuran bundel functions.js dan taskpane.js (mentah dan gzip), dan RSS puncak proses induk dan anak
 * terbesar. Tanpa flag heap atau `--expose-gc`: ukuran heap bawaan Node.
 * Argumen opsional: nama fungsi atau bagian (`node bench/run.js LAN.BOBOT SKM.NILAI mulai`) untuk mengukur sebagian.
 * Lalu batas Excel di web (bench/batas-excel.js): 1.000 / 10.000 / 100.000 jawaban SKM lewat adaptor Excel ke
 * host uji: sync, permintaan dan tanggapan terbesar (byte), sel rumus, nama, hitung ulang LibreOffice.
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
const f = Object.fromEntries(
  ["lan", "layanan", "bsc", "mutu", "pegawai", "pekppp", "sendi", "servqual", "skm"].map((n) => [n, modul(n)]),
);
f.lanPola = modul("lan-pola");
f.pegawai2022 = modul("pegawai-2022");
f.kerangkaPekppp = require(path.join(dist, "frameworks", "pekppp.js"));
f.skmSiklus = modul("skm-siklus-inti"); // isi sinkron SKM.SIKLUS (pembungkus add-in asinkron)
f.kerangkaLan = require(path.join(dist, "frameworks", "lan1998.js"));
f.aturanVersi = require(path.join(dist, "frameworks", "aturan-versi.js"));
f.lanKerangka = require(path.join(dist, "core", "lan-kerangka.js"));

function median(xs) {
  const a = [...xs].sort((p, q) => p - q);
  return a[Math.floor(a.length / 2)];
}

const RUNDE = 3;
/**
 * Lama satu sampel (ms). Cukup panjang agar pengumpulan sampah muda (setiap ±16 MB alokasi) terbagi rata di
 * antara panggilan: dengan sampel pendek, irama GC dapat "terkunci" sehingga selalu jatuh ke sampel yang
 * sama (fungsi atau lantainya) dan min-nya menyesatkan.
 */
const SAMPEL_MS = 25;

/**
 * Waktu (ms) satu panggilan PANAS fungsi dan lantainya, diukur BERSELANG-SELING dalam tiga runde.
 * - Pemanasan: panggilan pertama (termasuk kompilasi) lalu sedikitnya 3 panggilan dan ±30 ms; banyak
 *   panggilan per sampel (`ulang`, sampel ±SAMPEL_MS) dihitung dari waktu SETELAH pemanasan.
 * - Tanpa `gc()` sebelum sampel: `gc()` tepat sebelum satu panggilan membuat data dingin (+ ±90 % pada
 *   1 jt sel) dan menyerahkan inti kedua ke utas GC latar; sampah panggilan sebelumnya dibersihkan di tengah
 *   sampel berikutnya, seperti di Excel. Karena fungsi dan lantai membangun keluaran berbentuk sama,
 *   sampahnya setara; urutan dalam pasangan bergantian (fungsi-lantai, lantai-fungsi) agar utang GC yang
 *   satu tidak selalu jatuh ke yang lain.
 * - Setiap runde: 7–15 pasangan sampel; dicatat min dan median fungsi dan lantai, dan rasio min/min (derau
 *   mesin hanya menambah waktu, jadi min paling dekat dengan biaya sebenarnya; keduanya diukur pada beban
 *   yang sama karena berselang-seling).
 */
function ukurPasangan(fn, lantai) {
  const sekali = (g) => {
    const t0 = performance.now();
    g();
    return Math.max(performance.now() - t0, 1e-4);
  };
  const siap = (g) => {
    const dingin = sekali(g);
    const panas = Math.max(3, Math.min(4000, Math.floor(30 / dingin)));
    for (let i = 0; i < panas; i++) g();
    const t = Math.min(sekali(g), sekali(g), sekali(g));
    return { g, sekali: t, ulang: Math.max(1, Math.min(5000, Math.round(SAMPEL_MS / t))) };
  };
  const kasus = [siap(fn), ...(lantai ? [siap(lantai)] : [])];
  const terlama = kasus.reduce((m, k) => Math.max(m, k.sekali), 0);
  const sampel = terlama > 100 ? 7 : terlama > 10 ? 9 : 15;
  const runde = [];
  const selang = [];
  for (let r = 0; r < RUNDE; r++) {
    const t = kasus.map(() => []);
    for (let i = 0; i < sampel; i++) {
      for (let q = 0; q < kasus.length; q++) {
        const k = (i + r) % 2 === 0 ? q : kasus.length - 1 - q;
        const a = performance.now();
        for (let u = 0; u < kasus[k].ulang; u++) kasus[k].g();
        const b = performance.now();
        t[k].push((b - a) / kasus[k].ulang);
        selang.push({ k, a, b, ulang: kasus[k].ulang });
      }
    }
    runde.push(t.map((x) => ({ min: Math.min(...x), median: median(x) })));
  }
  const semua = (k, f) => runde.map((x) => x[k][f]);
  return {
    min: Math.min(...semua(0, "min")),
    median: median(semua(0, "median")),
    loopMin: lantai ? Math.min(...semua(1, "min")) : null,
    loopMedian: lantai ? median(semua(1, "median")) : null,
    rasioRunde: lantai ? runde.map((x) => x[0].min / x[1].min) : [],
    selang,
  };
}

/** Waktu (ms) satu panggilan panas (kasus tanpa lantai): median seluruh sampel. */
const ukur = (fn) => ukurPasangan(fn, null).median;

/** RSS puncak proses sejauh ini (MB). */
const rssPuncak = () => Number((process.resourceUsage().maxRSS / 1024).toFixed(0));

/** Sama dalam toleransi relatif 1e-9 (angka), persis (teks), menurut bentuk. */
function sama(a, b) {
  if (typeof a === "number" && typeof b === "number")
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sama(x, b[i]));
  return a === b;
}

const angka = (x, d = 4) => (x === null ? null : Number(x.toFixed(d)));
const argumen = process.argv.slice(2);
const pilihan = new Set(argumen);

/**
 * Catatan GC (perf_hooks, tanpa flag): setiap jeda GC utas utama selama pengukuran, diberikan kepada sampel
 * (fungsi atau lantai) yang sedang berjalan saat jeda itu mulai. Entri `gc` dikirim tak serempak, jadi dibaca
 * setelah `ukurPasangan` selesai dan satu giliran timer berlalu (`gcSelama`).
 */
function pencatatGc() {
  const { PerformanceObserver } = require("perf_hooks");
  const entri = [];
  const pengamat = new PerformanceObserver((daftar) => {
    for (const e of daftar.getEntries()) entri.push({ mulai: e.startTime, lama: e.duration });
  });
  pengamat.observe({ entryTypes: ["gc"] });
  /** GC per panggilan (ms dan banyak jeda) fungsi (k = 0) dan lantai (k = 1) dalam sampel terukur `selang`. */
  return async function gcSelama(selang) {
    await new Promise((r) => setTimeout(r, 10));
    const ms = [0, 0];
    const kali = [0, 0];
    const panggilan = [0, 0];
    for (const s of selang) panggilan[s.k] += s.ulang;
    for (const e of entri) {
      const s = selang.find((x) => e.mulai >= x.a && e.mulai <= x.b);
      if (!s) continue;
      ms[s.k] += e.lama;
      kali[s.k]++;
    }
    entri.length = 0;
    return {
      ms: ms.map((x, k) => (panggilan[k] > 0 ? x / panggilan[k] : null)),
      kali: kali.map((x, k) => (panggilan[k] > 0 ? x / panggilan[k] : null)),
    };
  };
}

/**
 * Mode anak (`node bench/run.js --satu NAMA`): satu fungsi dan lantainya, semua ukuran dan runde, di proses
 * ini saja. Mencetak baris kasus lalu satu baris ringkasan (bila lebih dari satu ukuran), JSON per baris.
 */
async function satuFungsi(nama) {
  const k = kasusFungsi(f).find((x) => x.fungsi === nama);
  if (!k) throw new Error(`fungsi ${nama} tidak ada di bench/fungsi.js`);
  const gcSelama = pencatatGc();
  const t0 = performance.now();
  const hasil = [];
  for (const n of k.sel) {
    const arg = k.buat(n);
    const keluaran = k.panggil(...arg);
    if (k.lantai && !sama(keluaran, k.lantai(...arg)))
      throw new Error(`${k.fungsi} (${n} sel): hasil fungsi berbeda dengan lantai loop`);
    const u = ukurPasangan(() => k.panggil(...arg), k.lantai ? () => k.lantai(...arg) : null);
    const gc = await gcSelama(u.selang);
    const rasio = u.rasioRunde.length > 0 ? u.rasioRunde : null;
    const baris = {
      fungsi: k.fungsi,
      sel: n,
      min_ms: angka(u.min),
      median_ms: angka(u.median),
      loop_min_ms: angka(u.loopMin),
      loop_median_ms: angka(u.loopMedian),
      rasio_runde: rasio && rasio.map((x) => angka(x, 2)),
      rasio_loop: rasio && angka(median(rasio), 2),
      // tambahan (bukan target): rata-rata jeda GC per panggilan terukur, fungsi dan lantai
      gc_ms: angka(gc.ms[0]),
      loop_gc_ms: angka(gc.ms[1]),
      gc_kali: angka(gc.kali[0], 3),
      loop_gc_kali: angka(gc.kali[1], 3),
      rss_puncak_mb: rssPuncak(),
    };
    hasil.push({ ...baris, rasioMaks: rasio ? Math.max(...rasio) : null, rasio: rasio ? median(rasio) : null });
    console.log(JSON.stringify(baris));
  }
  if (hasil.length > 1) {
    // pertumbuhan per 10× dari waktu min; relatif = pertumbuhan fungsi / pertumbuhan lantainya pada masukan
    // yang sama (= rasio lantai pada n besar / rasio pada n kecil, dari median rasio tiga runde)
    const tumbuh = hasil.slice(1).map((b, i) => b.min_ms / hasil[i].min_ms);
    const tumbuhLantai = k.lantai ? hasil.slice(1).map((b, i) => b.loop_min_ms / hasil[i].loop_min_ms) : [];
    const tumbuhRelatif = k.lantai ? hasil.slice(1).map((b, i) => b.rasio / hasil[i].rasio) : [];
    const maks = (xs) => xs.reduce((m, x) => (x > m ? x : m), 0);
    const rasioBesar = maks(hasil.filter((b) => b.sel >= 100000 && b.rasioMaks !== null).map((b) => b.rasioMaks));
    const relatif = maks(tumbuhRelatif);
    console.log(
      JSON.stringify({
        ringkasan: k.fungsi,
        tumbuh_per_10x: tumbuh.map((x) => angka(x, 2)),
        tumbuh_lantai_per_10x: k.lantai ? tumbuhLantai.map((x) => angka(x, 2)) : null,
        tumbuh_relatif_maks: k.lantai ? angka(relatif, 2) : null,
        rasio_loop_maks: k.lantai ? angka(rasioBesar, 2) : null,
        target_terpenuhi: k.lantai ? rasioBesar <= 3 && relatif <= 1.3 : null,
        rss_puncak_mb: rssPuncak(),
        proses_detik: angka((performance.now() - t0) / 1000, 1),
      }),
    );
  }
}

/**
 * Setiap fungsi di proses anak baru (`--satu NAMA`), satu per satu: keputusan V8 per situs alokasi
 * (pretenuring) tidak terbawa dari kasus sebelumnya. Baris kasus diteruskan segera; ringkasan dikumpulkan
 * dan dicetak setelah semua fungsi, seperti dulu. Anak tanpa flag V8 (`execArgv` kosong, heap bawaan).
 * @returns RSS puncak terbesar di antara proses anak (MB)
 */
async function fungsiTerpisah() {
  const { spawn } = require("child_process");
  const readline = require("readline");
  const ringkasan = [];
  let rssAnak = 0;
  for (const k of kasusFungsi(f)) {
    if (pilihan.size > 0 && !pilihan.has(k.fungsi)) continue;
    const anak = spawn(process.execPath, [__filename, "--satu", k.fungsi], { stdio: ["ignore", "pipe", "inherit"] });
    const baris = readline.createInterface({ input: anak.stdout, crlfDelay: Infinity });
    baris.on("line", (teks) => {
      const b = JSON.parse(teks);
      if (b.rss_puncak_mb > rssAnak) rssAnak = b.rss_puncak_mb;
      if (b.ringkasan) ringkasan.push(teks);
      else console.log(teks);
    });
    const [kode, sinyal] = await new Promise((ok) => anak.on("close", (c, s) => ok([c, s])));
    if (kode !== 0) throw new Error(`${k.fungsi}: proses anak berhenti (kode ${kode}, sinyal ${sinyal})`);
  }
  for (const r of ringkasan) console.log(r);
  return rssAnak;
}

/** Bagian yang tidak per fungsi: di proses ini, seperti dulu. */
function bagianTengah() {
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
    console.log(
      JSON.stringify({
        kasus: "kepekaan-rentang-23x17",
        fungsi: "BOBOT.RENTANG",
        median_ms: angka(mRentang),
        target_ms: 10,
        lulus: mRentang < 10,
      }),
    );
    const mSampel = ukur(() => bobotStabilitas(10000, 1));
    console.log(
      JSON.stringify({
        kasus: "kepekaan-dirichlet-23x17-10000",
        fungsi: "BOBOT.STABILITAS",
        median_ms: angka(mSampel, 2),
        target_ms: 300,
        lulus: mSampel < 300,
      }),
    );
  }

  // --- tata letak dan cetak (plans/tata-letak.ts) sebelum menulis; target: LAN tipe I 23 unit < 100 ms ---
  if (pilihan.size === 0 || pilihan.has("rapikan")) {
    const { buatRencana } = require(path.join(dist, "metode", "index.js"));
    const { rapikan } = require(path.join(dist, "plans", "tata-letak.js"));
    const lan = buatRencana("lan1998", {
      tipe: "I",
      pola: "lengkap",
      mode: "hitungBobot",
      unit: Array.from({ length: 23 }, (_, i) => `Unit ${i + 1}`),
    });
    console.log(
      JSON.stringify({
        kasus: "rapikan-lan-23-unit",
        median_ms: angka(
          ukur(() => rapikan(lan)),
          1,
        ),
        target_ms: 100,
      }),
    );
    const skm = buatRencana("skm", { aturan: "2017", responden: 5000 });
    console.log(
      JSON.stringify({
        kasus: "rapikan-skm-5000-responden",
        median_ms: angka(
          ukur(() => rapikan(skm)),
          1,
        ),
      }),
    );
  }
}

// Bagian beraliran dan proses anak dijalankan berurutan (satu per satu) agar tidak saling mengganggu.
async function bagianAkhir(rssAnak) {
  const cetak = (baris) => console.log(JSON.stringify(baris));
  // --- siklus SKM: 1.000 / 10.000 / 100.000 jawaban (--json, --xlsx, LibreOffice) dan 1.000.000 --json (bench/skm-siklus.js) ---
  if (pilihan.size === 0 || pilihan.has("skm-siklus")) await require("./skm-siklus")({ dist, acak, cetak });
  // --- mulai: `kinerja … --json` atas berkas kecil dibandingkan dengan node polos (bench/mulai.js) ---
  if (pilihan.size === 0 || pilihan.has("mulai")) require("./mulai")({ dist, cetak });

  // --- ukuran bundel ---
  for (const [nama, target] of [
    ["functions.js", 60],
    ["taskpane.js", 400],
  ]) {
    const berkas = path.join(dist, "web", nama);
    if (!fs.existsSync(berkas)) {
      cetak({ bundel: nama, galat: `dist/web/${nama} tidak ada: jalankan npm run build` });
      continue;
    }
    const isi = fs.readFileSync(berkas);
    // taskpane.js dimuat setiap panel dibuka (Excel di web, jaringan lambat); ExcelJS hanya di potongan yang
    // dimuat saat mengunduh .xlsx di peramban tanpa Excel (target taskpane.js < 400 KB, uji test/panel/unduh.test.ts).
    cetak({
      bundel: nama,
      ukuran_kb: angka(isi.length / 1024, 1),
      gzip_kb: angka(zlib.gzipSync(isi).length / 1024, 1),
      target_kb: target,
    });
  }

  // --- batas Excel di web: 1.000 / 10.000 / 100.000 jawaban SKM lewat adaptor Excel ke host uji (bench/batas-excel.js) ---
  if (pilihan.size === 0 || pilihan.has("batas-excel")) await require("./batas-excel")({ cetak });
  cetak({
    rss_puncak_mb: rssPuncak(),
    rss_puncak_anak_mb: rssAnak,
    node: process.version,
    inti: require("os").cpus().length,
    beban_rata: require("os")
      .loadavg()
      .map((x) => Number(x.toFixed(2))),
  });
}

async function utama() {
  const rssAnak = await fungsiTerpisah();
  bagianTengah();
  await bagianAkhir(rssAnak);
}

const iSatu = argumen.indexOf("--satu");
(iSatu >= 0 ? satuFungsi(argumen[iSatu + 1]) : utama()).catch((e) => {
  console.error(e);
  process.exit(1);
});
