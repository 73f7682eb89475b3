/**
 * Membaca berkas CSV untuk baris perintah: pengodean (UTF-8, UTF-8 BOM, UTF-16 BOM, Windows-1252),
 * pemisah koma, titik koma (ekspor Excel berlokal Indonesia) atau tab (teks bertab dari Excel), dan angka
 * dengan koma desimal. Judul kolom dicocokkan tanpa membedakan huruf besar/kecil (`kolom`), tetapi ejaan
 * pengguna (`judul`) yang ditampilkan di hasil dan pesan.
 * Setiap masalah menjadi GalatCli dengan pesan satu baris yang menyebut baris dan kolom.
 */
import { readFileSync, statSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { dekodeByte, pesanJudulKembar } from "../core/skm-siklus-tabel";
import { GalatCli } from "./galat";

/** Batas ukuran berkas masukan (64 MiB): berkas yang lebih besar hampir pasti bukan tabel penilaian. */
export const UKURAN_MAKS = 64 * 1024 * 1024;

export interface TabelCsv {
  berkas: string;
  /** Judul kolom dalam huruf kecil, untuk dicocokkan. */
  kolom: string[];
  /** Judul kolom seperti ditulis pengguna (spasi dirapatkan), untuk ditampilkan. */
  judul: string[];
  /** Pemisah kolom yang dikenali. */
  pemisah: "," | ";" | "\t";
  /** Benar bila angka memakai koma desimal (berkas bertitik koma, atau bertab dengan angka berkoma). */
  desimalKoma: boolean;
  /** Baris data; `baris` adalah nomor baris di berkas (baris judul = 1). */
  baris: { baris: number; sel: string[] }[];
}

/** Mengurai isi berkas menjadi teks menurut BOM-nya; tanpa BOM dicoba UTF-8 ketat, lalu Windows-1252. */
export function dekodeTeks(buf: Buffer, berkas: string): string {
  try {
    return dekodeByte(buf, berkas);
  } catch (e) {
    throw new GalatCli((e as Error).message);
  }
}

/** Membaca CSV dengan baris judul. */
export function bacaCsv(berkas: string): TabelCsv {
  let buf: Buffer;
  try {
    const st = statSync(berkas);
    if (st.isDirectory()) throw new GalatCli(`${berkas}: adalah folder, bukan berkas CSV`);
    if (st.size > UKURAN_MAKS)
      throw new GalatCli(`${berkas}: terlalu besar (${st.size} byte; batas ${UKURAN_MAKS})`, "batas");
    buf = readFileSync(berkas);
  } catch (e) {
    if (e instanceof GalatCli) throw e;
    throw new GalatCli(`${berkas}: berkas tidak ditemukan atau tidak dapat dibaca`);
  }
  const teks = dekodeTeks(buf, berkas).replace(/^\uFEFF/, "");
  if (teks.trim() === "") throw new GalatCli(`${berkas}: berkas kosong`);
  const barisPertama = teks.split(/\r?\n/, 1)[0];
  const banyak = (c: string) => barisPertama.split(c).length - 1;
  const pemisah: TabelCsv["pemisah"] =
    banyak("\t") > 0 && banyak("\t") >= banyak(";") && banyak("\t") >= banyak(",")
      ? "\t"
      : banyak(";") > banyak(",")
        ? ";"
        : ",";
  let rekaman: string[][];
  try {
    rekaman = parse(teks, {
      delimiter: pemisah,
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
    }) as string[][];
  } catch (e) {
    const baris = (e as { lines?: number }).lines;
    throw new GalatCli(
      `${berkas}${baris ? ` baris ${baris}` : ""}: CSV tidak dapat diurai (tanda kutip tidak tertutup atau format rusak)`,
    );
  }
  if (rekaman.length === 0) throw new GalatCli(`${berkas}: berkas kosong`);
  // judul kolom: spasi (termasuk baris baru dalam judul berkutip) dirapatkan agar pesan tetap satu baris
  const judul = rekaman[0].map((k) => k.replace(/\s+/g, " ").trim());
  const kolom = judul.map((k) => k.toLowerCase());
  const baris = rekaman.slice(1).map((sel, i) => ({ baris: i + 2, sel }));
  baris.forEach((b) => {
    if (b.sel.length !== kolom.length)
      throw new GalatCli(`${berkas} baris ${b.baris}: ada ${b.sel.length} kolom, judul punya ${kolom.length}`);
  });
  periksaPanjangSel(berkas, rekaman[0], 1, judul);
  for (const b of baris) periksaPanjangSel(berkas, b.sel, b.baris, judul);
  const t: TabelCsv = {
    berkas,
    kolom,
    judul,
    pemisah,
    desimalKoma: pemisah === ";" || (pemisah === "\t" && tabBerkomaDesimal(baris)),
    baris,
  };
  // setiap subperintah: judul kembar membuat kolom mana yang dipakai menjadi tebakan
  pastikanJudulUnik(t);
  return t;
}

/** Satu sel Excel memuat paling banyak 32.767 karakter: teks yang lebih panjang ditolak di sini (baris dan kolom). */
export const MAKS_TEKS_SEL = 32767;

function periksaPanjangSel(berkas: string, sel: readonly string[], baris: number, judul: readonly string[]): void {
  sel.forEach((s, j) => {
    if (s.length > MAKS_TEKS_SEL) {
      const nama =
        baris === 1 ? `judul kolom ${j + 1}` : `kolom ${j + 1}${judul[j] ? ` ("${judul[j].slice(0, 40)}")` : ""}`;
      throw new GalatCli(
        `${berkas} baris ${baris}, ${nama}: teks ${s.length.toLocaleString("id-ID")} karakter; satu sel Excel memuat paling ` +
          `banyak ${MAKS_TEKS_SEL.toLocaleString("id-ID")}`,
      );
    }
  });
}

/**
 * Berkas bertab tidak memberi tahu tanda desimalnya lewat pemisah: dilihat dari selnya. Koma desimal bila
 * ada sel seperti "3,5" atau "1.234,5" dan tidak ada sel seperti "3.5"; sel "1.234"/"1,234" tidak dihitung
 * (bisa ribuan, bisa desimal).
 */
function tabBerkomaDesimal(baris: { sel: string[] }[]): boolean {
  let koma = 0;
  let titik = 0;
  for (const b of baris) {
    for (const sel of b.sel) {
      const s = sel.trim().replace(/%$/, "");
      if (/^-?\d+,(\d{1,2}|\d{4,})$/.test(s) || /^-?\d{1,3}(\.\d{3})+,\d+$/.test(s)) koma++;
      else if (/^-?\d+\.(\d{1,2}|\d{4,})$/.test(s) || /^-?\d{1,3}(,\d{3})+\.\d+$/.test(s)) titik++;
    }
  }
  return koma > 0 && titik === 0;
}

/** Menolak judul kolom yang muncul dua kali (tanpa membedakan huruf besar/kecil); kolom kosong diabaikan. */
export function pastikanJudulUnik(t: TabelCsv): void {
  const dilihat = new Map<string, number>();
  t.kolom.forEach((k, i) => {
    if (k === "") return;
    const j = dilihat.get(k);
    if (j !== undefined) throw new GalatCli(pesanJudulKembar(t.berkas, t.judul, j, i));
    dilihat.set(k, i);
  });
}

/** Indeks kolom pertama yang cocok dengan salah satu nama (nama lain yang diterima); -1 bila tidak ada. */
export function cariKolom(t: TabelCsv, ...nama: string[]): number {
  for (const n of nama) {
    const i = t.kolom.indexOf(n);
    if (i >= 0) return i;
  }
  return -1;
}

/** Indeks kolom wajib; galat bila tidak ada. */
export function indeksKolom(t: TabelCsv, nama: string): number {
  const i = t.kolom.indexOf(nama.toLowerCase());
  if (i < 0)
    throw new GalatCli(`${t.berkas}: kolom "${nama}" tidak ada (kolom yang ada: ${t.judul.join(", ") || "-"})`);
  return i;
}

/**
 * Mengurai sel angka. Berkas berpemisah titik koma memakai lokal Indonesia ("631,99", "1.234,5");
 * berkas berpemisah koma memakai titik desimal ("631.99", "1,234.5" dalam tanda kutip).
 * Galat menyebut berkas, baris dan kolom.
 */
export function angkaSel(
  t: TabelCsv,
  baris: number,
  kolom: string,
  teks: string,
  opsi: { persen?: boolean } = {},
): number {
  const s = teks.trim().replace(/\s/g, "");
  if (s === "") throw new GalatCli(`${t.berkas} baris ${baris}, kolom ${kolom}: kosong`);
  // "100%" seperti sel persen yang diekspor Excel: dibaca 1 (hanya di kolom yang mengizinkannya)
  if (opsi.persen && s.endsWith("%") && s.length > 1) return angkaSel(t, baris, kolom, s.slice(0, -1)) / 100;
  const [ribuan, desimal] = t.desimalKoma ? [".", ","] : [",", "."];
  const polaRibuan = new RegExp(`^-?\\d{1,3}(\\${ribuan}\\d{3})+(\\${desimal}\\d+)?$`);
  let normal = polaRibuan.test(s) ? s.split(ribuan).join("") : s;
  if (t.desimalKoma) normal = normal.replace(",", ".");
  const x = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(normal) ? Number(normal) : NaN;
  if (!Number.isFinite(x)) throw new GalatCli(`${t.berkas} baris ${baris}, kolom ${kolom}: "${teks}" bukan angka`);
  return x;
}
