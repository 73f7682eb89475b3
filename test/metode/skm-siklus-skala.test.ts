/**
 * Siklus SKM pada skala besar (issue 21, 26): banyak sel rumus bergantung pada kelompok (periode × layanan ×
 * unsur × pilihan), bukan pada banyak jawaban; pengurai CSV beraliran (PenguraiCsv) memberi rekaman dan galat yang
 * sama dengan csv-parse berAturan CSV yang sama (uraiCsv) di potongan mana pun; pembaca berkas beraliran (CSV
 * berbagai pengodean, .xlsx) memberi tabel yang sama dengan pembaca seluruh berkas (tabelDariCsv/tabelDariKisi).
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { KONVENSI_BAWAAN, type TabelJawaban } from "../../src/core/skm-siklus";
import { PenguraiCsv, dekodeByte, tabelDariCsv, tabelDariKisi, uraiCsv } from "../../src/core/skm-siklus-tabel";
import { UNSUR_FORMULIR_2017 } from "../../src/frameworks/skm-siklus";
import { hitungSiklusTabel, opsiRencanaSiklus } from "../../src/plans/skm-siklus-data";
import { rencanaSkmSiklus } from "../../src/plans/skm-siklus";
import { selBeralamat, type RencanaBukuKerja } from "../../src/plans/rencana";
import { alirTabelCsv, alirTabelXlsx } from "../../src/cli/baca-aliran";
import { kisiLembar } from "../../src/hosts/xlsx/baca-jawaban";

const dir = mkdtempSync(join(tmpdir(), "kinerja-skala-"));

/** N jawaban: 4 semester (2025-S1 … 2026-S2) × 12 layanan bergiliran, pilihan teks berulang. */
function tabel(N: number): TabelJawaban {
  const judul = ["Cap waktu", "Jenis Layanan", ...UNSUR_FORMULIR_2017.map((_, j) => `U${j + 1}`)];
  const baris = Array.from({ length: N }, (_, i) => {
    const sem = i % 4;
    const bulan = 1 + (sem & 1) * 6 + (i % 6);
    return {
      no: i + 2,
      sel: [
        `${1 + (i % 28)}/${bulan}/${2025 + (sem >> 1)} 10:00:00`,
        `Layanan ${1 + (Math.floor(i / 4) % 12)}`,
        ...UNSUR_FORMULIR_2017.map((u, j) => u.opsi[(i + j) % 4]),
      ],
    };
  });
  return { sumber: "uji", judul, baris };
}

const selRumus = (r: RencanaBukuKerja): number =>
  r.lembar.reduce((n, l) => n + [...selBeralamat(l)].filter((s) => s.sel.rumus !== undefined).length, 0);

describe("sel rumus tumbuh dengan kelompok, bukan jawaban", () => {
  const pilihan = {
    aturan: "2017" as const,
    kolomLayanan: "Jenis Layanan",
    kolomWaktu: "Cap waktu",
    periode: "semester" as const,
    formatTanggal: "hbt" as const,
    konvensi: KONVENSI_BAWAAN,
    hasilUnit: "gabungan" as const,
  };

  test("1.000 dan 100.000 jawaban (4 semester × 12 layanan): sel rumus sama banyak (≤ 1,5×), salinan dan rujukan langsung", () => {
    const kecil = hitungSiklusTabel(tabel(1000), pilihan);
    const besar = hitungSiklusTabel(tabel(100000), pilihan);
    expect(besar.hasil.periode.map((p) => p.layanan.length)).toEqual([12, 12, 12, 12]);
    for (const lembar of [undefined, "Form Responses 1"]) {
      const a = selRumus(rencanaSkmSiklus({ ...opsiRencanaSiklus(kecil, undefined, lembar), jawabanTerpisah: true }));
      const b = selRumus(rencanaSkmSiklus({ ...opsiRencanaSiklus(besar, undefined, lembar), jawabanTerpisah: true }));
      expect(a).toBeGreaterThan(1000);
      expect(b / a).toBeLessThanOrEqual(1.5);
    }
  });

  test("salinan terurut per periode lalu layanan; blok baris tiap kelompok = banyak respondennya", () => {
    const s = hitungSiklusTabel(tabel(1000), pilihan);
    const o = opsiRencanaSiklus(s);
    const blok = o.blok!;
    for (const p of s.hasil.periode) {
      for (const l of p.layanan) {
        const [a, b] = blok[`${p.nama}|${l.nama}`];
        expect(b - a + 1).toBe(l.responden);
        // baris a…b lembar (1-based, judul baris 1) = o.baris[a-2 … b-2], semuanya layanan itu
        expect(o.baris!.slice(a - 2, b - 1).every((r) => r[1] === l.nama)).toBe(true);
      }
    }
    // rujukan langsung: tanpa blok (rumus membaca seluruh jangkauan lembar pengguna)
    expect(opsiRencanaSiklus(s, undefined, "Form Responses 1").blok).toBeUndefined();
  });
});

