/**
 * Kinerja pegawai (seed 002): nilai tertimbang lima aspek, kategori PP 46/2011 dan skala prestasi LAN 1998.
 */
import fc from "fast-check";
import { bacaSkala, kategoriPegawai, nilaiPegawai, nilaiTabelPegawai } from "../../src/core/pegawai";
import { ASPEK_PEGAWAI, BOBOT_PEGAWAI_BAWAAN } from "../../src/frameworks/pegawai";
import { pegawaiKategori, pegawaiNilai } from "../../src/functions/pegawai";
import { jenisGalat, kodeExcel } from "../bantu/galat";
import { contohPegawai, rencanaPegawai } from "../../src/plans/pegawai";
import { evaluasiRencana } from "../bantu/mesin-rumus";

describe("kerangka", () => {
  test("lima aspek seed 002, bobot bawaan sama 0,2", () => {
    expect(ASPEK_PEGAWAI.map((a) => a.kode)).toEqual([
      "kualitas",
      "kemampuan",
      "kerjasama",
      "tanggungJawab",
      "kreativitas",
    ]);
    expect(BOBOT_PEGAWAI_BAWAAN).toEqual([0.2, 0.2, 0.2, 0.2, 0.2]);
  });
});

describe("inti", () => {
  test("nilai tertimbang dihitung tangan", () => {
    // (80 + 90 + 70 + 100 + 60)/5 = 400/5 = 80
    expect(nilaiPegawai([80, 90, 70, 100, 60])).toBe(80);
    // bobot 2,1,1,1,0: (160 + 90 + 70 + 100 + 0)/5 = 420/5 = 84
    expect(nilaiPegawai([80, 90, 70, 100, 60], [2, 1, 1, 1, 0])).toBe(84);
    // LAN: (1 + 2 + 2 + 3 + 2)/5 = 2
    expect(nilaiPegawai([1, 2, 2, 3, 2], null, "lan")).toBe(2);
  });
  test("pita PP 46/2011 di tepi (tanpa pembulatan: > batas atas pita di bawahnya)", () => {
    const k = (x: number): string => kategoriPegawai(x);
    expect([100, 91, 90.5, 90.0001, 90, 76, 75.01, 75, 61, 60.5, 60, 51, 50.01, 50, 0].map(k)).toEqual([
      "Sangat baik",
      "Sangat baik",
      "Sangat baik",
      "Sangat baik",
      "Baik",
      "Baik",
      "Baik",
      "Cukup",
      "Cukup",
      "Cukup",
      "Kurang",
      "Kurang",
      "Kurang",
      "Buruk",
      "Buruk",
    ]);
    expect(jenisGalat(() => k(100.1))).toBe("ANGKA");
    expect(jenisGalat(() => k(-1))).toBe("ANGKA");
  });
  test("skala prestasi LAN: setengah ke tingkat yang lebih baik", () => {
    const k = (x: number): string => kategoriPegawai(x, "lan");
    expect([1, 1.5, 1.51, 2, 2.5, 3, 3.49, 4.5, 4.51, 5].map(k)).toEqual([
      "Istimewa",
      "Istimewa",
      "Sangat baik",
      "Sangat baik",
      "Sangat baik",
      "Normal",
      "Normal",
      "Kurang memuaskan",
      "Tidak memuaskan",
      "Tidak memuaskan",
    ]);
    expect(jenisGalat(() => k(0.9))).toBe("ANGKA");
    expect(jenisGalat(() => k(5.1))).toBe("ANGKA");
  });
  test("galat", () => {
    expect(jenisGalat(() => nilaiPegawai([80, 101]))).toBe("ANGKA");
    expect(jenisGalat(() => nilaiPegawai([80, 90], [1]))).toBe("NILAI");
    expect(jenisGalat(() => nilaiPegawai([80, 90], [0, 0]))).toBe("BAGI0");
    expect(jenisGalat(() => nilaiPegawai([80, 90], [-1, 2]))).toBe("ANGKA");
    expect(jenisGalat(() => nilaiPegawai([]))).toBe("NA");
    expect(jenisGalat(() => bacaSkala("dp3"))).toBe("NA");
    expect(bacaSkala(" LAN ")).toBe("lan");
    expect(bacaSkala("PP 46")).toBe("pp46");
    expect(() => nilaiTabelPegawai([[80], [120]])).toThrow("pegawai ke-2");
  });
  test("sifat: nilai di antara skor terkecil dan terbesar; kategori monoton", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: 0, max: 100, noNaN: true }), fc.integer({ min: 1, max: 10 })), {
          minLength: 1,
          maxLength: 6,
        }),
        (xs) => {
          const n = nilaiPegawai(
            xs.map((x) => x[0]),
            xs.map((x) => x[1]),
          );
          expect(n).toBeGreaterThanOrEqual(Math.min(...xs.map((x) => x[0])) - 1e-9);
          expect(n).toBeLessThanOrEqual(Math.max(...xs.map((x) => x[0])) + 1e-9);
        },
      ),
    );
    const urut = ["Buruk", "Kurang", "Cukup", "Baik", "Sangat baik"];
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (a, b) => {
          const [x, y] = a <= b ? [a, b] : [b, a];
          expect(urut.indexOf(kategoriPegawai(x))).toBeLessThanOrEqual(urut.indexOf(kategoriPegawai(y)));
        },
      ),
    );
  });
});

