/**
 * BOBOT.RENTANG dan BOBOT.STABILITAS (issue 15): satu jawaban dengan inti dan `kinerja kepekaan --json`;
 * galat Excel yang jelas. Keduanya asinkron (issue 17: inti kepekaan dimuat belakangan di add-in), jadi
 * hasilnya ditunggu dan galatnya berupa janji yang ditolak.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bobotRentang, bobotStabilitas } from "../../src/functions/bobot";
import { hitungKepekaanDariCsv, jsonKepekaan } from "../../src/cli/kepekaan";

// Sama dengan test/cli/kepekaan.test.ts: skor (80,95,70), (70,62,90), (92,87,60), bobot 0,3/0,5/0,2 →
// 85,5 Baik; 70 Cukup; 83,1 Baik. Dinas Pajak tetap Cukup selama bobot Keramahan ≤ 0,4.
const nilai = [
  [80, 95, 70],
  [70, 62, 90],
  [92, 87, 60],
];
const bobot = [[0.3, 0.5, 0.2]];

/** Kode CustomFunctions.Error dari janji yang ditolak, atau "tanpa galat". */
async function kodeExcel(janji: Promise<unknown>): Promise<string> {
  try {
    await janji;
  } catch (e) {
    expect(e).toBeInstanceOf(CustomFunctions.Error);
    return (e as CustomFunctions.Error).code;
  }
  return "tanpa galat";
}

describe("BOBOT.RENTANG", () => {
  test("satu baris per bobot; kategori kosong tanpa pita", async () => {
    const r = await bobotRentang(nilai, bobot, "pp46");
    expect(r).toHaveLength(3);
    expect(r.map((b) => b[0])).toEqual([0.3, 0.5, 0.2]);
    // bobot Keramahan: Dinas Pajak berubah di 0,4 (lihat atas) → batas atas rentang kategori ≤ 0,4
    expect(r[2][4]).toBeLessThanOrEqual(0.4 + 1e-12);
    expect((await bobotRentang(nilai, bobot)).map((b) => [b[3], b[4]])).toEqual([
      ["", ""],
      ["", ""],
      ["", ""],
    ]);
    // bobot dalam satu kolom memberi hasil yang sama
    expect(await bobotRentang(nilai, [[3], [5], [2]], [["pp46"]])).toEqual(r);
  });
  test("galat Excel", async () => {
    expect(await kodeExcel(bobotRentang(nilai, [[1, 1]], "pp46"))).toBe("#VALUE!");
    expect(await kodeExcel(bobotRentang(nilai, bobot, "xyz"))).toBe("#VALUE!");
    expect(await kodeExcel(bobotRentang([[80, "", 70]], bobot))).toBe("#N/A");
    expect(await kodeExcel(bobotRentang([[80, 101, 70]], bobot, "pp46"))).toBe("#NUM!");
    expect(await kodeExcel(bobotRentang(nilai, [[0, 0, 0]]))).toBe("#DIV/0!");
  });
});

describe("BOBOT.STABILITAS", () => {
  test("sama dengan kinerja kepekaan --json (inti yang sama, benih yang sama)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "bobot-fungsi-"));
    const f = join(dir, "a.csv");
    writeFileSync(
      f,
      "unit,Kecepatan,Ketepatan,Keramahan\nDinas Pasar,80,95,70\nDinas Pajak,70,62,90\nKecamatan Kota,92,87,60\n",
    );
    const j = JSON.parse(
      JSON.stringify(
        jsonKepekaan(
          hitungKepekaanDariCsv({
            input: f,
            bobot: "0.3,0.5,0.2",
            pita: "pp46",
            sampel: 3000,
            konsentrasi: 100,
            benih: 7,
          }),
        ),
      ),
    );
    const s = await bobotStabilitas(nilai, bobot, "pp46", 3000, 7);
    expect(s.map((r) => [r[0], r[1], r[3], r[4], [r[5], r[6]]])).toEqual(
      j.unit.map(
        (u: {
          skor: number;
          kategori: string;
          peringkat: number;
          peringkatMedian: number;
          peringkatInterval90: number[];
        }) => [u.skor, u.kategori, u.peringkat, u.peringkatMedian, u.peringkatInterval90],
      ),
    );
    expect(s.map((r) => r[2])).toEqual(
      j.unit.map((u: { kategori: string; peluangKategori: Record<string, number> }) => u.peluangKategori[u.kategori]),
    );
    const r = await bobotRentang(nilai, bobot, "pp46");
    expect(r.map((b) => [b[1], b[2], b[3], b[4]])).toEqual(
      j.bobot.map((b: { rentangPeringkat: number[]; rentangKategori: number[] }) => [
        ...b.rentangPeringkat,
        ...b.rentangKategori,
      ]),
    );
  });
  test("bawaan: 10000 tarikan, benih 1 (hasil berulang)", async () => {
    expect(await bobotStabilitas(nilai, bobot, "pp46")).toEqual(await bobotStabilitas(nilai, bobot, "pp46", 10000, 1));
  });
  test("galat Excel", async () => {
    expect(await kodeExcel(bobotStabilitas(nilai, bobot, "", 0))).toBe("#NUM!");
    expect(await kodeExcel(bobotStabilitas(nilai, bobot, "", "banyak"))).toBe("#VALUE!");
    expect(await kodeExcel(bobotStabilitas(nilai, bobot, "", 100, 1.5))).toBe("#NUM!");
  });
});
