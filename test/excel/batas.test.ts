/**
 * Batas Excel di web (issue 21) di host uji (test/bantu/host-uji.js): 5 MB per permintaan dan per tanggapan
 * satu sync, 32.767 karakter per sel, 8.192 per rumus; dan jalur task pane yang besar di bawah batas itu:
 * lembar jawaban 100.000 × 16 dibaca, siklus SKM dibangun darinya, dibangun ulang, dan diperiksa (Periksa),
 * setiap sync ≤ 5 MB dua arah (host melempar galat Excel bila lewat). PKP_BATAS_N mengubah banyak jawaban.
 */
import { antreBacaan, HALAMAN_NAMA, muatNamaSisa } from "../../src/hosts/excel/bacaan";
import { bacaBerhalaman, barisPerHalaman, uraiKotak } from "../../src/hosts/excel/halaman";
import { hostExcel } from "../../src/taskpane/host-excel";
import {
  bangunExcel,
  isiJawaban,
  LEMBAR_JAWABAN,
  MB5,
  periksaExcel,
  rencanaDariLembar,
  ringkasSync,
  selRumus,
  type HostUji,
} from "../bantu/batas";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buatHostUji } = require("../bantu/host-uji.js") as {
  buatHostUji(
    o?: object,
  ): HostUji & { nilaiDi(l: string, a: string): unknown; ringkas(): { nama: Record<string, { visible: boolean }> } };
};

const galatDari = async (p: Promise<unknown>): Promise<{ code?: string; message?: string }> =>
  p.then(
    () => ({}),
    (e: { code?: string; message?: string }) => e,
  );

describe("host uji: batas Excel di web", () => {
  test("permintaan > 5 MB: RequestPayloadSizeLimitExceeded, TIDAK ada perintah yang dijalankan; statistik mencatat ukurannya", async () => {
    const h = buatHostUji();
    h.ketik("L", "A1", 1);
    // 60.000 × 10 sel teks 8 karakter: JSON ≈ 60.000 × (10 × 11 + 3) ≈ 6,8 MB
    const besar = Array.from({ length: 60000 }, () => Array.from({ length: 10 }, () => "abcdefgh"));
    const e = await galatDari(
      h.Excel.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem("L");
        ws.getRange("A1").values = [["diubah"]];
        ws.getRange("A2:J60001").values = besar;
        await ctx.sync();
      }),
    );
    expect(e.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(h.nilaiDi("L", "A1")).toBe(1); // perintah pertama batch itu pun tidak dijalankan
    expect(h.statistik.permintaanMaks).toBeGreaterThan(MB5);
    // separuhnya (≈ 3,4 MB) diterima
    const h2 = buatHostUji();
    h2.ketik("L", "A1", 1);
    await h2.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("L").getRange("A1:J30000").values = besar.slice(0, 30000);
      await ctx.sync();
    });
    expect(h2.statistik.permintaanMaks).toBeGreaterThan(3 * 1024 * 1024);
    expect(h2.statistik.permintaanMaks).toBeLessThan(MB5);
  });

  test("tanggapan > 5 MB: perintah batch itu sudah dijalankan (tanpa rollback), lalu ResponsePayloadSizeLimitExceeded", async () => {
    const h = buatHostUji();
    const besar = Array.from({ length: 30000 }, () => Array.from({ length: 10 }, () => "abcdefgh"));
    for (const awal of [1, 30001]) {
      await h.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItemOrNullObject("L").load("name");
        await ctx.sync();
        if (awal === 1) ctx.workbook.worksheets.add("L");
        ctx.workbook.worksheets.getItem("L").getRange(`A${awal}:J${awal + 29999}`).values = besar;
        await ctx.sync();
      });
    }
    let terbaca = true;
    const e = await galatDari(
      h.Excel.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem("L");
        ws.getRange("L1").values = [["ditulis"]];
        const r = ws.getRange("A1:J60000").load("values");
        try {
          await ctx.sync();
        } finally {
          terbaca = (() => {
            try {
              return r.values.length > 0;
            } catch {
              return false;
            }
          })();
        }
      }),
    );
    expect(e.code).toBe("ResponsePayloadSizeLimitExceeded");
    expect(h.nilaiDi("L", "L1")).toBe("ditulis");
    expect(terbaca).toBe(false);
    expect(h.statistik.tanggapanMaks).toBeGreaterThan(MB5);
  });

  test("sel: teks 32.767 karakter diterima, 32.768 ditolak; rumus 8.192 karakter diterima, 8.193 ditolak", async () => {
    const h = buatHostUji();
    h.ketik("L", "A1", "x");
    const tulis = (a: string, v: string) =>
      h.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("L").getRange(a).formulas = [[v]];
        await ctx.sync();
      });
    await tulis("A1", "a".repeat(32767));
    expect((await galatDari(tulis("A2", "a".repeat(32768)))).code).toBe("InvalidArgument");
    const rumus = (n: number) => `=${"1+".repeat((n - 2) / 2)}1`; // "=" + (n-2)/2 × "1+" + "1" = n karakter
    expect(rumus(8192)).toHaveLength(8192);
    await tulis("B1", rumus(8192));
    expect((await galatDari(tulis("B2", `${rumus(8192)}+0`.slice(0, 8193)))).code).toBe("InvalidArgument");
    expect(h.nilaiDi("L", "B1")).toBe(rumus(8192));
  });
});

