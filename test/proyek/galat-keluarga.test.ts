/**
 * Satu keluarga galat (issue 24): setiap galat proyek adalah GalatKinerja dengan jenis (galat Excel) dan golongan
 * (masukan, batas, excel, internal); setiap lapisan memetakan golongan di satu tempat — CLI → kode keluar dan
 * baris stderr (cli/galat.ts), panel → gaya pesan (taskpane/ui-galat.ts), fungsi → CustomFunctions.Error
 * (functions/excel.ts). Juga dua arti "sel kosong" (core/errors.ts). Angka harapan dari kontrak yang ditulis di
 * sini: kode keluar 0/1/2 (README, cli/kinerja.ts), kode galat Excel dari dokumentasi Office.
 */
import fc from "fast-check";
import {
  GOLONGAN_GALAT,
  GalatKinerja,
  galatAngka,
  galatBagiNol,
  galatDi,
  galatInternal,
  galatNA,
  galatNilai,
  kosong,
  kosongTeks,
  type GolonganGalat,
  type JenisGalat,
} from "../../src/core/errors";
import { LembarTidakAda } from "../../src/cli/baca-aliran";
import { GalatCli, awaliTempat, diTempat, tanggapanGalat } from "../../src/cli/galat";
import { jalankanCli } from "../../src/cli/kinerja";
import { PESAN_TAK_TERDUGA, jalankan, keGalatExcel } from "../../src/functions/excel";
import { GalatTerapkan, type KodeTerapkan } from "../../src/hosts/excel/umum";
import { TEKS } from "../../src/taskpane/teks";
import { GalatIsian } from "../../src/taskpane/isian";
import { gayaGalat, pesanGalat } from "../../src/taskpane/ui-galat";

const t = TEKS.id;

describe("keluarga galat", () => {
  test("galat setiap lapisan adalah GalatKinerja (dan Error) dengan golongannya", () => {
    const kasus: [GalatKinerja, GolonganGalat, JenisGalat][] = [
      [galatNilai("x"), "masukan", "NILAI"],
      [galatAngka("x"), "masukan", "ANGKA"],
      [galatBagiNol("x"), "masukan", "BAGI0"],
      [galatNA("x"), "masukan", "NA"],
      [galatInternal("x"), "internal", "NILAI"],
      [new GalatCli("x"), "masukan", "NILAI"],
      [new GalatCli("x", "batas"), "batas", "NILAI"],
      [new GalatIsian("x"), "masukan", "NILAI"],
      [new LembarTidakAda("Data", ["A", "B"]), "masukan", "NA"],
      [new GalatTerapkan("excelLama", "x"), "excel", "NILAI"],
      [new GalatTerapkan("tataLetak", "x"), "excel", "NILAI"],
      [new GalatTerapkan("periksaAwal", "x"), "excel", "NILAI"],
      [new GalatTerapkan("terlaluBesar", "x"), "batas", "NILAI"],
    ];
    for (const [e, golongan, jenis] of kasus) {
      expect(e).toBeInstanceOf(GalatKinerja);
      expect(e).toBeInstanceOf(Error);
      expect([e.golongan, e.jenis]).toEqual([golongan, jenis]);
    }
    expect(new LembarTidakAda("Data", ["A", "B"]).message).toBe('lembar "Data" tidak ada (lembar yang ada: A, B)');
  });

  test("galatDi: pesan berawalan tempat, jenis dan golongan tetap", () => {
    const e = galatDi(new GalatKinerja("ANGKA", "hasil tidak terhingga", "batas"), "pegawai ke-3");
    expect([e.message, e.jenis, e.golongan]).toEqual(["pegawai ke-3: hasil tidak terhingga", "ANGKA", "batas"]);
  });
});

