/**
 * Siklus SAKIP (issue 25): inti, fungsi kustom dan rencana lembar. Setiap angka harapan dihitung tangan di sini
 * (komentar menunjukkan hitungannya), bukan disalin dari keluaran kode.
 */
import {
  capaianSakip,
  efisiensi,
  jenisIndikator,
  kategoriSakip,
  rataCapaian,
  realisasiSampai,
  serapan,
  targetSampai,
} from "../../src/core/sakip";
import { nilaiJawabanLke, nilaiLke, nilaiSubKomponenLke, predikatLke } from "../../src/core/lke";
// fungsi kustom: isi sinkronnya (functions/sakip-inti.ts); pembungkus async yang didaftarkan ke Excel diuji di bawah
import {
  sakipCapaian,
  sakipEfisiensi,
  sakipKategori,
  sakipLke,
  sakipPredikat,
  sakipSerapan,
} from "../../src/functions/sakip-inti";
import * as fungsiAsync from "../../src/functions/sakip";
import { contohSakip, LEMBAR_SAKIP, rencanaSakip } from "../../src/plans/sakip";
import { contohLke, LEMBAR_LKE, rencanaLke } from "../../src/plans/lke";
import { evaluasiRencana } from "../bantu/mesin-rumus";
import { GalatKinerja } from "../../src/core/errors";

const galat = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    return e instanceof GalatKinerja ? e.jenis : `lain:${(e as Error).message}`;
  }
  return "tanpa galat";
};

// Realisasi triwulan [10, 20, —, 40] dan target tahunan 80, target triwulan [15, 20, 25, 20].
const R = [10, 20, null, 40];
const TT = [15, 20, 25, 20];

describe("jenis × arah (hitungan tangan)", () => {
  test("realisasi s.d. triwulan: kumulatif Σ, rata-rata Σ/n terisi, akhir nilai terisi terakhir", () => {
    expect(realisasiSampai(R, "kumulatif")).toBe(70); // 10 + 20 + 40
    expect(realisasiSampai(R, "rata-rata")).toBeCloseTo(70 / 3, 12); // tiga terisi
    expect(realisasiSampai(R, "akhir")).toBe(40);
    expect(realisasiSampai(R, "kumulatif", 3)).toBe(30); // 10 + 20, TW III kosong
    expect(realisasiSampai(R, "rata-rata", 3)).toBe(15);
    expect(realisasiSampai(R, "akhir", 3)).toBe(20); // TW III kosong → TW II
    expect(galat(() => realisasiSampai([null, null], "kumulatif", 2))).toBe("NA");
  });

  test("target s.d. triwulan: tahun dinilai = target tahunan; triwulan k = Σ / rata-rata / target TW k", () => {
    expect(targetSampai(80, TT, "kumulatif")).toBe(80);
    expect(targetSampai(80, TT, "kumulatif", 2)).toBe(35); // 15 + 20
    expect(targetSampai(80, TT, "rata-rata", 2)).toBe(17.5);
    expect(targetSampai(80, TT, "akhir", 3)).toBe(25);
    expect(targetSampai(80, [15, null, 25, 20], "kumulatif", 2)).toBe(80); // TW II kosong → tahunan
    expect(targetSampai(80, undefined, "akhir", 2)).toBe(80);
  });

  // capaian persen: naik R/T × 100, turun (2T − R)/T × 100, turun-rasio T/R × 100
  const kasus: [string, "naik" | "turun" | "turun-rasio", number][] = [
    ["kumulatif", "naik", 87.5], // 70 / 80
    ["kumulatif", "turun", 112.5], // (160 − 70) / 80
    ["kumulatif", "turun-rasio", (80 / 70) * 100], // 114,2857…
    ["rata-rata", "naik", (70 / 3 / 80) * 100], // 23,333… / 80 = 29,1666…
    ["rata-rata", "turun", ((160 - 70 / 3) / 80) * 100], // 170,8333…
    ["rata-rata", "turun-rasio", (80 / (70 / 3)) * 100], // 342,857…
    ["akhir", "naik", 50], // 40 / 80
    ["akhir", "turun", 150], // (160 − 40) / 80
    ["akhir", "turun-rasio", 200], // 80 / 40
  ];
  test.each(kasus)("%s × %s", (jenis, arah, harapan) => {
    const j = jenisIndikator(jenis);
    const c = capaianSakip(realisasiSampai(R, j), targetSampai(80, TT, j), arah);
    expect(c).toBeCloseTo(harapan, 9);
    // fungsi kustom: satu baris realisasi, target tahunan satu sel
    expect(sakipCapaian([[10, 20, "", 40]], [[80]], arah, jenis)[0][0]).toBeCloseTo(harapan, 9);
  });

  test("triwulan II dengan target triwulan: kumulatif 30/35, rata-rata 15/17,5, akhir 20/20", () => {
    expect(
      sakipCapaian(
        [
          [10, 20],
          [10, 20],
          [10, 20],
        ],
        [
          [15, 20],
          [15, 20],
          [15, 20],
        ],
        "naik",
        [["kumulatif"], ["rata-rata"], ["akhir"]],
      ).map((r) => r[0]),
    ).toEqual([(30 / 35) * 100, (15 / 17.5) * 100, 100]);
  });

  test("batas memotong dari atas; jenis alias; arah dan target salah → galat", () => {
    expect(capaianSakip(130, 100, "naik", 120)).toBe(120);
    expect(capaianSakip(90, 100, "naik", 120)).toBe(90);
    expect(jenisIndikator("Non Kumulatif")).toBe("rata-rata");
    expect(jenisIndikator("akhir periode")).toBe("akhir");
    expect(jenisIndikator("")).toBe("kumulatif");
    expect(galat(() => jenisIndikator("bulanan"))).toBe("NA");
    expect(galat(() => capaianSakip(5, 0, "naik"))).toBe("BAGI0");
    expect(galat(() => capaianSakip(5, 10, "mendatar"))).toBe("NA");
  });
});

