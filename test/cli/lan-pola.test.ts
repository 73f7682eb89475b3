/**
 * `kinerja lan nilai|lima|prestasi` (issue 11 butir 4–7): JSON sama dengan buku kerja --xlsx yang
 * dihitung ulang HyperFormula, untuk setiap pola dan opsi; angka harapan dari seed 004 atau hitungan tangan.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../bantu/cli";
import { bacaXlsx } from "../../src/hosts/xlsx/xlsx";
import { rencanaLan } from "../../src/plans/lan";
import { NAMA_LEMBAR_ALTERNATIF1 } from "../../src/plans/lan-alternatif1";
import { alamat, selBeralamat, type RencanaLembar } from "../../src/plans/rencana";
import { VARIABEL_TIAP_INDIKATOR } from "../../src/frameworks/lan1998";
import { evaluasiBuku } from "../bantu/mesin-rumus";

const dir = mkdtempSync(join(tmpdir(), "kinerja-pola-"));
function berkas(nama: string, isi: string): string {
  const p = join(dir, nama);
  writeFileSync(p, isi);
  return p;
}
const posisiLabel = (l: RencanaLembar, teks: string | number, kolom: number) => {
  const s = [...selBeralamat(l)].find((x) => x.kolom === kolom && x.sel.nilai === teks);
  if (!s) throw new Error(`"${teks}" tidak ada`);
  return s.baris;
};

/** CSV skor: indikator yang variabelnya ada di `variabel` (semua bila kosong); skor = 1 + (i + k) mod 10. */
function csvSkor(unit: string[], variabel: number[] = []): string {
  const baris: string[] = [];
  for (let i = 1; i <= 89; i++) {
    if (variabel.length && !variabel.includes(VARIABEL_TIAP_INDIKATOR[i - 1])) continue;
    baris.push(`${i},${unit.map((_, k) => 1 + ((i + k) % 10)).join(",")}`);
  }
  return `indikator,${unit.join(",")}\n${baris.join("\n")}\n`;
}

describe("kinerja lan nilai: JSON = buku kerja --xlsx", () => {
  const kasus: [string, string, string[], number[]][] = [
    ["I", "lengkap", [], []],
    ["I", "lima", ["--per-indikator"], [1, 3, 14, 4, 6]],
    ["II+III", "lengkap", ["--per-indikator"], []],
    ["II+III", "lima-data", [], [3, 1, 14, 6, 4]],
    ["III", "lima-data", ["--per-indikator"], [3, 1, 14, 6, 4]],
  ];
  test.each(kasus)("tipe %s pola %s %j", async (tipe, pola, opsi, variabel) => {
    const unit = ["dinas a", "dinas b"];
    const csv = berkas(`nilai-${tipe}-${pola}.csv`, csvSkor(unit, variabel));
    const xlsx = join(dir, `nilai-${tipe.replace("+", "_")}-${pola}.xlsx`);
    const r = await cli(
      "lan",
      "nilai",
      "--input",
      csv,
      "--tipe",
      tipe,
      "--pola",
      pola,
      ...opsi,
      "--json",
      "--xlsx",
      xlsx,
    );
    expect(r.err).toBe("");
    expect(r.kode).toBe(0);
    const j = JSON.parse(r.out);
    if (variabel.length) expect(j.variabel).toEqual(variabel);
    const rencana = rencanaLan({
      tipe: tipe as "I",
      pola: j.pola,
      mode: "nilaiUnit",
      unit,
      perIndikator: opsi.includes("--per-indikator"),
    });
    const l = rencana.lembar.find((x) => x.nama.endsWith(" Nilai")) as RencanaLembar;
    const buku = await bacaXlsx(xlsx);
    const nilai = evaluasiBuku(buku);
    const s1000 = posisiLabel(l, "Nilai skala 1000", 1);
    const kolomUnit = unit.map(
      (u) => [...selBeralamat(l)].find((s) => s.baris === 4 && s.sel.nilai === u)?.kolom as number,
    );
    unit.forEach((_, k) => {
      const ju = j.unit[k];
      expect(nilai(l.nama, alamat(s1000, kolomUnit[k] + 1)) as number).toBeCloseTo(ju.nilai1000, 9);
      expect(nilai(l.nama, alamat(s1000 + 1, kolomUnit[k] + 1))).toBe(ju.kategori);
      if (opsi.includes("--per-indikator")) {
        for (const x of ju.perIndikator.slice(0, 12)) {
          const b = posisiLabel(l, x.no, 0);
          expect([
            x.no,
            nilai(l.nama, alamat(b, kolomUnit[k] + 2)),
            nilai(l.nama, alamat(b, kolomUnit[k] + 3)),
          ]).toEqual([x.no, expect.closeTo(x.angka, 9), x.kategori]);
        }
      }
    });
  });

  test("teks: satu baris per unit; angka per indikator skor 7 → 700,00 Cukup", async () => {
    const csv = berkas("tujuh.csv", `indikator,A\n${Array.from({ length: 89 }, (_, i) => `${i + 1},7`).join("\n")}\n`);
    const r = await cli("lan", "nilai", "-i", csv, "--tipe", "I", "--per-indikator");
    expect(r.kode).toBe(0);
    expect(r.out).toMatch(/^1\s+7\s+700\.00\s+Cukup$/m);
  });

  test("indikator yang diperlukan pola hilang → kode 2, satu baris; tipe tak dikenal → kode 2", async () => {
    const csv = berkas("kurang.csv", csvSkor(["A"], [1, 3, 14, 4]));
    const r = await cli("lan", "nilai", "-i", csv, "--tipe", "I", "--pola", "lima");
    expect(r.kode).toBe(2);
    // V6 (Efisiensi) = indikator 34–40: 9 + 4 + 9 + 7 + 4 indikator V1–V5 mendahuluinya
    expect(r.err).toMatch(/indikator 34, 35, 36, 37, 38, 39, 40 tidak ada/);
    expect(r.err.trim().split("\n")).toHaveLength(1);
    const r2 = await cli("lan", "nilai", "-i", csv, "--tipe", "IV");
    expect(r2.kode).toBe(2);
  });
});