describe("aturan CSV: PenguraiCsv beraliran = csv-parse (uraiCsv)", () => {
  /** PenguraiCsv dengan teks dipotong menurut `ukuran` berulang; galat → pesannya. */
  function beraliran(teks: string, ukuran: readonly number[]): string[][] | string {
    const p = new PenguraiCsv(",", "f.csv");
    const hasil: string[][] = [];
    try {
      let i = 0;
      for (let k = 0; i < teks.length; k++) {
        const n = ukuran[k % ukuran.length];
        p.dorong(teks.slice(i, i + n), (x) => hasil.push(x));
        i += n;
      }
      p.akhiri((x) => hasil.push(x));
      return hasil;
    } catch (e) {
      return (e as Error).message;
    }
  }
  function csvParse(teks: string): string[][] | string {
    try {
      return uraiCsv(parse, teks, ",", "f.csv");
    } catch (e) {
      return (e as Error).message;
    }
  }
  const potongan = fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 20 });

  const sel = fc.oneof(
    fc.constantFrom("", "a", "x y", 'ku"tip', "baris\nbaru", "koma, di dalam", "\r\n", "é ü"),
    fc.string({ maxLength: 6 }),
  );
  const rekaman = fc.array(fc.array(sel, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 });
  const csvDari = (r: string[][], akhir: string) =>
    r
      .map((b) => b.map((s) => (/[",\r\n]/.test(s) || s === "" ? `"${s.replace(/"/g, '""')}"` : s)).join(","))
      .join(akhir);

  test("CSV sah, potongan sembarang (kutip, CRLF/LF/CR, baris baru di sel terpotong di mana pun) → rekaman sama", () => {
    fc.assert(
      fc.property(rekaman, fc.constantFrom("\n", "\r\n", "\r"), fc.boolean(), potongan, (r, akhir, penutup, ukuran) => {
        const teks = csvDari(r, akhir) + (penutup ? akhir : "");
        const harapan = csvParse(teks);
        expect(typeof harapan).not.toBe("string");
        expect(beraliran(teks, ukuran)).toEqual(harapan);
      }),
      { numRuns: 300 },
    );
  });

  test("teks sembarang dari huruf CSV (rusak juga, akhir baris campur): rekaman atau pesan galat sama", () => {
    const teks = fc.array(fc.constantFrom("a", "b", ",", '"', '""', "\n", "\r", "\r\n", " "), { maxLength: 30 });
    fc.assert(
      fc.property(teks, potongan, (t, ukuran) => {
        const s = t.join("");
        expect(beraliran(s, ukuran)).toEqual(csvParse(s));
      }),
      { numRuns: 2000 },
    );
  });

  test("galat menyebut baris berkas tempat rekaman rusak mulai (baris baru di sel berkutip ikut dihitung)", () => {
    const kasus: [string, string][] = [
      ['a,b\n1,"2\n3\n', "f.csv baris 2: CSV tidak dapat diurai (tanda kutip tidak tertutup)"],
      [
        'a,b\r\n"x\r\ny",1\r\n\r\n2,"3"4\r\n',
        "f.csv baris 5: CSV tidak dapat diurai (teks setelah tanda kutip penutup)",
      ],
      ['a,b\n1,x"y\n', "f.csv baris 2: CSV tidak dapat diurai (tanda kutip di tengah sel yang tidak berkutip)"],
    ];
    for (const [teks, pesan] of kasus) {
      expect(csvParse(teks)).toBe(pesan);
      expect(beraliran(teks, [3])).toBe(pesan);
    }
  });
});

describe("pembaca berkas beraliran = pembaca seluruh berkas", () => {
  const judul = ["Cap waktu", "Jenis Layanan", "Saran"];
  const isi = [
    judul,
    ["15/01/2026 10:00:00", "Akta Kelahiran", "Pelayanan cepat; terima kasih"],
    ["16/01/2026 11:00:00", "Kartu Keluarga", 'Antre "panjang", mohon ditambah loket'],
  ];
  const csv =
    isi.map((b) => b.map((s) => (/[",;\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s)).join(",")).join("\r\n") +
    "\r\n";

  async function alir(berkas: string): Promise<TabelJawaban> {
    const t: TabelJawaban = { sumber: berkas, judul: [], baris: [] };
    await alirTabelCsv(berkas, { judul: (j) => ((t.judul = j), (t.baris = [])), baris: (b) => void t.baris.push(b) });
    return t;
  }

  test.each([
    ["UTF-8", Buffer.from(csv, "utf8")],
    ["UTF-8 BOM", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv, "utf8")])],
    ["UTF-16LE BOM", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv, "utf16le")])],
    ["Windows-1252 (é)", Buffer.from(csv.replace("cepat", "cepat é"), "latin1")],
  ])("%s", async (nama, buf) => {
    const berkas = join(dir, `${nama.replace(/\W+/g, "-")}.csv`);
    writeFileSync(berkas, buf);
    expect(await alir(berkas)).toEqual(tabelDariCsv(dekodeByte(buf, berkas), berkas, parse));
  });

  test("Windows-1252 yang baru tampak sesudah potongan pertama (1 MiB): dibaca ulang dari awal, tanpa baris ganda", async () => {
    const banyak = [
      judul,
      ...Array.from({ length: 30000 }, (_, i) => [`${1 + (i % 28)}/01/2026 10:00:00`, "Akta Kelahiran", `saran ${i}`]),
      ["1/02/2026 10:00:00", "KK", "café"],
    ];
    const buf = Buffer.from(banyak.map((b) => b.join(",")).join("\n") + "\n", "latin1");
    expect(buf.length).toBeGreaterThan(1 << 20);
    const berkas = join(dir, "besar-1252.csv");
    writeFileSync(berkas, buf);
    const t = await alir(berkas);
    expect(t.baris).toHaveLength(30001);
    expect(t).toEqual(tabelDariCsv(dekodeByte(buf, berkas), berkas, parse));
    expect(t.baris[30000].sel[2]).toBe("café");
  });

  test("berkas kosong dan byte nol: galat sama dengan pembaca lama", async () => {
    const kosong = join(dir, "kosong.csv");
    writeFileSync(kosong, "  \n");
    await expect(alir(kosong)).rejects.toThrow(`${kosong}: berkas kosong`);
    const biner = join(dir, "biner.csv");
    writeFileSync(biner, Buffer.from([0x61, 0x00, 0x62]));
    await expect(alir(biner)).rejects.toThrow("bukan berkas teks CSV (berisi byte nol)");
  });

  test(".xlsx: lembar terlihat pertama (lembar tersembunyi dilewati), tanggal, teks kaya, baris kosong = kisiLembar", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Tersembunyi", { state: "hidden" }).getCell("A1").value = "bukan jawaban";
    const ws = wb.addWorksheet("Form Responses 1");
    ws.addRow(["Cap waktu", "Jenis Layanan", "U1"]);
    ws.addRow([
      new Date(Date.UTC(2026, 0, 15, 10, 0, 0)),
      { richText: [{ text: "Akta " }, { text: "Kelahiran" }] },
      "Sesuai",
    ]);
    ws.addRow([]);
    ws.addRow([new Date(Date.UTC(2026, 6, 2)), "KK", 4]);
    ws.getColumn(1).numFmt = "dd/mm/yyyy hh:mm";
    const berkas = join(dir, "formulir.xlsx");
    await wb.xlsx.writeFile(berkas);
    const t: TabelJawaban = { sumber: "", judul: [], baris: [] };
    await alirTabelXlsx(berkas, undefined, (n) => `f (lembar ${n})`, {
      judul: (j, s) => ((t.judul = j), (t.sumber = s)),
      baris: (b) => void t.baris.push(b),
    });
    const baca = new ExcelJS.Workbook();
    await baca.xlsx.readFile(berkas);
    expect(t).toEqual(tabelDariKisi(kisiLembar(baca.getWorksheet("Form Responses 1")!), "f (lembar Form Responses 1)"));
    expect(t.baris.map((b) => b.no)).toEqual([2, 4]);
    expect(t.baris[0].sel[0]).toEqual(new Date(Date.UTC(2026, 0, 15, 10, 0, 0)));
  });
});
