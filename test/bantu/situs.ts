/**
 * Pembantu uji peramban: menyajikan dist/web di 127.0.0.1 (port acak) dan meluncurkan Chromium headless
 * (test/bantu/peramban.ts mencarinya). Tanpa build → galat yang jelas.
 */
import * as fs from "fs";
import * as http from "http";
import type { AddressInfo } from "net";
import * as path from "path";
import { chromium, type Browser } from "playwright-core";
import { cariPeramban } from "./peramban";

export const AKAR = path.resolve(__dirname, "../..");
export const WEB = path.join(AKAR, "dist/web");

const JENIS: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml",
};

export interface Situs {
  asal: string;
  tutup(): Promise<void>;
}

export async function sajikan(akar: string = WEB): Promise<Situs> {
  if (!fs.existsSync(path.join(akar, "taskpane.html")))
    throw new Error(`${path.relative(AKAR, akar)}/taskpane.html tidak ada: jalankan npm run build`);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const berkas = path.normalize(path.join(akar, decodeURIComponent(url.pathname)));
    if (!berkas.startsWith(akar) || !fs.existsSync(berkas) || !fs.statSync(berkas).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": JENIS[path.extname(berkas)] ?? "application/octet-stream" });
    fs.createReadStream(berkas).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  return {
    asal: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    tutup: () => new Promise<void>((r) => server.close(() => r())),
  };
}

export function luncurkan(): Promise<Browser> {
  return chromium.launch({
    executablePath: cariPeramban(),
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
