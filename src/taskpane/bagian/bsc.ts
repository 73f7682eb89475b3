/**
 * Bagian isian task pane metode Balanced Scorecard (nama unit: bagian/unit.ts): elemen HTML-nya (dipasang templat lewat metode/daftar.ts) dan pembacanya
 * (isian → opsi tak bertipe, dibaca lagi bacaOpsi deskriptor metode/bsc.ts).
 */
import { bacaUnit, type PembacaPanel } from "../isian";

export const panelBsc: PembacaPanel = (b, t) => {
  const unit = bacaUnit(b.nilai("unit"), false, t);
  return unit.length ? { unit } : {};
};
