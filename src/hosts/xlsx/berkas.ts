/**
 * Menulis rencana ke berkas .xlsx (Node). Terpisah dari ./xlsx.ts karena modul itu juga dibundel untuk
 * peramban (unduhan task pane tanpa Excel), yang tidak punya sistem berkas.
 */
import { writeFile } from "node:fs/promises";
import type { RencanaBukuKerja } from "../../plans/rencana";
import { paketXlsx } from "./xlsx";

/** Menulis satu atau beberapa rencana (lembar digabung) ke berkas .xlsx, dengan grafik dan lembar `_pkp`. */
export async function tulisXlsx(rencana: RencanaBukuKerja | RencanaBukuKerja[], berkas: string): Promise<void> {
  await writeFile(berkas, await paketXlsx(rencana));
}
