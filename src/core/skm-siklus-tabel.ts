/**
 * Tabel jawaban siklus SKM dari bahan mentah, tanpa berkas dan tanpa Office (dipakai CLI dan task pane):
 * byte berkas → teks (pengodean), teks CSV → tabel, dan kisi nilai 2-D (rentang terpakai Excel, lembar
 * ExcelJS) → tabel. Baris 1 selalu judul; nomor baris di tabel = nomor baris di berkas/lembar, agar pesan
 * galat menyebut baris yang dapat dicari pengguna. Galat: GalatKinerja (#VALUE!/#N/A) dengan pesan satu baris.
 */
import type { Options as OpsiCsvParse } from "csv-parse";
import { galatNA, galatNilai, kosong } from "./errors";
import type { TabelJawaban } from "./skm-siklus";

/** Isi berkas → teks menurut BOM-nya; tanpa BOM dicoba UTF-8 ketat, lalu Windows-1252. */
export function dekodeByte(buf: Uint8Array, sumber: string): string {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder("utf-16le").decode(buf.subarray(2));
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return new TextDecoder("utf-16be").decode(buf.subarray(2));
  if (buf.includes(0)) throw galatNilai(`${sumber}: bukan berkas teks CSV (berisi byte nol)`);
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(buf);
  } catch {
    return new TextDecoder("windows-1252").decode(buf);
  }
}

// ---------- aturan CSV (satu definisi, dua pelaksana) ----------
//
// RFC 4180: pemisah satu karakter (koma atau titik koma, `pemisahCsv`); sel boleh diapit kutip ganda, di dalamnya
// "" = satu kutip dan pemisah atau baris baru adalah isi; kutip hanya di awal sel, dan sesudah kutip penutup hanya
// pemisah, akhir baris atau akhir berkas; akhir baris CRLF, LF atau CR (boleh campur); BOM dibuang; rekaman kosong
// (baris kosong, atau hanya "") dilewati; banyak kolom diperiksa pemanggil. Galat menyebut baris berkas tempat
// rekaman yang rusak mulai (baris baru di dalam sel berkutip ikut dihitung).
// Pelaksana: csv-parse (`uraiCsv`; task pane memuat build peramban saat berkas dibaca, CLI build Node) dan
// `PenguraiCsv` (aliran CLI `kinerja skm --input`); test/metode/skm-siklus-skala.test.ts membuktikan keduanya sama.

/** Opsi csv-parse untuk aturan CSV di atas (`on_record` ditambahkan `uraiCsv`). */
export function opsiCsv(pemisah: string): OpsiCsvParse {
  return {
    delimiter: pemisah,
    quote: '"',
    escape: '"',
    record_delimiter: ["\r\n", "\n", "\r"],
    bom: true,
    relax_column_count: true,
    skip_empty_lines: false,
  };
}

/** `parse` sinkron csv-parse: build Node (`csv-parse/sync`) atau build peramban (`csv-parse/browser/esm/sync`). */
export type ParseCsv = (teks: string, opsi: OpsiCsvParse) => unknown;

/** Kata-kata CSV rusak menurut kode galat csv-parse (dipakai juga PenguraiCsv). */
const CSV_RUSAK = {
  CSV_QUOTE_NOT_CLOSED: "tanda kutip tidak tertutup",
  CSV_INVALID_CLOSING_QUOTE: "teks setelah tanda kutip penutup",
  INVALID_OPENING_QUOTE: "tanda kutip di tengah sel yang tidak berkutip",
} as const;
type JenisCsvRusak = keyof typeof CSV_RUSAK;

/** Galat #VALUE! CSV rusak: berkas, baris awal rekamannya, dan jenisnya (tanpa jenis: "format rusak"). */
function galatCsv(berkas: string, baris: number, jenis: string | undefined): Error {
  const apa = jenis !== undefined && jenis in CSV_RUSAK ? CSV_RUSAK[jenis as JenisCsvRusak] : "format rusak";
  return galatNilai(`${berkas} baris ${baris}: CSV tidak dapat diurai (${apa})`);
}

