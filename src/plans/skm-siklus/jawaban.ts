/**
 * Lembar Jawaban siklus SKM: ekspor formulir apa adanya (judul di baris 1, cap waktu sebagai tanggal seri
 * berformat dd/mm/yyyy hh:mm:ss), disalin bila rumus tidak merujuk langsung lembar jawaban pengguna.
 */
import { hurufKolom, masukan, type RencanaLembar } from "../rencana";
import { Kisi } from "../ringkasan";
import type { Tata } from "./tata";

/** Lebar kolom cap waktu "dd/mm/yyyy hh:mm:ss" (19 karakter) dengan ruang agar tidak tampil ###. */
export const LEBAR_CAP_WAKTU = 21;
/** Format cap waktu lembar Jawaban. */
export const FORMAT_CAP_WAKTU = "dd/mm/yyyy hh:mm:ss";

export function lembarJawaban(t: Tata): RencanaLembar {
  const { o } = t;
  const k = new Kisi();
  // judul kolom formulir: isian pengguna (boleh diganti), bergaya kepala agar diulang di setiap halaman cetak
  o.judul.forEach((j, c) => k.set(0, c, { ...masukan(`judul|k=${c}`, j), gaya: "kepala" }));
  // baris data ditulis penulis beraliran langsung dari o.baris (100.000 baris tanpa sel rencana)
  for (let r = 0; r < (o.jawabanTerpisah ? 0 : t.R); r++) {
    const b = o.baris?.[r];
    for (let c = 0; c < o.judul.length; c++) {
      const v = b?.[c];
      const ada = v !== undefined && v !== "";
      k.set(
        1 + r,
        c,
        masukan(`jwb|r=${r + 1}|k=${c}`, ada ? v : undefined, c === o.kolomWaktu ? FORMAT_CAP_WAKTU : undefined),
      );
    }
  }
  return {
    nama: t.lembar.jawaban,
    blok: [k.blok()],
    bekukan: { baris: 1, kolom: 0 },
    lebarKolom: o.judul.map((_, c) => ({
      kolom: hurufKolom(c),
      lebar: c === o.kolomWaktu ? LEBAR_CAP_WAKTU : o.kolomUnsur.includes(c) ? 18 : 16,
    })),
    // tanggal-jam bertaksir sempit di tata letak (format tanpa desimal): lebar paling kecil agar tidak tampil ###;
    // baris data yang dialirkan tidak dilihat tata letak: semua kolom mendapat lebar bawaannya
    lebarMinimum: o.judul
      .map((_, c) => ({
        kolom: hurufKolom(c),
        lebar: c === o.kolomWaktu ? LEBAR_CAP_WAKTU : o.kolomUnsur.includes(c) ? 18 : 16,
      }))
      .filter((x) => o.jawabanTerpisah || x.lebar === LEBAR_CAP_WAKTU),
  };
}
