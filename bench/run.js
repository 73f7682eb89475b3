#!/usr/bin/env node
/**
 * Tolok ukur (npm run bench). Satu baris JSON per kasus:
 *   {"fungsi": "LAN.BOBOT", "sel": 1000000, "min_ms", "median_ms", "loop_min_ms", "loop_median_ms",
 *    "rasio_loop": min / loop_min, "rasio_runde": [r1, r2, r3]}
 * Setiap fungsi kustom dipanggil seperti Excel memanggilnya (rentang 2-D masuk) pada 10 rb, 100 rb dan
 * 1 jt sel (bila bentuknya memungkinkan; fungsi tanpa argumen rentang sekali dengan "sel": 1), dan
 * dibandingkan dengan lantai loop (bench/fungsi.js) yang diperiksa memberi hasil sama; keduanya diukur
 * panas dan berselang-seling dalam tiga runde (`rundeBerselang`). Rasio = min fungsi / min lantai atas semua
 * sampel ketiga runde (derau hanya menambah waktu); rasio per runde dicetak sebagai keterangan.
 * Lalu satu baris ringkasan per fungsi, dengan target issue 26: rasio ≤ 3× pada 100 rb dan 1 jt sel (di
 * setiap jalan `npm run bench`), dan pertumbuhan per 10× paling banyak 1,3× pertumbuhan lantainya sendiri pada
 * masukan yang sama (lantai itu juga tumbuh lebih dari 10× saat data tidak lagi muat di cache CPU).
 * Fungsi dan lantainya diukur di DUA PROSES ANAK BARU, satu per pihak (`node bench/run.js --pihak
 * fungsi|lantai NAMA`, tanpa flag V8), yang diberi perintah bergantian oleh induk lewat IPC: sampelnya tetap
 * berselang-seling dalam waktu (beban mesin sama), tetapi setiap pihak punya heap sendiri. V8 memutuskan per
 * situs alokasi apakah objeknya langsung ditaruh di generasi tua ("pretenuring") dan menyesuaikan irama GC
 * dengan seluruh heap; dalam satu proses keputusan dan utang GC satu pihak jatuh ke pihak lain (KINERJA.CAPAIAN,
 * kode sama, rasio terburuk 1,6–5,3× ke dua arah bila semua fungsi satu proses; PEGAWAI.NILAI 0,27–2,65× antar
 * runde bila fungsi dan lantai satu proses). Sampel diperpanjang sampai memuat sedikitnya 8 jeda GC
 * (`panaskanIramaGc`), jadi setiap sampel membayar bagian GC-nya yang wajar. Kedua proses pihak dikunci di
 * satu inti CPU yang sama bila `taskset` ada (`INTI_PIHAK`).
 * Baris kasus juga memuat (tambahan, bukan target) jeda GC rata-rata per panggilan terukur yang jatuh ke
 * fungsi (`gc_ms`, `gc_kali`) dan ke lantai (`loop_gc_ms`, `loop_gc_kali`), dari entri `gc` perf_hooks di
 * proses masing-masing, dan RSS puncak terbesar kedua proses anak sejauh itu; ringkasan memuat rasio runde
 * terburuk (keterangan), RSS puncak anak dan lama prosesnya (`proses_detik`).
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
 * Lama satu sampel (ms) paling sedikit. Fungsi yang mengalokasikan banyak mendapat sampel lebih panjang
 * (`panaskanIramaGc`) agar pengumpulan sampah muda (setiap ±16 MB alokasi) terbagi rata antarsampel.
 */
const SAMPEL_MS = 25;

/** Satu panggilan `g` (ms, paling sedikit 0,1 µs). */
function sekali(g) {
  const t0 = performance.now();
  g();
  return Math.max(performance.now() - t0, 1e-4);
}

/**
 * Pemanasan: panggilan pertama (termasuk kompilasi) lalu sedikitnya 3 panggilan dan ±30 ms. Banyak panggilan
 * per sampel (`ulang`, sampel ±SAMPEL_MS) dihitung dari waktu SETELAH pemanasan.
 * @returns {{ sekali: number, ulang: number }} min tiga panggilan panas (ms) dan banyak panggilan per sampel
 */