describe("kategori Permendagri 86/2017: nilai tepat di batas masuk pita tercetak", () => {
  const tepi: [number, string][] = [
    [100, "Sangat Tinggi"],
    [91, "Sangat Tinggi"],
    [90.999999, "Tinggi"],
    [90.5, "Tinggi"], // celah 90–91: batas bawah inklusif (tafsiran proyek)
    [90, "Tinggi"],
    [76, "Tinggi"],
    [75.5, "Sedang"],
    [75, "Sedang"],
    [66, "Sedang"],
    [65, "Rendah"],
    [51, "Rendah"],
    [50.5, "Sangat Rendah"],
    [50, "Sangat Rendah"],
    [0, "Sangat Rendah"],
    [-20, "Sangat Rendah"],
  ];
  test.each(tepi)("%p → %s", (c, k) => {
    expect(kategoriSakip(c)).toBe(k);
    expect(sakipKategori([[c]])[0][0]).toBe(k);
  });
  test("derau titik mengambang di batas: 4,55 / 5 × 100 = 90,99999999999999 → ROUND 9 → 91 Sangat Tinggi", () => {
    const c = capaianSakip(4.55, 5, "naik");
    expect(c).toBeLessThan(91);
    expect(kategoriSakip(c)).toBe("Sangat Tinggi");
    expect(kategoriSakip(90.9999999)).toBe("Tinggi"); // selisih nyata ≥ 1e-9 tetap memutuskan
  });
  test("skala lain sebagai data: baik-kurang dan rentang dua kolom", () => {
    expect(kategoriSakip(76, "baik-kurang")).toBe("Baik");
    expect(
      sakipKategori(
        [[80], [59.5]],
        [
          [80, "Tercapai"],
          [60, "Hampir"],
          ["", "Belum"],
        ],
      ).map((r) => r[0]),
    ).toEqual(["Tercapai", "Belum"]);
    expect(galat(() => kategoriSakip(80, "tidak-ada"))).toBe("NA");
  });
});

