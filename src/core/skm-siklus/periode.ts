/**
 * Periode siklus SKM dari bulan cap waktu: semester (YYYY-S1/S2, bawaan), triwulan (YYYY-Q1…Q4), bulan (YYYY-MM),
 * tahun (YYYY); dan batas periode sebagai tanggal seri Excel [mulai, sebelum) untuk kriteria COUNTIFS lembar
 * Hitungan (docs/metode/skm-siklus.md, bagian 2).
 */
import type { JenisPeriode } from "../../frameworks/skm-siklus";
import { SERI_EPOCH_UNIX, type BulanTahun } from "./tanggal";

export interface Periode {
  /** 2026-S1, 2026-Q3, 2026-05 atau 2026. */
  nama: string;
  /** Kunci urut waktu. */
  urut: number;
}

/** Periode sebuah bulan: semester YYYY-S1/S2, triwulan YYYY-Q1…Q4, bulan YYYY-MM, tahun YYYY. */
export function periodeDari(w: BulanTahun, jenis: JenisPeriode): Periode {
  const { tahun, bulan } = w;
  switch (jenis) {
    case "semester": {
      const s = bulan <= 6 ? 1 : 2;
      return { nama: `${tahun}-S${s}`, urut: tahun * 100 + s };
    }
    case "triwulan": {
      const q = Math.ceil(bulan / 3);
      return { nama: `${tahun}-Q${q}`, urut: tahun * 100 + q };
    }
    case "bulan":
      return { nama: `${tahun}-${String(bulan).padStart(2, "0")}`, urut: tahun * 100 + bulan };
    case "tahun":
      return { nama: String(tahun), urut: tahun * 100 };
  }
}

/**
 * Batas periode sebagai tanggal seri Excel [mulai, sebelum): "2026-S1" → [1/1/2026, 1/7/2026), "2026-Q3",
 * "2026-05", "2026". Untuk kriteria COUNTIFS ">="&mulai dan "<"&sebelum atas cap waktu. null untuk nama lain
 * (mis. SEMUA_PERIODE, tanpa kolom waktu).
 */
export function batasPeriode(nama: string): [number, number] | null {
  const m = /^(\d{4})(?:-(S[12]|Q[1-4]|\d{2}))?$/.exec(nama);
  if (!m) return null;
  const th = Number(m[1]);
  const b = m[2];
  const [awal, banyak] =
    b === undefined
      ? [1, 12]
      : b[0] === "S"
        ? [b === "S1" ? 1 : 7, 6]
        : b[0] === "Q"
          ? [3 * Number(b[1]) - 2, 3]
          : [Number(b), 1];
  const seri = (bulan: number) => Date.UTC(th, bulan - 1, 1) / 86400000 + SERI_EPOCH_UNIX;
  return [seri(awal), seri(awal + banyak)];
}
