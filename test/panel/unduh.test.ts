/**
 * Task pane tanpa Office, di Chromium (playwright-core): office.js DIBLOKIR (seperti peramban biasa tanpa
 * jaringan ke CDN Microsoft). Panel menyatakannya dalam satu baris, tetap menawarkan metode dan isian yang
 * sama, dan tombol "Unduh buku kerja (.xlsx)" menulis rencana yang sama dengan adaptor .xlsx di peramban.
 * Berkas unduhan dibaca (ExcelJS), diisi skor, dan dihitung ulang dengan HyperFormula: setiap sel rumus
 * sama dengan rencana task pane, dan angka hitungan tangan (Bab III, Skor Ideal 20.000) muncul.
 * Juga: ukuran taskpane.js — ExcelJS, pembangun tabel, kerangka data dan adaptor Office.js ada di potongan
 * terpisah (src/taskpane/muat.ts) yang hanya dimuat saat tombol ditekan.
 */
import * as fs from "fs";
import * as path from "path";
import { gzipSync } from "zlib";
import type { Browser, Page } from "playwright-core";
import { bacaXlsx } from "../../src/hosts/xlsx/xlsx";
import { METODE, buatRencana } from "../../src/metode/index";
import { selBeralamat } from "../../src/plans/rencana";
import { namaBerkas } from "../../src/taskpane/host-unduh";
import { evaluasiBuku, evaluasiRencana } from "../bantu/mesin-rumus";
import { AKAR, WEB, luncurkan, sajikan, type Situs } from "../bantu/situs";

let situs: Situs | undefined;
let browser: Browser | undefined;
let page: Page;
const galatHalaman: string[] = [];
const dimuat: string[] = [];
const KELUAR = path.join(AKAR, "test-results/unduh");

beforeAll(async () => {
  situs = await sajikan();
  browser = await luncurkan();
  page = await browser.newPage({ viewport: { width: 380, height: 900 }, acceptDownloads: true });
  page.on("pageerror", (e) => galatHalaman.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error" && !/ERR_FAILED|Failed to load resource/.test(m.text())) galatHalaman.push(m.text());
  });
  const asal = situs.asal;
  await page.route("**/*", (route) => {
    const u = route.request().url();
    if (u.startsWith(asal)) {
      dimuat.push(new URL(u).pathname);
      return route.continue();
    }
    return route.abort(); // termasuk https://appsforoffice.microsoft.com/…/office.js
  });
  await page.goto(`${asal}/taskpane.html`);
  await page.locator("#bangun").waitFor({ state: "visible", timeout: 20000 });
}, 60000);

afterAll(async () => {
  await browser?.close();
  await situs?.tutup();
});

test("tanpa office.js: satu baris pemberitahuan, tanpa ReferenceError, metode sama, tombol Unduh, Periksa disembunyikan", async () => {
  const pemberitahuan = page.locator("#tanpa-excel");
  expect(await pemberitahuan.isVisible()).toBe(true);
  expect(await pemberitahuan.textContent()).toBe(
    "Excel tidak terdeteksi: tabel dibuat sebagai buku kerja .xlsx untuk diunduh (Excel, WPS, LibreOffice, Google Sheets).",
  );
  // satu kalimat dalam satu paragraf status (dibacakan pembaca layar), bukan halaman galat
  expect(await pemberitahuan.getAttribute("role")).toBe("status");
  expect(await page.locator("#aplikasi .pemberitahuan:not([hidden])").count()).toBe(1);
  expect(await page.locator("#bangun").textContent()).toBe("Unduh buku kerja (.xlsx)");
  expect(await page.locator("#bagian-periksa").isHidden()).toBe(true);
  const metode = await page.locator("#metode fluent-option").evaluateAll((o) => o.map((x) => x.getAttribute("value")));
  // sama dengan panel di Excel: satu pilihan per metode terdaftar, dalam urutan registri (METODE)
  expect(metode).toEqual(Object.keys(METODE));
  expect(metode.slice(0, 8)).toEqual(["lan1998", "bsc", "skm", "layanan", "servqual", "sendi", "pekppp", "pegawai"]);
  expect(galatHalaman.filter((g) => /CustomFunctions|ReferenceError/.test(g))).toEqual([]);
  expect(galatHalaman).toEqual([]);
  // ExcelJS dan pembangun belum dimuat sebelum tombol ditekan
  expect(dimuat.filter((p) => /^\/(taskpane|functions|commands)\.js$/.test(p)).length).toBeGreaterThanOrEqual(2);
  expect(dimuat.some((p) => /^\/\d+\.[0-9a-f]{8}\.js$/.test(p) || /^\/(xlsx|pembangun)\./.test(p))).toBe(false);
});

