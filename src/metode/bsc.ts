/** Balanced Scorecard (seed 000): perspektif, KPI, capaian, skor. Perintah: `kinerja bsc`. */
import { rencanaBsc, type OpsiBsc } from "../plans/bsc";
import { panelBsc } from "../taskpane/bagian/bsc";
import { harus, periksaOpsi } from "./baca";
import { DAFTAR_METODE } from "./daftar";
import type { Metode } from "./jenis";

export const bsc: Metode<"bsc"> = {
  id: "bsc",
  ...DAFTAR_METODE.bsc,
  bacaOpsi: (x) =>
    periksaOpsi<OpsiBsc>(x, "bsc", { perspektif: harus.larik(), unit: harus.daftarTeks(), lantai: harus.angka() }),
  buat: rencanaBsc,
  panel: panelBsc,
  demo: [{ berkas: "bsc-kosong.xlsx", urutan: 7, opsi: () => ({}) }],
};
