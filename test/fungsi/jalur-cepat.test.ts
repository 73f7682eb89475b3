/**
 * Jalur cepat fungsi kustom (issue 17, 24): kernel satu lintasan atas argumen Excel mentah
 * (src/functions/cepat.ts "…Rentang", jalur cepat "…Cepat" di samping fungsinya), dan `cepatAtau` yang
 * menjalankan jalur lengkap bila jalur cepat menolak.
 * Harapan kernel dihitung tangan di sini; kesetaraan dengan jalur lengkap diuji dengan masukan acak
 * (sah dan tidak sah): bila jalur cepat memberi hasil, jalur lengkap memberi hasil yang SAMA PERSIS; bila
 * jalur lengkap menggagalkan masukan, jalur cepat tidak boleh memberi hasil.
 */
import fc from "fast-check";
import { jumlahPerKolom } from "../../src/core/matriks";
import {
  berisi,
  jumlahKaliRentang,
  jumlahPerLabel,
  jumlahRentang,
  nilaiBarisRentang,
  petaRentang,
  terkecilBerlabel,
} from "../../src/functions/cepat";
import { nilaiTabelPegawai } from "../../src/core/pegawai";
import { nilaiTabelCepat } from "../../src/functions/pegawai";
import { peringkatTeratas, urutanPeringkat, nilaiInstrumenMatriks } from "../../src/core/lan";
import { nilaiInstrumenCepat } from "../../src/functions/lan";
import { skorMatriks } from "../../src/core/bsc";
import { skorCepat } from "../../src/functions/bsc";
import { persenSendiMatriks, sendiTerlemah, totalSendiMatriks } from "../../src/core/sendi";
import { persenSendiCepat, sendiTerlemahCepat, totalSendiCepat } from "../../src/functions/sendi";
import { hitungPekpppKolom } from "../../src/core/pekppp";
import { hitungPekpppCepat } from "../../src/functions/pekppp";
import { angkaPerIndikator } from "../../src/core/lan-pola";
import { angkaIndikatorCepat } from "../../src/functions/lan-pola";
import { pembacaPredikat2022, predikatKinerja2022 } from "../../src/core/pegawai-2022";
import {
  cepatAtau,
  daftarAngka,
  daftarLabel,
  keRentang,
  kolom,
  matriksAngka,
  perSel,
  perSelLengkap,
  type Sel,
} from "../../src/functions/excel";
import { galatAngka } from "../../src/core/errors";
import { bscScore } from "../../src/functions/bsc";
import { galatExcel } from "../../src/functions/excel";
import { sendiTerlemah as sendiTerlemahFungsi, sendiTotal } from "../../src/functions/sendi";
import { pekpppIndeks, pekpppKategori, PITA_IPP } from "../../src/functions/pekppp";
import {
  kinerjaCapaian,
  kinerjaKetepatan,
  kinerjaPenyelesaian,
  kinerjaProduktivitas,
} from "../../src/functions/layanan";
import { bscCapaian, bscStatus } from "../../src/functions/bsc";
import { lanBobotLima, lanKategoriIndikator, lanPrestasi, PITA_LAN, PITA_PRESTASI } from "../../src/functions/lan-pola";
import { mutuGap } from "../../src/functions/mutu";
import { servqualDimensi, servqualGap, servqualTertimbang } from "../../src/functions/servqual";
import { RASIO, pitaRentang, rasioRentang, rataKolomRentang, teratasRentang } from "../../src/functions/cepat";
import { angkaOpsional, bentukSeperti, jalankan, kosong, teksOpsional, tidakDiisi } from "../../src/functions/excel";
import { SKALA_NILAI_LAN_MAKS } from "../../src/frameworks/lan1998";
import * as layanan from "../../src/core/layanan";
import * as bsc from "../../src/core/bsc";
import { kategoriIpp } from "../../src/core/pekppp";
import { bobotLimaSebentuk, keteranganPrestasi } from "../../src/core/lan-pola";
import { gapPerButirMatriks, gapPerDimensiDariGap } from "../../src/core/mutu";
import { bobotDariResponden, hitungServqualMatriks } from "../../src/core/servqual";

/** Pesan dan kode galat sebuah pemanggilan, atau hasilnya. */
function jalan(f: () => unknown): { hasil?: unknown; galat?: string } {
  try {
    return { hasil: f() };
  } catch (e) {
    const g = e as Error & { code?: string; jenis?: string };
    return { galat: `${g.code ?? g.jenis}: ${g.message}` };
  }
}

