/**
 * Uji peramban task pane: dist/web disajikan di 127.0.0.1, Chromium (playwright-core) membuka
 * taskpane.html, office.js dari CDN diganti host uji (test/bantu/host-uji.js: Office/Excel tiruan yang
 * mencatat tulisan). Lalu, dengan klik dan ketik seperti pengguna: pilih LAN, tipe I, hitung bobot,
 * tiga unit, Bangun → periksa tulisan (lembar, rumus, sel masukan, jumlah sync ≤ 4) dan tangkapan layar.
 * Lalu setiap metode (8 pembangun) diisi dan dibangun pada panel baru, dengan tangkapan layar
 * docs/gambar/pane-<id>.png (siklus SKM: dari lembar jawaban di buku kerja tiruan; rinciannya di
 * test/panel/skm-siklus.test.ts); Periksa buku kerja (temuan, pilih sel, tulis ke lembar) → docs/gambar/pane-periksa.png;
 * dan Bangun dengan papan ketik saja (Tab lalu Enter).
 * Tangkapan layar dibandingkan dengan docs/gambar (tangkapan baru di test-results/gambar); hanya
 * `npm run gambar` menulis ulang docs/gambar. Peramban dicari oleh test/bantu/peramban.ts.
 * Tidak pernah dilewati: tanpa build atau tanpa Chromium, uji GAGAL dengan pesan yang jelas.
 */
import * as fs from "fs";
import * as path from "path";
import type { Browser, Page } from "playwright-core";
import { buatRencana, type IdMetode } from "../../src/metode/index";
import { alamat, posisi, selBeralamat } from "../../src/plans/rencana";
import { simpanAtauBandingkan } from "../bantu/gambar";
import { ketikLembar, selExcel, subsetFormulir } from "../bantu/siklus-uji";
import { AKAR, luncurkan, sajikan, type Situs } from "../bantu/situs";

const HOST_UJI = path.join(__dirname, "../bantu/host-uji.js");
const HASIL = path.join(AKAR, "test-results");
const GAMBAR = path.join(AKAR, "docs/gambar");

interface Ringkas {
  statistik: { sync: number; syncAkhirRun: number; run: number; panggilan: number };
  aktif: string | null;
  pilihan: { lembar: string; alamat: string } | null;
  lembar: { nama: string; visibility: string; sel: Record<string, { v?: unknown; f?: string }> }[];
}

let situs: Situs | undefined;
let asal = "";
let browser: Browser | undefined;
let page: Page;
const galatHalaman: string[] = [];
/** Jalur berkas yang diminta halaman dari server lokal (potongan yang dimuat belakangan). */
const dimuat: string[] = [];
/** Potongan pembangun, adaptor Office.js dan Periksa (src/taskpane/muat.ts), diberi hash isi. */
const POTONGAN_BELAKANGAN = /^\/(pembangun|adaptor-excel|periksa)\.[0-9a-f]{8}\.js$/;

beforeAll(async () => {
  situs = await sajikan();
  asal = situs.asal;
  browser = await luncurkan();
  page = await browser.newPage({ viewport: { width: 380, height: 900 } });
  page.on("pageerror", (e) => galatHalaman.push(String(e)));
  const hostUji = fs.readFileSync(HOST_UJI, "utf8");
  // office.js dari CDN → host uji; semua alamat lain di luar server lokal ditolak (tanpa jaringan).
  await page.route("**/*", (route) => {
    const u = route.request().url();
    if (u.startsWith("https://appsforoffice.microsoft.com/"))
      return route.fulfill({ status: 200, contentType: "text/javascript", body: hostUji });
    if (u.startsWith(asal)) {
      dimuat.push(new URL(u).pathname);
      return route.continue();
    }
    return route.abort();
  });
  await page.goto(`${asal}/taskpane.html`);
  await page.locator("#bangun").waitFor({ state: "visible", timeout: 20000 });
}, 60000);

afterAll(async () => {
  await browser?.close();
  await situs?.tutup();
});

