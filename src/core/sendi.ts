/**
 * Penilaian delapan sendi pelayanan (Kepmenpan 81/1993, melalui seed 003): skor tiap sendi pada skala
 * pilihan pengguna (bawaan 1–5), total, rata-rata, persentase terhadap skor maksimum dan sendi terlemah.
 * Fungsi murni, tanpa pembulatan.
 */
import { galatAngka, galatNA, galatNilai, pastikanAngka, pastikanTerhingga } from "./errors";
import { banyakSel, jumlahSel, terkecilSel, type Matriks } from "./matriks";
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

/**
 * Aturan total dan persentase sendi, satu tempat untuk daftar, rentang 2-D dan jalur cepat fungsi kustom
 * (src/functions/sendi.ts): total = Σ skor; persentase = total / (banyak sendi × maks).
 * @throws #NUM! total atau skor maksimum tidak terhingga
 */
export function totalSendiDariJumlah(jumlah: number): number {
  return pastikanTerhingga(jumlah, "total sendi");
}

/** Skor maksimum banyak sendi: banyak × maks skala. @throws #NUM! tidak terhingga */
export function skorMaksSendi(banyak: number, skala: SkalaSendi): number {
  return pastikanTerhingga(banyak * skala.maks, "skor maksimum");
}

/** Persentase: total / skor maksimum (`skorMaksSendi`). @throws #NUM! tidak terhingga */
export function persenSendiDari(total: number, maks: number): number {
  return pastikanTerhingga(total / maks, "persentase sendi");
}

/** Total skor sendi atas rentang 2-D (satu lintasan, tanpa salinan). */
export function totalSendiMatriks(skor: Matriks, skala: SkalaSendi = SKALA_SENDI_BAWAAN): number {
  periksaSkalaSendi(skala);
  return totalSendiDariJumlah(jumlahSel(skor, "skor sendi", false, skala));
}

/** Persentase skor sendi atas rentang 2-D: total / (banyak sendi × maks). */
export function persenSendiMatriks(skor: Matriks, skala: SkalaSendi = SKALA_SENDI_BAWAAN): number {
  const maks = skorMaksSendi(banyakSel(skor), skala);
  return persenSendiDari(totalSendiMatriks(skor, skala), maks);
}

/** Jumlah daftar skor yang sudah diperiksa (`periksaSkorSendi`), urutan sama dengan `jumlahSel`. */
function jumlahSkor(x: readonly number[]): number {
  return totalSendiDariJumlah(x.reduce((s, v) => s + v, 0));
}

/** Total skor sendi. */
export function totalSendi(skor: readonly number[], skala: SkalaSendi = SKALA_SENDI_BAWAAN): number {
  return jumlahSkor(periksaSkorSendi(skor, skala));
}

/** Rata-rata skor sendi. */
export function rataRataSendi(skor: readonly number[], skala: SkalaSendi = SKALA_SENDI_BAWAAN): number {
  const x = periksaSkorSendi(skor, skala);
  return pastikanTerhingga(jumlahSkor(x) / x.length, "rata-rata sendi");
}

/** Total sebagai pecahan dari skor maksimum: total / (banyak sendi × maks). */
export function persenSendi(skor: readonly number[], skala: SkalaSendi = SKALA_SENDI_BAWAAN): number {
  const x = periksaSkorSendi(skor, skala);
  const maks = skorMaksSendi(x.length, skala);
  return persenSendiDari(jumlahSkor(x), maks);
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
  return gabungNamaSendi(posisi.map((i) => n[i]));
}

/** Nama-nama sendi terlemah sebagai satu teks (urutan daftar, dipisah "; "); juga untuk jalur cepat fungsi kustom. */
export function gabungNamaSendi(nama: readonly string[]): string {
  return nama.join("; ");
}
