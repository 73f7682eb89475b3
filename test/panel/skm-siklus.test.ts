/**
 * Siklus SKM dari task pane di Chromium (playwright-core), seperti pengguna:
 * - Di Excel (host uji test/bantu/host-uji.js): lembar "Jawaban Formulir" berisi sebagian ekspor formulir
 *   contoh; pilih metode → lembar terpilih dan dibaca, kolom cap waktu/layanan terpilih menurut tebakan,
 *   sembilan kolom unsur tercantum; pilih triwulan dan konvensi 0,111 + NRR 2 desimal; Bangun → buku kerja
 *   tiruan dihitung ulang HyperFormula = hitungSiklus inti per layanan dan periode, Periksa tanpa temuan; lembar pengguna tidak
 *   berubah dan dirujuk langsung (tanpa salinan); jawaban yang ditempel kemudian di lembar pengguna ikut
 *   dihitung; teks jawaban salah → galat menyebut baris, kolom, teks, dan tidak ada yang ditulis (setelah teks itu
 *   dipetakan di lembar Peta Jawaban, Bangun lagi mengenalinya); jawaban angka
 *   bertipe teks → jawaban disalin ke "SKM Jawaban" (lembar pengguna tetap tidak berubah).
 * - Tanpa Excel (office.js diblokir): berkas CSV dipilih lewat isian berkas → unduhan .xlsx yang rumusnya sama
 *   dengan `kinerja skm --xlsx` (rencanaSiklusDariCli) dan angkanya (HyperFormula) = inti.
 */
import * as fs from "fs";
import * as path from "path";
import { parse } from "csv-parse/sync";
import type { Browser, Page } from "playwright-core";
import { siklusDariTabel } from "../../src/cli/skm-siklus";
import { rencanaSiklusDariCli } from "../../src/cli/skm-siklus-xlsx";
import { tabelDariCsv } from "../../src/core/skm-siklus-tabel";
import { bacaXlsx, type BukuTerbaca } from "../../src/hosts/xlsx/xlsx";
import { selBeralamat } from "../../src/plans/rencana";
import { evaluasiBuku } from "../bantu/mesin-rumus";
import { bandingkanHasil, hasilInti, ketikLembar, selExcel, subsetFormulir } from "../bantu/siklus-uji";
import { AKAR, luncurkan, sajikan, type Situs } from "../bantu/situs";

const HOST_UJI = fs.readFileSync(path.join(__dirname, "../bantu/host-uji.js"), "utf8");
const LEMBAR = "Jawaban Formulir";

interface Ringkas {
  statistik: { sync: number; syncAkhirRun: number; run: number; panggilan: number };
  lembar: { nama: string; visibility: string; sel: Record<string, { v?: unknown; f?: string }> }[];
}

let situs: Situs | undefined;
let browser: Browser | undefined;
const galatHalaman: string[] = [];

beforeAll(async () => {
  situs = await sajikan();
  browser = await luncurkan();
}, 60000);

afterAll(async () => {
  await browser?.close();
  await situs?.tutup();
});

async function halaman(denganExcel: boolean): Promise<Page> {
  const page = await browser!.newPage({ viewport: { width: 380, height: 1100 }, acceptDownloads: true });
  page.on("pageerror", (e) => galatHalaman.push(String(e)));
  await page.route("**/*", (route) => {
    const u = route.request().url();
    if (denganExcel && u.startsWith("https://appsforoffice.microsoft.com/"))
      return route.fulfill({ status: 200, contentType: "text/javascript", body: HOST_UJI });
    return u.startsWith(situs!.asal) ? route.continue() : route.abort();
  });
  await page.goto(`${situs!.asal}/taskpane.html`);
  await page.locator("#bangun").waitFor({ state: "visible", timeout: 20000 });
  return page;
}

const ringkas = async (page: Page): Promise<Ringkas> =>
  (await page.evaluate(() =>
    (window as unknown as { __pkpUji: { ringkas(): unknown } }).__pkpUji.ringkas(),
  )) as Ringkas;

/** Buku kerja tiruan → bentuk bacaXlsx untuk HyperFormula (rumus bila ada, selain itu nilai). */
function bukuDari(r: Ringkas): BukuTerbaca {
  const lembar: BukuTerbaca["lembar"] = {};
  for (const l of r.lembar)
    lembar[l.nama] = new Map(
      Object.entries(l.sel).map(([a, s]) => [a, s.f !== undefined ? { value: null, formula: s.f } : { value: s.v }]),
    );
  return { lembar, status: {}, nama: {} };
}