test("LAN tipe I, dua unit: Unduh → berkas .xlsx yang dihitung ulang HyperFormula sama dengan rencana", async () => {
  const unit = ["A", "B"];
  await page.locator("#unit textarea").fill(unit.join("\n"));
  const [unduhan] = await Promise.all([
    page.waitForEvent("download", { timeout: 30000 }),
    page.locator("#bangun").click(),
  ]);
  expect(unduhan.suggestedFilename()).toBe(namaBerkas("lan1998"));
  fs.mkdirSync(KELUAR, { recursive: true });
  const berkas = path.join(KELUAR, unduhan.suggestedFilename());
  await unduhan.saveAs(berkas);
  await page.locator("#hasil p").first().waitFor({ timeout: 20000 });
  expect(await page.locator("#hasil").textContent()).toContain(`Buku kerja diunduh: ${namaBerkas("lan1998")}`);
  expect(await page.locator("#galat").isHidden()).toBe(true);

  const rencana = buatRencana("lan1998", { tipe: "I", pola: "lengkap", mode: "hitungBobot", unit });
  const buku = await bacaXlsx(berkas);
  expect(Object.keys(buku.lembar).sort()).toEqual([...rencana.lembar.map((l) => l.nama), "_pkp"].sort());
  expect(buku.status._pkp).toBe("veryHidden");

  // skor seperti test/rencana/lan.test.ts: unit A = 2 (indikator 1: 10), unit B = 3 — diketik di kedua sisi
  const isian: Record<string, Record<string, number>> = {};
  for (const l of rencana.lembar) {
    for (const { alamat: a, sel } of selBeralamat(l)) {
      const m = /^skor\|i=(\d+)\|u=(.+)$/.exec(sel.kunci ?? "");
      if (!m) continue;
      const v = m[2] === "A" ? (m[1] === "1" ? 10 : 2) : 3;
      (isian[l.nama] ??= {})[a] = v;
      buku.lembar[l.nama].set(a, { value: v });
    }
  }
  expect(Object.keys(isian["LAN-I Bobot"] ?? {})).toHaveLength(89 * 2);
  const dariBerkas = evaluasiBuku(buku);
  const dariRencana = evaluasiRencana(rencana, isian);

  let rumus = 0;
  for (const l of rencana.lembar) {
    for (const { alamat: a, sel } of selBeralamat(l)) {
      if (sel.rumus === undefined) continue;
      expect({ lembar: l.nama, a, f: buku.lembar[l.nama].get(a)?.formula }).toEqual({
        lembar: l.nama,
        a,
        f: sel.rumus,
      });
      const x = dariBerkas(l.nama, a);
      const y = dariRencana(l.nama, a);
      if (typeof y === "number")
        expect({ lembar: l.nama, a, v: x }).toEqual({ lembar: l.nama, a, v: expect.closeTo(y, 9) });
      else expect({ lembar: l.nama, a, v: x }).toEqual({ lembar: l.nama, a, v: y });
      rumus++;
    }
  }
  expect(rumus).toBeGreaterThan(300);
  // hitungan tangan (test/rencana/lan.test.ts): Total Bobot Dinas unit A = (10 + 88×2) / 453 × Skor Ideal 20.000
  expect(dariBerkas("LAN-I Ringkasan", "C5")).toBeCloseTo((186 / 453) * 20000, 8);
  expect(galatHalaman).toEqual([]);
});

test("office.js termuat tetapi host bukan Excel (peramban biasa): mode unduhan yang sama, tanpa galat", async () => {
  const p = await browser!.newPage({ viewport: { width: 380, height: 900 } });
  const galat: string[] = [];
  p.on("pageerror", (e) => galat.push(String(e)));
  try {
    // office.js di peramban biasa: Office ada, onReady memberi host null; CustomFunctions tidak ada
    const officeTanpaHost =
      "window.Office = { HostType: { Excel: 'Excel' }, onReady(cb) { const i = { host: null, " +
      "platform: null }; setTimeout(() => cb && cb(i), 0); return Promise.resolve(i); } };";
    await p.route("**/*", (route) => {
      const u = route.request().url();
      if (u.startsWith("https://appsforoffice.microsoft.com/"))
        return route.fulfill({ status: 200, contentType: "text/javascript", body: officeTanpaHost });
      return u.startsWith(situs!.asal) ? route.continue() : route.abort();
    });
    await p.goto(`${situs!.asal}/taskpane.html`);
    await p.locator("#bangun").waitFor({ state: "visible", timeout: 20000 });
    expect(await p.locator("#tanpa-excel").isVisible()).toBe(true);
    expect(await p.locator("#bangun").textContent()).toBe("Unduh buku kerja (.xlsx)");
    expect(await p.locator("#bagian-periksa").isHidden()).toBe(true);
    expect(galat).toEqual([]);
  } finally {
    await p.close();
  }
});

