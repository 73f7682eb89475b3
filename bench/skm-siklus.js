/**
 * Tolok ukur siklus SKM (issue 14, 21, 26): ekspor formulir teks × 9 unsur × 12 layanan × 4 semester, sebagai
 * proses `kinerja` baru (termasuk start Node dan membaca CSV), Node dengan heap bawaan (tanpa bendera heap).
 * Per 1.000 / 10.000 / 100.000 jawaban satu baris:
 *   - json_ms, json_rss_mb: `kinerja skm … --json` (waktu dinding, RSS puncak proses);
 *   - xlsx_ms, xlsx_rss_mb: `kinerja skm … --json --xlsx` (target 100.000: < 20 s, < 1 GB);
 *   - sel_rumus: banyak sel berumus di buku kerja (tumbuh dengan kelompok, bukan jawaban: 100.000 ≤ 1,5 × 1.000);
 *   - libreoffice_detik (dinding) dan libreoffice_cpu_detik (user + sys, bila /usr/bin/time ada): LibreOffice
 *     membuka dan menghitung ulang buku kerja lalu mengekspor lembar Hasil (target 100.000: < 10 s); angka
 *     Hasil hasil LibreOffice diperiksa sama dengan --json (bench gagal bila berbeda).
 * Lalu 1.000.000 jawaban --json saja (target < 15 s dan < 1 GB; berkas ±160 MB dibaca beraliran).
 * Mesin dipakai bersama: angka dinding bising; CPU dan RSS lebih stabil.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");

/** Teks pilihan jawaban: peta bawaan siklus SKM dari build (frameworks/skm-siklus.ts), diisi saat dijalankan. */
let OPSI = [];
const UNSUR = [
  "Persyaratan",
  "Prosedur",
  "Waktu pelayanan",
  "Biaya/tarif",
  "Produk layanan",
  "Kompetensi petugas",
  "Perilaku petugas",
  "Penanganan pengaduan",
  "Sarana dan prasarana",
];

/** CSV N baris ditulis sepotong-sepotong (1 jt baris ±160 MB tidak dirakit sebagai satu string). */
function tulisCsv(berkas, N, acak) {
  const dua = (x) => String(x).padStart(2, "0");
  const fd = fs.openSync(berkas, "w");
  let potong = ["Cap waktu,Jenis Layanan,Jenis Kelamin," + UNSUR.join(",")];
  for (let i = 0; i < N; i++) {
    const sem = i % 4; // 2025-S1 … 2026-S2
    const th = 2025 + (sem >> 1);
    const bl = 1 + (sem & 1) * 6 + Math.floor(acak() * 6);
    const j = OPSI.map((o) => o[Math.floor(acak() * 4)]);
    potong.push(
      `${dua(1 + Math.floor(acak() * 28))}/${dua(bl)}/${th} 10:${dua(i % 60)}:00,Layanan ` +
        `${1 + (Math.floor(i / 4) % 12)},${acak() < 0.5 ? "Laki-laki" : "Perempuan"},${j.join(",")}`,
    );
    if (potong.length >= 20000) {
      fs.writeSync(fd, potong.join("\n") + "\n");
      potong = [];
    }
  }
  fs.writeSync(fd, potong.join("\n") + "\n");
  fs.closeSync(fd);
}

/**
 * Proses Node baru (heap bawaan); RSS puncak dari process.resourceUsage() proses itu sendiri, dicatat saat
 * keluar oleh skrip --require kecil (bukan bendera heap).
 */
