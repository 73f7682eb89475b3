/**
 * Tangkapan layar README (docs/gambar/pane-*.png) dalam uji peramban:
 * - biasa (`npm test`): tangkapan baru ditulis ke test-results/gambar/ dan DIBANDINGKAN dengan docs/gambar/
 *   (ukuran sama, piksel berbeda ≤ 0,5 %); berkas yang dilacak git tidak pernah ditulis;
 * - `npm run gambar` (PKP_GAMBAR=tulis): docs/gambar/ ditulis ulang.
 * Piksel dibandingkan di Chromium sendiri (canvas), tanpa pustaka PNG tambahan.
 */
import * as fs from "fs";
import * as path from "path";
import type { Browser } from "playwright-core";

export const TULIS_GAMBAR = process.env.PKP_GAMBAR === "tulis";

export interface Beda {
  lebar: [number, number];
  tinggi: [number, number];
  /** Bagian piksel yang berbeda (0–1) bila ukurannya sama; 1 bila ukurannya berbeda. */
  bagian: number;
}

/** Membandingkan dua PNG di peramban: piksel berbeda bila selisih suatu kanal > 48. */
export async function bandingPng(browser: Browser, a: Buffer, b: Buffer): Promise<Beda> {
  const page = await browser.newPage();
  try {
    return await page.evaluate(
      async ([x, y]) => {
        const muat = async (d: string): Promise<ImageData> => {
          const img = new Image();
          img.src = `data:image/png;base64,${d}`;
          await img.decode();
          const c = document.createElement("canvas");
          c.width = img.naturalWidth;
          c.height = img.naturalHeight;
          const g = c.getContext("2d")!;
          g.drawImage(img, 0, 0);
          return g.getImageData(0, 0, c.width, c.height);
        };
        const p = await muat(x);
        const q = await muat(y);
        const hasil = {
          lebar: [p.width, q.width] as [number, number],
          tinggi: [p.height, q.height] as [number, number],
          bagian: 1,
        };
        if (p.width !== q.width || p.height !== q.height) return hasil;
        let beda = 0;
        for (let i = 0; i < p.data.length; i += 4) {
          if (
            Math.abs(p.data[i] - q.data[i]) > 48 ||
            Math.abs(p.data[i + 1] - q.data[i + 1]) > 48 ||
            Math.abs(p.data[i + 2] - q.data[i + 2]) > 48
          )
            beda++;
        }
        hasil.bagian = beda / (p.width * p.height);
        return hasil;
      },
      [a.toString("base64"), b.toString("base64")] as const,
    );
  } finally {
    await page.close();
  }
}

/**
 * Menyimpan tangkapan `png` sebagai gambar README `nama`: ditulis ke docs/gambar (npm run gambar) atau ke
 * test-results/gambar lalu dibandingkan; galat berisi cara memperbarui gambar bila berbeda.
 */
export async function simpanAtauBandingkan(browser: Browser, akar: string, nama: string, png: Buffer): Promise<void> {
  const resmi = path.join(akar, "docs/gambar", nama);
  if (TULIS_GAMBAR) {
    fs.mkdirSync(path.dirname(resmi), { recursive: true });
    fs.writeFileSync(resmi, png);
    return;
  }
  const baru = path.join(akar, "test-results/gambar", nama);
  fs.mkdirSync(path.dirname(baru), { recursive: true });
  fs.writeFileSync(baru, png);
  if (!fs.existsSync(resmi)) throw new Error(`${path.relative(akar, resmi)} belum ada: jalankan \`npm run gambar\``);
  const beda = await bandingPng(browser, png, fs.readFileSync(resmi));
  if (beda.bagian > 0.005) {
    throw new Error(
      `${nama} berbeda dari docs/gambar (ukuran ${beda.lebar[0]}×${beda.tinggi[0]} vs ${beda.lebar[1]}×${beda.tinggi[1]}, ` +
        `${(beda.bagian * 100).toFixed(2)} % piksel). Tangkapan baru: ${path.relative(akar, baru)}. ` +
        "Bila perubahan tampilan disengaja, jalankan `npm run gambar` dan commit gambarnya.",
    );
  }
}
