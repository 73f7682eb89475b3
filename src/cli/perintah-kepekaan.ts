/** `kinerja kepekaan`: Kepekaan peringkat dan kategori terhadap bobot. Didaftarkan dari registri metode (metode/kepekaan.ts). */
import { Option, type Command } from "commander";
import {
  formatKepekaan,
  hitungKepekaanDariCsv,
  jsonKepekaan,
  rencanaKepekaanDariCsv,
  type OpsiKepekaan,
} from "./kepekaan";
import { selesaikan, type Keluaran } from "./keluaran";
import { contoh, opsiAngka, opsiKeluaran, type OpsiKeluaran } from "./perintah";

export function perintahKepekaan(induk: Command, keluar: Keluaran): void {
  const kepekaan = induk
    .command("kepekaan")
    .description("Kepekaan peringkat dan kategori terhadap bobot: selang tepat satu bobot dan sampel Dirichlet")
    .requiredOption("-i, --input <berkas.csv>", "kolom unit lalu satu kolom skor per kriteria (skala yang dibaca pita)")
    .requiredOption(
      "--bobot <daftar>",
      'bobot kriteria sejajar kolom, mis. 0.3,0.5,0.2 atau "0,3;0,5;0,2" (dinormalkan)',
    )
    .addOption(
      new Option("--pita <pita>", "pita kategori metode").choices(["lan", "pekppp", "skm2017", "skm2004", "pp46"]),
    )
    .addOption(
      new Option("--sampel <n>", "banyak tarikan Dirichlet")
        .default(10000)
        .argParser(opsiAngka("--sampel", { positif: true, bulat: true })),
    )
    .addOption(
      new Option("--konsentrasi <c>", "konsentrasi C (α = C × bobot)")
        .default(100)
        .argParser(opsiAngka("--konsentrasi", { positif: true })),
    )
    .addOption(
      new Option("--benih <s>", "benih generator acak (bilangan bulat)")
        .default(1)
        .argParser(opsiAngka("--benih", { bulat: true })),
    );
  opsiKeluaran(kepekaan);
  contoh(
    kepekaan,
    "kinerja kepekaan --input unit.csv --bobot 0.5,0.3,0.2 --pita pp46",
    "  (unit.csv: unit,Hasil,Perilaku,Disiplin; skor 0–100; rentang bobot yang menjaga peringkat dan kategori)",
  );
  kepekaan.action(async (o: OpsiKeluaran & OpsiKepekaan) => {
    const h = hitungKepekaanDariCsv(o);
    await selesaikan(
      {
        json: jsonKepekaan(h),
        sumber: o.input,
        desimalKoma: h.data.desimalKoma,
        teks: (t) => formatKepekaan(h, t),
        rencana: () => rencanaKepekaanDariCsv(h, o),
      },
      o,
      keluar,
    );
  });
}
