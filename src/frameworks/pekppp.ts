/**
 * PEKPPP (PermenPAN-RB 29/2022 jo. 4/2023, Pedoman MenPANRB 5/2023) sebagai data: enam aspek dan
 * bobotnya, indikator dan bobot di dalam aspek, skala 0–5, dan kategori Indeks Pelayanan Publik (IPP).
 *
 * Tingkat verifikasi (docs/riset/pekppp.md):
 * - "teks"     = terlihat di materi/formulir KemenPANRB berwatermark jdih.menpan.go.id;
 * - "sekunder" = berita/daerah dan kode pihak ketiga, belum dari teks resmi;
 * - "kode"     = hanya kode aplikasi pihak ketiga (≥ 2 implementasi yang sama).
 * Semua yang bukan "teks" adalah nilai bawaan yang boleh diubah pengguna.
 */

export type Verifikasi = "teks" | "sekunder" | "kode";

export interface IndikatorPekppp {
  /** Nomor urut 1–30 di seluruh instrumen. */
  readonly no: number;
  /** Kode prinsip tercetak (mis. "a.Ak"); artinya belum diverifikasi. */
  readonly kode: string;
  readonly nama: string;
  /** Bobot di dalam aspek (pecahan; jumlah per aspek = 1). */
  readonly bobot: number;
  readonly verifikasi: Verifikasi;
}

export interface AspekPekppp {
  readonly kode: string;
  readonly huruf: string;
  readonly nama: string;
  /** Bobot aspek dalam IPP (pecahan; jumlah = 1). */
  readonly bobot: number;
  readonly verifikasiBobot: Verifikasi;
  /** Nama lain yang diterima (tanpa membedakan huruf besar/kecil). */
  readonly alias: readonly string[];
  readonly indikator: readonly IndikatorPekppp[];
}

const ind = (
  no: number,
  kode: string,
  nama: string,
  bobot: number,
  verifikasi: Verifikasi = "kode",
): IndikatorPekppp => ({ no, kode, nama, bobot, verifikasi });

/** Enam aspek dalam urutan instrumen (a–f). */
export const ASPEK_PEKPPP: readonly AspekPekppp[] = [
  {
    kode: "kebijakan",
    huruf: "a",
    nama: "Kebijakan Pelayanan",
    bobot: 0.24,
    verifikasiBobot: "teks",
    alias: ["kebijakan"],
    indikator: [
      ind(1, "a.Ak", "Tersedia Standar Pelayanan sesuai ketentuan", 0.17, "teks"),
      ind(2, "a.P", "Penyusunan/perubahan Standar Pelayanan melibatkan masyarakat", 0.14, "teks"),
      ind(3, "a.T", "Jumlah media publikasi komponen service delivery", 0.07, "teks"),
      ind(4, "a.K", "Peninjauan ulang Standar Pelayanan berkala dan ditindaklanjuti", 0.14, "teks"),
      ind(5, "a.K", "Siklus Maklumat Pelayanan (ketersediaan, penetapan, publikasi)", 0.1, "teks"),
      ind(6, "a.B", "SKM sesuai PermenPANRB", 0.17, "teks"),
      ind(7, "a.T", "Jumlah media publikasi hasil SKM", 0.07, "teks"),
      ind(8, "a.Ak", "Persentase tindak lanjut hasil SKM", 0.07),
      ind(9, "a.Ak", "Kecepatan tindak lanjut hasil SKM", 0.07),
    ],
  },
  {
    kode: "sdm",
    huruf: "b",
    nama: "Profesionalisme SDM",
    bobot: 0.25,
    verifikasiBobot: "sekunder",
    alias: ["profesionalisme sumber daya manusia", "profesionalisme sdm", "sdm"],
    indikator: [
      ind(10, "b.As", "Waktu pelayanan yang memudahkan", 0.1),
      ind(11, "b.K", "Kode etik/kode perilaku/budaya pelayanan", 0.2),
      ind(12, "b.Ak", "Mekanisme menjaga motivasi kerja pelaksana", 0.2),
      ind(13, "b.K", "Kriteria penghargaan pegawai berprestasi", 0.2),
      ind(14, "b.K", "Pelaksana menerapkan budaya pelayanan", 0.3),
    ],
  },
  {
    kode: "sarpras",
    huruf: "c",
    nama: "Sarana Prasarana",
    bobot: 0.18,
    verifikasiBobot: "sekunder",
    alias: ["sarana dan prasarana", "sarpras"],
    indikator: [
      ind(15, "c.K", "Tempat parkir dan fasilitas pendukung", 0.15),
      ind(16, "c.As", "Ruang tunggu (fasilitas wajib dan pelengkap)", 0.23),
      ind(17, "c.As", "Toilet pengguna layanan layak", 0.2),
      ind(18, "c.K", "Sarana prasarana kelompok rentan", 0.2),
      ind(19, "c.As", "Sarana prasarana penunjang", 0.11),
      ind(20, "c.B", "Front office informasi", 0.11),
    ],
  },
  {
    kode: "sipp",
    huruf: "d",
    nama: "Sistem Informasi Pelayanan Publik",
    bobot: 0.11,
    verifikasiBobot: "sekunder",
    alias: ["sipp", "sistem informasi"],
    indikator: [
      ind(21, "d.T", "SIPP untuk informasi publik (SIPPN)", 0.3),
      ind(22, "d.B", "SIPP pendukung operasional", 0.2),
      ind(23, "d.As", "Kualitas penggunaan SIPP elektronik", 0.2),
      ind(24, "d.T", "Pemutakhiran data kanal digital", 0.3),
    ],
  },
  {
    kode: "pengaduan",
    huruf: "e",
    nama: "Konsultasi dan Pengaduan",
    bobot: 0.1,
    verifikasiBobot: "sekunder",
    alias: ["konsultasi & pengaduan", "pengaduan"],
    indikator: [
      ind(25, "e.P", "Sarana konsultasi dan pengaduan tatap muka", 0.2),
      ind(26, "e.P", "Sarana/media konsultasi dan pengaduan", 0.25),
      ind(27, "e.Ak", "Akuntabilitas hasil konsultasi/pengaduan", 0.25),
      ind(28, "e.Ak", "Tindak lanjut konsultasi dan pengaduan", 0.3),
    ],
  },
  {
    kode: "inovasi",
    huruf: "f",
    nama: "Inovasi",
    bobot: 0.12,
    verifikasiBobot: "sekunder",
    alias: ["inovasi pelayanan publik", "inovasi pelayanan"],
    indikator: [
      ind(29, "f.B", "Inovasi pelayanan publik", 0.5),
      ind(30, "f.B", "Sumber daya keberlanjutan inovasi", 0.5),
    ],
  },
];