/** Rekaman kosong (baris kosong atau hanya ""): dilewati. */
const rekamanKosong = (r: readonly string[]): boolean => r.length === 1 && r[0] === "";

/** Banyak baris baru di dalam sel rekaman (hanya sel berkutip dapat memuatnya). */
function barisBaruDalam(r: readonly string[]): number {
  let n = 0;
  for (const s of r) for (let k = s.indexOf("\n"); k >= 0; k = s.indexOf("\n", k + 1)) n++;
  return n;
}

/**
 * Teks CSV (sudah didekode) → rekaman menurut aturan CSV, dengan `parse` csv-parse yang diberikan pemanggil (inti
 * tidak memuat pustaka itu sendiri). @throws #VALUE! yang menyebut berkas dan baris awal rekaman yang rusak
 */
export function uraiCsv(parse: ParseCsv, teks: string, pemisah: string, berkas: string): string[][] {
  let baris = 1;
  const opsi: OpsiCsvParse = {
    ...opsiCsv(pemisah),
    on_record: (r: string[]) => {
      baris += 1 + barisBaruDalam(r);
      return rekamanKosong(r) ? null : r;
    },
  };
  try {
    return parse(teks, opsi) as string[][];
  } catch (e) {
    throw galatCsv(berkas, baris, (e as { code?: string }).code);
  }
}

/**
 * Pengurai CSV beraliran dengan aturan CSV di atas: teks didorong sepotong-sepotong (mis. 1 MiB dari berkas), setiap
 * rekaman lengkap langsung diberikan ke `keluar`; rekaman yang terpotong di ujung potongan disimpan sampai potongan
 * berikutnya. Memori = satu potongan, bukan seluruh berkas.
 * Mengapa tidak csv-parse (issue 24; `kinerja skm --json` 1.000.000 jawaban, 159 MB, bench/skm-siklus.js): dengan
 * aliran csv-parse proses itu memakai 6,9 s CPU (186 MB) alih-alih 2,6 s (165 MB) — pengurainya saja 4,8 s lawan
 * 1,2 s CPU. Target issue 26 (< 15 s) masih terpenuhi di mesin tenang, tetapi di mesin bersama berbeban (beban 14)
 * waktu dindingnya 24 s (pengurai ini 8–10 s). Aturannya tetap satu: uji fast-check membandingkan keduanya.
 */
export class PenguraiCsv {
  private sisa = "";
  /** Nomor baris berkas awal `sisa`. */
  private nomor = 1;
  private readonly kode: number;

  constructor(
    pemisah: string,
    private readonly berkas: string,
  ) {
    this.kode = pemisah.charCodeAt(0);
  }

  /** Potongan teks berikutnya. @throws #VALUE! bila CSV rusak */
  dorong(teks: string, keluar: (rekaman: string[]) => void): void {
    this.urai(this.sisa + teks, false, keluar);
  }

  /** Akhir berkas: sisa terakhir (tanpa baris baru penutup pun) menjadi rekaman. */
  akhiri(keluar: (rekaman: string[]) => void): void {
    this.urai(this.sisa, true, keluar);
    this.sisa = "";
  }