describe("kernel satu lintasan (hitungan tangan)", () => {
  test("jumlahRentang: 1 + 2 + 3 + 4 = 10; NaN bila bentuk atau sel tidak biasa", () => {
    expect(
      jumlahRentang(
        [
          [1, 2],
          [3, 4],
        ],
        1,
        5,
      ),
    ).toBe(10);
    expect(jumlahRentang([[-2.5], [1e6]], -Infinity, Infinity)).toBe(999997.5);
    for (const x of [
      [[1], [2, 3]],
      [[1], "x"],
      [1, 2],
      [],
      [[]],
      7,
      [[1], [""]],
      [[1], [6]],
      [[1], [Infinity]],
      [[NaN]],
    ]) {
      expect(jumlahRentang(x, -1e300, 5)).toBeNaN();
    }
  });

  test("jumlahKaliRentang: 2×1 + 4×3 = 14, Σb = 4; berskala 10: 0,2×1 + 0,4×3 = 1,4", () => {
    expect(jumlahKaliRentang([[2], [4]], [[1], [3]], 0, -Infinity, Infinity)).toEqual({ jumlahKali: 14, jumlahB: 4 });
    const j = jumlahKaliRentang([[2, 4]], [[1, 3]], 10, 1, 10);
    expect(j?.jumlahKali).toBeCloseTo(1.4, 15);
    expect(j?.jumlahB).toBe(4);
    expect(jumlahKaliRentang([[2], [4]], [[1, 3]], 0, -Infinity, Infinity)).toBeUndefined(); // bentuk lain
    expect(jumlahKaliRentang([[2], [4]], [[1], [-3]], 0, -Infinity, Infinity)).toBeUndefined(); // bobot negatif
    expect(jumlahKaliRentang([[2], [11]], [[1], [3]], 10, 1, 10)).toBeUndefined(); // di luar skala
    expect(jumlahKaliRentang([[2], [""]], [[1], [3]], 0, -Infinity, Infinity)).toBeUndefined();
  });

  test("jumlahPerLabel: a = 1 + 4, b = 2; kelompok dicari sekali per label berbeda", () => {
    const dicari: string[] = [];
    const kelompok = (t: string): number => {
      dicari.push(t);
      return t === "a" ? 0 : t === "b" ? 1 : -1;
    };
    const j = jumlahPerLabel([[1], [2], [4], [0]], [["a"], ["b"], ["a"], ["b"]], 0, 5, kelompok, 2);
    expect(j && Array.from(j.jumlah)).toEqual([5, 2]);
    expect(j && Array.from(j.banyak)).toEqual([2, 2]);
    expect(dicari).toEqual(["a", "b"]);
    expect(jumlahPerLabel([[1], [2]], [["a"], ["c"]], 0, 5, kelompok, 2)).toBeUndefined(); // label tidak dikenal
    expect(jumlahPerLabel([[1], [2]], [["a"], [3]], 0, 5, kelompok, 2)).toBeUndefined(); // label bukan teks
    expect(jumlahPerLabel([[1], [6]], [["a"], ["b"]], 0, 5, kelompok, 2)).toBeUndefined(); // nilai di luar skala
  });

  test("terkecilBerlabel: skor terkecil 1 di sel ke-2 dan ke-3 → label di-trim, urut baris", () => {
    expect(
      terkecilBerlabel(
        [
          [3, 1],
          [1, 2],
        ],
        [
          [" A", "B "],
          ["\u00a0C", "D"],
        ],
        1,
        5,
      ),
    ).toEqual(["B", "C"]);
    expect(terkecilBerlabel([[2]], [["Satu"]], 1, 5)).toEqual(["Satu"]);
    expect(terkecilBerlabel([[3, 1]], [["A", "  "]], 1, 5)).toBeUndefined(); // label kosong setelah trim
    expect(terkecilBerlabel([[3, 1]], [["A", ""]], 1, 5)).toBeUndefined();
    expect(terkecilBerlabel([[3, 0]], [["A", "B"]], 1, 5)).toBeUndefined(); // di luar skala
    // kolom tunggal: 2, 2, lalu 1 (ke-3) mengosongkan calon, 3 dilewati, 1 lagi (ke-5) → C dan E
    expect(terkecilBerlabel([[2], [2], [1], [3], [1]], [["A"], ["B"], ["C"], ["D"], [" E\t"]], 1, 5)).toEqual([
      "C",
      "E",
    ]);
    expect(terkecilBerlabel([[2], [1]], [["A"], ["\u00a0"]], 1, 5)).toBeUndefined(); // spasi tak putus saja = kosong
  });

  test('berisi(t) = (t.trim() !== "") untuk teks apa pun (ASCII, spasi Unicode, kosong)', () => {
    const huruf = fc.constantFrom(
      ..." \t\n\r\u000b\f\u00a0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\u200baZ~!é\u0000\u001f\u007f",
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(huruf, { maxLength: 6 }).map((a) => a.join("")),
        ),
        (t) => {
          expect(berisi(t)).toBe(t.trim() !== "");
        },
      ),
      { numRuns: 1000 },
    );
    expect(berisi("")).toBe(false);
    expect(berisi("\u3000")).toBe(false);
    expect(berisi("\u00e9")).toBe(true);
  });

  test("petaRentang: bentuk sama, f per sel; undefined bila ada sel yang tidak biasa", () => {
    expect(
      petaRentang(
        [
          [1, 2],
          [3, 4],
        ],
        1,
        4,
        (v) => v * 2,
      ),
    ).toEqual([
      [2, 4],
      [6, 8],
    ]);
    expect(
      petaRentang(
        [
          [1, 2],
          [3, 5],
        ],
        1,
        4,
        (v) => v * 2,
      ),
    ).toBeUndefined();
    expect(petaRentang([[1, 2], [3]], 1, 4, (v) => v * 2)).toBeUndefined();
  });

  test("nilaiBarisRentang: rata-rata (1+2+3)/3 = 2, (4+5+6)/3 = 5; bobot 1:1:2 → (1+2+6)/4 = 2,25, (4+5+12)/4 = 5,25", () => {
    expect(
      nilaiBarisRentang(
        [
          [1, 2, 3],
          [4, 5, 6],
        ],
        0,
        100,
        null,
        0,
      ),
    ).toEqual([[2], [5]]);
    expect(
      nilaiBarisRentang(
        [
          [1, 2, 3],
          [4, 5, 6],
        ],
        0,
        100,
        [1, 1, 2],
        4,
      ),
    ).toEqual([[2.25], [5.25]]);
    expect(
      nilaiBarisRentang(
        [
          [1, 2, 3],
          [4, 5, 101],
        ],
        0,
        100,
        null,
        0,
      ),
    ).toBeUndefined();
    expect(nilaiBarisRentang([[1, 2, 3]], 0, 100, [1, 1], 2)).toBeUndefined(); // bobot tidak sepanjang kolom
  });

  test("jumlahPerKolom: sel kosong dilewati, banyak = jawaban yang ada (kolom 1: 1 + 3 dari 2, kolom 2: 4 + 2 dari 2)", () => {
    const j = jumlahPerKolom(
      [
        [1, ""],
        [3, 4],
        [null, 2],
      ],
      "jawaban",
    );
    expect(Array.from(j.jumlah)).toEqual([4, 6]);
    expect(Array.from(j.banyak)).toEqual([2, 2]);
  });

  test("peringkatTeratas = urutanPeringkat().slice: 9 (ke-2), 9 (ke-3), 7 (ke-5)", () => {
    expect(peringkatTeratas([5, 9, 9, 1, 7], 3)).toEqual([1, 2, 4]);
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 40 }),
        (x, k) => {
          const banyak = Math.min(k, x.length);
          expect(peringkatTeratas(x, banyak)).toEqual(urutanPeringkat(x).slice(0, banyak));
        },
      ),
    );
  });
});

