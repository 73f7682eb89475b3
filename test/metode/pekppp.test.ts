/**
 * PEKPPP / IPP: bobot aspek dan indikator, nilai aspek, IPP, kategori A–F, rata-rata pengguna layanan;
 * fungsi Excel dan `kinerja pekppp`. Angka harapan dihitung tangan di komentar.
 */
import fc from "fast-check";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  cariAspek,
  hitungPekppp,
  hitungPekpppBawaan,
  indeksPekppp,
  kategoriIpp,
  nilaiAspek,
  rataRataPublik,
} from "../../src/core/pekppp";
import { ASPEK_PEKPPP, INDIKATOR_PEKPPP } from "../../src/frameworks/pekppp";
import { pekpppAspek, pekpppIndeks, pekpppKategori, pekpppKerangka, pekpppPublik } from "../../src/functions/pekppp";
import { jalankanPekppp } from "../../src/cli/pekppp";
import { GalatCli } from "../../src/cli/galat";
import { jenisGalat, kodeExcel } from "../bantu/galat";
import { contohPekppp, rencanaPekppp } from "../../src/plans/pekppp";
import { evaluasiRencana, kananLabelRencana } from "../bantu/mesin-rumus";

describe("kerangka PEKPPP", () => {
  test("bobot aspek 24/25/18/11/10/12 berjumlah 100%", () => {
    expect(ASPEK_PEKPPP.map((a) => [a.nama, a.bobot])).toEqual([
      ["Kebijakan Pelayanan", 0.24],
      ["Profesionalisme SDM", 0.25],
      ["Sarana Prasarana", 0.18],
      ["Sistem Informasi Pelayanan Publik", 0.11],
      ["Konsultasi dan Pengaduan", 0.1],
      ["Inovasi", 0.12],
    ]);
    expect(ASPEK_PEKPPP.reduce((s, a) => s + a.bobot, 0)).toBeCloseTo(1, 12);
  });
  test("30 indikator; bobot indikator tiap aspek berjumlah 1; tujuh pertama Kebijakan terverifikasi teks", () => {
    expect(INDIKATOR_PEKPPP).toHaveLength(30);
    expect(INDIKATOR_PEKPPP.map((i) => i.no)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    ASPEK_PEKPPP.forEach((a) => expect(a.indikator.reduce((s, i) => s + i.bobot, 0)).toBeCloseTo(1, 12));
    expect(ASPEK_PEKPPP[0].indikator.slice(0, 7).map((i) => i.bobot)).toEqual([
      0.17, 0.14, 0.07, 0.14, 0.1, 0.17, 0.07,
    ]);
    expect(INDIKATOR_PEKPPP.filter((i) => i.verifikasi === "teks").map((i) => i.no)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
  test("nama aspek tanpa membedakan huruf besar/kecil dan alias", () => {
    expect(cariAspek("  kebijakan PELAYANAN ").kode).toBe("kebijakan");
    expect(cariAspek("SIPP").kode).toBe("sipp");
    expect(cariAspek("Sarana dan Prasarana").kode).toBe("sarpras");
    expect(jenisGalat(() => cariAspek("Anggaran"))).toBe("NA");
  });
});

describe("inti IPP", () => {
  test("semua indikator 4 → setiap aspek 4 → IPP 4 → Baik (4,00 tidak melebihi 4,00)", () => {
    const h = hitungPekpppBawaan(INDIKATOR_PEKPPP.map(() => 4));
    h.aspek.forEach((a) => expect(a.nilai).toBeCloseTo(4, 12));
    expect(h.indeks).toBeCloseTo(4, 12);
    expect(kategoriIpp(4).predikat).toBe("Baik");
  });
  test("Kebijakan semua 5, aspek lain semua 3: 0,24 × 5 + 0,76 × 3 = 1,2 + 2,28 = 3,48 → B- Baik (Dengan Catatan)", () => {
    const h = hitungPekpppBawaan(INDIKATOR_PEKPPP.map((i) => (i.no <= 9 ? 5 : 3)));
    expect(h.indeks).toBeCloseTo(3.48, 12);
    expect([h.huruf, h.kategori]).toEqual(["B-", "Baik (Dengan Catatan)"]);
  });
  test("satu indikator per aspek 5,4,3,2,1,0: 1,2 + 1 + 0,54 + 0,22 + 0,1 + 0 = 3,06", () => {
    const h = hitungPekppp(
      [
        "Kebijakan Pelayanan",
        "Profesionalisme SDM",
        "Sarana Prasarana",
        "SIPP",
        "Konsultasi dan Pengaduan",
        "Inovasi",
      ].map((aspek, i) => ({ aspek, nilai: 5 - i })),
    );
    expect(h.indeks).toBeCloseTo(3.06, 12);
    expect(h.huruf).toBe("B-");
  });
  test("nilai aspek: bobot 0,25/0,75 atas 5 dan 1 = 1,25 + 0,75 = 2; tanpa bobot (5 + 1)/2 = 3", () => {
    expect(nilaiAspek([5, 1], [0.25, 0.75])).toBe(2);
    expect(nilaiAspek([5, 1])).toBe(3);
    expect(jenisGalat(() => nilaiAspek([5, 1], [0.5, 0.6]))).toBe("ANGKA");
    expect(jenisGalat(() => nilaiAspek([6]))).toBe("ANGKA");
    expect(jenisGalat(() => nilaiAspek([]))).toBe("NA");
  });
  test("galat: aspek tanpa indikator, bobot sebagian, aspek tak dikenal", () => {
    const lima = ["Kebijakan Pelayanan", "Profesionalisme SDM", "Sarana Prasarana", "SIPP", "Inovasi"].map((aspek) => ({
      aspek,
      nilai: 3,
    }));
    expect(jenisGalat(() => hitungPekppp(lima))).toBe("NA");
    const semua = [...lima, { aspek: "Pengaduan", nilai: 3 }];
    expect(hitungPekppp(semua).indeks).toBeCloseTo(3, 12);
    expect(jenisGalat(() => hitungPekppp([...semua, { aspek: "Inovasi", nilai: 3, bobot: 0.5 }]))).toBe("NILAI");
    expect(jenisGalat(() => hitungPekppp([...semua, { aspek: "Anggaran", nilai: 3 }]))).toBe("NA");
  });
  test("kategori IPP di tepi pita (tanpa pembulatan)", () => {
    const k = (x: number): string => kategoriIpp(x).huruf;
    expect([
      k(5),
      k(4.51),
      k(4.505),
      k(4.5),
      k(4.01),
      k(4),
      k(3.5000001),
      k(3.5),
      k(3),
      k(2.5),
      k(2),
      k(1.5),
      k(1.01),
      k(1.005),
      k(1),
      k(0),
    ]).toEqual(["A", "A", "A", "A-", "A-", "B", "B", "B-", "C", "C-", "D", "E", "E", "E", "F", "F"]);
    expect(jenisGalat(() => kategoriIpp(5.01))).toBe("ANGKA");
    expect(jenisGalat(() => kategoriIpp(-0.01))).toBe("ANGKA");
  });
  test("IPP dari nilai aspek dengan bobot bawaan; bobot aspek harus berjumlah 1", () => {
    // 0,24 × 5 + 0,76 × 0 = 1,2
    expect(indeksPekppp([5, 0, 0, 0, 0, 0])).toBeCloseTo(1.2, 12);
    expect(jenisGalat(() => indeksPekppp([1, 1], [0.5, 0.4]))).toBe("ANGKA");
  });
  test("sifat: IPP di antara nilai aspek terkecil dan terbesar, kategori monoton", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 5, noNaN: true }), { minLength: 6, maxLength: 6 }), (n) => {
        const ipp = indeksPekppp(n);
        expect(ipp).toBeGreaterThanOrEqual(Math.min(...n) - 1e-9);
        expect(ipp).toBeLessThanOrEqual(Math.max(...n) + 1e-9);
      }),
    );
    const urut = ["F", "E", "D", "C-", "C", "B-", "B", "A-", "A"];
    fc.assert(
      fc.property(fc.double({ min: 0, max: 5, noNaN: true }), fc.double({ min: 0, max: 5, noNaN: true }), (a, b) => {
        const [x, y] = a <= b ? [a, b] : [b, a];
        expect(urut.indexOf(kategoriIpp(x).huruf)).toBeLessThanOrEqual(urut.indexOf(kategoriIpp(y).huruf));
      }),
    );
  });
  test("rata-rata pengguna layanan per aspek: butir 1–2 Kebijakan, butir 3 SIPP", () => {
    // butir 1: (4 + 5)/2 = 4,5; butir 2: (3 + 3)/2 = 3 → Kebijakan (4,5 + 3)/2 = 3,75; SIPP (2 + 4)/2 = 3
    expect(
      rataRataPublik(
        [
          [4, 5],
          [3, 3],
          [2, 4],
        ],
        ["kebijakan pelayanan", "Kebijakan Pelayanan", "sipp"],
      ),
    ).toEqual([
      { nama: "Kebijakan Pelayanan", nilai: 3.75 },
      { nama: "Sistem Informasi Pelayanan Publik", nilai: 3 },
    ]);
    expect(jenisGalat(() => rataRataPublik([[6]], ["Inovasi"]))).toBe("ANGKA");
  });
});

