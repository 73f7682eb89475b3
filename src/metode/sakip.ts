/** Siklus SAKIP (Perpres 29/2014): PK, realisasi triwulan, capaian, serapan, LKjIP Bab III. `kinerja sakip`. */
import { CARA_EFISIENSI } from "../frameworks/sakip";
import { contohSakip, rencanaSakip, type OpsiSakip } from "../plans/sakip";
import { panelSakip } from "../taskpane/bagian/sakip";
import { harus, periksaOpsi } from "./baca";
import { DAFTAR_METODE } from "./daftar";
import type { Metode } from "./jenis";

export const sakip: Metode<"sakip"> = {
  id: "sakip",
  ...DAFTAR_METODE.sakip,
  bacaOpsi: (x) =>
    periksaOpsi<OpsiSakip>(x, "sakip", {
      indikator: harus.larik(),
      anggaran: harus.larik(),
      sasaran: harus.daftarTeks(),
      triwulan: harus.bulat(),
      efisiensi: harus.salahSatu(CARA_EFISIENSI),
      skala: harus.teks(),
      batas: harus.angka(),
      unit: harus.teks(),
      tahun: harus.bulat(),
      barisKosong: harus.bulat(),
    }),
  buat: rencanaSakip,
  panel: panelSakip,
  demo: [{ berkas: "sakip-contoh.xlsx", urutan: 17, opsi: contohSakip }],
};