describe("serapan dan efisiensi (dua cara bernama)", () => {
  test("serapan = realisasi / pagu × 100", () => {
    expect(serapan(815, 850)).toBeCloseTo(95.88235294117646, 12); // 815/850 = 0,958823…
    expect(sakipSerapan([[180, 210, 195, 230]], [[850]])[0][0]).toBeCloseTo((815 / 850) * 100, 12);
    expect(galat(() => serapan(5, 0))).toBe("BAGI0");
  });
  test("selisih = capaian − serapan; rasio = capaian ÷ serapan", () => {
    expect(efisiensi(97, 92, "selisih")).toBe(5);
    expect(efisiensi(90, 96, "selisih")).toBe(-6);
    expect(efisiensi(96, 80, "rasio")).toBe(1.2);
    expect(efisiensi(40, 80, "rasio")).toBe(0.5);
    expect(efisiensi(97, 92)).toBe(5); // bawaan selisih
    expect(sakipEfisiensi([[96], [97]], [[80], [92]], "rasio").map((r) => r[0])).toEqual([1.2, 97 / 92]);
    expect(galat(() => efisiensi(50, 0, "rasio"))).toBe("BAGI0");
    expect(galat(() => efisiensi(50, 10, "bagi"))).toBe("NA");
  });
  test("rata-rata sasaran dan NKO", () => {
    expect(rataCapaian([90, 100, 95])).toBe(95);
    expect(galat(() => rataCapaian([]))).toBe("NA");
  });
});

describe("LKE PermenPAN-RB 88/2021", () => {
  test("jawaban Y/T/A–E → nilai; sub-komponen = rata-rata × bobot", () => {
    expect(["Y", "t", "A", "B", "C", "D", "E", 0.6].map(nilaiJawabanLke)).toEqual([1, 0, 1, 0.75, 0.5, 0.25, 0, 0.6]);
    expect(nilaiSubKomponenLke(["Y", "T"], 6)).toBe(3); // (1 + 0)/2 × 6
    expect(nilaiSubKomponenLke(["A", "B", "C"], 9)).toBe(6.75); // (1 + 0,75 + 0,5)/3 × 9
    expect(sakipLke([["B"], ["D"]], 15)).toBe(7.5); // (0,75 + 0,25)/2 × 15
    expect(galat(() => nilaiSubKomponenLke(["Y", ""], 6))).toBe("NA");
    expect(galat(() => nilaiJawabanLke("F"))).toBe("NILAI");
    expect(galat(() => nilaiJawabanLke(1.5))).toBe("ANGKA");
  });
  const tepi: [number, string][] = [
    [100, "AA"],
    [90.01, "AA"],
    [90, "A"],
    [80.5, "A"],
    [80, "BB"],
    [70, "B"],
    [60, "CC"],
    [50, "C"],
    [30.000001, "C"],
    [30, "D"],
    [0, "D"],
  ];
  test.each(tepi)("predikat %p → %s (batas bawah eksklusif seperti tercetak)", (n, p) => {
    expect(predikatLke(n)).toBe(p);
    expect(sakipPredikat([[n]])[0][0]).toBe(p);
  });
  test("derau di batas: 2,7 / 9 × 100 = 30,000000000000004 → ROUND 9 → 30 → D; nilai > 100 → #NUM!", () => {
    const n = (2.7 / 9) * 100;
    expect(n).toBeGreaterThan(30);
    expect(predikatLke(n)).toBe("D");
    expect(galat(() => predikatLke(100.5))).toBe("ANGKA");
    expect(nilaiLke([24, 22.5, 12, 18.5])).toBe(77); // → BB
    expect(galat(() => nilaiLke([60, 50]))).toBe("ANGKA");
  });
});

