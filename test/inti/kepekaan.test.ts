/**
 * Kepekaan bobot (issue 15): selang tepat satu bobot sekali jalan, diperiksa dengan hitungan tangan dan
 * dengan uji paksa (brute force) pada kisi halus; sampel Dirichlet diperiksa dengan peluang yang
 * dihitung tangan (sebaran Beta) dan dengan selang tepat.
 */
import fc from "fast-check";
import {
  bulatUntukBatas,
  indeksKategori,
  PITA_KEPEKAAN,
  rentangBobot,
  sampelGamma,
  pembangkitAcak,
  stabilitasBobot,
  urutkan,
  type PitaKepekaan,
} from "../../src/core/kepekaan";
import { kategoriPegawai } from "../../src/core/pegawai";
import { kategoriLan } from "../../src/core/lan";
import { kategoriIpp } from "../../src/core/pekppp";
import { pitaMutu } from "../../src/core/skm";
import { jenisGalat } from "../bantu/galat";

const pp46 = PITA_KEPEKAAN.pp46;

describe("pita sama dengan kategori inti tiap metode", () => {
  test("nilai di dan di sekitar setiap tepi", () => {
    const nama = (p: PitaKepekaan, s: number): string => p.kategori[indeksKategori(p, s)].nama;
    for (const v of [0, 50, 50.01, 60, 60.5, 75, 75.01, 90, 90.0001, 100])
      expect(nama(pp46, v)).toBe(kategoriPegawai(v));
    for (const v of [0, 599.99, 600, 700, 700.01, 850, 850.0001, 1000])
      expect(nama(PITA_KEPEKAAN.lan, v)).toBe(kategoriLan(v));
    for (const v of [0, 1, 1.01, 3.5, 3.505, 4.5, 4.51, 5])
      expect(nama(PITA_KEPEKAAN.pekppp, v)).toBe(kategoriIpp(v).predikat);
    // SKM: kriteria 1–4, pita membaca × 25; 3,532 × 25 = 88,30 → B; 88,305/25 → A
    for (const [v, aturan, id] of [
      [3.532, "2017", "skm2017"],
      [88.305 / 25, "2017", "skm2017"],
      [64.99 / 25, "2017", "skm2017"],
      [3.25, "2004", "skm2004"],
      [3.2504, "2004", "skm2004"],
    ] as const) {
      const p = pitaMutu(v * 25, aturan);
      expect(nama(PITA_KEPEKAAN[id], v)).toBe(`${p.mutu} (${p.kinerja})`);
    }
  });
  test("aturan batas: dibulatkan 9 desimal sebelum dibandingkan", () => {
    expect(bulatUntukBatas(90.0000000004)).toBe(90);
    expect(pp46.kategori[indeksKategori(pp46, 90.0000000004)].nama).toBe("Baik");
    expect(pp46.kategori[indeksKategori(pp46, 90.000000001)].nama).toBe("Sangat baik");
  });
});

