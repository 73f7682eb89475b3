/**
 * Kategori tepat di batas tercetak (issue 11, butir 1): setiap pita proyek diputuskan atas nilai yang
 * dibulatkan ke 9 desimal (src/core/pita.ts), di inti, di fungsi kustom dan di rumus lembar (dihitung
 * ulang dengan HyperFormula).
 *
 * Angka harapan berasal dari tabel tercetak, ditulis tangan di sini (bukan dari kode):
 * - LAN 1998 Instrumen Alternatif II (seed 004): "851 - 1000 Amat baik; 701 - 850 Baik; 600 - 700 Cukup;
 *   600 Kurang" → 600 dan 700 = Cukup, 850 = Baik.
 * - IPP/PEKPPP: 0,00–1,00 F; 1,01–1,50 E; 1,51–2,00 D; 2,01–2,50 C-; 2,51–3,00 C; 3,01–3,50 B-;
 *   3,51–4,00 B; 4,01–4,50 A- → batas 1,00 F … 4,50 A-.
 * - PP 46/2011: 50 ke bawah Buruk; 51–60 Kurang; 61–75 Cukup; 76–90 Baik → 50/60/75/90.
 * - Skala prestasi LAN (aturan proyek, frameworks/pegawai.ts): 1,5 Istimewa; 2,5 Sangat baik;
 *   3,5 Normal; 4,5 Kurang memuaskan (tingkat k mencakup (k − 0,5; k + 0,5]).
 * - BSC (ambang proyek, batas bawah inklusif): 1,0 Hijau; 0,8 Kuning.
 * - SKM 2017: 25,00–64,99 D; 65,00–76,60 C; 76,61–88,30 B; 2004: 25–43,75 D; 43,76–62,50 C; 62,51–81,25 B.
 *
 * Konstruksi "tepat di batas di atas kertas": pasangan skor m − d dan m + d dengan bobot sama (dan bila
 * banyaknya ganjil, satu kelompok bobot 2w, w, w dengan skor m − d, m + d, m + d) memberi rata-rata
 * tertimbang tepat m; urutan diacak agar derau titik mengambang muncul ke dua arah.
 */
import fc from "fast-check";
import { HyperFormula } from "hyperformula";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DESIMAL_PITA, bulatPita, rumusBulatPita } from "../../src/core/pita";
import { kategoriLan, nilaiUnitLan } from "../../src/core/lan";
import { hitungPekpppBawaan, indeksPekppp, kategoriIpp } from "../../src/core/pekppp";
import { kategoriPegawai, nilaiPegawai } from "../../src/core/pegawai";
import { capaian, skor as skorBsc, status } from "../../src/core/bsc";
import { hitungSkm, indeks as indeksSkm, mutu, nilai as nilaiSkm } from "../../src/core/skm";
import {
  LIMA_VARIABEL_UTAMA,
  TIPE_DINAS,
  VARIABEL_TIAP_INDIKATOR,
  indikatorTercetak,
  type TipeDinas,
} from "../../src/frameworks/lan1998";
import { ASPEK_PEKPPP, INDIKATOR_PEKPPP } from "../../src/frameworks/pekppp";
import { ASPEK_PEGAWAI, PITA_PP46, SKALA_PRESTASI_LAN, type SkalaPegawai } from "../../src/frameworks/pegawai";
import { PITA_KATEGORI_LAN } from "../../src/frameworks/lan1998";
import { KATEGORI_IPP } from "../../src/frameworks/pekppp";
import { AMBANG_STATUS_BSC } from "../../src/frameworks/bsc";
import { PITA_MUTU_SKM } from "../../src/frameworks/skm";
import type { AturanSkm } from "../../src/frameworks/skm";
import { lanKategori, lanNilai } from "../../src/functions/lan";
import { pekpppIndeks, pekpppKategori } from "../../src/functions/pekppp";
import { pegawaiKategori, pegawaiNilai } from "../../src/functions/pegawai";
import { bscCapaian, bscScore, bscStatus } from "../../src/functions/bsc";
import { skmMutu, skmNilai } from "../../src/functions/skm";
import { rencanaLan, namaLembarLan, type PolaLan } from "../../src/plans/lan";
import { rencanaPekppp, NAMA_LEMBAR_PEKPPP } from "../../src/plans/pekppp";
import { rencanaPegawai, NAMA_LEMBAR_PEGAWAI } from "../../src/plans/pegawai";
import { rencanaBsc } from "../../src/plans/bsc";
import { rencanaSkm, namaLembarSkm } from "../../src/plans/skm";
import {
  alamat,
  isiMasukan,
  selBeralamat,
  type NilaiSel,
  type RencanaBukuKerja,
  type RencanaLembar,
} from "../../src/plans/rencana";
import { jalankanPekppp } from "../../src/cli/pekppp";
import { hitungBscDariCsv } from "../../src/cli/bsc";
import { evaluasiRencana, kananLabelRencana } from "../bantu/mesin-rumus";

