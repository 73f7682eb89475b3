/**
 * Bagian isian task pane per metode (atribut `data-bagian`), satu konstanta per bagian, dalam urutan tampil di
 * templat (ui-templat.ts). Metode menyebut id bagian yang tampil di `bagian` (metode/daftar.ts); menambah bagian:
 * konstanta baru di sini, masukkan ke BAGIAN_ISIAN, id-nya di metode/daftar.ts, teks `data-t` di teks.ts.
 */

/** Pola LAN 1998: tipe, pola, mode, per indikator. */
const BAGIAN_LAN = `  <section id="bagian-lan" class="bagian" data-bagian>
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
  </section>`;

/** LAN 1998 Alternatif I: jumlah jenis pelayanan. */
const BAGIAN_LAN_ALT1 = `  <section id="bagian-lan-alt1" class="bagian" data-bagian hidden>
    <fluent-text-field id="jumlah-jenis" type="number" min="1" max="5000" value="10"><span data-t="jumlahJenisPelayanan"></span></fluent-text-field>
  </section>`;

/** SKM: aturan (2017/2004) dan jumlah responden. */
const BAGIAN_SKM = `  <section id="bagian-skm" class="bagian" data-bagian hidden>
    <fluent-radio-group id="aturan" orientation="vertical" value="2017">
      <label slot="label" data-t="aturanSkm"></label>
      <fluent-radio value="2017" checked data-t="aturan2017"></fluent-radio>
      <fluent-radio value="2004" data-t="aturan2004"></fluent-radio>
    </fluent-radio-group>
    <fluent-text-field id="responden" type="number" min="1" max="5000" value="30"><span data-t="responden"></span></fluent-text-field>
  </section>`;

/** Siklus SKM: berkas/lembar jawaban, kolom, periode, aturan, penimbang, pembulatan, hasil unit, ambang. */
const BAGIAN_SKM_SIKLUS = `  <section id="bagian-skm-siklus" class="bagian" data-bagian hidden>
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
  </section>`;

/** Log kinerja layanan: isi contoh. */
const BAGIAN_LAYANAN = `  <section id="bagian-layanan" class="bagian" data-bagian hidden>
    <fluent-checkbox id="contoh" checked data-t="contohLayanan"></fluent-checkbox>
  </section>`;

/** SERVQUAL: jumlah responden. */
const BAGIAN_SERVQUAL = `  <section id="bagian-servqual" class="bagian" data-bagian hidden>
    <fluent-text-field id="responden-servqual" type="number" min="1" max="5000" value="10"
      aria-describedby="bantuan-servqual"><span data-t="responden"></span></fluent-text-field>
    <p id="bantuan-servqual" class="bantuan" data-t="bantuanServqual"></p>
  </section>`;

/** Sendi pelayanan: skala minimum dan maksimum. */
const BAGIAN_SENDI = `  <section id="bagian-sendi" class="bagian" data-bagian hidden>
    <fluent-text-field id="skala-min" type="number" value="1" aria-describedby="bantuan-sendi"><span data-t="skalaMin"></span></fluent-text-field>
    <fluent-text-field id="skala-maks" type="number" value="5" aria-describedby="bantuan-sendi"><span data-t="skalaMaks"></span></fluent-text-field>
    <p id="bantuan-sendi" class="bantuan" data-t="bantuanSendi"></p>
  </section>`;

/** PEKPPP / IPP: jumlah responden publik. */
const BAGIAN_PEKPPP = `  <section id="bagian-pekppp" class="bagian" data-bagian hidden>
    <fluent-text-field id="responden-pekppp" type="number" min="1" max="5000" value="10"
      aria-describedby="bantuan-pekppp"><span data-t="respondenPublik"></span></fluent-text-field>
    <p id="bantuan-pekppp" class="bantuan" data-t="tanpaOpsiPekppp"></p>
  </section>`;

/** Kinerja pegawai: jumlah pegawai dan skala. */
const BAGIAN_PEGAWAI = `  <section id="bagian-pegawai" class="bagian" data-bagian hidden>
    <fluent-text-field id="jumlah-pegawai" type="number" min="1" max="5000" value="10"><span data-t="jumlahPegawai"></span></fluent-text-field>
    <fluent-radio-group id="skala-pegawai" orientation="vertical" value="pp46">
      <label slot="label" data-t="skalaPegawai"></label>
      <fluent-radio value="pp46" checked data-t="skalaPp46"></fluent-radio>
      <fluent-radio value="lan" data-t="skalaLan"></fluent-radio>
      <fluent-radio value="2022" data-t="skala2022"></fluent-radio>
    </fluent-radio-group>
  </section>`;

/** Kepekaan bobot: jumlah unit, kriteria, pita. */
const BAGIAN_KEPEKAAN = `  <section id="bagian-kepekaan" class="bagian" data-bagian hidden>
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
  </section>`;

/** Siklus SAKIP: triwulan, efisiensi, baris, unit, lembar PK. */
const BAGIAN_SAKIP = `  <section id="bagian-sakip" class="bagian" data-bagian hidden>
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
  </section>`;

/** Nama unit (Pola LAN 1998, Balanced Scorecard); `div`, bukan `section`, seperti sebelumnya. */
const BAGIAN_UNIT = `  <div id="bagian-unit" class="bagian" data-bagian>
    <fluent-text-area id="unit" rows="6" resize="vertical" aria-describedby="bantuan-unit"><span id="lbl-unit" data-t="unit"></span></fluent-text-area>
    <p id="bantuan-unit" class="bantuan" data-t="bantuanUnit"></p>
  </div>`;

/** Semua bagian isian, dalam urutan templat, dipisah satu baris kosong. */
export const BAGIAN_ISIAN = [
  BAGIAN_LAN,
  BAGIAN_LAN_ALT1,
  BAGIAN_SKM,
  BAGIAN_SKM_SIKLUS,
  BAGIAN_LAYANAN,
  BAGIAN_SERVQUAL,
  BAGIAN_SENDI,
  BAGIAN_PEKPPP,
  BAGIAN_PEGAWAI,
  BAGIAN_KEPEKAAN,
  BAGIAN_SAKIP,
  BAGIAN_UNIT,
].join("\n\n");
