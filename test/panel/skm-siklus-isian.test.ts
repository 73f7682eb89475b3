/**
 * Siklus SKM dari task pane, bagian murni (src/taskpane/siklus-panel.ts, src/plans/skm-siklus-data.ts,
 * src/core/skm-siklus-tabel.ts): isian panel + nilai lembar → opsi pembangun lewat jalan yang sama dengan CLI,
 * dengan angka dari hitungan tangan (bukan dari keluaran kode); tebakan kolom; daftar unsur dan galatnya;
 * kapan lembar pengguna dirujuk langsung dan kapan jawaban disalin; pembacaan berkas CSV/.xlsx.
 */
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { siklusDariTabel } from "../../src/cli/skm-siklus";
import { rencanaSiklusDariCli } from "../../src/cli/skm-siklus-xlsx";
import { tabelDariCsv, kisiBerjangkarA1 } from "../../src/core/skm-siklus-tabel";
import { kenaliKolom } from "../../src/core/skm-siklus";
import type { RencanaBukuKerja } from "../../src/plans/rencana";
import { rencanaSkmSiklus } from "../../src/plans/skm-siklus";
import { alasanSalin } from "../../src/plans/skm-siklus-data";
import { TEKS } from "../../src/taskpane/teks";
import { opsiPanel } from "../../src/metode/index";
import { GalatIsian, type BacaIsian } from "../../src/taskpane/isian";
import {
  TANPA_KOLOM,
  alasanSalinPanel,
  cuplikanJudul,
  petaDariLembar,
  bacaOpsiSiklus,
  bukaBerkas,
  kenaliUnsur,
  lembarAwal,
  tabelDariLembar,
  tebakKolom,
  type SumberSiklus,
} from "../../src/taskpane/siklus-panel";
import { evaluasiRencana } from "../bantu/mesin-rumus";

const t = TEKS.id;
const isian = (nilai: Record<string, string>): BacaIsian => ({ nilai: (id) => nilai[id] ?? "", centang: () => false });
/** Tanggal seri Excel dihitung tangan: hari sejak 1899-12-30 (25569 = 1970-01-01). */
const seri = (th: number, bl: number, h: number): number => Date.UTC(th, bl - 1, h) / 86400000 + 25569;

const JUDUL = ["Cap waktu", "Jenis Layanan", "Umur", ...Array.from({ length: 9 }, (_, j) => `U${j + 1}`), "Saran"];
/**
 * Tiga responden: Jan dan Feb 2026 (KTP) → 2026-S1; Agu 2026 (KK) → 2026-S2.
 * KTP: semua unsur 4 dan 3 → NRR 3,5 tiap unsur → indeks 9 × 3,5 / 9 = 3,5 → nilai 87,5 (B, Baik).
 * KK: U1 = 1, U2–U9 = 2 → Σ NRR = 17 → nilai 17/9 × 25 = 47,222… (D); penimbang 0,111: 17 × 0,111 × 25 = 47,175.
 */
const LEMBAR: unknown[][] = [
  JUDUL,
  [seri(2026, 1, 10) + 0.5, "KTP", 34, ...new Array(9).fill(4), "Antrean panjang"],
  [
    seri(2026, 2, 10),
    "KTP",
    51,
    "Sesuai",
    "Mudah",
    "Cepat",
    "Murah",
    "Sesuai",
    "Kompeten",
    "Sopan dan ramah",
    "Berfungsi kurang maksimal",
    "Baik",
    "",
  ],
  [seri(2026, 8, 5), "KK", 28, "Tidak sesuai", ...new Array(8).fill(2), "-"],
];

const PILIHAN = { "siklus-waktu": "Cap waktu", "siklus-layanan": "Jenis Layanan" };

/** Lembar pengguna sebagai rencana kecil (sel masukan) agar HyperFormula dapat menghitung rumus yang merujuknya. */
function lembarPengguna(nama: string, kisi: unknown[][]): RencanaBukuKerja {
  return {
    meta: { pembangun: "uji", versi: 1, opsi: {} },
    lembar: [
      {
        nama,
        blok: [
          {
            mulai: "A1",
            sel: kisi.map((b) =>
              b.map((v) => (v === "" ? null : { peran: "masukan" as const, nilai: v as string | number })),
            ),
          },
        ],
      },
    ],
  };
}

