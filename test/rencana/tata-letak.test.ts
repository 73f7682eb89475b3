/**
 * plans/tata-letak.ts pada rencana kecil yang dihitung dengan tangan. Satuan: karakter kolom Excel;
 * faktor per karakter 1,1 (biasa/catatan), 1,2 (kepala/total), 1,5 (judul), ditambah ruang 1,5.
 */
import { hitung, judul, label, masukan, type RencanaBukuKerja, type RencanaLembar } from "../../src/plans/rencana";
import {
  BATAS_MENDATAR,
  BATAS_TEGAK,
  LEBAR_MAKS,
  TINGGI_BARIS,
  TINGGI_GRAFIK,
  banyakBaris,
  formatLabel,
  namaMetode,
  rapikan,
  singkat,
} from "../../src/plans/tata-letak";

const CATATAN = "Capaian = realisasi / target; skor = Σ capaian × bobot / Σ bobot (hanya indikator yang terisi).";

function rencana(l: Partial<RencanaLembar> & Pick<RencanaLembar, "blok">): RencanaBukuKerja {
  return {
    meta: { pembangun: "bsc", versi: 1, opsi: {} },
    lembar: [{ nama: "Uji", bekukan: { baris: 3, kolom: 0 }, ...l }],
  };
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
    blok: [
      {
        mulai: "A1",
        sel: [
          [label("No", "kepala"), label("Uraian", "kepala"), label("Nilai", "kepala")],
          [label(1), label(panjang), label(3)],
        ],
      },
    ],
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
  const lebar = rencana({
    blok: [{ mulai: "A1", sel: [Array.from({ length: 12 }, (_, j) => label(`Kolom panjang ${j + 1}`))] }],
  });
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

// ---------- model cetak huruf ≥ 8 pt (issue 23) ----------

test("batas lebar dari kertas A4, skala 75 % dan 7,1 pt per satuan kolom", () => {
  // tegak: (595,3 − 72) / 0,75 / 7,1 = 98,3; mendatar: (841,9 − 72) / 0,75 / 7,1 = 144,6
  expect(BATAS_TEGAK).toBe(98);
  expect(BATAS_MENDATAR).toBe(144);
});

/** Lembar dengan `n` kolom angka (kepala "Kolom k"; angka format 0.00 → (4 + 2 + 1) × 1,1 + 1,5 = 9,2). */
function lebarN(n: number, bekukan?: { baris: number; kolom: number }): RencanaBukuKerja {
  const kepala = [
    label("Nama unit", "kepala"),
    ...Array.from({ length: n }, (_, j) => label(`Kolom ${j + 1}`, "kepala")),
  ];
  const isi = [label("Unit A"), ...Array.from({ length: n }, (_, j) => hitung(`=${j}/3`, "0.00"))];
  return rencana({ blok: [{ mulai: "A1", sel: [kepala, isi] }], bekukan: bekukan ?? { baris: 1, kolom: 1 } });
}

test("tabel sampai batas mendatar: satu halaman lebar; lebih lebar: pita kolom 75 % dengan kolom kunci diulang", () => {
  // kolom A: "Nama unit" kepala = max(kata 4, ceil(9/3) = 3) × 1,2 + 1,5 = 6,3; "Unit A" 6 × 1,1 + 1,5 = 8,1
  // kolom angka: 9,2 (lebih lebar dari kepala "Kolom 14": max(5, 3) × 1,2 + 1,5 = 7,5)
  const sembilan = rapikan(lebarN(9)).lembar[0].cetak!; // 8,1 + 82,8 = 90,9 ≤ 98 → tegak, tanpa catatan cetak
  expect(sembilan).toMatchObject({ orientasi: "tegak", satuHalamanLebar: true });
  expect(sembilan.kaki.tengah).toBe("");
  const empatBelas = rapikan(lebarN(14)).lembar[0].cetak!; // 8,1 + 128,8 = 136,9 ≤ 144
  expect(empatBelas).toMatchObject({ orientasi: "mendatar", satuHalamanLebar: true });
  expect(empatBelas.kaki.tengah).toBe("Cetak: mendatar, satu halaman lebar");
  const limaBelas = rapikan(lebarN(15)).lembar[0].cetak!; // 8,1 + 138 = 146,1 > 144,5; angka tidak diperas
  expect(limaBelas).toMatchObject({
    orientasi: "mendatar",
    satuHalamanLebar: false,
    skala: 75,
    judulKolom: "A:A",
    judulBaris: "1:1",
  });
  // isi per pita = 769,9 / (7,1 × 0,75) − 8,1 = 136,48 karakter; (146,1 − 8,1) / 136,48 = 1,01 → 2 pita
  expect(limaBelas.kaki.tengah).toBe("Cetak: mendatar 75 %, ±2 pita kolom; kolom A diulang");
  // 30 kolom: (8,1 + 276 − 8,1) / 136,48 = 2,02 → 3 pita
  expect(rapikan(lebarN(30)).lembar[0].cetak!.kaki.tengah).toBe("Cetak: mendatar 75 %, ±3 pita kolom; kolom A diulang");
});

test("kolom teks panjang diperas (dibungkus) sebelum memakai pita kolom", () => {
  const teks = "uraian panjang ".repeat(4).trim(); // 59 karakter × 1,1 + 1,5 = 66,4 → LEBAR_MAKS 60
  const r = rencana({
    blok: [
      {
        mulai: "A1",
        sel: [
          [label("Uraian", "kepala"), ...Array.from({ length: 10 }, (_, j) => label(`K${j + 1}`, "kepala"))],
          [label(teks), ...Array.from({ length: 10 }, () => hitung("=1/3", "0.00"))],
        ],
      },
    ],
    bekukan: undefined,
  });
  const l = rapikan(r).lembar[0];
  // 60 + 10 × 9,2 = 152 > 144: kolom A turun 8 menjadi 52 (angka 9,2 tidak diperas); teks 66,4 > 52 → dibungkus
  expect(l.lebarKolom?.[0].lebar).toBe(52);
  expect(l.cetak).toMatchObject({ orientasi: "mendatar", satuHalamanLebar: true });
  expect(l.bungkus).toContain("A2");
  // (52 − 1,5) / (1,1 × 0,85) = 54 karakter per baris: 51 karakter (7 kata) + "panjang" tidak muat → 2 baris
  expect(l.tinggiBaris).toEqual([{ baris: 2, tinggi: 2 * TINGGI_BARIS + 2 }]);
});

test("tabel kedua: tanpa judul cetak lembar; pemisah halaman sebelum subjudulnya bila lembar lebih dari satu halaman", () => {
  const baris = (n: number) => Array.from({ length: n }, (_, i) => [label(`U${i + 1}`), hitung(`=${i}/7`, "0.00")]);
  const dua = (n: number) =>
    rencana({
      blok: [
        {
          mulai: "A1",
          sel: [
            [label("Unit", "kepala"), label("Nilai", "kepala")],
            ...baris(n),
            [null, null],
            [judul("Tabel kedua", "subjudul"), null],
            [label("Unit", "kepala"), label("Peringkat", "kepala")],
            ...baris(3),
          ],
        },
      ],
      bekukan: { baris: 1, kolom: 0 },
    });
  // 60 baris + 6 = 66 baris × 15 pt = 990 pt > 733,9 pt tinggi A4 tegak (tabel sempit, skala 1)
  const panjang = rapikan(dua(60)).lembar[0].cetak!;
  expect(panjang.judulBaris).toBeUndefined();
  expect(panjang.putusBaris).toEqual([63]); // baris 63 = subjudul "Tabel kedua" (1 kepala + 60 + 1 kosong + 1)
  expect(panjang.kaki.tengah).toBe("Cetak: tabel kedua di halaman baru");
  // 10 baris: satu halaman, tanpa pemisah; judul cetak tetap tidak dipakai
  const pendek = rapikan(dua(10)).lembar[0].cetak!;
  expect(pendek.putusBaris).toBeUndefined();
  expect(pendek.judulBaris).toBeUndefined();
  // tanpa tabel kedua: judul cetak dari baris kepala
  expect(
    rapikan(
      rencana({
        blok: [{ mulai: "A1", sel: [[label("Unit", "kepala")], [label("A")]] }],
        bekukan: { baris: 1, kolom: 0 },
      }),
    ).lembar[0].cetak?.judulBaris,
  ).toBe("1:1");
});

test("grafik yang menutupi sel terisi pindah ke bawah isi lembar; label dengan paling banyak dua desimal", () => {
  const r = rencana({
    blok: [
      {
        mulai: "A1",
        sel: [
          [label("Unit", "kepala"), label("Bobot", "kepala")],
          [label("A"), hitung("=1/3", "0.0000000")],
          [label("B"), hitung("=2/3", "0.0000000")],
          [null, null],
          [label("Catatan di baris 5"), null],
        ],
      },
    ],
    grafik: [{ jenis: "batang", judul: "Bobot", data: "B2:B3", kategori: "A2:A3", posisi: "A4" }],
  });
  const g = rapikan(r).lembar[0].grafik![0];
  // A5 terisi di bawah posisi A4 → grafik mulai dua baris di bawah baris terakhir (5): A7, 16 baris
  expect(g.posisi).toBe("A7");
  expect(g.sampai?.replace(/[A-Z]+/, "")).toBe(String(7 + TINGGI_GRAFIK - 1));
  expect(g.formatLabel).toBe("0.00");
  expect(formatLabel("0.00%")).toBe("0.00%");
  expect(formatLabel("#,##0.0")).toBe("#,##0.0");
  expect(formatLabel(undefined)).toBe("General");
});

test("kolom tanggal dengan jam selebar polanya (tanpa ###)", () => {
  const r = rencana({
    blok: [{ mulai: "A1", sel: [[label("Cap waktu", "kepala")], [masukan("w|1", 46000.5, "dd/mm/yyyy hh:mm:ss")]] }],
    bekukan: undefined,
  });
  // "dd/mm/yyyy hh:mm:ss" 19 karakter × 1,1 (gaya masukan) + 1,5 = 22,4
  expect(rapikan(r).lembar[0].lebarKolom?.[0].lebar).toBe(22.4);
});

test("kepala halaman: nama metode (bukan id), judul panjang dipendekkan dengan wajar", () => {
  expect(namaMetode({ pembangun: "skmSiklus" })).toBe("Siklus SKM");
  expect(namaMetode({ pembangun: "lanAlternatif1" })).toBe("LAN 1998 — Alternatif I");
  expect(namaMetode({ pembangun: "baru" }, { baru: "Metode baru (dengan keterangan panjang)" })).toBe("Metode baru");
  expect(namaMetode({ pembangun: "takDikenal" }, {})).toBe("Penilaian kinerja pelayanan");
  expect(singkat("KTP dan KK Kecamatan Seberang Ulu II: permohonan 2017 dan realisasi 2014 terhadap target", 70)).toBe(
    "KTP dan KK Kecamatan Seberang Ulu II",
  );
  expect(
    singkat(
      "Kerangka Pola LAN 1998 — Tipe II + Tipe III (pola kedua: memberi pelayanan dan/atau mengumpulkan PADS)",
      70,
    ),
  ).toBe("Kerangka Pola LAN 1998");
  expect(singkat("kata ".repeat(20).trim(), 30)).toBe("kata kata kata kata kata kata…");
});

test(
  "grafik di samping tabel yang muat satu halaman mendatar tetapi bersama grafik tidak: " +
    "grafik di bawah tabel, mulai di halaman baru bila lembar lebih dari satu halaman tinggi",
  () => {
    // tabel 14 kolom angka: 8,1 + 14 × 9,2 = 136,9 ≤ BATAS_MENDATAR (144); grafik di kolom P (±70 karakter) → 206,9
    const r = lebarN(14);
    const l = r.lembar[0];
    const baris = Array.from({ length: 40 }, (_, i) => [
      label(`Unit ${i}`),
      ...Array.from({ length: 14 }, (_, j) => hitung(`=${j}/${i + 2}`, "0.00")),
    ]);
    const besar: RencanaBukuKerja = {
      ...r,
      lembar: [
        {
          ...l,
          blok: [{ mulai: "A1", sel: [l.blok[0].sel[0], ...baris] }],
          grafik: [{ jenis: "batang", judul: "Uji", data: "B2:B41", kategori: "A2:A41", posisi: "P1" }],
        },
      ],
    };
    const hasil = rapikan(besar).lembar[0];
    // tabel baris 1–41 → grafik dua baris di bawahnya (A43), pemisah sebelum baris kosong 42
    expect(hasil.grafik![0].posisi).toBe("A43");
    expect(hasil.cetak).toMatchObject({ orientasi: "mendatar", satuHalamanLebar: true, putusBaris: [42] });
    expect(hasil.cetak!.kaki.tengah).toContain("grafik di halaman baru");
    // tabel pendek: grafik tetap di bawah, tanpa pemisah halaman (satu halaman tinggi)
    const pendek = rapikan({
      ...r,
      lembar: [{ ...l, grafik: [{ jenis: "batang", judul: "Uji", data: "B2:B2", kategori: "A2:A2", posisi: "P1" }] }],
    }).lembar[0];
    expect(pendek.grafik![0].posisi).toBe("A4");
    expect(pendek.cetak!.putusBaris).toBeUndefined();
    // tabel yang sendiri sudah dicetak dalam pita kolom (20 kolom angka: 192,1 > 144): grafik tetap di samping
    const lebar = lebarN(20);
    const pita = rapikan({
      ...lebar,
      lembar: [
        {
          ...lebar.lembar[0],
          grafik: [{ jenis: "batang", judul: "Uji", data: "B2:B2", kategori: "A2:A2", posisi: "W1" }],
        },
      ],
    }).lembar[0];
    expect(pita.grafik![0].posisi).toBe("W1");
  },
);

test("area cetak yang diminta pembangun membatasi lebar tabel yang dicetak (kolom bantu tampak di kanannya tidak dihitung)", () => {
  // 20 kolom angka = 8,1 + 184 → pita kolom; area A:O (14 kolom angka, 136,9) → satu halaman lebar mendatar
  const r = lebarN(20);
  const l = { ...r.lembar[0], cetakMinta: { area: "A1:O2" } };
  expect(rapikan({ ...r, lembar: [l] }).lembar[0].cetak).toMatchObject({
    satuHalamanLebar: true,
    orientasi: "mendatar",
    area: "A1:O2",
  });
  expect(rapikan(r).lembar[0].cetak).toMatchObject({ satuHalamanLebar: false, skala: 75 });
});

test("catatan panjang di lembar berpita kolom digabung paling lebar satu halaman mendatar (144 karakter), bukan selebar tabel", () => {
  const r = lebarN(20);
  const l = r.lembar[0];
  const catatan = label("Catatan ".repeat(60).trim(), "catatan");
  const hasil = rapikan({
    ...r,
    lembar: [{ ...l, blok: [{ mulai: "A1", sel: [[catatan], ...l.blok[0].sel] }], bekukan: { baris: 2, kolom: 1 } }],
  }).lembar[0];
  expect(hasil.cetak).toMatchObject({ satuHalamanLebar: false });
  const g = hasil.gabung!.find((x) => x.startsWith("A1:"))!;
  // kolom A (8,1) + kolom angka 9,2: A–O = 136,9 ≤ 144 < A–P = 146,1 → gabungan A1:O1 (tabel sampai U)
  expect(g).toBe("A1:O1");
  const lebar = new Map(hasil.lebarKolom!.map((k) => [k.kolom, k.lebar]));
  expect(
    ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O"].reduce((w, k) => w + lebar.get(k)!, 0),
  ).toBeLessThanOrEqual(BATAS_MENDATAR);
});
