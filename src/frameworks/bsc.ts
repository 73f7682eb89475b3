/**
 * Balanced Scorecard untuk pelayanan publik kecamatan (seed 000: "Penilaian Kinerja Pelayanan Publik
 * melalui Balanced Scorecard pada Kecamatan Dumai Timur") sebagai data: empat perspektif Kaplan dan
 * Norton dan indikator yang disebut naskah untuk tiap perspektif. Tanpa logika.
 *
 * Naskah bersifat kualitatif: tidak ada bobot, target, ambang warna, ataupun rumus capaian.
 * Semua angka bawaan di sini (bobot 1, arah "naik", ambang 1,0 / 0,8) adalah pilihan proyek yang
 * dapat diubah pengguna di pembangun lembar kerja, bukan angka dari naskah.
 */

export type KodePerspektif = "keuangan" | "pelanggan" | "proses" | "pembelajaran";

/**
 * Arah indikator: "naik" = makin besar makin baik; "turun" = makin kecil makin baik, capaian
 * (2 × target − realisasi) / target (bentuk LAKIP); "turun-rasio" = makin kecil makin baik, capaian
 * target / realisasi (rasio yang dipakai sebagian aplikasi SAKIP; sumber sekunder, pilihan bernama).
 */
export type ArahIndikator = "naik" | "turun" | "turun-rasio";
export const ARAH_BSC: readonly ArahIndikator[] = ["naik", "turun", "turun-rasio"];

export interface IndikatorBsc {
  readonly kode: string;
  readonly nama: string;
  /** Arah bawaan (pilihan proyek; naskah tidak menyebut arah). */
  readonly arah: ArahIndikator;
  /** Bobot bawaan dalam perspektifnya (pilihan proyek: sama rata). */
  readonly bobot: number;
  /** Bagian naskah yang menyebut indikator ini. */
  readonly sumber: string;
  /** Contoh ukuran kuantitatif yang dapat dipakai (tafsiran proyek), bila ada. */
  readonly ukuranContoh?: string;
}

export interface PerspektifBsc {
  readonly kode: KodePerspektif;
  readonly nama: string;
  /** Rumusan naskah tentang isi perspektif. */
  readonly uraian: string;
  /** Bobot bawaan perspektif (pilihan proyek: sama rata). */
  readonly bobot: number;
  readonly sumber: string;
  readonly indikator: readonly IndikatorBsc[];
}

/** Bagian naskah yang menyebut keempat perspektif. */
export const SUMBER_PERSPEKTIF_BSC =
  'seed 000, 3. Hasil dan Pembahasan, paragraf pembuka: "4 (empat) Perspektif yang terdiri ' +
  "dari Perspektif Keuangan, Perspektif Pelanggan (Masyarakat), Perspektif Proses Bisnis " +
  'Internal, dan Perspektif Pembelajaran dan Pertumbuhan" (baris 476–480)';

/**
 * Empat perspektif dan indikatornya menurut seed 000 (bagian 3, subjudul per perspektif).
 * Nilai bawaan yang dapat diubah: bobot 1 untuk setiap perspektif dan indikator, arah "naik".
 */