// ---------- jalur cepat = jalur lengkap ----------

/** Isi sel: kebanyakan skor 1–5, kadang pecahan, di luar skala, atau kosong/teks/boolean/tak terhingga. */
const sel = fc.oneof(
  { weight: 20, arbitrary: fc.integer({ min: 1, max: 5 }) },
  { weight: 3, arbitrary: fc.double({ min: -2, max: 7, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>("", null, "x", true, Infinity, NaN, -1, 0, 6, 1e308) },
);
/** Rentang r × k (kadang tidak persegi atau satu dimensi). */
const rentang = (isi: fc.Arbitrary<unknown> = sel) =>
  fc.oneof(
    {
      weight: 6,
      arbitrary: fc
        .integer({ min: 1, max: 4 })
        .chain((k) => fc.array(fc.array(isi, { minLength: k, maxLength: k }), { minLength: 1, maxLength: 5 })),
    },
    { weight: 1, arbitrary: fc.array(fc.array(isi, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }) },
    { weight: 1, arbitrary: fc.array(isi, { minLength: 1, maxLength: 4 }) },
  );
/** Dua rentang; biasanya berbentuk sama (r × k), kadang bebas. */
const pasangan = (isiA: fc.Arbitrary<unknown>, isiB: fc.Arbitrary<unknown>) =>
  fc.oneof(
    {
      weight: 4,
      arbitrary: fc
        .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 3 }))
        .chain(([r, k]) =>
          fc.tuple(
            fc.array(fc.array(isiA, { minLength: k, maxLength: k }), { minLength: r, maxLength: r }),
            fc.array(fc.array(isiB, { minLength: k, maxLength: k }), { minLength: r, maxLength: r }),
          ),
        ),
    },
    { weight: 1, arbitrary: fc.tuple(rentang(isiA), rentang(isiB)) },
  );

/** Banyak kasus acak yang diselesaikan jalur cepat (agar uji kesetaraan tidak kosong). */
let cepatBerhasil = 0;
beforeEach(() => (cepatBerhasil = 0));

/** Jalur cepat memberi hasil → jalur lengkap memberi hasil yang sama persis; jalur lengkap gagal → jalur cepat tidak memberi hasil. */
function setara(cepat: () => unknown, lengkap: () => unknown): void {
  const c = jalan(cepat);
  const l = jalan(lengkap);
  if (c.hasil !== undefined) {
    cepatBerhasil++;
    expect(l).toEqual({ hasil: c.hasil });
  }
  if (l.galat !== undefined) expect(c.hasil).toBeUndefined();
}

