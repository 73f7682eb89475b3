/**
 * Laporan reproduksi: daftar selisihnya harus tepat berisi angka tercetak yang tidak sama dengan
 * rumusnya pada presisi cetak. Harapan dihitung ulang di sini secara mandiri dari fixture (bukan dari
 * keluaran kode), ditambah beberapa selisih yang diperiksa dengan tangan.
 */
import { reproduksiLan } from "../../src/reproduksi/reproduksi";
import { TABEL_4_4_4_6_TERCETAK, TABEL_4_7_TERCETAK } from "../../src/reproduksi/peringkat-tercetak";
import { bacaCsvFixture, samaPadaPresisi } from "../fixtures/baca";
import { jalankanCli } from "../../src/cli/kinerja";

const laporan = reproduksiLan();
const kunci = (tabel: string, baris: number | string, kolom: string) => `${tabel}|${baris}|${kolom}`;
const selisih = new Map(laporan.selisih.map((s) => [kunci(s.tabel, s.baris, s.kolom), s]));

describe("reproduksi Pola LAN 1998", () => {
  test(
    "setiap angka tercetak dibandingkan: Lampiran 3×(17×2+3), Tabel 4.8–4.10 3×17×2, Tabel " +
      "4.11–4.13 3×89, Tabel 4.14 9, Tabel 4.4–4.6 3×17, Tabel 4.7 3×5",
    () => {
      expect(laporan.dibandingkan).toBe(3 * (17 * 2 + 3) + 3 * 17 * 2 + 3 * 89 + 9 + 3 * 17 + 3 * 5);
    },
  );

  test("Tabel 4.11–4.13: selisih = indikator yang p × bobot variabel Lampiran tidak sama dengan cetakan pada presisinya", () => {
    const lampiran = bacaCsvFixture("lan-1998/lampiran-5-7-total-variabel.csv");
    const indikator = bacaCsvFixture("lan-1998/tabel-4.11-4.13-indikator.csv");
    const variabel = bacaCsvFixture("lan-1998/variabel.csv");
    const varDari = (no: number) =>
      variabel.find((v) => no >= Number(v.indikator_dari) && no <= Number(v.indikator_sampai))!.no;
    const tabel = { I: "4.11", II: "4.12", III: "4.13" } as Record<string, string>;
    const diharapkan = new Set<string>();
    for (const r of indikator) {
      const bv = lampiran.find(
        (l) => l.tipe === r.tipe && l.variabel_no === varDari(Number(r.indikator_no)),
      )!.bobot_variabel;
      if (!samaPadaPresisi(Number(r.proporsi_indikator) * Number(bv), r.bobot_indikator))
        diharapkan.add(kunci(tabel[r.tipe], Number(r.indikator_no), "Bobot Indikator"));
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
    const p = bacaCsvFixture("lan-1998/lampiran-5-7-total-variabel.csv")
      .filter((r) => r.tipe === "I")
      .reduce((a, r) => a + Number(r.proporsi_variabel), 0);
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

  test("Tabel 4.14 per baris: aturan yang cocok (dibulatkan/dipotong) dihitung mandiri dari fixture; tidak ada satu aturan untuk semua", () => {
    // Bobot Indikator tipe I = Proporsi Indikator tercetak (Tabel 4.11) × Bobot Variabel 1 tercetak (Lampiran 5)
    const bv = Number(
      bacaCsvFixture("lan-1998/lampiran-5-7-total-variabel.csv").find((r) => r.tipe === "I" && r.variabel_no === "1")!
        .bobot_variabel,
    );
    const p = bacaCsvFixture("lan-1998/tabel-4.11-4.13-indikator.csv").filter(
      (r) => r.tipe === "I" && Number(r.indikator_no) <= 9,
    );
    const tercetak = [
      "238.100",
      "231.741",
      "220.277",
      "222.024",
      "239.615",
      "237.902",
      "222.123",
      "236.947",
      "233.026",
    ]; // seed 004, Tabel 4.14
    const aturan = p.map((r, i) => {
      const x = Number(r.proporsi_indikator) * bv * 1000;
      const b = (Math.round(x) / 1000).toFixed(3) === tercetak[i];
      const t = (Math.floor(x + 1e-6) / 1000).toFixed(3) === tercetak[i];
      return b && t ? "keduanya" : b ? "pembulatan" : t ? "pemotongan" : "tidak ada";
    });
    // issue 11: baris 1, 5, 6, 8 hanya pembulatan; 2 dan 9 hanya pemotongan; 3 salah cetak
    expect(aturan).toEqual([
      "pembulatan",
      "pemotongan",
      "tidak ada",
      "keduanya",
      "pembulatan",
      "pembulatan",
      "keduanya",
      "pembulatan",
      "pemotongan",
    ]);
    expect(laporan.tabel414.map((r) => r.aturan)).toEqual(aturan);
    expect(laporan.perbandingan.filter((x) => x.tabel === "4.14").map((x) => x.aturan)).toEqual(aturan);
    expect(laporan.pernyataan.find((s) => s.startsWith("Tabel 4.14"))).toMatch(
      /tidak ada satu aturan.*baris 1, 5, 6, 8.*baris 2, 9/,
    );
  });

  test("setiap Bobot Indikator yang tidak dijelaskan pembulatan (26) punya catatan sendiri dengan proporsi yang diperlukan", () => {
    const tak = laporan.selisih.filter((x) => /^4\.1[123]$/.test(x.tabel) && !x.pembulatan);
    expect(tak).toHaveLength(26);
    for (const s of tak) {
      expect(s.catatan).toMatch(/memerlukan Proporsi Indikator \d\.\d{9}/);
      expect(s.catatan).toMatch(/naskah sendiri/);
    }
    // yang dijelaskan pembulatan juga bercatatan (selang pembulatan)
    for (const s of laporan.selisih.filter((x) => /^4\.1[123]$/.test(x.tabel) && x.pembulatan))
      expect(s.catatan).toMatch(/dijelaskan oleh pembulatan/);
  });

  test(
    "Tabel 4.4–4.7: transkripsi sama dengan fixture; peringkat dibandingkan dengan peringkat " +
      "dari bobot, setiap beda dilaporkan sebagai kekeliruan naskah",
    () => {
      const fx = bacaCsvFixture("lan-1998/tabel-4.4-4.7-peringkat.csv");
      const tipeTabel: Record<string, "I" | "II" | "III"> = { "4.4": "I", "4.5": "II", "4.6": "III" };
      for (const [tabel, tipe] of Object.entries(tipeTabel)) {
        expect(TABEL_4_4_4_6_TERCETAK[tipe].map((r) => [r.nama, r.variabel, r.peringkat])).toEqual(
          fx
            .filter((r) => r.tabel === tabel)
            .map((r) => [r.nama_tercetak, Number(r.variabel_no), r.peringkat_tercetak]),
        );
        expect(TABEL_4_7_TERCETAK[tipe].map((r) => [r.nama, r.variabel, String(r.peringkat)])).toEqual(
          fx
            .filter((r) => r.tabel === "4.7" && r.tipe === tipe)
            .map((r) => [r.nama_tercetak, Number(r.variabel_no), r.peringkat_tercetak]),
        );
      }
      // peringkat dari Total Variabel tercetak (fixture), diurutkan di sini
      const lampiran = bacaCsvFixture("lan-1998/lampiran-5-7-total-variabel.csv");
      const peringkat = (tipe: string, v: number) => {
        const t = lampiran
          .filter((r) => r.tipe === tipe)
          .map((r) => [Number(r.variabel_no), Number(r.total_variabel)] as const);
        const urut = [...t].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map((x) => x[0]);
        return urut.indexOf(v) + 1;
      };
      const beda = fx
        .filter((r) => {
          const tipe = r.tabel === "4.7" ? r.tipe : tipeTabel[r.tabel];
          const cetak =
            r.peringkat_tercetak === "I" ? 1 : r.peringkat_tercetak === "" ? null : Number(r.peringkat_tercetak);
          return cetak !== peringkat(tipe, Number(r.variabel_no));
        })
        .map((r) => `${r.tabel}|${r.urutan}`);
      // dihitung tangan dari seed: Tabel 4.4 baris 14 (Ketertiban, kosong), 15 (Responsibilitas 14 ≠ 15), 16 dan 17 kosong;
      // Tabel 4.5 baris 1 (Kejelasan 16, padahal 1) dan 2 (Kesederhanaan 17, padahal 2); Tabel 4.6 dan 4.7 sesuai
      expect(beda).toEqual(["4.4|14", "4.4|15", "4.4|16", "4.4|17", "4.5|1", "4.5|2"]);
      const dilaporkan = laporan.selisih.filter((x) => ["4.4", "4.5", "4.6", "4.7"].includes(x.tabel));
      expect(dilaporkan.map((x) => `${x.tabel}|${x.baris}`)).toEqual(beda);
      for (const s of dilaporkan) expect(s.catatan).toMatch(/kekeliruan naskah sendiri/);
      expect(dilaporkan.find((x) => x.tabel === "4.5" && x.baris === 1)!.catatan).toMatch(
        /naskah mencetak 16.*peringkat 1.*Tabel 4\.7 menyebutnya peringkat 1/,
      );
    },
  );

  test("pernyataan: tolok ukur yang salah tempat dan tafsiran proyek (Bobot Dinas, pita Instrumen II pada total)", () => {
    expect(laporan.pernyataan.some((s) => /Tabel 4\.5: baris Ketepatan.*Kecepatan/.test(s))).toBe(true);
    expect(laporan.pernyataan.some((s) => /Tafsiran proyek.*Bobot Dinas/.test(s))).toBe(true);
    expect(laporan.pernyataan.some((s) => /Tafsiran proyek.*per indikator : 1000.*total/.test(s))).toBe(true);
  });
});

describe("kinerja reproduksi --json", () => {
  test("memuat inkonsistensi Tabel 4.4–4.7, catatan tiap selisih yang tak dijelaskan pembulatan, tabel414 dan pernyataan", async () => {
    let out = "";
    const kode = await jalankanCli(["reproduksi", "--json"], { tulis: (t) => (out += t), galat: () => undefined });
    expect(kode).toBe(0);
    const j = JSON.parse(out);
    expect(j.dibandingkan).toBe(555);
    const baris = (tabel: string) =>
      j.selisih.filter((s: { tabel: string }) => s.tabel === tabel).map((s: { baris: number }) => s.baris);
    expect(baris("4.4")).toEqual([14, 15, 16, 17]);
    expect(baris("4.5")).toEqual([1, 2]);
    expect(j.selisih.find((s: { tabel: string; baris: number }) => s.tabel === "4.4" && s.baris === 14)).toEqual(
      expect.objectContaining({ tercetak: "", dihitung: 14, beda: null }),
    );
    for (const s of j.selisih.filter((x: { pembulatan: boolean }) => !x.pembulatan))
      expect(typeof s.catatan).toBe("string");
    expect(j.tabel414.map((r: { aturan: string }) => r.aturan)).toEqual([
      "pembulatan",
      "pemotongan",
      "tidak ada",
      "keduanya",
      "pembulatan",
      "pembulatan",
      "keduanya",
      "pembulatan",
      "pemotongan",
    ]);
    expect(j.pernyataan.length).toBeGreaterThanOrEqual(5);
  });
});