describe("halaman.ts: bacaan berhalaman", () => {
  test("barisPerHalaman dari banyak kolom; uraiKotak", () => {
    // 2 MB / (16 kolom × 96 byte) = 1.365,33 → 1.365 baris
    expect(barisPerHalaman(16, 96)).toBe(1365);
    expect(barisPerHalaman(16, 1e9)).toBe(1);
    expect(uraiKotak("'Lembar 1'!$B$2:$D$9")).toEqual({ b0: 1, b1: 8, k0: 1, k1: 3 });
    expect(uraiKotak("L!AA7")).toEqual({ b0: 6, b1: 6, k0: 26, k1: 26 });
  });

  test("sel sangat panjang (300 × 30.000 karakter ≈ 9 MB): halaman pertama ditolak Excel, diulang lebih kecil; isi utuh", async () => {
    const h = buatHostUji();
    for (let i = 0; i < 300; i++) h.ketik("L", `A${i + 1}`, `${i}:${"x".repeat(30000)}`);
    const { hasil, jumlahSync } = await h.Excel.run((ctx) =>
      bacaBerhalaman(ctx, [{ lembar: "L", alamat: "L!A1:A300", props: ["values"] }]),
    );
    const v = hasil[0].values as string[][];
    expect(v).toHaveLength(300);
    expect(v.map((r) => r[0].slice(0, r[0].indexOf(":")))).toEqual(Array.from({ length: 300 }, (_, i) => String(i)));
    // sync yang ditolak tercatat di perSync dengan tanggapan > 5 MB; yang berhasil semuanya ≤ 5 MB
    const berhasil = h.statistik.perSync.filter((x) => x.tanggapan <= MB5);
    expect(berhasil).toHaveLength(jumlahSync);
    expect(h.statistik.perSync.length - jumlahSync).toBeGreaterThanOrEqual(1);
    expect(h.statistik.perSync.length - jumlahSync).toBeLessThanOrEqual(2);
  });
});

describe("adaptor: nama rentang berhalaman", () => {
  test("45.000 nama: halaman pertama di sync baca, sisanya dua sync (HALAMAN_NAMA 20.000); semua terbaca, setiap sync ≤ 5 MB", async () => {
    const h = buatHostUji();
    h.ketik("L", "A1", 1);
    const kotak = { b0: 0, b1: 0, k0: 0, k1: 0 };
    for (let i = 0; i < 45000; i++)
      (h.buku.nama as unknown as Map<string, object>).set(`_pkp_Lcontoh_b${i}`, { lembar: "L", kotak, visible: false });
    const b = await h.Excel.run(async (ctx) => {
      const a = antreBacaan(ctx, ["L"]);
      await ctx.sync();
      const hasil = a.kumpulkan();
      expect(hasil.nama.size).toBe(HALAMAN_NAMA);
      expect(await muatNamaSisa(ctx, hasil, a.banyakNama())).toBe(2);
      return hasil;
    });
    expect(b.nama.size).toBe(45000);
    expect(b.nama.get("_pkp_Lcontoh_b44999")).toBe("L!$A$1");
    expect(h.statistik.sync).toBe(3);
    expect(h.statistik.tanggapanMaks).toBeLessThan(MB5);
  });
});

