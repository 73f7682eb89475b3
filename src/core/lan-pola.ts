/**
 * Inti bagian Pola LAN 1998 di luar Bab III: Instrumen Alternatif I (tingkat prestasi per jenis
 * pelayanan), Instrumen Alternatif II per indikator (angka 0–1000 per indikator dan kategorinya),
 * "dua pola penilaian" (tipe II dan III digabung) dan lima variabel utama dari data pengguna.
 * Fungsi murni; pembulatan hanya pada nilai yang dibandingkan dengan batas pita (9 desimal, seperti
 * ROUND(x, 9) di rumus lembar).
 */
import { galatAngka, galatNA, galatNilai, pastikanAngka, kosongTeks } from "./errors";
import { bobotVariabel, jumlah, kategoriLan, pastikanSkalaMaks, peringkatTeratas } from "./lan";
import {
  JUMLAH_ALTERNATIF_JAWABAN,
  SKALA_NILAI_LAN_MAKS,
  SKOR_IDEAL_LAN,
  type KategoriLan,
} from "../frameworks/lan1998";
import { BANYAK_VARIABEL_UTAMA, PRESISI_PITA, SKALA_PRESTASI_LAN } from "../frameworks/lan1998-instrumen";

const FAKTOR_PITA = 10 ** PRESISI_PITA;

/** Pembulatan setengah menjauhi nol ke `d` desimal, seperti ROUND Excel (hanya untuk keputusan pita). */
export function bulatPita(x: number, d: number = PRESISI_PITA): number {
  const f = d === PRESISI_PITA ? FAKTOR_PITA : 10 ** d; // 10 ** d dihitung sekali untuk presisi bawaan (fungsi per sel)
  const y = Math.abs(x) * f;
  const r = Math.round(y) / f;
  return x < 0 ? -r : r;
}

// ---------- Instrumen Alternatif I ----------

/** Keterangan tingkat prestasi (1 Istimewa … 5 Tidak memuaskan). Rata-rata: tingkat k mencakup (k − 0,5; k + 0,5]. */
export function keteranganPrestasi(tingkat: number): string {
  // angka terhingga langsung (fungsi per sel: tanpa larik per panggilan); selain itu galat pastikanAngka
  const x0 =
    typeof tingkat === "number" && tingkat - tingkat === 0 ? tingkat : pastikanAngka([tingkat], "tingkat prestasi")[0];
  const x = bulatPita(x0);
  if (x < 1 || x > 5) throw galatAngka(`tingkat prestasi ${x0} di luar 1–5`);
  const k = Math.max(1, Math.ceil(x - 0.5));
  return SKALA_PRESTASI_LAN[k - 1].label;
}

/**
 * Tingkat prestasi satu baris daftar penilaian dari lima kolom tanda (1–5): kolom yang bertanda.
 * @returns null bila belum ada tanda
 * @throws #VALUE! bila lebih dari satu kolom bertanda atau bukan lima kolom
 */
export function tingkatDariTanda(tanda: readonly unknown[]): number | null {
  if (tanda.length !== SKALA_PRESTASI_LAN.length)
    throw galatNilai(`tanda tingkat prestasi harus ${SKALA_PRESTASI_LAN.length} kolom, ada ${tanda.length}`);
  const isi = tanda.map((t, i) => (kosongTeks(t) ? -1 : i + 1)).filter((i) => i > 0);
  if (isi.length > 1) throw galatNilai(`lebih dari satu tingkat prestasi ditandai (${isi.join(", ")})`);
  return isi.length === 1 ? isi[0] : null;
}

export interface RekapAlternatifI {
  /** Banyak jenis pelayanan per tingkat 1–5. */
  banyak: number[];
  dinilai: number;
  rataRata: number;
  keterangan: string;
}

/** Rekap daftar penilaian: banyak per tingkat, rata-rata tingkat, keterangan rata-rata (tafsiran proyek). */
export function rekapAlternatifI(tingkat: readonly number[]): RekapAlternatifI {
  const t = pastikanAngka(tingkat, "tingkat prestasi");
  if (t.length === 0) throw galatNA("belum ada jenis pelayanan yang dinilai");
  t.forEach((x, i) => {
    if (!Number.isInteger(x) || x < 1 || x > 5)
      throw galatAngka(`tingkat prestasi jenis pelayanan ke-${i + 1} (${x}) bukan bilangan bulat 1–5`);
  });
  const banyak = [1, 2, 3, 4, 5].map((k) => t.filter((x) => x === k).length);
  const rataRata = jumlah(t) / t.length;
  return { banyak, dinilai: t.length, rataRata, keterangan: keteranganPrestasi(rataRata) };
}

