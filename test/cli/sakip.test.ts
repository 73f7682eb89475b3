/**
 * `kinerja sakip` dan `kinerja lke` (issue 25): bentuk JSON persis issue, angka hitungan tangan, dan buku kerja
 * --xlsx yang dihitung ulang HyperFormula sama dengan --json; Periksa tidak menemukan apa pun.
 */
import { join } from "node:path";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { jalankanCli } from "../../src/cli/kinerja";
import { jalankanPeriksa } from "../../src/cli/periksa";
import { LEMBAR_SAKIP } from "../../src/plans/sakip";
import { LEMBAR_LKE } from "../../src/plans/lke";
import { jsonDanBuku, tulisSementara } from "../bantu/cli-xlsx";

const FIX = join(__dirname, "..", "fixtures", "sakip");
const PK = join(FIX, "pk-contoh.csv");
const AG = join(FIX, "anggaran-contoh.csv");
const LKE = join(FIX, "lke-contoh.csv");

async function jalan(...a: string[]): Promise<{ kode: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const kode = await jalankanCli(a, { tulis: (t) => (out += t), galat: (t) => (err += t) });
  return { kode, out, err };
}

// hitungan tangan contoh (lihat test/metode/sakip.test.ts): S1 rata-rata tiga indikator, S2 (90 + 100)/2
const IKM = (83.675 / 85) * 100;
const TEPAT = (94.5 / 95) * 100;
const S1 = (IKM + TEPAT + 93.75) / 3;
const S2 = 95;
const SER1 = (2030 / 2100) * 100;
const SER2 = (385 / 420) * 100;