function jalankanNode(dir, argv) {
  const catat = path.join(dir, "rss.json");
  const muat = path.join(dir, "catat-rss.js");
  if (!fs.existsSync(muat))
    fs.writeFileSync(
      muat,
      `process.on("exit", () => require("fs").writeFileSync(process.env.BENCH_RSS, JSON.stringify(process.resourceUsage())));\n`,
    );
  fs.rmSync(catat, { force: true });
  const a = performance.now();
  const r = spawnSync(process.execPath, ["--require", muat, ...argv], {
    encoding: "utf8",
    maxBuffer: 1 << 28,
    env: { ...process.env, BENCH_RSS: catat },
  });
  const ms = performance.now() - a;
  if (r.status !== 0) throw new Error(`kinerja gagal (${r.status}): ${r.stderr}`);
  const ru = JSON.parse(fs.readFileSync(catat, "utf8"));
  return { ms, rssMb: ru.maxRSS / 1024, cpuDetik: (ru.userCPUTime + ru.systemCPUTime) / 1e6, out: r.stdout };
}

/** Banyak sel berumus (<f>) di semua lembar paket .xlsx. */
async function hitungSelRumus(xlsx, JSZip) {
  const zip = await JSZip.loadAsync(fs.readFileSync(xlsx));
  let n = 0;
  for (const f of Object.keys(zip.files).filter((x) => /^xl\/worksheets\/sheet\d+\.xml$/.test(x))) {
    const xml = await zip.file(f).async("string");
    n += (xml.match(/<f[ >]/g) ?? []).length;
  }
  return n;
}

/** LibreOffice menghitung ulang dan mengekspor lembar ke-2 (SKM Hasil) sebagai CSV; profil sendiri agar tidak bentrok. */
function libreOffice(dir, xlsx) {
  const keluar = path.join(dir, "lo");
  fs.rmSync(keluar, { recursive: true, force: true });
  const profil = `file://${path.join(dir, "lo-profil")}`;
  const soffice = [
    "soffice",
    `-env:UserInstallation=${profil}`,
    "--headless",
    "--calc",
    "--convert-to",
    "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,2",
    "--outdir",
    keluar,
    xlsx,
  ];
  const pakaiTime = fs.existsSync("/usr/bin/time");
  const waktuCpu = path.join(dir, "time.txt");
  const a = performance.now();
  const r = pakaiTime
    ? spawnSync("/usr/bin/time", ["-f", "%U %S", "-o", waktuCpu, ...soffice], { encoding: "utf8" })
    : spawnSync(soffice[0], soffice.slice(1), { encoding: "utf8" });
  const detik = (performance.now() - a) / 1000;
  if (r.error || r.status !== 0)
    return { galat: "soffice tidak ada atau gagal: apt-get install -y libreoffice-calc-nogui" };
  const csv = fs.readdirSync(keluar).find((f) => f.endsWith(".csv"));
  if (!csv) return { galat: "LibreOffice tidak menghasilkan CSV lembar Hasil" };
  const cpu = pakaiTime ? fs.readFileSync(waktuCpu, "utf8").trim().split(/\s+/).slice(-2).map(Number) : null;
  return { detik, cpuDetik: cpu ? cpu[0] + cpu[1] : null, csv: fs.readFileSync(path.join(keluar, csv), "utf8") };
}

/** Nilai SKM di CSV lembar Hasil hasil LibreOffice = --json (setiap layanan dan unit setiap periode). */
function periksaSama(csvHasil, json, parse) {
  const baris = parse(csvHasil, { relax_column_count: true });
  const kepala = baris.findIndex((b) => b[0] === "Periode" && b[1] === "Layanan");
  const kNilai = baris[kepala].indexOf("Nilai");
  const nilai = new Map(baris.slice(kepala + 1).map((b) => [`${b[0]}|${b[1]}`, Number(b[kNilai])]));
  let n = 0;
  for (const p of json.periode) {
    for (const [nama, g] of [...p.layanan.map((l) => [l.nama, l]), ["Unit (semua layanan)", p.unit]]) {
      const v = nilai.get(`${p.nama}|${nama}`);
      if (!(Math.abs(v - g.nilai) <= 1e-9 * Math.max(1, Math.abs(g.nilai))))
        throw new Error(`skm-siklus: LibreOffice ${p.nama}|${nama} = ${v}, --json = ${g.nilai}`);
      n++;
    }
  }
  return n;
}

