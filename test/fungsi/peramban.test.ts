/**
 * functions.js di Chromium (playwright-core), dengan runtime fungsi kustom tiruan yang mencatat setiap
 * `CustomFunctions.associate`: semua fungsi di functions.json terdaftar; LAN.KERANGKA memuat potongan
 * angka tercetak (core/lan-kerangka.ts), BOBOT.* potongan inti kepekaan (core/kepekaan.ts) dan SKM.SIKLUS*
 * potongan siklus SKM (functions/skm-siklus-inti.ts) baru saat pertama kali dihitung — functions.js sendiri
 * tidak memuatnya dan tetap di bawah target issue 17 (< 60 KB).
 */
import * as fs from "fs";
import * as path from "path";
import type { Browser, Page } from "playwright-core";
import { WEB, luncurkan, sajikan, type Situs } from "../bantu/situs";

let situs: Situs | undefined;
let browser: Browser | undefined;
let page: Page;
const galatHalaman: string[] = [];
const dimuat: string[] = [];

/** office.js tiruan: CustomFunctions dengan associate yang mencatat fungsi ke window.__fungsi. */
const RUNTIME_TIRUAN = `
  window.__fungsi = {};
  class GalatFungsi extends Error { constructor(code, message) { super(message); this.code = code; } }
  window.CustomFunctions = {
    associate(id, f) { window.__fungsi[id] = f; },
    Error: GalatFungsi,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!" },
  };
  window.Office = { onReady(cb) { const i = { host: "Excel", platform: "OfficeOnline" }; setTimeout(() => cb && cb(i), 0); return Promise.resolve(i); } };
`;

beforeAll(async () => {
  situs = await sajikan();
  browser = await luncurkan();
  page = await browser.newPage();
  page.on("pageerror", (e) => galatHalaman.push(String(e)));
  const asal = situs.asal;
  await page.route("**/*", (route) => {
    const u = route.request().url();
    if (u.startsWith("https://appsforoffice.microsoft.com/"))
      return route.fulfill({ status: 200, contentType: "text/javascript", body: RUNTIME_TIRUAN });
    if (u.startsWith(asal)) {
      dimuat.push(new URL(u).pathname);
      return route.continue();
    }
    return route.abort();
  });
  await page.goto(`${asal}/functions.html`);
  await page.waitForFunction(
    () => typeof (window as unknown as { __fungsi: Record<string, unknown> }).__fungsi["LAN.KERANGKA"] === "function",
    undefined,
    { timeout: 20000 },
  );
}, 60000);

afterAll(async () => {
  await browser?.close();
  await situs?.tutup();
});

test("setiap fungsi di functions.json terdaftar di runtime", async () => {
  const meta = JSON.parse(fs.readFileSync(path.join(WEB, "functions.json"), "utf8")) as { functions: { id: string }[] };
  const terdaftar = await page.evaluate(() =>
    Object.keys((window as unknown as { __fungsi: Record<string, unknown> }).__fungsi).sort(),
  );
  expect(terdaftar).toEqual(meta.functions.map((f) => f.id).sort());
  expect(galatHalaman).toEqual([]);
});

