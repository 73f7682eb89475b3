/**
 * Bagian isian task pane metode sendi pelayanan: elemen HTML-nya (dipasang templat lewat metode/daftar.ts) dan pembacanya
 * (isian → opsi tak bertipe, dibaca lagi bacaOpsi deskriptor metode/sendi.ts).
 */
import { GalatIsian, angka, type BagianIsian, type PembacaPanel } from "../isian";

/** Sendi pelayanan: skala minimum dan maksimum. */
export const BAGIAN_SENDI: BagianIsian = {
  id: "bagian-sendi",
  html: `  <section id="bagian-sendi" class="bagian" data-bagian hidden>
    <fluent-text-field id="skala-min" type="number" value="1" aria-describedby="bantuan-sendi"><span data-t="skalaMin"></span></fluent-text-field>
    <fluent-text-field id="skala-maks" type="number" value="5" aria-describedby="bantuan-sendi"><span data-t="skalaMaks"></span></fluent-text-field>
    <p id="bantuan-sendi" class="bantuan" data-t="bantuanSendi"></p>
  </section>`,
};

export const panelSendi: PembacaPanel = (b, t) => {
  const min = angka(b.nilai("skala-min"));
  const maks = angka(b.nilai("skala-maks"));
  if (!Number.isFinite(min) || !Number.isFinite(maks) || !(min < maks)) throw new GalatIsian(t.galatSkala);
  return { skalaMin: min, skalaMaks: maks };
};
