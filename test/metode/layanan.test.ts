/**
 * Rasio kinerja pelayanan (KINERJA.*): Dumai Timur 2021 (seed 000 Tabel 1.1) dan Seberang Ulu II
 * (seed 001 Tabel 1 dan bagian Akuntabilitas). Nilai harapan dihitung tangan dengan aritmetika
 * tertulis; naskah sendiri tidak mencetak persentase.
 */
import fc from "fast-check";
import * as fs from "fs";
import * as path from "path";
import { capaianTarget, ketepatanWaktu, penyelesaian, produktivitas } from "../../src/core/layanan";
import { RASIO_LAYANAN } from "../../src/frameworks/layanan";
import { CONTOH_SEBERANG_ULU_II } from "../../src/plans/layanan";
import {
  kinerjaCapaian,
  kinerjaKetepatan,
  kinerjaPenyelesaian,
  kinerjaProduktivitas,
} from "../../src/functions/layanan";
import { jenisGalat, kodeExcel } from "../bantu/galat";

function csv(nama: string): string[][] {
  return fs
    .readFileSync(path.join(__dirname, "..", "fixtures", "kasus", nama), "utf8")
    .trim()
    .split(/\r?\n/)
    .map((b) => b.split(","));
}

describe("definisi rasio (frameworks/layanan)", () => {
  test("empat rasio dengan fungsi KINERJA.* dan sumber", () => {
    expect(RASIO_LAYANAN.map((r) => r.fungsi)).toEqual([
      "KINERJA.PRODUKTIVITAS",
      "KINERJA.PENYELESAIAN",
      "KINERJA.KETEPATAN",
      "KINERJA.CAPAIAN",
    ]);
    for (const r of RASIO_LAYANAN) expect(r.sumber).toMatch(/^seed 00[01]/);
  });
});

describe("Dumai Timur 2021 (seed 000, Tabel 1.1): ketepatan waktu = (selesai − melebihi batas waktu) / selesai", () => {
  const [judul, ...baris] = csv("dumai-timur-2021-pelayanan.csv");
  const selesai = baris.map((b) => Number(b[1]));
  const terlambat = baris.map((b) => Number(b[2]));

  // Dihitung tangan dari Tabel 1.1:
  const harapan: [string, number][] = [
    ["Pengurusan Kartu Keluarga", (905 - 7) / 905], //      898/905 = 0,99226…
    ["Pengurusan Surat Pindah", (211 - 6) / 211], //         205/211 = 0,97156…
    ["Surat Dispensasi Nikah", (60 - 5) / 60], //            55/60   = 0,91666…
    ["Pengurusan Ijin Keramaian", (210 - 9) / 210], //       201/210 = 0,95714…
    ["Pengurusan SKGR", (77 - 7) / 77], //                   70/77   = 0,90909…
    ["Surat Keterangan Ahli Waris", (181 - 2) / 181], //     179/181 = 0,98895…
    ["Surat Keterangan Rumah Ibadah", (8 - 0) / 8], //       8/8     = 1
  ];

  test("berkas kasus sesuai Tabel 1.1", () => {
    expect(judul).toEqual(["jenis_pelayanan", "jumlah_selesai", "jumlah_melebihi_batas_waktu"]);
    expect(baris.map((b) => b[0])).toEqual(harapan.map((h) => h[0]));
    expect(selesai).toEqual([905, 211, 60, 210, 77, 181, 8]);
    expect(terlambat).toEqual([7, 6, 5, 9, 7, 2, 0]);
  });

  test("inti, per jenis pelayanan", () => {
    baris.forEach((_, i) => expect(ketepatanWaktu(selesai[i], terlambat[i])).toBeCloseTo(harapan[i][1], 15));
    expect(ketepatanWaktu(905, 7)).toBeCloseTo(0.9922651933701657, 15);
    expect(ketepatanWaktu(77, 7)).toBeCloseTo(0.9090909090909091, 15); // SKGR, terendah
    expect(ketepatanWaktu(8, 0)).toBe(1);
  });

  test("seluruh layanan: (1652 − 36) / 1652", () => {
    // Σ selesai = 905 + 211 + 60 + 210 + 77 + 181 + 8 = 1652; Σ terlambat = 7 + 6 + 5 + 9 + 7 + 2 + 0 = 36
    expect(selesai.reduce((a, b) => a + b, 0)).toBe(1652);
    expect(terlambat.reduce((a, b) => a + b, 0)).toBe(36);
    expect(ketepatanWaktu(1652, 36)).toBeCloseTo(1616 / 1652, 15); // 0,97820…
  });

  test("KINERJA.KETEPATAN: kolom masuk, kolom spill", () => {
    const h = kinerjaKetepatan(
      selesai.map((x) => [x]),
      terlambat.map((x) => [x]),
    );
    expect(h).toHaveLength(7);
    h.forEach((b, i) => {
      expect(b).toHaveLength(1);
      expect(b[0]).toBeCloseTo(harapan[i][1], 15);
    });
  });
});

