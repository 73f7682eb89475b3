/**
 * Periksa awal (murni; setelah rekonsiliasi, SEBELUM perintah tulis apa pun): hal yang membuat batch gagal
 * di tengah jalan — Office.js tidak membatalkan perintah yang sudah dijalankan — diperiksa lebih dulu, dan
 * pembangunan berhenti dengan pesan yang menyebut lembar/sel dan apa yang harus dilakukan:
 * - lembar yang akan ditulis (lembar tabel, "Data Tersimpan", catatan `_pkp`) dilindungi;
 * - nama lembar yang akan DIBUAT ditolak Excel (kosong, > 31 karakter, : \ / ? * [ ], apostrof di tepi,
 *   "History"), atau nama rentang rencana yang tidak sah;
 * - teks sel > 32.767 karakter, rumus > 8.192 karakter.
 */
import { LEMBAR_META, LEMBAR_TERSIMPAN, type Bacaan, type Rekonsiliasi } from "../../plans/bangun-ulang/index";
import { alamat, posisi } from "../../plans/rencana";
import { isiSel } from "./tulis";

export const MAKS_TEKS_SEL = 32767;
export const MAKS_RUMUS = 8192;

/** Alasan nama lembar ditolak Excel; null bila sah. */
export function alasanNamaLembar(n: string): string | null {
  if (n.trim() === "") return "nama kosong";
  if (n.length > 31) return `lebih dari 31 karakter (${n.length})`;
  if (/[:\\/?*[\]]/.test(n)) return "memuat salah satu dari : \\ / ? * [ ]";
  if (n.startsWith("'") || n.endsWith("'")) return "diawali atau diakhiri apostrof";
  if (n.toLowerCase() === "history") return '"History" dicadangkan Excel';
  return null;
}

/** Nama rentang sah menurut Excel: huruf/_/\ di depan, lalu huruf, angka, . _; bukan alamat sel; ≤ 255. */
export function namaRentangSah(n: string): boolean {
  return (
    n.length <= 255 && /^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(n) && !/^[A-Za-z]{1,3}\d+$/.test(n) && !/^[RrCc]$/.test(n)
  );
}

/** Masalah yang ditemukan (kalimat Bahasa Indonesia); kosong bila aman ditulis. */
export function periksaAwal(rek: Rekonsiliasi, bacaan: Bacaan, terlindung: ReadonlySet<string>): string[] {
  const masalah: string[] = [];
  const ditulis = new Set(rek.rencana.lembar.map((l) => l.nama));
  if (rek.hasil.sisa.length) ditulis.add(LEMBAR_TERSIMPAN);
  ditulis.add(LEMBAR_META);
  for (const n of ditulis) {
    if (bacaan.lembarAda.has(n) && terlindung.has(n))
      masalah.push(
        `Lembar "${n}" dilindungi. Buka perlindungannya (Tinjau → Buka Proteksi Lembar), lalu bangun ulang.`,
      );
  }
  for (const l of rek.rencana.lembar) {
    if (!bacaan.lembarAda.has(l.nama)) {
      const alasan = alasanNamaLembar(l.nama);
      if (alasan)
        masalah.push(
          `Nama lembar "${l.nama}" ditolak Excel: ${alasan}. Ganti namanya (mis. nama unit yang lebih pendek).`,
        );
    }
    for (const n of l.nama_rentang ?? [])
      if (!namaRentangSah(n.nama)) masalah.push(`Nama rentang "${n.nama}" pada lembar "${l.nama}" ditolak Excel.`);
    for (const b of l.blok) {
      const p = posisi(b.mulai);
      b.sel.forEach((baris, i) =>
        baris.forEach((s, j) => {
          const v = isiSel(s, rek.hasil.isian);
          if (typeof v !== "string") return;
          const rumus = s?.peran === "hitung" || v.startsWith("=");
          if (rumus && v.length > MAKS_RUMUS)
            masalah.push(
              `Rumus di "${l.nama}"!${alamat(p.baris + i, p.kolom + j)} lebih dari ${MAKS_RUMUS} karakter (${v.length}). Kurangi jumlah unit/butir pada tabel ` +
                `ini.`,
            );
          else if (!rumus && v.length > MAKS_TEKS_SEL)
            masalah.push(
              `Teks di "${l.nama}"!${alamat(p.baris + i, p.kolom + j)} lebih dari ${MAKS_TEKS_SEL} karakter (${v.length}). Persingkat teksnya.`,
            );
        }),
      );
    }
  }
  return masalah;
}
