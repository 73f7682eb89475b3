/**
 * Penulis .xlsx beraliran (hosts/xlsx/aliran.ts, `kinerja skm --xlsx`) = penulis biasa (`paketXlsx`) untuk model
 * cetak dan hasil tersimpan (issue 23 × 26): buku kerja siklus SKM formulir contoh ditulis dua kali, beraliran
 * (salinan jawaban dialirkan) dan biasa (salinan jawaban sebagai sel rencana); setiap lembar harus punya
 * pengaturan halaman yang sama (muat satu halaman lebar atau pita kolom 75 % dengan urutan ke kanan lalu ke bawah,
 * area cetak, judul baris/kolom, pemisah halaman) dan setiap sel rumus hasil tersimpan yang sama.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import JSZip from "jszip";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { formulirContohSkm } from "../../src/cli/contoh-formulir-skm";
import { siklusDariTabel } from "../../src/cli/skm-siklus";
import { penulisXlsxSiklus, rencanaSiklusDariCli } from "../../src/cli/skm-siklus-xlsx";
import { paketXlsx } from "../../src/hosts/xlsx/xlsx";
import { hasilDenganData, tulisXlsxAliran } from "../../src/hosts/xlsx/aliran";
import { contohLke, rencanaLke } from "../../src/plans/lke";
import { rapikan } from "../../src/plans/tata-letak";

jest.setTimeout(120_000);

const dir = mkdtempSync(join(tmpdir(), "aliran-cetak-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function siklus() {
  const [judul, ...baris] = formulirContohSkm({ kepentingan: true });
  return siklusDariTabel(
    { sumber: "formulir-contoh", judul, baris: baris.map((sel, i) => ({ no: i + 2, sel })) },
    { layanan: "Jenis Layanan", waktu: "Cap waktu" },
  );
}

/** Pengaturan halaman yang dibandingkan, hasil tersimpan setiap sel rumus, pemisah baris. */
async function baca(berkas: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(berkas);
  const lembar: Record<string, unknown> = {};
  const hasil = new Map<string, unknown>();
  wb.eachSheet((ws) => {
    if (ws.state === "veryHidden") return;
    const p = ws.pageSetup;
    lembar[ws.name] = {
      orientasi: p.orientation,
      muat: !!p.fitToPage,
      ...(p.fitToPage ? { lebar: p.fitToWidth, tinggi: p.fitToHeight } : { skala: p.scale, urutan: p.pageOrder }),
      area: p.printArea,
      judulBaris: p.printTitlesRow,
      judulKolom: p.printTitlesColumn,
    };
    ws.eachRow((row) =>
      row.eachCell((c) => {
        const v = c.value as { formula?: string; sharedFormula?: string; result?: unknown } | null;
        if (v && typeof v === "object" && ("formula" in v || "sharedFormula" in v))
          hasil.set(`${ws.name}!${c.address}`, v.result);
      }),
    );
  });
  return { lembar, hasil };
}

test("beraliran = paketXlsx: pengaturan halaman setiap lembar dan hasil tersimpan setiap sel rumus", async () => {
  const s = siklus();
  const aliran = join(dir, "aliran.xlsx");
  const biasa = join(dir, "biasa.xlsx");
  await penulisXlsxSiklus(s, "Kecamatan Contoh").tulis(aliran);
  writeFileSync(biasa, await paketXlsx(rencanaSiklusDariCli(s, "Kecamatan Contoh")));
  const a = await baca(aliran);
  const b = await baca(biasa);
  expect(a.lembar).toEqual(b.lembar);
  // model cetak sungguh dipakai: Hasil dalam pita kolom 75 % dengan A:B diulang, Publikasi satu halaman potret
  expect(a.lembar["SKM Hasil"]).toMatchObject({ muat: false, skala: 75, urutan: "overThenDown", judulKolom: "A:B" });
  expect(a.lembar["SKM Publikasi"]).toMatchObject({ orientasi: "portrait", muat: true, lebar: 1, tinggi: 1 });
  // pemisah halaman (ExcelJS tidak membacanya kembali): <rowBreaks> setiap lembar di XML, urutan lembar sama
  expect(await pemisah(aliran)).toEqual(await pemisah(biasa));
  expect([...a.hasil.keys()].sort()).toEqual([...b.hasil.keys()].sort());
  const beda: string[] = [];
  let terisi = 0;
  for (const [k, v] of b.hasil) {
    const w = a.hasil.get(k);
    if (v !== undefined) terisi++;
    const sama =
      typeof v === "number" && typeof w === "number"
        ? Math.abs(v - w) <= 1e-9 * Math.max(1, Math.abs(v))
        : JSON.stringify(v) === JSON.stringify(w);
    if (!sama) beda.push(`${k}: beraliran ${JSON.stringify(w)}, biasa ${JSON.stringify(v)}`);
  }
  expect(beda.slice(0, 10)).toEqual([]);
  expect(terisi).toBeGreaterThan(1000);
});

/** <rowBreaks> setiap lembar di XML (ExcelJS tidak membacanya kembali), menurut urutan lembar. */
async function pemisah(f: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(f));
  const n = Object.keys(zip.files)
    .filter((x) => /^xl\/worksheets\/sheet\d+\.xml$/.test(x))
    .sort((x, y) => Number(x.match(/\d+/)![0]) - Number(y.match(/\d+/)![0]));
  return Promise.all(
    n.map(async (x) => (await zip.file(x)!.async("string")).match(/<rowBreaks\b.*?<\/rowBreaks>/)?.[0] ?? ""),
  );
}

test("beraliran = paketXlsx untuk lembar bertabel kedua dan grafik di halaman baru (LKE contoh): pemisah halaman", async () => {
  const r = rencanaLke(contohLke());
  const aliran = join(dir, "lke-aliran.xlsx");
  const biasa = join(dir, "lke-biasa.xlsx");
  await tulisXlsxAliran(r, aliran);
  writeFileSync(biasa, await paketXlsx(r));
  const p = await pemisah(aliran);
  expect(p).toEqual(await pemisah(biasa));
  // pemisah sebelum tabel kedua dan sebelum baris kosong di atas grafik (rapikan: putusBaris)
  const putus = rapikan(r).lembar[0].cetak!.putusBaris ?? [];
  expect(putus.length).toBe(2);
  expect([...p[0].matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1]) + 1)).toEqual(putus);
  const a = await baca(aliran);
  expect(a.lembar).toEqual((await baca(biasa)).lembar);
});

test("data beraliran di atas batas sel: tanpa hasil tersimpan (bukan hasil yang salah)", () => {
  const r = rapikan(rencanaSiklusDariCli(siklus()));
  const data = { "SKM Jawaban": { baris: [["a", "b", "c"]], mulai: 2 } };
  expect(hasilDenganData(r, data, 2).size).toBe(0);
  expect(hasilDenganData(r, data, 3).size).toBeGreaterThan(0);
});