describe("hitungan tangan: tiga unit, dua kriteria, pita PP 46/2011, bobot 0,5 / 0,5", () => {
  // A (80, 95) → 87,5 Baik; B (70, 62) → 66 Cukup; C (92, 87) → 89,5 Baik. Urutan C, A, B.
  const nilai = [
    [80, 95],
    [70, 62],
    [92, 87],
  ];
  const h = rentangBobot({ nilai, bobot: [1, 1], pita: pp46 });
  test("skor, peringkat, kategori", () => {
    expect(h.unit.map((u) => u.skor)).toEqual([87.5, 66, 89.5]);
    expect(h.unit.map((u) => u.peringkat)).toEqual([2, 3, 1]);
    expect(h.unit.map((u) => u.kategori)).toEqual(["Baik", "Cukup", "Baik"]);
  });
  test("selang kategori per unit", () => {
    // bobot 1 = t: A = 95 − 15t ≤ 90 ⇔ t ≥ 1/3; B = 62 + 8t selalu Cukup; C = 87 + 5t ≤ 90 ⇔ t ≤ 0,6
    // bobot 2 = t: A = 80 + 15t ≤ 90 ⇔ t ≤ 2/3; C = 92 − 5t ≤ 90 ⇔ t ≥ 0,4
    const r = h.unit.map((u) => u.rentangKategori as [number, number][]);
    expect(r[0][0][0]).toBeCloseTo(1 / 3, 12);
    expect(r[0][0][1]).toBe(1);
    expect(r[1]).toEqual([
      [0, 1],
      [0, 1],
    ]);
    expect(r[2][0][0]).toBe(0);
    expect(r[2][0][1]).toBeCloseTo(0.6, 12);
    expect(r[0][1][0]).toBe(0);
    expect(r[0][1][1]).toBeCloseTo(2 / 3, 12);
    expect(r[2][1][0]).toBeCloseTo(0.4, 12);
  });
  test("rentangKategori dan rentangPeringkat tiap bobot", () => {
    // kategori: bobot 1 [1/3, 0,6]; bobot 2 [0,4, 2/3]
    expect(h.kriteria[0].rentangKategori![0]).toBeCloseTo(1 / 3, 12);
    expect(h.kriteria[0].rentangKategori![1]).toBeCloseTo(0.6, 12);
    expect(h.kriteria[1].rentangKategori![0]).toBeCloseTo(0.4, 12);
    expect(h.kriteria[1].rentangKategori![1]).toBeCloseTo(2 / 3, 12);
    // peringkat: C − A = −8 + 20t > 0 ⇔ t > 0,4 (bobot 1); 12 − 20t > 0 ⇔ t < 0,6 (bobot 2); A − B tak pernah berbalik
    expect(h.kriteria[0].rentangPeringkat[0]).toBeCloseTo(0.4, 12);
    expect(h.kriteria[0].rentangPeringkat[1]).toBe(1);
    expect(h.kriteria[1].rentangPeringkat[0]).toBe(0);
    expect(h.kriteria[1].rentangPeringkat[1]).toBeCloseTo(0.6, 12);
  });
  test("geseran terkecil per unit", () => {
    // A: bobot 1 turun ke 1/3 (geser 1/6) → Sangat baik; bobot 2 naik ke 2/3 juga 1/6: kriteria pertama dipakai
    const a = h.unit[0].geserTerkecil!;
    expect([a.kriteria, a.kategoriBaru]).toEqual([0, "Sangat baik"]);
    expect(a.nilai).toBeCloseTo(1 / 3, 12);
    expect(a.geser).toBeCloseTo(1 / 6, 12);
    expect(h.unit[1].geserTerkecil).toBeNull();
    const c = h.unit[2].geserTerkecil!;
    expect([c.kriteria, c.kategoriBaru]).toEqual([0, "Sangat baik"]);
    expect(c.geser).toBeCloseTo(0.1, 12);
  });
  test("tanpa pita: rentangKategori null, peringkat tetap dihitung", () => {
    const t = rentangBobot({ nilai, bobot: [0.5, 0.5] });
    expect(t.kriteria.map((k) => k.rentangKategori)).toEqual([null, null]);
    expect(t.unit[0].kategori).toBeNull();
    expect(t.kriteria[0].rentangPeringkat[0]).toBeCloseTo(0.4, 12);
  });
});

describe("hitungan tangan lain", () => {
  test("SKM 2017: NRR 1–4, pita membaca × 25", () => {
    // U1 = 3,6, U2 = 3,4, bobot sama: indeks 3,5 → nilai 87,5 → B (Baik). Bobot U1 = t: S = 3,4 + 0,2t;
    // A bila S × 25 > 88,30 ⇔ S > 3,532 ⇔ t > 0,66. Jadi rentang bobot U1 [0; 0,66], bobot U2 [0,34; 1].
    const h = rentangBobot({ nilai: [[3.6, 3.4]], bobot: [1, 1], pita: PITA_KEPEKAAN.skm2017 });
    expect(h.unit[0].kategori).toBe("B (Baik)");
    expect(h.kriteria[0].rentangKategori![1]).toBeCloseTo(0.66, 12);
    expect(h.kriteria[1].rentangKategori![0]).toBeCloseTo(0.34, 12);
    expect(h.unit[0].geserTerkecil!.kategoriBaru).toBe("A (Sangat Baik)");
    expect(h.unit[0].geserTerkecil!.geser).toBeCloseTo(0.16, 12);
  });
  test("bobot tunggal 1: sisa dibagi rata di antara kriteria lain", () => {
    // skor (80, 60, 100), bobot (1, 0, 0): S = 80 Baik. Bobot 1: sisa = rata-rata (60, 100) = 80 → tetap [0, 1].
    // Bobot 2 = t (0 sekarang): S = 80 − 20t > 75 ⇔ t < 0,25. Bobot 3: S = 80 + 20t ≤ 90 ⇔ t ≤ 0,5.
    const h = rentangBobot({ nilai: [[80, 60, 100]], bobot: [1, 0, 0], pita: pp46 });
    expect(h.unit[0].rentangKategori).toEqual([
      [0, 1],
      [0, 0.25],
      [0, 0.5],
    ]);
    expect(h.unit[0].geserTerkecil).toEqual({ kriteria: 1, nilai: 0.25, geser: 0.25, kategoriBaru: "Cukup" });
  });
});

