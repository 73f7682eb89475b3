/**
 * Buku kerja contoh siap baca dan cetak (issue 12), diperiksa di berkas .xlsx yang ditulis:
 * - setiap sel teks yang tetangga kanannya terisi muat di lebar kolomnya (atau sel gabungannya), atau
 *   dibungkus. Nilai sel rumus dihitung HyperFormula. Taksiran lebar ditulis di sini, terpisah dari kode:
 *   satuan lebar kolom Excel = lebar angka "0" fon bawaan (Calibri 11); huruf rata-rata ≤ 1 satuan,
 *   tebal ≤ 1,1 satuan, judul 14 pt ≤ 14/11 × 1,1 satuan; ditambah 1 satuan ruang sel.
 * - halaman: A4, muat satu halaman lebar, area cetak, kepala/kaki dengan metode dan nomor halaman;
 * - grafik: setiap grafik rencana ada sebagai xl/charts/chartN.xml yang dirujuk gambar lembarnya;
 * - BSC: kolom bantu I–J dikelompokkan dan disembunyikan, dengan catatan letaknya.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { parseStringPromise } from "xml2js";
import { rencanaDemo, tulisDemo } from "../../src/cli/demo";
import { bacaXlsx } from "../../src/hosts/xlsx/xlsx";
import { tulisXlsx } from "../../src/hosts/xlsx/berkas";
import { rencanaBsc } from "../../src/plans/bsc";
import { rencanaSkm } from "../../src/plans/skm";
import { LEMBAR_META } from "../../src/plans/bangun-ulang/index";
import { ID_METODE } from "../../src/metode/daftar";
import { rapikan } from "../../src/plans/tata-letak";
import { evaluasiBuku, type Penilai } from "../bantu/mesin-rumus";

const folder = mkdtempSync(join(tmpdir(), "pkp-cetak-"));
let berkas: string[] = [];
const buku = new Map<string, ExcelJS.Workbook>();
const nilai = new Map<string, Penilai>();

beforeAll(async () => {
  berkas = await tulisDemo(folder);
  for (const b of berkas) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(b);
    buku.set(basename(b), wb);
    nilai.set(basename(b), evaluasiBuku(await bacaXlsx(b)));
  }
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const demo = rencanaDemo();

/** Lebar teks (satuan kolom) menurut fon sel. */
function lebarTeks(teks: string, font: Partial<ExcelJS.Font> | undefined): number {
  const ukuran = font?.size ?? 11;
  const faktor = (ukuran / 11) * (font?.bold ? 1.1 : 1);
  return teks.length * faktor + 1;
}

function teksSel(c: ExcelJS.Cell, hitung: Penilai, lembar: string): string | null {
  const v = c.value as unknown;
  if (typeof v === "string") return v;
  if (v && typeof v === "object" && "formula" in (v as object)) {
    const h = hitung(lembar, c.address);
    return typeof h === "string" ? h : null;
  }
  return null;
}

function terisi(c: ExcelJS.Cell): boolean {
  const v = c.value as unknown;
  return v !== null && v !== undefined && v !== "";
}

