/**
 * Tahap-tahap adaptor Office.js, masing-masing diuji sendiri (issue 16 butir 5): baca (bacaan.ts),
 * rekonsiliasi (plans/bangun-ulang/rekonsiliasi.ts, murni), tulis (tulis.ts), bagi batch (batch.ts); juga jangkar
 * (plans/bangun-ulang/jangkar.ts) dan "Data Tersimpan" yang dapat dibaca (plans/bangun-ulang/pertahankan.ts).
 * Jaminan ≤ 3 sync untuk keseluruhan ada di test/excel/adaptor.test.ts.
 */
import { antreBacaan } from "../../src/hosts/excel/bacaan";
import {
  barisSetelah,
  barisTersimpan,
  gabungCatatan,
  jangkarLembar,
  kodeLembar,
  kunciDalamKata,
  LEMBAR_META,
  namaJangkarBaris,
  namaJangkarKolom,
  namaJangkarLembar,
  namaSekarang,
  pertahankan,
  petaJangkar,
  rekonsiliasi,
  rencanaDenganNama,
  serialCatatan,
  uraiRujukanNama,
  waktuTampil,
  type Bacaan,
} from "../../src/plans/bangun-ulang/index";
import { bagiBatch, pitaBaris } from "../../src/hosts/excel/batch";
import {
  PenyusunTulis,
  isiSel,
  perintahSembunyi,
  susunPerintah,
  tulisBlok,
  tulisJangkar,
} from "../../src/hosts/excel/tulis";
import { GalatTerapkan, type Perintah } from "../../src/hosts/excel/umum";
import { buatRencana } from "../../src/metode/index";
import { hitung, label, masukan, type RencanaBukuKerja } from "../../src/plans/rencana";
import { bangun, buatHostUji } from "../bantu/bangun-ulang";

const perintah = (...ukuran: number[]): Perintah[] => ukuran.map((u) => ({ ukuran: u, jalankan: () => undefined }));

describe("batch.ts: membagi perintah tulis", () => {
  test("≤ batas: satu batch; > batas: N batch berurutan masing-masing ≤ batas; satu perintah > batas: ditolak", () => {
    expect(bagiBatch(perintah(30, 30, 40), 100).batch.map((b) => b.length)).toEqual([3]);
    const dua = bagiBatch(perintah(40, 40, 40, 40), 100);
    // 40+40 = 80 ≤ 100, +40 = 120 > 100 → potong sebelum perintah ke-3
    expect(dua.batch.map((b) => b.length)).toEqual([2, 2]);
    expect(dua.total).toBe(160);
    // 60 | 50 (60+50 = 110 > 100) | 60 (50+60 = 110 > 100): tiga batch, dulu (paling banyak dua) ditolak
    expect(bagiBatch(perintah(60, 50, 60), 100).batch.map((b) => b.map((p) => p.ukuran))).toEqual([[60], [50], [60]]);
    // 10+90 = 100 ≤ 100 → potong sebelum yang ketiga
    expect(bagiBatch(perintah(10, 90, 90), 100).batch.map((b) => b.length)).toEqual([2, 1]);
    // 1.000 perintah 30: 3 per batch (90 ≤ 100, 120 > 100) → 334 batch, urutan tetap
    const banyak = bagiBatch(perintah(...Array.from({ length: 1000 }, () => 30)), 100);
    expect(banyak.batch.length).toBe(334);
    expect(banyak.batch.flat().length).toBe(1000);
    expect(() => bagiBatch(perintah(10, 101, 1), 100)).toThrow(GalatTerapkan);
    expect(() => bagiBatch(perintah(10, 101, 1), 100)).toThrow(/terlalu besar/);
    expect(bagiBatch([], 100).batch).toEqual([[]]);
  });
  test("pitaBaris: pita berurutan yang menutup semua baris, masing-masing ≤ batas (kecuali satu baris besar)", () => {
    const larik = [[1, 2], [3, 4], ["panjang sekali"], [5]];
    // ukuran JSON + 1: [1,2]→6, [3,4]→6, ["panjang sekali"]→19, [5]→4
    expect(pitaBaris(larik, 12)).toEqual([
      [0, 2],
      [2, 3],
      [3, 4],
    ]);
    expect(pitaBaris(larik, 1000)).toEqual([[0, 4]]);
  });
});

