/**
 * Periksa (audit buku kerja): buku kerja dibangun dari rencana, ditulis dengan tulisXlsx, diisi dan
 * dirusak dengan ExcelJS, dibaca kembali dengan bacaXlsx, lalu diperiksa.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { jalankanPeriksa } from "../../src/cli/periksa";
import { GalatCli } from "../../src/cli/galat";
import { bacaXlsx } from "../../src/hosts/xlsx/xlsx";
import { tulisXlsx } from "../../src/hosts/xlsx/berkas";
import { bakuRumus, periksaBukuKerja, rumusRelatif, type Temuan } from "../../src/periksa/periksa";
import { buatRencana } from "../../src/metode/index";
import type { OpsiLan } from "../../src/plans/lan";
import { selBeralamat, type RencanaBukuKerja, type Sel } from "../../src/plans/rencana";

const dir = mkdtempSync(join(tmpdir(), "periksa-"));
let nomor = 0;

function selRencana(r: RencanaBukuKerja, lembar: number, cocok: (s: Sel) => boolean): { alamat: string; sel: Sel }[] {
  return [...selBeralamat(r.lembar[lembar])].filter((x) => cocok(x.sel));
}

/** Membangun buku kerja, mengisi skor (bila `isi`), menerapkan `ubah`, lalu mengembalikan jalur berkas. */
async function bangun(
  opsi: OpsiLan,
  ubah?: (wb: ExcelJS.Workbook, r: RencanaBukuKerja) => void,
  isi = true,
): Promise<{ berkas: string; r: RencanaBukuKerja }> {
  const r = buatRencana("lan1998", opsi);
  const berkas = join(dir, `buku-${++nomor}.xlsx`);
  await tulisXlsx(r, berkas);
  if (isi || ubah) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(berkas);
    if (isi) {
      r.lembar.forEach((l) => {
        const ws = wb.getWorksheet(l.nama)!;
        let i = 0;
        for (const { alamat, sel } of selBeralamat(l))
          if (sel.kunci?.startsWith("skor|")) ws.getCell(alamat).value = 1 + (i++ % 10);
      });
    }
    ubah?.(wb, r);
    await wb.xlsx.writeFile(berkas);
  }
  return { berkas, r };
}

async function periksa(berkas: string): Promise<Temuan[]> {
  return periksaBukuKerja((await bacaXlsx(berkas)).lembar);
}

const OPSI: OpsiLan = { tipe: "I", pola: "lengkap", mode: "hitungBobot", unit: ["A", "B", "C"] };

describe("bentuk baku rumus", () => {
  test("spasi, huruf kecil, '=' dan _xlfn. diabaikan; teks dalam kutip tidak diubah", () => {
    expect(bakuRumus("= sum( c5 : e5 )")).toBe("SUM(C5:E5)");
    expect(bakuRumus("=_xlfn.RANK.EQ(C5,$C$5:$C$7)")).toBe("RANK.EQ(C5,$C$5:$C$7)");
    expect(bakuRumus('=if(a1="a b", "x","")')).toBe('IF(A1="a b","x","")');
  });
  test("bentuk relatif: rumus yang disalin sepanjang kolom sepola", () => {
    expect(rumusRelatif("=C6/$F$10", "D6")).toBe(rumusRelatif("=C7/$F$10", "D7"));
    expect(rumusRelatif("=C6/$F$10", "D6")).not.toBe(rumusRelatif("=C6/$F$10", "D7"));
    expect(rumusRelatif("=LOG10(A1)", "B1")).toBe("LOG10(R[0]C[-1])");
  });
});

