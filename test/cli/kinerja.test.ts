/**
 * Program `kinerja` lengkap lewat jalankanCli: demo, periksa (kode 0/1/2), dan --xlsx yang menulis buku
 * kerja berumus hidup; rumusnya dihitung di HyperFormula dan harus memberi angka yang sama dengan JSON.
 */
import { mkdtempSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { cli } from "../bantu/cli";
import { bacaXlsx } from "../../src/hosts/xlsx/xlsx";
import { evaluasiBuku, kananLabelBuku } from "../bantu/mesin-rumus";
import { bacaCsvFixture, samaPadaPresisi } from "../fixtures/baca";

const dir = mkdtempSync(join(tmpdir(), "kinerja-cli-"));

describe("kinerja demo lalu periksa", () => {
  const contoh = join(dir, "contoh");
  beforeAll(async () => {
    const r = await cli("demo", "--keluar", contoh);
    expect(r.kode).toBe(0);
  });

  test("demo menulis buku kerja LAN tipe I–III, layanan, KTP/KK, SKM dan BSC", async () => {
    const { out } = await cli("demo", "--keluar", contoh, "--timpa"); // kedua kalinya: hanya dengan --timpa
    for (const nama of [
      "lan-tipe-I.xlsx",
      "lan-tipe-II.xlsx",
      "lan-tipe-III.xlsx",
      "layanan-dumai-timur-2021.xlsx",
      "ktp-kk-seberang-ulu-ii.xlsx",
      "skm-contoh.xlsx",
      "bsc-kosong.xlsx",
    ])
      expect(out).toContain(nama);
  });

  test("buku kerja LAN tipe I yang tidak disentuh: tidak ada temuan, kode 0", async () => {
    const r = await cli("periksa", join(contoh, "lan-tipe-I.xlsx"), "--json");
    expect(JSON.parse(r.out)).toEqual({ temuan: [] });
    expect(r.kode).toBe(0);
  });

  test("angka di atas rumus dan rumus yang diubah ditemukan di selnya, kode 1", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(contoh, "lan-tipe-I.xlsx"));
    const ws = wb.getWorksheet("LAN-I Kerangka")!;
    ws.getCell("E6").value = 2081.86; // Bobot Variabel 1 diketik
    ws.getCell("G8").value = { formula: "F8*$E$6*1.1" } as ExcelJS.CellFormulaValue; // Bobot Indikator 2 diubah
    const rusak = join(dir, "lan-rusak.xlsx");
    await wb.xlsx.writeFile(rusak);
    const r = await cli("periksa", rusak, "--json");
    expect(r.kode).toBe(1);
    const temuan = JSON.parse(r.out).temuan as { sheet: string; sel: string; jenis: string; pesan: string }[];
    expect(temuan).toContainEqual(
      expect.objectContaining({ sheet: "LAN-I Kerangka", sel: "E6", jenis: "rumus-diganti-nilai" }),
    );
    expect(temuan).toContainEqual(
      expect.objectContaining({ sheet: "LAN-I Kerangka", sel: "G8", jenis: "rumus-berubah" }),
    );
    for (const t of temuan) expect(t.pesan.length).toBeGreaterThan(10);
  });

  test("berkas yang bukan xlsx: kode 2", async () => {
    const p = join(dir, "bukan.xlsx");
    writeFileSync(p, "ini bukan buku kerja");
    const r = await cli("periksa", p, "--json");
    expect(r.kode).toBe(2);
    expect(r.out).toBe("");
    expect(r.err.trim().split("\n")).toHaveLength(1);
  });
});

describe("--xlsx: buku kerja berumus hidup dari CSV", () => {
  test("kinerja skm --xlsx: nilai di buku kerja (rumus) = nilai JSON; 4 responden dihitung tangan", async () => {
    // jawaban 4 responden × 9 unsur; jumlah = 32 + 27 + 36 + 18 = 113; nilai = 113/36 × 25 = 78,47…
    const baris = ["3,3,4,4,3,4,4,4,3", "3,3,3,3,3,3,3,3,3", "4,4,4,4,4,4,4,4,4", "2,2,2,2,2,2,2,2,2"];
    const csv = join(dir, "skm.csv");
    writeFileSync(csv, "U1,U2,U3,U4,U5,U6,U7,U8,U9\n" + baris.join("\n") + "\n");
    const xlsx = join(dir, "skm.xlsx");
    const r = await cli("skm", "--input", csv, "--json", "--xlsx", xlsx);
    expect(r.kode).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.nilai).toBeCloseTo((113 / 36) * 25, 9);
    expect(j.mutu).toBe("B");
    const buku = await bacaXlsx(xlsx);
    const nilai = evaluasiBuku(buku)("SKM 2017 Data", kananLabelBuku(buku, "SKM 2017 Data", /^Nilai \(/));
    expect(nilai as number).toBeCloseTo((113 / 36) * 25, 9);
  });

  test("kinerja lan hitung --xlsx: Bobot Variabel di buku kerja (rumus) = JSON", async () => {
    const unit = ["Dinas A", "Dinas B"];
    // skor sederhana: indikator i, unit k → 1 + (i + k) mod 10
    const baris = Array.from({ length: 89 }, (_, i) => `${i + 1},${unit.map((_, k) => 1 + ((i + k) % 10)).join(",")}`);
    const csv = join(dir, "lan.csv");
    writeFileSync(csv, `indikator,${unit.join(",")}\n${baris.join("\n")}\n`);
    const xlsx = join(dir, "lan.xlsx");
    const r = await cli("lan", "hitung", "--input", csv, "--json", "--xlsx", xlsx);
    expect(r.err).toBe("");
    expect(r.kode).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.variabel).toHaveLength(17);
    expect(j.variabel.reduce((a: number, v: { bobot: number }) => a + v.bobot, 0)).toBeCloseTo(20000, 6);
    const buku = await bacaXlsx(xlsx);
    const nilaiSel = evaluasiBuku(buku);
    // cari sel berumus yang nilainya sama dengan Bobot Variabel 1 dari JSON
    const rumusBobot = [...buku.lembar["LAN-I Bobot"]].filter(([, s]) => s.formula);
    const ditemukan = j.variabel.map((v: { bobot: number }) =>
      rumusBobot.some(([a]) => Math.abs((nilaiSel("LAN-I Bobot", a) as number) - v.bobot) < 1e-9),
    );
    expect(ditemukan.every(Boolean)).toBe(true);
  });

  test("kinerja lan bobot pada total tercetak Lampiran 7 tetap sama dengan cetakan (regresi)", async () => {
    const l7 = bacaCsvFixture("lan-1998/lampiran-5-7-total-variabel.csv").filter((r) => r.tipe === "III");
    const csv = join(dir, "l7.csv");
    writeFileSync(csv, "no,total\n" + l7.map((r) => `${r.variabel_no},${r.total_variabel}`).join("\n"));
    const j = JSON.parse((await cli("lan", "bobot", "-i", csv, "--json")).out);
    l7.forEach((r, i) => expect(samaPadaPresisi(j.variabel[i].bobot, r.bobot_variabel)).toBe(true));
  });
});