describe("isian panel → opsi pembangun (jalan CLI) → buku kerja dihitung HyperFormula", () => {
  const sumber: SumberSiklus = { tabel: tabelDariLembar("Jawaban", "Jawaban!A1:M4", LEMBAR), lembar: "Jawaban" };

  test("lembar Excel dirujuk langsung: tanpa lembar salinan, angka = hitungan tangan", () => {
    const opsi = bacaOpsiSiklus(sumber, isian(PILIHAN), t);
    expect(opsi).toMatchObject({
      lembarJawaban: "Jawaban",
      periodeNama: ["2026-S1", "2026-S2"],
      layanan: ["KK", "KTP"],
      kolomWaktu: 0,
      kolomLayanan: 1,
      kolomUnsur: [3, 4, 5, 6, 7, 8, 9, 10, 11],
      kolomProfil: [2],
      kolomSaran: [12],
    });
    // baris data terakhir = baris 4 → rumus menjangkau sampai baris 4 + 200
    expect(opsi.barisKosong).toBe(200);
    expect(opsi.saran).toEqual({ "2026-S1": ["Antrean panjang"] });
    const r = rencanaSkmSiklus(opsi);
    expect(r.lembar.map((l) => l.nama)).not.toContain("SKM Jawaban");
    expect(r.lembar.map((l) => l.nama)).not.toContain("Jawaban");
    const nilai = evaluasiRencana([r, lembarPengguna("Jawaban", LEMBAR)]);
    // Hasil: baris 11 = 2026-S1 KK (tanpa responden), 12 = KTP, 13 = unit; 14–16 = 2026-S2
    expect([nilai("SKM Hasil", "A12"), nilai("SKM Hasil", "B12"), nilai("SKM Hasil", "D12")]).toEqual([
      "2026-S1",
      "KTP",
      2,
    ]);
    expect(nilai("SKM Hasil", "O12")).toBeCloseTo(87.5, 12);
    expect(nilai("SKM Hasil", "P12")).toBe("B");
    expect([nilai("SKM Hasil", "A14"), nilai("SKM Hasil", "B14"), nilai("SKM Hasil", "D14")]).toEqual([
      "2026-S2",
      "KK",
      1,
    ]);
    expect(nilai("SKM Hasil", "O14")).toBeCloseTo((17 / 9) * 25, 12);
    expect(nilai("SKM Hasil", "P14")).toBe("D");
    expect(nilai("SKM Hasil", "B8")).toBe(0);
  });

  test("cap waktu teks dan ejaan jawaban yang tidak dibaca COUNTIFS apa adanya → jawaban disalin (dirapikan), angka = hitungan tangan", () => {
    const teks = LEMBAR.map((b) => [...b]);
    teks[1][0] = "2026-01-10 12:00:00";
    teks[2][0] = "10/02/2026 08:00";
    teks[3][0] = "5/8/2026";
    teks[2][3] = "  sesuai ";
    teks[2][4] = "MUDAH";
    const s: SumberSiklus = { tabel: tabelDariLembar("Jawaban", "Jawaban!A1:M4", teks), lembar: "Jawaban" };
    const opsi = bacaOpsiSiklus(s, isian(PILIHAN), t);
    expect(opsi.lembarJawaban).toBeUndefined();
    // salinan: cap waktu → tanggal seri, "  sesuai " → "sesuai" (COUNTIFS tidak membedakan huruf besar/kecil)
    expect(opsi.baris!.map((b) => b[0])).toEqual([
      seri(2026, 1, 10) + 0.5,
      seri(2026, 2, 10) + 8 / 24,
      seri(2026, 8, 5),
    ]);
    expect(opsi.baris![1][3]).toBe("sesuai");
    const nilai = evaluasiRencana(rencanaSkmSiklus(opsi));
    expect([nilai("SKM Hasil", "D12"), nilai("SKM Hasil", "D14")]).toEqual([2, 1]);
    expect(nilai("SKM Hasil", "O12")).toBeCloseTo(87.5, 12);
    expect(nilai("SKM Hasil", "O14")).toBeCloseTo((17 / 9) * 25, 12);
    expect([nilai("SKM Hasil", "B8"), nilai("SKM Hasil", "B9")]).toEqual([0, 0]);
  });

  test("konvensi panel: penimbang 0,111, triwulan, rerata, nama unit", () => {
    const opsi = bacaOpsiSiklus(
      sumber,
      isian({
        ...PILIHAN,
        "siklus-penimbang": "0.111",
        "siklus-periode": "triwulan",
        "siklus-hasil-unit": "rerata",
        "siklus-pembulatan": "3",
        "siklus-unit": " Kecamatan X ",
      }),
      t,
    );
    expect(opsi).toMatchObject({
      penimbang: "0.111",
      periode: "triwulan",
      hasilUnit: "rerata",
      pembulatanNrr: 3,
      unitNama: "Kecamatan X",
      periodeNama: ["2026-Q1", "2026-Q3"],
    });
    const nilai = evaluasiRencana([rencanaSkmSiklus(opsi), lembarPengguna("Jawaban", LEMBAR)]);
    const kk = [14, 15, 16].find(
      (r) => nilai("SKM Hasil", `A${r}`) === "2026-Q3" && nilai("SKM Hasil", `B${r}`) === "KK",
    )!;
    expect(nilai("SKM Hasil", `O${kk}`)).toBeCloseTo(17 * 0.111 * 25, 12);
  });

  test("ambang NRR dari panel (koma desimal) = --ambang: Tindak Lanjut mendaftar unsur di bawahnya; isian salah ditolak", () => {
    const opsi = bacaOpsiSiklus(sumber, isian({ ...PILIHAN, "siklus-ambang": " 1,5 " }), t);
    expect(opsi.ambang).toBe(1.5);
    const nilai = evaluasiRencana([rencanaSkmSiklus(opsi), lembarPengguna("Jawaban", LEMBAR)]);
    expect(nilai("SKM Tindak Lanjut", "B3")).toBe(1.5);
    // NRR unit hitungan tangan: 2026-S1 (KTP) semua 3,5 → tidak ada di bawah 1,5; 2026-S2 (KK) U1 = 1, U2–U9 = 2 → hanya U1
    const baris = Array.from({ length: 40 }, (_, i) => 5 + i);
    const daftar = (p: string) =>
      baris
        .filter((r) => nilai("SKM Tindak Lanjut", `A${r}`) === p)
        .map((r) => [String(nilai("SKM Tindak Lanjut", `C${r}`)).split(" ")[0], nilai("SKM Tindak Lanjut", `D${r}`)])
        .filter(([u]) => u !== "");
    expect(daftar("2026-S1")).toEqual([]);
    expect(daftar("2026-S2")).toEqual([["U1", 1]]);
    // kosong → tiga terendah (tanpa ambang), seperti CLI tanpa --ambang
    expect(bacaOpsiSiklus(sumber, isian(PILIHAN), t).ambang).toBeUndefined();
    for (const salah of ["5", "0,5", "tinggi", "3,0,1"]) {
      expect(() => bacaOpsiSiklus(sumber, isian({ ...PILIHAN, "siklus-ambang": salah }), t)).toThrow(
        new GalatIsian(t.galatAmbang(salah)),
      );
    }
  });

  test("tanpa kolom layanan dan waktu: satu periode dan layanan", () => {
    // "Cap waktu" yang tidak dipilih sebagai kolom waktu menjadi calon unsur waktu (U3): galat yang jelas
    expect(() =>
      bacaOpsiSiklus(sumber, isian({ "siklus-waktu": TANPA_KOLOM, "siklus-layanan": TANPA_KOLOM }), t),
    ).toThrow('dikenali di dua kolom: "Cap waktu" dan "U3"');
    const tanpaCap = LEMBAR.map((b, i) => (i === 0 ? ["Tanggal isi", ...b.slice(1)] : b));
    const s: SumberSiklus = { tabel: tabelDariLembar("Jawaban", "Jawaban!A1:M4", tanpaCap), lembar: "Jawaban" };
    const opsi = bacaOpsiSiklus(s, isian({ "siklus-waktu": TANPA_KOLOM, "siklus-layanan": TANPA_KOLOM }), t);
    expect(opsi).toMatchObject({
      periodeNama: ["Semua"],
      layanan: ["Semua layanan"],
      kolomWaktu: null,
      kolomLayanan: null,
    });
  });

  test("teks jawaban salah → GalatIsian menyebut lembar, baris, kolom dan teks", () => {
    const salah = LEMBAR.map((b) => [...b]);
    salah[3][6] = "Lumayan murah";
    const s: SumberSiklus = { tabel: tabelDariLembar("Jawaban", "Jawaban!A1:M4", salah), lembar: "Jawaban" };
    const pesan = 'lembar "Jawaban" baris 4, kolom "U4": jawaban "Lumayan murah" tidak ada di peta jawaban';
    expect(() => bacaOpsiSiklus(s, isian(PILIHAN), t)).toThrow(
      new GalatIsian(`${t.galatSiklus(pesan)}. ${t.siklusSaranPeta("SKM Peta Jawaban")}`),
    );
    // dari berkas (tanpa lembar Peta Jawaban di buku kerja): tanpa saran itu
    expect(() => bacaOpsiSiklus({ tabel: s.tabel }, isian(PILIHAN), t)).toThrow(new GalatIsian(t.galatSiklus(pesan)));
  });

  test("tanpa jawaban yang dibaca → pesan memilih lembar", () => {
    expect(() => opsiPanel("skmSiklus", isian({}), t)).toThrow(new GalatIsian(t.galatSiklusSumber));
  });

  test("berkas CSV (tanpa lembar Excel) = CLI: jawaban disalin, rencana sama dengan rencanaSiklusDariCli", async () => {
    const csv = readFileSync(join(__dirname, "../fixtures/skm-siklus/formulir-kecamatan.csv"));
    const b = await bukaBerkas(
      "formulir.csv",
      csv.buffer.slice(csv.byteOffset, csv.byteOffset + csv.byteLength) as ArrayBuffer,
      { csv: async () => parse },
    );
    expect(b.lembar).toEqual([]);
    const opsi = bacaOpsiSiklus({ tabel: b.tabel() }, isian({ ...PILIHAN, "siklus-unit": "Kecamatan Contoh" }), t);
    expect(opsi.lembarJawaban).toBeUndefined();
    const cli = rencanaSiklusDariCli(
      siklusDariTabel(tabelDariCsv(csv.toString("utf8"), "formulir.csv", parse), {
        layanan: "Jenis Layanan",
        waktu: "Cap waktu",
      }),
      "Kecamatan Contoh",
    );
    expect(rencanaSkmSiklus(opsi)).toEqual(cli);
  });
});

