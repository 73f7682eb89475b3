/**
 * Siklus SKM sebagai data: pengenal kolom unsur pada judul ekspor formulir, pilihan jawaban bawaan
 * (teks kuesioner → nilai persepsi 1–4), jenis periode, dan konvensi penimbang/pembulatan yang dipakai
 * aplikasi kantor. Tanpa logika.
 *
 * Sumber pilihan jawaban 2017 (urutan a→d = 1→4):
 * - Contoh kuesioner lampiran PermenPAN-RB 14/2017 sebagaimana dipakai ulang kantor kecamatan
 *   ("Permen 14 2017 Okkk", Kuesioner SKM Kantor Camat Ulu Manna, Bengkulu Selatan):
 *   https://pdfcoffee.com/permen-14-2017-okkk-pdf-free.html — terbaca: persyaratan dan produk "Tidak sesuai /
 *   Kurang sesuai / Sesuai / Sangat sesuai"; prosedur "Tidak mudah / Kurang mudah / Mudah / Sangat mudah";
 *   waktu "Tidak cepat / Kurang cepat / Cepat / Sangat cepat"; biaya "Sangat mahal / Cukup mahal / Murah /
 *   Gratis"; perilaku "Tidak sopan dan ramah / Kurang sopan dan ramah / Sopan dan ramah / Sangat sopan dan
 *   ramah"; sarana "Buruk / Cukup / Baik / Sangat Baik".
 * - Kompetensi ("Tidak kompeten … Sangat kompeten") dan pengaduan ("Tidak ada / Ada tetapi tidak
 *   berfungsi / Berfungsi kurang maksimal / Dikelola dengan baik") **belum terverifikasi** pada salinan
 *   itu (potongan yang terbaca berhenti sebelum butir 6 dan 9); diambil dari issue 14. Naskah resmi
 *   (JDIH KemenPAN-RB) tidak terambil. Lihat docs/metode/skm-siklus.md.
 */
import type { AturanSkm } from "./skm";

export type JenisPeriode = "bulan" | "triwulan" | "semester" | "tahun";
export const JENIS_PERIODE: readonly JenisPeriode[] = ["bulan", "triwulan", "semester", "tahun"];
/** Kebanyakan kantor menyurvei per semester (issue 14); aturan mewajibkan minimal sekali setahun (Pasal 1). */
export const PERIODE_BAWAAN: JenisPeriode = "semester";

/** Format tanggal teks bergaris miring: hari/bulan/tahun (ekspor Indonesia, bawaan) atau bulan/hari/tahun (AS). */
export type FormatTanggal = "hbt" | "bht";
export const FORMAT_TANGGAL_BAWAAN: FormatTanggal = "hbt";

export interface UnsurFormulir {
  /** Nomor unsur menurut urutan naskah (1-based). */
  readonly no: number;
  /** Kata pada judul kolom yang mengenali unsur ini (huruf kecil; cukup salah satu). */
  readonly kata: readonly string[];
  /** Pilihan jawaban bawaan, urutan nilai 1 → 4 (kosong = hanya angka 1–4). */
  readonly opsi: readonly string[];
}

/** PermenPAN-RB 14/2017: sembilan unsur, urutan UNSUR_SKM_2017. */
export const UNSUR_FORMULIR_2017: readonly UnsurFormulir[] = [
  { no: 1, kata: ["persyaratan"], opsi: ["Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"] },
  { no: 2, kata: ["prosedur", "mekanisme"], opsi: ["Tidak mudah", "Kurang mudah", "Mudah", "Sangat mudah"] },
  {
    no: 3,
    kata: ["waktu penyelesaian", "waktu pelayanan", "kecepatan", "waktu"],
    opsi: ["Tidak cepat", "Kurang cepat", "Cepat", "Sangat cepat"],
  },
  { no: 4, kata: ["biaya", "tarif"], opsi: ["Sangat mahal", "Cukup mahal", "Murah", "Gratis"] },
  { no: 5, kata: ["produk"], opsi: ["Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"] },
  {
    no: 6,
    kata: ["kompetensi", "kompeten"],
    opsi: ["Tidak kompeten", "Kurang kompeten", "Kompeten", "Sangat kompeten"],
  },
  {
    no: 7,
    kata: ["perilaku", "kesopanan", "sopan"],
    opsi: ["Tidak sopan dan ramah", "Kurang sopan dan ramah", "Sopan dan ramah", "Sangat sopan dan ramah"],
  },
  {
    no: 8,
    kata: ["pengaduan"],
    opsi: ["Tidak ada", "Ada tetapi tidak berfungsi", "Berfungsi kurang maksimal", "Dikelola dengan baik"],
  },
  { no: 9, kata: ["sarana", "prasarana"], opsi: ["Buruk", "Cukup", "Baik", "Sangat baik"] },
];

/**
 * KepmenPAN 25/2004: 14 unsur, urutan UNSUR_IKM_2004. Pilihan jawaban teks kuesioner 2004 belum
 * diperiksa terhadap naskahnya, jadi bawaannya hanya angka 1–4; teks dapat ditambahkan lewat --peta
 * atau lembar Peta Jawaban.
 */