describe("jalur cepat memberi hasil yang sama persis dengan jalur lengkap", () => {
  const banyak = { numRuns: 400 };
  test("SENDI.TOTAL dan SENDI.PERSEN (skala 1–5)", () => {
    const skala = { min: 1, maks: 5 };
    fc.assert(
      fc.property(rentang(), (x) => {
        setara(
          () => totalSendiCepat(x, skala),
          () => totalSendiMatriks(keRentang(x, "skor sendi"), skala),
        );
        setara(
          () => persenSendiCepat(x, skala),
          () => persenSendiMatriks(keRentang(x, "skor sendi"), skala),
        );
      }),
      banyak,
    );
    expect(cepatBerhasil).toBeGreaterThan(20);
    expect(totalSendiCepat([[1], [5], [3]], skala)).toBe(9);
    expect(persenSendiCepat([[1, 5, 3]], skala)).toBe(9 / 15);
  });

  test("BSC.SCORE dan LAN.NILAI (pasangan berbentuk sama)", () => {
    fc.assert(
      fc.property(pasangan(sel, sel), ([a, b]) => {
        setara(
          () => skorCepat(a, b),
          () => skorMatriks(keRentang(a, "nilai"), keRentang(b, "bobot")),
        );
        setara(
          () => nilaiInstrumenCepat(a, b, 5),
          () => nilaiInstrumenMatriks(keRentang(a, "skor"), keRentang(b, "bobot"), 5),
        );
      }),
      banyak,
    );
    expect(cepatBerhasil).toBeGreaterThan(20);
    // (2×1 + 4×3) / (1 + 3) = 3,5; (2/10)×1 + (4/10)×3 = 1,4
    expect(skorCepat([[2], [4]], [[1], [3]])).toBe(3.5);
    expect(nilaiInstrumenCepat([[2], [4]], [[1], [3]], 10)).toBeCloseTo(1.4, 14);
  });

  test("SENDI.TERLEMAH dengan nama", () => {
    const nama = fc.oneof(
      { weight: 30, arbitrary: fc.constantFrom<unknown>("A", " B", "C ", "Dé", "\u3000E") },
      { weight: 1, arbitrary: fc.constantFrom<unknown>("", "  ", 3, null) },
    );
    const skala = { min: 1, maks: 5 };
    fc.assert(
      fc.property(pasangan(sel, nama), ([s, n]) => {
        setara(
          () => sendiTerlemahCepat(s, n, skala),
          () => sendiTerlemah(daftarAngka(keRentang(s, "skor"), "skor sendi"), daftarLabel(n, "nama sendi"), skala),
        );
      }),
      banyak,
    );
    expect(cepatBerhasil).toBeGreaterThan(20);
    expect(sendiTerlemahCepat([[4], [2], [2]], [["P"], [" Q"], ["R "]], skala)).toBe("Q; R");
  });

  test("PEKPPP.INDEKS / PEKPPP.ASPEK dengan label aspek, tanpa bobot indikator", () => {
    const aspek = [
      "Kebijakan Pelayanan",
      "profesionalisme sdm",
      "Sarana Prasarana",
      "Sistem Informasi Pelayanan Publik",
      "Konsultasi dan Pengaduan",
      "Inovasi",
    ];
    const label = fc.oneof(
      { weight: 20, arbitrary: fc.constantFrom<unknown>(...aspek) },
      { weight: 1, arbitrary: fc.constantFrom<unknown>("Lain", "", 3) },
    );
    fc.assert(
      fc.property(
        fc
          .integer({ min: 6, max: 14 })
          .chain((n) =>
            fc.tuple(
              fc.array(fc.array(sel, { minLength: 1, maxLength: 1 }), { minLength: n, maxLength: n }),
              fc.array(fc.array(label, { minLength: 1, maxLength: 1 }), { minLength: n, maxLength: n }),
            ),
          ),
        ([x, a]) => {
          // semua aspek ada pada enam baris pertama agar jalur cepat sering berhasil
          a.slice(0, 6).forEach((b, i) => (b[0] = aspek[i]));
          setara(
            () => hitungPekpppCepat(x, a),
            () =>
              hitungPekpppKolom(daftarLabel(a, "aspek"), daftarAngka(keRentang(x, "nilai"), "nilai indikator"), null),
          );
        },
      ),
      banyak,
    );
    expect(cepatBerhasil).toBeGreaterThan(20);
    // enam aspek dengan nilai 5, 4, 3, 2, 1, 0 (dan satu baris Inovasi lagi bernilai 2 → Inovasi 1):
    // 0,24×5 + 0,25×4 + 0,18×3 + 0,11×2 + 0,10×1 + 0,12×1 = 1,2 + 1 + 0,54 + 0,22 + 0,1 + 0,12 = 3,18
    const h = hitungPekpppCepat([[5], [4], [3], [2], [1], [0], [2]], [...aspek.map((x) => [x]), ["Inovasi"]]);
    expect(h?.aspek.map((x) => x.nilai)).toEqual([5, 4, 3, 2, 1, 1]);
    expect(h?.indeks).toBeCloseTo(3.18, 14);
  });

  test("LAN.ANGKAINDIKATOR dan LAN.KATEGORIINDIKATOR", () => {
    fc.assert(
      fc.property(rentang(), fc.constantFrom(10, 5, 0.5), (x, maks) => {
        for (const kategori of [false, true]) {
          setara(
            () =>
              kategori ? pitaRentang(x, 1, maks, maks, SKALA_NILAI_LAN_MAKS, PITA_LAN) : angkaIndikatorCepat(x, maks),
            () => {
              const r = keRentang(x, "skor");
              const nilai = angkaPerIndikator(daftarAngka(r, "skor"), maks).map((v) =>
                kategori ? v.kategori : v.angka,
              );
              let k = 0;
              return r.map((b) => b.map(() => nilai[k++]));
            },
          );
        }
      }),
      banyak,
    );
    expect(cepatBerhasil).toBeGreaterThan(20);
    // 7/10 × 1000 = 700 → Cukup; 9/10 × 1000 = 900 → Amat baik
    expect(angkaIndikatorCepat([[7, 9]], 10)).toEqual([[700, 900]]);
    expect(pitaRentang([[7, 9]], 1, 10, 10, SKALA_NILAI_LAN_MAKS, PITA_LAN)).toEqual([["Cukup", "Amat baik"]]);
  });

  test("PEGAWAI.NILAI (pp46, dengan dan tanpa bobot)", () => {
    const skor = fc.oneof(
      { weight: 20, arbitrary: fc.integer({ min: 0, max: 100 }) },
      { weight: 1, arbitrary: fc.constantFrom<unknown>("", "x", 101, -1, NaN, 1e308) },
    );
    const bobot = fc.oneof(
      fc.constant(null),
      fc.array(
        fc.oneof(
          { weight: 10, arbitrary: fc.integer({ min: 0, max: 5 }) },
          { weight: 1, arbitrary: fc.constantFrom(-1, 1e308) },
        ),
        { minLength: 1, maxLength: 4 },
      ),
    );
    fc.assert(
      fc.property(rentang(skor), bobot, (x, b) => {
        setara(
          () => nilaiTabelCepat(x, b, "pp46"),
          () => kolom(nilaiTabelPegawai(matriksAngka(keRentang(x, "skor"), "skor"), b, "pp46")),
        );
      }),
      banyak,
    );
    expect(cepatBerhasil).toBeGreaterThan(20);
  });

  test("PEGAWAI.PREDIKAT: pembaca dengan peta = predikatKinerja2022, galat sama", () => {
    const rating = fc.constantFrom<unknown>("Di atas ekspektasi", "sesuai", "DI BAWAH", " bawah ", "lain", "", 1);
    fc.assert(
      fc.property(fc.array(fc.tuple(rating, rating), { minLength: 1, maxLength: 12 }), (pasangan) => {
        const baca = pembacaPredikat2022();
        for (const [h, p] of pasangan) expect(jalan(() => baca(h, p))).toEqual(jalan(() => predikatKinerja2022(h, p)));
      }),
    );
    // hitungan tangan: di atas × di bawah = Kurang/Misconduct; sesuai × sesuai = Baik
    expect(pembacaPredikat2022()("di atas", "Di bawah ekspektasi")).toBe("Kurang/Misconduct");
    expect(pembacaPredikat2022()("Sesuai", " sesuai ")).toBe("Baik");
  });
});