function panaskan(g) {
  const dingin = sekali(g);
  const panas = Math.max(3, Math.min(4000, Math.floor(30 / dingin)));
  for (let i = 0; i < panas; i++) g();
  const t = Math.min(sekali(g), sekali(g), sekali(g));
  return { sekali: t, ulang: Math.max(1, Math.min(5000, Math.round(SAMPEL_MS / t))) };
}

/** Banyak pasangan sampel per runde menurut lama satu sampel pihak terlama (ms). */
const banyakSampel = (terlama) => (terlama > 100 ? 7 : terlama > 10 ? 9 : 15);

/** Sedikitnya sekian jeda GC per sampel bila fungsi mengalokasikan (`panaskanIramaGc`). */
const GC_PER_SAMPEL = 8;
/** Sampel tidak diperpanjang demi irama GC melewati lama ini (ms). */
const SAMPEL_MAKS_MS = 250;

/**
 * `panaskan`, lalu sampel diperpanjang agar memuat sedikitnya GC_PER_SAMPEL jeda GC (sampai SAMPEL_MAKS_MS).
 * Fungsi yang membangun keluaran n × 1 (satu larik kecil per baris) membayar satu scavenge setiap beberapa
 * panggilan; sampel ±25 ms memuat 0–3 jeda, sehingga min sampel bergantung pada apakah sebuah jeda jatuh ke
 * dalamnya (rasio KINERJA.CAPAIAN pada 100 rb sel 0,33–1,01× dalam satu jalan). Dengan banyak jeda per sampel,
 * setiap sampel membayar bagian GC-nya yang wajar, dan min sampel tetap hanya menyaring derau mesin. Irama GC
 * dibaca dari entri `gc` perf_hooks selama ±100 ms panggilan panas tak terukur setelah pemanasan.
 */
async function panaskanIramaGc(g, gcSelama) {
  const p = panaskan(g);
  const banyak = Math.max(p.ulang, Math.ceil(100 / p.sekali));
  const a = performance.now();
  for (let i = 0; i < banyak; i++) g();
  const gc = await gcSelama([{ a, b: performance.now(), ulang: banyak }]);
  if (!(gc.kali > 0)) return p;
  const batas = Math.max(p.ulang, Math.floor(SAMPEL_MAKS_MS / p.sekali));
  return { ...p, ulang: Math.min(batas, Math.max(p.ulang, Math.ceil(GC_PER_SAMPEL / gc.kali))) };
}

/**
 * Tiga runde sampel berselang-seling atas beberapa pihak (fungsi, lantai). `sampel(k, ulang)` menjalankan
 * `ulang` panggilan pihak k dan memberi waktu per panggilan (ms), langsung atau lewat proses anaknya.
 * Urutan dalam pasangan bergantian (fungsi-lantai, lantai-fungsi). Per runde dicatat min dan median setiap
 * pihak; rasio runde = min fungsi / min lantai.
 */
async function rundeBerselang(pihak, sampel) {
  const n = banyakSampel(pihak.reduce((m, p) => Math.max(m, p.sekali * p.ulang), 0));
  const runde = [];
  for (let r = 0; r < RUNDE; r++) {
    const t = pihak.map(() => []);
    for (let i = 0; i < n; i++) {
      for (let q = 0; q < pihak.length; q++) {
        const k = (i + r) % 2 === 0 ? q : pihak.length - 1 - q;
        t[k].push(await sampel(k, pihak[k].ulang));
      }
    }
    runde.push(t.map((x) => ({ min: Math.min(...x), median: median(x) })));
  }
  const semua = (k, f) => runde.map((x) => x[k][f]);
  const dua = pihak.length > 1;
  return {
    min: Math.min(...semua(0, "min")),
    median: median(semua(0, "median")),
    loopMin: dua ? Math.min(...semua(1, "min")) : null,
    loopMedian: dua ? median(semua(1, "median")) : null,
    rasioRunde: dua ? runde.map((x) => x[0].min / x[1].min) : [],
  };
}

