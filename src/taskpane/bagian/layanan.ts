/**
 * Bagian isian task pane metode log kinerja layanan: elemen HTML-nya (dipasang templat lewat metode/daftar.ts) dan pembacanya
 * (isian → opsi tak bertipe, dibaca lagi bacaOpsi deskriptor metode/layanan.ts).
 */
import { type BagianIsian, type PembacaPanel } from "../isian";

/** Log kinerja layanan: isi contoh. */
export const BAGIAN_LAYANAN: BagianIsian = {
  id: "bagian-layanan",
  html: `  <section id="bagian-layanan" class="bagian" data-bagian hidden>
    <fluent-checkbox id="contoh" checked data-t="contohLayanan"></fluent-checkbox>
  </section>`,
};

export const panelLayanan: PembacaPanel = (b) => ({ contoh: b.centang("contoh") });
