/**
 * Rasio kinerja pelayanan (keluarga fungsi `KINERJA.`) sebagai data: nama, rumus, arah dan sumber
 * tiap rasio. Tanpa logika; rumusnya dihitung di `core/layanan.ts`.
 *
 * Sumber:
 * - seed 001 (Seberang Ulu II): tiga dimensi kinerja birokrasi menurut Dwiyanto — Produktivitas,
 *   Responsivitas, Akuntabilitas — dengan Tabel 1 (KTP/KK masuk dan terselesaikan, 2017) dan data
 *   target 2014 pada bagian Akuntabilitas.
 * - seed 000 (Dumai Timur): Tabel 1.1, jumlah selesai dan jumlah proses melebihi batas waktu, 2021.
 */

export type KodeRasio = "produktivitas" | "penyelesaian" | "ketepatan" | "capaian";

export interface RasioLayanan {
  readonly kode: KodeRasio;
  /** Nama fungsi Excel. */
  readonly fungsi: string;
  readonly nama: string;
  /** Rumus dalam notasi teks. */
  readonly rumus: string;
  readonly pembilang: string;
  readonly penyebut: string;
  /** Makin besar makin baik untuk semua rasio di sini. */
  readonly arah: "naik";
  /** Dimensi Dwiyanto tempat rasio ini dipakai (tafsiran proyek bila naskah tidak menyebut rumus). */
  readonly dimensi: string;
  readonly sumber: string;
}

export const RASIO_LAYANAN: readonly RasioLayanan[] = [
  {
    kode: "produktivitas",
    fungsi: "KINERJA.PRODUKTIVITAS",
    nama: "Produktivitas",
    rumus: "output / input",
    pembilang: "output (hasil)",
    penyebut: "input (masukan)",
    arah: "naik",
    dimensi: "Produktivitas",
    sumber:
      'seed 001, 2.A Produktivitas: "Menurut Hasibuan (1996:126) Produktivitas adalah perbandingan antara output (hasil) dengan input (masukan)"',
  },
  {
    kode: "penyelesaian",
    fungsi: "KINERJA.PENYELESAIAN",
    nama: "Tingkat penyelesaian",
    rumus: "selesai / masuk",
    pembilang: "pemohon yang terselesaikan",
    penyebut: "pemohon yang masuk",
    arah: "naik",
    dimensi: "Produktivitas",
    sumber:
      'seed 001, 2.A.2 Output dan Tabel 1 ("output yang dimaksud adalah jumlah pemohon pembuatan ' +
      'KK dan KTP yang terselesaikan"); rasio terhadap pemohon masuk adalah tafsiran proyek, ' +
      "naskah tidak menghitungnya",
  },
  {
    kode: "ketepatan",
    fungsi: "KINERJA.KETEPATAN",
    nama: "Ketepatan waktu",
    rumus: "(selesai − terlambat) / selesai",
    pembilang: "layanan selesai dalam batas waktu (selesai − melebihi batas waktu)",
    penyebut: "layanan selesai",
    arah: "naik",
    dimensi: "Perspektif Pelanggan (BSC) / Responsivitas",
    sumber:
      'seed 000, Tabel 1.1 (kolom "Jumlah Selesai" dan "Jumlah proses melebihi batas waktu"); rasio adalah tafsiran proyek, naskah tidak menghitungnya',
  },
  {
    kode: "capaian",
    fungsi: "KINERJA.CAPAIAN",
    nama: "Capaian target",
    rumus: "realisasi / target",
    pembilang: "realisasi",
    penyebut: "target",
    arah: "naik",
    dimensi: "Akuntabilitas",
    sumber:
      "seed 001, 2.C Akuntabilitas: KK 4801 buah dan KTP 11.279 buah (2014) terhadap target KK " +
      '4500 dan KTP 11.000; naskah hanya menyimpulkan "telah sesuai yang diharapkan"',
  },
];

/** Tiga dimensi kinerja birokrasi menurut Dwiyanto (seed 001, Abstrak dan bagian 2). */
export const DIMENSI_DWIYANTO: readonly { readonly nama: string; readonly uraian: string; readonly sumber: string }[] =
  [
    {
      nama: "Produktivitas",
      uraian: "Perbandingan output (hasil) dengan input (masukan).",
      sumber: "seed 001, 2.A Produktivitas",
    },
    {
      nama: "Responsivitas",
      uraian:
        "Kepekaan tugas pekerjaan dengan hasil yang dicapai, prioritas terhadap tugas yang mendesak, kesesuaian dengan kebutuhan masyarakat.",
      sumber: "seed 001, 2.B Responsivitas",
    },
    {
      nama: "Akuntabilitas",
      uraian: "Pencapaian sasaran dan tujuan melalui kebijakan, program dan kegiatan; pemenuhan target.",
      sumber: "seed 001, 2.C Akuntabilitas",
    },
  ];
