/**
 * Penilaian kinerja pegawai (seed 002): nilai tertimbang lima aspek dan kategorinya menurut pita
 * PP 46/2011 (skor 0–100) atau skala prestasi LAN 1998 (1–5, 1 = terbaik). Fungsi murni, tanpa pembulatan.
 */
import {
  GalatKinerja,
  galatAngka,
  galatDi,
  kosong,
  galatBagiNol,
  galatNA,
  galatNilai,
  pastikanAngka,
  pastikanTerhingga,
  angkaTunggal,
} from "./errors";
import { bulatPita } from "./pita";
import {
  PITA_PP46,
  SKALA_PEGAWAI_LAN,
  SKALA_PEGAWAI_PP46,
  SKALA_PRESTASI_LAN,
  type SkalaPegawai,
} from "../frameworks/pegawai";

/**
 * Membaca nama skala: "pp46" (bawaan) atau "lan", tanpa membedakan huruf besar/kecil; kosong = pp46.
 * @throws #N/A skala tidak dikenal
 */
export function bacaSkala(x: unknown): SkalaPegawai {
  if (kosong(x)) return "pp46";
  const t = String(x)
    .trim()
    .toLowerCase()
    .replace(/[\s/_-]/g, "");
  if (t === "pp46" || t === "pp462011") return "pp46";
  if (t === "lan" || t === "lan1998") return "lan";
  throw galatNA(`skala "${String(x).trim()}" tidak dikenal (pp46 atau lan)`);
}

export function batasSkala(skala: SkalaPegawai): { min: number; maks: number } {
  return skala === "lan" ? SKALA_PEGAWAI_LAN : SKALA_PEGAWAI_PP46;
}

/**
 * Nilai tertimbang satu pegawai: Σ b_i × s_i / Σ b_i. Tanpa bobot: rata-rata (bobot sama).
 * @throws #N/A kosong; #VALUE! bukan angka atau banyak bobot berbeda; #NUM! skor di luar skala atau
 *   bobot negatif; #DIV/0! jumlah bobot nol
 */
export function nilaiPegawai(
  skor: readonly number[],
  bobot?: readonly number[] | null,
  skala: SkalaPegawai = "pp46",
): number {
  const s = pastikanAngka(skor, "skor aspek");
  const { min, maks } = batasSkala(skala);
  s.forEach((x, i) => {
    if (x < min || x > maks) throw galatAngka(`skor aspek ke-${i + 1} (${x}) di luar skala ${min}–${maks}`);
  });
  if (!bobot) return s.reduce((a, x) => a + x, 0) / s.length;
  if (bobot.length !== s.length)
    throw galatNilai(`banyak bobot (${bobot.length}) tidak sama dengan banyak aspek (${s.length})`);
  const jumlah = jumlahBobotPegawai(bobot);
  const w = bobot as readonly number[];
  return pastikanTerhingga(
    pastikanTerhingga(
      s.reduce((a, x, i) => a + w[i] * x, 0),
      "jumlah skor × bobot",
    ) / jumlah,
    "nilai pegawai",
  );
}

/**
 * Jumlah bobot aspek yang sah: setiap bobot angka terhingga ≥ 0, jumlahnya terhingga dan bukan nol (aturan
 * satu tempat; juga jalur cepat PEGAWAI.NILAI di src/functions/pegawai.ts).
 * @throws #N/A kosong; #VALUE! bukan angka; #NUM! negatif atau tidak terhingga; #DIV/0! jumlah nol
 */
export function jumlahBobotPegawai(bobot: readonly unknown[]): number {
  const w = pastikanAngka(bobot, "bobot", true);
  const jumlah = pastikanTerhingga(
    w.reduce((a, x) => a + x, 0),
    "jumlah bobot",
  );
  if (jumlah === 0) throw galatBagiNol("jumlah bobot nol");
  return jumlah;
}

/** Batas bawah (eksklusif) tiap pita PP 46/2011 sebagai angka; pita terakhir tanpa batas = −∞ (fungsi per sel). */
const BATAS_PP46 = Float64Array.from(PITA_PP46, (p) => p.lebihDari ?? -Infinity);

/**
 * Kategori nilai. pp46: pita PITA_PP46 (> 90 Sangat baik … ≤ 50 Buruk, tanpa pembulatan). lan: tingkat
 * prestasi 1–5; tingkat k mencakup (k − 0,5; k + 0,5], tingkat 1 mencakup [1; 1,5]. Keputusan atas nilai
 * yang dibulatkan ke 9 desimal (core/pita.ts).
 * @throws #VALUE! bukan angka; #NUM! di luar skala
 */
export function kategoriPegawai(nilai: number, skala: SkalaPegawai = "pp46"): string {
  const x = bulatPita(angkaTunggal(nilai, "nilai"));
  const { min, maks } = batasSkala(skala);
  if (x < min || x > maks) throw galatAngka(`nilai ${x} di luar skala ${min}–${maks}`);
  // loop berindeks, bukan find(closure) atau for…of dengan return: fungsi per sel tanpa alokasi per panggilan
  if (skala === "pp46") {
    for (let i = 0; i < BATAS_PP46.length; i++) if (x > BATAS_PP46[i]) return PITA_PP46[i].kategori;
  }
  const tingkat = Math.max(1, Math.ceil(x - 0.5));
  for (let i = 0; i < SKALA_PRESTASI_LAN.length; i++)
    if (SKALA_PRESTASI_LAN[i].nilai === tingkat) return SKALA_PRESTASI_LAN[i].label;
  return SKALA_PRESTASI_LAN[SKALA_PRESTASI_LAN.length - 1].label;
}

/**
 * Nilai tertimbang untuk tabel pegawai × aspek.
 * @param skor baris pegawai × kolom aspek
 */
export function nilaiTabelPegawai(
  skor: readonly (readonly number[])[],
  bobot?: readonly number[] | null,
  skala: SkalaPegawai = "pp46",
): number[] {
  if (skor.length === 0) throw galatNA("tidak ada pegawai");
  return skor.map((baris, i) => {
    try {
      return nilaiPegawai(baris, bobot, skala);
    } catch (e) {
      if (e instanceof GalatKinerja) throw galatDi(e, `pegawai ke-${i + 1}`);
      throw e;
    }
  });
}
