/**
 * Hasil tersimpan (issue 23): setiap sel rumus di setiap buku kerja contoh (`kinerja demo`) membawa hasil
 * cache yang sama dengan hasil hitung ulang HyperFormula (mesin lain, hanya uji) dari rumus di berkas yang
 * sama; fullCalcOnLoad tetap ditandai. Ditambah kasus kecil penilai rumus yang dihitung tangan di sini.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import JSZip from "jszip";
import { tulisDemo } from "../../src/cli/demo";
import { bacaXlsx, bufferXlsx, type BukuTerbaca } from "../../src/hosts/xlsx/xlsx";
import { rencanaSkm } from "../../src/plans/skm";
import { LEMBAR_META } from "../../src/plans/bangun-ulang/index";
import { GalatRumus, hasilRumus } from "../../src/plans/hasil-rumus";
import { hitung, label, masukan, type RencanaBukuKerja } from "../../src/plans/rencana";
import { evaluasiBuku } from "../bantu/mesin-rumus";

jest.setTimeout(240_000);

const folder = mkdtempSync(join(tmpdir(), "pkp-hasil-"));
let berkas: string[] = [];
beforeAll(async () => {
  berkas = await tulisDemo(folder);
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function sama(a: unknown, b: unknown): boolean {
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
  // HyperFormula menamai galat tanpa tanda: "#ERR:NA" untuk #N/A, "#ERR:DIV_BY_ZERO" untuk #DIV/0!, dst.
  const galat: Record<string, string> = {
    NA: "#N/A",
    DIV_BY_ZERO: "#DIV/0!",
    VALUE: "#VALUE!",
    NUM: "#NUM!",
    REF: "#REF!",
    NAME: "#NAME?",
  };
  if (typeof b === "string" && b.startsWith("#ERR:")) return a === `#ERR:${galat[b.slice(5)] ?? b.slice(5)}`;
  return a === b;
}

/**
 * Hasil tersimpan setiap sel rumus, dibaca langsung dari XML lembar (ExcelJS membaca <v>0</v> sebagai tanpa
 * hasil): lembar → alamat → nilai (angka, teks, logika, "#ERR:kode") atau undefined bila tanpa <v>.
 */
async function hasilXml(berkas: string): Promise<Map<string, Map<string, unknown>>> {
  const zip = await JSZip.loadAsync(readFileSync(berkas));
  const wb = await zip.file("xl/workbook.xml")!.async("string");
  const rel = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const target = new Map(
    [...rel.matchAll(/<Relationship\b[^>]*\bId="([^"]+)"[^>]*\bTarget="([^"]+)"/g)].map((m) => [m[1], m[2]]),
  );
  const hasil = new Map<string, Map<string, unknown>>();
  for (const m of wb.matchAll(/<sheet\b[^>]*\bname="([^"]+)"[^>]*\br:id="([^"]+)"/g)) {
    const nama = m[1]
      .replace(/&amp;/g, "&")
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">");
    const jalur = `xl/${target.get(m[2])!.replace(/^\/?xl\//, "")}`;
    const x = await zip.file(jalur)!.async("string");
    const sel = new Map<string, unknown>();
    for (const c of x.matchAll(/<c r="([A-Z]+\d+)"([^>]*)><f>[^<]*<\/f>(?:<v>([^<]*)<\/v>)?/g)) {
      const t = c[2].match(/\bt="(\w+)"/)?.[1];
      const v = c[3];
      const dekode = (s: string) =>
        s
          .replace(/&lt;/g, "<")
          .replace(/&gt;/g, ">")
          .replace(/&quot;/g, '"')
          .replace(/&apos;/g, "'")
          .replace(/&amp;/g, "&");
      sel.set(
        c[1],
        v === undefined
          ? undefined
          : t === "str"
            ? dekode(v)
            : t === "b"
              ? v === "1"
              : t === "e"
                ? `#ERR:${v}`
                : Number(v),
      );
    }
    hasil.set(nama, sel);
  }
  return hasil;
}

test("setiap sel rumus setiap buku kerja contoh menyimpan hasil = hitung ulang HyperFormula", async () => {
  expect(berkas.length).toBeGreaterThanOrEqual(16);
  const beda: string[] = [];
  let diperiksa = 0;
  for (const b of berkas) {
    const buku: BukuTerbaca = await bacaXlsx(b);
    const hf = evaluasiBuku(buku);
    const xml = await hasilXml(b);
    for (const [lembar, m] of Object.entries(buku.lembar)) {
      if (lembar === LEMBAR_META) continue;
      for (const [a, s] of m) {
        // ExcelJS memberi sel anak gabungan rumus sel induknya; di XML sel itu tanpa <f>
        if (!s.formula || !xml.get(lembar)?.has(a)) continue;
        diperiksa++;
        const harap = hf(lembar, a);
        const ada = xml.get(lembar)?.get(a);
        if (ada === undefined || !sama(ada, harap))
          beda.push(
            `${basename(b)} ${lembar}!${a} ${s.formula}: tersimpan ${JSON.stringify(ada)}, HyperFormula ${JSON.stringify(harap)}`,
          );
      }
    }
    const zip = await JSZip.loadAsync(readFileSync(b));
    expect(await zip.file("xl/workbook.xml")!.async("string")).toMatch(/fullCalcOnLoad="1"/);
  }
  expect(beda.slice(0, 20)).toEqual([]);
  // ±4.400 sel rumus di 18 buku kerja (siklus SKM menghitung per kelompok dengan COUNTIFS sejak issue 26, bukan
  // ±9.000 rumus per responden di lembar Nilai)
  expect(diperiksa).toBeGreaterThan(4000);
});

