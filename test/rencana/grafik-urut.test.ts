/**
 * Grafik ringkasan terurut (issue 23 butir 6): banyak kategori (> 8) → batang mendatar dari blok urut di kanan
 * tabel (kunci RANK + urutan baris, INDEX/MATCH), dan log layanan hanya menggambar baris yang berisi data
 * ukuran ringkasan (tanpa batang/slot kosong). Urutan harapan disusun tangan dari nilai yang ditulis di uji;
 * rumus dihitung dua kali: HyperFormula (test/bantu/mesin-rumus.ts) dan penghitung hasil tersimpan (hasil-rumus).
 */
import JSZip from "jszip";
import { paketXlsx } from "../../src/hosts/xlsx/xlsx";
import { hasilRumus } from "../../src/plans/hasil-rumus";
import { rencanaLan } from "../../src/plans/lan";
import { CONTOH_SEBERANG_ULU_II, rencanaLayanan } from "../../src/plans/layanan";
import type { RencanaBukuKerja } from "../../src/plans/rencana";
import { lembarRingkasan } from "../../src/plans/ringkasan";
import { rapikan } from "../../src/plans/tata-letak";
import { evaluasiRencana } from "../bantu/mesin-rumus";

// sepuluh butir, D tanpa nilai (""), nilai sama: B=G=5 dan A=C=J=3
const NILAI: [string, number | ""][] = [
  ["A", 3],
  ["B", 5],
  ["C", 3],
  ["D", ""],
  ["E", 1],
  ["F", 9],
  ["G", 5],
  ["H", 2],
  ["I", 7],
  ["J", 3],
];

function ringkasan(urutan: "menurun" | "menaik"): RencanaBukuKerja {
  const l = lembarRingkasan({
    nama: "Uji",
    judul: "Uji urut",
    kolomNama: "Butir",
    kolomNilai: "Nilai",
    formatNilai: "0.00",
    urutan,
    baris: NILAI.map(([n, v]) => ({ nama: n, nilai: v === "" ? '=""' : `=${v}` })),
    judulGrafik: "Nilai per butir",
  });
  return { meta: { pembangun: "uji", versi: 1, opsi: {} }, lembar: [l] };
}

/** Kolom G (nama urut) dan H (nilai urut) baris 5–14 menurut HyperFormula dan hasil-rumus. */
function urutan(r: RencanaBukuKerja): { hf: unknown[][]; simpan: unknown[][] } {
  const nilai = evaluasiRencana(r);
  const h = hasilRumus(r);
  const baris = Array.from({ length: 10 }, (_, i) => i + 5);
  return {
    hf: baris.map((b) => [nilai("Uji", `G${b}`), nilai("Uji", `H${b}`)]),
    simpan: baris.map((b) => [h.get(`Uji!G${b}`), h.get(`Uji!H${b}`)]),
  };
}

test("menurun: nilai terbesar di atas, nilai sama menurut urutan baris, baris tanpa nilai terakhir dan kosong", () => {
  // tangan: 9 F, 7 I, 5 B, 5 G, 3 A, 3 C, 3 J, 2 H, 1 E; posisi ke-10 kosong (hanya 9 nilai)
  const harapan = [
    ["F", 9],
    ["I", 7],
    ["B", 5],
    ["G", 5],
    ["A", 3],
    ["C", 3],
    ["J", 3],
    ["H", 2],
    ["E", 1],
    ["", ""],
  ];
  const { hf, simpan } = urutan(ringkasan("menurun"));
  expect(hf).toEqual(harapan);
  expect(simpan).toEqual(harapan);
});

test("menaik (1 = terbaik): nilai terkecil di atas", () => {
  const harapan = [
    ["E", 1],
    ["H", 2],
    ["A", 3],
    ["C", 3],
    ["J", 3],
    ["B", 5],
    ["G", 5],
    ["I", 7],
    ["F", 9],
    ["", ""],
  ];
  const { hf, simpan } = urutan(ringkasan("menaik"));
  expect(hf).toEqual(harapan);
  expect(simpan).toEqual(harapan);
});

