/**
 * Jest globalSetup proyek uji yang menjalankan hasil build (jest.config.js): membangun dist/cli (`npm run build:node`)
 * atau dist/web (`webpack --mode production`) bila belum ada atau lebih tua daripada sumbernya, agar `npm run
 * test:unit` berjalan di klon baru sesudah `npm ci`. `npm test` membangun dulu, jadi di sini tidak membangun lagi.
 * Jest menjalankan globalSetup suatu proyek hanya bila ada uji proyek itu yang dipilih, dan setiap modul globalSetup
 * sekali saja untuk semua proyek — maka satu modul kecil per build (bangun-node.ts, bangun-web.ts).
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

const AKAR = path.resolve(__dirname, "../..");

/** Hasil build, sumbernya, dan perintah yang membuatnya. */
export const BUILD = {
  node: {
    hasil: "dist/cli/kinerja.js",
    sumber: ["src", "tsconfig.json", "tsconfig.node.json", "scripts/finish-node-build.js", "package-lock.json"],
    perintah: ["npm", "run", "build:node"],
  },
  web: {
    hasil: "dist/web/taskpane.html",
    sumber: [
      "src",
      "assets",
      "manifest.xml",
      "webpack.config.js",
      "tsconfig.json",
      "tsconfig.web.json",
      "scripts/alamat-addin.js",
      "package-lock.json",
    ],
    perintah: ["npx", "webpack", "--mode", "production"],
  },
} as const;

/** Waktu ubah terbaru `jalur` dan isinya (folder ikut: berkas dihapus atau diganti nama); 0 bila tidak ada. */
export function ubahTerbaru(jalur: string): number {
  let st: fs.Stats;
  try {
    st = fs.statSync(jalur);
  } catch {
    return 0;
  }
  if (!st.isDirectory()) return st.mtimeMs;
  return fs.readdirSync(jalur).reduce((m, f) => Math.max(m, ubahTerbaru(path.join(jalur, f))), st.mtimeMs);
}

/** Alasan membangun `jenis` ("tidak ada" / "lebih tua daripada sumbernya"), atau null bila hasilnya baru. */
export function perluBangun(jenis: keyof typeof BUILD, akar = AKAR): string | null {
  const b = BUILD[jenis];
  const hasil = ubahTerbaru(path.join(akar, b.hasil));
  if (hasil === 0) return `${b.hasil} tidak ada`;
  const sumber = Math.max(...b.sumber.map((s) => ubahTerbaru(path.join(akar, s))));
  return sumber > hasil ? `${b.hasil} lebih tua daripada sumbernya` : null;
}

/** Membangun `jenis` bila perlu (globalSetup: test/setup/bangun-node.ts, test/setup/bangun-web.ts). */
export function bangunBilaPerlu(jenis: keyof typeof BUILD): void {
  const alasan = perluBangun(jenis);
  if (alasan === null) return;
  const [cmd, ...arg] = BUILD[jenis].perintah;
  process.stderr.write(`\n${alasan}: ${BUILD[jenis].perintah.join(" ")}\n`);
  execFileSync(process.platform === "win32" ? `${cmd}.cmd` : cmd, arg, { cwd: AKAR, stdio: "inherit" });
}
