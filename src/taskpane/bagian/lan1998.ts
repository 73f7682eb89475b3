/**
 * Bagian isian task pane metode Pola LAN 1998: elemen HTML-nya (dipasang templat lewat metode/daftar.ts) dan pembacanya
 * (isian → opsi tak bertipe, dibaca lagi bacaOpsi deskriptor metode/lan1998.ts).
 */
import { bacaUnit, type BagianIsian, type PembacaPanel } from "../isian";

/** Pola LAN 1998: tipe, pola, mode, per indikator. */
export const BAGIAN_LAN: BagianIsian = {
  id: "bagian-lan",
  html: `  <section id="bagian-lan" class="bagian" data-bagian>
    <fluent-radio-group id="tipe" orientation="vertical" value="I">
      <label slot="label" data-t="tipe"></label>
      <fluent-radio value="I" checked data-t="tipeI"></fluent-radio>
      <fluent-radio value="II" data-t="tipeII"></fluent-radio>
      <fluent-radio value="III" data-t="tipeIII"></fluent-radio>
      <fluent-radio value="II+III" data-t="tipeIIdanIII"></fluent-radio>
    </fluent-radio-group>
    <fluent-radio-group id="pola" orientation="vertical" value="lengkap">
      <label slot="label" data-t="pola"></label>
      <fluent-radio value="lengkap" checked data-t="polaLengkap"></fluent-radio>
      <fluent-radio value="lima" data-t="polaLima"></fluent-radio>
      <fluent-radio value="limaData" data-t="polaLimaData"></fluent-radio>
    </fluent-radio-group>
    <fluent-radio-group id="mode" orientation="vertical" value="hitungBobot">
      <label slot="label" data-t="mode"></label>
      <fluent-radio value="hitungBobot" checked data-t="modeHitungBobot"></fluent-radio>
      <fluent-radio value="nilaiUnit" data-t="modeNilaiUnit"></fluent-radio>
    </fluent-radio-group>
    <fluent-checkbox id="per-indikator" data-t="perIndikator"></fluent-checkbox>
  </section>`,
};

export const panelLan: PembacaPanel = (b, t) => {
  const mode = b.nilai("mode") || "hitungBobot";
  const perIndikator = b.centang("per-indikator") && mode === "nilaiUnit";
  return {
    tipe: b.nilai("tipe") || "I",
    pola: b.nilai("pola") || "lengkap",
    mode,
    unit: bacaUnit(b.nilai("unit"), true, t),
    ...(perIndikator ? { perIndikator } : {}),
  };
};
