/**
 * Siklus SKM: peta jawaban tambahan (CLI --peta, lembar Peta Jawaban yang dibaca panel) yang MENGGANTI nilai
 * teks bawaan. Inti memakai nilai tambahan (Map.set menimpa); lembar Peta Jawaban harus memuat satu baris
 * teks itu dengan nilai tambahan, bukan dua baris (COUNTIFS lembar Hitungan akan menghitung jawaban itu dua kali),
 * agar buku kerja memberi angka yang sama dengan `--json`.
 */
import { tabelDariKisi } from "../../src/core/skm-siklus-tabel";
import { KONVENSI_BAWAAN, UNSUR_KEPENTINGAN } from "../../src/core/skm-siklus";
import { rencanaSkmSiklus } from "../../src/plans/skm-siklus";
import { hitungSiklusTabel, opsiRencanaSiklus } from "../../src/plans/skm-siklus-data";
import { alamat, selBeralamat } from "../../src/plans/rencana";
import { evaluasiRencana } from "../bantu/mesin-rumus";

const JUDUL = ["U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9"];
/**
 * Dua responden, semua unsur "4" kecuali U9 (sarana) = "Cukup" (bawaan 2) dan " cukup  " (ejaan lain).
 * Peta tambahan: U9 "CUKUP" → 3. Hitungan tangan: NRR U1–U8 = 4, NRR U9 = 3 → Σ = 35 → nilai 35/9 × 25 = 97,222…
 * (tanpa penggantian: NRR U9 = 2 → Σ = 34 → 94,444…).
 */
const KISI = [JUDUL, [4, 4, 4, 4, 4, 4, 4, 4, "Cukup"], [4, 4, 4, 4, 4, 4, 4, 4, " cukup  "]];

test("peta tambahan mengganti teks bawaan: satu baris di lembar Peta Jawaban, angka buku kerja = inti = hitungan tangan", () => {
  const s = hitungSiklusTabel(tabelDariKisi(KISI, "uji"), {
    aturan: "2017",
    periode: "semester",
    formatTanggal: "hbt",
    konvensi: KONVENSI_BAWAAN,
    hasilUnit: "gabungan",
    peta: [{ unsur: 9, jawaban: "CUKUP", nilai: 3 }],
  });
  const unit = s.hasil.periode[0].unit;
  expect(unit.nrr[8]).toBe(3);
  expect(unit.nilai).toBeCloseTo((35 / 9) * 25, 12);

  const r = rencanaSkmSiklus(opsiRencanaSiklus(s), s.hasil.periodeBaris);
  const peta = r.lembar.find((l) => l.nama === "SKM Peta Jawaban")!;
  const teksU9 = peta.blok.flatMap((b) => b.sel).filter((baris) => /^U9 /.test(String(baris[0]?.nilai ?? "")));
  const cukup = teksU9.filter(
    (baris) =>
      String(baris[1]?.nilai ?? "")
        .trim()
        .toLowerCase() === "cukup",
  );
  expect(cukup).toHaveLength(1);
  expect(cukup[0][2]?.nilai).toBe(3);

  const nilai = evaluasiRencana(r);
  // lembar Hitungan: baris U9 = 2 jawaban (banyak), Σ nilai = 3 + 3 (tanpa penggantian 2 + 2)
  const hit = r.lembar.find((l) => l.nama === "SKM Hitungan")!;
  const sel = [...selBeralamat(hit)];
  const kolom = (teks: string) => sel.find((x) => x.sel.nilai === teks)!.kolom;
  const u9 = sel.find((x) => x.kolom === 2 && x.sel.nilai === "U9")!.baris;
  expect([
    nilai("SKM Hitungan", alamat(u9, kolom("Σ banyak"))),
    nilai("SKM Hitungan", alamat(u9, kolom("Σ nilai"))),
  ]).toEqual([2, 6]);
  const barisUnit = Array.from({ length: 10 }, (_, i) => 11 + i).find(
    (b) => nilai("SKM Hasil", `B${b}`) === "Unit (semua layanan)",
  )!;
  expect(nilai("SKM Hasil", `O${barisUnit}`)).toBeCloseTo((35 / 9) * 25, 12);
  // tanpa kolom waktu dan layanan: responden = baris yang menjawab sedikitnya satu unsur (2); periksa B8/B9 = 0
  expect(nilai("SKM Hasil", `D${barisUnit}`)).toBe(2);
  expect([nilai("SKM Hasil", "B8"), nilai("SKM Hasil", "B9")]).toEqual([0, 0]);
});

test("peta kepentingan tambahan mengganti teks bawaan kepentingan dengan cara yang sama", () => {
  const judul = [...JUDUL, ...JUDUL.map((_, j) => `K${j + 1}`)];
  // kepentingan: "Penting" (bawaan 3) dipetakan ulang → 4 untuk semua unsur
  const kisi = [judul, [...new Array(9).fill(4), ...new Array(9).fill("Penting")]];
  const s = hitungSiklusTabel(tabelDariKisi(kisi, "uji"), {
    aturan: "2017",
    periode: "semester",
    formatTanggal: "hbt",
    konvensi: KONVENSI_BAWAAN,
    hasilUnit: "gabungan",
    peta: [{ unsur: UNSUR_KEPENTINGAN, jawaban: "penting", nilai: 4 }],
  });
  expect(s.hasil.periode[0].kuadran?.unsur.map((u) => u.kepentingan)).toEqual(new Array(9).fill(4));
  const r = rencanaSkmSiklus(opsiRencanaSiklus(s), s.hasil.periodeBaris);
  const peta = r.lembar.find((l) => l.nama === "SKM Peta Jawaban")!;
  const kep = peta.blok
    .flatMap((b) => b.sel)
    .filter((baris) => /^Kepentingan \(semua/.test(String(baris[0]?.nilai ?? "")));
  const penting = kep.filter(
    (baris) =>
      String(baris[1]?.nilai ?? "")
        .trim()
        .toLowerCase() === "penting",
  );
  expect(penting).toHaveLength(1);
  expect(penting[0][2]?.nilai).toBe(4);
});