describe("rencana SAKIP dihitung HyperFormula = inti", () => {
  const o = contohSakip();
  const r = rencanaSakip(o);
  const nilai = evaluasiRencana(r);
  const AWAL = 5;

  test("capaian per indikator, hitungan tangan contoh (tahun dinilai)", () => {
    // IKM rata-rata (82,1+83,4+84+85,2)/4 = 83,675 / 85; tepat waktu 94,5/95; izin turun (8 − 4,25)/4;
    // pemberdayaan Σ 18 / 20 (tahun: target tahunan); Musrenbang akhir 100/100
    const harapan = [(83.675 / 85) * 100, (94.5 / 95) * 100, 93.75, 90, 100];
    harapan.forEach((h, i) => expect(nilai(LEMBAR_SAKIP.realisasi, `K${AWAL + i}`)).toBeCloseTo(h, 9));
    expect(nilai(LEMBAR_SAKIP.realisasi, `L${AWAL + 3}`)).toBe("Tinggi"); // 90
    expect(nilai(LEMBAR_SAKIP.realisasi, `L${AWAL + 4}`)).toBe("Sangat Tinggi");
  });

  test("sasaran, serapan, efisiensi dan NKO", () => {
    const s1 = ((83.675 / 85) * 100 + (94.5 / 95) * 100 + 93.75) / 3;
    const s2 = (90 + 100) / 2;
    expect(nilai(LEMBAR_SAKIP.t34, "C5")).toBeCloseTo(s1, 9);
    expect(nilai(LEMBAR_SAKIP.t34, "C6")).toBeCloseTo(s2, 9);
    // serapan sasaran 1: (815 + 1215) juta / (850 + 1250) juta; sasaran 2: 385 / 420
    expect(nilai(LEMBAR_SAKIP.t34, "D5")).toBeCloseTo((2030 / 2100) * 100, 9);
    expect(nilai(LEMBAR_SAKIP.t34, "D6")).toBeCloseTo((385 / 420) * 100, 9);
    expect(nilai(LEMBAR_SAKIP.t34, "E6")).toBeCloseTo(95 - (385 / 420) * 100, 9);
    expect(nilai(LEMBAR_SAKIP.t34, "C7")).toBeCloseTo((s1 + s2) / 2, 9);
    expect(nilai(LEMBAR_SAKIP.t34, "F7")).toBe("Sangat Tinggi");
  });

  test("triwulan II: target triwulan bila terisi", () => {
    const n2 = evaluasiRencana(rencanaSakip({ ...o, triwulan: 2 }));
    // pemberdayaan kumulatif (3+5)/(4+6) = 80 %; Musrenbang akhir 70/50 = 140 %; IKM rata-rata (82,1+83,4)/2 / 85 (tanpa target TW)
    expect(n2(LEMBAR_SAKIP.realisasi, "K8")).toBeCloseTo(80, 9);
    expect(n2(LEMBAR_SAKIP.realisasi, "K9")).toBeCloseTo(140, 9);
    expect(n2(LEMBAR_SAKIP.realisasi, "K5")).toBeCloseTo((82.75 / 85) * 100, 9);
    expect(n2(LEMBAR_SAKIP.anggaran, "J5")).toBeCloseTo((390 / 850) * 100, 9);
  });

  test("LKE contoh: nilai sub-komponen, AKIP dan predikat", () => {
    const l = rencanaLke(contohLke());
    const n = evaluasiRencana(l);
    // kriteria A–E bergiliran A,B,B,C,B,D: 1.b (A,B) (1+0,75)/2 × 9 = 7,875 … dihitung di bawah
    const sel = [...l.lembar[0].blok[0].sel];
    const cari = (teks: string) => sel.findIndex((b) => b[1]?.nilai === teks);
    expect(cari("Perencanaan Kinerja")).toBe(4);
    expect(n(LEMBAR_LKE, "F6")).toBeCloseTo(6, 12); // 1.a Y,Y → 1 × 6
    expect(n(LEMBAR_LKE, "F9")).toBeCloseTo(((1 + 0.75) / 2) * 9, 12); // 1.b A,B
    expect(n(LEMBAR_LKE, "F12")).toBeCloseTo(((0.75 + 0.5) / 2) * 15, 12); // 1.c B,C
  });
});