async function pilih(page: Page, id: string, nilai: string): Promise<void> {
  await page.locator(`#${id}`).click();
  await page.locator(`#${id} fluent-option[value="${nilai}"]`).click();
  await page.waitForFunction(
    ([i, v]) => (document.querySelector(`#${i}`) as HTMLElement & { value: string }).value === v,
    [id, nilai],
  );
}

const nilaiDari = (page: Page, id: string): Promise<string> =>
  page.locator(`#${id}`).evaluate((el) => (el as HTMLElement & { value: string }).value);

async function pilihSiklus(page: Page): Promise<void> {
  await pilih(page, "metode", "skmSiklus");
  await page.locator("#siklus-kolom").waitFor({ state: "visible", timeout: 20000 });
}

/** Mengisi (atau mengosongkan, bila "") satu sel lembar host uji apa adanya: teks "3" tetap teks, seperti sel berformat teks. */
async function setelSel(page: Page, lembar: string, baris: number, kolom: number, v: string | number): Promise<void> {
  await page.evaluate(
    ([l, b, k, x]) => {
      const sel = (
        window as unknown as { __pkpUji: { cariLembar(n: string): { sel: Map<string, unknown> } } }
      ).__pkpUji.cariLembar(l as string).sel;
      if (x === "") sel.delete(`${b},${k}`);
      else sel.set(`${b},${k}`, { v: x, gaya: {} });
    },
    [lembar, baris - 1, kolom, v] as const,
  );
}

async function bangun(page: Page): Promise<string> {
  await page.locator("#bangun").click();
  await page.waitForFunction(
    () => document.querySelector("#hasil p") || !(document.querySelector("#galat") as HTMLElement).hidden,
    undefined,
    { timeout: 30000 },
  );
  return (await page.locator("#galat").isHidden()) ? "" : ((await page.locator("#galat").textContent()) ?? "");
}

