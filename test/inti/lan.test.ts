/**
 * Inti Pola LAN 1998 diuji terhadap angka tercetak naskah (seed 004) melalui fixture transkripsinya.
 */
import fc from "fast-check";
import {
  bobotIndikator,
  bobotVariabel,
  bobotVariabelTerpilih,
  hitungLan,
  kategoriLan,
  keSkala1000,
  nilaiInstrumen,
  nilaiUnitLan,
  proporsi,
  skorIdeal,
  urutanPeringkat,
} from "../../src/core/lan";
import {
  INDIKATOR_LAN,
  LIMA_VARIABEL_UTAMA,
  VARIABEL_LAN,
  VARIABEL_TIAP_INDIKATOR,
  indikatorTercetak,
  lampiranTercetak,
} from "../../src/frameworks/lan1998";
import { bacaCsvFixture, samaPadaPresisi } from "../fixtures/baca";
import { jenisGalat } from "../bantu/galat";

const lampiran = bacaCsvFixture("lan-1998/lampiran-5-7-total-variabel.csv");
const tabelIndikator = bacaCsvFixture("lan-1998/tabel-4.11-4.13-indikator.csv");
const TIPE = ["I", "II", "III"] as const;
const NAMA_LAMPIRAN = { I: "Lampiran 5", II: "Lampiran 6", III: "Lampiran 7" };

describe("kerangka sebagai data", () => {
  test("17 variabel, 89 indikator, blok 9,4,9,7,4,7,3,6,5,4,5,2,4,8,6,3,3 (README referensi)", () => {
    expect(VARIABEL_LAN).toHaveLength(17);
    expect(INDIKATOR_LAN).toHaveLength(89);
    expect(VARIABEL_LAN.map((v) => v.indikator.length)).toEqual([9, 4, 9, 7, 4, 7, 3, 6, 5, 4, 5, 2, 4, 8, 6, 3, 3]);
  });
  test("data tertanam sama dengan fixture transkripsi (Lampiran 5–7, Tabel 4.11–4.13)", () => {
    for (const t of TIPE) {
      const l = lampiran.filter((r) => r.tipe === t);
      expect(lampiranTercetak(t)).toEqual(
        l.map((r) => ({
          no: Number(r.variabel_no),
          total: Number(r.total_variabel),
          proporsi: Number(r.proporsi_variabel),
          bobot: Number(r.bobot_variabel),
        })),
      );
      const ind = tabelIndikator.filter((r) => r.tipe === t);
      expect(indikatorTercetak(t)).toEqual(
        ind.map((r) => ({
          no: Number(r.indikator_no),
          proporsi: Number(r.proporsi_indikator),
          bobot: Number(r.bobot_indikator),
        })),
      );
    }
    const daftar = bacaCsvFixture("lan-1998/indikator.csv");
    expect(INDIKATOR_LAN.map((i) => i.variabel)).toEqual(daftar.map((r) => Number(r.variabel_no)));
  });
});

