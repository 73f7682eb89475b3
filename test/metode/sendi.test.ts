/**
 * Delapan sendi pelayanan (Kepmenpan 81/1993 melalui seed 003): total, persen, sendi terlemah.
 */
import fc from "fast-check";
import * as fs from "fs";
import * as path from "path";
import { persenSendi, rataRataSendi, sendiTerlemah, totalSendi } from "../../src/core/sendi";
import { SENDI_PELAYANAN } from "../../src/frameworks/sendi";
import { sendiDaftar, sendiPersen, sendiTerlemah as sendiTerlemahExcel, sendiTotal } from "../../src/functions/sendi";
import { jenisGalat, kodeExcel } from "../bantu/galat";
import { contohSendi, rencanaSendi } from "../../src/plans/sendi";
import { evaluasiRencana, kananLabelRencana } from "../bantu/mesin-rumus";

describe("kerangka", () => {
  test("delapan sendi dalam urutan seed 003", () => {
    expect(SENDI_PELAYANAN.map((s) => s.nama)).toEqual([
      "Kesederhanaan",
      "Kejelasan dan kepastian",
      "Keamanan",
      "Keterbukaan",
      "Efisiensi",
      "Ekonomis",
      "Keadilan yang merata",
      "Ketepatan waktu",
    ]);
  });
  test("daftar tercetak di seed 003", () => {
    const berkas = path.join(__dirname, "..", "fixtures", "seeds", "003_5f5f47084b08675c.txt");
    const naskah = fs.readFileSync(berkas, "utf8").replace(/\s+/g, " ");
    expect(naskah).toContain(
      "1) Kesederhanaan Pelayanan 2) Kejelasan dan Kepastian Pelayanan 3) Keamanan dalam Pelayanan 4) Keterbukaan Dalam Pelayanan",
    );
    expect(naskah).toContain("7) Keadilan yang Merata dalam Pelayanan 8) Ketepatan waktu dalam pelayanan");
  });
});

// skor 4,3,5,2,4,3,2,5: total 4+3+5+2+4+3+2+5 = 28; persen 28/(8 × 5) = 0,7; rata-rata 28/8 = 3,5
// terendah 2: sendi ke-4 (Keterbukaan) dan ke-7 (Keadilan yang merata)
const skor = [4, 3, 5, 2, 4, 3, 2, 5];

describe("inti", () => {
  test("dihitung tangan", () => {
    expect(totalSendi(skor)).toBe(28);
    expect(persenSendi(skor)).toBe(0.7);
    expect(rataRataSendi(skor)).toBe(3.5);
    expect(sendiTerlemah(skor)).toBe("Keterbukaan; Keadilan yang merata");
    expect(sendiTerlemah([4, 3, 5, 3, 4, 3, 1, 5])).toBe("Keadilan yang merata");
    expect(sendiTerlemah([2, 1], ["A", "B"])).toBe("B");
  });
  test("skala pilihan pengguna: 0–10", () => {
    // 10 + 0 = 10; persen 10/(2 × 10) = 0,5
    expect(totalSendi([10, 0], { min: 0, maks: 10 })).toBe(10);
    expect(persenSendi([10, 0], { min: 0, maks: 10 })).toBe(0.5);
  });
  test("galat", () => {
    expect(jenisGalat(() => totalSendi([6]))).toBe("ANGKA");
    expect(jenisGalat(() => totalSendi([0]))).toBe("ANGKA");
    expect(jenisGalat(() => totalSendi([3], { min: 5, maks: 1 }))).toBe("ANGKA");
    expect(jenisGalat(() => totalSendi([]))).toBe("NA");
    expect(jenisGalat(() => sendiTerlemah([1, 2, 3]))).toBe("NILAI");
    expect(jenisGalat(() => sendiTerlemah([1, 2], ["A"]))).toBe("NILAI");
  });
  test("sifat: sendi terlemah memang berskor minimum", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 8, maxLength: 8 }), (s) => {
        const nama = sendiTerlemah(s).split("; ");
        const min = Math.min(...s);
        expect(nama.length).toBe(s.filter((x) => x === min).length);
        nama.forEach((n) => expect(s[SENDI_PELAYANAN.findIndex((x) => x.nama === n)]).toBe(min));
        expect(totalSendi(s)).toBeGreaterThanOrEqual(8 * min);
      }),
    );
  });
});

describe("fungsi Excel", () => {
  const kolomSkor = skor.map((x) => [x]);
  test("SENDI.TOTAL, SENDI.PERSEN, SENDI.TERLEMAH, SENDI.DAFTAR", () => {
    expect(sendiTotal(kolomSkor)).toBe(28);
    expect(sendiPersen(kolomSkor)).toBe(0.7);
    expect(sendiTerlemahExcel(kolomSkor)).toBe("Keterbukaan; Keadilan yang merata");
    expect(sendiTerlemahExcel([[2, 1]], [["A", "B"]])).toBe("B");
    expect(sendiTotal([[10, 0]], 0, 10)).toBe(10);
    expect(sendiDaftar()[7]).toEqual([8, "Ketepatan waktu"]);
  });
  test("galat Excel", () => {
    expect(kodeExcel(() => sendiTotal([[4, ""]]))).toBe("#N/A");
    expect(kodeExcel(() => sendiTotal([[4, "x"]]))).toBe("#VALUE!");
    expect(kodeExcel(() => sendiTotal([[6]]))).toBe("#NUM!");
    expect(kodeExcel(() => sendiTotal([[3]], "a"))).toBe("#VALUE!");
    expect(kodeExcel(() => sendiTerlemahExcel([[1, 2, 3]]))).toBe("#VALUE!");
    expect(kodeExcel(() => sendiTerlemahExcel([[1, 2]], [["A", ""]]))).toBe("#N/A");
  });
});

describe("pembangun sendi (rumus asli, dievaluasi HyperFormula)", () => {
  test("contoh: total 28, persen 0,7, terlemah dua sendi", () => {
    const r = rencanaSendi(contohSendi());
    expect(r.meta).toEqual({ pembangun: "sendi", versi: 1, opsi: { skalaMin: 1, skalaMaks: 5 } });
    const l = r.lembar[0];
    const kanan = (teks: string): string => kananLabelRencana(l, teks);
    const nilai = evaluasiRencana(r);
    expect(nilai(l.nama, kanan("Total"))).toBe(28);
    expect(nilai(l.nama, kanan("Persentase dari skor maksimum"))).toBeCloseTo(0.7, 12);
    expect(nilai(l.nama, kanan("Sendi terlemah"))).toBe("Keterbukaan; Keadilan yang merata");
    expect(String(evaluasiRencana(rencanaSendi())(l.nama, kanan("Total")))).toMatch(/^#ERR/);
  });
});

test("pengertian tiap sendi dikutip apa adanya dari seed 004 (LAN 1998, Bab III C)", () => {
  const naskah = fs
    .readFileSync(path.join(__dirname, "..", "fixtures", "seeds", "004_67e47475f0bbb84f.txt"), "utf8")
    .replace(/\s+/g, " ");
  for (const s of SENDI_PELAYANAN)
    expect({ sendi: s.kode, ada: naskah.includes(`adalah ${s.pengertian}`) }).toEqual({ sendi: s.kode, ada: true });
});
