/**
 * Langkah akhir bersama setiap subperintah: hasil diperiksa hingga, buku kerja --xlsx ditulis secara atomik
 * (dengan --timpa bila sudah ada), lalu hasil dicetak sekaligus sebagai JSON atau teks dengan tanda desimal
 * yang dipilih (--desimal) atau mengikuti berkas masukan. Tidak ada keluaran sebagian: bila --xlsx gagal, tidak
 * ada yang dicetak ke stdout.
 */
import { resolve } from "node:path";
import { tulisXlsx } from "../hosts/xlsx/berkas";
import type { RencanaBukuKerja } from "../plans/rencana";
import { pastikanHingga, tampilanDari, type Tampilan } from "./angka";
import { tulisAtomik } from "./berkas";
import { GalatCli } from "./galat";
import type { OpsiKeluaran } from "./perintah";

/**
 * Pembangun rencana `--xlsx` perintah hitung (keluaran-xlsx.ts): dimuat hanya saat buku kerja ditulis, jadi
 * `--json` dan keluaran teks tidak memuat pembangun (issue 26, mulai ramping; test/cli/mulai.test.ts).
 */
export function rencanaXlsx(): typeof import("./keluaran-xlsx") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- dimuat belakangan (Node), seperti muat() di kinerja.ts
  return require("./keluaran-xlsx") as typeof import("./keluaran-xlsx");
}

/** Penulis `--xlsx` siklus SKM (skm-siklus-xlsx.ts), dimuat hanya saat buku kerja ditulis (lihat `rencanaXlsx`). */
export function siklusXlsx(): typeof import("./skm-siklus-xlsx") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- dimuat belakangan (Node), seperti muat() di kinerja.ts
  return require("./skm-siklus-xlsx") as typeof import("./skm-siklus-xlsx");
}

export interface Keluaran {
  tulis(teks: string): void;
  galat(teks: string): void;
}

export interface HasilPerintah {
  /** Objek untuk --json (juga diperiksa: setiap angka harus hingga). */
  json: object;
  /** Teks untuk manusia, dengan angka menurut tampilan. */
  teks: (t: Tampilan) => string;
  /** Rencana buku kerja untuk --xlsx; tanpa ini --xlsx tidak didukung subperintah itu. */
  rencana?: () => RencanaBukuKerja;
  /** Penulis --xlsx khusus (mis. beraliran untuk buku kerja besar), menggantikan tulisXlsx(rencana()). */
  penulisXlsx?: () => PenulisXlsx;
  /** Berkas masukan berkoma desimal: tampilan bawaan koma. */
  desimalKoma?: boolean;
  /** Nama sumber untuk pesan galat (berkas masukan atau nama opsi). */
  sumber: string;
}

export interface InfoXlsx {
  berkas: string;
  /** Sisa sementara proses yang terhenti sebelumnya yang dihapus dari folder tujuan (bila ada). */
  dibersihkan?: string[];
  /** Banyak lembar yang terlihat (lembar tersembunyi `_pkp` tidak dihitung). */
  lembar: number;
  /** Benar bila berkas lama diganti (--timpa). */
  diganti: boolean;
}

/** Penulis buku kerja: banyak lembar terlihat dan fungsi yang menulis isinya ke sebuah jalur. */
export interface PenulisXlsx {
  lembar: number;
  tulis: (jalur: string) => Promise<void>;
}

/** Menulis rencana ke .xlsx secara atomik; mengembalikan jalur lengkap dan banyak lembar. */
export async function tulisBukuKerja(
  rencana: RencanaBukuKerja | PenulisXlsx,
  berkas: string,
  timpa: boolean,
): Promise<InfoXlsx> {
  const p: PenulisXlsx =
    "tulis" in rencana ? rencana : { lembar: rencana.lembar.length, tulis: (jalur) => tulisXlsx(rencana, jalur) };
  const d = await tulisAtomik(berkas, p.tulis, timpa);
  return {
    berkas: resolve(berkas),
    lembar: p.lembar,
    diganti: d.diganti,
    ...(d.dibersihkan.length ? { dibersihkan: d.dibersihkan } : {}),
  };
}

export function pesanXlsx(i: InfoXlsx): string {
  const sisa = i.dibersihkan?.length
    ? `Dibersihkan: ${i.dibersihkan.length} sisa sementara dari proses yang terhenti sebelumnya (${i.dibersihkan.join(", ")})\n`
    : "";
  return (
    `${sisa}Buku kerja ` +
    `${i.diganti ? "diganti (berkas lama ditimpa karena --timpa)" : "ditulis"}: ${i.berkas} (${i.lembar} lembar, ditambah lembar tersembunyi ` +
    `_pkp)\n`
  );
}

/** Mencetak hasil (dan menulis --xlsx) menurut opsi keluaran bersama. */
export async function selesaikan(h: HasilPerintah, o: OpsiKeluaran, keluar: Keluaran): Promise<void> {
  pastikanHingga(h.json, h.sumber);
  let info: InfoXlsx | undefined;
  if (o.xlsx !== undefined) {
    if (!h.rencana && !h.penulisXlsx) throw new GalatCli("--xlsx tidak tersedia untuk perintah ini");
    info = await tulisBukuKerja(h.penulisXlsx ? h.penulisXlsx() : h.rencana!(), o.xlsx, Boolean(o.timpa));
  }
  if (o.json) {
    keluar.tulis(JSON.stringify(info ? { ...h.json, xlsx: info } : h.json) + "\n");
    return;
  }
  const teks = h.teks(tampilanDari(o.desimal, h.desimalKoma));
  keluar.tulis(teks + (info ? `\n${pesanXlsx(info)}` : ""));
}
