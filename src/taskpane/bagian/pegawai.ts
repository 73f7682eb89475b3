/**
 * Bagian isian task pane metode kinerja pegawai: elemen HTML-nya (dipasang templat lewat metode/daftar.ts) dan pembacanya
 * (isian → opsi tak bertipe, dibaca lagi bacaOpsi deskriptor metode/pegawai.ts).
 */
import { bilanganBulat, type BagianIsian, type PembacaPanel } from "../isian";

/** Kinerja pegawai: jumlah pegawai dan skala. */
export const BAGIAN_PEGAWAI: BagianIsian = {
  id: "bagian-pegawai",
  html: `  <section id="bagian-pegawai" class="bagian" data-bagian hidden>
    <fluent-text-field id="jumlah-pegawai" type="number" min="1" max="5000" value="10"><span data-t="jumlahPegawai"></span></fluent-text-field>
    <fluent-radio-group id="skala-pegawai" orientation="vertical" value="pp46">
      <label slot="label" data-t="skalaPegawai"></label>
      <fluent-radio value="pp46" checked data-t="skalaPp46"></fluent-radio>
      <fluent-radio value="lan" data-t="skalaLan"></fluent-radio>
      <fluent-radio value="2022" data-t="skala2022"></fluent-radio>
    </fluent-radio-group>
  </section>`,
};

export const panelPegawai: PembacaPanel = (b, t) => ({
  pegawai: bilanganBulat(b.nilai("jumlah-pegawai"), t.galatPegawai),
  skala: ["lan", "2022"].includes(b.nilai("skala-pegawai")) ? b.nilai("skala-pegawai") : "pp46",
});
