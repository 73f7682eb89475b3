/**
 * Inti siklus SKM: konvensi penimbang/pembulatan (contoh issue 14), peta jawaban teks, cap waktu,
 * periode, pengenalan kolom, pengelompokan per periode × layanan dan hasil unit. Angka harapan dihitung
 * tangan di komentar.
 */
import {
  bacaWaktu,
  serialExcel,
  bulatkanPecahan,
  hitungKelompok,
  hitungSiklus,
  kenaliKolom,
  periodeDari,
  petaBawaan,
  petaDengan,
  sampelLayanan,
  type OpsiSiklus,
  type TabelJawaban,
} from "../../src/core/skm-siklus";
import { UNSUR_FORMULIR_2017 } from "../../src/frameworks/skm-siklus";

const TOTAL = [105, 101, 100, 116, 102, 105, 106, 105, 115];
const BANYAK = new Array<number>(9).fill(29);

describe("konvensi penimbang dan pembulatan (contoh issue 14: 29 responden)", () => {
  // Σ total = 955; Σ NRR = 955/29 = 32,931034…
  test("1/9 → 91,48; 0,111 → 91,38; 0,11 → 90,56", () => {
    // 32,931034 × 25/9 = 91,4751; × 0,111 × 25 = 91,3836; × 0,11 × 25 = 90,5603
    expect(hitungKelompok(29, TOTAL, BANYAK, "2017", { penimbang: "1/n", pembulatanNrr: null }).nilai.toFixed(2)).toBe(
      "91.48",
    );
    expect(
      hitungKelompok(29, TOTAL, BANYAK, "2017", { penimbang: "0.111", pembulatanNrr: null }).nilai.toFixed(2),
    ).toBe("91.38");
    expect(hitungKelompok(29, TOTAL, BANYAK, "2017", { penimbang: "0.11", pembulatanNrr: null }).nilai.toFixed(2)).toBe(
      "90.56",
    );
    expect(hitungKelompok(29, TOTAL, BANYAK, "2017").mutu).toBe("A");
  });

  test("NRR dibulatkan 2 desimal sebelum ditimbang", () => {
    // 3,62 3,48 3,45 4,00 3,52 3,62 3,66 3,62 3,97 → Σ 32,94; × 25/9 = 91,5; × 0,111 × 25 = 91,4085
    const h = hitungKelompok(29, TOTAL, BANYAK, "2017", { penimbang: "1/n", pembulatanNrr: 2 });
    expect(h.nrrDipakai).toEqual([3.62, 3.48, 3.45, 4, 3.52, 3.62, 3.66, 3.62, 3.97]);
    expect(h.nilai).toBeCloseTo(91.5, 10);
    expect(hitungKelompok(29, TOTAL, BANYAK, "2017", { penimbang: "0.111", pembulatanNrr: 2 }).nilai).toBeCloseTo(
      91.4085,
      10,
    );
  });

  test("NRR dibulatkan 3 desimal", () => {
    // 3,621 3,483 3,448 4,000 3,517 3,621 3,655 3,621 3,966 → Σ 32,932; × 25/9 = 91,47777…
    const h = hitungKelompok(29, TOTAL, BANYAK, "2017", { penimbang: "1/n", pembulatanNrr: 3 });
    expect(h.nrrDipakai).toEqual([3.621, 3.483, 3.448, 4, 3.517, 3.621, 3.655, 3.621, 3.966]);
    expect(h.nilai).toBeCloseTo((32.932 * 25) / 9, 10);
  });

  test("pembulatan pecahan tepat, setengah menjauhi nol (201/200 = 1,005 → 1,01, bukan 1,00 seperti galat biner)", () => {
    expect(bulatkanPecahan(201, 200, 2)).toBe(1.01);
    expect(bulatkanPecahan(29, 8, 2)).toBe(3.63);
    expect(bulatkanPecahan(100, 29, 3)).toBe(3.448);
  });
});

describe("peta jawaban", () => {
  test("pilihan kuesioner bawaan 1→4 per unsur, tanpa peduli huruf besar dan spasi tepi", () => {
    const p = petaBawaan("2017");
    expect(p[0].get("sangat sesuai")).toBe(4);
    expect(p[3].get("gratis")).toBe(4);
    expect(p[3].get("sangat mahal")).toBe(1);
    expect(p[7].get("ada tetapi tidak berfungsi")).toBe(2);
    expect(p[8].get("cukup")).toBe(2);
    expect(p[6].get("3")).toBe(3);
    expect(UNSUR_FORMULIR_2017.map((u) => u.opsi.length)).toEqual(new Array(9).fill(4));
  });
  test("baris peta pengguna menambah teks (semua unsur atau satu unsur)", () => {
    const p = petaDengan("2017", [
      { unsur: 0, jawaban: "Sangat Puas", nilai: 4 },
      { unsur: 9, jawaban: "Kurang Baik", nilai: 2 },
    ]);
    expect(p[2].get("sangat puas")).toBe(4);
    expect(p[8].get("kurang baik")).toBe(2);
    expect(p[0].get("kurang baik")).toBeUndefined();
    expect(() => petaDengan("2017", [{ unsur: 1, jawaban: "x", nilai: 5 }])).toThrow(/1–4/);
  });
});