describe("CLI: golongan → kode keluar dan baris stderr", () => {
  test.each<[GolonganGalat, number, string]>([
    ["masukan", 2, "data.csv baris 3: skor kosong"],
    ["batas", 2, "data.csv baris 3: skor kosong"],
    ["excel", 2, "data.csv baris 3: skor kosong"],
    // kesalahan program: disebut tak terduga (bukan salah pengguna), kode tetap 2
    ["internal", 2, "kesalahan tak terduga: data.csv baris 3: skor kosong"],
  ])("%s → kode %d", (golongan, kode, pesan) => {
    expect(tanggapanGalat(new GalatKinerja("NA", "data.csv baris 3: skor kosong", golongan))).toEqual({ pesan, kode });
    expect(new GalatCli("data.csv baris 3: skor kosong", golongan).kodeKeluar).toBe(kode);
  });

  test("setiap golongan punya kode keluar (tidak ada golongan tanpa peta)", () => {
    for (const g of GOLONGAN_GALAT) expect(tanggapanGalat(new GalatKinerja("NILAI", "x", g)).kode).toBe(2);
  });

  test("galat di luar keluarga: galat sistem berkas berjalur, selebihnya tak terduga; selalu satu baris", () => {
    const enoent = Object.assign(new Error("ENOENT: no such file"), { code: "ENOENT", path: "keluar/a.xlsx" });
    expect(tanggapanGalat(enoent)).toEqual({
      pesan: "keluar/a.xlsx: tidak dapat dipakai: folder atau berkas tidak ada [ENOENT]",
      kode: 2,
    });
    expect(tanggapanGalat(new TypeError("a is\nnot iterable"))).toEqual({
      pesan: "kesalahan tak terduga: a is not iterable",
      kode: 2,
    });
    expect(tanggapanGalat(galatNilai('data.csv baris 2: "a\n b" bukan angka')).pesan).toBe(
      'data.csv baris 2: "a b" bukan angka',
    );
  });

  test("jalankanCli: opsi salah dan masukan yang tidak dapat dipakai → kode 2, satu baris berawalan kinerja:", async () => {
    for (const argv of [
      ["skm", "--tidak-ada"],
      ["skm", "--input", "/tidak/ada.csv"],
    ]) {
      const galat: string[] = [];
      const kode = await jalankanCli(argv, { tulis: () => undefined, galat: (x) => galat.push(x) });
      expect(kode).toBe(2);
      expect(galat.join("")).toMatch(/^kinerja: [^\n]+\n$/);
    }
  });

  test("diTempat: galat inti diberi tempat (golongan tetap); GalatCli dan galat lain diteruskan", () => {
    const lempar = (e: unknown) => () => {
      throw e;
    };
    const tangkap = (f: () => unknown): unknown => {
      try {
        f();
      } catch (e) {
        return e;
      }
      return null;
    };
    const inti = tangkap(() => diTempat("a.csv", lempar(new GalatKinerja("ANGKA", "skor 11", "batas")))) as GalatCli;
    expect(inti).toBeInstanceOf(GalatCli);
    expect([inti.message, inti.golongan]).toEqual(["a.csv: skor 11", "batas"]);
    const cli = new GalatCli("a.csv baris 2: kosong");
    expect(tangkap(() => diTempat("a.csv", lempar(cli)))).toBe(cli);
    const lain = new RangeError("x");
    expect(tangkap(() => diTempat("a.csv", lempar(lain)))).toBe(lain);
    // sekali: pesan yang sudah menyebut sumbernya tidak diawali lagi
    expect((awaliTempat(galatNilai("a.csv baris 2: x"), "a.csv", true) as Error).message).toBe("a.csv baris 2: x");
    expect((awaliTempat(galatNilai("x"), "a.csv", true) as Error).message).toBe("a.csv: x");
  });
});

describe("panel: golongan → gaya pesan", () => {
  test.each<[GolonganGalat, string, string]>([
    ["masukan", "rencana", t.galatRencana("unit kosong")],
    ["batas", "rencana", t.galatRencana("unit kosong")],
    ["excel", "akses", t.galatAkses],
    ["internal", "umum", t.galatUmum],
  ])("%s → %s", (golongan, gaya, pesan) => {
    const e = new GalatKinerja("NA", "unit kosong", golongan);
    expect(gayaGalat(e)).toBe(gaya);
    expect(pesanGalat(e, t)).toBe(pesan);
  });

  test("galat rencana di panel selain Bangun → pesan umum panel itu", () => {
    expect(pesanGalat(galatNA("unit kosong"), t, t.galatPeriksa)).toBe(t.galatPeriksa);
    expect(pesanGalat(galatNA("unit kosong"), t, t.galatUnduh)).toBe(t.galatRencana("unit kosong"));
  });

  test("GalatIsian apa adanya; GalatTerapkan menurut kodenya (juga dalam bahasa Inggris)", () => {
    expect(gayaGalat(new GalatIsian(t.galatUnitKosong))).toBe("isian");
    expect(pesanGalat(new GalatIsian(t.galatUnitKosong), t, t.galatPeriksa)).toBe(t.galatUnitKosong);
    for (const b of [TEKS.id, TEKS.en]) {
      const teks: Record<KodeTerapkan, string> = {
        excelLama: b.galatExcelLama,
        terlaluBesar: b.galatTerlaluBesar,
        tataLetak: b.galatTataLetak("Tabel tidak dibangun ulang: x"),
        periksaAwal: b.galatPeriksaAwal("Tabel tidak dibangun ulang: x"),
      };
      for (const [kode, harapan] of Object.entries(teks)) {
        const e = new GalatTerapkan(kode as KodeTerapkan, "Tabel tidak dibangun ulang: x");
        expect(gayaGalat(e)).toBe("terapkan");
        expect(pesanGalat(e, b)).toBe(harapan);
      }
    }
  });

  test("galat Office.js menurut kodenya; galat lain tanpa kode → umum, apa pun teks pesannya", () => {
    expect(gayaGalat({ code: "AccessDenied" })).toBe("akses");
    expect(gayaGalat({ code: "ActivityLimitReached" })).toBe("akses");
    expect(gayaGalat({ code: "InvalidOperationInCellEditMode" })).toBe("sunting");
    expect(gayaGalat({ code: "GeneralException" })).toBe("umum");
    expect(gayaGalat(new Error("unit kosong"))).toBe("umum");
    expect(gayaGalat("unit kosong")).toBe("umum");
  });
});

