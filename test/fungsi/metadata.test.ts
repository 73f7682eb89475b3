/**
 * Metadata fungsi kustom yang dihasilkan dari JSDoc (custom-functions-metadata, alat yang sama dengan
 * build): setiap fungsi yang dijanjikan ada dengan nama persisnya, argumennya, mana yang opsional dan
 * mana yang hasilnya spill. Daftar harapan ditulis tangan dari issue, bukan dari keluaran alat.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { terjemahanInggris } from "../bantu/terjemahan-fungsi";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { metadata, bagianReadme } = require("../../scripts/referensi-fungsi.js");

interface Fungsi {
  id: string;
  name: string;
  description: string;
  parameters: { name: string; optional?: boolean; description?: string }[];
  result: { dimensionality?: string };
}

/** nama → [argumen (opsional diberi ?), spill?] */
const HARAPAN: Record<string, [string[], boolean]> = {
  "LAN.PROPORSI": [["nilai"], true],
  "LAN.BOBOT": [["total_variabel", "skor_ideal?"], true],
  "LAN.BOBOTINDIKATOR": [["nilai_indikator", "bobot_variabel"], true],
  "LAN.SKORIDEAL": [["jumlah_indikator", "jumlah_alternatif", "jumlah_unit"], false],
  "LAN.NILAI": [["skor", "bobot", "skala_maks?"], false],
  "LAN.KATEGORI": [["nilai", "skor_ideal?"], false],
  "LAN.KERANGKA": [["tipe", "kolom?"], true],
  "LAN.PRESTASI": [["tingkat"], true],
  "LAN.ANGKAINDIKATOR": [["skor", "skala_maks?"], true],
  "LAN.KATEGORIINDIKATOR": [["skor", "skala_maks?"], true],
  "LAN.BOBOTLIMA": [["total_variabel", "banyak?", "skor_ideal?"], true],
  "BSC.CAPAIAN": [["realisasi", "target", "arah?", "batas?", "lantai?"], true],
  "BSC.SCORE": [["nilai", "bobot"], false],
  "BSC.STATUS": [["capaian", "ambang_hijau?", "ambang_kuning?"], true],
  "KINERJA.PRODUKTIVITAS": [["output", "input"], true],
  "KINERJA.PENYELESAIAN": [["selesai", "masuk"], true],
  "KINERJA.KETEPATAN": [["selesai", "terlambat"], true],
  "KINERJA.CAPAIAN": [["realisasi", "target"], true],
  "MUTU.GAP": [["persepsi", "harapan", "dimensi?"], true],
  "SKM.NRR": [["jawaban", "aturan?"], true],
  "SKM.TERTIMBANG": [["jawaban_atau_nrr", "penimbang?", "aturan?"], true],
  "SKM.INDEKS": [["jawaban_atau_nrr", "penimbang?", "aturan?"], false],
  "SKM.NILAI": [["jawaban_atau_nrr", "penimbang?", "aturan?"], false],
  "SKM.MUTU": [["nilai", "aturan?"], false],
  "SKM.KINERJA": [["nilai", "aturan?"], false],
  "SKM.SAMPEL": [["populasi", "pembulatan?"], false],
  "SKM.UNSUR": [["aturan?"], true],
  "SKM.SIKLUS": [
    ["jawaban", "layanan", "waktu", "filter_layanan?", "filter_periode?", "penimbang?", "pembulatan_nrr?", "aturan?"],
    false,
  ],
  "SKM.SIKLUSRINCI": [
    ["jawaban", "layanan", "waktu", "filter_layanan?", "filter_periode?", "penimbang?", "pembulatan_nrr?", "aturan?"],
    true,
  ],
  "SERVQUAL.DIMENSI": [["persepsi", "harapan", "peta?"], true],
  "SERVQUAL.GAP": [["persepsi", "harapan", "peta?"], false],
  "SERVQUAL.TERTIMBANG": [["persepsi", "harapan", "bobot", "peta?"], false],
  "SERVQUAL.PETA": [[], true],
  "SENDI.TOTAL": [["skor", "skala_min?", "skala_maks?"], false],
  "SENDI.PERSEN": [["skor", "skala_min?", "skala_maks?"], false],
  "SENDI.TERLEMAH": [["skor", "nama?", "skala_min?", "skala_maks?"], false],
  "SENDI.DAFTAR": [[], true],
  "PEKPPP.INDEKS": [["nilai", "aspek?", "bobot_indikator?"], false],
  "PEKPPP.ASPEK": [["nilai", "aspek?", "bobot_indikator?"], true],
  "PEKPPP.KATEGORI": [["ipp", "bentuk?"], true],
  "PEKPPP.PUBLIK": [["jawaban", "aspek"], true],
  "PEKPPP.KERANGKA": [[], true],
  "PEGAWAI.NILAI": [["skor", "bobot?", "skala?"], true],
  "PEGAWAI.KATEGORI": [["nilai", "skala?"], true],
  "BOBOT.RENTANG": [["nilai", "bobot", "pita?"], true],
  "BOBOT.STABILITAS": [["nilai", "bobot", "pita?", "sampel?", "benih?"], true],
  "PEGAWAI.PREDIKAT": [["rating_hasil", "rating_perilaku"], true],
  "SAKIP.CAPAIAN": [["realisasi", "target", "arah?", "jenis?", "batas?"], true],
  "SAKIP.KATEGORI": [["capaian", "skala?"], true],
  "SAKIP.SERAPAN": [["realisasi", "pagu"], true],
  "SAKIP.EFISIENSI": [["capaian", "serapan", "cara?"], true],
  "SAKIP.LKE": [["jawaban", "bobot?"], false],
  "SAKIP.PREDIKAT": [["nilai"], true],
};

