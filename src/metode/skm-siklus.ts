/**
 * Siklus SKM dari ekspor formulir (per layanan dan periode, issue 14). Perintah: `kinerja skm --layanan … --waktu …`
 * (bagian dari `kinerja skm`). Contoh demo disusun kode CLI (pembaca ekspor formulir), dimuat belakangan.
 */
import { rencanaSkmSiklus, type OpsiSkmSiklus } from "../plans/skm-siklus";
import { panelSkmSiklus } from "../taskpane/bagian/skm-siklus";
import { harus, periksaOpsi } from "./baca";
import { DAFTAR_METODE } from "./daftar";
import type { Metode } from "./jenis";

function demoCli(): typeof import("../cli/demo") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- dimuat belakangan (Node saja; webpack mengabaikan src/cli)
  return require("../cli/demo") as typeof import("../cli/demo");
}

export const skmSiklus: Metode<"skmSiklus"> = {
  id: "skmSiklus",
  ...DAFTAR_METODE.skmSiklus,
  // tanpa memeriksa isi `baris` (sampai 100.000 jawaban): cukup bentuknya; isinya diperiksa pembangun
  bacaOpsi: (x) =>
    periksaOpsi<OpsiSkmSiklus>(x, "skmSiklus", {
      aturan: harus.salahSatu(["2017", "2004"], true),
      periode: harus.salahSatu(["bulan", "triwulan", "semester", "tahun"], true),
      penimbang: harus.salahSatu(["1/n", "0.111", "0.11"], true),
      pembulatanNrr: harus.salahSatu([null, 2, 3], true),
      hasilUnit: harus.salahSatu(["gabungan", "rerata"], true),
      judul: harus.daftarTeks(true),
      kolomUnsur: harus.daftarAngka(true),
      kolomProfil: harus.daftarAngka(true),
      kolomSaran: harus.daftarAngka(true),
      layanan: harus.daftarTeks(true),
      periodeNama: harus.daftarTeks(true),
      unitNama: harus.teks(),
      baris: harus.larik(),
      banyakBaris: harus.bulat(),
      barisKosong: harus.bulat(),
      peta: harus.larik(),
      populasi: harus.objek(),
      kategoriProfil: harus.objek(),
      saran: harus.objek(),
      ambang: harus.angka(),
      kolomKepentingan: harus.daftarAngka(),
      sumbuKuadran: harus.daftarAngka(),
      lembarJawaban: harus.teks(),
      blok: harus.objek(),
      jawabanTerpisah: harus.benar(),
    }),
  buat: (o) => rencanaSkmSiklus(o),
  panel: panelSkmSiklus,
  demo: [
    {
      berkas: "skm-siklus-contoh.xlsx",
      urutan: 16,
      opsi: () => demoCli().opsiDemoSkmSiklus(),
      rencana: () => demoCli().rencanaDemoSkmSiklus(),
    },
  ],
};
