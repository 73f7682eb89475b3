/**
 * Templat HTML task pane (tetap, tanpa data pengguna). Pilihan metode dibuat dari daftar metode
 * (metode/daftar.ts, tanpa kode pembangun), jadi metode baru muncul tanpa mengubah templat; bagian isian bertanda
 * `data-bagian` (HTML di taskpane/bagian/<id>.ts, disusun ui-templat-bagian.ts menurut urutan metode/daftar.ts)
 * tampil untuk metode yang menyebutnya di `bagian`. Semua teks diisi lewat textContent.
 */
import { daftarMetode } from "./ui-metode";
import { BAGIAN_ISIAN } from "./ui-templat-bagian";

/** Id pembangun hanya huruf/angka/-/_ (dari kode, bukan dari pengguna); tetap disaring. */
const aman = (id: string): string => id.replace(/[^A-Za-z0-9_-]/g, "");

/** Kepala panel: judul, tombol ganti bahasa, pemberitahuan tanpa Excel, pengantar. */
const KEPALA = `<header class="kepala">
  <h1 data-t="judul"></h1>
  <fluent-button id="bahasa" appearance="outline" data-t="gantiBahasa"></fluent-button>
</header>
<p id="tanpa-excel" class="pemberitahuan" role="status" data-t="tanpaExcel" hidden></p>
<p class="pengantar" data-t="pengantar"></p>`;

/** Tombol Bangun di akhir formulir. */
const TOMBOL_BANGUN = `  <fluent-button id="bangun" appearance="accent" data-t="bangun"></fluent-button>`;

/** Kemajuan, konfirmasi (ya/tidak), galat dan hasil panel Bangun. */
const STATUS_BANGUN = `<div id="kemajuan" class="kemajuan" role="status" aria-live="polite" hidden>
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
<div id="hasil" class="hasil" role="status" aria-live="polite"></div>`;

/** Bagian Periksa: tombol, status, daftar temuan, tulis temuan. */
const PERIKSA = `<section id="bagian-periksa" class="periksa" aria-labelledby="judul-periksa">
  <h2 id="judul-periksa" data-t="periksaJudul"></h2>
  <p class="bantuan" data-t="periksaPengantar"></p>
  <fluent-button id="periksa" appearance="outline" data-t="periksa"></fluent-button>
  <div id="periksa-status" class="periksa-status" role="status" aria-live="polite"></div>
  <ul id="temuan" class="temuan" aria-labelledby="judul-periksa" hidden></ul>
  <fluent-button id="tulis-temuan" hidden data-t="tulisTemuan"></fluent-button>
  <div id="tulis-status" class="hasil" role="status" aria-live="polite"></div>
  <div id="galat-periksa" class="galat" role="alert" hidden></div>
</section>`;

/** Pilihan metode (fluent-option), satu per metode dalam urutan daftar; yang pertama terpilih. */
function pilihanMetode(): string {
  return daftarMetode()
    .map(
      (id, i) =>
        `    <fluent-option value="${aman(id)}"${i === 0 ? " selected" : ""} data-metode-nama="${aman(id)}"></fluent-option>`,
    )
    .join("\n");
}

/** Formulir Bangun: pilihan metode, bagian isian per metode, tombol Bangun. */
function formulir(): string {
  return `<div class="formulir">
  <label id="lbl-metode" class="label" data-t="metode"></label>
  <fluent-select id="metode" aria-labelledby="lbl-metode">
${pilihanMetode()}
  </fluent-select>

${BAGIAN_ISIAN}

${TOMBOL_BANGUN}
</div>`;
}

export function templat(): string {
  return `
${KEPALA}
${formulir()}

${STATUS_BANGUN}

${PERIKSA}
`;
}