const bulat = (x, d = 0) => (x === null || x === undefined ? null : Number(x.toFixed(d)));

module.exports = async function benchSiklus({ dist, acak, cetak }) {
  OPSI = require(path.join(dist, "frameworks", "skm-siklus.js")).UNSUR_FORMULIR_2017.map((u) => u.opsi);
  const JSZip = require("jszip");
  const { parse } = require("csv-parse/sync");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-siklus-"));
  const cli = path.join(dist, "cli", "kinerja.js");
  const kolom = ["--layanan", "Jenis Layanan", "--waktu", "Cap waktu"];
  const selRumus = {};
  try {
    for (const N of [1000, 10000, 100000]) {
      const csv = path.join(dir, `formulir-${N}.csv`);
      tulisCsv(csv, N, acak(14));
      const json = jalankanNode(dir, [cli, "skm", "--input", csv, ...kolom, "--json"]);
      const j = JSON.parse(json.out);
      const responden = j.periode.reduce((s, p) => s + p.unit.responden, 0);
      if (j.periode.length !== 4 || j.periode[0].layanan.length !== 12 || responden !== N)
        throw new Error("skm-siklus: hasil tidak sesuai data bench");
      const xlsx = path.join(dir, `siklus-${N}.xlsx`);
      const tulis = jalankanNode(dir, [cli, "skm", "--input", csv, ...kolom, "--json", "--xlsx", xlsx]);
      selRumus[N] = await hitungSelRumus(xlsx, JSZip);
      const lo = libreOffice(dir, xlsx);
      const diperiksa = lo.csv ? periksaSama(lo.csv, j, parse) : 0;
      cetak({
        kasus: `skm-siklus-${N}x9x12x4`,
        json_ms: bulat(json.ms),
        json_rss_mb: bulat(json.rssMb),
        xlsx_ms: bulat(tulis.ms),
        xlsx_cpu_detik: bulat(tulis.cpuDetik, 1),
        xlsx_rss_mb: bulat(tulis.rssMb),
        sel_rumus: selRumus[N],
        xlsx_mb: bulat(fs.statSync(xlsx).size / 1e6, 1),
        ...(lo.galat
          ? { libreoffice: lo.galat }
          : {
              libreoffice_detik: bulat(lo.detik, 1),
              libreoffice_cpu_detik: bulat(lo.cpuDetik, 1),
              libreoffice_sama_json: diperiksa,
            }),
        ...(N === 100000 ? { target_xlsx_ms: 20000, target_rss_mb: 1024, target_libreoffice_detik: 10 } : {}),
      });
      fs.rmSync(xlsx, { force: true });
      fs.rmSync(csv, { force: true });
    }
    cetak({
      kasus: "skm-siklus-sel-rumus-100000-per-1000",
      rasio: bulat(selRumus[100000] / selRumus[1000], 3),
      target: 1.5,
      lulus: selRumus[100000] <= 1.5 * selRumus[1000],
    });

    const csv = path.join(dir, "formulir-1000000.csv");
    tulisCsv(csv, 1000000, acak(15));
    const json = jalankanNode(dir, [cli, "skm", "--input", csv, ...kolom, "--json"]);
    const responden = JSON.parse(json.out).periode.reduce((s, p) => s + p.unit.responden, 0);
    if (responden !== 1000000) throw new Error("skm-siklus: 1 jt jawaban tidak terhitung semua");
    cetak({
      kasus: "skm-siklus-json-1000000x9x12x4",
      berkas_mb: bulat(fs.statSync(csv).size / 1e6),
      json_ms: bulat(json.ms),
      json_cpu_detik: bulat(json.cpuDetik, 1),
      json_rss_mb: bulat(json.rssMb),
      target_ms: 15000,
      target_rss_mb: 1024,
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
};
