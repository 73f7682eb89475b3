import { rencanaLan, namaLembarLan } from "../../src/plans/lan";
import { alamat, selBeralamat, type RencanaBukuKerja, type RencanaLembar } from "../../src/plans/rencana";
import { evaluasiRencana } from "../bantu/mesin-rumus";
import { hitungLan } from "../../src/core/lan";
import { VARIABEL_TIAP_INDIKATOR } from "../../src/frameworks/lan1998";

/** Jumlah indikator tiap variabel (fakta Bab III / Tabel 4.11–4.13, ditulis di uji). */
const JUMLAH_INDIKATOR = [9, 4, 9, 7, 4, 7, 3, 6, 5, 4, 5, 2, 4, 8, 6, 3, 3];

function lembar(r: RencanaBukuKerja, nama: string): RencanaLembar {
  const l = r.lembar.find((x) => x.nama === nama);
  if (!l) throw new Error(`lembar ${nama} tidak ada`);
  return l;
}

function peta(l: RencanaLembar) {
  const sel = [...selBeralamat(l)];
  const kunci = new Map(sel.filter((s) => s.sel.kunci).map((s) => [s.sel.kunci as string, s.alamat]));
  const barisA = (v: unknown) => sel.find((s) => s.kolom === 0 && s.sel.nilai === v)?.baris as number;
  const barisB = (v: unknown) => sel.filter((s) => s.kolom === 1 && s.sel.nilai === v).map((s) => s.baris);
  const kolomKepala = (teks: string, baris = 4) =>
    sel.find((s) => s.baris === baris && s.sel.nilai === teks)?.kolom as number;
  return { sel, kunci, barisA, barisB, kolomKepala };
}

function periksaPeran(r: RencanaBukuKerja) {
  for (const l of r.lembar) {
    const kunci = new Set<string>();
    for (const { sel, alamat: a } of selBeralamat(l)) {
      if (sel.peran === "hitung") expect(typeof sel.rumus === "string" && sel.rumus.startsWith("=")).toBe(true);
      else expect(sel.rumus).toBeUndefined();
      // pembulatan hanya ROUND(sel,9) untuk keputusan pita (core/pita.ts), tidak di dalam perhitungan
      if (sel.rumus) expect(sel.rumus.replace(/ROUND\(\$?[A-Z]+\$?\d+,9\)(?=>)/g, "")).not.toMatch(/ROUND/i);
      if (sel.peran === "masukan") {
        expect(sel.kunci).toBeTruthy();
        expect(kunci.has(sel.kunci as string)).toBe(false);
        kunci.add(sel.kunci as string);
      } else expect(sel.kunci).toBeUndefined();
      expect(a).toMatch(/^[A-Z]+\d+$/);
    }
  }
}

