/**
 * SKM.SIKLUS dan SKM.SIKLUSRINCI: hasil satu layanan × periode dari kolom lembar ekspor formulir.
 * - contoh issue 14 (29 responden, total unsur 105 … 115) dihitung tangan, disaring dari baris lain;
 * - satu jawaban di mana-mana: fixture formulir kecamatan (361 responden) per layanan × periode untuk
 *   setiap jenis periode dan konvensi = hitungSiklus (`kinerja skm --json`), dengan jawaban angka
 *   (dipetakan di uji ini dari urutan pilihan kuesioner) maupun teks, cap waktu seri maupun teks;
 * - lembar Hasil buku kerja demo yang dihitung HyperFormula = SKM.SIKLUSRINCI atas lembar Jawabannya;
 * - galat.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- meniru nilai campuran yang dikirim Excel */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { skmSiklus, skmSiklusRinci } from "../../src/functions/skm-siklus-inti";
import * as fungsiAsync from "../../src/functions/skm-siklus";
import { bacaWaktu, hitungSiklus, periodeDari, petaBawaan, type OpsiSiklus } from "../../src/core/skm-siklus";
import {
  UNSUR_FORMULIR_2017,
  type JenisPeriode,
  type KonvensiPenimbang,
  type PembulatanNrr,
} from "../../src/frameworks/skm-siklus";
import { rencanaDemoSkmSiklus } from "../../src/cli/demo";
import { selBeralamat } from "../../src/plans/rencana";
import { evaluasiRencana } from "../bantu/mesin-rumus";
import { kodeExcel } from "../bantu/galat";

const kode = kodeExcel;

/** Tanggal seri Excel (hari sejak 1899-12-30) dari tanggal dan jam UTC, dihitung di sini tanpa kode proyek. */
const seri = (th: number, bl: number, hr: number, j = 0, m = 0, d = 0): number =>
  Date.UTC(th, bl - 1, hr, j, m, d) / 86400000 + 25569;