/** Waktu (ms) satu panggilan panas (kasus tanpa lantai, di proses ini): median seluruh sampel. */
function ukur(fn) {
  const p = panaskan(fn);
  const n = banyakSampel(p.sekali * p.ulang);
  const t = [];
  for (let i = 0; i < RUNDE * n; i++) {
    const a = performance.now();
    for (let u = 0; u < p.ulang; u++) fn();
    t.push((performance.now() - a) / p.ulang);
  }
  return median(t);
}

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
 * Catatan GC (perf_hooks, tanpa flag) di proses pihak ini: setiap jeda GC utas utama yang mulai di dalam
 * satu sampel terukur. Entri `gc` dikirim tak serempak, jadi dibaca setelah semua sampel satu ukuran dan
 * satu giliran timer (`gcSelama`).
 */
function pencatatGc() {
  const { PerformanceObserver } = require("perf_hooks");
  const entri = [];
  const pengamat = new PerformanceObserver((daftar) => {
    for (const e of daftar.getEntries()) entri.push({ mulai: e.startTime, lama: e.duration });
  });
  pengamat.observe({ entryTypes: ["gc"] });
  /** Rata-rata jeda GC per panggilan (ms) dan banyak jeda per panggilan dalam sampel terukur `selang`. */
  return async function gcSelama(selang) {
    await new Promise((r) => setTimeout(r, 10));
    let ms = 0;
    let kali = 0;
    const panggilan = selang.reduce((j, s) => j + s.ulang, 0);
    for (const e of entri) {
      if (!selang.some((x) => e.mulai >= x.a && e.mulai <= x.b)) continue;
      ms += e.lama;
      kali++;
    }
    entri.length = 0;
    return panggilan > 0 ? { ms: ms / panggilan, kali: kali / panggilan } : { ms: null, kali: null };
  };
}

/**
 * Mode anak (`node bench/run.js --pihak fungsi|lantai NAMA`): SATU pihak satu kasus, dengan heap V8-nya
 * sendiri, dikendalikan induk lewat IPC. Perintah (satu jawaban per perintah):
 * - `{siapkan: n}`: bangun masukan n sel (deterministik, sama di kedua pihak); pihak fungsi juga memeriksa
 *   sekali bahwa hasil fungsi sama dengan lantai → `{}` atau `{galat}`;
 * - `{panaskan: true}` → `{sekali, ulang}` (`panaskan`);
 * - `{sampel: ulang}`: `ulang` panggilan berturut-turut → `{ms}` per panggilan;
 * - `{akhir: true}`: GC selama sampel ukuran ini → `{gc_ms, gc_kali, rss_puncak_mb}`.
 */
function pihakAnak(peran, nama) {
  const k = kasusFungsi(f).find((x) => x.fungsi === nama);
  const g = peran === "lantai" ? k.lantai : k.panggil;
  const gcSelama = pencatatGc();
  let panggil = null;
  let selang = [];
  process.on("message", async (m) => {
    if (m.siapkan !== undefined) {
      panggil = null;
      selang = [];
      const arg = k.buat(m.siapkan);
      if (peran === "fungsi" && k.lantai && !sama(k.panggil(...arg), k.lantai(...arg))) {
        process.send({ galat: `${nama} (${m.siapkan} sel): hasil fungsi berbeda dengan lantai loop` });
        return;
      }
      panggil = () => g(...arg);
      process.send({});
    } else if (m.panaskan) process.send(await panaskanIramaGc(panggil, gcSelama));
    else if (m.sampel !== undefined) {
      const a = performance.now();
      for (let u = 0; u < m.sampel; u++) panggil();
      const b = performance.now();
      selang.push({ a, b, ulang: m.sampel });
      process.send({ ms: (b - a) / m.sampel });
    } else if (m.akhir) {
      const gc = await gcSelama(selang);
      process.send({ gc_ms: gc.ms, gc_kali: gc.kali, rss_puncak_mb: rssPuncak() });
    }
  });
}