describe("plans/bangun-ulang/jangkar.ts", () => {
  test("kode FNV-1a 32-bit (vektor uji FNV: '' → 811c9dc5, 'a' → e40c292c, 'foobar' → bf9cf968)", () => {
    expect(kodeLembar("")).toBe("811c9dc5");
    expect(kodeLembar("a")).toBe("e40c292c");
    expect(kodeLembar("foobar")).toBe("bf9cf968");
    expect(namaJangkarLembar("a")).toBe("_pkp_Le40c292c");
  });
  test("uraiRujukanNama: baris/kolom utuh, sel, lembar berkutip, #REF!", () => {
    expect(uraiRujukanNama("'LAN-I Bobot 2024'!$8:$8")).toEqual({
      lembar: "LAN-I Bobot 2024",
      b0: 7,
      b1: 7,
      k0: null,
      k1: null,
    });
    expect(uraiRujukanNama("=Data!$C:$C")).toEqual({ lembar: "Data", b0: null, b1: null, k0: 2, k1: 2 });
    expect(uraiRujukanNama("'It''s'!$A$1:$B$2")).toEqual({ lembar: "It's", b0: 0, b1: 1, k0: 0, k1: 1 });
    expect(uraiRujukanNama("#REF!")).toBeNull();
    expect(uraiRujukanNama("='L'!#REF!")).toBeNull();
    expect(uraiRujukanNama(42)).toBeNull();
  });
  test("petaJangkar: baris/kolom rencana → posisi sekarang; terhapus tidak ada; lembar lain → tidak pasti", () => {
    const K = "L";
    const nama = new Map<string, unknown>([
      [namaJangkarLembar(K), "'L 2'!$1:$1048576"],
      [namaJangkarBaris(K, 0), "'L 2'!$1:$1"],
      [namaJangkarBaris(K, 1), "'L 2'!$3:$3"], // satu baris disisipkan di atasnya
      [namaJangkarBaris(K, 2), "#REF!"], // dihapus
      [namaJangkarKolom(K, 0), "'L 2'!$B:$B"],
      ["nama_pengguna", "'L 2'!$A$1"],
    ]);
    const p = petaJangkar(K, nama)!;
    expect(p.lembar).toBe("L 2");
    expect([...p.baris]).toEqual([
      [0, 0],
      [1, 2],
    ]);
    expect([...p.kolom]).toEqual([[0, 1]]);
    expect(p.tidakPasti).toEqual([]);
    nama.set(namaJangkarBaris(K, 3), "'Lain'!$9:$9");
    expect(petaJangkar(K, nama)!.tidakPasti[0]).toMatch(/lembar lain/);
    expect(petaJangkar("tidak ada", nama)).toBeNull();
  });
  test("jangkarLembar: lembar utuh + satu nama per baris dan kolom berisi sel rencana", () => {
    const r: RencanaBukuKerja = {
      meta: { pembangun: "uji", versi: 1, opsi: {} },
      lembar: [
        {
          nama: "L",
          blok: [
            {
              mulai: "B2",
              sel: [
                [label("x"), null],
                [null, masukan("k")],
              ],
            },
          ],
        },
      ],
    };
    expect(jangkarLembar(r.lembar[0]).map((j) => j.rentang)).toEqual(["1:1048576", "2:2", "3:3", "B:B", "C:C"]);
  });
  test("rencanaDenganNama: nama lembar dan rujukan 'Nama'! di rumus diganti sekali jalan (tanpa berantai)", () => {
    const r: RencanaBukuKerja = {
      meta: { pembangun: "uji", versi: 1, opsi: {} },
      lembar: [
        { nama: "A", blok: [{ mulai: "A1", sel: [[masukan("x")]] }] },
        { nama: "B", blok: [{ mulai: "A1", sel: [[hitung("='A'!A1+'B'!A1+'It''s'!A1")]] }] },
      ],
    };
    const g = rencanaDenganNama(
      r,
      new Map([
        ["A", "B"],
        ["B", "C"],
        ["It's", "Ini 'x'"],
      ]),
    );
    expect(g.lembar.map((l) => l.nama)).toEqual(["B", "C"]);
    expect(g.lembar[1].blok[0].sel[0][0]?.rumus).toBe("='B'!A1+'C'!A1+'Ini ''x'''!A1");
    expect(r.lembar[0].nama).toBe("A"); // asal tidak diubah
  });
});

