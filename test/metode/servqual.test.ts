/**
 * SERVQUAL: gap per butir/dimensi, gap tak tertimbang dan tertimbang; fungsi Excel dan `kinerja servqual`.
 * Semua angka harapan dihitung tangan di komentar.
 */
import fc from "fast-check";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  bobotDariResponden,
  bobotNormal,
  gapTakTertimbang,
  gapTertimbang,
  hitungServqual,
} from "../../src/core/servqual";
import { DIMENSI_SERVQUAL, PETA_BUTIR_SERVQUAL } from "../../src/frameworks/servqual";
import { DIMENSI_MUTU } from "../../src/frameworks/mutu";
import { servqualDimensi, servqualGap, servqualPeta, servqualTertimbang } from "../../src/functions/servqual";
import { jalankanServqual } from "../../src/cli/servqual";
import { GalatCli } from "../../src/cli/galat";
import { jenisGalat, kodeExcel } from "../bantu/galat";
import { contohServqual, rencanaServqual } from "../../src/plans/servqual";
import { selBeralamat } from "../../src/plans/rencana";
import { evaluasiRencana, kananLabelRencana } from "../bantu/mesin-rumus";

function galatCli(f: () => unknown): GalatCli {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(GalatCli);
    return e as GalatCli;
  }
  throw new Error("tanpa galat");
}

// Contoh kecil: 4 butir, peta [A, A, B, B], 2 responden.
// P: r1 = 4 3 5 2, r2 = 2 3 4 4 → rata-rata butir 3, 3, 4,5, 3
// E: r1 = 5 5 5 4, r2 = 5 4 5 4 → rata-rata butir 5, 4,5, 5, 4
// gap butir: −2, −1,5, −0,5, −1
// A: P (3 + 3)/2 = 3, E (5 + 4,5)/2 = 4,75, gap (−2 − 1,5)/2 = −1,75
// B: P (4,5 + 3)/2 = 3,75, E (5 + 4)/2 = 4,5, gap (−0,5 − 1)/2 = −0,75
// tak tertimbang (−1,75 − 0,75)/2 = −1,25; bobot 30,10 → 0,75 × −1,75 + 0,25 × −0,75 = −1,5
const P = [
  [4, 3, 5, 2],
  [2, 3, 4, 4],
];
const E = [
  [5, 5, 5, 4],
  [5, 4, 5, 4],
];
const perButir = (m: number[][]): number[][] => m[0].map((_, j) => m.map((r) => r[j]));

describe("kerangka SERVQUAL", () => {
  test("peta bawaan 22 butir: 4 + 5 + 4 + 4 + 5", () => {
    expect(PETA_BUTIR_SERVQUAL).toHaveLength(22);
    expect(DIMENSI_SERVQUAL.map((d) => d.butir.length)).toEqual([4, 5, 4, 4, 5]);
    expect(PETA_BUTIR_SERVQUAL[0]).toBe("Bukti fisik");
    expect(PETA_BUTIR_SERVQUAL[4]).toBe("Keandalan");
    expect(PETA_BUTIR_SERVQUAL[12]).toBe("Daya tanggap");
    expect(PETA_BUTIR_SERVQUAL[13]).toBe("Jaminan");
    expect(PETA_BUTIR_SERVQUAL[21]).toBe("Empati");
  });
  test("kode dimensi sama dengan lima dimensi seed 003", () => {
    expect(DIMENSI_SERVQUAL.map((d) => d.kode).sort()).toEqual(DIMENSI_MUTU.map((d) => d.kode).sort());
  });
});