describe("Seberang Ulu II 2017 (seed 001, Tabel 1): penyelesaian = terselesaikan / masuk", () => {
  const [judul, ...baris] = csv("seberang-ulu-ii-2017-ktp-kk.csv");

  test("berkas kasus sesuai Tabel 1 (masuk = selesai + belum selesai)", () => {
    expect(judul).toEqual(["produk", "pemohon_masuk", "pemohon_selesai", "pemohon_belum_selesai"]);
    expect(baris).toEqual([
      ["KTP", "7692", "3600", "4092"],
      ["KK", "3628", "2880", "748"],
    ]);
    for (const b of baris) expect(Number(b[2]) + Number(b[3])).toBe(Number(b[1])); // 3600 + 4092 = 7692; 2880 + 748 = 3628
  });

  test("inti: KTP 3600/7692, KK 2880/3628", () => {
    // seed 001: "Ada sebanyak 4092 KTP yang belum selesai dan ada sebanyak 748 KK yang belum terselesaikan."
    expect(penyelesaian(3600, 7692)).toBeCloseTo(0.46801872074882994, 15); // 3600/7692 ≈ 46,8%
    expect(penyelesaian(2880, 3628)).toBeCloseTo(0.7938257993384785, 15); //  2880/3628 ≈ 79,4%
    // bagian yang belum selesai adalah pelengkapnya: 4092/7692
    expect(1 - penyelesaian(3600, 7692)).toBeCloseTo(4092 / 7692, 15);
  });

  test("KINERJA.PENYELESAIAN: kolom dari berkas kasus", () => {
    const h = kinerjaPenyelesaian(
      baris.map((b) => [Number(b[2])]),
      baris.map((b) => [Number(b[1])]),
    );
    expect(h[0][0]).toBeCloseTo(3600 / 7692, 15);
    expect(h[1][0]).toBeCloseTo(2880 / 3628, 15);
  });

  test("KINERJA.PRODUKTIVITAS: output dokumen terhadap 63 PNS (seed 001, 2.A.1 Input) — contoh tafsiran", () => {
    // Naskah menyebut input "63 Pegawai Negeri Sipil" dan output "jumlah pemohon ... yang terselesaikan",
    // tetapi tidak menghitung rasionya. Dihitung tangan: KTP 3600/63, KK 2880/63, gabungan (3600 + 2880)/63 = 6480/63.
    const h = kinerjaProduktivitas([[3600], [2880], [6480]], [[63]]);
    expect(h[0][0]).toBeCloseTo(3600 / 63, 12); // 57,142857…
    expect(h[1][0]).toBeCloseTo(2880 / 63, 12); // 45,714285…
    expect(h[2][0]).toBeCloseTo(102.85714285714286, 12);
    expect(produktivitas(6480, 63)).toBeCloseTo(6480 / 63, 15);
  });
});

