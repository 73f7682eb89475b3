/**
 * Antarmuka task pane (Fluent UI web components). Dapat dipasang dengan host apa pun (injeksi
 * dependensi): `pasangUI(akar, host)`. Host Excel ada di taskpane.ts; uji dapat memakai host lain.
 * Tanpa panggilan jaringan, tanpa eval; semua teks lewat textContent.
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
import { GalatTerapkan, type FiturOpsional, type HasilTerapkan } from "../hosts/excel/excel";
import type { Konflik } from "../plans/pertahankan";
import { TEKS, type Bahasa, type Teks } from "./teks";

export type IdMetode = "lan1998" | "bsc" | "skm" | "layanan";

export interface PermintaanBangun {
  id: IdMetode;
  opsi: Record<string, unknown>;
}

export interface AlatHost {
  konfirmasi(pesan: string, konflik: readonly Konflik[]): Promise<boolean>;
  kemajuan(persen: number, pesan: string): void;
}

/** Yang dibutuhkan antarmuka dari host (Excel atau tiruan). */
export interface HostUI {
  bangun(p: PermintaanBangun, alat: AlatHost): Promise<HasilTerapkan>;
}

export interface UIDipasang {
  setelBahasa(b: Bahasa): void;
  bahasa(): Bahasa;
}

/** Isian panel tidak sah (pesan sudah dalam bahasa antarmuka). */
class GalatIsian extends Error {}

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

const TEMPLAT = `
<header class="kepala">
  <h1 data-t="judul"></h1>
  <fluent-button id="bahasa" appearance="outline" data-t="gantiBahasa"></fluent-button>
</header>
<p class="pengantar" data-t="pengantar"></p>
<div class="formulir">
  <label id="lbl-metode" class="label" data-t="metode"></label>
  <fluent-select id="metode" aria-labelledby="lbl-metode">
    <fluent-option value="lan1998" selected data-t="metodeLan"></fluent-option>
    <fluent-option value="bsc" data-t="metodeBsc"></fluent-option>
    <fluent-option value="skm" data-t="metodeSkm"></fluent-option>
    <fluent-option value="layanan" data-t="metodeLayanan"></fluent-option>
  </fluent-select>

  <section id="bagian-lan" class="bagian">
    <fluent-radio-group id="tipe" orientation="vertical" value="I">
      <label slot="label" data-t="tipe"></label>
      <fluent-radio value="I" checked data-t="tipeI"></fluent-radio>
      <fluent-radio value="II" data-t="tipeII"></fluent-radio>
      <fluent-radio value="III" data-t="tipeIII"></fluent-radio>
    </fluent-radio-group>
    <fluent-radio-group id="pola" orientation="vertical" value="lengkap">
      <label slot="label" data-t="pola"></label>
      <fluent-radio value="lengkap" checked data-t="polaLengkap"></fluent-radio>
      <fluent-radio value="lima" data-t="polaLima"></fluent-radio>
    </fluent-radio-group>
    <fluent-radio-group id="mode" orientation="vertical" value="hitungBobot">
      <label slot="label" data-t="mode"></label>
      <fluent-radio value="hitungBobot" checked data-t="modeHitungBobot"></fluent-radio>
      <fluent-radio value="nilaiUnit" data-t="modeNilaiUnit"></fluent-radio>
    </fluent-radio-group>
  </section>

  <section id="bagian-skm" class="bagian" hidden>
    <fluent-radio-group id="aturan" orientation="vertical" value="2017">
      <label slot="label" data-t="aturanSkm"></label>
      <fluent-radio value="2017" checked data-t="aturan2017"></fluent-radio>
      <fluent-radio value="2004" data-t="aturan2004"></fluent-radio>
    </fluent-radio-group>
    <fluent-text-field id="responden" type="number" min="1" max="5000" value="30"><span data-t="responden"></span></fluent-text-field>
  </section>

  <section id="bagian-layanan" class="bagian" hidden>
    <fluent-checkbox id="contoh" checked data-t="contohLayanan"></fluent-checkbox>
  </section>

  <div id="bagian-unit" class="bagian">
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
`;

