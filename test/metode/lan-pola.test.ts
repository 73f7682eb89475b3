/**
 * Bagian Pola LAN 1998 di luar Bab III (issue 11 butir 4–7): Instrumen Alternatif I, Alternatif II per
 * indikator, dua pola penilaian (II+III) dan lima variabel utama dari data. Angka harapan dari seed 004
 * (baris disebut) atau hitungan tangan yang ditulis di sini; rumus lembar dihitung HyperFormula.
 */
import {
  angkaPerIndikator,
  bobotLimaSebentuk,
  bulatPita,
  kategori1000,
  kerangkaPola,
  keteranganPrestasi,
  limaVariabelDariData,
  rekapAlternatifI,
  tingkatDariTanda,
} from "../../src/core/lan-pola";
import { nilaiUnitLan } from "../../src/core/lan";
import { VARIABEL_TIAP_INDIKATOR, lampiranTercetak } from "../../src/frameworks/lan1998";
import { contohLanAlternatif1, rencanaLanAlternatif1, NAMA_LEMBAR_ALTERNATIF1 } from "../../src/plans/lan-alternatif1";
import { namaLembarLan, rencanaLan } from "../../src/plans/lan";
import { buatRencana } from "../../src/metode/index";
import { alamat, selBeralamat, type RencanaBukuKerja, type RencanaLembar } from "../../src/plans/rencana";
import * as f from "../../src/functions/lan-pola";
import { lanKerangka } from "../../src/functions/lan";
import { evaluasiRencana } from "../bantu/mesin-rumus";
import { jenisGalat, kodeExcel } from "../bantu/galat";

const lembar = (r: RencanaBukuKerja, nama: string): RencanaLembar => {
  const l = r.lembar.find((x) => x.nama === nama);
  if (!l) throw new Error(`lembar ${nama} tidak ada`);
  return l;
};
const kunci = (l: RencanaLembar) =>
  new Map([...selBeralamat(l)].filter((s) => s.sel.kunci).map((s) => [s.sel.kunci as string, s.alamat]));
/** Alamat sel di baris berlabel `teks` (kolom B) pada kolom `kolom`. */
function barisLabel(l: RencanaLembar, teks: string | number, kolom = 1): number {
  const s = [...selBeralamat(l)].find((x) => x.kolom === kolom && x.sel.nilai === teks);
  if (!s) throw new Error(`"${teks}" tidak ada di ${l.nama}`);
  return s.baris;
}
function kolomKepala(l: RencanaLembar, teks: string, baris = 4): number {
  const s = [...selBeralamat(l)].find((x) => x.baris === baris && x.sel.nilai === teks);
  if (!s) throw new Error(`kepala "${teks}" tidak ada di ${l.nama}`);
  return s.kolom;
}

// Lampiran 5 (Tipe I) total variabel tercetak, seed 004 baris ~2000–2016, ditulis ulang di sini
const TOTAL_TIPE_I = [
  631.99, 280.53, 631.42, 487.78, 262.96, 456.82, 199.19, 401.38, 332.57, 272.49, 343.82, 136.85, 269.69, 539.41,
  411.21, 204.71, 208.59,
];

describe("pita pada batas (ROUND 9 desimal)", () => {
  test("700,0000000000003 dan 599,9999999999998 jatuh pada pita tercetak (seed baris 801: 600 - 700 : Cukup)", () => {
    expect(bulatPita(700.0000000000003)).toBe(700);
    expect(kategori1000(700.0000000000003)).toBe("Cukup");
    expect(kategori1000(599.9999999999998)).toBe("Cukup");
    expect(kategori1000(850)).toBe("Baik");
    expect(kategori1000(850.001)).toBe("Amat baik");
    expect(bulatPita(2.0000000005)).toBe(2.000000001); // setengah naik, seperti ROUND Excel
  });
});

