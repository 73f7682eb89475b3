/** Rentang A1 untuk Periksa (audit umum dan aturan khusus metode; tetap di potongan "periksa" task pane). */
import { posisi } from "../plans/rencana";

/** Sel `a1` ada di dalam rentang A1 `rentang` ("B2:D9" atau satu sel "C3"; "$" diabaikan). */
export function dalamRentang(rentang: string, a1: string): boolean {
  const [awal, akhir = awal] = rentang.split(":");
  const p = posisi(a1);
  const a = posisi(awal);
  const b = posisi(akhir);
  return (
    p.baris >= Math.min(a.baris, b.baris) &&
    p.baris <= Math.max(a.baris, b.baris) &&
    p.kolom >= Math.min(a.kolom, b.kolom) &&
    p.kolom <= Math.max(a.kolom, b.kolom)
  );
}
