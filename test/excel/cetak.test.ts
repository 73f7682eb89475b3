/**
 * Adaptor Office.js: tata letak dan cetak (src/hosts/excel/cetak.ts) terhadap host uji dalam memori
 * (test/bantu/host-uji.js): halaman A4, muat satu halaman lebar, area dan judul cetak, kepala/kaki,
 * bungkus teks, tinggi baris, kolom bantu BSC dikelompokkan dan diciutkan; set persyaratan lama →
 * dilewati dengan peringatan; tetap paling banyak 3 sync.
 */
import { terapkanRencana, type AlatTerapkan } from "../../src/hosts/excel/excel";
import { buatRencana } from "../../src/metode/index";
import { rapikan } from "../../src/plans/tata-letak";

interface LembarTiruan {
  nama: string;
  gabung: string[];
  lebar: Record<string, number>;
  tinggi: Record<string, number>;
  kelompok: { rentang: string; kelompok: boolean; sembunyi: boolean }[];
  cetak: Record<string, unknown>;
  grafik: { posisi: string; sampai?: string }[];
  sel: Record<string, { gaya: Record<string, unknown> }>;
}
interface HostUji {
  Office: { context: { requirements: { isSetSupported(s: string, v: string): boolean } } };
  Excel: { run<T>(f: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> };
  statistik: { sync: number };
  ringkas(): { lembar: LembarTiruan[] };
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buatHostUji } = require("../bantu/host-uji.js") as { buatHostUji: (o?: { versiMaks?: string }) => HostUji };

const alat = (h: HostUji): AlatTerapkan => ({
  konfirmasi: async () => true,
  dukung: (s, v) => h.Office.context.requirements.isSetSupported(s, v),
  waktu: "2024-01-01T00:00:00Z",
});

test("BSC dua unit: tata halaman, bungkus, tinggi baris dan kolom bantu ditulis dalam ≤ 3 sync", async () => {
  const h = buatHostUji();
  const r = buatRencana("bsc", { unit: ["Dinas A", "Dinas B"] });
  const hasil = await h.Excel.run((ctx) => terapkanRencana(ctx, r, alat(h)));
  expect(hasil.dilewati).toEqual([]);
  expect(h.statistik.sync).toBeLessThanOrEqual(3);
  const rr = rapikan(r);
  for (const l of rr.lembar) {
    const w = h.ringkas().lembar.find((x) => x.nama === l.nama) as LembarTiruan;
    const c = l.cetak!;
    expect(w.cetak).toEqual({
      paperSize: "A4",
      orientation: c.orientasi === "mendatar" ? "Landscape" : "Portrait",
      zoom: c.satuHalamanLebar ? { horizontalFitToPages: 1, verticalFitToPages: 0 } : { scale: c.skala },
      ...(c.satuHalamanLebar ? {} : { printOrder: "OverThenDown" }),
      ...(c.judulKolom ? { printTitleColumns: c.judulKolom.replace(/([A-Z]+)/g, "$$$1") } : {}),
      ...(c.putusBaris ? { putus: c.putusBaris.map((b) => `A${b}`) } : {}),
      printArea: c.area,
      ...(c.judulBaris ? { printTitleRows: c.judulBaris.replace(/(\d+)/g, "$$$1") } : {}),
      leftHeader: "Balanced Scorecard",
      centerHeader: c.kepala.tengah,
      rightHeader: "",
      leftFooter: "&A",
      centerFooter: c.kaki.tengah,
      rightFooter: "Halaman &P dari &N",
    });
    for (const t of l.tinggiBaris ?? []) expect(w.tinggi[t.baris]).toBe(t.tinggi);
    for (const b of l.bungkus ?? [])
      expect(w.sel[b.split(":")[0]]?.gaya).toMatchObject({ wrap: true, vertical: "Top" });
    for (const g of l.grafik ?? []) expect(w.grafik.find((x) => x.posisi === g.posisi)?.sampai).toBe(g.sampai);
  }
  const a = h.ringkas().lembar.find((x) => x.nama === "BSC Dinas A") as LembarTiruan;
  expect(a.cetak.centerHeader).toBe("Dinas A");
  expect(a.kelompok).toEqual([{ rentang: "I:J", arah: "ByColumns", kelompok: true, sembunyi: true }]);
  // kepala tabel dibungkus: "Capaian × bobot" (J5) dan lebar kolom dari isinya, bukan 13 tetap
  expect(a.sel["J5"].gaya).toMatchObject({ wrap: true });
});

test("ExcelApi 1.8: tata halaman dan kelompok dilewati dengan peringatan; kolom bantu tetap disembunyikan", async () => {
  const h = buatHostUji({ versiMaks: "1.8" });
  const r = buatRencana("bsc", {});
  const hasil = await h.Excel.run((ctx) => terapkanRencana(ctx, r, alat(h)));
  expect(hasil.dilewati.map((d) => d.fitur).sort()).toEqual(["kelompokKolom", "tataHalaman"]);
  expect(hasil.peringatan.join(" ")).toMatch(/Tata halaman cetak dilewati: Excel ini belum mendukung ExcelApi 1\.9/);
  const w = h.ringkas().lembar.find((x) => x.nama === "BSC") as LembarTiruan;
  expect(w.cetak).toEqual({});
  expect(w.kelompok).toEqual([{ rentang: "I:J", sembunyi: true, kelompok: false }]);
});

interface GrafikTiruan {
  posisi: string;
  formatLabel?: string;
  labelNilai?: boolean;
  sumbuY?: { format?: string; min?: number };
}

test("grafik Office.js: label data dan sumbu nilai berformat sel data (≤ 2 desimal, persen tanpa desimal di sumbu), ExcelApi 1.8", async () => {
  const h = buatHostUji();
  // log layanan Dumai Timur: ketepatan waktu berformat "0.00%" (plans/layanan.ts)
  const r = buatRencana("layanan", { contoh: true });
  const hasil = await h.Excel.run((ctx) => terapkanRencana(ctx, r, alat(h)));
  expect(hasil.dilewati).toEqual([]);
  const w = h.ringkas().lembar.find((x) => x.nama === "Layanan Ringkasan") as LembarTiruan;
  const g = w.grafik[0] as GrafikTiruan;
  expect(g.labelNilai).toBe(true);
  expect(g.formatLabel).toBe("0.00%");
  expect(g.sumbuY).toMatchObject({ format: "0%", min: 0 });
});

test('grafik Office.js: LAN tipe I (Bobot Variabel 7 desimal) → label dan sumbu "#,##0.00"', async () => {
  const h = buatHostUji();
  const r = buatRencana("lan1998", { tipe: "I", pola: "lengkap", mode: "kerangka", unit: [] });
  await h.Excel.run((ctx) => terapkanRencana(ctx, r, alat(h)));
  const w = h.ringkas().lembar.find((x) => x.nama === "LAN-I Ringkasan") as LembarTiruan;
  const g = w.grafik[0] as GrafikTiruan;
  expect(g.formatLabel).toBe("#,##0.00");
  expect(g.sumbuY?.format).toBe("#,##0.00");
  // 17 variabel (> 8): grafik membaca blok urut H5:H21 yang tidak diciutkan (Excel tidak menggambar sel tersembunyi)
  expect((g as GrafikTiruan & { data?: string }).data).toMatch(/H5:\$?H\$?21$/);
  expect(w.kelompok).toEqual([]);
});

test("grafik Office.js di ExcelApi 1.7: label nilai tetap tampak, format angka dilewati dengan peringatan", async () => {
  const h = buatHostUji({ versiMaks: "1.7" });
  const r = buatRencana("layanan", { contoh: true });
  const hasil = await h.Excel.run((ctx) => terapkanRencana(ctx, r, alat(h)));
  expect(hasil.dilewati.map((d) => d.fitur)).toContain("formatGrafik");
  expect(hasil.peringatan.join(" ")).toMatch(
    /Format angka label dan sumbu grafik dilewati: Excel ini belum mendukung ExcelApi 1\.8/,
  );
  const g = (h.ringkas().lembar.find((x) => x.nama === "Layanan Ringkasan") as LembarTiruan).grafik[0] as GrafikTiruan;
  expect(g.labelNilai).toBe(true);
  expect(g.formatLabel).toBeUndefined();
  expect(g.sumbuY?.format).toBeUndefined();
});
