/**
 * Adaptor Office.js (src/hosts/excel/excel.ts) terhadap host uji dalam memori (test/bantu/host-uji.js,
 * tiruan yang sama dengan uji peramban): jumlah context.sync(), isi yang ditulis, set persyaratan.
 */
import { terapkanRencana, type AlatTerapkan } from "../../src/hosts/excel/excel";
import { buatRencana } from "../../src/metode/index";
import { LEMBAR_META, uraiCatatan } from "../../src/plans/bangun-ulang/index";
import { selBeralamat, type RencanaBukuKerja } from "../../src/plans/rencana";
import { rapikan } from "../../src/plans/tata-letak";
import { siklusDariTabel } from "../../src/cli/skm-siklus";
import { rencanaSiklusDariCli } from "../../src/cli/skm-siklus-xlsx";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buatHostUji } = require("../bantu/host-uji.js") as { buatHostUji: (o?: { versiMaks?: string }) => HostUji };

interface HostUji {
  Office: { context: { requirements: { isSetSupported(s: string, v: string): boolean } } };
  Excel: { run<T>(f: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> };
  statistik: {
    sync: number;
    syncAkhirRun: number;
    run: number;
    panggilan: number;
    log: { op: string; lembar?: string; alamat?: string }[];
  };
  ringkas(): {
    lembar: {
      nama: string;
      visibility: string;
      grafik: unknown[];
      validasi: unknown[];
      cf: unknown[];
      gabung: string[];
      bekukan: unknown;
      sel: Record<string, { v?: unknown; f?: string; nf?: string }>;
    }[];
    nama: Record<string, unknown>;
  };
  ketik(lembar: string, alamat: string, nilai: unknown): void;
  nilaiDi(lembar: string, alamat: string): unknown;
}

const UNIT_23 = Array.from({ length: 23 }, (_, i) => `Unit ${String(i + 1).padStart(2, "0")}`);

function alatUji(h: HostUji, lain: Partial<AlatTerapkan> = {}): AlatTerapkan {
  return {
    konfirmasi: async () => true,
    dukung: (s, v) => h.Office.context.requirements.isSetSupported(s, v),
    waktu: "2024-01-01T00:00:00Z",
    ...lain,
  };
}

/** Setiap sel rencana ada di buku kerja tiruan dengan nilai/rumus yang benar. */
function cocokDenganRencana(h: HostUji, r: RencanaBukuKerja): number {
  let n = 0;
  for (const l of r.lembar) {
    for (const { alamat, sel } of selBeralamat(l)) {
      const isi = h.nilaiDi(l.nama, alamat);
      if (sel.peran === "hitung") expect({ alamat, isi }).toEqual({ alamat, isi: sel.rumus });
      else if (sel.nilai !== undefined && sel.nilai !== "") expect({ alamat, isi }).toEqual({ alamat, isi: sel.nilai });
      n++;
    }
  }
  return n;
}

describe("terapkanRencana (Office.js)", () => {
  test("LAN tipe I hitungBobot, 23 unit: paling banyak 3 sync, isi sesuai rencana, tanpa panggilan per sel", async () => {
    const h = buatHostUji();
    const r = buatRencana("lan1998", { tipe: "I", pola: "lengkap", mode: "hitungBobot", unit: UNIT_23 });
    const kemajuan: number[] = [];
    const hasil = await h.Excel.run((ctx) =>
      terapkanRencana(ctx, r, alatUji(h, { kemajuan: (p) => kemajuan.push(p) })),
    );
    expect(hasil.dibatalkan).toBe(false);
    expect(h.statistik.sync).toBeLessThanOrEqual(3);
    expect(hasil.jumlahSync).toBe(h.statistik.sync);
    expect(h.statistik.syncAkhirRun).toBe(0); // tidak ada perintah yang tertinggal tanpa sync
    expect(kemajuan[kemajuan.length - 1]).toBe(100);

    const sel = cocokDenganRencana(h, r);
    expect(sel).toBeGreaterThan(23 * 17);
    // Satu tulisan formulas per blok; jumlah panggilan jauh di bawah jumlah sel.
    const jumlahBlok = r.lembar.reduce((s, l) => s + l.blok.length, 0);
    expect(h.statistik.log.filter((x) => x.op === "formulas")).toHaveLength(jumlahBlok);
    expect(h.statistik.panggilan).toBeLessThan(sel / 3);

    const buku = h.ringkas();
    expect(buku.lembar.map((l) => l.nama)).toEqual([...r.lembar.map((l) => l.nama), LEMBAR_META]);
    const meta = buku.lembar.find((l) => l.nama === LEMBAR_META)!;
    expect(meta.visibility).toBe("VeryHidden");
    const c = uraiCatatan(meta.sel.A1.v);
    expect(c?.meta.pembangun).toBe("lan1998");
    expect(c?.lembar).toEqual(r.lembar.map((l) => l.nama));
    // Fitur lembar ikut ditulis (rencana LAN memakai validasi, grafik di ringkasan).
    for (const l of r.lembar) {
      const w = buku.lembar.find((x) => x.nama === l.nama)!;
      expect(w.validasi).toHaveLength(l.validasi?.length ?? 0);
      expect(w.grafik).toHaveLength(l.grafik?.length ?? 0);
      // gabungan dari tata letak (teks panjang selebar tabel, plans/tata-letak.ts)
      expect(w.gabung).toEqual(rapikan(r).lembar.find((x) => x.nama === l.nama)?.gabung ?? []);
    }
  });

  test("membangun ulang tidak menggandakan grafik, nama rentang atau validasi", async () => {
    const h = buatHostUji();
    const r = buatRencana("lan1998", { tipe: "II", pola: "lima", mode: "nilaiUnit", unit: ["A", "B"] });
    await h.Excel.run((ctx) => terapkanRencana(ctx, r, alatUji(h)));
    // nama jangkar baris/kolom membawa generasinya (_g2b7: naik setiap bangun ulang, plans/bangun-ulang/jangkar.ts)
    const potret = (): string => {
      const b = h.ringkas();
      const nama = Object.entries(b.nama)
        .map(([n, e]) => [n.replace(/_g\d+([bk]\d+)$/, "_$1"), e] as const)
        .sort(([a], [c]) => a.localeCompare(c));
      return JSON.stringify({ lembar: b.lembar, nama }).replace(/\\"jangkar\\":\d+/g, "jangkar");
    };
    const sebelum = potret();
    await h.Excel.run((ctx) => terapkanRencana(ctx, r, alatUji(h)));
    const sesudah = potret();
    expect(sesudah.length).toBe(sebelum.length);
    expect(sesudah === sebelum).toBe(true);
  });

  test("set persyaratan lama: fitur dilewati dengan peringatan, tabel tetap ditulis", async () => {
    const h = buatHostUji({ versiMaks: "1.4" });
    const r = buatRencana("bsc", { unit: ["Dinas A"] });
    const hasil = await h.Excel.run((ctx) => terapkanRencana(ctx, r, alatUji(h)));
    cocokDenganRencana(h, r);
    const butuh = r.lembar.some((l) => l.validasi?.length) ? ["validasi"] : [];
    if (r.lembar.some((l) => l.formatBersyarat?.length)) butuh.push("formatBersyarat");
    for (const f of butuh) expect(hasil.dilewati.map((d) => d.fitur)).toContain(f);
    expect(hasil.peringatan.length).toBeGreaterThanOrEqual(butuh.length);
    expect(h.ringkas().lembar.every((l) => l.validasi.length === 0 && l.cf.length === 0)).toBe(true);
  });

  test(
    "siklus SKM dengan kepentingan: grafik sebar kuadran = satu seri per unsur (X kinerja, Y " +
      "kepentingan) + dua garis pemisah; tanpa ExcelApi 1.7 dilewati",
    async () => {
      // ekspor kecil: U1…U9 dan K1…K9 (kepentingan), dua responden
      const judul = [
        ...Array.from({ length: 9 }, (_, j) => `U${j + 1}`),
        ...Array.from({ length: 9 }, (_, j) => `K${j + 1}`),
      ];
      const baris = [new Array<number>(18).fill(3), new Array<number>(18).fill(4)].map((sel, i) => ({
        no: i + 2,
        sel,
      }));
      const r = rencanaSiklusDariCli(siklusDariTabel({ sumber: "kecil", judul, baris }, {}));
      const l = r.lembar.find((x) => x.nama === "SKM Kuadran")!;
      const g = rapikan(r).lembar.find((x) => x.nama === "SKM Kuadran")!.grafik![0];
      const h = buatHostUji();
      await h.Excel.run((ctx) => terapkanRencana(ctx, r, alatUji(h)));
      const ditulis = h.ringkas().lembar.find((x) => x.nama === l.nama)!.grafik as {
        jenis: string;
        posisi: string;
        seri: { nama: string; x: string; y: string; jenis: string | null; label: boolean | null }[];
        sumbuX: object;
        sumbuY: object;
        labelSeri: boolean;
      }[];
      expect(ditulis).toHaveLength(1);
      const w = ditulis[0];
      expect(w.jenis).toBe("XYScatter");
      expect(w.posisi).toBe(g.posisi);
      expect(w.seri).toHaveLength(11);
      expect(w.seri.slice(0, 9).map((s) => [s.nama, s.x, s.y])).toEqual(
        Array.from({ length: 9 }, (_, j) => [`U${j + 1}`, `D${9 + j}`, `E${9 + j}`]),
      );
      const [a, b] = g.garisBantu!;
      expect(w.seri.slice(9).map((s) => [s.x, s.y, s.jenis, s.label])).toEqual(
        [a, b].map((x) => [x.replace(/E(\d+)/, "D$1"), x.replace(/D(\d+)/, "E$1"), "XYScatterLinesNoMarkers", false]),
      );
      expect(w.labelSeri).toBe(true);
      expect([w.sumbuX, w.sumbuY]).toEqual([
        { min: g.sumbu!.min, maks: 4, judul: "Kinerja (NRR)" },
        { min: g.sumbu!.min, maks: 4, judul: "Kepentingan" },
      ]);

      const lama = buatHostUji({ versiMaks: "1.6" });
      const hasil = await lama.Excel.run((ctx) => terapkanRencana(ctx, r, alatUji(lama)));
      expect(lama.ringkas().lembar.find((x) => x.nama === l.nama)!.grafik).toHaveLength(0);
      expect(hasil.dilewati.map((d) => d.fitur)).toContain("grafikSebar");
    },
  );

  test("Excel tanpa ExcelApi 1.4 → galat jelas, tidak ada sync", async () => {
    const h = buatHostUji({ versiMaks: "1.3" });
    const r = buatRencana("lan1998", { tipe: "I", pola: "lima", mode: "hitungBobot", unit: ["A"] });
    await expect(h.Excel.run((ctx) => terapkanRencana(ctx, r, alatUji(h)))).rejects.toThrow(/ExcelApi 1.4/);
    expect(h.statistik.sync).toBe(0);
  });

  test("muatan di atas batas dibagi menjadi N batch tulis berurutan; satu perintah terlalu besar ditolak sebelum menulis", async () => {
    const r = buatRencana("lan1998", { tipe: "I", pola: "lengkap", mode: "hitungBobot", unit: UNIT_23 });
    const h0 = buatHostUji();
    const { ukuranMuatan } = await h0.Excel.run((ctx) => terapkanRencana(ctx, r, alatUji(h0)));
    expect(h0.statistik.sync).toBe(3); // baca, tulis, sembunyikan jangkar
    expect(ukuranMuatan).toBeLessThan(1024 * 1024); // 23 unit: jauh di bawah batas 5 MB Excel di web
    const h1 = buatHostUji();
    await h1.Excel.run((ctx) => terapkanRencana(ctx, r, alatUji(h1, { batasMuatan: Math.ceil(ukuranMuatan * 0.6) })));
    expect(h1.statistik.sync).toBe(4); // baca, dua batch tulis, sembunyikan
    cocokDenganRencana(h1, r);
    const h3 = buatHostUji();
    await h3.Excel.run((ctx) => terapkanRencana(ctx, r, alatUji(h3, { batasMuatan: Math.ceil(ukuranMuatan / 10) })));
    expect(h3.statistik.sync).toBeGreaterThanOrEqual(1 + 10 + 1);
    cocokDenganRencana(h3, r);
    const jangkar = Object.entries(h3.ringkas().nama).filter(([n]) => n.startsWith("_pkp_"));
    expect(jangkar.length).toBeGreaterThan(0);
    expect(jangkar.filter(([, n]) => (n as { visible: boolean }).visible)).toEqual([]);

    const h2 = buatHostUji();
    // ongkos satu panggilan saja (120) sudah > 100: tidak ada perintah yang muat → ditolak sebelum menulis
    await expect(h2.Excel.run((ctx) => terapkanRencana(ctx, r, alatUji(h2, { batasMuatan: 100 })))).rejects.toThrow(
      /terlalu besar/,
    );
    expect(h2.ringkas().lembar).toHaveLength(0);
    expect(h2.statistik.sync).toBe(1);
  });
});