describe("Bab III: Proporsi dan Bobot Variabel (Lampiran 5–7)", () => {
  test.each(TIPE)(
    "tipe %s: dari Total Variabel tercetak, proporsi dan bobot sama dengan cetakan pada presisinya",
    (t) => {
      const baris = lampiran.filter((r) => r.tipe === t);
      const total = baris.map((r) => Number(r.total_variabel));
      const p = proporsi(total);
      const b = bobotVariabel(total, 20000);
      baris.forEach((r, i) => {
        expect({
          lampiran: NAMA_LAMPIRAN[t],
          no: r.variabel_no,
          cocok: samaPadaPresisi(p[i], r.proporsi_variabel),
        }).toEqual({ lampiran: NAMA_LAMPIRAN[t], no: r.variabel_no, cocok: true });
        expect({
          lampiran: NAMA_LAMPIRAN[t],
          no: r.variabel_no,
          cocok: samaPadaPresisi(b[i], r.bobot_variabel),
        }).toEqual({ lampiran: NAMA_LAMPIRAN[t], no: r.variabel_no, cocok: true });
      });
    },
  );
  test("Lampiran 5 baris 1 dihitung tangan: 631,99 / 6071,41 × 20.000 = 2081,85578 (5 desimal tercetak)", () => {
    // 6071,41 = jumlah 17 total tercetak Lampiran 5 (baris Total); 631,99/6071,41 = 0,1040927890...
    const total = lampiran.filter((r) => r.tipe === "I").map((r) => Number(r.total_variabel));
    expect(total.reduce((a, x) => a + x, 0)).toBeCloseTo(6071.41, 9);
    expect(bobotVariabel(total)[0]).toBeCloseTo(2081.85578, 5);
  });
  test("Skor Ideal menurut rumus Bab III: 89 × 10 × 23 = 20.470", () => {
    expect(skorIdeal(89, 10, 23)).toBe(20470);
    expect(jenisGalat(() => skorIdeal(0, 10, 23))).toBe("ANGKA");
    expect(jenisGalat(() => skorIdeal(89.5, 10, 23))).toBe("ANGKA");
  });
  test("Skor Ideal 20.470 mengubah bobot sebanding: bobot × 20.470/20.000", () => {
    const total = lampiranTercetak("I").map((r) => r.total);
    const b20 = bobotVariabel(total, 20000);
    bobotVariabel(total, 20470).forEach((x, i) => expect(x).toBeCloseTo((b20[i] * 20470) / 20000, 9));
  });
});

describe("Tabel 4.11–4.13: Bobot Indikator = Proporsi Indikator × Bobot Variabel", () => {
  test.each(TIPE)(
    "tipe %s: proporsi tercetak × bobot variabel tercetak memberi bobot tercetak dalam 2e-5 (README referensi)",
    (t) => {
      const bv = lampiran.filter((r) => r.tipe === t).map((r) => Number(r.bobot_variabel));
      const baris = tabelIndikator.filter((r) => r.tipe === t);
      for (const v of VARIABEL_LAN) {
        const idx = v.indikator.map((i) => i.no - 1);
        const hasil = bobotIndikator(
          idx.map((i) => Number(baris[i].proporsi_indikator)),
          bv[v.no - 1],
        );
        idx.forEach((i, k) => expect(Math.abs(hasil[k] - Number(baris[i].bobot_indikator))).toBeLessThan(2e-5));
      }
    },
  );
  test("Tabel 4.11 indikator 1 dihitung tangan: 0,114368898 × 2081,85578 = 238,0995514 (tercetak 238,0995518)", () => {
    expect(bobotIndikator([0.114368898], 2081.85578)[0]).toBeCloseTo(238.0995514, 6);
  });
});

