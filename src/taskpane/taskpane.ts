/**
 * Task pane: titik masuk. Antarmuka (ui.ts) dipasang dengan host Excel: setiap "Bangun tabel" menyusun
 * rencana (plans/index.ts) lalu menerapkannya di dalam Excel.run (hosts/excel/excel.ts, ≤ 3 sync).
 */
import { terapkanRencana } from "../hosts/excel/excel";
import { buatRencana } from "../plans/index";
import { TEKS } from "./teks";
import { pasangUI, type HostUI } from "./ui";

export const hostExcel: HostUI = {
  bangun: (p, alat) =>
    Excel.run(async (context) => {
      const rencana = buatRencana(p.id, p.opsi as never);
      return terapkanRencana(context, rencana, alat);
    }),
};

function akar(): HTMLElement {
  return document.getElementById("aplikasi") as HTMLElement;
}

if (typeof Office !== "undefined") {
  Office.onReady((info) => {
    if (info.host === Office.HostType.Excel || typeof Excel !== "undefined") pasangUI(akar(), hostExcel);
    else akar().textContent = TEKS.id.galatTanpaExcel;
  });
} else if (typeof document !== "undefined") {
  akar().textContent = TEKS.id.galatTanpaExcel;
}
