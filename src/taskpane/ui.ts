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
import type { Temuan } from "../periksa/temuan";
import type { IdPembangun } from "../plans/index";
import type { Konflik } from "../plans/pertahankan";
import { TEKS, type Bahasa, type Teks } from "./teks";

export type IdMetode = IdPembangun;

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

/** Yang dibutuhkan antarmuka dari host (Excel atau tiruan). */
export interface HostUI {
  bangun(p: PermintaanBangun, alat: AlatHost): Promise<HasilTerapkan>;
  /** Membaca buku kerja (≤ 2 sync) dan mengauditnya terhadap rencana add-in. */
  periksa(): Promise<Temuan[]>;
  /** Mengaktifkan lembar dan memilih sel/rentang (satu Excel.run, satu sync). */
  pilihSel(sheet: string, sel: string): Promise<void>;
  /** Menulis temuan ke lembar "Temuan Periksa" (kepala + satu baris per temuan, satu tulisan 2-D). */
  tulisTemuan(temuan: readonly Temuan[], alat: AlatTulisTemuan): Promise<HasilTulisTemuan>;
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
    <fluent-option value="lanAlternatif1" data-t="metodeLanAlternatif1"></fluent-option>
    <fluent-option value="bsc" data-t="metodeBsc"></fluent-option>
    <fluent-option value="skm" data-t="metodeSkm"></fluent-option>
    <fluent-option value="layanan" data-t="metodeLayanan"></fluent-option>
    <fluent-option value="servqual" data-t="metodeServqual"></fluent-option>
    <fluent-option value="sendi" data-t="metodeSendi"></fluent-option>
    <fluent-option value="pekppp" data-t="metodePekppp"></fluent-option>
    <fluent-option value="pegawai" data-t="metodePegawai"></fluent-option>
    <fluent-option value="kepekaan" data-t="metodeKepekaan"></fluent-option>
  </fluent-select>

  <section id="bagian-lan" class="bagian">
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

  <section id="bagian-lan-alt1" class="bagian" hidden>
    <fluent-text-field id="jumlah-jenis" type="number" min="1" max="5000" value="10"><span data-t="jumlahJenisPelayanan"></span></fluent-text-field>
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

  <section id="bagian-servqual" class="bagian" hidden>
    <fluent-text-field id="responden-servqual" type="number" min="1" max="5000" value="10" aria-describedby="bantuan-servqual"><span data-t="responden"></span></fluent-text-field>
    <p id="bantuan-servqual" class="bantuan" data-t="bantuanServqual"></p>
  </section>

  <section id="bagian-sendi" class="bagian" hidden>
    <fluent-text-field id="skala-min" type="number" value="1" aria-describedby="bantuan-sendi"><span data-t="skalaMin"></span></fluent-text-field>
    <fluent-text-field id="skala-maks" type="number" value="5" aria-describedby="bantuan-sendi"><span data-t="skalaMaks"></span></fluent-text-field>
    <p id="bantuan-sendi" class="bantuan" data-t="bantuanSendi"></p>
  </section>

  <section id="bagian-pekppp" class="bagian" hidden>
    <fluent-text-field id="responden-pekppp" type="number" min="1" max="5000" value="10" aria-describedby="bantuan-pekppp"><span data-t="respondenPublik"></span></fluent-text-field>
    <p id="bantuan-pekppp" class="bantuan" data-t="tanpaOpsiPekppp"></p>
  </section>

  <section id="bagian-pegawai" class="bagian" hidden>
    <fluent-text-field id="jumlah-pegawai" type="number" min="1" max="5000" value="10"><span data-t="jumlahPegawai"></span></fluent-text-field>
    <fluent-radio-group id="skala-pegawai" orientation="vertical" value="pp46">
      <label slot="label" data-t="skalaPegawai"></label>
      <fluent-radio value="pp46" checked data-t="skalaPp46"></fluent-radio>
      <fluent-radio value="lan" data-t="skalaLan"></fluent-radio>
      <fluent-radio value="2022" data-t="skala2022"></fluent-radio>
    </fluent-radio-group>
  </section>