// ---------- pembantu ----------

/** Isi sel masukan rencana menurut kuncinya (semua kunci harus terpakai). */
function isi(r: RencanaBukuKerja, nilai: Record<string, NilaiSel>): RencanaBukuKerja {
  const h = isiMasukan(r, new Map(Object.entries(nilai)));
  expect(h.tidakTerpakai).toEqual([]);
  return h.rencana;
}

function lembar(r: RencanaBukuKerja, nama: string): RencanaLembar {
  const l = r.lembar.find((x) => x.nama === nama);
  if (!l) throw new Error(`lembar ${nama} tidak ada`);
  return l;
}

/** Posisi sel masukan berkunci `kunci`. */
function posKunci(l: RencanaLembar, kunci: string): { baris: number; kolom: number } {
  const s = [...selBeralamat(l)].find((x) => x.sel.kunci === kunci);
  if (!s) throw new Error(`kunci ${kunci} tidak ada di ${l.nama}`);
  return { baris: s.baris, kolom: s.kolom };
}

/** Posisi sel berisi teks persis (label). */
function posTeks(l: RencanaLembar, teks: string): { baris: number; kolom: number } {
  const s = [...selBeralamat(l)].find((x) => x.sel.nilai === teks);
  if (!s) throw new Error(`"${teks}" tidak ada di ${l.nama}`);
  return { baris: s.baris, kolom: s.kolom };
}

/** Pembangkit pseudo-acak kecil berbenih (mulberry32) untuk menyebar jawaban dengan jumlah tertentu. */
function acakBerbenih(benih: number): () => number {
  let a = benih >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * n skor dan bobot yang rata-rata tertimbangnya TEPAT M / skala di atas kertas. Skor = (M ± D) / skala
 * (desimal yang diketik pengguna), bobot = w (pasangan) atau 2w, w, w (kelompok bertiga bila n ganjil).
 */
function diBatas(
  n: number,
  M: number,
  skala: number,
  w: number[],
  D: number[],
  urut: number[],
): { skor: number[]; bobot: number[] } {
  const skor: number[] = [];
  const bobot: number[] = [];
  const g = Math.floor(n / 2);
  for (let i = 0; i < g; i++) {
    const bawah = (M - D[i]) / skala;
    const atas = (M + D[i]) / skala;
    if (n % 2 === 1 && i === 0) {
      skor.push(bawah, atas, atas);
      bobot.push(2 * w[i], w[i], w[i]);
    } else {
      skor.push(bawah, atas);
      bobot.push(w[i], w[i]);
    }
  }
  const idx = skor.map((_, i) => i).sort((a, b) => (urut[a] ?? 0) - (urut[b] ?? 0) || a - b);
  return { skor: idx.map((i) => skor[i]), bobot: idx.map((i) => bobot[i]) };
}

/** Pembangkit fast-check untuk diBatas: n, bobot acak (7 desimal, seperti Tabel 4.11–4.13), D dari daftar. */
function arbDiBatas(nMin: number, nMaks: number, pilihanD: number[], bobotMaks = 1000) {
  return fc.integer({ min: nMin, max: nMaks }).chain((n) =>
    fc.record({
      n: fc.constant(n),
      w: fc.array(
        fc.integer({ min: 1, max: bobotMaks * 1e7 }).map((x) => x / 1e7),
        { minLength: Math.floor(n / 2), maxLength: Math.floor(n / 2) },
      ),
      D: fc.array(fc.constantFrom(...pilihanD), { minLength: Math.floor(n / 2), maxLength: Math.floor(n / 2) }),
      urut: fc.array(fc.integer(), { minLength: n, maxLength: n }),
    }),
  );
}

const jumlah = (x: readonly number[]): number => x.reduce((s, v) => s + v, 0);

// ---------- aturan presisi ----------

describe("aturan presisi pita (core/pita.ts)", () => {
  test("9 desimal; setengah menjauhi nol; derau di batas hilang, selisih nyata 1e-8 tetap", () => {
    expect(DESIMAL_PITA).toBe(9);
    expect(bulatPita(700.0000000000003)).toBe(700);
    expect(bulatPita(599.9999999999998)).toBe(600);
    expect(bulatPita(1.5000000000000002)).toBe(1.5);
    expect(bulatPita(0.7999999999999999)).toBe(0.8);
    expect(bulatPita(700.00000001)).toBeGreaterThan(700);
    expect(bulatPita(-2.0000000005)).toBe(-2.000000001);
    expect(bulatPita(1e300)).toBe(1e300);
    expect(rumusBulatPita("B7")).toBe("ROUND(B7,9)");
  });

  test("bulatPita sama dengan ROUND(x,9) HyperFormula untuk angka acak dan angka dekat batas", () => {
    const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3", smartRounding: false });
    const id = hf.getSheetId(hf.addSheet("S")) as number;
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ min: -2000, max: 2000, noNaN: true }),
          fc.integer({ min: 0, max: 100000 }).map((k) => k / 100 + ((k % 3) - 1) * 1e-13),
        ),
        (x) => {
          hf.setCellContents({ sheet: id, row: 0, col: 0 }, [[x, `=${rumusBulatPita("A1")}`]]);
          expect(hf.getCellValue({ sheet: id, row: 0, col: 1 })).toBe(bulatPita(x) === 0 ? 0 : bulatPita(x));
        },
      ),
      { numRuns: 300 },
    );
  });
});