describe("kinerja servqual dan pekppp lewat program", () => {
  test("servqual --json berbentuk {dimensi:[{nama,persepsi,harapan,gap}], gap, gapTertimbang}; dihitung tangan", async () => {
    // 2 responden, 4 butir, peta A,A,B,B. Persepsi butir: (3+5)/2=4, 4, 2, 4; harapan semua 5.
    // gap butir: −1, −1, −3, −1 → gap A = −1, gap B = −2 → gap = −1,5; bobot 30,10 → 0,75×(−1) + 0,25×(−2) = −1,25
    const csv = join(dir, "sq.csv");
    writeFileSync(csv, "P1,P2,P3,P4,E1,E2,E3,E4\n3,4,2,4,5,5,5,5\n5,4,2,4,5,5,5,5\n");
    const peta = join(dir, "peta.csv");
    writeFileSync(peta, "butir,dimensi\n1,A\n2,A\n3,B\n4,B\n");
    const r = await cli("servqual", "--input", csv, "--peta", peta, "--bobot", "30,10", "--json");
    expect(r.err).toBe("");
    expect(r.kode).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.dimensi.map((d: { nama: string; gap: number }) => [d.nama, d.gap])).toEqual([
      ["A", -1],
      ["B", -2],
    ]);
    expect(j.gap).toBeCloseTo(-1.5, 12);
    expect(j.gapTertimbang).toBeCloseTo(-1.25, 12);
  });
  test("pekppp: aspek tidak dikenal → kode 2 dengan pesan satu baris", async () => {
    const csv = join(dir, "pk.csv");
    writeFileSync(csv, "aspek,indikator,nilai\nAspek Khayalan,x,3\n");
    const r = await cli("pekppp", "--input", csv, "--json");
    expect(r.kode).toBe(2);
    expect(r.out).toBe("");
    expect(r.err.trim().split("\n")).toHaveLength(1);
  });
  test("pekppp: enam aspek, satu indikator bernilai 4 tiap aspek → IPP 4 (Σ bobot = 1), Baik sampai 4,00 inklusif", async () => {
    const aspek = [
      "Kebijakan Pelayanan",
      "Profesionalisme SDM",
      "Sarana Prasarana",
      "Sistem Informasi Pelayanan Publik",
      "Konsultasi dan Pengaduan",
      "Inovasi",
    ];
    const csv = join(dir, "pk4.csv");
    writeFileSync(csv, "aspek,indikator,nilai\n" + aspek.map((a) => `${a.toUpperCase()},i,4`).join("\n") + "\n");
    const r = await cli("pekppp", "--input", csv, "--json");
    expect(r.err).toBe("");
    const j = JSON.parse(r.out);
    expect(j.indeks).toBeCloseTo(4, 12);
    expect(j.aspek).toHaveLength(6);
    expect(j.aspek.reduce((s: number, a: { bobot: number }) => s + a.bobot, 0)).toBeCloseTo(1, 12);
    expect(j.kategori).toBe("Baik");
  });
});

describe("berkas raksasa", () => {
  test("CSV di atas batas 64 MiB ditolak dengan pesan satu baris dan kode 2 (berkas jarang, tanpa menulis 65 MiB)", async () => {
    const p = join(dir, "raksasa.csv");
    writeFileSync(p, "no,total\n1,2\n");
    truncateSync(p, 65 * 1024 * 1024);
    for (const argv of [
      ["lan", "bobot", "-i", p],
      ["skm", "-i", p],
      ["servqual", "-i", p],
    ]) {
      const r = await cli(...argv);
      expect(r.kode).toBe(2);
      expect(r.out).toBe("");
      expect(r.err).toMatch(/terlalu besar/);
      expect(r.err.trim().split("\n")).toHaveLength(1);
    }
  });
});
