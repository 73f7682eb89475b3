/**
 * Pembangun PEKPPP / IPP, tiga lembar dengan rumus Excel asli:
 * - `PEKPPP` (lembar evaluator, formulir F-02): 30 indikator (bobot di dalam aspek dapat diubah), nilai
 *   0–5, nilai aspek (SUMIF), IPP dan kategori A–F;
 * - `PEKPPP Publik` (formulir pengguna layanan, F-03): responden × butir 0–5, tiap butir berlabel aspek
 *   (dapat diubah), rata-rata butir dan rata-rata per aspek (rata-rata dari rata-rata butirnya, sama dengan
 *   PEKPPP.PUBLIK);
 * - `PEKPPP Ringkasan`: nilai tiap aspek (evaluator) dengan peringkat dan grafik, IPP dan kategorinya, dan
 *   rata-rata formulir publik per aspek. Gabungan nilai evaluator dan publik dalam IPP akhir belum
 *   terverifikasi di teks peraturan, jadi tidak dihitung (docs/metode/pekppp.md).
 */
import { rumusBulatPita } from "../core/pita";
import { ASPEK_PEKPPP, INDIKATOR_PEKPPP, KATEGORI_IPP, SKALA_PEKPPP } from "../frameworks/pekppp";
import {
  alamat,
  hitung,
  judul,
  label,
  masukan,
  persegi,
  type RencanaBukuKerja,
  type RencanaLembar,
  type Sel,
} from "./rencana";
import { lembarRingkasan, rujukLembar } from "./ringkasan";

export interface ButirPublik {
  /** Nama aspek PEKPPP (salah satu dari enam). */
  aspek: string;
  /** Pertanyaan pada formulir pengguna layanan. */
  butir: string;
}

export interface OpsiPekppp {
  /** Isian awal (contoh): nilai 30 indikator. Tidak disimpan di meta. */
  nilai?: number[];
  /** Banyak baris responden formulir publik (bawaan 10). */
  responden?: number;
  /** Butir formulir publik; bawaan satu butir per aspek. */
  butirPublik?: ButirPublik[];
  /** Isian awal formulir publik (contoh), responden × butir. Tidak disimpan di meta. */
  jawabanPublik?: (number | null)[][];
}

export const NAMA_LEMBAR_PEKPPP = "PEKPPP";
export const NAMA_LEMBAR_PEKPPP_PUBLIK = "PEKPPP Publik";
export const NAMA_LEMBAR_PEKPPP_RINGKASAN = "PEKPPP Ringkasan";

/** Butir formulir publik bawaan: satu pertanyaan per aspek (nilai bawaan yang dapat diubah). */
export function butirPublikBawaan(): ButirPublik[] {
  return ASPEK_PEKPPP.map((a) => ({
    aspek: a.nama,
    butir: `Bagaimana penilaian Anda tentang ${a.nama.toLowerCase()} unit ini? (0–5)`,
  }));
}

/** Rumus kategori IPP bertingkat dari KATEGORI_IPP (aturan "melebihi batas"), atas ROUND(IPP,9) (core/pita.ts). */
export function rumusKategoriIpp(sel: string, bentuk: "predikat" | "huruf" = "predikat"): string {
  const teks = (k: (typeof KATEGORI_IPP)[number]): string => `"${bentuk === "huruf" ? k.huruf : k.predikat}"`;
  let r = teks(KATEGORI_IPP[KATEGORI_IPP.length - 1]);
  const x = rumusBulatPita(sel);
  for (let i = KATEGORI_IPP.length - 2; i >= 0; i--)
    r = `IF(${x}>${KATEGORI_IPP[i].lebihDari},${teks(KATEGORI_IPP[i])},${r})`;
  return `=IF(ISNUMBER(${sel}),${r},NA())`;
}

