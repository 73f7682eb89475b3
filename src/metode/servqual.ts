/** Kualitas pelayanan SERVQUAL (Parasuraman dkk. 1988): persepsi − harapan. Perintah: `kinerja servqual`. */
import { contohServqual, rencanaServqual, type OpsiServqual } from "../plans/servqual";
import { panelServqual } from "../taskpane/bagian/servqual";
import { harus, periksaOpsi } from "./baca";
import { DAFTAR_METODE } from "./daftar";
import type { Metode } from "./jenis";

export const servqual: Metode<"servqual"> = {
  id: "servqual",
  ...DAFTAR_METODE.servqual,
  bacaOpsi: (x) =>
    periksaOpsi<OpsiServqual>(x, "servqual", {
      responden: harus.bulat(),
      peta: harus.daftarTeks(),
      bobot: harus.daftarAngka(),
      persepsi: harus.larik(),
      harapan: harus.larik(),
    }),
  buat: rencanaServqual,
  panel: panelServqual,
  demo: [{ berkas: "servqual-contoh.xlsx", urutan: 8, opsi: contohServqual }],
};
