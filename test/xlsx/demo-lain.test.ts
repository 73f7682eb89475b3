/**
 * Buku kerja demo SERVQUAL, sendi pelayanan, PEKPPP dan kinerja pegawai (npm run demo): rumusnya dihitung
 * di HyperFormula setelah ditulis ke .xlsx dan dibaca kembali, dan harus memberi angka inti serta angka
 * yang dihitung tangan di sini.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { tulisDemo } from "../../src/cli/demo";
import { bacaXlsx, type BukuTerbaca } from "../../src/hosts/xlsx/xlsx";
import { contohServqual } from "../../src/plans/servqual";
import { contohPekppp } from "../../src/plans/pekppp";
import { hitungServqual } from "../../src/core/servqual";
import { hitungPekpppBawaan, rataRataPublik } from "../../src/core/pekppp";
import { ASPEK_PEKPPP } from "../../src/frameworks/pekppp";
import { sendiTerlemah } from "../../src/core/sendi";
import { evaluasiBuku, evaluasiRencana, kananLabelBuku } from "../bantu/mesin-rumus";
import { rencanaPegawai } from "../../src/plans/pegawai";

const folder = mkdtempSync(join(tmpdir(), "demo-lain-"));
let berkas: string[] = [];
beforeAll(async () => {
  berkas = await tulisDemo(folder);
});

async function buka(nama: string): Promise<{ buku: BukuTerbaca; nilai: (l: string, a: string) => unknown }> {
  const b = berkas.find((x) => x.endsWith(nama));
  expect(b).toBeDefined();
  const buku = await bacaXlsx(b!);
  return { buku, nilai: evaluasiBuku(buku) };
}

const kolomPerButir = (m: readonly (readonly (number | null)[])[]) =>
  m[0].map((_, j) => m.map((r) => r[j]).filter((x): x is number => typeof x === "number"));

test("SERVQUAL: gap tak tertimbang dan tertimbang di buku kerja = inti", async () => {
  const { buku, nilai } = await buka("servqual-contoh.xlsx");
  const lembar = Object.keys(buku.lembar).find((n) => /servqual/i.test(n))!;
  const o = contohServqual();
  const h = hitungServqual(
    kolomPerButir(o.persepsi as number[][]),
    kolomPerButir(o.harapan as number[][]),
    null,
    o.bobot,
  );
  expect(
    nilai(lembar, kananLabelBuku(buku, lembar, "Gap tak tertimbang (rata-rata gap dimensi)")) as number,
  ).toBeCloseTo(h.gap, 12);
  expect(nilai(lembar, kananLabelBuku(buku, lembar, "Gap tertimbang (Σ bobot normal × gap)")) as number).toBeCloseTo(
    h.gapTertimbang as number,
    12,
  );
});

test("Sendi pelayanan: total 4+3+5+2+4+3+2+5 = 28, terlemah = sendi ke-4 dan ke-7 (skor 2)", async () => {
  const { buku, nilai } = await buka("sendi-pelayanan-contoh.xlsx");
  const lembar = "Sendi Pelayanan";
  expect(nilai(lembar, kananLabelBuku(buku, lembar, "Total"))).toBe(28);
  const terlemah = nilai(lembar, kananLabelBuku(buku, lembar, "Sendi terlemah"));
  expect(terlemah).toBe(sendiTerlemah([4, 3, 5, 2, 4, 3, 2, 5]));
  expect(String(terlemah).split("; ")).toHaveLength(2);
});

test("PEKPPP: IPP di buku kerja = inti (hitungPekpppBawaan) dan kategorinya", async () => {
  const { buku, nilai } = await buka("pekppp-contoh.xlsx");
  const o = contohPekppp();
  const h = hitungPekpppBawaan(o.nilai as number[]);
  expect(nilai("PEKPPP", kananLabelBuku(buku, "PEKPPP", "Indeks Pelayanan Publik (IPP)")) as number).toBeCloseTo(
    h.indeks,
    12,
  );
  expect(nilai("PEKPPP", kananLabelBuku(buku, "PEKPPP", "Kategori"))).toBe(h.kategori);
  // lembar ringkasan mengambil IPP yang sama
  expect(
    nilai("PEKPPP Ringkasan", kananLabelBuku(buku, "PEKPPP Ringkasan", "Indeks Pelayanan Publik (IPP)")) as number,
  ).toBeCloseTo(h.indeks, 12);
});

test("PEKPPP formulir publik: rata-rata per aspek di buku kerja = PEKPPP.PUBLIK inti; aspek pertama (4+5+4+3)/4 = 4", async () => {
  const { buku, nilai } = await buka("pekppp-contoh.xlsx");
  const o = contohPekppp();
  const jawabanPerButir = o.jawabanPublik![0].map((_, j) =>
    o.jawabanPublik!.map((r) => r[j]).filter((x): x is number => typeof x === "number"),
  );
  const inti = rataRataPublik(
    jawabanPerButir,
    ASPEK_PEKPPP.map((a) => a.nama),
  );
  expect(inti[0].nilai).toBeCloseTo(4, 12);
  // tabel aspek di lembar Publik: label aspek di kolom A, rata-rata di kolom B
  const sel = [...buku.lembar["PEKPPP Publik"]];
  for (const a of inti) {
    const baris = sel
      .filter(([alamatSel, s]) => alamatSel.startsWith("A") && s.value === a.nama)
      .map(([x]) => x.slice(1));
    expect(baris.length).toBeGreaterThan(0);
    expect(nilai("PEKPPP Publik", `B${baris[baris.length - 1]}`) as number).toBeCloseTo(a.nilai, 12);
  }
});

test("Kinerja pegawai: Pegawai A (80+90+70+100+60)/5 = 80 → Baik (PP 46/2011: 76–90)", async () => {
  const { buku, nilai } = await buka("kinerja-pegawai-contoh.xlsx");
  const lembar = "Kinerja Pegawai";
  const sel = [...buku.lembar[lembar]];
  const [aNama] = sel.find(([, s]) => s.value === "Pegawai A")!;
  const baris = aNama.replace(/^[A-Z]+/, "");
  const kolomNilai = sel.filter(([, s]) => s.value === "Nilai").map(([a]) => a.replace(/\d+$/, ""));
  const kolomKategori = sel.filter(([, s]) => s.value === "Kategori").map(([a]) => a.replace(/\d+$/, ""));
  expect(nilai(lembar, `${kolomNilai[kolomNilai.length - 1]}${baris}`) as number).toBeCloseTo(80, 12);
  expect(nilai(lembar, `${kolomKategori[kolomKategori.length - 1]}${baris}`)).toBe("Baik");
});

describe("lembar ringkasan metode lain (peringkat dan grafik)", () => {
  test("SERVQUAL Ringkasan: gap tiap dimensi = inti; peringkat 1 = gap terbesar", async () => {
    const { nilai } = await buka("servqual-contoh.xlsx");
    const o = contohServqual();
    const h = hitungServqual(
      kolomPerButir(o.persepsi as number[][]),
      kolomPerButir(o.harapan as number[][]),
      null,
      o.bobot,
    );
    const l = "SERVQUAL Ringkasan";
    h.dimensi.forEach((d, i) => {
      expect(nilai(l, `B${5 + i}`)).toBe(d.nama);
      expect(nilai(l, `C${5 + i}`) as number).toBeCloseTo(d.gap, 12);
    });
    const terbaik = h.dimensi.reduce((a, d, i) => (d.gap > h.dimensi[a].gap ? i : a), 0);
    expect(nilai(l, `D${5 + terbaik}`)).toBe(1);
  });
  test("Sendi Ringkasan: skor 4,3,5,2,4,3,2,5; sendi ke-3 (skor 5) berperingkat 1", async () => {
    const { nilai } = await buka("sendi-pelayanan-contoh.xlsx");
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((i) => nilai("Sendi Ringkasan", `C${5 + i}`))).toEqual([
      4, 3, 5, 2, 4, 3, 2, 5,
    ]);
    expect(nilai("Sendi Ringkasan", "D7")).toBe(1);
  });
  test("Pegawai Ringkasan: Pegawai A 80 Baik; peringkat menurut nilai (B 91 → 1, A → 2, C → 3)", async () => {
    const { nilai } = await buka("kinerja-pegawai-contoh.xlsx");
    const l = "Pegawai Ringkasan";
    expect([nilai(l, "B5"), nilai(l, "C5"), nilai(l, "D5"), nilai(l, "E5")]).toEqual(["Pegawai A", 80, "Baik", 2]);
    expect(nilai(l, "E6")).toBe(1);
    expect(nilai(l, "E7")).toBe(3);
  });
});

test("Pegawai Ringkasan skala LAN 1–5: peringkat menaik (1 = Istimewa terbaik)", () => {
  const r = rencanaPegawai({
    pegawai: 2,
    skala: "lan",
    nama: ["P", "Q"],
    skor: [
      [1, 1, 1, 1, 1],
      [3, 3, 3, 3, 3],
    ],
  });
  const nilai = evaluasiRencana(r);
  expect([
    nilai("Pegawai Ringkasan", "C5"),
    nilai("Pegawai Ringkasan", "D5"),
    nilai("Pegawai Ringkasan", "E5"),
  ]).toEqual([1, "Istimewa", 1]);
  expect(nilai("Pegawai Ringkasan", "E6")).toBe(2);
});
