/**
 * Pendaftaran subperintah `kinerja lan nilai|lima|prestasi` (bagian Pola LAN 1998 di luar Bab III) pada
 * perintah `lan`. Perhitungannya di `lan-pola.ts`.
 */
import { Option, type Command } from "commander";
import { SKOR_IDEAL_LAN } from "../frameworks/lan1998";
import { POLA_TIPE } from "../frameworks/lan1998-instrumen";
import {
  PILIHAN_POLA_CLI,
  formatLanNilai,
  formatLanPrestasi,
  hitungLanNilai,
  hitungLanPrestasi,
  formatLanLima,
  hitungLanLima,
  rencanaLanNilaiDariCsv,
} from "./lan-pola";
import { rencanaLanAlternatif1 } from "../plans/lan-alternatif1";
import { selesaikan, type Keluaran } from "./keluaran";
import { contoh, opsiAngka, opsiKeluaran, type OpsiKeluaran } from "./perintah";

export function daftarLanPola(lan: Command, keluar: Keluaran): void {
  const nilai = lan
    .command("nilai")
    .description(
      "Nilai unit dengan instrumen Tabel 4.14: pola tipe I/II/III atau pola kedua II+III " +
        "(Kesimpulan 6), 17 atau 5 variabel, opsional angka per indikator (Alternatif II)",
    )
    .requiredOption("-i, --input <skor.csv>", "CSV: kolom indikator (1–89) lalu satu kolom per unit, skor 1–10")
    .addOption(new Option("--tipe <tipe>", "tipe dinas atau pola kedua").choices([...POLA_TIPE]).makeOptionMandatory())
    .addOption(
      new Option("--pola <pola>", "lengkap (17 variabel), lima (Tabel 4.7) atau lima-data (lima teratas dari bobot)")
        .choices(PILIHAN_POLA_CLI)
        .default("lengkap"),
    )
    .option("--per-indikator", "juga angka 0–1000 dan kategori tiap indikator (Instrumen Alternatif II)");
  opsiKeluaran(nilai);
  contoh(
    nilai,
    "kinerja lan nilai --input skor.csv --tipe II+III --pola lima-data --per-indikator",
    "  (skor 1–10 per indikator × unit; skor 7 di semua indikator → nilai 700, Cukup)",
  );
  nilai.action(async (o: OpsiKeluaran & { input: string; tipe: string; pola: string; perIndikator?: boolean }) => {
    const h = hitungLanNilai(o);
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- skor mentah tidak ikut JSON
    const { skor, ...publik } = h;
    await selesaikan(
      {
        json: publik,
        sumber: o.input,
        desimalKoma: false,
        teks: () => formatLanNilai(h),
        rencana: () => rencanaLanNilaiDariCsv(h, Boolean(o.perIndikator)),
      },
      o,
      keluar,
    );
  });

  const lima = lan
    .command("lima")
    .description("Lima variabel utama dari total Anda sendiri (aturan Tabel 4.7 / Saran 5) dan bobot dibagi ulang")
    .requiredOption("-i, --input <berkas.csv>", "CSV dengan kolom no,total (nama opsional), satu baris per variabel")
    .addOption(
      new Option("--banyak <n>", "banyak variabel utama")
        .default(5)
        .argParser(opsiAngka("--banyak", { positif: true, bulat: true })),
    )
    .addOption(
      new Option("--skor-ideal <n>", "Skor Ideal")
        .default(SKOR_IDEAL_LAN)
        .argParser(opsiAngka("--skor-ideal", { positif: true })),
    );
  opsiKeluaran(lima, { xlsx: false });
  contoh(
    lima,
    "kinerja lan lima --input test/fixtures/lan-1998/lampiran-5-7-total-variabel.csv",
    "  (CSV no,total: lima variabel dengan total terbesar, bobotnya dibagi ulang agar berjumlah Skor Ideal)",
  );
  lima.action(async (o: OpsiKeluaran & { input: string; banyak: number; skorIdeal: number }) => {
    const { desimalKoma, ...h } = hitungLanLima(o);
    await selesaikan({ json: h, sumber: o.input, desimalKoma, teks: (t) => formatLanLima(h, t) }, o, keluar);
  });

  const prestasi = lan
    .command("prestasi")
    .description("Instrumen Alternatif I: tingkat prestasi 1–5 per jenis pelayanan dan rekapnya")
    .requiredOption("-i, --input <berkas.csv>", "CSV: jenis,tingkat (kategori, sifat, tipe opsional)")
    .option("--dinas <nama>", "nama dinas untuk buku kerja");
  opsiKeluaran(prestasi);
  contoh(
    prestasi,
    'kinerja lan prestasi --input jenis.csv --dinas "Dinas Kependudukan"',
    "  (jenis,tingkat: tingkat 1 Istimewa … 5 Tidak memuaskan; rata-rata dan banyak per tingkat)",
  );
  prestasi.action(async (o: OpsiKeluaran & { input: string; dinas?: string }) => {
    const h = hitungLanPrestasi(o.input);
    await selesaikan(
      {
        json: h,
        sumber: o.input,
        desimalKoma: false,
        teks: () => formatLanPrestasi(h),
        rencana: () => rencanaLanAlternatif1({ baris: h.jenis.length, dinas: o.dinas, isian: h.jenis }),
      },
      o,
      keluar,
    );
  });
}
