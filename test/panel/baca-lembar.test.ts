/**
 * Membaca lembar jawaban untuk siklus SKM (src/taskpane/host-excel.ts: daftarLembar, bacaLembar) dengan
 * `Excel` dari Microsoft office-addin-mock (OfficeMockObject, daftarLembar): properti yang belum di-load + sync
 * memberi galat tiruan, jadi uji ini memastikan setiap properti yang dibaca dimuat lebih dulu, satu Excel.run dan
 * satu context.sync() per pembacaan. bacaLembar membaca berhalaman (getRange per halaman), jadi diuji dengan host
 * uji (test/bantu/host-uji.js) yang memberlakukan batas 5 MB Excel di web; lembar besar: test/excel/batas.test.ts.
 */
import { OfficeMockObject } from "office-addin-mock";
import type { HostUI } from "../../src/taskpane/ui";

interface Tiruan {
  run: number;
  sync: number;
  muat: string[];
  diminta: string[];
}

function pasangExcel(
  lembar: { name: string; visibility: string }[],
  terpakai: Record<string, { address: string; values: unknown[][] } | null>,
): Tiruan {
  const catat: Tiruan = { run: 0, sync: 0, muat: [], diminta: [] };
  /** Objek yang dibuat di dalam Excel.run: disinkronkan bersama konteks, seperti objek proksi Office.js. */
  const dilacak: { sync(): Promise<void> }[] = [];
  const rentang = (nama: string) => {
    const r = terpakai[nama];
    const m = new OfficeMockObject({ address: r?.address ?? "", values: r?.values ?? [] }) as unknown as Record<
      string,
      unknown
    >;
    const muatAsli = (m.load as (p: string) => unknown).bind(m);
    m.load = (p: string) => (catat.muat.push(`${nama}: ${p}`), muatAsli(p));
    m.isNullObject = r === null;
    dilacak.push(m as unknown as { sync(): Promise<void> });
    return m;
  };
  const excel = new OfficeMockObject({
    context: {
      workbook: {
        worksheets: {
          items: lembar,
          // OfficeMockObject tidak menavigasi larik ("items/name"): catat permintaannya, lalu muat larik items
          load: function (this: { loadScalar(n: string): void }, p: string) {
            catat.muat.push(`worksheets: ${p}`);
            this.loadScalar("items");
            return this;
          },
          getItemOrNullObject: (nama: string) => {
            catat.diminta.push(nama);
            const ws = new OfficeMockObject({
              name: nama,
              getUsedRangeOrNullObject: (nilaiSaja: boolean) => (
                catat.diminta.push(`terpakai nilaiSaja=${nilaiSaja}`),
                rentang(nama)
              ),
            }) as unknown as Record<string, unknown>;
            const muatAsli = (ws.load as (p: string) => unknown).bind(ws);
            ws.load = (p: string) => (catat.muat.push(`lembar ${nama}: ${p}`), muatAsli(p));
            ws.isNullObject = !(nama in terpakai);
            dilacak.push(ws as unknown as { sync(): Promise<void> });
            return ws;
          },
        },
      },
    },
    run: async (f: (ctx: unknown) => Promise<unknown>) => {
      catat.run++;
      return f(excel.context);
    },
  }) as unknown as { context: { sync(): Promise<void> } };
  const syncAsli = excel.context.sync.bind(excel.context);
  excel.context.sync = async () => {
    catat.sync++;
    await syncAsli();
    for (const o of dilacak) await o.sync();
    // sync OfficeMockObject memperbarui properti bersarang lewat janji di dalam forEach: tunggu sampai selesai
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };
  (globalThis as unknown as { Excel: unknown }).Excel = excel;
  return catat;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const muatHost = (): HostUI => (require("../../src/taskpane/host-excel") as { hostExcel: HostUI }).hostExcel;

test("daftarLembar: nama dan visibilitas dimuat (satu run, satu sync); lembar tersembunyi tidak ditawarkan", async () => {
  const c = pasangExcel(
    [
      { name: "Form Responses 1", visibility: "Visible" },
      { name: "_pkp", visibility: "VeryHidden" },
      { name: "Arsip", visibility: "Hidden" },
      { name: "Catatan", visibility: "Visible" },
    ],
    {},
  );
  expect(await muatHost().daftarLembar!()).toEqual(["Form Responses 1", "Catatan"]);
  expect(c).toEqual({ run: 1, sync: 1, muat: ["worksheets: items/name,items/visibility"], diminta: [] });
});

test(
  "bacaLembar (host uji dengan batas Excel di web): satu sync alamat, lalu nilai berhalaman; " +
    "lembar kosong → alamat null; lembar tidak ada → ada: false",
  async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { buatHostUji } = require("../bantu/host-uji.js");
    const h = buatHostUji();
    const nilai = [
      ["Cap waktu", "Jenis Layanan", "U1"],
      [46032.5, "KTP", "Sesuai"],
    ];
    nilai.forEach((r, i) => r.forEach((v, j) => h.ketik("Jawaban", `${"ABC"[j]}${i + 1}`, v)));
    h.ketik("Kosong", "A1", "");
    (globalThis as unknown as { Excel: unknown }).Excel = h.Excel;
    const host = muatHost();
    expect(await host.bacaLembar!("Jawaban")).toEqual({ ada: true, alamat: "Jawaban!A1:C2", nilai });
    expect(h.statistik.sync).toBe(2); // alamat rentang terpakai, lalu satu halaman nilai
    expect(h.statistik.log).toEqual([]); // tidak ada perintah tulis
    expect(await host.bacaLembar!("Kosong")).toEqual({ ada: true, alamat: null, nilai: [] });
    expect(await host.bacaLembar!("Tidak Ada")).toEqual({ ada: false, alamat: null, nilai: [] });
    expect(h.statistik.sync).toBe(4);
  },
);