describe("fungsi Excel", () => {
  const skor = [
    [80, 90, 70, 100, 60],
    [95, 90, 85, 90, 95],
  ];
  test("PEGAWAI.NILAI: satu kolom per pegawai", () => {
    // pegawai 2: (95 + 90 + 85 + 90 + 95)/5 = 455/5 = 91
    expect(pegawaiNilai(skor)).toEqual([[80], [91]]);
    // pegawai 2 berbobot 2,1,1,1,0: (190 + 90 + 85 + 90)/5 = 455/5 = 91
    expect(pegawaiNilai(skor, [[2, 1, 1, 1, 0]])).toEqual([[84], [91]]);
    expect(pegawaiNilai([[1, 2, 2, 3, 2]], [["", "", "", "", ""]], "lan")).toEqual([[2]]);
    expect(pegawaiNilai([[1, 2, 2, 3, 2]], undefined, [["LAN"]])).toEqual([[2]]);
  });
  test("PEGAWAI.KATEGORI spill", () => {
    expect(pegawaiKategori([[80], [91], [90], [90.5]])).toEqual([["Baik"], ["Sangat baik"], ["Baik"], ["Sangat baik"]]);
    expect(pegawaiKategori([[1.5, 2.6]], "lan")).toEqual([["Istimewa", "Normal"]]);
  });
  test("galat Excel", () => {
    expect(kodeExcel(() => pegawaiNilai([[80, ""]]))).toBe("#N/A");
    expect(kodeExcel(() => pegawaiNilai([[80, "baik"]]))).toBe("#VALUE!");
    expect(kodeExcel(() => pegawaiNilai([[80, 120]]))).toBe("#NUM!");
    expect(kodeExcel(() => pegawaiNilai([[80, 90]], [[0, 0]]))).toBe("#DIV/0!");
    expect(kodeExcel(() => pegawaiNilai([[80, 90]], undefined, "dp3"))).toBe("#N/A");
    expect(kodeExcel(() => pegawaiKategori([[""]]))).toBe("#N/A");
    expect(kodeExcel(() => pegawaiKategori([[6]], "lan"))).toBe("#NUM!");
  });
});

describe("pembangun pegawai (rumus asli, dievaluasi HyperFormula)", () => {
  test("contoh: 80 Baik, 91 Sangat baik, 55 Kurang; bobot 2,1,1,1,0 → 84", () => {
    // pegawai C: (50 + 60 + 55 + 50 + 60)/5 = 275/5 = 55
    const r = rencanaPegawai(contohPegawai());
    expect(r.meta).toEqual({
      pembangun: "pegawai",
      versi: 1,
      opsi: { pegawai: 3, skala: "pp46", bobot: [1, 1, 1, 1, 1] },
    });
    const nilai = evaluasiRencana(r);
    const l = r.lembar[0].nama;
    expect([nilai(l, "G8"), nilai(l, "G9"), nilai(l, "G10")]).toEqual([80, 91, 55]);
    expect([nilai(l, "H8"), nilai(l, "H9"), nilai(l, "H10")]).toEqual(["Baik", "Sangat baik", "Kurang"]);
    const berbobot = evaluasiRencana(r, { [l]: { B5: 2, C5: 1, D5: 1, E5: 1, F5: 0 } });
    expect(berbobot(l, "G8")).toBeCloseTo(84, 12);
  });
  test("rumus kategori sama dengan inti di tepi pita (pp46 dan lan)", () => {
    const pp = rencanaPegawai({ pegawai: 1 });
    const l = pp.lembar[0].nama;
    for (const x of [90, 90.5, 75, 75.01, 60, 50, 50.01, 0, 100]) {
      const v = evaluasiRencana(pp, { [l]: { B8: x, C8: x, D8: x, E8: x, F8: x } });
      expect([x, v(l, "H8")]).toEqual([x, kategoriPegawai(x)]);
    }
    const lan = rencanaPegawai({ pegawai: 1, skala: "lan" });
    for (const x of [1, 1.5, 1.51, 2.5, 4.5, 4.51, 5]) {
      const v = evaluasiRencana(lan, { [l]: { B8: x, C8: x, D8: x, E8: x, F8: x } });
      expect([x, v(l, "H8")]).toEqual([x, kategoriPegawai(x, "lan")]);
    }
  });
});
