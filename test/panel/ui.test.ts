/**
 * Bagian task pane yang murni, diuji tanpa peramban: panel metode (ui-metode.ts: daftar dari metode/daftar.ts,
 * nama per bahasa, pembaca opsi dan galat isian), templat (ui-templat.ts), hasil dan konfirmasi panel Bangun
 * (ui-bangun.ts), pesan galat (ui-galat.ts) dan host unduhan (host-unduh.ts) dengan penulis .xlsx asli.
 * Alur DOM-nya (klik, fokus, konfirmasi) diuji di Chromium: test/panel/peramban.test.ts dan test/panel/unduh.test.ts.
 */
import ExcelJS from "exceljs";
import { galatNA } from "../../src/core/errors";
import { GalatTerapkan } from "../../src/hosts/excel/excel";
import { bufferXlsx } from "../../src/hosts/xlsx/xlsx";
import { METODE, buatRencana, opsiPanel } from "../../src/metode/index";
import { buatHostUnduh, namaBerkas } from "../../src/taskpane/host-unduh";
import { TEKS } from "../../src/taskpane/teks";
import type { HasilBangun } from "../../src/taskpane/ui";
import { barisHasil, pesanKonflik } from "../../src/taskpane/ui-bangun";
import { pesanGalat } from "../../src/taskpane/ui-galat";
import { GalatKinerja } from "../../src/core/errors";
import { GalatIsian, type BacaIsian } from "../../src/taskpane/isian";
import { bagianTampil, daftarMetode, namaMetode } from "../../src/taskpane/ui-metode";
import { templat } from "../../src/taskpane/ui-templat";
import { PEMUAT_LANGSUNG } from "../bantu/pemuat-langsung";

const t = TEKS.id;
const isian = (nilai: Record<string, string>, centang: Record<string, boolean> = {}): BacaIsian => ({
  nilai: (id) => nilai[id] ?? "",
  centang: (id) => centang[id] ?? false,
});