describe("kinerja lan lima", () => {
  test("Lampiran 5 → V1, V3, V14, V4, V6 (Tabel 4.7 Tipe I) dan bobot T / Σ lima T × 20.000", async () => {
    const total = [
      631.99, 280.53, 631.42, 487.78, 262.96, 456.82, 199.19, 401.38, 332.57, 272.49, 343.82, 136.85, 269.69, 539.41,
      411.21, 204.71, 208.59,
    ];
    const csv = berkas("lamp5.csv", "no,total\n" + total.map((t, i) => `${i + 1},${t}`).join("\n") + "\n");
    const r = await cli("lan", "lima", "-i", csv, "--json");
    expect(r.kode).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.variabel.map((v: { no: number }) => v.no)).toEqual([1, 3, 14, 4, 6]);
    expect(j.variabel[0].bobot).toBeCloseTo((631.99 / (631.99 + 631.42 + 539.41 + 487.78 + 456.82)) * 20000, 9);
    const r3 = await cli("lan", "lima", "-i", csv, "--banyak", "3");
    expect(r3.out.trim().split("\n")).toHaveLength(5);
  });
});

describe("kinerja lan prestasi (Instrumen Alternatif I)", () => {
  test("JSON = buku kerja: tingkat 2, 3, 4, 1 → keterangan, rata-rata 2,5 Sangat baik", async () => {
    const csv = berkas(
      "prestasi.csv",
      "jenis,kategori,sifat,tipe,tingkat\nPenyuluhan,Jasa,Langsung,I,2\nPembinaan,jasa,Tidak " +
        "langsung,I,3\nPemungutan retribusi,Fisik,Langsung,III,4\nKawin " +
        "suntik,Fisik,Langsung,III,1\n",
    );
    const xlsx = join(dir, "prestasi.xlsx");
    const r = await cli("lan", "prestasi", "-i", csv, "--json", "--xlsx", xlsx, "--dinas", "Dinas Contoh");
    expect(r.err).toBe("");
    const j = JSON.parse(r.out);
    expect(j.jenis.map((x: { keterangan: string }) => x.keterangan)).toEqual([
      "Sangat baik",
      "Normal",
      "Kurang memuaskan",
      "Istimewa",
    ]);
    expect(j.jenis[1].kategori).toBe("Jasa");
    expect(j.rekap).toEqual({ banyak: [1, 1, 1, 1, 0], dinilai: 4, rataRata: 2.5, keterangan: "Sangat baik" });
    const nilai = evaluasiBuku(await bacaXlsx(xlsx));
    expect([6, 7, 8, 9].map((b) => nilai(NAMA_LEMBAR_ALTERNATIF1, alamat(b, 10)))).toEqual([2, 3, 4, 1]);
    expect([6, 7, 8, 9].map((b) => nilai(NAMA_LEMBAR_ALTERNATIF1, alamat(b, 11)))).toEqual(
      j.jenis.map((x: { keterangan: string }) => x.keterangan),
    );
  });
  test("tingkat 6 atau kategori tak dikenal → kode 2 dengan baris dan kolom", async () => {
    const r = await cli("lan", "prestasi", "-i", berkas("p6.csv", "jenis,tingkat\nA,6\n"));
    expect([r.kode, r.err]).toEqual([2, expect.stringMatching(/baris 2, kolom tingkat/)]);
    const r2 = await cli("lan", "prestasi", "-i", berkas("pk.csv", "jenis,kategori,tingkat\nA,Barang,2\n"));
    expect([r2.kode, r2.err]).toEqual([2, expect.stringMatching(/kolom kategori: "Barang"/)]);
  });
});
