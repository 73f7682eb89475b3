/**
 * Bagian isian task pane metode LAN 1998 Alternatif I: elemen HTML-nya (dipasang templat lewat metode/daftar.ts) dan pembacanya
 * (isian → opsi tak bertipe, dibaca lagi bacaOpsi deskriptor metode/lan-alternatif1.ts).
 */
import { bilanganBulat, type BagianIsian, type PembacaPanel } from "../isian";

/** LAN 1998 Alternatif I: jumlah jenis pelayanan. */
export const BAGIAN_LAN_ALT1: BagianIsian = {
  id: "bagian-lan-alt1",
  html: `  <section id="bagian-lan-alt1" class="bagian" data-bagian hidden>
    <fluent-text-field id="jumlah-jenis" type="number" min="1" max="5000" value="10"><span data-t="jumlahJenisPelayanan"></span></fluent-text-field>
  </section>`,
};

export const panelLanAlternatif1: PembacaPanel = (b, t) => ({
  baris: bilanganBulat(b.nilai("jumlah-jenis"), t.galatJenisPelayanan),
});
