/** LKE mandiri akuntabilitas kinerja (PermenPAN-RB 88/2021): nilai komponen, nilai AKIP, predikat. `kinerja lke`. */
import { contohLke, rencanaLke, type OpsiLke } from "../plans/lke";
import { panelTanpaIsian } from "../taskpane/isian";
import { harus, periksaOpsi } from "./baca";
import { DAFTAR_METODE } from "./daftar";
import type { Metode } from "./jenis";

export const lke: Metode<"lke"> = {
  id: "lke",
  ...DAFTAR_METODE.lke,
  bacaOpsi: (x) =>
    periksaOpsi<OpsiLke>(x, "lke", {
      kriteria: harus.larik(),
      bobot: harus.larik(),
      unit: harus.teks(),
      tahun: harus.bulat(),
    }),
  buat: rencanaLke,
  panel: panelTanpaIsian,
  demo: [{ berkas: "lke-contoh.xlsx", urutan: 18, opsi: contohLke }],
};