describe("Instrumen Alternatif II per indikator (seed 004 baris 789–802)", () => {
  test("angka = skor / 10 × 1000 dan kategori tiap indikator", () => {
    const h = angkaPerIndikator([7, 8, 9, 6, 5, 10, 1]);
    expect(h.map((x) => x.angka)).toEqual([700, 800, 900, 600, 500, 1000, 100].map((v) => expect.closeTo(v, 9)));
    // 700 → "c. 600 - 700 : Cukup"; 800 → "b. 701 - 850 : Baik"; 900 → "a. 851 - 1000 : Amat baik"; 500 → "d. 600 : Kurang"
    expect(h.map((x) => x.kategori)).toEqual(["Cukup", "Baik", "Amat baik", "Cukup", "Kurang", "Amat baik", "Kurang"]);
  });
  test("skor di luar 1–10 → #NUM!, teks → #VALUE!", () => {
    expect(jenisGalat(() => angkaPerIndikator([11]))).toBe("ANGKA");
    expect(jenisGalat(() => angkaPerIndikator(["a"]))).toBe("NILAI");
  });
});

describe("Instrumen Alternatif I (seed 004 baris 775–787)", () => {
  test("keterangan 1 Istimewa … 5 Tidak memuaskan; rata-rata setengah ke tingkat lebih baik", () => {
    expect([1, 2, 3, 4, 5].map(keteranganPrestasi)).toEqual([
      "Istimewa",
      "Sangat baik",
      "Normal",
      "Kurang memuaskan",
      "Tidak memuaskan",
    ]);
    expect(keteranganPrestasi(1.5)).toBe("Istimewa");
    expect(keteranganPrestasi(1.5000000000000002)).toBe("Istimewa");
    expect(keteranganPrestasi(1.51)).toBe("Sangat baik");
    expect(jenisGalat(() => keteranganPrestasi(0.9))).toBe("ANGKA");
  });
  test("tanda: satu kolom → tingkatnya; kosong → null; dua tanda → #VALUE!", () => {
    expect(tingkatDariTanda(["", "x", "", null, undefined])).toBe(2);
    expect(tingkatDariTanda(["", "", "", "", ""])).toBeNull();
    expect(jenisGalat(() => tingkatDariTanda(["x", "x", "", "", ""]))).toBe("NILAI");
  });
  test("rekap: tingkat 2, 3, 4, 1 → satu per tingkat 1–4, rata-rata (2+3+4+1)/4 = 2,5 → Sangat baik", () => {
    expect(rekapAlternatifI([2, 3, 4, 1])).toEqual({
      banyak: [1, 1, 1, 1, 0],
      dinilai: 4,
      rataRata: 2.5,
      keterangan: "Sangat baik",
    });
  });

  test("lembar: tingkat, keterangan, rekap dan tanda ganda dihitung HyperFormula", () => {
    const r = rencanaLanAlternatif1(contohLanAlternatif1());
    const l = lembar(r, NAMA_LEMBAR_ALTERNATIF1);
    const kc = kunci(l);
    const cT = kolomKepala(l, "Tingkat");
    const awal = 6;
    const nilai = evaluasiRencana(r, {
      [l.nama]: {
        [kc.get("tanda|baris=5|tingkat=1") as string]: "x",
        [kc.get("tanda|baris=5|tingkat=3") as string]: "x",
      },
    });
    expect([0, 1, 2, 3].map((i) => nilai(l.nama, alamat(awal + i, cT)))).toEqual([2, 3, 4, 1]);
    expect([0, 1, 2, 3].map((i) => nilai(l.nama, alamat(awal + i, cT + 1)))).toEqual([
      "Sangat baik",
      "Normal",
      "Kurang memuaskan",
      "Istimewa",
    ]);
    expect(nilai(l.nama, alamat(awal + 4, cT))).toBe("#ERR:#N/A");
    expect(nilai(l.nama, alamat(awal + 4, cT + 1))).toBe("Tandai satu tingkat saja");
    expect(nilai(l.nama, alamat(awal + 5, cT))).toBe("");
    // tanpa tanda ganda: rata-rata 2,5 → Sangat baik; banyak per tingkat 1,1,1,1,0
    const bersih = evaluasiRencana(r);
    const rk = barisLabel(l, "Banyak jenis pelayanan per tingkat");
    expect([0, 1, 2, 3, 4].map((j) => bersih(l.nama, alamat(rk, 5 + j)))).toEqual([1, 1, 1, 1, 0]);
    const rr = barisLabel(l, "Rata-rata tingkat prestasi (tafsiran proyek)");
    expect(bersih(l.nama, alamat(rr, cT))).toBe(2.5);
    expect(bersih(l.nama, alamat(rr, cT + 1))).toBe(rekapAlternatifI([2, 3, 4, 1]).keterangan);
    expect(r.meta).toEqual({ pembangun: "lanAlternatif1", versi: 1, opsi: { baris: 6 } });
    expect(buatRencana("lanAlternatif1", { baris: 3 }).lembar[0].nama).toBe(NAMA_LEMBAR_ALTERNATIF1);
  });
});

