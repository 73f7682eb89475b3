/**
 * Kesenjangan kualitas pelayanan (MUTU.GAP): lima dimensi seed 003, gap = rata-rata persepsi −
 * rata-rata harapan per butir atau per dimensi. Contoh dihitung tangan.
 */
import fc from "fast-check";
import * as fs from "fs";
import * as path from "path";
import { gap, gapPerButir, gapPerDimensi, rataRata } from "../../src/core/mutu";
import { DIMENSI_MUTU } from "../../src/frameworks/mutu";
import { mutuGap } from "../../src/functions/mutu";
import { jenisGalat, kodeExcel } from "../bantu/galat";

describe("lima dimensi (seed 003)", () => {
  test("urutan dan kata naskah: reliability, responsiveness, confidence, attention, tangibles", () => {
    expect(DIMENSI_MUTU.map((d) => d.namaNaskah)).toEqual([
      "reliability",
      "responsiveness",
      "confidence",
      "attention",
      "tangibles",
    ]);
    expect(DIMENSI_MUTU.map((d) => d.nama)).toEqual([
      "Keandalan",
      "Daya tanggap",
      "Keyakinan (jaminan)",
      "Perhatian (empati)",
      "Bukti fisik (berwujud)",
    ]);
    expect(DIMENSI_MUTU.map((d) => d.namaServqual)).toEqual([
      "reliability",
      "responsiveness",
      "assurance",
      "empathy",
      "tangibles",
    ]);
  });
  test("kata naskah memang tercetak di seed 003", () => {
    const berkas = path.join(__dirname, "..", "fixtures", "seeds", "003_5f5f47084b08675c.txt");
    const naskah = fs.readFileSync(berkas, "utf8").replace(/\s+/g, " ");
    expect(naskah).toContain("reliability, responsiveness, confidence, attention and tangibles");
  });
});

describe("inti gap", () => {
  test("per butir, jumlah responden berbeda (dihitung tangan)", () => {
    // butir 1: persepsi (3 + 4 + 5)/3 = 4, harapan (5 + 4)/2 = 4,5 → 4 − 4,5 = −0,5
    // butir 2: persepsi (4 + 5)/2 = 4,5, harapan (5 + 5)/2 = 5 → −0,5
    expect(
      gapPerButir(
        [
          [3, 4, 5],
          [4, 5],
        ],
        [
          [5, 4],
          [5, 5],
        ],
      ),
    ).toEqual([-0.5, -0.5]);
    expect(gap([3, 4, 5], [5, 4])).toBe(-0.5);
    expect(rataRata([1, 2, 3, 4])).toBe(2.5);
  });

  test("per dimensi = rata-rata gap butirnya", () => {
    // gap butir: −2, −2, −1, +1 → Keandalan (−2 + −2)/2 = −2; Daya tanggap −1; Bukti fisik +1
    const p = [
      [4, 2],
      [3, 3],
      [2, 4],
      [5, 5],
    ];
    const h = [
      [5, 5],
      [5, 5],
      [4, 4],
      [4, 4],
    ];
    expect(gapPerButir(p, h)).toEqual([-2, -2, -1, 1]);
    expect(gapPerDimensi(p, h, ["Keandalan", "Keandalan", "Daya tanggap", "Bukti fisik"])).toEqual([
      { dimensi: "Keandalan", gap: -2 },
      { dimensi: "Daya tanggap", gap: -1 },
      { dimensi: "Bukti fisik", gap: 1 },
    ]);
  });

  test("galat: butir tanpa jawaban #N/A, banyak butir/label berbeda #VALUE!", () => {
    expect(jenisGalat(() => gapPerButir([[1], []], [[1], [2]]))).toBe("NA");
    expect(jenisGalat(() => gapPerButir([[1]], [[1], [2]]))).toBe("NILAI");
    expect(jenisGalat(() => gapPerButir([], []))).toBe("NA");
    expect(jenisGalat(() => gapPerDimensi([[1]], [[1]], ["a", "b"]))).toBe("NILAI");
  });

  const skor = fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 30 });
  test("sifat: gap(P, H) = −gap(H, P); menambah c pada semua persepsi menambah gap sebesar c", () => {
    fc.assert(
      fc.property(skor, skor, fc.integer({ min: -3, max: 3 }), (p, h, c) => {
        expect(gap(p, h)).toBeCloseTo(-gap(h, p), 12);
        expect(
          gap(
            p.map((x) => x + c),
            h,
          ),
        ).toBeCloseTo(gap(p, h) + c, 12);
        expect(gap(p, p)).toBe(0);
      }),
    );
  });
  test("sifat: satu dimensi untuk semua butir = rata-rata gap butir", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(skor, skor), { minLength: 1, maxLength: 8 }), (butir) => {
        const p = butir.map((b) => b[0]);
        const h = butir.map((b) => b[1]);
        const g = gapPerButir(p, h);
        const [d] = gapPerDimensi(
          p,
          h,
          butir.map(() => "X"),
        );
        expect(d.gap).toBeCloseTo(g.reduce((a, b) => a + b, 0) / g.length, 12);
      }),
    );
  });
});

