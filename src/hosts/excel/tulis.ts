/**
 * Tahap 3 `terapkanRencana`: menyusun PERINTAH TULIS (tanpa sync; diuji sendiri dengan host uji).
 *
 * Setiap perintah ditunda (`Perintah.jalankan`) dengan taksiran ukurannya, supaya batch.ts dapat membaginya.
 *
 * "Data Tersimpan" (semua nilai ketikan yang tidak tetap di tempatnya) disusun TERPISAH (`susunCadangan`)
 * dan dikirim pada sync SEBELUM perintah apa pun yang mengubah atau membersihkan sel lembar yang ada.
 * Urutan perintah tulis (`susunPerintah`), dipilih agar batch yang gagal di tengah dapat dipulihkan
 * pembangunan ulang berikutnya:
 * 1. lembar baru ditambahkan; lembar buatan add-in: validasi, format bersyarat, gabungan, format dan grafik
 *    dibersihkan (nilai tidak), lalu baris/kolom disisipkan/dihapus dengan perintah Excel
 *    (plans/bangun-ulang/struktur.ts): jangkar lama ikut digeser Excel, jadi bila gagal sampai di sini rencana
 *    lama tetap cocok dengan jangkarnya;
 * 2. jangkar generasi baru (nama rentang tersembunyi, plans/bangun-ulang/jangkar.ts) ditambahkan, catatan `_pkp`
 *    ditulis, lalu jangkar generasi lama dihapus: di titik gagal mana pun catatan yang berlaku menemukan jangkarnya
 *    sendiri utuh (isi yang belum ditulis dikenali sebagai sel kosong atau label rencana, bukan "diurutkan");
 * 3. per lembar: isi di luar blok rencana dibersihkan, satu tulisan `formulas` 2-D per pita blok (sel
 *    kosong rencana = "" pada lembar add-in; isian yang tetap di tempatnya = null, tidak disentuh), satu
 *    `numberFormat` 2-D per pita, gaya per persegi, gabung sel, validasi, format bersyarat, bekukan panel,
 *    lebar kolom, nama rentang, grafik, tata halaman; lalu lembar pertama diaktifkan.
 */
import { TAMPILAN_SEL, WARNA_GRAFIK, warnaSeri } from "../../plans/gaya";
import {
  areaTulis,
  barisSetelah,
  barisTersimpan,
  gabungCatatan,
  jangkarLembar,
  KEPALA_TERSIMPAN,
  LEMBAR_META,
  LEMBAR_TERSIMPAN,
  MAKS_BARIS_EXCEL,
  namaJangkarLembar,
  serialCatatan,
  TEKS_DIUBAH_EXCEL as TEKS_PENGGUNA_DIUBAH,
  type Bacaan,
  type Rekonsiliasi,
  type Sisa,
} from "../../plans/bangun-ulang/index";
import {
  alamat,
  hurufKolom,
  posisi,
  rentangBlok,
  selBeralamat,
  type BlokSel,
  type GayaSel,
  type Grafik,
  type NilaiSel,
  type RencanaLembar,
  type Sel,
} from "../../plans/rencana";
import { formatSumbuGrafik } from "../../plans/tata-letak";
import { pitaBaris } from "./batch";
import { ukuranJson } from "./halaman";
import { antreTataLetak } from "./cetak";
import { ONGKOS_PANGGILAN, SET_FITUR, dukungFitur, type FiturOpsional, type Perintah } from "./umum";

export const AWALAN_GRAFIK = "pkp_";

/** Gaya sel rencana → `Range.format` Office.js, menurut palet plans/gaya.ts (sama dengan adaptor .xlsx). */
function terapkanGaya(f: Excel.RangeFormat, g: GayaSel): void {
  const d = TAMPILAN_SEL[g];
  if (!d) return;
  if (d.tebal) f.font.bold = true;
  if (d.miring) f.font.italic = true;
  if (d.ukuran) f.font.size = d.ukuran;
  if (d.warnaHuruf) f.font.color = d.warnaHuruf;
  if (d.isi) f.fill.color = d.isi;
  if (d.bungkus) f.wrapText = true;
}

/**
 * Teks rencana yang akan diubah Excel saat ditulis lewat `formulas`: awalan = + - (rumus) atau teks yang
 * hanya berisi angka dan pemisah (nama periode "2026" → angka, "2026-03" → tanggal), yang membuat rumus
 * COUNTIFS/MATCH atas label teks itu tidak lagi cocok. Ditulis dengan apostrof di depan = tetap teks.
 */
