/**
 * Lembar pembanding untuk `kinerja lan hitung --tipe T --xlsx`: Bobot Variabel yang dihitung rumus
 * lembar "LAN-T Bobot" di samping Bobot Variabel tercetak Lampiran 5–7 tipe T, dengan selisihnya
 * (rumus). Sama dengan kolom "Bobot tercetak" yang dicetak `--json`/teks, sehingga opsi --tipe
 * sampai ke buku kerja.
 */
import { galatInternal } from "../core/errors";
import { KETERANGAN_TIPE, lampiranTercetak, type TipeDinas } from "../frameworks/lan1998";
import { FORMAT_ANGKA } from "./gaya";
import { alamat, hitung, judul, label, selBeralamat, type RencanaBukuKerja, type RencanaLembar } from "./rencana";
import { Kisi, abs, rujukLembar } from "./ringkasan";
import { namaLembarLan } from "./lan";

export const namaLembarPembandingLan = (tipe: TipeDinas): string => `LAN-${tipe} Pembanding`;

/** Alamat absolut Bobot Variabel tiap variabel (baris "Jumlah", kolom "Bobot Variabel") di lembar Bobot. */
function alamatBobotVariabel(l: RencanaLembar): string[] {
  const sel = [...selBeralamat(l)];
  const kolom = sel.find((s) => s.sel.nilai === "Bobot Variabel")?.kolom;
  if (kolom === undefined) throw galatInternal(`kolom "Bobot Variabel" tidak ada di ${l.nama}`);
  return sel.filter((s) => s.kolom === 1 && s.sel.nilai === "Jumlah").map((s) => abs(s.baris, kolom));
}

/**
 * Menambahkan lembar pembanding ke rencana hitungBobot pola lengkap tipe `tipe`.
 * @throws galat internal bila lembar Bobot tidak memuat 17 baris Jumlah variabel
 */
export function tambahPembandingLan(r: RencanaBukuKerja, tipe: TipeDinas): RencanaBukuKerja {
  const bobot = r.lembar.find((l) => l.nama === namaLembarLan(tipe, "Bobot"));
  if (!bobot) throw galatInternal(`lembar ${namaLembarLan(tipe, "Bobot")} tidak ada`);
  const sumber = alamatBobotVariabel(bobot);
  const cetak = lampiranTercetak(tipe);
  if (sumber.length !== cetak.length)
    throw galatInternal(`lembar Bobot memuat ${sumber.length} variabel, Lampiran memuat ${cetak.length}`);
  const ref = rujukLembar(bobot.nama);
  const lampiran = KETERANGAN_TIPE[tipe].lampiran;
  const k = new Kisi();
  k.set(0, 0, judul(`Bobot Variabel dihitung vs tercetak (${lampiran}, tipe ${tipe})`));
  k.set(
    1,
    0,
    label(
      `Kolom B = rumus lembar ${bobot.nama}; kolom C = angka tercetak ${lampiran} (LAN 1998); selisih = B − C.`,
      "catatan",
    ),
  );
  ["Variabel", "Bobot Variabel (rumus)", `Bobot tercetak (${lampiran})`, "Selisih"].forEach((t, j) =>
    k.set(3, j, label(t, "kepala")),
  );
  cetak.forEach((c, i) => {
    const b = 4 + i;
    k.set(b, 0, label(`V${c.no}`));
    k.set(b, 1, hitung(`=${ref}!${sumber[i]}`, FORMAT_ANGKA.bobot));
    k.set(b, 2, label(c.bobot));
    k.set(b, 3, hitung(`=${alamat(b, 1)}-${alamat(b, 2)}`, "0.0000000"));
  });
  const lembar: RencanaLembar = {
    nama: namaLembarPembandingLan(tipe),
    blok: [k.blok()],
    lebarKolom: [
      { kolom: "A", lebar: 10 },
      { kolom: "B", lebar: 24 },
      { kolom: "C", lebar: 24 },
      { kolom: "D", lebar: 14 },
    ],
  };
  return { ...r, lembar: [...r.lembar, lembar] };
}