  private urai(teks: string, akhir: boolean, keluar: (rekaman: string[]) => void): void {
    const n = teks.length;
    const kodePemisah = this.kode;
    let baris: string[] = [];
    let i = 0;
    let nomor = this.nomor;
    let awal = 0;
    let nomorAwal = nomor;
    // rekaman belum lengkap di ujung potongan: simpan dari awal rekaman, urai lagi dengan potongan berikutnya
    const tunda = (): void => {
      this.sisa = teks.slice(awal);
      this.nomor = nomorAwal;
    };
    while (i <= n) {
      if (!akhir && i >= n) return tunda();
      let sel: string;
      if (teks.charCodeAt(i) === 34) {
        // sel berkutip
        let j = i + 1;
        let isi = "";
        for (;;) {
          const k = teks.indexOf('"', j);
          if (k < 0) {
            if (!akhir) return tunda();
            throw galatCsv(this.berkas, nomorAwal, "CSV_QUOTE_NOT_CLOSED");
          }
          // kutip di ujung potongan: belum diketahui apakah "" (kutip di dalam sel) atau penutup
          if (!akhir && k + 1 >= n) return tunda();
          isi += teks.slice(j, k);
          if (teks.charCodeAt(k + 1) === 34) {
            isi += '"';
            j = k + 2;
          } else {
            i = k + 1;
            break;
          }
        }
        for (let c = 0; c < isi.length; c++) if (isi.charCodeAt(c) === 10) nomor++;
        sel = isi;
      } else {
        let j = i;
        while (j < n) {
          const c = teks.charCodeAt(j);
          if (c === kodePemisah || c === 10 || c === 13 || c === 34) break;
          j++;
        }
        if (teks.charCodeAt(j) === 34) throw galatCsv(this.berkas, nomorAwal, "INVALID_OPENING_QUOTE");
        if (!akhir && j >= n) return tunda();
        sel = teks.slice(i, j);
        i = j;
      }
      baris.push(sel);
      const c = i < n ? teks.charCodeAt(i) : 10;
      if (c === kodePemisah) {
        i++;
        continue;
      }
      if (c === 13 || c === 10) {
        // CR di ujung potongan: LF-nya mungkin di potongan berikutnya
        if (!akhir && c === 13 && i + 1 >= n) return tunda();
        i += c === 13 && teks.charCodeAt(i + 1) === 10 ? 2 : 1;
        if (!rekamanKosong(baris)) keluar(baris);
        baris = [];
        nomor++;
        awal = i;
        nomorAwal = nomor;
        if (i >= n) break;
        continue;
      }
      throw galatCsv(this.berkas, nomorAwal, "CSV_INVALID_CLOSING_QUOTE");
    }
    this.sisa = akhir ? "" : teks.slice(awal);
    this.nomor = nomorAwal;
  }
}

/**
 * Pesan judul kolom kembar (satu kata-kata untuk semua pembaca tabel: CSV subperintah, ekspor formulir, --peta,
 * --populasi, panel). `pertama`/`kedua` = indeks kolom 0-based; `sumber` (berkas atau lembar) boleh tidak ada.
 */
export function pesanJudulKembar(
  sumber: string | undefined,
  judul: readonly string[],
  pertama: number,
  kedua: number,
): string {
  return `${sumber ? `${sumber} ` : ""}baris 1: kolom "${judul[kedua]}" muncul dua kali (kolom ${pertama + 1} dan ${kedua + 1})`;
}

/**
 * Menolak judul kembar (huruf besar/kecil dan spasi tidak dibedakan) di antara kolom `dipakai` — kolom yang
 * dibaca perintah; judul lain yang kembar (mis. dua kolom bebas "Saran") dibiarkan. Judul kosong diabaikan.
 * @throws #VALUE! dengan pesanJudulKembar
 */
export function tolakJudulKembar(
  judul: readonly string[],
  sumber: string | undefined,
  dipakai: readonly string[],
): void {
  const kunci = (x: string): string => rapikanJudul(x).toLowerCase();
  const cari = new Set(dipakai.map(kunci));
  const dilihat = new Map<string, number>();
  judul.forEach((j, i) => {
    const k = kunci(j);
    if (k === "" || !cari.has(k)) return;
    const a = dilihat.get(k);
    if (a !== undefined) throw galatNilai(pesanJudulKembar(sumber, judul, a, i));
    dilihat.set(k, i);
  });
}

/** Judul kolom: spasi (termasuk baris baru di judul berkutip) dirapatkan. */
export const rapikanJudul = (x: unknown): string =>
  String(x ?? "")
    .replace(/\s+/g, " ")
    .trim();

