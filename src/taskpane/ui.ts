/**
 * Antarmuka task pane (Fluent UI web components). Dapat dipasang dengan host apa pun (injeksi
 * dependensi): `pasangUI(akar, host)`. Host Excel: host-excel.ts; host peramban tanpa Excel (unduh .xlsx):
 * host-unduh.ts; uji dapat memakai host lain. Tanpa panggilan jaringan, tanpa eval; teks lewat textContent.
 *
 * Per panel: templat (ui-templat.ts), metode dan isiannya (ui-metode.ts, murni), Bangun (ui-bangun.ts),
 * Periksa (ui-periksa.ts), kotak konfirmasi (ui-konfirmasi.ts), pesan galat (ui-galat.ts). Berkas ini
 * hanya memasang dan menghubungkannya (bahasa, metode terpilih).
 */
import {
  fluentButton,
  fluentCheckbox,
  fluentOption,
  fluentProgressRing,
  fluentRadio,
  fluentRadioGroup,
  fluentSelect,
  fluentTextArea,
  fluentTextField,
  provideFluentDesignSystem,
} from "@fluentui/web-components";
import type { HasilTerapkan } from "../hosts/excel/excel";
import type { Temuan } from "../periksa/temuan";
import type { IdMetode as IdMetodeDaftar } from "../metode/daftar";
import type { Konflik } from "../plans/bangun-ulang/index";
import { TEKS, type Bahasa, type Teks } from "./teks";
import { pasangPanelBangun } from "./ui-bangun";
import { buatTanya, type Tanya } from "./ui-konfirmasi";
import { bagianTampil, daftarMetode, namaMetode } from "./ui-metode";
import { pasangPanelPeriksa } from "./ui-periksa";
import { pasangPanelSiklus } from "./ui-siklus";
import { pasangPanelSakip } from "./ui-sakip";
import { templat } from "./ui-templat";

export { pesanGalat } from "./ui-galat";

export type IdMetode = IdMetodeDaftar;

export interface PermintaanBangun {
  id: IdMetode;
  opsi: Record<string, unknown>;
}

export interface AlatHost {
  konfirmasi(pesan: string, konflik: readonly Konflik[]): Promise<boolean>;
  kemajuan(persen: number, pesan: string): void;
}

export interface AlatTulisTemuan {
  /** Ditanya bila lembar temuan sudah ada dan berisi; `false` → tidak ada yang ditulis. */
  konfirmasi(k: Konflik): Promise<boolean>;
}

export interface HasilTulisTemuan {
  dibatalkan: boolean;
  lembar: string;
  /** Jumlah baris temuan yang ditulis (tanpa kepala). */
  baris: number;
}

/** Hasil bangun: seperti adaptor Excel; `berkas` bila buku kerja diunduh (peramban tanpa Excel). */
export type HasilBangun = HasilTerapkan & { berkas?: string };

/** Yang dibutuhkan antarmuka dari host (Excel, peramban tanpa Excel, atau tiruan). */
export interface HostUI {
  /** "unduh": tanpa Excel; tombol mengunduh .xlsx dan panel memberitahukannya. Bawaan "excel". */
  jenis?: "excel" | "unduh";
  bangun(p: PermintaanBangun, alat: AlatHost): Promise<HasilBangun>;
  /** Membaca buku kerja (≤ 2 sync) dan mengauditnya terhadap rencana add-in. Tanpa ini panel Periksa disembunyikan. */
  periksa?(): Promise<Temuan[]>;
  /** Mengaktifkan lembar dan memilih sel/rentang (satu Excel.run, satu sync). */
  pilihSel?(sheet: string, sel: string): Promise<void>;
  /** Menulis temuan ke lembar "Temuan Periksa" (kepala + satu baris per temuan, satu tulisan 2-D). */
  tulisTemuan?(temuan: readonly Temuan[], alat: AlatTulisTemuan): Promise<HasilTulisTemuan>;
  /** Nama lembar yang terlihat, urut buku kerja (satu Excel.run, satu sync). Tanpa ini: pilih berkas (unduhan). */
  daftarLembar?(): Promise<string[]>;
  /** Nilai rentang terpakai sebuah lembar dan alamatnya (null = kosong; lembar tidak ada → ada: false), satu Excel.run, satu sync; tidak ada yang diubah. */
  bacaLembar?(lembar: string): Promise<IsiLembar>;
}

/** Isi lembar yang dibaca: ada tidaknya, alamat rentang terpakai ("'Lembar'!B3:F20") dan nilainya (2-D). */
export interface IsiLembar {
  ada: boolean;
  alamat: string | null;
  nilai: unknown[][];
}

type ElemenNilai = HTMLElement & { value: string; checked?: boolean; disabled?: boolean };

