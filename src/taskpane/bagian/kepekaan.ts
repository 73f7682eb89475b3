/**
 * Bagian isian task pane metode kepekaan bobot: elemen HTML-nya (dipasang templat lewat metode/daftar.ts) dan pembacanya
 * (isian → opsi tak bertipe, dibaca lagi bacaOpsi deskriptor metode/kepekaan.ts).
 */
import { GalatIsian, bilanganBulat, type BagianIsian, type PembacaPanel } from "../isian";

/** Kepekaan bobot: jumlah unit, kriteria, pita. */
export const BAGIAN_KEPEKAAN: BagianIsian = {
  id: "bagian-kepekaan",
  html: `  <section id="bagian-kepekaan" class="bagian" data-bagian hidden>
    <fluent-text-field id="jumlah-unit-kepekaan" type="number" min="1" max="5000" value="5"><span data-t="jumlahUnitKepekaan"></span></fluent-text-field>
    <fluent-text-field id="kriteria-kepekaan" value="Kriteria 1, Kriteria 2, Kriteria 3"><span data-t="kriteriaKepekaan"></span></fluent-text-field>
    <fluent-radio-group id="pita-kepekaan" orientation="vertical" value="">
      <label slot="label" data-t="pitaKepekaan"></label>
      <fluent-radio value="" checked data-t="pitaTanpa"></fluent-radio>
      <fluent-radio value="lan">LAN 1998 (0–1000)</fluent-radio>
      <fluent-radio value="pekppp">PEKPPP / IPP (0–5)</fluent-radio>
      <fluent-radio value="skm2017">SKM 2017 (NRR 1–4)</fluent-radio>
      <fluent-radio value="skm2004">IKM 2004 (NRR 1–4)</fluent-radio>
      <fluent-radio value="pp46">PP 46/2011 (0–100)</fluent-radio>
    </fluent-radio-group>
  </section>`,
};

export const panelKepekaan: PembacaPanel = (b, t) => {
  const kriteria = b
    .nilai("kriteria-kepekaan")
    .split(",")
    .map((x) => x.trim())
    .filter(Boolean);
  if (kriteria.length < 2 || new Set(kriteria.map((x) => x.toLowerCase())).size !== kriteria.length)
    throw new GalatIsian(t.galatKriteria);
  return {
    unit: bilanganBulat(b.nilai("jumlah-unit-kepekaan"), t.galatJumlahUnit),
    kriteria,
    pita: b.nilai("pita-kepekaan") || null,
  };
};
