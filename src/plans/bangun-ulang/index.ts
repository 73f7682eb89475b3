/**
 * Bangun ulang: wajah publik modul murni (tanpa Office, diuji tanpa Excel) yang dipakai adaptor Excel
 * (src/hosts/excel) untuk membangun ulang tabel tanpa membuang isian pengguna, adaptor .xlsx (catatan `_pkp`)
 * dan Periksa (src/periksa) untuk mengaudit buku kerja yang dibaca kembali.
 *
 * - meta.ts: catatan pembangunan di lembar tersembunyi `_pkp` (pembangun, versi, opsi, lembar, generasi jangkar);
 * - jangkar.ts: nama rentang tersembunyi yang menandai setiap lembar, baris dan kolom tabel;
 * - pertahankan.ts: isian lama dipasangkan menurut kunci; sisanya ke lembar "Data Tersimpan";
 * - struktur.ts: sisip/hapus baris dan kolom yang mengubah tata letak lama menjadi yang baru;
 * - kenali.ts: tabel tanpa jangkar (atau dengan label tertukar) dikenali dari labelnya;
 * - rekonsiliasi.ts: tahap 2 adaptor Excel, menggabungkan semuanya atas bacaan tahap 1;
 * - terbaca.ts: bentuk buku kerja yang dibaca kembali (bacaan adaptor, isi untuk Periksa).
 * Berkas lain mengimpor dari sini, bukan dari berkas di dalamnya.
 */
export {
  AWALAN_JANGKAR,
  MAKS_BARIS_EXCEL,
  jangkarLembar,
  kodeLembar,
  namaJangkarBaris,
  namaJangkarKolom,
  namaJangkarLembar,
  petaJangkar,
  rencanaDenganNama,
  uraiRujukanNama,
  type Jangkar,
  type PetaJangkar,
  type RujukanNama,
} from "./jangkar";
export { labelTertukar, petaDariLabel, type BacaSel, type PetaLabel } from "./kenali";
export {
  LEMBAR_META,
  catatanDari,
  gabungCatatan,
  namaKanonik,
  namaSekarang,
  serialCatatan,
  uraiCatatan,
  type CatatanBangun,
} from "./meta";
export {
  KEPALA_TERSIMPAN,
  LEMBAR_TERSIMPAN,
  TEKS_DIUBAH_EXCEL,
  areaTulis,
  barisTersimpan,
  kunciDalamKata,
  pertahankan,
  waktuTampil,
  type AsalIsian,
  type AsalSisa,
  type HasilPertahankan,
  type Konflik,
  type LembarTerbaca,
  type MasukanPertahankan,
  type Sisa,
} from "./pertahankan";
export { barisSetelah, rekonsiliasi, type Rekonsiliasi, type SusunUlang } from "./rekonsiliasi";
export { deret, identitasGaris, panjangRencana, susunSumbu, type SusunanSumbu, type Sumbu } from "./struktur";
export {
  nilaiPolos,
  tanpaLembar,
  type Bacaan,
  type BukuKerjaTerbaca,
  type LembarBuku,
  type SelBuku,
  type TerpakaiTerbaca,
} from "./terbaca";