describe("rencanaLan hitungBobot", () => {
  const r = rencanaLan({ tipe: "I", pola: "lengkap", mode: "hitungBobot", unit: ["A", "B"] });
  const l = lembar(r, namaLembarLan("I", "Bobot"));
  const p = peta(l);

  test("peran, rumus dan kunci", () => {
    periksaPeran(r);
    expect(r.meta).toEqual({ pembangun: "lan1998", versi: 1, opsi: expect.objectContaining({ mode: "hitungBobot" }) });
    expect(r.lembar.map((x) => x.nama)).toEqual(["LAN-I Bobot", "LAN-I Ringkasan"]);
  });

  test("matriks kecil: A = 2, B = 3, kecuali indikator 1 unit A = 10", () => {
    const isian: Record<string, number> = {};
    for (let i = 1; i <= 89; i++) {
      isian[p.kunci.get(`skor|i=${i}|u=A`) as string] = i === 1 ? 10 : 2;
      isian[p.kunci.get(`skor|i=${i}|u=B`) as string] = 3;
    }
    const nilai = evaluasiRencana(r, { [l.nama]: isian });
    const g = (b: number, k: number) => nilai(l.nama, alamat(b, k)) as number;
    const cS = p.kolomKepala("Σ Indikator / Σ Variabel");
    const cPI = p.kolomKepala("Proporsi Indikator");
    const cBI = p.kolomKepala("Bobot Indikator");
    const cPV = p.kolomKepala("Proporsi Variabel");
    const cBV = p.kolomKepala("Bobot Variabel");
    const jumlah = p.barisB("Jumlah");
    const pd = p.barisB("Proporsi Dinas");
    const bd = p.barisB("Bobot Dinas");
    expect(jumlah).toHaveLength(17);
    // hitungan tangan: tiap indikator 2 + 3 = 5, indikator 1 = 10 + 3 = 13
    const grand = 5 * 89 + 8; // 453
    expect(g(p.barisA(1), cS)).toBe(13);
    expect(g(jumlah[0], cS)).toBe(53);
    expect(g(jumlah[0], cPV)).toBeCloseTo(53 / 453, 12);
    expect(g(jumlah[0], cBV)).toBeCloseTo((53 / 453) * 20000, 9);
    expect(g(p.barisA(1), cPI)).toBeCloseTo(13 / 53, 12);
    expect(g(p.barisA(1), cBI)).toBeCloseTo((13 / 453) * 20000, 9);
    expect(g(p.barisA(2), cBI)).toBeCloseTo((5 / 453) * 20000, 9);
    // variabel 2 (4 indikator): total 20
    expect(g(jumlah[1], cS)).toBe(20);
    expect(g(jumlah[1], cBV)).toBeCloseTo((20 / grand) * 20000, 9);
    expect(g(p.barisA(10), cPI)).toBeCloseTo(0.25, 12);
    // Proporsi dan Bobot Dinas: variabel 1 unit A = (10 + 8×2) / 53 = 26/53
    expect(g(pd[0], 2)).toBeCloseTo(26 / 53, 12);
    expect(g(bd[0], 2)).toBeCloseTo((26 / 53) * (53 / 453) * 20000, 9);
    expect(g(pd[1], 3)).toBeCloseTo(12 / 20, 12);
    // Total Bobot Dinas unit A = Σ_j D_Aj / Σ V × 20000 = (10 + 88×2) / 453 × 20000
    const tb = p.barisB("Total Bobot Dinas")[0];
    expect(g(tb, 2)).toBeCloseTo((186 / 453) * 20000, 8);
    expect(g(tb, 3)).toBeCloseTo((267 / 453) * 20000, 8);
    const total = p.barisB("Total")[0];
    expect(g(total, cS)).toBe(grand);
    expect(g(total, cBV)).toBeCloseTo(20000, 8);
    // sama dengan inti (src/core/lan.ts)
    const skor = Array.from({ length: 89 }, (_, i) => [i === 0 ? 10 : 2, 3]);
    const inti = hitungLan(skor, VARIABEL_TIAP_INDIKATOR);
    inti.bobotIndikator.forEach((b, i) => expect(g(p.barisA(i + 1), cBI)).toBeCloseTo(b, 8));
    // ringkasan: peringkat B = 1, A = 2
    const ring = namaLembarLan("I", "Ringkasan");
    expect(nilai(ring, "C5")).toBeCloseTo((186 / 453) * 20000, 8);
    expect(nilai(ring, "B5")).toBe("A");
    expect(nilai(ring, "D5")).toBe(2);
    expect(nilai(ring, "D6")).toBe(1);
    expect(JUMLAH_INDIKATOR.reduce((a, x) => a + x, 0)).toBe(89);
  });
});

