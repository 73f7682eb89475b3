/**
 * Membangun ulang tanpa kehilangan isian: skor yang diketik tetap di tempatnya (menurut kunci) setelah
 * unit ditambah, sisa masuk "Data Tersimpan", dan lembar bukan buatan add-in tidak ditimpa tanpa izin.
 */
import { terapkanRencana, type AlatTerapkan } from "../../src/hosts/excel/excel";
import { buatRencana } from "../../src/metode/index";
import { LEMBAR_META, LEMBAR_TERSIMPAN, pertahankan } from "../../src/plans/bangun-ulang/index";
import { hitung, label, masukan, selBeralamat, type RencanaBukuKerja } from "../../src/plans/rencana";

interface HostUji {
  Office: { context: { requirements: { isSetSupported(s: string, v: string): boolean } } };
  Excel: { run<T>(f: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> };
  statistik: { sync: number };
  ringkas(): { lembar: { nama: string; sel: Record<string, { v?: unknown; f?: string }> }[] };
  ketik(lembar: string, alamat: string, nilai: unknown): void;
  nilaiDi(lembar: string, alamat: string): unknown;
}
// Host uji yang sama dengan uji peramban (tiruan Office/Excel dalam memori).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buatHostUji } = require("../bantu/host-uji.js") as { buatHostUji: (o?: object) => HostUji };

function alatUji(h: HostUji, lain: Partial<AlatTerapkan> = {}): AlatTerapkan {
  return {
    konfirmasi: async () => true,
    dukung: (s, v) => h.Office.context.requirements.isSetSupported(s, v),
    waktu: "2024-01-01T00:00:00Z",
    ...lain,
  };
}

function cocokDenganRencana(h: HostUji, r: RencanaBukuKerja): void {
  for (const l of r.lembar) {
    for (const { alamat, sel } of selBeralamat(l)) {
      const isi = h.nilaiDi(l.nama, alamat);
      if (sel.peran === "hitung") expect({ alamat, isi }).toEqual({ alamat, isi: sel.rumus });
      else if (sel.nilai !== undefined && sel.nilai !== "") expect({ alamat, isi }).toEqual({ alamat, isi: sel.nilai });
    }
  }
}

const lan = (unit: string[]): RencanaBukuKerja =>
  buatRencana("lan1998", { tipe: "I", pola: "lengkap", mode: "hitungBobot", unit });

/** Alamat setiap sel masukan menurut kunci. */
function alamatKunci(r: RencanaBukuKerja): Map<string, { lembar: string; alamat: string }> {
  const m = new Map<string, { lembar: string; alamat: string }>();
  for (const l of r.lembar)
    for (const { alamat, sel } of selBeralamat(l)) if (sel.kunci) m.set(sel.kunci, { lembar: l.nama, alamat });
  return m;
}

/** "Mengetik" skor deterministik ke semua sel skor rencana; memberi kunci → nilai. */
function ketikSkor(h: HostUji, r: RencanaBukuKerja): Map<string, number> {
  const diketik = new Map<string, number>();
  let i = 0;
  for (const [kunci, a] of alamatKunci(r)) {
    if (!kunci.startsWith("skor|")) continue;
    const v = (i++ % 10) + 1;
    h.ketik(a.lembar, a.alamat, v);
    diketik.set(kunci, v);
  }
  return diketik;
}

describe("mempertahankan isian saat membangun ulang", () => {
  test("tambah satu unit: setiap skor yang diketik tetap di tempatnya, tidak ada yang hilang", async () => {
    const h = buatHostUji();
    const r1 = lan(["Dinas A", "Dinas B", "Dinas C"]);
    await h.Excel.run((ctx) => terapkanRencana(ctx, r1, alatUji(h)));
    const diketik = ketikSkor(h, r1);
    expect(diketik.size).toBeGreaterThan(3 * 17);
    // pengguna juga mengganti Skor Ideal dan menulis catatan di luar tabel
    const ideal = alamatKunci(r1).get("skor-ideal")!;
    h.ketik(ideal.lembar, ideal.alamat, 12345);
    h.ketik(ideal.lembar, "Z200", "catatan saya");

    const r2 = lan(["Dinas A", "Dinas B", "Dinas C", "Dinas D"]);
    h.statistik.sync = 0;
    const hasil = await h.Excel.run((ctx) =>
      terapkanRencana(
        ctx,
        r2,
        alatUji(h, {
          konfirmasi: async () => {
            throw new Error("tidak boleh bertanya: lembar buatan add-in");
          },
        }),
      ),
    );
    // baca, isi lembar lama berhalaman (satu halaman), cadangan ke Data Tersimpan (issue 22), tulis,
    // sembunyikan jangkar (issue 21)
    expect(h.statistik.sync).toBeLessThanOrEqual(5);
    expect(hasil.dibatalkan).toBe(false);
    const baru = alamatKunci(r2);
    for (const [kunci, v] of diketik) {
      const a = baru.get(kunci);
      expect(a).toBeDefined();
      expect({ kunci, v: h.nilaiDi(a!.lembar, a!.alamat) }).toEqual({ kunci, v });
    }
    expect(h.nilaiDi(baru.get("skor-ideal")!.lembar, baru.get("skor-ideal")!.alamat)).toBe(12345);
    expect(hasil.dipertahankan).toBe(diketik.size + 1);
    // unit baru kosong, nama unit baru tertulis; rumus sesuai rencana baru
    const namaD = [...baru].find(([k]) => k === "nama-unit|u=Dinas D")![1];
    expect(h.nilaiDi(namaD.lembar, namaD.alamat)).toBe("Dinas D");
    for (const [k, a] of baru)
      if (k.startsWith("skor|") && k.endsWith("u=Dinas D")) expect(h.nilaiDi(a.lembar, a.alamat)).toBeUndefined();
    for (const l of r2.lembar)
      for (const { alamat, sel } of selBeralamat(l))
        if (sel.peran === "hitung") expect(h.nilaiDi(l.nama, alamat)).toBe(sel.rumus);
    // catatan di luar tabel tidak hilang: masuk Data Tersimpan
    const simpan = h.ringkas().lembar.find((l) => l.nama === LEMBAR_TERSIMPAN)!;
    expect(Object.values(simpan.sel).some((s) => s.v === "catatan saya")).toBe(true);
  });

  test("unit dihapus: skornya tidak dibuang tetapi ditulis ke Data Tersimpan (lembar, alamat, kunci, nilai)", async () => {
    const h = buatHostUji();
    const r1 = lan(["A", "B", "C"]);
    await h.Excel.run((ctx) => terapkanRencana(ctx, r1, alatUji(h)));
    const diketik = ketikSkor(h, r1);
    const lama = alamatKunci(r1);
    const hasil = await h.Excel.run((ctx) => terapkanRencana(ctx, lan(["A", "B"]), alatUji(h)));
    const milikC = [...diketik].filter(([k]) => k.endsWith("|u=C"));
    expect(milikC.length).toBeGreaterThan(17); // semua indikator ke-17 variabel
    expect(hasil.tersimpan).toBe(milikC.length);
    const simpan = h.ringkas().lembar.find((l) => l.nama === LEMBAR_TERSIMPAN)!;
    expect(simpan.sel.A1.v).toBe("Waktu");
    expect(["B1", "C1", "D1", "E1", "F1", "G1", "H1", "I1"].map((a) => simpan.sel[a].v)).toEqual([
      "Lembar",
      "Sel",
      "Label baris",
      "Label kolom",
      "Isian",
      "Nilai",
      "Rumus/label semula",
      "Kunci",
    ]);
    // kunci mentah di kolom terakhir (I), kunci dalam kata-kata di F: "skor indikator 1, C"; label yang tampak di D/E
    const baris = new Map<string, { lembar: unknown; alamat: unknown; nilai: unknown; kata: unknown }>();
    for (let i = 2; i <= milikC.length + 1; i++)
      baris.set(String(simpan.sel[`I${i}`].v), {
        lembar: simpan.sel[`B${i}`].v,
        alamat: simpan.sel[`C${i}`].v,
        nilai: simpan.sel[`G${i}`].v,
        kata: simpan.sel[`F${i}`].v,
      });
    for (const [k, v] of milikC)
      expect(baris.get(k)).toMatchObject({ lembar: lama.get(k)!.lembar, alamat: lama.get(k)!.alamat, nilai: v });
    expect(baris.get("skor|i=1|u=C")?.kata).toBe("skor indikator 1, C");
    // waktu setempat yang dapat dibaca (dd/mm/yyyy jj:mm:dd zona), bukan cap ISO UTC
    expect(String(simpan.sel.A2.v)).toMatch(
      /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2} (WIB|WITA|WIT|UTC[+−]\d{2}:\d{2})$/,
    );
    // membangun lagi tanpa unit B → baris baru ditambahkan di bawah, yang lama tetap
    await h.Excel.run((ctx) => terapkanRencana(ctx, lan(["A"]), alatUji(h)));
    const simpan2 = h.ringkas().lembar.find((l) => l.nama === LEMBAR_TERSIMPAN)!;
    expect(simpan2.sel[`G${milikC.length + 1}`].v).toBe(simpan.sel[`G${milikC.length + 1}`].v);
    expect(simpan2.sel[`G${milikC.length + 2}`]).toBeDefined();
    expect(simpan2.sel.A2.v).toBe(simpan.sel.A2.v);
  });

  test("lembar bukan buatan add-in yang berisi: bertanya dulu; 'tidak' → tidak ada yang ditulis", async () => {
    const h = buatHostUji();
    const r = lan(["A", "B"]);
    const nama = r.lembar[0].nama;
    h.ketik(nama, "A1", "data penting pengguna");
    h.ketik(nama, "C6", 42);
    const sebelum = JSON.stringify(h.ringkas().lembar);
    const pesan: string[] = [];
    const hasil = await h.Excel.run((ctx) =>
      terapkanRencana(ctx, r, alatUji(h, { konfirmasi: async (p) => (pesan.push(p), false) })),
    );
    expect(pesan).toHaveLength(1);
    expect(pesan[0]).toContain(nama);
    expect(hasil.dibatalkan).toBe(true);
    expect(hasil.konflik[0]).toMatchObject({ lembar: nama, jumlah: 2 });
    expect(JSON.stringify(h.ringkas().lembar)).toBe(sebelum);
    expect(h.ringkas().lembar.some((l) => l.nama === LEMBAR_META)).toBe(false);
    expect(h.statistik.sync).toBe(2); // hanya membaca: catatan/alamat, lalu isi lembar pengguna berhalaman

    // 'ya' → ditulis
    const ya = await h.Excel.run((ctx) => terapkanRencana(ctx, r, alatUji(h, { konfirmasi: async () => true })));
    expect(ya.dibatalkan).toBe(false);
    cocokDenganRencana(h, r);
  });

  test("lembar bukan buatan add-in yang kosong di area tabel: tidak bertanya", async () => {
    const h = buatHostUji();
    const r = lan(["A"]);
    h.ketik(r.lembar[0].nama, "AZ500", "jauh dari tabel");
    const hasil = await h.Excel.run((ctx) =>
      terapkanRencana(
        ctx,
        r,
        alatUji(h, {
          konfirmasi: async () => {
            throw new Error("tidak boleh bertanya");
          },
        }),
      ),
    );
    expect(hasil.dibatalkan).toBe(false);
    expect(h.nilaiDi(r.lembar[0].nama, "AZ500")).toBe("jauh dari tabel");
  });
});