export const PERSPEKTIF_BSC: readonly PerspektifBsc[] = [
  {
    kode: "keuangan",
    nama: "Perspektif Keuangan",
    uraian:
      "Sasaran keuangan yang perlu dicapai dalam mewujudkan visi; anggaran sebagai alat pedoman dan pengendalian kerja.",
    bobot: 1,
    sumber: 'seed 000, 3. Hasil dan Pembahasan, "Perspektif keuangan" (baris 541–597)',
    indikator: [
      {
        kode: "K1",
        nama: "Pengelolaan keuangan",
        arah: "naik",
        bobot: 1,
        sumber:
          'seed 000, Perspektif keuangan: "dilakukan dengan pengelolaan keuangan, penggunaan anggaran dan kecukupan anggaran pelayanan publik" (baris 571–573)',
      },
      {
        kode: "K2",
        nama: "Penggunaan anggaran",
        arah: "naik",
        bobot: 1,
        sumber: "seed 000, Perspektif keuangan (baris 571–573)",
        ukuranContoh: "realisasi anggaran terhadap pagu (BSC.CAPAIAN)",
      },
      {
        kode: "K3",
        nama: "Kecukupan anggaran pelayanan publik",
        arah: "naik",
        bobot: 1,
        sumber: "seed 000, Perspektif keuangan (baris 571–573)",
      },
    ],
  },
  {
    kode: "pelanggan",
    nama: "Perspektif Pelanggan (Masyarakat)",
    uraian: "Gambaran segmen yang dituju dan pelanggan beserta tuntutan kebutuhan yang dilayani organisasi.",
    bobot: 1,
    sumber: 'seed 000, 3. Hasil dan Pembahasan, "Perspektif Pelanggan (Masyarakat)" (baris 599–636)',
    indikator: [
      {
        kode: "P1",
        nama: "Kepuasan masyarakat terhadap pelayanan",
        arah: "naik",
        bobot: 1,
        sumber:
          'seed 000, Perspektif Pelanggan: "mengenai kepuasan masyarakat ... terhadap pelayanan yang diberikan" (baris 605–609)',
      },
      {
        kode: "P2",
        nama: "Ketepatan waktu pelayanan",
        arah: "naik",
        bobot: 1,
        sumber:
          'seed 000, Perspektif Pelanggan: "memberikan pelayanan kepada masyarakat secara tepat waktu" (baris 611–615); data Tabel 1.1',
        ukuranContoh: "(selesai − melebihi batas waktu) / selesai, Tabel 1.1 (KINERJA.KETEPATAN)",
      },
    ],
  },
  {
    kode: "proses",
    nama: "Perspektif Proses Bisnis Internal",
    uraian: "Kondisi internal yang mendukung pelayanan: sarana prasarana dan proses operasional.",
    bobot: 1,
    sumber: 'seed 000, 3. Hasil dan Pembahasan, "Perspektif Proses Bisnis Internal" (baris 640–693)',
    indikator: [
      {
        kode: "B1",
        nama: "Sarana dan prasarana",
        arah: "naik",
        bobot: 1,
        sumber: "seed 000, Perspektif Proses Bisnis Internal, butir 1 (baris 646)",
      },
      {
        kode: "B2",
        nama: "Proses operasional",
        arah: "naik",
        bobot: 1,
        sumber: "seed 000, Perspektif Proses Bisnis Internal, butir 2 (baris 648–650)",
      },
    ],
  },
  {
    kode: "pembelajaran",
    nama: "Perspektif Pembelajaran dan Pertumbuhan",
    uraian:
      "Prakondisi meningkatnya produktivitas, daya tanggap, mutu dan layanan: pegawai, sistem informasi, motivasi.",
    bobot: 1,
    sumber: 'seed 000, 3. Hasil dan Pembahasan, "Perspektif Pembelajaran dan Pertumbuhan" (baris 695–770)',
    indikator: [
      {
        kode: "L1",
        nama: "Kapabilitas pegawai",
        arah: "naik",
        bobot: 1,
        sumber: "seed 000, Perspektif Pembelajaran dan Pertumbuhan, butir 1 (baris 699–706)",
      },
      {
        kode: "L2",
        nama: "Kapabilitas sistem informasi",
        arah: "naik",
        bobot: 1,
        sumber: "seed 000, Perspektif Pembelajaran dan Pertumbuhan, butir 2 (baris 708–714)",
      },
      {
        kode: "L3",
        nama: "Motivasi, pemberdayaan dan keselarasan individu",
        arah: "naik",
        bobot: 1,
        sumber: "seed 000, Perspektif Pembelajaran dan Pertumbuhan, butir 3 (baris 716–718)",
      },
    ],
  },
];

export type StatusBsc = "Hijau" | "Kuning" | "Merah";

/**
 * Ambang status bawaan (pilihan proyek; naskah tidak memberi ambang): capaian ≥ 1,0 Hijau;
 * 0,8 ≤ capaian < 1,0 Kuning; capaian < 0,8 Merah. Batas bawah tiap pita inklusif.
 */
export const AMBANG_STATUS_BSC = { hijau: 1.0, kuning: 0.8 } as const;
