/**
 * Satu palet (src/plans/gaya.ts), satu tampilan: rencana yang sama diterapkan lewat adaptor Office.js (host uji
 * dalam memori, test/bantu/host-uji.js) dan ditulis lewat adaptor .xlsx (dibaca kembali dengan ExcelJS)
 * memberi format yang sama sel demi sel: isi, huruf (tebal, miring, ukuran, warna), garis, format angka,
 * perataan dan bungkus, serta warna format bersyarat. Warna heksadesimal di src/plans dan src/hosts hanya di
 * berkas palet.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { terapkanRencana } from "../../src/hosts/excel/excel";
import { xmlGrafik } from "../../src/hosts/xlsx/grafik";
import { paketXlsx } from "../../src/hosts/xlsx/xlsx";
import { rencanaDemoSkmSiklus } from "../../src/cli/demo";
import { buatRencana } from "../../src/metode/index";
import { posisi, selBeralamat, alamat, type RencanaBukuKerja, type RencanaLembar } from "../../src/plans/rencana";
import { rapikan } from "../../src/plans/tata-letak";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buatHostUji } = require("../bantu/host-uji.js") as { buatHostUji: () => HostUji };

interface GayaHost {
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
  wrap?: boolean;
  vertical?: string;
}
interface HostUji {
  Office: { context: { requirements: { isSetSupported(s: string, v: string): boolean } } };
  Excel: { run<T>(f: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> };
  ringkas(): {
    lembar: {
      nama: string;
      cf: { rentang: string; isi: string; font: string; aturan: { formula1: string } }[];
      grafik: GrafikHost[];
    }[];
  };
  formatDi(lembar: string, alamat: string): { nf?: string; gaya?: GayaHost } | undefined;
}

interface WarnaSeri {
  isi?: string;
  garis?: string;
  gayaGaris?: string;
  penanda?: string;
  tepiPenanda?: string;
}
interface GrafikHost {
  latar?: string;
  bingkai?: string;
  seri: { warna?: WarnaSeri }[];
}

/** Warna grafik dalam satu bentuk: latar, bingkai, lalu setiap seri (isi, garis, gaya garis, penanda). */
function warnaGrafikHost(g: GrafikHost): string {
  const seri = g.seri.map((s) => {
    const w = s.warna ?? {};
    return [rgb(w.isi), rgb(w.garis), w.gayaGaris?.toLowerCase() ?? null, rgb(w.penanda), rgb(w.tepiPenanda)];
  });
  return JSON.stringify({ latar: rgb(g.latar), bingkai: rgb(g.bingkai), seri });
}

/** Warna `a:srgbClr` pertama dalam potongan XML. */
const warnaXml = (x: string | undefined): string | null => x?.match(/<a:srgbClr val="([0-9A-F]{6})"/)?.[1] ?? null;