test("LAN tipe I, hitung bobot, tiga unit: klik Bangun memuat potongan pembangun dan adaptor, lalu menulis tabel dengan ≤ 4 sync", async () => {
  // panel tampil tanpa kode pembangun, adaptor dan Periksa: dimuat baru saat tombol ditekan
  expect(dimuat.filter((p) => POTONGAN_BELAKANGAN.test(p))).toEqual([]);
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
  const belakangan = dimuat.filter((p) => POTONGAN_BELAKANGAN.test(p)).map((p) => p.split(".")[0]);
  expect(belakangan.sort()).toEqual(["/adaptor-excel", "/pembangun"]);

  const buku = (await page.evaluate(() =>
    (window as unknown as { __pkpUji: { ringkas(): unknown } }).__pkpUji.ringkas(),
  )) as Ringkas;
  const rencana = buatRencana("lan1998", {
    tipe: "I",
    pola: "lengkap",
    mode: "hitungBobot",
    unit: ["Dinas Kependudukan", "Dinas Kesehatan", "Dinas Perhubungan"],
  });
  expect(buku.lembar.map((l) => l.nama)).toEqual(["LAN-I Bobot", "LAN-I Ringkasan", "_pkp"]);
  expect(buku.lembar.find((l) => l.nama === "_pkp")?.visibility).toBe("VeryHidden");
  expect(buku.statistik.sync).toBeLessThanOrEqual(4); // baca, (isi lembar lama), tulis, sembunyikan jangkar
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
  expect(Object.values(bobot.sel).map((s) => s.v)).toEqual(
    expect.arrayContaining(["Dinas Kependudukan", "Dinas Kesehatan", "Dinas Perhubungan"]),
  );

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
  await page.waitForFunction(() => document.querySelector("#lbl-metode")?.textContent === "Method", undefined, {
    timeout: 5000,
  });
  expect(await label.textContent()).toBe("Method");
  expect(await page.locator("#bangun").textContent()).toBe("Build table");
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
  await page.locator("#bahasa").click();
  expect(await label.textContent()).toBe("Metode");
});

test("bangun ulang setelah baris disisipkan dan nilai diketik di atas rumus: panel bertanya, Ya → rumus pulih, nilai di Data Tersimpan", async () => {
  // buku kerja dari uji pertama (LAN tipe I, tiga unit): petugas mengetik di atas =SUM(C7:E7) lalu menyisipkan baris 1
  await page.evaluate(() => {
    const u = (
      window as unknown as {
        __pkpUji: { ketik(l: string, a: string, v: unknown): void; sisipBaris(l: string, b: number): void };
      }
    ).__pkpUji;
    u.ketik("LAN-I Bobot", "C7", 8);
    u.ketik("LAN-I Bobot", "F7", 999.5);
    u.sisipBaris("LAN-I Bobot", 1);
  });
  await page.locator("#unit textarea").fill("Dinas Kependudukan\nDinas Kesehatan\nDinas Perhubungan");
  await page.locator("#bangun").click();
  await page.locator("#konfirmasi").waitFor({ state: "visible", timeout: 20000 });
  const tanya = (await page.locator("#konfirmasi-pesan").textContent()) ?? "";
  expect(tanya).toContain("diketik di atas rumus");
  expect(tanya).toContain('"LAN-I Bobot" (1 sel terisi, mis. F8)');
  await page.locator("#ya").click();
  await page.locator("#hasil p").first().waitFor({ timeout: 20000 });
  expect(await page.locator("#hasil").textContent()).toContain("Data Tersimpan");
  const buku = (await page.evaluate(() =>
    (window as unknown as { __pkpUji: { ringkas(): unknown } }).__pkpUji.ringkas(),
  )) as Ringkas;
  const bobot = buku.lembar.find((l) => l.nama === "LAN-I Bobot")!.sel;
  expect(bobot.F7.f).toBe("=SUM(C7:E7)"); // rumus pulih di tempat rencananya
  expect(bobot.C7.v).toBe(8); // skor tetap di kuncinya walau baris disisipkan di atasnya
  const simpan = buku.lembar.find((l) => l.nama === "Data Tersimpan")!.sel;
  // kolom: Waktu, Lembar, Sel, Label baris, Label kolom, Isian, Nilai, Rumus/label semula, Kunci
  expect([simpan.B2.v, simpan.C2.v, simpan.G2.v, simpan.H2.v]).toEqual(["LAN-I Bobot", "F8", 999.5, "=SUM(C7:E7)"]);
  expect(galatHalaman).toEqual([]);
});

// ---------- setiap metode, Periksa, papan ketik: panel baru (buku kerja tiruan kosong) per uji ----------