describe("Seberang Ulu II 2014 (seed 001, Akuntabilitas): capaian = realisasi / target", () => {
  const [, ...baris] = csv("seberang-ulu-ii-2014-target.csv");

  test("inti: KK 4801/4500, KTP 11279/11000", () => {
    // seed 001: "pembuatan KK sebesar 4801 buah dan KTP sebesar 11.279 buah ... target KK ... 4500 buah dan KTP adalah 11.000 buah"
    expect(capaianTarget(4801, 4500)).toBeCloseTo(1.066888888888889, 15); // ≈ 106,7%
    expect(capaianTarget(11279, 11000)).toBeCloseTo(1.0253636363636363, 15); // ≈ 102,5%
  });

  test("KINERJA.CAPAIAN: baris dari berkas kasus; satu baris → satu baris", () => {
    const h = kinerjaCapaian(
      baris.map((b) => [Number(b[1])]),
      baris.map((b) => [Number(b[2])]),
    );
    expect(h.map((b) => b[0])).toEqual([4801 / 4500, 11279 / 11000]);
    expect(kinerjaCapaian([[4801, 11279]], [[4500, 11000]])).toEqual([[4801 / 4500, 11279 / 11000]]);
  });
});

describe("contoh demo Seberang Ulu II (plans/layanan.ts) = berkas kasus seed 001", () => {
  test("2017 dari seberang-ulu-ii-2017-ktp-kk.csv, 2014 dari seberang-ulu-ii-2014-target.csv; urutan KTP lalu KK", () => {
    const [, ...pemohon] = csv("seberang-ulu-ii-2017-ktp-kk.csv");
    const [, ...target] = csv("seberang-ulu-ii-2014-target.csv");
    const produk = (b: string[][], p: string): string[] => b.find((x) => x[0] === p)!;
    expect(CONTOH_SEBERANG_ULU_II).toEqual([
      ...["KTP", "KK"].map((p) => {
        const b = produk(pemohon, p);
        return { jenis: `${p} 2017 (pemohon)`, masuk: Number(b[1]), selesai: Number(b[2]) };
      }),
      ...["KTP", "KK"].map((p) => {
        const b = produk(target, p);
        return { jenis: `${p} 2014 (target)`, target: Number(b[2]), realisasi: Number(b[1]) };
      }),
    ]);
    // setiap baris berkas kasus terpakai (tidak ada produk lain)
    expect(pemohon.map((b) => b[0]).sort()).toEqual(["KK", "KTP"]);
    expect(target.map((b) => b[0]).sort()).toEqual(["KK", "KTP"]);
  });
});

describe("validasi inti", () => {
  test("ketepatan waktu", () => {
    expect(jenisGalat(() => ketepatanWaktu(5, 6))).toBe("ANGKA"); // terlambat > selesai
    expect(jenisGalat(() => ketepatanWaktu(0, 0))).toBe("BAGI0");
    expect(jenisGalat(() => ketepatanWaktu(-1, 0))).toBe("ANGKA");
    expect(jenisGalat(() => ketepatanWaktu(5, -1))).toBe("ANGKA");
    expect(jenisGalat(() => ketepatanWaktu(5, null as unknown as number))).toBe("NA");
    expect(jenisGalat(() => ketepatanWaktu("5" as unknown as number, 1))).toBe("NILAI");
    expect(ketepatanWaktu(5, 5)).toBe(0);
  });
  test("penyelesaian, produktivitas, capaian target", () => {
    expect(jenisGalat(() => penyelesaian(8, 7))).toBe("ANGKA"); // selesai > masuk
    expect(jenisGalat(() => penyelesaian(0, 0))).toBe("BAGI0");
    expect(jenisGalat(() => penyelesaian(-1, 5))).toBe("ANGKA");
    expect(penyelesaian(0, 5)).toBe(0);
    expect(jenisGalat(() => produktivitas(5, 0))).toBe("BAGI0");
    expect(jenisGalat(() => produktivitas(-5, 1))).toBe("ANGKA");
    expect(produktivitas(0, 3)).toBe(0);
    expect(jenisGalat(() => capaianTarget(5, 0))).toBe("BAGI0");
    expect(jenisGalat(() => capaianTarget(5, -1))).toBe("ANGKA");
    expect(jenisGalat(() => capaianTarget(undefined as unknown as number, 1))).toBe("NA");
  });
});

