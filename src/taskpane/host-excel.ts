/**
 * Host Excel untuk task pane: setiap "Bangun tabel" menyusun rencana (plans/index.ts) lalu menerapkannya
 * di dalam satu Excel.run (hosts/excel/excel.ts, ≤ 3 sync). Terpisah dari UI agar dapat diuji tanpa DOM.
 */
import { terapkanRencana } from "../hosts/excel/excel";
import { buatRencana } from "../plans/index";
import type { HostUI } from "./ui";

export const hostExcel: HostUI = {
  bangun: (p, alat) =>
    Excel.run(async (context) => {
      const rencana = buatRencana(p.id, p.opsi as never);
      return terapkanRencana(context, rencana, alat);
    }),
};