async function bukaPanel(): Promise<void> {
  await page.goto(`${asal}/taskpane.html`);
  await page.locator("#bangun").waitFor({ state: "visible", timeout: 20000 });
}

const ringkas = async (): Promise<Ringkas> =>
  (await page.evaluate(() =>
    (window as unknown as { __pkpUji: { ringkas(): unknown } }).__pkpUji.ringkas(),
  )) as Ringkas;

async function pilihMetode(id: IdMetode): Promise<void> {
  await page.locator("#metode").click();
  await page.locator(`#metode fluent-option[value="${id}"]`).click();
  await page
    .locator(`#metode[current-value="${id}"]`)
    .waitFor({ state: "attached", timeout: 5000 })
    .catch(() => undefined);
  expect(await page.locator("#metode").evaluate((el) => (el as HTMLElement & { value: string }).value)).toBe(id);
}

async function bangunDanTunggu(): Promise<void> {
  await page.locator("#bangun").click();
  await page.locator("#hasil p").first().waitFor({ timeout: 20000 });
  expect(await page.locator("#galat").isHidden()).toBe(true);
  expect(await page.locator("#hasil").textContent()).toContain("Tabel selesai dibangun");
}

/** Lembar yang tercatat = lembar rencana + _pkp; rumus (sampai 25 sel hitung) dan nilai label di tempatnya. */
function cocokkan(buku: Ringkas, id: IdMetode, opsi: Record<string, unknown>): number {
  const rencana = buatRencana(id, opsi as never);
  expect(buku.lembar.map((l) => l.nama).sort()).toEqual([...rencana.lembar.map((l) => l.nama), "_pkp"].sort());
  expect(buku.statistik.sync).toBeLessThanOrEqual(4); // baca, (isi lembar lama), tulis, sembunyikan jangkar
  expect(buku.statistik.syncAkhirRun).toBe(0);
  let rumus = 0;
  for (const l of rencana.lembar) {
    const sel = buku.lembar.find((x) => x.nama === l.nama)!.sel;
    for (const { alamat, sel: s } of selBeralamat(l)) {
      if (s.peran === "hitung" && rumus < 25) {
        expect({ lembar: l.nama, alamat, f: sel[alamat]?.f }).toEqual({ lembar: l.nama, alamat, f: s.rumus });
        rumus++;
      }
    }
  }
  expect(rumus).toBeGreaterThanOrEqual(2);
  return rumus;
}

/** Gambar docs/gambar yang ditulis uji ini (untuk dicocokkan dengan README). */
const gambarDitulis = new Set<string>();

/** Tangkapan layar README: dibandingkan dengan docs/gambar (npm test) atau ditulis ulang (npm run gambar). */
async function tangkap(nama: string): Promise<void> {
  gambarDitulis.add(nama);
  const png = await page.screenshot({ fullPage: true });
  expect(png.length).toBeGreaterThan(1000);
  await simpanAtauBandingkan(browser!, AKAR, nama, png);
}

interface KasusMetode {
  id: IdMetode;
  isi: () => Promise<void>;
  opsi: Record<string, unknown>;
  /** Satu rumus khas yang harus ada: lembar, alamat dan potongan rumus. */
  khas?: (buku: Ringkas) => void;
}

const ketikDi = async (id: string, nilai: string): Promise<void> => {
  await page.locator(`#${id} input`).fill(nilai);
};