let fungsi: Fungsi[];
beforeAll(async () => {
  fungsi = await metadata();
});

describe("functions.json dari JSDoc", () => {
  test("tidak ada fungsi di luar daftar yang dijanjikan", () => {
    expect(fungsi.map((f) => f.name).sort()).toEqual(Object.keys(HARAPAN).sort());
  });
  test("setiap fungsi yang dijanjikan ada, dengan argumen, opsional dan spill yang benar", () => {
    for (const [nama, [argumen, spill]] of Object.entries(HARAPAN)) {
      const f = fungsi.find((x) => x.name === nama);
      expect({ nama, ada: Boolean(f) }).toEqual({ nama, ada: true });
      expect({ nama, argumen: f!.parameters.map((p) => p.name + (p.optional ? "?" : "")) }).toEqual({ nama, argumen });
      expect({ nama, spill: f!.result.dimensionality === "matrix" }).toEqual({ nama, spill });
      expect(f!.id).toBe(nama); // id = nama: =LAN.BOBOT(...) tanpa namespace (lihat README)
    }
  });
  test("setiap fungsi dan argumen punya deskripsi Bahasa Indonesia dan terjemahan Inggris", () => {
    const inggris = terjemahanInggris();
    for (const f of fungsi) {
      expect({ nama: f.name, deskripsi: f.description.length > 10 }).toEqual({ nama: f.name, deskripsi: true });
      for (const p of f.parameters)
        expect({ nama: f.name, argumen: p.name, deskripsi: Boolean(p.description) }).toEqual({
          nama: f.name,
          argumen: p.name,
          deskripsi: true,
        });
      expect({ nama: f.name, inggris: Boolean(inggris[f.id]?.description) }).toEqual({ nama: f.name, inggris: true });
      for (const p of f.parameters)
        expect({ nama: f.name, argumen: p.name, inggris: Boolean(inggris[f.id]?.parameters?.[p.name]) }).toEqual({
          nama: f.name,
          argumen: p.name,
          inggris: true,
        });
    }
  });
  test("referensi fungsi di README sama dengan yang dibuat dari JSDoc (npm run docs:fungsi)", async () => {
    const readme = readFileSync(join(__dirname, "..", "..", "README.md"), "utf8");
    expect(readme).toContain(await bagianReadme());
    for (const f of fungsi) expect(readme).toContain(`=${f.name}(`);
  });
});
