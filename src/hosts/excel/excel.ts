/**
 * Adaptor Office.js: menerapkan RencanaBukuKerja ke buku kerja Excel yang terbuka.
 *
 * Jumlah `context.sync()` PALING BANYAK 3, berapa pun ukuran rencananya, dan tidak pernah di dalam loop:
 *
 * 1. Baca: nama lembar, isi lembar `_pkp` (catatan bangun), rentang terpakai (rumus) dan nama grafik
 *    setiap lembar tujuan, rentang terpakai "Data Tersimpan", dan nama rentang buku kerja.
 *    Lalu (murni, tanpa Office) rencana lama disusun ulang dari catatan, isian pengguna dipindahkan
 *    menurut kunci (plans/pertahankan.ts) dan konflik dicari. Jika ada konflik, `konfirmasi` ditanya;
 *    jawaban "tidak" → berhenti tanpa menulis apa pun.
 * 2. Tulis: semua perintah tulis dalam SATU batch: lembar baru, satu tulisan `formulas` 2-D per blok,
 *    satu `numberFormat` 2-D per blok, format per kelompok gaya (persegi), gabung sel, validasi data,
 *    format bersyarat, bekukan panel, lebar kolom, nama rentang, grafik (judul dan posisinya diatur
 *    di batch yang sama, tidak perlu sync tambahan), "Data Tersimpan" dan `_pkp` (VeryHidden).
 * 3. Hanya untuk rencana sangat besar: Excel di web menolak permintaan di atas 5 MB. Ukuran muatan
 *    ditaksir (JSON larik yang ditulis + ongkos per panggilan); jika melebihi `batasMuatan`
 *    (bawaan 4 MB), perintah tulis dibagi (menurut urutan, jadi menurut baris blok) menjadi DUA batch:
 *    sync 2 dan sync 3. Rencana yang melebihi 2 × batas ditolak SEBELUM menulis apa pun dengan pesan
 *    yang jelas (bagi unit ke beberapa tabel). Tabel LAN tipe I untuk 23 unit hanya puluhan KB.
 *
 * Yang dibaca hanyalah lembar tujuan rencana baru: lembar rencana lama yang tidak ditulis ulang
 * tidak disentuh, jadi isinya tetap ada. Fitur di atas ExcelApi 1.1 diperiksa dengan
 * `Office.context.requirements.isSetSupported` dan dilewati dengan peringatan bila tidak didukung.
 * Lembar yang dibaca memakai `getItemOrNullObject`/`getUsedRangeOrNullObject` (ExcelApi 1.4, wajib).
 */
import { LEMBAR_META, catatanDari, gabungCatatan, serialCatatan, uraiCatatan, type CatatanBangun } from "../../plans/meta";
import { KEPALA_TERSIMPAN, LEMBAR_TERSIMPAN, barisTersimpan, pertahankan, type Konflik, type LembarTerbaca } from "../../plans/pertahankan";
import { alamat, hurufKolom, posisi, rentangBlok, type GayaSel, type NilaiSel, type RencanaBukuKerja, type RencanaLembar, type Sel } from "../../plans/rencana";
import { buatRencana } from "../../plans/index";

/** Fitur opsional dan set persyaratan minimumnya. */
export const SET_FITUR = {
  gabung: "1.2",
  lebarKolom: "1.2",
  nama: "1.4",
  formatBersyarat: "1.6",
  bekukan: "1.7",
  kategoriGrafik: "1.7",
  validasi: "1.8",
  cetak: "1.9",
} as const;
export type FiturOpsional = keyof typeof SET_FITUR;

/** Nama fitur opsional dalam Bahasa Indonesia (juga dipakai teks antarmuka). */
export const NAMA_FITUR: Readonly<Record<FiturOpsional, string>> = {
  gabung: "Penggabungan sel",
  lebarKolom: "Lebar kolom",
  nama: "Nama rentang",
  formatBersyarat: "Format bersyarat",
  bekukan: "Pembekuan panel",
  kategoriGrafik: "Label kategori grafik",
  validasi: "Validasi data",
  cetak: "Tata letak cetak",
};