describe("plans/bangun-ulang/meta.ts: catatan dengan nama sekarang dan kanonik", () => {
  test("namaSekarang dan gabungCatatan mengenali lembar yang diganti namanya", () => {
    const lama = { meta: { pembangun: "x", versi: 1, opsi: {} }, lembar: ["A", "R"] };
    const baru = { meta: lama.meta, lembar: ["A 2024", "R"], kanonik: ["A", "R"], jangkar: 1 };
    expect(namaSekarang(baru, "A")).toBe("A 2024");
    expect(namaSekarang(lama, "A")).toBe("A");
    const lain = { meta: lama.meta, lembar: ["Z"] };
    expect(gabungCatatan([lama, lain], baru)).toEqual([lain, baru]);
  });
});

describe("Data Tersimpan yang dapat dibaca", () => {
  test("kunci dalam kata-kata", () => {
    expect(kunciDalamKata("skor|i=1|u=Dinas B")).toBe("skor indikator 1, Dinas B");
    expect(kunciDalamKata("jawaban|r=3|u=2")).toBe("jawaban responden 3, unsur 2");
    expect(kunciDalamKata("nama-unit|k=4")).toBe("nama unit ke-4");
    expect(kunciDalamKata("skor-ideal")).toBe("Skor Ideal");
    expect(kunciDalamKata("realisasi|p=2|i=1")).toBe("realisasi perspektif 2, indikator 1");
    expect(kunciDalamKata("skala|min")).toBe("skala minimum");
  });
  test("waktu setempat: 2026-11-24T13:52:00Z di WIB (UTC+7) = 24/11/2026 20:52:00 WIB; WITA, WIT, zona lain", () => {
    const d = new Date("2026-11-24T13:52:00.327Z");
    expect(waktuTampil(d, -420)).toBe("24/11/2026 20:52:00 WIB");
    expect(waktuTampil(d, -480)).toBe("24/11/2026 21:52:00 WITA");
    expect(waktuTampil(new Date("2026-11-24T20:30:00Z"), -540)).toBe("25/11/2026 05:30:00 WIT");
    expect(waktuTampil(d, 0)).toBe("24/11/2026 13:52:00 UTC+00:00");
    expect(waktuTampil(d, 300)).toBe("24/11/2026 08:52:00 UTC−05:00");
  });
  test("baris: waktu, lembar, sel, uraian, nilai (rumus sebagai teks), rumus semula, kunci mentah TERAKHIR", () => {
    const b = barisTersimpan(
      [
        { lembar: "L", alamat: "C7", kunci: "skor|i=1|u=Dinas B", nilai: 7, asal: "kunci" },
        { lembar: "L", alamat: "F7", kunci: "", nilai: 999.5, asal: "timpa", semula: "=SUM(C7:D7)" },
        { lembar: "L", alamat: "A9", kunci: "", nilai: "=A1*2", asal: "sisipan" },
      ],
      "w",
    );
    expect(b).toEqual([
      ["w", "L", "C7", "", "", "skor indikator 1, Dinas B", 7, "", "skor|i=1|u=Dinas B"],
      ["w", "L", "F7", "", "", "nilai ketikan di atas rumus (rumus dipulihkan)", 999.5, "'=SUM(C7:D7)", ""],
      ["w", "L", "A9", "", "", "isian di baris/kolom yang disisipkan ke dalam tabel", "'=A1*2", "", ""],
    ]);
  });
});

