/**
 * Versi aturan yang masih ditemui kantor (issue 11 butir 8) sebagai data yang dapat dipilih, masing-masing
 * dengan sumber dan tingkat verifikasinya. Aturan yang berlaku hari ini ditandai `berlaku: true`; versi lama
 * ada agar angka tahun lalu dapat direproduksi.
 *
 * Tingkat verifikasi: "teks" = dibaca dari teks resmi; "sekunder" = materi sosialisasi/berita/kode pihak
 * ketiga, belum dari teks resmi ("unverified"); "tidak-ada" = data tidak tersedia di proyek.
 */
import { ASPEK_PEKPPP } from "./pekppp";

export type TingkatVerifikasi = "teks" | "sekunder" | "tidak-ada";

// ---------- Kinerja pegawai ASN ----------

export type KodeAturanPegawai = "pp46" | "permenpan6-2022";

export const ATURAN_PEGAWAI: readonly {
  readonly kode: KodeAturanPegawai;
  readonly aturan: string;
  readonly status: string;
  readonly berlaku: boolean;
  readonly isi: string;
  readonly verifikasi: TingkatVerifikasi;
  readonly sumber: string;
}[] = [
  {
    kode: "permenpan6-2022",
    aturan: "PermenPAN-RB 6/2022 tentang Pengelolaan Kinerja Pegawai ASN (pelaksanaan PP 30/2019)",
    status: "berlaku",
    berlaku: true,
    isi: "predikat kinerja dari rating hasil kerja × rating perilaku kerja (masing-masing di atas / sesuai / di bawah ekspektasi)",
    verifikasi: "sekunder",
    sumber:
      "matriks predikat dari materi sosialisasi PermenPAN-RB 6/2022 (BKN, KemenPANRB); teks lampiran belum dibaca di proyek",
  },
  {
    kode: "pp46",
    aturan: "PP 46/2011 tentang Penilaian Prestasi Kerja PNS",
    status: "dicabut oleh PP 30/2019",
    berlaku: false,
    isi: "nilai 0–100 (SKP 60% + perilaku 40%) dengan sebutan 91 ke atas Sangat baik … 50 ke bawah Buruk",
    verifikasi: "sekunder",
    sumber: "docs/riset/pp46-2011.md",
  },
];

/** Rating hasil kerja dan rating perilaku kerja (PermenPAN-RB 6/2022): tiga tingkat, terbaik dulu. */
export const RATING_2022 = ["Di atas ekspektasi", "Sesuai ekspektasi", "Di bawah ekspektasi"] as const;
export type Rating2022 = (typeof RATING_2022)[number];

export const PREDIKAT_2022 = ["Sangat Baik", "Baik", "Butuh Perbaikan", "Kurang/Misconduct", "Sangat Kurang"] as const;
export type Predikat2022 = (typeof PREDIKAT_2022)[number];

/**
 * Matriks predikat kinerja pegawai PermenPAN-RB 6/2022 [verifikasi: sekunder]: baris = rating hasil kerja,
 * kolom = rating perilaku kerja, keduanya urut RATING_2022 (di atas, sesuai, di bawah).
 */
export const MATRIKS_PREDIKAT_2022: readonly (readonly Predikat2022[])[] = [
  ["Sangat Baik", "Baik", "Kurang/Misconduct"],
  ["Baik", "Baik", "Kurang/Misconduct"],
  ["Butuh Perbaikan", "Butuh Perbaikan", "Sangat Kurang"],
];

// ---------- PEKPPP: bobot aspek per versi ----------

export type KodeVersiPekppp = "2022" | "2017";

export interface VersiPekppp {
  readonly kode: KodeVersiPekppp;
  readonly aturan: string;
  readonly berlaku: boolean;
  /** Bobot aspek per kode aspek ASPEK_PEKPPP (jumlah 1). */
  readonly bobotAspek: Readonly<Record<string, number>>;
  readonly verifikasiBobotAspek: TingkatVerifikasi;
  /** Bobot indikator bawaan tersedia? (2017: tidak; isi kolom bobot_indikator atau bobot sama di dalam aspek). */
  readonly bobotIndikatorBawaan: boolean;
  readonly sumber: string;
}

export const VERSI_PEKPPP: readonly VersiPekppp[] = [
  {
    kode: "2022",
    aturan: "PermenPAN-RB 29/2022 jo. 4/2023 (PEKPPP)",
    berlaku: true,
    bobotAspek: Object.fromEntries(ASPEK_PEKPPP.map((a) => [a.kode, a.bobot])),
    verifikasiBobotAspek: "sekunder",
    bobotIndikatorBawaan: true,
    sumber: "src/frameworks/pekppp.ts; docs/riset/pekppp.md (Kebijakan 24% teks, lainnya sekunder)",
  },
  {
    kode: "2017",
    aturan:
      "PermenPAN-RB 17/2017 tentang Pedoman Penilaian Kinerja Unit Penyelenggara Pelayanan Publik (diganti 29/2022)",
    berlaku: false,
    bobotAspek: { kebijakan: 0.3, sdm: 0.18, sarpras: 0.15, sipp: 0.15, pengaduan: 0.15, inovasi: 0.07 },
    verifikasiBobotAspek: "sekunder",
    bobotIndikatorBawaan: false,
    sumber:
      "TIDAK TERVERIFIKASI: satu kode aplikasi pihak ketiga (docs/riset/pekppp.md §7); teks " +
      "PermenPAN-RB 17/2017 belum dibaca; bobot indikatornya (37 indikator) tidak tersedia",
  },
];