describe("cap waktu dan periode", () => {
  test("ISO, hari/bulan/tahun, bulan/hari/tahun, seri Excel, Date", () => {
    expect(bacaWaktu("2026-01-15 10:23:11")).toEqual({ tahun: 2026, bulan: 1 });
    expect(bacaWaktu("15/01/2026 10:23:11")).toEqual({ tahun: 2026, bulan: 1 });
    expect(bacaWaktu("1/7/2026 10:23:11")).toEqual({ tahun: 2026, bulan: 7 });
    expect(bacaWaktu("1/7/2026 10:23:11 AM", "bht")).toEqual({ tahun: 2026, bulan: 1 });
    expect(bacaWaktu("1/15/2026 10:23:11 AM", "bht")).toEqual({ tahun: 2026, bulan: 1 });
    // 2026-01-15: 56 tahun × 365 + 14 hari kabisat + 14 = 20468 hari sejak 1970-01-01; + 25569 = 46037
    expect(bacaWaktu(46037.43)).toEqual({ tahun: 2026, bulan: 1 });
    expect(bacaWaktu("46037")).toEqual({ tahun: 2026, bulan: 1 });
    expect(bacaWaktu(new Date(Date.UTC(2026, 7, 31, 23)))).toEqual({ tahun: 2026, bulan: 8 });
  });
  test("tanggal AS tanpa --format-tanggal: galat dengan saran; tanggal yang tidak ada ditolak", () => {
    expect(() => bacaWaktu("1/15/2026 10:23:11 AM")).toThrow(/format-tanggal bht/);
    expect(() => bacaWaktu("31/02/2026")).toThrow(/tidak ada/);
    expect(() => bacaWaktu("kemarin")).toThrow(/tidak dikenal/);
  });
  test("nama periode", () => {
    const agu = { tahun: 2026, bulan: 8 };
    expect(periodeDari(agu, "semester").nama).toBe("2026-S2");
    expect(periodeDari({ tahun: 2026, bulan: 6 }, "semester").nama).toBe("2026-S1");
    expect(periodeDari(agu, "triwulan").nama).toBe("2026-Q3");
    expect(periodeDari(agu, "bulan").nama).toBe("2026-08");
    expect(periodeDari(agu, "tahun").nama).toBe("2026");
    expect(periodeDari({ tahun: 2025, bulan: 12 }, "bulan").urut).toBeLessThan(
      periodeDari({ tahun: 2026, bulan: 1 }, "bulan").urut,
    );
  });
});

const JUDUL_FORMULIR = [
  "Cap waktu",
  "Jenis Layanan",
  "Jenis Kelamin",
  "1. Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?",
  "2. Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?",
  "3. Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?",
  "4. Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?",
  "5. Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?",
  "6. Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?",
  "7. Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?",
  "9. Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?",
  "8. Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?",
  "Saran",
];

describe("pengenalan kolom", () => {
  test("unsur dikenali dari nama di judul, di mana pun letaknya; cap waktu dan layanan dari nama kolom", () => {
    const t = kenaliKolom(JUDUL_FORMULIR, "2017", "jenis layanan", "CAP WAKTU");
    expect(t.unsur).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(t.layanan).toBe(1);
    expect(t.waktu).toBe(0);
    expect(t.lain).toEqual([2, 12]);
  });
  test("U1…U9 tetap dikenali; judul yang mengenai dua unsur dan unsur di dua kolom ditolak", () => {
    expect(kenaliKolom(["U9", "U8", "U7", "U6", "U5", "U4", "U3", "U2", "U1"], "2017").unsur).toEqual([
      8, 7, 6, 5, 4, 3, 2, 1, 0,
    ]);
    expect(() => kenaliKolom(["Prosedur dan persyaratan", "U3"], "2017")).toThrow(/lebih dari satu unsur/);
    expect(() => kenaliKolom([...JUDUL_FORMULIR, "Persyaratan (lagi)"], "2017")).toThrow(/dua kolom/);
    expect(() => kenaliKolom(JUDUL_FORMULIR.slice(0, 6), "2017", "Jenis Layanan", "Cap waktu")).toThrow(/U5 Produk/);
    expect(() => kenaliKolom(JUDUL_FORMULIR, "2017", "Layanan")).toThrow(/kolom layanan "Layanan" tidak ada/);
  });
});

const TEKS = UNSUR_FORMULIR_2017.map((u) => u.opsi);
/** Baris formulir: waktu, layanan, jenis kelamin, sembilan jawaban (urutan unsur 1–9 → kolom di atas), saran. */
function baris(waktu: string, layanan: string, nilai: number[], teks: boolean): unknown[] {
  const j = nilai.map((v, u) => (teks ? ` ${TEKS[u][v - 1].toUpperCase()} ` : v));
  // kolom 8 dan 9 di judul ditukar: pengaduan (unsur 8) dulu, lalu sarana (unsur 9)
  return [waktu, layanan, "L", j[0], j[1], j[2], j[3], j[4], j[5], j[6], j[7], j[8], ""];
}

