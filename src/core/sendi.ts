/**
 * Penilaian delapan sendi pelayanan (Kepmenpan 81/1993, melalui seed 003): skor tiap sendi pada skala
 * pilihan pengguna (bawaan 1–5), total, rata-rata, persentase terhadap skor maksimum dan sendi terlemah.
 * Fungsi murni, tanpa pembulatan.
 */
import { galatAngka, galatNA, galatNilai, pastikanAngka, pastikanTerhingga } from "./errors";
import {
  banyakSel,
  jumlahRentang,
  jumlahSel,
  kolomRentang,
  terkecilBerlabel,
  terkecilSel,
  type Matriks,
} from "./matriks";
import { DAFTAR_SENDI, SKALA_SENDI_BAWAAN } from "../frameworks/sendi";

export interface SkalaSendi {
  readonly min: number;
  readonly maks: number;
}

/**
 * Memastikan skala sah (angka, min < maks).
 * @throws #VALUE! bukan angka; #NUM! min ≥ maks
 */
export function periksaSkalaSendi(skala: SkalaSendi): SkalaSendi {
  pastikanAngka([skala.min, skala.maks], "batas skala");
  if (skala.min >= skala.maks)
    throw galatAngka(`skala tidak sah: minimum ${skala.min} tidak lebih kecil dari maksimum ${skala.maks}`);
  return skala;
}

/**
 * Memastikan skor sendi berupa angka pada skala.
 * @throws #N/A kosong; #VALUE! bukan angka; #NUM! di luar skala
 */
export function periksaSkorSendi(skor: readonly unknown[], skala: SkalaSendi = SKALA_SENDI_BAWAAN): number[] {
  periksaSkalaSendi(skala);
  const x = pastikanAngka(skor, "skor sendi");
  x.forEach((v, i) => {
    if (v < skala.min || v > skala.maks)
      throw galatAngka(`skor sendi ke-${i + 1} (${v}) di luar skala ${skala.min}–${skala.maks}`);
  });
  return x;
}

/** Total skor sendi atas rentang 2-D (satu lintasan, tanpa salinan). */
export function totalSendiMatriks(skor: Matriks, skala: SkalaSendi = SKALA_SENDI_BAWAAN): number {
  periksaSkalaSendi(skala);
  return pastikanTerhingga(jumlahSel(skor, "skor sendi", false, skala), "total sendi");
}

/** Persentase skor sendi atas rentang 2-D: total / (banyak sendi × maks). */
export function persenSendiMatriks(skor: Matriks, skala: SkalaSendi = SKALA_SENDI_BAWAAN): number {
  const maks = pastikanTerhingga(banyakSel(skor) * skala.maks, "skor maksimum");
  return pastikanTerhingga(totalSendiMatriks(skor, skala) / maks, "persentase sendi");
}

/**
 * Jalur cepat `totalSendiMatriks` atas argumen mentah (lihat `jumlahRentang`).
 * @returns undefined bila bentuk atau satu skor tidak biasa; pemanggil lalu menjalankan jalur lengkap
 */
export function totalSendiRentang(skor: unknown, skala: SkalaSendi = SKALA_SENDI_BAWAAN): number | undefined {
  periksaSkalaSendi(skala);
  const s = jumlahRentang(skor, skala.min, skala.maks);
  return Number.isNaN(s) ? undefined : pastikanTerhingga(s, "total sendi");
}

/** Jalur cepat `persenSendiMatriks` (lihat `totalSendiRentang`); banyak sendi = baris × kolom rentang persegi. */
export function persenSendiRentang(skor: unknown, skala: SkalaSendi = SKALA_SENDI_BAWAAN): number | undefined {
  const total = totalSendiRentang(skor, skala);
  if (total === undefined) return undefined;
  const maks = pastikanTerhingga((skor as unknown[]).length * kolomRentang(skor) * skala.maks, "skor maksimum");
  return pastikanTerhingga(total / maks, "persentase sendi");
}

/**
 * Jalur cepat `sendiTerlemah` dengan nama: skor dan nama dua rentang mentah berbentuk sama (lihat
 * `terkecilBerlabel`).
 * @returns undefined bila bentuk, satu skor atau satu nama tidak biasa; pemanggil lalu menjalankan jalur lengkap
 */
export function sendiTerlemahRentang(
  skor: unknown,
  nama: unknown,
  skala: SkalaSendi = SKALA_SENDI_BAWAAN,
): string | undefined {
  periksaSkalaSendi(skala);
  return terkecilBerlabel(skor, nama, skala.min, skala.maks)?.join("; ");
}

/** Total skor sendi. */
export function totalSendi(skor: readonly number[], skala: SkalaSendi = SKALA_SENDI_BAWAAN): number {
  return pastikanTerhingga(
    periksaSkorSendi(skor, skala).reduce((s, v) => s + v, 0),
    "total sendi",
  );
}

/** Rata-rata skor sendi. */
export function rataRataSendi(skor: readonly number[], skala: SkalaSendi = SKALA_SENDI_BAWAAN): number {
  const x = periksaSkorSendi(skor, skala);
  return pastikanTerhingga(
    pastikanTerhingga(
      x.reduce((s, v) => s + v, 0),
      "total sendi",
    ) / x.length,
    "rata-rata sendi",
  );
}

/** Total sebagai pecahan dari skor maksimum: total / (banyak sendi × maks). */
export function persenSendi(skor: readonly number[], skala: SkalaSendi = SKALA_SENDI_BAWAAN): number {
  const x = periksaSkorSendi(skor, skala);
  const maks = pastikanTerhingga(x.length * skala.maks, "skor maksimum");
  return pastikanTerhingga(
    pastikanTerhingga(
      x.reduce((s, v) => s + v, 0),
      "total sendi",
    ) / maks,
    "persentase sendi",
  );
}

/** Nama sendi bawaan bila banyak skor = 8. */
export function namaSendiBawaan(banyak: number): string[] {
  if (banyak !== DAFTAR_SENDI.length)
    throw galatNilai(
      `ada ${banyak} skor; nama sendi bawaan hanya untuk ${DAFTAR_SENDI.length} sendi, berikan daftar nama`,
    );
  return DAFTAR_SENDI.map((s) => s.nama);
}

/**
 * Sendi terlemah: nama sendi dengan skor terendah. Bila beberapa sendi sama-sama terendah, semuanya
 * disebut dalam urutan daftar, dipisah "; ".
 * @param nama nama sendi sejajar dengan skor; bawaan delapan sendi Kepmenpan 81/1993
 */
export function sendiTerlemah(
  skor: readonly number[],
  nama?: readonly string[] | null,
  skala: SkalaSendi = SKALA_SENDI_BAWAAN,
): string {
  const x = periksaSkorSendi(skor, skala);
  const n = nama ?? namaSendiBawaan(x.length);
  if (n.length !== x.length)
    throw galatNilai(`banyak nama sendi (${n.length}) tidak sama dengan banyak skor (${x.length})`);
  n.forEach((s, i) => {
    if (s.trim() === "") throw galatNA(`nama sendi ke-${i + 1} kosong`);
  });
  const { posisi } = terkecilSel([x], "skor sendi");
  return posisi.map((i) => n[i]).join("; ");
}
