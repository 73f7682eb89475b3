/* eslint-disable @typescript-eslint/no-explicit-any -- Excel mengirim rentang campuran (angka, teks, kosong); tipenya diperiksa di inti */
/**
 * Fungsi kustom delapan sendi pelayanan (Kepmenpan 81/1993 melalui seed 003). Pembungkus tipis atas core/sendi.
 */
import * as sendi from "../core/sendi";
import { DAFTAR_SENDI, SKALA_SENDI_BAWAAN } from "../frameworks/sendi";
import { jumlahRentang, kolomRentang, terkecilBerlabel } from "./cepat";
import { angkaOpsional, cepatAtau, daftarAngka, daftarLabel, keRentang, tidakDiisi } from "./excel";

function skala(min: any, maks: any): sendi.SkalaSendi {
  return {
    min: angkaOpsional(min, SKALA_SENDI_BAWAAN.min, "skala_min"),
    maks: angkaOpsional(maks, SKALA_SENDI_BAWAAN.maks, "skala_maks"),
  };
}

/**
 * Total skor sendi pelayanan. Sel skor kosong → #N/A (sendi belum dinilai), teks → #VALUE!, skor di luar
 * skala, atau skala_min tidak lebih kecil dari skala_maks, → #NUM!. Skala bawaan 1–5.
 * @customfunction SENDI.TOTAL SENDI.TOTAL
 * @param skor Skor tiap sendi (satu baris atau kolom; biasanya 8 sendi).
 * @param [skala_min] Skor terendah skala; bawaan 1.
 * @param [skala_maks] Skor tertinggi skala; bawaan 5.
 * @returns Jumlah skor.
 */
export function sendiTotal(skor: any[][], skala_min?: any, skala_maks?: any): number {
  return cepatAtau(
    () => totalSendiCepat(skor, skala(skala_min, skala_maks)),
    () => sendi.totalSendiMatriks(keRentang(skor, "skor sendi"), skala(skala_min, skala_maks)),
  );
}

/**
 * Total sebagai pecahan dari skor maksimum: total / (banyak sendi × skala_maks). Aturan masukan sama
 * dengan SENDI.TOTAL.
 * Skor di luar skala, atau skala_min tidak lebih kecil dari skala_maks, memberi #NUM!.
 * @customfunction SENDI.PERSEN SENDI.PERSEN
 * @param skor Skor tiap sendi.
 * @param [skala_min] Skor terendah skala; bawaan 1.
 * @param [skala_maks] Skor tertinggi skala; bawaan 5.
 * @returns Pecahan 0–1 (format persen).
 */
export function sendiPersen(skor: any[][], skala_min?: any, skala_maks?: any): number {
  return cepatAtau(
    () => persenSendiCepat(skor, skala(skala_min, skala_maks)),
    () => sendi.persenSendiMatriks(keRentang(skor, "skor sendi"), skala(skala_min, skala_maks)),
  );
}

/**
 * Nama sendi dengan skor terendah; bila beberapa sama-sama terendah, semuanya disebut (urutan daftar,
 * dipisah "; "). Tanpa nama, skor harus 8 sendi dalam urutan Kepmenpan 81/1993.
 * Skor di luar skala, atau skala_min tidak lebih kecil dari skala_maks, memberi #NUM!.
 * @customfunction SENDI.TERLEMAH SENDI.TERLEMAH
 * @param skor Skor tiap sendi.
 * @param [nama] Nama tiap sendi, sejajar dengan skor. Kosong = delapan sendi bawaan.
 * @param [skala_min] Skor terendah skala; bawaan 1.
 * @param [skala_maks] Skor tertinggi skala; bawaan 5.
 * @returns Nama sendi terlemah.
 */
export function sendiTerlemah(skor: any[][], nama?: any[][], skala_min?: any, skala_maks?: any): string {
  return cepatAtau(
    () => (tidakDiisi(nama) ? undefined : sendiTerlemahCepat(skor, nama, skala(skala_min, skala_maks))),
    () =>
      sendi.sendiTerlemah(
        daftarAngka(skor, "skor sendi"),
        tidakDiisi(nama) ? null : daftarLabel(nama, "nama sendi"),
        skala(skala_min, skala_maks),
      ),
  );
}

// ---------- Jalur cepat (aturan total, persentase dan nama di core/sendi.ts, satu tempat) ----------
// Masing-masing memberi undefined (atau melempar galat inti) bila ada yang tidak biasa: `cepatAtau` lalu
// menjalankan jalur lengkap, yang memberi galat persisnya.

/** Jalur cepat SENDI.TOTAL: jumlah satu lintasan atas argumen mentah (`jumlahRentang`), lalu `totalSendiDariJumlah`. */
export function totalSendiCepat(skor: unknown, skala: sendi.SkalaSendi): number | undefined {
  sendi.periksaSkalaSendi(skala);
  const s = jumlahRentang(skor, skala.min, skala.maks);
  return s === s ? sendi.totalSendiDariJumlah(s) : undefined;
}

/** Jalur cepat SENDI.PERSEN: banyak sendi = baris × kolom rentang persegi; `skorMaksSendi`, `persenSendiDari`. */
export function persenSendiCepat(skor: unknown, skala: sendi.SkalaSendi): number | undefined {
  const total = totalSendiCepat(skor, skala);
  if (total === undefined) return undefined;
  const maks = sendi.skorMaksSendi((skor as unknown[]).length * kolomRentang(skor), skala);
  return sendi.persenSendiDari(total, maks);
}

/** Jalur cepat SENDI.TERLEMAH dengan nama: skor dan nama dua rentang mentah berbentuk sama (`terkecilBerlabel`). */
export function sendiTerlemahCepat(skor: unknown, nama: unknown, skala: sendi.SkalaSendi): string | undefined {
  sendi.periksaSkalaSendi(skala);
  const t = terkecilBerlabel(skor, nama, skala.min, skala.maks);
  return t && sendi.gabungNamaSendi(t);
}

/**
 * Delapan sendi pelayanan Kepmenpan 81/1993 (urutan seed 003): [no, nama].
 * @customfunction SENDI.DAFTAR SENDI.DAFTAR
 * @returns Tabel 8 × 2.
 */
export function sendiDaftar(): any[][] {
  return DAFTAR_SENDI.map((s) => [s.no, s.nama]);
}
