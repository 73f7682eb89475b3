/** `kinerja skm`: Survei Kepuasan Masyarakat, termasuk siklus SKM (--layanan/--waktu, skm-siklus.ts). Didaftarkan dari registri metode (metode/skm.ts). */
import { Option, type Command } from "commander";
import { GalatCli } from "./galat";
import { hitungSkmDariCsv, formatSkm, objekJsonSkm } from "./skm";
import {
  hitungSkmSiklusCli,
  objekJsonSiklus,
  modeSiklus,
  tambahOpsiSiklus,
  teksSiklus,
  type OpsiSkmSiklusCli,
} from "./skm-siklus";
import { rencanaXlsx, selesaikan, siklusXlsx, type Keluaran } from "./keluaran";
import { contoh, opsiKeluaran, type OpsiKeluaran } from "./perintah";

export function perintahSkm(induk: Command, keluar: Keluaran): void {
  const skm = induk
    .command("skm")
    .description("Survei Kepuasan Masyarakat dari CSV jawaban (satu baris per responden, kolom U1…U9 atau U1…U14)")
    .requiredOption("-i, --input <berkas.csv>", "CSV jawaban 1–4")
    .addOption(
      new Option("--aturan <tahun>", "PermenPAN-RB 14/2017 atau KepmenPAN 25/2004")
        .choices(["2017", "2004"])
        .default("2017"),
    )
    .addOption(
      new Option(
        "--penimbang <jenis>",
        "tepat (1/n) atau cetak (0,111 / 0,071); siklus (--layanan/--waktu) juga 0.111 atau 0.11",
      )
        .choices(["tepat", "cetak", "0.111", "0.11"])
        .default("tepat"),
    );
  opsiKeluaran(skm);
  tambahOpsiSiklus(skm); // siklus SKM (issue 14): --layanan/--waktu dan opsi terkait, src/cli/skm-siklus.ts
  contoh(
    skm,
    "kinerja skm --input jawaban.csv --xlsx skm.xlsx",
    "  (4 responden, jumlah jawaban 113 dari 36 sel → nilai 113/36 × 25 = 78,47, mutu B)",
    'kinerja skm --input formulir.csv --layanan "Jenis Layanan" --waktu "Cap waktu" --ambang 3,2 --xlsx skm-2026.xlsx',
    "  (siklus: per semester dan layanan; Tindak Lanjut memuat semua unsur dengan NRR unit < 3,2)",
  );
  skm.action(
    async (
      o: OpsiKeluaran & { input: string; aturan: "2017" | "2004"; penimbang: "tepat" | "cetak" } & OpsiSkmSiklusCli,
    ) => {
      if (modeSiklus(o)) {
        const s = await hitungSkmSiklusCli(o);
        await selesaikan(
          {
            json: objekJsonSiklus(s.hasil),
            sumber: o.input,
            desimalKoma: false,
            teks: () => teksSiklus(s),
            penulisXlsx: () => siklusXlsx().penulisXlsxSiklus(s, o.unit),
          },
          o,
          keluar,
        );
        return;
      }
      if (o.ambang !== undefined) throw new GalatCli("--ambang hanya untuk siklus SKM (--layanan/--waktu)");
      if (o.penimbang !== "tepat" && o.penimbang !== "cetak")
        throw new GalatCli(
          `--penimbang ${o.penimbang} hanya untuk siklus SKM (--layanan/--waktu); tanpa itu: tepat atau cetak`,
        );
      const h = hitungSkmDariCsv(o);
      await selesaikan(
        {
          json: objekJsonSkm(h),
          sumber: o.input,
          desimalKoma: h.desimalKoma,
          teks: (t) => formatSkm(h, t),
          rencana: () => rencanaXlsx().rencanaSkmDariCsv(h),
        },
        o,
        keluar,
      );
    },
  );
}