describe("fungsi Excel PEKPPP", () => {
  const label = [
    ["Kebijakan Pelayanan"],
    ["kebijakan pelayanan"],
    ["Profesionalisme SDM"],
    ["Sarana Prasarana"],
    ["SIPP"],
    ["Konsultasi dan Pengaduan"],
    ["Inovasi"],
  ];
  // Kebijakan: 5 × 0,25 + 1 × 0,75 = 2; SDM 4; Sarpras 3; SIPP 2; Pengaduan 1; Inovasi 0
  // IPP = 0,24 × 2 + 0,25 × 4 + 0,18 × 3 + 0,11 × 2 + 0,10 × 1 + 0 = 0,48 + 1 + 0,54 + 0,22 + 0,1 = 2,34
  const nilai = [[5], [1], [4], [3], [2], [1], [0]];
  const bobot = [[0.25], [0.75], [""], [""], [""], [""], [""]];
  test("PEKPPP.INDEKS dan PEKPPP.ASPEK", () => {
    expect(pekpppIndeks(nilai, label, bobot)).toBeCloseTo(2.34, 12);
    const t = pekpppAspek(nilai, label, bobot);
    expect(t.map((r) => r[0])).toEqual(ASPEK_PEKPPP.map((a) => a.nama));
    expect(t.map((r) => r[2])).toEqual([2, 4, 3, 2, 1, 0]);
    // tanpa bobot: Kebijakan (5 + 1)/2 = 3 → IPP 2,34 + 0,24 × (3 − 2) = 2,58
    expect(pekpppIndeks(nilai, label)).toBeCloseTo(2.58, 12);
    expect(pekpppIndeks(INDIKATOR_PEKPPP.map(() => [4]))).toBeCloseTo(4, 12);
  });
  test("PEKPPP.KATEGORI spill dan bentuk", () => {
    expect(pekpppKategori([[4.5], [4.505], [1]])).toEqual([["Sangat Baik"], ["Pelayanan Prima"], ["Gagal"]]);
    expect(pekpppKategori([[3.2]], "huruf")).toEqual([["B-"]]);
    expect(pekpppKategori([[3.2]], "lengkap")).toEqual([["B- Baik (Dengan Catatan)"]]);
    expect(kodeExcel(() => pekpppKategori([[5.5]]))).toBe("#NUM!");
    expect(kodeExcel(() => pekpppKategori([[""]]))).toBe("#N/A");
    expect(kodeExcel(() => pekpppKategori([["x"]]))).toBe("#VALUE!");
    expect(kodeExcel(() => pekpppKategori([[3]], "angka"))).toBe("#N/A");
  });
  test("galat Excel", () => {
    expect(kodeExcel(() => pekpppIndeks([[4], [4]]))).toBe("#VALUE!");
    expect(kodeExcel(() => pekpppIndeks(nilai, label, [[0.5], [0.6], [""], [""], [""], [""], [""]]))).toBe("#NUM!");
    expect(kodeExcel(() => pekpppIndeks(nilai.slice(0, 6), label.slice(0, 6)))).toBe("#N/A");
    expect(kodeExcel(() => pekpppIndeks([[6], ...nilai.slice(1)], label))).toBe("#NUM!");
    expect(kodeExcel(() => pekpppIndeks([[""], ...nilai.slice(1)], label))).toBe("#N/A");
  });
  test("PEKPPP.PUBLIK dan PEKPPP.KERANGKA", () => {
    expect(
      pekpppPublik(
        [
          [4, 3, 2],
          [5, 3, 4],
          ["", 3, ""],
        ],
        [["Kebijakan Pelayanan", "Kebijakan Pelayanan", "SIPP"]],
      ),
    ).toEqual([
      ["Kebijakan Pelayanan", 3.75],
      ["Sistem Informasi Pelayanan Publik", 3],
    ]);
    const k = pekpppKerangka();
    expect(k).toHaveLength(30);
    expect(k[0]).toEqual([
      "Kebijakan Pelayanan",
      0.24,
      1,
      "a.Ak",
      "Tersedia Standar Pelayanan sesuai ketentuan",
      0.17,
      "teks",
    ]);
  });
});