describe("sifat (fast-check)", () => {
  const cacah = fc.integer({ min: 1, max: 1_000_000 });
  test("ketepatan waktu di [0, 1] dan = 1 − terlambat/selesai", () => {
    fc.assert(
      fc.property(cacah, fc.double({ min: 0, max: 1, noNaN: true }), (s, p) => {
        const t = Math.floor(s * p);
        const k = ketepatanWaktu(s, t);
        expect(k).toBeGreaterThanOrEqual(0);
        expect(k).toBeLessThanOrEqual(1);
        expect(k).toBeCloseTo(1 - t / s, 12);
      }),
    );
  });
  test("penyelesaian + bagian belum selesai = 1; penyelesaian di [0, 1]", () => {
    fc.assert(
      fc.property(cacah, fc.double({ min: 0, max: 1, noNaN: true }), (m, p) => {
        const s = Math.floor(m * p);
        const r = penyelesaian(s, m);
        expect(r).toBeGreaterThanOrEqual(0);
        expect(r).toBeLessThanOrEqual(1);
        expect(r + (m - s) / m).toBeCloseTo(1, 12);
      }),
    );
  });
  test("capaian target = 1 bila realisasi = target; produktivitas linear dalam output", () => {
    fc.assert(
      fc.property(cacah, cacah, fc.integer({ min: 1, max: 100 }), (a, b, k) => {
        expect(capaianTarget(a, a)).toBe(1);
        expect(produktivitas(k * a, b)).toBeCloseTo(k * produktivitas(a, b), 6);
      }),
    );
  });
});

describe("pembungkus KINERJA.* (galat dan sel kosong)", () => {
  test("sel kosong → #N/A (tidak dianggap nol)", () => {
    expect(kodeExcel(() => kinerjaKetepatan([[905]], [[""]]))).toBe("#N/A");
    expect(kodeExcel(() => kinerjaKetepatan([[null]], [[7]]))).toBe("#N/A");
    expect(kodeExcel(() => kinerjaPenyelesaian([[""]], [[7692]]))).toBe("#N/A");
    expect(kodeExcel(() => kinerjaProduktivitas([[3600]], [[""]]))).toBe("#N/A");
    expect(kodeExcel(() => kinerjaCapaian([[4801]], [[null]]))).toBe("#N/A");
  });
  test("kode galat Excel", () => {
    expect(kodeExcel(() => kinerjaKetepatan([[5]], [[6]]))).toBe("#NUM!");
    expect(kodeExcel(() => kinerjaKetepatan([[0]], [[0]]))).toBe("#DIV/0!");
    expect(kodeExcel(() => kinerjaPenyelesaian([[3600]], [[0]]))).toBe("#DIV/0!");
    expect(kodeExcel(() => kinerjaPenyelesaian([[7693]], [[7692]]))).toBe("#NUM!");
    expect(kodeExcel(() => kinerjaProduktivitas([[1]], [[0]]))).toBe("#DIV/0!");
    expect(kodeExcel(() => kinerjaCapaian([[1]], [[0]]))).toBe("#DIV/0!");
    expect(kodeExcel(() => kinerjaCapaian([["KK"]], [[1]]))).toBe("#VALUE!");
    expect(kodeExcel(() => kinerjaCapaian([[1], [2]], [[1], [2], [3]]))).toBe("#VALUE!");
    expect(kodeExcel(() => kinerjaKetepatan([[1, 2]], [[1], [2]]))).toBe("#VALUE!");
  });
  test("satu sel masuk → 1×1 keluar; nilai tunggal (bukan rentang) juga diterima", () => {
    expect(kinerjaKetepatan([[905]], [[7]])).toEqual([[(905 - 7) / 905]]);
    expect(kinerjaKetepatan(905 as unknown as number[][], 7 as unknown as number[][])).toEqual([[(905 - 7) / 905]]);
  });
});
