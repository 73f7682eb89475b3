/**
 * Paket penerbitan (`npm run paket -- --url …`, scripts/paket.js) dan pemeriksaan alamat ADDIN_URL
 * (scripts/alamat-addin.js, dipakai webpack.config.js): https saja, "/" di akhir, manifest tanpa localhost
 * yang setiap alamatnya menunjuk berkas di situs/ paket.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import JSZip from "jszip";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { normalisasiAlamat } = require("../../scripts/alamat-addin.js") as {
  normalisasiAlamat(s: string, nama?: string): string;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buatPaket } = require("../../scripts/paket.js") as {
  buatPaket(o: {
    url: string;
    build: boolean;
    keluar: string;
  }): Promise<{ berkas: string; url: string; situs: string[] }>;
};

const AKAR = path.resolve(__dirname, "../..");

test("alamat: https saja, '/' di akhir ditambahkan, query/fragmen/kredensial ditolak", () => {
  expect(normalisasiAlamat("https://contoh.go.id/pkp")).toBe("https://contoh.go.id/pkp/");
  expect(normalisasiAlamat(" https://contoh.go.id/pkp/ ")).toBe("https://contoh.go.id/pkp/");
  expect(normalisasiAlamat("https://intranet.kab.go.id:8443")).toBe("https://intranet.kab.go.id:8443/");
  expect(() => normalisasiAlamat("http://contoh.go.id/pkp/")).toThrow(/harus https/);
  expect(() => normalisasiAlamat("contoh.go.id/pkp")).toThrow(/bukan alamat yang sah/);
  expect(() => normalisasiAlamat("")).toThrow(/kosong/);
  expect(() => normalisasiAlamat("https://contoh.go.id/pkp/?a=1")).toThrow(/query/);
  expect(() => normalisasiAlamat("https://u:p@contoh.go.id/")).toThrow(/kata sandi/);
});

test("webpack.config.js menolak ADDIN_URL http dan menambahkan '/' pada ADDIN_URL https", () => {
  const lama = process.env.ADDIN_URL;
  try {
    process.env.ADDIN_URL = "http://contoh.go.id/pkp/";
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      expect(() => require("../../webpack.config.js")).toThrow(/ADDIN_URL harus https/);
    });
    process.env.ADDIN_URL = "https://contoh.go.id/pkp";
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      expect(() => require("../../webpack.config.js")).not.toThrow();
    });
  } finally {
    if (lama === undefined) delete process.env.ADDIN_URL;
    else process.env.ADDIN_URL = lama;
  }
});

test("npm run paket -- --url https://contoh.go.id/pkp/: satu zip, manifest tanpa localhost, setiap alamat manifest ada di situs/", async () => {
  const keluar = path.join(AKAR, "test-results/paket");
  const h = await buatPaket({ url: "https://contoh.go.id/pkp", build: false, keluar });
  expect(path.basename(h.berkas)).toMatch(/^penilaian-kinerja-pelayanan-\d+\.\d+\.\d+-contoh\.go\.id\.zip$/);
  const zip = await JSZip.loadAsync(fs.readFileSync(h.berkas));
  const nama = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  const manifest = await zip.file("manifest.xml")!.async("string");
  expect(manifest).not.toMatch(/localhost/i);
  const alamat = [...manifest.matchAll(/(?:DefaultValue|Value)="(https:\/\/[^"]+)"/g)].map((m) => m[1]);
  expect(alamat.length).toBeGreaterThanOrEqual(8);
  for (const a of alamat) {
    expect(a.startsWith("https://contoh.go.id/pkp/")).toBe(true);
    // metadata fungsi kustom: ?v=<sidik isi> (pembaruan sampai ke pengguna tanpa menunggu simpanan 24 jam Office)
    const berkas = a.slice("https://contoh.go.id/pkp/".length).replace(/\?v=[0-9a-f]{12}$/, "");
    expect({ a, ada: nama.includes(`situs/${berkas}`) }).toEqual({ a, ada: true });
  }
  expect(alamat.filter((a) => a.includes("?v=")).length).toBe(2);
  for (const f of [
    "situs/bantuan.html",
    "situs/taskpane.html",
    "situs/taskpane.js",
    "situs/functions.js",
    "situs/functions.json",
    "situs/functions.en-US.json",
    "situs/commands.html",
    "BACA-DULU.txt",
  ])
    expect(nama).toContain(f);
  expect(nama.filter((n) => n.startsWith("situs/") && /manifest/.test(n))).toEqual([]);
  // potongan ExcelJS (unduhan di peramban) ikut
  expect(nama.some((n) => /^situs\/\d+\.[0-9a-f]{8}\.js$/.test(n))).toBe(true);
  expect(await zip.file("BACA-DULU.txt")!.async("string")).toContain("https://contoh.go.id/pkp/taskpane.html");
});

test("--support-url: harus https; tanpa itu halaman bantuan add-in", async () => {
  await expect(
    buatPaket({
      url: "https://contoh.go.id/pkp/",
      build: false,
      keluar: path.join(AKAR, "test-results/paket"),
      dukungan: "http://contoh.go.id/bantuan",
    } as never),
  ).rejects.toThrow(/--support-url harus https/);
  const h = await buatPaket({
    url: "https://contoh.go.id/pkp/",
    build: false,
    keluar: path.join(AKAR, "test-results/paket"),
  });
  const manifest = await (await JSZip.loadAsync(fs.readFileSync(h.berkas))).file("manifest.xml")!.async("string");
  expect(manifest).toContain('<SupportUrl DefaultValue="https://contoh.go.id/pkp/bantuan.html"/>');
});

test("CLI: alamat http ditolak dengan pesan satu baris dan kode 1", () => {
  let galat: { status?: number; stderr?: Buffer } = {};
  try {
    execFileSync(
      process.execPath,
      [path.join(AKAR, "scripts/paket.js"), "--url", "http://contoh.go.id/", "--tanpa-build"],
      { stdio: "pipe" },
    );
  } catch (e) {
    galat = e as typeof galat;
  }
  expect(galat.status).toBe(1);
  expect(String(galat.stderr).trim()).toBe(
    'Paket gagal: --url harus https (Office hanya memuat add-in lewat https): "http://contoh.go.id/"',
  );
});