describe("rencanaLan nilaiUnit", () => {
  test.each([
    ["lengkap", "tercetak"],
    ["lima", "tercetak"],
    ["lengkap", "dihitung"],
  ] as const)("pola %s, bobot %s: semua skor 8 → 800 → Baik", (pola, bobot) => {
    const r = rencanaLan({ tipe: "II", pola, mode: "nilaiUnit", unit: ["Dinas X"], bobot });
    periksaPeran(r);
    const l = lembar(r, namaLembarLan("II", "Nilai"));
    const p = peta(l);
    const isian: Record<string, Record<string, number>> = { [l.nama]: {} };
    for (const [k, a] of p.kunci) if (k.startsWith("skor|")) isian[l.nama][a] = 8;
    if (bobot === "dihitung") {
      const lb = lembar(r, namaLembarLan("II", "Bobot"));
      isian[lb.nama] = {};
      for (const [k, a] of peta(lb).kunci) if (k.startsWith("skor|")) isian[lb.nama][a] = (k.length % 10) + 1;
    }
    const nilai = evaluasiRencana(r, isian);
    const b1000 = p.barisB("Nilai skala 1000")[0];
    const bKat = p.barisB("Kategori")[0];
    const kNilai = p.kolomKepala("Nilai");
    expect(nilai(l.nama, alamat(b1000, kNilai))).toBeCloseTo(800, 9);
    expect(nilai(l.nama, alamat(bKat, kNilai))).toBe("Baik");
    const ring = namaLembarLan("II", "Ringkasan");
    expect(nilai(ring, "C5")).toBeCloseTo(800, 9);
    expect(nilai(ring, "D5")).toBe("Baik");
    expect(nilai(ring, "E5")).toBe(1);
    if (pola === "lima") {
      const tot = p.barisB("Total")[0];
      expect(nilai(l.nama, alamat(tot, p.kolomKepala("Bobot dibagi ulang")))).toBeCloseTo(20000, 8);
      expect(p.barisB("Jumlah Kejelasan Pelayanan")).toHaveLength(1);
      expect(p.barisB("Jumlah Ekonomis")).toHaveLength(0);
    }
  });

  test("kategori memakai pita proyek; hanya ROUND(nilai,9) untuk keputusan pita", () => {
    const r = rencanaLan({ tipe: "I", pola: "lengkap", mode: "nilaiUnit", unit: ["U"] });
    const l = lembar(r, namaLembarLan("I", "Nilai"));
    const p = peta(l);
    const kNilai = p.kolomKepala("Nilai");
    const b1000 = p.barisB("Nilai skala 1000")[0];
    const bKat = p.barisB("Kategori")[0];
    const kasus: [number, string][] = [
      [850.0001, "Amat baik"],
      [850, "Baik"],
      [700.5, "Baik"],
      [700, "Cukup"],
      [600, "Cukup"],
      [599.99, "Kurang"],
      // derau titik mengambang di batas (seed: "600 - 700 : Cukup") dan selisih nyata 1e-8
      [700.0000000000003, "Cukup"],
      [599.9999999999998, "Cukup"],
      [700.00000001, "Baik"],
      [599.99999999, "Kurang"],
    ];
    for (const [x, kat] of kasus) {
      const nilai = evaluasiRencana(r, { [l.nama]: { [alamat(b1000, kNilai)]: x } });
      expect(nilai(l.nama, alamat(bKat, kNilai))).toBe(kat);
    }
    // tanpa skor: nilai dan kategori kosong
    const kosong = evaluasiRencana(r);
    expect(kosong(l.nama, alamat(bKat, kNilai))).toBe("");
  });

  test("skor belum lengkap: nilai skala 1000 dan kategori tetap kosong (skor kosong tidak dianggap nol)", () => {
    const r = rencanaLan({ tipe: "I", pola: "lengkap", mode: "nilaiUnit", unit: ["U"] });
    const l = lembar(r, namaLembarLan("I", "Nilai"));
    const p = peta(l);
    const skor = [...p.kunci].filter(([k]) => k.startsWith("skor|"));
    expect(skor).toHaveLength(89);
    const isi = (n: number) => ({ [l.nama]: Object.fromEntries(skor.slice(0, n).map(([, a]) => [a, 10])) });
    const kNilai = p.kolomKepala("Nilai");
    const b1000 = p.barisB("Nilai skala 1000")[0];
    // 88 dari 89 skor terisi 10: tanpa aturan ini nilainya ≈ 988 "Amat baik", padahal satu indikator belum dinilai
    expect(evaluasiRencana(r, isi(88))(l.nama, alamat(b1000, kNilai))).toBe("");
    expect(evaluasiRencana(r, isi(89))(l.nama, alamat(b1000, kNilai))).toBeCloseTo(1000, 9);
  });
});

describe("rencanaLan kerangka", () => {
  test("lembar, peran dan ringkasan 17 variabel", () => {
    const r = rencanaLan({ tipe: "III", pola: "lengkap", mode: "kerangka", unit: [] });
    periksaPeran(r);
    expect(r.lembar.map((x) => x.nama)).toEqual(["LAN-III Kerangka", "LAN-III Ringkasan"]);
    const ring = r.lembar[1];
    expect(ring.grafik).toHaveLength(1);
    const nilai = evaluasiRencana(r);
    // peringkat 1 tipe III = Kejelasan (Tabel 4.10)
    const baris = Array.from({ length: 17 }, (_, i) => i + 5).find(
      (b) => nilai("LAN-III Ringkasan", `D${b}`) === 1,
    ) as number;
    expect(nilai("LAN-III Ringkasan", `B${baris}`)).toBe("Kejelasan Pelayanan");
  });
});
