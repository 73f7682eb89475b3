/**
 * `kinerja kepekaan` (issue 15): bentuk JSON issue, angka hitungan tangan, CSV berlokal Indonesia, galat.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { jalankanCli } from "../../src/cli/kinerja";
import { bacaXlsx } from "../../src/hosts/xlsx/xlsx";
import { alamat, posisi } from "../../src/plans/rencana";
import { evaluasiBuku } from "../bantu/mesin-rumus";

const dir = mkdtempSync(join(tmpdir(), "kinerja-kepekaan-"));
let n = 0;
function berkas(isi: string): string {
  const p = join(dir, `k${++n}.csv`);
  writeFileSync(p, isi);
  return p;
}
async function jalan(...argv: string[]): Promise<{ kode: number; keluar: string; galat: string }> {
  let keluar = "";
  let galat = "";
  const kode = await jalankanCli(argv, { tulis: (t) => (keluar += t), galat: (t) => (galat += t) });
  return { kode, keluar, galat };
}

// Bobot 0,3 / 0,5 / 0,2:
//   Dinas Pasar    (80, 95, 70): 24 + 47,5 + 14 = 85,5 → Baik (PP 46: > 75 s.d. 90)
//   Dinas Pajak    (70, 62, 90): 21 + 31 + 18   = 70   → Cukup
//   Kecamatan Kota (92, 87, 60): 27,6 + 43,5 + 12 = 83,1 → Baik
// Dinas Pajak, bobot Keramahan = t: S = 70 + (t − 0,2)·(90 − 70)/0,8 > 75 ⇔ t > 0,4 → Baik (geser 0,2);
//   bobot Ketepatan: S = 70 − 16(t − 0,5) > 75 ⇔ t < 0,1875 (geser 0,3125); Kecepatan: S tetap 70.
const CSV = "unit,Kecepatan,Ketepatan,Keramahan\nDinas Pasar,80,95,70\nDinas Pajak,70,62,90\nKecamatan Kota,92,87,60\n";

describe("kinerja kepekaan", () => {
  test("--json: bentuk issue 15 dan angka hitungan tangan", async () => {
    const r = await jalan(
      "kepekaan",
      "--input",
      berkas(CSV),
      "--bobot",
      "3,5,2",
      "--pita",
      "pp46",
      "--sampel",
      "2000",
      "--json",
    );
    expect(r.kode).toBe(0);
    const j = JSON.parse(r.keluar);
    expect(Object.keys(j.bobot[0]).sort()).toEqual(["nama", "nilai", "rentangKategori", "rentangPeringkat"]);
    expect(j.bobot.map((b: { nama: string }) => b.nama)).toEqual(["Kecepatan", "Ketepatan", "Keramahan"]); // ejaan pengguna
    expect(j.bobot.map((b: { nilai: number }) => b.nilai)).toEqual([0.3, 0.5, 0.2]);
    expect(j.unit[0].skor).toBeCloseTo(85.5, 12);
    expect(j.unit[2].skor).toBeCloseTo(83.1, 12);
    expect(j.unit.map((u: { kategori: string }) => u.kategori)).toEqual(["Baik", "Cukup", "Baik"]);
    expect(j.unit.map((u: { peringkat: number }) => u.peringkat)).toEqual([1, 3, 2]);
    const pajak = j.unit[1];
    expect(Object.keys(pajak)).toEqual(
      expect.arrayContaining([
        "nama",
        "skor",
        "kategori",
        "peringkat",
        "peluangKategori",
        "peringkatMedian",
        "peringkatInterval90",
      ]),
    );
    expect(pajak.geserTerkecil.bobot).toBe("Keramahan");
    expect(pajak.geserTerkecil.nilai).toBeCloseTo(0.4, 12);
    expect(pajak.geserTerkecil.kategoriBaru).toBe("Baik");
    const jumlahPeluang = Object.values(pajak.peluangKategori as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(jumlahPeluang).toBeCloseTo(1, 12);
    expect(j.sampel).toBe(2000);
    expect(j.konsentrasi).toBe(100);
    expect(j.benih).toBe(1);
  });
  test("--benih 0 diterima; benih sama → keluaran sama persis, benih lain → peluang lain", async () => {
    const f = berkas(CSV);
    const a = await jalan(
      "kepekaan",
      "-i",
      f,
      "--bobot",
      "3,5,2",
      "--pita",
      "pp46",
      "--sampel",
      "3000",
      "--konsentrasi",
      "5",
      "--benih",
      "0",
      "--json",
    );
    const b = await jalan(
      "kepekaan",
      "-i",
      f,
      "--bobot",
      "3,5,2",
      "--pita",
      "pp46",
      "--sampel",
      "3000",
      "--konsentrasi",
      "5",
      "--benih",
      "0",
      "--json",
    );
    const c = await jalan(
      "kepekaan",
      "-i",
      f,
      "--bobot",
      "3,5,2",
      "--pita",
      "pp46",
      "--sampel",
      "3000",
      "--konsentrasi",
      "5",
      "--benih",
      "2",
      "--json",
    );
    expect(a.kode).toBe(0);
    expect(a.keluar).toBe(b.keluar);
    expect(JSON.parse(c.keluar).unit[1].peluangKategori).not.toEqual(JSON.parse(a.keluar).unit[1].peluangKategori);
  });
  test("tanpa --pita: rentangKategori dan peluangKategori null", async () => {
    const j = JSON.parse(
      (await jalan("kepekaan", "-i", berkas(CSV), "--bobot", "0.3,0.5,0.2", "--sampel", "500", "--json")).keluar,
    );
    expect(j.bobot.map((b: { rentangKategori: unknown }) => b.rentangKategori)).toEqual([null, null, null]);
    expect(j.unit[0].peluangKategori).toBeNull();
    expect(j.unit[0].kategori).toBeNull();
  });
  test("CSV titik koma dengan koma desimal dan --bobot 0,3;0,5;0,2 memberi jawaban yang sama", async () => {
    const a = JSON.parse(
      (
        await jalan(
          "kepekaan",
          "-i",
          berkas(CSV),
          "--bobot",
          "0.3,0.5,0.2",
          "--pita",
          "pp46",
          "--sampel",
          "500",
          "--json",
        )
      ).keluar,
    );
    const csvId =
      "unit;Kecepatan;Ketepatan;Keramahan\nDinas Pasar;80;95;70\nDinas Pajak;70;62;90\nKecamatan Kota;92;87;60\n";
    const b = JSON.parse(
      (
        await jalan(
          "kepekaan",
          "-i",
          berkas(csvId),
          "--bobot",
          "0,3;0,5;0,2",
          "--pita",
          "pp46",
          "--sampel",
          "500",
          "--json",
        )
      ).keluar,
    );
    expect(b).toEqual(a);
  });
  test("teks: kalimat Bahasa Indonesia dengan koma desimal", async () => {
    const r = await jalan("kepekaan", "-i", berkas(CSV), "--bobot", "0.3,0.5,0.2", "--pita", "pp46", "--sampel", "500");
    expect(r.keluar).toContain(
      "Dinas Pajak tetap Cukup selama bobot Keramahan antara 0,000 dan 0,400; pada 0,400 menjadi Baik.",
    );
  });
  test("galat: jumlah bobot salah, pita tak dikenal, skor di luar skala → kode 2, satu baris", async () => {
    const a = await jalan("kepekaan", "-i", berkas(CSV), "--bobot", "0.5,0.5");
    expect(a.kode).toBe(2);
    expect(a.galat).toMatch(/--bobot berisi 2 angka, .* punya 3 kolom kriteria/);
    const b = await jalan("kepekaan", "-i", berkas(CSV), "--bobot", "1,1,1", "--pita", "abc");
    expect(b.kode).toBe(2);
    const c = await jalan("kepekaan", "-i", berkas(CSV), "--bobot", "1,1,1", "--pita", "pekppp");
    expect(c.kode).toBe(2);
    expect(c.galat).toMatch(/di luar skala 0–5/);
    expect(c.galat.trim().split("\n")).toHaveLength(1);
    const d = await jalan("kepekaan", "-i", berkas(CSV), "--bobot", "1,x,1");
    expect(d.galat).toMatch(/"x" bukan angka/);
    const e = await jalan("kepekaan", "-i", berkas(CSV), "--bobot", "1,1,1", "--benih", "1.5");
    expect([e.kode, e.galat]).toEqual([2, expect.stringMatching(/--benih harus bilangan bulat/)]);
  });
  test("--xlsx: lembar Kepekaan bobot berisi data CSV; rumusnya (HyperFormula) memberi rentang yang sama dengan --json", async () => {
    const xlsx = join(dir, "kepekaan.xlsx");
    const r = await jalan(
      "kepekaan",
      "-i",
      berkas(CSV),
      "--bobot",
      "3,5,2",
      "--pita",
      "pp46",
      "--sampel",
      "500",
      "--json",
      "--xlsx",
      xlsx,
    );
    expect(r.kode).toBe(0);
    const j = JSON.parse(r.keluar);
    const buku = await bacaXlsx(xlsx);
    const sel = buku.lembar["Kepekaan Bobot"];
    const kepala = [...sel.entries()].find(([, s]) => s.value === "Tornado: kiri")![0];
    const p = posisi(kepala);
    const hf = evaluasiBuku(buku);
    j.bobot.forEach(
      (b: { nama: string; nilai: number; rentangPeringkat: number[]; rentangKategori: number[] }, k: number) => {
        const v = (kolom: number): unknown => hf("Kepekaan Bobot", alamat(p.baris + 1 + k, kolom));
        expect(v(0)).toBe(b.nama);
        expect(v(1)).toBeCloseTo(b.nilai, 12);
        [b.rentangPeringkat[0], b.rentangPeringkat[1], b.rentangKategori[0], b.rentangKategori[1]].forEach((x, i) =>
          expect(v(2 + i)).toBeCloseTo(x, 9),
        );
      },
    );
  });
});