/** Seluruh 30 indikator bawaan dalam urutan instrumen. */
export const INDIKATOR_PEKPPP: readonly IndikatorPekppp[] = ASPEK_PEKPPP.flatMap((a) => a.indikator);

/** Skala nilai tiap indikator (F-02 evaluator) dan jawaban pengguna layanan (F-03): 0–5 [teks]. */
export const SKALA_PEKPPP = { min: 0, maks: 5 } as const;

/** Toleransi jumlah bobot = 1 (galat pembulatan pecahan seperti 0,17 + 0,14 + …). */
export const TOLERANSI_BOBOT_PEKPPP = 1e-6;

export interface KategoriIpp {
  readonly huruf: string;
  readonly predikat: string;
  /** Nilai masuk kategori ini bila MELEBIHI angka ini (atas nilai dibulatkan 9 desimal); tanpa = sisanya (0–1,00). */
  readonly lebihDari?: number;
  readonly tercetak: string;
}

/**
 * Kategori IPP (hanya dari kode pihak ketiga, belum dari teks resmi). Rentang tercetak bercelah
 * (1,00 | 1,01). Aturan celah proyek: nilai masuk kategori lebih tinggi begitu MELEBIHI batas atas
 * tercetak kategori di bawahnya: 4,50 = A- (Sangat Baik), 4,505 = A. Nilai dibandingkan setelah
 * dibulatkan ke 9 desimal (core/pita.ts): 1,4999999999999998 = 1,50 = E.
 */
export const KATEGORI_IPP: readonly KategoriIpp[] = [
  { huruf: "A", predikat: "Pelayanan Prima", lebihDari: 4.5, tercetak: "4,51 – 5,00" },
  { huruf: "A-", predikat: "Sangat Baik", lebihDari: 4.0, tercetak: "4,01 – 4,50" },
  { huruf: "B", predikat: "Baik", lebihDari: 3.5, tercetak: "3,51 – 4,00" },
  { huruf: "B-", predikat: "Baik (Dengan Catatan)", lebihDari: 3.0, tercetak: "3,01 – 3,50" },
  { huruf: "C", predikat: "Cukup", lebihDari: 2.5, tercetak: "2,51 – 3,00" },
  { huruf: "C-", predikat: "Cukup (Dengan Catatan)", lebihDari: 2.0, tercetak: "2,01 – 2,50" },
  { huruf: "D", predikat: "Buruk", lebihDari: 1.5, tercetak: "1,51 – 2,00" },
  { huruf: "E", predikat: "Sangat Buruk", lebihDari: 1.0, tercetak: "1,01 – 1,50" },
  { huruf: "F", predikat: "Gagal", tercetak: "0,00 – 1,00" },
];

export const SUMBER_PEKPPP = "PermenPAN-RB 29/2022 jo. 4/2023; bobot dan kategori lihat docs/riset/pekppp.md";