describe.each(demo.map((d) => d.berkas))("%s", (nama) => {
  const asal = demo.find((d) => d.berkas === nama)!.rencana;
  const rencana = rapikan(asal);

  test("setiap teks yang tetangga kanannya terisi muat di kolomnya atau dibungkus", () => {
    const wb = buku.get(nama)!;
    const hitung = nilai.get(nama)!;
    const terpotong: string[] = [];
    let diperiksa = 0;
    for (const l of rencana.lembar) {
      const ws = wb.getWorksheet(l.nama)!;
      const lebarKolom = (k: number) => ws.getColumn(k).width ?? 8.43;
      ws.eachRow((row) => {
        row.eachCell((c) => {
          if (c.isMerged && c.master !== c) return;
          const t = teksSel(c, hitung, l.nama);
          if (!t) return;
          // sel gabungan: lebar seluruh gabungan, tetangga kanan = sel setelah gabungan
          let k1 = Number(c.col);
          while (ws.getCell(Number(c.row), k1 + 1).isMerged && ws.getCell(Number(c.row), k1 + 1).master === c) k1++;
          if (!terisi(ws.getCell(Number(c.row), k1 + 1))) return;
          diperiksa++;
          let lebar = 0;
          for (let k = Number(c.col); k <= k1; k++) lebar += lebarKolom(k);
          if (c.alignment?.wrapText) return;
          if (lebarTeks(t, c.font) > lebar)
            terpotong.push(`${l.nama}!${c.address} "${t}" (${lebarTeks(t, c.font).toFixed(1)} > ${lebar.toFixed(1)})`);
        });
      });
    }
    expect(diperiksa).toBeGreaterThan(0);
    expect(terpotong).toEqual([]);
  });

  test("halaman A4, satu halaman lebar atau pita kolom 75 %, area cetak, kepala/kaki dengan nama metode dan nomor halaman", () => {
    const wb = buku.get(nama)!;
    for (const l of rencana.lembar) {
      const ws = wb.getWorksheet(l.nama)!;
      const p = ws.pageSetup;
      const c = l.cetak!;
      expect(p.paperSize).toBe(9);
      if (c.satuHalamanLebar) {
        expect(p.fitToPage).toBe(true);
        expect(p.fitToWidth).toBe(1);
        // tinggi bebas, kecuali lembar yang pembangunnya meminta satu halaman penuh (dan huruf tetap ≥ 8 pt)
        expect(p.fitToHeight).toBe(c.satuHalaman ? 1 : 0);
      } else {
        // pita kolom: skala tetap 75 % (sel 11 pt → 8,25 pt), kolom kunci diulang, ke kanan dulu
        expect({ lembar: l.nama, fit: p.fitToPage, skala: p.scale, urutan: p.pageOrder }).toEqual({
          lembar: l.nama,
          fit: false,
          skala: 75,
          urutan: "overThenDown",
        });
        if (c.judulKolom) expect(p.printTitlesColumn).toBe(c.judulKolom);
      }
      expect(["portrait", "landscape"]).toContain(p.orientation);
      expect(p.printArea).toMatch(/^A1:[A-Z]+\d+$/);
      expect(ws.headerFooter.oddFooter).toContain("&P");
      expect(ws.headerFooter.oddFooter).toContain("&N");
      expect(ws.headerFooter.oddHeader).toMatch(/^&L&11\S/);
      // nama metode, bukan id pembangun (mis. "skmSiklus", "lanAlternatif1")
      // (id yang juga kata biasa — layanan, sendi, pegawai, kepekaan — tidak dapat dibedakan dari teks, jadi tidak diperiksa)
      const id = ID_METODE.filter((x) => /[A-Z0-9]/.test(x) || ["bsc", "skm", "servqual", "pekppp"].includes(x));
      expect(`${ws.headerFooter.oddHeader} ${ws.headerFooter.oddFooter}`).not.toMatch(
        new RegExp(`\\b(${id.join("|")})\\b`),
      );
      if (c.judulBaris) expect(p.printTitlesRow).toMatch(new RegExp(`^\\$?\\d+:\\$?${l.bekukan?.baris}$`));
      else expect(p.printTitlesRow).toBeUndefined();
    }
  });

  test("grafik rencana tertulis sebagai bagian grafik yang dirujuk lembarnya", async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(folder, nama)));
    const grafikRencana = rencana.lembar.flatMap((l) => (l.grafik ?? []).map((g) => ({ lembar: l.nama, g })));
    const chart = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
    expect(chart).toHaveLength(grafikRencana.length);
    const ct = await zip.file("[Content_Types].xml")!.async("string");
    const semua = await Promise.all(chart.map((f) => zip.file(f)!.async("string")));
    for (const { lembar, g } of grafikRencana) {
      const x = semua.find((s) => s.includes(`<a:t>${g.judul.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</a:t>`));
      expect(x).toBeDefined();
      // sebar: satu seri per titik, jadi sel X pertama yang dirujuk (bukan seluruh rentang)
      // kolom/garis dengan beberapa kolom data: satu seri per kolom (kolom pertama yang diperiksa), tornado satu rentang
      const [a, z] = g.data.split(":");
      const satuKolom =
        g.jenis === "tornado" || !z || a.replace(/\d+/g, "") === z.replace(/\d+/g, "")
          ? g.data
          : `${a}:${z.replace(/[A-Z]+/, a.replace(/\d+/g, ""))}`;
      const data = g.jenis === "sebar" ? a : satuKolom;
      const ref = `'${lembar.replace(/'/g, "''")}'!${data.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}`;
      expect(x).toContain(`<c:f>${ref.replace(/&/g, "&amp;")}</c:f>`);
      if (g.seri) for (const s of g.seri) expect(x).toContain(`<c:tx><c:v>${s}</c:v></c:tx>`);
    }
    for (const f of chart) expect(ct).toContain(`PartName="/${f}"`);
    // setiap lembar bergrafik memuat <drawing> yang menunjuk gambar berisi grafiknya
    const wb = buku.get(nama)!;
    for (const l of rencana.lembar.filter((x) => x.grafik?.length)) {
      const idx = wb.worksheets.filter((w) => w.name !== LEMBAR_META).findIndex((w) => w.name === l.nama);
      expect(idx).toBeGreaterThanOrEqual(0);
    }
    const rels = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/_rels\/sheet\d+\.xml\.rels$/.test(f));
    let gambar = 0;
    for (const r of rels) {
      const t = await zip.file(r)!.async("string");
      const m = t.match(/Target="\.\.\/drawings\/(drawing\d+\.xml)"/);
      if (!m) continue;
      gambar++;
      const sheet = await zip.file(r.replace("_rels/", "").replace(/\.rels$/, ""))!.async("string");
      expect(sheet).toMatch(/<drawing r:id="[^"]+"\/>/);
      expect(zip.file(`xl/drawings/${m[1]}`)).not.toBeNull();
    }
    expect(gambar).toBe(rencana.lembar.filter((l) => l.grafik?.length).length);
  });
});

