/**
 * Bagian isian task pane metode Survei Kepuasan Masyarakat: elemen HTML-nya (dipasang templat lewat metode/daftar.ts) dan pembacanya
 * (isian → opsi tak bertipe, dibaca lagi bacaOpsi deskriptor metode/skm.ts).
 */
import { bilanganBulat, type BagianIsian, type PembacaPanel } from "../isian";

/** SKM: aturan (2017/2004) dan jumlah responden. */
export const BAGIAN_SKM: BagianIsian = {
  id: "bagian-skm",
  html: `  <section id="bagian-skm" class="bagian" data-bagian hidden>
    <fluent-radio-group id="aturan" orientation="vertical" value="2017">
      <label slot="label" data-t="aturanSkm"></label>
      <fluent-radio value="2017" checked data-t="aturan2017"></fluent-radio>
      <fluent-radio value="2004" data-t="aturan2004"></fluent-radio>
    </fluent-radio-group>
    <fluent-text-field id="responden" type="number" min="1" max="5000" value="30"><span data-t="responden"></span></fluent-text-field>
  </section>`,
};

export const panelSkm: PembacaPanel = (b, t) => ({
  aturan: b.nilai("aturan") || "2017",
  responden: bilanganBulat(b.nilai("responden"), t.galatResponden),
});
