/** Pola LAN 1998, Instrumen Alternatif I (seed 004): tingkat prestasi per jenis pelayanan. `kinerja lan prestasi`. */
import { contohLanAlternatif1, rencanaLanAlternatif1, type OpsiLanAlternatif1 } from "../plans/lan-alternatif1";
import { panelLanAlternatif1 } from "../taskpane/bagian/lan-alternatif1";
import { harus, periksaOpsi } from "./baca";
import { DAFTAR_METODE } from "./daftar";
import type { Metode } from "./jenis";

export const lanAlternatif1: Metode<"lanAlternatif1"> = {
  id: "lanAlternatif1",
  ...DAFTAR_METODE.lanAlternatif1,
  bacaOpsi: (x) =>
    periksaOpsi<OpsiLanAlternatif1>(x, "lanAlternatif1", {
      baris: harus.bulat(),
      dinas: harus.teks(),
      isian: harus.larik(),
    }),
  buat: rencanaLanAlternatif1,
  panel: panelLanAlternatif1,
  demo: [{ berkas: "lan-alternatif-i-contoh.xlsx", urutan: 12, opsi: contohLanAlternatif1 }],
};
