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
  const n = teks.length;
  const kodePemisah = pemisah.charCodeAt(0);
  let baris: string[] = [];
  let i = 0;
  let nomor = 1;
  while (i <= n) {
    let sel: string;
    if (teks.charCodeAt(i) === 34) {
      // sel berkutip
      let j = i + 1;
      let isi = "";
      for (;;) {
        const k = teks.indexOf('"', j);
        if (k < 0) throw galatNilai(`${berkas} baris ${nomor}: CSV tidak dapat diurai (tanda kutip tidak tertutup)`);
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
      i += c === 13 && teks.charCodeAt(i + 1) === 10 ? 2 : 1;
      if (!(baris.length === 1 && baris[0] === "")) hasil.push(baris);
      baris = [];
      nomor++;
      if (i >= n) break;
      continue;
    }
    throw galatNilai(`${berkas} baris ${nomor}: CSV tidak dapat diurai (teks setelah tanda kutip penutup)`);
  }
  return hasil;
}

/** Judul kolom: spasi (termasuk baris baru di judul berkutip) dirapatkan. */
const rapikanJudul = (x: unknown): string => String(x ?? "").replace(/\s+/g, " ").trim();

/** CSV apa adanya (teks sudah didekode): pemisah koma atau titik koma, judul tidak diubah selain spasinya, sel teks. */
export function tabelDariCsv(teksMentah: string, sumber: string): TabelJawaban {
  const teks = teksMentah.replace(/^\uFEFF/, "");
  if (teks.trim() === "") throw galatNA(`${sumber}: berkas kosong`);
  const pertama = teks.split(/\r?\n/, 1)[0];
  const pemisah = (pertama.match(/;/g) ?? []).length > (pertama.match(/,/g) ?? []).length ? ";" : ",";
  const rekaman = uraiCsv(teks, pemisah, sumber);
  const judul = rekaman[0].map(rapikanJudul);
  const baris = [];
  for (let i = 1; i < rekaman.length; i++) {
    const sel = rekaman[i];
    if (sel.length !== judul.length) throw galatNilai(`${sumber} baris ${i + 1}: ada ${sel.length} kolom, judul punya ${judul.length}`);
    baris.push({ no: i + 1, sel });
  }
  return { sumber, judul, baris };
}


/**
 * Kisi nilai berjangkar A1 (baris 0 = baris 1 lembar = judul) → tabel. Judul kosong di ujung kanan dibuang;
 * baris yang seluruhnya kosong dilewati; nomor baris = nomor baris lembar.
 */
export function tabelDariKisi(kisi: readonly (readonly unknown[])[], sumber: string): TabelJawaban {
  const judul = (kisi[0] ?? []).map(rapikanJudul);
  while (judul.length > 0 && judul[judul.length - 1] === "") judul.pop();
  if (judul.length === 0) throw galatNA(`${sumber}: baris 1 (judul) kosong`);
  const baris: TabelJawaban["baris"] = [];
  for (let r = 1; r < kisi.length; r++) {
    const asal = kisi[r] ?? [];
    const sel = judul.map((_, c) => (kosong(asal[c]) ? "" : asal[c]));
    if (sel.every((x) => x === "")) continue;
    baris.push({ no: r + 1, sel });
  }
  return { sumber, judul, baris };
}

/**
 * Nilai rentang terpakai Excel (`Range.values`, alamat mis. "'Form Responses 1'!B3:F20") → kisi berjangkar A1:
 * baris/kolom di atas/kiri rentang diisi kosong, agar indeks kolom = kolom lembar (A = 0).
 */
export function kisiBerjangkarA1(alamat: string, nilai: readonly (readonly unknown[])[]): unknown[][] {
  const awal = alamat.slice(alamat.lastIndexOf("!") + 1).split(":")[0].replace(/\$/g, "");
  const m = /^([A-Za-z]+)(\d+)$/.exec(awal);
  if (!m) return nilai.map((b) => [...b]);
  let kolom = 0;
  for (const c of m[1].toUpperCase()) kolom = kolom * 26 + (c.charCodeAt(0) - 64);
  const kiri = new Array<string>(kolom - 1).fill("");
  const atas = Array.from({ length: Number(m[2]) - 1 }, (): unknown[] => []);
  return [...atas, ...nilai.map((b) => [...kiri, ...b])];
}
