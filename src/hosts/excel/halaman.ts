/**
 * Membaca rentang besar BERHALAMAN (issue 21). Excel di web menolak permintaan atau tanggapan satu
 * `context.sync()` di atas 5 MB ("ResponsePayloadSizeLimitExceeded"); lembar jawaban 100.000 × 16 ≈ 20 MB.
 *
 * - Halaman = pita baris satu rentang. Baris per halaman dipilih dari BANYAK KOLOM dan taksiran byte per sel
 *   (`TAKSIRAN_BYTE_SEL`, sengaja besar), sehingga satu sync paling banyak ±`BATAS_HALAMAN` (2 MB, jauh di
 *   bawah 5 MB). Setelah setiap sync taksiran diganti ukuran yang TERUKUR (JSON UTF-8 yang dimuat, × 1,25),
 *   jadi halaman berikutnya sepenuh mungkin tanpa melewati batas.
 * - Beberapa rentang kecil (mis. lembar tabel yang sedikit) digabung dalam satu sync selama muat.
 * - Bila tanggapan tetap ditolak (sel sangat panjang), halaman itu diulang dengan paling banyak separuh barisnya;
 *   satu baris yang tetap ditolak → galat diteruskan.
 * Satu sync per halaman di dalam loop adalah pola yang dimaksud (aturan "tanpa sync dalam loop" berlaku untuk
 * perintah yang dapat dibatch; bacaan > 5 MB tidak dapat).
 */
import { galatInternal } from "../../core/errors";

/** Target byte tanggapan satu sync baca. */
export const BATAS_HALAMAN = 2 * 1024 * 1024;
/** Taksiran awal byte JSON per sel, sebelum ada yang terukur. */
export const TAKSIRAN_BYTE_SEL = { values: 96, formulas: 192 } as const;
/** Pengali keamanan atas ukuran terukur. */
const CADANGAN = 1.25;

export type PropBaca = keyof typeof TAKSIRAN_BYTE_SEL;

/** Satu rentang yang dibaca: lembar dan alamat A1 tanpa nama lembar ("A1:P100001"). */
export interface PermintaanBaca {
  lembar: string;
  alamat: string;
  props: readonly PropBaca[];
}

export type HasilBaca = Partial<Record<PropBaca, unknown[][]>>;

interface Kotak {
  b0: number;
  b1: number;
  k0: number;
  k1: number;
}