/** Pemisah ekspor formulir dari baris pertama: titik koma bila lebih banyak daripada koma, selain itu koma. */
export function pemisahCsv(barisPertama: string): ";" | "," {
  return (barisPertama.match(/;/g) ?? []).length > (barisPertama.match(/,/g) ?? []).length ? ";" : ",";
}

/**
 * CSV apa adanya (teks sudah didekode): pemisah koma atau titik koma, judul tidak diubah selain spasinya, sel teks.
 * `parse` = csv-parse sinkron (lihat `uraiCsv`).
 */
export function tabelDariCsv(teksMentah: string, sumber: string, parse: ParseCsv): TabelJawaban {
  const teks = teksMentah.replace(/^\uFEFF/, "");
  if (teks.trim() === "") throw galatNA(`${sumber}: berkas kosong`);
  const pemisah = pemisahCsv(teks.split(/\r?\n/, 1)[0]);
  const rekaman = uraiCsv(parse, teks, pemisah, sumber);
  const judul = rekaman[0].map(rapikanJudul);
  const baris = [];
  for (let i = 1; i < rekaman.length; i++) {
    const sel = rekaman[i];
    if (sel.length !== judul.length)
      throw galatNilai(`${sumber} baris ${i + 1}: ada ${sel.length} kolom, judul punya ${judul.length}`);
    baris.push({ no: i + 1, sel });
  }
  return { sumber, judul, baris };
}

/** Judul dari baris 1 kisi: spasi dirapatkan, judul kosong di ujung kanan dibuang. @throws #N/A bila kosong */
export function judulKisi(baris1: readonly unknown[] | undefined, sumber: string): string[] {
  const judul = (baris1 ?? []).map(rapikanJudul);
  while (judul.length > 0 && judul[judul.length - 1] === "") judul.pop();
  if (judul.length === 0) throw galatNA(`${sumber}: baris 1 (judul) kosong`);
  return judul;
}

/** Satu baris kisi → baris tabel selebar judul (sel kosong = ""), atau null bila seluruhnya kosong. */
export function barisKisi(
  judul: readonly string[],
  asal: readonly unknown[],
  no: number,
): { no: number; sel: unknown[] } | null {
  const sel = judul.map((_, c) => (kosong(asal[c]) ? "" : asal[c]));
  return sel.every((x) => x === "") ? null : { no, sel };
}

/**
 * Kisi nilai berjangkar A1 (baris 0 = baris 1 lembar = judul) → tabel. Judul kosong di ujung kanan dibuang;
 * baris yang seluruhnya kosong dilewati; nomor baris = nomor baris lembar.
 */
export function tabelDariKisi(kisi: readonly (readonly unknown[])[], sumber: string): TabelJawaban {
  const judul = judulKisi(kisi[0], sumber);
  const baris: TabelJawaban["baris"] = [];
  for (let r = 1; r < kisi.length; r++) {
    const b = barisKisi(judul, kisi[r] ?? [], r + 1);
    if (b) baris.push(b);
  }
  return { sumber, judul, baris };
}

/**
 * Nilai rentang terpakai Excel (`Range.values`, alamat mis. "'Form Responses 1'!B3:F20") → kisi berjangkar A1:
 * baris/kolom di atas/kiri rentang diisi kosong, agar indeks kolom = kolom lembar (A = 0).
 */
export function kisiBerjangkarA1(alamat: string, nilai: readonly (readonly unknown[])[]): unknown[][] {
  const awal = alamat
    .slice(alamat.lastIndexOf("!") + 1)
    .split(":")[0]
    .replace(/\$/g, "");
  const m = /^([A-Za-z]+)(\d+)$/.exec(awal);
  if (!m) return nilai.map((b) => [...b]);
  let kolom = 0;
  for (const c of m[1].toUpperCase()) kolom = kolom * 26 + (c.charCodeAt(0) - 64);
  const kiri = new Array<string>(kolom - 1).fill("");
  const atas = Array.from({ length: Number(m[2]) - 1 }, (): unknown[] => []);
  return [...atas, ...nilai.map((b) => [...kiri, ...b])];
}