type ElemenNilai = HTMLElement & { value: string; checked?: boolean; disabled?: boolean };

/** Pesan galat dalam kata-kata biasa (tanpa jejak tumpukan). */
export function pesanGalat(e: unknown, t: Teks): string {
  if (e instanceof GalatTerapkan) return e.kode === "excelLama" ? t.galatExcelLama : t.galatTerlaluBesar;
  const kode = typeof e === "object" && e && "code" in e ? String((e as { code: unknown }).code) : "";
  if (kode === "AccessDenied" || kode === "ActivityLimitReached") return t.galatAkses;
  if (kode === "InvalidOperationInCellEditMode") return t.galatSuntingSel;
  if (kode) return t.galatUmum;
  const pesan = e instanceof Error ? e.message : typeof e === "string" ? e : "";
  const baris = pesan.split("\n")[0].trim();
  if (baris && baris.length <= 300 && !/\bat\s+\S+\s*\(|\.(js|ts):\d+/.test(baris)) return t.galatRencana(baris);
  return t.galatUmum;
}

export function pasangUI(akar: HTMLElement, host: HostUI, awal: { bahasa?: Bahasa } = {}): UIDipasang {
  daftarKomponen();
  akar.innerHTML = TEMPLAT; // templat tetap, tanpa data pengguna
  let bahasa: Bahasa = awal.bahasa ?? "id";
  const $ = <T extends HTMLElement = ElemenNilai>(id: string): T => akar.querySelector(`#${id}`) as T;
  const metode = $("metode");
  const galat = $("galat");
  const hasil = $("hasil");
  const kemajuan = $("kemajuan");
  const kemajuanTeks = $("kemajuan-teks");
  const tombolBangun = $("bangun");
  const konfirmasiKotak = $("konfirmasi");
  const t = (): Teks => TEKS[bahasa];
  /** Metode terpilih (nilai fluent-select dapat masih kosong sesaat setelah dipasang → LAN). */
  const metodeSekarang = (): IdMetode => ((metode.value || "lan1998") as IdMetode);

  function terjemahkan(): void {
    document.documentElement.lang = bahasa;
    const tx = t() as unknown as Record<string, unknown>;
    akar.querySelectorAll<HTMLElement>("[data-t]").forEach((el) => {
      const v = tx[el.dataset.t as string];
      if (typeof v === "string") el.textContent = v;
    });
    $("lbl-unit").textContent = metodeSekarang() === "lan1998" ? t().unit : t().unitOpsional;
    $("bahasa").setAttribute("lang", bahasa === "id" ? "en" : "id");
    $("cincin").setAttribute("aria-label", t().membangun);
  }

  function tampilkanBagian(): void {
    const m = metodeSekarang();
    $("bagian-lan").hidden = m !== "lan1998";
    $("bagian-skm").hidden = m !== "skm";
    $("bagian-layanan").hidden = m !== "layanan";
    $("bagian-unit").hidden = m === "skm" || m === "layanan";
    $("lbl-unit").textContent = m === "lan1998" ? t().unit : t().unitOpsional;
  }

  function tampilGalat(pesan: string | null): void {
    galat.hidden = !pesan;
    galat.textContent = pesan ?? "";
  }

  function bacaUnit(wajib: boolean): string[] {
    const unit = $("unit").value.split(/\r?\n/).map((s) => s.trim()).filter(Boolean);
    if (wajib && unit.length === 0) throw new GalatIsian(t().galatUnitKosong);
    const lihat = new Set<string>();
    for (const u of unit) {
      const k = u.toLowerCase();
      if (lihat.has(k)) throw new GalatIsian(t().galatUnitGanda(u));
      lihat.add(k);
    }
    return unit;
  }

  function permintaan(): PermintaanBangun {
    const id = metodeSekarang();
    if (id === "lan1998") {
      return { id, opsi: { tipe: $("tipe").value || "I", pola: $("pola").value || "lengkap", mode: $("mode").value || "hitungBobot", unit: bacaUnit(true) } };
    }
    if (id === "bsc") {
      const unit = bacaUnit(false);
      return { id, opsi: unit.length ? { unit } : {} };
    }
    if (id === "skm") {
      const r = Number($("responden").value);
      if (!Number.isInteger(r) || r < 1 || r > 5000) throw new GalatIsian(t().galatResponden);
      return { id, opsi: { aturan: $("aturan").value || "2017", responden: r } };
    }
    return { id, opsi: { contoh: Boolean($("contoh").checked) } };
  }

  function konfirmasi(_pesan: string, konflik: readonly Konflik[]): Promise<boolean> {
    const rinci = konflik.map((k) => t().konflikLembar(k.lembar, k.jumlah, k.contoh.join(", "))).join("; ");
    $("konfirmasi-pesan").textContent = t().konflik(rinci);
    konfirmasiKotak.hidden = false;
    kemajuan.hidden = true;
    const ya = $("ya");
    const tidak = $("tidak");
    tidak.focus();
    return new Promise((selesai) => {
      const tutup = (jawab: boolean): void => {
        ya.removeEventListener("click", padaYa);
        tidak.removeEventListener("click", padaTidak);
        konfirmasiKotak.removeEventListener("keydown", padaTombol);
        konfirmasiKotak.hidden = true;
        kemajuan.hidden = !jawab;
        selesai(jawab);
      };
      const padaYa = (): void => tutup(true);
      const padaTidak = (): void => tutup(false);
      const padaTombol = (e: KeyboardEvent): void => {
        if (e.key === "Escape") tutup(false);
      };
      ya.addEventListener("click", padaYa);
      tidak.addEventListener("click", padaTidak);
      konfirmasiKotak.addEventListener("keydown", padaTombol);
    });
  }

  function tulisHasil(h: HasilTerapkan): void {
    hasil.replaceChildren();
    const baris: string[] = [];
    if (h.dibatalkan) baris.push(t().dibatalkan);
    else {
      baris.push(t().selesai(h.lembar));
      if (h.dipertahankan) baris.push(t().dipertahankan(h.dipertahankan));
      if (h.tersimpan) baris.push(t().tersimpan(h.tersimpan));
      for (const d of h.dilewati) baris.push(t().dilewati(t().fitur[d.fitur as FiturOpsional], d.set));
    }
    for (const b of baris) {
      const p = document.createElement("p");
      p.textContent = b;
      hasil.append(p);
    }
  }

  let sibuk = false;
  async function bangun(): Promise<void> {
    if (sibuk) return;
    tampilGalat(null);
    hasil.replaceChildren();
    let p: PermintaanBangun;
    try {
      p = permintaan();
    } catch (e) {
      tampilGalat(e instanceof GalatIsian ? e.message : pesanGalat(e, t()));
      return;
    }
    sibuk = true;
    tombolBangun.disabled = true;
    tombolBangun.setAttribute("aria-busy", "true");
    kemajuan.hidden = false;
    kemajuanTeks.textContent = t().membangun;
    try {
      const h = await host.bangun(p, {
        konfirmasi,
        kemajuan: (persen) => {
          kemajuanTeks.textContent = `${t().tahap(persen)} (${Math.round(persen)}%)`;
        },
      });
      tulisHasil(h);
    } catch (e) {
      tampilGalat(pesanGalat(e, t()));
    } finally {
      sibuk = false;
      kemajuan.hidden = true;
      konfirmasiKotak.hidden = true;
      tombolBangun.disabled = false;
      tombolBangun.removeAttribute("aria-busy");
    }
  }

  metode.addEventListener("change", tampilkanBagian);
  metode.addEventListener("input", tampilkanBagian);
  tombolBangun.addEventListener("click", () => void bangun());
  $("bahasa").addEventListener("click", () => ui.setelBahasa(bahasa === "id" ? "en" : "id"));

  const ui: UIDipasang = {
    setelBahasa(b) {
      bahasa = b;
      terjemahkan();
      tampilGalat(null);
      hasil.replaceChildren();
    },
    bahasa: () => bahasa,
  };
  terjemahkan();
  tampilkanBagian();
  requestAnimationFrame(tampilkanBagian);
  return ui;
}