describe("MUTU.GAP (seperti Excel memanggilnya)", () => {
  // baris = responden, kolom = butir
  const persepsi = [
    [4, 3, 2, 5],
    [2, 3, 4, 5],
  ];
  const harapan = [
    [5, 5, 4, 4],
    [5, 5, 4, 4],
  ];

  test("tanpa dimensi: satu baris gap per kolom butir", () => {
    expect(mutuGap(persepsi, harapan)).toEqual([[-2, -2, -1, 1]]);
    expect(mutuGap(persepsi, harapan, [["", "", "", ""]])).toEqual([[-2, -2, -1, 1]]); // label kosong semua = tanpa dimensi
    expect(mutuGap(persepsi, harapan, null as unknown as undefined)).toEqual([[-2, -2, -1, 1]]);
  });

  test("dengan dimensi (baris atau kolom label): tabel [dimensi, gap]", () => {
    const label = [["Keandalan", "Keandalan", "Daya tanggap", "Bukti fisik (berwujud)"]];
    const harapanTabel = [
      ["Keandalan", -2],
      ["Daya tanggap", -1],
      ["Bukti fisik (berwujud)", 1],
    ];
    expect(mutuGap(persepsi, harapan, label)).toEqual(harapanTabel);
    expect(
      mutuGap(
        persepsi,
        harapan,
        label[0].map((x) => [x]),
      ),
    ).toEqual(harapanTabel);
  });

  test("sel kosong dilewati (responden tidak menjawab); satu baris rata-rata juga diterima", () => {
    // butir 1: (3 + 4 + 5)/3 − (5 + 4)/2 = −0,5; butir 2: (4 + 5)/2 − (5 + 5)/2 = −0,5
    expect(
      mutuGap(
        [
          [3, 4],
          [4, 5],
          [5, ""],
        ],
        [
          [5, 5],
          [4, 5],
        ],
      ),
    ).toEqual([[-0.5, -0.5]]);
    expect(
      mutuGap(
        [
          [3, 4],
          [4, 5],
          [5, null],
        ],
        [
          [5, 5],
          [4, 5],
        ],
      ),
    ).toEqual([[-0.5, -0.5]]);
    expect(mutuGap([[3.6, 4.2]], [[4.1, 4.2]])[0][1]).toBe(0);
  });

  test("galat", () => {
    expect(kodeExcel(() => mutuGap([[1, 2]], [[1, 2, 3]]))).toBe("#VALUE!"); // banyak butir berbeda
    expect(kodeExcel(() => mutuGap([[1, ""]], [[1, 2]]))).toBe("#N/A"); // butir 2 tanpa jawaban persepsi
    expect(kodeExcel(() => mutuGap([[1, "baik"]], [[1, 2]]))).toBe("#VALUE!");
    expect(kodeExcel(() => mutuGap([[1, 2]], [[1, 2]], [["A", ""]]))).toBe("#N/A"); // label dimensi kosong
    expect(kodeExcel(() => mutuGap([[1, 2]], [[1, 2]], [["A", "B", "C"]]))).toBe("#VALUE!");
  });
});