test("LAN.KERANGKA memuat potongan angka tercetak saat pertama dihitung; functions.js tanpa angka tercetak, < 60 KB", async () => {
  const potongan = () => dimuat.filter((p) => /^\/lan-kerangka\.[0-9a-f]{8}\.js$/.test(p));
  expect(potongan()).toEqual([]);
  const sebelum = dimuat.length;
  const hasil = await page.evaluate(async () => {
    const f = (window as unknown as { __fungsi: Record<string, (...a: unknown[]) => Promise<unknown[][]>> }).__fungsi[
      "LAN.KERANGKA"
    ];
    const t = await f("I");
    const kolom = await f("I", 7);
    let kode = "";
    try {
      await f("IV");
    } catch (e) {
      kode = (e as { code: string }).code;
    }
    return { baris: t.length, judul: t[0][0], pertama: t[1], kolom7: kolom[0][0], kode };
  });
  // Lampiran 5 (tipe I), variabel 1 Kesederhanaan Pelayanan: Bobot Variabel tercetak 2081.85578 (seed 004)
  expect(hasil.baris).toBe(90);
  expect(hasil.judul).toBe("Variabel");
  expect(hasil.pertama[0]).toBe(1);
  expect(hasil.pertama[1]).toBe("Kesederhanaan Pelayanan");
  expect(hasil.pertama[6]).toBe(2081.85578);
  expect(hasil.kolom7).toBe(2081.85578);
  expect(hasil.kode).toBe("#N/A");
  expect(potongan()).toHaveLength(1);

  // angka tercetak ada di potongan yang baru diminta saat LAN.KERANGKA dihitung (webpack dapat memisahkan
  // data yang juga dipakai pembangun task pane ke potongan bersama), tidak di functions.js
  const fungsi = fs.readFileSync(path.join(WEB, "functions.js"), "utf8");
  expect(fungsi).not.toContain("2081.85578");
  const baru = dimuat.slice(sebelum).filter((p) => p.endsWith(".js"));
  expect(baru.filter((p) => fs.readFileSync(path.join(WEB, p), "utf8").includes("2081.85578"))).toHaveLength(1);
  expect(Buffer.byteLength(fungsi)).toBeLessThan(60 * 1024);
  expect(galatHalaman).toEqual([]);
});

test("BOBOT.RENTANG memuat potongan inti kepekaan saat pertama dihitung", async () => {
  const potongan = () => dimuat.filter((p) => /^\/kepekaan\.[0-9a-f]{8}\.js$/.test(p));
  expect(potongan()).toEqual([]);
  const hasil = await page.evaluate(async () => {
    const f = (window as unknown as { __fungsi: Record<string, (...a: unknown[]) => Promise<unknown[][]>> }).__fungsi[
      "BOBOT.RENTANG"
    ];
    // bobot 3 : 5 : 2 dinormalkan → 0,3 / 0,5 / 0,2 (kolom pertama hasil)
    return (
      await f(
        [
          [80, 95, 70],
          [70, 62, 90],
          [92, 87, 60],
        ],
        [[3, 5, 2]],
        "pp46",
      )
    ).map((b) => b[0]);
  });
  expect(hasil).toEqual([0.3, 0.5, 0.2]);
  expect(potongan()).toHaveLength(1);
  expect(galatHalaman).toEqual([]);
});

test("SKM.SIKLUS memuat potongan siklus SKM saat pertama dihitung; hasil dan galat sama", async () => {
  const potongan = () => dimuat.filter((p) => /^\/skm-siklus\.[0-9a-f]{8}\.js$/.test(p));
  expect(potongan()).toEqual([]);
  const hasil = await page.evaluate(async () => {
    const w = window as unknown as { __fungsi: Record<string, (...a: unknown[]) => Promise<unknown>> };
    // dua responden KTP (semua 4, semua 3) dan satu Akta (semua 1): NRR KTP 3,5 → 3,5 × 25 = 87,5
    const j = [Array(9).fill(4), Array(9).fill(3), Array(9).fill(1)];
    const l = [["KTP"], ["ktp "], ["Akta"]];
    const t = [[46037], [46038], [46039]]; // 15–17 Januari 2026
    const nilai = await w.__fungsi["SKM.SIKLUS"](j, l, t, "KTP", "2026-S1");
    const rinci = (await w.__fungsi["SKM.SIKLUSRINCI"](j, l, t, "KTP", "2026")) as unknown[][];
    let kode = "";
    try {
      await w.__fungsi["SKM.SIKLUS"](j, l, t, "Paspor");
    } catch (e) {
      kode = (e as { code: string }).code;
    }
    return { nilai, responden: rinci[0][0], lebar: rinci[0].length, kode };
  });
  expect(hasil.nilai as number).toBeCloseTo(87.5, 10);
  expect(hasil.responden).toBe(2);
  expect(hasil.lebar).toBe(1 + 9 + 4); // responden, NRR U1…U9, indeks, nilai, mutu, kinerja
  expect(hasil.kode).toBe("#DIV/0!");
  expect(potongan()).toHaveLength(1);
  expect(galatHalaman).toEqual([]);
});
