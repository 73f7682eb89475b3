#!/usr/bin/env node
/**
 * `npm run paket -- --url https://host/path/`: satu berkas zip untuk menerbitkan add-in di alamat itu:
 *   manifest.xml      manifest dengan setiap alamat diganti --url (tanpa localhost)
 *   situs/…           berkas build produksi (dist/web) untuk disalin ke server https di --url
 *   BACA-DULU.txt     langkah singkat (rinci: README, "Menerbitkan untuk kantor")
 * Opsi: --keluar DIR (bawaan dist/paket), --tanpa-build (pakai dist/web yang sudah ada),
 * --support-url URL (halaman dukungan di manifest, SupportUrl dan LearnMoreUrl; bawaan <--url>bantuan.html,
 * halaman bantuan yang ikut disajikan). URL metadata fungsi kustom diberi versi isi (functions.json?v=<sidik>)
 * dengan fungsi yang sama dengan build produksi (scripts/alamat-addin.js: manifestTerbit).
 */
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");
const JSZip = require("jszip");
const { BERKAS_METADATA, manifestTerbit, normalisasiAlamat, normalisasiDukungan, sidikIsi } = require("./alamat-addin");

const AKAR = path.resolve(__dirname, "..");
const WEB = path.join(AKAR, "dist/web");

function argumen(argv) {
  const hasil = { url: undefined, dukungan: undefined, keluar: path.join(AKAR, "dist/paket"), build: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const nilai = () => {
      const v = a.includes("=") ? a.slice(a.indexOf("=") + 1) : argv[++i];
      if (v === undefined) throw new Error(`${a} perlu nilai`);
      return v;
    };
    if (a === "--url" || a.startsWith("--url=")) hasil.url = nilai();
    else if (a === "--keluar" || a.startsWith("--keluar=")) hasil.keluar = path.resolve(nilai());
    else if (a === "--support-url" || a.startsWith("--support-url=")) hasil.dukungan = nilai();
    else if (a === "--tanpa-build") hasil.build = false;
    else
      throw new Error(
        `argumen tidak dikenal: ${a} (pakai: npm run paket -- --url https://host/path/ [--support-url https://…] [--keluar DIR] [--tanpa-build])`,
      );
  }
  if (hasil.url === undefined)
    throw new Error("--url wajib, mis. npm run paket -- --url https://intranet.contoh.go.id/pkp/");
  return hasil;
}

function daftarBerkas(dir, awal = "") {
  const hasil = [];
  for (const e of fs.readdirSync(path.join(dir, awal), { withFileTypes: true })) {
    const rel = awal ? `${awal}/${e.name}` : e.name;
    if (e.isDirectory()) hasil.push(...daftarBerkas(dir, rel));
    else hasil.push(rel);
  }
  return hasil.sort();
}

function baca(url) {
  return [
    "Penilaian Kinerja Pelayanan - paket penerbitan",
    "",
    `1. Salin isi folder situs/ ke server web https sehingga ${url}taskpane.html dapat dibuka.`,
    "2. Pasang manifest.xml:",
    "   - Microsoft 365: pusat admin > Setelan > Aplikasi terintegrasi > Unggah aplikasi kustom (penyebaran terpusat);",
    "   - Excel di Windows tanpa Microsoft 365 admin: folder bersama sebagai Katalog Add-in Tepercaya;",
    "   - satu pengguna: Excel > Beranda > Add-in > Unggah Add-in Saya.",
    'Rinci: README proyek, bagian "Menerbitkan untuk kantor".',
    "",
  ].join("\r\n");
}

async function buatPaket(opsi) {
  const url = normalisasiAlamat(opsi.url, "--url");
  const dukungan = opsi.dukungan === undefined ? undefined : normalisasiDukungan(opsi.dukungan, "--support-url");
  if (opsi.build !== false) {
    const webpack = path.join(AKAR, "node_modules/webpack-cli/bin/cli.js");
    const env = { ...process.env, ADDIN_URL: url, ...(dukungan ? { ADDIN_SUPPORT_URL: dukungan } : {}) };
    const r = spawnSync(process.execPath, [webpack, "--mode", "production"], { cwd: AKAR, stdio: "inherit", env });
    if (r.status !== 0) throw new Error("build produksi gagal");
  }
  if (!fs.existsSync(path.join(WEB, "taskpane.html")))
    throw new Error("dist/web/taskpane.html tidak ada: jalankan tanpa --tanpa-build");
  const sidik = Object.fromEntries(BERKAS_METADATA.map((b) => [b, sidikIsi(fs.readFileSync(path.join(WEB, b)))]));
  const manifest = manifestTerbit(fs.readFileSync(path.join(AKAR, "manifest.xml"), "utf8"), { url, sidik, dukungan });
  if (/localhost/i.test(manifest)) throw new Error("manifest masih memuat localhost");
  const zip = new JSZip();
  zip.file("manifest.xml", manifest);
  zip.file("BACA-DULU.txt", baca(url));
  const situs = daftarBerkas(WEB).filter((f) => !/^manifest.*\.xml$/.test(f));
  for (const f of situs) zip.file(`situs/${f}`, fs.readFileSync(path.join(WEB, f)));
  const versi = JSON.parse(fs.readFileSync(path.join(AKAR, "package.json"), "utf8")).version;
  const host = new URL(url).host.replace(/[^A-Za-z0-9.-]/g, "_");
  fs.mkdirSync(opsi.keluar, { recursive: true });
  const berkas = path.join(opsi.keluar, `penilaian-kinerja-pelayanan-${versi}-${host}.zip`);
  fs.writeFileSync(berkas, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  return { berkas, url, situs, dukungan: dukungan ?? `${url}bantuan.html` };
}

module.exports = { buatPaket, argumen };

if (require.main === module) {
  (async () => {
    const h = await buatPaket(argumen(process.argv.slice(2)));
    console.log(
      `Paket: ${path.relative(process.cwd(), h.berkas)} (${h.situs.length} berkas situs, manifest untuk ${h.url})`,
    );
  })().catch((e) => {
    console.error(`Paket gagal: ${e.message}`);
    process.exit(1);
  });
}