describe("contoh issue 14: 29 responden, total unsur 105, 101, 100, 116, 102, 105, 106, 105, 115", () => {
  // total = 29 × 3 + banyak jawaban 4: 18, 14, 13, 29, 15, 18, 19, 18, 28 → kolom j berisi e_j kali 4, sisanya 3
  const TOTAL = [105, 101, 100, 116, 102, 105, 106, 105, 115];
  const J: any[][] = [];
  const L: any[][] = [];
  const W: any[][] = [];
  for (let i = 0; i < 29; i++) {
    J.push(TOTAL.map((t) => (i < t - 87 ? 4 : 3)));
    L.push([i % 2 ? "KTP" : " ktp  "]);
    W.push([seri(2026, 1 + (i % 6), 1 + i, 9)]); // Januari–Juni 2026 = 2026-S1
  }
  // pengganggu: layanan lain di S1, KTP di S2 dan tahun lalu (semuanya 1), dan baris kosong di bawah
  J.push([1, 1, 1, 1, 1, 1, 1, 1, 1], [1, 1, 1, 1, 1, 1, 1, 1, 1], [1, 1, 1, 1, 1, 1, 1, 1, 1]);
  L.push(["Akta"], ["KTP"], ["KTP"]);
  W.push([seri(2026, 3, 1)], [seri(2026, 7, 1)], [seri(2025, 6, 30)]);
  for (let i = 0; i < 5; i++) {
    J.push(new Array(9).fill(""));
    L.push([""]);
    W.push([""]);
  }
  const hitung = (p?: any, b?: any) => skmSiklus(J, L, W, "KTP", "2026-S1", p, b);

  test("1/9 → 91,48; 0,111 → 91,38; 0,11 → 90,56 (Σ NRR = 955/29)", () => {
    // 955/29 = 32,931034…; × 25/9 = 91,4751; × 0,111 × 25 = 91,3836; × 0,11 × 25 = 90,5603
    expect(hitung().toFixed(2)).toBe("91.48");
    expect(hitung()).toBeCloseTo(((955 / 29) * 25) / 9, 10);
    expect(hitung(0.111).toFixed(2)).toBe("91.38");
    expect(hitung("0,111")).toBeCloseTo((955 / 29) * 0.111 * 25, 10);
    expect(hitung("0.11").toFixed(2)).toBe("90.56");
    expect(hitung(0.11)).toBeCloseTo((955 / 29) * 0.11 * 25, 10);
  });

  test("NRR dibulatkan 2 desimal: 3,62 3,48 3,45 4,00 3,52 3,62 3,66 3,62 3,97 → Σ 32,94 × 25/9 = 91,5", () => {
    expect(hitung("tepat", 2)).toBeCloseTo(91.5, 10);
  });

  test("SKM.SIKLUSRINCI: responden, NRR, indeks, nilai, mutu, kinerja", () => {
    const [b] = skmSiklusRinci(J, L, W, "ktp", "2026-s1");
    expect(b[0]).toBe(29);
    TOTAL.forEach((t, j) => expect(b[1 + j]).toBeCloseTo(t / 29, 12));
    expect(b[10]).toBeCloseTo(955 / 29 / 9, 12);
    expect(b[11]).toBeCloseTo(((955 / 29) * 25) / 9, 10);
    expect(b.slice(12)).toEqual(["A", "Sangat Baik"]); // 91,48 > 88,30
  });

  test("saringan: tahun, triwulan, bulan, tanpa saringan; layanan lain", () => {
    // 2026 = 29 KTP S1 + 1 KTP S2 (semuanya 1): Σ tiap unsur + 1, 30 responden
    expect(skmSiklusRinci(J, L, W, "KTP", 2026)[0][0]).toBe(30);
    expect(skmSiklus(J, L, W, "KTP", "2026")).toBeCloseTo((((955 + 9) / 30) * 25) / 9, 10);
    // triwulan 1 = bulan 1–3: i % 6 ∈ {0, 1, 2} → 15 KTP; Maret 2026 = i % 6 = 2 → 5 KTP
    expect(skmSiklusRinci(J, L, W, "KTP", "2026-Q1")[0][0]).toBe(15);
    expect(skmSiklusRinci(J, L, W, "KTP", "2026-03")[0][0]).toBe(5);
    expect(skmSiklusRinci(J, L, W, "", "2026-03")[0][0]).toBe(6); // + Akta 1 Maret
    expect(skmSiklusRinci(J, L, W)[0][0]).toBe(32);
    expect(skmSiklusRinci(J, L, W, "  ", "")[0][0]).toBe(32); // saringan berisi spasi saja = kosong
    expect(skmSiklus(J, L, W, "Akta")).toBeCloseTo(25, 12);
    // kolom layanan/waktu tidak dipakai: semua baris berjawaban
    expect(skmSiklusRinci(J, null as any, [[""]])[0][0]).toBe(32);
  });

  test("jawaban teks kuesioner = padanan angkanya", () => {
    const teks = J.map((b) =>
      b.map((v: any, j: number) => (v === "" ? "" : ` ${UNSUR_FORMULIR_2017[j].opsi[v - 1].toUpperCase()} `)),
    );
    expect(skmSiklus(teks, L, W, "KTP", "2026-S1")).toBe(hitung());
  });

  test("galat", () => {
    expect(kode(() => skmSiklus(J, L, W, "KTP", "2027-S1"))).toBe("#DIV/0!");
    expect(kode(() => skmSiklus(J, L, W, "Paspor"))).toBe("#DIV/0!");
    expect(kode(() => skmSiklus(J, L.slice(1), W))).toBe("#VALUE!");
    expect(
      kode(() =>
        skmSiklus(
          J.map((b) => b.slice(1)),
          L,
          W,
        ),
      ),
    ).toBe("#VALUE!");
    expect(kode(() => skmSiklus(J, L, W, "KTP", "2026-S3"))).toBe("#VALUE!");
    expect(kode(() => skmSiklus(J, L, W, "KTP", seri(2026, 3, 1)))).toBe("#VALUE!");
    expect(kode(() => skmSiklus(J, null as any, W, "KTP"))).toBe("#VALUE!");
    expect(kode(() => skmSiklus(J, L, W, "", "", 0.2))).toBe("#N/A");
    expect(kode(() => skmSiklus(J, L, W, "", "", "", 4))).toBe("#N/A");
    expect(kode(() => skmSiklus(J, L, W, "", "", "", "", 2004))).toBe("#VALUE!"); // 9 kolom, 2004 memerlukan 14
    const ubah = (i: number, f: (b: { j: any[]; l: any[]; w: any[] }) => void) => {
      const b = { j: J.map((x) => [...x]), l: L.map((x) => [...x]), w: W.map((x) => [...x]) };
      f({ j: b.j[i], l: b.l[i], w: b.w[i] });
      return () => skmSiklus(b.j, b.l, b.w, "KTP", "2026-S1");
    };
    // baris terpilih (0) yang cacat menghentikan; baris layanan lain (29, Akta) tidak dibaca, seperti SUMIFS
    expect(kode(ubah(0, (b) => (b.j[0] = 5)))).toBe("#NUM!");
    expect(kode(ubah(0, (b) => (b.j[0] = 2.5)))).toBe("#NUM!");
    expect(kode(ubah(0, (b) => (b.j[0] = "Lumayan")))).toBe("#VALUE!");
    expect(kode(ubah(0, (b) => (b.w[0] = "31/02/2026")))).toBe("#VALUE!");
    expect(kode(ubah(0, (b) => b.j.fill("")))).toBe("#VALUE!");
    expect(ubah(29, (b) => (b.j[0] = 5))()).toBe(hitung());
    expect(ubah(29, (b) => (b.j[0] = "Lumayan"))()).toBe(hitung());
    // layanan kosong, atau cap waktu kosong/salah pada baris layanan ini (30: KTP 2026-S2), menghentikan:
    // kelompok baris berjawaban itu tidak dapat ditentukan
    expect(kode(ubah(29, (b) => (b.l[0] = " ")))).toBe("#VALUE!");
    expect(kode(ubah(30, (b) => (b.w[0] = "")))).toBe("#VALUE!");
    expect(kode(ubah(30, (b) => (b.w[0] = "31/02/2026")))).toBe("#VALUE!");
    expect(ubah(29, (b) => (b.w[0] = ""))()).toBe(hitung()); // Akta: tidak dibaca
    // satu unsur tanpa jawaban di kelompok itu
    expect(
      kode(() =>
        skmSiklus(
          J.map((b, i) => (i < 29 ? ["", ...b.slice(1)] : b)),
          L,
          W,
          "KTP",
          "2026-S1",
        ),
      ),
    ).toBe("#DIV/0!");
    // nilai di bawah 25: penimbang 0,11 dan semua jawaban 1 → 9 × 0,11 × 25 = 24,75
    expect(kode(() => skmSiklus(J, L, W, "Akta", "", 0.11))).toBe("#NUM!");
  });

  test("pembungkus async yang didaftarkan ke Excel (isi dimuat belakangan) = isi sinkron, hasil dan galat", async () => {
    expect(await fungsiAsync.skmSiklus(J, L, W, "KTP", "2026-S1")).toBeCloseTo(((955 / 29) * 25) / 9, 10);
    expect(await fungsiAsync.skmSiklus(J, L, W, "KTP", "2026-S1", 0.11)).toBe(hitung(0.11));
    expect(await fungsiAsync.skmSiklusRinci(J, L, W, "ktp", "2026-s1", "tepat", 2, 2017)).toEqual(
      skmSiklusRinci(J, L, W, "ktp", "2026-s1", "tepat", 2, 2017),
    );
    // galat: kode dan pesan sama dengan isi sinkron (penolakan Promise, bukan lemparan)
    const galatSinkron = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e;
      }
      throw new Error("tidak melempar");
    };
    for (const [a, kodeHarapan] of [
      [["KTP", "2027-S1"], "#DIV/0!"],
      [["Akta", "", 0.11], "#NUM!"],
      [["KTP", "2026-S3"], "#VALUE!"],
      [["", "", 0.2], "#N/A"],
    ] as [any[], string][]) {
      const g = galatSinkron(() => skmSiklus(J, L, W, ...a)) as { code: string; message: string };
      expect(g.code).toBe(kodeHarapan);
      await expect(fungsiAsync.skmSiklus(J, L, W, ...a)).rejects.toMatchObject({ code: g.code, message: g.message });
      await expect(fungsiAsync.skmSiklusRinci(J, L, W, ...a)).rejects.toMatchObject({
        code: g.code,
        message: g.message,
      });
    }
  });
});