describe("masukan buruk", () => {
  test("galat jelas", () => {
    expect(jenisGalat(() => rentangBobot({ nilai: [[1, 2]], bobot: [1] }))).toBe("NILAI");
    expect(jenisGalat(() => rentangBobot({ nilai: [[1, 2]], bobot: [0, 0] }))).toBe("BAGI0");
    expect(jenisGalat(() => rentangBobot({ nilai: [[1, 2]], bobot: [1, -1] }))).toBe("ANGKA");
    expect(jenisGalat(() => rentangBobot({ nilai: [[1, 2, 3]], bobot: [1, 1] }))).toBe("NILAI");
    expect(jenisGalat(() => rentangBobot({ nilai: [[101, 2]], bobot: [1, 1], pita: pp46 }))).toBe("ANGKA");
    expect(jenisGalat(() => rentangBobot({ nilai: [], bobot: [1, 1] }))).toBe("NA");
    expect(jenisGalat(() => stabilitasBobot({ nilai: [[1, 2]], bobot: [1, 1] }, { sampel: 0 }))).toBe("ANGKA");
    expect(jenisGalat(() => stabilitasBobot({ nilai: [[1, 2]], bobot: [1, 1] }, { konsentrasi: 0 }))).toBe("ANGKA");
  });
});

// ---------- uji paksa pada kisi ----------

/** Bobot bila bobot k diganti t dan yang lain diskalakan (1 − t)/(1 − w_k). */
function bobotDi(w: readonly number[], k: number, t: number): number[] {
  return w.map((v, j) => (j === k ? t : (v * (1 - t)) / (1 - w[k])));
}
function skorDi(x: readonly (readonly number[])[], w: readonly number[]): number[] {
  return x.map((r) => r.reduce((s, v, j) => s + v * w[j], 0));
}

const KISI = 2000;
const EPS = 1e-6;

const kasusAcak = fc
  .record({
    n: fc.integer({ min: 1, max: 6 }),
    m: fc.integer({ min: 2, max: 5 }),
    pita: fc.constantFrom("pp46", "lan"),
    seed: fc.integer(),
  })
  .chain(({ n, m, pita, seed }) =>
    fc.record({
      pita: fc.constant(pita as "pp46" | "lan"),
      seed: fc.constant(seed),
      // skor bilangan bulat (lan: kelipatan 10) agar kemiringan tidak mendekati nol secara kebetulan
      nilai: fc.array(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: m, maxLength: m }), {
        minLength: n,
        maxLength: n,
      }),
      bobot: fc
        .array(fc.integer({ min: 0, max: 10 }), { minLength: m, maxLength: m })
        .filter((b) => b.filter((v) => v > 0).length >= 2),
    }),
  );

