/**
 * Membaca buku kerja yang terbuka untuk Periksa (src/periksa/periksa.ts):
 *
 * 1. Lembar `_pkp` (catatan bangun): rentang terpakai (`address`, `values`, `formulas`; beberapa baris teks).
 * 2. Setiap lembar yang disebut catatan: keberadaan lembar dan ALAMAT rentang terpakainya, semuanya dalam satu
 *    batch.
 * 3. Isi (`values`, `formulas`) semua lembar itu BERHALAMAN (halaman.ts): lembar kecil bersama dalam satu sync,
 *    lembar besar dalam pita baris, setiap tanggapan ±≤ 2 MB (Excel di web menolak > 5 MB; Nilai siklus SKM
 *    1.000 jawaban saja ±7 MB). Buku kerja kecil: 3 sync.
 *
 *    Untuk catatan berjangkar (plans/bangun-ulang/jangkar.ts), lembar juga dibaca LEWAT JANGKARNYA dalam batch
 *    yang sama: lembar yang diganti namanya pengguna tetap ditemukan. Catatan pada `_pkp` yang dikembalikan lalu
 *    menyebut nama sekarang (dan nama kanonik), sehingga Periksa memeriksa lembar itu, bukan melaporkannya hilang.
 *
 * Hasilnya lembar → alamat A1 → {value, formula?}: alamat dihitung dari sel kiri atas rentang terpakai.
 * Lembar yang disebut catatan tetapi tidak ada TIDAK dimasukkan (Periksa melaporkannya sebagai hilang);
 * lembar yang ada tetapi kosong dimasukkan sebagai peta kosong. Sel yang kosong (nilai dan rumus "") dilewati.
 */
import { kosong } from "../../core/errors";
import {
  LEMBAR_META,
  namaJangkarLembar,
  namaKanonik,
  serialCatatan,
  tanpaLembar,
  uraiCatatan,
  uraiRujukanNama,
  type CatatanBangun,
  type LembarBuku,
  type SelBuku,
} from "../../plans/bangun-ulang/index";
import { bacaBerhalaman } from "./halaman";
import { alamat, posisi } from "../../plans/rencana";

export interface HasilBaca {
  buku: Map<string, LembarBuku>;
  jumlahSync: number;
}

/** Larik `values`/`formulas` rentang terpakai → peta alamat A1 → sel. */
export function petaSel(alamatRentang: string, values: unknown[][], formulas: unknown[][]): LembarBuku {
  const awal = posisi(tanpaLembar(alamatRentang).split(":")[0].replace(/\$/g, ""));
  const peta: LembarBuku = new Map();
  values.forEach((baris, i) => {
    baris.forEach((v, j) => {
      const f = formulas[i]?.[j];
      const rumus = typeof f === "string" && f.startsWith("=") && f.length > 1 ? f : undefined;
      if (rumus === undefined && kosong(v)) return;
      const sel: SelBuku = rumus === undefined ? { value: v } : { value: v, formula: rumus };
      peta.set(alamat(awal.baris + i, awal.kolom + j), sel);
    });
  });
  return peta;
}

type RentangTerbaca = Pick<Excel.Range, "isNullObject" | "address" | "values" | "formulas">;

