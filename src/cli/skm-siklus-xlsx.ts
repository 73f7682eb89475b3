/**
 * `kinerja skm … --layanan/--waktu … --xlsx BERKAS`: jawaban formulir apa adanya (cap waktu sebagai
 * tanggal Excel, angka sebagai angka) dimasukkan ke rencana siklus SKM lalu ditulis sebagai .xlsx.
 * Tidak ada perhitungan di sini: semua hasil di buku kerja dihitung rumus Excel.
 *
 * Penulisan beraliran (hosts/xlsx/aliran.ts): lembar rencana kecil (rumus per kelompok), baris salinan jawaban
 * (bisa 100.000) dialirkan langsung dari opsi pembangun, tanpa sel rencana per jawaban.
 */
import { opsiRencanaSiklus } from "../plans/skm-siklus-data";
import { FORMAT_CAP_WAKTU, namaLembarSiklus, rencanaSkmSiklus } from "../plans/skm-siklus";
import type { RencanaBukuKerja } from "../plans/rencana";
import type { PenulisXlsx } from "./keluaran";
import type { SiklusCli } from "./skm-siklus";

/** Opsi pembangun dari hasil siklus: jalan bersama CLI dan panel (plans/skm-siklus-data.ts). */
export { opsiRencanaSiklus };

export function rencanaSiklusDariCli(s: SiklusCli, unitNama?: string): RencanaBukuKerja {
  return rencanaSkmSiklus(opsiRencanaSiklus(s, unitNama), s.hasil.periodeBaris);
}

/** Penulis beraliran (ExcelJS) dimuat saat --xlsx ditulis, bukan saat `kinerja … --json` (issue 26: mulai ramping). */
function modulAliran(): typeof import("../hosts/xlsx/aliran") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- dimuat belakangan; import() asli tidak tersedia di Jest
  return require("../hosts/xlsx/aliran");
}

/** Penulis --xlsx siklus (beraliran): rencana tanpa sel per jawaban, salinan jawaban dialirkan. */
export function penulisXlsxSiklus(s: SiklusCli, unitNama?: string): PenulisXlsx {
  const opsi = opsiRencanaSiklus(s, unitNama);
  const rencana = rencanaSkmSiklus({ ...opsi, jawabanTerpisah: true });
  const lembar = namaLembarSiklus(opsi.aturan, "Jawaban");
  const format = opsi.kolomWaktu === null ? {} : { [opsi.kolomWaktu]: FORMAT_CAP_WAKTU };
  return {
    lembar: rencana.lembar.length,
    tulis: (jalur) =>
      modulAliran().tulisXlsxAliran(rencana, jalur, {
        [lembar]: { baris: opsi.baris ?? [], mulai: 2, format, gaya: "masukan" },
      }),
  };
}