const KASUS: KasusMetode[] = [
  {
    id: "lan1998",
    opsi: { tipe: "II", pola: "lengkap", mode: "nilaiUnit", unit: ["Dinas Pendapatan", "Dinas Pasar"] },
    isi: async () => {
      await page.locator('#tipe fluent-radio[value="II"]').click();
      await page.locator('#mode fluent-radio[value="nilaiUnit"]').click();
      await page.locator("#unit textarea").fill("Dinas Pendapatan\nDinas Pasar");
    },
  },
  {
    id: "bsc",
    opsi: { unit: ["Bidang Pelayanan", "Bidang Keuangan"] },
    isi: async () => {
      await page.locator("#unit textarea").fill("Bidang Pelayanan\nBidang Keuangan");
    },
  },
  {
    id: "skm",
    opsi: { aturan: "2004", responden: 25 },
    isi: async () => {
      await page.locator('#aturan fluent-radio[value="2004"]').click();
      await ketikDi("responden", "25");
    },
  },
  {
    id: "layanan",
    opsi: { contoh: true },
    isi: async () => {
      expect(await page.locator("#contoh").evaluate((el) => (el as HTMLElement & { checked: boolean }).checked)).toBe(
        true,
      );
    },
  },
  {
    id: "servqual",
    opsi: { responden: 12 },
    isi: async () => {
      await ketikDi("responden-servqual", "12");
    },
    khas: (buku) => {
      const sel = Object.values(buku.lembar.find((l) => l.nama === "SERVQUAL")!.sel);
      expect(sel.some((s) => s.f?.startsWith("=SUMPRODUCT("))).toBe(true);
    },
  },
  {
    id: "sendi",
    opsi: { skalaMin: 1, skalaMaks: 4 },
    isi: async () => {
      await ketikDi("skala-min", "1");
      await ketikDi("skala-maks", "4");
    },
    khas: (buku) => {
      const sel = buku.lembar.find((l) => l.nama === "Sendi Pelayanan")!.sel;
      expect(sel.C4?.v).toBe(4); // label "Skala maksimum" di B4 sejak kolom A hanya nomor (issue 23)
    },
  },
  {
    id: "pekppp",
    opsi: { responden: 6 },
    isi: async () => {
      expect(await page.locator("#bagian-pekppp").isVisible()).toBe(true);
      expect(await page.locator("#bagian-unit").isHidden()).toBe(true);
      await ketikDi("responden-pekppp", "6");
    },
    khas: (buku) => {
      expect(buku.lembar.map((l) => l.nama)).toEqual(
        expect.arrayContaining(["PEKPPP", "PEKPPP Publik", "PEKPPP Ringkasan"]),
      );
      const publik = buku.lembar.find((l) => l.nama === "PEKPPP Publik")!.sel;
      expect(publik.A11?.v).toBe("Responden 6");
      expect(publik.A12?.v).toBe("Rata-rata butir");
    },
  },
  {
    id: "lanAlternatif1",
    opsi: { baris: 4 },
    isi: async () => {
      expect(await page.locator("#bagian-lan-alt1").isVisible()).toBe(true);
      expect(await page.locator("#bagian-unit").isHidden()).toBe(true);
      await ketikDi("jumlah-jenis", "4");
    },
    khas: (buku) => {
      const sel = buku.lembar.find((l) => l.nama === "LAN Alternatif I")!.sel;
      expect(sel.B5?.v).toBe("JENIS PELAYANAN");
      expect(sel.A10?.v).toBe(4);
      expect(sel.L7?.f).toContain("CHOOSE(");
    },
  },
  {
    id: "pegawai",
    opsi: { pegawai: 4, skala: "lan" },
    isi: async () => {
      await ketikDi("jumlah-pegawai", "4");
      await page.locator('#skala-pegawai fluent-radio[value="lan"]').click();
    },
    khas: (buku) => {
      const sel = buku.lembar.find((l) => l.nama === "Kinerja Pegawai")!.sel;
      expect(sel.A11?.v).toBe("Pegawai 4");
      expect(sel.A12).toBeUndefined();
      expect(sel.H8?.f).toContain("CHOOSE(");
    },
  },
];

describe.each(KASUS)("metode $id", (k) => {
  test(`isi panel, Bangun, rumus di tempatnya; docs/gambar/pane-${k.id}.png`, async () => {
    await bukaPanel();
    galatHalaman.length = 0;
    await pilihMetode(k.id);
    await k.isi();
    await bangunDanTunggu();
    const buku = await ringkas();
    cocokkan(buku, k.id, k.opsi);
    k.khas?.(buku);
    await tangkap(`pane-${k.id}.png`);
    expect(galatHalaman).toEqual([]);
  });
});

