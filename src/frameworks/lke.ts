/**
 * Kerangka Lembar Kerja Evaluasi (LKE) PermenPAN-RB 88/2021 sebagai data: komponen dan bobotnya, sub-komponen,
 * kriteria dan bentuk jawabannya. Terpisah dari frameworks/sakip.ts agar fungsi kustom (functions.js) tidak
 * memuat teks kriteria. Tingkat verifikasi: lihat frameworks/sakip.ts.
 */
import type { Verifikasi } from "./sakip";

export interface KriteriaLke {
  readonly kode: string;
  readonly uraian: string;
  /** Bentuk jawaban: "YT" (Y/T) atau "AE" (A–E). */
  readonly jawaban: "YT" | "AE";
}

export interface SubKomponenLke {
  readonly kode: string;
  readonly nama: string;
  /** Bobot (nilai paling tinggi) sub-komponen dalam skala 100. */
  readonly bobot: number;
  readonly kriteria: readonly KriteriaLke[];
}

export interface KomponenLke {
  readonly kode: string;
  readonly nama: string;
  /** Bobot komponen dalam skala 100. */
  readonly bobot: number;
  readonly verifikasiBobot: Verifikasi;
  readonly subKomponen: readonly SubKomponenLke[];
}

/** Bagian sub-komponen dari bobot komponen: keberadaan 20%, kualitas 30%, pemanfaatan 50% (proyek: belum terbaca). */
export const BAGIAN_SUBKOMPONEN = { keberadaan: 0.2, kualitas: 0.3, pemanfaatan: 0.5 } as const;
export const VERIFIKASI_SUBKOMPONEN: Verifikasi = "proyek";
/** Kriteria di bawah adalah ringkasan proyek atas LKE yang beredar, bukan kutipan teks peraturan. */
export const VERIFIKASI_KRITERIA: Verifikasi = "proyek";

const sub = (kode: string, nama: string, bobot: number, kriteria: [string, "YT" | "AE"][]): SubKomponenLke => ({
  kode,
  nama,
  bobot,
  kriteria: kriteria.map(([uraian, jawaban], i) => ({ kode: `${kode}.${i + 1}`, uraian, jawaban })),
});

/** Tiga sub-komponen sebuah komponen berbobot `b`, dengan kriterianya. */
const tiga = (
  k: string,
  b: number,
  ada: [string, "YT" | "AE"][],
  mutu: [string, "YT" | "AE"][],
  guna: [string, "YT" | "AE"][],
): SubKomponenLke[] => [
  sub(`${k}.a`, "Keberadaan", b * BAGIAN_SUBKOMPONEN.keberadaan, ada),
  sub(`${k}.b`, "Kualitas", b * BAGIAN_SUBKOMPONEN.kualitas, mutu),
  sub(`${k}.c`, "Pemanfaatan", b * BAGIAN_SUBKOMPONEN.pemanfaatan, guna),
];

/**
 * Empat komponen LKE dan bobotnya (Perencanaan 30, Pengukuran 30, Pelaporan 15, Evaluasi Internal 25: dari
 * issue 25 dan peraturan daerah yang menurunkan PermenPAN-RB 88/2021, mis. Perbup Indramayu 46/2023; sekunder).
 * Sub-komponen dan kriteria: rekonstruksi proyek (tidak terverifikasi); kantor mengganti kriteria lewat CSV
 * `kinerja lke` atau lembar LKE, dan bobot sub-komponen adalah sel masukan.
 */
export const KOMPONEN_LKE: readonly KomponenLke[] = [
  {
    kode: "1",
    nama: "Perencanaan Kinerja",
    bobot: 30,
    verifikasiBobot: "sekunder",
    subKomponen: tiga(
      "1",
      30,
      [
        ["Renstra telah disusun dan memuat tujuan, sasaran, indikator dan target jangka menengah", "YT"],
        ["Renja/rencana kinerja tahunan dan Perjanjian Kinerja telah disusun dan ditetapkan", "YT"],
      ],
      [
        ["Tujuan dan sasaran berorientasi hasil dan indikatornya memenuhi kriteria SMART", "AE"],
        ["Target kinerja tahunan selaras dengan target jangka menengah dan Cascading kinerja jelas", "AE"],
      ],
      [
        ["Dokumen perencanaan kinerja digunakan untuk penganggaran (RKA berorientasi hasil)", "AE"],
        ["Target kinerja dipantau berkala dan dipakai untuk mengarahkan kegiatan", "AE"],
      ],
    ),
  },
  {
    kode: "2",
    nama: "Pengukuran Kinerja",
    bobot: 30,
    verifikasiBobot: "sekunder",
    subKomponen: tiga(
      "2",
      30,
      [
        ["Indikator Kinerja Utama telah ditetapkan dan mekanisme pengumpulan data kinerja ada", "YT"],
        ["Pengukuran kinerja dilakukan berkala (triwulan)", "YT"],
      ],
      [
        ["Data kinerja andal, dapat ditelusuri dan didukung bukti", "AE"],
        ["Pengukuran kinerja sampai tingkat individu (cascading) telah dilakukan", "AE"],
      ],
      [
        ["Hasil pengukuran digunakan untuk perbaikan perencanaan dan penganggaran", "AE"],
        ["Hasil pengukuran digunakan sebagai dasar pemberian penghargaan dan sanksi", "AE"],
      ],
    ),
  },
  {
    kode: "3",
    nama: "Pelaporan Kinerja",
    bobot: 15,
    verifikasiBobot: "sekunder",
    subKomponen: tiga(
      "3",
      15,
      [
        ["Laporan Kinerja (LKjIP) telah disusun dan disampaikan tepat waktu", "YT"],
        ["Laporan Kinerja dipublikasikan", "YT"],
      ],
      [
        ["LKjIP menyajikan capaian, perbandingan dengan tahun lalu dan target jangka menengah", "AE"],
        ["LKjIP menyajikan analisis efisiensi penggunaan sumber daya", "AE"],
      ],
      [
        ["Informasi dalam LKjIP digunakan untuk perbaikan perencanaan dan pelaksanaan program", "AE"],
        ["Informasi dalam LKjIP digunakan untuk menilai dan memperbaiki pelaksanaan kegiatan", "AE"],
      ],
    ),
  },
  {
    kode: "4",
    nama: "Evaluasi Akuntabilitas Kinerja Internal",
    bobot: 25,
    verifikasiBobot: "sekunder",
    subKomponen: tiga(
      "4",
      25,
      [
        ["Evaluasi akuntabilitas kinerja internal telah dilaksanakan pada seluruh unit kerja", "YT"],
        ["Evaluasi dilaksanakan oleh SDM yang memadai dan dengan pedoman", "YT"],
      ],
      [
        ["Evaluasi menghasilkan rekomendasi perbaikan yang dapat dilaksanakan", "AE"],
        ["Evaluasi dilakukan secara berjenjang dan terdokumentasi", "AE"],
      ],
      [
        ["Rekomendasi hasil evaluasi telah ditindaklanjuti", "AE"],
        ["Hasil evaluasi dimanfaatkan untuk peningkatan kinerja", "AE"],
      ],
    ),
  },
];