export interface AlatTerapkan {
  /** Ditanya sebelum menimpa lembar yang bukan buatan add-in; `false` → tidak ada yang ditulis. */
  konfirmasi(pesan: string, konflik: readonly Konflik[]): Promise<boolean>;
  kemajuan?(persen: number, pesan: string): void;
  /** Menyusun ulang rencana lama dari catatan `_pkp`; bawaan: buatRencana(pembangun, opsi). */
  susunUlang?(c: CatatanBangun): RencanaBukuKerja | null;
  /** Pemeriksa set persyaratan; bawaan Office.context.requirements.isSetSupported. */
  dukung?(set: string, versi: string): boolean;
  /** Batas ukuran satu batch tulis (karakter JSON). Bawaan 4 MB (Excel di web: 5 MB). */
  batasMuatan?: number;
  /** Cap waktu untuk "Data Tersimpan" (bawaan: sekarang, ISO). */
  waktu?: string;
}

export interface HasilTerapkan {
  dibatalkan: boolean;
  /** Lembar yang ditulis. */
  lembar: string[];
  /** Peringatan (Bahasa Indonesia), mis. fitur yang dilewati. */
  peringatan: string[];
  /** Fitur yang dilewati karena set persyaratan tidak didukung (untuk diterjemahkan antarmuka). */
  dilewati: { fitur: FiturOpsional; set: string }[];
  konflik: Konflik[];
  /** Jumlah isian pengguna yang dipindahkan ke tata letak baru. */
  dipertahankan: number;
  /** Jumlah nilai yang ditulis ke "Data Tersimpan". */
  tersimpan: number;
  jumlahSync: number;
  /** Taksiran ukuran muatan tulis (karakter JSON). */
  ukuranMuatan: number;
}

/** Galat yang dikenali antarmuka (pesan sudah dalam kata-kata biasa). */
export class GalatTerapkan extends Error {
  constructor(
    readonly kode: "excelLama" | "terlaluBesar",
    pesan: string,
  ) {
    super(pesan);
    this.name = "GalatTerapkan";
  }
}

export const BATAS_MUATAN = 4 * 1024 * 1024;
const ONGKOS_PANGGILAN = 120;
const AWALAN_GRAFIK = "pkp_";

/** Gaya sel → format Excel. */
const GAYA: Record<GayaSel, { tebal?: boolean; miring?: boolean; ukuran?: number; isi?: string; warna?: string; bungkus?: boolean }> = {
  judul: { tebal: true, ukuran: 14 },
  subjudul: { tebal: true, ukuran: 12 },
  kepala: { tebal: true, isi: "#DDEBF7", bungkus: true },
  masukan: { isi: "#FFF2CC" },
  hitung: { isi: "#F2F2F2" },
  total: { tebal: true, isi: "#E2EFDA" },
  catatan: { miring: true, warna: "#595959" },
};

function dukungBawaan(set: string, versi: string): boolean {
  if (typeof Office === "undefined" || !Office.context?.requirements) return true;
  return Office.context.requirements.isSetSupported(set, versi);
}

function susunUlangBawaan(c: CatatanBangun): RencanaBukuKerja | null {
  try {
    return buatRencana(c.meta.pembangun as never, c.meta.opsi as never) as RencanaBukuKerja;
  } catch {
    return null;
  }
}

/** Bagian alamat setelah "!" ("'Lembar 1'!B2:D9" → "B2:D9"). */
function tanpaLembar(a: string): string {
  const i = a.lastIndexOf("!");
  return i >= 0 ? a.slice(i + 1) : a;
}

/** Nilai sel untuk larik `formulas`: rumus untuk `hitung`, selain itu nilai (teks "=..." dijadikan teks). */
function isiSel(s: Sel | null, isian: Map<string, NilaiSel>): NilaiSel | null {
  if (!s) return null;
  if (s.peran === "hitung" && s.rumus) return s.rumus;
  let v: NilaiSel | undefined = s.nilai;
  if (s.peran === "masukan" && s.kunci && isian.has(s.kunci)) v = isian.get(s.kunci);
  if (v === undefined) return "";
  if (typeof v === "string" && /^[=+-]/.test(v) && !(s.peran === "masukan" && s.kunci && isian.has(s.kunci))) return `'${v}`;
  return v;
}