describe("dua pola penilaian: tipe II dan III digabung (Kesimpulan 6, seed 004 baris 1721)", () => {
  const k = kerangkaPola("II+III");
  // Lampiran 6 dan 7 (seed 004 baris 2026, 2043, 2051, 2068): V1 619,94 dan 181,34; Total 6192,77 dan 1842
  // Tabel 4.12 dan 4.13: Proporsi Indikator 1 = 0,115236958 dan 0,122201397
  test("Proporsi/Bobot Variabel 1 dari total gabungan (hitungan tangan)", () => {
    expect(k.totalVariabel[0]).toBeCloseTo(619.94 + 181.34, 9);
    expect(k.proporsiVariabel[0]).toBeCloseTo((619.94 + 181.34) / (6192.77 + 1842), 9);
    expect(k.bobotVariabel[0]).toBeCloseTo(((619.94 + 181.34) / (6192.77 + 1842)) * 20000, 7);
    expect(k.bobotVariabel.reduce((a, b) => a + b, 0)).toBeCloseTo(20000, 6);
  });
  test("Proporsi Indikator 1 = (p_II × T_II + p_III × T_III) / (T_II + T_III)", () => {
    const p = (0.115236958 * 619.94 + 0.122201397 * 181.34) / (619.94 + 181.34);
    expect(k.proporsiIndikator[0]).toBeCloseTo(p, 12);
    expect(k.bobotIndikator[0]).toBeCloseTo(p * k.bobotVariabel[0], 9);
  });
  test("pola satu tipe = angka tercetak Lampiran 5 / Tabel 4.11", () => {
    const i = kerangkaPola("I");
    expect(i.totalVariabel).toEqual(TOTAL_TIPE_I);
    expect(i.proporsiIndikator[0]).toBe(0.114368898);
  });

  test("lembar kerangka II+III = inti (HyperFormula)", () => {
    const r = rencanaLan({ tipe: "II+III", pola: "lengkap", mode: "kerangka", unit: [] });
    const l = lembar(r, namaLembarLan("II+III", "Kerangka"));
    const nilai = evaluasiRencana(r);
    const cBV = kolomKepala(l, "Bobot Variabel");
    const cBI = kolomKepala(l, "Bobot Indikator");
    const v1 = barisLabel(l, "V1", 0);
    expect(nilai(l.nama, alamat(v1, cBV)) as number).toBeCloseTo(k.bobotVariabel[0], 9);
    expect(nilai(l.nama, alamat(v1 + 1, cBI)) as number).toBeCloseTo(k.bobotIndikator[0], 9);
    const tot = barisLabel(l, "Total");
    expect(nilai(l.nama, alamat(tot, cBV)) as number).toBeCloseTo(20000, 6);
    // Σ Bobot Indikator = Σ inti; berbeda dari 20.000 < 0,001 karena proporsi tercetak dibulatkan 9 desimal
    expect(nilai(l.nama, alamat(tot, cBI)) as number).toBeCloseTo(
      k.bobotIndikator.reduce((a, b) => a + b, 0),
      7,
    );
    expect(Math.abs((nilai(l.nama, alamat(tot, cBI)) as number) - 20000)).toBeLessThan(1e-3);
    expect(l.nama_rentang?.[0].nama).toBe("LAN_II_III_Kerangka_SkorIdeal");
  });

  test("nilai unit II+III memakai Bobot Indikator gabungan: skor campuran = inti nilaiUnitLan", () => {
    const r = rencanaLan({ tipe: "II+III", pola: "lengkap", mode: "nilaiUnit", unit: ["A"] });
    expect(r.lembar.map((x) => x.nama)).toEqual(["LAN-II+III Kerangka", "LAN-II+III Nilai", "LAN-II+III Ringkasan"]);
    const l = lembar(r, "LAN-II+III Nilai");
    const kc = kunci(l);
    const skor = Array.from({ length: 89 }, (_, i) => 1 + (i % 10));
    const isian: Record<string, number> = {};
    skor.forEach((s, i) => (isian[kc.get(`skor|i=${i + 1}|u=A`) as string] = s));
    const nilai = evaluasiRencana(r, { [l.nama]: isian });
    const inti = nilaiUnitLan(skor, k.bobotIndikator, VARIABEL_TIAP_INDIKATOR);
    const s1000 = barisLabel(l, "Nilai skala 1000");
    expect(nilai(l.nama, alamat(s1000, 4)) as number).toBeCloseTo(inti.nilai1000, 9);
    expect(nilai(l.nama, alamat(s1000 + 1, 4))).toBe(inti.kategori);
  });
});

