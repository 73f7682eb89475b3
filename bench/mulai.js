/**
 * Tolok ukur mulai (issue 26): `kinerja … --json` atas berkas kecil dibandingkan dengan `node` polos
 * (`node -e 0`), keduanya proses baru, diukur BERSELANG-SELING (node, perintah 1, perintah 2, …, node, …)
 * agar beban mesin yang sama mengenai semuanya. Dicatat min dan median waktu dinding tiap proses, dan
 * selisihnya terhadap node polos; target: selisih median ≤ 100 ms. Waktu dinding ikut naik bila mesin
 * dipakai bersama; waktu CPU proses (user + sys, `process.cpuUsage()` saat keluar) dan RSS puncaknya juga
 * dicatat, lewat skrip `-r` kecil yang sama untuk setiap proses (juga node polos), karena lebih tahan beban.
 * Berkas kecil ditulis ke folder sementara (SKM 10 responden), atau fixture uji (BSC Seberang Ulu II 2014,
 * ekspor formulir 361 baris).
 */
const { spawnSync } = require("child_process");
const { mkdtempSync, writeFileSync, rmSync } = require("fs");
const { tmpdir } = require("os");
const path = require("path");

function median(xs) {
  const a = [...xs].sort((p, q) => p - q);
  return a[Math.floor(a.length / 2)];
}

/** Skrip `-r`: waktu CPU (ms) dan RSS puncak (KB) proses ditulis ke fd 3 saat keluar. */
const UKUR =
  `process.on("exit", () => { const c = process.cpuUsage(); require("fs").writeSync(3, ` +
  `JSON.stringify({ cpu: (c.user + c.system) / 1000, rss: process.resourceUsage().maxRSS })); ` +
  `});`;

/** Waktu dinding (ms), waktu CPU (ms) dan RSS puncak (KB) satu proses; galat bila kode keluarnya bukan 0. */
function ukurProses(ukur, argv) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ["-r", ukur, ...argv], { stdio: ["ignore", "ignore", "pipe", "pipe"] });
  const dinding = performance.now() - t0;
  if (r.status !== 0) throw new Error(`node ${argv.join(" ")}: kode ${r.status}: ${r.stderr}`);
  const { cpu, rss } = JSON.parse(String(r.output[3]));
  return { dinding, cpu, rss };
}

module.exports = function mulai({ dist, cetak, ulang = 15 }) {
  const bin = path.join(dist, "cli", "kinerja.js");
  const akar = path.resolve(dist, "..");
  const dir = mkdtempSync(path.join(tmpdir(), "kinerja-mulai-"));
  try {
    const ukur = path.join(dir, "ukur.js");
    writeFileSync(ukur, UKUR);
    const skm = path.join(dir, "skm-10.csv");
    writeFileSync(
      skm,
      "U1,U2,U3,U4,U5,U6,U7,U8,U9\n" +
        Array.from({ length: 10 }, (_, i) => Array.from({ length: 9 }, (_, j) => 1 + ((i + j) % 4)).join(",")).join(
          "\n",
        ) +
        "\n",
    );
    const kasus = [
      { kasus: "node-polos", argv: ["-e", "0"] },
      {
        kasus: "bsc-json",
        argv: [
          bin,
          "bsc",
          "--input",
          path.join(akar, "test", "fixtures", "kasus", "seberang-ulu-ii-2014-target.csv"),
          "--json",
        ],
      },
      { kasus: "skm-10-json", argv: [bin, "skm", "--input", skm, "--json"] },
      {
        kasus: "skm-siklus-361-json",
        argv: [
          bin,
          "skm",
          "--input",
          path.join(akar, "test", "fixtures", "skm-siklus", "formulir-kecamatan.csv"),
          "--layanan",
          "Jenis Layanan",
          "--waktu",
          "Cap waktu",
          "--json",
        ],
      },
    ];
    for (const k of kasus) {
      ukurProses(ukur, k.argv); // pemanasan: cache berkas sistem operasi
      k.u = [];
    }
    for (let i = 0; i < ulang; i++) for (const k of kasus) k.u.push(ukurProses(ukur, k.argv));
    const r1 = (x) => Number(x.toFixed(1));
    const ringkas = (k) => {
      const d = k.u.map((u) => u.dinding);
      const c = k.u.map((u) => u.cpu);
      return {
        min: Math.min(...d),
        median: median(d),
        cpuMin: Math.min(...c),
        cpuMedian: median(c),
        rss: Math.max(...k.u.map((u) => u.rss)),
      };
    };
    const [polos, ...perintah] = kasus.map((k) => ({ kasus: k.kasus, ...ringkas(k) }));
    cetak({
      kasus: "mulai-node-polos",
      min_ms: r1(polos.min),
      median_ms: r1(polos.median),
      cpu_median_ms: r1(polos.cpuMedian),
      rss_puncak_mb: r1(polos.rss / 1024),
      ulang,
    });
    for (const k of perintah) {
      const selisih = k.median - polos.median;
      cetak({
        kasus: `mulai-${k.kasus}`,
        min_ms: r1(k.min),
        median_ms: r1(k.median),
        selisih_min_ms: r1(k.min - polos.min),
        selisih_median_ms: r1(selisih),
        selisih_cpu_median_ms: r1(k.cpuMedian - polos.cpuMedian),
        rss_puncak_mb: r1(k.rss / 1024),
        target_selisih_ms: 100,
        lulus: selisih <= 100,
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

if (require.main === module)
  module.exports({ dist: path.resolve(__dirname, "..", "dist"), cetak: (b) => console.log(JSON.stringify(b)) });
