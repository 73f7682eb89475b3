/**
 * Panel metode task pane, murni (tanpa DOM, dapat diuji sendiri): daftar metode (metode/daftar.ts: id, nama,
 * bagian isian; tanpa kode pembangun yang dimuat belakangan; metode baru otomatis muncul), namanya per bahasa,
 * dan bagian isian yang tampil untuk tiap metode. Bagian isian dan pembacanya ada di taskpane/bagian/<id>.ts,
 * pembantu bersama (BacaIsian, GalatIsian, …) di taskpane/isian.ts.
 */
import { DAFTAR_METODE, ID_METODE, adalahIdMetode, infoMetode, type Bahasa, type IdMetode } from "../metode/daftar";

/** Metode yang dapat dibangun dari panel, dalam urutan daftar metode (metode/daftar.ts). */
export function daftarMetode(): IdMetode[] {
  return [...ID_METODE];
}

/** Nama metode `id` dalam `bahasa` (metode/daftar.ts); id tidak dikenal ditampilkan apa adanya. */
export function namaMetode(id: string, bahasa: Bahasa): string {
  return adalahIdMetode(id) ? DAFTAR_METODE[id].nama[bahasa] : id;
}

/** Bagian isian `bagian` (id elemen dengan atribut data-bagian di templat) tampil untuk metode `id`. */
export function bagianTampil(bagian: string, id: string): boolean {
  return adalahIdMetode(id) && infoMetode(id).bagian.some((b) => b.id === bagian);
}