const TEKS_DIUBAH_EXCEL = /^[=+-]|^\d[\d.,:/ -]*%?$/;

/** Nilai sel untuk larik `formulas`: rumus untuk `hitung`, selain itu nilai (teks yang akan diubah Excel dijadikan teks). */
export function isiSel(s: Sel | null, isian: ReadonlyMap<string, NilaiSel>): NilaiSel | null {
  if (!s) return null;
  if (s.peran === "hitung" && s.rumus) return s.rumus;
  const dariPengguna = s.peran === "masukan" && !!s.kunci && isian.has(s.kunci);
  const v: NilaiSel | undefined = dariPengguna ? isian.get(s.kunci as string) : s.nilai;
  if (v === undefined) return "";
  if (typeof v !== "string") return v;
  // Teks ketikan pengguna tetap teks ('007, '0812, '2024); rumus ketikan pengguna (=…) tetap rumus.
  if (dariPengguna ? !v.startsWith("=") && TEKS_PENGGUNA_DIUBAH.test(v) : TEKS_DIUBAH_EXCEL.test(v)) return `'${v}`;
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
  return selesai.map((p) =>
    p.b0 === p.b1 && p.k0 === p.k1 ? alamat(p.b0, p.k0) : `${alamat(p.b0, p.k0)}:${alamat(p.b1, p.k1)}`,
  );
}

/** Pengumpul perintah tulis satu batch logis. */
export class PenyusunTulis {
  readonly perintah: Perintah[] = [];
  readonly dilewati: { fitur: FiturOpsional; set: string }[] = [];
  /** Nama jangkar yang ditambahkan (objek dari `names.add`), disembunyikan SETELAH batch-nya disinkronkan. */
  readonly jangkar: Excel.NamedItem[] = [];
  private readonly ws = new Map<string, Excel.Worksheet>();

  constructor(
    readonly context: Excel.RequestContext,
    /** Pemeriksa set persyaratan suntikan (uji); tanpa itu isSetSupported Office.js. */
    private readonly dukungSet: ((set: string, versi: string) => boolean) | undefined,
    /** Batas satu batch: blok dipotong menjadi pita ≤ batas/4 agar dapat dipisah antar-batch. */
    readonly batas: number,
  ) {}

  tambah(ukuran: number, jalankan: () => void): void {
    this.perintah.push({ ukuran: ukuran + ONGKOS_PANGGILAN, jalankan });
  }
  /** true bila fitur didukung (tanpa mencatat). */
  dukung(f: FiturOpsional): boolean {
    return dukungFitur(this.dukungSet, f);
  }
  /**
   * true bila fitur yang DIPAKAI rencana didukung; bila tidak, dicatat sebagai dilewati (sekali). Bentuknya
   * (konstanta dari `dukungFitur`, lalu dikembalikan) dikenali audit set persyaratan sebagai penjaga.
   */
  bisa(f: FiturOpsional): boolean {
    const ya = dukungFitur(this.dukungSet, f);
    if (!ya) this.lewati(f);
    return ya;
  }
  /** Mencatat fitur sebagai dilewati (sekali), mis. tata halaman yang tidak didukung. */
  lewati(f: FiturOpsional): void {
    if (!this.dilewati.some((d) => d.fitur === f)) this.dilewati.push({ fitur: f, set: SET_FITUR[f] });
  }
  /** Proksi lembar; dibuat saat perintah dijalankan (lembar baru ditambahkan oleh perintah sebelumnya). */
  lembar(nama: string): Excel.Worksheet {
    let w = this.ws.get(nama);
    if (!w) {
      w = this.context.workbook.worksheets.getItem(nama);
      this.ws.set(nama, w);
    }
    return w;
  }
  /** Menambah lembar SAAT perintah dijalankan dan mengingat proksinya (untuk perintah berikutnya). */
  tambahLembarSekarang(nama: string): Excel.Worksheet {
    const w = this.context.workbook.worksheets.add(nama);
    this.ws.set(nama, w);
    return w;
  }
  tambahLembar(nama: string): void {
    this.tambah(nama.length, () => {
      this.ws.set(nama, this.context.workbook.worksheets.add(nama));
    });
  }
}

/**
 * Menambah lembar baru, atau menyiapkan lembar buatan add-in: validasi, format bersyarat, gabungan, format
 * dan grafik add-in dibersihkan — NILAI tidak (isian yang tetap di tempatnya tidak disentuh; sisanya ditimpa
 * blok rencana atau dibersihkan `bersihkanLuarBlok` setelah cadangannya tersimpan).
 */