describe("di Excel: lembar jawaban pengguna", () => {
  const kisi = subsetFormulir(8);
  const nilaiLembar = [kisi[0], ...kisi.slice(1).map(selExcel)];
  const susulan = [
    "20/06/2026 09:15:00",
    "Akta Kelahiran",
    "Perempuan",
    "40",
    "S1",
    "PNS",
    "Tidak sesuai",
    "Tidak mudah",
    "Tidak cepat",
    "Gratis",
    "Tidak sesuai",
    "Kurang kompeten",
    "Tidak sopan dan ramah",
    "Tidak ada",
    "Buruk",
    "",
  ];
  let page: Page;
  let lembarAwal: Ringkas["lembar"][number]["sel"];

  beforeAll(async () => {
    page = await halaman(true);
    galatHalaman.length = 0;
    await ketikLembar(page, LEMBAR, nilaiLembar);
    await ketikLembar(page, "Catatan", [["bukan jawaban"]]);
    lembarAwal = (await ringkas(page)).lembar.find((l) => l.nama === LEMBAR)!.sel;
  }, 60000);
  afterAll(async () => page?.close());

  test("pilih metode: lembar dibaca, kolom tertebak, sembilan unsur dikenali, rujukan langsung; Bangun = inti", async () => {
    await pilihSiklus(page);
    expect(await nilaiDari(page, "siklus-lembar")).toBe(LEMBAR);
    expect(await nilaiDari(page, "siklus-waktu")).toBe("Cap waktu");
    expect(await nilaiDari(page, "siklus-layanan")).toBe("Jenis Layanan");
    expect(await nilaiDari(page, "siklus-periode")).toBe("semester");
    expect(await page.locator("#siklus-status").textContent()).toBe(`${kisi.length - 1} baris jawaban, 16 kolom.`);
    const unsur = await page.locator("#siklus-unsur li").allTextContents();
    expect(unsur).toHaveLength(9);
    expect(unsur[0]).toMatch(/^U1 Persyaratan ← kolom G: …[^…]*persyaratan[^…]*…$/);
    expect(unsur[8]).toMatch(/^U9 Sarana dan Prasarana ← kolom O: …[^…]*sarana dan prasarana\?$/);
    expect(await page.locator("#siklus-unsur li").first().getAttribute("title")).toBe(kisi[0][6]);
    expect(await page.locator("#siklus-unsur li.hilang").count()).toBe(0);
    expect(await page.locator("#siklus-unsur-galat").isHidden()).toBe(true);
    expect(await page.locator("#siklus-rujukan").textContent()).toContain(`merujuk langsung lembar "${LEMBAR}"`);

    await pilih(page, "siklus-periode", "triwulan");
    await pilih(page, "siklus-penimbang", "0.111");
    await pilih(page, "siklus-pembulatan", "2");
    const sebelum = await ringkas(page);
    expect(await bangun(page)).toBe("");
    expect(await page.locator("#hasil").textContent()).toContain("Tabel selesai dibangun");
    const r = await ringkas(page);
    // baca ulang lembar jawaban dan Peta Jawaban (alamat + satu halaman nilai masing-masing) + bangun (baca, isi
    // lembar lama berhalaman, tulis, sembunyikan jangkar: ≤ 4); setiap sync ≤ 5 MB (host uji melempar galat bila lewat)
    expect(r.statistik.sync - sebelum.statistik.sync).toBeLessThanOrEqual(8);
    expect(r.statistik.run - sebelum.statistik.run).toBe(3);
    const nama = r.lembar.map((l) => l.nama);
    expect(nama).toEqual(expect.arrayContaining(["SKM Hasil", "SKM Hitungan", "SKM Peta Jawaban", "SKM Publikasi"]));
    expect(nama).not.toContain("SKM Jawaban");
    // lembar pengguna tidak diubah; COUNTIFS lembar Hitungan merujuknya langsung (kolom G = U1, seluruh jangkauan)
    expect(r.lembar.find((l) => l.nama === LEMBAR)!.sel).toEqual(lembarAwal);
    const rumusHitungan = Object.values(r.lembar.find((l) => l.nama === "SKM Hitungan")!.sel).map((x) => x.f ?? "");
    expect(rumusHitungan.some((f) => f.includes(`COUNTIFS('${LEMBAR}'!$G$2:$G$`))).toBe(true);

    // Periksa: buku kerja yang baru dibangun (rujukan ke lembar pengguna) sesuai dengan rencananya
    await page.locator("#periksa").click();
    await page.waitForFunction(
      () => /temuan/i.test(document.querySelector("#periksa-status")?.textContent ?? ""),
      undefined,
      { timeout: 20000 },
    );
    expect(await page.locator("#periksa-status").textContent()).toBe(
      "Tidak ada temuan: buku kerja sesuai dengan rencana add-in.",
    );

    const inti = hasilInti(nilaiLembar, {
      periode: "triwulan",
      penimbang: "0.111",
      pembulatanNrr: 2,
      hasilUnit: "gabungan",
    });
    expect(inti.periode.map((p) => p.nama)).toEqual(["2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2"]);
    const nilai = evaluasiBuku(bukuDari(r));
    expect(bandingkanHasil(nilai, inti)).toBe(4 * 4);
    expect(nilai("SKM Hasil", "B8")).toBe(0); // tidak ada jawaban di luar peta

    // jawaban susulan ditempel di bawah data lembar pengguna: hasil rumus mengikuti inti dengan baris itu
    await ketikLembar(page, LEMBAR, [selExcel(susulan)], kisi.length + 1);
    const sesudah = evaluasiBuku(bukuDari(await ringkas(page)));
    const inti2 = hasilInti([...nilaiLembar, selExcel(susulan)], {
      periode: "triwulan",
      penimbang: "0.111",
      pembulatanNrr: 2,
      hasilUnit: "gabungan",
    });
    const q2 = (h: typeof inti) =>
      h.periode.find((p) => p.nama === "2026-Q2")!.layanan.find((l) => l.nama === "Akta Kelahiran")!.responden;
    expect(q2(inti2)).toBe(q2(inti) + 1);
    bandingkanHasil(sesudah, inti2);
    expect(galatHalaman).toEqual([]);
  });

  test(
    "teks jawaban salah: galat menyebut lembar, baris, kolom dan teks; tidak ada yang ditulis; " +
      "dipetakan di Peta Jawaban → Bangun lagi berhasil",
    async () => {
      await setelSel(page, LEMBAR, 6, 9, "Lumayan murah");
      const sebelum = await ringkas(page);
      const galat = await bangun(page);
      expect(galat).toBe(
        `Siklus SKM tidak dapat dibangun: lembar "${LEMBAR}" baris 6, kolom "${kisi[0][9]}": jawaban "Lumayan murah" tidak ada di ` +
          `peta jawaban. Petakan teks itu di lembar "SKM Peta Jawaban" (kolom A unsurnya, ` +
          `mis. "U4 Biaya/Tarif"; B teksnya; C nilai 1–4), lalu Bangun lagi.`,
      );
      const sesudah = await ringkas(page);
      expect(sesudah.statistik.panggilan).toBe(sebelum.statistik.panggilan);
      expect(sesudah.lembar).toEqual(sebelum.lembar);

      // teks itu dipetakan di lembar Peta Jawaban (baris kosong pertama blok U4), lalu Bangun lagi: dikenali
      const peta = sesudah.lembar.find((l) => l.nama === "SKM Peta Jawaban")!.sel;
      const baris = Object.keys(peta)
        .filter((a) => /^A\d+$/.test(a) && String(peta[a].v).startsWith("U4 ") && peta[`B${a.slice(1)}`] === undefined)
        .map((a) => Number(a.slice(1)));
      expect(baris.length).toBe(4);
      await ketikLembar(
        page,
        "SKM Peta Jawaban",
        [["Lumayan murah", 3]].map((b) => ["", ...b]),
        Math.min(...baris),
      );
      expect(await bangun(page)).toBe("");
      const isi = nilaiLembar.map((b) => [...b]);
      isi[5][9] = "Lumayan murah";
      const r = await ringkas(page);
      const inti = hasilInti(
        [...isi, selExcel(susulan)],
        { periode: "triwulan", penimbang: "0.111", pembulatanNrr: 2, hasilUnit: "gabungan" },
        [{ unsur: 4, jawaban: "Lumayan murah", nilai: 3 }],
      );
      bandingkanHasil(evaluasiBuku(bukuDari(r)), inti);
      // peta tambahan tetap di lembarnya setelah dibangun ulang
      expect(
        Object.values(r.lembar.find((l) => l.nama === "SKM Peta Jawaban")!.sel).filter((x) => x.v === "Lumayan murah"),
      ).toHaveLength(1);
      await setelSel(page, LEMBAR, 6, 9, nilaiLembar[5][9]);
    },
  );

  test("jawaban angka tersimpan sebagai teks: jawaban disalin ke SKM Jawaban, lembar pengguna tetap; angka = inti", async () => {
    // satu jawaban diketik sebagai teks "3" (sel berformat teks)
    await setelSel(page, LEMBAR, 6, 6, "3");
    await page.locator("#siklus-baca-ulang").click();
    await page.waitForFunction(
      () => /disalin/.test(document.querySelector("#siklus-rujukan")?.textContent ?? ""),
      undefined,
      { timeout: 10000 },
    );
    expect(await page.locator("#siklus-rujukan").textContent()).toBe(
      `Jawaban akan disalin ke lembar "SKM Jawaban" (lembar Anda tidak diubah) ` +
        `karena baris 6, kolom "${kisi[0][6]}": "3" (jawaban angka yang tersimpan sebagai teks).`,
    );
    const pengguna = (await ringkas(page)).lembar.find((l) => l.nama === LEMBAR)!.sel;
    expect(await bangun(page)).toBe("");
    const r = await ringkas(page);
    expect(r.lembar.find((l) => l.nama === LEMBAR)!.sel).toEqual(pengguna);
    expect(r.lembar.map((l) => l.nama)).toContain("SKM Jawaban");
    // salinan terurut per periode dan layanan: jawaban "3" ada sebagai angka 3 (di baris mana pun), tidak sebagai teks
    const kolomG = Object.entries(r.lembar.find((l) => l.nama === "SKM Jawaban")!.sel)
      .filter(([a]) => /^G\d+$/.test(a) && a !== "G1")
      .map(([, x]) => x.v);
    expect(kolomG.filter((v) => v === 3)).toHaveLength(1);
    expect(kolomG).not.toContain("3");
    // lembar pengguna sekarang: data awal + jawaban susulan dari uji pertama, dengan "3" bertipe teks
    const isi = [...nilaiLembar, selExcel(susulan)];
    isi[5] = [...isi[5]];
    isi[5][6] = "3";
    bandingkanHasil(
      evaluasiBuku(bukuDari(r)),
      hasilInti(isi, { periode: "triwulan", penimbang: "0.111", pembulatanNrr: 2, hasilUnit: "gabungan" }),
    );
    expect(galatHalaman).toEqual([]);
  });
});