describe("lima variabel utama dari data (aturan Tabel 4.7, Saran 5)", () => {
  test("total tercetak tiap tipe memberi lima variabel Tabel 4.7 (seed 004 baris 1397–1399)", () => {
    // Tabel 4.7: Tipe I Kesederhanaan, Kejelasan, Kepegawaian, Keamanan, Efisiensi = V1, V3, V14, V4, V6
    expect(limaVariabelDariData(TOTAL_TIPE_I).map((v) => v.no)).toEqual([1, 3, 14, 4, 6]);
    // Tipe II dan III: Kejelasan, Kesederhanaan, Kepegawaian, Efisiensi, Keamanan = V3, V1, V14, V6, V4
    expect(limaVariabelDariData(lampiranTercetak("II").map((x) => x.total)).map((v) => v.no)).toEqual([3, 1, 14, 6, 4]);
    expect(limaVariabelDariData(lampiranTercetak("III").map((x) => x.total)).map((v) => v.no)).toEqual([
      3, 1, 14, 6, 4,
    ]);
    expect(limaVariabelDariData(kerangkaPola("II+III").totalVariabel).map((v) => v.no)).toEqual([3, 1, 14, 6, 4]);
  });
  test("bobot dibagi ulang: T_j / Σ lima T × 20.000 (hitungan tangan, Tipe I)", () => {
    const lima = 631.99 + 631.42 + 539.41 + 487.78 + 456.82;
    const b = bobotLimaSebentuk(TOTAL_TIPE_I);
    expect(b[0]).toBeCloseTo((631.99 / lima) * 20000, 9);
    expect(b[13]).toBeCloseTo((539.41 / lima) * 20000, 9);
    expect(b[1]).toBe(0);
    expect(b.reduce((a, x) => a + x, 0)).toBeCloseTo(20000, 9);
  });
  test("bobot sama: nomor variabel kecil dulu; banyak di luar 1–17 → #NUM!", () => {
    expect(limaVariabelDariData([1, 2, 2, 2, 2, 2, 2]).map((v) => v.no)).toEqual([2, 3, 4, 5, 6]);
    expect(jenisGalat(() => limaVariabelDariData([1, 2], 3))).toBe("ANGKA");
  });

  test("lembar kerangka Tipe I limaData: peringkat dan bobot dibagi ulang (LARGE/MATCH) = inti", () => {
    const r = rencanaLan({ tipe: "I", pola: "limaData", mode: "kerangka", unit: [] });
    const l = lembar(r, namaLembarLan("I", "Kerangka"));
    const nilai = evaluasiRencana(r);
    const hdr = barisLabel(l, "Peringkat", 4);
    const b = bobotLimaSebentuk(TOTAL_TIPE_I);
    const peringkat = Array.from({ length: 17 }, (_, j) => nilai(l.nama, alamat(hdr + 1 + j, 4)));
    expect([0, 2, 13, 3, 5].map((j) => peringkat[j])).toEqual([1, 2, 3, 4, 5]);
    for (let j = 0; j < 17; j++) expect(nilai(l.nama, alamat(hdr + 1 + j, 6)) as number).toBeCloseTo(b[j], 7);
  });

  test("hitungBobot limaData, semua skor sama: bobot ∝ banyak indikator, seri → nomor kecil dulu", () => {
    // banyak indikator: V1 = V3 = 9, V14 = 8, V4 = V6 = 7 → lima teratas V1, V3, V14, V4, V6
    const r = rencanaLan({ tipe: "I", pola: "limaData", mode: "hitungBobot", unit: ["A"] });
    const l = lembar(r, namaLembarLan("I", "Bobot"));
    const kc = kunci(l);
    const isian: Record<string, number> = {};
    for (let i = 1; i <= 89; i++) isian[kc.get(`skor|i=${i}|u=A`) as string] = 4;
    const nilai = evaluasiRencana(r, { [l.nama]: isian });
    const hdr = barisLabel(l, "Peringkat", 4);
    const peringkat = Array.from({ length: 17 }, (_, j) => nilai(l.nama, alamat(hdr + 1 + j, 4)));
    expect([0, 2, 13, 3, 5].map((j) => peringkat[j])).toEqual([1, 2, 3, 4, 5]);
    expect(new Set(peringkat).size).toBe(17);
    expect(nilai(l.nama, alamat(hdr + 18, 6)) as number).toBeCloseTo(20000, 9);
  });

  test("nilai unit limaData: hanya indikator lima variabel terpilih yang wajib diisi", () => {
    const r = rencanaLan({ tipe: "I", pola: "limaData", mode: "nilaiUnit", unit: ["A"] });
    const l = lembar(r, namaLembarLan("I", "Nilai"));
    const kc = kunci(l);
    const s1000 = barisLabel(l, "Nilai skala 1000");
    const c = kolomKepala(l, "Nilai");
    expect(evaluasiRencana(r)(l.nama, alamat(s1000, c))).toBe("");
    const isian: Record<string, number> = {};
    for (let i = 1; i <= 89; i++)
      if ([1, 3, 14, 4, 6].includes(VARIABEL_TIAP_INDIKATOR[i - 1])) isian[kc.get(`skor|i=${i}|u=A`) as string] = 8;
    const nilai = evaluasiRencana(r, { [l.nama]: isian });
    // skor 8 di semua indikator terpilih: 8/10 × Σ bobot dibagi ulang / Σ bobot × 1000 = 800 → Baik
    expect(nilai(l.nama, alamat(s1000, c)) as number).toBeCloseTo(800, 9);
    expect(nilai(l.nama, alamat(s1000 + 1, c))).toBe("Baik");
  });
});