export function rencanaPekppp(opsi: OpsiPekppp = {}): RencanaBukuKerja {
  const n = INDIKATOR_PEKPPP.length;
  const awal = 5;
  const akhir = awal + n - 1;
  const rng = (k: string): string => `$${k}$${awal}:$${k}$${akhir}`;
  const indikator: Sel[][] = [
    ["Aspek", "No", "Kode", "Indikator", "Bobot indikator", "Nilai (0–5)", "Bobot × nilai"].map((t) =>
      label(t, "kepala"),
    ),
    ...ASPEK_PEKPPP.flatMap((a) =>
      a.indikator.map((i) => {
        const b = awal + i.no - 1;
        return [
          label(a.nama),
          label(i.no),
          label(i.kode),
          label(i.nama),
          masukan(`bobot|indikator=${i.no}`, i.bobot, "0.00"),
          masukan(`nilai|indikator=${i.no}`, opsi.nilai?.[i.no - 1]),
          hitung(`=E${b}*F${b}`, "0.0000"),
        ];
      }),
    ),
  ];
  const a0 = akhir + 2; // baris judul tabel aspek (1-based)
  const aAwal = a0 + 1;
  const aAkhir = aAwal + ASPEK_PEKPPP.length - 1;
  const aspek: Sel[][] = [
    ["Aspek", "Bobot aspek", "Jumlah bobot indikator", "Nilai aspek", "Bobot × nilai"].map((t) => label(t, "kepala")),
    ...ASPEK_PEKPPP.map((a, j) => {
      const b = aAwal + j;
      return [
        label(a.nama),
        masukan(`bobot|aspek=${a.kode}`, a.bobot, "0%"),
        hitung(`=SUMIF(${rng("A")},A${b},${rng("E")})`, "0.00"),
        hitung(`=IF(ROUND(C${b},6)<>1,NA(),SUMIF(${rng("A")},A${b},${rng("G")}))`, "0.0000"),
        hitung(`=B${b}*D${b}`, "0.0000"),
      ];
    }),
  ];
  const t = aAkhir + 2;
  const ipp = `B${t}`;
  const ringkas: Sel[][] = [
    [
      label("Indeks Pelayanan Publik (IPP)"),
      hitung(`=IF(COUNT(${rng("F")})<ROWS(${rng("F")}),NA(),SUM($E$${aAwal}:$E$${aAkhir}))`, "0.00", "total"),
    ],
    [label("Kategori"), hitung(rumusKategoriIpp(ipp, "predikat"))],
    [label("Huruf"), hitung(rumusKategoriIpp(ipp, "huruf"))],
  ];
  const butir = opsi.butirPublik && opsi.butirPublik.length > 0 ? opsi.butirPublik : butirPublikBawaan();
  const responden = opsi.responden ?? opsi.jawabanPublik?.length ?? 10;
  const publik = lembarPublik(butir, responden, opsi.jawabanPublik);
  const ringkasan = lembarRingkasan({
    nama: NAMA_LEMBAR_PEKPPP_RINGKASAN,
    judul: "Ringkasan PEKPPP: nilai tiap aspek (evaluator)",
    keterangan:
      "Nilai aspek dari lembar PEKPPP (skala 0–5); peringkat menurun. IPP dan rata-rata formulir publik di bawah.",
    kolomNama: "Aspek",
    kolomNilai: "Nilai aspek",
    formatNilai: "0.00",
    baris: ASPEK_PEKPPP.map((a, j) => ({ nama: a.nama, nilai: `=${rujukLembar(NAMA_LEMBAR_PEKPPP)}!$D$${aAwal + j}` })),
    judulGrafik: "Nilai aspek PEKPPP",
  });
  const r0 = 4 + ASPEK_PEKPPP.length + 2; // baris (0-based) setelah tabel ringkasan
  const ev = rujukLembar(NAMA_LEMBAR_PEKPPP);
  const tambahan: (Sel | null)[][] = [
    [label("Indeks Pelayanan Publik (IPP)", "total"), hitung(`=${ev}!$B$${t}`, "0.00", "total")],
    [label("Kategori", "total"), hitung(`=${ev}!$B$${t + 1}`, undefined, "total")],
    [null],
    [label("Aspek", "kepala"), label("Rata-rata formulir publik (F-03)", "kepala")],
    ...ASPEK_PEKPPP.map((a, j) => [
      label(a.nama),
      hitung(`=${rujukLembar(NAMA_LEMBAR_PEKPPP_PUBLIK)}!${publik.rataRataAspek[j]}`, "0.00"),
    ]),
  ];
  ringkasan.blok.push({ mulai: alamat(r0, 1), sel: persegi(tambahan) });
  return {
    meta: {
      pembangun: "pekppp",
      versi: 1,
      opsi: {
        ...(opsi.responden !== undefined ? { responden: opsi.responden } : {}),
        ...(opsi.butirPublik ? { butirPublik: opsi.butirPublik } : {}),
      },
    },
    lembar: [
      {
        nama: NAMA_LEMBAR_PEKPPP,
        blok: [
          {
            mulai: "A1",
            sel: persegi([
              [judul("Penilaian Kinerja Unit Penyelenggara Pelayanan Publik (PEKPPP)")],
              [
                label(
                  "Bobot indikator selain Kebijakan 1–7 adalah nilai bawaan dari kode pihak ketiga; lihat docs/metode/pekppp.md.",
                  "catatan",
                ),
              ],
            ]),
          },
          { mulai: `A${awal - 1}`, sel: persegi(indikator) },
          { mulai: `A${a0}`, sel: persegi(aspek) },
          { mulai: `A${t}`, sel: persegi(ringkas) },
        ],
        validasi: [
          {
            rentang: `F${awal}:F${akhir}`,
            jenis: "desimal",
            min: SKALA_PEKPPP.min,
            maks: SKALA_PEKPPP.maks,
            pesan: "Nilai indikator harus 0–5.",
          },
        ],
        nama_rentang: [{ nama: "PekpppIPP", rentang: `$B$${t}`, keterangan: "Indeks Pelayanan Publik" }],
        bekukan: { baris: awal - 1, kolom: 0 },
        lebarKolom: [
          { kolom: "A", lebar: 32 },
          { kolom: "D", lebar: 60 },
        ],
      },
      publik.lembar,
      ringkasan,
    ],
  };
}

