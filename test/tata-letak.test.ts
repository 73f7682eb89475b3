/**
 * plans/tata-letak.ts pada rencana kecil yang dihitung dengan tangan. Satuan: karakter kolom Excel;
 * faktor per karakter 1,1 (biasa/catatan), 1,2 (kepala/total), 1,5 (judul), ditambah ruang 1,5.
 */
import { hitung, judul, label, masukan, type RencanaBukuKerja, type RencanaLembar } from "../src/plans/rencana";
import { BATAS_TEGAK, LEBAR_MAKS, TINGGI_BARIS, banyakBaris, rapikan } from "../src/plans/tata-letak";

const CATATAN = "Capaian = realisasi / target; skor = Σ capaian × bobot / Σ bobot (hanya indikator yang terisi).";

function rencana(l: Partial<RencanaLembar> & Pick<RencanaLembar, "blok">): RencanaBukuKerja {
  return { meta: { pembangun: "bsc", versi: 1, opsi: {} }, lembar: [{ nama: "Uji", bekukan: { baris: 3, kolom: 0 }, ...l }] };
}

const contoh = rencana({
  blok: [
    {
      mulai: "A1",
      sel: [
        [judul("Uji & coba"), null, null],
        [label(CATATAN, "catatan"), null, null],
        [label("Kode", "kepala"), label("Nama indikator", "kepala"), label("Capaian × bobot", "kepala")],
        [label("P1"), masukan("nama|1", "Kepuasan masyarakat terhadap pelayanan"), hitung("=1/3", "0.0000")],
        [label("P2"), masukan("nama|2"), hitung("=2/3", "0.0000")],
      ],
    },
  ],
});

test("lebar kolom dari isi terpanjang; kepala dibungkus; teks panjang digabung selebar tabel dan dibungkus", () => {
  const l = rapikan(contoh).lembar[0];
  // A: "Kode" kepala: max(kata 4, ceil(4/3)=2) × 1,2 + 1,5 = 6,3; "P1": 2 × 1,1 + 1,5 = 3,7 → 6,3
  // B: "Kepuasan masyarakat terhadap pelayanan" (38) × 1,1 + 1,5 = 43,3
  // C: "Capaian × bobot" kepala: max(7, ceil(15/3)=5) × 1,2 + 1,5 = 9,9; angka "0.0000": (4 + 5) × 1,1 + 1,5 = 11,4
  expect(l.lebarKolom).toEqual([
    { kolom: "A", lebar: 6.3 },
    { kolom: "B", lebar: 43.3 },
    { kolom: "C", lebar: 11.4 },
  ]);
  // catatan (95 karakter × 1,1 + 1,5 = 106) lebih lebar dari tabel (61) → A2:C2 digabung dan dibungkus
  expect(l.gabung).toEqual(["A2:C2"]);
  expect(l.bungkus).toEqual(expect.arrayContaining(["A2", "A3", "B3", "C3"]));
  // 2 baris: (61 − 1,5) / (1,1 × 0,85) = 63,6 karakter per baris → 95 karakter = 2 baris → 2 × 15 + 2
  const t2 = l.tinggiBaris?.find((t) => t.baris === 2)?.tinggi;
  expect(t2).toBe(2 * TINGGI_BARIS + 2);
  expect(banyakBaris(CATATAN, 61, 1.1)).toBe(2);
});

test("halaman: A4 tegak untuk tabel sempit, judul cetak dari baris kepala, kepala/kaki halaman", () => {
  const c = rapikan(contoh).lembar[0].cetak!;
  expect(c).toEqual({
    kertas: "A4",
    orientasi: "tegak",
    satuHalamanLebar: true,
    judulBaris: "3:3",
    area: "A1:C5",
    kepala: { kiri: "Balanced Scorecard", tengah: "Uji && coba", kanan: "" },
    kaki: { kiri: "&A", tengah: "", kanan: "Halaman &P dari &N" },
  });
});

test("tabel lebih lebar dari batas tegak dicetak mendatar; teks di atas batas lebar dibungkus di kolomnya", () => {
  const panjang = "x ".repeat(60).trim();
  const r = rencana({
    blok: [{ mulai: "A1", sel: [[label("No", "kepala"), label("Uraian", "kepala"), label("Nilai", "kepala")], [label(1), label(panjang), label(3)]] }],
    bekukan: undefined,
  });
  const l = rapikan(r).lembar[0];
  // 119 karakter × 1,1 + 1,5 = 132,4 > LEBAR_MAKS → kolom B selebar LEBAR_MAKS dan B2 dibungkus;
  // (60 − 1,5) / (1,1 × 0,85) = 62,6 karakter per baris: 31 kata "x" (61 karakter) per baris → 60 kata = 2 baris
  expect(l.lebarKolom?.[1].lebar).toBe(LEBAR_MAKS);
  expect(l.bungkus).toContain("B2");
  expect(l.tinggiBaris).toEqual([{ baris: 2, tinggi: 2 * TINGGI_BARIS + 2 }]);
  expect(l.cetak?.judulBaris).toBeUndefined();
  expect(l.cetak?.orientasi).toBe("tegak");
  const lebar = rencana({ blok: [{ mulai: "A1", sel: [Array.from({ length: 12 }, (_, j) => label(`Kolom panjang ${j + 1}`))] }] });
  const w = rapikan(lebar).lembar[0];
  // 11 kolom × (16 × 1,1 + 1,5 = 19,1) + kolom terakhir 19,1 → jauh di atas batas tegak
  expect(w.lebarKolom!.reduce((s, k) => s + k.lebar, 0)).toBeGreaterThan(BATAS_TEGAK);
  expect(w.cetak?.orientasi).toBe("mendatar");
});

test("rapikan tidak mengubah rencana asal dan tidak berubah bila diulang", () => {
  const salinan = JSON.parse(JSON.stringify(contoh));
  const sekali = rapikan(contoh);
  expect(contoh).toEqual(salinan);
  expect(rapikan(sekali)).toEqual(sekali);
});