describe("cap waktu seri di batas periode dibaca seperti inti (dibulatkan ke detik)", () => {
  test.each([
    ["30/06/2026 23:59:59,4", seri(2026, 6, 30, 23, 59, 59) + 0.4 / 86400],
    ["30/06/2026 23:59:59,6", seri(2026, 6, 30, 23, 59, 59) + 0.6 / 86400],
    ["01/07/2026 00:00:00", seri(2026, 7, 1)],
    ["31/12/2025 23:59:59", seri(2025, 12, 31, 23, 59, 59)],
  ])("%s", (_, s) => {
    const J = [[4, 4, 4, 4, 4, 4, 4, 4, 4]];
    for (const jenis of ["semester", "triwulan", "bulan", "tahun"] as JenisPeriode[]) {
      const inti = periodeDari(bacaWaktu(s), jenis).nama;
      expect(skmSiklusRinci(J, [["A"]], [[s]], "", inti)[0][0]).toBe(1);
    }
  });
});

// ---------- fixture formulir kecamatan = hitungSiklus ----------

const rekaman = parse(
  readFileSync(join(__dirname, "..", "fixtures", "skm-siklus", "formulir-kecamatan.csv"), "utf8"),
) as string[][];
const [JUDUL, ...BARIS] = rekaman;
/** Jawaban teks apa adanya (kolom 7–15 = unsur 1–9), dan angka dari posisi pilihan kuesioner (a → 1 … d → 4). */
const TEKS: any[][] = BARIS.map((b) => b.slice(6, 15));
const ANGKA: any[][] = TEKS.map((b) =>
  b.map((t: string, j: number) => (t === "" ? "" : UNSUR_FORMULIR_2017[j].opsi.indexOf(t) + 1)),
);
const LAYANAN: any[][] = BARIS.map((b) => [b[1]]);
const WAKTU_TEKS: any[][] = BARIS.map((b) => [b[0]]);
const WAKTU: any[][] = BARIS.map(([w]) => {
  const [h, bl, th, j, m, d] = w.split(/[/ :]/).map(Number);
  return [seri(th, bl, h, j, m, d)];
});

