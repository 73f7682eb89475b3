/**
 * Mencari peramban Chromium untuk uji peramban (playwright-core tidak mengunduh peramban di sini):
 * 1. variabel lingkungan PKP_PERAMBAN, lalu CHROME_PATH (path berkas yang dapat dijalankan);
 * 2. lokasi biasa Chromium, Google Chrome dan Microsoft Edge di Linux, Windows dan macOS.
 * Tidak ada → galat dengan petunjuk pemasangan untuk sistem itu (uji gagal, tidak dilewati diam-diam).
 */
import * as fs from "fs";
import * as path from "path";

export type Platform = "linux" | "win32" | "darwin" | string;

/** Lokasi biasa per sistem, urut dari yang paling disukai. */
export function lokasiBiasa(platform: Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === "win32") {
    const akar = [env.PROGRAMFILES, env["PROGRAMFILES(X86)"], env.LOCALAPPDATA].filter((x): x is string => Boolean(x));
    return [
      ...akar.map((a) => path.win32.join(a, "Google", "Chrome", "Application", "chrome.exe")),
      ...akar.map((a) => path.win32.join(a, "Microsoft", "Edge", "Application", "msedge.exe")),
      ...akar.map((a) => path.win32.join(a, "Chromium", "Application", "chrome.exe")),
    ];
  }
  if (platform === "darwin") {
    const app = [
      "Google Chrome.app/Contents/MacOS/Google Chrome",
      "Chromium.app/Contents/MacOS/Chromium",
      "Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
    ];
    return [
      ...app.map((a) => `/Applications/${a}`),
      ...(env.HOME ? app.map((a) => `${env.HOME}/Applications/${a}`) : []),
    ];
  }
  return [
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/snap/bin/chromium",
    "/usr/bin/google-chrome",
    "/usr/bin/google-chrome-stable",
    "/opt/google/chrome/chrome",
    "/usr/bin/microsoft-edge",
    "/usr/bin/microsoft-edge-stable",
  ];
}

export function petunjukPasang(platform: Platform): string {
  if (platform === "win32")
    return "pasang Google Chrome atau Microsoft Edge (biasanya sudah ada), atau set PKP_PERAMBAN=C:\\path\\ke\\chrome.exe";
  if (platform === "darwin")
    return "pasang Google Chrome (https://www.google.com/chrome/) atau set PKP_PERAMBAN=/path/ke/peramban";
  return "Debian/Ubuntu: `sudo apt-get install -y chromium`; atau set PKP_PERAMBAN=/path/ke/chromium";
}

/** Path peramban yang ditemukan, atau galat yang menjelaskan apa yang harus dipasang. */
export function cariPeramban(
  env: NodeJS.ProcessEnv = process.env,
  platform: Platform = process.platform,
  ada: (p: string) => boolean = fs.existsSync,
): string {
  for (const nama of ["PKP_PERAMBAN", "CHROME_PATH"]) {
    const p = env[nama];
    if (!p) continue;
    if (!ada(p)) throw new Error(`${nama}=${p} tidak ada. Perbaiki path-nya atau hapus variabel itu.`);
    return p;
  }
  const calon = lokasiBiasa(platform, env);
  const ketemu = calon.find((p) => ada(p));
  if (ketemu) return ketemu;
  throw new Error(
    `Peramban Chromium/Chrome/Edge tidak ditemukan (dicari: PKP_PERAMBAN, CHROME_PATH, ${calon.join(", ")}). Untuk uji peramban: ${petunjukPasang(platform)}.`,
  );
}
