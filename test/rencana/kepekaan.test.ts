/**
 * Pembangun "Kepekaan bobot" (issue 15): rumus lembar dihitung HyperFormula dan harus memberi jawaban
 * yang sama dengan inti (src/core/kepekaan.ts) untuk contoh hitungan tangan dan kasus acak (fast-check).
 */
import fc from "fast-check";
import { PITA_KEPEKAAN, rentangBobot, stabilitasBobot, type IdPita } from "../../src/core/kepekaan";
import { bobotStabilitas } from "../../src/functions/bobot";
import {
  NAMA_LEMBAR_KEPEKAAN,
  contohKepekaan,
  rencanaKepekaan,
  type OpsiKepekaanBobot,
} from "../../src/plans/kepekaan";
import { posisi, selBeralamat, alamat, type RencanaBukuKerja } from "../../src/plans/rencana";
import { evaluasiBuku, evaluasiRencana, type Penilai } from "../bantu/mesin-rumus";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bacaXlsx } from "../../src/hosts/xlsx/xlsx";
import { tulisXlsx } from "../../src/hosts/xlsx/berkas";
import { periksaBukuKerja } from "../../src/periksa/periksa";

/** Alamat sel yang berisi label `teks` (tata letak dibaca dari rencana, bukan ditebak). */
function cari(r: RencanaBukuKerja, teks: string): { baris: number; kolom: number } {
  for (const s of selBeralamat(r.lembar[0])) if (s.sel.nilai === teks) return { baris: s.baris, kolom: s.kolom };
  throw new Error(`label "${teks}" tidak ada`);
}

interface Baca {
  nilai: (b: number, k: number) => unknown;
  r: RencanaBukuKerja;
}
function bangun(o: OpsiKepekaanBobot): Baca {
  const r = rencanaKepekaan(o);
  const hf: Penilai = evaluasiRencana(r);
  return { r, nilai: (b, k) => hf(NAMA_LEMBAR_KEPEKAAN, alamat(b, k)) };
}

/** Tabel "Rentang bobot" dan kolom unit dari lembar terhitung. */
function bacaLembar(x: Baca, K: number, n: number, adaPita: boolean) {
  const kepala = cari(x.r, "Tornado: kiri");
  const b0 = kepala.baris + 1;
  const kriteria = Array.from({ length: K }, (_, j) => ({
    bobot: x.nilai(b0 + j, 1) as number,
    peringkat: [x.nilai(b0 + j, 2), x.nilai(b0 + j, 3)] as number[],
    kategori: adaPita ? ([x.nilai(b0 + j, 4), x.nilai(b0 + j, 5)] as number[]) : null,
    tornado: [x.nilai(b0 + j, kepala.kolom), x.nilai(b0 + j, kepala.kolom + 1)] as number[],
  }));
  const u = cari(x.r, "Skor (9 desimal)");
  const unit = Array.from({ length: n }, (_, i) => ({
    skor: x.nilai(u.baris + 1 + i, u.kolom - 1) as number,
    kategori: adaPita ? (x.nilai(u.baris + 1 + i, u.kolom + 2) as string) : null,
    peringkat: x.nilai(u.baris + 1 + i, u.kolom + (adaPita ? 3 : 3)) as number,
  }));
  return { kriteria, unit };
}

