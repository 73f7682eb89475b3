/**
 * Baris perintah `kinerja skm`, `kinerja bsc` dan `kinerja lan hitung` (fungsi jalankan*): angka harapan
 * dihitung dengan tangan di komentar; CSV rusak → GalatCli kode 2 yang menyebut baris dan kolom.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { jalankanBsc } from "../../src/cli/bsc";
import { GalatCli } from "../../src/cli/galat";
import { UKURAN_MAKS } from "../../src/cli/csv";
import { jalankanLanHitung } from "../../src/cli/lan-hitung";
import { jalankanSkm } from "../../src/cli/skm";
import { VARIABEL_LAN, lampiranTercetak } from "../../src/frameworks/lan1998";

const dir = mkdtempSync(join(tmpdir(), "kinerja-lain-"));
let n = 0;
function berkas(isi: string | Buffer, nama = `f${++n}.csv`): string {
  const p = join(dir, nama);
  writeFileSync(p, isi);
  return p;
}
function galat(f: () => unknown): GalatCli {
  try {
    f();
  } catch (e) {
    if (e instanceof GalatCli) return e;
    throw e;
  }
  throw new Error("tidak melempar");
}

const U9 = "U1,U2,U3,U4,U5,U6,U7,U8,U9";

describe("kinerja skm", () => {
  // 4 responden, 9 unsur:
  //   R1: 4 4 4 4 4 4 4 4 4
  //   R2: 3 3 3 3 3 3 3 3 3
  //   R3: 4 4 4 4 4 4 4 4 4
  //   R4: 1 1 1 1 1 1 1 1 2
  // NRR U1..U8 = (4+3+4+1)/4 = 12/4 = 3; NRR U9 = (4+3+4+2)/4 = 13/4 = 3,25
  // indeks (penimbang tepat 1/9) = (8 × 3 + 3,25) / 9 = 27,25/9 = 3,027777…
  // nilai = 27,25/9 × 25 = 75,694444… → C, Kurang Baik (pita 2017: > 64,99 s.d. 76,60)
  const empat = `${U9}\n4,4,4,4,4,4,4,4,4\n3,3,3,3,3,3,3,3,3\n4,4,4,4,4,4,4,4,4\n1,1,1,1,1,1,1,1,2\n`;

  test("4 responden, penimbang tepat: JSON dengan angka hitungan tangan", () => {
    const j = JSON.parse(jalankanSkm({ input: berkas(empat), json: true }));
    expect(j.aturan).toBe("2017");
    expect(j.responden).toBe(4);
    expect(j.nrr).toEqual([3, 3, 3, 3, 3, 3, 3, 3, 3.25]);
    expect(j.indeks).toBeCloseTo(27.25 / 9, 12);
    expect(j.nilai).toBeCloseTo((27.25 / 9) * 25, 12);
    expect(j.mutu).toBe("C");
    expect(j.kinerja).toBe("Kurang Baik");
  });

  test("penimbang cetak 0,111: indeks = 0,111 × 27,25 = 3,02475; nilai 75,61875", () => {
    const j = JSON.parse(jalankanSkm({ input: berkas(empat), penimbang: "cetak", json: true }));
    expect(j.indeks).toBeCloseTo(3.02475, 12);
    expect(j.nilai).toBeCloseTo(75.61875, 12);
  });

  test("jawaban kosong dikeluarkan dari rata-rata unsurnya; kolom no diabaikan; titik koma", () => {
    // U1: R2 kosong → (4+4+1)/3 = 3
    const p = berkas(
      "no;U1;U2;U3;U4;U5;U6;U7;U8;U9\n1;4;4;4;4;4;4;4;4;4\n2;;3;3;3;3;3;3;3;3\n3;4;4;4;4;4;4;4;4;4\n4;1;1;1;1;1;1;1;1;2\n",
    );
    const j = JSON.parse(jalankanSkm({ input: p, json: true }));
    expect(j.nrr[0]).toBe(3);
    expect(j.banyakJawaban[0]).toBe(3);
  });

  test("aturan 2004: 14 unsur, semua 4 → indeks 4, nilai 100, A", () => {
    const kolom = Array.from({ length: 14 }, (_, i) => `U${i + 1}`).join(",");
    const j = JSON.parse(
      jalankanSkm({ input: berkas(`${kolom}\n${new Array(14).fill(4).join(",")}\n`), aturan: "2004", json: true }),
    );
    expect([j.aturan, j.indeks, j.nilai, j.mutu, j.kinerja]).toEqual([
      "2004",
      expect.closeTo(4, 12),
      expect.closeTo(100, 10),
      "A",
      "Sangat Baik",
    ]);
  });

  test("keluaran teks: tabel unsur dan mutu", () => {
    const t = jalankanSkm({ input: berkas(empat) });
    expect(t).toMatch(/U9\s+Sarana dan Prasarana\s+4\s+3\.2500/);
    expect(t).toMatch(/Nilai: 75\.69/);
    expect(t).toMatch(/Mutu: C/);
  });

  test.each([
    ["kolom kurang (tanpa U9)", "U1,U2,U3,U4,U5,U6,U7,U8\n4,4,4,4,4,4,4,4\n", /kolom "U9" tidak ada/],
    ["kolom asing", `${U9},X\n4,4,4,4,4,4,4,4,4,1\n`, /baris 1, kolom 10: kolom "X" tidak dikenal/],
    [
      "14 kolom dengan aturan 2017",
      Array.from({ length: 14 }, (_, i) => `U${i + 1}`).join(",") + "\n",
      /--aturan 2004/,
    ],
    [
      "jawaban 5",
      `${U9}\n4,4,4,4,4,4,4,4,4\n4,5,4,4,4,4,4,4,4\n`,
      /baris 3, kolom U2: jawaban "5" bukan bilangan bulat 1–4/,
    ],
    ["jawaban 2,5", `${U9}\n4,4,4,4,4,4,4,4,"2.5"\n`, /baris 2, kolom U9/],
    ["bukan angka", `${U9}\n4,4,4,x,4,4,4,4,4\n`, /baris 2, kolom U4: "x" bukan angka/],
    ["berkas kosong", "", /berkas kosong/],
    ["hanya judul", `${U9}\n`, /tidak ada baris responden/],
    ["jumlah kolom baris salah", `${U9}\n4,4,4\n`, /baris 2: ada 3 kolom, judul punya 9/],
    ["unsur tanpa jawaban", `${U9}\n4,4,4,4,4,4,4,4,\n3,3,3,3,3,3,3,3,\n`, /kolom U9: tidak ada satu jawaban pun/],
    [
      "Windows-1252 di sel jawaban",
      Buffer.from(`${U9}\n4,4,4,4,4,4,4,4,\xe9\n`, "latin1"),
      /baris 2, kolom U9: "é" bukan angka/,
    ],
  ])("%s → GalatCli kode 2", (_n, isi, pola) => {
    const g = galat(() => jalankanSkm({ input: berkas(isi), json: true }));
    expect(g.kodeKeluar).toBe(2);
    expect(g.message).toMatch(pola);
    expect(g.message).not.toMatch(/\n/);
  });

  test("Windows-1252 di kolom nama: dibaca, jawaban tetap dihitung", () => {
    const p = berkas(Buffer.from(`nama,${U9}\nJos\xe9,4,4,4,4,4,4,4,4,4\n`, "latin1"));
    expect(JSON.parse(jalankanSkm({ input: p, json: true })).nilai).toBeCloseTo(100, 10);
  });

  test("berkas tidak ada → kode 2; batas ukuran UKURAN_MAKS tersedia (64 MiB)", () => {
    expect(galat(() => jalankanSkm({ input: join(dir, "tidak-ada.csv") })).kodeKeluar).toBe(2);
    expect(UKURAN_MAKS).toBe(64 * 1024 * 1024);
  });

  test("properti: teks CSV acak → JSON sah atau GalatCli kode 2, tidak pernah galat lain", () => {
    const sel = fc.constantFrom("1", "2", "3", "4", "", "0", "5", "x", "2.5", '"', "4;4", " 3 ", "-1", "1e0", "é");
    const csvTerstruktur = fc
      .tuple(
        fc.subarray(["u1", "U2", "u3", "u4", "u5", "u6", "u7", "u8", "u9", "no", "zz"], { minLength: 0 }),
        fc.array(fc.array(sel, { maxLength: 11 }), { maxLength: 6 }),
        fc.constantFrom(",", ";"),
        fc.constantFrom("\n", "\r\n"),
      )
      .map(([judul, baris, p, eol]) => [judul.join(p), ...baris.map((b) => b.join(p))].join(eol));
    const teks = fc.oneof(fc.string(), fc.string({ unit: "binary" }), csvTerstruktur);
    fc.assert(
      fc.property(teks, fc.constantFrom<"2017" | "2004">("2017", "2004"), (isi, aturan) => {
        const p = join(dir, "acak.csv");
        writeFileSync(p, isi);
        try {
          const j = JSON.parse(jalankanSkm({ input: p, aturan, json: true }));
          return (
            typeof j.nilai === "number" &&
            j.nilai >= 25 - 1e-9 &&
            j.nilai <= 100 + 1e-9 &&
            ["A", "B", "C", "D"].includes(j.mutu)
          );
        } catch (e) {
          return e instanceof GalatCli && e.kodeKeluar === 2 && !e.message.includes("\n");
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("kinerja bsc", () => {
  // keuangan: K1 90/100 naik → 0,9 (Kuning), bobot 1; K2 120/100 naik → 1,2 (Hijau), bobot 3
  //   skor = (0,9 × 1 + 1,2 × 3) / 4 = 4,5/4 = 1,125 (Hijau)
  // pelanggan: P1 target 10, realisasi 8, turun → (2 × 10 − 8)/10 = 1,2 (Hijau); skor 1,2
  // keseluruhan = (1,125 + 1,2)/2 = 1,1625 (Hijau)
  const kpi =
    "perspektif,indikator,target,realisasi,arah,bobot\nKeuangan,K1,100,90,naik,1\nKeuangan,K2,100,120,,3\nPelanggan,P1,10,8,turun,\n";

  test("capaian, skor perspektif dan keseluruhan (JSON)", () => {
    const j = JSON.parse(jalankanBsc({ input: berkas(kpi), json: true }));
    expect(j.perspektif.map((p: { nama: string }) => p.nama)).toEqual(["Keuangan", "Pelanggan"]);
    const [k, p] = j.perspektif;
    expect(k.indikator.map((x: { capaian: number; status: string }) => [x.capaian, x.status])).toEqual([
      [0.9, "Kuning"],
      [1.2, "Hijau"],
    ]);
    expect(k.skor).toBeCloseTo(1.125, 12);
    expect(p.indikator[0].capaian).toBeCloseTo(1.2, 12);
    expect(p.indikator[0].bobot).toBe(1);
    expect(j.skor).toBeCloseTo(1.1625, 12);
    expect(j.status).toBe("Hijau");
  });

  test("tanpa kolom arah dan bobot: bawaan naik dan 1; keluaran teks", () => {
    const t = jalankanBsc({ input: berkas("perspektif,indikator,target,realisasi\nProses,B1,10,7\n") });
    expect(t).toMatch(/70\.00%\s+Merah/);
    expect(t).toMatch(/Skor keseluruhan: 70\.00% \(Merah/);
  });

  test.each([
    ["target 0", "perspektif,indikator,target,realisasi\nP,I,0,5\n", /baris 2, kolom target/],
    ["arah asing", "perspektif,indikator,target,realisasi,arah\nP,I,10,5,atas\n", /baris 2, kolom arah/],
    ["kolom realisasi hilang", "perspektif,indikator,target\nP,I,10\n", /kolom "realisasi" tidak ada/],
    [
      "realisasi teks",
      "perspektif,indikator,target,realisasi\nP,I,10,banyak\n",
      /baris 2, kolom realisasi: "banyak" bukan angka/,
    ],
    ["kolom asing", "perspektif,indikator,target,realisasi,catatan\nP,I,10,5,x\n", /kolom "catatan" tidak dikenal/],
    ["semua bobot 0", "perspektif,indikator,target,realisasi,bobot\nP,I,10,5,0\n", /jumlah bobot indikator 0/],
  ])("%s → GalatCli kode 2", (_n, isi, pola) => {
    const g = galat(() => jalankanBsc({ input: berkas(isi) }));
    expect(g.kodeKeluar).toBe(2);
    expect(g.message).toMatch(pola);
  });
});

describe("kinerja lan hitung", () => {
  const unit = ["a", "b", "c"];
  const skorCsv = (f: (i: number, k: number) => number | string) =>
    `indikator,${unit.join(",")}\n` +
    Array.from({ length: 89 }, (_, i) => `${i + 1},${unit.map((_, k) => f(i + 1, k)).join(",")}`).join("\n") +
    "\n";

  test("semua skor 5: Proporsi Variabel = banyak indikator / 89, Proporsi Indikator = 1 / banyak indikator variabelnya", () => {
    // Σ I_i = 3 × 5 = 15; Σ V_j = 15 × m_j; Σ V = 15 × 89; Bobot Variabel_j = m_j / 89 × 20.000
    const j = JSON.parse(jalankanLanHitung({ input: berkas(skorCsv(() => 5)), tipe: "I", json: true }));
    expect(j.skorIdeal).toBe(20000);
    expect(j.variabel).toHaveLength(17);
    VARIABEL_LAN.forEach((v, idx) => {
      const m = v.indikator.length;
      expect(j.variabel[idx].total).toBe(15 * m);
      expect(j.variabel[idx].proporsi).toBeCloseTo(m / 89, 12);
      expect(j.variabel[idx].bobot).toBeCloseTo((m / 89) * 20000, 8);
      expect(j.variabel[idx].bobotTercetak).toBe(lampiranTercetak("I")[idx].bobot);
    });
    expect(j.indikator).toHaveLength(89);
    const m1 = VARIABEL_LAN[0].indikator.length;
    expect(j.indikator[0].proporsi).toBeCloseTo(1 / m1, 12);
    expect(j.indikator[0].bobot).toBeCloseTo((1 / m1) * (m1 / 89) * 20000, 8);
    // tiap unit: total 89 × 5 = 445, proporsi 1/3, bobot 20.000/3
    expect(j.perUnit).toEqual(
      unit.map((u) => ({
        unit: u,
        total: 445,
        proporsi: expect.closeTo(1 / 3, 12),
        bobot: expect.closeTo(20000 / 3, 8),
      })),
    );
  });

  test("--skor-ideal 20470 dan keluaran teks", () => {
    const p = berkas(skorCsv((i, k) => 1 + ((i + k) % 10)));
    const j = JSON.parse(jalankanLanHitung({ input: p, skorIdeal: 20470, json: true }));
    const s = j.variabel.reduce((a: number, v: { bobot: number }) => a + v.bobot, 0);
    expect(s).toBeCloseTo(20470, 6);
    const t = jalankanLanHitung({ input: p });
    expect(t).toMatch(/^Skor Ideal: 20000/);
    expect(t).toMatch(/Bobot Indikator/);
    expect(t).toMatch(/Per unit/);
  });

  test.each([
    ["skor 11", skorCsv((i, k) => (i === 7 && k === 1 ? 11 : 5)), /baris 8, kolom b: skor 11 di luar skala 1–10/],
    ["skor teks", skorCsv((i, k) => (i === 3 && k === 2 ? "tinggi" : 5)), /baris 4, kolom c: "tinggi" bukan angka/],
    [
      "indikator hilang",
      skorCsv(() => 5)
        .split("\n")
        .filter((b) => !b.startsWith("42,"))
        .join("\n"),
      /indikator 42 tidak ada/,
    ],
    ["indikator ganda", skorCsv(() => 5) + "3,5,5,5\n", /baris 91, kolom indikator: indikator 3 sudah ada di baris 4/],
    ["indikator 90", skorCsv(() => 5) + "90,5,5,5\n", /baris 91, kolom indikator: "90" bukan nomor indikator 1–89/],
    ["judul salah", "no,a\n1,5\n", /kolom 1: judul "no", seharusnya "indikator"/],
    ["tanpa unit", "indikator\n1\n", /tidak ada kolom unit/],
  ])("%s → GalatCli kode 2", (_n, isi, pola) => {
    const g = galat(() => jalankanLanHitung({ input: berkas(isi), json: true }));
    expect(g.kodeKeluar).toBe(2);
    expect(g.message).toMatch(pola);
  });
});

test("regresi (ditemukan fast-check): judul kolom berkutip yang memuat baris baru → pesan tetap satu baris, kode 2", () => {
  const p = join(mkdtempSync(join(tmpdir(), "skm-judul-")), "judul.csv");
  writeFileSync(p, '\n"\n1\n1,"');
  let g: unknown;
  try {
    jalankanSkm({ input: p, aturan: "2017", json: true });
  } catch (e) {
    g = e;
  }
  expect(g).toBeInstanceOf(GalatCli);
  expect((g as GalatCli).kodeKeluar).toBe(2);
  expect((g as GalatCli).message).not.toContain("\n");
});

test("sel angka berkutip yang memuat baris baru → pesan tetap satu baris", () => {
  const p = join(mkdtempSync(join(tmpdir(), "skm-sel-")), "sel.csv");
  writeFileSync(p, 'U1,U2,U3,U4,U5,U6,U7,U8,U9\n"1\n2",1,1,1,1,1,1,1,1\n');
  let g: unknown;
  try {
    jalankanSkm({ input: p, aturan: "2017", json: true });
  } catch (e) {
    g = e;
  }
  expect(g).toBeInstanceOf(GalatCli);
  expect((g as GalatCli).message).not.toContain("\n");
  expect((g as GalatCli).message).toMatch(/kolom U1/);
});