describe("cetak demo: A4, ≥ 8 pt, grafik di samping atau di bawah tabel", () => {
  // lebar kolom Excel ≈ 0,0729 inci per karakter; A4 dikurangi margin ±0,7 inci: mendatar 10,29 inci, tegak
  // 6,87 inci. Skala ≥ 8/11 (fon 11 pt tercetak ≥ 8 pt) → paling lebar ±194 (mendatar) atau ±129 (tegak) karakter.
  const { rapikan } = jest.requireActual("../../src/plans/tata-letak") as typeof import("../../src/plans/tata-letak");
  const rencana = [rapikan(rencanaSakip(contohSakip())), rapikan(rencanaLke(contohLke()))];
  test.each(rencana.flatMap((r) => r.lembar.map((l) => [l.nama, l] as const)))("%s", (_, l) => {
    expect(l.cetak?.kertas).toBe("A4");
    const bantu = new Set(l.kolomBantu?.kolom ?? []);
    const akhir = l.cetak!.area.split(":")[1].replace(/\d+/g, "");
    let lebar = 0;
    for (const k of l.lebarKolom ?? [])
      if (
        !bantu.has(k.kolom) &&
        (k.kolom.length < akhir.length || (k.kolom.length === akhir.length && k.kolom <= akhir))
      )
        lebar += k.lebar;
    const muat = ((l.cetak!.orientasi === "mendatar" ? 10.29 : 6.87) / 0.0729) * (11 / 8);
    expect(lebar).toBeLessThanOrEqual(muat);
    // grafik di samping tabel (kanan kolom A–G) bila lembar tercetak satu halaman lebar; bila tabel dan grafik
    // bersama terlalu lebar untuk huruf ≥ 8 pt (pita kolom), grafik di bawah tabel agar tidak terbelah (issue 23:
    // "charts placed beside or below their data")
    const barisTabel = Math.max(...l.blok.map((b) => Number(b.mulai.replace(/^[A-Z]+/, "")) + b.sel.length - 1));
    for (const g of l.grafik ?? []) {
      const samping = g.posisi.replace(/\d+/g, "") > "G";
      const bawah = Number(g.posisi.replace(/^[A-Z]+/, "")) > barisTabel;
      expect({ lembar: l.nama, letak: samping ? l.cetak!.satuHalamanLebar : bawah }).toEqual({
        lembar: l.nama,
        letak: true,
      });
    }
  });
});

describe("panel: SAKIP dan LKE ditawarkan", () => {
  test("pembaca opsi SAKIP: triwulan, efisiensi, baris, unit → rencana dengan triwulan II", () => {
    const { daftarMetode } = jest.requireActual(
      "../../src/taskpane/ui-metode",
    ) as typeof import("../../src/taskpane/ui-metode");
    const { panelSakip } = jest.requireActual(
      "../../src/taskpane/bagian/sakip",
    ) as typeof import("../../src/taskpane/bagian/sakip");
    const { TEKS } = jest.requireActual("../../src/taskpane/teks") as {
      TEKS: Record<string, import("../../src/taskpane/teks").Teks>;
    };
    expect(daftarMetode()).toEqual(expect.arrayContaining(["sakip", "lke"]));
    const isian: Record<string, string> = {
      "sakip-triwulan": "2",
      "sakip-efisiensi": "rasio",
      "sakip-baris": "3",
      "sakip-unit": "Kecamatan A",
    };
    const t = Object.values(TEKS)[0];
    const o = panelSakip({ nilai: (id) => isian[id] ?? "", centang: () => false }, t);
    expect(o).toEqual({ triwulan: 2, efisiensi: "rasio", barisKosong: 3, unit: "Kecamatan A" });
    const r = rencanaSakip(o);
    expect(r.lembar.find((l) => l.nama === LEMBAR_SAKIP.pk)!.blok[0].sel.length).toBe(4 + 3);
  });
});