export function siapkanLembar(t: PenyusunTulis, nama: string, bacaan: Bacaan, addin: boolean): void {
  if (!bacaan.lembarAda.has(nama)) {
    t.tambahLembar(nama);
    return;
  }
  if (!addin) return;
  const lama = (bacaan.grafik.get(nama) ?? []).filter((n) => n.startsWith(AWALAN_GRAFIK));
  const validasi = t.dukung("validasi");
  const cf = t.dukung("formatBersyarat");
  const gabung = t.dukung("gabung");
  t.tambah(0, () => {
    const ws = t.lembar(nama);
    const u = ws.getUsedRange(false);
    if (validasi) u.dataValidation.clear();
    if (cf) u.conditionalFormats.clearAll();
    if (gabung) u.unmerge();
    u.clear("Formats" as Excel.ClearApplyTo);
    for (const n of lama) ws.charts.getItem(n).delete();
  });
}

/**
 * Sisip/hapus baris dan kolom dengan perintah Excel (Range.delete/insert, ExcelApi 1.1): rujukan rumus
 * pengguna dan nama rentang ikut disesuaikan Excel. Hapus dari bawah/kanan ke atas/kiri, lalu sisip berurutan.
 */
export function ubahStruktur(
  t: PenyusunTulis,
  nama: string,
  s: NonNullable<ReturnType<Rekonsiliasi["struktur"]["get"]>>,
): void {
  const garis = (sumbu: "baris" | "kolom", a: number, n: number): string =>
    sumbu === "baris" ? `${a + 1}:${a + n}` : `${hurufKolom(a)}:${hurufKolom(a + n - 1)}`;
  for (const sumbu of ["baris", "kolom"] as const) {
    const u = s[sumbu];
    const hapus = deretTurun(u.hapus);
    for (const { pos, jumlah } of hapus) {
      const r = garis(sumbu, pos, jumlah);
      t.tambah(r.length + 10, () =>
        t
          .lembar(nama)
          .getRange(r)
          .delete((sumbu === "baris" ? "Up" : "Left") as Excel.DeleteShiftDirection),
      );
    }
    if (u.pindah.length) pindahkanGaris(t, nama, sumbu, u.pindah);
    for (const { pos, jumlah } of u.sisip) {
      const r = garis(sumbu, pos, jumlah);
      t.tambah(r.length + 10, () =>
        t
          .lembar(nama)
          .getRange(r)
          .insert((sumbu === "baris" ? "Down" : "Right") as Excel.InsertShiftDirection),
      );
    }
  }
}

/** Garis yang dipotong-tempel pengguna dikembalikan: sisip satu garis kosong di tujuan, moveTo, hapus asal. */
function pindahkanGaris(
  t: PenyusunTulis,
  nama: string,
  sumbu: "baris" | "kolom",
  pindah: readonly { dari: number; ke: number }[],
): void {
  if (!t.bisa("pindahRentang")) return;
  const garis = (a: number): string => (sumbu === "baris" ? `${a + 1}:${a + 1}` : `${hurufKolom(a)}:${hurufKolom(a)}`);
  for (const { dari, ke } of pindah) {
    const [tujuan, asal, hapusAsal] = ke < dari ? [ke, dari + 1, dari + 1] : [ke + 1, dari, dari];
    const rT = garis(tujuan);
    const rA = garis(asal);
    const rH = garis(hapusAsal);
    t.tambah(rT.length * 3 + 30, () => {
      const ws = t.lembar(nama);
      ws.getRange(rT).insert((sumbu === "baris" ? "Down" : "Right") as Excel.InsertShiftDirection);
      ws.getRange(rA).moveTo(ws.getRange(rT));
      ws.getRange(rH).delete((sumbu === "baris" ? "Up" : "Left") as Excel.DeleteShiftDirection);
    });
  }
}

/** Deret indeks bersambung, dari yang terbesar (untuk dihapus dari bawah ke atas). */
function deretTurun(indeks: readonly number[]): { pos: number; jumlah: number }[] {
  const d: { pos: number; jumlah: number }[] = [];
  for (const i of [...indeks].sort((a, b) => b - a)) {
    const akhir = d[d.length - 1];
    if (akhir && akhir.pos - 1 === i) {
      akhir.pos = i;
      akhir.jumlah++;
    } else d.push({ pos: i, jumlah: 1 });
  }
  return d;
}

/**
 * Isi lembar buatan add-in DI LUAR blok rencana dibersihkan (isinya sudah disalin ke "Data Tersimpan"):
 * kolom di kanan tabel, baris di bawahnya, dan celah di antara blok. Isi di dalam blok ditimpa tulisBlok.
 */
