/** `kinerja lan`: Pola LAN 1998 (Bab III: bobot, hitung) dan subperintah nilai/lima/prestasi
 * (lan-pola-perintah.ts). Didaftarkan dari registri metode (metode/lan1998.ts). */
import { Option, type Command } from "commander";
import { SKOR_IDEAL_LAN } from "../frameworks/lan1998";
import { rencanaBobotDariCsv, formatBobot, hitungBobotDariCsv } from "./lan";
import { hitungLanDariCsv, formatLanHitung, objekJsonLan } from "./lan-hitung";
import { daftarLanPola } from "./lan-pola-perintah";
import { rencanaXlsx, selesaikan, type Keluaran } from "./keluaran";
import { contoh, opsiAngka, opsiKeluaran, type OpsiKeluaran } from "./perintah";

export function perintahLan(induk: Command, keluar: Keluaran): void {
  const lan = induk
    .command("lan")
    .description("Pola Penilaian Kinerja Pelayanan Umum LAN 1998 (bobot, hitung, nilai, lima, prestasi)");
  contoh(lan, "kinerja lan bobot --input total.csv", "kinerja lan hitung --input skor.csv --tipe I");
  const bobot = lan
    .command("bobot")
    .description("Proporsi dan Bobot Variabel dari total tiap variabel (Bab III, Lampiran 5–7)")
    .requiredOption(
      "-i, --input <berkas.csv>",
      "CSV no,total[,nama] atau variabel_no,total_variabel[,tipe], satu baris per variabel",
    )
    .addOption(
      new Option("--tipe <tipe>", "tipe dinas yang dipilih bila berkas punya kolom tipe").choices(["I", "II", "III"]),
    )
    .addOption(
      new Option("--skor-ideal <n>", "Skor Ideal (20000; 20.470 mendua, tulis 20470)")
        .default(SKOR_IDEAL_LAN)
        .argParser(opsiAngka("--skor-ideal", { positif: true })),
    );
  opsiKeluaran(bobot);
  contoh(
    bobot,
    "kinerja lan bobot --input test/fixtures/lan-1998/lampiran-5-7-total-variabel.csv --tipe I",
    "  (variabel 1: 631,99 / 6071,41 × 20000 = 2081,856 — Lampiran 5)",
  );
  bobot.action((o: OpsiKeluaran & { input: string; tipe?: string; skorIdeal: number }) => {
    const { desimalKoma, ...h } = hitungBobotDariCsv(o.input, o.skorIdeal, o.tipe);
    return selesaikan(
      {
        json: h,
        sumber: o.input,
        desimalKoma,
        teks: (t) => formatBobot(h, t),
        rencana: () => rencanaBobotDariCsv(h, o.input),
      },
      o,
      keluar,
    );
  });

  const lanHitung = lan
    .command("hitung")
    .description("Bobot Variabel, Indikator dan Dinas dari CSV skor mentah indikator × unit (Bab III)")
    .requiredOption("-i, --input <skor.csv>", "CSV: kolom indikator (1–89) lalu satu kolom per unit, skor 1–10")
    .addOption(
      new Option("--tipe <tipe>", "tipe dinas untuk membandingkan dengan bobot tercetak").choices(["I", "II", "III"]),
    )
    .addOption(
      new Option("--skor-ideal <n>", "Skor Ideal")
        .default(SKOR_IDEAL_LAN)
        .argParser(opsiAngka("--skor-ideal", { positif: true })),
    );
  opsiKeluaran(lanHitung);
  contoh(
    lanHitung,
    "kinerja lan hitung --input skor.csv --tipe I --xlsx lan.xlsx",
    "  (skor.csv: indikator,Dinas A,Dinas B lalu 89 baris; nama unit tetap seperti ditulis)",
  );
  lanHitung.action(async (o: OpsiKeluaran & { input: string; tipe?: "I" | "II" | "III"; skorIdeal: number }) => {
    const h = hitungLanDariCsv(o);
    await selesaikan(
      {
        json: objekJsonLan(h),
        sumber: o.input,
        desimalKoma: h.desimalKoma,
        teks: (t) => formatLanHitung(h, t),
        rencana: () => rencanaXlsx().rencanaLanDariCsv(h),
      },
      o,
      keluar,
    );
  });

  daftarLanPola(lan, keluar);
}
