/** `kinerja servqual`: Kesenjangan kualitas pelayanan SERVQUAL. Didaftarkan dari registri metode (metode/servqual.ts). */
import type { Command } from "commander";
import { formatServqual, hitungServqualDariCsv, objekJsonServqual, rencanaServqualDariCsv } from "./servqual";
import { selesaikan, type Keluaran } from "./keluaran";
import { contoh, opsiKeluaran, type OpsiKeluaran } from "./perintah";

export function perintahServqual(induk: Command, keluar: Keluaran): void {
  const servqual = induk
    .command("servqual")
    .description("Kesenjangan kualitas pelayanan (persepsi − harapan) per dimensi dari CSV P1…Pn, E1…En")
    .requiredOption("-i, --input <berkas.csv>", "satu baris per responden; kolom P1…Pn (persepsi) dan E1…En (harapan)")
    .option("--peta <berkas.csv>", "peta butir → dimensi (kolom butir,dimensi); bawaan Parasuraman dkk. 1988, 22 butir")
    .option("--bobot <daftar>", 'bobot kepentingan tiap dimensi, mis. 20,20,20,20,20 atau "22,5;17,5;20;20;20"');
  opsiKeluaran(servqual);
  contoh(
    servqual,
    "kinerja servqual --input jawaban.csv --peta peta.csv --bobot 30,10",
    "  (gap dimensi A −1, B −2 → gap −1,5; tertimbang 0,75 × −1 + 0,25 × −2 = −1,25)",
  );
  servqual.action(async (o: OpsiKeluaran & { input: string; peta?: string; bobot?: string }) => {
    const h = hitungServqualDariCsv(o);
    await selesaikan(
      {
        json: objekJsonServqual(h),
        sumber: o.input,
        desimalKoma: h.desimalKoma,
        teks: (t) => formatServqual(h, t),
        rencana: () => rencanaServqualDariCsv(h),
      },
      o,
      keluar,
    );
  });
}