/** Warna grafik DrawingML (berkas .xlsx) dalam bentuk yang sama dengan `warnaGrafikHost`. */
function warnaGrafikXml(xml: string): string {
  const seri = [...xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map(([, x]) => {
    const penanda = x.match(/<c:marker>[\s\S]*?<\/c:marker>/)?.[0] ?? "";
    const sp = x.replace(penanda, "").match(/<c:spPr>([\s\S]*?)<\/c:spPr>/)?.[1] ?? "";
    const garis = sp.match(/<a:ln[^>]*>([\s\S]*?)<\/a:ln>/)?.[1];
    const spPenanda = penanda.match(/<c:spPr>([\s\S]*?)<\/c:spPr>/)?.[1] ?? "";
    return [
      garis === undefined ? warnaXml(sp) : null,
      warnaXml(garis),
      garis?.includes('<a:prstDash val="dash"/>') ? "dash" : null,
      warnaXml(spPenanda.replace(/<a:ln[\s\S]*<\/a:ln>/, "")),
      warnaXml(spPenanda.match(/<a:ln[\s\S]*<\/a:ln>/)?.[0]),
    ];
  });
  const area = xml.slice(xml.lastIndexOf("</c:chart>"));
  return JSON.stringify({ latar: warnaXml(area), bingkai: warnaXml(area.match(/<a:ln>[\s\S]*<\/a:ln>/)?.[0]), seri });
}

/** Format satu sel dalam bentuk yang sama untuk kedua adaptor (bawaan Excel bila tidak ditetapkan). */
interface FormatSel {
  isi: string | null;
  tebal: boolean;
  miring: boolean;
  ukuran: number;
  warna: string | null;
  garis: string[];
  format: string;
  bungkus: boolean;
  tegak: string;
}

/** Warna "#RRGGBB" (Office.js) atau ARGB "FFRRGGBB" (ExcelJS) → "RRGGBB". */
const rgb = (w: string | undefined): string | null => (w ? w.replace(/^#/, "").slice(-6).toUpperCase() : null);

function dariHost(s: { nf?: string; gaya?: GayaHost } | undefined): FormatSel {
  const g = s?.gaya ?? {};
  return {
    isi: rgb(g.fill),
    tebal: g.bold === true,
    miring: g.italic === true,
    ukuran: g.size ?? 11,
    warna: rgb(g.color),
    // host uji tidak punya Range.format.borders: adaptor Office.js yang menetapkan garis akan gagal di sini
    garis: [],
    format: s?.nf ?? "General",
    bungkus: g.wrap === true,
    tegak: (g.vertical ?? "Bottom").toLowerCase(),
  };
}

function dariExcelJs(c: ExcelJS.Cell): FormatSel {
  const fill = c.fill as ExcelJS.FillPattern | undefined;
  return {
    isi: fill?.pattern === "solid" ? rgb(fill.fgColor?.argb) : null,
    tebal: c.font?.bold === true,
    miring: c.font?.italic === true,
    ukuran: c.font?.size ?? 11,
    warna: rgb(c.font?.color?.argb),
    garis: Object.entries(c.border ?? {})
      .filter(([, v]) => v && (v as ExcelJS.Border).style)
      .map(([k]) => k),
    format: c.numFmt ?? "General",
    bungkus: c.alignment?.wrapText === true,
    tegak: c.alignment?.vertical ?? "bottom",
  };
}

/** Alamat yang dibandingkan: semua sel rencana dan semua sel rentang bungkus. */
function alamatDibandingkan(l: RencanaLembar): Set<string> {
  const a = new Set([...selBeralamat(l)].map((s) => s.alamat));
  for (const r of l.bungkus ?? []) {
    const [p, q] = r.split(":").map(posisi);
    const z = q ?? p;
    for (let b = p.baris; b <= z.baris; b++) for (let k = p.kolom; k <= z.kolom; k++) a.add(alamat(b, k));
  }
  return a;
}

/** Rencana diterapkan lewat kedua adaptor; perbedaan format per sel ("Lembar!A1 {excel} ≠ {xlsx}"). */
async function bedaFormat(
  r: RencanaBukuKerja,
): Promise<{ beda: string[]; sel: number; gaya: Set<string>; bersyarat: number; grafik: number }> {
  const h = buatHostUji();
  await h.Excel.run((ctx) =>
    terapkanRencana(ctx, r, {
      konfirmasi: async () => true,
      dukung: (s, v) => h.Office.context.requirements.isSetSupported(s, v),
      waktu: "2024-01-01T00:00:00Z",
    }),
  );
  const host = new Map(h.ringkas().lembar.map((l) => [l.nama, l]));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await paketXlsx(r)).buffer as ArrayBuffer);
  const beda: string[] = [];
  const gaya = new Set<string>();
  let sel = 0;
  let bersyarat = 0;
  let grafik = 0;
  for (const l of rapikan(r).lembar) {
    const hl = host.get(l.nama);
    const ws = wb.getWorksheet(l.nama);
    if (!hl || !ws) {
      beda.push(`${l.nama}: lembar tidak ada (${hl ? "" : "Excel "}${ws ? "" : ".xlsx"})`);
      continue;
    }
    for (const s of selBeralamat(l)) if (s.sel.gaya) gaya.add(s.sel.gaya);
    for (const a of alamatDibandingkan(l)) {
      const x = dariHost(h.formatDi(l.nama, a));
      const y = dariExcelJs(ws.getCell(a));
      sel++;
      if (JSON.stringify(x) !== JSON.stringify(y))
        beda.push(`${l.nama}!${a} ${JSON.stringify(x)} ≠ ${JSON.stringify(y)}`);
    }
    // format bersyarat: rentang, teks, warna isi dan huruf
    const cfHost = hl.cf.map(
      (c) => `${c.rentang.replace(/\$/g, "")} ${c.aturan.formula1} ${rgb(c.isi)} ${rgb(c.font)}`,
    );
    const cfXlsx = (
      (ws as unknown as { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings ??
      []
    ).flatMap((c) =>
      c.rules.map((u) => {
        const st = (u as ExcelJS.CellIsRuleType).style ?? {};
        const isi = (st.fill as ExcelJS.FillPattern | undefined)?.bgColor?.argb;
        return `${c.ref} =${(u as ExcelJS.CellIsRuleType).formulae?.[0]} ${rgb(isi)} ${rgb(st.font?.color?.argb)}`;
      }),
    );
    // grafik: warna seri, latar dan bingkai (berkas .xlsx: DrawingML yang ditulis ./grafik.ts untuk rencana yang sama)
    (l.grafik ?? []).forEach((g, i) => {
      grafik++;
      const x = hl.grafik[i] ? warnaGrafikHost(hl.grafik[i]) : "tanpa grafik";
      const y = warnaGrafikXml(xmlGrafik(l.nama, g));
      if (x !== y) beda.push(`${l.nama} grafik ${i + 1} (${g.jenis}) ${x} ≠ ${y}`);
    });
    bersyarat += cfHost.length;
    if (JSON.stringify(cfHost.sort()) !== JSON.stringify(cfXlsx.sort()))
      beda.push(`${l.nama} format bersyarat ${JSON.stringify(cfHost)} ≠ ${JSON.stringify(cfXlsx)}`);
  }
  return { beda, sel, gaya, bersyarat, grafik };
}

describe("satu palet: adaptor Office.js dan .xlsx memberi format yang sama", () => {
  test("LAN tipe I hitungBobot, 3 unit (judul, subjudul, kepala, masukan, rumus, total, catatan, grafik)", async () => {
    const r = buatRencana("lan1998", { tipe: "I", pola: "lengkap", mode: "hitungBobot", unit: ["A", "B", "C"] });
    const { beda, sel, gaya } = await bedaFormat(r);
    expect(beda.slice(0, 10)).toEqual([]);
    expect(sel).toBeGreaterThan(300);
    // rencana ini memakai setiap gaya palet: perbandingan menyentuh semuanya
    expect([...gaya].sort()).toEqual(["catatan", "hitung", "judul", "kepala", "masukan", "subjudul", "total"]);
  });

  test("BSC dua unit (format bersyarat status Hijau/Kuning/Merah, ringkasan dengan grafik)", async () => {
    const r = buatRencana("bsc", { unit: ["Dinas A", "Dinas B"] });
    const { beda, sel, bersyarat } = await bedaFormat(r);
    expect(beda.slice(0, 10)).toEqual([]);
    expect(sel).toBeGreaterThan(100);
    // status tiap perspektif dan keseluruhan di dua lembar unit, status di ringkasan: tiga warna masing-masing
    expect(bersyarat).toBeGreaterThanOrEqual(9);
  });
});

describe("satu palet: grafik", () => {
  test("siklus SKM contoh (garis, batang, sebar kuadran; format bersyarat mutu dan kuadran)", async () => {
    const { beda, grafik, bersyarat } = await bedaFormat(rencanaDemoSkmSiklus());
    expect(beda.slice(0, 10)).toEqual([]);
    expect(grafik).toBeGreaterThanOrEqual(3);
    expect(bersyarat).toBeGreaterThanOrEqual(8);
  });
});

/** Warna heksadesimal dalam teks sumber: #RRGGBB, "RRGGBB"/"AARRGGBB" (paling sedikit satu huruf), srgbClr DrawingML. */
const WARNA_HEKS =
  /#[0-9a-f]{6}\b|(["'`])(?:[0-9a-f]{2})?(?=[0-9a-f]{0,5}[a-f])[0-9a-f]{6}\1|srgbClr val="[0-9a-f]{6}"/i;

function berkasTs(folder: string): string[] {
  return readdirSync(folder).flatMap((n) => {
    const p = join(folder, n);
    return statSync(p).isDirectory() ? berkasTs(p) : p.endsWith(".ts") ? [p] : [];
  });
}

test("warna heksadesimal di src/plans dan src/hosts hanya di palet (plans/gaya.ts)", () => {
  const akar = join(__dirname, "..", "..", "src");
  const berkas = [...berkasTs(join(akar, "plans")), ...berkasTs(join(akar, "hosts"))];
  const berwarna = berkas.filter((b) => WARNA_HEKS.test(readFileSync(b, "utf8")));
  expect(berwarna.map((b) => b.slice(akar.length + 1).replace(/\\/g, "/"))).toEqual(["plans/gaya.ts"]);
  // pola itu menangkap bentuk yang pernah dipakai (dan bukan angka biasa)
  for (const t of ['isi: "#DDEBF7"', 'isi: "FFD9E1F2"', '["4472C4", "ED7D31"]', '<a:srgbClr val="7F7F7F"/>'])
    expect(WARNA_HEKS.test(t)).toBe(true);
  for (const t of ['calcId="171027"', "0.000000000", '"#,##0.0000000"', "PetaBacaan"])
    expect(WARNA_HEKS.test(t)).toBe(false);
});
