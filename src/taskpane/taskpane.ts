/**
 * Task pane: titik masuk. Di dalam Excel, antarmuka (ui.ts) dipasang dengan host Excel: setiap "Bangun tabel"
 * menyusun rencana (registri metode/index.ts) lalu menerapkannya di dalam Excel.run (hosts/excel/excel.ts; setiap sync ≤ 5 MB).
 * Di peramban biasa (host bukan Excel, atau office.js tidak dapat dimuat) panel yang sama dipasang dengan host
 * unduhan (host-unduh.ts): rencana yang sama ditulis sebagai .xlsx dan diunduh.
 */
import { hostExcel } from "./host-excel";
import { buatHostUnduh } from "./host-unduh";
import { pasangUI } from "./ui";

function akar(): HTMLElement {
  return document.getElementById("aplikasi") as HTMLElement;
}

/** Office.js ada dan siap di Excel? Tanpa office.js (gagal dimuat) atau di host lain → false. */
function diExcel(info: { host: Office.HostType | null } | undefined): boolean {
  return typeof Excel !== "undefined" && info?.host === Office.HostType.Excel;
}

if (typeof document !== "undefined") {
  if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
    Office.onReady((info) => pasangUI(akar(), diExcel(info) ? hostExcel : buatHostUnduh()));
  } else {
    pasangUI(akar(), buatHostUnduh());
  }
}
