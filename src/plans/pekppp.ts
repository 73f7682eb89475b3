/**
 * Pembangun lembar PEKPPP / IPP: 30 indikator (bobot di dalam aspek dapat diubah), nilai 0–5, nilai aspek
 * (SUMIF), IPP (SUMPRODUCT) dan kategori A–F sebagai rumus Excel asli.
 */
import { ASPEK_PEKPPP, INDIKATOR_PEKPPP, KATEGORI_IPP, SKALA_PEKPPP } from "../frameworks/pekppp";
import { persegi } from "./servqual";
import { hitung, judul, label, masukan, type RencanaBukuKerja, type Sel } from "./rencana";

export interface OpsiPekppp {
  /** Isian awal (contoh): nilai 30 indikator. Tidak disimpan di meta. */
  nilai?: number[];
}

export const NAMA_LEMBAR_PEKPPP = "PEKPPP";

/** Rumus kategori IPP bertingkat dari KATEGORI_IPP (aturan "melebihi batas"). */
export function rumusKategoriIpp(sel: string, bentuk: "predikat" | "huruf" = "predikat"): string {
  const teks = (k: (typeof KATEGORI_IPP)[number]): string => `"${bentuk === "huruf" ? k.huruf : k.predikat}"`;
  let r = teks(KATEGORI_IPP[KATEGORI_IPP.length - 1]);
  for (let i = KATEGORI_IPP.length - 2; i >= 0; i--) r = `IF(${sel}>${KATEGORI_IPP[i].lebihDari},${teks(KATEGORI_IPP[i])},${r})`;
  return `=IF(ISNUMBER(${sel}),${r},NA())`;
}

export function rencanaPekppp(opsi: OpsiPekppp = {}): RencanaBukuKerja {
  const n = INDIKATOR_PEKPPP.length;
  const awal = 5;
  const akhir = awal + n - 1;
  const rng = (k: string): string => `$${k}$${awal}:$${k}$${akhir}`;
  const indikator: Sel[][] = [
    ["Aspek", "No", "Kode", "Indikator", "Bobot indikator", "Nilai (0–5)", "Bobot × nilai"].map((t) => label(t, "kepala")),
    ...ASPEK_PEKPPP.flatMap((a) =>
      a.indikator.map((i) => {
        const b = awal + i.no - 1;
        return [label(a.nama), label(i.no), label(i.kode), label(i.nama), masukan(`bobot|indikator=${i.no}`, i.bobot, "0.00"), masukan(`nilai|indikator=${i.no}`, opsi.nilai?.[i.no - 1]), hitung(`=E${b}*F${b}`, "0.0000")];
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
    [label("Indeks Pelayanan Publik (IPP)"), hitung(`=IF(COUNT(${rng("F")})<ROWS(${rng("F")}),NA(),SUM($E$${aAwal}:$E$${aAkhir}))`, "0.00", "total")],
    [label("Kategori"), hitung(rumusKategoriIpp(ipp, "predikat"))],
    [label("Huruf"), hitung(rumusKategoriIpp(ipp, "huruf"))],
  ];
  return {
    meta: { pembangun: "pekppp", versi: 1, opsi: {} },
    lembar: [
      {
        nama: NAMA_LEMBAR_PEKPPP,
        blok: [
          { mulai: "A1", sel: persegi([[judul("Penilaian Kinerja Unit Penyelenggara Pelayanan Publik (PEKPPP)")], [label("Bobot indikator selain Kebijakan 1–7 adalah nilai bawaan dari kode pihak ketiga; lihat docs/metode/pekppp.md.", "catatan")]]) },
          { mulai: `A${awal - 1}`, sel: persegi(indikator) },
          { mulai: `A${a0}`, sel: persegi(aspek) },
          { mulai: `A${t}`, sel: persegi(ringkas) },
        ],
        validasi: [{ rentang: `F${awal}:F${akhir}`, jenis: "desimal", min: SKALA_PEKPPP.min, maks: SKALA_PEKPPP.maks, pesan: "Nilai indikator harus 0–5." }],
        nama_rentang: [{ nama: "PekpppIPP", rentang: `$B$${t}`, keterangan: "Indeks Pelayanan Publik" }],
        bekukan: { baris: awal - 1, kolom: 0 },
        lebarKolom: [
          { kolom: "A", lebar: 32 },
          { kolom: "D", lebar: 60 },
        ],
      },
    ],
  };
}

/** Contoh deterministik: Kebijakan 5, aspek lain 3 → IPP 0,24 × 5 + 0,76 × 3 = 3,48 (B-). */
export function contohPekppp(): OpsiPekppp {
  return { nilai: INDIKATOR_PEKPPP.map((i) => (i.no <= 9 ? 5 : 3)) };
}
