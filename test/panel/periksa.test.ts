/**
 * Periksa dari task pane tanpa peramban: bacaBukuKerja (src/hosts/excel/baca.ts, 3 sync untuk buku kecil) dan host Excel
 * (src/taskpane/host-excel.ts: periksa, pilihSel, tulisTemuan) terhadap host uji dalam memori
 * (test/bantu/host-uji.js, tiruan yang sama dengan uji peramban).
 */
import { bacaBukuKerjaRinci, petaSel } from "../../src/hosts/excel/baca";
import { terapkanRencana } from "../../src/hosts/excel/excel";
import { periksaBukuKerja } from "../../src/periksa/periksa";
import type { Temuan } from "../../src/periksa/temuan";
import { buatRencana } from "../../src/metode/index";
import { selBeralamat } from "../../src/plans/rencana";
import { KEPALA_TEMUAN, LEMBAR_TEMUAN, barisTemuan, buatHostExcel } from "../../src/taskpane/host-excel";
import { PEMUAT_LANGSUNG } from "../bantu/pemuat-langsung";

/** Host Excel task pane; pembangun dan Periksa lewat impor biasa (Jest), bukan potongan webpack. */
const hostExcel = buatHostExcel(PEMUAT_LANGSUNG);

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buatHostUji } = require("../bantu/host-uji.js") as { buatHostUji: (o?: { versiMaks?: string }) => HostUji };