test("metode skmSiklus: lembar jawaban di buku kerja, kolom dan periode dipilih, Bangun merujuk lembar itu; docs/gambar/pane-skmSiklus.png", async () => {
  await bukaPanel();
  galatHalaman.length = 0;
  const kisi = subsetFormulir(12);
  await ketikLembar(page, "Form Responses 1", [kisi[0], ...kisi.slice(1).map(selExcel)]);
  await pilihMetode("skmSiklus");
  await page.locator("#siklus-kolom").waitFor({ state: "visible", timeout: 20000 });
  expect(await page.locator("#siklus-unsur li").count()).toBe(9);
  await page.locator("#siklus-periode").click();
  await page.locator('#siklus-periode fluent-option[value="triwulan"]').click();
  await page.locator("#bangun").click();
  await page.waitForFunction(
    () => document.querySelector("#hasil p") || !(document.querySelector("#galat") as HTMLElement).hidden,
    undefined,
    { timeout: 30000 },
  );
  expect(await page.locator("#galat").textContent()).toBe("");
  expect(await page.locator("#hasil").textContent()).toContain("Tabel selesai dibangun");
  const buku = await ringkas();
  expect(buku.lembar.map((l) => l.nama)).toEqual([
    "Form Responses 1",
    "SKM Publikasi",
    "SKM Hasil",
    "SKM Tren",
    "SKM Tindak Lanjut",
    "SKM Profil",
    "SKM Peta Jawaban",
    "SKM Hitungan",
    "_pkp",
  ]);
  // COUNTIFS lembar Hitungan merujuk lembar jawaban pengguna langsung (cap waktu di kolom A)
  expect(
    Object.values(buku.lembar.find((l) => l.nama === "SKM Hitungan")!.sel).some((x) =>
      (x.f ?? "").includes("'Form Responses 1'!$A$2:$A$"),
    ),
  ).toBe(true);
  expect(buku.lembar.find((l) => l.nama === "SKM Hasil")!.sel.A11.v).toBe("2025-Q3");
  await tangkap("pane-skmSiklus.png");
  expect(galatHalaman).toEqual([]);
});

test("LAN pola kedua II+III, lima variabel dari data, angka per indikator: opsi panel sampai ke rencana", async () => {
  await bukaPanel();
  galatHalaman.length = 0;
  await pilihMetode("lan1998");
  await page.locator('#tipe fluent-radio[value="II+III"]').click();
  await page.locator('#pola fluent-radio[value="limaData"]').click();
  await page.locator('#mode fluent-radio[value="nilaiUnit"]').click();
  await page.locator("#per-indikator").click();
  await page.locator("#unit textarea").fill("Dinas Pasar");
  await bangunDanTunggu();
  const buku = await ringkas();
  cocokkan(buku, "lan1998", {
    tipe: "II+III",
    pola: "limaData",
    mode: "nilaiUnit",
    unit: ["Dinas Pasar"],
    perIndikator: true,
  });
  expect(buku.lembar.map((l) => l.nama)).toEqual(expect.arrayContaining(["LAN-II+III Kerangka", "LAN-II+III Nilai"]));
  expect(galatHalaman).toEqual([]);
});

test("Kinerja pegawai, skala Predikat PermenPAN-RB 6/2022: lembar predikat dengan matriks", async () => {
  await bukaPanel();
  galatHalaman.length = 0;
  await pilihMetode("pegawai");
  await ketikDi("jumlah-pegawai", "3");
  await page.locator('#skala-pegawai fluent-radio[value="2022"]').click();
  await bangunDanTunggu();
  const buku = await ringkas();
  cocokkan(buku, "pegawai", { pegawai: 3, skala: "2022" });
  const sel = buku.lembar.find((l) => l.nama === "Predikat Pegawai")!.sel;
  expect(sel.E5?.f).toContain("INDEX(");
  expect(galatHalaman).toEqual([]);
});