// ---------- regresi: cacat yang dilaporkan issue 11 ----------

describe("regresi issue 11: kategori di batas tercetak", () => {
  const bobotTipe = (t: TipeDinas) => indikatorTercetak(t).map((r) => r.bobot);

  test.each(TIPE_DINAS)(
    'LAN tipe %s: semua skor 7 → 700 → Cukup (seed: "600 - 700 : Cukup"); semua 6 → 600 → Cukup',
    (t) => {
      const b = bobotTipe(t);
      for (const k of [6, 7]) {
        const h = nilaiUnitLan(
          b.map(() => k),
          b,
          VARIABEL_TIAP_INDIKATOR,
        );
        expect(h.nilai1000).toBeCloseTo(k * 100, 9);
        expect(h.kategori).toBe("Cukup");
        // LAN.KATEGORI(LAN.NILAI(skor; bobot); SUM(bobot))
        expect(lanKategori(lanNilai([b.map(() => k)], [b]), jumlah(b))).toBe("Cukup");
      }
    },
  );

  test.each(TIPE_DINAS)("LAN tipe %s, pola lima variabel: semua skor 6 → 600 → Cukup", (t) => {
    const b = bobotTipe(t);
    const idx = b.map((_, i) => i).filter((i) => LIMA_VARIABEL_UTAMA[t].includes(VARIABEL_TIAP_INDIKATOR[i]));
    const b5 = idx.map((i) => b[i]);
    const h = nilaiUnitLan(
      b5.map(() => 6),
      b5,
      idx.map((i) => VARIABEL_TIAP_INDIKATOR[i]),
    );
    expect(h.kategori).toBe("Cukup");
    expect(lanKategori(lanNilai([b5.map(() => 6)], [b5]), jumlah(b5))).toBe("Cukup");
  });

  test.each([
    ["lengkap", "I", 7],
    ["lengkap", "III", 7],
    ["lima", "I", 6],
    ["lima", "II", 6],
  ] as [PolaLan, TipeDinas, number][])(
    "lembar LAN pola %s tipe %s, semua skor %d → Cukup (HyperFormula)",
    (pola, t, k) => {
      const r0 = rencanaLan({ tipe: t, pola, mode: "nilaiUnit", unit: ["U"] });
      const l0 = lembar(r0, namaLembarLan(t, "Nilai"));
      const kunci = [...selBeralamat(l0)]
        .filter((s) => s.sel.kunci?.startsWith("skor|"))
        .map((s) => s.sel.kunci as string);
      const r = isi(r0, Object.fromEntries(kunci.map((x) => [x, k])));
      const l = lembar(r, namaLembarLan(t, "Nilai"));
      const c = posKunci(l, "nama-unit|u=U").kolom + 1;
      const nilai = evaluasiRencana(r);
      expect(nilai(l.nama, alamat(posTeks(l, "Nilai skala 1000").baris, c))).toBeCloseTo(k * 100, 9);
      expect(nilai(l.nama, alamat(posTeks(l, "Kategori").baris, c))).toBe("Cukup");
    },
  );

  test("PEKPPP aspek 0, 1, 2, 5, 1, 2 → IPP 1,50 → E Sangat Buruk (tabel: 1,01–1,50 E): inti, fungsi, CLI, lembar", () => {
    const n = [0, 1, 2, 5, 1, 2];
    // 0,24·0 + 0,25·1 + 0,18·2 + 0,11·5 + 0,10·1 + 0,12·2 = 0,25 + 0,36 + 0,55 + 0,10 + 0,24 = 1,50
    expect(indeksPekppp(n)).toBeCloseTo(1.5, 12);
    expect(kategoriIpp(indeksPekppp(n)).huruf).toBe("E");
    const nilai30 = ASPEK_PEKPPP.flatMap((a, j) => a.indikator.map(() => n[j]));
    expect(hitungPekpppBawaan(nilai30).huruf).toBe("E");
    expect(pekpppKategori([[pekpppIndeks(nilai30.map((x) => [x]))]], "lengkap")).toEqual([["E Sangat Buruk"]]);
    const dir = mkdtempSync(join(tmpdir(), "pita-"));
    const csv = join(dir, "p.csv");
    writeFileSync(csv, "aspek,indikator,nilai\n" + ASPEK_PEKPPP.map((a, j) => `${a.nama},1,${n[j]}`).join("\n") + "\n");
    expect(JSON.parse(jalankanPekppp({ input: csv, json: true })).huruf).toBe("E");
    const r = isi(
      rencanaPekppp({}),
      Object.fromEntries(INDIKATOR_PEKPPP.map((ind, i) => [`nilai|indikator=${ind.no}`, nilai30[i]])),
    );
    const l = lembar(r, NAMA_LEMBAR_PEKPPP);
    expect(evaluasiRencana(r)(l.nama, kananLabelRencana(l, "Huruf"))).toBe("E");
  });

  test("BSC: realisasi 3,6 terhadap target 3 arah turun → capaian 0,8 → Kuning: inti, fungsi, CLI, lembar", () => {
    // (2 × 3 − 3,6) / 3 = 2,4 / 3 = 0,8 di atas kertas (titik mengambang: 0,7999999999999999)
    expect(capaian(3.6, 3, "turun")).toBeCloseTo(0.8, 12);
    expect(status(capaian(3.6, 3, "turun"))).toBe("Kuning");
    expect(bscStatus(bscCapaian([[3.6]], [[3]], [["turun"]]))).toEqual([["Kuning"]]);
    const dir = mkdtempSync(join(tmpdir(), "pita-"));
    const csv = join(dir, "b.csv");
    writeFileSync(csv, "perspektif,indikator,target,realisasi,arah\nPelanggan,Waktu tunggu,3,3.6,turun\n");
    const h = hitungBscDariCsv(csv);
    expect(h.perspektif[0].indikator[0].status).toBe("Kuning");
    expect(h.status).toBe("Kuning");
    const r = rencanaBsc({
      perspektif: [
        {
          nama: "Pelanggan",
          bobot: 1,
          indikator: [{ nama: "Waktu tunggu", arah: "turun", bobot: 1, target: 3, realisasi: 3.6 }],
        },
      ],
    });
    const l = r.lembar[0];
    const nilai = evaluasiRencana(r);
    const kStatus = posTeks(l, "Status").kolom;
    const bInd = posKunci(l, "target|p=1|i=1").baris;
    expect(nilai(l.nama, alamat(bInd, kStatus))).toBe("Kuning");
    expect(nilai(l.nama, alamat(posTeks(l, "Skor keseluruhan").baris, kStatus))).toBe("Kuning");
  });

  test("pegawai PP 46/2011: bobot 0,1/0,2/0,3/0,4 dan skor 60/80/70/80 → 75 → Cukup (tabel: 61–75 Cukup)", () => {
    // 0,1·60 + 0,2·80 + 0,3·70 + 0,4·80 = 6 + 16 + 21 + 32 = 75; jumlah bobot 1,0
    const s = [60, 80, 70, 80];
    const w = [0.1, 0.2, 0.3, 0.4];
    expect(nilaiPegawai(s, w)).toBeCloseTo(75, 12);
    expect(kategoriPegawai(nilaiPegawai(s, w))).toBe("Cukup");
    expect(pegawaiKategori(pegawaiNilai([s], [w]))).toEqual([["Cukup"]]);
  });

  test("SKM tetap konsisten: NRR 3,532 × 25 = 88,30 → B (2017: 76,61–88,30 B) di inti dan fungsi", () => {
    const nrr = new Array(9).fill(3.532);
    expect(nilaiSkm(indeksSkm(nrr))).toBeCloseTo(88.3, 12);
    expect(mutu(nilaiSkm(indeksSkm(nrr)))).toBe("B");
    expect(skmMutu(skmNilai([nrr]))).toBe("B");
  });
});