describe("pertahankan (murni)", () => {
  const rencana = (kunci: string[], mulai = "A1"): RencanaBukuKerja => ({
    meta: { pembangun: "uji", versi: 1, opsi: {} },
    lembar: [
      {
        nama: "L",
        blok: [
          {
            mulai,
            sel: [[label("Judul"), ...kunci.map((k) => masukan(k, k === "bawaan" ? 5 : undefined)), hitung("=1+1")]],
          },
        ],
      },
    ],
  });
  test("kunci pindah kolom, kunci hilang → sisa, nilai bawaan tak diubah tidak disimpan", () => {
    const lama = rencana(["x", "y", "bawaan"]);
    const baru = rencana(["y", "x", "z"], "B3");
    const h = pertahankan({
      rencanaLama: [lama],
      rencanaBaru: baru,
      lembarAddin: new Set(["L"]),
      terbaca: [{ nama: "L", mulai: "A1", isi: [["Judul", 7, "teks", 5, "=1+1"]] }],
    });
    expect([...h.isian]).toEqual([
      ["x", 7],
      ["y", "teks"],
    ]);
    expect(h.sisa).toEqual([]);
    const h2 = pertahankan({
      rencanaLama: [lama],
      rencanaBaru: rencana(["z"]),
      lembarAddin: new Set(["L"]),
      terbaca: [{ nama: "L", mulai: "A1", isi: [["Judul", 7, "", 9, "=1+1", "lain"]] }],
    });
    expect(h2.sisa).toEqual([
      // label yang tampak: sampai dua sel berisi (bukan rumus) di kirinya
      { lembar: "L", alamat: "B1", kunci: "x", nilai: 7, asal: "kunci", labelBaris: "Judul", labelKolom: "" },
      { lembar: "L", alamat: "D1", kunci: "bawaan", nilai: 9, asal: "kunci", labelBaris: "Judul 7", labelKolom: "" },
      { lembar: "L", alamat: "F1", kunci: "", nilai: "lain", asal: "luar", labelBaris: "7 9", labelKolom: "" },
    ]);
  });
  test("konflik hanya untuk lembar bukan add-in dengan isi di area tulis", () => {
    const baru = rencana(["x"], "B2");
    const isi = (v: unknown): unknown[][] => [
      ["", "", ""],
      ["", v, ""],
    ];
    expect(
      pertahankan({
        rencanaLama: [],
        rencanaBaru: baru,
        lembarAddin: new Set(),
        terbaca: [{ nama: "L", mulai: "A1", isi: isi(1) }],
      }).konflik,
    ).toEqual([{ lembar: "L", jumlah: 1, contoh: ["B2"] }]);
    expect(
      pertahankan({
        rencanaLama: [],
        rencanaBaru: baru,
        lembarAddin: new Set(),
        terbaca: [{ nama: "L", mulai: "A1", isi: isi("") }],
      }).konflik,
    ).toEqual([]);
    expect(
      pertahankan({
        rencanaLama: [],
        rencanaBaru: baru,
        lembarAddin: new Set(["L"]),
        terbaca: [{ nama: "L", mulai: "A1", isi: isi(1) }],
      }).konflik,
    ).toEqual([]);
  });
});