describe("fixture formulir kecamatan: SKM.SIKLUS = hitungSiklus per layanan × periode", () => {
  test("bentuk fixture", () => {
    expect(BARIS).toHaveLength(361);
    expect(ANGKA.flat().every((v) => v === "" || (v >= 1 && v <= 4))).toBe(true);
  });

  const konvensi: [KonvensiPenimbang, PembulatanNrr][] = [
    ["1/n", null],
    ["0.111", 2],
    ["0.11", 3],
  ];
  const kasus = (["semester", "triwulan", "bulan", "tahun"] as JenisPeriode[]).flatMap((p) =>
    konvensi.map(([w, b]) => [p, w, b] as const),
  );
  test.each(kasus)("periode %s, penimbang %s, NRR dibulatkan %s", (periode, penimbang, bulat) => {
    const opsi: OpsiSiklus = {
      aturan: "2017",
      kolomLayanan: "Jenis Layanan",
      kolomWaktu: "Cap waktu",
      periode,
      formatTanggal: "hbt",
      peta: petaBawaan("2017"),
      konvensi: { penimbang, pembulatanNrr: bulat },
      hasilUnit: "gabungan",
    };
    const h = hitungSiklus({ sumber: "f.csv", judul: JUDUL, baris: BARIS.map((sel, i) => ({ no: i + 2, sel })) }, opsi);
    const p = penimbang === "1/n" ? "tepat" : penimbang;
    let banyak = 0;
    for (const per of h.periode) {
      for (const [nama, g] of [...per.layanan.map((l) => [l.nama, l] as const), ["", per.unit] as const]) {
        const harapan = [g.responden, ...g.nrr, g.indeks, g.nilai, g.mutu, g.kinerja];
        expect(skmSiklusRinci(ANGKA, LAYANAN, WAKTU, nama, per.nama, p, bulat)).toEqual([harapan]);
        expect(skmSiklus(TEKS, LAYANAN, WAKTU_TEKS, nama.toUpperCase(), per.nama, p, bulat)).toBe(g.nilai);
        banyak++;
      }
    }
    expect(banyak).toBeGreaterThanOrEqual(h.periode.length * 4);
  });
});