test("Periksa buku kerja: temuan tercantum, Enter/klik memilih sel, tulis temuan ke lembar; docs/gambar/pane-periksa.png", async () => {
  await bukaPanel();
  galatHalaman.length = 0;
  const opsi = {
    tipe: "I",
    pola: "lengkap",
    mode: "hitungBobot",
    unit: ["Dinas Kependudukan", "Dinas Kesehatan", "Dinas Perhubungan"],
  };
  await page.locator("#unit textarea").fill(opsi.unit.join("\n"));
  await bangunDanTunggu();

  const l = buatRencana("lan1998", opsi as never).lembar[0];
  const hitung = [...selBeralamat(l)].find((x) => x.sel.peran === "hitung")!.alamat;
  const skor = (l.validasi ?? []).find((v) => v.maks === 10)!.rentang.split(":")[0];
  // semua skor diisi 7 (seperti pengguna), lalu satu rumus ditimpa 123 dan satu skor diketik 11
  const skorSah = (l.validasi ?? [])
    .filter((v) => v.maks === 10)
    .flatMap((v) => {
      const [p, q] = v.rentang.split(":").map(posisi);
      const a: string[] = [];
      for (let b = p.baris; b <= q.baris; b++) for (let k = p.kolom; k <= q.kolom; k++) a.push(alamat(b, k));
      return a;
    });
  await page.evaluate(
    ([lembar, a, b, semua]) => {
      const u = (window as unknown as { __pkpUji: { ketik(l: string, a: string, v: unknown): void } }).__pkpUji;
      for (const x of semua as string[]) u.ketik(lembar as string, x, 7);
      u.ketik(lembar as string, a as string, 123);
      u.ketik(lembar as string, b as string, 11);
    },
    [l.nama, hitung, skor, skorSah] as const,
  );

  const sebelumPeriksa = dimuat.length;
  await page.locator("#periksa").click();
  await page.locator("#temuan li").first().waitFor({ timeout: 20000 });
  expect(await page.locator("#galat-periksa").isHidden()).toBe(true);
  // kode Periksa (pembaca buku kerja + audit) baru diminta saat tombol Periksa ditekan
  expect(dimuat.slice(sebelumPeriksa).filter((p) => /^\/periksa\.[0-9a-f]{8}\.js$/.test(p))).toHaveLength(1);
  const butir = page.locator("#temuan button.temuan-butir");
  const teks = await butir.allTextContents();
  const iHitung = teks.findIndex((x) => x.startsWith(`${l.nama}!${hitung}`));
  const iSkor = teks.findIndex((x) => x.startsWith(`${l.nama}!${skor}`));
  expect(iHitung).toBeGreaterThanOrEqual(0);
  expect(iSkor).toBeGreaterThanOrEqual(0);
  expect(teks[iHitung]).toContain("Rumus diganti nilai");
  expect(teks[iHitung]).toContain("123");
  expect(teks[iSkor]).toContain("Masukan di luar rentang");
  expect(teks[iSkor]).toContain("ditemukan 11");
  expect(await page.locator("#periksa-status").textContent()).toMatch(/^\d+ temuan/);
  expect(teks).toHaveLength(2);
  expect(await butir.nth(iSkor).getAttribute("aria-label")).toMatch(
    new RegExp(`^${l.nama}!${skor}: Masukan di luar rentang\\. `),
  );

  // papan ketik: fokus ke butir skor, Enter → sel itu dipilih di Excel (satu Excel.run, satu sync)
  const sebelum = await ringkas();
  await butir.nth(iSkor).focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction(
    (a) =>
      (window as unknown as { __pkpUji: { buku: { pilihan: { alamat: string } | null } } }).__pkpUji.buku.pilihan
        ?.alamat === a,
    skor,
    { timeout: 5000 },
  );
  let buku = await ringkas();
  expect(buku.pilihan).toEqual({ lembar: l.nama, alamat: skor });
  expect(buku.aktif).toBe(l.nama);
  expect(buku.statistik.run - sebelum.statistik.run).toBe(1);
  expect(buku.statistik.sync - sebelum.statistik.sync).toBe(1);
  // panah bawah berpindah ke butir berikutnya; klik pada butir rumus memilih selnya
  await page.keyboard.press("ArrowDown");
  expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.className)).toBe("temuan-butir");
  await butir.nth(iHitung).click();
  await page.waitForFunction(
    (a) =>
      (window as unknown as { __pkpUji: { buku: { pilihan: { alamat: string } | null } } }).__pkpUji.buku.pilihan
        ?.alamat === a,
    hitung,
    { timeout: 5000 },
  );

  // tulis ke lembar "Temuan Periksa"
  await page.locator("#tulis-temuan").click();
  await page.waitForFunction(
    () => /ditulis/.test(document.querySelector("#tulis-status")?.textContent ?? ""),
    undefined,
    { timeout: 10000 },
  );
  buku = await ringkas();
  const lembarTemuan = buku.lembar.find((x) => x.nama === "Temuan Periksa")!;
  expect(lembarTemuan).toBeDefined();
  expect(["A1", "B1", "C1", "D1", "E1", "F1"].map((a) => lembarTemuan.sel[a]?.v)).toEqual([
    "Lembar",
    "Sel",
    "Jenis",
    "Pesan",
    "Diharapkan",
    "Ditemukan",
  ]);
  const n = teks.length;
  expect(lembarTemuan.sel[`A${n + 1}`]).toBeDefined();
  expect(lembarTemuan.sel[`A${n + 2}`]).toBeUndefined();
  const barisB = (a: string): number =>
    Number(
      Object.entries(lembarTemuan.sel)
        .find(([k, s]) => k.startsWith("B") && s.v === a)![0]
        .slice(1),
    );
  const bh = barisB(hitung);
  expect([lembarTemuan.sel[`A${bh}`]?.v, lembarTemuan.sel[`C${bh}`]?.v, lembarTemuan.sel[`F${bh}`]?.v]).toEqual([
    l.nama,
    "rumus-diganti-nilai",
    "123",
  ]);
  // rumus yang diharapkan tertulis sebagai teks, bukan sebagai rumus
  expect(lembarTemuan.sel[`E${bh}`]?.v).toBe([...selBeralamat(l)].find((x) => x.alamat === hitung)!.sel.rumus);
  expect(lembarTemuan.sel[`E${bh}`]?.f).toBeUndefined();
  const bs = barisB(skor);
  expect([lembarTemuan.sel[`C${bs}`]?.v, lembarTemuan.sel[`F${bs}`]?.v]).toEqual(["masukan-di-luar-rentang", "11"]);
  expect(buku.aktif).toBe("Temuan Periksa");
  await tangkap("pane-periksa.png");

  // menulis lagi: lembar sudah berisi → konfirmasi panel; Batal → tidak ada yang ditulis
  await page.locator("#tulis-temuan").click();
  await page.locator("#konfirmasi").waitFor({ state: "visible", timeout: 5000 });
  expect(await page.locator("#konfirmasi-pesan").textContent()).toContain("Temuan Periksa");
  const panggilan = (await ringkas()).statistik.panggilan;
  await page.locator("#tidak").click();
  await page.waitForFunction(
    () => /Dibatalkan/.test(document.querySelector("#tulis-status")?.textContent ?? ""),
    undefined,
    { timeout: 5000 },
  );
  expect((await ringkas()).statistik.panggilan).toBe(panggilan);
  expect(galatHalaman).toEqual([]);
});

