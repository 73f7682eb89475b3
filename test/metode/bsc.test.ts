/**
 * Balanced Scorecard (seed 000): inti capaian/skor/status, kerangka empat perspektif, dan pembungkus
 * BSC.CAPAIAN / BSC.SCORE / BSC.STATUS dipanggil seperti Excel memanggilnya (rentang 2-D).
 */
import fc from "fast-check";
import * as fs from "fs";
import * as path from "path";
import { capaian, skor, status, arahIndikator } from "../../src/core/bsc";
import { AMBANG_STATUS_BSC, PERSPEKTIF_BSC } from "../../src/frameworks/bsc";
import { bscCapaian, bscScore, bscStatus } from "../../src/functions/bsc";
import { jenisGalat, kodeExcel } from "../bantu/galat";

const positif = fc.double({ min: 1e-6, max: 1e9, noNaN: true });
const takNegatif = fc.double({ min: 0, max: 1e9, noNaN: true });

describe("kerangka BSC (seed 000)", () => {
  test("empat perspektif dengan indikator yang disebut naskah", () => {
    expect(PERSPEKTIF_BSC.map((p) => p.kode)).toEqual(["keuangan", "pelanggan", "proses", "pembelajaran"]);
    expect(PERSPEKTIF_BSC.map((p) => p.nama)).toEqual([
      "Perspektif Keuangan",
      "Perspektif Pelanggan (Masyarakat)",
      "Perspektif Proses Bisnis Internal",
      "Perspektif Pembelajaran dan Pertumbuhan",
    ]);
    const nama = (k: string) => PERSPEKTIF_BSC.find((p) => p.kode === k)!.indikator.map((i) => i.nama);
    // "pengelolaan keuangan, penggunaan anggaran dan kecukupan anggaran pelayanan publik"
    expect(nama("keuangan")).toEqual([
      "Pengelolaan keuangan",
      "Penggunaan anggaran",
      "Kecukupan anggaran pelayanan publik",
    ]);
    expect(nama("proses")).toEqual(["Sarana dan prasarana", "Proses operasional"]);
    expect(nama("pembelajaran")).toEqual([
      "Kapabilitas pegawai",
      "Kapabilitas sistem informasi",
      "Motivasi, pemberdayaan dan keselarasan individu",
    ]);
    expect(nama("pelanggan")).toContain("Kepuasan masyarakat terhadap pelayanan");
  });

  test("setiap perspektif dan indikator menyebut sumbernya di seed 000, kode indikator unik", () => {
    for (const p of PERSPEKTIF_BSC) {
      expect(p.sumber).toMatch(/^seed 000/);
      for (const i of p.indikator) {
        expect(i.sumber).toMatch(/^seed 000/);
        expect(i.bobot).toBeGreaterThan(0);
      }
    }
    const kode = PERSPEKTIF_BSC.flatMap((p) => p.indikator.map((i) => i.kode));
    expect(new Set(kode).size).toBe(kode.length);
  });

  test("nama perspektif tercetak di naskah", () => {
    const berkas = path.join(__dirname, "..", "fixtures", "seeds", "000_5b9e44d47d082697.txt");
    const naskah = fs.readFileSync(berkas, "utf8").replace(/\s+/g, " ");
    for (const p of PERSPEKTIF_BSC) expect(naskah.toLowerCase()).toContain(p.nama.toLowerCase());
  });
});

