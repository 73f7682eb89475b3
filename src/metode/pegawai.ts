/** Kinerja pegawai (seed 002): lima aspek, PP 46/2011, skala LAN, predikat 6/2022. Perintah: `kinerja pegawai`. */
import { contohPegawai, rencanaPegawai, type OpsiPegawai } from "../plans/pegawai";
import { rencanaPegawai2022 } from "../plans/pegawai-2022";
import { panelPegawai } from "../taskpane/bagian/pegawai";
import { harus, periksaOpsi } from "./baca";
import { DAFTAR_METODE } from "./daftar";
import type { Metode } from "./jenis";

export const pegawai: Metode<"pegawai"> = {
  id: "pegawai",
  ...DAFTAR_METODE.pegawai,
  bacaOpsi: (x) =>
    periksaOpsi<OpsiPegawai>(x, "pegawai", {
      pegawai: harus.bulat(),
      skala: harus.salahSatu(["pp46", "lan", "2022"]),
      bobot: harus.daftarAngka(),
      nama: harus.daftarTeks(),
      skor: harus.larik(),
    }),
  buat: rencanaPegawai,
  panel: panelPegawai,
  demo: [
    { berkas: "kinerja-pegawai-contoh.xlsx", urutan: 11, opsi: contohPegawai },
    // aturan kinerja pegawai yang berlaku (PermenPAN-RB 6/2022); rating contoh rekaan (isian awal hasil/perilaku)
    {
      berkas: "predikat-pegawai-2022-contoh.xlsx",
      urutan: 14,
      opsi: () => ({ skala: "2022", pegawai: 3, nama: ["Pegawai A", "Pegawai B", "Pegawai C"] }),
      rencana: () =>
        rencanaPegawai2022({
          pegawai: 3,
          nama: ["Pegawai A", "Pegawai B", "Pegawai C"],
          hasil: ["Di atas ekspektasi", "Sesuai ekspektasi", "Di bawah ekspektasi"],
          perilaku: ["Di atas ekspektasi", "Sesuai ekspektasi", "Sesuai ekspektasi"],
        }),
    },
  ],
};
