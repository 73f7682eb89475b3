/** Pesan galat task pane dalam kata-kata biasa (tanpa jejak tumpukan); murni, dapat diuji sendiri. */
import { GalatTerapkan } from "../hosts/excel/umum";
import type { Teks } from "./teks";

/**
 * `umum` dipakai untuk galat Office yang tidak dikenal; galat rencana (pesan satu baris tanpa jejak) ditampilkan
 * bila `umum` adalah pesan umum panel Bangun (galatUmum di Excel, galatUnduh di peramban).
 */
export function pesanGalat(e: unknown, t: Teks, umum: string = t.galatUmum): string {
  if (e instanceof GalatTerapkan)
    return e.kode === "excelLama"
      ? t.galatExcelLama
      : e.kode === "tataLetak"
        ? t.galatTataLetak(e.message)
        : e.kode === "periksaAwal"
          ? t.galatPeriksaAwal(e.message)
          : t.galatTerlaluBesar;
  const kode = typeof e === "object" && e && "code" in e ? String((e as { code: unknown }).code) : "";
  if (kode === "AccessDenied" || kode === "ActivityLimitReached") return t.galatAkses;
  if (kode === "InvalidOperationInCellEditMode") return t.galatSuntingSel;
  if (kode) return umum;
  const pesan = e instanceof Error ? e.message : typeof e === "string" ? e : "";
  const baris = pesan.split("\n")[0].trim();
  const panelBangun = umum === t.galatUmum || umum === t.galatUnduh;
  if (panelBangun && baris && baris.length <= 300 && !/\bat\s+\S+\s*\(|\.(js|ts):\d+/.test(baris))
    return t.galatRencana(baris);
  return umum;
}