describe("contoh: tiga unit, tiga kriteria, PP 46/2011 (hitungan tangan di test/cli/kepekaan.test.ts)", () => {
  const o = contohKepekaan();
  const x = bangun(o);
  const l = bacaLembar(x, 3, 3, true);
  test("skor, kategori, peringkat dari rumus lembar", () => {
    // 85,5 Baik; 70 Cukup; 83,1 Baik
    expect(l.unit.map((u) => u.skor)).toEqual([85.5, 70, 83.1].map((v) => expect.closeTo(v, 9)));
    expect(l.unit.map((u) => u.kategori)).toEqual(["Baik", "Cukup", "Baik"]);
    expect(l.unit.map((u) => u.peringkat)).toEqual([1, 3, 2]);
  });
  test("rentang tiap bobot sama dengan inti; tornado = rentang kategori − bobot", () => {
    const h = rentangBobot({ nilai: o.nilai!, bobot: o.bobot!, pita: PITA_KEPEKAAN.pp46 });
    l.kriteria.forEach((k, j) => {
      expect(k.bobot).toBeCloseTo(h.kriteria[j].bobot, 12);
      expect(k.peringkat[0]).toBeCloseTo(h.kriteria[j].rentangPeringkat[0], 9);
      expect(k.peringkat[1]).toBeCloseTo(h.kriteria[j].rentangPeringkat[1], 9);
      expect(k.kategori![0]).toBeCloseTo(h.kriteria[j].rentangKategori![0], 9);
      expect(k.kategori![1]).toBeCloseTo(h.kriteria[j].rentangKategori![1], 9);
      expect(k.tornado[0]).toBeCloseTo(k.kategori![0] - k.bobot, 12);
      expect(k.tornado[1]).toBeCloseTo(k.kategori![1] - k.bobot, 12);
    });
    const g = x.r.lembar[0].grafik![0];
    expect(g.jenis).toBe("tornado");
    const kepala = cari(x.r, "Tornado: kiri");
    expect(g.data).toBe(`${alamat(kepala.baris + 1, kepala.kolom)}:${alamat(kepala.baris + 3, kepala.kolom + 1)}`);
  });
  test("kalimat biasa: Dinas Pajak tetap Cukup selama bobot Keramahan antara 0,000 dan 0,400", () => {
    const judulKalimat = cari(
      x.r,
      "Dalam kata-kata: bobot yang paling sedikit digeser untuk mengubah kategori tiap unit",
    );
    const kal = [0, 1, 2].map((i) => x.nilai(judulKalimat.baris + 1 + i, 0));
    expect(kal[1]).toBe("Dinas Pajak tetap Cukup selama bobot Keramahan antara 0,000 dan 0,400.");
    // Dinas Pasar dan Kecamatan Kota: bobot yang sama dengan geseran terkecil inti
    const h = rentangBobot({ nilai: o.nilai!, bobot: o.bobot!, pita: PITA_KEPEKAAN.pp46 });
    [0, 2].forEach((i) => {
      const g = h.unit[i].geserTerkecil!;
      const [lo, hi] = h.unit[i].rentangKategori![g.kriteria];
      const f = (v: number): string => v.toFixed(3).replace(".", ",");
      expect(kal[i]).toBe(
        `${o.nama![i]} tetap ${h.unit[i].kategori} selama bobot ${o.kriteria![g.kriteria]} antara ${f(lo)} dan ${f(hi)}.`,
      );
    });
  });
  test("tabel stabilitas: =BOBOT.STABILITAS atas rentang skor dan bobot dinormalkan lembar ini", async () => {
    const kepala = cari(x.r, "Median peringkat");
    const sel = [...selBeralamat(x.r.lembar[0])].find((s) => s.baris === kepala.baris + 1 && s.kolom === 1)!;
    const m = sel.sel.rumus!.match(
      /^=BOBOT\.STABILITAS\((\$[A-Z]+\$\d+):(\$[A-Z]+\$\d+),(\$[A-Z]+\$\d+):(\$[A-Z]+\$\d+),"(\w*)",(\$[A-Z]+\$\d+),(\$[A-Z]+\$\d+)\)$/,
    );
    expect(m).not.toBeNull();
    const rentang = (a: string, b: string): unknown[][] => {
      const p = posisi(a);
      const q = posisi(b);
      return Array.from({ length: q.baris - p.baris + 1 }, (_, i) =>
        Array.from({ length: q.kolom - p.kolom + 1 }, (__, j) => x.nilai(p.baris + i, p.kolom + j)),
      );
    };
    const nilai = rentang(m![1], m![2]);
    const bobot = rentang(m![3], m![4]);
    expect(nilai).toEqual(o.nilai);
    const sp = rentang(m![6], m![6])[0][0] as number;
    const bn = rentang(m![7], m![7])[0][0] as number;
    expect([sp, bn]).toEqual([10000, 1]);
    const hasil = await bobotStabilitas(nilai as number[][], bobot as number[][], m![5], sp, bn);
    const inti = stabilitasBobot(
      { nilai: o.nilai!, bobot: o.bobot!, pita: PITA_KEPEKAAN.pp46 },
      { sampel: 10000, benih: 1 },
    );
    expect(hasil.map((r) => r[4])).toEqual(inti.peringkatMedian);
  });
});

