/**
 * Inti siklus SKM: dari tabel ekspor formulir (satu baris per responden) ke hasil per periode dan per
 * jenis layanan, plus hasil unit. Murni: tanpa berkas, tanpa Office. Pembaca berkas ada di src/cli/.
 *
 * Langkah: kenali kolom unsur dari judulnya → petakan jawaban (teks kuesioner atau angka 1–4) ke nilai
 * persepsi → kelompokkan menurut periode (dari cap waktu) dan layanan → Σ dan banyak jawaban per unsur →
 * NRR, indeks, nilai, mutu, kinerja dengan konvensi penimbang/pembulatan yang dipilih.
 *
 * Berkas ini hanya mengumpulkan ekspor; isinya di src/core/skm-siklus/: peta.ts (teks jawaban → nilai), kolom.ts
 * (judul kolom), tanggal.ts (cap waktu), periode.ts, konvensi.ts (NRR, indeks, nilai), tindak-lanjut.ts,
 * kuadran.ts, siklus.ts (seluruh tabel → hasil per periode dan layanan).
 */
export {
  UNSUR_KEPENTINGAN,
  kunciTeks,
  petaBawaan,
  petaDengan,
  petaKepentinganDengan,
  type BarisPeta,
  type PetaJawaban,
} from "./skm-siklus/peta";
export { kenaliKolom, kepentinganDariJudul, unsurDariJudul, type TataKolom } from "./skm-siklus/kolom";
export { bacaTanggalWaktu, bacaWaktu, serialExcel, type BulanTahun, type TanggalWaktu } from "./skm-siklus/tanggal";
export { batasPeriode, periodeDari, type Periode } from "./skm-siklus/periode";
export {
  KONVENSI_BAWAAN,
  angkaPenimbang,
  bulatkanPecahan,
  hitungKelompok,
  type HasilKelompok,
  type KonvensiSkm,
} from "./skm-siklus/konvensi";
export { pilihTindakLanjut, type UnsurTindakLanjut } from "./skm-siklus/tindak-lanjut";
export { hitungKuadran, type HasilKuadran, type UnsurKuadran } from "./skm-siklus/kuadran";
export {
  GalatBaris,
  JawabanTakDikenal,
  PenghitungSiklus,
  SEMUA_LAYANAN,
  SEMUA_PERIODE,
  hitungSiklus,
  sampelLayanan,
  type HasilLayananPeriode,
  type HasilPeriode,
  type HasilSiklus,
  type OpsiSiklus,
  type SampelLayanan,
  type TabelJawaban,
} from "./skm-siklus/siklus";