describe("perSel: bentuk diperiksa di lintasan hitung = bentuk diperiksa dulu", () => {
  /** Argumen per sel: nilai tunggal, 1 × 1, rentang (kadang tidak persegi / satu dimensi / kosong). */
  const argumen = fc.oneof(
    { weight: 1, arbitrary: fc.constantFrom<unknown>(2, "", null, undefined, "x") },
    { weight: 1, arbitrary: fc.constantFrom<unknown>([[3]], [[""]], [], [[]]) },
    { weight: 4, arbitrary: rentang() },
  );
  // f murni: hasil bergantung pada semua sel, galat inti untuk sebagian isi (diberi baris/kolom oleh perSel)
  const f = (s: Sel[]): number => {
    let t = 0;
    for (const x of s) {
      if (x === 6 || x === "x") throw galatAngka(`isi ${String(x)} ditolak`);
      t = t * 7 + (typeof x === "number" ? x : String(x).length);
    }
    return t;
  };
  test("hasil dan galat (kode, pesan) sama persis untuk argumen acak", () => {
    fc.assert(
      fc.property(fc.array(argumen, { minLength: 1, maxLength: 3 }), fc.integer({ min: 0, max: 2 }), (xs, pilih) => {
        // kadang dua argumen berbentuk sama (kasus biasa)
        const arg = xs.map((nilai, i) => ({ nilai: i === 1 && pilih === 0 ? xs[0] : nilai, nama: `arg${i}` }));
        const c = jalan(() => perSel(arg, f));
        const l = jalan(() => perSelLengkap(arg, f));
        expect(c).toEqual(l);
        if (c.hasil !== undefined) cepatBerhasil++;
      }),
      { numRuns: 600 },
    );
    expect(cepatBerhasil).toBeGreaterThan(50);
  });
  test("hitungan tangan: 1 × 1 dipakai di setiap posisi; galat menyebut baris dan kolom", () => {
    // f([a, b]) = a × 7 + b
    expect(
      perSel(
        [
          { nilai: [[1], [2]], nama: "a" },
          { nilai: [[10]], nama: "b" },
        ],
        f,
      ),
    ).toEqual([[17], [24]]);
    expect(jalan(() => perSel([{ nilai: [[1, 6]], nama: "a" }], f))).toEqual({
      galat: "ANGKA: baris 1, kolom 2: isi 6 ditolak",
    });
  });
});

