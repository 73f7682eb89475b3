/**
 * Aturan presisi keputusan pita (satu tempat untuk seluruh proyek).
 *
 * Angka tidak pernah dibulatkan di dalam perhitungan. Satu-satunya kekecualian: saat sebuah nilai
 * dibandingkan dengan batas pita tercetak (kategori LAN, kategori IPP/PEKPPP, pita pegawai PP 46/2011
 * dan skala prestasi LAN, status BSC, mutu SKM/IKM), keputusan diambil atas nilai yang dibulatkan ke
 * DESIMAL_PITA (9) angka di belakang koma, di inti (bulatPita) dan di rumus yang ditulis pembangun
 * (rumusBulatPita → ROUND(x,9) di dalam IF). Dengan begitu nilai yang di atas kertas tepat di batas
 * (mis. semua skor 7 → 700, aspek 0,1,2,5,1,2 → IPP 1,50) masuk pita yang dicetak tabel untuk batas itu,
 * walau aritmetika titik mengambang memberi 700,0000000000003 atau 1,4999999999999998.
 *
 * Mengapa 9: derau titik mengambang pada skala pita proyek (≤ 1000) berada di sekitar 1e-13, jauh di
 * bawah 5e-10; sedangkan semua batas tercetak memakai ≤ 4 desimal, sehingga selisih nyata ≥ 1e-9 tetap
 * memutuskan (700,000000001 tetap Baik). Cara membulatkan sama dengan ROUND di HyperFormula dan, untuk
 * angka-angka ini, di Excel: setengah menjauhi nol, Math.round(|x| × 10⁹) / 10⁹.
 */
export const DESIMAL_PITA = 9;

const FAKTOR = 10 ** DESIMAL_PITA;

/**
 * Nilai yang dipakai untuk memutuskan pita: x dibulatkan ke DESIMAL_PITA desimal (setengah menjauhi nol).
 * Angka sangat besar (|x| ≥ 1e15, tanpa pecahan berarti) dan bukan-angka dikembalikan apa adanya.
 */
export function bulatPita(x: number): number {
  if (!Number.isFinite(x) || Math.abs(x) >= 1e15) return x;
  const r = Math.round(Math.abs(x) * FAKTOR) / FAKTOR;
  return x < 0 ? -r : r;
}

/** Rumus Excel yang sama dengan bulatPita: `ROUND(ekspresi,9)`. */
export function rumusBulatPita(ekspresi: string): string {
  return `ROUND(${ekspresi},${DESIMAL_PITA})`;
}