describe("pertahankan: nilai diketik di atas label (murni)", () => {
  test("label yang ditimpa: ditanya (konflik ketikan) dan disimpan dengan label semulanya", () => {
    const r: RencanaBukuKerja = {
      meta: { pembangun: "uji", versi: 1, opsi: {} },
      lembar: [{ nama: "L", blok: [{ mulai: "A1", sel: [[label("Judul"), masukan("x"), hitung("=B1*2")]] }] }],
    };
    const peta = {
      baris: new Map([[0, 0]]),
      kolom: new Map([
        [0, 0],
        [1, 1],
        [2, 2],
      ]),
    };
    const h = pertahankan({
      rencanaLama: [r],
      rencanaBaru: r,
      lembarAddin: new Set(["L"]),
      terbaca: [{ nama: "L", mulai: "A1", isi: [["Catatan saya", 5, "=B1*2"]], peta }],
    });
    expect([...h.isian]).toEqual([["x", 5]]);
    expect(h.konflik).toEqual([{ lembar: "L", jumlah: 1, contoh: ["A1"], jenis: "ketikan" }]);
    expect(h.sisa).toEqual([
      {
        lembar: "L",
        alamat: "A1",
        kunci: "",
        nilai: "Catatan saya",
        asal: "timpa",
        semula: "Judul",
        labelBaris: "",
        labelKolom: "",
      },
    ]);
    expect(h.tidakPasti).toEqual([]);
  });
});

describe("rekonsiliasi.ts (murni)", () => {
  const r = buatRencana("bsc", { unit: ["Dinas A"] });
  const kosong = (): Bacaan => ({
    lembarAda: new Set(),
    grafik: new Map(),
    catatan: [],
    nama: new Map(),
    langsung: new Map(),
    lewatJangkar: new Map(),
    tersimpanAlamat: null,
    terlindung: new Set(),
  });
  test("buku kosong: semua lembar baru, catatan berjangkar, tidak ada isian", () => {
    const k = rekonsiliasi(kosong(), r, () => null);
    expect(k.tidakPasti).toEqual([]);
    expect([...k.namaLembar.values()]).toEqual(r.lembar.map((l) => l.nama));
    expect(k.catatanBaru).toEqual({ meta: r.meta, lembar: r.lembar.map((l) => l.nama), jangkar: 1 });
    expect(k.lembarAddin.size).toBe(0);
  });
  test("jangkar menunjuk lembar yang diganti namanya: ditulis ke nama baru, catatan menyimpan kanonik", () => {
    const b = kosong();
    const [l0, l1] = r.lembar.map((l) => l.nama);
    b.lembarAda = new Set([`${l0} 2024`, l1]);
    b.catatan = [{ meta: r.meta, lembar: [l0, l1], jangkar: 1 }];
    for (const [n, x] of [
      [l0, `${l0} 2024`],
      [l1, l1],
    ]) {
      b.nama.set(namaJangkarLembar(n), `'${x}'!$1:$1048576`);
      b.nama.set(namaJangkarBaris(n, 0), `'${x}'!$1:$1`);
      b.nama.set(namaJangkarKolom(n, 0), `'${x}'!$A:$A`);
    }
    const k = rekonsiliasi(b, r, () => r);
    expect(k.tidakPasti).toEqual([]);
    expect(k.rencana.lembar[0].nama).toBe(`${l0} 2024`);
    expect(k.catatanBaru.kanonik).toEqual([l0, l1]);
    // jangkar lembar yang masih benar dipertahankan (tidak dihapus lalu ditulis lagi); jangkar baris/kolom diganti
    expect(k.jangkarLama).not.toContain(namaJangkarLembar(l0));
    expect(k.utamaTetap).toContain(l0);
    expect(k.jangkarLama).toContain(`${namaJangkarLembar(l0)}_b0`);
    expect(k.lembarAddin).toEqual(new Set([`${l0} 2024`, l1]));
  });
  test("barisSetelah: baris kosong pertama di bawah rentang terpakai", () => {
    expect(barisSetelah(null)).toBe(0);
    expect(barisSetelah("'Data Tersimpan'!A1:G12")).toBe(12);
  });
});

