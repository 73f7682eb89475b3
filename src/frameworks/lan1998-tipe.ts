/**
 * Pola LAN 1998: tiga tipe dinas dan Tabel 3.2 (karakteristik, jumlah dinas sampel, lampiran dan tabel
 * bobotnya). Berkas kecil tersendiri agar teks task pane dapat memakainya tanpa memuat data tercetak
 * (lan1998-tercetak.ts, lan1998-daftar.ts), yang dimuat belakangan bersama pembangun. Diekspor ulang oleh lan1998.ts.
 */
export type TipeDinas = "I" | "II" | "III";
export const TIPE_DINAS: readonly TipeDinas[] = ["I", "II", "III"];

/** Tabel 3.2: karakteristik dan jumlah dinas sampel tiap tipe (10 + 10 + 3 = 23). */
export const KETERANGAN_TIPE: Readonly<
  Record<
    TipeDinas,
    {
      karakteristik: string;
      jumlahDinasSampel: number;
      lampiran: string;
      tabelIndikator: string;
      tabelVariabel: string;
    }
  >
> = {
  I: {
    karakteristik: "Hanya memberikan pelayanan",
    jumlahDinasSampel: 10,
    lampiran: "Lampiran 5",
    tabelIndikator: "4.11",
    tabelVariabel: "4.8",
  },
  II: {
    karakteristik: "Memberikan pelayanan dan mengumpulkan PADS",
    jumlahDinasSampel: 10,
    lampiran: "Lampiran 6",
    tabelIndikator: "4.12",
    tabelVariabel: "4.9",
  },
  III: {
    karakteristik: "Hanya mengumpulkan PADS",
    jumlahDinasSampel: 3,
    lampiran: "Lampiran 7",
    tabelIndikator: "4.13",
    tabelVariabel: "4.10",
  },
};
