/**
 * Uji peramban task pane: dist/web disajikan di 127.0.0.1, Chromium (playwright-core) membuka
 * taskpane.html, office.js dari CDN diganti host uji (test/browser/host-uji.js: Office/Excel tiruan yang
 * mencatat tulisan). Lalu, dengan klik dan ketik seperti pengguna: pilih LAN, tipe I, hitung bobot,
 * tiga unit, Bangun → periksa tulisan (lembar, rumus, sel masukan, jumlah sync ≤ 3) dan tangkapan layar.
 * Tidak pernah dilewati: tanpa build atau tanpa Chromium, uji GAGAL dengan pesan yang jelas.
 */
import * as fs from "fs";
import * as http from "http";
import type { AddressInfo } from "net";
import * as path from "path";
import { chromium, type Browser, type Page } from "playwright-core";
import { buatRencana } from "../src/plans/index";
import { selBeralamat } from "../src/plans/rencana";

const AKAR = path.resolve(__dirname, "..");
const WEB = path.join(AKAR, "dist/web");
const CHROMIUM = "/usr/bin/chromium";
const HOST_UJI = path.join(__dirname, "browser/host-uji.js");
const HASIL = path.join(AKAR, "test-results");

const JENIS: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".json": "application/json", ".png": "image/png", ".svg": "image/svg+xml", ".xml": "application/xml" };

interface Ringkas {
  statistik: { sync: number; syncAkhirRun: number; run: number; panggilan: number };
  lembar: { nama: string; visibility: string; sel: Record<string, { v?: unknown; f?: string }> }[];
}

let server: http.Server;
let asal = "";
let browser: Browser | undefined;
let page: Page;
const galatHalaman: string[] = [];

beforeAll(async () => {
  if (!fs.existsSync(path.join(WEB, "taskpane.html"))) throw new Error("dist/web/taskpane.html tidak ada: jalankan npm run build");
  if (!fs.existsSync(CHROMIUM)) throw new Error("Chromium tidak ada: jalankan `apt-get install -y chromium`");
  server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const berkas = path.normalize(path.join(WEB, decodeURIComponent(url.pathname)));
    if (!berkas.startsWith(WEB) || !fs.existsSync(berkas) || !fs.statSync(berkas).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": JENIS[path.extname(berkas)] ?? "application/octet-stream" });
    fs.createReadStream(berkas).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  asal = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  page = await browser.newPage({ viewport: { width: 380, height: 900 } });
  page.on("pageerror", (e) => galatHalaman.push(String(e)));
  const hostUji = fs.readFileSync(HOST_UJI, "utf8");
  // office.js dari CDN → host uji; semua alamat lain di luar server lokal ditolak (tanpa jaringan).
  await page.route("**/*", (route) => {
    const u = route.request().url();
    if (u.startsWith("https://appsforoffice.microsoft.com/")) return route.fulfill({ status: 200, contentType: "text/javascript", body: hostUji });
    if (u.startsWith(asal)) return route.continue();
    return route.abort();
  });
  await page.goto(`${asal}/taskpane.html`);
  await page.locator("#bangun").waitFor({ state: "visible", timeout: 20000 });
}, 60000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
});

test("LAN tipe I, hitung bobot, tiga unit: klik Bangun menulis tabel dengan ≤ 3 sync", async () => {
  // pilih metode LAN dari daftar
  await page.locator("#metode").click();
  await page.locator('#metode fluent-option[value="lan1998"]').click();
  await page.locator('#tipe fluent-radio[value="I"]').click();
  await page.locator('#pola fluent-radio[value="lengkap"]').click();
  await page.locator('#mode fluent-radio[value="hitungBobot"]').click();
  await page.locator("#unit textarea").fill("Dinas Kependudukan\nDinas Kesehatan\nDinas Perhubungan");
  await page.locator("#bangun").click();
  await page.locator("#hasil p").first().waitFor({ timeout: 20000 });
  expect(await page.locator("#galat").isHidden()).toBe(true);
  expect(await page.locator("#hasil").textContent()).toContain("Tabel selesai dibangun");

  const buku = (await page.evaluate(() => (window as unknown as { __pkpUji: { ringkas(): unknown } }).__pkpUji.ringkas())) as Ringkas;
  const rencana = buatRencana("lan1998", { tipe: "I", pola: "lengkap", mode: "hitungBobot", unit: ["Dinas Kependudukan", "Dinas Kesehatan", "Dinas Perhubungan"] });
  expect(buku.lembar.map((l) => l.nama)).toEqual(["LAN-I Bobot", "LAN-I Ringkasan", "_pkp"]);
  expect(buku.lembar.find((l) => l.nama === "_pkp")?.visibility).toBe("VeryHidden");
  expect(buku.statistik.sync).toBeLessThanOrEqual(3);
  expect(buku.statistik.syncAkhirRun).toBe(0);
  expect(buku.statistik.run).toBe(1);

  // beberapa rumus dan sel masukan di tempat yang benar
  let rumus = 0;
  let masukan = 0;
  for (const l of rencana.lembar) {
    const sel = buku.lembar.find((x) => x.nama === l.nama)!.sel;
    for (const { alamat, sel: s } of selBeralamat(l)) {
      if (s.peran === "hitung" && rumus < 40) {
        expect({ alamat, f: sel[alamat]?.f }).toEqual({ alamat, f: s.rumus });
        rumus++;
      } else if (s.peran === "masukan" && s.nilai !== undefined) {
        expect({ alamat, v: sel[alamat]?.v }).toEqual({ alamat, v: s.nilai });
        masukan++;
      }
    }
  }
  expect(rumus).toBeGreaterThan(10);
  expect(masukan).toBeGreaterThanOrEqual(3);
  const bobot = buku.lembar.find((l) => l.nama === "LAN-I Bobot")!;
  expect(Object.values(bobot.sel).map((s) => s.v)).toEqual(expect.arrayContaining(["Dinas Kependudukan", "Dinas Kesehatan", "Dinas Perhubungan"]));

  fs.mkdirSync(HASIL, { recursive: true });
  await page.screenshot({ path: path.join(HASIL, "taskpane-lan.png"), fullPage: true });
  expect(fs.statSync(path.join(HASIL, "taskpane-lan.png")).size).toBeGreaterThan(1000);
  expect(galatHalaman).toEqual([]);
});

test("isian tidak sah: pesan galat biasa di panel, tanpa jejak tumpukan", async () => {
  await page.locator("#unit textarea").fill("A\na");
  await page.locator("#bangun").click();
  const galat = page.locator("#galat");
  await galat.waitFor({ state: "visible" });
  const teks = (await galat.textContent()) ?? "";
  expect(teks).toContain("lebih dari sekali");
  expect(teks).not.toMatch(/\bat\s|\.js:\d+/);
});

test("tombol English mengganti label", async () => {
  const label = page.locator("#lbl-metode");
  expect(await label.textContent()).toBe("Metode");
  await page.locator("#bahasa").focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.querySelector("#lbl-metode")?.textContent === "Method", undefined, { timeout: 5000 });
  expect(await label.textContent()).toBe("Method");
  expect(await page.locator("#bangun").textContent()).toBe("Build table");
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
  await page.locator("#bahasa").click();
  expect(await label.textContent()).toBe("Metode");
});
