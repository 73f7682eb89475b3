/**
 * Lembar "Kepekaan bobot" lewat adaptor Office.js (host uji dalam memori yang sama dengan uji peramban):
 * grafik tornado menjadi batang bertumpuk dua seri dengan label kriteria, isi sesuai rencana.
 */
import { terapkanRencana } from "../../src/hosts/excel/excel";
import { buatRencana } from "../../src/metode/index";
import { contohKepekaan } from "../../src/plans/kepekaan";
import { selBeralamat } from "../../src/plans/rencana";
import { rapikan } from "../../src/plans/tata-letak";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buatHostUji } = require("../bantu/host-uji.js") as {
  buatHostUji: () => {
    Office: { context: { requirements: { isSetSupported(s: string, v: string): boolean } } };
    Excel: { run<T>(f: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> };
    statistik: { sync: number };
    ringkas(): {
      lembar: {
        nama: string;
        grafik: { jenis: string; data: string; kategori: string; judul: string; posisi: string }[];
      }[];
    };
    nilaiDi(lembar: string, alamat: string): unknown;
  };
};

test("tornado → BarStacked atas dua kolom, kategori = nama kriteria; rumus sesuai rencana; ≤ 3 sync", async () => {
  const h = buatHostUji();
  const r = buatRencana("kepekaan", contohKepekaan());
  await h.Excel.run((ctx) =>
    terapkanRencana(ctx, r, {
      konfirmasi: async () => true,
      dukung: (s, v) => h.Office.context.requirements.isSetSupported(s, v),
      waktu: "2024-01-01T00:00:00Z",
    }),
  );
  expect(h.statistik.sync).toBeLessThanOrEqual(3);
  const l = h.ringkas().lembar.find((x) => x.nama === r.lembar[0].nama)!;
  // posisi grafik dari rencana yang sudah dirapikan (tata-letak memindahkannya ke bawah tabel bila grafik di samping
  // membuat lembar tercetak berpita, issue 23), seperti yang diterapkan adaptor
  const g = rapikan(r).lembar[0].grafik![0];
  expect(l.grafik).toHaveLength(1);
  expect(l.grafik[0]).toMatchObject({
    jenis: "BarStacked",
    data: g.data,
    kategori: g.kategori,
    judul: g.judul,
    posisi: g.posisi,
  });
  let n = 0;
  for (const { alamat, sel } of selBeralamat(r.lembar[0])) {
    if (sel.peran !== "hitung") continue;
    expect({ alamat, isi: h.nilaiDi(r.lembar[0].nama, alamat) }).toEqual({ alamat, isi: sel.rumus });
    n++;
  }
  expect(n).toBeGreaterThan(50);
});
