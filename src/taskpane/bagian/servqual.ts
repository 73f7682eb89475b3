/**
 * Bagian isian task pane metode SERVQUAL: elemen HTML-nya (dipasang templat lewat metode/daftar.ts) dan pembacanya
 * (isian → opsi tak bertipe, dibaca lagi bacaOpsi deskriptor metode/servqual.ts).
 */
import { bilanganBulat, type BagianIsian, type PembacaPanel } from "../isian";

/** SERVQUAL: jumlah responden. */
export const BAGIAN_SERVQUAL: BagianIsian = {
  id: "bagian-servqual",
  html: `  <section id="bagian-servqual" class="bagian" data-bagian hidden>
    <fluent-text-field id="responden-servqual" type="number" min="1" max="5000" value="10"
      aria-describedby="bantuan-servqual"><span data-t="responden"></span></fluent-text-field>
    <p id="bantuan-servqual" class="bantuan" data-t="bantuanServqual"></p>
  </section>`,
};

export const panelServqual: PembacaPanel = (b, t) => ({
  responden: bilanganBulat(b.nilai("responden-servqual"), t.galatResponden),
});