describe("kolom dan sumber", () => {
  test("tebakan cap waktu dan layanan: Google Forms, Microsoft Forms, tanpa keduanya", () => {
    const google = readFileSync(join(__dirname, "../fixtures/skm-siklus/formulir-kecamatan.csv"), "utf8")
      .split("\n")[0]
      .split(",");
    expect(tebakKolom(google, "2017")).toEqual({ waktu: "Cap waktu", layanan: "Jenis Layanan" });
    expect(
      tebakKolom(
        ["ID", "Start time", "Completion time", "Email", "Layanan yang diterima", "Persyaratan pelayanan"],
        "2017",
      ),
    ).toEqual({ waktu: "Completion time", layanan: "Layanan yang diterima" });
    expect(tebakKolom(["U1", "U2"], "2017")).toEqual({ waktu: TANPA_KOLOM, layanan: TANPA_KOLOM });
  });

  test("daftar unsur: kolom tiap unsur; unsur yang tidak ada ditandai dan galat inti disebut", () => {
    const judul = JUDUL.filter((j) => j !== "U9");
    const { unsur, galat } = kenaliUnsur(judul, "2017", "Cap waktu", "Jenis Layanan");
    expect(unsur[0]).toEqual({ unsur: "U1 Persyaratan", kolom: "D", judul: "U1", cuplikan: "U1" });
    expect(unsur[8]).toEqual({ unsur: "U9 Sarana dan Prasarana", kolom: null, judul: null, cuplikan: null });
    // judul pertanyaan panjang: cuplikan di sekitar kata unsurnya
    const tanya = "1. Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?";
    expect(cuplikanJudul(tanya, ["persyaratan"])).toBe("…kesesuaian persyaratan pelayanan dengan…");
    expect(cuplikanJudul("Persyaratan", ["persyaratan"])).toBe("Persyaratan");
    expect(galat).toBe(
      "kolom unsur tidak ditemukan: U9 Sarana dan Prasarana (judul kolom harus memuat nama unsurnya atau U1…U9)",
    );
    // tanpa kolom waktu terpilih, "Cap waktu" dikenali sebagai unsur waktu (U3) → dua kolom untuk satu unsur
    expect(kenaliUnsur(JUDUL, "2017", TANPA_KOLOM, "Jenis Layanan").galat).toBe(
      'unsur "Waktu Penyelesaian" dikenali di dua kolom: "Cap waktu" dan "U3"',
    );
    expect(kenaliUnsur(JUDUL, "2017", "Cap waktu", "Jenis Layanan").galat).toBeNull();
    // judul kembar (issue 22): kolom yang dibaca (layanan, unsur) ditolak dengan kedua posisi; dua "Saran" dibiarkan
    expect(kenaliUnsur([...JUDUL, "JENIS LAYANAN"], "2017", "Cap waktu", "Jenis Layanan").galat).toBe(
      'baris 1: kolom "JENIS LAYANAN" muncul dua kali (kolom 2 dan 14)',
    );
    expect(kenaliUnsur([...JUDUL, "U4"], "2017", "Cap waktu", "Jenis Layanan").galat).toBe(
      'baris 1: kolom "U4" muncul dua kali (kolom 7 dan 14)',
    );
    expect(kenaliUnsur([...JUDUL, "Saran"], "2017", "Cap waktu", "Jenis Layanan").galat).toBeNull();
  });

  test("rentang terpakai tidak mulai di A1: kolom tetap huruf lembarnya", () => {
    const kisi = kisiBerjangkarA1("'Form 1'!B1:C2", [
      ["Jenis Layanan", "U1"],
      ["KTP", 4],
    ]);
    expect(kisi).toEqual([
      ["", "Jenis Layanan", "U1"],
      ["", "KTP", 4],
    ]);
    expect(() =>
      tabelDariLembar("Form 1", "'Form 1'!A3:B4", [
        ["x", "y"],
        [1, 2],
      ]),
    ).toThrow('lembar "Form 1": baris 1 (judul) kosong');
    expect(() => tabelDariLembar("Kosong", null, [])).toThrow('lembar "Kosong" kosong');
  });

  test("peta tambahan dari lembar Peta Jawaban yang sudah ada: bukan pilihan bawaan, nilai bulat 1–4", () => {
    const kisi = [
      ["Peta jawaban: teks kuesioner → nilai persepsi 1–4"],
      [],
      [],
      ["Unsur", "Jawaban (teks)", "Nilai"],
      ["U1 Persyaratan", "Tidak sesuai", 1], // bawaan: dilewati
      ["U1 Persyaratan", "sangat  SESUAI", 4], // bawaan dengan ejaan lain: dilewati
      ["U1 Persyaratan", "Sesuai sekali", 4],
      ["U4 Biaya/Tarif", "Lumayan murah", 3],
      ["U4 Biaya/Tarif", "Gratis", 3], // teks bawaan dengan nilai lain: dipakai (menimpa)
      ["U4 Biaya/Tarif", "Mahal", 5], // di luar 1–4: dilewati (validasi lembar melaporkannya)
      ["U4 Biaya/Tarif", "", ""],
    ];
    expect(petaDariLembar("2017", "'SKM Peta Jawaban'!A1:C11", kisi)).toEqual([
      { unsur: 1, jawaban: "Sesuai sekali", nilai: 4 },
      { unsur: 4, jawaban: "Lumayan murah", nilai: 3 },
      { unsur: 4, jawaban: "Gratis", nilai: 3 },
    ]);
    expect(petaDariLembar("2017", null, [])).toEqual([]);
    // dipakai inti saat Bangun: teks yang dipetakan dikenali
    const salah = LEMBAR.map((b) => [...b]);
    salah[3][6] = "Lumayan murah";
    const s: SumberSiklus = {
      tabel: tabelDariLembar("Jawaban", "Jawaban!A1:M4", salah),
      lembar: "Jawaban",
      peta: petaDariLembar("2017", "A1:C11", kisi),
    };
    expect(bacaOpsiSiklus(s, isian(PILIHAN), t).peta).toHaveLength(3);
  });

  test("lembar awal: bukan lembar hasil add-in", () => {
    expect(lembarAwal(["SKM Publikasi", "SKM Hasil", "Form Responses 1", "Catatan"])).toBe("Form Responses 1");
    expect(lembarAwal(["SKM Jawaban", "SKM Nilai", "SKM Hitungan", "SKM Kuadran"])).toBe("SKM Jawaban");
  });

  test("berkas .xlsx: lembar terlihat, lembar pilihan dibaca", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Catatan").getCell("A1").value = "catatan";
    wb.addWorksheet("Tersembunyi", { state: "hidden" });
    const ws = wb.addWorksheet("Form Responses 1");
    ws.addRow(["Jenis Layanan", "U1"]);
    ws.addRow(["KTP", 4]);
    const muat = async () => ({ default: ExcelJS });
    const b = await bukaBerkas("x.xlsx", (await wb.xlsx.writeBuffer()) as ArrayBuffer, { exceljs: muat });
    expect(b.lembar).toEqual(["Catatan", "Form Responses 1"]);
    expect(b.tabel("Form Responses 1")).toEqual({
      sumber: "x.xlsx (lembar Form Responses 1)",
      judul: ["Jenis Layanan", "U1"],
      baris: [{ no: 2, sel: ["KTP", 4] }],
    });
    await expect(bukaBerkas("rusak.xlsx", new ArrayBuffer(10), { exceljs: muat })).rejects.toThrow(
      "rusak.xlsx: bukan berkas .xlsx yang dapat dibaca",
    );
  });
});