describe("fungsi: galat → CustomFunctions.Error", () => {
  let konsol: jest.SpyInstance;
  beforeEach(() => (konsol = jest.spyOn(console, "error").mockImplementation(() => undefined)));
  afterEach(() => konsol.mockRestore());

  const kodeDari = (f: () => unknown): { code: string; message: string } => {
    try {
      f();
    } catch (e) {
      expect(e).toBeInstanceOf(CustomFunctions.Error);
      return { code: (e as CustomFunctions.Error).code, message: String((e as CustomFunctions.Error).message) };
    }
    throw new Error("tanpa galat");
  };

  test.each<[JenisGalat, string]>([
    ["NILAI", "#VALUE!"],
    ["ANGKA", "#NUM!"],
    ["BAGI0", "#DIV/0!"],
    ["NA", "#N/A"],
  ])("jenis %s → %s untuk golongan masukan, batas, excel; pesannya sampai ke sel", (jenis, kode) => {
    for (const g of ["masukan", "batas", "excel"] as const) {
      const e = new GalatKinerja(jenis, "skor ke-2 kosong", g);
      expect(kodeDari(() => jalankan(() => { throw e; }))).toEqual({ code: kode, message: "skor ke-2 kosong" }); // prettier-ignore
      expect(keGalatExcel(e).code).toBe(kode);
    }
    expect(konsol).not.toHaveBeenCalled();
  });

  test("internal dan galat di luar keluarga → #VALUE! berpesan umum (rinciannya di konsol)", () => {
    const umum = { code: "#VALUE!", message: PESAN_TAK_TERDUGA };
    const internal = (): never => {
      throw galatInternal("tata letak tidak konsisten");
    };
    const asing = (): never => {
      throw new TypeError("a is not iterable");
    };
    expect(kodeDari(() => jalankan(internal))).toEqual(umum);
    expect(kodeDari(() => jalankan(asing))).toEqual(umum);
    expect(konsol).toHaveBeenCalledTimes(2);
  });

  test("CustomFunctions.Error diteruskan apa adanya", () => {
    const e = new CustomFunctions.Error("#N/A" as CustomFunctions.ErrorCode.notAvailable, "label kosong");
    expect(keGalatExcel(e)).toBe(e);
  });
});

describe("sel kosong", () => {
  test.each<[unknown, boolean, boolean]>([
    // nilai, kosong (arti Excel), kosongTeks (teks dirapikan)
    ["", true, true],
    [null, true, true],
    [undefined, true, true],
    [" ", false, true],
    ["\t \r\n", false, true],
    ["\u00a0", false, true], // spasi tak terputus (salinan dari web) juga dirapikan trim
    ["0", false, false],
    [" a ", false, false],
    [0, false, false],
    [false, false, false],
    [Number.NaN, false, false],
    [new Date(2026, 0, 1), false, false],
  ])("%p → kosong %p, kosongTeks %p", (x, k, kt) => {
    expect(kosong(x)).toBe(k);
    expect(kosongTeks(x)).toBe(kt);
  });

  test("kosongTeks sama dengan pemeriksaan lama di pegawai-2022, lan-pola dan skm-siklus untuk setiap nilai sel", () => {
    // x === null || x === undefined || String(x).trim() === "" (definisi lama di tiga tempat itu)
    const lama = (x: unknown) => x === null || x === undefined || String(x).trim() === "";
    const sel = fc.oneof(
      fc.string(),
      fc.constantFrom("", " ", "\t", "\n", "\u00a0 ", " x "),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.constant(undefined),
      fc.date({ noInvalidDate: true }),
    );
    fc.assert(fc.property(sel, (x) => kosongTeks(x) === lama(x)));
  });

  test('kosong sama dengan pemeriksaan lama (=== "", null, undefined) untuk setiap nilai sel', () => {
    const sel = fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined));
    fc.assert(fc.property(sel, (x) => kosong(x) === (x === "" || x === null || x === undefined)));
  });
});