describe("capaian", () => {
  test("naik: realisasi / target (Seberang Ulu II 2014, seed 001 bagian Akuntabilitas: KK 4801 buah, target 4500)", () => {
    expect(capaian(4801, 4500)).toBeCloseTo(4801 / 4500, 15); // = 1,066888…
    expect(capaian(4801, 4500, "naik")).toBeCloseTo(1.0668888888888888, 12);
    expect(capaian(11279, 11000, "naik")).toBeCloseTo(11279 / 11000, 15); // KTP: 1,02536…
  });

  test("turun: (2 × target − realisasi) / target, dihitung tangan", () => {
    // target waktu layanan 10 hari
    expect(capaian(8, 10, "turun")).toBe(1.2); // (20 − 8) / 10 = 12/10
    expect(capaian(12, 10, "turun")).toBe(0.8); // (20 − 12) / 10 = 8/10
    expect(capaian(0, 10, "turun")).toBe(2); // (20 − 0) / 10
    expect(capaian(25, 10, "turun")).toBe(-0.5); // (20 − 25) / 10: tidak dipotong ke 0
  });

  test("batas memotong dari atas saja", () => {
    expect(capaian(4801, 4500, "naik", 1)).toBe(1);
    expect(capaian(8, 10, "turun", 1.1)).toBe(1.1);
    expect(capaian(9, 10, "naik", 1.2)).toBe(0.9);
  });

  test("arah tidak peka huruf besar/spasi; arah lain → #N/A", () => {
    expect(arahIndikator(" Turun ")).toBe("turun");
    expect(jenisGalat(() => capaian(1, 2, "naik-turun"))).toBe("NA");
    expect(jenisGalat(() => capaian(1, 2, ""))).toBe("NA");
  });

  test("galat: target 0 → #DIV/0!, negatif → #NUM!, kosong → #N/A, teks → #VALUE!", () => {
    expect(jenisGalat(() => capaian(5, 0))).toBe("BAGI0");
    expect(jenisGalat(() => capaian(5, 0, "turun"))).toBe("BAGI0");
    expect(jenisGalat(() => capaian(-1, 5))).toBe("ANGKA");
    expect(jenisGalat(() => capaian(1, -5))).toBe("ANGKA");
    expect(jenisGalat(() => capaian(1, 5, "naik", -1))).toBe("ANGKA");
    expect(jenisGalat(() => capaian(null as unknown as number, 5))).toBe("NA");
    expect(jenisGalat(() => capaian("5" as unknown as number, 5))).toBe("NILAI");
  });

  test("sifat: realisasi = target memberi 1 untuk kedua arah", () => {
    fc.assert(
      fc.property(positif, (t) => {
        expect(capaian(t, t, "naik")).toBe(1);
        expect(capaian(t, t, "turun")).toBe(1);
      }),
    );
  });

  test("sifat: capaian naik + capaian turun = 2; batas tidak pernah terlampaui", () => {
    fc.assert(
      fc.property(takNegatif, positif, fc.double({ min: 0, max: 10, noNaN: true }), (r, t, b) => {
        // toleransi relatif: r/t bisa sangat besar sehingga penjumlahan kehilangan digit
        expect(Math.abs(capaian(r, t, "naik") + capaian(r, t, "turun") - 2)).toBeLessThanOrEqual(1e-12 * (2 + r / t));
        expect(capaian(r, t, "naik", b)).toBeLessThanOrEqual(b);
        expect(capaian(r, t, "turun", b)).toBeLessThanOrEqual(b);
      }),
    );
  });

  test("sifat: naik membesar bila realisasi membesar, turun mengecil", () => {
    fc.assert(
      fc.property(takNegatif, takNegatif, positif, (a, b, t) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(capaian(lo, t, "naik")).toBeLessThanOrEqual(capaian(hi, t, "naik"));
        expect(capaian(lo, t, "turun")).toBeGreaterThanOrEqual(capaian(hi, t, "turun"));
      }),
    );
  });
});

