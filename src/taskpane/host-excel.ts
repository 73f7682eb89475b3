/**
 * Host Excel untuk task pane. Terpisah dari UI agar dapat diuji tanpa DOM (test/panel/periksa.test.ts):
 * - bangun: rencana (registri metode/index.ts: opsi dibaca bacaOpsi metode, lalu dibangun) diterapkan di dalam
 * satu Excel.run (hosts/excel/excel.ts: 3–4 sync untuk tabel biasa, berhalaman untuk yang besar);
 * - periksa: buku kerja dibaca (hosts/excel/baca.ts, 3 sync untuk buku kecil, isi berhalaman) lalu diaudit murni (periksa/periksa.ts);
 *   pembangun, adaptor dan Periksa dimuat belakangan (muat.ts) sebelum Excel.run, jadi tidak ada di taskpane.js
 *   (`buatHostExcel(pemuat)` untuk pemuat lain; `hostExcel` memakai potongan webpack);
 * - pilihSel: lembar diaktifkan dan sel dipilih (satu Excel.run, satu sync);
 * - daftarLembar / bacaLembar: lembar terlihat (satu sync) dan nilai rentang terpakai satu lembar (satu sync untuk
 *   alamatnya, lalu nilai BERHALAMAN: hosts/excel/halaman.ts, setiap sync ≤ ±2 MB karena Excel di web menolak
 *   tanggapan > 5 MB; 100.000 × 16 jawaban ≈ 20 MB); hanya membaca, untuk siklus SKM dari lembar jawaban;
 * - tulisTemuan: temuan ditulis ke lembar "Temuan Periksa" dengan tulisan 2-D per pita baris ≤ BATAS_MUATAN (satu
 *   tulisan dan satu sync untuk daftar biasa); isi lama dibaca berhalaman; bila lembar itu sudah ada dan berisi,
 *   `konfirmasi` ditanya dulu.
 */
import type { Temuan } from "../periksa/temuan";
import type { Konflik } from "../plans/bangun-ulang/index";
import { pitaBaris } from "../hosts/excel/batch";
import { bacaBerhalaman } from "../hosts/excel/halaman";
import { BATAS_MUATAN } from "../hosts/excel/umum";
import { alamat, hurufKolom, posisi } from "../plans/rencana";
import { PEMUAT_BELAKANGAN, type Pemuat } from "./muat";
import type { HasilTulisTemuan, HostUI, IsiLembar } from "./ui";

export const LEMBAR_TEMUAN = "Temuan Periksa";
export const KEPALA_TEMUAN = ["Lembar", "Sel", "Jenis", "Pesan", "Diharapkan", "Ditemukan"] as const;
/** Lebar kolom (poin) untuk lembar temuan. */
const LEBAR_TEMUAN = [110, 70, 150, 480, 160, 160];

/** Teks yang diawali =, +, - atau @ ditulis sebagai teks (bukan rumus). */
/**
 * Teks yang akan diubah Excel saat ditulis (awalan = + - @, atau hanya angka dan pemisah: "123", "2026-03")
 * diberi apostrof agar tetap teks — pola yang sama dengan TEKS_DIUBAH_EXCEL (plans/bangun-ulang/pertahankan.ts),
 * ditulis di sini agar bundel utama panel tidak memuat modul itu.
 */
function teks(x: string | undefined): string {
  const s = x ?? "";
  return /^[=+\-@]|^\d[\d.,:/ -]*%?$/.test(s) ? `'${s}` : s;
}

/** Baris lembar temuan: kepala + satu baris per temuan (semua teks). */
export function barisTemuan(temuan: readonly Temuan[]): string[][] {
  return [
    [...KEPALA_TEMUAN],
    ...temuan.map((t) => [t.sheet, t.sel, t.jenis, t.pesan, t.diharapkan, t.ditemukan].map(teks)),
  ];
}

function dukung(versi: string): boolean {
  if (typeof Office === "undefined" || !Office.context?.requirements) return true;
  return Office.context.requirements.isSetSupported("ExcelApi", versi);
}