describe("nilai unit dengan angka per indikator (Alternatif II)", () => {
  test("skor 7 → 700 Cukup, 9 → 900 Amat baik per indikator (HyperFormula, ROUND 9)", () => {
    const r = rencanaLan({ tipe: "I", pola: "lengkap", mode: "nilaiUnit", unit: ["A"], perIndikator: true });
    const l = lembar(r, namaLembarLan("I", "Nilai"));
    const kc = kunci(l);
    const isian: Record<string, number> = {};
    for (let i = 1; i <= 89; i++) isian[kc.get(`skor|i=${i}|u=A`) as string] = i === 2 ? 9 : 7;
    const nilai = evaluasiRencana(r, { [l.nama]: isian });
    const cA = kolomKepala(l, "Angka (0–1000)");
    const cK = kolomKepala(l, "Kategori");
    const b1 = barisLabel(l, 1, 0);
    expect(nilai(l.nama, alamat(b1, cA))).toBe(700);
    expect(nilai(l.nama, alamat(b1, cK))).toBe("Cukup");
    expect(nilai(l.nama, alamat(b1 + 1, cA))).toBe(900);
    expect(nilai(l.nama, alamat(b1 + 1, cK))).toBe("Amat baik");
    // 89 kategori per indikator + 1 kategori nilai unit, masing-masing diputuskan atas ROUND(x,9)
    expect(l.blok[0].sel.flat().filter((s) => s?.rumus?.includes("ROUND(")).length).toBe(90);
  });
});

