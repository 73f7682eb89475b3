/** `kinerja bsc`: Balanced Scorecard dari CSV KPI. Didaftarkan dari registri metode (metode/bsc.ts). */
import type { Command } from "commander";
import { hitungBscDariCsv, formatBsc, objekJsonBsc } from "./bsc";
import { rencanaXlsx, selesaikan, type Keluaran } from "./keluaran";
import { contoh, opsiKeluaran, type OpsiKeluaran } from "./perintah";

export function perintahBsc(induk: Command, keluar: Keluaran): void {
  const bsc = induk
    .command("bsc")
    .description("Balanced Scorecard dari CSV KPI: [perspektif,]indikator,target,realisasi[,arah][,bobot]")
    .requiredOption("-i, --input <berkas.csv>", "CSV KPI (indikator boleh bernama produk; angka boleh 100%)")
    .option("--lantai-nol", "capaian paling kecil 0 (arah turun tidak negatif)");
  opsiKeluaran(bsc);
  contoh(
    bsc,
    "kinerja bsc --input test/fixtures/kasus/seberang-ulu-ii-2014-target.csv",
    "  (KK 4801/4500 = 106,69%, KTP 11279/11000 = 102,54% → skor 104,61%, Hijau)",
  );
  bsc.action(async (o: OpsiKeluaran & { input: string; lantaiNol?: boolean }) => {
    const h = hitungBscDariCsv(o.input, o.lantaiNol ? 0 : undefined);
    await selesaikan(
      {
        json: objekJsonBsc(h),
        sumber: o.input,
        desimalKoma: h.desimalKoma,
        teks: (t) => formatBsc(h, t),
        rencana: () => rencanaXlsx().rencanaBscDariCsv(h),
      },
      o,
      keluar,
    );
  });
}
