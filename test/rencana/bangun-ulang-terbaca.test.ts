/**
 * plans/bangun-ulang/terbaca.ts: alamat dan nilai sel yang dibaca kembali dari buku kerja (Excel: Range.address;
 * ExcelJS: nilai sel berbentuk objek). Harapan ditulis tangan dari bentuk yang didokumentasikan kedua pustaka.
 */
import { nilaiPolos, tanpaLembar } from "../../src/plans/bangun-ulang/index";

describe("tanpaLembar", () => {
  test.each([
    ["'Lembar 1'!B2:D9", "B2:D9"],
    ["Data!$A$1", "$A$1"],
    ["'a!b'!C3", "C3"],
    ["B2", "B2"],
  ])("%s → %s", (alamat, hasil) => {
    expect(tanpaLembar(alamat)).toBe(hasil);
  });
});

describe("nilaiPolos", () => {
  test("kosong → null; angka, teks dan tanggal apa adanya", () => {
    const d = new Date(Date.UTC(2026, 0, 2));
    expect(nilaiPolos(undefined)).toBeNull();
    expect(nilaiPolos(null)).toBeNull();
    expect(nilaiPolos(5)).toBe(5);
    expect(nilaiPolos("a")).toBe("a");
    expect(nilaiPolos(d)).toBe(d);
  });
  test("hasil rumus, teks kaya, hyperlink dan galat ExcelJS → nilai yang tampak", () => {
    expect(nilaiPolos({ formula: "A1*2", result: 4 })).toBe(4);
    expect(nilaiPolos({ formula: "A1", result: { error: "#DIV/0!" } })).toBe("#DIV/0!");
    expect(nilaiPolos({ richText: [{ text: "Skor " }, { text: "Ideal" }] })).toBe("Skor Ideal");
    expect(nilaiPolos({ text: "tautan", hyperlink: "https://contoh.go.id" })).toBe("tautan");
    expect(nilaiPolos({ error: "#N/A" })).toBe("#N/A");
  });
});
