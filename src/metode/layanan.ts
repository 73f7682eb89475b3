/** Log kinerja layanan (seed 000, 001): penyelesaian, ketepatan waktu, capaian. Perintah: `kinerja layanan`. */
import { CONTOH_SEBERANG_ULU_II, rencanaLayanan, type OpsiLayanan } from "../plans/layanan";
import { panelLayanan } from "../taskpane/bagian/layanan";
import { harus, periksaOpsi } from "./baca";
import { DAFTAR_METODE } from "./daftar";
import type { Metode } from "./jenis";

export const layanan: Metode<"layanan"> = {
  id: "layanan",
  ...DAFTAR_METODE.layanan,
  bacaOpsi: (x) =>
    periksaOpsi<OpsiLayanan>(x, "layanan", {
      contoh: harus.benar(true),
      data: harus.larik(),
      judul: harus.teks(),
      barisKosong: harus.bulat(),
      ringkasan: harus.salahSatu(["penyelesaian", "ketepatan", "capaian"]),
      nama: harus.teks(),
    }),
  buat: rencanaLayanan,
  panel: panelLayanan,
  demo: [
    { berkas: "layanan-dumai-timur-2021.xlsx", urutan: 4, opsi: () => ({ contoh: true, barisKosong: 3 }) },
    {
      berkas: "ktp-kk-seberang-ulu-ii.xlsx",
      urutan: 5,
      opsi: () => ({
        contoh: false,
        judul: "KTP dan KK Kecamatan Seberang Ulu II: permohonan 2017 dan realisasi 2014 terhadap target",
        data: CONTOH_SEBERANG_ULU_II.map((b) => ({ ...b })),
        barisKosong: 2,
        ringkasan: "penyelesaian",
      }),
    },
  ],
};