describe("fungsi kustom = inti = lembar", () => {
  test("LAN.PRESTASI: tingkat 1–5 dan rata-rata 2,5 (seed baris 786–787)", () => {
    expect(f.lanPrestasi([[1], [2], [3], [4], [5], [2.5]])).toEqual([
      ["Istimewa"],
      ["Sangat baik"],
      ["Normal"],
      ["Kurang memuaskan"],
      ["Tidak memuaskan"],
      ["Sangat baik"],
    ]);
    expect(kodeExcel(() => f.lanPrestasi([[""]]))).toBe("#N/A");
    expect(kodeExcel(() => f.lanPrestasi([[6]]))).toBe("#NUM!");
  });
  test("LAN.ANGKAINDIKATOR dan LAN.KATEGORIINDIKATOR: skor 7, 8, 9, 5 → 700 Cukup, 800 Baik, 900 Amat baik, 500 Kurang", () => {
    expect(
      f.lanAngkaIndikator([
        [7, 8],
        [9, 5],
      ]),
    ).toEqual(
      [
        [700, 800],
        [900, 500],
      ].map((r) => r.map((v) => expect.closeTo(v, 9))),
    );
    expect(
      f.lanKategoriIndikator([
        [7, 8],
        [9, 5],
      ]),
    ).toEqual([
      ["Cukup", "Baik"],
      ["Amat baik", "Kurang"],
    ]);
    expect(f.lanKategoriIndikator([[3]], 5)).toEqual([["Cukup"]]); // 3/5 × 1000 = 600 → "600 - 700 : Cukup"
    expect(kodeExcel(() => f.lanAngkaIndikator([[11]]))).toBe("#NUM!");
  });
  test("LAN.BOBOTLIMA: total Lampiran 5 → V1, V3, V14, V4, V6 (Tabel 4.7 Tipe I)", () => {
    const hasil = f.lanBobotLima(TOTAL_TIPE_I.map((x) => [x]));
    const lima = 631.99 + 631.42 + 539.41 + 487.78 + 456.82;
    expect(hasil[0][0]).toBeCloseTo((631.99 / lima) * 20000, 9);
    expect(hasil.map((r, j) => (r[0] > 0 ? j + 1 : 0)).filter(Boolean)).toEqual([1, 3, 4, 6, 14]);
    expect(kodeExcel(() => f.lanBobotLima([[1], [2]], 3))).toBe("#NUM!");
  });
  test('LAN.KERANGKA("II+III") = kerangka pola kedua inti = lembar (asinkron: angka tercetak dimuat belakangan)', async () => {
    const k = kerangkaPola("II+III");
    const t = await lanKerangka("II+III");
    expect(t.length).toBe(90);
    expect(t[1][5]).toBeCloseTo(k.bobotIndikator[0], 12);
    expect(t[1][6]).toBeCloseTo(k.bobotVariabel[0], 12);
    expect((await lanKerangka("2+3", 6))[0][0]).toBe(t[1][5]);
    // tipe dan kolom yang tidak dikenal: janji ditolak dengan galat Excel #N/A
    await expect(lanKerangka("IV")).rejects.toMatchObject({ code: "#N/A" });
    await expect(lanKerangka("I", 8)).rejects.toMatchObject({ code: "#N/A" });
  });
});