describe("inti SERVQUAL", () => {
  test("contoh kecil dihitung tangan", () => {
    const h = hitungServqual(perButir(P), perButir(E), ["A", "A", "B", "B"], [30, 10]);
    expect(h.butir.map((b) => b.gap)).toEqual([-2, -1.5, -0.5, -1]);
    expect(h.dimensi).toEqual([
      { nama: "A", persepsi: 3, harapan: 4.75, gap: -1.75 },
      { nama: "B", persepsi: 3.75, harapan: 4.5, gap: -0.75 },
    ]);
    expect(h.gap).toBe(-1.25);
    expect(h.gapTertimbang).toBe(-1.5);
  });

  test("peta bawaan: butir 1 P = 2, lainnya P = 4, semua E = 5", () => {
    // gap butir: −3 (butir 1), −1 lainnya; bukti fisik (−3 − 1 − 1 − 1)/4 = −1,5; dimensi lain −1
    // tak tertimbang (−1,5 − 4)/5 = −1,1; bobot 60,10,10,10,10 → 0,6 × −1,5 + 0,4 × −1 = −1,3
    const p = Array.from({ length: 22 }, (_, j) => [j === 0 ? 2 : 4]);
    const e = Array.from({ length: 22 }, () => [5]);
    const h = hitungServqual(p, e, null, [60, 10, 10, 10, 10]);
    expect(h.dimensi.map((d) => d.nama)).toEqual(["Bukti fisik", "Keandalan", "Daya tanggap", "Jaminan", "Empati"]);
    expect(h.dimensi.map((d) => d.gap)).toEqual([-1.5, -1, -1, -1, -1]);
    expect(h.gap).toBeCloseTo(-1.1, 12);
    expect(h.gapTertimbang).toBeCloseTo(-1.3, 12);
    expect(hitungServqual(p, e).gapTertimbang).toBeNull();
  });

  test("galat: butir bukan 22 tanpa peta, skala, bobot", () => {
    expect(jenisGalat(() => hitungServqual(perButir(P), perButir(E)))).toBe("NILAI");
    expect(jenisGalat(() => hitungServqual([[8]], [[5]], ["A"]))).toBe("ANGKA");
    expect(jenisGalat(() => hitungServqual([[0]], [[5]], ["A"]))).toBe("ANGKA");
    expect(jenisGalat(() => hitungServqual([[]], [[5]], ["A"]))).toBe("NA");
    expect(jenisGalat(() => gapTertimbang([-1, -2], [1]))).toBe("NILAI");
    expect(jenisGalat(() => gapTertimbang([-1, -2], [0, 0]))).toBe("BAGI0");
    expect(jenisGalat(() => gapTertimbang([-1, -2], [-1, 2]))).toBe("ANGKA");
  });

  test("bobot responden dirata-rata per dimensi: (20 + 40)/2 = 30, (80 + 60)/2 = 70", () => {
    expect(
      bobotDariResponden([
        [20, 80],
        [40, 60],
      ]),
    ).toEqual([30, 70]);
    expect(bobotNormal([30, 70])).toEqual([0.3, 0.7]);
  });

  test("sifat: bobot sama = tak tertimbang; tertimbang di antara gap dimensi terkecil dan terbesar", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -6, max: 6, noNaN: true }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1, max: 100 }),
        (g, w) => {
          expect(
            gapTertimbang(
              g,
              g.map(() => w),
            ),
          ).toBeCloseTo(gapTakTertimbang(g), 9);
          const t = gapTertimbang(
            g,
            g.map((_, i) => i + 1),
          );
          expect(t).toBeGreaterThanOrEqual(Math.min(...g) - 1e-9);
          expect(t).toBeLessThanOrEqual(Math.max(...g) + 1e-9);
        },
      ),
    );
  });
});

