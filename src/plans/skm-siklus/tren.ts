/**
 * Lembar Tren siklus SKM: nilai SKM unit dan tiap jenis layanan per periode (dicari dari lembar Hasil), perubahan
 * dari periode sebelumnya, dan grafik garis nilai unit.
 */
import { alamat, hitung, hurufKolom, judul, label, type RencanaLembar } from "../rencana";
import { Kisi } from "../ringkasan";
import { NAMA_UNIT, type Tata } from "./tata";
import { cariHasil } from "./hasil";

export function lembarTren(t: Tata): RencanaLembar {
  const { o } = t;
  const k = new Kisi();
  k.set(0, 0, judul("Tren nilai SKM per periode"));
  k.set(
    1,
    0,
    label("Nilai unit dan tiap jenis layanan per periode, dengan perubahan dari periode sebelumnya (poin).", "catatan"),
  );
  const kolom = [NAMA_UNIT, ...o.layanan];
  k.set(3, 0, label("Periode", "kepala"));
  kolom.forEach((s, i) => {
    k.set(3, 1 + 2 * i, label(s, "kepala"));
    k.set(3, 2 + 2 * i, label("Perubahan", "kepala"));
  });
  o.periodeNama.forEach((p, i) => {
    const r = 4 + i;
    k.set(r, 0, label(p));
    kolom.forEach((s, j) => {
      const c = 1 + 2 * j;
      k.set(r, c, hitung(`=${cariHasil(t, `$A${r + 1}&"|"&"${s.replace(/"/g, '""')}"`, t.hasilKol.nilai)}`, "0.00"));
      k.set(
        r,
        c + 1,
        i === 0
          ? label("")
          : hitung(
              `=IF(AND(ISNUMBER(${alamat(r, c)}),ISNUMBER(${alamat(r - 1, c)})),${alamat(r, c)}-${alamat(r - 1, c)},"")`,
              "+0.00;-0.00;0.00",
            ),
      );
    });
  });
  const akhir = 4 + o.periodeNama.length - 1;
  return {
    nama: t.lembar.tren,
    blok: [k.blok()],
    lebarKolom: [
      { kolom: "A", lebar: 12 },
      ...kolom.flatMap((_, j) => [
        { kolom: hurufKolom(1 + 2 * j), lebar: 16 },
        { kolom: hurufKolom(2 + 2 * j), lebar: 11 },
      ]),
    ],
    grafik: [
      {
        jenis: "garis",
        judul: "Nilai SKM unit per periode",
        data: `B5:B${akhir + 1}`,
        kategori: `A5:A${akhir + 1}`,
        posisi: `A${akhir + 4}`,
      },
    ],
  };
}