export function bersihkanLuarBlok(t: PenyusunTulis, l: RencanaLembar): void {
  const area = areaTulis(l);
  if (!area.length) {
    t.tambah(0, () =>
      t
        .lembar(l.nama)
        .getUsedRange(false)
        .clear("Contents" as Excel.ClearApplyTo),
    );
    return;
  }
  let b1 = 0;
  let k1 = 0;
  for (const a of area) {
    b1 = Math.max(b1, a.b1);
    k1 = Math.max(k1, a.k1);
  }
  const rentang = [`${hurufKolom(k1 + 1)}:XFD`, `A${b1 + 2}:${hurufKolom(k1)}${MAKS_BARIS_EXCEL}`];
  const celah: { baris: number; kolom: number }[] = [];
  for (let b = 0; b <= b1; b++)
    for (let k = 0; k <= k1; k++)
      if (!area.some((a) => b >= a.b0 && b <= a.b1 && k >= a.k0 && k <= a.k1)) celah.push({ baris: b, kolom: k });
  rentang.push(...perseginya(celah));
  for (const r of rentang)
    t.tambah(r.length + 10, () =>
      t
        .lembar(l.nama)
        .getRange(r)
        .clear("Contents" as Excel.ClearApplyTo),
    );
}

type Gaya = Map<GayaSel, { baris: number; kolom: number }[]>;

/**
 * Satu blok: `formulas` dan `numberFormat` 2-D per pita baris; gaya sel dikumpulkan ke `gaya`. `kosongkan`:
 * sel kosong rencana ditulis "" (lembar add-in; tanpa itu null = tidak diubah); sel di `jaga` ("b,k") tidak
 * disentuh (null): isian pengguna yang tetap di tempatnya, termasuk rumus yang disesuaikan Excel.
 */
