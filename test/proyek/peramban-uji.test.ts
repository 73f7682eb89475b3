/**
 * Pencari peramban uji (test/bantu/peramban.ts): variabel lingkungan dulu, lalu lokasi biasa Chromium,
 * Chrome dan Edge per sistem; tanpa peramban → galat dengan petunjuk pemasangan (uji gagal, tidak dilewati).
 */
import { cariPeramban, lokasiBiasa } from "../bantu/peramban";

const hanya =
  (...ada: string[]) =>
  (p: string): boolean =>
    ada.includes(p);

test("PKP_PERAMBAN didahulukan, lalu CHROME_PATH; path yang tidak ada → galat yang menyebut variabelnya", () => {
  expect(
    cariPeramban(
      { PKP_PERAMBAN: "/opt/x/chrome", CHROME_PATH: "/opt/y" },
      "linux",
      hanya("/opt/x/chrome", "/opt/y", "/usr/bin/chromium"),
    ),
  ).toBe("/opt/x/chrome");
  expect(cariPeramban({ CHROME_PATH: "/opt/y" }, "linux", hanya("/opt/y", "/usr/bin/chromium"))).toBe("/opt/y");
  expect(() => cariPeramban({ PKP_PERAMBAN: "/salah" }, "linux", hanya("/usr/bin/chromium"))).toThrow(
    "PKP_PERAMBAN=/salah tidak ada",
  );
});

test("Linux: Chromium Debian, lalu Chrome, lalu Edge", () => {
  expect(cariPeramban({}, "linux", hanya("/usr/bin/chromium", "/usr/bin/google-chrome"))).toBe("/usr/bin/chromium");
  expect(cariPeramban({}, "linux", hanya("/usr/bin/google-chrome-stable"))).toBe("/usr/bin/google-chrome-stable");
  expect(cariPeramban({}, "linux", hanya("/usr/bin/microsoft-edge"))).toBe("/usr/bin/microsoft-edge");
});

test("Windows: Chrome atau Edge di Program Files / LOCALAPPDATA", () => {
  const env = {
    PROGRAMFILES: "C:\\Program Files",
    "PROGRAMFILES(X86)": "C:\\Program Files (x86)",
    LOCALAPPDATA: "C:\\Users\\u\\AppData\\Local",
  };
  expect(cariPeramban(env, "win32", hanya("C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe"))).toBe(
    "C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe",
  );
  expect(
    cariPeramban(env, "win32", hanya("C:\\Users\\u\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe")),
  ).toBe("C:\\Users\\u\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe");
  expect(lokasiBiasa("win32", env)[0]).toBe("C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe");
});

test("macOS: /Applications dan ~/Applications", () => {
  expect(
    cariPeramban(
      { HOME: "/Users/u" },
      "darwin",
      hanya("/Users/u/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge"),
    ),
  ).toBe("/Users/u/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge");
  expect(cariPeramban({}, "darwin", hanya("/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"))).toBe(
    "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  );
});

test("tidak ada peramban: galat dengan petunjuk pemasangan untuk sistem itu", () => {
  expect(() => cariPeramban({}, "linux", hanya())).toThrow(/apt-get install -y chromium/);
  expect(() => cariPeramban({}, "win32", hanya())).toThrow(/Google Chrome atau Microsoft Edge/);
  expect(() => cariPeramban({}, "darwin", hanya())).toThrow(/PKP_PERAMBAN/);
});
