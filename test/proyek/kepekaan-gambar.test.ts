/**
 * Grafik tornado README (issue 15): dibuat dari lembar "Kepekaan bobot" yang dihitung HyperFormula
 * (bukan dari inti), digambar sebagai SVG, lalu dipotret Chromium tanpa kepala. Uji biasa menulis PNG
 * hanya ke folder sementara; `npm run docs:kepekaan` (SIMPAN_GAMBAR=1) menyalinnya ke
 * docs/grafik/kepekaan-tornado.png, sehingga `npm test` tidak mengubah pohon kerja.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";
import { ASPEK_PEKPPP } from "../../src/frameworks/pekppp";
import { PITA_KEPEKAAN, rentangBobot } from "../../src/core/kepekaan";
import { NAMA_LEMBAR_KEPEKAAN, rencanaKepekaan, type OpsiKepekaanBobot } from "../../src/plans/kepekaan";
import { alamat, selBeralamat } from "../../src/plans/rencana";
import { evaluasiRencana } from "../bantu/mesin-rumus";
import { UKURAN, svgTornado, xDari, type BarisTornado } from "../bantu/gambar-tornado";

const CHROMIUM = "/usr/bin/chromium";
const AKAR = path.resolve(__dirname, "../..");
const TUJUAN = path.join(AKAR, "docs", "grafik", "kepekaan-tornado.png");

/** Contoh (data rekaan, bukan data terbitan): empat unit, enam aspek PEKPPP dengan bobot aspek bawaan. */
const CONTOH: OpsiKepekaanBobot = {
  kriteria: ASPEK_PEKPPP.map((a) => a.nama),
  bobot: ASPEK_PEKPPP.map((a) => a.bobot),
  pita: "pekppp",
  nama: ["Puskesmas Kota", "Kecamatan Barat", "Dinas Pasar", "Disdukcapil"],
  nilai: [
    [4.2, 3.9, 3.6, 4.4, 3.1, 2.8],
    [3.8, 4.1, 3.2, 3.0, 4.0, 3.5],
    [4.6, 4.3, 4.1, 3.9, 4.4, 4.0],
    [3.4, 3.6, 3.9, 4.5, 3.2, 3.0],
  ],
};

function dataTornado(): BarisTornado[] {
  const r = rencanaKepekaan(CONTOH);
  const hf = evaluasiRencana(r);
  const g = r.lembar[0].grafik![0];
  const [awal] = g.data.split(":");
  const p = [...selBeralamat(r.lembar[0])].find((s) => s.alamat === awal)!;
  return CONTOH.kriteria!.map((_, j) => {
    const b = p.baris + j;
    const nilai = (k: number): number => hf(NAMA_LEMBAR_KEPEKAAN, alamat(b, k)) as number;
    const bobot = nilai(1);
    return {
      nama: hf(NAMA_LEMBAR_KEPEKAAN, alamat(b, 0)) as string,
      bobot,
      dari: bobot + nilai(p.kolom),
      sampai: bobot + nilai(p.kolom + 1),
    };
  });
}

test("data tornado dari lembar = rentang kategori inti", () => {
  const d = dataTornado();
  const h = rentangBobot({ nilai: CONTOH.nilai!, bobot: CONTOH.bobot!, pita: PITA_KEPEKAAN.pekppp });
  d.forEach((b, j) => {
    expect(b.nama).toBe(ASPEK_PEKPPP[j].nama);
    expect(b.bobot).toBeCloseTo(ASPEK_PEKPPP[j].bobot, 12); // bobot aspek bawaan berjumlah 1
    expect(b.dari).toBeCloseTo(h.kriteria[j].rentangKategori![0], 9);
    expect(b.sampai).toBeCloseTo(h.kriteria[j].rentangKategori![1], 9);
  });
});

test("grafik tornado: batang SVG di posisi nilai lembar, PNG dari Chromium", async () => {
  if (!fs.existsSync(CHROMIUM)) throw new Error("Chromium tidak ada: jalankan `apt-get install -y chromium`");
  const d = dataTornado();
  const { svg, urutan, tinggi } = svgTornado("Rentang bobot yang menjaga kategori IPP setiap unit (contoh)", d);
  // batang tersempit di atas; setiap batang kiri mulai di "dari", batang kanan berakhir di "sampai"
  for (let i = 1; i < urutan.length; i++)
    expect(urutan[i].sampai - urutan[i].dari).toBeGreaterThanOrEqual(urutan[i - 1].sampai - urutan[i - 1].dari);
  const kiri = [...svg.matchAll(/class="kiri" x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/g)].map((m) => [
    Number(m[1]),
    Number(m[2]),
  ]);
  const kanan = [...svg.matchAll(/class="kanan" x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/g)].map((m) => [
    Number(m[1]),
    Number(m[2]),
  ]);
  urutan.forEach((b, i) => {
    expect(kiri[i][0]).toBeCloseTo(xDari(b.dari), 9);
    expect(kiri[i][0] + kiri[i][1]).toBeCloseTo(xDari(b.bobot), 9);
    expect(kanan[i][0] + kanan[i][1]).toBeCloseTo(xDari(b.sampai), 9);
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
  });
  try {
    const page = await browser.newPage({ viewport: { width: UKURAN.lebar, height: tinggi } });
    await page.route("**/*", (route) => route.abort());
    await page.setContent(`<html><body style="margin:0">${svg}</body></html>`);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tornado-"));
    const png = path.join(dir, "kepekaan-tornado.png");
    await page.screenshot({ path: png, clip: { x: 0, y: 0, width: UKURAN.lebar, height: tinggi } });
    const isi = fs.readFileSync(png);
    expect(isi.subarray(1, 4).toString()).toBe("PNG");
    expect(isi.readUInt32BE(16)).toBe(UKURAN.lebar); // lebar IHDR
    expect(isi.length).toBeGreaterThan(5000);
    if (process.env.SIMPAN_GAMBAR === "1") {
      fs.mkdirSync(path.dirname(TUJUAN), { recursive: true });
      fs.copyFileSync(png, TUJUAN);
    }
  } finally {
    await browser.close();
  }
});

test("README menampilkan grafik tornado yang dibuat uji ini", () => {
  const readme = fs.readFileSync(path.join(AKAR, "README.md"), "utf8");
  expect(readme).toContain("](docs/grafik/kepekaan-tornado.png)");
  expect(fs.existsSync(TUJUAN)).toBe(true);
});
