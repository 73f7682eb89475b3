/**
 * Menulis rencana ke berkas .xlsx (Node). Terpisah dari ./xlsx.ts karena modul itu juga dibundel untuk
 * peramban (unduhan task pane tanpa Excel), yang tidak punya sistem berkas.
 */
import { writeFile } from "node:fs/promises";
import type { RencanaBukuKerja } from "../../plans/rencana";

/**
 * Adaptor .xlsx (./xlsx.ts, dengan ExcelJS ±125 ms saat dimuat) dimuat saat buku kerja pertama ditulis,
 * bukan saat modul ini dimuat: `kinerja … --json` dan keluaran teks tidak pernah memuat ExcelJS (issue 26).
 */
export function modulXlsx(): typeof import("./xlsx") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- dimuat belakangan (Node); import() asli tidak tersedia di Jest
  return require("./xlsx");
}

/** Menulis satu atau beberapa rencana (lembar digabung) ke berkas .xlsx, dengan grafik dan lembar `_pkp`. */
export async function tulisXlsx(rencana: RencanaBukuKerja | RencanaBukuKerja[], berkas: string): Promise<void> {
  await writeFile(berkas, await modulXlsx().paketXlsx(rencana));
}
