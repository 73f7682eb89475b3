/**
 * Peta jawaban siklus SKM: teks jawaban formulir → nilai persepsi 1–4. Pilihan bawaan tiap unsur dari
 * frameworks/skm-siklus.ts (contoh kuesioner lampiran PermenPAN-RB 14/2017) ditambah angka "1"–"4", baris peta
 * pengguna (berkas --peta, lembar Peta Jawaban), dan peta kepentingan/harapan (konvensi formulir e-SKM).
 * Teks dicocokkan tanpa peduli huruf besar/kecil dan spasi berlebih (kunciTeks).
 */
import { galatAngka, galatNilai } from "../errors";
import type { AturanSkm } from "../../frameworks/skm";
import { OPSI_KEPENTINGAN, UNSUR_FORMULIR } from "../../frameworks/skm-siklus";

/** Kunci pencocokan teks: huruf kecil, spasi di tepi dibuang, spasi di dalam dirapatkan. */
export function kunciTeks(x: string): string {
  return x.trim().replace(/\s+/g, " ").toLowerCase();
}

/** Peta jawaban per unsur (indeks 0-based): kunci teks → nilai 1–4. */
export type PetaJawaban = Map<string, number>[];

/** Peta bawaan aturan: pilihan kuesioner (UNSUR_FORMULIR) ditambah angka "1"–"4" untuk setiap unsur. */
export function petaBawaan(aturan: AturanSkm): PetaJawaban {
  return UNSUR_FORMULIR[aturan].map((u) => {
    const m = new Map<string, number>();
    for (let v = 1; v <= 4; v++) m.set(String(v), v);
    u.opsi.forEach((t, i) => m.set(kunciTeks(t), i + 1));
    return m;
  });
}

/** Nomor "unsur" baris peta untuk jawaban tingkat kepentingan/harapan (berlaku untuk semua unsur). */
export const UNSUR_KEPENTINGAN = -1;

/** Satu baris peta tambahan: unsur (nomor 1-based, 0 = semua unsur, UNSUR_KEPENTINGAN = kepentingan), teks jawaban, nilai 1–4. */
export interface BarisPeta {
  unsur: number;
  jawaban: string;
  nilai: number;
}

/** Peta bawaan ditambah/ditimpa baris pengguna (mis. berkas --peta atau lembar Peta Jawaban). */
export function petaDengan(aturan: AturanSkm, tambahan: readonly BarisPeta[]): PetaJawaban {
  const peta = petaBawaan(aturan);
  for (const b of tambahan) {
    if (b.unsur === UNSUR_KEPENTINGAN) continue;
    if (!Number.isInteger(b.nilai) || b.nilai < 1 || b.nilai > 4)
      throw galatAngka(`nilai peta "${b.jawaban}" (${b.nilai}) bukan bilangan bulat 1–4`);
    if (!Number.isInteger(b.unsur) || b.unsur < 0 || b.unsur > peta.length)
      throw galatNilai(`unsur peta ${b.unsur} tidak ada (1–${peta.length}, atau 0/* untuk semua)`);
    const sasaran = b.unsur === 0 ? peta : [peta[b.unsur - 1]];
    for (const m of sasaran) m.set(kunciTeks(b.jawaban), b.nilai);
  }
  return peta;
}

/**
 * Peta jawaban kepentingan/harapan (satu untuk semua unsur): OPSI_KEPENTINGAN (konvensi formulir e-SKM) dan
 * angka "1"–"4", ditambah baris peta ber-unsur UNSUR_KEPENTINGAN.
 */
export function petaKepentinganDengan(tambahan: readonly BarisPeta[] = []): Map<string, number> {
  const m = new Map<string, number>();
  for (let v = 1; v <= 4; v++) m.set(String(v), v);
  OPSI_KEPENTINGAN.forEach((t, i) => m.set(kunciTeks(t), i + 1));
  for (const b of tambahan) {
    if (b.unsur !== UNSUR_KEPENTINGAN) continue;
    if (!Number.isInteger(b.nilai) || b.nilai < 1 || b.nilai > 4)
      throw galatAngka(`nilai peta kepentingan "${b.jawaban}" (${b.nilai}) bukan bilangan bulat 1–4`);
    m.set(kunciTeks(b.jawaban), b.nilai);
  }
  return m;
}