describe("skor", () => {
  test("Σ nilai × bobot / Σ bobot, dihitung tangan", () => {
    // (1,2 × 30 + 0,9 × 50 + 0,5 × 20) / (30 + 50 + 20) = (36 + 45 + 10) / 100 = 0,91
    expect(skor([1.2, 0.9, 0.5], [30, 50, 20])).toBeCloseTo(0.91, 15);
    // bobot pecahan yang tidak berjumlah 1: (1 × 0,2 + 0,5 × 0,2) / 0,4 = 0,75
    expect(skor([1, 0.5], [0.2, 0.2])).toBeCloseTo(0.75, 15);
    // bobot 0 dibolehkan selama jumlahnya tidak 0
    expect(skor([1, 0.2], [1, 0])).toBe(1);
  });

  test("galat: jumlah bobot 0 → #DIV/0!, bobot negatif → #NUM!, panjang beda → #VALUE!, kosong → #N/A", () => {
    expect(jenisGalat(() => skor([1, 2], [0, 0]))).toBe("BAGI0");
    expect(jenisGalat(() => skor([1, 2], [1, -1]))).toBe("ANGKA");
    expect(jenisGalat(() => skor([1, 2], [1]))).toBe("NILAI");
    expect(jenisGalat(() => skor([], []))).toBe("NA");
  });

  test("sifat: invarian terhadap penskalaan semua bobot", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.double({ min: -10, max: 10, noNaN: true }), fc.double({ min: 0.01, max: 100, noNaN: true })),
          { minLength: 1, maxLength: 20 },
        ),
        fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
        (pasangan, k) => {
          const x = pasangan.map((p) => p[0]);
          const w = pasangan.map((p) => p[1]);
          expect(
            skor(
              x,
              w.map((v) => v * k),
            ),
          ).toBeCloseTo(skor(x, w), 9);
        },
      ),
    );
  });

  test("sifat: skor di antara nilai terkecil dan terbesar; bobot sama = rata-rata", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: 1, maxLength: 20 }),
        fc.double({ min: 0.1, max: 10, noNaN: true }),
        (x, w) => {
          const s = skor(
            x,
            x.map(() => w),
          );
          expect(s).toBeGreaterThanOrEqual(Math.min(...x) - 1e-9);
          expect(s).toBeLessThanOrEqual(Math.max(...x) + 1e-9);
          expect(s).toBeCloseTo(x.reduce((a, b) => a + b, 0) / x.length, 9);
        },
      ),
    );
  });
});

describe("status", () => {
  test("bawaan 1,0 / 0,8 dengan batas bawah inklusif", () => {
    expect(AMBANG_STATUS_BSC).toEqual({ hijau: 1, kuning: 0.8 });
    expect(status(1)).toBe("Hijau");
    expect(status(1.5)).toBe("Hijau");
    expect(status(0.9999999)).toBe("Kuning");
    expect(status(0.8)).toBe("Kuning");
    expect(status(0.7999999)).toBe("Merah");
    expect(status(0)).toBe("Merah");
    expect(status(-0.5)).toBe("Merah");
  });

  test("ambang sendiri; ambang sama memberi tanpa Kuning; kuning > hijau → #NUM!", () => {
    expect(status(0.85, 0.9, 0.7)).toBe("Kuning");
    expect(status(0.9, 0.9, 0.7)).toBe("Hijau");
    expect(status(0.7, 0.9, 0.7)).toBe("Kuning");
    expect(status(0.95, 0.9, 0.9)).toBe("Hijau");
    expect(status(0.89, 0.9, 0.9)).toBe("Merah");
    expect(jenisGalat(() => status(1, 0.8, 0.9))).toBe("ANGKA");
    expect(jenisGalat(() => status(undefined as unknown as number))).toBe("NA");
    expect(jenisGalat(() => status("Hijau" as unknown as number))).toBe("NILAI");
  });

  test("Seberang Ulu II 2014: KK 4801/4500 dan KTP 11279/11000 sama-sama Hijau", () => {
    expect(status(capaian(4801, 4500))).toBe("Hijau");
    expect(status(capaian(11279, 11000))).toBe("Hijau");
  });
});