describe("periksa buku kerja LAN (hitungBobot, tipe I, unit A/B/C)", () => {
  test("buku kerja utuh dengan skor terisi: tidak ada temuan, kode 0", async () => {
    const { berkas } = await bangun(OPSI);
    expect(await periksa(berkas)).toEqual([]);
    const { kode, teks } = await jalankanPeriksa(berkas, true);
    expect(kode).toBe(0);
    expect(JSON.parse(teks)).toEqual({ temuan: [] });
  });

  test("skor belum diisi: masukan-kosong dilaporkan per rentang validasi (satu temuan per variabel)", async () => {
    const { berkas, r } = await bangun(OPSI, undefined, false);
    const t = await periksa(berkas);
    expect(t.length).toBe(r.lembar[0].validasi!.length);
    expect(t.every((x) => x.jenis === "masukan-kosong")).toBe(true);
    expect(t[0].sel).toBe(r.lembar[0].validasi![0].rentang);
  });

  test("angka di atas rumus, skor 11, rumus bobot dihapus, rumus diubah, skor teks: masing-masing di selnya", async () => {
    const r0 = buatRencana("lan1998", OPSI);
    const lembar = r0.lembar[0].nama;
    const rumusSum = selRencana(r0, 0, (s) => s.peran === "hitung" && /^=SUM\(/.test(s.rumus ?? ""))[0];
    const skor = selRencana(r0, 0, (s) => !!s.kunci?.startsWith("skor|"));
    const bobotVar = selRencana(r0, 0, (s) => s.peran === "hitung" && /\*\$C\$3$/.test(s.rumus ?? ""))[0];
    const proporsiInd = selRencana(
      r0,
      0,
      (s) => s.peran === "hitung" && /^=[A-Z]+\d+\/\$[A-Z]+\$\d+$/.test(s.rumus ?? ""),
    )[1];
    expect([rumusSum, bobotVar, proporsiInd].every(Boolean)).toBe(true);
    const { berkas } = await bangun(OPSI, (wb) => {
      const ws = wb.getWorksheet(lembar)!;
      ws.getCell(rumusSum.alamat).value = 123;
      ws.getCell(skor[0].alamat).value = 11;
      ws.getCell(skor[1].alamat).value = "7";
      ws.getCell(bobotVar.alamat).value = null;
      ws.getCell(proporsiInd.alamat).value = { formula: "C7/100" } as ExcelJS.CellFormulaValue;
    });
    const t = await periksa(berkas);
    const di = (a: string) => t.filter((x) => x.sheet === lembar && x.sel === a).map((x) => x.jenis);
    expect(di(rumusSum.alamat)).toEqual(["rumus-diganti-nilai"]);
    expect(di(skor[0].alamat)).toEqual(["masukan-di-luar-rentang"]);
    expect(di(skor[1].alamat)).toEqual(["masukan-bukan-angka"]);
    expect(di(bobotVar.alamat)).toEqual(["rumus-dihapus"]);
    expect(di(proporsiInd.alamat)).toEqual(["rumus-berubah"]);
    expect(t).toHaveLength(5);
    const f = t.find((x) => x.sel === proporsiInd.alamat)!;
    expect(f.pesan).toContain(proporsiInd.sel.rumus!);
    expect(f.pesan).toContain("=C7/100");
    expect(f.pesan).toMatch(/memutus pola/);
    expect(t.find((x) => x.sel === skor[0].alamat)!.pesan).toMatch(/1–10.*ditemukan 11/);

    const { kode, teks } = await jalankanPeriksa(berkas, true);
    expect(kode).toBe(1);
    const j = JSON.parse(teks) as { temuan: { sheet: string; sel: string; jenis: string; pesan: string }[] };
    expect(j.temuan.map((x) => [x.sel, x.jenis])).toContainEqual([rumusSum.alamat, "rumus-diganti-nilai"]);
    const teksBiasa = await jalankanPeriksa(berkas, false);
    expect(teksBiasa.kode).toBe(1);
    expect(teksBiasa.teks).toMatch(/^5 temuan:/);
  });

  test("label kepala dipindah: satu temuan tata-letak-berubah, lembar tidak ditebak", async () => {
    const r0 = buatRencana("lan1998", OPSI);
    const lembar = r0.lembar[0].nama;
    const { berkas } = await bangun(OPSI, (wb) => {
      const ws = wb.getWorksheet(lembar)!;
      ws.spliceRows(5, 0, []); // baris disisipkan di atas kepala tabel
    });
    const t = await periksa(berkas);
    const diLembar = t.filter((x) => x.sheet === lembar);
    expect(diLembar).toHaveLength(1);
    expect(diLembar[0].jenis).toBe("tata-letak-berubah");
    expect(diLembar[0].pesan).toMatch(/tidak diperiksa lebih lanjut/);
  });

  test("lembar dihapus: tata-letak-berubah untuk lembar itu", async () => {
    const r0 = buatRencana("lan1998", OPSI);
    const hilang = r0.lembar[1].nama;
    const { berkas } = await bangun(OPSI, (wb) => wb.removeWorksheet(wb.getWorksheet(hilang)!.id));
    const t = await periksa(berkas);
    expect(t).toEqual([expect.objectContaining({ sheet: hilang, jenis: "tata-letak-berubah" })]);
  });
});

describe("angka tercetak dan jumlah", () => {
  test("kerangka: proporsi indikator diubah → beda terbitan dan tidak berjumlah 1", async () => {
    const opsi: OpsiLan = { tipe: "II", pola: "lengkap", mode: "kerangka", unit: [] };
    const r0 = buatRencana("lan1998", opsi);
    const lembar = r0.lembar[0].nama;
    const p1 = selRencana(r0, 0, (s) => s.kunci === "proporsi|i=1")[0];
    const { berkas } = await bangun(opsi, (wb) => {
      wb.getWorksheet(lembar)!.getCell(p1.alamat).value = 0.5;
    });
    const t = await periksa(berkas);
    expect(t.map((x) => x.jenis).sort()).toEqual(["bobot-beda-terbitan", "proporsi-tidak-berjumlah-1"]);
    const beda = t.find((x) => x.jenis === "bobot-beda-terbitan")!;
    expect(beda.sel).toBe(p1.alamat);
    expect(beda.pesan).toContain(String(p1.sel.nilai));
    expect(beda.pesan).toContain("Tabel 4.12");
  });

  test("nilai unit dengan bobot tercetak: bobot diubah → beda terbitan dan tidak berjumlah Skor Ideal", async () => {
    const opsi: OpsiLan = { tipe: "I", pola: "lengkap", mode: "nilaiUnit", unit: ["A"], bobot: "tercetak" };
    const r0 = buatRencana("lan1998", opsi);
    const lembar = r0.lembar[0].nama;
    const b5 = selRencana(r0, 0, (s) => s.kunci === "bobot|i=5")[0];
    const utuh = await bangun(opsi);
    expect(await periksa(utuh.berkas)).toEqual([]);
    const { berkas } = await bangun(opsi, (wb) => {
      wb.getWorksheet(lembar)!.getCell(b5.alamat).value = (b5.sel.nilai as number) + 100;
    });
    const t = await periksa(berkas);
    expect(t.map((x) => x.jenis).sort()).toEqual(["bobot-beda-terbitan", "bobot-tidak-berjumlah-skor-ideal"]);
    expect(t.find((x) => x.jenis === "bobot-beda-terbitan")!.sel).toBe(b5.alamat);
  });
});

describe("bukan buku kerja add-in", () => {
  test("xlsx biasa tanpa _pkp: tepat satu temuan", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Data").getCell("A1").value = 5;
    const berkas = join(dir, "biasa.xlsx");
    await wb.xlsx.writeFile(berkas);
    const t = await periksa(berkas);
    expect(t).toHaveLength(1);
    expect(t[0].jenis).toBe("bukan-buatan-add-in");
    expect(t[0].pesan).toMatch(/tidak dibangun oleh add-in/);
    expect((await jalankanPeriksa(berkas, false)).kode).toBe(1);
  });

  test("catatan _pkp dengan pembangun tak dikenal: catatan-tidak-dikenal", () => {
    const buku = new Map([
      [
        "_pkp",
        new Map([
          ["A1", { value: JSON.stringify({ meta: { pembangun: "entah", versi: 1, opsi: {} }, lembar: ["X"] }) }],
        ]),
      ],
    ]);
    const t = periksaBukuKerja(buku);
    expect(t).toEqual([expect.objectContaining({ sheet: "_pkp", sel: "A1", jenis: "catatan-tidak-dikenal" })]);
  });

  test.each([
    ["bukan xlsx", "teks.xlsx", "ini bukan arsip zip"],
    ["zip rusak", "rusak.xlsx", Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])],
  ])("%s: GalatCli kode 2", async (_n, nama, isi) => {
    const berkas = join(dir, nama);
    writeFileSync(berkas, isi);
    await expect(jalankanPeriksa(berkas, false)).rejects.toMatchObject({ kodeKeluar: 2 });
    await expect(jalankanPeriksa(berkas, false)).rejects.toBeInstanceOf(GalatCli);
  });

  test("berkas tidak ada: GalatCli kode 2", async () => {
    await expect(jalankanPeriksa(join(dir, "tidak-ada.xlsx"), true)).rejects.toMatchObject({
      kodeKeluar: 2,
      message: expect.stringMatching(/tidak ditemukan/),
    });
  });
});