test("grafik > 8 kategori: batang mendatar dari blok urut G:H; kolom F–H kolom bantu tampak di luar area cetak", () => {
  const r = rapikan(ringkasan("menurun"));
  const l = r.lembar[0];
  const g = l.grafik![0];
  expect(g.jenis).toBe("batang");
  expect(g.kategori).toBe("G5:G14");
  expect(g.data).toBe("H5:H14");
  expect(g.formatLabel).toBe("0.00");
  expect(l.kolomBantu).toMatchObject({ kolom: ["F", "G", "H"], tampak: true });
  // area cetak berakhir sebelum kolom bantu (tabel A–D dan grafik di bawahnya)
  expect(l.cetak!.area).toMatch(/^A1:[A-E]\d+$/);
  // grafik tidak melebar ke kolom bantu F–H (akan terpotong area cetak)
  expect(g.sampai).toMatch(/^[A-E]\d+$/);
});

test("KTP/KK Seberang Ulu II (penyelesaian): hanya dua baris berdata digambar, terurut", () => {
  const r = rencanaLayanan({
    contoh: false,
    // contoh demo (plans/layanan.ts; sama dengan test/fixtures/kasus/seberang-ulu-ii-*.csv, diperiksa layanan.test.ts)
    data: [...CONTOH_SEBERANG_ULU_II],
    barisKosong: 2,
    ringkasan: "penyelesaian",
  });
  const l = r.lembar[1];
  const g = l.grafik![0];
  expect(g.jenis).toBe("kolom");
  expect(g.kategori).toBe("G5:G6");
  expect(g.data).toBe("H5:H6");
  const nilai = evaluasiRencana(r);
  // tangan: KK 2880/3628 = 0,7938… lebih besar dari KTP 3600/7692 = 0,4680…
  expect(nilai(l.nama, "G5")).toBe("KK 2017 (pemohon)");
  expect(nilai(l.nama, "H5")).toBeCloseTo(2880 / 3628, 12);
  expect(nilai(l.nama, "G6")).toBe("KTP 2017 (pemohon)");
  expect(nilai(l.nama, "H6")).toBeCloseTo(3600 / 7692, 12);
});

test("log layanan tanpa baris cadangan terisi semua: grafik langsung dari tabel (tanpa blok urut)", () => {
  const r = rencanaLayanan({
    contoh: false,
    data: [
      { jenis: "X", masuk: 4, selesai: 3 },
      { jenis: "Y", masuk: 2, selesai: 1 },
    ],
    barisKosong: 0,
    ringkasan: "penyelesaian",
  });
  const l = r.lembar[1];
  expect(l.grafik![0].data).toBe("C5:C6");
  expect(l.kolomBantu).toBeUndefined();
});

test(".xlsx LAN tipe I: kolom bantu urut F–H tidak disembunyikan, area cetak absolut ($A$1:$E$n) agar LibreOffice tidak mencetak F–H", async () => {
  const zip = await JSZip.loadAsync(
    await paketXlsx(rencanaLan({ tipe: "I", pola: "lengkap", mode: "kerangka", unit: [] })),
  );
  const wbXml = await zip.file("xl/workbook.xml")!.async("string");
  const area = [...wbXml.matchAll(/_xlnm\.Print_Area"[^>]*>([^<]*)</g)].map((m) => m[1]);
  expect(area.length).toBe(2);
  for (const a of area) expect(a).toMatch(/!\$[A-Z]+\$\d+:\$[A-Z]+\$\d+$/);
  expect(area[1]).toMatch(/Ringkasan&apos;!\$A\$1:\$E\$\d+$/);
  const lembar = await zip.file("xl/worksheets/sheet2.xml")!.async("string");
  expect(lembar).not.toMatch(/hidden="1"/);
});
