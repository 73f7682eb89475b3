/**
 * Bagian isian task pane metode PEKPPP / IPP: elemen HTML-nya (dipasang templat lewat metode/daftar.ts) dan pembacanya
 * (isian → opsi tak bertipe, dibaca lagi bacaOpsi deskriptor metode/pekppp.ts).
 */
import { bilanganBulat, type BagianIsian, type PembacaPanel } from "../isian";

/** PEKPPP / IPP: jumlah responden publik. */
export const BAGIAN_PEKPPP: BagianIsian = {
  id: "bagian-pekppp",
  html: `  <section id="bagian-pekppp" class="bagian" data-bagian hidden>
    <fluent-text-field id="responden-pekppp" type="number" min="1" max="5000" value="10"
      aria-describedby="bantuan-pekppp"><span data-t="respondenPublik"></span></fluent-text-field>
    <p id="bantuan-pekppp" class="bantuan" data-t="tanpaOpsiPekppp"></p>
  </section>`,
};

export const panelPekppp: PembacaPanel = (b, t) => ({
  responden: bilanganBulat(b.nilai("responden-pekppp"), t.galatResponden),
});
