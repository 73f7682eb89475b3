/**
 * Daftar ringan pembangun tabel: id → nama (Bahasa Indonesia), dalam urutan tampil. Tanpa mengimpor
 * pembangunnya, jadi task pane dapat menampilkan daftar metode tanpa memuat kode pembangun (yang dimuat
 * belakangan saat "Bangun tabel"/"Unduh buku kerja" atau "Periksa"). Satu-satunya definisi id dan nama:
 * plans/index.ts (PEMBANGUN, dengan fungsi `buat`) mengambilnya dari sini.
 */
export const NAMA_PEMBANGUN = {
  lan1998: "Pola LAN 1998 (bobot, nilai unit, kerangka)",
  bsc: "Balanced Scorecard",
  skm: "Survei Kepuasan Masyarakat (SKM/IKM)",
  layanan: "Log kinerja layanan (penyelesaian, ketepatan waktu, capaian)",
  servqual: "Kualitas pelayanan (SERVQUAL: persepsi − harapan)",
  sendi: "Sendi pelayanan (Kepmenpan 81/1993)",
  pekppp: "Evaluasi kinerja unit pelayanan (PEKPPP / IPP)",
  pegawai: "Kinerja pegawai (lima aspek)",
  kepekaan: "Kepekaan bobot (rentang tepat, tornado, stabilitas)",
  lanAlternatif1: "Pola LAN 1998 — Instrumen Alternatif I (tingkat prestasi per jenis pelayanan)",
  skmSiklus: "Siklus SKM dari ekspor formulir (per layanan dan periode)",
  sakip: "Siklus SAKIP (PK, realisasi triwulan, capaian, serapan, LKjIP Bab III)",
  lke: "LKE mandiri akuntabilitas kinerja (PermenPAN-RB 88/2021)",
} as const;

export type IdPembangun = keyof typeof NAMA_PEMBANGUN;

/** Id pembangun dalam urutan daftar (urutan pilihan metode di panel). */
export const ID_PEMBANGUN = Object.keys(NAMA_PEMBANGUN) as IdPembangun[];

export function adalahIdPembangun(x: unknown): x is IdPembangun {
  return typeof x === "string" && Object.prototype.hasOwnProperty.call(NAMA_PEMBANGUN, x);
}
