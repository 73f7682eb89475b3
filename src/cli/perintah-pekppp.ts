/** `kinerja pekppp`: Indeks Pelayanan Publik (PEKPPP). Didaftarkan dari registri metode (metode/pekppp.ts). */
import { Option, type Command } from "commander";
import { formatPekpppCli, hitungPekpppDariCsv, objekJsonPekppp, rencanaPekpppDariCsv } from "./pekppp";
import { selesaikan, type Keluaran } from "./keluaran";
import { contoh, opsiKeluaran, type OpsiKeluaran } from "./perintah";

export function perintahPekppp(induk: Command, keluar: Keluaran): void {
  const pekppp = induk
    .command("pekppp")
    .description("Indeks Pelayanan Publik (PEKPPP) dari CSV aspek,indikator,nilai[,bobot_indikator]")
    .requiredOption("-i, --input <berkas.csv>", "nilai indikator 0–5 (--xlsx: ke-30 indikator baku, nomor/kode/nama)")
    .addOption(
      new Option("--versi <tahun>", "bobot aspek PermenPAN-RB 29/2022 (berlaku) atau 17/2017 (tidak terverifikasi)")
        .choices(["2022", "2017"])
        .default("2022"),
    );
  opsiKeluaran(pekppp);
  contoh(pekppp, "kinerja pekppp --input nilai.csv", "  (satu indikator bernilai 4 di tiap aspek → IPP 4,00, Baik)");
  pekppp.action(async (o: OpsiKeluaran & { input: string; versi: "2022" | "2017" }) => {
    const h = hitungPekpppDariCsv(o.input, o.versi);
    await selesaikan(
      {
        json: objekJsonPekppp(h),
        sumber: o.input,
        desimalKoma: h.desimalKoma,
        teks: (t) => formatPekpppCli(h, t),
        rencana: () => rencanaPekpppDariCsv(h),
      },
      o,
      keluar,
    );
  });
}
