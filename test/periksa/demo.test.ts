/**
 * Periksa pada buku kerja contoh yang baru ditulis (issue 12 butir 5): tidak ada temuan, kecuali yang
 * benar dan berkata-kata sesuai lembarnya. Satu-satunya: formulir PEKPPP contoh sengaja memuat satu
 * jawaban kosong (responden 3, butir 6 = G8; contohPekppp), dan akibatnya ditulis untuk lembar survei,
 * bukan "total, proporsi dan bobot" milik LAN.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { rencanaDemo, tulisDemo } from "../../src/cli/demo";
import { bacaXlsx, type BukuTerbaca } from "../../src/hosts/xlsx/xlsx";
import { AKIBAT_KOSONG_LAN } from "../../src/periksa/lan";
import { periksaBukuKerja } from "../../src/periksa/periksa";

const folder = mkdtempSync(join(tmpdir(), "pkp-periksa-demo-"));
const buku = new Map<string, BukuTerbaca>();

beforeAll(async () => {
  for (const b of await tulisDemo(folder)) buku.set(basename(b), await bacaXlsx(b));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

test("setiap buku kerja contoh: tanpa temuan kecuali jawaban PEKPPP yang memang kosong", () => {
  expect(buku.size).toBe(rencanaDemo().length);
  expect(buku.size).toBeGreaterThanOrEqual(16);
  for (const [nama, x] of buku) {
    const t = periksaBukuKerja(x.lembar);
    if (nama === "lan-nilai-per-indikator.xlsx") {
      // formulir nilai unit yang sengaja kosong: yang dilaporkan hanya skor kosong, ringkas per rentang,
      // dengan akibat untuk lembar nilai (bukan "total, proporsi dan bobot" lembar hitung bobot)
      expect(t.length).toBeGreaterThan(0);
      for (const x of t) {
        expect(x.jenis).toBe("masukan-kosong");
        expect(x.sel).toMatch(/^[A-Z]+\d+:[A-Z]+\d+$/);
        expect(x.pesan).toContain("nilai skala 1000 dan kategori unit itu tetap kosong");
        expect(x.pesan).not.toContain(AKIBAT_KOSONG_LAN);
      }
      continue;
    }
    if (nama !== "pekppp-contoh.xlsx") {
      expect({ nama, temuan: t }).toEqual({ nama, temuan: [] });
      continue;
    }
    expect(t).toHaveLength(1);
    expect(t[0]).toMatchObject({ sheet: "PEKPPP Publik", sel: "G8", jenis: "masukan-kosong" });
    expect(t[0].pesan).toContain("rata-rata butir dihitung dari responden yang menjawab saja");
    expect(t[0].pesan).not.toContain(AKIBAT_KOSONG_LAN);
  }
});

test("Layanan: baris log yang sebagian kosong tidak dilaporkan; sel terisi yang salah tetap dilaporkan", () => {
  const x = buku.get("layanan-dumai-timur-2021.xlsx") as BukuTerbaca;
  const lembar = { ...x.lembar, Layanan: new Map(x.lembar["Layanan"]) };
  // baris 5 = Pengurusan Kartu Keluarga: selesai 905, terlambat 7; masuk/target/realisasi kosong (Tabel 1.1)
  expect(lembar.Layanan.get("D5")?.value).toBe(905);
  expect(lembar.Layanan.get("C5")).toBeUndefined();
  lembar.Layanan.set("E5", { value: "tujuh" });
  const t = periksaBukuKerja(lembar);
  expect(t.map((x) => `${x.sel} ${x.jenis}`)).toEqual(["E5 masukan-bukan-angka"]);
});

test("LAN: skor kosong tetap dilaporkan dengan akibat pada total, proporsi dan bobot", () => {
  const x = buku.get("lan-tipe-I.xlsx") as BukuTerbaca;
  const nama = "LAN-I Kerangka";
  const isi = new Map(x.lembar[nama]);
  const total = [...isi].find(([, s]) => s.value === 631.99);
  expect(total).toBeDefined();
  isi.delete(total![0]);
  const t = periksaBukuKerja({ ...x.lembar, [nama]: isi }).filter((y) => y.jenis === "masukan-kosong");
  expect(t).toHaveLength(1);
  expect(t[0].sel).toBe(total![0]);
  expect(t[0].pesan).toContain(AKIBAT_KOSONG_LAN);
});
