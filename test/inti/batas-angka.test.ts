/**
 * Batas angka (issue 10 butir 5, bagian inti): angka yang diterima Excel (sampai ≈ 1e308) tidak boleh
 * menghasilkan Infinity, NaN atau proporsi 0 diam-diam; setiap fungsi inti menjawab #NUM! (GalatKinerja
 * ANGKA). Rentang penimbang SKM (0, 1]. Tanpa spread Math.min(...) di sendi (200.000 skor).
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pastikanTerhingga } from "../../src/core/errors";
import * as lan from "../../src/core/lan";
import * as bsc from "../../src/core/bsc";
import * as layanan from "../../src/core/layanan";
import * as mutu from "../../src/core/mutu";
import * as servqual from "../../src/core/servqual";
import * as pegawai from "../../src/core/pegawai";
import * as sendi from "../../src/core/sendi";
import * as skm from "../../src/core/skm";
import { lanBobot, lanNilai, lanProporsi } from "../../src/functions/lan";
import { bscCapaian, bscScore } from "../../src/functions/bsc";
import { kinerjaCapaian, kinerjaProduktivitas } from "../../src/functions/layanan";
import { skmIndeks, skmNilai } from "../../src/functions/skm";
import { sendiTerlemah, sendiTotal } from "../../src/functions/sendi";
import { jalankanCli } from "../../src/cli/kinerja";
import { jenisGalat, kodeExcel } from "../bantu/galat";

describe("hasil tidak terhingga → #NUM!", () => {
  test("pastikanTerhingga: Infinity dan NaN ditolak, angka biasa lolos", () => {
    expect(pastikanTerhingga(1.5, "x")).toBe(1.5);
    expect(pastikanTerhingga([1, 2], "x")).toEqual([1, 2]);
    expect(jenisGalat(() => pastikanTerhingga(Infinity, "x"))).toBe("ANGKA");
    expect(jenisGalat(() => pastikanTerhingga([1, NaN], "x"))).toBe("ANGKA");
  });

  test("LAN.PROPORSI({9E307;9E307}) → #NUM! (dulu {0;0}); LAN.BOBOT sama; 9E306 × 2 tetap 0,5", () => {
    expect(jenisGalat(() => lan.proporsi([9e307, 9e307]))).toBe("ANGKA");
    expect(kodeExcel(() => lanProporsi([[9e307], [9e307]]))).toBe("#NUM!");
    expect(kodeExcel(() => lanBobot([[9e307], [9e307]]))).toBe("#NUM!");
    expect(lanProporsi([[9e306], [9e306]])).toEqual([[0.5], [0.5]]);
    // Skor Ideal = 1e200 × 1e200 × 1 melampaui batas
    expect(jenisGalat(() => lan.skorIdeal(1e200, 1e200, 1))).toBe("ANGKA");
  });

  test("LAN: matriks skor yang totalnya melampaui batas dan nilai instrumen raksasa → #NUM!", () => {
    expect(jenisGalat(() => lan.hitungLan([[9e307, 9e307]], [1]))).toBe("ANGKA");
    expect(jenisGalat(() => lan.nilaiInstrumen([10, 10], [1.5e308, 1.5e308]))).toBe("ANGKA");
    expect(kodeExcel(() => lanNilai([[10, 10]], [[1.5e308, 1.5e308]]))).toBe("#NUM!");
    expect(jenisGalat(() => lan.nilaiUnitLan([10, 10], [1.5e308, 1.5e308], [1, 1]))).toBe("ANGKA");
    expect(jenisGalat(() => lan.keSkala1000(1e307, 1e-300))).toBe("ANGKA");
  });

  test("BSC.CAPAIAN(1E307; 1E-300) dan BSC.SCORE yang melampaui batas → #NUM! (dulu Infinity/NaN)", () => {
    expect(jenisGalat(() => bsc.capaian(1e307, 1e-300))).toBe("ANGKA");
    expect(kodeExcel(() => bscCapaian([[1e307]], [[1e-300]]))).toBe("#NUM!");
    expect(jenisGalat(() => bsc.skor([1e308, 1e308], [1, 1]))).toBe("ANGKA");
    expect(kodeExcel(() => bscScore([[1e308, 1e308]], [[1, 1]]))).toBe("#NUM!");
    expect(kodeExcel(() => bscScore([[1, 1]], [[1e308, 1e308]]))).toBe("#NUM!");
    // (1e308 × 1 + 1e308 × 1) / 2 secara matematis 1e308, tetapi jumlah antaranya tidak terhingga: #NUM!,
    // sama dengan SUMPRODUCT di Excel; angka biasa tetap dihitung
    expect(bsc.skor([0.9, 1.1], [1, 3])).toBeCloseTo((0.9 + 3.3) / 4, 12);
  });

  test("KINERJA.CAPAIAN(1E307; 1E-300) dan KINERJA.PRODUKTIVITAS → #NUM!", () => {
    expect(jenisGalat(() => layanan.capaianTarget(1e307, 1e-300))).toBe("ANGKA");
    expect(kodeExcel(() => kinerjaCapaian([[1e307]], [[1e-300]]))).toBe("#NUM!");
    expect(jenisGalat(() => layanan.produktivitas(1e307, 1e-300))).toBe("ANGKA");
    expect(kodeExcel(() => kinerjaProduktivitas([[1e307]], [[1e-300]]))).toBe("#NUM!");
  });

  test("rata-rata, gap, bobot SERVQUAL, nilai pegawai, sendi → #NUM!", () => {
    expect(jenisGalat(() => mutu.rataRata([1e308, 1e308]))).toBe("ANGKA");
    expect(jenisGalat(() => mutu.gap([1e308], [-1e308]))).toBe("ANGKA");
    expect(jenisGalat(() => mutu.gapPerButir([[1e308]], [[-1e308]]))).toBe("ANGKA");
    expect(jenisGalat(() => servqual.bobotNormal([1e308, 1e308]))).toBe("ANGKA");
    expect(jenisGalat(() => pegawai.nilaiPegawai([50, 60], [1e308, 1e308]))).toBe("ANGKA");
    const skala = { min: 0, maks: 1e308 };
    expect(jenisGalat(() => sendi.totalSendi([1e308, 1e308], skala))).toBe("ANGKA");
    expect(jenisGalat(() => sendi.rataRataSendi([1e308, 1e308], skala))).toBe("ANGKA");
    expect(jenisGalat(() => sendi.persenSendi([1, 1], skala))).toBe("ANGKA");
    expect(kodeExcel(() => sendiTotal([[1e308, 1e308]], 0, 1e308))).toBe("#NUM!");
  });

  test("SKM: nilai dari indeks raksasa → #NUM!", () => {
    expect(jenisGalat(() => skm.nilai(1e307))).toBe("ANGKA");
  });

  test('kinerja lan bobot dengan total 9e307 → kode 2, bukan "Total Infinity"', async () => {
    const dir = mkdtempSync(join(tmpdir(), "batas-"));
    const csv = join(dir, "t.csv");
    writeFileSync(csv, "no,total\n1,9e307\n2,9e307\n");
    let out = "";
    let err = "";
    const kode = await jalankanCli(["lan", "bobot", "--input", csv, "--json"], {
      tulis: (t) => (out += t),
      galat: (t) => (err += t),
    });
    expect(kode).toBe(2);
    expect(out).toBe("");
    expect(err).toMatch(/batas angka/);
  });
});

describe("rentang penimbang SKM (0, 1]", () => {
  test("penimbang 5 (dulu nilai 3375) dan 0 (dulu nilai 0) → #NUM!; 1 dan 0,111 diterima", () => {
    const nrr = [[3, 3, 3]];
    expect(kodeExcel(() => skmNilai(nrr, [[5]]))).toBe("#NUM!");
    expect(kodeExcel(() => skmNilai(nrr, [[0]]))).toBe("#NUM!");
    expect(kodeExcel(() => skmIndeks(nrr, [[0.5, 1.5, 0.2]]))).toBe("#NUM!");
    expect(kodeExcel(() => skmIndeks(nrr, [[-0.1, 0.5, 0.6]]))).toBe("#NUM!");
    // 3 × 1 = 3 per unsur; indeks = 9; nilai = 225 (penimbang 1 sah menurut rentang, hasilnya di luar 25–100
    // hanya bila pengguna memilihnya untuk banyak unsur)
    expect(skmIndeks(nrr, [[1]])).toBe(9);
    expect(skmIndeks(nrr, [[0.111]])).toBeCloseTo(3 * 3 * 0.111, 12);
    expect(jenisGalat(() => skm.penimbangUnsur(2, [0.5, 1.0000001]))).toBe("ANGKA");
  });
});

describe("tanpa spread Math.min(...) di sendi", () => {
  test("SENDI.TERLEMAH dengan 200.000 skor tidak melampaui tumpukan", () => {
    const n = 200000;
    const skor = Array.from({ length: n }, (_, i) => 1 + (i % 5));
    skor[123456] = 1;
    const nama = skor.map((_, i) => `S${i + 1}`);
    const hasil = sendi.sendiTerlemah(skor, nama);
    // skor 1 pada i ≡ 0 (mod 5) dan i = 123456: 40.000 + 1 nama
    expect(hasil.split("; ")).toHaveLength(n / 5 + 1);
    expect(hasil.startsWith("S1; S6; ")).toBe(true);
    expect(sendiTerlemah([skor.slice(0, 10)], [nama.slice(0, 10)])).toBe("S1; S6");
  });
});
