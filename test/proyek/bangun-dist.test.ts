/**
 * globalSetup uji yang menjalankan hasil build (test/setup/bangun-dist.ts, issue 24): membangun bila hasil build tidak
 * ada atau lebih tua daripada salah satu sumbernya, tidak bila lebih baru (npm test membangun dulu: tidak dua kali).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { BUILD, perluBangun } from "../setup/bangun-dist";

const akar = fs.mkdtempSync(path.join(os.tmpdir(), "bangun-dist-"));
/** Berkas `f` dengan waktu ubah `detik`; folder induknya juga (waktu ubah folder = entri ditambah/dihapus). */
const tulis = (f: string, detik: number): void => {
  const p = path.join(akar, f);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, "");
  for (let q = p; q !== akar; q = path.dirname(q)) fs.utimesSync(q, detik, detik);
};

afterAll(() => fs.rmSync(akar, { recursive: true, force: true }));

test("tidak ada → bangun; lebih tua daripada sumber terdalam → bangun; lebih baru → tidak", () => {
  tulis("src/core/a.ts", 1000);
  tulis("webpack.config.js", 1000);
  expect(perluBangun("node", akar)).toBe("dist/cli/kinerja.js tidak ada");
  expect(perluBangun("web", akar)).toBe("dist/web/taskpane.html tidak ada");
  tulis(BUILD.node.hasil, 2000);
  tulis(BUILD.web.hasil, 2000);
  expect(perluBangun("node", akar)).toBeNull();
  expect(perluBangun("web", akar)).toBeNull();
  // sumber di folder bersarang berubah sesudah build
  tulis("src/hosts/excel/b.ts", 3000);
  expect(perluBangun("node", akar)).toBe("dist/cli/kinerja.js lebih tua daripada sumbernya");
  expect(perluBangun("web", akar)).toBe("dist/web/taskpane.html lebih tua daripada sumbernya");
  // hanya konfigurasi webpack berubah: hanya dist/web
  tulis(BUILD.node.hasil, 4000);
  tulis(BUILD.web.hasil, 4000);
  tulis("webpack.config.js", 5000);
  expect(perluBangun("node", akar)).toBeNull();
  expect(perluBangun("web", akar)).toBe("dist/web/taskpane.html lebih tua daripada sumbernya");
});