const DATA: [string, string, number[]][] = [
  ["2026-01-10 08:00:00", "KTP", [4, 3, 3, 4, 3, 3, 4, 2, 3]],
  ["15/02/2026 09:00:00", "KTP", [3, 3, 2, 4, 3, 3, 3, 3, 3]],
  ["2026-03-01 10:00:00", "Akta", [2, 2, 2, 4, 2, 3, 3, 2, 2]],
  ["2026-07-20 11:00:00", "KTP", [4, 4, 4, 4, 4, 4, 4, 4, 4]],
  ["2025-12-31 23:59:59", "Akta", [3, 3, 3, 3, 3, 3, 3, 3, 3]],
];

function tabel(teks: boolean): TabelJawaban {
  return {
    sumber: "jawaban.csv",
    judul: JUDUL_FORMULIR,
    baris: DATA.map(([w, l, v], i) => ({ no: i + 2, sel: baris(w, l, v, teks) })),
  };
}

const OPSI: OpsiSiklus = {
  aturan: "2017",
  kolomLayanan: "Jenis Layanan",
  kolomWaktu: "Cap waktu",
  periode: "semester",
  formatTanggal: "hbt",
  peta: petaBawaan("2017"),
  konvensi: { penimbang: "1/n", pembulatanNrr: null },
  hasilUnit: "gabungan",
};

describe("hitungSiklus: periode × layanan", () => {
  test("periode urut waktu, layanan per periode, unit gabungan", () => {
    const h = hitungSiklus(tabel(false), OPSI);
    expect(h.periode.map((p) => p.nama)).toEqual(["2025-S2", "2026-S1", "2026-S2"]);
    const s1 = h.periode[1];
    expect(s1.layanan.map((l) => [l.nama, l.responden])).toEqual([
      ["Akta", 1],
      ["KTP", 2],
    ]);
    // KTP 2026-S1: jumlah 29 + 27 = 56 → NRR rata-rata 56/18; nilai = 25 × 56/18 = 77,777…
    expect(s1.layanan[1].nilai).toBeCloseTo((25 * 56) / 18, 10);
    // Akta: jumlah 22 → 25 × 22/9 = 61,11 (D)
    expect(s1.layanan[0].nilai).toBeCloseTo((25 * 22) / 9, 10);
    expect(s1.layanan[0].mutu).toBe("D");
    // unit gabungan 2026-S1: (29 + 27 + 22) / 27 × 25 = 72,222… (C)
    expect(s1.unit.responden).toBe(3);
    expect(s1.unit.nilai).toBeCloseTo((25 * 78) / 27, 10);
    expect(s1.unit.mutu).toBe("C");
  });

  test("hasil unit rerata: rata-rata nilai layanan", () => {
    const h = hitungSiklus(tabel(false), { ...OPSI, hasilUnit: "rerata" });
    // (77,777… + 61,111…) / 2 = 69,444…
    expect(h.periode[1].unit.nilai).toBeCloseTo(((25 * 56) / 18 + (25 * 22) / 9) / 2, 10);
  });

  test("jawaban teks (huruf besar, spasi tepi) = padanan angkanya", () => {
    const a = hitungSiklus(tabel(false), OPSI);
    const b = hitungSiklus(tabel(true), OPSI);
    expect(b.periode).toEqual(a.periode);
  });

  test("teks yang tidak ada di peta: satu baris galat menyebut berkas, baris, kolom dan teks", () => {
    const t = tabel(true);
    t.baris[2].sel[6] = "Lumayan";
    expect(() => hitungSiklus(t, OPSI)).toThrow(
      'jawaban.csv baris 4, kolom "4. Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?": jawaban "Lumayan" tidak ada di peta jawaban',
    );
  });

  test("sampel per layanan terhadap Krejcie–Morgan bila populasi diberikan", () => {
    const h = hitungSiklus(tabel(false), { ...OPSI, populasi: new Map([["KTP", 10]]) });
    // N = 10 → s = 10 (Tabel 1 Krejcie & Morgan); 2 responden tidak cukup
    expect(h.periode[1].layanan[1].sampel).toEqual({ populasi: 10, minimal: 10, cukup: false });
    expect(h.periode[1].layanan[0].sampel).toBeUndefined();
    expect(sampelLayanan(100, 80)).toEqual({ populasi: 100, minimal: 80, cukup: true });
  });
});

describe("tanggal seri Excel untuk lembar Jawaban", () => {
  test("jam ikut (24 jam dan AM/PM)", () => {
    // 2026-01-15 = seri 46037 (lihat di atas); 12:00 = 0,5 hari; 1:30 PM = 13,5/24
    expect(serialExcel("15/01/2026 12:00:00")).toBeCloseTo(46037.5, 9);
    expect(serialExcel("1/15/2026 1:30:00 PM", "bht")).toBeCloseTo(46037 + 13.5 / 24, 9);
    expect(serialExcel("2026-01-15")).toBe(46037);
    expect(serialExcel(46037.25)).toBe(46037.25);
  });
});