// ---------- sifat: setiap batas setiap tabel pita ----------

describe("sifat: jumlah yang di atas kertas tepat di batas masuk pita tercetak batas itu", () => {
  // LAN: skor 1–10, nilai skala 1000 = rata-rata tertimbang skor × 100
  const BATAS_LAN: [number, string, number[]][] = [
    [600, "Cukup", [0, 10, 20, 30, 40]],
    [700, "Cukup", [0, 10, 20, 30]],
    [850, "Baik", [5, 15]],
  ];

  test.each(BATAS_LAN)("LAN %d → %s: inti dan fungsi kustom", (batas, harapan, pilihanD) => {
    fc.assert(
      fc.property(arbDiBatas(2, 89, pilihanD), ({ n, w, D, urut }) => {
        const { skor, bobot } = diBatas(n, batas / 10, 10, w, D, urut);
        const h = nilaiUnitLan(
          skor,
          bobot,
          skor.map(() => 1),
        );
        expect(h.kategori).toBe(harapan);
        expect(kategoriLan(h.nilai1000)).toBe(harapan);
        expect(lanKategori(lanNilai([skor], [bobot]), jumlah(bobot))).toBe(harapan);
        expect(lanKategori(h.nilai1000)).toBe(harapan);
      }),
      { numRuns: 300 },
    );
  });

  test.each(BATAS_LAN)("LAN %d → %s: lembar nilaiUnit dihitung ulang HyperFormula", (batas, harapan, pilihanD) => {
    const r0 = rencanaLan({ tipe: "I", pola: "lengkap", mode: "nilaiUnit", unit: ["U"] });
    const l0 = lembar(r0, namaLembarLan("I", "Nilai"));
    const noInd = [...selBeralamat(l0)]
      .filter((s) => s.sel.kunci?.startsWith("bobot|i="))
      .map((s) => Number((s.sel.kunci as string).slice(8)));
    expect(noInd).toHaveLength(89);
    const c = posKunci(l0, "nama-unit|u=U").kolom + 1;
    fc.assert(
      fc.property(arbDiBatas(89, 89, pilihanD), ({ n, w, D, urut }) => {
        const { skor, bobot } = diBatas(n, batas / 10, 10, w, D, urut);
        const isian: Record<string, NilaiSel> = {};
        noInd.forEach((no, i) => {
          isian[`bobot|i=${no}`] = bobot[i];
          isian[`skor|i=${no}|u=U`] = skor[i];
        });
        const r = isi(r0, isian);
        const l = lembar(r, l0.nama);
        expect(evaluasiRencana(r)(l.nama, alamat(posTeks(l, "Kategori").baris, c))).toBe(harapan);
      }),
      { numRuns: 12 },
    );
  });

  // IPP: semua kombinasi nilai aspek bulat 0–5 yang di atas kertas (seperseratus) tepat di batas
  const HURUF_BATAS_IPP: Record<number, string> = {
    100: "F",
    150: "E",
    200: "D",
    250: "C-",
    300: "C",
    350: "B-",
    400: "B",
    450: "A-",
  };
  const W100 = [24, 25, 18, 11, 10, 12]; // bobot aspek tercetak × 100
  const kombinasiBatas: { n: number[]; huruf: string }[] = [];
  for (let k = 0; k < 6 ** 6; k++) {
    const n = Array.from({ length: 6 }, (_, j) => Math.floor(k / 6 ** j) % 6);
    const ipp100 = n.reduce((s, x, j) => s + W100[j] * x, 0);
    if (HURUF_BATAS_IPP[ipp100]) kombinasiBatas.push({ n, huruf: HURUF_BATAS_IPP[ipp100] });
  }

  test("IPP: setiap kombinasi nilai aspek bulat yang tepat di batas (inti, 30 indikator bawaan, fungsi kustom)", () => {
    expect(ASPEK_PEKPPP.map((a) => Math.round(a.bobot * 100))).toEqual(W100);
    expect(kombinasiBatas.length).toBeGreaterThan(900); // 924 dari 6⁶ kombinasi
    for (const { n, huruf } of kombinasiBatas) {
      expect(kategoriIpp(indeksPekppp(n)).huruf).toBe(huruf);
      const nilai30 = ASPEK_PEKPPP.flatMap((a, j) => a.indikator.map(() => n[j]));
      expect(hitungPekpppBawaan(nilai30).huruf).toBe(huruf);
      expect(pekpppKategori([[pekpppIndeks(nilai30.map((x) => [x]))]], "huruf")).toEqual([[huruf]]);
    }
  });

  test("IPP: lembar PEKPPP dihitung ulang HyperFormula (contoh acak dari kombinasi batas)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...kombinasiBatas), ({ n, huruf }) => {
        const nilai30 = ASPEK_PEKPPP.flatMap((a, j) => a.indikator.map(() => n[j]));
        const r = isi(
          rencanaPekppp({}),
          Object.fromEntries(INDIKATOR_PEKPPP.map((ind, i) => [`nilai|indikator=${ind.no}`, nilai30[i]])),
        );
        const l = lembar(r, NAMA_LEMBAR_PEKPPP);
        expect(evaluasiRencana(r)(l.nama, kananLabelRencana(l, "Huruf"))).toBe(huruf);
      }),
      { numRuns: 25 },
    );
  });

  // Pegawai: PP 46/2011 (skor 0–100, dua desimal) dan skala prestasi LAN (1–5, satu desimal)
  const BATAS_PEGAWAI: [SkalaPegawai, number, number, string, number[]][] = [
    ["pp46", 5000, 100, "Buruk", [0, 1, 250, 1234, 5000]],
    ["pp46", 6000, 100, "Kurang", [0, 1, 333, 4000]],
    ["pp46", 7500, 100, "Cukup", [0, 7, 1250, 2500]],
    ["pp46", 9000, 100, "Baik", [0, 3, 999, 1000]],
    ["lan", 15, 10, "Istimewa", [0, 1, 3, 5]],
    ["lan", 25, 10, "Sangat baik", [0, 5, 10, 15]],
    ["lan", 35, 10, "Normal", [0, 2, 5, 15]],
    ["lan", 45, 10, "Kurang memuaskan", [0, 1, 5]],
  ];

  test.each(BATAS_PEGAWAI)(
    "pegawai %s batas %d/%d → %s: inti, fungsi kustom, lembar",
    (skala, M, per, harapan, pilihanD) => {
      const r0 = rencanaPegawai({ pegawai: 1, skala });
      const l0 = lembar(r0, NAMA_LEMBAR_PEGAWAI);
      const pKat = { baris: posKunci(l0, "nama|pegawai=1").baris, kolom: posTeks(l0, "Kategori").kolom };
      let lembarDiuji = 0;
      fc.assert(
        fc.property(arbDiBatas(ASPEK_PEGAWAI.length, ASPEK_PEGAWAI.length, pilihanD, 100), ({ n, w, D, urut }) => {
          const { skor, bobot } = diBatas(n, M, per, w, D, urut);
          expect(kategoriPegawai(nilaiPegawai(skor, bobot, skala), skala)).toBe(harapan);
          expect(pegawaiKategori(pegawaiNilai([skor], [bobot], skala), skala)).toEqual([[harapan]]);
          if (lembarDiuji++ < 10) {
            const isian: Record<string, NilaiSel> = {};
            ASPEK_PEGAWAI.forEach((a, j) => {
              isian[`bobot|aspek=${a.kode}`] = bobot[j];
              isian[`skor|pegawai=1|aspek=${a.kode}`] = skor[j];
            });
            const r = isi(r0, isian);
            expect(evaluasiRencana(r)(NAMA_LEMBAR_PEGAWAI, alamat(pKat.baris, pKat.kolom))).toBe(harapan);
          }
        }),
        { numRuns: 100 },
      );
    },
  );

  // BSC: capaian tepat di ambang (naik: realisasi = e × target; turun: realisasi = (2 − e) × target) dan
  // skor tertimbang tepat di ambang
  const BATAS_BSC: [number, string][] = [
    [100, "Hijau"],
    [80, "Kuning"],
  ];

  test.each(BATAS_BSC)("BSC capaian %d%% → %s: inti, fungsi kustom, lembar", (e100, harapan) => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200000 }), fc.constantFrom("naik", "turun"), (b, arah) => {
        // target = b/20 (kelipatan 0,05), realisasi = (e atau 2 − e) × target, dua desimal di atas kertas
        const target = b / 20;
        const realisasi = ((arah === "naik" ? e100 : 200 - e100) * b) / 2000;
        expect(status(capaian(realisasi, target, arah))).toBe(harapan);
        expect(bscStatus(bscCapaian([[realisasi]], [[target]], [[arah]]))).toEqual([[harapan]]);
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(arbDiBatas(2, 12, [0, 1, 5, 13, 20, 40], 100), ({ n, w, D, urut }) => {
        const { skor: c, bobot } = diBatas(n, e100, 100, w, D, urut);
        expect(status(skorBsc(c, bobot))).toBe(harapan);
        expect(bscStatus([[bscScore([c], [bobot])]])).toEqual([[harapan]]);
        // lembar: satu perspektif, capaian = realisasi / target 100 (arah naik)
        const r = rencanaBsc({
          perspektif: [
            {
              nama: "P",
              bobot: 1,
              indikator: c.map((x, i) => ({
                nama: `K${i + 1}`,
                arah: "naik" as const,
                bobot: bobot[i],
                target: 100,
                realisasi: Math.round(x * 100 * 1e6) / 1e6,
              })),
            },
          ],
        });
        const l = r.lembar[0];
        const nilai = evaluasiRencana(r);
        const kStatus = posTeks(l, "Status").kolom;
        expect(nilai(l.nama, alamat(posKunci(l, "perspektif|p=1").baris, kStatus))).toBe(harapan);
        expect(nilai(l.nama, alamat(posTeks(l, "Skor keseluruhan").baris, kStatus))).toBe(harapan);
      }),
      { numRuns: 40 },
    );
  });

  // SKM: nilai = 25 × rata-rata NRR (penimbang tepat 1/n)
  const BATAS_SKM: [AturanSkm, number, string, number][] = [
    // [aturan, batas × 10⁴ pada skala NRR (batas nilai / 25), mutu tercetak, responden minimum agar n × m × R bulat]
    ["2017", 25996, "D", 2500], // 64,99 / 25 = 2,5996
    ["2017", 30640, "C", 125], // 76,60 / 25 = 3,064
    ["2017", 35320, "B", 250], // 88,30 / 25 = 3,532
    ["2004", 17500, "D", 2], // 43,75 / 25 = 1,75
    ["2004", 25000, "C", 2], // 62,50 / 25 = 2,5
    ["2004", 32500, "B", 2], // 81,25 / 25 = 3,25
  ];

  test("cakupan: setiap batas setiap tabel pita di src/frameworks diuji di atas (tabel baru harus ditambahkan ke uji ini)", () => {
    const urut = (x: number[]) => [...x].sort((a, b) => a - b);
    expect(
      urut(
        PITA_KATEGORI_LAN.flatMap((p) => [p.lebihDari, p.palingSedikit].filter((x): x is number => x !== undefined)),
      ),
    ).toEqual(urut(BATAS_LAN.map((b) => b[0])));
    expect(
      urut(KATEGORI_IPP.flatMap((k) => (k.lebihDari === undefined ? [] : [Math.round(k.lebihDari * 100)]))),
    ).toEqual(urut(Object.keys(HURUF_BATAS_IPP).map(Number)));
    expect(urut(PITA_PP46.flatMap((p) => (p.lebihDari === undefined ? [] : [p.lebihDari * 100])))).toEqual(
      urut(BATAS_PEGAWAI.filter((b) => b[0] === "pp46").map((b) => b[1])),
    );
    expect(urut(SKALA_PRESTASI_LAN.slice(0, -1).map((t) => t.nilai * 10 + 5))).toEqual(
      urut(BATAS_PEGAWAI.filter((b) => b[0] === "lan").map((b) => b[1])),
    );
    expect(urut([AMBANG_STATUS_BSC.hijau * 100, AMBANG_STATUS_BSC.kuning * 100])).toEqual(
      urut(BATAS_BSC.map((b) => b[0])),
    );
    for (const aturan of ["2017", "2004"] as const) {
      expect(urut(PITA_MUTU_SKM[aturan].slice(1).map((p) => Math.round((p.intervalNilai[1] / 25) * 1e4)))).toEqual(
        urut(BATAS_SKM.filter((b) => b[0] === aturan).map((b) => b[1])),
      );
    }
  });

  test.each(BATAS_SKM)("SKM %s NRR rata-rata %d/10⁴ → %s: inti dan fungsi kustom atas NRR", (aturan, M, harapan) => {
    const n = aturan === "2017" ? 9 : 14;
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: n, maxLength: n }),
        fc.array(fc.integer(), { minLength: n, maxLength: n }),
        (Dmentah, urut) => {
          // pasangan M − D, M + D (dalam 1–4) dan, bila n ganjil, satu unsur tepat M
          const nrr10k: number[] = [];
          for (let i = 0; i + 1 < n; i += 2) {
            const D = Math.min(Dmentah[i], M - 10000, 40000 - M);
            nrr10k.push(M - D, M + D);
          }
          if (n % 2 === 1) nrr10k.push(M);
          const nrr = nrr10k
            .map((x, i) => ({ x: x / 1e4, u: urut[i] }))
            .sort((a, b) => a.u - b.u)
            .map((o) => o.x);
          expect(mutu(nilaiSkm(indeksSkm(nrr, "tepat", aturan)), aturan)).toBe(harapan);
          expect(skmMutu(skmNilai([nrr], undefined, aturan), aturan)).toBe(harapan);
        },
      ),
      { numRuns: 300 },
    );
  });

  test.each(BATAS_SKM)(
    "SKM %s NRR rata-rata %d/10⁴ → %s: jawaban responden, inti, fungsi dan lembar",
    (aturan, M, harapan, R0) => {
      const n = aturan === "2017" ? 9 : 14;
      fc.assert(
        fc.property(fc.integer({ min: 1, max: R0 >= 1000 ? 1 : 3 }), fc.integer(), (f, benih) => {
          const R = R0 * f;
          // Σ jawaban = n × (M / 10⁴) × R, tersebar acak di n × R sel 1–4
          const total = (n * M * R) / 1e4;
          expect(Number.isInteger(total)).toBe(true);
          const jawaban = Array.from({ length: R }, () => new Array<number>(n).fill(1));
          let sisa = total - n * R;
          const acak = acakBerbenih(benih);
          while (sisa > 0) {
            const i = Math.floor(acak() * R);
            const j = Math.floor(acak() * n);
            if (jawaban[i][j] < 4) {
              jawaban[i][j]++;
              sisa--;
            }
          }
          expect(hitungSkm(jawaban, "tepat", aturan).mutu).toBe(harapan);
          expect(skmMutu(skmNilai(jawaban, undefined, aturan), aturan)).toBe(harapan);
          const r = rencanaSkm({ aturan, responden: R, jawaban });
          const l = lembar(r, namaLembarSkm(aturan, "Data"));
          expect(evaluasiRencana(r)(l.nama, kananLabelRencana(l, "Mutu pelayanan"))).toBe(harapan);
        }),
        { numRuns: R0 >= 1000 ? 1 : 3 },
      );
    },
  );
});