describe("task pane: tulisTemuan di bawah batas", () => {
  test("50.000 temuan (±9 MB): isi lama dibaca berhalaman, ditulis dalam beberapa pita ≤ 4 MB; semua baris ada", async () => {
    const h = buatHostUji();
    (globalThis as unknown as { Excel: unknown }).Excel = h.Excel;
    const temuan = Array.from({ length: 50000 }, (_, i) => ({
      sheet: "SKM Nilai",
      sel: `B${i + 2}`,
      jenis: "rumus-berubah" as const,
      pesan: `Rumus sel B${i + 2} berbeda dari pola kolomnya; periksa apakah rumus ini diubah dengan sengaja.`,
      diharapkan: `=SUM(A${i + 2}:A${i + 3})`,
      ditemukan: "123",
    }));
    await hostExcel.tulisTemuan!(temuan, { konfirmasi: async () => true });
    const dari = h.statistik.perSync.length;
    const hasil = await hostExcel.tulisTemuan!(temuan, { konfirmasi: async () => true });
    expect(hasil).toEqual({ dibatalkan: false, lembar: "Temuan Periksa", baris: 50000 });
    const s = ringkasSync(h, dari);
    expect(s.permintaanMaks).toBeLessThanOrEqual(MB5);
    expect(s.tanggapanMaks).toBeLessThanOrEqual(MB5);
    expect(h.statistik.perSync.slice(dari).reduce((x, y) => x + y.permintaan, 0)).toBeGreaterThan(MB5); // tidak muat satu sync
    expect(h.nilaiDi("Temuan Periksa", "B50001")).toBe("B50001");
    expect(h.nilaiDi("Temuan Periksa", "E50001")).toBe("=SUM(A50001:A50002)"); // teks (apostrof), bukan rumus
  }, 120000);
});

const N = Number(process.env.PKP_BATAS_N ?? 100000);

describe(`siklus SKM ${N} jawaban × 16 kolom lewat adaptor Excel, setiap sync ≤ 5 MB`, () => {
  const h = buatHostUji();
  const dalamBatas = (x: { permintaanMaks: number; tanggapanMaks: number }) =>
    x.permintaanMaks <= MB5 && x.tanggapanMaks <= MB5;
  let rencana: Awaited<ReturnType<typeof rencanaDariLembar>>["rencana"];

  beforeAll(() => isiJawaban(h, N), 600000);

  test("membaca lembar jawaban (bacaLembar berhalaman)", async () => {
    const dari = h.statistik.perSync.length;
    const r = await rencanaDariLembar(h);
    rencana = r.rencana;
    expect(r.baris).toBe(N);
    const s = ringkasSync(h, dari);
    expect(dalamBatas(s)).toBe(true);
    // 100.000 × 16 nilai ±20 MB tidak dapat dibaca dalam satu sync
    if (N >= 100000) expect(s.sync).toBeGreaterThan(4);
  }, 600000);

  test("membangun siklus SKM, lalu membangun ulang", async () => {
    const dari = h.statistik.perSync.length;
    const a = await bangunExcel(h, rencana);
    expect(a.dibatalkan).toBe(false);
    const s1 = ringkasSync(h, dari);
    expect(dalamBatas(s1)).toBe(true);
    const rumus = selRumus(h);
    expect(rumus).toBeGreaterThan(0);
    const dari2 = h.statistik.perSync.length;
    const b = await bangunExcel(h, rencana);
    expect(b.dibatalkan).toBe(false);
    expect(dalamBatas(ringkasSync(h, dari2))).toBe(true);
    expect(selRumus(h)).toBe(rumus);
    // jangkar tersembunyi (add → sync → visible = false)
    const jangkar = [...h.buku.nama].filter(([n]) => n.startsWith("_pkp_"));
    expect(jangkar.length).toBeGreaterThan(0);
    expect(jangkar.filter(([, e]) => e.visible).map(([n]) => n)).toEqual([]);
    // lembar jawaban pengguna tidak ditulis
    expect(h.buku.lembar.find((l) => l.nama === LEMBAR_JAWABAN)!.sel.size).toBeGreaterThan(N);
  }, 1200000);

  test("Periksa membaca semua lembar berhalaman; buku yang baru dibangun tanpa temuan rumus", async () => {
    expect(selRumus(h)).toBeGreaterThan(0); // dibangun oleh uji sebelumnya
    const dari = h.statistik.perSync.length;
    const { temuan } = await periksaExcel(h);
    expect(dalamBatas(ringkasSync(h, dari))).toBe(true);
    expect(temuan.filter((t) => t.jenis.startsWith("rumus"))).toEqual([]);
  }, 600000);
});
