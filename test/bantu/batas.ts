/**
 * Bersama test/excel/batas.test.ts dan bench/batas-excel.js (issue 21): lembar jawaban formulir SKM besar di host
 * uji (16 kolom seperti ekspor formulir contoh, baris fixture diulang), lalu jalan task pane lewat adaptor Excel:
 * bacaLembar (berhalaman) → tabel → opsi pembangun (plans/skm-siklus-data.ts, jalan yang sama dengan panel dan CLI)
 * → buatRencana("skmSiklus") → terapkanRencana. Mengukur apa pun yang dihasilkan pembangun.
 */
import { hitungSiklusTabel, opsiRencanaSiklus, alasanSalin } from "../../src/plans/skm-siklus-data";
import { buatRencana } from "../../src/metode/index";
import type { RencanaBukuKerja } from "../../src/plans/rencana";
import { terapkanRencana, type HasilTerapkan } from "../../src/hosts/excel/excel";
import { bacaBukuKerjaRinci } from "../../src/hosts/excel/baca";
import { periksaBukuKerja } from "../../src/periksa/periksa";
import type { Temuan } from "../../src/periksa/temuan";
import { tabelDariLembar } from "../../src/taskpane/siklus-panel";
import { hostExcel } from "../../src/taskpane/host-excel";
import { alamat } from "../../src/plans/rencana";
import { selExcel, subsetFormulir } from "./siklus-uji";

export const LEMBAR_JAWABAN = "Jawaban Formulir";
export const MB5 = 5 * 1024 * 1024;

export interface Statistik {
  sync: number;
  perSync: { permintaan: number; tanggapan: number }[];
  permintaanMaks: number;
  tanggapanMaks: number;
  visibleDiabaikan: number;
}
export interface HostUji {
  Excel: { run<T>(f: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> };
  statistik: Statistik;
  buku: {
    lembar: { nama: string; sel: Map<string, { f?: string; v?: unknown; gaya: object }> }[];
    nama: Map<string, { visible: boolean }>;
  };
  ketik(l: string, a: string, v: unknown): void;
}

/** Mengisi lembar jawaban: judul + `n` baris (baris fixture diulang berurutan), seperti nilai Excel (cap waktu = seri). */
export function isiJawaban(h: HostUji, n: number): void {
  const [judul, ...baris] = subsetFormulir(1);
  judul.forEach((v, j) => h.ketik(LEMBAR_JAWABAN, alamat(0, j), v));
  const sel = baris.map(selExcel);
  for (let i = 0; i < n; i++)
    sel[i % sel.length].forEach((v, j) => v !== "" && h.ketik(LEMBAR_JAWABAN, alamat(i + 1, j), v));
}

/** Statistik sync sejak `dari` (indeks perSync): banyak, permintaan dan tanggapan terbesar. */
export function ringkasSync(h: HostUji, dari: number): { sync: number; permintaanMaks: number; tanggapanMaks: number } {
  const s = h.statistik.perSync.slice(dari);
  return {
    sync: s.length,
    permintaanMaks: s.reduce((m, x) => Math.max(m, x.permintaan), 0),
    tanggapanMaks: s.reduce((m, x) => Math.max(m, x.tanggapan), 0),
  };
}

/** Membaca lembar jawaban lewat host task pane (bacaLembar) dan menyusun rencana siklus seperti panel. */
export async function rencanaDariLembar(h: HostUji): Promise<{ rencana: RencanaBukuKerja; baris: number }> {
  (globalThis as unknown as { Excel: unknown }).Excel = h.Excel;
  const isi = await hostExcel.bacaLembar!(LEMBAR_JAWABAN);
  const tabel = tabelDariLembar(LEMBAR_JAWABAN, isi.alamat, isi.nilai, isi.ada);
  const s = hitungSiklusTabel(tabel, {
    aturan: "2017",
    kolomLayanan: "Jenis Layanan",
    kolomWaktu: "Cap waktu",
    periode: "semester",
    formatTanggal: "hbt",
    konvensi: { penimbang: "1/n", pembulatanNrr: null },
    hasilUnit: "gabungan",
  });
  const rujuk = alasanSalin(tabel, s.hasil.tata, s.opsi.formatTanggal) === null ? LEMBAR_JAWABAN : undefined;
  return {
    rencana: buatRencana("skmSiklus", opsiRencanaSiklus(s, undefined, rujuk) as never) as RencanaBukuKerja,
    baris: tabel.baris.length,
  };
}

/** Bangun (atau bangun ulang) lewat adaptor Excel. */
export function bangunExcel(h: HostUji, rencana: RencanaBukuKerja): Promise<HasilTerapkan> {
  return h.Excel.run((ctx) =>
    terapkanRencana(ctx, rencana, { konfirmasi: async () => true, dukung: () => true, waktu: "2026-01-01T00:00:00Z" }),
  );
}

/** Periksa lewat adaptor Excel: temuan dan banyak sync. */
export async function periksaExcel(h: HostUji): Promise<{ temuan: Temuan[]; jumlahSync: number }> {
  const { buku, jumlahSync } = await h.Excel.run((ctx) => bacaBukuKerjaRinci(ctx));
  return { temuan: periksaBukuKerja(buku), jumlahSync };
}

/** Banyak sel rumus di lembar buatan add-in (selain lembar jawaban pengguna). */
export function selRumus(h: HostUji): number {
  let n = 0;
  for (const l of h.buku.lembar)
    if (l.nama !== LEMBAR_JAWABAN) for (const s of l.sel.values()) if (s.f !== undefined) n++;
  return n;
}
