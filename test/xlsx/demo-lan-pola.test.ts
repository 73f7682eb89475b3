/**
 * Buku kerja demo bagian LAN 1998 di luar Bab III (Alternatif I, pola kedua II+III dengan lima variabel
 * dari data, angka per indikator): ditulis ke .xlsx, dibaca kembali, rumusnya dihitung HyperFormula.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { rencanaDemo } from "../../src/cli/demo";
import { bacaXlsx } from "../../src/hosts/xlsx/xlsx";
import { tulisXlsx } from "../../src/hosts/xlsx/berkas";
import { kerangkaPola, limaVariabelDariData } from "../../src/core/lan-pola";
import { evaluasiBuku } from "../bantu/mesin-rumus";
import { periksaBukuKerja } from "../../src/periksa/periksa";

const folder = mkdtempSync(join(tmpdir(), "demo-lan-pola-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function buka(nama: string) {
  const d = rencanaDemo().find((x) => x.berkas === nama);
  if (!d) throw new Error(`${nama} tidak ada di demo`);
  const jalur = join(folder, nama);
  await tulisXlsx(d.rencana, jalur);
  return evaluasiBuku(await bacaXlsx(jalur));
}

test("lan-alternatif-i-contoh.xlsx: tingkat 2, 3, 4, 1 → keterangan seed baris 786–787; rata-rata 2,5 Sangat baik", async () => {
  const nilai = await buka("lan-alternatif-i-contoh.xlsx");
  expect(["K7", "K8", "K9", "K10"].map((a) => nilai("LAN Alternatif I", a))).toEqual([2, 3, 4, 1]);
  expect(["L7", "L8", "L9", "L10"].map((a) => nilai("LAN Alternatif I", a))).toEqual([
    "Sangat baik",
    "Normal",
    "Kurang memuaskan",
    "Istimewa",
  ]);
  // ringkasan: baris pertama = jenis pelayanan pertama (tingkat 2)
  expect([nilai("LAN Alternatif I Ringkasan", "C5"), nilai("LAN Alternatif I Ringkasan", "D5")]).toEqual([
    2,
    "Sangat baik",
  ]);
});

test("lan-pola-kedua-II-III.xlsx: Bobot Variabel gabungan dan lima variabel dari data = inti (Tabel 4.7 tipe II/III)", async () => {
  const nilai = await buka("lan-pola-kedua-II-III.xlsx");
  const k = kerangkaPola("II+III");
  // kolom: A No, B nama, C/D total II/III, E gabungan, F proporsi, G Bobot Variabel; baris 6 = V1
  expect(nilai("LAN-II+III Kerangka", "G6") as number).toBeCloseTo(k.bobotVariabel[0], 9);
  const lima = limaVariabelDariData(k.totalVariabel).map((v) => v.no);
  expect(lima).toEqual([3, 1, 14, 6, 4]);
  const tot = 5 + 17 + 89 + 1; // baris Total (1-based): 4 baris judul + kepala + 17 variabel + 89 indikator
  // blok lima variabel: satu baris kosong, judul, catatan, kepala, lalu V1 … V17 (kolom E = Peringkat)
  const peringkat = Array.from({ length: 17 }, (_, j) => nilai("LAN-II+III Kerangka", `E${tot + 5 + j}`));
  expect(lima.map((no) => peringkat[no - 1])).toEqual([1, 2, 3, 4, 5]);
});

test("lan-nilai-per-indikator.xlsx: formulir kosong tidak memberi nilai atau kategori", async () => {
  const nilai = await buka("lan-nilai-per-indikator.xlsx");
  expect(nilai("LAN-I Nilai", "G7")).toBe("");
  expect(nilai("LAN-I Nilai", "H7")).toBe("");
});

test(
  "predikat-pegawai-2022-contoh.xlsx: matriks PermenPAN-RB 6/2022 (di atas × di atas = Sangat " +
    "Baik, sesuai × sesuai = Baik, di bawah × sesuai = Butuh Perbaikan)",
  async () => {
    const nilai = await buka("predikat-pegawai-2022-contoh.xlsx");
    expect(["E5", "E6", "E7"].map((a) => nilai("Predikat Pegawai", a))).toEqual([
      "Sangat Baik",
      "Baik",
      "Butuh Perbaikan",
    ]);
  },
);

describe("Periksa pada buku kerja baru yang utuh: tidak ada temuan selain isian kosong", () => {
  test.each([
    "lan-alternatif-i-contoh.xlsx",
    "lan-pola-kedua-II-III.xlsx",
    "lan-nilai-per-indikator.xlsx",
    "predikat-pegawai-2022-contoh.xlsx",
  ])("%s", async (nama) => {
    const d = rencanaDemo().find((x) => x.berkas === nama)!;
    const jalur = join(folder, `periksa-${nama}`);
    await tulisXlsx(d.rencana, jalur);
    const temuan = periksaBukuKerja((await bacaXlsx(jalur)).lembar).filter((t) => t.jenis !== "masukan-kosong");
    expect(temuan).toEqual([]);
  });
});
