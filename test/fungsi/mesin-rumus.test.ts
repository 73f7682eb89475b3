/**
 * Uji evaluasi: fungsi kustom didaftarkan sebagai plugin HyperFormula (mesin rumus nyata, hanya untuk
 * uji: GPL-3.0) lalu dihitung berdampingan dengan rumus Excel asli yang setara. Hasilnya harus sama,
 * dan sama dengan angka tercetak naskah.
 */
import {
  ArraySize,
  CellError,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type ImplementedFunctions,
} from "hyperformula";

/* eslint-disable @typescript-eslint/no-explicit-any -- tipe AST/state HyperFormula tidak diekspor paketnya */
type ProcedureAst = { procedureName: string; args: any[] };
type InterpreterState = any;
import * as lan from "../../src/functions/lan";
import * as bsc from "../../src/functions/bsc";
import * as layanan from "../../src/functions/layanan";
import * as skm from "../../src/functions/skm";
import * as skmSiklus from "../../src/functions/skm-siklus-inti"; // isi sinkron (HyperFormula tidak menunggu Promise)
import { bacaCsvFixture, samaPadaPresisi } from "../fixtures/baca";

type Pembungkus = (...args: unknown[]) => unknown;
/** Fungsi yang diuji: nama Excel → pembungkus dan bentuk hasilnya. */
const FUNGSI: Record<string, { f: Pembungkus; hasil: "skalar" | "sama" | "baris"; argumen: number; opsional: number }> =
  {
    "LAN.PROPORSI": { f: lan.lanProporsi as Pembungkus, hasil: "sama", argumen: 1, opsional: 0 },
    "LAN.BOBOT": { f: lan.lanBobot as Pembungkus, hasil: "sama", argumen: 1, opsional: 1 },
    "LAN.SKORIDEAL": { f: lan.lanSkorIdeal as Pembungkus, hasil: "skalar", argumen: 3, opsional: 0 },
    "LAN.KATEGORI": { f: lan.lanKategori as Pembungkus, hasil: "skalar", argumen: 1, opsional: 1 },
    "BSC.SCORE": { f: bsc.bscScore as Pembungkus, hasil: "skalar", argumen: 2, opsional: 0 },
    "KINERJA.KETEPATAN": { f: layanan.kinerjaKetepatan as Pembungkus, hasil: "sama", argumen: 2, opsional: 0 },
    "SKM.NRR": { f: skm.skmNrr as Pembungkus, hasil: "baris", argumen: 1, opsional: 1 },
    "SKM.NILAI": { f: skm.skmNilai as Pembungkus, hasil: "skalar", argumen: 1, opsional: 2 },
    "SKM.SIKLUS": { f: skmSiklus.skmSiklus as Pembungkus, hasil: "skalar", argumen: 3, opsional: 5 },
  };

const KODE: Record<string, ErrorType> = {
  "#VALUE!": ErrorType.VALUE,
  "#NUM!": ErrorType.NUM,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#N/A": ErrorType.NA,
};

/** Nilai HyperFormula → bentuk yang dikirim Excel ke fungsi kustom (rentang 2-D, sel kosong ""). */
function keExcel(x: unknown): unknown {
  if (x instanceof SimpleRangeValue)
    return x
      .rawData()
      .map((b) => b.map((v) => (typeof v === "number" || typeof v === "string" || typeof v === "boolean" ? v : "")));
  if (typeof x === "number" || typeof x === "string" || typeof x === "boolean") return x;
  return undefined;
}

class PluginKinerja extends FunctionPlugin {
  static implementedFunctions: ImplementedFunctions = Object.fromEntries(
    Object.entries(FUNGSI).map(([nama, d]) => [
      nama,
      {
        method: "hitung",
        parameters: [
          ...Array(d.argumen).fill({ argumentType: FunctionArgumentType.ANY }),
          ...Array(d.opsional).fill({ argumentType: FunctionArgumentType.ANY, optionalArg: true }),
        ],
        ...(d.hasil === "skalar" ? {} : { sizeOfResultArrayMethod: "ukuran" }),
      },
    ]),
  );

  hitung(ast: ProcedureAst, state: InterpreterState) {
    const d = FUNGSI[ast.procedureName];
    return this.runFunction(ast.args, state, this.metadata(ast.procedureName), (...args: unknown[]) => {
      try {
        const hasil = d.f(...args.map(keExcel));
        return Array.isArray(hasil) ? SimpleRangeValue.onlyValues(hasil as number[][]) : (hasil as number);
      } catch (e) {
        const g = e as { code?: string; message: string };
        return new CellError(KODE[g.code ?? ""] ?? ErrorType.VALUE, g.message);
      }
    });
  }

