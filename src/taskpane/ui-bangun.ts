/**
 * Panel Bangun task pane: baca isian metode terpilih (pembaca di ui-metode.ts, dipilih registri metode/index.ts), minta host membangun (Excel: tulis
 * ke buku kerja; peramban tanpa Excel: unduh .xlsx), tampilkan kemajuan, konfirmasi dan hasil.
 */
import type { FiturOpsional } from "../hosts/excel/umum";
import type { Konflik } from "../plans/bangun-ulang/index";
import type { Teks } from "./teks";
import type { HasilBangun, IdMetode, KonteksUI, PermintaanBangun } from "./ui";
import { pesanGalat } from "./ui-galat";
import { PEMUAT_BELAKANGAN } from "./muat";
import type { BacaIsian } from "./isian";

/** Baris teks hasil bangun (tanpa DOM). */
export function barisHasil(h: HasilBangun, t: Teks): string[] {
  if (h.dibatalkan) return [t.dibatalkan];
  const baris = [h.berkas ? t.diunduh(h.berkas, h.lembar) : t.selesai(h.lembar)];
  if (h.dipertahankan) baris.push(t.dipertahankan(h.dipertahankan));
  if (h.tersimpan) baris.push(t.tersimpan(h.tersimpan));
  if (h.cadangan) baris.push(t.cadangan(h.cadangan));
  if (h.dikenali?.length) baris.push(t.dikenali(h.dikenali.map((n) => `"${n}"`).join(", ")));
  for (const d of h.dilewati) baris.push(t.dilewati(t.fitur[d.fitur as FiturOpsional] ?? d.fitur, d.set));
  return baris;
}

/**
 * Pesan konfirmasi: lembar yang akan ditimpa dan/atau nilai yang diketik di atas rumus atau label
 * (disimpan ke Data Tersimpan bila dilanjutkan). Satu pertanyaan: "Lanjutkan?" hanya di akhir.
 */
export function pesanKonflik(konflik: readonly Konflik[], t: Teks): string {
  const rinci = (k: readonly Konflik[]): string =>
    k.map((x) => t.konflikLembar(x.lembar, x.jumlah, x.contoh.join(", "))).join("; ");
  const bukan = konflik.filter((k) => k.jenis !== "ketikan");
  const ketikan = konflik.filter((k) => k.jenis === "ketikan");
  const bagian = [
    ...(bukan.length ? [t.konflik(rinci(bukan))] : []),
    ...(ketikan.length ? [t.konflikKetikan(rinci(ketikan))] : []),
  ];
  return bagian.map((b, i) => (i < bagian.length - 1 ? b.replace(/\s*\S+\?$/, "") : b)).join(" ");
}

export interface PanelBangun {
  /** Mengosongkan galat dan hasil (mis. setelah bahasa diganti). */
  reset(): void;
}

export function pasangPanelBangun(k: KonteksUI, metodeSekarang: () => IdMetode): PanelBangun {
  const { $, t, host } = k;
  const galat = $("galat");
  const hasil = $("hasil");
  const kemajuan = $("kemajuan");
  const kemajuanTeks = $("kemajuan-teks");
  const tombol = $("bangun");
  const unduh = host.jenis === "unduh";
  const isian: BacaIsian = {
    nilai: (id) => String($(id)?.value ?? ""),
    centang: (id) => Boolean($(id)?.checked),
    data: (id) => k.data.get(id),
  };

  function tampilGalat(pesan: string | null): void {
    galat.hidden = !pesan;
    galat.textContent = pesan ?? "";
  }

  function tulisHasil(h: HasilBangun): void {
    hasil.replaceChildren(
      ...barisHasil(h, t()).map((b) => {
        const p = document.createElement("p");
        p.textContent = b;
        return p;
      }),
    );
  }

  let sibuk = false;
  async function bangun(): Promise<void> {
    if (sibuk) return;
    tampilGalat(null);
    hasil.replaceChildren();
    let p: PermintaanBangun;
    sibuk = true;
    tombol.disabled = true;
    try {
      const id = metodeSekarang();
      await k.siapkan.get(id)?.();
      // pembaca isian metode ada di registri (potongan "pembangun", dimuat sekali; dipakai juga untuk membangun)
      const { opsiPanel } = await PEMUAT_BELAKANGAN.pembangun();
      p = { id, opsi: opsiPanel(id, isian, t()) };
    } catch (e) {
      tampilGalat(pesanGalat(e, t()));
      sibuk = false;
      tombol.disabled = false;
      return;
    }
    tombol.setAttribute("aria-busy", "true");
    kemajuan.hidden = false;
    kemajuanTeks.textContent = unduh ? t().menyusunBerkas : t().membangun;
    try {
      const h = await host.bangun(p, {
        konfirmasi: (_pesan, konflik) => k.tanya(pesanKonflik(konflik, t()), kemajuan, kemajuan),
        kemajuan: (persen) => {
          kemajuanTeks.textContent = `${t().tahap(persen)} (${Math.round(persen)}%)`;
        },
      });
      tulisHasil(h);
    } catch (e) {
      tampilGalat(pesanGalat(e, t(), unduh ? t().galatUnduh : t().galatUmum));
    } finally {
      sibuk = false;
      kemajuan.hidden = true;
      $("konfirmasi").hidden = true;
      tombol.disabled = false;
      tombol.removeAttribute("aria-busy");
    }
  }

  tombol.addEventListener("click", () => void bangun());
  return {
    reset() {
      tampilGalat(null);
      hasil.replaceChildren();
    },
  };
}
