/**
 * Task pane, metode "Kepekaan bobot" (issue 15), di Chromium tanpa kepala dengan host uji yang sama
 * dengan test/panel/peramban.test.ts: pilih metode, isi jumlah unit, kriteria dan pita, Bangun →
 * lembar dan rumus sesuai rencana; kriteria kurang dari dua → pesan galat, tanpa tulisan.
 * Tanpa tangkapan layar (docs/gambar diurus uji peramban utama). Tanpa build atau Chromium: GAGAL.
 */
import * as fs from "fs";
import * as http from "http";
import type { AddressInfo } from "net";
import * as path from "path";
import { chromium, type Browser, type Page } from "playwright-core";
import { buatRencana } from "../../src/metode/index";
import { selBeralamat } from "../../src/plans/rencana";

const WEB = path.resolve(__dirname, "..", "..", "dist", "web");
const CHROMIUM = "/usr/bin/chromium";
const HOST_UJI = path.join(__dirname, "../bantu/host-uji.js");
const JENIS: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
};

interface Ringkas {
  statistik: { sync: number };
  lembar: { nama: string; sel: Record<string, { v?: unknown; f?: string }> }[];
}

let server: http.Server;
let asal = "";
let browser: Browser | undefined;
let page: Page;

beforeAll(async () => {
  if (!fs.existsSync(path.join(WEB, "taskpane.html")))
    throw new Error("dist/web/taskpane.html tidak ada: jalankan npm run build");
  if (!fs.existsSync(CHROMIUM)) throw new Error("Chromium tidak ada: jalankan `apt-get install -y chromium`");
  server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const berkas = path.normalize(path.join(WEB, decodeURIComponent(url.pathname)));
    if (!berkas.startsWith(WEB) || !fs.existsSync(berkas) || !fs.statSync(berkas).isFile())
      return void res.writeHead(404).end();
    res.writeHead(200, { "Content-Type": JENIS[path.extname(berkas)] ?? "application/octet-stream" });
    fs.createReadStream(berkas).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  asal = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
  });
  page = await browser.newPage({ viewport: { width: 380, height: 900 } });
  const hostUji = fs.readFileSync(HOST_UJI, "utf8");
  await page.route("**/*", (route) => {
    const u = route.request().url();
    if (u.startsWith("https://appsforoffice.microsoft.com/"))
      return route.fulfill({ status: 200, contentType: "text/javascript", body: hostUji });
    if (u.startsWith(asal)) return route.continue();
    return route.abort();
  });
}, 60000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
});

async function pilihKepekaan(): Promise<void> {
  await page.goto(`${asal}/taskpane.html`);
  await page.locator("#bangun").waitFor({ state: "visible", timeout: 20000 });
  await page.locator("#metode").click();
  await page.locator('#metode fluent-option[value="kepekaan"]').click();
  await page.locator("#bagian-kepekaan").waitFor({ state: "visible", timeout: 5000 });
}

test("isi jumlah unit, kriteria dan pita PEKPPP, Bangun: lembar Kepekaan Bobot dengan rumus rencana", async () => {
  await pilihKepekaan();
  await page.locator("#jumlah-unit-kepekaan input").fill("4");
  await page.locator("#kriteria-kepekaan input").fill("Kebijakan, SDM, Sarpras");
  await page.locator('#pita-kepekaan fluent-radio[value="pekppp"]').click();
  await page.locator("#bangun").click();
  await page.locator("#hasil p").first().waitFor({ timeout: 20000 });
  expect(await page.locator("#galat").isHidden()).toBe(true);
  const buku = (await page.evaluate(() =>
    (window as unknown as { __pkpUji: { ringkas(): unknown } }).__pkpUji.ringkas(),
  )) as Ringkas;
  const r = buatRencana("kepekaan", { unit: 4, kriteria: ["Kebijakan", "SDM", "Sarpras"], pita: "pekppp" });
  expect(buku.lembar.map((l) => l.nama).sort()).toEqual(["Kepekaan Bobot", "_pkp"]);
  expect(buku.statistik.sync).toBeLessThanOrEqual(3);
  const sel = buku.lembar.find((l) => l.nama === "Kepekaan Bobot")!.sel;
  let n = 0;
  for (const { alamat, sel: s } of selBeralamat(r.lembar[0])) {
    if (s.peran === "hitung") {
      expect({ alamat, f: sel[alamat]?.f }).toEqual({ alamat, f: s.rumus });
      n++;
    }
  }
  expect(n).toBeGreaterThan(50);
  expect(Object.values(sel).map((s) => s.v)).toEqual(expect.arrayContaining(["Kebijakan", "SDM", "Sarpras"]));
});

test("satu kriteria saja: pesan galat, tidak ada yang ditulis", async () => {
  await pilihKepekaan();
  await page.locator("#kriteria-kepekaan input").fill("Kebijakan");
  await page.locator("#bangun").click();
  await page.locator("#galat").waitFor({ state: "visible", timeout: 5000 });
  expect(await page.locator("#galat").textContent()).toContain("dua nama kriteria");
  const buku = (await page.evaluate(() =>
    (window as unknown as { __pkpUji: { ringkas(): unknown } }).__pkpUji.ringkas(),
  )) as Ringkas;
  expect(buku.lembar.map((l) => l.nama)).toEqual([]);
});
