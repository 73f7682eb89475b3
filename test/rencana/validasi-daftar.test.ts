/**
 * Daftar validasi lebih dari 255 karakter (batas daftar sebaris Excel, issue 21 butir 4): dipindah ke sel kolom
 * bantu dan dirujuk sebagai rentang, di rencana (plans/validasi.ts, lewat rapikan) dan kedua adaptor (.xlsx dan
 * Office.js). Contoh issue: periode bulanan 40 bulan di 'SKM Publikasi'!B3 = 40 × 7 + 39 koma = 319 karakter.
 */
import JSZip from "jszip";
import { terapkanRencana } from "../../src/hosts/excel/excel";
import { paketXlsx } from "../../src/hosts/xlsx/xlsx";
import { tabelDariKisi } from "../../src/core/skm-siklus-tabel";
import { KONVENSI_BAWAAN } from "../../src/core/skm-siklus";
import { hitungSiklusTabel, opsiRencanaSiklus } from "../../src/plans/skm-siklus-data";
import { rencanaSkmSiklus } from "../../src/plans/skm-siklus";
import { label, masukan, selBeralamat, type RencanaBukuKerja } from "../../src/plans/rencana";
import { rapikan } from "../../src/plans/tata-letak";
import { BATAS_DAFTAR, daftarKeRentang } from "../../src/plans/validasi";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buatHostUji } = require("../bantu/host-uji.js") as {
  buatHostUji: () => {
    Office: { context: { requirements: { isSetSupported(s: string, v: string): boolean } } };
    Excel: { run<T>(f: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> };
    ringkas(): { lembar: { nama: string; validasi: { rentang: string; rule: { list?: { source: string } } }[] }[] };
    nilaiDi(lembar: string, alamat: string): unknown;
  };
};

/** 40 bulan: 2023-01 … 2026-04 (hitungan tangan: 40 nama × 7 karakter + 39 koma = 319 > 255). */
const BULAN = Array.from(
  { length: 40 },
  (_, i) => `${2023 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`,
);

function rencanaKecil(daftar: string[]): RencanaBukuKerja {
  return {
    meta: { pembangun: "uji", versi: 1, opsi: {} },
    lembar: [
      {
        nama: "L",
        blok: [
          {
            mulai: "A1",
            sel: [
              [label("Periode"), masukan("periode", daftar[0])],
              [label("Lain"), masukan("lain", "ya"), label("catatan")],
            ],
          },
        ],
        validasi: [
          { rentang: "B1", jenis: "daftar", daftar, pesan: "Pilih periode." },
          { rentang: "B2", jenis: "daftar", daftar: ["ya", "tidak"], pesan: "Pilih." },
        ],
      },
    ],
  };
}

describe("rencana: daftar panjang → rentang sel", () => {
  test("319 karakter → kolom bantu E (satu kolom kosong setelah C), rentang $E$1:$E$40; daftar pendek tetap sebaris", () => {
    expect(BULAN.join(",").length).toBe(319);
    const r = daftarKeRentang(rencanaKecil(BULAN));
    const l = r.lembar[0];
    expect(l.validasi![0]).toMatchObject({ rentang: "B1", daftar: BULAN, sumberRentang: "$E$1:$E$40" });
    expect(l.validasi![1].sumberRentang).toBeUndefined();
    const isiE = [...selBeralamat(l)].filter((s) => s.alamat.startsWith("E")).map((s) => [s.alamat, s.sel.nilai]);
    expect(isiE).toEqual(BULAN.map((b, i) => [`E${i + 1}`, b]));
    expect(l.kolomBantu?.kolom).toEqual(["E"]);
    // tidak diulang pada rencana yang sudah dipindahkan; rencana tanpa daftar panjang tidak disalin
    expect(daftarKeRentang(r)).toBe(r);
    const pendek = rencanaKecil(BULAN.slice(0, 30)); // 30 × 7 + 29 = 239 ≤ 255
    expect(BULAN.slice(0, 30).join(",").length).toBeLessThanOrEqual(BATAS_DAFTAR);
    expect(daftarKeRentang(pendek)).toBe(pendek);
  });

  test("rapikan memindahkan daftar panjang; kolom itu kolom bantu (disembunyikan, tidak dihitung lebar halaman)", () => {
    const l = rapikan(rencanaKecil(BULAN)).lembar[0];
    expect(l.validasi![0].sumberRentang).toBe("$E$1:$E$40");
    expect(l.kolomBantu?.kolom).toEqual(["E"]);
    expect(l.cetak?.orientasi).toBe("tegak");
  });
});

/** Siklus SKM bulanan 40 bulan (satu jawaban per bulan, semua unsur 4): validasi periode Publikasi dan Kuadran. */
function rencanaSiklus40(): RencanaBukuKerja {
  const judul = ["Cap waktu", ...Array.from({ length: 9 }, (_, j) => `U${j + 1}`)];
  const baris = BULAN.map((b) => [`15/${b.slice(5)}/${b.slice(0, 4)} 10:00:00`, ...new Array(9).fill(4)]);
  const s = hitungSiklusTabel(tabelDariKisi([judul, ...baris], "uji"), {
    aturan: "2017",
    kolomWaktu: "Cap waktu",
    periode: "bulan",
    formatTanggal: "hbt",
    konvensi: KONVENSI_BAWAAN,
    hasilUnit: "gabungan",
  });
  expect(s.hasil.periode.map((p) => p.nama)).toEqual(BULAN);
  return rencanaSkmSiklus(opsiRencanaSiklus(s));
}

describe("adaptor: siklus SKM bulanan 40 bulan", () => {
  test(".xlsx: 'SKM Publikasi'!B3 merujuk rentang sel berisi 40 periode, bukan daftar sebaris", async () => {
    const zip = await JSZip.loadAsync(await paketXlsx(rencanaSiklus40()));
    const wb = await zip.file("xl/workbook.xml")!.async("string");
    const nomor = [...wb.matchAll(/<sheet [^>]*name="([^"]+)"/g)].findIndex((m) => m[1] === "SKM Publikasi") + 1;
    const xml = await zip.file(`xl/worksheets/sheet${nomor}.xml`)!.async("string");
    const dv = /<dataValidation [^>]*sqref="B3"[^>]*>\s*<formula1>([^<]*)<\/formula1>/.exec(xml);
    expect(dv?.[1]).toMatch(/^\$[A-Z]+\$1:\$[A-Z]+\$40$/);
    // tidak ada daftar sebaris lebih dari 255 karakter di lembar mana pun
    for (const f of Object.keys(zip.files).filter((x) => /^xl\/worksheets\/sheet\d+\.xml$/.test(x))) {
      for (const m of (await zip.file(f)!.async("string")).matchAll(/<formula1>"([^<]*)"<\/formula1>/g))
        expect(m[1].length).toBeLessThanOrEqual(BATAS_DAFTAR);
    }
  });

  test("Office.js: sumber daftar = rentang (=$X$1:$X$40) dan sel rentang itu berisi periode", async () => {
    const h = buatHostUji();
    const r = rencanaSiklus40();
    await h.Excel.run((ctx) =>
      terapkanRencana(ctx, r, {
        konfirmasi: async () => true,
        dukung: (s, v) => h.Office.context.requirements.isSetSupported(s, v),
        waktu: "2024-01-01T00:00:00Z",
      }),
    );
    const pub = h.ringkas().lembar.find((l) => l.nama === "SKM Publikasi")!;
    const dv = pub.validasi.find((v) => v.rentang.replace(/^.*!/, "").replace(/\$/g, "") === "B3")!;
    const m = /^=\$([A-Z]+)\$1:\$\1\$40$/.exec(dv.rule.list!.source);
    expect(m).not.toBeNull();
    expect(BULAN.map((_, i) => h.nilaiDi("SKM Publikasi", `${m![1]}${i + 1}`))).toEqual(BULAN);
  });
});
