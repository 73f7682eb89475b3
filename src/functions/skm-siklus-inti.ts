/* eslint-disable @typescript-eslint/no-explicit-any -- Excel mengirim rentang campuran (angka, teks, kosong); tipenya diperiksa di inti */
/**
 * Isi fungsi kustom SKM.SIKLUS dan SKM.SIKLUSRINCI (issue 14): pembungkus tipis atas src/core/skm-saringan.ts,
 * yang menghitung lewat hitungKelompok seperti `kinerja skm --json` dan lembar Hasil. Di add-in modul ini
 * potongan sendiri yang dimuat saat SKM.SIKLUS* pertama kali dihitung (functions/skm-siklus.ts), agar
 * functions.js tetap kecil (issue 17); deskripsi argumen dan galat ada di functions/skm-siklus.ts.
 */
import { bacaAturan } from "../core/skm";
import { bacaKonvensiSel, bacaPeriodeSaringan, hitungSaringan, type Kolom } from "../core/skm-saringan";
import type { HasilKelompok } from "../core/skm-siklus";
import { jalankan, kosong } from "./excel";

/** Argumen sebagai rentang 2-D tanpa salinan (Excel mengirim rentang persegi; bentuknya diperiksa inti). */
const rentang = (x: any): any[][] => (Array.isArray(x) ? x : [[x]]);

/** Kolom layanan/waktu: tidak diisi (argumen dilewati atau satu sel kosong) → null. */
function kolomOpsional(x: any): Kolom {
  if (x === null || x === undefined) return null;
  const r = rentang(x);
  return r.length === 1 && r[0].length === 1 && kosong(r[0][0]) ? null : r;
}

function hitung(
  jawaban: any,
  layanan: any,
  waktu: any,
  filterLayanan: any,
  filterPeriode: any,
  penimbang: any,
  pembulatanNrr: any,
  aturan: any,
): HasilKelompok {
  const a = bacaAturan(aturan);
  const fl = kosong(filterLayanan) ? "" : String(filterLayanan).trim();
  const saring = { layanan: fl === "" ? null : fl, periode: bacaPeriodeSaringan(filterPeriode) };
  return hitungSaringan(
    rentang(jawaban),
    kolomOpsional(layanan),
    kolomOpsional(waktu),
    saring,
    a,
    bacaKonvensiSel(penimbang, pembulatanNrr),
  );
}

/** SKM.SIKLUS: nilai SKM satu jenis layanan × periode (lihat functions/skm-siklus.ts). */
export function skmSiklus(
  jawaban: any[][],
  layanan: any[][],
  waktu: any[][],
  filter_layanan?: any,
  filter_periode?: any,
  penimbang?: any,
  pembulatan_nrr?: any,
  aturan?: any,
): number {
  return jalankan(
    () => hitung(jawaban, layanan, waktu, filter_layanan, filter_periode, penimbang, pembulatan_nrr, aturan).nilai,
  );
}

/** SKM.SIKLUSRINCI: responden, NRR U1…Un, indeks, nilai, mutu, kinerja (lihat functions/skm-siklus.ts). */
export function skmSiklusRinci(
  jawaban: any[][],
  layanan: any[][],
  waktu: any[][],
  filter_layanan?: any,
  filter_periode?: any,
  penimbang?: any,
  pembulatan_nrr?: any,
  aturan?: any,
): any[][] {
  return jalankan(() => {
    const h = hitung(jawaban, layanan, waktu, filter_layanan, filter_periode, penimbang, pembulatan_nrr, aturan);
    return [[h.responden, ...h.nrr, h.indeks, h.nilai, h.mutu, h.kinerja]];
  });
}
