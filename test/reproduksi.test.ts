/**
 * Laporan reproduksi: daftar selisihnya harus tepat berisi angka tercetak yang tidak sama dengan
 * rumusnya pada presisi cetak. Harapan dihitung ulang di sini secara mandiri dari fixture (bukan dari
 * keluaran kode), ditambah beberapa selisih yang diperiksa dengan tangan.
 */
import { reproduksiLan } from "../src/reproduksi/reproduksi";
import { bacaCsvFixture, samaPadaPresisi } from "./fixtures/baca";

const laporan = reproduksiLan();
const kunci = (tabel: string, baris: number | string, kolom: string) => `${tabel}|${baris}|${kolom}`;
const selisih = new Map(laporan.selisih.map((s) => [kunci(s.tabel, s.baris, s.kolom), s]));

describe("reproduksi Pola LAN 1998", () => {
  test("setiap angka tercetak dibandingkan: Lampiran 3×(17×2+3), Tabel 4.8–4.10 3×17×2, Tabel 4.11–4.13 3×89, Tabel 4.14 9", () => {
    expect(laporan.dibandingkan).toBe(3 * (17 * 2 + 3) + 3 * 17 * 2 + 3 * 89 + 9);
  });

  test("Tabel 4.11–4.13: selisih = indikator yang p × bobot variabel Lampiran tidak sama dengan cetakan pada presisinya", () => {
    const lampiran = bacaCsvFixture("lan-1998/lampiran-5-7-total-variabel.csv");
    const indikator = bacaCsvFixture("lan-1998/tabel-4.11-4.13-indikator.csv");
    const variabel = bacaCsvFixture("lan-1998/variabel.csv");
    const varDari = (no: number) => variabel.find((v) => no >= Number(v.indikator_dari) && no <= Number(v.indikator_sampai))!.no;
    const tabel = { I: "4.11", II: "4.12", III: "4.13" } as Record<string, string>;
    const diharapkan = new Set<string>();
    for (const r of indikator) {
      const bv = lampiran.find((l) => l.tipe === r.tipe && l.variabel_no === varDari(Number(r.indikator_no)))!.bobot_variabel;
      if (!samaPadaPresisi(Number(r.proporsi_indikator) * Number(bv), r.bobot_indikator)) diharapkan.add(kunci(tabel[r.tipe], Number(r.indikator_no), "Bobot Indikator"));
    }
    const didapat = new Set([...selisih.keys()].filter((k) => /^4\.1[123]\|/.test(k)));
    expect(didapat).toEqual(diharapkan);
  });

  test("Lampiran 5–7: semua baris 1–17 cocok; baris Total proporsi/bobot berbeda karena menjumlahkan baris yang dibulatkan", () => {
    for (const lamp of ["Lampiran 5", "Lampiran 6", "Lampiran 7"]) {
      const s = laporan.selisih.filter((x) => x.tabel === lamp);
      expect(s.map((x) => `${x.baris}|${x.kolom}`).sort()).toEqual(["Total|Bobot Variabel", "Total|Proporsi Variabel"]);
      expect(s.every((x) => x.pembulatan)).toBe(true);
    }
    // Lampiran 5 Total tercetak 0,999999999: jumlah 17 proporsi tercetak (dijumlah di sini)
    const p = bacaCsvFixture("lan-1998/lampiran-5-7-total-variabel.csv").filter((r) => r.tipe === "I").reduce((a, r) => a + Number(r.proporsi_variabel), 0);
    expect(p.toFixed(9)).toBe("0.999999999");
  });

  test("Tabel 4.8 baris 1: tercetak 2081,855578, Lampiran 5 mencetak 2081,85578 — salah cetak, bukan pembulatan", () => {
    const s = selisih.get(kunci("4.8", 1, "Bobot Variabel"))!;
    expect(s.tercetak).toBe("2081.855578");
    expect(s.pembulatan).toBe(false);
    expect(laporan.selisih.filter((x) => ["4.8", "4.9", "4.10"].includes(x.tabel))).toHaveLength(1);
  });

  test("Tabel 4.14: baris 2 (231,741), 3 (220,277) dan 9 (233,026) tidak sama dengan Bobot Indikator tipe I dibulatkan ke 3 desimal", () => {
    // Tabel 4.11: 231,7418853 → 231,742; 220,3771447 → 220,377; 233,0265951 → 233,027 (dibulatkan tangan)
    const s = laporan.selisih.filter((x) => x.tabel === "4.14");
    expect(s.map((x) => x.baris)).toEqual([2, 3, 9]);
    expect(s.every((x) => !x.pembulatan)).toBe(true);
    expect(s.find((x) => x.baris === 3)!.catatan).toMatch(/salah cetak/);
    expect(s.find((x) => x.baris === 2)!.catatan).toMatch(/dipotong/);
  });
});
