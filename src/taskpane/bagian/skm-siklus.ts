/**
 * Bagian isian task pane metode siklus SKM: elemen HTML-nya (dipasang templat lewat metode/daftar.ts) dan pembacanya
 * (isian → opsi tak bertipe, dibaca lagi bacaOpsi deskriptor metode/skm-siklus.ts).
 */
import { GalatIsian, type BagianIsian, type PembacaPanel } from "../isian";

/** Siklus SKM: berkas/lembar jawaban, kolom, periode, aturan, penimbang, pembulatan, hasil unit, ambang. */
export const BAGIAN_SKM_SIKLUS: BagianIsian = {
  id: "bagian-skm-siklus",
  html: `  <section id="bagian-skm-siklus" class="bagian" data-bagian hidden>
    <p class="bantuan" data-t="siklusBantuan"></p>
    <div id="siklus-pilih-berkas" class="bagian-kecil" hidden>
      <label for="siklus-berkas" class="label" data-t="siklusBerkas"></label>
      <input id="siklus-berkas" type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" />
    </div>
    <div id="siklus-pilih-lembar" class="bagian-kecil" hidden>
      <label id="lbl-siklus-lembar" class="label" data-t="siklusLembar"></label>
      <fluent-select id="siklus-lembar" aria-labelledby="lbl-siklus-lembar"></fluent-select>
      <fluent-button id="siklus-baca-ulang" appearance="outline" data-t="siklusBacaUlang" hidden></fluent-button>
    </div>
    <p id="siklus-status" class="bantuan" role="status" aria-live="polite"></p>
    <div id="siklus-kolom" class="bagian" hidden>
      <div class="bagian-kecil">
        <label id="lbl-siklus-waktu" class="label" data-t="siklusWaktu"></label>
        <fluent-select id="siklus-waktu" aria-labelledby="lbl-siklus-waktu"></fluent-select>
      </div>
      <div class="bagian-kecil">
        <label id="lbl-siklus-layanan" class="label" data-t="siklusLayanan"></label>
        <fluent-select id="siklus-layanan" aria-labelledby="lbl-siklus-layanan"></fluent-select>
      </div>
      <div class="bagian-kecil">
        <span id="lbl-siklus-unsur" class="label" data-t="siklusUnsur"></span>
        <ul id="siklus-unsur" class="siklus-unsur" aria-labelledby="lbl-siklus-unsur"></ul>
        <p id="siklus-unsur-galat" class="galat" role="alert" hidden></p>
      </div>
      <p id="siklus-rujukan" class="bantuan"></p>
    </div>
    <div class="bagian-kecil">
      <label id="lbl-siklus-periode" class="label" data-t="siklusPeriode"></label>
      <fluent-select id="siklus-periode" aria-labelledby="lbl-siklus-periode">
        <fluent-option value="bulan" data-t="periodeBulan"></fluent-option>
        <fluent-option value="triwulan" data-t="periodeTriwulan"></fluent-option>
        <fluent-option value="semester" selected data-t="periodeSemester"></fluent-option>
        <fluent-option value="tahun" data-t="periodeTahun"></fluent-option>
      </fluent-select>
    </div>
    <fluent-radio-group id="siklus-aturan" orientation="vertical" value="2017">
      <label slot="label" data-t="siklusAturan"></label>
      <fluent-radio value="2017" checked data-t="aturan2017"></fluent-radio>
      <fluent-radio value="2004" data-t="aturan2004"></fluent-radio>
    </fluent-radio-group>
    <div class="bagian-kecil">
      <label id="lbl-siklus-penimbang" class="label" data-t="siklusPenimbang"></label>
      <fluent-select id="siklus-penimbang" aria-labelledby="lbl-siklus-penimbang">
        <fluent-option value="1/n" selected data-t="penimbangTepat"></fluent-option>
        <fluent-option value="0.111">0,111</fluent-option>
        <fluent-option value="0.11">0,11</fluent-option>
      </fluent-select>
    </div>
    <div class="bagian-kecil">
      <label id="lbl-siklus-pembulatan" class="label" data-t="siklusPembulatan"></label>
      <fluent-select id="siklus-pembulatan" aria-labelledby="lbl-siklus-pembulatan">
        <fluent-option value="tidak" selected data-t="pembulatanTidak"></fluent-option>
        <fluent-option value="2" data-t="pembulatan2"></fluent-option>
        <fluent-option value="3" data-t="pembulatan3"></fluent-option>
      </fluent-select>
    </div>
    <div class="bagian-kecil">
      <label id="lbl-siklus-hasil-unit" class="label" data-t="siklusHasilUnit"></label>
      <fluent-select id="siklus-hasil-unit" aria-labelledby="lbl-siklus-hasil-unit">
        <fluent-option value="gabungan" selected data-t="hasilGabungan"></fluent-option>
        <fluent-option value="rerata" data-t="hasilRerata"></fluent-option>
      </fluent-select>
    </div>
    <fluent-text-field id="siklus-ambang" inputmode="decimal" aria-describedby="bantuan-siklus-ambang"><span data-t="siklusAmbang"></span></fluent-text-field>
    <p id="bantuan-siklus-ambang" class="bantuan" data-t="bantuanSiklusAmbang"></p>
    <fluent-text-field id="siklus-unit"><span data-t="siklusUnitNama"></span></fluent-text-field>
  </section>`,
};

export const panelSkmSiklus: PembacaPanel = (b, t) => {
  // jawaban dibaca panel siklus (ui-siklus.ts); penyusun opsinya (siklus-panel.ts) dimuat bersama jawaban itu
  const susun = b.data?.("skmSiklus") as PembacaPanel | undefined;
  if (!susun) throw new GalatIsian(t.galatSiklusSumber);
  return susun(b, t);
};