  ukuran(ast: ProcedureAst, state: InterpreterState): ArraySize {
    const a = this.arraySizeForAst(ast.args[0], state);
    return FUNGSI[ast.procedureName].hasil === "baris" ? new ArraySize(a.width, 1) : new ArraySize(a.width, a.height);
  }
}

beforeAll(() => {
  HyperFormula.registerFunctionPlugin(PluginKinerja, {
    enGB: Object.fromEntries(Object.keys(FUNGSI).map((n) => [n, n])),
  });
});
afterAll(() => HyperFormula.unregisterFunctionPlugin(PluginKinerja));

function mesin(data: unknown[][]) {
  return HyperFormula.buildFromArray(data as (string | number | null)[][], { licenseKey: "gpl-v3" });
}

describe("fungsi kustom di mesin rumus, berdampingan dengan rumus asli", () => {
  const lampiran5 = bacaCsvFixture("lan-1998/lampiran-5-7-total-variabel.csv").filter((r) => r.tipe === "I");

  test("LAN.BOBOT dan LAN.PROPORSI (Lampiran 5) = B/SUM(B)*20000 dan = angka tercetak", () => {
    // Kolom A: total; B: =LAN.BOBOT(A1:A17) (spill); C: rumus asli; D: =LAN.PROPORSI(A1:A17); E: rumus asli
    const data: unknown[][] = lampiran5.map((r, i) => [
      Number(r.total_variabel),
      i === 0 ? "=LAN.BOBOT(A1:A17)" : null,
      `=A${i + 1}/SUM($A$1:$A$17)*20000`,
      i === 0 ? "=LAN.PROPORSI(A1:A17)" : null,
      `=A${i + 1}/SUM($A$1:$A$17)`,
    ]);
    const hf = mesin(data);
    lampiran5.forEach((r, i) => {
      const kustom = hf.getCellValue({ sheet: 0, row: i, col: 1 }) as number;
      const asli = hf.getCellValue({ sheet: 0, row: i, col: 2 }) as number;
      expect(kustom).toBeCloseTo(asli, 9);
      expect(samaPadaPresisi(kustom, r.bobot_variabel)).toBe(true);
      expect(hf.getCellValue({ sheet: 0, row: i, col: 3 }) as number).toBeCloseTo(
        hf.getCellValue({ sheet: 0, row: i, col: 4 }) as number,
        12,
      );
    });
  });

  test(
    "LAN.SKORIDEAL(89,10,23) = 89*10*23 = 20470; LAN.KATEGORI(17000,20000) = Baik (tepat 850: " +
      "batas atas Baik inklusif), LAN.KATEGORI(851) = Amat baik",
    () => {
      const hf = mesin([["=LAN.SKORIDEAL(89,10,23)", "=89*10*23", "=LAN.KATEGORI(17000,20000)", "=LAN.KATEGORI(851)"]]);
      expect(hf.getCellValue({ sheet: 0, row: 0, col: 0 })).toBe(20470);
      expect(hf.getCellValue({ sheet: 0, row: 0, col: 1 })).toBe(20470);
      expect(hf.getCellValue({ sheet: 0, row: 0, col: 2 })).toBe("Baik"); // 17000/20000×1000 = 850 → Baik (batas atas inklusif)
      expect(hf.getCellValue({ sheet: 0, row: 0, col: 3 })).toBe("Amat baik");
    },
  );

  test("BSC.SCORE = SUMPRODUCT/SUM", () => {
    const hf = mesin([
      [0.9, 2, "=BSC.SCORE(A1:A3,B1:B3)", "=SUMPRODUCT(A1:A3,B1:B3)/SUM(B1:B3)"],
      [1.1, 1],
      [0.5, 1],
    ]);
    // tangan: (0,9×2 + 1,1×1 + 0,5×1) / 4 = 3,4/4 = 0,85
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 2 }) as number).toBeCloseTo(0.85, 12);
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 3 }) as number).toBeCloseTo(0.85, 12);
  });

  test("KINERJA.KETEPATAN (Dumai Timur 2021) = (selesai-terlambat)/selesai", () => {
    const dumai = bacaCsvFixture("kasus/dumai-timur-2021-pelayanan.csv");
    const data: unknown[][] = dumai.map((r, i) => [
      Number(r.jumlah_selesai),
      Number(r.jumlah_melebihi_batas_waktu),
      i === 0 ? `=KINERJA.KETEPATAN(A1:A${dumai.length},B1:B${dumai.length})` : null,
      `=(A${i + 1}-B${i + 1})/A${i + 1}`,
    ]);
    const hf = mesin(data);
    dumai.forEach((_, i) =>
      expect(hf.getCellValue({ sheet: 0, row: i, col: 2 }) as number).toBeCloseTo(
        hf.getCellValue({ sheet: 0, row: i, col: 3 }) as number,
        12,
      ),
    );
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 2 }) as number).toBeCloseTo((905 - 7) / 905, 12); // KK
  });

  test("SKM.NRR dan SKM.NILAI = AVERAGE per unsur dan rata-rata NRR × 25", () => {
    // 3 responden × 9 unsur
    const jawaban = [
      [4, 3, 3, 4, 4, 3, 4, 3, 2],
      [3, 3, 4, 4, 3, 3, 4, 4, 3],
      [4, 4, 3, 4, 3, 2, 4, 3, 3],
    ];
    const data: unknown[][] = jawaban.map((b, i) => [
      ...b,
      i === 0 ? "=SKM.NILAI(A1:I3)" : null,
      i === 0 ? "=AVERAGE(A1:I3)*25" : null,
    ]);
    data.push(["=SKM.NRR(A1:I3)"]);
    data.push(
      Array.from({ length: 9 }, (_, j) => `=AVERAGE(${String.fromCharCode(65 + j)}1:${String.fromCharCode(65 + j)}3)`),
    );
    const hf = mesin(data);
    for (let j = 0; j < 9; j++)
      expect(hf.getCellValue({ sheet: 0, row: 3, col: j }) as number).toBeCloseTo(
        hf.getCellValue({ sheet: 0, row: 4, col: j }) as number,
        12,
      );
    // tangan: jumlah semua jawaban = 30 + 31 + 30 = 91; 91/27 × 25 = 84,259…
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 9 }) as number).toBeCloseTo((91 / 27) * 25, 9);
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 10 }) as number).toBeCloseTo((91 / 27) * 25, 9);
  });

  test("SKM.SIKLUS = SUMIFS/COUNTIFS per layanan dan semester, baris kosong dilewati", () => {
    // A cap waktu (tanggal seri Excel, hari sejak 1899-12-30), B layanan, C–K jawaban, L Σ baris; baris 6 kosong
    const seri = (th: number, bl: number, hr: number) => Date.UTC(th, bl - 1, hr) / 86400000 + 25569;
    const baris: [number, string, number[]][] = [
      [seri(2026, 1, 10) + 0.4, "KTP", [4, 3, 3, 4, 3, 3, 4, 2, 3]],
      [seri(2026, 2, 15), "ktp", [3, 3, 2, 4, 3, 3, 3, 3, 3]],
      [seri(2026, 3, 1), "Akta", [2, 2, 2, 4, 2, 3, 3, 2, 2]],
      [seri(2026, 7, 20), "KTP", [4, 4, 4, 4, 4, 4, 4, 4, 4]],
      [seri(2025, 12, 31) + 0.99, "KTP", [3, 3, 3, 3, 3, 3, 3, 3, 3]],
    ];
    const data: unknown[][] = baris.map(([w, l, j], i) => [w, l, ...j, `=SUM(C${i + 1}:K${i + 1})`]);
    data.push([]);
    const krit = `B1:B6,"KTP",A1:A6,">="&DATE(2026,1,1),A1:A6,"<"&DATE(2026,7,1)`;
    data.push([
      '=SKM.SIKLUS(C1:K6,B1:B6,A1:A6,"KTP","2026-S1")',
      `=SUMIFS(L1:L6,${krit})/(9*COUNTIFS(${krit}))*25`,
      '=SKM.SIKLUS(C1:K6,B1:B6,A1:A6,"","2026")',
      '=SKM.SIKLUS(C1:K6,B1:B6,A1:A6,"Paspor")',
    ]);
    const hf = mesin(data);
    // tangan: KTP 2026-S1 = baris 1–2, Σ 29 + 27 = 56 atas 18 jawaban → 56/18 × 25 = 77,777…
    expect(hf.getCellValue({ sheet: 0, row: 6, col: 0 }) as number).toBeCloseTo((56 / 18) * 25, 9);
    expect(hf.getCellValue({ sheet: 0, row: 6, col: 1 }) as number).toBeCloseTo((56 / 18) * 25, 9);
    // 2026, semua layanan: baris 1–4, Σ 29 + 27 + 22 + 36 = 114 atas 36 jawaban → 79,1666…
    expect(hf.getCellValue({ sheet: 0, row: 6, col: 2 }) as number).toBeCloseTo((114 / 36) * 25, 9);
    expect((hf.getCellValue({ sheet: 0, row: 6, col: 3 }) as { type: string }).type).toBe("DIV_BY_ZERO");
  });

  test("galat sampai ke sel: jumlah nol → #DIV/0!, skor teks → #VALUE!", () => {
    const hf = mesin([[0, "=LAN.PROPORSI(A1:A2)"], [0], ["x", "=LAN.BOBOT(A3:A4)"], [1]]);
    expect((hf.getCellValue({ sheet: 0, row: 0, col: 1 }) as { type: string }).type).toBe("DIV_BY_ZERO");
    expect((hf.getCellValue({ sheet: 0, row: 2, col: 1 }) as { type: string }).type).toBe("VALUE");
  });
});
