/**
 * Palet gaya: SATU tampilan untuk kedua adaptor (Office.js di src/hosts/excel, ExcelJS di src/hosts/xlsx) dan
 * untuk pembangun rencana yang memakai warna (format bersyarat). Hanya data; setiap adaptor menerjemahkannya
 * ke bentuknya sendiri (properti `Range.format` Office.js, objek gaya ExcelJS, DrawingML grafik). Warna
 * heksadesimal di src/plans dan src/hosts hanya ada di berkas ini (diuji: test/excel/palet.test.ts).
 *
 * Pilihan tampilan: isi sel terang yang tetap terbaca bila dicetak hitam-putih (kepala biru muda, masukan
 * kuning muda, rumus abu-abu sangat muda, total abu-abu lebih gelap dan tebal, sehingga total dan rumus tetap
 * berbeda di kertas abu-abu); huruf paling kecil ukuran bawaan 11 pt (di kertas ≥ 8 pt pada skala cetak
 * plans/tata-letak.ts); catatan miring abu-abu tua (kontras ± 7:1 terhadap putih). Tanpa garis sel: isi sel
 * yang membedakan peran; garis kisi tidak dicetak.
 */
import { hurufKolom, lebarMaks, posisi, type FormatBersyarat, type GayaSel, type RencanaLembar } from "./rencana";

/** Warna "#RRGGBB" (bentuk Office.js; adaptor .xlsx mengubahnya ke ARGB). */
export type Warna = `#${string}`;

/** Tampilan satu gaya sel: huruf, isi sel, perataan. Properti yang tidak ada = bawaan Excel. */
export interface TampilanSel {
  tebal?: boolean;
  miring?: boolean;
  /** Ukuran huruf (pt); tanpa ini UKURAN_HURUF_BAWAAN. */
  ukuran?: number;
  /** Warna huruf; tanpa ini hitam otomatis. */
  warnaHuruf?: Warna;
  /** Warna isi sel (pola padat); tanpa ini tanpa isi. */
  isi?: Warna;
  /** Teks dibungkus di dalam sel. */
  bungkus?: boolean;
}

/**
 * Format angka yang dipakai bersama beberapa pembangun LAN (lan.ts, lan-pola.ts, lan-pembanding.ts): proporsi 9
 * desimal (seperti pembulatan pita ROUND(x,9)), bobot 7 desimal seperti tabel LAN 1998, nilai 2 desimal.
 */
export const FORMAT_ANGKA = {
  proporsi: "0.000000000",
  bobot: "#,##0.0000000",
  nilai: "#,##0.00",
} as const;

/** Ukuran huruf bawaan buku kerja (Calibri 11 pt, Excel dan ExcelJS). */
export const UKURAN_HURUF_BAWAAN = 11;

/** Tampilan setiap gaya sel rencana (GayaSel, plans/rencana.ts). */
export const TAMPILAN_SEL: Readonly<Record<GayaSel, Readonly<TampilanSel>>> = {
  /** Judul lembar. */
  judul: { tebal: true, ukuran: 14 },
  /** Judul bagian di dalam lembar (tabel kedua, "Semua periode", …). */
  subjudul: { tebal: true, ukuran: 12 },
  /** Kepala kolom tabel: dibungkus agar lebar kolom tidak memotong teks. */
  kepala: { tebal: true, isi: "#DDEBF7", bungkus: true },
  /** Sel yang diisi pengguna. */
  masukan: { isi: "#FFF2CC" },
  /** Sel rumus. */
  hitung: { isi: "#F2F2F2" },
  /** Baris/kolom total dan hasil akhir. */
  total: { tebal: true, isi: "#D9D9D9" },
  /** Catatan, sumber, petunjuk. */
  catatan: { miring: true, warnaHuruf: "#595959" },
};

/** Arti sorotan format bersyarat (status, mutu, kuadran): isi sel dan warna huruf yang serasi. */
export type Sorotan = "baik" | "cukup" | "perhatian" | "buruk" | "netral";

/** Warna sorotan (isi terang, huruf gelap sewarna: tetap terbaca hitam-putih karena teksnya tertulis). */
export const WARNA_SOROTAN: Readonly<Record<Sorotan, { isi: Warna; huruf: Warna }>> = {
  /** Hijau: status Hijau BSC, mutu A, kuadran II (pertahankan). */
  baik: { isi: "#C6EFCE", huruf: "#006100" },
  /** Biru: mutu B. */
  cukup: { isi: "#DDEBF7", huruf: "#1F4E78" },
  /** Kuning: status Kuning BSC, mutu C, kuadran IV (berlebihan). */
  perhatian: { isi: "#FFEB9C", huruf: "#9C5700" },
  /** Merah: status Merah BSC, mutu D, kuadran I (prioritas perbaikan). */
  buruk: { isi: "#FFC7CE", huruf: "#9C0006" },
  /** Abu-abu: kuadran III (prioritas rendah). */
  netral: { isi: "#EDEDED", huruf: "#3A3A3A" },
};

/** Format bersyarat "sel = teks → sorotan" untuk rentang. */
export function sorot(rentang: string, teks: string, s: Sorotan): FormatBersyarat {
  return { rentang, teks, warnaIsi: WARNA_SOROTAN[s].isi, warnaFont: WARNA_SOROTAN[s].huruf };
}

/** Warna grafik: kedua adaptor menetapkannya (tidak bergantung pada tema buku kerja). */
export const WARNA_GRAFIK: Readonly<{ seri: readonly Warna[]; latar: Warna; bingkai: Warna; garisBantu: Warna }> = {
  /** Seri ke-1, 2, …, berulang: aksen 1–6 tema Office (warna bawaan grafik Excel). */
  seri: ["#4472C4", "#ED7D31", "#A5A5A5", "#FFC000", "#5B9BD5", "#70AD47"],
  /** Latar area grafik. */
  latar: "#FFFFFF",
  /** Garis tepi area grafik. */
  bingkai: "#BFBFBF",
  /** Garis bantu grafik sebar (pemisah kuadran, putus-putus). */
  garisBantu: "#7F7F7F",
};

/** Warna seri ke-i grafik (berulang setelah seri ke-6). */
export const warnaSeri = (i: number): Warna => WARNA_GRAFIK.seri[i % WARNA_GRAFIK.seri.length];

/** Warna "#RRGGBB" → "RRGGBB" (DrawingML `a:srgbClr`). */
export const rgb = (w: string): string => w.replace(/^#/, "").toUpperCase();

/** Warna "#RRGGBB" → ARGB ExcelJS ("FFRRGGBB", tidak tembus pandang). */
export const argb = (w: string): string => `FF${rgb(w)}`;

/**
 * Baris bertinggi khusus (`tinggiBaris`, teks terbungkus): seluruh baris rata atas, dari kolom A sampai kolom
 * terakhir blok lembar, agar sel lain sejajar dengan baris pertama teks terbungkus. Rentang A1 per baris.
 */
export function rentangRataAtas(l: RencanaLembar): string[] {
  if (!l.tinggiBaris?.length) return [];
  let kanan = 0;
  for (const b of l.blok) kanan = Math.max(kanan, posisi(b.mulai).kolom + lebarMaks(b.sel) - 1);
  return l.tinggiBaris.map((t) => `A${t.baris}:${hurufKolom(kanan)}${t.baris}`);
}