test("Periksa pada buku kerja tanpa tabel add-in dan pada tabel utuh: pesan jelas", async () => {
  await bukaPanel();
  await page.locator("#periksa").click();
  await page.locator("#temuan li").first().waitFor({ timeout: 10000 });
  expect(await page.locator("#temuan").textContent()).toContain("Bukan buatan add-in");
  // tabel PEKPPP (evaluator dan formulir publik) diisi lengkap → tidak ada temuan
  await pilihMetode("pekppp");
  await bangunDanTunggu();
  await page.evaluate(() => {
    const u = (window as unknown as { __pkpUji: { ketik(l: string, a: string, v: unknown): void } }).__pkpUji;
    for (let b = 5; b <= 34; b++) u.ketik("PEKPPP", `F${b}`, 4);
    // formulir publik bawaan: 10 responden (baris 6–15) × 6 butir (kolom B–G)
    for (let b = 6; b <= 15; b++)
      for (const k of ["B", "C", "D", "E", "F", "G"]) u.ketik("PEKPPP Publik", `${k}${b}`, 4);
  });
  await page.locator("#periksa").click();
  await page.waitForFunction(
    () => /Tidak ada temuan/.test(document.querySelector("#periksa-status")?.textContent ?? ""),
    undefined,
    { timeout: 10000 },
  );
  expect(await page.locator("#temuan").isHidden()).toBe(true);
  expect(await page.locator("#tulis-temuan").isHidden()).toBe(true);
});

test("papan ketik saja: Tab sampai tombol Bangun lalu Enter membangun tabel", async () => {
  await bukaPanel();
  await page.locator("h1").click();
  let diketik = false;
  let id = "";
  for (let i = 0; i < 40 && id !== "bangun"; i++) {
    await page.keyboard.press("Tab");
    id = await page.evaluate(() => document.activeElement?.id ?? "");
    if (id === "unit" && !diketik) {
      await page.keyboard.type("Unit Satu");
      await page.keyboard.press("Enter");
      await page.keyboard.type("Unit Dua");
      diketik = true;
    }
  }
  expect(diketik).toBe(true);
  expect(id).toBe("bangun");
  await page.keyboard.press("Enter");
  await page.locator("#hasil p").first().waitFor({ timeout: 20000 });
  expect(await page.locator("#hasil").textContent()).toContain("Tabel selesai dibangun");
  const buku = await ringkas();
  cocokkan(buku, "lan1998", { tipe: "I", pola: "lengkap", mode: "hitungBobot", unit: ["Unit Satu", "Unit Dua"] });
});