describe("pembungkus: jalur lengkap setelah jalur cepat menolak memberi galat yang sama seperti sebelumnya", () => {
  test("cepatAtau: hasil jalur cepat dipakai; undefined atau galat → jalur lengkap", () => {
    let lengkap = 0;
    const l = () => ++lengkap;
    expect(cepatAtau(() => 7, l)).toBe(7);
    expect(cepatAtau(() => undefined, l)).toBe(1);
    expect(
      cepatAtau(() => {
        throw new Error("x");
      }, l),
    ).toBe(2);
  });

  test("pesan galat menyebut sel yang salah (jalur lengkap)", () => {
    expect(jalan(() => bscScore([[1], [2]], [[1], [-1]]))).toEqual({ galat: "#NUM!: bobot ke-2 negatif (-1)" });
    expect(jalan(() => bscScore([[1], [2]], [[1, 2]]))).toEqual({
      galat: "#VALUE!: bentuk nilai (2×1) tidak sama dengan bobot (1×2)",
    });
    expect(jalan(() => sendiTotal([[1], ["x"]]))).toEqual({ galat: "#VALUE!: skor sendi ke-2 bukan angka" });
    expect(jalan(() => sendiTotal([[1], [6]]))).toEqual({ galat: "#NUM!: skor sendi ke-2 (6) di luar skala 1–5" });
    expect(jalan(() => sendiTerlemahFungsi([[1], [2]], [["A"], [""]]))).toEqual({
      galat: "#N/A: nama sendi ke-2 kosong",
    });
    expect(jalan(() => pekpppIndeks([[1], [2]], [["Inovasi"], ["Lain"]]))).toMatchObject({
      galat: expect.stringMatching(/^#N\/A: indikator ke-2: aspek "Lain" tidak dikenal/),
    });
  });
});

// ---------- issue 26: kernel tanpa closure per sel (src/functions/cepat.ts) ----------
/* eslint-disable @typescript-eslint/no-explicit-any -- argumen Excel acak (campuran) diberikan ke pembungkus apa adanya */

describe("issue 26: pembungkus dengan jalur cepat = jalur lengkap lama (hasil, kode dan pesan galat)", () => {
  /** Pembungkus (jalur cepat lalu mundur) dan jalur lengkap lama (dijalankan `jalankan`) memberi hal yang sama persis. */
  function samaLama(baru: () => unknown, lama: () => unknown): void {
    expect(jalan(baru)).toEqual(jalan(() => jalankan(lama)));
  }
  const banyak = { numRuns: 300 };
  /** Sel rasio: cacah kecil, nol, pecahan, angka yang membuat hasil tak terhingga, dan isi tidak biasa. */
  const selRasio = fc.oneof(
    { weight: 20, arbitrary: fc.integer({ min: 0, max: 9 }) },
    { weight: 3, arbitrary: fc.double({ min: -1, max: 10, noNaN: true }) },
    { weight: 1, arbitrary: fc.constantFrom<unknown>("", null, "x", true, Infinity, NaN, -1, 1e308, 1e-300) },
  );

  test("KINERJA.* dan BSC.CAPAIAN (rasioRentang)", () => {
    const kasus = [
      { f: kinerjaProduktivitas, inti: layanan.produktivitas, jenis: RASIO.bagi, nama: ["output", "input"] },
      { f: kinerjaPenyelesaian, inti: layanan.penyelesaian, jenis: RASIO.bagian, nama: ["selesai", "masuk"] },
      { f: kinerjaKetepatan, inti: layanan.ketepatanWaktu, jenis: RASIO.sisaBagian, nama: ["selesai", "terlambat"] },
      { f: kinerjaCapaian, inti: layanan.capaianTarget, jenis: RASIO.bagi, nama: ["realisasi", "target"] },
      {
        f: (a: any, b: any) => bscCapaian(a, b),
        inti: (r: number, t: number) => bsc.capaian(r, t, "naik"),
        jenis: RASIO.bagi,
        nama: ["realisasi", "target"],
      },
    ];
    fc.assert(
      fc.property(pasangan(selRasio, selRasio), ([a, b]) => {
        for (const k of kasus) {
          if (rasioRentang(a, b, k.jenis) !== undefined) cepatBerhasil++;
          samaLama(
            () => k.f(a as any, b as any),
            () =>
              perSelLengkap(
                [
                  { nilai: a, nama: k.nama[0] },
                  { nilai: b, nama: k.nama[1] },
                ],
                (s) => k.inti(s[0] as number, s[1] as number),
              ),
          );
        }
      }),
      banyak,
    );
    expect(cepatBerhasil).toBeGreaterThan(100);
    // 3/4 = 0,75; (4 − 1)/4 = 0,75; 8/0 → #DIV/0! (jalur lengkap)
    expect(rasioRentang([[3], [8]], [[4], [2]], RASIO.bagi)).toEqual([[0.75], [4]]);
    expect(rasioRentang([[4, 2]], [[1, 2]], RASIO.sisaBagian)).toEqual([[0.75, 0]]);
    expect(rasioRentang([[8]], [[0]], RASIO.bagi)).toBeUndefined();
  });

  /** Nilai di sekitar batas pita dan pembulatan 9 desimal. */
  const selPita = fc.oneof(
    {
      weight: 10,
      arbitrary: fc.constantFrom<unknown>(
        1,
        1.5,
        1.4999999999999998,
        1.5000000001,
        2.5,
        3.5,
        4,
        4.5,
        4.505,
        4.4999999999,
        5,
        0,
        0.8,
        0.7999999999999999,
        0.79,
        6,
        7,
        8.5,
        10,
        2,
        3,
      ),
    },
    { weight: 5, arbitrary: fc.double({ min: -1, max: 11, noNaN: true }) },
    { weight: 1, arbitrary: fc.constantFrom<unknown>("", null, "x", true, Infinity, NaN) },
  );

  test("BSC.STATUS, PEKPPP.KATEGORI, LAN.PRESTASI, LAN.KATEGORIINDIKATOR (pitaRentang)", () => {
    const ambang = fc.constantFrom<unknown>(undefined, null, 1, 0.8, 0.9, 1.2, [[0.5]], "x");
    const bentuk = fc.constantFrom<unknown>(undefined, "huruf", "lengkap", [["LENGKAP"]], " predikat ", "x");
    const maks = fc.constantFrom<unknown>(undefined, 10, 5, 0.5, 0, -1, 8.5);
    fc.assert(
      fc.property(rentang(selPita), ambang, ambang, bentuk, maks, (x, h, k, b, m) => {
        samaLama(
          () => bscStatus(x as any, h, k),
          () => {
            const ah = angkaOpsional(h as any, 1, "ambang_hijau");
            const ak = angkaOpsional(k as any, 0.8, "ambang_kuning");
            return perSelLengkap([{ nilai: x, nama: "capaian" }], (s) => bsc.status(s[0] as number, ah, ak));
          },
        );
        samaLama(
          () => pekpppKategori(x as any, b),
          () => {
            const t = teksOpsional((Array.isArray(b) ? b[0]?.[0] : b) as Sel, "predikat").toLowerCase();
            if (t !== "predikat" && t !== "huruf" && t !== "lengkap")
              throw galatExcel("NA", `bentuk "${t}" tidak dikenal (predikat, huruf atau lengkap)`);
            return perSelLengkap([{ nilai: x, nama: "IPP" }], (s) => {
              const kat = kategoriIpp(s[0] as number);
              return t === "huruf" ? kat.huruf : t === "lengkap" ? `${kat.huruf} ${kat.predikat}` : kat.predikat;
            });
          },
        );
        samaLama(
          () => lanPrestasi(x as any),
          () =>
            perSelLengkap([{ nilai: x, nama: "tingkat" }], (s) => {
              if (kosong(s[0])) throw galatExcel("NA", "tingkat prestasi kosong");
              return keteranganPrestasi(s[0] as number);
            }),
        );
        samaLama(
          () => lanKategoriIndikator(x as any, m as any),
          () => {
            const r = keRentang(x, "skor");
            const sm = angkaOpsional(m as any, 10, "skala_maks");
            return bentukSeperti(
              r,
              angkaPerIndikator(daftarAngka(r, "skor"), sm).map((v) => v.kategori),
            );
          },
        );
        for (const [pita, min, mx] of [
          [PITA_IPP.predikat, 0, 5],
          [PITA_PRESTASI, 1, 5],
          [PITA_LAN, 1, 10],
        ] as const)
          if (pitaRentang(x, min, mx, 1, 1, pita) !== undefined) cepatBerhasil++;
      }),
      { numRuns: 400 },
    );
    expect(cepatBerhasil).toBeGreaterThan(40);
    // hitungan tangan: 1,5 dan 1,5000000001 (dibulatkan 9 desimal = 1,5) → Istimewa, 1,500000001 → Sangat baik; 7/10
    // × 1000 = 700 → Cukup, 8,5/10 × 1000 = 850 → Baik
    expect(pitaRentang([[1.5, 1.5000000001, 1.500000001]], 1, 5, 1, 1, PITA_PRESTASI)).toEqual([
      ["Istimewa", "Istimewa", "Sangat baik"],
    ]);
    expect(pitaRentang([[7], [8.5], [9]], 1, 10, 10, 1000, PITA_LAN)).toEqual([["Cukup"], ["Baik"], ["Amat baik"]]);
  });

  test("pitaRentang satu kolom: baris keluaran beku bersama per pita (tanpa alokasi per sel), nilainya tetap", () => {
    // kategori IPP: > 4,50 Pelayanan Prima; 0–1,00 Gagal (PermenPAN-RB 29/2022 jo. 4/2023, lihat PEKPPP.KATEGORI)
    const h = pitaRentang([[4.6], [4.7], [0.5]], 0, 5, 1, 1, PITA_IPP.predikat) as string[][];
    expect(h).toEqual([["Pelayanan Prima"], ["Pelayanan Prima"], ["Gagal"]]);
    expect(h[0]).toBe(h[1]);
    expect(Object.isFrozen(h[0])).toBe(true);
    // lebih dari satu kolom: baris baru per baris rentang
    const g = pitaRentang([[4.6, 0.5]], 0, 5, 1, 1, PITA_IPP.predikat) as string[][];
    expect(g).toEqual([["Pelayanan Prima", "Gagal"]]);
    expect(Object.isFrozen(g[0])).toBe(false);
  });

  test("LAN.BOBOTLIMA (teratasRentang)", () => {
    const total = fc.oneof(
      { weight: 20, arbitrary: fc.integer({ min: 0, max: 6 }) },
      { weight: 2, arbitrary: fc.double({ min: 0, max: 1e3, noNaN: true }) },
      { weight: 1, arbitrary: fc.constantFrom<unknown>("", "x", -1, 1e308) },
    );
    fc.assert(
      fc.property(
        rentang(total),
        fc.constantFrom<unknown>(undefined, 5, 3, 1, 0, 2.5, 40),
        fc.constantFrom<unknown>(undefined, 20000, 100, 0),
        (x, n, s) => {
          if (teratasRentang(x, typeof n === "number" ? n : 5) !== undefined) cepatBerhasil++;
          samaLama(
            () => lanBobotLima(x as any, n as any, s as any),
            () => {
              const r = keRentang(x, "total_variabel");
              return bentukSeperti(
                r,
                bobotLimaSebentuk(
                  daftarAngka(r, "total variabel"),
                  angkaOpsional(n as any, 5, "banyak"),
                  angkaOpsional(s as any, 20000, "skor_ideal"),
                ),
              );
            },
          );
        },
      ),
      banyak,
    );
    expect(cepatBerhasil).toBeGreaterThan(30);
    // 9, 9 (ke-2 dan ke-3), 7: dua teratas = ke-2 dan ke-3 (sama besar: yang lebih dulu) → 10.000 dan 10.000
    expect(lanBobotLima([[5], [9], [9], [7]], 2)).toEqual([[0], [10000], [10000], [0]]);
  });

  test("MUTU.GAP dan SERVQUAL.* (rataKolomRentang)", () => {
    const label = fc.constantFrom<unknown>("A", "B", " C ");
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }).chain((k) =>
          fc.tuple(
            fc.array(fc.array(sel, { minLength: k, maxLength: k }), { minLength: 1, maxLength: 5 }),
            fc.array(fc.array(sel, { minLength: k, maxLength: k }), { minLength: 1, maxLength: 5 }),
            fc.oneof(
              fc.constant<unknown>(undefined),
              fc.array(label, { minLength: k, maxLength: k }).map((l) => [l]),
              fc.constant<unknown>([["A", ""]]),
            ),
          ),
        ),
        fc.constantFrom<unknown>([[30, 70]], [[1, 1, 1]], [[0, 0]], [[1], [-1]]),
        ([p, h, d], w) => {
          if (
            rataKolomRentang(p, -Infinity, Infinity) !== undefined &&
            rataKolomRentang(h, -Infinity, Infinity) !== undefined
          )
            cepatBerhasil++;
          samaLama(
            () => mutuGap(p as any, h as any, d as any),
            () => {
              const rp = keRentang(p, "persepsi");
              const rh = keRentang(h, "harapan");
              if (rp[0].length !== rh[0].length)
                throw galatExcel(
                  "NILAI",
                  `banyak butir persepsi (${rp[0].length}) tidak sama dengan harapan (${rh[0].length})`,
                );
              const g = gapPerButirMatriks(rp, rh);
              if (tidakDiisi(d)) return [g];
              const l = keRentang(d, "dimensi").flat();
              l.forEach((x, j) => {
                if (kosong(x)) throw galatExcel("NA", `label dimensi ke-${j + 1} kosong`);
              });
              return gapPerDimensiDariGap(
                g,
                l.map((x) => String(x).trim()),
              ).map((x) => [x.dimensi, x.gap]);
            },
          );
          const servqualLama = (bobot: number[] | null) => {
            const rp = keRentang(p, "persepsi");
            const rh = keRentang(h, "harapan");
            if (rp[0].length !== rh[0].length)
              throw galatExcel(
                "NILAI",
                `banyak butir persepsi (${rp[0].length}) tidak sama dengan harapan (${rh[0].length})`,
              );
            return hitungServqualMatriks(rp, rh, tidakDiisi(d) ? null : daftarLabel(d, "dimensi butir"), bobot);
          };
          samaLama(
            () => servqualDimensi(p as any, h as any, d as any),
            () => servqualLama(null).dimensi.map((x) => [x.nama, x.persepsi, x.harapan, x.gap]),
          );
          samaLama(
            () => servqualGap(p as any, h as any, d as any),
            () => servqualLama(null).gap,
          );
          samaLama(
            () => servqualTertimbang(p as any, h as any, w as any, d as any),
            () => {
              const b = keRentang(w, "bobot");
              const bobot =
                b.length === 1 || b[0].length === 1
                  ? daftarAngka(b, "bobot")
                  : bobotDariResponden(matriksAngka(b, "bobot"));
              return servqualLama(bobot).gapTertimbang;
            },
          );
        },
      ),
      { numRuns: 400 },
    );
    expect(cepatBerhasil).toBeGreaterThan(50);
    // kolom 1: (1 + 3) / 2 = 2, kolom 2: (2 + 4) / 2 = 3
    expect(
      rataKolomRentang(
        [
          [1, 2],
          [3, 4],
        ],
        1,
        7,
      ),
    ).toEqual([2, 3]);
    expect(
      rataKolomRentang(
        [
          [1, 2],
          [3, ""],
        ],
        1,
        7,
      ),
    ).toBeUndefined();
  });

  test("SENDI.TERLEMAH (terkecilBerlabel): nama acak, tanpa nama, skala acak", () => {
    const nama = fc.oneof(
      { weight: 30, arbitrary: fc.constantFrom<unknown>("A", " B", "C ", "Dé", "é", "\u3000E", "F\u00a0", "G") },
      { weight: 1, arbitrary: fc.constantFrom<unknown>("", "  ", "\t", "\u00a0", "\u3000", 3, null, true) },
    );
    const argNama = fc.oneof(
      { weight: 1, arbitrary: fc.constantFrom<unknown>(undefined, null, [[""]], [[null, ""]]) },
      { weight: 8, arbitrary: rentang(nama) },
    );
    const batas = fc.constantFrom<unknown>(undefined, null, 1, 0, 5, 7, "x");
    fc.assert(
      fc.property(
        fc.oneof({ weight: 4, arbitrary: pasangan(sel, nama) }, { weight: 1, arbitrary: fc.tuple(rentang(), argNama) }),
        batas,
        batas,
        ([s, n], a, b) => {
          const skala = () => ({
            min: angkaOpsional(a as any, 1, "skala_min"),
            maks: angkaOpsional(b as any, 5, "skala_maks"),
          });
          if (!tidakDiisi(n) && jalan(() => sendiTerlemahCepat(s, n, skala())).hasil !== undefined) cepatBerhasil++;
          samaLama(
            () => sendiTerlemahFungsi(s as any, n as any, a, b),
            () =>
              sendiTerlemah(
                daftarAngka(s as any, "skor sendi"),
                tidakDiisi(n) ? null : daftarLabel(n, "nama sendi"),
                skala(),
              ),
          );
        },
      ),
      { numRuns: 500 },
    );
    // jalur cepat benar-benar dilalui: 43–60 dari 500 kasus acak pada empat jalan, sekali 28 di CI (batas lama 30
    // gagal acak); batas 15 tetap membuktikan jalur cepat diuji tanpa bergantung pada benih acak
    expect(cepatBerhasil).toBeGreaterThan(15);
    // skor terendah 1 pada sendi ke-2 dan ke-4 → nama di-trim, urut; nama ke-3 hanya spasi → #N/A (jalur lengkap)
    expect(sendiTerlemahFungsi([[3], [1], [2], [1]], [["P"], [" Q"], ["R"], ["S\u3000"]])).toBe("Q; S");
    expect(jalan(() => sendiTerlemahFungsi([[3], [1], [2]], [["P"], ["Q"], ["\u3000"]]))).toEqual({
      galat: "#N/A: nama sendi ke-3 kosong",
    });
  });
});
