/* eslint-disable @typescript-eslint/no-explicit-any -- meniru nilai campuran yang dikirim Excel */
import {
  skmIndeks,
  skmKinerja,
  skmMutu,
  skmNilai,
  skmNrr,
  skmSampel,
  skmTertimbang,
  skmUnsur,
} from "../../src/functions/skm";
import { kodeExcel } from "../bantu/galat";

const kode = kodeExcel;

// Hitungan tangan yang sama dengan test/inti/skm.test.ts: NRR 3,6 3,0 2,8 4,0 3,2 3,4 3,8 2,8 3,0; Σ = 29,6
const JAWABAN: any[][] = [
  [4, 3, 3, 4, 3, 3, 4, 3, 3],
  [3, 3, 2, 4, 3, 4, 4, 3, 2],
  [4, 4, 3, 4, 4, 3, 4, 3, 3],
  [3, 2, 3, 4, 3, 3, 3, 2, 3],
  [4, 3, 3, 4, 3, 4, 4, 3, 4],
];
const NRR = [3.6, 3.0, 2.8, 4.0, 3.2, 3.4, 3.8, 2.8, 3.0];

describe("SKM.NRR", () => {
  test("rentang 2-D masuk, satu baris keluar", () => {
    const hasil = skmNrr(JAWABAN);
    expect(hasil).toHaveLength(1);
    NRR.forEach((v, j) => expect(hasil[0][j]).toBeCloseTo(v, 12));
  });
  test('sel kosong Excel ("") dilewati', () => {
    expect(
      skmNrr([
        [4, 2],
        ["", 4],
      ]),
    ).toEqual([[4, 3]]);
  });
  test("galat sebagai CustomFunctions.Error", () => {
    expect(
      kode(() =>
        skmNrr([
          [5, 2],
          [1, 2],
        ]),
      ),
    ).toBe("#NUM!");
    expect(
      kode(() =>
        skmNrr([
          ["baik", 2],
          [1, 2],
        ]),
      ),
    ).toBe("#VALUE!");
    expect(
      kode(() =>
        skmNrr([
          ["", 2],
          ["", 2],
        ]),
      ),
    ).toBe("#DIV/0!");
    expect(kode(() => skmNrr(JAWABAN, "2020"))).toBe("#N/A");
  });
});

describe("SKM.INDEKS / SKM.NILAI / SKM.TERTIMBANG", () => {
  test("dari matriks jawaban dan dari baris NRR memberi hasil sama", () => {
    expect(skmIndeks(JAWABAN)).toBeCloseTo(29.6 / 9, 12);
    expect(skmIndeks([NRR])).toBeCloseTo(29.6 / 9, 12);
    expect(skmNilai(JAWABAN)).toBeCloseTo(82.2222222222, 9);
  });
  test('penimbang: "tepat", "cetak" (0,111), angka 0,11, sel 1×1, rentang per unsur', () => {
    expect(skmNilai(JAWABAN, [["tepat"]])).toBeCloseTo(82.2222222222, 9);
    expect(skmNilai(JAWABAN, "cetak" as any)).toBeCloseTo(82.14, 9);
    expect(skmNilai(JAWABAN, [["cetak"]], 2017)).toBeCloseTo(82.14, 9);
    expect(skmNilai(JAWABAN, 0.11 as any)).toBeCloseTo(81.4, 9);
    expect(skmNilai(JAWABAN, [[0.11]])).toBeCloseTo(81.4, 9);
    expect(skmIndeks([[4, 2]], [[0.25, 0.75]])).toBeCloseTo(2.5, 12);
    const t = skmTertimbang([NRR], [["cetak"]]);
    expect(t).toHaveLength(1);
    t[0].forEach((v, j) => expect(v).toBeCloseTo(NRR[j] * 0.111, 12));
  });
  test("2004 dengan penimbang tercetak 0,071 (angka terbitan DPMPTSP Kab. Bogor 2014: IKM 75,77)", () => {
    const nrr2014 = [[3.02, 2.973, 3.067, 3.127, 3.033, 3.06, 2.867, 3.013, 3.267, 3.0, 2.96, 2.947, 3.193, 3.16]];
    const v = skmNilai(nrr2014, [["cetak"]], "2004");
    expect(Math.abs(v - 75.77)).toBeLessThanOrEqual(0.005);
    expect(skmKinerja(v, "2004")).toBe("Baik");
    expect(skmMutu(v, 2004)).toBe("B");
  });
  test("galat", () => {
    expect(kode(() => skmIndeks([[3, ""]]))).toBe("#N/A"); // baris NRR dengan sel kosong
    expect(kode(() => skmIndeks([[3, 4.5]]))).toBe("#NUM!");
    expect(kode(() => skmIndeks(JAWABAN, [["bulat"]]))).toBe("#N/A");
    expect(kode(() => skmIndeks(JAWABAN, [[0.1, 0.1]]))).toBe("#VALUE!");
    expect(kode(() => skmIndeks(JAWABAN, [[0.1, ""]]))).toBe("#N/A");
    expect(kode(() => skmIndeks([[3, 3, 3, 3, 3, 3, 3, 3, 3, 3]], "cetak" as any))).toBe("#VALUE!");
    expect(kode(() => skmIndeks(JAWABAN, [[-1]]))).toBe("#NUM!");
  });
});

describe("SKM.MUTU / SKM.KINERJA", () => {
  test("tepi pita", () => {
    expect(skmMutu(88.3)).toBe("B");
    expect(skmMutu(88.305)).toBe("A");
    expect(skmMutu(64.99)).toBe("D");
    expect(skmMutu(64.995)).toBe("C");
    expect(skmKinerja(100)).toBe("Sangat Baik");
    expect(skmKinerja(81.25, "2004")).toBe("Baik");
    expect(skmKinerja(81.2501, "2004")).toBe("Sangat Baik");
  });
  test("galat", () => {
    expect(kode(() => skmMutu(101))).toBe("#NUM!");
    expect(kode(() => skmMutu(""))).toBe("#N/A");
    expect(kode(() => skmMutu("tinggi"))).toBe("#VALUE!");
    expect(kode(() => skmKinerja(80, "1998"))).toBe("#N/A");
  });
});

describe("SKM.SAMPEL / SKM.UNSUR", () => {
  test("Krejcie & Morgan", () => {
    expect(skmSampel(100)).toBe(80);
    expect(skmSampel(15)).toBe(14);
    expect(skmSampel(15, "atas")).toBe(15);
    expect(skmSampel(9000)).toBe(368);
    expect(kode(() => skmSampel(-5))).toBe("#NUM!");
    expect(kode(() => skmSampel("seribu"))).toBe("#VALUE!");
  });
  test("daftar unsur sebagai kolom", () => {
    const u = skmUnsur();
    expect(u).toHaveLength(9);
    expect(u[0]).toEqual(["Persyaratan"]);
    expect(skmUnsur(2004)).toHaveLength(14);
  });
});
