/**
 * Host uji (test/bantu/host-uji.js) meniru suntingan Excel yang diikuti add-in, supaya uji bangun ulang
 * berarti: harapan di sini adalah perilaku Excel (Sisipkan/Hapus baris dan kolom, Ganti nama lembar),
 * ditulis tangan, dan rumus hasil penyesuaian dihitung ulang dengan HyperFormula.
 */
import { HyperFormula } from "hyperformula";
import { buatHostUji } from "../bantu/bangun-ulang";

function host(): ReturnType<typeof buatHostUji> {
  const h = buatHostUji();
  h.ketik("Data", "A1", 1);
  h.ketik("Data", "A2", 2);
  h.ketik("Data", "A3", 3);
  h.ketik("Data", "B1", "=SUM(A1:A3)");
  h.ketik("Data", "B2", "=$A$3*2");
  h.ketik("Ringkasan", "A1", "='Data'!B1+Data!A2");
  return h;
}

describe("host uji: sisip/hapus baris dan kolom seperti Excel", () => {
  test("sisip baris di dalam rentang: sel bergeser, SUM melebar, rujukan mutlak dan antarlembar ikut", () => {
    const h = host();
    h.sisipBaris("Data", 2);
    expect(h.nilaiDi("Data", "A2")).toBeUndefined();
    expect(h.nilaiDi("Data", "A3")).toBe(2);
    expect(h.nilaiDi("Data", "B1")).toBe("=SUM(A1:A4)");
    expect(h.nilaiDi("Data", "B3")).toBe("=$A$4*2");
    expect(h.nilaiDi("Ringkasan", "A1")).toBe("='Data'!B1+Data!A3");
  });
  test("sisip baris di atas rentang menggeser seluruhnya; sisip kolom menggeser huruf kolom", () => {
    const h = host();
    h.sisipBaris("Data", 1, 2);
    expect(h.nilaiDi("Data", "B3")).toBe("=SUM(A3:A5)");
    h.sisipKolom("Data", "A");
    expect(h.nilaiDi("Data", "C3")).toBe("=SUM(B3:B5)");
    expect(h.nilaiDi("Ringkasan", "A1")).toBe("='Data'!C3+Data!B4");
  });
  test("hapus baris: rentang menyempit; sel yang dirujuk terhapus → #REF!", () => {
    const h = host();
    h.hapusBaris("Data", 3);
    expect(h.nilaiDi("Data", "B1")).toBe("=SUM(A1:A2)");
    expect(h.nilaiDi("Data", "B2")).toBe("=#REF!*2");
  });
  test("nama rentang: baris utuh bergeser, lembar utuh tetap utuh, baris terhapus → #REF!, ganti nama diikuti", async () => {
    const h = host();
    await h.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      ctx.workbook.names.add("baris2", ws.getRange("2:2"));
      ctx.workbook.names.add("utuh", ws.getRange("1:1048576"));
      ctx.workbook.names.add("kolomB", ws.getRange("B:B"));
      await ctx.sync();
    });
    h.sisipBaris("Data", 1);
    h.sisipKolom("Data", "A");
    expect(h.ringkas().nama.baris2.rentang).toBe("$3:$3");
    expect(h.ringkas().nama.utuh.rentang).toBe("$1:$1048576");
    expect(h.ringkas().nama.kolomB.rentang).toBe("$C:$C");
    h.gantiNamaLembar("Data", "Data 2024");
    expect(h.ringkas().nama.baris2.lembar).toBe("Data 2024");
    expect(h.nilaiDi("Ringkasan", "A1")).toBe("='Data 2024'!C2+'Data 2024'!B3");
    const nilai = await h.Excel.run(async (ctx) => {
      const n = ctx.workbook.names.getItemOrNullObject("baris2");
      n.load("value");
      await ctx.sync();
      return n.value as string;
    });
    expect(nilai).toBe("'Data 2024'!$3:$3");
    h.hapusBaris("Data 2024", 3);
    expect(h.ringkas().nama.baris2.rentang).toBe("#REF!");
  });
  test("rumus yang disesuaikan tetap menghitung angka yang sama (HyperFormula): 1+2+3 = 6, $A$3×2 = 6", () => {
    const h = host();
    h.sisipBaris("Data", 2);
    h.sisipKolom("Data", "A");
    const sel = (a: string): unknown => h.nilaiDi("Data", a) ?? null;
    const data = [1, 2, 3, 4].map((b) => ["A", "B", "C"].map((k) => sel(`${k}${b}`)));
    const hf = HyperFormula.buildFromSheets({ Data: data as (string | number | null)[][] }, { licenseKey: "gpl-v3" });
    const id = hf.getSheetId("Data")!;
    expect(hf.getCellValue({ sheet: id, row: 0, col: 2 })).toBe(6); // C1 = SUM(B1:B4)
    expect(hf.getCellValue({ sheet: id, row: 2, col: 2 })).toBe(6); // C3 = $B$4*2 (dulu B2 = $A$3*2)
  });
});