describe("hitungLan: tata letak Bab III dari matriks skor mentah", () => {
  // Contoh tangan: 2 variabel (indikator 1–2 → V1, indikator 3 → V2), 2 unit.
  // Skor: I1 = [4, 6], I2 = [5, 5], I3 = [10, 10]. ΣI = 10, 10, 20; ΣV1 = 20, ΣV2 = 20; ΣV = 40.
  // Proporsi Variabel = 0,5 dan 0,5; Bobot = 10.000 dan 10.000 (Skor Ideal 20.000).
  // Proporsi Indikator = 10/20, 10/20, 20/20 → Bobot Indikator 5.000, 5.000, 10.000.
  // D(V1) = [9, 11], D(V2) = [10, 10]; Proporsi Dinas V1 = 9/20, 11/20 → Bobot Dinas 4.500, 5.500.
  const h = hitungLan(
    [
      [4, 6],
      [5, 5],
      [10, 10],
    ],
    [1, 1, 2],
  );
  test("total indikator, variabel, unit", () => {
    expect(h.totalIndikator).toEqual([10, 10, 20]);
    expect(h.totalVariabel).toEqual([20, 20]);
    expect(h.totalUnitPerVariabel).toEqual([
      [9, 11],
      [10, 10],
    ]);
    expect(h.totalUnit).toEqual([19, 21]);
    expect(h.totalSeluruh).toBe(40);
  });
  test("proporsi dan bobot variabel, indikator dan dinas", () => {
    expect(h.proporsiVariabel).toEqual([0.5, 0.5]);
    expect(h.bobotVariabel).toEqual([10000, 10000]);
    expect(h.proporsiIndikator).toEqual([0.5, 0.5, 1]);
    expect(h.bobotIndikator).toEqual([5000, 5000, 10000]);
    expect(h.proporsiUnitPerVariabel[0]).toEqual([0.45, 0.55]);
    expect(h.bobotUnitPerVariabel[0]).toEqual([4500, 5500]);
    expect(h.proporsiUnit).toEqual([19 / 40, 21 / 40]);
  });
  test("masukan buruk: bentuk tidak cocok #VALUE!, skor teks #VALUE!, kosong #N/A, semua nol #DIV/0!", () => {
    expect(jenisGalat(() => hitungLan([[1, 2], [3]], [1, 1]))).toBe("NILAI");
    expect(jenisGalat(() => hitungLan([[1, 2]], [1, 1]))).toBe("NILAI");
    expect(jenisGalat(() => hitungLan([[1, "x" as unknown as number]], [1]))).toBe("NILAI");
    expect(jenisGalat(() => hitungLan([], []))).toBe("NA");
    expect(jenisGalat(() => hitungLan([[0, 0]], [1]))).toBe("BAGI0");
  });
});

