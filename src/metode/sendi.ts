/** Sendi pelayanan (Kepmenpan 81/1993, seed 003): delapan sendi, total, persentase. Perintah: `kinerja sendi`. */
import { contohSendi, rencanaSendi, type OpsiSendi } from "../plans/sendi";
import { panelSendi } from "../taskpane/bagian/sendi";
import { harus, periksaOpsi } from "./baca";
import { DAFTAR_METODE } from "./daftar";
import type { Metode } from "./jenis";

export const sendi: Metode<"sendi"> = {
  id: "sendi",
  ...DAFTAR_METODE.sendi,
  bacaOpsi: (x) =>
    periksaOpsi<OpsiSendi>(x, "sendi", {
      skalaMin: harus.angka(),
      skalaMaks: harus.angka(),
      skor: harus.daftarAngka(),
      bukti: harus.daftarTeks(),
    }),
  buat: rencanaSendi,
  panel: panelSendi,
  demo: [{ berkas: "sendi-pelayanan-contoh.xlsx", urutan: 9, opsi: contohSendi }],
};
