import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { tulisDemo, JAWABAN_CONTOH_SKM } from "../../src/cli/demo";
import { bacaXlsx, type BukuTerbaca } from "../../src/hosts/xlsx/xlsx";
import { uraiCatatan } from "../../src/plans/bangun-ulang/index";
import { evaluasiBuku, type Penilai } from "../bantu/mesin-rumus";
import { bacaCsvFixture } from "../fixtures/baca";

const folder = mkdtempSync(join(tmpdir(), "pkp-demo-"));
let berkas: string[] = [];
const buku = new Map<string, BukuTerbaca>();
const nilai = new Map<string, Penilai>();

beforeAll(async () => {
  berkas = await tulisDemo(folder);
  for (const b of berkas) {
    const x = await bacaXlsx(b);
    buku.set(basename(b), x);
    nilai.set(basename(b), evaluasiBuku(x));
  }
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

test("berkas contoh ditulis, masing-masing dengan _pkp veryHidden", () => {
  expect(berkas.map((b) => basename(b)).sort()).toEqual(
    [
      "bsc-kosong.xlsx",
      "ktp-kk-seberang-ulu-ii.xlsx",
      "lan-tipe-I.xlsx",
      "lan-tipe-II.xlsx",
      "lan-tipe-III.xlsx",
      "layanan-dumai-timur-2021.xlsx",
      "skm-contoh.xlsx",
      "servqual-contoh.xlsx",
      "sendi-pelayanan-contoh.xlsx",
      "pekppp-contoh.xlsx",
      "kinerja-pegawai-contoh.xlsx",
      "lan-alternatif-i-contoh.xlsx",
      "lan-pola-kedua-II-III.xlsx",
      "lan-nilai-per-indikator.xlsx",
      "predikat-pegawai-2022-contoh.xlsx",
      "skm-siklus-contoh.xlsx",
      "sakip-contoh.xlsx",
      "lke-contoh.xlsx",
    ].sort(),
  );
  for (const [, x] of buku) {
    expect(x.status["_pkp"]).toBe("veryHidden");
    const c = uraiCatatan(x.lembar["_pkp"].get("A1")?.value);
    expect(c).not.toBeNull();
    for (const l of c?.lembar ?? []) expect(x.lembar[l]).toBeDefined();
  }
  expect(uraiCatatan(buku.get("lan-tipe-I.xlsx")?.lembar["_pkp"].get("A1")?.value)?.meta).toEqual({
    pembangun: "lan1998",
    versi: 1,
    opsi: expect.objectContaining({ tipe: "I", mode: "kerangka" }),
  });
});

const lampiran = bacaCsvFixture("lan-1998/lampiran-5-7-total-variabel.csv");
const indikator = bacaCsvFixture("lan-1998/tabel-4.11-4.13-indikator.csv");

describe.each(["I", "II", "III"])("lan-tipe-%s.xlsx (kerangka)", (tipe) => {
  test("Proporsi/Bobot Variabel = Lampiran 5–7, Bobot Indikator = Tabel 4.11–4.13 (2e-5)", () => {
    const x = buku.get(`lan-tipe-${tipe}.xlsx`) as BukuTerbaca;
    const f = nilai.get(`lan-tipe-${tipe}.xlsx`) as Penilai;
    const nama = `LAN-${tipe} Kerangka`;
    const sel = x.lembar[nama];
    const barisVar = new Map<number, number>();
    const barisInd = new Map<number, number>();
    for (const [a, s] of sel) {
      const m = a.match(/^A(\d+)$/);
      if (!m) continue;
      if (typeof s.value === "string" && /^V\d+$/.test(s.value)) barisVar.set(Number(s.value.slice(1)), Number(m[1]));
      if (typeof s.value === "number") barisInd.set(s.value, Number(m[1]));
    }
    expect(barisVar.size).toBe(17);
    expect(barisInd.size).toBe(89);
    // rumus, bukan angka tersimpan
    expect(sel.get(`E${barisVar.get(1)}`)?.formula).toMatch(/^=D\d+\*\$C\$3$/);
    for (const r of lampiran.filter((r) => r.tipe === tipe)) {
      const b = barisVar.get(Number(r.variabel_no)) as number;
      expect(Math.abs((f(nama, `D${b}`) as number) - Number(r.proporsi_variabel))).toBeLessThan(1e-9);
      expect(Math.abs((f(nama, `E${b}`) as number) - Number(r.bobot_variabel))).toBeLessThan(1e-6);
    }
    const baris = indikator.filter((r) => r.tipe === tipe);
    expect(baris).toHaveLength(89);
    for (const r of baris) {
      const b = barisInd.get(Number(r.indikator_no)) as number;
      expect(Math.abs((f(nama, `G${b}`) as number) - Number(r.bobot_indikator))).toBeLessThan(2e-5);
    }
    // ringkasan: 17 variabel berperingkat 1–17
    const ring = `LAN-${tipe} Ringkasan`;
    const peringkat = Array.from({ length: 17 }, (_, i) => f(ring, `D${i + 5}`));
    expect([...peringkat].sort((a, b) => (a as number) - (b as number))).toEqual(
      Array.from({ length: 17 }, (_, i) => i + 1),
    );
  });
});

test("Dumai Timur 2021: ketepatan waktu (selesai − terlambat) / selesai", () => {
  const f = nilai.get("layanan-dumai-timur-2021.xlsx") as Penilai;
  const kasus = bacaCsvFixture("kasus/dumai-timur-2021-pelayanan.csv");
  expect(f("Layanan", "I5")).toBeCloseTo((905 - 7) / 905, 12);
  kasus.forEach((k, i) => {
    expect(f("Layanan", `B${i + 5}`)).toBe(k.jenis_pelayanan);
    const s = Number(k.jumlah_selesai);
    const t = Number(k.jumlah_melebihi_batas_waktu);
    expect(f("Layanan", `I${i + 5}`)).toBeCloseTo((s - t) / s, 12);
    expect(f("Layanan", `H${i + 5}`)).toBe("");
    expect(f("Layanan", `J${i + 5}`)).toBe("");
  });
  // jumlah: 1652 selesai, 36 terlambat
  expect(f("Layanan", "I15")).toBeCloseTo((1652 - 36) / 1652, 12);
  // ringkasan: Rumah Ibadah (8, 0) = 100 % peringkat 1
  expect(f("Layanan Ringkasan", "C11")).toBe(1);
  expect(f("Layanan Ringkasan", "D11")).toBe(1);
});

test("Seberang Ulu II: penyelesaian 2017 dan capaian 2014", () => {
  const f = nilai.get("ktp-kk-seberang-ulu-ii.xlsx") as Penilai;
  expect(f("Layanan", "H5")).toBeCloseTo(3600 / 7692, 12);
  expect(f("Layanan", "H6")).toBeCloseTo(2880 / 3628, 12);
  expect(f("Layanan", "J7")).toBeCloseTo(11279 / 11000, 12);
  expect(f("Layanan", "J8")).toBeCloseTo(4801 / 4500, 12);
  expect(f("Layanan", "I5")).toBe("");
});

test("SKM contoh: NRR, indeks, nilai dan mutu dihitung tangan", () => {
  const f = nilai.get("skm-contoh.xlsx") as Penilai;
  const x = buku.get("skm-contoh.xlsx") as BukuTerbaca;
  // jawaban tertulis di berkas
  expect(x.lembar["SKM 2017 Data"].get("B5")?.value).toBe(JAWABAN_CONTOH_SKM[0][0]);
  // hitungan tangan: jumlah per unsur atas 10 responden
  const jumlahUnsur = [33, 31, 30, 39, 32, 32, 37, 28, 32];
  let indeks = 0;
  jumlahUnsur.forEach((j, u) => {
    expect(JAWABAN_CONTOH_SKM.reduce((a, r) => a + r[u], 0)).toBe(j);
    indeks += j / 10 / 9;
  });
  const nilaiSkm = indeks * 25; // 294 / 10 / 9 × 25 = 81.6666…
  expect(nilaiSkm).toBeCloseTo(81.6666667, 6);
  const cari = (teks: string) =>
    [...x.lembar["SKM 2017 Data"]].find(([a, s]) => a.startsWith("A") && s.value === teks)?.[0].slice(1);
  expect(f("SKM 2017 Data", `B${cari("NRR")}`)).toBeCloseTo(3.3, 12);
  expect(f("SKM 2017 Data", `B${cari("Indeks")}`)).toBeCloseTo(indeks, 12);
  expect(f("SKM 2017 Data", `B${cari("Nilai (× 25)")}`)).toBeCloseTo(nilaiSkm, 10);
  // 76,60 < 81,67 ≤ 88,30 → B, Baik
  expect(f("SKM 2017 Data", `B${cari("Mutu pelayanan")}`)).toBe("B");
  expect(f("SKM 2017 Data", `B${cari("Kinerja unit")}`)).toBe("Baik");
});

test("BSC kosong: rumus memberi kosong, bukan galat", () => {
  const f = nilai.get("bsc-kosong.xlsx") as Penilai;
  const x = buku.get("bsc-kosong.xlsx") as BukuTerbaca;
  const total = [...x.lembar["BSC"]].find(([, s]) => s.value === "Skor keseluruhan")?.[0].slice(1);
  expect(f("BSC", `G${total}`)).toBe("");
  expect(f("BSC", `H${total}`)).toBe("");
});