describe("PK dari lembar kantor (panel): baris judul dicari, kolom menurut judul", () => {
  const { pkDariLembar } = jest.requireActual(
    "../../src/plans/sakip-data",
  ) as typeof import("../../src/plans/sakip-data");
  const lembar: unknown[][] = [
    ["PERJANJIAN KINERJA KECAMATAN X TAHUN 2025", null, null, null, null, null, null, null],
    [null, null, null, null, null, null, null, null],
    [
      "No",
      "Sasaran Strategis",
      "Indikator Kinerja Utama",
      "Satuan",
      "Target",
      "Realisasi Triwulan I",
      "Realisasi Triwulan II",
      "Keterangan",
    ],
    [1, "Meningkatnya pelayanan", "IKM", "nilai", 85, 82, 84, "survei"],
    [2, null, "Waktu izin (hari)", "hari", "4", "5", "4,5", ""],
    [null, null, null, null, null, null, null, null],
  ];
  test("sasaran sel gabung diwarisi, angka teks berkoma dibaca, kolom lain diabaikan", () => {
    const pk = pkDariLembar("PK Kantor", lembar);
    expect(pk.map((x) => [x.sasaran, x.indikator, x.target, x.realisasiTw?.slice(0, 2)])).toEqual([
      ["Meningkatnya pelayanan", "IKM", 85, [82, 84]],
      ["Meningkatnya pelayanan", "Waktu izin (hari)", 4, [5, 4.5]],
    ]);
    // rencana dari PK lembar: IKM kumulatif bawaan (82 + 84)/85 × 100
    const n = evaluasiRencana(rencanaSakip({ indikator: pk, barisKosong: 0 }));
    expect(n(LEMBAR_SAKIP.realisasi, "K5")).toBeCloseTo(((82 + 84) / 85) * 100, 9);
  });
  test("tanpa baris judul atau target salah → galat yang menyebut lembar dan baris", () => {
    expect(galat(() => pkDariLembar("L", [["a", "b"]]))).toBe("NA");
    const salah = lembar.map((r) => [...r]);
    salah[3][4] = "delapan";
    expect(() => pkDariLembar("L", salah)).toThrow(/baris ke-4/);
  });
});

describe("pembungkus async SAKIP.* (potongan dimuat belakangan) = isi sinkron", () => {
  test("hasil dan galat Excel sama", async () => {
    expect(await fungsiAsync.sakipCapaian([[10, 20, "", 40]], [[80]], "turun", "akhir")).toEqual(
      sakipCapaian([[10, 20, "", 40]], [[80]], "turun", "akhir"),
    );
    expect(await fungsiAsync.sakipKategori([[91], [90]])).toEqual([["Sangat Tinggi"], ["Tinggi"]]);
    expect(await fungsiAsync.sakipSerapan([[1, 2]], [[4]])).toEqual([[75]]);
    expect(await fungsiAsync.sakipEfisiensi([[96]], [[80]], "rasio")).toEqual([[1.2]]);
    expect(await fungsiAsync.sakipLke([["Y", "T"]], 6)).toBe(3);
    expect(await fungsiAsync.sakipPredikat([[90]])).toEqual([["A"]]);
    await expect(fungsiAsync.sakipCapaian([[5]], [[0]])).rejects.toMatchObject({ code: "#DIV/0!" });
    await expect(fungsiAsync.sakipLke([["Y", ""]])).rejects.toMatchObject({ code: "#N/A" });
  });
  // Excel membuang pesan #NUM!/#DIV/0!: sebab yang disebut di deskripsi (JSDoc, en-US.json) benar terjadi
  test("#NUM!/#DIV/0! yang disebut di deskripsi", async () => {
    await expect(fungsiAsync.sakipCapaian([[1, 2, 3, 4, 5]], [[10]])).rejects.toMatchObject({ code: "#NUM!" }); // lima kolom triwulan
    await expect(fungsiAsync.sakipCapaian([[0]], [[5]], "turun-rasio")).rejects.toMatchObject({ code: "#DIV/0!" }); // 5 / 0
    await expect(fungsiAsync.sakipSerapan([[1, 2, 3, 4, 5]], [[10]])).rejects.toMatchObject({ code: "#NUM!" });
    await expect(
      fungsiAsync.sakipKategori(
        [[50]],
        [
          [80, "A"],
          [60, "B"],
        ],
      ),
    ).rejects.toMatchObject({ code: "#NUM!" }); // 50 < batas terendah 60
    await expect(fungsiAsync.sakipEfisiensi([[1e308]], [[1e-308]], "rasio")).rejects.toMatchObject({ code: "#NUM!" }); // tak terhingga
    await expect(fungsiAsync.sakipLke([["Y", 1.5]], 6)).rejects.toMatchObject({ code: "#NUM!" }); // jawaban di luar 0–1
    await expect(fungsiAsync.sakipPredikat([[100.5]])).rejects.toMatchObject({ code: "#NUM!" }); // di luar 0–100
  });
});

