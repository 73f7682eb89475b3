/**
 * Bagian isian task pane dalam urutan templat (ui-templat.ts): bagian setiap metode menurut urutan daftar metode
 * (metode/daftar.ts, `bagian`), bagian bersama (mis. nama unit) sekali saja, dipisah satu baris kosong. HTML dan
 * pembaca setiap bagian ada di berkas metodenya, taskpane/bagian/<id>.ts.
 */
import { ID_METODE, infoMetode } from "../metode/daftar";

/** Semua bagian isian, dalam urutan templat, dipisah satu baris kosong. */
export const BAGIAN_ISIAN = [...new Set(ID_METODE.flatMap((id) => infoMetode(id).bagian))]
  .map((b) => b.html)
  .join("\n\n");
