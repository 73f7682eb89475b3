/**
 * Host Excel task pane (src/taskpane/host-excel.ts) dengan global `Office` dan `Excel` dari Microsoft
 * office-addin-mock (OfficeMockObject). `Office.context.requirements.isSetSupported` meniru Excel yang
 * hanya mendukung ExcelApi 1.7; `Excel.run` memakai konteks penghitung sync dari host uji.
 * Yang diuji: jalur bawaan adaptor (pemeriksaan set persyaratan lewat Office.js, tanpa alat suntikan),
 * jumlah context.sync() untuk tabel LAN tipe I 23 unit, dan fitur 1.8 yang dilewati dengan sopan.
 */
import { OfficeMockObject } from "office-addin-mock";
import type { HostUI } from "../../src/taskpane/ui";
import type { Pemuat } from "../../src/taskpane/muat";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buatHostUji } = require("../bantu/host-uji.js") as {
  buatHostUji: (o?: { versiMaks?: string }) => {
    Office: { context: { requirements: { isSetSupported(s: string, v: string): boolean } } };
    Excel: { run<T>(f: (ctx: unknown) => Promise<T>): Promise<T> };
    statistik: { sync: number; run: number };
    ringkas(): { lembar: { nama: string; validasi: unknown[] }[] };
  };
};

const UNIT_23 = Array.from({ length: 23 }, (_, i) => `Unit ${i + 1}`);

test("hostExcel membangun LAN tipe I untuk 23 unit dalam ≤ 3 sync; validasi data (ExcelApi 1.8) dilewati di Excel 1.7", async () => {
  const h = buatHostUji({ versiMaks: "1.7" });
  const panggilanSet: string[] = [];
  const office = new OfficeMockObject({
    context: {
      requirements: {
        isSetSupported: (nama: string, versi: string) => {
          panggilanSet.push(`${nama} ${versi}`);
          return h.Office.context.requirements.isSetSupported(nama, versi);
        },
      },
    },
    onReady: () => Promise.resolve({}),
  });
  const excel = new OfficeMockObject({ run: (f: (ctx: unknown) => Promise<unknown>) => h.Excel.run(f) });
  const g = globalThis as unknown as { Office: unknown; Excel: unknown };
  g.Office = office;
  g.Excel = excel;
  // dimuat setelah global terpasang, seperti di runtime Office
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { buatHostExcel } = require("../../src/taskpane/host-excel") as { buatHostExcel(m: Pemuat): HostUI };
  // pembangun dan adaptor lewat impor biasa (Jest tidak menjalankan import() dinamis potongan webpack)
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const hostExcel = buatHostExcel((require("../bantu/pemuat-langsung") as { PEMUAT_LANGSUNG: Pemuat }).PEMUAT_LANGSUNG);

  const kemajuan: number[] = [];
  const hasil = await hostExcel.bangun(
    { id: "lan1998", opsi: { tipe: "I", pola: "lengkap", mode: "hitungBobot", unit: UNIT_23 } },
    { konfirmasi: async () => true, kemajuan: (p: number) => kemajuan.push(p) },
  );

  expect(h.statistik.run).toBe(1);
  expect(h.statistik.sync).toBeLessThanOrEqual(3);
  expect(hasil.jumlahSync).toBe(h.statistik.sync);
  expect(hasil.lembar).toEqual(expect.arrayContaining(["LAN-I Bobot", "LAN-I Ringkasan"]));
  // set persyaratan diperiksa lewat Office.js tiruan Microsoft, dan validasi data 1.8 dilewati dengan pesan
  expect(panggilanSet).toContain("ExcelApi 1.8");
  expect(hasil.dilewati.map((d) => d.set)).toContain("1.8");
  expect(hasil.peringatan.join(" ")).toMatch(/1\.8/);
  expect(h.ringkas().lembar.find((l) => l.nama === "LAN-I Bobot")!.validasi).toHaveLength(0);
  expect(kemajuan[kemajuan.length - 1]).toBe(100);
});