/** Persegi (A1) yang menutup semua sel bergaya sama: run per baris, lalu digabung ke bawah. */
export function perseginya(sel: readonly { baris: number; kolom: number }[]): string[] {
  const perBaris = new Map<number, number[]>();
  for (const s of sel) {
    const k = perBaris.get(s.baris) ?? [];
    k.push(s.kolom);
    perBaris.set(s.baris, k);
  }
  const terbuka = new Map<string, { b0: number; b1: number; k0: number; k1: number }>();
  const selesai: { b0: number; b1: number; k0: number; k1: number }[] = [];
  for (const b of [...perBaris.keys()].sort((x, y) => x - y)) {
    const kol = [...new Set(perBaris.get(b))].sort((x, y) => x - y);
    const run: [number, number][] = [];
    for (const k of kol) {
      const akhir = run[run.length - 1];
      if (akhir && akhir[1] === k - 1) akhir[1] = k;
      else run.push([k, k]);
    }
    const lanjut = new Set<string>();
    for (const [k0, k1] of run) {
      const id = `${k0}:${k1}`;
      const p = terbuka.get(id);
      if (p && p.b1 === b - 1) p.b1 = b;
      else {
        if (p) selesai.push(p);
        terbuka.set(id, { b0: b, b1: b, k0, k1 });
      }
      lanjut.add(id);
    }
    for (const [id, p] of terbuka) {
      if (!lanjut.has(id)) {
        selesai.push(p);
        terbuka.delete(id);
      }
    }
  }
  selesai.push(...terbuka.values());
  return selesai.map((p) => (p.b0 === p.b1 && p.k0 === p.k1 ? alamat(p.b0, p.k0) : `${alamat(p.b0, p.k0)}:${alamat(p.b1, p.k1)}`));
}

/** Membagi baris larik menjadi pita [awal, akhir) yang ukuran JSON-nya ≤ batas (paling sedikit 1 baris). */
export function pitaBaris(larik: readonly unknown[][], batas: number): [number, number][] {
  const pita: [number, number][] = [];
  let awal = 0;
  let ukuran = 0;
  larik.forEach((baris, i) => {
    const u = JSON.stringify(baris).length + 1;
    if (i > awal && ukuran + u > batas) {
      pita.push([awal, i]);
      awal = i;
      ukuran = 0;
    }
    ukuran += u;
  });
  if (awal < larik.length) pita.push([awal, larik.length]);
  return pita;
}

function terapkanGaya(f: Excel.RangeFormat, g: GayaSel): void {
  const d = GAYA[g];
  if (!d) return;
  if (d.tebal) f.font.bold = true;
  if (d.miring) f.font.italic = true;
  if (d.ukuran) f.font.size = d.ukuran;
  if (d.warna) f.font.color = d.warna;
  if (d.isi) f.fill.color = d.isi;
  if (d.bungkus) f.wrapText = true;
}

interface Perintah {
  ukuran: number;
  jalankan(): void;
}

function pesanKonflik(k: readonly Konflik[]): string {
  const rinci = k.map((x) => `"${x.lembar}" (${x.jumlah} sel terisi, mis. ${x.contoh.join(", ")})`).join("; ");
  return `Lembar ${rinci} sudah ada dan bukan buatan add-in ini. Isinya di area tabel akan ditimpa. Lanjutkan?`;
}