describe.each([320, 350])("lebar panel %i px (issue 12 butir 6)", (lebar) => {
  test.each(["id", "en"] as const)(
    "bahasa %s: nama metode panjang terpilih tetap satu baris dalam kotaknya; tidak ada yang melewati tepi",
    async (bahasa) => {
      const p = await browser!.newPage({ viewport: { width: lebar, height: 800 } });
      try {
        const hostUji = fs.readFileSync(HOST_UJI, "utf8");
        await p.route("**/*", (route) => {
          const u = route.request().url();
          if (u.startsWith("https://appsforoffice.microsoft.com/"))
            return route.fulfill({ status: 200, contentType: "text/javascript", body: hostUji });
          return u.startsWith(asal) ? route.continue() : route.abort();
        });
        await p.goto(`${asal}/taskpane.html`);
        await p.locator("#bangun").waitFor({ state: "visible", timeout: 20000 });
        if (bahasa === "en") await p.locator("#bahasa").click();
        // metode dengan nama terpanjang di bahasa ini
        const opsi = await p
          .locator("#metode fluent-option")
          .evaluateAll((o) => o.map((x) => ({ v: x.getAttribute("value") ?? "", t: x.textContent ?? "" })));
        let terpanjang = opsi[0];
        for (const o of opsi) if (o.t.length > terpanjang.t.length) terpanjang = o;
        expect(terpanjang.t.length).toBeGreaterThan(30);
        await p.locator("#metode").click();
        await p.locator(`#metode fluent-option[value="${terpanjang.v}"]`).click();
        await p.waitForFunction(
          (v) => (document.querySelector("#metode") as HTMLElement & { value: string }).value === v,
          terpanjang.v,
        );
        const ukur = await p.evaluate(() => {
          const sel = document.querySelector("#metode") as HTMLElement;
          const nilai = sel.shadowRoot!.querySelector('[part~="selected-value"]') as HTMLElement;
          const kotak = sel.getBoundingClientRect();
          const isi = nilai.getBoundingClientRect();
          const lebarJendela = document.documentElement.clientWidth;
          const lewat = [...document.querySelectorAll<HTMLElement>("#aplikasi *")]
            .filter((el) => el.offsetParent !== null && el.getBoundingClientRect().right > lebarJendela + 0.5)
            .map((el) => el.id || el.tagName.toLowerCase());
          return {
            tinggiKotak: kotak.height,
            isiDalamKotak:
              isi.top >= kotak.top - 0.5 && isi.bottom <= kotak.bottom + 0.5 && isi.right <= kotak.right + 0.5,
            barisIsi: Math.round(isi.height / parseFloat(getComputedStyle(nilai).lineHeight)),
            title: sel.title,
            gulirMendatar: document.documentElement.scrollWidth > lebarJendela,
            lewat,
          };
        });
        expect(ukur).toEqual({
          tinggiKotak: expect.any(Number),
          isiDalamKotak: true,
          barisIsi: 1,
          title: terpanjang.t,
          gulirMendatar: false,
          lewat: [],
        });
        expect(ukur.tinggiKotak).toBeLessThanOrEqual(40);
        fs.mkdirSync(path.join(HASIL, "lebar"), { recursive: true });
        await p.screenshot({ path: path.join(HASIL, "lebar", `pane-${lebar}-${bahasa}.png`), fullPage: true });
      } finally {
        await p.close();
      }
    },
  );
});

test("README memakai tepat tangkapan layar yang dibuat uji ini (docs/gambar)", () => {
  const readme = fs.readFileSync(path.join(AKAR, "README.md"), "utf8");
  // cetak-*.png (halaman cetak LibreOffice) diperiksa test/cetak/pdf.test.ts; skm-*.png dibuat test/cetak/skm-siklus-pdf.test.ts
  const dirujuk = new Set(
    [...readme.matchAll(/\]\(docs\/gambar\/([^)]+)\)/g)]
      .map((m) => m[1])
      .filter((g) => !g.startsWith("cetak-") && !g.startsWith("skm-")),
  );
  expect([...dirujuk].sort()).toEqual([...gambarDitulis].sort());
  for (const g of dirujuk) expect(fs.existsSync(path.join(GAMBAR, g))).toBe(true);
});