describe("selang tepat = uji paksa pada kisi 1/2000 (fast-check)", () => {
  test("rentangPeringkat, rentangKategori, selang per unit dan geseran terkecil", () => {
    fc.assert(
      fc.property(kasusAcak, ({ pita: id, nilai: n0, bobot }) => {
        const pita = PITA_KEPEKAAN[id];
        const nilai = id === "lan" ? n0.map((r) => r.map((v) => v * 10)) : n0;
        const h = rentangBobot({ nilai, bobot, pita });
        const w = h.bobot;
        const kat0 = h.unit.map((u) => indeksKategori(pita, u.skor));
        const urut0 = urutkan(h.unit.map((u) => u.skor)).join(",");
        const terdekat = nilai.map(() => Infinity);
        for (let k = 0; k < w.length; k++) {
          const { rentangPeringkat: rp, rentangKategori: rk } = h.kriteria[k];
          for (let g = 0; g <= KISI; g++) {
            const t = g / KISI;
            const S = skorDi(nilai, bobotDi(w, k, t));
            const kat = S.map((s) => indeksKategori(pita, s));
            const samaUrut = urutkan(S).join(",") === urut0;
            const di = (r: readonly number[]): boolean => t > r[0] + EPS && t < r[1] - EPS;
            const luar = (r: readonly number[]): boolean => t < r[0] - EPS || t > r[1] + EPS;
            if (di(rp) && !samaUrut) return false;
            if (luar(rp) && samaUrut) return false;
            const samaKat = kat.every((c, i) => c === kat0[i]);
            if (di(rk!) && !samaKat) return false;
            if (luar(rk!) && samaKat) return false;
            for (let i = 0; i < nilai.length; i++) {
              const ri = h.unit[i].rentangKategori![k];
              if (di(ri) && kat[i] !== kat0[i]) return false;
              if (luar(ri) && kat[i] === kat0[i]) return false;
              if (kat[i] !== kat0[i]) terdekat[i] = Math.min(terdekat[i], Math.abs(t - w[k]));
            }
          }
        }
        // geseran terkecil: sama dengan titik kisi terdekat yang mengubah kategori (selisih ≤ satu langkah kisi)
        return h.unit.every((u, i) =>
          u.geserTerkecil === null
            ? terdekat[i] === Infinity
            : Math.abs(terdekat[i] - u.geserTerkecil.geser) <= 1 / KISI + EPS,
        );
      }),
      { numRuns: 100, seed: 15 },
    );
  });
  test("kategori baru geseran terkecil = kategori tepat di luar titik itu", () => {
    fc.assert(
      fc.property(kasusAcak, ({ pita: id, nilai, bobot }) => {
        const pita = PITA_KEPEKAAN[id === "lan" ? "pp46" : id];
        const h = rentangBobot({ nilai, bobot, pita });
        return h.unit.every((u) => {
          const g = u.geserTerkecil;
          if (!g || g.geser < 1e-4) return true;
          const w0 = h.bobot[g.kriteria];
          const t = g.nilai + Math.sign(g.nilai - w0) * 1e-6;
          const s = skorDi([nilai[h.unit.indexOf(u)]], bobotDi(h.bobot, g.kriteria, t))[0];
          return pita.kategori[indeksKategori(pita, s)].nama === g.kategoriBaru;
        });
      }),
      { numRuns: 150, seed: 151 },
    );
  });
});

// ---------- sampel Dirichlet ----------