/** Menerapkan rencana ke buku kerja. Lihat komentar berkas untuk urutan sync. */
export async function terapkanRencana(context: Excel.RequestContext, rencana: RencanaBukuKerja, alat: AlatTerapkan): Promise<HasilTerapkan> {
  const dukung = alat.dukung ?? dukungBawaan;
  const susunUlang = alat.susunUlang ?? susunUlangBawaan;
  const kemajuan = (p: number, m: string): void => alat.kemajuan?.(p, m);
  const batas = alat.batasMuatan ?? BATAS_MUATAN;
  let jumlahSync = 0;
  const sync = async (): Promise<void> => {
    jumlahSync++;
    await context.sync();
  };

  if (!dukung("ExcelApi", "1.4")) {
    throw new GalatTerapkan("excelLama", "Versi Excel ini terlalu lama: add-in memerlukan ExcelApi 1.4 atau lebih baru.");
  }
  const bisa = (f: FiturOpsional): boolean => dukung("ExcelApi", SET_FITUR[f]);
  const dilewati: { fitur: FiturOpsional; set: string }[] = [];
  const lewati = (f: FiturOpsional): void => {
    if (!dilewati.some((d) => d.fitur === f)) dilewati.push({ fitur: f, set: SET_FITUR[f] });
  };

  // ---------- sync 1: baca ----------
  kemajuan(5, "Membaca buku kerja");
  const wb = context.workbook;
  const sheets = wb.worksheets;
  sheets.load("items/name");
  const metaUsed = sheets.getItemOrNullObject(LEMBAR_META).getUsedRangeOrNullObject(true);
  metaUsed.load("values");
  const simpanUsed = sheets.getItemOrNullObject(LEMBAR_TERSIMPAN).getUsedRangeOrNullObject(true);
  simpanUsed.load("address");
  const bacaTujuan = rencana.lembar.map((l) => {
    const ws = sheets.getItemOrNullObject(l.nama);
    const used = ws.getUsedRangeOrNullObject(true);
    used.load("address,formulas");
    const grafik = ws.charts;
    grafik.load("items/name");
    return { l, used, grafik };
  });
  const adaNama = rencana.lembar.some((l) => l.nama_rentang?.length);
  const namaBuku = adaNama && bisa("nama") ? wb.names : null;
  namaBuku?.load("items/name");
  await sync();

  // ---------- murni: catatan, isian, konflik ----------
  kemajuan(30, "Menyusun tata letak");
  const lembarAda = new Set(sheets.items.map((s) => s.name));
  const catatanLama: CatatanBangun[] = [];
  if (!metaUsed.isNullObject) {
    for (const baris of metaUsed.values) {
      const c = uraiCatatan(baris[0]);
      if (c) catatanLama.push(c);
    }
  }
  const baru = catatanDari(rencana);
  const namaTujuan = new Set(rencana.lembar.map((l) => l.nama));
  const rencanaLama: RencanaBukuKerja[] = [];
  const lembarAddin = new Set<string>();
  for (const c of catatanLama) {
    if (!c.lembar.some((n) => namaTujuan.has(n))) continue;
    const r = susunUlang(c);
    if (!r) continue;
    rencanaLama.push(r);
    for (const n of c.lembar) lembarAddin.add(n);
  }
  // Lembar tercatat yang rencananya tidak dapat disusun ulang tetap dianggap milik add-in bila
  // kosong di area tujuan; bila berisi, pertahankan() melaporkannya sebagai konflik (ditanya dulu).
  const terbaca: LembarTerbaca[] = [];
  for (const t of bacaTujuan) {
    if (!lembarAda.has(t.l.nama) || t.used.isNullObject) continue;
    terbaca.push({ nama: t.l.nama, mulai: tanpaLembar(t.used.address).split(":")[0], isi: t.used.formulas });
  }
  const hasilP = pertahankan({ rencanaLama, rencanaBaru: rencana, terbaca, lembarAddin });
  if (hasilP.konflik.length) {
    const ya = await alat.konfirmasi(pesanKonflik(hasilP.konflik), hasilP.konflik);
    if (!ya) {
      kemajuan(100, "Dibatalkan");
      return { dibatalkan: true, lembar: [], peringatan: [], dilewati: [], konflik: hasilP.konflik, dipertahankan: 0, tersimpan: 0, jumlahSync, ukuranMuatan: 0 };
    }
  }

  // ---------- susun perintah tulis ----------
  const perintah: Perintah[] = [];
  const tambah = (ukuran: number, jalankan: () => void): void => {
    perintah.push({ ukuran: ukuran + ONGKOS_PANGGILAN, jalankan });
  };
  const namaAda = new Set(namaBuku ? namaBuku.items.map((n) => n.name) : []);
  const wsProxy = new Map<string, Excel.Worksheet>();
  const lembarKe = (nama: string): Excel.Worksheet => {
    let ws = wsProxy.get(nama);
    if (!ws) {
      ws = sheets.getItem(nama);
      wsProxy.set(nama, ws);
    }
    return ws;
  };

  for (const t of bacaTujuan) {
    const l = t.l;
    if (!lembarAda.has(l.nama)) {
      tambah(l.nama.length, () => {
        wsProxy.set(l.nama, sheets.add(l.nama));
      });
    } else if (lembarAddin.has(l.nama)) {
      // Lembar buatan add-in: bersihkan isi, format, validasi dan grafik lama (isian sudah dipindahkan).
      const lama = t.grafik.items.map((g) => g.name).filter((n) => n.startsWith(AWALAN_GRAFIK));
      tambah(0, () => {
        const ws = lembarKe(l.nama);
        const u = ws.getUsedRange(false);
        if (bisa("validasi")) u.dataValidation.clear();
        if (bisa("formatBersyarat")) u.conditionalFormats.clearAll();
        if (bisa("gabung")) u.unmerge();
        u.clear();
        for (const n of lama) ws.charts.getItem(n).delete();
      });
    }
    tulisLembar(l);
  }

  function tulisLembar(l: RencanaLembar): void {
    const nama = l.nama;
    const gaya = new Map<GayaSel, { baris: number; kolom: number }[]>();
    for (const b of l.blok) {
      const p = posisi(b.mulai);
      const lebar = Math.max(1, ...b.sel.map((r) => r.length));
      const rumus: (NilaiSel | null)[][] = [];
      const format: (string | null)[][] = [];
      let adaFormat = false;
      for (let i = 0; i < b.sel.length; i++) {
        const r: (NilaiSel | null)[] = [];
        const f: (string | null)[] = [];
        for (let j = 0; j < lebar; j++) {
          const s = b.sel[i][j] ?? null;
          r.push(isiSel(s, hasilP.isian));
          f.push(s?.format ?? null);
          if (s?.format) adaFormat = true;
          if (s?.gaya) {
            const k = gaya.get(s.gaya) ?? [];
            k.push({ baris: p.baris + i, kolom: p.kolom + j });
            gaya.set(s.gaya, k);
          }
        }
        rumus.push(r);
        format.push(f);
      }
      if (!rumus.length) continue;
      // Blok besar dibagi menjadi pita baris (≤ batas/4 per tulisan) agar dapat dipisah antar-batch.
      for (const [i0, i1] of pitaBaris(rumus, batas / 4)) {
        const bagian = rumus.slice(i0, i1);
        const fmt = format.slice(i0, i1);
        const rentang = rentangBlok({ mulai: alamat(p.baris + i0, p.kolom), sel: bagian.map((r) => r.map(() => null)) });
        tambah(JSON.stringify(bagian).length, () => {
          lembarKe(nama).getRange(rentang).formulas = bagian as unknown as string[][];
        });
        if (adaFormat) {
          tambah(JSON.stringify(fmt).length, () => {
            lembarKe(nama).getRange(rentang).numberFormat = fmt as unknown as string[][];
          });
        }
      }
    }
    for (const [g, sel] of gaya) {
      for (const r of perseginya(sel)) tambah(r.length + 60, () => terapkanGaya(lembarKe(nama).getRange(r).format, g));
    }
    if (l.gabung?.length) {
      if (bisa("gabung")) for (const g of l.gabung) tambah(g.length, () => lembarKe(nama).getRange(g).merge(false));
      else lewati("gabung");
    }
    if (l.validasi?.length) {
      if (bisa("validasi")) {
        for (const v of l.validasi) {
          tambah(JSON.stringify(v).length, () => {
            const dv = lembarKe(nama).getRange(v.rentang).dataValidation;
            dv.clear();
            if (v.jenis === "daftar") dv.rule = { list: { inCellDropDown: true, source: (v.daftar ?? []).join(",") } };
            else {
              const aturan = { formula1: v.min ?? 0, formula2: v.maks ?? 0, operator: "Between" as Excel.DataValidationOperator };
              if (v.min === undefined || v.maks === undefined) {
                const satu = v.min !== undefined ? { formula1: v.min, operator: "GreaterThanOrEqualTo" as Excel.DataValidationOperator } : { formula1: v.maks ?? 0, operator: "LessThanOrEqualTo" as Excel.DataValidationOperator };
                dv.rule = v.jenis === "bilanganBulat" ? { wholeNumber: satu } : { decimal: satu };
              } else dv.rule = v.jenis === "bilanganBulat" ? { wholeNumber: aturan } : { decimal: aturan };
            }
            dv.errorAlert = { message: v.pesan, showAlert: true, style: "Stop" as Excel.DataValidationAlertStyle, title: "Isian tidak sah" };
          });
        }
      } else lewati("validasi");
    }
    if (l.formatBersyarat?.length) {
      if (bisa("formatBersyarat")) {
        for (const fb of l.formatBersyarat) {
          tambah(JSON.stringify(fb).length, () => {
            const cf = lembarKe(nama).getRange(fb.rentang).conditionalFormats.add("CellValue" as Excel.ConditionalFormatType);
            cf.cellValue.format.fill.color = fb.warnaIsi;
            cf.cellValue.format.font.color = fb.warnaFont;
            cf.cellValue.rule = { formula1: `="${fb.teks.replace(/"/g, '""')}"`, operator: "EqualTo" };
          });
        }
      } else lewati("formatBersyarat");
    }
    if (l.bekukan && (l.bekukan.baris > 0 || l.bekukan.kolom > 0)) {
      if (bisa("bekukan")) {
        const { baris, kolom } = l.bekukan;
        tambah(0, () => {
          const fp = lembarKe(nama).freezePanes;
          if (baris > 0 && kolom > 0) fp.freezeAt(lembarKe(nama).getRange(`A1:${alamat(baris - 1, kolom - 1)}`));
          else if (baris > 0) fp.freezeRows(baris);
          else fp.freezeColumns(kolom);
        });
      } else lewati("bekukan");
    }
    if (l.lebarKolom?.length) {
      if (bisa("lebarKolom")) {
        // `lebar` dalam satuan karakter (seperti ExcelJS); Office.js memakai poin (≈ 5,6 poin per karakter).
        for (const k of l.lebarKolom) tambah(10, () => (lembarKe(nama).getRange(`${k.kolom}:${k.kolom}`).format.columnWidth = Math.round(k.lebar * 5.6 * 10) / 10));
      } else lewati("lebarKolom");
    }
    if (l.nama_rentang?.length) {
      if (bisa("nama")) {
        for (const n of l.nama_rentang) {
          tambah(n.nama.length + n.rentang.length + (n.keterangan?.length ?? 0), () => {
            if (namaAda.has(n.nama)) wb.names.getItem(n.nama).delete();
            wb.names.add(n.nama, lembarKe(nama).getRange(n.rentang), n.keterangan);
          });
        }
      } else lewati("nama");
    }
    (l.grafik ?? []).forEach((g, i) => {
      const kategori = bisa("kategoriGrafik");
      if (!kategori) lewati("kategoriGrafik");
      tambah(JSON.stringify(g).length, () => {
        const ws = lembarKe(nama);
        const ch = ws.charts.add((g.jenis === "batang" ? "BarClustered" : g.jenis === "garis" ? "LineMarkers" : "ColumnClustered") as Excel.ChartType, ws.getRange(g.data), "Columns" as Excel.ChartSeriesBy);
        ch.name = `${AWALAN_GRAFIK}${i + 1}`;
        ch.title.text = g.judul;
        ch.setPosition(g.posisi);
        if (kategori) ch.series.getItemAt(0).setXAxisValues(ws.getRange(g.kategori));
      });
    });
    if (l.cetak) {
      const c = l.cetak;
      if (bisa("cetak")) {
        tambah(80, () => {
          const pl = lembarKe(nama).pageLayout;
          pl.paperSize = "A4" as Excel.PaperType;
          pl.orientation = (c.orientasi === "lanskap" ? "Landscape" : "Portrait") as Excel.PageOrientation;
          if (c.satuHalaman) pl.zoom = { horizontalFitToPages: 1, verticalFitToPages: 1 };
          if (c.area) pl.setPrintArea(c.area);
        });
      } else lewati("cetak");
    }
  }

  // "Data Tersimpan": nilai lama yang tidak punya tempat di tata letak baru (tidak pernah dibuang).
  if (hasilP.sisa.length) {
    const baris = barisTersimpan(hasilP.sisa, alat.waktu ?? new Date().toISOString());
    const ada = lembarAda.has(LEMBAR_TERSIMPAN);
    let mulaiBaris = 0;
    if (ada && !simpanUsed.isNullObject) {
      const akhir = tanpaLembar(simpanUsed.address).split(":").pop() as string;
      mulaiBaris = posisi(akhir).baris + 1;
    }
    const isi = !ada || mulaiBaris === 0 ? [KEPALA_TERSIMPAN, ...baris] : baris;
    const rentang = `A${mulaiBaris + 1}:${hurufKolom(KEPALA_TERSIMPAN.length - 1)}${mulaiBaris + isi.length}`;
    tambah(JSON.stringify(isi).length, () => {
      const ws = ada ? sheets.getItem(LEMBAR_TERSIMPAN) : sheets.add(LEMBAR_TERSIMPAN);
      ws.getRange(rentang).values = isi as unknown as string[][];
      if (mulaiBaris === 0) ws.getRange(`A1:${hurufKolom(KEPALA_TERSIMPAN.length - 1)}1`).format.font.bold = true;
    });
  }

  // Catatan `_pkp`: catatan lama lain + catatan baru; lembar disembunyikan (VeryHidden).
  const catatan = gabungCatatan(catatanLama, baru).map((c) => [serialCatatan(c)]);
  tambah(JSON.stringify(catatan).length, () => {
    const ws = lembarAda.has(LEMBAR_META) ? sheets.getItem(LEMBAR_META) : sheets.add(LEMBAR_META);
    ws.getUsedRange(false).clear();
    ws.getRange(`A1:A${catatan.length}`).values = catatan;
    ws.visibility = "VeryHidden" as Excel.SheetVisibility;
  });
  if (rencana.lembar.length) tambah(0, () => lembarKe(rencana.lembar[0].nama).activate());

  // ---------- sync 2 (dan 3 bila sangat besar): tulis ----------
  const total = perintah.reduce((s, p) => s + p.ukuran, 0);
  if (total > 2 * batas) {
    throw new GalatTerapkan("terlaluBesar", `Tabel terlalu besar untuk ditulis sekaligus (±${(total / 1048576).toFixed(1)} MB). Bagi unit ke beberapa tabel yang lebih kecil.`);
  }
  let potong = perintah.length;
  if (total > batas) {
    let s = 0;
    potong = perintah.findIndex((p) => (s += p.ukuran) > batas);
    if (perintah.slice(potong).reduce((a, p) => a + p.ukuran, 0) > batas) {
      throw new GalatTerapkan("terlaluBesar", `Tabel terlalu besar untuk ditulis sekaligus (±${(total / 1048576).toFixed(1)} MB). Bagi unit ke beberapa tabel yang lebih kecil.`);
    }
  }
  kemajuan(60, "Menulis tabel");
  perintah.slice(0, potong).forEach((p) => p.jalankan());
  await sync();
  if (potong < perintah.length) {
    kemajuan(80, "Menulis sisa tabel");
    perintah.slice(potong).forEach((p) => p.jalankan());
    await sync();
  }
  kemajuan(100, "Selesai");

  const peringatan = dilewati.map((d) => `${NAMA_FITUR[d.fitur]} dilewati: Excel ini belum mendukung ExcelApi ${d.set}.`);
  if (hasilP.sisa.length) peringatan.push(`${hasilP.sisa.length} nilai lama tidak punya tempat di tabel baru dan disimpan di lembar "${LEMBAR_TERSIMPAN}".`);
  return {
    dibatalkan: false,
    lembar: rencana.lembar.map((l) => l.nama),
    peringatan,
    dilewati,
    konflik: hasilP.konflik,
    dipertahankan: hasilP.isian.size,
    tersimpan: hasilP.sisa.length,
    jumlahSync,
    ukuranMuatan: total,
  };
}
