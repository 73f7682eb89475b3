/**
 * `kinerja skm … --layanan/--waktu … --xlsx BERKAS`: jawaban formulir apa adanya (cap waktu sebagai
 * tanggal Excel, angka sebagai angka) dimasukkan ke rencana siklus SKM lalu ditulis sebagai .xlsx.
 * Tidak ada perhitungan di sini: semua hasil di buku kerja dihitung rumus Excel.
 */
import { opsiRencanaSiklus } from "../plans/skm-siklus-data";
import { rencanaSkmSiklus } from "../plans/skm-siklus";
import type { RencanaBukuKerja } from "../plans/rencana";
import { tulisXlsx } from "../hosts/xlsx/berkas";
import { GalatCli } from "./csv";
import type { SiklusCli } from "./skm-siklus";

/** Opsi pembangun dari hasil siklus: jalan bersama CLI dan panel (plans/skm-siklus-data.ts). */
export { opsiRencanaSiklus };

export function rencanaSiklusDariCli(s: SiklusCli, unitNama?: string): RencanaBukuKerja {
  return rencanaSkmSiklus(opsiRencanaSiklus(s, unitNama), s.hasil.periodeBaris);
}

export async function tulisXlsxSiklus(s: SiklusCli, berkas: string, unitNama?: string): Promise<string> {
  try {
    await tulisXlsx(rencanaSiklusDariCli(s, unitNama), berkas);
  } catch (e) {
    throw new GalatCli(`${berkas}: tidak dapat ditulis (${e instanceof Error ? e.message : String(e)})`);
  }
  return berkas;
}