describe("fungsi Excel SERVQUAL", () => {
  const peta = [["A", "A", "B", "B"]];
  test("SERVQUAL.DIMENSI, SERVQUAL.GAP, SERVQUAL.TERTIMBANG", () => {
    expect(servqualDimensi(P, E, peta)).toEqual([
      ["A", 3, 4.75, -1.75],
      ["B", 3.75, 4.5, -0.75],
    ]);
    expect(servqualGap(P, E, peta)).toBe(-1.25);
    expect(servqualTertimbang(P, E, [[30, 10]], peta)).toBe(-1.5);
    expect(servqualTertimbang(P, E, [[30], [10]], peta)).toBe(-1.5);
    // tabel responden: (20 + 40)/2 = 30, (0 + 20)/2 = 10 → sama dengan 30, 10
    expect(
      servqualTertimbang(
        P,
        E,
        [
          [20, 0],
          [40, 20],
        ],
        peta,
      ),
    ).toBe(-1.5);
  });
  test("sel kosong dilewati: butir 2 hanya r1 (P 3) → gap butir 2 = 3 − 4,5 = −1,5 (tetap)", () => {
    const p = [
      [4, 3, 5, 2],
      [2, "", 4, 4],
    ];
    expect(servqualGap(p, E, peta)).toBe(-1.25);
  });
  test("galat Excel", () => {
    expect(kodeExcel(() => servqualGap(P, E))).toBe("#VALUE!");
    expect(kodeExcel(() => servqualGap([[4, "x", 5, 2]], E, peta))).toBe("#VALUE!");
    expect(kodeExcel(() => servqualGap([[4, 3, 5]], E, [["A", "A", "B"]]))).toBe("#VALUE!");
    expect(kodeExcel(() => servqualGap(P, E, [["A", "", "B", "B"]]))).toBe("#N/A");
    expect(kodeExcel(() => servqualGap([[9, 3, 5, 2]], E, peta))).toBe("#NUM!");
    expect(kodeExcel(() => servqualTertimbang(P, E, [[0, 0]], peta))).toBe("#DIV/0!");
    expect(kodeExcel(() => servqualTertimbang(P, E, [[1, 2, 3]], peta))).toBe("#VALUE!");
  });
  test("SERVQUAL.PETA", () => {
    const t = servqualPeta();
    expect(t).toHaveLength(22);
    expect(t[0]).toEqual([1, "Bukti fisik", "tangibles"]);
    expect(t[21]).toEqual([22, "Empati", "empathy"]);
  });
});

describe("kinerja servqual", () => {
  const dir = mkdtempSync(join(tmpdir(), "servqual-"));
  const berkas = (nama: string, isi: string): string => {
    const p = join(dir, nama);
    writeFileSync(p, isi);
    return p;
  };
  const csv = berkas("kecil.csv", "responden,P1,P2,P3,P4,E1,E2,E3,E4\n1,4,3,5,2,5,5,5,4\n2,2,3,4,4,5,4,5,4\n");
  const petaCsv = berkas("peta.csv", "butir,dimensi\n1,A\n2,A\n3,B\n4,B\n");

  test("JSON dengan peta dan bobot", () => {
    const j = JSON.parse(jalankanServqual({ input: csv, peta: petaCsv, bobot: "30,10", json: true }));
    expect(j).toEqual({
      dimensi: [
        { nama: "A", persepsi: 3, harapan: 4.75, gap: -1.75 },
        { nama: "B", persepsi: 3.75, harapan: 4.5, gap: -0.75 },
      ],
      gap: -1.25,
      gapTertimbang: -1.5,
    });
    expect(JSON.parse(jalankanServqual({ input: csv, peta: petaCsv, json: true })).gapTertimbang).toBeNull();
  });
  test("teks", () => {
    const t = jalankanServqual({ input: csv, peta: petaCsv });
    expect(t).toContain("Gap tak tertimbang: -1.2500");
    expect(t).toContain("Gap tertimbang: - (tanpa --bobot)");
  });
  test("22 butir dengan peta bawaan, pemisah titik koma", () => {
    const kepala = [
      ...Array.from({ length: 22 }, (_, j) => `P${j + 1}`),
      ...Array.from({ length: 22 }, (_, j) => `E${j + 1}`),
    ].join(";");
    const baris = [
      ...Array.from({ length: 22 }, (_, j) => (j === 0 ? "2" : "4")),
      ...Array.from({ length: 22 }, () => "5"),
    ].join(";");
    const j = JSON.parse(
      jalankanServqual({ input: berkas("22.csv", `${kepala}\n${baris}\n`), bobot: "60,10,10,10,10", json: true }),
    );
    expect(j.dimensi.map((d: { gap: number }) => d.gap)).toEqual([-1.5, -1, -1, -1, -1]);
    expect(j.gap).toBeCloseTo(-1.1, 12);
    expect(j.gapTertimbang).toBeCloseTo(-1.3, 12);
  });
  test.each([
    ["tanpa peta untuk 4 butir", () => jalankanServqual({ input: csv }), /peta bawaan untuk 22 butir/],
    [
      "jawaban di luar skala",
      () =>
        jalankanServqual({ input: berkas("luar.csv", "P1,E1\n9,5\n"), peta: berkas("p1.csv", "butir,dimensi\n1,A\n") }),
      /baris 2, kolom P1: 9 di luar skala/,
    ],
    [
      "teks di sel",
      () =>
        jalankanServqual({
          input: berkas("teks.csv", "P1,E1\nx,5\n"),
          peta: berkas("p1b.csv", "butir,dimensi\n1,A\n"),
        }),
      /kolom P1: "x" bukan angka/,
    ],
    [
      "P dan E tidak sama banyak",
      () => jalankanServqual({ input: berkas("pe.csv", "P1,P2,E1\n1,2,3\n") }),
      /2 kolom P tetapi 1 kolom E/,
    ],
    [
      "kolom P bercelah",
      () => jalankanServqual({ input: berkas("celah.csv", "P1,P3,E1,E3\n1,2,3,4\n") }),
      /kolom P2 tidak ada/,
    ],
    [
      "peta tidak lengkap",
      () => jalankanServqual({ input: csv, peta: berkas("kurang.csv", "butir,dimensi\n1,A\n2,A\n3,B\n") }),
      /butir 4 tidak dipetakan/,
    ],
    [
      "banyak bobot salah",
      () => jalankanServqual({ input: csv, peta: petaCsv, bobot: "20,20,20" }),
      /--bobot: banyak bobot \(3\)/,
    ],
    ["bobot bukan angka", () => jalankanServqual({ input: csv, peta: petaCsv, bobot: "20,x" }), /--bobot: bagian ke-2/],
    ["berkas tidak ada", () => jalankanServqual({ input: join(dir, "tidak-ada.csv") }), /tidak ditemukan/],
  ])("galat: %s → kode keluar 2", (_n, f, pesan) => {
    const g = galatCli(f);
    expect(g.kodeKeluar).toBe(2);
    expect(g.message).toMatch(pesan);
    expect(g.message).not.toContain("\n");
  });
});