describe("sampel Dirichlet", () => {
  test("gamma Marsaglia–Tsang: rerata α dan ragam α (α < 1 dan ≥ 1)", () => {
    for (const alfa of [0.3, 1, 5, 50]) {
      const u = pembangkitAcak(7);
      const N = 200000;
      let s = 0;
      let s2 = 0;
      for (let i = 0; i < N; i++) {
        const g = sampelGamma(alfa, u);
        s += g;
        s2 += g * g;
      }
      const rerata = s / N;
      const ragam = s2 / N - rerata * rerata;
      // galat baku rerata = √(α/N); ragam relatif ±5 %
      expect(Math.abs(rerata - alfa)).toBeLessThan(5 * Math.sqrt(alfa / N));
      expect(Math.abs(ragam / alfa - 1)).toBeLessThan(0.05);
    }
  });
  test("benih sama → hasil sama persis; benih lain → berbeda", () => {
    const m = {
      nilai: [
        [100, 0],
        [0, 100],
        [40, 40],
      ],
      bobot: [1, 1],
      pita: pp46,
    };
    expect(stabilitasBobot(m, { sampel: 2000 })).toEqual(stabilitasBobot(m, { sampel: 2000, benih: 1 }));
    expect(stabilitasBobot(m, { sampel: 2000, benih: 2 }).peluangPeringkat).not.toEqual(
      stabilitasBobot(m, { sampel: 2000 }).peluangPeringkat,
    );
  });
  test("peluang dihitung tangan: C = 2 memberi w1 ~ Beta(1,1) (seragam), C = 1 memberi Beta(½,½)", () => {
    // A (100, 0): S = 100·w1. PP 46: Sangat baik w1 > 0,9; Baik 0,75–0,9; Cukup 0,6–0,75; Kurang 0,5–0,6; Buruk ≤ 0,5.
    // B (0, 100): S = 100·(1 − w1). C (40, 40): S = 40 selalu (Buruk).
    const m = {
      nilai: [
        [100, 0],
        [0, 100],
        [40, 40],
      ],
      bobot: [1, 1],
      pita: pp46,
    };
    const N = 100000;
    const h = stabilitasBobot(m, { sampel: N, konsentrasi: 2, benih: 3 });
    const tol = 0.006; // > 3 galat baku √(0,25/100000) ≈ 0,0016
    const a = h.peluangKategori![0];
    expect(Math.abs(a["Sangat baik"] - 0.1)).toBeLessThan(tol);
    expect(Math.abs(a["Baik"] - 0.15)).toBeLessThan(tol);
    expect(Math.abs(a["Cukup"] - 0.15)).toBeLessThan(tol);
    expect(Math.abs(a["Kurang"] - 0.1)).toBeLessThan(tol);
    expect(Math.abs(a["Buruk"] - 0.5)).toBeLessThan(tol);
    expect(h.peluangKategori![2]).toEqual({ "Sangat baik": 0, Baik: 0, Cukup: 0, Kurang: 0, Buruk: 1 });
    // peringkat A: 1 bila w1 > 0,5 (0,5); 2 bila 0,4 ≤ w1 ≤ 0,5 (0,1); 3 bila w1 < 0,4 (0,4).
    // C: peringkat 3 bila 0,4 ≤ w1 ≤ 0,6 (A dan B ≥ 40; 0,2), selain itu 2 (0,8) → median 2, selang 90 % [2, 3].
    expect(Math.abs(h.peluangPeringkat[0][0] - 0.5)).toBeLessThan(tol);
    expect(Math.abs(h.peluangPeringkat[0][1] - 0.1)).toBeLessThan(tol);
    expect(Math.abs(h.peluangPeringkat[0][2] - 0.4)).toBeLessThan(tol);
    expect(Math.abs(h.peluangPeringkat[2][1] - 0.8)).toBeLessThan(tol);
    expect(h.peringkatMedian[2]).toBe(2);
    expect(h.peringkatInterval90[2]).toEqual([2, 3]);
    expect(h.peringkatInterval90[0]).toEqual([1, 3]);
    // Beta(½,½): P(w1 > 0,9) = 1 − (2/π)·asin(√0,9) = 0,204833…
    const s = stabilitasBobot(m, { sampel: N, konsentrasi: 1, benih: 4 });
    expect(
      Math.abs(s.peluangKategori![0]["Sangat baik"] - (1 - (2 / Math.PI) * Math.asin(Math.sqrt(0.9)))),
    ).toBeLessThan(tol);
  });
  test("selang tepat [0,1] untuk semua bobot → peluang 1 (kategori dan peringkat), fast-check", () => {
    fc.assert(
      fc.property(kasusAcak, fc.double({ min: 0.5, max: 200, noNaN: true }), ({ pita: id, nilai, bobot, seed }, C) => {
        const pita = PITA_KEPEKAAN.pp46;
        void id;
        const h = rentangBobot({ nilai, bobot, pita });
        const s = stabilitasBobot({ nilai, bobot, pita }, { sampel: 300, konsentrasi: C, benih: seed });
        // "seluruh rentang" = selang [0, 1] dan ujungnya sendiri (t = 0, t = 1) belum berubah
        const penuh = (r: readonly number[]): boolean => r[0] === 0 && r[1] === 1;
        const ujung = h.bobot.flatMap((_, k) => [0, 1].map((t) => skorDi(nilai, bobotDi(h.bobot, k, t))));
        const peringkatTetap =
          h.kriteria.every((k) => penuh(k.rentangPeringkat)) &&
          ujung.every((S) => urutkan(S).join() === urutkan(h.unit.map((u) => u.skor)).join());
        return h.unit.every((u, i) => {
          const kategoriTetap =
            u.rentangKategori!.every(penuh) &&
            ujung.every((S) => pita.kategori[indeksKategori(pita, S[i])].nama === u.kategori);
          const katOk = !kategoriTetap || s.peluangKategori![i][u.kategori!] === 1;
          const perOk =
            !peringkatTetap || (s.peluangPeringkat[i][u.peringkat - 1] === 1 && s.peringkatMedian[i] === u.peringkat);
          return katOk && perOk;
        });
      }),
      { numRuns: 200, seed: 152 },
    );
  });
  test("konsentrasi sangat besar → kategori dan peringkat saat ini (unit jauh dari tepi)", () => {
    const m = {
      nilai: [
        [80, 95],
        [70, 62],
        [92, 87],
      ],
      bobot: [1, 1],
      pita: pp46,
    };
    const s = stabilitasBobot(m, { sampel: 2000, konsentrasi: 1e6 });
    expect(s.peluangKategori!.map((p, i) => p[["Baik", "Cukup", "Baik"][i]])).toEqual([1, 1, 1]);
    expect(s.peringkatMedian).toEqual([2, 3, 1]);
  });
});
