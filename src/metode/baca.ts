/**
 * Pembantu pembaca opsi metode (`bacaOpsi` tiap deskriptor): opsi tak bertipe (dari panel, dari catatan `_pkp`
 * buku kerja, dari CLI) diperiksa bentuknya lalu diteruskan APA ADANYA (objek yang sama, tanpa disalin atau
 * dibuang kuncinya), jadi rencana yang dibangun sama persis dengan sebelumnya. Yang diperiksa: objek, jenis
 * setiap kunci yang dikenal, dan nilai pilihan; batas isi (mis. baris paling banyak) tetap diperiksa pembangun.
 * Opsi salah melempar GalatKinerja jenis NILAI (#VALUE!) dengan pesan singkat Bahasa Indonesia.
 */
import { galatNilai } from "../core/errors";

/** Opsi sebagai objek polos; selain objek (null, larik, teks) ditolak. */
export function objekOpsi(x: unknown, metode: string): Record<string, unknown> {
  if (typeof x !== "object" || x === null || Array.isArray(x))
    throw galatNilai(`opsi ${metode} harus berupa objek, ditemukan ${jenisNilai(x)}`);
  return x as Record<string, unknown>;
}

function jenisNilai(x: unknown): string {
  if (x === null) return "null";
  if (Array.isArray(x)) return "larik";
  return typeof x === "string" ? "teks" : typeof x === "number" ? "angka" : typeof x;
}

/** Pemeriksa satu kunci opsi (kunci boleh tidak ada bila tidak `wajib`). */
export type PeriksaKunci = (o: Record<string, unknown>, kunci: string, metode: string) => void;

function kunciOpsi(cocok: (v: unknown) => boolean, harus: string, wajib = false): PeriksaKunci {
  return (o, kunci, metode) => {
    const v = o[kunci];
    if (v === undefined) {
      if (wajib) throw galatNilai(`opsi ${metode}: ${kunci} wajib diisi (${harus})`);
      return;
    }
    if (!cocok(v)) throw galatNilai(`opsi ${metode}: ${kunci} harus ${harus}, ditemukan ${jenisNilai(v)}`);
  };
}

const angkaSah = (v: unknown): boolean => typeof v === "number" && Number.isFinite(v);

/** Kunci opsi: jenis yang diharapkan. */
export const harus = {
  angka: (wajib = false) => kunciOpsi(angkaSah, "angka", wajib),
  bulat: (wajib = false) => kunciOpsi((v) => Number.isInteger(v), "bilangan bulat", wajib),
  teks: (wajib = false) => kunciOpsi((v) => typeof v === "string", "teks", wajib),
  benar: (wajib = false) => kunciOpsi((v) => typeof v === "boolean", "benar/salah", wajib),
  larik: (wajib = false) => kunciOpsi(Array.isArray, "daftar", wajib),
  daftarTeks: (wajib = false) =>
    kunciOpsi((v) => Array.isArray(v) && v.every((x) => typeof x === "string"), "daftar teks", wajib),
  daftarAngka: (wajib = false) => kunciOpsi((v) => Array.isArray(v) && v.every(angkaSah), "daftar angka", wajib),
  objek: (wajib = false) => kunciOpsi((v) => typeof v === "object" && v !== null && !Array.isArray(v), "objek", wajib),
  salahSatu: (pilihan: readonly unknown[], wajib = false) =>
    kunciOpsi((v) => pilihan.includes(v), `salah satu dari ${pilihan.map((p) => JSON.stringify(p)).join(", ")}`, wajib),
};

/**
 * Memeriksa `x` dengan aturan per kunci lalu mengembalikannya sebagai opsi bertipe `T` (objek yang sama).
 * Kunci yang tidak disebut aturan diteruskan tanpa diperiksa (mis. isian contoh yang diperiksa pembangun).
 */
export function periksaOpsi<T>(x: unknown, metode: string, aturan: Readonly<Record<string, PeriksaKunci>>): T {
  const o = objekOpsi(x, metode);
  for (const [kunci, periksa] of Object.entries(aturan)) periksa(o, kunci, metode);
  return o as T;
}