describe("pembungkus BSC.* (seperti Excel memanggilnya)", () => {
  const kasus = fs
    .readFileSync(path.join(__dirname, "..", "fixtures", "kasus", "seberang-ulu-ii-2014-target.csv"), "utf8")
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((b) => b.split(","));
  const realisasi = kasus.map((k) => [Number(k[1])]);
  const target = kasus.map((k) => [Number(k[2])]);

  test("BSC.CAPAIAN: rentang kolom → spill kolom (seberang-ulu-ii-2014-target.csv)", () => {
    expect(kasus.map((k) => k[0])).toEqual(["KK", "KTP"]);
    const h = bscCapaian(realisasi, target);
    expect(h).toHaveLength(2);
    expect(h[0][0]).toBeCloseTo(4801 / 4500, 15);
    expect(h[1][0]).toBeCloseTo(11279 / 11000, 15);
  });

  test("BSC.CAPAIAN: satu sel, arah per baris, batas satu sel, sel kosong arah/batas = bawaan", () => {
    expect(bscCapaian([[8]], [[10]], [["turun"]])).toEqual([[1.2]]);
    expect(bscCapaian([[8], [8]], [[10]], [["turun"], ["naik"]])).toEqual([[1.2], [0.8]]);
    expect(bscCapaian([[8], [12]], [[10], [10]], [[""], [null]])).toEqual([[0.8], [1.2]]);
    expect(bscCapaian([[8], [12]], [[10], [10]], [["naik"]], [[1]])).toEqual([[0.8], [1]]);
    expect(bscCapaian([[12]], [[10]], undefined, [[""]])).toEqual([[1.2]]);
    expect(bscCapaian([[12]], [[10]], null as unknown as undefined, null as unknown as undefined)).toEqual([[1.2]]);
  });

  test("BSC.CAPAIAN: galat sebagai CustomFunctions.Error", () => {
    expect(kodeExcel(() => bscCapaian([[5]], [[0]]))).toBe("#DIV/0!");
    expect(kodeExcel(() => bscCapaian([[-5]], [[10]]))).toBe("#NUM!");
    expect(kodeExcel(() => bscCapaian([[5]], [[10]], [["menurun"]]))).toBe("#N/A");
    expect(kodeExcel(() => bscCapaian([[""]], [[10]]))).toBe("#N/A"); // realisasi kosong: data belum ada
    expect(kodeExcel(() => bscCapaian([[5]], [[null]]))).toBe("#N/A");
    expect(kodeExcel(() => bscCapaian([["lima"]], [[10]]))).toBe("#VALUE!");
    expect(kodeExcel(() => bscCapaian([[1], [2]], [[1, 2]]))).toBe("#VALUE!"); // bentuk berbeda
  });

  test("BSC.CAPAIAN: pesan menyebut baris yang gagal", () => {
    try {
      bscCapaian([[1], [2]], [[1], [0]]);
      throw new Error("seharusnya gagal");
    } catch (e) {
      expect((e as CustomFunctions.Error).code).toBe("#DIV/0!");
      expect((e as Error).message).toContain("baris 2");
    }
  });

  test("BSC.SCORE: rentang berbentuk sama", () => {
    expect(bscScore([[1.2], [0.9], [0.5]], [[30], [50], [20]])).toBeCloseTo(0.91, 15);
    expect(bscScore([[1.2, 0.9, 0.5]], [[0.3, 0.5, 0.2]])).toBeCloseTo(0.91, 15);
  });

  test("BSC.SCORE: galat (bentuk beda #VALUE!, sel kosong #N/A, bobot 0 #DIV/0!, bobot negatif #NUM!)", () => {
    expect(kodeExcel(() => bscScore([[1], [2]], [[1, 2]]))).toBe("#VALUE!");
    expect(kodeExcel(() => bscScore([[1], [2], [3]], [[1], [2]]))).toBe("#VALUE!");
    expect(kodeExcel(() => bscScore([[1], [""]], [[1], [1]]))).toBe("#N/A");
    expect(kodeExcel(() => bscScore([[1], [2]], [[1], [null]]))).toBe("#N/A");
    expect(kodeExcel(() => bscScore([[1], [2]], [[0], [0]]))).toBe("#DIV/0!");
    expect(kodeExcel(() => bscScore([[1], [2]], [[2], [-1]]))).toBe("#NUM!");
    expect(kodeExcel(() => bscScore([[1], ["x"]], [[1], [1]]))).toBe("#VALUE!");
  });

  test("BSC.STATUS: spill, ambang kosong = bawaan", () => {
    expect(bscStatus([[1], [0.8], [0.79]])).toEqual([["Hijau"], ["Kuning"], ["Merah"]]);
    expect(bscStatus([[0.85]], "", null)).toEqual([["Kuning"]]);
    expect(bscStatus([[0.85]], 0.85)).toEqual([["Hijau"]]);
    expect(bscStatus([[0.75, 0.65]], 0.9, 0.7)).toEqual([["Kuning", "Merah"]]);
    expect(bscStatus(bscCapaian(realisasi, target))).toEqual([["Hijau"], ["Hijau"]]);
  });

  test("BSC.STATUS: galat", () => {
    expect(kodeExcel(() => bscStatus([[""]]))).toBe("#N/A");
    expect(kodeExcel(() => bscStatus([["Hijau"]]))).toBe("#VALUE!");
    expect(kodeExcel(() => bscStatus([[1]], 0.8, 0.9))).toBe("#NUM!");
    expect(kodeExcel(() => bscStatus([[1]], "tinggi"))).toBe("#VALUE!");
  });
});