describe("dirujuk langsung atau disalin", () => {
  const tata = (judul: string[]) => kenaliKolom(judul, "2017", "Jenis Layanan", "Cap waktu");
  const satuBaris = (waktu: unknown, u1: unknown, layanan: unknown = "KTP") => ({
    sumber: "s",
    judul: ["Cap waktu", "Jenis Layanan", ...Array.from({ length: 9 }, (_, j) => `U${j + 1}`)],
    baris: [{ no: 2, sel: [waktu, layanan, u1, 4, 4, 4, 4, 4, 4, 4, 4] }],
  });
  const alasan = (waktu: unknown, u1: unknown, layanan?: unknown) => {
    const tb = satuBaris(waktu, u1, layanan);
    return alasanSalin(tb, tata(tb.judul), "hbt");
  };

  test("yang dibaca COUNTIFS sama dengan inti → dirujuk langsung", () => {
    expect(alasan(46032.5, "Sesuai")).toBeNull();
    expect(alasan(46032, 3)).toBeNull();
    expect(alasan(46032, "sangat SESUAI")).toBeNull();
    expect(alasan(46032, "Sesuai*")).toBeNull(); // kriteria peta meluputkan * ? ~
  });

  test("yang hanya dibaca inti → disalin, dengan baris, kolom dan teks", () => {
    expect(alasan("15-01-2026", "Sesuai")).toBe(
      'baris 2, kolom "Cap waktu": "15-01-2026" (cap waktu teks, bukan tanggal: periode dikenali rumus dari tanggal)',
    );
    for (const w of ["2026-01-15 10:23:11", "15/01/2026 10:23:11", "5/1/2026"])
      expect(alasan(w, "Sesuai")).toMatch(/cap waktu teks/);
    expect(alasan(46032, "3")).toBe('baris 2, kolom "U1": "3" (jawaban angka yang tersimpan sebagai teks)');
    expect(alasan(46032, "Sesuai\u00a0")).toMatch(/spasi khusus/);
    expect(alasan(46032, "  sangat   SESUAI ")).toMatch(/spasi di tepi, spasi ganda/);
    expect(alasan(46032, "   ")).toMatch(/spasi saja/);
    expect(alasan(46032, "Sesuai", "KTP\tel")).toMatch(/kolom "Jenis Layanan".*tab/);
  });

  test("panel: dari berkas (tanpa lembar) tidak ada yang dirujuk; kolom belum dikenali → tanpa alasan", () => {
    const tb = satuBaris("15-01-2026", "Sesuai");
    expect(alasanSalinPanel({ tabel: tb }, "2017", "Cap waktu", "Jenis Layanan")).toBeNull();
    expect(alasanSalinPanel({ tabel: tb, lembar: "L" }, "2017", "Cap waktu", "Jenis Layanan")).toMatch(/^baris 2/);
    expect(alasanSalinPanel({ tabel: tb, lembar: "L" }, "2017", "Cap waktu", "Tidak ada")).toBeNull();
  });

  test("lembar pengguna bernama sama dengan lembar yang ditulis add-in → ditolak", () => {
    const opsi = bacaOpsiSiklus(
      { tabel: tabelDariLembar("SKM Hasil", "'SKM Hasil'!A1:M4", LEMBAR), lembar: "SKM Hasil" },
      isian(PILIHAN),
      t,
    );
    expect(() => rencanaSkmSiklus(opsi)).toThrow('lembar jawaban "SKM Hasil" tidak dapat dipakai');
  });
});
