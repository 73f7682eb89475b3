/**
 * Tolok ukur batas Excel di web (issue 21): 1.000 / 10.000 / 100.000 jawaban SKM (16 kolom, baris formulir contoh
 * diulang) di lembar host uji dalam memori (test/bantu/host-uji.js, 5 MB per permintaan dan tanggapan sync),
 * lalu jalan task pane lewat adaptor Excel (test/bantu/batas.ts): bacaLembar berhalaman → rencana pembangun
 * skmSiklus (API rencana: mengukur apa pun yang dihasilkan pembangun) → terapkanRencana. Satu baris JSON per kasus:
 *   baca_sync, baca_tanggapan_maks: membaca lembar jawaban;
 *   bangun_sync, bangun_permintaan_maks, bangun_tanggapan_maks: membangun (byte JSON UTF-8 model host);
 *   sel_rumus: sel rumus yang ditulis; nama: nama rentang (jangkar) yang dibuat;
 *   libreoffice_detik: buku kerja hasil (lembar jawaban + lembar buatan, rumus apa adanya) disimpan .xlsx (ExcelJS)
 *   lalu dihitung ulang LibreOffice (soffice --convert-to csv; mencakup start soffice). BENCH_SOFFICE=0 melewatinya.
 * Argumen: banyak jawaban (bawaan 1000 10000 100000). Sumber TypeScript dimuat lewat transpileModule (tanpa build).
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");
const ts = require("typescript");

// sumber .ts dimuat langsung (adaptor Excel tidak ikut build:node karena memakai tipe Office.js)
require.extensions[".ts"] = (m, berkas) => {
  const keluaran = ts.transpileModule(fs.readFileSync(berkas, "utf8"), {
    fileName: berkas,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true },
  });
  m._compile(keluaran.outputText, berkas);
};

const AKAR = path.resolve(__dirname, "..");
const { buatHostUji } = require(path.join(AKAR, "test/bantu/host-uji.js"));
const b = require(path.join(AKAR, "test/bantu/batas.ts"));
const ExcelJS = require("exceljs");

/** Buku kerja host → .xlsx (rumus tanpa nilai tersimpan: LibreOffice harus menghitung semuanya). */
async function simpanXlsx(h, berkas) {
  const wb = new ExcelJS.Workbook();
  for (const l of h.buku.lembar) {
    const ws = wb.addWorksheet(l.nama.slice(0, 31));
    for (const [id, s] of l.sel) {
      if (s.f === undefined && (s.v === undefined || s.v === "")) continue;
      const [r, c] = id.split(",").map(Number);
      ws.getCell(r + 1, c + 1).value = s.f !== undefined ? { formula: s.f.slice(1) } : s.v;
    }
  }
  await wb.xlsx.writeFile(berkas);
}

function hitungUlang(berkas, dir) {
  const t0 = performance.now();
  // semua lembar (-1) diekspor, jadi setiap rumus lembar buatan dihitung (tanpa nilai tersimpan dari ExcelJS)
  const filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";
  const r = spawnSync("soffice", ["--headless", "--calc", "--convert-to", filter, "--outdir", dir, berkas], {
    encoding: "utf8",
  });
  if (r.error) return { galat: "soffice tidak ada: apt-get install -y libreoffice-calc-nogui" };
  return { detik: Number(((performance.now() - t0) / 1000).toFixed(1)) };
}

async function satuKasus(n) {
  const h = buatHostUji();
  b.isiJawaban(h, n);
  const awal = h.statistik.perSync.length;
  const { rencana } = await b.rencanaDariLembar(h);
  const baca = b.ringkasSync(h, awal);
  const tengah = h.statistik.perSync.length;
  const t0 = performance.now();
  await b.bangunExcel(h, rencana);
  const bangun_ms = Math.round(performance.now() - t0);
  const bangun = b.ringkasSync(h, tengah);
  const hasil = {
    kasus: `batas-excel-skm-siklus-${n}`,
    jawaban: n,
    baca_sync: baca.sync,
    baca_tanggapan_maks: baca.tanggapanMaks,
    bangun_sync: bangun.sync,
    bangun_permintaan_maks: bangun.permintaanMaks,
    bangun_tanggapan_maks: bangun.tanggapanMaks,
    batas_byte: b.MB5,
    sel_rumus: b.selRumus(h),
    nama: h.buku.nama.size,
    bangun_ms,
  };
  if (process.env.BENCH_SOFFICE === "0") return { ...hasil, libreoffice: "dilewati (BENCH_SOFFICE=0)" };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-batas-"));
  try {
    const xlsx = path.join(dir, `siklus-${n}.xlsx`);
    await simpanXlsx(h, xlsx);
    const lo = hitungUlang(xlsx, dir);
    return lo.galat ? { ...hasil, libreoffice: lo.galat } : { ...hasil, libreoffice_detik: lo.detik };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

module.exports = async function benchBatas({ cetak, jumlah = [1000, 10000, 100000] }) {
  for (const n of jumlah) cetak(await satuKasus(n));
};

if (require.main === module) {
  const jumlah = process.argv
    .slice(2)
    .map(Number)
    .filter((x) => x > 0);
  module
    .exports({ cetak: (x) => console.log(JSON.stringify(x)), jumlah: jumlah.length ? jumlah : undefined })
    .catch((e) => {
      console.error(e);
      process.exit(1);
    });
}