test("unduhan panel (bufferXlsx) dan --xlsx CLI memakai penulis yang sama: setiap <f> membawa <v>", async () => {
  const isi = await bufferXlsx(
    rencanaSkm({
      aturan: "2017",
      responden: 2,
      jawaban: [
        [4, 4, 4, 4, 4, 4, 4, 4, 4],
        [3, 3, 3, 3, 3, 3, 3, 3, 3],
      ],
    }),
  );
  const zip = await JSZip.loadAsync(isi);
  let rumus = 0;
  for (const n of Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f))) {
    const x = await zip.file(n)!.async("string");
    rumus += (x.match(/<f>/g) ?? []).length;
    expect(x.match(/<f>[^<]*<\/f>(?!<v>)/g) ?? []).toEqual([]);
  }
  expect(rumus).toBeGreaterThan(20);
});

describe("penilai rumus (hitung tangan)", () => {
  const r: RencanaBukuKerja = {
    meta: { pembangun: "uji", versi: 1, opsi: {} },
    lembar: [
      {
        nama: "Data x",
        blok: [
          {
            mulai: "A1",
            sel: [
              [label("a"), masukan("k1", 3), hitung("=B1*2")],
              [label("b"), masukan("k2", 4), hitung("=ROUND(B2/3,2)")],
              [label("c"), masukan("k3", ""), hitung("=IF(ISNUMBER(B3),B3,NA())")],
              [label("a"), masukan("k4", 5), hitung('=COUNTIF(A1:A4,"a")&" kali"')],
              [null, null, hitung('=SUMIF(A1:A4,"a",B1:B4)/0')],
              [null, null, hitung('=INDEX(B1:B4,MATCH("b",A1:A4,0))+SUMPRODUCT(B1:B2,B1:B2)')],
              [null, null, hitung("=RANK(B2,B1:B4)")],
              [null, null, hitung("=BOBOT.STABILITAS(B1:B4)")],
              [null, null, hitung("=C8+1")],
            ],
          },
        ],
      },
      { nama: "Lain", blok: [{ mulai: "A1", sel: [[hitung("='Data x'!C1+SUM('Data x'!B1:B4)")]] }] },
    ],
  };
  const h = hasilRumus(r);

  test("angka, pembulatan, teks, galat dan rujukan antar-lembar", () => {
    expect(h.get("Data x!C1")).toBe(6); // 3 × 2
    expect(h.get("Data x!C2")).toBe(1.33); // 4/3 = 1,333… → 1,33
    expect(h.get("Data x!C3")).toEqual(new GalatRumus("#N/A")); // B3 kosong (teks "")
    expect(h.get("Data x!C4")).toBe("2 kali"); // A1 dan A4
    expect(h.get("Data x!C5")).toEqual(new GalatRumus("#DIV/0!"));
    expect(h.get("Data x!C6")).toBe(4 + 9 + 16); // B2 + (3² + 4²)
    expect(h.get("Data x!C7")).toBe(2); // 4 di antara 3, 4, 5 (menurun)
    expect(h.get("Lain!A1")).toBe(6 + 12); // C1 + (3 + 4 + 5)
  });

  test("di atas batas banyak sel rumus: tanpa hasil tersimpan (Excel tetap menghitung saat membuka)", () => {
    // rencana uji memuat 10 sel rumus
    expect(hasilRumus(r, 9).size).toBe(0);
    expect(hasilRumus(r, 10).size).toBe(8);
  });

  test("fungsi yang tidak dikenal: tanpa hasil, juga sel yang bergantung padanya", () => {
    expect(h.has("Data x!C8")).toBe(false);
    expect(h.has("Data x!C9")).toBe(false);
  });
});

describe("SUBSTITUTE, N dan COUNTBLANK (kriteria COUNTIFS Peta Jawaban, Σ nilai Hitungan siklus SKM)", () => {
  const r: RencanaBukuKerja = {
    meta: { pembangun: "uji", versi: 1, opsi: {} },
    lembar: [
      {
        nama: "S",
        blok: [
          {
            mulai: "A1",
            sel: [
              [
                masukan("t", " Puas*? ~ya "),
                hitung('="="&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(TRIM(A1),"~","~~"),"*","~*"),"?","~?")'),
              ],
              [
                masukan("u", "a-b-a-b"),
                hitung('=SUBSTITUTE(A2,"a","x",2)&"|"&SUBSTITUTE(A2,"","x")&"|"&SUBSTITUTE(A2,"b","y",3)'),
              ],
              [masukan("v", 4), hitung('=N(A3)+N("7")+N(TRUE)+N(A5)')],
              [null, hitung('=SUBSTITUTE(A2,"a","x",0)')],
              [null, hitung("=COUNTBLANK(A1:A5)+COUNTBLANK(B6)")],
              [null, hitung('=IF(A3>0,"","x")')],
            ],
          },
        ],
      },
    ],
  };
  const h = hasilRumus(r);
  test("hitung tangan", () => {
    // TRIM → "Puas*? ~ya"; ~ → ~~, * → ~*, ? → ~?
    expect(h.get("S!B1")).toBe("=Puas~*~? ~~ya");
    // instans ke-2 saja; teks lama kosong: apa adanya; instans ke-3 tidak ada: apa adanya
    expect(h.get("S!B2")).toBe("a-b-x-b|a-b-a-b|a-b-a-b");
    // 4 + 0 (teks) + 1 (TRUE) + 0 (kosong)
    expect(h.get("S!B3")).toBe(5);
    expect(h.get("S!B4")).toEqual(new GalatRumus("#VALUE!"));
    // COUNTBLANK: A4, A5 kosong (2) + B6 = "" dari rumus (1)
    expect(h.get("S!B5")).toBe(3);
  });
});