/** Isi berkas di dist/web, dan potongan yang dimuat belakangan (nama dengan hash isi). */
const bacaWeb = (f: string): string => fs.readFileSync(path.join(WEB, f), "utf8");
const potonganBelakangan = (): string[] => fs.readdirSync(WEB).filter((f) => /\.[0-9a-f]{8}\.js$/.test(f));

test("ukuran: taskpane.js kecil (< 250 KB, gzip < 66 KB) tanpa ExcelJS; ExcelJS di potongan terpisah yang dimuat saat mengunduh", () => {
  // Terukur (webpack --mode production): 233.104 byte, gzip 59.675 byte (sebelum pembangun dimuat belakangan:
  // 415.333 byte, gzip 117.337). Batas = terukur + ±10 %; sisanya terutama Fluent UI/FAST (harus langsung ada).
  const berkas = path.join(WEB, "taskpane.js");
  expect(fs.statSync(berkas).size).toBeLessThan(250 * 1024);
  expect(gzipSync(fs.readFileSync(berkas)).length).toBeLessThan(66 * 1024);
  const taskpane = bacaWeb("taskpane.js");
  expect(taskpane).not.toContain("xl/workbook.xml");
  expect(taskpane).not.toContain("xl/sharedStrings.xml");
  // penanda ExcelJS (penulis sharedStrings); potongan adaptor .xlsx (grafik) juga menyebut xl/workbook.xml
  const exceljs = potonganBelakangan().filter((f) => bacaWeb(f).includes("xl/sharedStrings.xml"));
  expect(exceljs).toHaveLength(1);
  // potongan itu, dan potongan pembangun, memang diminta peramban saat unduhan di atas
  expect(dimuat).toContain(`/${exceljs[0]}`);
  expect(dimuat.filter((p) => /^\/pembangun\.[0-9a-f]{8}\.js$/.test(p))).toHaveLength(1);
});

test("ukuran: pembangun, data kerangka dan adaptor Office.js tidak ada di taskpane.js, tetapi di potongan yang dimuat belakangan", () => {
  const taskpane = bacaWeb("taskpane.js");
  const potongan = potonganBelakangan().map((f) => ({ f, isi: bacaWeb(f) }));
  const penanda: [string, string][] = [
    // judul lembar peta jawaban siklus SKM
    ["src/plans/skm-siklus/peta.ts", "Peta jawaban: teks kuesioner → nilai persepsi 1–4"],
    // Lampiran 5 no. 1, Bobot Variabel tercetak
    ["src/frameworks/lan1998-tercetak.ts", "2081.85578"],
    // pembangun kepekaan bobot (judul bagian) dan adaptor Office.js (jenis grafik sebar)
    ["src/plans/kepekaan.ts", "Perhitungan bantu (rumus yang dipakai tabel di atas)"],
    ["src/hosts/excel/tulis.ts", "XYScatterLinesNoMarkers"],
  ];
  for (const [sumber, teks] of penanda) {
    // penanda memang ada di sumbernya (uji tidak lolos begitu saja bila teksnya berubah)
    expect({ sumber, ada: fs.readFileSync(path.join(AKAR, sumber), "utf8").includes(teks) }).toEqual({
      sumber,
      ada: true,
    });
    expect({ teks, diTaskpane: taskpane.includes(teks) }).toEqual({ teks, diTaskpane: false });
    expect({ teks, potongan: potongan.filter((p) => p.isi.includes(teks)).length > 0 }).toEqual({
      teks,
      potongan: true,
    });
  }
  // daftar metode (id dan nama, metode/daftar.ts) tetap di taskpane.js: panel tampil tanpa potongan itu
  expect(taskpane).toContain("Balanced Scorecard");
});

test("ukuran: csv-parse (build peramban) tidak di taskpane.js, tetapi di satu potongan yang dimuat saat berkas CSV dibaca", () => {
  // Terukur (issue 24, webpack --mode production): potongan csv 52.299 byte (gzip 14.006); taskpane.js tetap 243 KB.
  const penanda = "Quote Not Closed";
  expect(fs.readFileSync(path.join(AKAR, "node_modules/csv-parse/dist/esm/sync.js"), "utf8")).toContain(penanda);
  expect(bacaWeb("taskpane.js")).not.toContain(penanda);
  expect(potonganBelakangan().filter((f) => bacaWeb(f).includes(penanda))).toEqual([
    expect.stringMatching(/^csv\.[0-9a-f]{8}\.js$/),
  ]);
});