interface HostUji {
  Office: unknown;
  Excel: { run<T>(f: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> };
  statistik: {
    sync: number;
    syncAkhirRun: number;
    run: number;
    log: { op: string; lembar?: string; alamat?: string }[];
  };
  buku: { aktif: string | null; pilihan: { lembar: string; alamat: string } | null };
  ketik(lembar: string, alamat: string, nilai: unknown): void;
  nilaiDi(lembar: string, alamat: string): unknown;
}

const UNIT = ["Dinas Kependudukan", "Dinas Kesehatan", "Dinas Perhubungan"];
const OPSI = { tipe: "I" as const, pola: "lengkap" as const, mode: "hitungBobot" as const, unit: UNIT };

let h: HostUji;
const g = globalThis as unknown as { Excel?: unknown; Office?: unknown };

async function bangunLan(): Promise<void> {
  await h.Excel.run((ctx) =>
    terapkanRencana(ctx, buatRencana("lan1998", OPSI), {
      konfirmasi: async () => true,
      dukung: () => true,
      waktu: "2024-01-01T00:00:00Z",
    }),
  );
}

/** Sel hitung dan sel masukan berskala 1–10 pertama pada lembar Bobot. */
function selUji(): { hitung: string; skor: string; lembar: string } {
  const l = buatRencana("lan1998", OPSI).lembar[0];
  const semua = [...selBeralamat(l)];
  const hitung = semua.find((x) => x.sel.peran === "hitung")!.alamat;
  const v = (l.validasi ?? []).find((x) => x.maks === 10)!;
  return { hitung, skor: v.rentang.split(":")[0], lembar: l.nama };
}

beforeEach(() => {
  h = buatHostUji();
  g.Excel = h.Excel;
  g.Office = h.Office;
});
afterAll(() => {
  delete g.Excel;
  delete g.Office;
});

test("petaSel: alamat dari sel kiri atas, rumus hanya untuk teks '=...', sel kosong dilewati", () => {
  const p = petaSel(
    "'Lembar 1'!B3:C4",
    [
      [1, ""],
      ["x", 7],
    ],
    [
      [1, ""],
      ["x", "=B3*2"],
    ],
  );
  expect([...p]).toEqual([
    ["B3", { value: 1 }],
    ["B4", { value: "x" }],
    ["C4", { value: 7, formula: "=B3*2" }],
  ]);
});

test("bacaBukuKerja: 3 sync (catatan, alamat, isi semua lembar kecil dalam satu halaman); terbaca sama dengan rencana", async () => {
  await bangunLan();
  const sebelum = h.statistik.sync;
  const { buku, jumlahSync } = await h.Excel.run((ctx) => bacaBukuKerjaRinci(ctx));
  expect(jumlahSync).toBe(3);
  expect(h.statistik.sync - sebelum).toBe(jumlahSync);
  expect([...buku.keys()].sort()).toEqual(["LAN-I Bobot", "LAN-I Ringkasan", "_pkp"]);
  for (const l of buatRencana("lan1998", OPSI).lembar) {
    for (const { alamat, sel } of selBeralamat(l)) {
      if (sel.peran === "hitung") expect(buku.get(l.nama)!.get(alamat)?.formula).toBe(sel.rumus);
    }
  }
  // tidak ada rumus yang dilaporkan pada buku kerja yang baru dibangun
  const temuan = periksaBukuKerja(buku);
  expect(temuan.filter((t) => t.jenis.startsWith("rumus"))).toEqual([]);
});

test("buku kerja kosong: satu sync, satu temuan bukan-buatan-add-in", async () => {
  const { buku, jumlahSync } = await h.Excel.run((ctx) => bacaBukuKerjaRinci(ctx));
  expect(jumlahSync).toBe(1);
  expect(periksaBukuKerja(buku).map((t) => t.jenis)).toEqual(["bukan-buatan-add-in"]);
});

test("host Excel: periksa menemukan rumus yang ditimpa dan skor 11; pilihSel memilih sel; tulisTemuan menulis satu larik 2-D", async () => {
  await bangunLan();
  const s = selUji();
  h.ketik(s.lembar, s.hitung, 123);
  h.ketik(s.lembar, s.skor, 11);
  const temuan = await hostExcel.periksa();
  expect(temuan).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ sheet: s.lembar, sel: s.hitung, jenis: "rumus-diganti-nilai" }),
      expect.objectContaining({ sheet: s.lembar, sel: s.skor, jenis: "masukan-di-luar-rentang" }),
    ]),
  );

  const syncSebelum = h.statistik.sync;
  await hostExcel.pilihSel(s.lembar, s.skor);
  expect(h.statistik.sync - syncSebelum).toBe(1);
  expect(h.statistik.syncAkhirRun).toBe(0);
  expect(h.buku.pilihan).toEqual({ lembar: s.lembar, alamat: s.skor });
  expect(h.buku.aktif).toBe(s.lembar);

  const tanya: unknown[] = [];
  const hasil = await hostExcel.tulisTemuan(temuan, { konfirmasi: async (k) => (tanya.push(k), true) });
  expect(hasil).toEqual({ dibatalkan: false, lembar: LEMBAR_TEMUAN, baris: temuan.length });
  expect(tanya).toEqual([]);
  expect(h.statistik.log.filter((x) => x.op === "values" && x.lembar === LEMBAR_TEMUAN)).toHaveLength(1);
  expect(KEPALA_TEMUAN.map((_, j) => h.nilaiDi(LEMBAR_TEMUAN, `${"ABCDEF"[j]}1`))).toEqual([...KEPALA_TEMUAN]);
  const i = temuan.findIndex((t) => t.sel === s.hitung) + 2;
  expect(h.nilaiDi(LEMBAR_TEMUAN, `A${i}`)).toBe(s.lembar);
  expect(h.nilaiDi(LEMBAR_TEMUAN, `B${i}`)).toBe(s.hitung);
  expect(h.nilaiDi(LEMBAR_TEMUAN, `C${i}`)).toBe("rumus-diganti-nilai");
  // rumus yang diharapkan ditulis sebagai teks, bukan rumus
  expect(h.nilaiDi(LEMBAR_TEMUAN, `E${i}`)).toBe(temuan[i - 2].diharapkan);

  // lembar sudah berisi → ditanya; "tidak" → tidak ada yang ditulis
  const tulisSebelum = h.statistik.log.filter((x) => x.op === "values").length;
  const batal = await hostExcel.tulisTemuan(temuan.slice(0, 1), { konfirmasi: async (k) => (tanya.push(k), false) });
  expect(batal.dibatalkan).toBe(true);
  expect(tanya).toEqual([expect.objectContaining({ lembar: LEMBAR_TEMUAN, jumlah: 6 * (temuan.length + 1) })]);
  expect(h.statistik.log.filter((x) => x.op === "values").length).toBe(tulisSebelum);
  // "ya" → isi lama dibersihkan lalu ditulis ulang
  await hostExcel.tulisTemuan(temuan.slice(0, 1), { konfirmasi: async () => true });
  expect(h.nilaiDi(LEMBAR_TEMUAN, "A2")).toBe(temuan[0].sheet);
  expect(h.nilaiDi(LEMBAR_TEMUAN, "A3")).toBeUndefined();
});

test("barisTemuan: kepala + satu baris per temuan; teks berawalan = + - @ dijadikan teks", () => {
  const t: Temuan[] = [
    { sheet: "S", sel: "B2", jenis: "rumus-berubah", pesan: "p", diharapkan: "=SUM(A1:A2)", ditemukan: "-3" },
  ];
  expect(barisTemuan(t)).toEqual([[...KEPALA_TEMUAN], ["S", "B2", "rumus-berubah", "p", "'=SUM(A1:A2)", "'-3"]]);
  // teks berbentuk angka ("123", "007") juga: Excel mengubahnya menjadi angka bila ditulis apa adanya
  const u: Temuan[] = [
    { sheet: "S", sel: "C3", jenis: "rumus-diganti-nilai", pesan: "p", diharapkan: "=A1", ditemukan: "007" },
  ];
  expect(barisTemuan(u)[1].slice(4)).toEqual(["'=A1", "'007"]);
});
