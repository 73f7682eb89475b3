/** Pola LAN 1998 (seed 004): bobot, nilai unit, kerangka. Perintah: `kinerja lan` (bobot, hitung, nilai, lima, prestasi). */
import { POLA_TIPE } from "../frameworks/lan1998-instrumen";
import { rencanaLan, type OpsiLan } from "../plans/lan";
import { panelLan } from "../taskpane/bagian/lan1998";
import { harus, periksaOpsi } from "./baca";
import { DAFTAR_METODE } from "./daftar";
import type { Metode } from "./jenis";

export const lan1998: Metode<"lan1998"> = {
  id: "lan1998",
  ...DAFTAR_METODE.lan1998,
  bacaOpsi: (x) =>
    periksaOpsi<OpsiLan>(x, "lan1998", {
      tipe: harus.salahSatu(POLA_TIPE, true),
      pola: harus.salahSatu(["lengkap", "lima", "limaData"], true),
      mode: harus.salahSatu(["hitungBobot", "nilaiUnit", "kerangka"], true),
      unit: harus.daftarTeks(true),
      perIndikator: harus.benar(),
      bobot: harus.salahSatu(["tercetak", "dihitung"]),
    }),
  buat: rencanaLan,
  panel: panelLan,
  demo: [
    ...(["I", "II", "III"] as const).map((tipe, i) => ({
      berkas: `lan-tipe-${tipe}.xlsx`,
      urutan: 1 + i,
      opsi: (): OpsiLan => ({ tipe, pola: "lengkap", mode: "kerangka", unit: [] }),
    })),
    // seed 004: pola kedua (Kesimpulan 6) dengan lima variabel dari data
    {
      berkas: "lan-pola-kedua-II-III.xlsx",
      urutan: 13,
      opsi: () => ({ tipe: "II+III", pola: "limaData", mode: "kerangka", unit: [] }),
    },
    // angka per indikator (Instrumen Alternatif II)
    {
      berkas: "lan-nilai-per-indikator.xlsx",
      urutan: 15,
      opsi: () => ({ tipe: "I", pola: "limaData", mode: "nilaiUnit", unit: [], perIndikator: true }),
    },
  ],
  // jumlah proporsi/bobot masukan dan angka tercetak tipe dinas (periksa/lan.ts, dimuat saat Periksa berjalan)
  periksa: () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- dimuat belakangan: `kinerja … --json` tidak memuat Periksa
    const p = require("../periksa/lan") as typeof import("../periksa/lan");
    return p.ATURAN_PERIKSA_LAN;
  },
};