test("BSC: kolom bantu I–J (Bobot terisi, Capaian × bobot) dikelompokkan, disembunyikan dan diberi catatan", () => {
  const ws = buku.get("bsc-kosong.xlsx")!.getWorksheet("BSC")!;
  expect(ws.getCell("I5").value).toBe("Bobot terisi");
  expect(ws.getCell("J5").value).toBe("Capaian × bobot");
  for (const k of ["I", "J"]) {
    expect(ws.getColumn(k).hidden).toBe(true);
    expect(ws.getColumn(k).outlineLevel).toBe(1);
  }
  expect(ws.getColumn("H").hidden).toBe(false);
  expect(String(ws.getCell("A4").value)).toMatch(/Kolom bantu I–J .*disembunyikan/);
});

test("beberapa rencana dalam satu berkas: grafik tiap lembar ringkasan, bagian XML tersusun baik", async () => {
  const berkasUji = join(folder, "gabungan.xlsx");
  await tulisXlsx(
    [rencanaBsc({ unit: ["Dinas A", "Dinas B"] }), rencanaSkm({ aturan: "2017", responden: 3 })],
    berkasUji,
  );
  const zip = await JSZip.loadAsync(readFileSync(berkasUji));
  const chart = Object.keys(zip.files)
    .filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f))
    .sort();
  expect(chart).toEqual(["xl/charts/chart1.xml", "xl/charts/chart2.xml"]);
  const teks = await Promise.all(chart.map((f) => zip.file(f)!.async("string")));
  expect(teks[0]).toContain("<c:f>'BSC Ringkasan'!$C$5:$C$6</c:f>");
  // SKM: 9 unsur (> 8) → batang mendatar dari blok urut G:H (nama dan nilai terurut) di kanan tabel
  expect(teks[1]).toContain("<c:f>'SKM 2017 Ringkasan'!$G$5:$G$13</c:f>");
  expect(teks[1]).toContain("<c:f>'SKM 2017 Ringkasan'!$H$5:$H$13</c:f>");
  // setiap bagian XML paket dapat diurai (tersusun baik), termasuk lembar yang disisipi <drawing>
  for (const f of Object.keys(zip.files).filter((x) => /\.(xml|rels)$/.test(x))) {
    await expect(parseStringPromise(await zip.file(f)!.async("string"))).resolves.toBeTruthy();
  }
  // ExcelJS dapat membaca ulang paket yang sudah ditambah grafik
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(berkasUji);
  expect(wb.getWorksheet("BSC Dinas B")?.getCell("A1").value).toBe("Balanced Scorecard — Dinas B");
});