describe("kinerja sakip", () => {
  test("bentuk JSON persis issue dan angka hitungan tangan (tahun dinilai, efisiensi selisih)", async () => {
    const r = await jalan("sakip", "--pk", PK, "--anggaran", AG, "--json");
    expect(r.err).toBe("");
    const j = JSON.parse(r.out);
    expect(Object.keys(j)).toEqual(["nko", "kategori", "sasaran"]);
    expect(Object.keys(j.sasaran[0])).toEqual(["nama", "capaian", "kategori", "serapan", "efisiensi", "indikator"]);
    expect(Object.keys(j.sasaran[0].indikator[0])).toEqual([
      "nama",
      "arah",
      "jenis",
      "target",
      "realisasi",
      "capaian",
      "kategori",
    ]);
    expect(j.nko).toBeCloseTo((S1 + S2) / 2, 9);
    expect(j.kategori).toBe("Sangat Tinggi");
    expect(j.sasaran[0].capaian).toBeCloseTo(S1, 9);
    expect(j.sasaran[0].serapan).toBeCloseTo(SER1, 9);
    expect(j.sasaran[1].efisiensi).toBeCloseTo(S2 - SER2, 9);
    expect(j.sasaran[1].indikator[1]).toMatchObject({
      jenis: "akhir",
      target: 100,
      realisasi: 100,
      capaian: 100,
      kategori: "Sangat Tinggi",
    });
    expect(j.sasaran[1].indikator[0]).toMatchObject({
      jenis: "kumulatif",
      target: 20,
      realisasi: 18,
      capaian: 90,
      kategori: "Tinggi",
    });
  });

  test("--triwulan 2 --efisiensi rasio: target triwulan, serapan s.d. TW II, rasio", async () => {
    const j = JSON.parse(
      (await jalan("sakip", "--pk", PK, "--anggaran", AG, "--triwulan", "2", "--efisiensi", "rasio", "--json")).out,
    );
    const s2 = j.sasaran[1];
    expect(s2.indikator[0]).toMatchObject({ target: 10, realisasi: 8, capaian: 80 }); // (3+5)/(4+6)
    expect(s2.indikator[1]).toMatchObject({ target: 50, realisasi: 70, capaian: 140 }); // akhir TW II
    expect(s2.capaian).toBeCloseTo(110, 9);
    expect(s2.serapan).toBeCloseTo((170 / 420) * 100, 9); // (60 + 110) juta / 420 juta
    expect(s2.efisiensi).toBeCloseTo(110 / ((170 / 420) * 100), 9);
  });

  test.each([
    [[]],
    [["--triwulan", "3", "--efisiensi", "rasio", "--batas", "105"]],
    [["--triwulan", "1", "--skala", "baik-kurang"]],
  ])("--xlsx dihitung ulang = --json (%j)", async (opsi) => {
    const h = await jsonDanBuku(
      "sakip",
      "--pk",
      PK,
      "--anggaran",
      AG,
      ...(opsi as string[]),
      "--unit",
      "Kecamatan Contoh",
      "--tahun",
      "2025",
    );
    let baris = 5;
    for (const s of h.json.sasaran) {
      for (const i of s.indikator) {
        expect(h.nilai(LEMBAR_SAKIP.realisasi, `B${baris}`)).toBe(i.nama);
        expect(h.nilai(LEMBAR_SAKIP.realisasi, `I${baris}`)).toBeCloseTo(i.target, 9);
        expect(h.nilai(LEMBAR_SAKIP.realisasi, `J${baris}`)).toBeCloseTo(i.realisasi, 9);
        expect(h.nilai(LEMBAR_SAKIP.realisasi, `K${baris}`)).toBeCloseTo(i.capaian, 9);
        expect(h.nilai(LEMBAR_SAKIP.realisasi, `L${baris}`)).toBe(i.kategori);
        baris++;
      }
    }
    h.json.sasaran.forEach(
      (s: { nama: string; capaian: number; kategori: string; serapan: number; efisiensi: number }, k: number) => {
        expect(h.nilai(LEMBAR_SAKIP.t34, `B${5 + k}`)).toBe(s.nama);
        expect(h.nilai(LEMBAR_SAKIP.t34, `C${5 + k}`)).toBeCloseTo(s.capaian, 9);
        expect(h.nilai(LEMBAR_SAKIP.t34, `D${5 + k}`)).toBeCloseTo(s.serapan, 9);
        expect(h.nilai(LEMBAR_SAKIP.t34, `E${5 + k}`)).toBeCloseTo(s.efisiensi, 9);
        expect(h.nilai(LEMBAR_SAKIP.t34, `F${5 + k}`)).toBe(s.kategori);
      },
    );
    const nko = 5 + h.json.sasaran.length;
    expect(h.nilai(LEMBAR_SAKIP.t34, `C${nko}`)).toBeCloseTo(h.json.nko, 9);
    expect(h.nilai(LEMBAR_SAKIP.t34, `F${nko}`)).toBe(h.json.kategori);
  });

  test("Periksa buku kerja --xlsx: tanpa temuan", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sakip-periksa-"));
    const berkas = join(dir, "sakip.xlsx");
    const r = await jalan("sakip", "--pk", PK, "--anggaran", AG, "--triwulan", "2", "--xlsx", berkas, "--json");
    expect(r.err).toBe("");
    const p = await jalankanPeriksa(berkas, true);
    expect(JSON.parse(p.teks)).toEqual({ temuan: [] });
    expect(p.kode).toBe(0);
  });

  test("masukan salah: kolom tak dikenal, target 0, sasaran anggaran tak ada di PK → kode 2, pesan berbaris", async () => {
    const a = await jalan(
      "sakip",
      "--pk",
      tulisSementara("pk.csv", "sasaran,indikator,target,bulan\nS,I,10,3\n"),
      "--json",
    );
    expect(a.kode).toBe(2);
    expect(a.err).toMatch(/kolom "bulan" tidak dikenal/);
    const b = await jalan(
      "sakip",
      "--pk",
      tulisSementara("pk.csv", "sasaran,indikator,target,realisasi_tw1\nS,I,0,3\n"),
      "--json",
    );
    expect(b.err).toMatch(/baris 2, kolom target/);
    const c = await jalan(
      "sakip",
      "--pk",
      tulisSementara("pk.csv", "sasaran,indikator,target,realisasi_tw1\nS,I,10,3\n"),
      "--anggaran",
      tulisSementara("ag.csv", "sasaran,program,pagu\nX,P,100\n"),
      "--json",
    );
    expect(c.err).toMatch(/"X" tidak ada/);
  });
});

