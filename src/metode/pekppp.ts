/** Evaluasi kinerja unit pelayanan (PEKPPP / IPP, PermenPAN-RB 29/2022). Perintah: `kinerja pekppp`. */
import { contohPekppp, rencanaPekppp, type OpsiPekppp } from "../plans/pekppp";
import { panelPekppp } from "../taskpane/bagian/pekppp";
import { harus, periksaOpsi } from "./baca";
import { DAFTAR_METODE } from "./daftar";
import type { Metode } from "./jenis";

export const pekppp: Metode<"pekppp"> = {
  id: "pekppp",
  ...DAFTAR_METODE.pekppp,
  bacaOpsi: (x) =>
    periksaOpsi<OpsiPekppp>(x, "pekppp", {
      nilai: harus.daftarAngka(),
      responden: harus.bulat(),
      butirPublik: harus.larik(),
      jawabanPublik: harus.larik(),
    }),
  buat: rencanaPekppp,
  panel: panelPekppp,
  demo: [{ berkas: "pekppp-contoh.xlsx", urutan: 10, opsi: contohPekppp }],
};
