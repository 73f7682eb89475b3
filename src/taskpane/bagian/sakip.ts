/**
 * Bagian isian task pane metode siklus SAKIP: elemen HTML-nya (dipasang templat lewat metode/daftar.ts) dan pembacanya
 * (isian → opsi tak bertipe, dibaca lagi bacaOpsi deskriptor metode/sakip.ts).
 */
import { bilanganBulat, type BagianIsian, type PembacaPanel } from "../isian";

/** Siklus SAKIP: triwulan, efisiensi, baris, unit, lembar PK. */
export const BAGIAN_SAKIP: BagianIsian = {
  id: "bagian-sakip",
  html: `  <section id="bagian-sakip" class="bagian" data-bagian hidden>
    <p class="bantuan" data-t="bantuanSakip"></p>
    <div class="bagian-kecil">
      <label id="lbl-sakip-triwulan" class="label" data-t="sakipTriwulan"></label>
      <fluent-select id="sakip-triwulan" aria-labelledby="lbl-sakip-triwulan">
        <fluent-option value="" selected data-t="sakipTahun"></fluent-option>
        <fluent-option value="1">TW I</fluent-option>
        <fluent-option value="2">TW II</fluent-option>
        <fluent-option value="3">TW III</fluent-option>
        <fluent-option value="4">TW IV</fluent-option>
      </fluent-select>
    </div>
    <fluent-radio-group id="sakip-efisiensi" orientation="vertical" value="selisih">
      <label slot="label" data-t="sakipEfisiensi"></label>
      <fluent-radio value="selisih" checked data-t="sakipSelisih"></fluent-radio>
      <fluent-radio value="rasio" data-t="sakipRasio"></fluent-radio>
    </fluent-radio-group>
    <fluent-text-field id="sakip-baris" type="number" min="1" max="5000" value="10"><span data-t="sakipBaris"></span></fluent-text-field>
    <fluent-text-field id="sakip-unit"><span data-t="siklusUnitNama"></span></fluent-text-field>
    <div id="sakip-bagian-lembar" class="bagian-kecil">
      <fluent-text-field id="sakip-lembar" aria-describedby="bantuan-sakip-lembar"><span data-t="sakipLembar"></span></fluent-text-field>
      <p id="bantuan-sakip-lembar" class="bantuan" data-t="bantuanSakipLembar"></p>
    </div>
  </section>`,
};

export const panelSakip: PembacaPanel = (b, t) => {
  const triwulan = b.nilai("sakip-triwulan");
  const unit = b.nilai("sakip-unit").trim();
  const pk = b.data?.("sakip") as unknown[] | undefined;
  return {
    ...(pk && pk.length ? { indikator: pk } : {}),
    ...(triwulan ? { triwulan: Number(triwulan) } : {}),
    efisiensi: b.nilai("sakip-efisiensi") === "rasio" ? "rasio" : "selisih",
    barisKosong: bilanganBulat(b.nilai("sakip-baris"), t.galatBarisSakip),
    ...(unit ? { unit } : {}),
  };
};