describe("kinerja lke", () => {
  test("nilai komponen hitungan tangan, AKIP 73,3125 → BB; bentuk JSON persis issue", async () => {
    const r = await jalan("lke", "--input", LKE, "--json");
    expect(r.err).toBe("");
    const j = JSON.parse(r.out);
    expect(Object.keys(j)).toEqual(["nilai", "predikat", "komponen"]);
    // K1: 6 + 7,875 + 9,375; K2: 6 + 4,5 + 13,125; K3: 3 + 2,8125 + 3,75; K4: 2,5 + 6,5625 + 7,8125
    const harapan = [23.25, 23.625, 9.5625, 16.875];
    j.komponen.forEach((k: { nama: string; bobot: number; nilai: number }, i: number) =>
      expect(k.nilai).toBeCloseTo(harapan[i], 12),
    );
    expect(j.komponen.map((k: { bobot: number }) => k.bobot)).toEqual([30, 30, 15, 25]);
    expect(j.nilai).toBeCloseTo(73.3125, 12);
    expect(j.predikat).toBe("BB");
  });

  test("--xlsx dihitung ulang = --json; Periksa bersih", async () => {
    const h = await jsonDanBuku("lke", "--input", LKE);
    const { baris } = h.cari(LEMBAR_LKE, "Nilai AKIP");
    expect(h.nilai(LEMBAR_LKE, `F${baris + 1}`)).toBeCloseTo(h.json.nilai, 12);
    expect(h.nilai(LEMBAR_LKE, `F${baris + 2}`)).toBe(h.json.predikat);
    const dir = mkdtempSync(join(tmpdir(), "lke-periksa-"));
    const berkas = join(dir, "lke.xlsx");
    await jalan("lke", "--input", LKE, "--xlsx", berkas, "--json");
    const p = await jalankanPeriksa(berkas, true);
    expect(JSON.parse(p.teks)).toEqual({ temuan: [] });
  });
});

describe("templat panel tanpa data", () => {
  test.each([
    ["sakip", { barisKosong: 4 }],
    ["lke", {}],
  ] as const)("%s: Periksa buku kerja templat kosong tanpa temuan", async (id, opsi) => {
    const { buatRencana } = jest.requireActual("../../src/metode/index") as typeof import("../../src/metode/index");
    const { tulisXlsx } = jest.requireActual(
      "../../src/hosts/xlsx/berkas",
    ) as typeof import("../../src/hosts/xlsx/berkas");
    const berkas = join(mkdtempSync(join(tmpdir(), "sakip-templat-")), `${id}.xlsx`);
    await tulisXlsx(buatRencana(id, opsi), berkas);
    const p = await jalankanPeriksa(berkas, true);
    expect(JSON.parse(p.teks)).toEqual({ temuan: [] });
  });
});

describe("kinerja lke: jawaban angka, galat, teks", () => {
  test("jawaban angka 0–1 diterima; --xlsx tanpa temuan Periksa (tanpa validasi daftar di sub-komponen itu)", async () => {
    const baris = ["komponen,subkomponen,kriteria,jawaban"];
    for (const k of [1, 2, 3, 4])
      for (const s of ["a", "b", "c"]) baris.push(`${k},${s},kriteria ${k}${s},${s === "a" ? "Y" : "0.5"}`);
    const csv = tulisSementara("lke-angka.csv", baris.join("\n") + "\n");
    const j = JSON.parse((await jalan("lke", "--input", csv, "--json")).out);
    // tiap komponen: keberadaan 20 % × 1 + (30 % + 50 %) × 0,5 = 60 % bobot → 60
    expect(j.nilai).toBeCloseTo(60, 12);
    expect(j.predikat).toBe("CC");
    const berkas = join(mkdtempSync(join(tmpdir(), "lke-angka-")), "lke.xlsx");
    expect((await jalan("lke", "--input", csv, "--xlsx", berkas, "--json")).err).toBe("");
    expect(JSON.parse((await jalankanPeriksa(berkas, true)).teks)).toEqual({ temuan: [] });
  });
  test("komponen tak dikenal dan sub-komponen tanpa kriteria → kode 2", async () => {
    const a = await jalan(
      "lke",
      "--input",
      tulisSementara("lke.csv", "komponen,subkomponen,jawaban\nAnggaran,a,Y\n"),
      "--json",
    );
    expect(a.kode).toBe(2);
    expect(a.err).toMatch(/komponen: "Anggaran" tidak dikenal/);
    const b = await jalan(
      "lke",
      "--input",
      tulisSementara("lke.csv", "komponen,subkomponen,jawaban\n1,a,Y\n"),
      "--json",
    );
    expect(b.err).toMatch(/1\.b .* tanpa kriteria/);
  });
  test("teks sakip berkoma desimal: NKO 96,11 % (Sangat Tinggi)", async () => {
    const r = await jalan("sakip", "--pk", PK, "--anggaran", AG, "--desimal", "koma");
    expect(r.out).toMatch(/NKO: 96,11 % \(Sangat Tinggi\)/);
  });
});
