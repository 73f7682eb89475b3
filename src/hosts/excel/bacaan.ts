/**
 * Tahap 1 `terapkanRencana`: BACA. Semua bacaan diantre dalam SATU batch (sync 1); `kumpulkan()` setelah
 * sync memberi data murni (`Bacaan`) untuk tahap rekonsiliasi (rekonsiliasi.ts), tanpa objek Office.
 *
 * Yang dibaca: nama, grafik dan perlindungan setiap lembar (satu load bersarang), isi `_pkp` (catatan bangun), semua nama
 * rentang buku kerja beserta nilainya (jangkar, plans/jangkar.ts), kepala dan rentang terpakai
 * "Data Tersimpan", dan untuk setiap lembar tujuan rencana baru:
 * - rentang terpakai lembar yang bernama sama (`langsung`: lembar baru, lembar bukan buatan add-in, buku lama);
 * - rentang terpakai lembar yang ditunjuk JANGKAR lembarnya (`lewatJangkar`): nama rentang itu mengikuti
 *   lembar yang diganti namanya, jadi lembar itu terbaca di batch yang sama tanpa tahu nama barunya.
 *   Metode *OrNullObject berantai memberi objek null (isNullObject) bila nama atau lembarnya tidak ada.
 */
import { namaJangkarLembar } from "../../plans/jangkar";
import { LEMBAR_META, uraiCatatan, type CatatanBangun } from "../../plans/meta";
import { LEMBAR_TERSIMPAN } from "../../plans/pertahankan";

/** Rentang terpakai yang terbaca: alamat A1 (dengan nama lembar) dan `formulas` 2-D. */
export interface TerpakaiTerbaca {
  alamat: string;
  formulas: unknown[][];
}

export interface Bacaan {
  lembarAda: Set<string>;
  /** Nama lembar → nama grafiknya. */
  grafik: Map<string, string[]>;
  catatan: CatatanBangun[];
  /** Semua nama rentang buku kerja → nilainya ("'Lembar'!$7:$7", "#REF!"). */
  nama: Map<string, unknown>;
  /** Nama lembar tujuan (kanonik) → isi lembar bernama itu; null bila tidak ada atau kosong. */
  langsung: Map<string, TerpakaiTerbaca | null>;
  /** Nama lembar tujuan (kanonik) → isi lembar yang ditunjuk jangkarnya; null bila tidak ada atau kosong. */
  lewatJangkar: Map<string, TerpakaiTerbaca | null>;
  /** "Data Tersimpan": alamat rentang terpakai; null bila kosong atau tidak ada. */
  tersimpanAlamat: string | null;
  /** Lembar yang dilindungi (Tinjau → Lindungi Lembar): ditulis → AccessDenied; diperiksa sebelum menulis. */
  terlindung: Set<string>;
}

type Rentang = Pick<Excel.Range, "isNullObject" | "address" | "formulas">;

export interface AntreanBaca {
  /** Dipanggil SETELAH sync: mengubah objek proxy menjadi data murni. */
  kumpulkan(): Bacaan;
}

function terpakai(r: Rentang): TerpakaiTerbaca | null {
  return r.isNullObject ? null : { alamat: r.address, formulas: r.formulas };
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
  names.load("items/name,items/value");
  const tujuan = namaTujuan.map((n) => {
    const langsung = sheets.getItemOrNullObject(n).getUsedRangeOrNullObject(true);
    langsung.load("address,formulas");
    const jangkar = names.getItemOrNullObject(namaJangkarLembar(n)).getRangeOrNullObject().getUsedRangeOrNullObject(true);
    jangkar.load("address,formulas");
    return { n, langsung, jangkar };
  });
  return {
    kumpulkan(): Bacaan {
      const catatan: CatatanBangun[] = [];
      if (!meta.isNullObject) {
        for (const baris of meta.values) {
          const c = uraiCatatan(baris[0]);
          if (c) catatan.push(c);
        }
      }
      const grafik = new Map<string, string[]>();
      for (const s of sheets.items) grafik.set(s.name, s.charts.items.map((g) => g.name));
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
