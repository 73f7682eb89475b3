/**
 * `kinerja skm … --layanan/--waktu … --xlsx BERKAS`: jawaban formulir apa adanya (cap waktu sebagai
 * tanggal Excel, angka sebagai angka) dimasukkan ke rencana siklus SKM lalu ditulis sebagai .xlsx.
 * Tidak ada perhitungan di sini: semua hasil di buku kerja dihitung rumus Excel.
 */
import { serialExcel } from "../core/skm-siklus";
import { batasSumbuKuadran, rencanaSkmSiklus, type OpsiSkmSiklus } from "../plans/skm-siklus";
import type { NilaiSel, RencanaBukuKerja } from "../plans/rencana";
import { tulisXlsx } from "../hosts/xlsx/berkas";
import { GalatCli } from "./csv";
import type { SiklusCli } from "./skm-siklus";

/** Kolom bebas yang diperlakukan sebagai saran/masukan (bukan profil). */
const SARAN = /saran|masukan|komentar|kritik|pesan|harapan/i;

function nilaiSel(x: unknown, kolomWaktu: boolean, format: SiklusCli["opsi"]["formatTanggal"]): NilaiSel {
  if (x === null || x === undefined) return "";
  if (kolomWaktu) return serialExcel(x, format);
  if (x instanceof Date) return serialExcel(x);
  if (typeof x === "number" || typeof x === "boolean") return x;
  const s = String(x).trim();
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : s;
}

export function opsiRencanaSiklus(s: SiklusCli, unitNama?: string): OpsiSkmSiklus {
  const { tabel, opsi, hasil } = s;
  const { tata } = hasil;
  const lain = tata.lain.filter((c) => tabel.judul[c] !== "");
  const layanan = [...new Set(hasil.periode.flatMap((p) => p.layanan.map((l) => l.nama)))].sort((a, b) => a.localeCompare(b, "id"));
  return {
    aturan: opsi.aturan,
    periode: opsi.periode,
    penimbang: opsi.konvensi.penimbang,
    pembulatanNrr: opsi.konvensi.pembulatanNrr,
    hasilUnit: opsi.hasilUnit,
    unitNama,
    judul: tabel.judul,
    kolomWaktu: tata.waktu,
    kolomLayanan: tata.layanan,
    kolomUnsur: tata.unsur,
    ...(tata.kepentingan ? { kolomKepentingan: tata.kepentingan, sumbuKuadran: batasSumbuKuadran(hasil.periode.flatMap((p) => p.kuadran?.unsur.flatMap((u) => [u.kepentingan, u.kinerja]) ?? [])) } : {}),
    ...(opsi.ambang !== undefined ? { ambang: opsi.ambang } : {}),
    kolomProfil: lain.filter((c) => !SARAN.test(tabel.judul[c])),
    kolomSaran: lain.filter((c) => SARAN.test(tabel.judul[c])),
    baris: tabel.baris.map((b) => b.sel.map((x, c) => nilaiSel(x, c === tata.waktu, opsi.formatTanggal))),
    layanan,
    periodeNama: hasil.periode.map((p) => p.nama),
    peta: s.peta,
    populasi: opsi.populasi ? Object.fromEntries(opsi.populasi) : undefined,
  };
}

export function rencanaSiklusDariCli(s: SiklusCli, unitNama?: string): RencanaBukuKerja {
  return rencanaSkmSiklus(opsiRencanaSiklus(s, unitNama), s.hasil.periodeBaris);
}

export async function tulisXlsxSiklus(s: SiklusCli, berkas: string, unitNama?: string): Promise<string> {
  try {
    await tulisXlsx(rencanaSiklusDariCli(s, unitNama), berkas);
  } catch (e) {
    throw new GalatCli(`${berkas}: tidak dapat ditulis (${e instanceof Error ? e.message : String(e)})`);
  }
  return berkas;
}
