/**
 * Kotak konfirmasi bersama task pane (Ya/Batal, Esc = Batal): dipakai panel Bangun (menimpa lembar
 * yang bukan buatan add-in) dan panel Periksa (mengganti lembar temuan).
 */
export type Tanya = (pesan: string, setelah: HTMLElement, tunda: HTMLElement) => Promise<boolean>;

/**
 * `tanya(pesan, setelah, tunda)`: kotak ditempatkan tepat setelah `setelah`, fokus ke Batal; `tunda`
 * (mis. indikator kemajuan) disembunyikan selama bertanya dan tampil lagi hanya bila jawabannya Ya.
 */
export function buatTanya(kotak: HTMLElement, teksPesan: HTMLElement, ya: HTMLElement, tidak: HTMLElement): Tanya {
  return (pesan, setelah, tunda) => {
    teksPesan.textContent = pesan;
    setelah.after(kotak);
    kotak.hidden = false;
    const tundaTampil = !tunda.hidden;
    tunda.hidden = true;
    tidak.focus();
    return new Promise((selesai) => {
      const tutup = (jawab: boolean): void => {
        ya.removeEventListener("click", padaYa);
        tidak.removeEventListener("click", padaTidak);
        kotak.removeEventListener("keydown", padaTombol);
        kotak.hidden = true;
        tunda.hidden = !(jawab && tundaTampil);
        selesai(jawab);
      };
      const padaYa = (): void => tutup(true);
      const padaTidak = (): void => tutup(false);
      const padaTombol = (e: KeyboardEvent): void => {
        if (e.key === "Escape") tutup(false);
      };
      ya.addEventListener("click", padaYa);
      tidak.addEventListener("click", padaTidak);
      kotak.addEventListener("keydown", padaTombol);
    });
  };
}