test("tanpa Excel: berkas CSV → unduhan .xlsx = kinerja skm --xlsx, angka = inti", async () => {
  const page = await halaman(false);
  const diminta: string[] = [];
  page.on("request", (r) => void diminta.push(new URL(r.url()).pathname));
  galatHalaman.length = 0;
  try {
    const kisi = subsetFormulir(5);
    const csv =
      kisi.map((b) => b.map((s) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s)).join(",")).join("\n") + "\n";
    // csv-parse (build peramban) dimuat saat berkas CSV dibaca, bukan saat panel tampil
    const csvParse = (): string[] => diminta.filter((p) => /^\/csv\.[0-9a-f]{8}\.js$/.test(p));
    await pilih(page, "metode", "skmSiklus");
    expect(await page.locator("#siklus-pilih-berkas").isVisible()).toBe(true);
    expect(await page.locator("#siklus-pilih-lembar").isHidden()).toBe(true);
    expect(csvParse()).toEqual([]);
    // CSV rusak: pesan berbahasa Indonesia yang menyebut baris (aturan CSV core/skm-siklus-tabel.ts)
    await page
      .locator("#siklus-berkas")
      .setInputFiles({ name: "rusak.csv", mimeType: "text/csv", buffer: Buffer.from('a,b\n1,"2\n', "utf8") });
    await page
      .locator("#siklus-status", {
        hasText: "rusak.csv baris 2: CSV tidak dapat diurai (tanda kutip tidak tertutup)",
      })
      .waitFor({ timeout: 20000 });
    expect(csvParse()).toHaveLength(1);
    await page
      .locator("#siklus-berkas")
      .setInputFiles({ name: "formulir.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
    await page.locator("#siklus-kolom").waitFor({ state: "visible", timeout: 20000 });
    expect(await nilaiDari(page, "siklus-waktu")).toBe("Cap waktu");
    expect(await page.locator("#siklus-rujukan").textContent()).toBe("");
    await pilih(page, "siklus-hasil-unit", "rerata");
    await page.locator("#siklus-unit input").fill("Kecamatan Contoh");
    const [unduhan] = await Promise.all([
      page.waitForEvent("download", { timeout: 30000 }),
      page.locator("#bangun").click(),
    ]);
    const berkas = path.join(AKAR, "test-results/unduh", "siklus-panel.xlsx");
    fs.mkdirSync(path.dirname(berkas), { recursive: true });
    await unduhan.saveAs(berkas);
    const buku = await bacaXlsx(berkas);

    // buku kerja yang sama dengan CLI: setiap rumus dan nilai masukan di tempat yang sama
    const cli = rencanaSiklusDariCli(
      siklusDariTabel(tabelDariCsv(csv, "formulir.csv", parse), {
        layanan: "Jenis Layanan",
        waktu: "Cap waktu",
        hasilUnit: "rerata",
      }),
      "Kecamatan Contoh",
    );
    expect(Object.keys(buku.lembar).sort()).toEqual([...cli.lembar.map((l) => l.nama), "_pkp"].sort());
    let rumus = 0;
    for (const l of cli.lembar) {
      for (const { alamat: a, sel } of selBeralamat(l)) {
        const x = buku.lembar[l.nama].get(a);
        if (sel.rumus !== undefined) {
          expect({ l: l.nama, a, f: x?.formula }).toEqual({ l: l.nama, a, f: sel.rumus });
          rumus++;
        } else if (sel.nilai !== undefined && typeof sel.nilai !== "number")
          expect({ l: l.nama, a, v: x?.value }).toEqual({ l: l.nama, a, v: sel.nilai });
      }
    }
    expect(rumus).toBeGreaterThan(1000);
    const nilaiLembar = [kisi[0], ...kisi.slice(1).map(selExcel)];
    expect(
      bandingkanHasil(
        evaluasiBuku(buku),
        hasilInti(nilaiLembar, { periode: "semester", penimbang: "1/n", pembulatanNrr: null, hasilUnit: "rerata" }),
      ),
    ).toBe(2 * 4);
    expect(galatHalaman).toEqual([]);
  } finally {
    await page.close();
  }
});