describe("host uji: urutkan, potong-tempel, salin/hapus lembar, perlindungan (issue 22)", () => {
  async function namaBaris(h: ReturnType<typeof buatHostUji>, nama: string, rentang: string): Promise<void> {
    await h.Excel.run(async (ctx) => {
      ctx.workbook.names.add(nama, ctx.workbook.worksheets.getItem("Data").getRange(rentang));
      await ctx.sync();
    });
  }
  test("urutkan baris 1–3 menurun menurut A: isi berpindah, rumus yang berpindah seperti disalin, nama dan rujukan lain TIDAK ikut", async () => {
    const h = host();
    await namaBaris(h, "baris1", "1:1");
    h.ketik("Data", "C1", "=A1*10");
    h.urutkanBaris("Data", 1, 3, "A", true);
    expect([1, 2, 3].map((b) => h.nilaiDi("Data", `A${b}`))).toEqual([3, 2, 1]);
    expect(h.nilaiDi("Data", "C3")).toBe("=A3*10"); // rumus di baris 1 kini di baris 3, rujukan relatifnya ikut
    expect(h.nilaiDi("Data", "B3")).toBe("=SUM(A3:A5)"); // B1 =SUM(A1:A3) disalin dua baris ke bawah
    expect(h.ringkas().nama.baris1.rentang).toBe("$1:$1");
    expect(h.nilaiDi("Ringkasan", "A1")).toBe("='Data'!B1+Data!A2");
  });
  test("potong baris 1 dan sisipkan di bawah baris 3: nama dan rujukan ke baris itu ikut, rujukan lain menyesuaikan", async () => {
    const h = host();
    await namaBaris(h, "baris1", "1:1");
    h.pindahBaris("Data", 1, 1, 4);
    expect([1, 2, 3].map((b) => h.nilaiDi("Data", `A${b}`))).toEqual([2, 3, 1]);
    expect(h.ringkas().nama.baris1.rentang).toBe("$3:$3");
    expect(h.nilaiDi("Ringkasan", "A1")).toBe("='Data'!B3+Data!A1"); // B1 kini B3; A2 (nilai 2) kini A1
  });
  test("salin lembar, hapus aslinya: nama dan rujukan antarlembar ke lembar asli menjadi #REF!; salinan tanpa nama", async () => {
    const h = host();
    await namaBaris(h, "baris1", "1:1");
    h.salinLembar("Data", "Data (2)");
    h.hapusLembar("Data");
    h.gantiNamaLembar("Data (2)", "Data");
    expect(h.nilaiDi("Data", "B1")).toBe("=SUM(A1:A3)");
    expect(h.ringkas().nama.baris1.rentang).toBe("#REF!");
    expect(h.nilaiDi("Ringkasan", "A1")).toBe("=#REF!B1+#REF!A2");
    expect(Object.keys(h.ringkas().nama)).toEqual(["baris1"]);
  });
  test("lembar dilindungi: perintah yang mengubah sel gagal (AccessDenied) SAAT sync, perintah sebelumnya tetap diterapkan", async () => {
    const h = host();
    h.lindungi("Data");
    const galat = await h.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Ringkasan").getRange("B1").values = [["sebelum"]];
      ctx.workbook.worksheets.getItem("Data").getRange("A1").values = [[99]];
      ctx.workbook.worksheets.getItem("Ringkasan").getRange("C1").values = [["sesudah"]];
      await ctx.sync();
    }).catch((e: { code?: string }) => e);
    expect((galat as { code?: string }).code).toBe("AccessDenied");
    expect(h.nilaiDi("Ringkasan", "B1")).toBe("sebelum");
    expect(h.nilaiDi("Data", "A1")).toBe(1);
    expect(h.nilaiDi("Ringkasan", "C1")).toBeUndefined();
    const dilindungi = await h.Excel.run(async (ctx) => {
      const s = ctx.workbook.worksheets;
      s.load({ name: true, protection: { protected: true } } as never);
      await ctx.sync();
      return s.items.map((x) => [x.name, x.protection.protected]);
    });
    expect(dilindungi).toEqual([
      ["Data", true],
      ["Ringkasan", false],
    ]);
  });
  test("Range.insert/delete baris utuh dan Range.moveTo seperti sisip/hapus dan potong-tempel", async () => {
    const h = host();
    await h.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      ws.getRange("1:1").insert("Down" as Excel.InsertShiftDirection);
      await ctx.sync();
      ws.getRange("4:4").moveTo(ws.getRange("1:1"));
      ws.getRange("4:4").delete("Up" as Excel.DeleteShiftDirection);
      await ctx.sync();
    });
    expect([1, 2, 3].map((b) => h.nilaiDi("Data", `A${b}`))).toEqual([3, 1, 2]);
    expect(h.nilaiDi("Data", "B2")).toBe("=SUM(A2:A3)"); // A1:A3 → A2:A4 (sisip) → A2:A3 (baris 4 dipindah lalu dihapus)
  });
  test("teks berbentuk angka: diketik dengan apostrof tetap teks; ditulis tanpa apostrof (formulas atau values) menjadi angka", async () => {
    const h = host();
    h.ketik("Data", "D1", "'007");
    expect(h.nilaiDi("Data", "D1")).toBe("007");
    await h.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      ws.getRange("D2:D3").values = [["007"], ["'0812"]];
      ws.getRange("D4").formulas = [["2024"]];
      await ctx.sync();
    });
    expect(["D2", "D3", "D4"].map((a) => h.nilaiDi("Data", a))).toEqual([7, "0812", 2024]);
  });
});
