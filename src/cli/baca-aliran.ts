/**
 * Membaca ekspor formulir sebagai aliran (Node): CSV sepotong-sepotong (pengodean menurut BOM, UTF-8 ketat
 * lalu Windows-1252 seperti `dekodeByte`; pengurai `PenguraiCsv`) dan .xlsx dengan pembaca beraliran ExcelJS
 * (`stream.xlsx.WorkbookReader`). Setiap baris diberikan ke `baris` begitu terbaca, jadi pemanggil dapat
 * menjumlahkannya tanpa menyimpan seluruh berkas (1.000.000 jawaban tanpa batas ukuran berkas). Aturan judul,
 * nomor baris dan pesan galat sama dengan `tabelDariCsv`/`tabelDariKisi` (core/skm-siklus-tabel.ts).
 */
import { createReadStream } from "node:fs";
import type ExcelJS from "exceljs";
import { TextDecoder } from "node:util";
import { GalatKinerja, galatNA, galatNilai } from "../core/errors";
import { PenguraiCsv, barisKisi, judulKisi, pemisahCsv, rapikanJudul } from "../core/skm-siklus-tabel";
import { nilaiSelXlsx } from "../hosts/xlsx/baca-jawaban";

export type BarisTabel = { no: number; sel: unknown[] };
export interface PenerimaTabel {
  /**
   * Judul kolom (baris 1) dan nama sumber untuk pesan galat (berkas, atau berkas dan lembar), sebelum baris data.
   * Dipanggil lagi bila berkas dibaca ulang dari awal (UTF-8 ternyata tidak sah di tengah berkas → Windows-1252):
   * penerima lalu mulai dari kosong.
   */
  judul(judul: string[], sumber: string): void;
  baris(b: BarisTabel): void;
}

const POTONGAN = 1 << 20;

/** UTF-8 ternyata tidak sah: baca ulang sebagai Windows-1252 (isyarat di dalam modul ini, tidak sampai ke pengguna). */
class BukanUtf8 extends GalatKinerja {
  constructor() {
    super("NILAI", "bukan UTF-8");
  }
}

/** Galat TextDecoder fatal (kode Node; bukan instanceof, yang berbeda antar-realm). */
const utf8Rusak = (e: unknown): boolean => (e as { code?: unknown })?.code === "ERR_ENCODING_INVALID_ENCODED_DATA";

/** Pengodean dari BOM (UTF-16) atau UTF-8 ketat; `cadangan` = Windows-1252. */
function pendekode(awal: Buffer, cadangan: boolean): { dekoder: TextDecoder; lewati: number; utf16: boolean } {
  if (awal.length >= 2 && awal[0] === 0xff && awal[1] === 0xfe)
    return { dekoder: new TextDecoder("utf-16le"), lewati: 2, utf16: true };
  if (awal.length >= 2 && awal[0] === 0xfe && awal[1] === 0xff)
    return { dekoder: new TextDecoder("utf-16be"), lewati: 2, utf16: true };
  return {
    dekoder: new TextDecoder(cadangan ? "windows-1252" : "utf-8", { fatal: !cadangan, ignoreBOM: false }),
    lewati: 0,
    utf16: false,
  };
}

async function alirCsv(berkas: string, sumber: string, terima: PenerimaTabel, cadangan: boolean): Promise<void> {
  let kode: ReturnType<typeof pendekode> | null = null;
  let pengurai: PenguraiCsv | null = null;
  let awalTeks = "";
  let adaIsi = false;
  let nomor = 0;
  let judul: string[] | null = null;
  const rekaman = (sel: string[]): void => {
    nomor++;
    if (judul === null) {
      judul = sel.map(rapikanJudul);
      terima.judul(judul, sumber);
      return;
    }
    if (sel.length !== judul.length)
      throw galatNilai(`${sumber} baris ${nomor}: ada ${sel.length} kolom, judul punya ${judul.length}`);
    terima.baris({ no: nomor, sel });
  };
  const teks = (t: string): void => {
    if (!adaIsi && t.trim() !== "") adaIsi = true;
    if (pengurai) return pengurai.dorong(t, rekaman);
    // pemisah dari baris pertama: kumpulkan sampai baris baru pertama
    awalTeks = (awalTeks + t).replace(/^\uFEFF/, "");
    const nl = awalTeks.search(/\r?\n/);
    if (nl < 0) return;
    pengurai = new PenguraiCsv(pemisahCsv(awalTeks.slice(0, nl)), sumber);
    pengurai.dorong(awalTeks, rekaman);
    awalTeks = "";
  };
  const aliran = createReadStream(berkas, { highWaterMark: POTONGAN });
  for await (const potong of aliran as AsyncIterable<Buffer>) {
    let buf = potong;
    if (!kode) {
      kode = pendekode(buf, cadangan);
      buf = buf.subarray(kode.lewati);
    }
    if (!kode.utf16 && buf.includes(0)) throw galatNilai(`${sumber}: bukan berkas teks CSV (berisi byte nol)`);
    try {
      teks(kode.dekoder.decode(buf, { stream: true }));
    } catch (e) {
      if (utf8Rusak(e) && !cadangan) throw new BukanUtf8();
      throw e;
    }
  }
  try {
    teks(kode ? kode.dekoder.decode() : "");
  } catch (e) {
    if (utf8Rusak(e) && !cadangan) throw new BukanUtf8();
    throw e;
  }
  if (!adaIsi) throw galatNA(`${sumber}: berkas kosong`);
  if (!pengurai) {
    pengurai = new PenguraiCsv(pemisahCsv(awalTeks), sumber);
    pengurai.dorong(awalTeks, rekaman);
  }
  pengurai.akhiri(rekaman);
}