describe("kinerja pekppp", () => {
  const dir = mkdtempSync(join(tmpdir(), "pekppp-"));
  const berkas = (nama: string, isi: string): string => {
    const p = join(dir, nama);
    writeFileSync(p, isi);
    return p;
  };
  const baik = [
    "aspek,indikator,nilai,bobot_indikator",
    "Kebijakan Pelayanan,Standar Pelayanan,5,0.25",
    "KEBIJAKAN PELAYANAN,SKM,1,0.75",
    "profesionalisme sdm,Kode etik,4,",
    "Sarana Prasarana,Ruang tunggu,3,",
    "Sistem Informasi Pelayanan Publik,SIPPN,2,",
    "Konsultasi dan Pengaduan,Tindak lanjut,1,",
    "Inovasi,Inovasi,0,",
  ].join("\n");
  test("JSON: IPP 2,34 (lihat fungsi Excel) → C- Cukup (Dengan Catatan)", () => {
    const j = JSON.parse(jalankanPekppp({ input: berkas("baik.csv", baik), json: true }));
    expect(j.aspek.map((a: { nama: string; bobot: number; nilai: number }) => [a.nama, a.bobot, a.nilai])).toEqual([
      ["Kebijakan Pelayanan", 0.24, 2],
      ["Profesionalisme SDM", 0.25, 4],
      ["Sarana Prasarana", 0.18, 3],
      ["Sistem Informasi Pelayanan Publik", 0.11, 2],
      ["Konsultasi dan Pengaduan", 0.1, 1],
      ["Inovasi", 0.12, 0],
    ]);
    expect(j.indeks).toBeCloseTo(2.34, 12);
    expect(j.kategori).toBe("Cukup (Dengan Catatan)");
  });
  test("tanpa kolom bobot_indikator: bobot sama; pemisah titik koma dan koma desimal", () => {
    const isi = [
      "aspek;indikator;nilai",
      "Kebijakan Pelayanan;a;4,5",
      "Kebijakan Pelayanan;b;3,5",
      "SDM;c;4",
      "Sarpras;d;4",
      "SIPP;e;4",
      "Pengaduan;f;4",
      "Inovasi;g;4",
    ].join("\n");
    // Kebijakan (4,5 + 3,5)/2 = 4 → semua aspek 4 → IPP 4 → Baik
    const j = JSON.parse(jalankanPekppp({ input: berkas("titikkoma.csv", isi), json: true }));
    expect(j.indeks).toBeCloseTo(4, 12);
    expect(j.kategori).toBe("Baik");
    expect(jalankanPekppp({ input: berkas("titikkoma2.csv", isi) })).toContain("IPP: 4.0000");
  });
  const ganti = (baris: number, isi: string): string =>
    baik
      .split("\n")
      .map((b, i) => (i === baris - 1 ? isi : b))
      .join("\n");
  test.each([
    ["aspek tidak dikenal", ganti(4, "Anggaran,x,4,"), /baris 4 \(x\): aspek "Anggaran" tidak dikenal/],
    [
      "nilai di luar 0–5",
      ganti(5, "Sarana Prasarana,Ruang tunggu,6,"),
      /baris 5 \(Ruang tunggu\): nilai 6 di luar skala 0–5/,
    ],
    ["nilai negatif", ganti(5, "Sarana Prasarana,Ruang tunggu,-1,"), /baris 5.*-1 di luar skala/],
    [
      "bobot tidak berjumlah 1",
      ganti(3, "Kebijakan Pelayanan,SKM,1,0.5"),
      /aspek Kebijakan Pelayanan: jumlah bobot indikator 0.75 bukan 1 \(baris 2.*baris 3/,
    ],
    ["bobot sebagian kosong", ganti(3, "Kebijakan Pelayanan,SKM,1,"), /baris 3 \(SKM\): bobot indikator kosong/],
    ["aspek tanpa baris", baik.split("\n").slice(0, 7).join("\n"), /aspek Inovasi tidak punya indikator/],
    ["nilai bukan angka", ganti(5, "Sarana Prasarana,Ruang tunggu,baik,"), /baris 5, kolom nilai: "baik" bukan angka/],
    ["kolom nilai tidak ada", "aspek,indikator\nInovasi,x\n", /kolom "nilai" tidak ada/],
    ["tanpa baris data", "aspek,indikator,nilai\n", /tidak ada baris data/],
  ])("galat: %s → GalatCli kode keluar 2", (_n, isi, pesan) => {
    let g: unknown;
    try {
      jalankanPekppp({ input: berkas(`galat-${_n.replace(/\W/g, "")}.csv`, isi), json: true });
    } catch (e) {
      g = e;
    }
    expect(g).toBeInstanceOf(GalatCli);
    expect((g as GalatCli).kodeKeluar).toBe(2);
    expect((g as GalatCli).message).toMatch(pesan);
    expect((g as GalatCli).message).not.toContain("\n");
  });
});

describe("pembangun PEKPPP (rumus asli, dievaluasi HyperFormula)", () => {
  const kananDari =
    (r: ReturnType<typeof rencanaPekppp>) =>
    (teks: string): string =>
      kananLabelRencana(r.lembar[0], teks);
  test("contoh: IPP 3,48, Baik (Dengan Catatan), B-", () => {
    const r = rencanaPekppp(contohPekppp());
    expect(r.meta).toEqual({ pembangun: "pekppp", versi: 1, opsi: { responden: 4 } });
    const kanan = kananDari(r);
    const nilai = evaluasiRencana(r);
    expect(nilai("PEKPPP", kanan("Indeks Pelayanan Publik (IPP)"))).toBeCloseTo(3.48, 12);
    expect(nilai("PEKPPP", kanan("Kategori"))).toBe("Baik (Dengan Catatan)");
    expect(nilai("PEKPPP", kanan("Huruf"))).toBe("B-");
  });
  test.each([4.5, 4.505, 4, 1, 0])("rumus kategori sama dengan inti pada %p", (x) => {
    const r = rencanaPekppp({ nilai: INDIKATOR_PEKPPP.map(() => x) });
    const kanan = kananDari(r);
    const nilai = evaluasiRencana(r);
    expect(nilai("PEKPPP", kanan("Huruf"))).toBe(
      kategoriIpp(hitungPekpppBawaan(INDIKATOR_PEKPPP.map(() => x)).indeks).huruf,
    );
  });
  test("nilai kosong → #N/A, bukan nol", () => {
    const r = rencanaPekppp();
    expect(String(evaluasiRencana(r)("PEKPPP", kananDari(r)("Indeks Pelayanan Publik (IPP)")))).toMatch(/^#ERR/);
  });
});
