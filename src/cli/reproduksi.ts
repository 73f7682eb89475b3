/** Subperintah `kinerja reproduksi`: laporan reproduksi tabel-tabel Pola LAN 1998. */
import { reproduksiLan, type LaporanReproduksi } from "../reproduksi/reproduksi";
import { buatTampilan, type Tampilan } from "./angka";

export function jsonReproduksi(l: LaporanReproduksi = reproduksiLan()): object {
  return {
    dibandingkan: l.dibandingkan,
    selisih: l.selisih.map((s) => ({
      tabel: s.tabel,
      baris: s.baris,
      kolom: s.kolom,
      tercetak: s.tercetak,
      dihitung: s.dihitung,
      beda: Number.isFinite(s.beda) ? s.beda : null,
      pembulatan: s.pembulatan,
      ...(s.catatan ? { catatan: s.catatan } : {}),
    })),
    tabel414: l.tabel414,
    pernyataan: l.pernyataan,
  };
}

/** Laporan teks; setiap angka (tercetak, dihitung, di catatan) memakai satu tanda desimal: titik atau koma. */
export function teksReproduksi(l: LaporanReproduksi = reproduksiLan(), t: Tampilan = buatTampilan(false)): string {
  const catatan = (c: string): string => c.replace(/\d+[.,]\d{3,}/g, (m) => t.teks(m));
  const tak = l.selisih.filter((s) => !s.pembulatan);
  const ya = l.selisih.filter((s) => s.pembulatan);
  const perTabel = new Map<string, number>();
  for (const s of l.selisih) perTabel.set(s.tabel, (perTabel.get(s.tabel) ?? 0) + 1);
  const baris = (s: (typeof l.selisih)[number]) =>
    `  ${s.tabel.padEnd(10)} baris ${String(s.baris).padEnd(5)} ${s.kolom.padEnd(24)} tercetak ` +
    `${t.teks(s.tercetak).padStart(14)}  dihitung ${t.tetap(s.dihitung, 9).padStart(16)}  beda ` +
    `${bedaTeks(s.beda)}${s.catatan ? `\n      ${catatan(s.catatan)}` : ""}`;
  /** Beda dalam notasi ilmiah dengan mantisa berformat Indonesia (mis. 1,23e-9); "-" bila tidak ada. */
  function bedaTeks(beda: unknown): string {
    if (typeof beda !== "number" || !Number.isFinite(beda)) return "-";
    const e = beda.toExponential(2);
    return t.teks(e.replace(/e.*/, "")) + e.replace(/^[^e]*/, "");
  }
  return [
    "Reproduksi Pola Penilaian Kinerja Pelayanan Umum (LAN 1997/1998)",
    `Angka tercetak yang dibandingkan: ${l.dibandingkan}; berbeda pada presisi cetaknya: ${l.selisih.length}.`,
    `Per tabel: ${[...perTabel].map(([t, n]) => `${t} ${n}`).join(", ") || "-"}.`,
    "",
    `Selisih yang TIDAK dapat dijelaskan oleh pembulatan masukan tercetak (${tak.length}):`,
    ...tak.map(baris),
    "",
    `Selisih yang dapat dijelaskan oleh pembulatan masukan tercetak (${ya.length}):`,
    ...ya.map(baris),
    "",
    "Tabel 4.14 per baris (Bobot Indikator tipe I → dibulatkan / dipotong ke 3 desimal):",
    ...l.tabel414.map(
      (r) =>
        `  baris ${r.baris}: tercetak ${r.tercetak}, dibulatkan ${r.dibulatkan}, dipotong ${r.dipotong} → ${r.aturan}`,
    ),
    "",
    "Pernyataan:",
    ...l.pernyataan.map((p) => `  - ${p}`),
    "",
    "Aturan: angka tercetak dengan d desimal cocok bila |dihitung − tercetak| ≤ ½·10^−d. Tabel 4.11–4.14 dihitung dari",
    "Proporsi Indikator tercetak × Bobot Variabel tercetak (Lampiran 5–7); Lampiran dan Tabel 4.8–4.10 dari Total Variabel tercetak.",
    "",
  ].join("\n");
}
