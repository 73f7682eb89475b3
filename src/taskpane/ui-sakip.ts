/**
 * Bagian "Siklus SAKIP" task pane (DOM): di Excel, nama lembar PK yang sudah dimiliki kantor (opsional). Tepat
 * sebelum Bangun lembar itu dibaca (host.bacaLembar, satu sync) dan indikatornya dikenali menurut judul kolom
 * (plans/sakip-data.ts, dimuat belakangan); hasilnya menjadi data PK rencana. Tanpa nama lembar: templat kosong.
 */
import { GalatKinerja } from "../core/errors";
import type { KonteksUI } from "./ui";
import { GalatIsian } from "./isian";

export function pasangPanelSakip(k: KonteksUI): void {
  const { $, host } = k;
  const excel = typeof host.bacaLembar === "function";
  $("sakip-bagian-lembar").hidden = !excel;
  if (!excel) return;
  k.siapkan.set("sakip", async () => {
    const nama = String($("sakip-lembar").value ?? "").trim();
    k.data.delete("sakip");
    if (!nama) return;
    const isi = await host.bacaLembar!(nama);
    if (!isi.ada) throw new GalatIsian(k.t().galatSakipLembar(`lembar "${nama}" tidak ada`));
    const { pkDariLembar } = await import(/* webpackChunkName: "sakip-panel" */ "../plans/sakip-data.js");
    try {
      k.data.set("sakip", pkDariLembar(nama, isi.nilai));
    } catch (e) {
      if (e instanceof GalatKinerja) throw new GalatIsian(k.t().galatSakipLembar(e.message));
      throw e;
    }
  });
}
