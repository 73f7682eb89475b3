#!/usr/bin/env node
/**
 * `npm start`: menjalankan add-in.
 * - Windows/macOS: office-addin-debugging memasang (sideload) manifest ke Excel desktop dan menjalankan
 *   server pengembangan https://localhost:3000.
 * - Linux (tanpa Excel desktop): hanya menjalankan server https://localhost:3000 dan mencetak cara
 *   sideload manifest ke Excel di web.
 * Kegagalan dilaporkan dalam satu pesan, tanpa jejak tumpukan.
 */
const { spawn } = require("child_process");
const fs = require("fs");
const path = require("path");

const akar = path.resolve(__dirname, "..");
const bin = (nama) => path.join(akar, "node_modules", ".bin", process.platform === "win32" ? `${nama}.cmd` : nama);

function jalankan(perintah, argumen, pesanGagal) {
  const anak = spawn(perintah, argumen, { cwd: akar, stdio: "inherit", shell: process.platform === "win32" });
  anak.on("error", (e) => {
    console.error(`\n${pesanGagal}: ${e.message}`);
    process.exitCode = 1;
  });
  anak.on("exit", (kode) => {
    if (kode) {
      console.error(`\n${pesanGagal} (kode ${kode}). Coba: npm ci, lalu npm start lagi.`);
      process.exitCode = kode;
    }
  });
  for (const sinyal of ["SIGINT", "SIGTERM"]) process.on(sinyal, () => anak.kill(sinyal));
  return anak;
}

const PETUNJUK_WEB = `
Penilaian Kinerja Pelayanan berjalan di https://localhost:3000
(Tidak ada Excel desktop di sistem ini, jadi add-in dipasang ke Excel di web.)

Cara memasang (sideload) ke Excel di web:
  1. Buka https://localhost:3000/taskpane.html sekali di peramban dan terima sertifikat
     pengembangan (sertifikat swa-tanda-tangan), agar Excel dapat memuat add-in.
  2. Buka buku kerja di Excel di web (office.com).
  3. Beranda > Add-in > Lainnya (More Add-ins) > Add-in Saya > Unggah Add-in Saya
     (Upload My Add-in), lalu pilih berkas:
       ${path.join(akar, "manifest.xml")}
  4. Tombol "Penilaian Kinerja" muncul di tab Beranda; fungsi seperti =LAN.BOBOT(...) siap diketik.

Panel juga dapat dibuka langsung di peramban (https://localhost:3000/taskpane.html): tanpa Excel,
tombolnya mengunduh buku kerja .xlsx.

Hentikan server dengan Ctrl+C di jendela ini, atau \`npm stop\` dari terminal lain.
`;

if (process.platform === "win32" || process.platform === "darwin") {
  jalankan(
    bin("office-addin-debugging"),
    ["start", "manifest.xml", "desktop", "--app", "excel"],
    "Gagal memulai Excel dengan add-in",
  );
} else {
  const server = jalankan(bin("webpack"), ["serve", "--mode", "development"], "Server pengembangan gagal berjalan");
  // `npm stop` dari terminal lain menghentikan server ini lewat berkas pid (dist/ diabaikan git).
  const berkasPid = path.join(akar, "dist", "dev-server.pid");
  server.on("spawn", () => {
    console.log(PETUNJUK_WEB);
    fs.mkdirSync(path.dirname(berkasPid), { recursive: true });
    fs.writeFileSync(berkasPid, String(server.pid));
  });
  server.on("exit", () => fs.rmSync(berkasPid, { force: true }));
}