/**
 * CSV beraliran: judul lalu setiap baris data (sel teks, nomor baris = nomor rekaman seperti tabelDariCsv).
 * @throws GalatKinerja (#VALUE!/#N/A) dengan pesan satu baris; galat sistem berkas apa adanya
 */
export async function alirTabelCsv(berkas: string, terima: PenerimaTabel, sumber = berkas): Promise<void> {
  try {
    await alirCsv(berkas, sumber, terima, false);
  } catch (e) {
    if (!(e instanceof BukanUtf8)) throw e;
    await alirCsv(berkas, sumber, terima, true);
  }
}

/** Galat lembar .xlsx yang dicari tidak ada (#N/A): nama lembar yang ada disebut; pemanggil menambahkan berkasnya. */
export class LembarTidakAda extends GalatKinerja {
  constructor(
    readonly lembar: string,
    readonly ada: string[],
  ) {
    super("NA", `lembar "${lembar}" tidak ada (lembar yang ada: ${ada.join(", ")})`);
    this.name = "LembarTidakAda";
  }
}

/**
 * Lembar .xlsx beraliran (pertama yang terlihat, atau `lembar`): baris 1 = judul; baris kosong dilewati;
 * nomor baris = nomor baris lembar. `sumberLembar(nama)` memberi nama sumber untuk pesan galat.
 * @throws LembarTidakAda; GalatKinerja bila judul kosong
 */
export async function alirTabelXlsx(
  berkas: string,
  lembar: string | undefined,
  sumberLembar: (nama: string) => string,
  terima: PenerimaTabel,
): Promise<void> {
  // ExcelJS dimuat hanya bila ekspornya .xlsx (issue 26: mulai ramping untuk CSV dan --json)
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- dimuat belakangan; import() asli tidak tersedia di Jest
  const { stream } = require("exceljs") as typeof ExcelJS;
  const pembaca = new stream.xlsx.WorkbookReader(berkas, {
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    worksheets: "emit",
    entries: "emit",
  });
  const nama: string[] = [];
  let dibaca = false;
  for await (const ws of pembaca as unknown as AsyncIterable<
    ExcelJS.stream.xlsx.WorksheetReader & { name: string; state?: string }
  >) {
    nama.push(ws.name);
    const pilih =
      !dibaca && (lembar === undefined ? ws.state !== "hidden" && ws.state !== "veryHidden" : ws.name === lembar);
    if (!pilih) {
      // lembar lain tetap dibaca habis (pembaca beraliran membaca isi paket berurutan)
      for await (const _ of ws as unknown as AsyncIterable<unknown>) void _;
      continue;
    }
    dibaca = true;
    const sumber = sumberLembar(ws.name);
    let judul: string[] | null = null;
    for await (const row of ws as unknown as AsyncIterable<ExcelJS.Row>) {
      const nilai = Array.from(row.values as ExcelJS.CellValue[])
        .slice(1)
        .map((v) => nilaiSelXlsx(v));
      if (judul === null) {
        judul = judulKisi(row.number === 1 ? nilai : [], sumber);
        terima.judul(judul, sumber);
        if (row.number === 1) continue;
      }
      const b = barisKisi(judul, nilai, row.number);
      if (b) terima.baris(b);
    }
    if (judul === null) terima.judul(judulKisi([], sumber), sumber);
  }
  if (!dibaca) throw new LembarTidakAda(lembar ?? "(lembar terlihat)", nama);
}
