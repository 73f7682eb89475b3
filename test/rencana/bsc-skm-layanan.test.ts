import { rencanaBsc } from "../../src/plans/bsc";
import { rencanaSkm } from "../../src/plans/skm";
import { rencanaLayanan } from "../../src/plans/layanan";
import { METODE, buatRencana } from "../../src/metode/index";
import { selBeralamat, type RencanaBukuKerja } from "../../src/plans/rencana";
import { evaluasiRencana } from "../bantu/mesin-rumus";

function kunciKe(r: RencanaBukuKerja, lembar: string): Map<string, string> {
  const l = r.lembar.find((x) => x.nama === lembar);
  if (!l) throw new Error(lembar);
  return new Map([...selBeralamat(l)].filter((s) => s.sel.kunci).map((s) => [s.sel.kunci as string, s.alamat]));
}

function periksaPeran(r: RencanaBukuKerja) {
  for (const l of r.lembar) {
    const kunci = new Set<string>();
    for (const { sel } of selBeralamat(l)) {
      if (sel.peran === "hitung") expect(sel.rumus).toMatch(/^=/);
      else expect(sel.rumus).toBeUndefined();
      if (sel.peran === "masukan") {
        expect(kunci.has(sel.kunci as string)).toBe(false);
        kunci.add(sel.kunci as string);
      }
    }
  }
}

test("registry", () => {
  expect(Object.keys(METODE).sort()).toEqual(
    [
      "bsc",
      "kepekaan",
      "lan1998",
      "lanAlternatif1",
      "layanan",
      "pegawai",
      "pekppp",
      "sendi",
      "servqual",
      "skm",
      "skmSiklus",
      "sakip",
      "lke",
    ].sort(),
  );
  const r = buatRencana("skm", { aturan: "2004", responden: 3 });
  expect(r.meta).toEqual({ pembangun: "skm", versi: 1, opsi: { aturan: "2004", responden: 3 } });
  expect(() => buatRencana("x" as never, {} as never)).toThrow();
});

test("BSC: capaian naik/turun, skor tertimbang, status", () => {
  const r = rencanaBsc({
    perspektif: [
      {
        nama: "Keuangan",
        bobot: 1,
        indikator: [
          { nama: "Serapan", arah: "naik", bobot: 3 },
          { nama: "Biaya per layanan", arah: "turun", bobot: 1 },
        ],
      },
      { nama: "Pelanggan", bobot: 3, indikator: [{ nama: "Kepuasan", bobot: 1 }] },
    ],
  });
  periksaPeran(r);
  expect(r.lembar.map((l) => l.nama)).toEqual(["BSC", "BSC Ringkasan"]);
  const k = kunciKe(r, "BSC");
  const nilai = evaluasiRencana(r, {
    BSC: {
      [k.get("target|p=1|i=1") as string]: 100,
      [k.get("realisasi|p=1|i=1") as string]: 90,
      [k.get("target|p=1|i=2") as string]: 50,
      [k.get("realisasi|p=1|i=2") as string]: 40,
      [k.get("target|p=2|i=1") as string]: 80,
      [k.get("realisasi|p=2|i=1") as string]: 60,
    },
  });
  const baris = (kunci: string) => (k.get(kunci) as string).replace(/^[A-Z]+/, "");
  expect(nilai("BSC", `G${baris("target|p=1|i=1")}`)).toBeCloseTo(0.9, 12);
  expect(nilai("BSC", `G${baris("target|p=1|i=2")}`)).toBeCloseTo(1.2, 12); // (2×50 − 40)/50
  expect(nilai("BSC", `H${baris("target|p=1|i=2")}`)).toBe("Hijau");
  const p1 = (0.9 * 3 + 1.2) / 4; // 0.975
  expect(nilai("BSC", `G${baris("perspektif|p=1")}`)).toBeCloseTo(p1, 12);
  expect(nilai("BSC", `H${baris("perspektif|p=1")}`)).toBe("Kuning");
  expect(nilai("BSC", `H${baris("target|p=2|i=1")}`)).toBe("Merah");
  const total = (p1 * 1 + 0.75 * 3) / 4;
  expect(nilai("BSC Ringkasan", "C5")).toBeCloseTo(total, 12);
  expect(nilai("BSC Ringkasan", "D5")).toBe("Kuning"); // 0,80625
  expect(r.lembar[0].formatBersyarat?.map((f) => f.teks)).toEqual(["Hijau", "Kuning", "Merah"]);
  expect(rencanaBsc({ unit: ["Kec. A", "Kec. B"] }).lembar.map((l) => l.nama)).toEqual([
    "BSC Kec. A",
    "BSC Kec. B",
    "BSC Ringkasan",
  ]);
});

test("SKM 2004: 14 unsur, semua jawaban 3 → indeks 3, nilai 75, B", () => {
  const r = rencanaSkm({ aturan: "2004", responden: 4 });
  periksaPeran(r);
  expect(r.lembar.map((l) => l.nama)).toEqual(["IKM 2004 Data", "IKM 2004 Ringkasan"]);
  const k = kunciKe(r, "IKM 2004 Data");
  const isian: Record<string, number> = {};
  for (const [kunci, a] of k) if (kunci.startsWith("jawaban|")) isian[a] = 3;
  expect(Object.keys(isian)).toHaveLength(56);
  const nilai = evaluasiRencana(r, { "IKM 2004 Data": isian });
  // baris: kepala 4, responden 5–8, NRR 10, penimbang 11, tertimbang 12, indeks 14, nilai 15, mutu 16, kinerja 17
  expect(nilai("IKM 2004 Data", "B14")).toBeCloseTo(3, 12);
  expect(nilai("IKM 2004 Data", "B15")).toBeCloseTo(75, 10);
  expect(nilai("IKM 2004 Data", "B16")).toBe("B");
  expect(nilai("IKM 2004 Data", "B17")).toBe("Baik");
  // kosong → ""
  expect(evaluasiRencana(r)("IKM 2004 Data", "B16")).toBe("");
});

test('Layanan kosong: rumus memberi ""', () => {
  const r = rencanaLayanan({ contoh: false });
  periksaPeran(r);
  const nilai = evaluasiRencana(r);
  for (const c of ["H", "I", "J"]) expect(nilai("Layanan", `${c}5`)).toBe("");
  expect(nilai("Layanan Ringkasan", "C5")).toBe("");
  expect(nilai("Layanan Ringkasan", "D5")).toBe("");
});