/** Yang dibagi panel-panel: elemen, teks bahasa sekarang, host, kotak konfirmasi. */
export interface KonteksUI {
  akar: HTMLElement;
  $<T extends HTMLElement = ElemenNilai>(id: string): T;
  t(): Teks;
  host: HostUI;
  tanya: Tanya;
  /** Data panel per metode untuk pembaca opsi (BacaIsian.data), mis. jawaban siklus SKM yang dibaca. */
  data: Map<string, unknown>;
  /** Langkah sebelum opsi dibaca saat Bangun, per metode (mis. membaca ulang lembar jawaban). */
  siapkan: Map<string, () => Promise<void>>;
}

export interface UIDipasang {
  setelBahasa(b: Bahasa): void;
  bahasa(): Bahasa;
}

let terdaftar = false;
function daftarKomponen(): void {
  if (terdaftar) return;
  terdaftar = true;
  provideFluentDesignSystem().register(
    fluentButton(),
    fluentCheckbox(),
    fluentOption(),
    fluentProgressRing(),
    fluentRadio(),
    fluentRadioGroup(),
    fluentSelect(),
    fluentTextArea(),
    fluentTextField(),
  );
}

/** Semua teks panel dalam bahasa `t` (atribut data-t, nama metode dari ui-metode). */
function terjemahkan(k: KonteksUI, bahasa: Bahasa, metode: string): void {
  document.documentElement.lang = bahasa;
  const tx = k.t() as unknown as Record<string, unknown>;
  k.akar.querySelectorAll<HTMLElement>("[data-t]").forEach((el) => {
    const v = tx[el.dataset.t as string];
    if (typeof v === "string") el.textContent = v;
  });
  k.akar.querySelectorAll<HTMLElement>("[data-metode-nama]").forEach((el) => {
    el.textContent = namaMetode(el.dataset.metodeNama as string, bahasa);
  });
  k.$("lbl-unit").textContent = metode === "lan1998" ? k.t().unit : k.t().unitOpsional;
  k.$("bahasa").setAttribute("lang", bahasa === "id" ? "en" : "id");
  k.$("cincin").setAttribute("aria-label", k.t().membangun);
  k.$("metode").title = namaMetode(metode, bahasa);
}

/** Bagian isian metode terpilih tampil, yang lain disembunyikan (atribut data-bagian, metode/daftar.ts). */
function tampilkanBagian(k: KonteksUI, metode: string, bahasa: Bahasa): void {
  k.akar.querySelectorAll<HTMLElement>("[data-bagian]").forEach((el) => {
    el.hidden = !bagianTampil(el.id, metode);
  });
  k.$("lbl-unit").textContent = metode === "lan1998" ? k.t().unit : k.t().unitOpsional;
  k.$("metode").title = namaMetode(metode, bahasa);
}

export function pasangUI(akar: HTMLElement, host: HostUI, awal: { bahasa?: Bahasa } = {}): UIDipasang {
  daftarKomponen();
  akar.innerHTML = templat(); // templat tetap, tanpa data pengguna
  let bahasa: Bahasa = awal.bahasa ?? "id";
  const $ = <T extends HTMLElement = ElemenNilai>(id: string): T => akar.querySelector(`#${id}`) as T;
  const tanya = buatTanya($("konfirmasi"), $("konfirmasi-pesan"), $("ya"), $("tidak"));
  const k: KonteksUI = { akar, $, t: () => TEKS[bahasa], host, tanya, data: new Map(), siapkan: new Map() };
  const metode = $("metode");
  const pertama = daftarMetode()[0];
  /** Metode terpilih (nilai fluent-select dapat masih kosong sesaat setelah dipasang → metode pertama). */
  const metodeSekarang = (): IdMetode => (metode.value || pertama) as IdMetode;
  if (host.jenis === "unduh") {
    $("tanpa-excel").hidden = false;
    $("bangun").dataset.t = "unduh";
  }
  const bangun = pasangPanelBangun(k, metodeSekarang);
  const periksa = pasangPanelPeriksa(k);
  const siklus = pasangPanelSiklus(k);
  pasangPanelSakip(k);
  const perbarui = (): void => {
    tampilkanBagian(k, metodeSekarang(), bahasa);
    if (metodeSekarang() === "skmSiklus") siklus.aktifkan();
  };
  metode.addEventListener("change", perbarui);
  metode.addEventListener("input", perbarui);
  $("bahasa").addEventListener("click", () => ui.setelBahasa(bahasa === "id" ? "en" : "id"));

  const ui: UIDipasang = {
    setelBahasa(b) {
      bahasa = b;
      terjemahkan(k, bahasa, metodeSekarang());
      bangun.reset();
      periksa.reset();
      siklus.terjemahkan();
    },
    bahasa: () => bahasa,
  };
  terjemahkan(k, bahasa, metodeSekarang());
  perbarui();
  requestAnimationFrame(perbarui);
  return ui;
}