function indeksKolom(h: string): number {
  let n = 0;
  for (const c of h.toUpperCase()) n = n * 26 + (c.charCodeAt(0) - 64);
  return n - 1;
}
function hurufKolom(i: number): string {
  let s = "";
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** "B2:D9" atau "'L'!$B$2:$D$9" → kotak 0-based. */
export function uraiKotak(alamat: string): Kotak {
  const a = alamat.slice(alamat.lastIndexOf("!") + 1).replace(/\$/g, "");
  const [p, q = p] = a.split(":");
  const ujung = (u: string): { b: number; k: number } => {
    const m = u.match(/^([A-Za-z]+)(\d+)$/);
    if (!m) throw galatInternal(`alamat tidak dikenal: ${alamat}`);
    return { b: Number(m[2]) - 1, k: indeksKolom(m[1]) };
  };
  const x = ujung(p);
  const y = ujung(q);
  return { b0: x.b, b1: y.b, k0: x.k, k1: y.k };
}

/** Baris per halaman untuk `kolom` kolom dengan `bytePerSel` byte per sel: ≥ 1, ukuran halaman ≤ batas. */
export function barisPerHalaman(kolom: number, bytePerSel: number, batas: number = BATAS_HALAMAN): number {
  return Math.max(1, Math.floor(batas / (Math.max(1, kolom) * Math.max(1, bytePerSel))));
}

const penyandi = new TextEncoder();
/** Byte UTF-8 JSON larik (ukuran tanggapan yang dimuat). */
export function ukuranJson(x: unknown): number {
  return penyandi.encode(JSON.stringify(x)).length;
}

const adalahBatasTanggapan = (e: unknown): boolean =>
  (e as { code?: string } | null)?.code === "ResponsePayloadSizeLimitExceeded";

interface Antrean {
  p: PermintaanBaca;
  kotak: Kotak;
  kolom: number;
  berikut: number;
  bytePerSel: number;
  hasil: HasilBaca;
}

export interface OpsiBaca {
  /** Target byte tanggapan satu sync (bawaan BATAS_HALAMAN). */
  batas?: number;
  /** Kemajuan: baris terbaca, seluruh baris. */
  kemajuan?(terbaca: number, total: number): void;
}

/**
 * Membaca setiap rentang (`props` = values dan/atau formulas) berhalaman. Hasil sejajar `permintaan`, larik utuh
 * seperti satu `load` rentang itu. `jumlahSync` = banyak sync yang berhasil.
 */
export async function bacaBerhalaman(
  context: Excel.RequestContext,
  permintaan: readonly PermintaanBaca[],
  opsi: OpsiBaca = {},
): Promise<{ hasil: HasilBaca[]; jumlahSync: number }> {
  const batas = opsi.batas ?? BATAS_HALAMAN;
  const antre: Antrean[] = permintaan.map((p) => {
    const kotak = uraiKotak(p.alamat);
    const hasil: HasilBaca = {};
    for (const x of p.props) hasil[x] = [];
    return {
      p,
      kotak,
      kolom: kotak.k1 - kotak.k0 + 1,
      berikut: kotak.b0,
      bytePerSel: p.props.reduce((s, x) => s + TAKSIRAN_BYTE_SEL[x], 0),
      hasil,
    };
  });
  const total = antre.reduce((s, a) => s + a.kotak.b1 - a.kotak.b0 + 1, 0);
  let terbaca = 0;
  let jumlahSync = 0;
  for (;;) {
    // satu sync: halaman berikutnya setiap rentang selama taksirannya muat dalam `batas`
    let sisa = batas;
    const halaman: { a: Antrean; b0: number; b1: number; r: Excel.Range }[] = [];
    for (const a of antre) {
      if (a.berikut > a.kotak.b1) continue;
      const muat = Math.floor(sisa / (a.kolom * a.bytePerSel));
      if (muat < 1 && halaman.length) break;
      const baris = Math.min(Math.max(1, muat), a.kotak.b1 - a.berikut + 1);
      const b1 = a.berikut + baris - 1;
      const r = context.workbook.worksheets
        .getItem(a.p.lembar)
        .getRange(`${hurufKolom(a.kotak.k0)}${a.berikut + 1}:${hurufKolom(a.kotak.k1)}${b1 + 1}`);
      r.load(a.p.props.join(","));
      halaman.push({ a, b0: a.berikut, b1, r });
      sisa -= baris * a.kolom * a.bytePerSel;
    }
    if (!halaman.length) break;
    try {
      await context.sync();
    } catch (e) {
      // halaman terlalu besar: diulang dengan paling banyak separuh barisnya (taksiran sedikitnya dua kali)
      if (!adalahBatasTanggapan(e) || halaman.every((h) => h.b1 === h.b0)) throw e;
      for (const h of halaman) {
        const separuh = Math.max(1, Math.floor((h.b1 - h.b0 + 1) / 2));
        h.a.bytePerSel = Math.max(h.a.bytePerSel * 2, Math.ceil(batas / (separuh * h.a.kolom)));
      }
      continue;
    }
    jumlahSync++;
    for (const { a, b0, b1, r } of halaman) {
      a.berikut = b1 + 1;
      let byte = 0;
      for (const x of a.p.props) {
        const larik = (r as unknown as Record<PropBaca, unknown[][]>)[x];
        byte += ukuranJson(larik);
        const tujuan = a.hasil[x] as unknown[][];
        for (const baris of larik) tujuan.push(baris);
      }
      const sel = (b1 - b0 + 1) * a.kolom;
      a.bytePerSel = Math.max(4, Math.ceil((byte / sel) * CADANGAN));
      terbaca += b1 - b0 + 1;
    }
    opsi.kemajuan?.(terbaca, total);
  }
  return { hasil: antre.map((a) => a.hasil), jumlahSync };
}