describe("kasus acak: lembar = inti (fast-check)", () => {
  test("rentang peringkat dan kategori, skor, kategori, peringkat", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((n) =>
          fc.integer({ min: 2, max: 4 }).chain((K) =>
            fc.record({
              pita: fc.constantFrom<IdPita | null>("pp46", "lan", null),
              nilai: fc.array(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: K, maxLength: K }), {
                minLength: n,
                maxLength: n,
              }),
              bobot: fc
                .array(fc.integer({ min: 0, max: 10 }), { minLength: K, maxLength: K })
                .filter((b) => b.filter((v) => v > 0).length >= 2),
            }),
          ),
        ),
        ({ pita, nilai: n0, bobot }) => {
          const nilai = pita === "lan" ? n0.map((r) => r.map((v) => v * 10)) : n0;
          const K = bobot.length;
          const o: OpsiKepekaanBobot = {
            kriteria: bobot.map((_, j) => `K${j + 1}`),
            bobot,
            pita,
            nama: nilai.map((_, i) => `U${i + 1}`),
            nilai,
          };
          const l = bacaLembar(bangun(o), K, nilai.length, pita !== null);
          const h = rentangBobot({ nilai, bobot, pita: pita ? PITA_KEPEKAAN[pita] : null });
          const dekat = (a: number, b: number): boolean => Math.abs(a - b) < 1e-9;
          return (
            l.unit.every(
              (u, i) =>
                dekat(u.skor, h.unit[i].skor) &&
                u.peringkat === h.unit[i].peringkat &&
                u.kategori === h.unit[i].kategori,
            ) &&
            l.kriteria.every(
              (k, j) =>
                dekat(k.peringkat[0], h.kriteria[j].rentangPeringkat[0]) &&
                dekat(k.peringkat[1], h.kriteria[j].rentangPeringkat[1]) &&
                (k.kategori === null ||
                  (dekat(k.kategori[0], h.kriteria[j].rentangKategori![0]) &&
                    dekat(k.kategori[1], h.kriteria[j].rentangKategori![1]))),
            )
          );
        },
      ),
      { numRuns: 20, seed: 153 },
    );
  });
});

test("meta dapat dibangun ulang dari catatan (opsi tanpa isian contoh)", () => {
  const r = rencanaKepekaan(contohKepekaan());
  expect(r.meta).toEqual({
    pembangun: "kepekaan",
    versi: 1,
    opsi: {
      unit: 3,
      kriteria: ["Kecepatan", "Ketepatan", "Keramahan"],
      bobot: [0.3, 0.5, 0.2],
      pita: "pp46",
      sampel: 10000,
      benih: 1,
    },
  });
  expect(rencanaKepekaan(r.meta.opsi as OpsiKepekaanBobot).lembar[0].blok[0].sel.length).toBe(
    r.lembar[0].blok[0].sel.length,
  );
});

test(".xlsx yang ditulis memberi angka yang sama dan lolos Periksa", async () => {
  const r = rencanaKepekaan(contohKepekaan());
  const berkas = join(mkdtempSync(join(tmpdir(), "kepekaan-xlsx-")), "kepekaan.xlsx");
  await tulisXlsx(r, berkas);
  const buku = await bacaXlsx(berkas);
  const dariBuku = evaluasiBuku(buku);
  const dariRencana = evaluasiRencana(r);
  let dibandingkan = 0;
  for (const s of selBeralamat(r.lembar[0])) {
    if (!s.sel.rumus || s.sel.rumus.includes("BOBOT.STABILITAS")) continue;
    expect({ a: s.alamat, v: dariBuku(NAMA_LEMBAR_KEPEKAAN, s.alamat) }).toEqual({
      a: s.alamat,
      v: dariRencana(NAMA_LEMBAR_KEPEKAAN, s.alamat),
    });
    dibandingkan++;
  }
  expect(dibandingkan).toBeGreaterThan(50);
  expect(periksaBukuKerja(buku.lembar)).toEqual([]);
});
