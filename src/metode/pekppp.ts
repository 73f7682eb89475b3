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
  cli: {
    perintah: "pekppp",
    urutan: 5,
    muat: () => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- dimuat belakangan (Node saja; webpack mengabaikan src/cli)
      return (require("../cli/perintah-pekppp") as typeof import("../cli/perintah-pekppp")).perintahPekppp;
    },
  },
  demo: [{ berkas: "pekppp-contoh.xlsx", urutan: 10, opsi: contohPekppp }],
};
