/**
 * Host uji (test/browser/host-uji.js) meniru suntingan Excel yang diikuti add-in, supaya uji bangun ulang
 * berarti: harapan di sini adalah perilaku Excel (Sisipkan/Hapus baris dan kolom, Ganti nama lembar),
 * ditulis tangan, dan rumus hasil penyesuaian dihitung ulang dengan HyperFormula.
 */
import { HyperFormula } from "hyperformula";
import { buatHostUji } from "./bantu-bangun-ulang";

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
