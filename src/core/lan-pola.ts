/**
 * Inti bagian Pola LAN 1998 di luar Bab III: Instrumen Alternatif I (tingkat prestasi per jenis
 * pelayanan), Instrumen Alternatif II per indikator (angka 0–1000 per indikator dan kategorinya),
 * "dua pola penilaian" (tipe II dan III digabung) dan lima variabel utama dari data pengguna.
 * Fungsi murni; pembulatan hanya pada nilai yang dibandingkan dengan batas pita (9 desimal, seperti
 * ROUND(x, 9) di rumus lembar).
 */
import { galatAngka, galatNA, galatNilai, pastikanAngka } from "./errors";
import { bobotVariabel, jumlah, kategoriLan, urutanPeringkat } from "./lan";
import { JUMLAH_ALTERNATIF_JAWABAN, SKALA_NILAI_LAN_MAKS, SKOR_IDEAL_LAN, VARIABEL_LAN, indikatorTercetak, lampiranTercetak, type KategoriLan } from "../frameworks/lan1998";
import { BANYAK_VARIABEL_UTAMA, PRESISI_PITA, SKALA_PRESTASI_LAN, TIPE_DALAM_POLA, type PolaTipe } from "../frameworks/lan1998-instrumen";

/** Pembulatan setengah menjauhi nol ke `d` desimal, seperti ROUND Excel (hanya untuk keputusan pita). */
export function bulatPita(x: number, d: number = PRESISI_PITA): number {
  const f = 10 ** d;
  const y = Math.abs(x) * f;
  const r = Math.round(y) / f;
  return x < 0 ? -r : r;
}

// ---------- Instrumen Alternatif I ----------

/** Keterangan tingkat prestasi (1 Istimewa … 5 Tidak memuaskan). Rata-rata: tingkat k mencakup (k − 0,5; k + 0,5]. */
export function keteranganPrestasi(tingkat: number): string {
  const [x0] = pastikanAngka([tingkat], "tingkat prestasi");
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
  if (tanda.length !== SKALA_PRESTASI_LAN.length) throw galatNilai(`tanda tingkat prestasi harus ${SKALA_PRESTASI_LAN.length} kolom, ada ${tanda.length}`);
  const isi = tanda.map((t, i) => (t === null || t === undefined || String(t).trim() === "" ? -1 : i + 1)).filter((i) => i > 0);
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
    if (!Number.isInteger(x) || x < 1 || x > 5) throw galatAngka(`tingkat prestasi jenis pelayanan ke-${i + 1} (${x}) bukan bilangan bulat 1–5`);
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
export function angkaPerIndikator(skor: readonly unknown[], skalaMaks: number = JUMLAH_ALTERNATIF_JAWABAN, skalaMin = 1): { angka: number; kategori: KategoriLan }[] {
  if (!Number.isFinite(skalaMaks) || skalaMaks <= 0) throw galatAngka(`skala maksimum harus positif (${skalaMaks})`);
  const x = pastikanAngka(skor, "skor indikator");
  return x.map((v, i) => {
    if (v < skalaMin || v > skalaMaks) throw galatAngka(`skor indikator ke-${i + 1} (${v}) di luar skala ${skalaMin}–${skalaMaks}`);
    const angka = (v / skalaMaks) * SKALA_NILAI_LAN_MAKS;
    return { angka, kategori: kategori1000(angka) };
  });
}

// ---------- Dua pola penilaian ----------

export interface KerangkaPola {
  pola: PolaTipe;
  /** Total tiap variabel (jumlah Total Variabel tercetak tipe-tipe dalam pola). */
  totalVariabel: number[];
  proporsiVariabel: number[];
  bobotVariabel: number[];
  /** Proporsi Indikator 1–89: Σ_t p_i,t × T_j,t / Σ_t T_j,t (total indikator tipe t = p × T). */
  proporsiIndikator: number[];
  bobotIndikator: number[];
}

/**
 * Kerangka satu pola dari angka tercetak: untuk satu tipe = Lampiran 5–7 dan Tabel 4.11–4.13; untuk
 * "II+III" (pola kedua, Kesimpulan 6) totalnya digabung: T_j = T_j,II + T_j,III, dan total indikator
 * tiap tipe diturunkan dari proporsi tercetak × total variabelnya.
 */
export function kerangkaPola(pola: PolaTipe, skorIdealDipakai: number = SKOR_IDEAL_LAN): KerangkaPola {
  const tipe = TIPE_DALAM_POLA[pola];
  if (!tipe) throw galatNA(`pola "${String(pola)}" tidak dikenal (I, II, III atau II+III)`);
  const lamp = tipe.map((t) => lampiranTercetak(t));
  const ind = tipe.map((t) => indikatorTercetak(t));
  const totalVariabel = VARIABEL_LAN.map((_, j) => jumlah(lamp.map((l) => l[j].total)));
  const totalSeluruh = jumlah(totalVariabel);
  const proporsiVariabel = totalVariabel.map((x) => x / totalSeluruh);
  const bobotVar = bobotVariabel(totalVariabel, skorIdealDipakai);
  const proporsiIndikator = ind[0].map((r, i) => {
    const j = VARIABEL_LAN.findIndex((v) => v.indikator.some((x) => x.no === r.no));
    if (tipe.length === 1) return r.proporsi;
    return jumlah(tipe.map((_, t) => ind[t][i].proporsi * lamp[t][j].total)) / totalVariabel[j];
  });
  const bobotIndikator = proporsiIndikator.map((p, i) => {
    const j = VARIABEL_LAN.findIndex((v) => v.indikator.some((x) => x.no === ind[0][i].no));
    return p * bobotVar[j];
  });
  return { pola, totalVariabel, proporsiVariabel, bobotVariabel: bobotVar, proporsiIndikator, bobotIndikator };
}

// ---------- Lima variabel utama dari data ----------

/**
 * Lima (atau `banyak`) variabel dengan Bobot Variabel terbesar pada total pengguna sendiri (aturan
 * Tabel 4.7 / Saran 5), bobotnya dibagi ulang agar jumlahnya Skor Ideal. Bobot sama → nomor lebih kecil dulu.
 * @returns nomor variabel (1-based, urut peringkat) dan bobot dibagi ulangnya
 */
export function limaVariabelDariData(totalVariabel: readonly number[], banyak: number = BANYAK_VARIABEL_UTAMA, skorIdealDipakai: number = SKOR_IDEAL_LAN): { no: number; peringkat: number; bobot: number }[] {
  const x = pastikanAngka(totalVariabel, "total variabel", true);
  if (!Number.isInteger(banyak) || banyak < 1 || banyak > x.length) throw galatAngka(`banyak variabel utama harus bilangan bulat 1–${x.length} (${banyak})`);
  const urut = urutanPeringkat(x).slice(0, banyak);
  const bobot = bobotVariabel(urut.map((i) => x[i]), skorIdealDipakai);
  return urut.map((i, r) => ({ no: i + 1, peringkat: r + 1, bobot: bobot[r] }));
}

/** Bobot dibagi ulang sebentuk masukan: variabel terpilih mendapat bobotnya, lainnya 0. */
export function bobotLimaSebentuk(totalVariabel: readonly number[], banyak: number = BANYAK_VARIABEL_UTAMA, skorIdealDipakai: number = SKOR_IDEAL_LAN): number[] {
  const hasil = new Array<number>(totalVariabel.length).fill(0);
  for (const v of limaVariabelDariData(totalVariabel, banyak, skorIdealDipakai)) hasil[v.no - 1] = v.bobot;
  return hasil;
}