describe("satu jawaban: fungsi kustom = lembar (contoh, tahun dan triwulan II)", () => {
  test.each([[undefined], [2]])("triwulan %p", (triwulan) => {
    const o = { ...contohSakip(), ...(triwulan ? { triwulan } : {}) };
    const n = evaluasiRencana(rencanaSakip(o));
    const ind = o.indikator!;
    const k = triwulan ?? 4;
    // target tahunan (tahun dinilai) atau target triwulan (hanya bila terisi semua) seperti lembar
    const cap = ind.map((d) => {
      const tw =
        d.targetTw && d.targetTw.slice(0, k).every((x) => x !== null) && triwulan
          ? [d.targetTw.slice(0, k)]
          : [[d.target]];
      return sakipCapaian([d.realisasiTw!.slice(0, k)], tw, d.arah, d.jenis)[0][0];
    });
    cap.forEach((c, i) => expect(n(LEMBAR_SAKIP.realisasi, `K${5 + i}`)).toBeCloseTo(c, 12));
    const kat = sakipKategori(cap.map((c) => [c]));
    kat.forEach((kt, i) => expect(n(LEMBAR_SAKIP.realisasi, `L${5 + i}`)).toBe(kt[0]));
    // serapan program dan efisiensi sasaran
    o.anggaran!.forEach((a, i) =>
      expect(n(LEMBAR_SAKIP.anggaran, `J${5 + i}`)).toBeCloseTo(
        sakipSerapan([a.realisasiTw!.slice(0, k)], [[a.pagu]])[0][0],
        12,
      ),
    );
    const c1 = n(LEMBAR_SAKIP.t34, "C5") as number;
    const s1 = n(LEMBAR_SAKIP.t34, "D5") as number;
    expect(n(LEMBAR_SAKIP.t34, "E5")).toBeCloseTo(sakipEfisiensi([[c1]], [[s1]])[0][0], 12);
  });
});

describe("kolom dikenali menurut judul seperti kantor menulisnya", () => {
  const { kunciJudul, kenaliKolomSakip, KOLOM_PK } = jest.requireActual(
    "../../src/core/sakip-kolom",
  ) as typeof import("../../src/core/sakip-kolom");
  test.each([
    ["Target TW I", "targettw1"],
    ["target_tw1", "targettw1"],
    ["Realisasi Triwulan IV", "realisasitw4"],
    ["Realisasi TW-2", "realisasitw2"],
    ["Target Triwulan ke-3", "targettw3"],
    ["Target Akhir Renstra", "targetakhirrenstra"],
    ["realisasi_lalu", "realisasilalu"],
  ])("%s → %s", (j, k) => expect(kunciJudul(j)).toBe(k));
  test("kolom baku dari judul kantor; kolom ganda ditolak", () => {
    const { indeks, lain } = kenaliKolomSakip(
      ["No", "Sasaran Strategis", "IKU", "Target", "Realisasi TW I", "Keterangan"],
      KOLOM_PK,
      ["sasaran", "indikator", "target"],
    );
    expect(indeks).toEqual({ sasaran: 1, indikator: 2, target: 3, realisasi_tw1: 4 });
    expect(lain).toEqual(["No", "Keterangan"]);
    expect(galat(() => kenaliKolomSakip(["Target", "Target Tahunan", "Sasaran", "Indikator"], KOLOM_PK, []))).toBe(
      "NILAI",
    );
    expect(galat(() => kenaliKolomSakip(["Sasaran"], KOLOM_PK, ["sasaran", "target"]))).toBe("NA");
  });
});