describe("panel metode", () => {
  test("daftar metode = registri (metode baru muncul sendiri, siklus SKM juga), nama per bahasa", () => {
    expect(daftarMetode()).toEqual(Object.keys(METODE));
    expect(namaMetode("skmSiklus", "id")).toBe("Siklus SKM dari jawaban formulir (per layanan dan periode)");
    expect(namaMetode("pekppp", "id")).toBe("Evaluasi unit pelayanan (PEKPPP / IPP)");
    expect(namaMetode("pekppp", "en")).toBe("Service unit evaluation (PEKPPP / IPP)");
    for (const id of daftarMetode())
      for (const b of ["id", "en"] as const) expect(namaMetode(id, b).length).toBeGreaterThan(3);
    expect(namaMetode("tidak-ada", "id")).toBe("tidak-ada");
    // nama dari metode/daftar.ts hanya untuk id miliknya sendiri (bukan anggota Object.prototype)
    expect(namaMetode("toString", "id")).toBe("toString");
  });

  test("templat: satu pilihan per metode, pertama terpilih; bagian isian data-bagian = bagian di metode/daftar.ts", () => {
    const html = templat();
    // pilihan daftar metode (bernama lewat data-metode-nama); pilihan isian lain (mis. periode siklus SKM) tidak dihitung
    const nilai = [...html.matchAll(/<fluent-option value="([^"]+)"[^>]*data-metode-nama=/g)].map((m) => m[1]);
    expect(nilai).toEqual(daftarMetode());
    expect(html).toMatch(new RegExp(`<fluent-option value="${daftarMetode()[0]}" selected`));
    const bagian = [...html.matchAll(/id="([^"]+)" class="bagian" data-bagian/g)].map((m) => m[1]);
    expect(bagian.length).toBeGreaterThanOrEqual(8);
    // setiap bagian di templat dipakai satu metode atau lebih, dan setiap bagian yang disebut metode ada di templat
    for (const b of bagian) expect(daftarMetode().some((id) => bagianTampil(b, id))).toBe(true);
    for (const id of daftarMetode()) for (const b of METODE[id].bagian) expect(bagian).toContain(b.id);
    expect(bagianTampil("bagian-unit", "bsc")).toBe(true);
    expect(bagianTampil("bagian-unit", "lan1998")).toBe(true);
    expect(bagianTampil("bagian-unit", "skm")).toBe(false);
  });

  test("templat utuh: tiap bagian metode/daftar.ts tepat sekali, id unik, rujukan id ada, kunci data-t di teks id/en", () => {
    const html = templat();
    const id = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    // id unik: bagian isian yang tergandakan (atau bagian Periksa/status tersalin) tertangkap di sini
    expect(id.filter((x, i) => id.indexOf(x) !== i)).toEqual([]);
    // setiap bagian yang disebut metode mana pun ada tepat sekali, sebagai elemen data-bagian
    const disebut = new Set(daftarMetode().flatMap((m) => METODE[m].bagian.map((b) => b.id)));
    expect(disebut.size).toBeGreaterThanOrEqual(12);
    for (const b of disebut)
      expect([...html.matchAll(new RegExp(`id="${b}" class="bagian" data-bagian[ >]`, "g"))]).toHaveLength(1);
    // elemen data-bagian = bagian yang disebut (tidak ada yang hilang atau berlebih)
    const bertanda = [...html.matchAll(/<\w[\w-]* id="([^"]+)"[^>]*\sdata-bagian[\s>]/g)].map((m) => m[1]);
    expect(new Set(bertanda)).toEqual(disebut);
    expect(bertanda).toHaveLength(disebut.size);
    // bagian tetap di luar formulir isian: kepala, status Bangun, Periksa, masing-masing sekali
    for (const x of ["bahasa", "metode", "bangun", "kemajuan", "konfirmasi", "galat", "hasil", "bagian-periksa"])
      expect(id.filter((y) => y === x)).toHaveLength(1);
    // label, bantuan dan rujukan aria menunjuk id yang ada
    const rujukan = [...html.matchAll(/\s(?:for|aria-labelledby|aria-describedby)="([^"]+)"/g)].map((m) => m[1]);
    expect(rujukan.length).toBeGreaterThan(20);
    for (const r of rujukan) expect(id).toContain(r);
    // setiap kunci data-t ada sebagai teks (bukan fungsi) dalam kedua bahasa
    const kunci = new Set([...html.matchAll(/\sdata-t="([^"]+)"/g)].map((m) => m[1]));
    expect(kunci.size).toBeGreaterThan(60);
    for (const b of ["id", "en"] as const)
      for (const k of kunci)
        expect([k, typeof (TEKS[b] as unknown as Record<string, unknown>)[k]]).toEqual([k, "string"]);
  });

  test("pembaca opsi per metode", () => {
    expect(opsiPanel("lan1998", isian({ tipe: "II", mode: "nilaiUnit", unit: " Dinas A \n\nDinas B\r\n" }), t)).toEqual(
      { tipe: "II", pola: "lengkap", mode: "nilaiUnit", unit: ["Dinas A", "Dinas B"] },
    );
    expect(opsiPanel("bsc", isian({ unit: "" }), t)).toEqual({});
    expect(opsiPanel("bsc", isian({ unit: "X" }), t)).toEqual({ unit: ["X"] });
    expect(opsiPanel("skm", isian({ aturan: "2004", responden: " 25 " }), t)).toEqual({
      aturan: "2004",
      responden: 25,
    });
    expect(opsiPanel("layanan", isian({}, { contoh: true }), t)).toEqual({ contoh: true });
    expect(opsiPanel("servqual", isian({ "responden-servqual": "12" }), t)).toEqual({ responden: 12 });
    expect(opsiPanel("sendi", isian({ "skala-min": "0,5", "skala-maks": "4" }), t)).toEqual({
      skalaMin: 0.5,
      skalaMaks: 4,
    });
    expect(opsiPanel("pekppp", isian({ "responden-pekppp": "6" }), t)).toEqual({ responden: 6 });
    expect(opsiPanel("pegawai", isian({ "jumlah-pegawai": "4", "skala-pegawai": "lan" }), t)).toEqual({
      pegawai: 4,
      skala: "lan",
    });
    // metode tanpa bagian isian (LKE) → opsi bawaan pembangun; id tidak dikenal → GalatKinerja
    expect(opsiPanel("lke", isian({}), t)).toEqual({});
    expect(() => opsiPanel("metode-baru", isian({}), t)).toThrow(GalatKinerja);
  });

  test("isian tidak sah → GalatIsian dengan pesan panel", () => {
    const galat = (f: () => unknown): string => {
      try {
        f();
      } catch (e) {
        expect(e).toBeInstanceOf(GalatIsian);
        return (e as Error).message;
      }
      throw new Error("tidak ada galat");
    };
    expect(galat(() => opsiPanel("lan1998", isian({ unit: " \n " }), t))).toBe(t.galatUnitKosong);
    expect(galat(() => opsiPanel("lan1998", isian({ unit: "Dinas A\ndinas a" }), t))).toBe(t.galatUnitGanda("dinas a"));
    for (const r of ["0", "5001", "2.5", "", "tiga"])
      expect(galat(() => opsiPanel("skm", isian({ responden: r }), t))).toBe(t.galatResponden);
    expect(galat(() => opsiPanel("pegawai", isian({ "jumlah-pegawai": "0" }), t))).toBe(t.galatPegawai);
    for (const [a, b] of [
      ["5", "1"],
      ["1", "1"],
      ["", "5"],
      ["x", "5"],
    ])
      expect(galat(() => opsiPanel("sendi", isian({ "skala-min": a, "skala-maks": b }), t))).toBe(t.galatSkala);
  });
});

describe("panel Bangun", () => {
  const dasar: HasilBangun = {
    dibatalkan: false,
    lembar: ["A", "B"],
    peringatan: [],
    dilewati: [],
    konflik: [],
    dipertahankan: 0,
    tersimpan: 0,
    jumlahSync: 2,
    ukuranMuatan: 10,
  };
  test("baris hasil: Excel, unduhan, dibatalkan, isian dipertahankan, fitur dilewati", () => {
    expect(barisHasil(dasar, t)).toEqual(["Tabel selesai dibangun: A, B."]);
    expect(barisHasil({ ...dasar, berkas: "x.xlsx" }, t)).toEqual([
      "Buku kerja diunduh: x.xlsx (lembar A, B). Rumusnya dihitung saat berkas dibuka.",
    ]);
    expect(barisHasil({ ...dasar, dibatalkan: true }, t)).toEqual([t.dibatalkan]);
    expect(
      barisHasil(
        {
          ...dasar,
          dipertahankan: 3,
          tersimpan: 1,
          cadangan: 2,
          dikenali: ["A"],
          dilewati: [{ fitur: "validasi", set: "1.8" }],
        },
        TEKS.en,
      ),
    ).toEqual([
      "Table built: A, B.",
      "3 previously typed values kept.",
      '1 old values with no place in the new table were saved to the "Data Tersimpan" sheet.',
      `2 typed values were moved to their key's new cell; a backup copy is in the "Data Tersimpan" sheet.`,
      'The table on sheet "A" was recognised by its title and labels (its hidden anchors were gone or its rows sorted); inputs were matched by label.',
      "Data validation skipped: this Excel does not support ExcelApi 1.8.",
    ]);
  });
  test("pesan konfirmasi menyebut setiap lembar, jumlah sel dan contoh", () => {
    expect(pesanKonflik([{ lembar: "Data", jumlah: 3, contoh: ["A1", "B2"] }], t)).toBe(
      t.konflik('"Data" (3 sel terisi, mis. A1, B2)'),
    );
  });
  test("pesan galat: kode Office dikenal, galat rencana satu baris, galat tak terduga tidak ditampilkan", () => {
    expect(pesanGalat(new GalatTerapkan("excelLama", "x"), t)).toBe(t.galatExcelLama);
    expect(pesanGalat({ code: "AccessDenied" }, t)).toBe(t.galatAkses);
    expect(pesanGalat({ code: "InvalidOperationInCellEditMode" }, t)).toBe(t.galatSuntingSel);
    expect(pesanGalat({ code: "GeneralException" }, t)).toBe(t.galatUmum);
    // galat rencana/inti (keluarga GalatKinerja, golongan masukan): pesannya ditampilkan di panel Bangun
    expect(pesanGalat(galatNA("unit kosong"), t)).toBe(t.galatRencana("unit kosong"));
    expect(pesanGalat(galatNA("unit kosong"), t, t.galatUnduh)).toBe(t.galatRencana("unit kosong"));
    // galat JavaScript mentah (bukan keluarga): pesan umum, apa pun teksnya
    expect(pesanGalat(new Error("gagal at f (x.js:1:2)"), t)).toBe(t.galatUmum);
    expect(pesanGalat(new TypeError("a is not iterable"), t)).toBe(t.galatUmum);
    expect(pesanGalat(galatNA("x"), t, t.galatPeriksa)).toBe(t.galatPeriksa);
  });
});

describe("host unduhan (peramban tanpa Excel)", () => {
  test("nama berkas memakai tanggal lokal", () => {
    expect(namaBerkas("skm", new Date(2026, 0, 5, 23, 59))).toBe("penilaian-skm-2026-01-05.xlsx");
  });
  test("bangun: rencana yang sama ditulis .xlsx (penulis asli) dan disimpan; kemajuan sampai 100", async () => {
    const disimpan: { nama: string; data: ArrayBuffer }[] = [];
    const kemajuan: number[] = [];
    const host = buatHostUnduh({
      tulis: bufferXlsx,
      simpan: (data, nama) => disimpan.push({ data, nama }),
      waktu: () => new Date(2026, 10, 24),
      muat: PEMUAT_LANGSUNG,
    });
    expect(host.jenis).toBe("unduh");
    expect(host.periksa).toBeUndefined();
    const opsi = { aturan: "2017", responden: 3 };
    const h = await host.bangun(
      { id: "skm", opsi },
      { konfirmasi: async () => true, kemajuan: (p) => kemajuan.push(p) },
    );
    const rencana = buatRencana("skm", opsi as never);
    expect(h).toMatchObject({
      dibatalkan: false,
      lembar: rencana.lembar.map((l) => l.nama),
      berkas: "penilaian-skm-2026-11-24.xlsx",
      dipertahankan: 0,
      tersimpan: 0,
    });
    expect(disimpan.map((d) => d.nama)).toEqual(["penilaian-skm-2026-11-24.xlsx"]);
    expect(kemajuan[kemajuan.length - 1]).toBe(100);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(disimpan[0].data);
    expect(wb.worksheets.map((w) => w.name)).toEqual([...rencana.lembar.map((l) => l.nama), "_pkp"]);
  });
  test("isian yang ditolak pembangun → galat, tidak ada yang disimpan", async () => {
    const disimpan: string[] = [];
    const host = buatHostUnduh({ tulis: bufferXlsx, simpan: (_d, n) => disimpan.push(n), muat: PEMUAT_LANGSUNG });
    await expect(
      host.bangun(
        { id: "sendi", opsi: { skalaMin: 5, skalaMaks: 1 } },
        { konfirmasi: async () => true, kemajuan: () => undefined },
      ),
    ).rejects.toThrow(/skalaMin harus lebih kecil/);
    expect(disimpan).toEqual([]);
  });
});