/** Host Excel dengan pemuat `muat` (bawaan: potongan webpack yang dimuat belakangan, muat.ts). */
export const buatHostExcel = (muat: Pemuat = PEMUAT_BELAKANGAN) =>
  ({
    jenis: "excel",
    bangun: async (p, alat) => {
      const [{ buatRencana }, { terapkanRencana }] = await Promise.all([muat.pembangun(), muat.adaptorExcel()]);
      return Excel.run(async (context) => {
        const rencana = buatRencana(p.id, p.opsi);
        return terapkanRencana(context, rencana, alat);
      });
    },

    periksa: async () => {
      const { bacaBukuKerja, periksaBukuKerja } = await muat.periksa();
      return Excel.run(async (context) => periksaBukuKerja(await bacaBukuKerja(context)));
    },

    pilihSel: (sheet, sel) =>
      Excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        (sel ? ws.getRange(sel) : ws.getRange("A1")).select();
        await context.sync();
      }),

    daftarLembar: () =>
      Excel.run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load("items/name,items/visibility");
        await context.sync();
        return sheets.items.filter((w) => w.visibility === "Visible").map((w) => w.name);
      }),

    // hanya membaca (nilai, bukan rumus): lembar jawaban pengguna tidak pernah diubah add-in
    bacaLembar: (lembar) =>
      Excel.run(async (context): Promise<IsiLembar> => {
        const ws = context.workbook.worksheets.getItemOrNullObject(lembar);
        ws.load("name");
        const used = ws.getUsedRangeOrNullObject(true);
        used.load("address");
        await context.sync();
        if (ws.isNullObject) return { ada: false, alamat: null, nilai: [] };
        if (used.isNullObject) return { ada: true, alamat: null, nilai: [] };
        const { hasil } = await bacaBerhalaman(context, [{ lembar: ws.name, alamat: used.address, props: ["values"] }]);
        return { ada: true, alamat: used.address, nilai: hasil[0].values as unknown[][] };
      }),

    tulisTemuan: (temuan, alat) =>
      Excel.run(async (context): Promise<HasilTulisTemuan> => {
        const sheets = context.workbook.worksheets;
        const ada = sheets.getItemOrNullObject(LEMBAR_TEMUAN);
        ada.load("name");
        const used = ada.getUsedRangeOrNullObject(true);
        used.load("address");
        await context.sync();
        const lembarAda = !ada.isNullObject;
        if (lembarAda && !used.isNullObject) {
          const contoh: string[] = [];
          let jumlah = 0;
          const p = posisi(
            used.address
              .slice(used.address.lastIndexOf("!") + 1)
              .split(":")[0]
              .replace(/\$/g, ""),
          );
          const { hasil } = await bacaBerhalaman(context, [
            { lembar: LEMBAR_TEMUAN, alamat: used.address, props: ["values"] },
          ]);
          (hasil[0].values as unknown[][]).forEach((r, i) =>
            r.forEach((v, j) => {
              if (v === "" || v === null) return;
              jumlah++;
              if (contoh.length < 5) contoh.push(alamat(p.baris + i, p.kolom + j));
            }),
          );
          if (jumlah > 0) {
            const konflik: Konflik = { lembar: LEMBAR_TEMUAN, jumlah, contoh };
            if (!(await alat.konfirmasi(konflik))) return { dibatalkan: true, lembar: LEMBAR_TEMUAN, baris: 0 };
          }
        }
        const isi = barisTemuan(temuan);
        const ws = lembarAda ? sheets.getItem(LEMBAR_TEMUAN) : sheets.add(LEMBAR_TEMUAN);
        if (lembarAda && !used.isNullObject) ws.getUsedRange(false).clear();
        const kolomAkhir = hurufKolom(KEPALA_TEMUAN.length - 1);
        ws.getRange(`A1:${kolomAkhir}1`).format.font.bold = true;
        if (dukung("1.2"))
          LEBAR_TEMUAN.forEach((l, j) => (ws.getRange(`${hurufKolom(j)}:${hurufKolom(j)}`).format.columnWidth = l));
        ws.activate();
        // satu pita per sync (Excel di web menolak permintaan > 5 MB); daftar biasa: satu pita, satu sync
        for (const [a, z] of pitaBaris(isi, BATAS_MUATAN)) {
          ws.getRange(`A${a + 1}:${kolomAkhir}${z}`).values = isi.slice(a, z);
          await context.sync();
        }
        return { dibatalkan: false, lembar: LEMBAR_TEMUAN, baris: temuan.length };
      }),
  }) satisfies HostUI;

export const hostExcel = buatHostExcel();