describe("sifat (fast-check)", () => {
  const totals = fc.array(fc.double({ min: 0.01, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 30 });
  test("proporsi berjumlah 1", () => {
    fc.assert(fc.property(totals, (t) => Math.abs(proporsi(t).reduce((a, x) => a + x, 0) - 1) < 1e-9));
  });
  test("bobot berjumlah Skor Ideal", () => {
    fc.assert(
      fc.property(
        totals,
        fc.double({ min: 1, max: 1e6, noNaN: true }),
        (t, s) => Math.abs(bobotVariabel(t, s).reduce((a, x) => a + x, 0) - s) < 1e-9 * s,
      ),
    );
  });
  test("mengalikan semua total dengan konstanta tidak mengubah bobot", () => {
    fc.assert(
      fc.property(totals, fc.double({ min: 1e-3, max: 1e3, noNaN: true }), (t, k) => {
        const a = bobotVariabel(t);
        const b = bobotVariabel(t.map((x) => x * k));
        return a.every((x, i) => Math.abs(x - b[i]) <= 1e-9 * 20000);
      }),
    );
  });
  test("mengubah urutan baris mengubah urutan bobot dengan cara yang sama", () => {
    fc.assert(
      fc.property(
        totals.chain((t) =>
          fc.tuple(
            fc.constant(t),
            fc.shuffledSubarray(
              t.map((_, i) => i),
              { minLength: t.length, maxLength: t.length },
            ),
          ),
        ),
        ([t, perm]) => {
          const a = bobotVariabel(t);
          const b = bobotVariabel(perm.map((i) => t[i]));
          return perm.every((i, k) => Math.abs(b[k] - a[i]) <= 1e-9 * 20000);
        },
      ),
    );
  });
});

describe("peringkat dan pola lima variabel utama", () => {
  test("Tabel 4.8: urutan tipe I dari bobot Lampiran 5 = Kesederhanaan, Kejelasan, Kepegawaian, Keamanan, Efisiensi, …", () => {
    const urut = urutanPeringkat(lampiranTercetak("I").map((r) => r.bobot)).map((i) => i + 1);
    // nomor variabel menurut baris Tabel 4.8 (nama → nomor Lampiran): 1,3,14,4,6,15,8,11,9,2,10,13,5,17,16,7,12
    expect(urut).toEqual([1, 3, 14, 4, 6, 15, 8, 11, 9, 2, 10, 13, 5, 17, 16, 7, 12]);
    expect(urut.slice(0, 5)).toEqual([...LIMA_VARIABEL_UTAMA.I]);
  });
  test("Tabel 4.7: lima teratas tipe II dan III = Kejelasan, Kesederhanaan, Kepegawaian, Efisiensi, Keamanan", () => {
    for (const t of ["II", "III"] as const) {
      expect(
        urutanPeringkat(lampiranTercetak(t).map((r) => r.bobot))
          .slice(0, 5)
          .map((i) => i + 1),
      ).toEqual([...LIMA_VARIABEL_UTAMA[t]]);
    }
  });
  test("lima variabel dibobot ulang: bobot_j × 20.000 / Σ bobot terpilih", () => {
    const total = lampiranTercetak("I").map((r) => r.total);
    const hasil = bobotVariabelTerpilih(total, LIMA_VARIABEL_UTAMA.I);
    // tangan: T = 631,99 + 631,42 + 539,41 + 487,78 + 456,82 = 2747,42; Kesederhanaan 631,99/2747,42 × 20.000
    expect(hasil[0].bobot).toBeCloseTo((631.99 / 2747.42) * 20000, 9);
    expect(hasil.reduce((a, x) => a + x.bobot, 0)).toBeCloseTo(20000, 9);
  });
});

describe("Tabel 4.14 dan kategori", () => {
  test("skor penuh 10 pada sembilan indikator Kesederhanaan memberi jumlah bobotnya", () => {
    const bobot = indikatorTercetak("I")
      .slice(0, 9)
      .map((r) => r.bobot);
    const jumlahBobot = bobot.reduce((a, x) => a + x, 0);
    expect(nilaiInstrumen(new Array(9).fill(10), bobot)).toBeCloseTo(jumlahBobot, 9);
    // skor 5 dari 10 → separuh bobot
    expect(nilaiInstrumen(new Array(9).fill(5), bobot)).toBeCloseTo(jumlahBobot / 2, 9);
  });
  test("skor di luar 1–10 #NUM!, kosong #N/A, panjang berbeda #VALUE!", () => {
    expect(jenisGalat(() => nilaiInstrumen([11], [1]))).toBe("ANGKA");
    expect(jenisGalat(() => nilaiInstrumen([0], [1]))).toBe("ANGKA");
    expect(jenisGalat(() => nilaiInstrumen([""], [1]))).toBe("NA");
    expect(jenisGalat(() => nilaiInstrumen([1, 2], [1]))).toBe("NILAI");
  });
  test("pita: >850 Amat baik, >700 Baik, ≥600 Cukup, <600 Kurang; tepi celah 850/851 dan 700/701", () => {
    expect(kategoriLan(1000)).toBe("Amat baik");
    expect(kategoriLan(851)).toBe("Amat baik");
    expect(kategoriLan(850.0001)).toBe("Amat baik");
    expect(kategoriLan(850)).toBe("Baik");
    expect(kategoriLan(701)).toBe("Baik");
    expect(kategoriLan(700.5)).toBe("Baik");
    expect(kategoriLan(700)).toBe("Cukup");
    expect(kategoriLan(600)).toBe("Cukup");
    expect(kategoriLan(599.999)).toBe("Kurang");
    expect(kategoriLan(0)).toBe("Kurang");
    expect(jenisGalat(() => kategoriLan(1000.01))).toBe("ANGKA");
    expect(jenisGalat(() => kategoriLan(-1))).toBe("ANGKA");
  });
  test("nilai unit lengkap: semua skor 8 dari 10 → 800 pada skala 1000 → Baik", () => {
    const bobot = indikatorTercetak("I").map((r) => r.bobot);
    const n = nilaiUnitLan(new Array(89).fill(8), bobot, VARIABEL_TIAP_INDIKATOR);
    expect(n.nilai1000).toBeCloseTo(800, 9);
    expect(n.kategori).toBe("Baik");
    expect(n.perVariabel).toHaveLength(17);
    expect(keSkala1000(17000, 20000)).toBeCloseTo(850, 12);
  });
});
