/**
 * Tolok ukur siklus SKM (issue 14): 100.000 jawaban teks × 9 unsur × 12 layanan × 4 semester.
 *   - skm-siklus-json-100000: `kinerja skm --input … --layanan … --waktu … --json` sebagai proses baru
 *     (termasuk start Node dan membaca CSV); target < 2000 ms.
 *   - skm-siklus-xlsx-libreoffice: buku kerja --xlsx dihitung ulang LibreOffice (soffice --convert-to);
 *     target < 60 s. Hanya bila BENCH_SOFFICE=1 (menulis dan menghitung ±3 juta sel butuh beberapa menit).
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { execFileSync, spawnSync } = require("child_process");

/** Teks pilihan jawaban: peta bawaan siklus SKM dari build (frameworks/skm-siklus.ts), diisi saat dijalankan. */
let OPSI = [];
const UNSUR = ["Persyaratan", "Prosedur", "Waktu pelayanan", "Biaya/tarif", "Produk layanan", "Kompetensi petugas", "Perilaku petugas", "Penanganan pengaduan", "Sarana dan prasarana"];

function tulisCsv(berkas, N, acak) {
  const dua = (x) => String(x).padStart(2, "0");
  const baris = ["Cap waktu,Jenis Layanan,Jenis Kelamin," + UNSUR.join(",")];
  for (let i = 0; i < N; i++) {
    const sem = i % 4; // 2025-S1 … 2026-S2
    const th = 2025 + (sem >> 1);
    const bl = 1 + (sem & 1) * 6 + Math.floor(acak() * 6);
    const j = OPSI.map((o) => o[Math.floor(acak() * 4)]);
    baris.push(`${dua(1 + Math.floor(acak() * 28))}/${dua(bl)}/${th} 10:${dua(i % 60)}:00,Layanan ${1 + (Math.floor(i / 4) % 12)},${acak() < 0.5 ? "Laki-laki" : "Perempuan"},${j.join(",")}`);
  }
  fs.writeFileSync(berkas, baris.join("\n") + "\n");
}

module.exports = function benchSiklus({ dist, acak, cetak }) {
  OPSI = require(path.join(dist, "frameworks", "skm-siklus.js")).UNSUR_FORMULIR_2017.map((u) => u.opsi);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-siklus-"));
  const csv = path.join(dir, "formulir-100000.csv");
  tulisCsv(csv, 100000, acak(14));
  const cli = path.join(dist, "cli", "kinerja.js");
  const argv = [cli, "skm", "--input", csv, "--layanan", "Jenis Layanan", "--waktu", "Cap waktu", "--json"];
  const waktu = [];
  let keluaran = "";
  for (let i = 0; i < 5; i++) {
    const a = performance.now();
    keluaran = execFileSync(process.execPath, argv, { encoding: "utf8", maxBuffer: 1 << 26 });
    waktu.push(performance.now() - a);
  }
  waktu.sort((p, q) => p - q);
  const j = JSON.parse(keluaran);
  const responden = j.periode.reduce((s, p) => s + p.unit.responden, 0);
  if (j.periode.length !== 4 || j.periode[0].layanan.length !== 12 || responden !== 100000) throw new Error("skm-siklus: hasil tidak sesuai data bench");
  cetak({ kasus: "skm-siklus-json-100000x9x12x4", median_ms: Math.round(waktu[2]), target_ms: 2000 });

  if (process.env.BENCH_SOFFICE !== "1") {
    cetak({ kasus: "skm-siklus-xlsx-libreoffice", dilewati: "setel BENCH_SOFFICE=1 untuk mengukur hitung ulang LibreOffice (target < 60 s)" });
  } else {
    const xlsx = path.join(dir, "siklus.xlsx");
    execFileSync(process.execPath, ["--max-old-space-size=6144", ...argv.slice(0, -1), "--xlsx", xlsx], { stdio: "ignore" });
    const a = performance.now();
    const r = spawnSync("soffice", ["--headless", "--calc", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,2", "--outdir", dir, xlsx], { encoding: "utf8" });
    if (r.error) cetak({ kasus: "skm-siklus-xlsx-libreoffice", galat: "soffice tidak ada: apt-get install -y libreoffice-calc-nogui" });
    else cetak({ kasus: "skm-siklus-xlsx-libreoffice", detik: Number(((performance.now() - a) / 1000).toFixed(1)), target_detik: 60 });
  }
  fs.rmSync(dir, { recursive: true, force: true });
};