/**
 * Inti CPU tempat kedua proses pihak dikunci (`taskset`, Linux), atau null bila `taskset` tidak ada. Fungsi dan
 * lantainya bergantian di inti yang SAMA (cache, frekuensi, gangguan hypervisor sama); tanpa kunci, penjadwal
 * menaruh keduanya di inti yang berbeda-beda dan satu pihak bisa lambat sepanjang satu runde (SKM.INDEKS 1 jt
 * sel: rasio per runde 0,91–2,64× tanpa kunci, 1,37–1,78× dengan kunci; 7 Desember 2026). Utas GC latar
 * V8 tiap proses ikut di inti itu, jadi kerja GC latar dihitung dalam waktu pihaknya sendiri.
 */
const INTI_PIHAK = (() => {
  const { spawnSync } = require("child_process");
  const ada = spawnSync("taskset", ["-V"], { stdio: "ignore" }).status === 0;
  return ada ? require("os").cpus().length - 1 : null;
})();

/** Proses anak satu pihak (`pihakAnak`), tanpa flag V8 (heap bawaan), dengan `tanya(pesan)` → jawabannya. */
function mulaiPihak(peran, nama) {
  const { fork, spawnSync } = require("child_process");
  const anak = fork(__filename, ["--pihak", peran, nama], {
    execArgv: [],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  // semua utas proses (-a) dikunci sebelum perintah pertama; utas yang dibuat kemudian mewarisinya
  if (INTI_PIHAK !== null)
    spawnSync("taskset", ["-a", "-p", "-c", String(INTI_PIHAK), String(anak.pid)], { stdio: "ignore" });
  let mati = null;
  anak.on(
    "exit",
    (kode, sinyal) => (mati = `${nama} (${peran}): proses anak berhenti (kode ${kode}, sinyal ${sinyal})`),
  );
  const tanya = (pesan) =>
    new Promise((ok, gagal) => {
      if (mati) return gagal(new Error(mati));
      const berhenti = () => gagal(new Error(mati));
      anak.once("exit", berhenti);
      anak.once("message", (j) => {
        anak.off("exit", berhenti);
        if (j.galat) gagal(new Error(j.galat));
        else ok(j);
      });
      anak.send(pesan);
    });
  return { tanya, tutup: () => anak.kill() };
}

/**
 * Satu fungsi dan lantainya, semua ukuran dan tiga runde. Fungsi dan lantai masing-masing di PROSES ANAK
 * SENDIRI (heap V8 sendiri), diberi perintah bergantian oleh proses ini sehingga sampelnya tetap
 * berselang-seling dalam waktu. Mencetak baris kasus; memberi baris ringkasan (bila lebih dari satu ukuran).
 */
async function ukurFungsi(k) {
  const t0 = performance.now();
  const pihak = [mulaiPihak("fungsi", k.fungsi), ...(k.lantai ? [mulaiPihak("lantai", k.fungsi)] : [])];
  const hasil = [];
  let rssAnak = 0;
  try {
    for (const n of k.sel) {
      for (const p of pihak) await p.tanya({ siapkan: n });
      const siap = [];
      for (const p of pihak) siap.push(await p.tanya({ panaskan: true }));
      const u = await rundeBerselang(siap, async (i, ulang) => (await pihak[i].tanya({ sampel: ulang })).ms);
      const akhir = [];
      for (const p of pihak) akhir.push(await p.tanya({ akhir: true }));
      const rss = Math.max(...akhir.map((a) => a.rss_puncak_mb));
      rssAnak = Math.max(rssAnak, rss);
      // rasio (target) = min fungsi / min lantai atas semua sampel ketiga runde; rasio per runde sebagai keterangan
      const rasio = k.lantai ? u.min / u.loopMin : null;
      const runde = u.rasioRunde.length > 0 ? u.rasioRunde : null;
      const lantai = akhir[1] ?? { gc_ms: null, gc_kali: null };
      const baris = {
        fungsi: k.fungsi,
        sel: n,
        min_ms: angka(u.min),
        median_ms: angka(u.median),
        loop_min_ms: angka(u.loopMin),
        loop_median_ms: angka(u.loopMedian),
        rasio_loop: rasio === null ? null : angka(rasio, 2),
        rasio_runde: runde && runde.map((x) => angka(x, 2)),
        // tambahan (bukan target): rata-rata jeda GC per panggilan terukur, fungsi dan lantai
        gc_ms: angka(akhir[0].gc_ms),
        loop_gc_ms: angka(lantai.gc_ms),
        gc_kali: angka(akhir[0].gc_kali, 3),
        loop_gc_kali: angka(lantai.gc_kali, 3),
        rss_puncak_mb: rss,
      };
      hasil.push({ ...baris, rasio, rundeMaks: runde ? Math.max(...runde) : null });
      console.log(JSON.stringify(baris));
    }
  } finally {
    for (const p of pihak) p.tutup();
  }
  if (hasil.length <= 1) return { ringkasan: null, rssAnak };
  // pertumbuhan per 10× dari waktu min; relatif = pertumbuhan fungsi / pertumbuhan lantainya pada masukan
  // yang sama (= rasio pada n besar / rasio pada n kecil)
  const tumbuh = hasil.slice(1).map((b, i) => b.min_ms / hasil[i].min_ms);
  const tumbuhLantai = k.lantai ? hasil.slice(1).map((b, i) => b.loop_min_ms / hasil[i].loop_min_ms) : [];
  const tumbuhRelatif = k.lantai ? hasil.slice(1).map((b, i) => b.rasio / hasil[i].rasio) : [];
  const maks = (xs) => xs.reduce((m, x) => (x > m ? x : m), 0);
  const besar = hasil.filter((b) => b.sel >= 100000 && b.rasio !== null);
  const rasioBesar = maks(besar.map((b) => b.rasio));
  const relatif = maks(tumbuhRelatif);
  const ringkasan = {
    ringkasan: k.fungsi,
    tumbuh_per_10x: tumbuh.map((x) => angka(x, 2)),
    tumbuh_lantai_per_10x: k.lantai ? tumbuhLantai.map((x) => angka(x, 2)) : null,
    tumbuh_relatif_maks: k.lantai ? angka(relatif, 2) : null,
    rasio_loop_maks: k.lantai ? angka(rasioBesar, 2) : null,
    // keterangan: rasio runde terburuk pada 100 rb dan 1 jt sel (min fungsi / min lantai satu runde)
    rasio_runde_maks: k.lantai ? angka(maks(besar.map((b) => b.rundeMaks)), 2) : null,
    target_terpenuhi: k.lantai ? rasioBesar <= 3 && relatif <= 1.3 : null,
    rss_puncak_mb: rssAnak,
    proses_detik: angka((performance.now() - t0) / 1000, 1),
  };
  return { ringkasan, rssAnak };
}

/**
 * Setiap fungsi satu per satu, fungsi dan lantainya di dua proses anak baru (`ukurFungsi`): keputusan V8 per
 * situs alokasi (pretenuring) dan irama GC tidak terbawa dari kasus sebelumnya, dan tidak dari lantai ke
 * fungsi atau sebaliknya. Baris kasus dicetak segera; ringkasan dicetak setelah semua fungsi, seperti dulu.
 * @returns RSS puncak terbesar di antara proses anak (MB)
 */
async function fungsiTerpisah() {
  const ringkasan = [];
  let rssAnak = 0;
  for (const k of kasusFungsi(f)) {
    if (pilihan.size > 0 && !pilihan.has(k.fungsi)) continue;
    const h = await ukurFungsi(k);
    rssAnak = Math.max(rssAnak, h.rssAnak);
    if (h.ringkasan) ringkasan.push(h.ringkasan);
  }
  for (const r of ringkasan) console.log(JSON.stringify(r));
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
    inti_pihak: INTI_PIHAK,
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

const iPihak = argumen.indexOf("--pihak");
if (iPihak >= 0) pihakAnak(argumen[iPihak + 1], argumen[iPihak + 2]);
else
  utama().catch((e) => {
    console.error(e);
    process.exit(1);
  });
