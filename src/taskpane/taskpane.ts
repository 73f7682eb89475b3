/**
 * Task pane: titik masuk. Antarmuka (ui.ts) dipasang dengan host Excel: setiap "Bangun tabel" menyusun
 * rencana (plans/index.ts) lalu menerapkannya di dalam Excel.run (hosts/excel/excel.ts, ≤ 3 sync).
 */
import { hostExcel } from "./host-excel";
import { TEKS } from "./teks";
import { pasangUI } from "./ui";

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
