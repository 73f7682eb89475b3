/**
 * Versi aturan sebagai data yang dapat dipilih (issue 11 butir 8): predikat kinerja pegawai PermenPAN-RB
 * 6/2022 di samping PP 46/2011, BSC arah "turun-rasio" (T/R) dan lantai 0 di samping (2T − R)/T, dan bobot
 * aspek PEKPPP PermenPAN-RB 17/2017 di samping instrumen berlaku. Angka harapan dihitung tangan di sini.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ATURAN_PEGAWAI, MATRIKS_PREDIKAT_2022, VERSI_PEKPPP } from "../../src/frameworks/aturan-versi";
import { bacaRating, predikatKinerja2022 } from "../../src/core/pegawai-2022";
import { pegawaiPredikat } from "../../src/functions/pegawai-2022";
import { rencanaPegawai } from "../../src/plans/pegawai";
import { capaian } from "../../src/core/bsc";
import { bscCapaian } from "../../src/functions/bsc";
import { rencanaBsc } from "../../src/plans/bsc";
import { hitungPekppp } from "../../src/core/pekppp";
import { ASPEK_PEKPPP } from "../../src/frameworks/pekppp";
import { selBeralamat, alamat } from "../../src/plans/rencana";
import { cli } from "../bantu/cli";
import { bacaXlsx } from "../../src/hosts/xlsx/xlsx";
import { evaluasiBuku, evaluasiRencana } from "../bantu/mesin-rumus";
import { jenisGalat, kodeExcel } from "../bantu/galat";

const dir = mkdtempSync(join(tmpdir(), "aturan-versi-"));

describe("kinerja pegawai: PermenPAN-RB 6/2022 (berlaku) di samping PP 46/2011 (dicabut PP 30/2019)", () => {
  test("satu aturan berlaku; PP 46/2011 ditandai dicabut PP 30/2019", () => {
    expect(ATURAN_PEGAWAI.filter((a) => a.berlaku).map((a) => a.kode)).toEqual(["permenpan6-2022"]);
    expect(ATURAN_PEGAWAI.find((a) => a.kode === "pp46")?.status).toMatch(/PP 30\/2019/);
  });
  test("matriks predikat: hasil kerja × perilaku kerja (materi sosialisasi PermenPAN-RB 6/2022)", () => {
    // baris = hasil kerja (di atas, sesuai, di bawah), kolom = perilaku kerja (di atas, sesuai, di bawah)
    const harapan = [
      ["Sangat Baik", "Baik", "Kurang/Misconduct"],
      ["Baik", "Baik", "Kurang/Misconduct"],
      ["Butuh Perbaikan", "Butuh Perbaikan", "Sangat Kurang"],
    ];
    const r = ["di atas", "sesuai", "di bawah"];
    expect(r.map((h) => r.map((p) => predikatKinerja2022(h, p)))).toEqual(harapan);
    expect(MATRIKS_PREDIKAT_2022).toEqual(harapan);
    expect(bacaRating("Di Atas Ekspektasi")).toBe("Di atas ekspektasi");
    expect(jenisGalat(() => bacaRating("luar biasa"))).toBe("NA");
  });
  test("lembar predikat (pembangun pegawai, skala 2022): INDEX/MATCH pada matriks terlihat = inti (HyperFormula)", () => {
    const hasil = ["Di atas ekspektasi", "Sesuai ekspektasi", "Di bawah ekspektasi", "Di atas ekspektasi"];
    const perilaku = ["Di atas ekspektasi", "Di bawah ekspektasi", "Sesuai ekspektasi", ""];
    const r = rencanaPegawai({ skala: "2022", pegawai: 4, nama: ["A", "B", "C", "D"] });
    expect(r.meta).toEqual({ pembangun: "pegawai", versi: 1, opsi: { pegawai: 4, skala: "2022" } });
    const l = r.lembar[0];
    const kunci = new Map(
      [...selBeralamat(l)].filter((s) => s.sel.kunci).map((s) => [s.sel.kunci as string, s.alamat]),
    );
    const isian: Record<string, string> = {};
    hasil.forEach((h, i) => (isian[kunci.get(`hasil|pegawai=${i + 1}`) as string] = h));
    perilaku.forEach((p, i) => {
      if (p) isian[kunci.get(`perilaku|pegawai=${i + 1}`) as string] = p;
    });
    const nilai = evaluasiRencana(r, { [l.nama]: isian });
    const predikat = [0, 1, 2, 3].map((i) => nilai(l.nama, `E${5 + i}`));
    expect(predikat).toEqual(["Sangat Baik", "Kurang/Misconduct", "Butuh Perbaikan", ""]);
    expect(predikat.slice(0, 3)).toEqual([0, 1, 2].map((i) => predikatKinerja2022(hasil[i], perilaku[i])));
    // ringkasan: urutan predikat (1 = Sangat Baik … 5 = Sangat Kurang) dan peringkat menaik
    expect([0, 1, 2, 3].map((i) => nilai("Predikat Pegawai Ringkasan", `C${5 + i}`))).toEqual([1, 4, 3, ""]);
    expect([0, 1, 2].map((i) => nilai("Predikat Pegawai Ringkasan", `E${5 + i}`))).toEqual([1, 3, 2]);
  });
  test("PEGAWAI.PREDIKAT spill; sel kosong → #N/A", () => {
    expect(pegawaiPredikat([["Di atas ekspektasi"], ["sesuai"]], [["Di atas ekspektasi"], ["di bawah"]])).toEqual([
      ["Sangat Baik"],
      ["Kurang/Misconduct"],
    ]);
    expect(kodeExcel(() => pegawaiPredikat([[""]], [["sesuai"]]))).toBe("#N/A");
  });
});

describe('BSC arah "turun-rasio" (T/R) dan lantai', () => {
  test("hitungan tangan: T = 10, R = 8 → T/R = 1,25; (2T − R)/T = 1,2; R = 25 → −0,5, dengan lantai 0 → 0", () => {
    expect(capaian(8, 10, "turun-rasio")).toBeCloseTo(1.25, 12);
    expect(capaian(8, 10, "turun")).toBeCloseTo(1.2, 12);
    expect(capaian(25, 10, "turun")).toBeCloseTo(-0.5, 12);
    expect(capaian(25, 10, "turun", undefined, 0)).toBe(0);
    expect(capaian(25, 10, "T/R")).toBeCloseTo(0.4, 12);
    expect(jenisGalat(() => capaian(0, 10, "turun-rasio"))).toBe("BAGI0");
    expect(bscCapaian([[8], [25]], [[10], [10]], [["turun-rasio"], ["turun"]], undefined, [[0]])).toEqual([
      [1.25],
      [0],
    ]);
  });
  test("lembar BSC: rumus turun-rasio dan MAX(lantai, …) dihitung HyperFormula = inti", () => {
    const r = rencanaBsc({
      lantai: 0,
      perspektif: [
        {
          nama: "Pelanggan",
          indikator: [
            { nama: "Waktu tunggu (menit)", arah: "turun-rasio", target: 10, realisasi: 8 },
            { nama: "Keluhan", arah: "turun", target: 10, realisasi: 25 },
          ],
        },
      ],
    });
    const l = r.lembar[0];
    const baris = (k: string) => [...selBeralamat(l)].find((s) => s.sel.kunci === k)?.baris as number;
    const nilai = evaluasiRencana(r);
    expect(nilai(l.nama, alamat(baris("target|p=1|i=1"), 6)) as number).toBeCloseTo(1.25, 12);
    expect(nilai(l.nama, alamat(baris("target|p=1|i=2"), 6))).toBe(0);
  });
  test("kinerja bsc --lantai-nol: JSON = buku kerja --xlsx", async () => {
    const csv = join(dir, "bsc.csv");
    writeFileSync(
      csv,
      "perspektif,indikator,target,realisasi,arah\nPelanggan,Waktu tunggu,10,8,turun-rasio\nPelanggan,Keluhan,10,25,turun\n",
    );
    const xlsx = join(dir, "bsc.xlsx");
    const h = await cli("bsc", "-i", csv, "--lantai-nol", "--json", "--xlsx", xlsx);
    expect(h.err).toBe("");
    const j = JSON.parse(h.out);
    // skor = (1,25 + 0) / 2 = 0,625
    expect(j.skor).toBeCloseTo(0.625, 12);
    expect(j.lantai).toBe(0);
    const buku = await bacaXlsx(xlsx);
    const f = evaluasiBuku(buku);
    const capaianBuku = [...buku.lembar["BSC"]]
      .filter(([, s]) => s.formula?.includes("turun-rasio"))
      .map(([a]) => f("BSC", a));
    expect(capaianBuku).toEqual([expect.closeTo(1.25, 12), 0]);
  });
});

describe("PEKPPP: bobot aspek PermenPAN-RB 17/2017 (tidak terverifikasi) di samping 29/2022", () => {
  const v2017 = VERSI_PEKPPP.find((v) => v.kode === "2017")!;
  test("bobot 2017: 30/18/15/15/15/7 %, jumlah 1, ditandai tidak terverifikasi dan tanpa bobot indikator", () => {
    expect(ASPEK_PEKPPP.map((a) => v2017.bobotAspek[a.kode])).toEqual([0.3, 0.18, 0.15, 0.15, 0.15, 0.07]);
    expect(v2017.berlaku).toBe(false);
    expect(v2017.bobotIndikatorBawaan).toBe(false);
    expect(v2017.sumber).toMatch(/TIDAK TERVERIFIKASI/);
  });
  test("nilai aspek 5, 4, 3, 2, 1, 0: IPP 2017 = 3,12; 2022 = 3,06 (hitungan tangan)", async () => {
    const baris = ASPEK_PEKPPP.map((a, i) => ({ aspek: a.nama, nilai: 5 - i }));
    // 0,30×5 + 0,18×4 + 0,15×3 + 0,15×2 + 0,15×1 + 0,07×0 = 3,12
    expect(hitungPekppp(baris, v2017.bobotAspek).indeks).toBeCloseTo(3.12, 12);
    // 0,24×5 + 0,25×4 + 0,18×3 + 0,11×2 + 0,10×1 + 0,12×0 = 3,06
    expect(hitungPekppp(baris).indeks).toBeCloseTo(3.06, 12);
    const csv = join(dir, "pekppp.csv");
    writeFileSync(
      csv,
      "aspek,indikator,nilai\n" + baris.map((b, i) => `${b.aspek},I${i + 1},${b.nilai}`).join("\n") + "\n",
    );
    const r = await cli("pekppp", "-i", csv, "--versi", "2017", "--json");
    expect(r.err).toBe("");
    const j = JSON.parse(r.out);
    expect([j.versi, j.indeks]).toEqual(["2017", expect.closeTo(3.12, 12)]);
    expect(j.aspek.map((a: { bobot: number }) => a.bobot)).toEqual([0.3, 0.18, 0.15, 0.15, 0.15, 0.07]);
    const teks = await cli("pekppp", "-i", csv, "--versi", "2017");
    expect(teks.out).toMatch(/bukan aturan berlaku/);
  });
});