describe("pembangun SERVQUAL (rumus asli, dievaluasi HyperFormula)", () => {
  test("contoh kecil: gap −1,25 dan tertimbang −1,5, sama dengan inti", () => {
    const r = rencanaServqual({ responden: 2, peta: ["A", "A", "B", "B"], bobot: [30, 10], persepsi: P, harapan: E });
    expect(r.meta).toEqual({
      pembangun: "servqual",
      versi: 1,
      opsi: { responden: 2, peta: ["A", "A", "B", "B"], bobot: [30, 10] },
    });
    const l = r.lembar[0];
    const sel = [...selBeralamat(l)];
    const kanan = (teks: string): string => kananLabelRencana(l, teks);
    sel.filter((x) => x.sel.peran === "hitung").forEach((x) => expect(x.sel.rumus).toMatch(/^=/));
    const nilai = evaluasiRencana(r);
    expect(nilai(l.nama, kanan("Gap tak tertimbang (rata-rata gap dimensi)"))).toBeCloseTo(-1.25, 12);
    expect(nilai(l.nama, kanan("Gap tertimbang (Σ bobot normal × gap)"))).toBeCloseTo(-1.5, 12);
    const kunci = sel.filter((x) => x.sel.peran === "masukan").map((x) => x.sel.kunci);
    expect(new Set(kunci).size).toBe(kunci.length);
  });
  test("contoh 22 butir: sama dengan hitungServqual", () => {
    const o = contohServqual();
    const r = rencanaServqual(o);
    const h = hitungServqual(perButir(o.persepsi as number[][]), perButir(o.harapan as number[][]), null, o.bobot);
    const l = r.lembar[0];
    const kanan = (teks: string): string => kananLabelRencana(l, teks);
    const nilai = evaluasiRencana(r);
    expect(nilai(l.nama, kanan("Gap tak tertimbang (rata-rata gap dimensi)"))).toBeCloseTo(h.gap, 12);
    expect(nilai(l.nama, kanan("Gap tertimbang (Σ bobot normal × gap)"))).toBeCloseTo(h.gapTertimbang as number, 12);
  });
});
