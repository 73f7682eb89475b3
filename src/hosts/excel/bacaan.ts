/**
 * Tahap 1 `terapkanRencana`: BACA. Semua bacaan kecil diantre dalam SATU batch (sync 1); `kumpulkan()` setelah
 * sync memberi data murni (`Bacaan`, plans/bangun-ulang/terbaca.ts) untuk tahap rekonsiliasi
 * (plans/bangun-ulang/rekonsiliasi.ts), tanpa objek Office. Rumus isi lembar tujuan (bisa > 5 MB: Nilai siklus
 * SKM ±2,5 KB per jawaban) tidak ikut sync 1: `muatIsiTujuan` membacanya BERHALAMAN (halaman.ts) setelah
 * alamatnya diketahui.
 *
 * Yang dibaca: nama, grafik dan perlindungan setiap lembar (satu load bersarang), isi `_pkp` (catatan bangun), nama
 * rentang buku kerja beserta nilainya (jangkar, plans/bangun-ulang/jangkar.ts; HALAMAN_NAMA pertama, sisanya
 * `muatNamaSisa`), kepala dan rentang terpakai "Data Tersimpan", dan untuk setiap lembar tujuan rencana baru:
 * - rentang terpakai lembar yang bernama sama (`langsung`: lembar baru, lembar bukan buatan add-in, buku lama);
 * - rentang terpakai lembar yang ditunjuk JANGKAR lembarnya (`lewatJangkar`): nama rentang itu mengikuti
 *   lembar yang diganti namanya, jadi lembar itu terbaca di batch yang sama tanpa tahu nama barunya.
 *   Metode *OrNullObject berantai memberi objek null (isNullObject) bila nama atau lembarnya tidak ada.
 */
import {
  LEMBAR_META,
  LEMBAR_TERSIMPAN,
  namaJangkarLembar,
  uraiCatatan,
  type Bacaan,
  type CatatanBangun,
  type TerpakaiTerbaca,
} from "../../plans/bangun-ulang/index";
import { bacaBerhalaman } from "./halaman";

export interface AntreanBaca {
  /** Dipanggil SETELAH sync: mengubah objek proxy menjadi data murni (nama rentang: halaman pertama). */
  kumpulkan(): Bacaan;
  /** Dipanggil SETELAH sync: banyak nama rentang buku kerja (sisanya dimuat `muatNamaSisa`). */
  banyakNama(): number;
}

/**
 * Nama rentang per sync (name + value ±100 byte JSON per nama: ±2 MB). Tabel dengan satu baris per responden
 * membuat satu jangkar per baris, jadi buku kerja besar dapat memuat > 5 MB nama.
 */
export const HALAMAN_NAMA = 20000;

/** Memuat nama rentang setelah halaman pertama (load { select, top, skip }, satu sync per halaman). Banyak sync. */
export async function muatNamaSisa(context: Excel.RequestContext, b: Bacaan, banyak: number): Promise<number> {
  let jumlahSync = 0;
  for (let lewati = HALAMAN_NAMA; lewati < banyak; lewati += HALAMAN_NAMA) {
    const names = context.workbook.names;
    names.load({ select: "name,value", top: HALAMAN_NAMA, skip: lewati });
    await context.sync();
    jumlahSync++;
    for (const x of names.items) b.nama.set(x.name, x.value);
  }
  return jumlahSync;
}

function terpakai(r: Pick<Excel.Range, "isNullObject" | "address">): TerpakaiTerbaca | null {
  return r.isNullObject ? null : { alamat: r.address, formulas: [] };
}

/** Nama lembar dari alamat Excel ("'Lembar 1'!A1:B2" → "Lembar 1"). */
export function lembarDariAlamat(alamat: string): string {
  const n = alamat.slice(0, alamat.lastIndexOf("!"));
  return n.startsWith("'") ? n.slice(1, -1).replace(/''/g, "'") : n;
}

/**
 * Mengisi `formulas` setiap isi lembar tujuan (langsung dan lewat jangkar; alamat yang sama dibaca sekali)
 * berhalaman. Mengembalikan banyak sync.
 */
export async function muatIsiTujuan(context: Excel.RequestContext, b: Bacaan): Promise<number> {
  const unik = new Map<string, TerpakaiTerbaca[]>();
  for (const t of [...b.langsung.values(), ...b.lewatJangkar.values()])
    if (t) unik.set(t.alamat, [...(unik.get(t.alamat) ?? []), t]);
  if (!unik.size) return 0;
  const alamat = [...unik.keys()];
  const { hasil, jumlahSync } = await bacaBerhalaman(
    context,
    alamat.map((a) => ({ lembar: lembarDariAlamat(a), alamat: a, props: ["formulas"] as const })),
  );
  alamat.forEach((a, i) => {
    for (const t of unik.get(a) as TerpakaiTerbaca[]) t.formulas = hasil[i].formulas as unknown[][];
  });
  return jumlahSync;
}

/** Mengantre semua bacaan tahap 1 (tidak ada sync di sini). */
export function antreBacaan(context: Excel.RequestContext, namaTujuan: readonly string[]): AntreanBaca {
  const wb = context.workbook;
  const sheets = wb.worksheets;
  // Satu load bersarang (WorksheetCollectionLoadOptions: nama setiap lembar dan nama setiap grafiknya).
  sheets.load({ name: true, charts: { name: true }, protection: { protected: true } });
  const meta = sheets.getItemOrNullObject(LEMBAR_META).getUsedRangeOrNullObject(true);
  meta.load("values");
  const simpanUsed = sheets.getItemOrNullObject(LEMBAR_TERSIMPAN).getUsedRangeOrNullObject(true);
  simpanUsed.load("address");
  const names = wb.names;
  names.load({ select: "name,value", top: HALAMAN_NAMA });
  const banyak = names.getCount();
  const tujuan = namaTujuan.map((n) => {
    const langsung = sheets.getItemOrNullObject(n).getUsedRangeOrNullObject(true);
    langsung.load("address");
    const jangkar = names
      .getItemOrNullObject(namaJangkarLembar(n))
      .getRangeOrNullObject()
      .getUsedRangeOrNullObject(true);
    jangkar.load("address");
    return { n, langsung, jangkar };
  });
  return {
    banyakNama: () => banyak.value,
    kumpulkan(): Bacaan {
      const catatan: CatatanBangun[] = [];
      if (!meta.isNullObject) {
        for (const baris of meta.values) {
          const c = uraiCatatan(baris[0]);
          if (c) catatan.push(c);
        }
      }
      const grafik = new Map<string, string[]>();
      for (const s of sheets.items)
        grafik.set(
          s.name,
          s.charts.items.map((g) => g.name),
        );
      return {
        lembarAda: new Set(sheets.items.map((s) => s.name)),
        grafik,
        catatan,
        nama: new Map(names.items.map((x) => [x.name, x.value])),
        langsung: new Map(tujuan.map((t) => [t.n, terpakai(t.langsung)])),
        lewatJangkar: new Map(tujuan.map((t) => [t.n, terpakai(t.jangkar)])),
        tersimpanAlamat: simpanUsed.isNullObject ? null : simpanUsed.address,
        terlindung: new Set(sheets.items.filter((s) => s.protection?.protected).map((s) => s.name)),
      };
    },
  };
}