describe("bacaan.ts dan tulis.ts dengan host uji", () => {
  test("antreBacaan: satu sync membaca catatan, nama (jangkar), grafik, dan lembar yang diganti namanya lewat jangkarnya", async () => {
    const h = buatHostUji();
    const r = buatRencana("bsc", { unit: ["Dinas A"] });
    await bangun(h, r);
    const n0 = r.lembar[0].nama;
    h.gantiNamaLembar(n0, "Lembar Baru");
    h.statistik.sync = 0;
    const b = await h.Excel.run(async (ctx) => {
      const a = antreBacaan(
        ctx,
        r.lembar.map((l) => l.nama),
      );
      await ctx.sync();
      return a.kumpulkan();
    });
    expect(h.statistik.sync).toBe(1);
    expect(b.catatan[0].lembar).toEqual(r.lembar.map((l) => l.nama));
    expect(b.langsung.get(n0)).toBeNull(); // tidak ada lembar bernama lama
    expect(b.lewatJangkar.get(n0)?.alamat).toMatch(/^'Lembar Baru'!A1:/);
    expect(uraiRujukanNama(b.nama.get(namaJangkarLembar(n0)))?.lembar).toBe("Lembar Baru");
    expect(b.grafik.get(r.lembar[1].nama)).toEqual((r.lembar[1].grafik ?? []).map((_, i) => `pkp_${i + 1}`));
    expect(b.lembarAda.has(LEMBAR_META)).toBe(true);
  });

  test("tulisBlok + tulisJangkar: satu formulas 2-D per blok, nama jangkar tersembunyi; isiSel menulis teks '=' sebagai teks", async () => {
    expect(isiSel(label("=bukan rumus"), new Map())).toBe("'=bukan rumus");
    expect(isiSel(masukan("k"), new Map([["k", "=A1*2"]]))).toBe("=A1*2");
    // nama periode siklus SKM: "2026" dan "2026-03" akan dijadikan angka/tanggal oleh Excel → tetap teks
    expect(isiSel(label("2026"), new Map())).toBe("'2026");
    expect(isiSel(label("2026-03"), new Map())).toBe("'2026-03");
    expect(isiSel(label("15/01/2026 10:23"), new Map())).toBe("'15/01/2026 10:23");
    expect(isiSel(label("2026-S1"), new Map())).toBe("2026-S1");
    expect(isiSel(label("1. Persyaratan"), new Map())).toBe("1. Persyaratan");
    // teks yang DIKETIK pengguna ('007, '0812, '2024) tetap teks; rumus ketikan tetap rumus
    expect(isiSel(masukan("k"), new Map([["k", "2026"]]))).toBe("'2026");
    expect(isiSel(masukan("k"), new Map([["k", "007"]]))).toBe("'007");
    expect(isiSel(masukan("k"), new Map([["k", "Dinas A"]]))).toBe("Dinas A");
    const h = buatHostUji();
    h.ketik("L", "A1", "x");
    const l = {
      nama: "L",
      blok: [
        {
          mulai: "B2",
          sel: [
            [label("a"), hitung("=1+1")],
            [masukan("k"), null],
          ],
        },
      ],
    };
    await h.Excel.run(async (ctx) => {
      const t = new PenyusunTulis(ctx, () => true, 1e6);
      tulisBlok(t, "L", l.blok[0], new Map([["k", 7]]), new Map());
      tulisJangkar(t, l, "L");
      expect(t.perintah.length).toBe(1 + 5); // formulas + (lembar, 2 baris, 2 kolom)
      for (const p of t.perintah) p.jalankan();
      // seperti Excel (office-js #3878/#3949): visible = false dalam batch add-nya diabaikan
      for (const n of t.jangkar) n.visible = false;
      await ctx.sync();
      expect(h.ringkas().nama[namaJangkarBaris("L", 2)].visible).toBe(true);
      expect(h.statistik.visibleDiabaikan).toBe(5);
      // add → sync → sembunyikan objek dari add: berlaku
      const sembunyi = perintahSembunyi(t);
      expect(sembunyi).toHaveLength(5);
      for (const p of sembunyi) p.jalankan();
      await ctx.sync();
    });
    expect([h.nilaiDi("L", "B2"), h.nilaiDi("L", "C2"), h.nilaiDi("L", "B3")]).toEqual(["a", "=1+1", 7]);
    expect(h.ringkas().nama[namaJangkarBaris("L", 2)]).toEqual({
      lembar: "L",
      rentang: "$3:$3",
      visible: false,
      komentar: undefined,
    });
    // nama yang diambil lewat getItem tidak dapat disembunyikan (office-js #3878): hanya objek dari add
    await h.Excel.run(async (ctx) => {
      ctx.workbook.names.getItem(namaJangkarBaris("L", 2)).visible = true;
      await ctx.sync();
      ctx.workbook.names.getItem(namaJangkarBaris("L", 2)).visible = false;
      await ctx.sync();
    });
    expect(h.ringkas().nama[namaJangkarBaris("L", 2)].visible).toBe(true);
    expect(h.statistik.log.filter((x: { op: string }) => x.op === "formulas")).toHaveLength(1);
  });

  test("susunPerintah: catatan _pkp berisi catatan baru (berjangkar) dan catatan lama lain", async () => {
    const h = buatHostUji();
    const lain = { meta: { pembangun: "skm", versi: 1, opsi: {} }, lembar: ["SKM lain"] };
    h.ketik(LEMBAR_META, "A1", `'${serialCatatan(lain)}`);
    const r = buatRencana("bsc", { unit: ["Dinas A"] });
    await h.Excel.run(async (ctx) => {
      const a = antreBacaan(
        ctx,
        r.lembar.map((l) => l.nama),
      );
      await ctx.sync();
      const b = a.kumpulkan();
      const t = new PenyusunTulis(ctx, () => true, 1e6);
      susunPerintah(
        t,
        rekonsiliasi(b, r, () => null),
        b,
      );
      for (const p of t.perintah) p.jalankan();
      await ctx.sync();
    });
    const meta = h.ringkas().lembar.find((l) => l.nama === LEMBAR_META)!;
    expect(JSON.parse(String(meta.sel.A1.v))).toEqual(lain);
    expect(JSON.parse(String(meta.sel.A2.v))).toEqual({
      meta: r.meta,
      lembar: r.lembar.map((l) => l.nama),
      jangkar: 1,
    });
  });

  test("Data Tersimpan dari versi lama (5 kolom): baris lama tetap, kepala baru ditulis di atas baris baru", async () => {
    const h = buatHostUji();
    const r = buatRencana("bsc", { unit: ["Dinas A"] });
    await bangun(h, r);
    const lama = [
      ["Waktu", "Lembar", "Alamat", "Kunci", "Nilai"],
      ["2024-01-01T00:00:00.000Z", "BSC Dinas A", "D9", "realisasi|p=1|i=1", 88],
    ];
    lama.forEach((b, i) => b.forEach((v, j) => h.ketik("Data Tersimpan", `${"ABCDE"[j]}${i + 1}`, v)));
    h.ketik(r.lembar[0].nama, "Z50", "catatan saya");
    await bangun(h, r);
    const sel = h.ringkas().lembar.find((l) => l.nama === "Data Tersimpan")!.sel;
    expect([sel.A2.v, sel.E2.v]).toEqual(["2024-01-01T00:00:00.000Z", 88]);
    expect(["A3", "B3", "C3", "D3", "E3", "F3", "G3", "H3", "I3"].map((a) => sel[a].v)).toEqual([
      "Waktu",
      "Lembar",
      "Sel",
      "Label baris",
      "Label kolom",
      "Isian",
      "Nilai",
      "Rumus/label semula",
      "Kunci",
    ]);
    expect([sel.B4.v, sel.C4.v, sel.F4.v, sel.G4.v]).toEqual([
      r.lembar[0].nama,
      "Z50",
      "isian di luar tabel",
      "catatan saya",
    ]);
  });
});