export function tulisBlok(
  t: PenyusunTulis,
  nama: string,
  b: BlokSel,
  isian: ReadonlyMap<string, NilaiSel>,
  gaya: Gaya,
  kosongkan = false,
  jaga?: ReadonlySet<string>,
): void {
  const p = posisi(b.mulai);
  let lebar = 1;
  for (const r of b.sel) if (r.length > lebar) lebar = r.length;
  const rumus: (NilaiSel | null)[][] = [];
  const format: (string | null)[][] = [];
  let adaFormat = false;
  for (let i = 0; i < b.sel.length; i++) {
    const r: (NilaiSel | null)[] = [];
    const f: (string | null)[] = [];
    for (let j = 0; j < lebar; j++) {
      const s = b.sel[i][j] ?? null;
      r.push(jaga?.has(`${p.baris + i},${p.kolom + j}`) ? null : s === null && kosongkan ? "" : isiSel(s, isian));
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
  if (!rumus.length) return;
  for (const [i0, i1] of pitaBaris(rumus, t.batas / 4)) {
    const bagian = rumus.slice(i0, i1);
    const fmt = format.slice(i0, i1);
    const rentang = rentangBlok({ mulai: alamat(p.baris + i0, p.kolom), sel: bagian.map((r) => r.map(() => null)) });
    t.tambah(ukuranJson(bagian), () => {
      t.lembar(nama).getRange(rentang).formulas = bagian as unknown as string[][];
    });
    if (adaFormat) {
      t.tambah(ukuranJson(fmt), () => {
        t.lembar(nama).getRange(rentang).numberFormat = fmt as unknown as string[][];
      });
    }
  }
}

export function tulisGaya(t: PenyusunTulis, nama: string, gaya: Gaya): void {
  for (const [g, sel] of gaya) {
    for (const r of perseginya(sel)) t.tambah(r.length + 60, () => terapkanGaya(t.lembar(nama).getRange(r).format, g));
  }
}

export function tulisValidasi(t: PenyusunTulis, l: RencanaLembar): void {
  if (!l.validasi?.length || !t.bisa("validasi")) return;
  for (const v of l.validasi) {
    t.tambah(JSON.stringify(v).length, () => {
      const dv = t.lembar(l.nama).getRange(v.rentang).dataValidation;
      dv.clear();
      if (v.jenis === "daftar")
        dv.rule = {
          list: { inCellDropDown: true, source: v.sumberRentang ? `=${v.sumberRentang}` : (v.daftar ?? []).join(",") },
        };
      else {
        const aturan = {
          formula1: v.min ?? 0,
          formula2: v.maks ?? 0,
          operator: "Between" as Excel.DataValidationOperator,
        };
        if (v.min === undefined || v.maks === undefined) {
          const satu =
            v.min !== undefined
              ? { formula1: v.min, operator: "GreaterThanOrEqualTo" as Excel.DataValidationOperator }
              : { formula1: v.maks ?? 0, operator: "LessThanOrEqualTo" as Excel.DataValidationOperator };
          dv.rule = v.jenis === "bilanganBulat" ? { wholeNumber: satu } : { decimal: satu };
        } else dv.rule = v.jenis === "bilanganBulat" ? { wholeNumber: aturan } : { decimal: aturan };
      }
      dv.errorAlert = {
        message: v.pesan,
        showAlert: true,
        style: "Stop" as Excel.DataValidationAlertStyle,
        title: "Isian tidak sah",
      };
    });
  }
}

export function tulisFormatBersyarat(t: PenyusunTulis, l: RencanaLembar): void {
  if (!l.formatBersyarat?.length || !t.bisa("formatBersyarat")) return;
  for (const fb of l.formatBersyarat) {
    t.tambah(JSON.stringify(fb).length, () => {
      const cf = t
        .lembar(l.nama)
        .getRange(fb.rentang)
        .conditionalFormats.add("CellValue" as Excel.ConditionalFormatType);
      cf.cellValue.format.fill.color = fb.warnaIsi;
      cf.cellValue.format.font.color = fb.warnaFont;
      cf.cellValue.rule = { formula1: `="${fb.teks.replace(/"/g, '""')}"`, operator: "EqualTo" };
    });
  }
}

/** Gabung sel, bekukan panel dan lebar kolom. */
export function tulisTataLetak(t: PenyusunTulis, l: RencanaLembar): void {
  const nama = l.nama;
  if (l.gabung?.length && t.bisa("gabung"))
    for (const g of l.gabung) t.tambah(g.length, () => t.lembar(nama).getRange(g).merge(false));
  if (l.bekukan && (l.bekukan.baris > 0 || l.bekukan.kolom > 0) && t.bisa("bekukan")) {
    const { baris, kolom } = l.bekukan;
    t.tambah(0, () => {
      const fp = t.lembar(nama).freezePanes;
      if (baris > 0 && kolom > 0) fp.freezeAt(t.lembar(nama).getRange(`A1:${alamat(baris - 1, kolom - 1)}`));
      else if (baris > 0) fp.freezeRows(baris);
      else fp.freezeColumns(kolom);
    });
  }
  if (l.lebarKolom?.length && t.bisa("lebarKolom")) {
    // `lebar` dalam satuan karakter (seperti ExcelJS); Office.js memakai poin (≈ 5,6 poin per karakter).
    for (const k of l.lebarKolom)
      t.tambah(
        10,
        () =>
          (t.lembar(nama).getRange(`${k.kolom}:${k.kolom}`).format.columnWidth = Math.round(k.lebar * 5.6 * 10) / 10),
      );
  }
}

/** Nama rentang rencana (nama yang sudah ada diganti). */
export function tulisNamaRentang(t: PenyusunTulis, l: RencanaLembar, namaAda: ReadonlySet<string>): void {
  if (!l.nama_rentang?.length || !t.bisa("nama")) return;
  const names = t.context.workbook.names;
  for (const n of l.nama_rentang) {
    t.tambah(n.nama.length + n.rentang.length + (n.keterangan?.length ?? 0), () => {
      if (namaAda.has(n.nama)) names.getItem(n.nama).delete();
      names.add(n.nama, t.lembar(l.nama).getRange(n.rentang), n.keterangan);
    });
  }
}

/**
 * Grafik sebar (kuadran): seri pertama dari kolom Y, lalu setiap baris menjadi seri bernama kodenya (X dan Y
 * satu sel), garis bantu menjadi seri garis tanpa penanda dan label; sumbu berjudul dan berbatas. Tanpa
 * ExcelApi 1.7 (seri dan nilai X) grafik dilewati: titik tanpa nilai X akan menyesatkan.
 */
function tulisSebar(t: PenyusunTulis, l: RencanaLembar, g: Grafik, i: number): void {
  if (!t.bisa("grafikSebar")) return;
  const [a, z] = g.data.replace(/\$/g, "").split(":").map(posisi);
  const k = posisi(g.kategori.replace(/\$/g, "").split(":")[0]);
  const kode = Array.from({ length: z.baris - a.baris + 1 }, (_, b) => ({
    x: alamat(a.baris + b, a.kolom),
    y: alamat(a.baris + b, a.kolom + 1),
    nama: alamat(k.baris + b, k.kolom),
  }));
  const nama = new Map([...selBeralamat(l)].map((x) => [x.alamat, x.sel.nilai]));
  t.tambah(JSON.stringify(g).length + kode.length * 80, () => {
    const ws = t.lembar(l.nama);
    const ch = ws.charts.add(
      "XYScatter" as Excel.ChartType,
      ws.getRange(`${kode[0].y}:${kode[kode.length - 1].y}`),
      "Columns" as Excel.ChartSeriesBy,
    );
    ch.name = `${AWALAN_GRAFIK}${i + 1}`;
    ch.title.text = g.judul;
    ch.setPosition(g.posisi, g.sampai);
    ch.legend.visible = false;
    ch.dataLabels.showSeriesName = true;
    ch.dataLabels.showValue = false;
    kode.forEach((p, b) => {
      const s = b === 0 ? ch.series.getItemAt(0) : ch.series.add(String(nama.get(p.nama) ?? `U${b + 1}`));
      if (b === 0) s.name = String(nama.get(p.nama) ?? "U1");
      s.setXAxisValues(ws.getRange(p.x));
      s.setValues(ws.getRange(p.y));
      s.markerBackgroundColor = s.markerForegroundColor = warnaSeri(b);
    });
    (g.garisBantu ?? []).forEach((r, b) => {
      const [p, q] = r.replace(/\$/g, "").split(":").map(posisi);
      const s = ch.series.add(`Garis pemisah ${b + 1}`);
      s.chartType = "XYScatterLinesNoMarkers" as Excel.ChartType;
      s.setXAxisValues(ws.getRange(`${alamat(p.baris, p.kolom)}:${alamat(q.baris, p.kolom)}`));
      s.setValues(ws.getRange(`${alamat(p.baris, p.kolom + 1)}:${alamat(q.baris, p.kolom + 1)}`));
      s.hasDataLabels = false;
      s.format.line.color = WARNA_GRAFIK.garisBantu;
      s.format.line.lineStyle = "Dash";
    });
    ch.format.fill.setSolidColor(WARNA_GRAFIK.latar);
    ch.format.border.color = WARNA_GRAFIK.bingkai;
    if (g.sumbu) {
      for (const [sumbu, judul] of [
        [ch.axes.categoryAxis, g.sumbu.x],
        [ch.axes.valueAxis, g.sumbu.y],
      ] as const) {
        sumbu.minimum = g.sumbu.min;
        sumbu.maximum = g.sumbu.maks;
        sumbu.title.text = judul;
      }
    }
  });
}

export function tulisGrafik(t: PenyusunTulis, l: RencanaLembar): void {
  (l.grafik ?? []).forEach((g, i) => {
    if (g.jenis === "sebar") return tulisSebar(t, l, g, i);
    const kategori = t.bisa("kategoriGrafik");
    // label data dan sumbu nilai: format sel data, paling banyak dua desimal (seperti berkas .xlsx); ExcelApi 1.8
    const berlabel = g.jenis !== "tornado";
    const format = Boolean(g.formatLabel) && t.bisa("formatGrafik");
    // warna penanda garis dan bingkai area (ExcelApi 1.7): tanpanya warna tema, tanpa peringatan
    const api17 = t.dukung("warnaGrafik");
    if (g.formatLabel && !format) t.lewati("formatGrafik");
    t.tambah(JSON.stringify(g).length, () => {
      const ws = t.lembar(l.nama);
      const jenis =
        g.jenis === "tornado"
          ? "BarStacked"
          : g.jenis === "batang"
            ? "BarClustered"
            : g.jenis === "garis"
              ? "LineMarkers"
              : "ColumnClustered";
      const ch = ws.charts.add(jenis as Excel.ChartType, ws.getRange(g.data), "Columns" as Excel.ChartSeriesBy);
      ch.name = `${AWALAN_GRAFIK}${i + 1}`;
      ch.title.text = g.judul;
      // grafik yang nilai kecilnya lebih baik: sumbu nilai mengatakannya
      if (g.judulSumbu) ch.axes.valueAxis.title.text = g.judulSumbu;
      if (g.minimum !== undefined) ch.axes.valueAxis.minimum = g.minimum;
      if (berlabel) ch.dataLabels.showValue = true;
      if (format) {
        if (berlabel) ch.dataLabels.numberFormat = g.formatLabel as string;
        ch.axes.valueAxis.numberFormat = formatSumbuGrafik(g.formatLabel);
      }
      ch.setPosition(g.posisi, g.sampai);
      // Tornado: dua seri (bawah dan atas rentang) berbagi label kategori.
      if (kategori)
        for (let s = 0; s < (g.jenis === "tornado" ? 2 : 1); s++)
          ch.series.getItemAt(s).setXAxisValues(t.lembar(l.nama).getRange(g.kategori));
      (g.seri ?? []).forEach((nama, s) => (ch.series.getItemAt(s).name = nama));
      warnaiSeri(ch, g);
      if (api17) {
        ch.format.border.color = WARNA_GRAFIK.bingkai;
        if (g.jenis === "garis")
          for (let s = 0; s < banyakSeri(g); s++) {
            const seri = ch.series.getItemAt(s);
            seri.markerBackgroundColor = seri.markerForegroundColor = warnaSeri(s);
          }
      }
    });
  });
}

/** Banyak seri grafik batang/garis: satu per kolom `data`. */
function banyakSeri(g: Grafik): number {
  const [a, z] = g.data.replace(/\$/g, "").split(":").map(posisi);
  return (z ?? a).kolom - a.kolom + 1;
}

/**
 * Warna grafik dari palet (plans/gaya.ts), sama dengan berkas .xlsx dan tidak bergantung pada tema buku kerja
 * (ExcelApi 1.1): isi batang atau garis setiap seri dan latar area grafik. Penanda garis dan bingkai area
 * (ExcelApi 1.7) ditetapkan pemanggil.
 */
function warnaiSeri(ch: Excel.Chart, g: Grafik): void {
  for (let s = 0; s < banyakSeri(g); s++) {
    const f = ch.series.getItemAt(s).format;
    if (g.jenis === "garis") f.line.color = warnaSeri(s);
    else f.fill.setSolidColor(warnaSeri(s));
  }
  ch.format.fill.setSolidColor(WARNA_GRAFIK.latar);
}

/**
 * Jangkar lembar `l` (nama sekarang) untuk nama kanonik `kanonik`, generasi `g` (plans/bangun-ulang/jangkar.ts):
 * nama rentang ditambahkan di sini, disembunyikan oleh `perintahSembunyi` SETELAH sync batch ini.
 * `names.add(...).visible = false` dalam batch yang sama dilaporkan diabaikan Excel (office-js #3878, #3949);
 * add → sync → visible = false pada objek dari add adalah cara yang dilaporkan berhasil (#3878). `tanpaUtama`:
 * jangkar lembar sudah ada dan benar (tidak ditulis lagi).
 */
export function tulisJangkar(t: PenyusunTulis, l: RencanaLembar, kanonik: string, g = 1, tanpaUtama = false): void {
  const names = t.context.workbook.names;
  for (const j of jangkarLembar(l, kanonik, g).slice(tanpaUtama ? 1 : 0)) {
    t.tambah(j.nama.length + j.rentang.length + 20, () => {
      t.jangkar.push(names.add(j.nama, t.lembar(l.nama).getRange(j.rentang)));
    });
  }
}

/** Perintah menyembunyikan setiap jangkar yang sudah ditambahkan (dijalankan setelah batch tulis disinkronkan). */
export function perintahSembunyi(t: PenyusunTulis): Perintah[] {
  return t.jangkar.map((n) => ({
    ukuran: ONGKOS_PANGGILAN + 20,
    jalankan: () => {
      n.visible = false;
    },
  }));
}

/** Nilai yang tidak punya tempat: ditambahkan di bawah isi "Data Tersimpan" (tidak pernah dibuang). */
export function tulisTersimpan(t: PenyusunTulis, sisa: readonly Sisa[], bacaan: Bacaan, waktu: string): void {
  if (!sisa.length) return;
  const baris = barisTersimpan(sisa, waktu);
  const ada = bacaan.lembarAda.has(LEMBAR_TERSIMPAN);
  const mulai = ada ? barisSetelah(bacaan.tersimpanAlamat) : 0;
  const kolomAkhir = hurufKolom(KEPALA_TERSIMPAN.length - 1);
  // Lembar dari versi lama (kolom lebih sedikit): kepala baru ditulis di atas baris baru.
  const kepalaLama = mulai > 0 && (bacaan.tersimpanAlamat ?? "").split(":").pop()?.replace(/[$\d]/g, "") !== kolomAkhir;
  const isi = mulai === 0 || kepalaLama ? [KEPALA_TERSIMPAN, ...baris] : baris;
  const lebar = t.dukung("lebarKolom");
  // dipotong menjadi pita baris (≤ batas/4) agar cadangan besar dapat dibagi ke beberapa batch
  pitaBaris(isi, t.batas / 4).forEach(([i0, i1], p) => {
    const bagian = isi.slice(i0, i1);
    const rentang = `A${mulai + i0 + 1}:${kolomAkhir}${mulai + i1}`;
    t.tambah(ukuranJson(bagian), () => {
      const ws = p > 0 || ada ? t.lembar(LEMBAR_TERSIMPAN) : t.tambahLembarSekarang(LEMBAR_TERSIMPAN);
      ws.getRange(rentang).values = bagian as unknown as string[][];
      if (p > 0) return;
      if (isi[0] === KEPALA_TERSIMPAN) ws.getRange(`A${mulai + 1}:${kolomAkhir}${mulai + 1}`).format.font.bold = true;
      if (lebar && !ada)
        [150, 130, 60, 200, 130, 300, 90, 200, 200].forEach(
          (w, j) => (ws.getRange(`${hurufKolom(j)}:${hurufKolom(j)}`).format.columnWidth = w),
        );
    });
  });
}

/** Catatan `_pkp`: catatan lama lain + catatan baru; lembar disembunyikan (VeryHidden). */
export function tulisCatatan(t: PenyusunTulis, rek: Rekonsiliasi, bacaan: Bacaan): void {
  const catatan = gabungCatatan(rek.catatanLama, rek.catatanBaru).map((c) => [serialCatatan(c)]);
  const ada = bacaan.lembarAda.has(LEMBAR_META);
  t.tambah(ukuranJson(catatan), () => {
    const ws = ada ? t.lembar(LEMBAR_META) : t.context.workbook.worksheets.add(LEMBAR_META);
    ws.getUsedRange(false).clear();
    ws.getRange(`A1:A${catatan.length}`).values = catatan;
    ws.visibility = "VeryHidden" as Excel.SheetVisibility;
  });
}

/** Cadangan: semua nilai yang tidak tetap di tempatnya ke "Data Tersimpan" (dikirim pada sync tersendiri). */
export function susunCadangan(t: PenyusunTulis, rek: Rekonsiliasi, bacaan: Bacaan, waktu: string): void {
  tulisTersimpan(t, rek.hasil.sisa, bacaan, waktu);
}

/** Semua perintah tulis untuk hasil rekonsiliasi, berurutan (lihat komentar berkas). */
export function susunPerintah(t: PenyusunTulis, rek: Rekonsiliasi, bacaan: Bacaan): void {
  const namaAda = new Set(bacaan.nama.keys());
  const kanonik = new Map([...rek.namaLembar].map(([k, n]) => [n, k]));
  const names = t.context.workbook.names;
  for (const l of rek.rencana.lembar) {
    siapkanLembar(t, l.nama, bacaan, rek.lembarAddin.has(l.nama));
    const s = rek.struktur.get(l.nama);
    if (s) ubahStruktur(t, l.nama, s);
  }
  // jangkar generasi baru ditambahkan SEBELUM catatan baru, jangkar lama dihapus SESUDAHNYA: di titik gagal
  // mana pun, catatan yang berlaku menemukan jangkar generasinya sendiri utuh (plans/bangun-ulang/jangkar.ts)
  const utama = new Set([...rek.namaLembar.keys()].filter((k) => !rek.utamaTetap.has(k)).map(namaJangkarLembar));
  for (const n of rek.jangkarLama) if (utama.has(n)) t.tambah(n.length, () => names.getItem(n).delete());
  for (const l of rek.rencana.lembar) {
    const k = kanonik.get(l.nama) ?? l.nama;
    tulisJangkar(t, l, k, rek.catatanBaru.jangkar, rek.utamaTetap.has(k));
  }
  tulisCatatan(t, rek, bacaan);
  for (const n of rek.jangkarLama) if (!utama.has(n)) t.tambah(n.length, () => names.getItem(n).delete());
  for (const l of rek.rencana.lembar) {
    const addin = rek.lembarAddin.has(l.nama) && bacaan.lembarAda.has(l.nama);
    if (addin) bersihkanLuarBlok(t, l);
    const gaya: Gaya = new Map();
    for (const b of l.blok) tulisBlok(t, l.nama, b, rek.hasil.isian, gaya, addin, rek.jaga.get(l.nama));
    tulisGaya(t, l.nama, gaya);
    tulisTataLetak(t, l);
    tulisValidasi(t, l);
    tulisFormatBersyarat(t, l);
    tulisNamaRentang(t, l, namaAda);
    tulisGrafik(t, l);
    antreTataLetak(l, t);
  }
  const pertama = rek.rencana.lembar[0];
  if (pertama) t.tambah(0, () => t.lembar(pertama.nama).activate());
}
