#!/usr/bin/env node
/**
 * Gambar README dua halaman cetak (LAN tipe I, SKM): buku kerja contoh ditulis ke folder sementara,
 * diekspor ke PDF dengan LibreOffice (satu panggilan soffice) dan halaman 1 dijadikan PNG 60 dpi di
 * docs/gambar/cetak-*.png. Jalankan lewat `npm run gambar:cetak` (build Node dulu) lalu commit gambarnya.
 * Uji (test/cetak/pdf.test.ts) membuat gambar yang sama di test-results/ tanpa menimpa berkas ini.
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { tulisDemo } = require("../dist/cli/demo");

const akar = path.resolve(__dirname, "..");
const PETUNJUK = "Pasang dulu: sudo apt-get install -y libreoffice-calc-nogui poppler-utils";

function jalankan(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: "utf8", timeout: 240000 });
  if (r.error) throw new Error(`${cmd} tidak dapat dijalankan (${r.error.message}). ${PETUNJUK}`);
  if (r.status !== 0) throw new Error(`${cmd} gagal (${r.status}): ${r.stderr}`);
}

async function utama() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "pkp-gambar-"));
  try {
    const berkas = (await tulisDemo(tmp)).filter((b) => /(lan-tipe-I|skm-contoh)\.xlsx$/.test(b));
    jalankan("soffice", [
      `-env:UserInstallation=file://${path.join(tmp, "profil")}`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      tmp,
      ...berkas,
    ]);
    for (const nama of ["lan-tipe-I", "skm-contoh"]) {
      const keluar = path.join(akar, "docs", "gambar", `cetak-${nama}`);
      jalankan("pdftoppm", [
        "-png",
        "-r",
        "60",
        "-f",
        "1",
        "-l",
        "1",
        "-singlefile",
        path.join(tmp, `${nama}.pdf`),
        keluar,
      ]);
      console.log(`ditulis: ${path.relative(akar, keluar)}.png`);
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

utama().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
