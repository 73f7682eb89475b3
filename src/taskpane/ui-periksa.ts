/**
 * Panel Periksa task pane: periksa buku kerja (host.periksa), daftar temuan yang dapat dibuka (klik, Enter,
 * panah atas/bawah, Home/End), dan tulis temuan ke lembar "Temuan Periksa" (dengan konfirmasi).
 * Host tanpa buku kerja (peramban tanpa Excel) tidak punya `periksa`: panel disembunyikan.
 */
import type { Temuan } from "../periksa/temuan";
import type { Teks } from "./teks";
import type { KonteksUI } from "./ui";
import { pesanGalat } from "./ui-galat";

/** Temuan dapat dibuka di Excel bila menyebut lembar yang terlihat (bukan `_pkp`). */
export const dapatDibuka = (x: Temuan): boolean => x.sheet !== "" && x.sheet !== "_pkp";

/** Tempat temuan untuk dibaca: Lembar!Sel, Lembar, atau "(buku kerja)". */
export const tempatTemuan = (x: Temuan, t: Teks): string =>
  x.sheet ? `${x.sheet}${x.sel ? `!${x.sel}` : ""}` : t.bukuKerja;

/** Satu butir daftar temuan (tombol bila dapat dibuka). */
export function butirTemuan(x: Temuan, i: number, t: Teks): HTMLLIElement {
  const li = document.createElement("li");
  const isi = document.createElement(dapatDibuka(x) ? "button" : "div");
  isi.className = "temuan-butir";
  if (isi instanceof HTMLButtonElement) {
    isi.type = "button";
    isi.dataset.indeks = String(i);
    isi.dataset.sheet = x.sheet;
    isi.dataset.sel = x.sel;
  }
  const bagian = (kelas: string, teks: string): HTMLSpanElement => {
    const s = document.createElement("span");
    s.className = kelas;
    s.textContent = teks;
    return s;
  };
  const letak = bagian("temuan-sel", tempatTemuan(x, t));
  const jenis = bagian("temuan-jenis", t.jenis[x.jenis] ?? x.jenis);
  isi.append(letak, jenis, bagian("temuan-pesan", x.pesan));
  isi.setAttribute("aria-label", `${letak.textContent}: ${jenis.textContent}. ${x.pesan}`);
  li.append(isi);
  return li;
}

/** Panah atas/bawah, Home/End berpindah antar-tombol temuan. */
function pasangNavigasi(daftar: HTMLElement): void {
  daftar.addEventListener("keydown", (e) => {
    if (e.key !== "ArrowDown" && e.key !== "ArrowUp" && e.key !== "Home" && e.key !== "End") return;
    const tombol = [...daftar.querySelectorAll<HTMLButtonElement>("button.temuan-butir")];
    if (!tombol.length) return;
    const i = tombol.indexOf(document.activeElement as HTMLButtonElement);
    const j =
      e.key === "Home"
        ? 0
        : e.key === "End"
          ? tombol.length - 1
          : Math.min(tombol.length - 1, Math.max(0, i + (e.key === "ArrowDown" ? 1 : -1)));
    tombol[j].focus();
    e.preventDefault();
  });
}

export interface PanelPeriksa {
  /** Menulis ulang daftar dalam bahasa sekarang dan mengosongkan galat. */
  reset(): void;
}

export function pasangPanelPeriksa(k: KonteksUI): PanelPeriksa {
  const { $, t, host } = k;
  const bagian = $("bagian-periksa");
  const { periksa: periksaHost, pilihSel, tulisTemuan: tulisHost } = host;
  if (!periksaHost || !pilihSel || !tulisHost) {
    bagian.hidden = true;
    return { reset: () => undefined };
  }
  const tombolPeriksa = $("periksa");
  const tombolTulis = $("tulis-temuan");
  const daftarTemuan = $<HTMLUListElement>("temuan");
  const periksaStatus = $("periksa-status");
  const tulisStatus = $("tulis-status");
  const galatPeriksa = $("galat-periksa");
  const kotak = $("konfirmasi");
  /** Temuan terakhir (null: belum diperiksa). */
  let temuan: Temuan[] | null = null;
  let sibuk = false;

  function tampilGalat(pesan: string | null): void {
    galatPeriksa.hidden = !pesan;
    galatPeriksa.textContent = pesan ?? "";
  }

  function tulisDaftar(): void {
    daftarTemuan.replaceChildren();
    tulisStatus.replaceChildren();
    const ada = temuan !== null && temuan.length > 0;
    periksaStatus.textContent =
      temuan === null
        ? ""
        : ada
          ? [t().jumlahTemuan(temuan.length), t().catatanPesan].filter(Boolean).join(" ")
          : t().tidakAdaTemuan;
    if (ada) daftarTemuan.append(...temuan!.map((x, i) => butirTemuan(x, i, t())));
    daftarTemuan.hidden = !ada;
    tombolTulis.hidden = !ada;
  }

  const sibukkan = (tombol: HTMLElement & { disabled?: boolean }, ya: boolean): void => {
    sibuk = ya;
    tombol.disabled = ya;
    if (ya) tombol.setAttribute("aria-busy", "true");
    else tombol.removeAttribute("aria-busy");
  };

  async function periksa(): Promise<void> {
    if (sibuk) return;
    sibukkan(tombolPeriksa, true);
    tampilGalat(null);
    temuan = null;
    tulisDaftar();
    periksaStatus.textContent = t().memeriksa;
    try {
      temuan = await periksaHost!();
      tulisDaftar();
    } catch (e) {
      periksaStatus.textContent = "";
      tampilGalat(pesanGalat(e, t(), t().galatPeriksa));
    } finally {
      sibukkan(tombolPeriksa, false);
    }
  }

  async function buka(x: Temuan): Promise<void> {
    tampilGalat(null);
    try {
      await pilihSel!(x.sheet, x.sel);
    } catch (e) {
      tampilGalat(pesanGalat(e, t(), t().galatPilihSel));
    }
  }

  async function tulisTemuan(): Promise<void> {
    if (sibuk || !temuan?.length) return;
    sibukkan(tombolTulis, true);
    tampilGalat(null);
    tulisStatus.textContent = t().menulisTemuan;
    try {
      const h = await tulisHost!(temuan, {
        konfirmasi: (kf) =>
          k.tanya(t().konflikTemuan(kf.lembar, kf.jumlah, kf.contoh.join(", ")), tombolTulis, tulisStatus),
      });
      tulisStatus.textContent = h.dibatalkan ? t().dibatalkan : t().temuanDitulis(h.baris, h.lembar);
    } catch (e) {
      tulisStatus.textContent = "";
      tampilGalat(pesanGalat(e, t(), t().galatTulisTemuan));
    } finally {
      tulisStatus.hidden = false;
      const fokusHilang = kotak.contains(document.activeElement) || document.activeElement === document.body;
      kotak.hidden = true;
      sibukkan(tombolTulis, false);
      if (fokusHilang) tombolTulis.focus();
    }
  }

  tombolPeriksa.addEventListener("click", () => void periksa());
  tombolTulis.addEventListener("click", () => void tulisTemuan());
  daftarTemuan.addEventListener("click", (e) => {
    const b = (e.target as HTMLElement).closest<HTMLButtonElement>("button.temuan-butir");
    const x = b && temuan ? temuan[Number(b.dataset.indeks)] : undefined;
    if (x) void buka(x);
  });
  pasangNavigasi(daftarTemuan);
  return {
    reset() {
      tampilGalat(null);
      tulisDaftar();
    },
  };
}