export const UNSUR_FORMULIR_2004: readonly UnsurFormulir[] = [
  ["prosedur"],
  ["persyaratan"],
  ["kejelasan"],
  ["kedisiplinan", "disiplin"],
  ["tanggung jawab"],
  ["kemampuan"],
  ["kecepatan"],
  ["keadilan"],
  ["kesopanan", "keramahan"],
  ["kewajaran"],
  ["kepastian biaya"],
  ["kepastian jadwal", "jadwal"],
  ["kenyamanan"],
  ["keamanan"],
].map((kata, i) => ({ no: i + 1, kata, opsi: [] }));

export const UNSUR_FORMULIR: Readonly<Record<AturanSkm, readonly UnsurFormulir[]>> = {
  "2017": UNSUR_FORMULIR_2017,
  "2004": UNSUR_FORMULIR_2004,
};

/**
 * Konvensi penimbang yang diterbitkan kantor: "1/n" tepat (bawaan proyek), 0,111 (tabel pengolahan,
 * e-smile.tubaba.go.id) atau 0,11 ("1/9 = 0,11" yang umum dikutip). Contoh issue 14: total unsur 105, 101,
 * 100, 116, 102, 105, 106, 105, 115 atas 29 responden → 91,48 / 91,38 / 90,56.
 */
export type KonvensiPenimbang = "1/n" | "0.111" | "0.11";
export const KONVENSI_PENIMBANG: readonly KonvensiPenimbang[] = ["1/n", "0.111", "0.11"];

/** Pembulatan NRR sebelum ditimbang (sebagian aplikasi menampilkan NRR 2 atau 3 desimal lalu menghitung dari angka tampilan itu). */
export type PembulatanNrr = null | 2 | 3;

/**
 * Hasil unit atas semua jenis layanannya:
 * - "gabungan" (bawaan): seluruh responden unit digabung lalu dihitung dengan rumus SKM yang sama
 *   (NRR = total nilai persepsi per unsur / total yang mengisi; PermenPAN-RB 14/2017 menghitung SKM per
 *   unit penyelenggara dari seluruh respondennya).
 * - "rerata": rata-rata nilai SKM tiap jenis layanan (bobot sama per layanan), cara sebagian aplikasi e-SKM
 *   bila tiap layanan disurvei terpisah; **belum terverifikasi** terhadap naskah aturan.
 */
export type HasilUnit = "gabungan" | "rerata";
export const HASIL_UNIT_BAWAAN: HasilUnit = "gabungan";

// ---------- tindak lanjut ----------

/** Banyak unsur di lembar Tindak Lanjut bila tidak ada ambang NRR: tiga NRR unit terendah (issue 14). */
export const BANYAK_TINDAK_LANJUT = 3;

// ---------- kuadran kepentingan–kinerja ----------

/**
 * Kata pada judul kolom yang menandai kolom tingkat kepentingan/harapan sebuah unsur (huruf kecil; cukup
 * salah satu, bersama nama unsurnya), mis. "Tingkat kepentingan: kesesuaian persyaratan" atau
 * "Harapan – kecepatan waktu pelayanan". `K1…Kn` / `H1…Hn` juga diterima. Kolom berkata ini tanpa nama unsur
 * (mis. "Harapan Anda untuk kantor ini") tetap kolom bebas (saran).
 */
export const KATA_KEPENTINGAN: readonly string[] = ["kepentingan", "penting", "harapan"];

/**
 * Pilihan jawaban tingkat kepentingan/harapan bawaan, urutan nilai 1 → 4. Ini **konvensi formulir
 * e-SKM** (kuesioner yang juga menanyakan kepentingan tiap unsur, untuk analisis kuadran), **bukan bagian
 * PermenPAN-RB 14/2017**: aturan itu hanya menanyakan persepsi. Teks lain dapat ditambahkan lewat --peta
 * (unsur "kepentingan") atau lembar Peta Jawaban.
 */
export const OPSI_KEPENTINGAN: readonly string[] = ["Tidak penting", "Kurang penting", "Penting", "Sangat penting"];

export type KodeKuadran = "I" | "II" | "III" | "IV";

/**
 * Kuadran importance–performance analysis (Martilla & James 1977, "Importance-Performance Analysis",
 * Journal of Marketing 41(1): 77–79, doi:10.1177/002224297704100112: A "concentrate here", B "keep up the
 * good work", C "low priority", D "possible overkill"), dengan nomor dan nama Indonesia seperti grafik
 * *kuadran* aplikasi e-SKM. Sumbu: kinerja (NRR) mendatar, kepentingan tegak.
 */
export const KUADRAN_IPA: Readonly<Record<KodeKuadran, { nama: string; arti: string }>> = {
  I: { nama: "Prioritas utama", arti: "penting, kinerja di bawah rerata: perbaiki lebih dulu" },
  II: { nama: "Pertahankan prestasi", arti: "penting, kinerja di atas rerata: pertahankan" },
  III: { nama: "Prioritas rendah", arti: "kurang penting, kinerja di bawah rerata" },
  IV: { nama: "Berlebihan", arti: "kurang penting, kinerja di atas rerata: sumber daya dapat dialihkan" },
};