describe("banyak masukan kosong", () => {
  test(
    "tabel LAN baru 3 unit tanpa skor: temuan kosong diringkas, bukan ratusan baris; sebagian " +
      "terisi → satu temuan per kelompok dengan contoh sel",
    async () => {
      const dir = mkdtempSync(join(tmpdir(), "periksa-kosong-"));
      const r = buatRencana("lan1998", { tipe: "I", pola: "lengkap", mode: "hitungBobot", unit: ["A", "B", "C"] });
      const berkas = join(dir, "baru.xlsx");
      await tulisXlsx(r, berkas);
      const kosong = periksaBukuKerja((await bacaXlsx(berkas)).lembar).filter((x) => x.jenis === "masukan-kosong");
      const skor = [...selBeralamat(r.lembar[0])].filter((x) => x.sel.kunci?.startsWith("skor|"));
      expect(skor).toHaveLength(89 * 3);
      // 267 sel skor kosong tidak boleh menjadi 267 temuan
      expect(kosong.length).toBeLessThanOrEqual(17);
      expect(kosong.length).toBeGreaterThan(0);

      // isi semua skor kecuali 7 sel variabel 1 → satu temuan ringkas yang menyebut 7 sel dan sel pertamanya
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(berkas);
      const ws = wb.getWorksheet(r.lembar[0].nama)!;
      const kosongkan = new Set(skor.slice(0, 7).map((x) => x.alamat));
      for (const s of skor) if (!kosongkan.has(s.alamat)) ws.getCell(s.alamat).value = 7;
      const sebagian = join(dir, "sebagian.xlsx");
      await wb.xlsx.writeFile(sebagian);
      const t = periksaBukuKerja((await bacaXlsx(sebagian)).lembar).filter((x) => x.jenis === "masukan-kosong");
      expect(t).toHaveLength(1);
      expect(t[0].sel).toBe(skor[0].alamat);
      expect(t[0].pesan).toMatch(/^7 dari \d+ masukan/);
    },
  );
});