/** Membaca `_pkp` dan setiap lembar yang disebutnya (2 sync + sync halaman isi). */
export async function bacaBukuKerjaRinci(context: Excel.RequestContext): Promise<HasilBaca> {
  let jumlahSync = 0;
  const sheets = context.workbook.worksheets;
  const buku = new Map<string, LembarBuku>();

  // ---------- sync 1: catatan ----------
  const metaUsed = sheets.getItemOrNullObject(LEMBAR_META).getUsedRangeOrNullObject(true);
  metaUsed.load("address,values,formulas");
  jumlahSync++;
  await context.sync();
  if (metaUsed.isNullObject) return { buku, jumlahSync };
  const meta = metaUsed as RentangTerbaca;
  buku.set(LEMBAR_META, petaSel(meta.address, meta.values, meta.formulas));

  const nama: string[] = [];
  const catatan: { baris: number; c: CatatanBangun }[] = [];
  meta.values.forEach((baris, i) => {
    const c = uraiCatatan(baris[0]);
    if (!c) return;
    catatan.push({ baris: i, c });
    for (const n of c.lembar) if (n !== LEMBAR_META && !nama.includes(n)) nama.push(n);
  });
  if (nama.length === 0) return { buku, jumlahSync };
  // lembar berjangkar: nama sekarang dan isinya lewat nama rentang jangkar (mengikuti ganti nama)
  const lewatJangkar = catatan
    .filter(({ c }) => !!c.jangkar)
    .flatMap(({ c }) => c.lembar.map((_, i) => namaKanonik(c, i)))
    .map((k) => {
      const item = context.workbook.names.getItemOrNullObject(namaJangkarLembar(k));
      item.load("value");
      const used = item.getRangeOrNullObject().getUsedRangeOrNullObject(true);
      used.load("address");
      return { k, item, used };
    });

  // ---------- sync 2: keberadaan dan alamat rentang terpakai semua lembar yang dicatat, satu batch ----------
  const baca = nama.map((n) => {
    const ws = sheets.getItemOrNullObject(n);
    ws.load("name");
    const used = ws.getUsedRangeOrNullObject(true);
    used.load("address");
    return { n, ws, used };
  });
  jumlahSync++;
  await context.sync();
  /** Lembar → alamat rentang terpakai (null = kosong); isinya dibaca berhalaman di bawah. */
  const alamatLembar = new Map<string, string | null>();
  for (const { n, ws, used } of baca)
    if (!ws.isNullObject) alamatLembar.set(n, used.isNullObject ? null : used.address);
  const sekarang = new Map<string, string>();
  for (const { k, item, used } of lewatJangkar) {
    const r = item.isNullObject ? null : uraiRujukanNama(item.value);
    if (!r) continue;
    sekarang.set(k, r.lembar);
    if (!alamatLembar.has(r.lembar)) alamatLembar.set(r.lembar, used.isNullObject ? null : used.address);
  }

  // ---------- sync 3…: isi berhalaman ----------
  const berisi = [...alamatLembar].filter((x): x is [string, string] => x[1] !== null);
  const isi = await bacaBerhalaman(
    context,
    berisi.map(([lembar, a]) => ({ lembar, alamat: a, props: ["values", "formulas"] as const })),
  );
  jumlahSync += isi.jumlahSync;
  for (const n of alamatLembar.keys()) buku.set(n, new Map());
  berisi.forEach(([n, a], i) =>
    buku.set(n, petaSel(a, isi.hasil[i].values as unknown[][], isi.hasil[i].formulas as unknown[][])),
  );
  if (sekarang.size) perbaruiCatatan(buku.get(LEMBAR_META) as LembarBuku, meta.address, catatan, sekarang);
  return { buku, jumlahSync };
}

/** Catatan `_pkp` (salinan terbaca, bukan buku kerja) dengan nama lembar sekarang menurut jangkar. */
function perbaruiCatatan(
  meta: LembarBuku,
  alamatMeta: string,
  catatan: readonly { baris: number; c: CatatanBangun }[],
  sekarang: ReadonlyMap<string, string>,
): void {
  const awal = posisi(tanpaLembar(alamatMeta).split(":")[0].replace(/\$/g, ""));
  for (const { baris, c } of catatan) {
    const kanonik = c.lembar.map((_, i) => namaKanonik(c, i));
    const lembar = kanonik.map((k, i) => sekarang.get(k) ?? c.lembar[i]);
    if (lembar.every((n, i) => n === c.lembar[i])) continue;
    meta.set(alamat(awal.baris + baris, awal.kolom), { value: serialCatatan({ ...c, lembar, kanonik }) });
  }
}

/** Lembar → alamat → {value, formula?}, seperti yang diharapkan `periksaBukuKerja`. */
export async function bacaBukuKerja(context: Excel.RequestContext): Promise<Map<string, LembarBuku>> {
  return (await bacaBukuKerjaRinci(context)).buku;
}
