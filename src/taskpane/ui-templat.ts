/**
 * Templat HTML task pane (tetap, tanpa data pengguna). Pilihan metode dibuat dari PEMBANGUN
 * (plans/index.ts), jadi pembangun baru muncul tanpa mengubah templat; bagian isian memakai
 * `data-metode` (metode yang menampilkannya, dipisah spasi). Semua teks diisi lewat textContent.
 */
import { daftarMetode } from "./ui-metode";

/** Id pembangun hanya huruf/angka/-/_ (dari kode, bukan dari pengguna); tetap disaring. */
const aman = (id: string): string => id.replace(/[^A-Za-z0-9_-]/g, "");

export function templat(): string {
  const opsiMetode = daftarMetode()
    .map((id, i) => `    <fluent-option value="${aman(id)}"${i === 0 ? " selected" : ""} data-metode-nama="${aman(id)}"></fluent-option>`)
    .join("\n");
  return `
<header class="kepala">
  <h1 data-t="judul"></h1>
  <fluent-button id="bahasa" appearance="outline" data-t="gantiBahasa"></fluent-button>
</header>
<p id="tanpa-excel" class="pemberitahuan" role="status" data-t="tanpaExcel" hidden></p>
<p class="pengantar" data-t="pengantar"></p>
<div class="formulir">
  <label id="lbl-metode" class="label" data-t="metode"></label>
  <fluent-select id="metode" aria-labelledby="lbl-metode">
${opsiMetode}
  </fluent-select>

  <section id="bagian-lan" class="bagian" data-metode="lan1998">
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
  </section>

  <section id="bagian-lan-alt1" class="bagian" data-metode="lanAlternatif1" hidden>
    <fluent-text-field id="jumlah-jenis" type="number" min="1" max="5000" value="10"><span data-t="jumlahJenisPelayanan"></span></fluent-text-field>
  </section>

  <section id="bagian-skm" class="bagian" data-metode="skm" hidden>
    <fluent-radio-group id="aturan" orientation="vertical" value="2017">
      <label slot="label" data-t="aturanSkm"></label>
      <fluent-radio value="2017" checked data-t="aturan2017"></fluent-radio>
      <fluent-radio value="2004" data-t="aturan2004"></fluent-radio>
    </fluent-radio-group>
    <fluent-text-field id="responden" type="number" min="1" max="5000" value="30"><span data-t="responden"></span></fluent-text-field>
  </section>

  <section id="bagian-layanan" class="bagian" data-metode="layanan" hidden>
    <fluent-checkbox id="contoh" checked data-t="contohLayanan"></fluent-checkbox>
  </section>

  <section id="bagian-servqual" class="bagian" data-metode="servqual" hidden>
    <fluent-text-field id="responden-servqual" type="number" min="1" max="5000" value="10" aria-describedby="bantuan-servqual"><span data-t="responden"></span></fluent-text-field>
    <p id="bantuan-servqual" class="bantuan" data-t="bantuanServqual"></p>
  </section>

  <section id="bagian-sendi" class="bagian" data-metode="sendi" hidden>
    <fluent-text-field id="skala-min" type="number" value="1" aria-describedby="bantuan-sendi"><span data-t="skalaMin"></span></fluent-text-field>
    <fluent-text-field id="skala-maks" type="number" value="5" aria-describedby="bantuan-sendi"><span data-t="skalaMaks"></span></fluent-text-field>
    <p id="bantuan-sendi" class="bantuan" data-t="bantuanSendi"></p>
  </section>

  <section id="bagian-pekppp" class="bagian" data-metode="pekppp" hidden>
    <fluent-text-field id="responden-pekppp" type="number" min="1" max="5000" value="10" aria-describedby="bantuan-pekppp"><span data-t="respondenPublik"></span></fluent-text-field>
    <p id="bantuan-pekppp" class="bantuan" data-t="tanpaOpsiPekppp"></p>
  </section>

  <section id="bagian-pegawai" class="bagian" data-metode="pegawai" hidden>
    <fluent-text-field id="jumlah-pegawai" type="number" min="1" max="5000" value="10"><span data-t="jumlahPegawai"></span></fluent-text-field>
    <fluent-radio-group id="skala-pegawai" orientation="vertical" value="pp46">
      <label slot="label" data-t="skalaPegawai"></label>
      <fluent-radio value="pp46" checked data-t="skalaPp46"></fluent-radio>
      <fluent-radio value="lan" data-t="skalaLan"></fluent-radio>
      <fluent-radio value="2022" data-t="skala2022"></fluent-radio>
    </fluent-radio-group>
  </section>

  <section id="bagian-kepekaan" class="bagian" data-metode="kepekaan" hidden>
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
  </section>

  <div id="bagian-unit" class="bagian" data-metode="lan1998 bsc">
    <fluent-text-area id="unit" rows="6" resize="vertical" aria-describedby="bantuan-unit"><span id="lbl-unit" data-t="unit"></span></fluent-text-area>
    <p id="bantuan-unit" class="bantuan" data-t="bantuanUnit"></p>
  </div>

  <fluent-button id="bangun" appearance="accent" data-t="bangun"></fluent-button>
</div>

<div id="kemajuan" class="kemajuan" role="status" aria-live="polite" hidden>
  <fluent-progress-ring id="cincin"></fluent-progress-ring>
  <span id="kemajuan-teks"></span>
</div>
<div id="konfirmasi" class="konfirmasi" role="alertdialog" aria-labelledby="konfirmasi-pesan" hidden>
  <p id="konfirmasi-pesan"></p>
  <div class="tombol">
    <fluent-button id="ya" appearance="accent" data-t="ya"></fluent-button>
    <fluent-button id="tidak" data-t="tidak"></fluent-button>
  </div>
</div>
<div id="galat" class="galat" role="alert" hidden></div>
<div id="hasil" class="hasil" role="status" aria-live="polite"></div>

<section id="bagian-periksa" class="periksa" aria-labelledby="judul-periksa">
  <h2 id="judul-periksa" data-t="periksaJudul"></h2>
  <p class="bantuan" data-t="periksaPengantar"></p>
  <fluent-button id="periksa" appearance="outline" data-t="periksa"></fluent-button>
  <div id="periksa-status" class="periksa-status" role="status" aria-live="polite"></div>
  <ul id="temuan" class="temuan" aria-labelledby="judul-periksa" hidden></ul>
  <fluent-button id="tulis-temuan" hidden data-t="tulisTemuan"></fluent-button>
  <div id="tulis-status" class="hasil" role="status" aria-live="polite"></div>
  <div id="galat-periksa" class="galat" role="alert" hidden></div>
</section>
`;
}