// ---------- Instrumen Alternatif II per indikator ----------

/** Kategori pita Alternatif II untuk nilai skala 1000, diputuskan pada nilai yang dibulatkan 9 desimal. */
export function kategori1000(nilai: number): KategoriLan {
  const [v] = pastikanAngka([nilai], "nilai");
  return kategoriLan(bulatPita(v));
}

/**
 * Angka per indikator (Alternatif II, "Angka per indikator : 1000"): skor / skalaMaks × 1000 dan
 * kategorinya. Tafsiran proyek: skor penuh (10 dari 10 alternatif jawaban) = 1000.
 * @throws #NUM! skor di luar skalaMin–skalaMaks
 */
export function angkaPerIndikator(
  skor: readonly unknown[],
  skalaMaks: number = JUMLAH_ALTERNATIF_JAWABAN,
  skalaMin = 1,
): { angka: number; kategori: KategoriLan }[] {
  pastikanSkalaMaks(skalaMaks);
  const x = pastikanAngka(skor, "skor indikator");
  return x.map((v, i) => {
    if (v < skalaMin || v > skalaMaks)
      throw galatAngka(`skor indikator ke-${i + 1} (${v}) di luar skala ${skalaMin}–${skalaMaks}`);
    const angka = angkaIndikator(v, skalaMaks);
    return { angka, kategori: kategori1000(angka) };
  });
}

/** Angka satu indikator: skor / skalaMaks × 1000 (aturan satu tempat; juga jalur cepat LAN.ANGKAINDIKATOR). */
export function angkaIndikator(skor: number, skalaMaks: number): number {
  return (skor / skalaMaks) * SKALA_NILAI_LAN_MAKS;
}

// ---------- Dua pola penilaian ----------

// kerangkaPola ada di core/lan-kerangka.ts (satu-satunya pemakai angka tercetak di fungsi kustom, dimuat belakangan)
export { kerangkaPola, type KerangkaPola } from "./lan-kerangka";

// ---------- Lima variabel utama dari data ----------

/**
 * Lima (atau `banyak`) variabel dengan Bobot Variabel terbesar pada total pengguna sendiri (aturan
 * Tabel 4.7 / Saran 5), bobotnya dibagi ulang agar jumlahnya Skor Ideal. Bobot sama → nomor lebih kecil dulu.
 * @returns nomor variabel (1-based, urut peringkat) dan bobot dibagi ulangnya
 */
export function limaVariabelDariData(
  totalVariabel: readonly number[],
  banyak: number = BANYAK_VARIABEL_UTAMA,
  skorIdealDipakai: number = SKOR_IDEAL_LAN,
): { no: number; peringkat: number; bobot: number }[] {
  const x = pastikanAngka(totalVariabel, "total variabel", true);
  if (!Number.isInteger(banyak) || banyak < 1 || banyak > x.length)
    throw galatAngka(`banyak variabel utama harus bilangan bulat 1–${x.length} (${banyak})`);
  const urut = peringkatTeratas(x, banyak);
  const bobot = bobotVariabel(
    urut.map((i) => x[i]),
    skorIdealDipakai,
  );
  return urut.map((i, r) => ({ no: i + 1, peringkat: r + 1, bobot: bobot[r] }));
}

/** Bobot dibagi ulang sebentuk masukan: variabel terpilih mendapat bobotnya, lainnya 0. */
export function bobotLimaSebentuk(
  totalVariabel: readonly number[],
  banyak: number = BANYAK_VARIABEL_UTAMA,
  skorIdealDipakai: number = SKOR_IDEAL_LAN,
): number[] {
  const hasil = new Array<number>(totalVariabel.length).fill(0);
  for (const v of limaVariabelDariData(totalVariabel, banyak, skorIdealDipakai)) hasil[v.no - 1] = v.bobot;
  return hasil;
}
