/** Survei Kepuasan Masyarakat (PermenPAN-RB 14/2017, KepmenPAN 25/2004). Perintah: `kinerja skm`. */
import { rencanaSkm, type OpsiSkm } from "../plans/skm";
import { panelSkm } from "../taskpane/bagian/skm";
import { harus, periksaOpsi } from "./baca";
import { DAFTAR_METODE } from "./daftar";
import type { Metode } from "./jenis";

/** Jawaban contoh SKM 2017 (10 responden × 9 unsur, 1–4), tetap dan ditulis apa adanya (`kinerja demo`). */
export const JAWABAN_CONTOH_SKM: readonly (readonly number[])[] = [
  [3, 3, 4, 4, 3, 3, 4, 3, 3],
  [4, 3, 3, 4, 3, 4, 4, 3, 3],
  [3, 2, 3, 4, 3, 3, 3, 2, 3],
  [3, 3, 3, 4, 4, 3, 4, 3, 4],
  [4, 4, 3, 4, 3, 3, 4, 3, 3],
  [3, 3, 2, 4, 3, 4, 3, 3, 3],
  [3, 3, 3, 4, 3, 3, 4, 2, 3],
  [4, 3, 3, 4, 3, 3, 4, 3, 4],
  [3, 3, 3, 3, 3, 3, 3, 3, 3],
  [3, 4, 3, 4, 4, 3, 4, 3, 3],
];

export const skm: Metode<"skm"> = {
  id: "skm",
  ...DAFTAR_METODE.skm,
  bacaOpsi: (x) =>
    periksaOpsi<OpsiSkm>(x, "skm", {
      aturan: harus.salahSatu(["2017", "2004"], true),
      responden: harus.bulat(true),
      unsur: harus.daftarTeks(),
      penimbang: harus.salahSatu(["tepat", "cetak"]),
      jawaban: harus.larik(),
    }),
  buat: rencanaSkm,
  panel: panelSkm,
  demo: [
    {
      berkas: "skm-contoh.xlsx",
      urutan: 6,
      opsi: () => ({ aturan: "2017", responden: 10, jawaban: JAWABAN_CONTOH_SKM.map((r) => [...r]) }),
    },
  ],
};
