/**
 * Tabel jawaban siklus SKM dari bahan mentah, tanpa berkas dan tanpa Office (dipakai CLI dan task pane):
 * byte berkas → teks (pengodean), teks CSV → tabel, dan kisi nilai 2-D (rentang terpakai Excel, lembar
 * ExcelJS) → tabel. Baris 1 selalu judul; nomor baris di tabel = nomor baris di berkas/lembar, agar pesan
 * galat menyebut baris yang dapat dicari pengguna. Galat: GalatKinerja (#VALUE!/#N/A) dengan pesan satu baris.
 */
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

/**
 * Pengurai CSV RFC 4180 satu lintasan (kutip ganda, "" di dalam kutip, baris baru di dalam sel, CRLF).
 * Dipakai untuk ekspor formulir yang bisa 100.000 baris: ±10× lebih cepat daripada csv-parse untuk
 * berkas sebesar itu (lihat npm run bench). Baris kosong dilewati.
 */
export function uraiCsv(teks: string, pemisah: string, berkas: string): string[][] {
  const hasil: string[][] = [];
  const p = new PenguraiCsv(pemisah, berkas);
  p.dorong(teks, (r) => hasil.push(r));
  p.akhiri((r) => hasil.push(r));
  return hasil;
}

/**
 * Pengurai CSV beraliran (aturan sama dengan `uraiCsv`, yang memakainya): teks didorong sepotong-sepotong
 * (mis. 1 MiB dari berkas), setiap rekaman lengkap langsung diberikan ke `keluar`; rekaman yang terpotong di
 * ujung potongan disimpan sampai potongan berikutnya. Memori = satu potongan, bukan seluruh berkas.
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
            throw galatNilai(`${this.berkas} baris ${nomor}: CSV tidak dapat diurai (tanda kutip tidak tertutup)`);
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
          if (c === kodePemisah || c === 10 || c === 13) break;
          j++;
        }
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
        if (!(baris.length === 1 && baris[0] === "")) keluar(baris);
        baris = [];
        nomor++;
        awal = i;
        nomorAwal = nomor;
        if (i >= n) break;
        continue;
      }
      throw galatNilai(`${this.berkas} baris ${nomor}: CSV tidak dapat diurai (teks setelah tanda kutip penutup)`);
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

/** CSV apa adanya (teks sudah didekode): pemisah koma atau titik koma, judul tidak diubah selain spasinya, sel teks. */
export function tabelDariCsv(teksMentah: string, sumber: string): TabelJawaban {
  const teks = teksMentah.replace(/^\uFEFF/, "");
  if (teks.trim() === "") throw galatNA(`${sumber}: berkas kosong`);
  const pemisah = pemisahCsv(teks.split(/\r?\n/, 1)[0]);
  const rekaman = uraiCsv(teks, pemisah, sumber);
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