  <section id="bagian-kepekaan" class="bagian" hidden>
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

type ElemenNilai = HTMLElement & { value: string; checked?: boolean; disabled?: boolean };

/** Pesan galat dalam kata-kata biasa (tanpa jejak tumpukan). */
export function pesanGalat(e: unknown, t: Teks, umum: string = t.galatUmum): string {
  if (e instanceof GalatTerapkan) return e.kode === "excelLama" ? t.galatExcelLama : e.kode === "tataLetak" ? t.galatTataLetak(e.message) : t.galatTerlaluBesar;
  const kode = typeof e === "object" && e && "code" in e ? String((e as { code: unknown }).code) : "";
  if (kode === "AccessDenied" || kode === "ActivityLimitReached") return t.galatAkses;
  if (kode === "InvalidOperationInCellEditMode") return t.galatSuntingSel;
  if (kode) return umum;
  const pesan = e instanceof Error ? e.message : typeof e === "string" ? e : "";
  const baris = pesan.split("\n")[0].trim();
  if (umum === t.galatUmum && baris && baris.length <= 300 && !/\bat\s+\S+\s*\(|\.(js|ts):\d+/.test(baris)) return t.galatRencana(baris);
  return umum;
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
    $("bagian-servqual").hidden = m !== "servqual";
    $("bagian-sendi").hidden = m !== "sendi";
    $("bagian-pekppp").hidden = m !== "pekppp";
    $("bagian-pegawai").hidden = m !== "pegawai";
    $("bagian-kepekaan").hidden = m !== "kepekaan";
    $("bagian-lan-alt1").hidden = m !== "lanAlternatif1";
    $("bagian-unit").hidden = m !== "lan1998" && m !== "bsc";
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

  /** Bilangan bulat 1–5000 dari kolom isian. */
  function bilanganBulat(idKolom: string, pesan: string): number {
    const teks = $(idKolom).value.trim();
    const r = Number(teks);
    if (!teks || !Number.isInteger(r) || r < 1 || r > 5000) throw new GalatIsian(pesan);
    return r;
  }

  function permintaan(): PermintaanBangun {
    const id = metodeSekarang();
    if (id === "lan1998") {
      const perIndikator = Boolean($("per-indikator").checked) && $("mode").value === "nilaiUnit";
      return { id, opsi: { tipe: $("tipe").value || "I", pola: $("pola").value || "lengkap", mode: $("mode").value || "hitungBobot", unit: bacaUnit(true), ...(perIndikator ? { perIndikator } : {}) } };
    }
    if (id === "bsc") {
      const unit = bacaUnit(false);
      return { id, opsi: unit.length ? { unit } : {} };
    }
    if (id === "skm") return { id, opsi: { aturan: $("aturan").value || "2017", responden: bilanganBulat("responden", t().galatResponden) } };
    if (id === "servqual") return { id, opsi: { responden: bilanganBulat("responden-servqual", t().galatResponden) } };
    if (id === "sendi") {
      const teksMin = $("skala-min").value.trim().replace(",", ".");
      const teksMaks = $("skala-maks").value.trim().replace(",", ".");
      const min = Number(teksMin);
      const maks = Number(teksMaks);
      if (!teksMin || !teksMaks || !Number.isFinite(min) || !Number.isFinite(maks) || !(min < maks)) throw new GalatIsian(t().galatSkala);
      return { id, opsi: { skalaMin: min, skalaMaks: maks } };
    }
    if (id === "pekppp") return { id, opsi: { responden: bilanganBulat("responden-pekppp", t().galatResponden) } };
    if (id === "lanAlternatif1") return { id, opsi: { baris: bilanganBulat("jumlah-jenis", t().galatJenisPelayanan) } };
    if (id === "pegawai") return { id, opsi: { pegawai: bilanganBulat("jumlah-pegawai", t().galatPegawai), skala: ["lan", "2022"].includes($("skala-pegawai").value) ? $("skala-pegawai").value : "pp46" } };
    if (id === "kepekaan") {
      const kriteria = $("kriteria-kepekaan").value.split(",").map((x) => x.trim()).filter(Boolean);
      if (kriteria.length < 2 || new Set(kriteria.map((x) => x.toLowerCase())).size !== kriteria.length) throw new GalatIsian(t().galatKriteria);
      return { id, opsi: { unit: bilanganBulat("jumlah-unit-kepekaan", t().galatJumlahUnit), kriteria, pita: $("pita-kepekaan").value || null } };
    }
    return { id, opsi: { contoh: Boolean($("contoh").checked) } };
  }

  function konfirmasi(_pesan: string, konflik: readonly Konflik[]): Promise<boolean> {
    const rinci = (k: readonly Konflik[]): string => k.map((x) => t().konflikLembar(x.lembar, x.jumlah, x.contoh.join(", "))).join("; ");
    const bukan = konflik.filter((k) => k.jenis !== "ketikan");
    const ketikan = konflik.filter((k) => k.jenis === "ketikan");
    const bagian = [...(bukan.length ? [t().konflik(rinci(bukan))] : []), ...(ketikan.length ? [t().konflikKetikan(rinci(ketikan))] : [])];
    // satu pertanyaan: "Lanjutkan?" hanya di akhir
    return tanya(bagian.map((b, i) => (i < bagian.length - 1 ? b.replace(/\s*\S+\?$/, "") : b)).join(" "), tombolBangun, kemajuan);
  }

  /** Kotak konfirmasi bersama, ditempatkan tepat setelah `dekat`; `tunda` disembunyikan selama bertanya. */
  function tanya(pesan: string, dekat: HTMLElement, tunda: HTMLElement): Promise<boolean> {
    $("konfirmasi-pesan").textContent = pesan;
    if (dekat === tombolBangun) kemajuan.after(konfirmasiKotak);
    else dekat.after(konfirmasiKotak);
    konfirmasiKotak.hidden = false;
    const kemajuanTampil = !tunda.hidden;
    tunda.hidden = true;
    const ya = $("ya");
    const tidak = $("tidak");
    tidak.focus();
    return new Promise((selesai) => {
      const tutup = (jawab: boolean): void => {
        ya.removeEventListener("click", padaYa);
        tidak.removeEventListener("click", padaTidak);
        konfirmasiKotak.removeEventListener("keydown", padaTombol);
        konfirmasiKotak.hidden = true;
        tunda.hidden = !(jawab && kemajuanTampil);
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

  // ---------- Periksa buku kerja ----------
  const tombolPeriksa = $("periksa");
  const tombolTulis = $("tulis-temuan");
  const daftarTemuan = $<HTMLUListElement>("temuan");
  const periksaStatus = $("periksa-status");
  const tulisStatus = $("tulis-status");
  const galatPeriksa = $("galat-periksa");
  /** Temuan terakhir (null: belum diperiksa). */
  let temuan: Temuan[] | null = null;
  let sibukPeriksa = false;

  function tampilGalatPeriksa(pesan: string | null): void {
    galatPeriksa.hidden = !pesan;
    galatPeriksa.textContent = pesan ?? "";
  }

  /** Temuan dapat dibuka di Excel bila menyebut lembar yang terlihat (bukan `_pkp`). */
  const dapatDibuka = (x: Temuan): boolean => x.sheet !== "" && x.sheet !== "_pkp";
  const tempat = (x: Temuan): string => (x.sheet ? `${x.sheet}${x.sel ? `!${x.sel}` : ""}` : t().bukuKerja);

  function tulisDaftarTemuan(): void {
    daftarTemuan.replaceChildren();
    tulisStatus.replaceChildren();
    if (temuan === null) {
      periksaStatus.textContent = "";
      daftarTemuan.hidden = true;
      tombolTulis.hidden = true;
      return;
    }
    if (temuan.length === 0) {
      periksaStatus.textContent = t().tidakAdaTemuan;
      daftarTemuan.hidden = true;
      tombolTulis.hidden = true;
      return;
    }
    periksaStatus.textContent = [t().jumlahTemuan(temuan.length), t().catatanPesan].filter(Boolean).join(" ");
    temuan.forEach((x, i) => {
      const li = document.createElement("li");
      const isi = document.createElement(dapatDibuka(x) ? "button" : "div");
      isi.className = "temuan-butir";
      if (isi instanceof HTMLButtonElement) {
        isi.type = "button";
        isi.dataset.indeks = String(i);
        isi.dataset.sheet = x.sheet;
        isi.dataset.sel = x.sel;
      }
      const letak = document.createElement("span");
      letak.className = "temuan-sel";
      letak.textContent = tempat(x);
      const jenis = document.createElement("span");
      jenis.className = "temuan-jenis";
      jenis.textContent = t().jenis[x.jenis] ?? x.jenis;
      const pesan = document.createElement("span");
      pesan.className = "temuan-pesan";
      pesan.textContent = x.pesan;
      isi.append(letak, jenis, pesan);
      isi.setAttribute("aria-label", `${letak.textContent}: ${jenis.textContent}. ${x.pesan}`);
      li.append(isi);
      daftarTemuan.append(li);
    });
    daftarTemuan.hidden = false;
    tombolTulis.hidden = false;
  }

  async function periksa(): Promise<void> {
    if (sibukPeriksa) return;
    sibukPeriksa = true;
    tampilGalatPeriksa(null);
    temuan = null;
    tulisDaftarTemuan();
    periksaStatus.textContent = t().memeriksa;
    tombolPeriksa.disabled = true;
    tombolPeriksa.setAttribute("aria-busy", "true");
    try {
      temuan = await host.periksa();
      tulisDaftarTemuan();
    } catch (e) {
      periksaStatus.textContent = "";
      tampilGalatPeriksa(pesanGalat(e, t(), t().galatPeriksa));
    } finally {
      sibukPeriksa = false;
      tombolPeriksa.disabled = false;
      tombolPeriksa.removeAttribute("aria-busy");
    }
  }

  async function buka(x: Temuan): Promise<void> {
    tampilGalatPeriksa(null);
    try {
      await host.pilihSel(x.sheet, x.sel);
    } catch (e) {
      tampilGalatPeriksa(pesanGalat(e, t(), t().galatPilihSel));
    }
  }

  async function tulisTemuan(): Promise<void> {
    if (sibukPeriksa || !temuan?.length) return;
    sibukPeriksa = true;
    tampilGalatPeriksa(null);
    tulisStatus.textContent = t().menulisTemuan;
    tombolTulis.disabled = true;
    tombolTulis.setAttribute("aria-busy", "true");
    try {
      const h = await host.tulisTemuan(temuan, {
        konfirmasi: (k) => tanya(t().konflikTemuan(k.lembar, k.jumlah, k.contoh.join(", ")), tombolTulis, tulisStatus),
      });
      tulisStatus.hidden = false;
      tulisStatus.textContent = h.dibatalkan ? t().dibatalkan : t().temuanDitulis(h.baris, h.lembar);
    } catch (e) {
      tulisStatus.textContent = "";
      tampilGalatPeriksa(pesanGalat(e, t(), t().galatTulisTemuan));
    } finally {
      sibukPeriksa = false;
      tulisStatus.hidden = false;
      const fokusHilang = konfirmasiKotak.contains(document.activeElement) || document.activeElement === document.body;
      konfirmasiKotak.hidden = true;
      tombolTulis.disabled = false;
      tombolTulis.removeAttribute("aria-busy");
      if (fokusHilang) tombolTulis.focus();
    }
  }

  tombolPeriksa.addEventListener("click", () => void periksa());
  tombolTulis.addEventListener("click", () => void tulisTemuan());
  // Tombol asli: klik, Enter dan Spasi mengaktifkan; panah atas/bawah berpindah antar-temuan.
  daftarTemuan.addEventListener("click", (e) => {
    const b = (e.target as HTMLElement).closest<HTMLButtonElement>("button.temuan-butir");
    const x = b && temuan ? temuan[Number(b.dataset.indeks)] : undefined;
    if (x) void buka(x);
  });
  daftarTemuan.addEventListener("keydown", (e) => {
    if (e.key !== "ArrowDown" && e.key !== "ArrowUp" && e.key !== "Home" && e.key !== "End") return;
    const tombol = [...daftarTemuan.querySelectorAll<HTMLButtonElement>("button.temuan-butir")];
    if (!tombol.length) return;
    const i = tombol.indexOf(document.activeElement as HTMLButtonElement);
    const j = e.key === "Home" ? 0 : e.key === "End" ? tombol.length - 1 : Math.min(tombol.length - 1, Math.max(0, i + (e.key === "ArrowDown" ? 1 : -1)));
    tombol[j].focus();
    e.preventDefault();
  });

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
      tampilGalatPeriksa(null);
      tulisDaftarTemuan();
    },
    bahasa: () => bahasa,
  };
  terjemahkan();
  tampilkanBagian();
  requestAnimationFrame(tampilkanBagian);
  return ui;
}