describe("lembar Hasil buku kerja demo (HyperFormula) = SKM.SIKLUSRINCI atas lembar Jawaban", () => {
  test("setiap baris periode × layanan dan unit", () => {
    const rencana = rencanaDemoSkmSiklus();
    const nilai = evaluasiRencana(rencana);
    const lembar = (n: string) => rencana.lembar.find((l) => l.nama === n)!;
    // lembar Jawaban: kolom A cap waktu (seri), B layanan, G–O unsur 1–9; baris kosong di bawahnya ikut
    const jw = new Map<string, unknown>();
    for (const s of selBeralamat(lembar("SKM Jawaban")))
      if (s.baris > 0) jw.set(`${s.baris},${s.kolom}`, s.sel.nilai ?? "");
    const R = 361 + 20;
    const sel = (r: number, k: number) => (jw.get(`${r},${k}`) ?? "") as any;
    const J = Array.from({ length: R }, (_, i) => Array.from({ length: 9 }, (_, j) => sel(i + 1, 6 + j)));
    const L = Array.from({ length: R }, (_, i) => [sel(i + 1, 1)]);
    const W = Array.from({ length: R }, (_, i) => [sel(i + 1, 0)]);
    expect(W[0][0]).toEqual(expect.any(Number));
    // lembar Hasil: kolom A periode, B layanan; D responden, E–M NRR, N indeks, O nilai, P mutu, Q kinerja
    const label = new Map<number, string[]>();
    for (const s of selBeralamat(lembar("SKM Hasil"))) {
      if (s.baris < 10 || s.kolom > 1 || typeof s.sel.nilai !== "string") continue;
      label.set(s.baris, [...(label.get(s.baris) ?? []), s.sel.nilai]);
    }
    let diperiksa = 0;
    for (const [r, [periode, layanan]] of label) {
      const f = skmSiklusRinci(J, L, W, layanan === "Unit (semua layanan)" ? "" : layanan, periode)[0];
      const lembarHasil = ["D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q"].map((k) =>
        nilai("SKM Hasil", `${k}${r + 1}`),
      );
      expect(lembarHasil[0]).toBe(f[0]);
      for (let k = 1; k <= 11; k++) expect(lembarHasil[k] as number).toBeCloseTo(f[k], 9);
      expect(lembarHasil.slice(12)).toEqual(f.slice(12));
      diperiksa++;
    }
    expect(diperiksa).toBe(2 * 4); // 2 semester × (3 layanan + unit)
  });
});
