/** Kepekaan bobot: rentang tepat satu bobot, tornado, stabilitas Dirichlet. Perintah: `kinerja kepekaan`. */
import { ID_PITA } from "../core/kepekaan";
import { rencanaKepekaan, type OpsiKepekaanBobot } from "../plans/kepekaan";
import { panelKepekaan } from "../taskpane/bagian/kepekaan";
import { harus, periksaOpsi } from "./baca";
import { DAFTAR_METODE } from "./daftar";
import type { Metode } from "./jenis";

export const kepekaan: Metode<"kepekaan"> = {
  id: "kepekaan",
  ...DAFTAR_METODE.kepekaan,
  bacaOpsi: (x) =>
    periksaOpsi<OpsiKepekaanBobot>(x, "kepekaan", {
      unit: harus.bulat(),
      kriteria: harus.daftarTeks(),
      bobot: harus.daftarAngka(),
      pita: harus.salahSatu([...ID_PITA, null]),
      sampel: harus.bulat(),
      benih: harus.bulat(),
      nama: harus.daftarTeks(),
      nilai: harus.larik(),
    }),
  buat: rencanaKepekaan,
  panel: panelKepekaan,
  // tidak ditulis `kinerja demo`; contohnya dipakai uji dan dokumentasi
  demo: [],
};