/**
 * Lembar formulir pengguna layanan: baris 4 aspek tiap butir, baris 5 teks butir, lalu satu baris per
 * responden (0–5, tervalidasi), rata-rata butir, dan tabel rata-rata per aspek (AVERAGEIF atas rata-rata
 * butir yang aspeknya sama; kosong bila aspek itu belum punya jawaban).
 */
function lembarPublik(
  butir: readonly ButirPublik[],
  responden: number,
  jawaban?: (number | null)[][],
): { lembar: RencanaLembar; rataRataAspek: string[] } {
  const B = butir.length;
  const kol = (j: number): string => alamat(0, 1 + j).replace(/\d+$/, "");
  const bAspek = 4;
  const bButir = 5;
  const bAwal = 6;
  const bAkhir = bAwal + responden - 1;
  const bRata = bAkhir + 1;
  const rngAspek = `$${kol(0)}$${bAspek}:$${kol(B - 1)}$${bAspek}`;
  const rngRata = `$${kol(0)}$${bRata}:$${kol(B - 1)}$${bRata}`;
  const isi: (Sel | null)[][] = [
    [label("Aspek", "kepala"), ...butir.map((b, j) => masukan(`aspek-butir|b=${j + 1}`, b.aspek))],
    [label("Butir", "kepala"), ...butir.map((b, j) => masukan(`butir|b=${j + 1}`, b.butir))],
    ...Array.from({ length: responden }, (_, i) => [
      label(`Responden ${i + 1}`),
      ...butir.map((_, j) => masukan(`jawaban|r=${i + 1}|b=${j + 1}`, jawaban?.[i]?.[j] ?? undefined)),
    ]),
    [
      label("Rata-rata butir", "total"),
      ...butir.map((_, j) =>
        hitung(
          `=IF(COUNT(${kol(j)}${bAwal}:${kol(j)}${bAkhir})=0,"",AVERAGE(${kol(j)}${bAwal}:${kol(j)}${bAkhir}))`,
          "0.00",
          "total",
        ),
      ),
    ],
  ];
  const bTabel = bRata + 2;
  const tabel: (Sel | null)[][] = [
    [label("Aspek", "kepala"), label("Rata-rata per aspek", "kepala")],
    ...ASPEK_PEKPPP.map((a, j) => {
      const b = bTabel + 1 + j;
      return [
        label(a.nama),
        hitung(
          `=IF(COUNTIFS(${rngAspek},A${b},${rngRata},">=0")=0,"",AVERAGEIF(${rngAspek},A${b},${rngRata}))`,
          "0.00",
        ),
      ];
    }),
  ];
  const lembar: RencanaLembar = {
    nama: NAMA_LEMBAR_PEKPPP_PUBLIK,
    blok: [
      {
        mulai: "A1",
        sel: persegi([
          [judul("Formulir pengguna layanan PEKPPP (F-03)")],
          [
            label(
              "Setiap butir dinilai 0–5. Butir dan aspeknya boleh diubah; rata-rata aspek = rata-rata dari rata-rata butirnya.",
              "catatan",
            ),
          ],
        ]),
      },
      { mulai: `A${bAspek}`, sel: persegi(isi) },
      { mulai: `A${bTabel}`, sel: persegi(tabel) },
    ],
    validasi: [
      {
        rentang: `${kol(0)}${bAwal}:${kol(B - 1)}${bAkhir}`,
        jenis: "desimal",
        min: SKALA_PEKPPP.min,
        maks: SKALA_PEKPPP.maks,
        pesan: "Jawaban harus 0–5.",
      },
    ],
    bekukan: { baris: bButir, kolom: 1 },
    akibatKosong:
      "jawaban kosong tidak ikut dirata-rata, sehingga rata-rata butir dihitung dari responden yang menjawab saja",
    lebarKolom: [{ kolom: "A", lebar: 34 }],
  };
  return { lembar, rataRataAspek: ASPEK_PEKPPP.map((_, j) => `$B$${bTabel + 1 + j}`) };
}

/**
 * Contoh deterministik: Kebijakan 5, aspek lain 3 → IPP 0,24 × 5 + 0,76 × 3 = 3,48 (B-); formulir publik
 * 4 responden × 6 butir bawaan (satu per aspek).
 */
export function contohPekppp(): OpsiPekppp {
  return {
    nilai: INDIKATOR_PEKPPP.map((i) => (i.no <= 9 ? 5 : 3)),
    responden: 4,
    jawabanPublik: [
      [4, 5, 3, 4, 2, 3],
      [5, 4, 3, 5, 3, 4],
      [4, 4, 4, 3, 2, null],
      [3, 5, 2, 4, 3, 3],
    ],
  };
}
