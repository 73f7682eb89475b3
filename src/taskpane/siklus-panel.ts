/**
 * Siklus SKM di task pane, bagian murni (tanpa DOM; dimuat belakangan sebagai potongan "siklus" agar
 * taskpane.js tetap kecil): jawaban dibaca dari lembar Excel (nilai rentang terpakai) atau dari berkas CSV/.xlsx
 * (peramban tanpa Excel), kolom cap waktu dan layanan ditebak dari judul, kolom unsur dikenali seperti CLI
 * (kenaliKolom), dan isian panel → opsi pembangun lewat jalan yang sama dengan `kinerja skm --xlsx`
 * (plans/skm-siklus-data.ts). Teks jawaban yang salah → GalatIsian yang menyebut baris, kolom dan teksnya;
 * tidak ada yang ditulis.
 */
import { GalatKinerja, galatNA, galatNilai } from "../core/errors";
import {
  JawabanTakDikenal,
  kenaliKolom,
  kunciTeks,
  unsurDariJudul,
  type BarisPeta,
  type TabelJawaban,
} from "../core/skm-siklus";
import { dekodeByte, kisiBerjangkarA1, tabelDariCsv, tabelDariKisi, type ParseCsv } from "../core/skm-siklus-tabel";
import { kisiLembar } from "../hosts/xlsx/baca-jawaban";
import { UNSUR_BAWAAN, type AturanSkm } from "../frameworks/skm";
import {
  FORMAT_TANGGAL_BAWAAN,
  HASIL_UNIT_BAWAAN,
  JENIS_PERIODE,
  KONVENSI_PENIMBANG,
  PERIODE_BAWAAN,
  UNSUR_FORMULIR,
  type HasilUnit,
} from "../frameworks/skm-siklus";
import { hurufKolom } from "../plans/rencana";
import { namaLembarSiklus, type OpsiSkmSiklus } from "../plans/skm-siklus";
import { alasanSalin, hitungSiklusTabel, opsiRencanaSiklus } from "../plans/skm-siklus-data";
import type { Teks } from "./teks";
import { GalatIsian, type BacaIsian } from "./isian";

/** Id isian panel siklus (templat ui-templat.ts). */
export const ID_SIKLUS = {
  waktu: "siklus-waktu",
  layanan: "siklus-layanan",
  periode: "siklus-periode",
  aturan: "siklus-aturan",
  penimbang: "siklus-penimbang",
  pembulatan: "siklus-pembulatan",
  hasilUnit: "siklus-hasil-unit",
  unit: "siklus-unit",
  ambang: "siklus-ambang",
} as const;

/** Nilai pilihan "tidak ada kolom" (judul kolom tidak pernah berupa karakter ini saja). */
export const TANPA_KOLOM = "\u2205";

/** Jawaban yang sudah dibaca: `lembar` ada bila dari lembar buku kerja Excel (dapat dirujuk langsung). */
export interface SumberSiklus {
  tabel: TabelJawaban;
  lembar?: string;
  /** Teks jawaban yang ditambahkan pengguna di lembar Peta Jawaban buatan sebelumnya (seperti CLI --peta). */
  peta?: BarisPeta[];
}

/** Batas ukuran berkas jawaban (sama dengan CLI). */
export const UKURAN_MAKS_BERKAS = 64 * 1024 * 1024;

// ---------- membaca ----------

/** Nilai rentang terpakai lembar Excel (`alamat` null = lembar kosong) → tabel; baris 1 = judul. */
export function tabelDariLembar(
  lembar: string,
  alamat: string | null,
  nilai: readonly (readonly unknown[])[],
  ada = true,
): TabelJawaban {
  if (!ada) throw galatNA(`lembar "${lembar}" tidak ada (dihapus atau diganti namanya?)`);
  if (alamat === null || nilai.length === 0) throw galatNA(`lembar "${lembar}" kosong`);
  return tabelDariKisi(kisiBerjangkarA1(alamat, nilai), `lembar "${lembar}"`);
}

/** Nama lembar Peta Jawaban untuk aturan ini. */
export const lembarPeta = (aturan: AturanSkm): string => namaLembarSiklus(aturan, "Peta Jawaban");

/**
 * Baris tambahan lembar Peta Jawaban yang sudah ada (dibangun sebelumnya, lalu diisi pengguna): setiap baris
 * "U<n> …" dengan teks jawaban dan nilai bulat 1–4 yang bukan pilihan bawaan aturan. Dengan ini teks yang
 * dipetakan pengguna di lembar itu dikenali inti juga saat Bangun lagi, dan tetap ada di lembar barunya.
 */
export function petaDariLembar(
  aturan: AturanSkm,
  alamat: string | null,
  nilai: readonly (readonly unknown[])[],
): BarisPeta[] {
  if (alamat === null) return [];
  const bawaan = UNSUR_FORMULIR[aturan].map((u) => new Map(u.opsi.map((o, i) => [kunciTeks(o), i + 1])));
  const hasil: BarisPeta[] = [];
  for (const b of kisiBerjangkarA1(alamat, nilai)) {
    const u = /^U(\d+)\s/.exec(String(b[0] ?? ""));
    const jawaban = String(b[1] ?? "").trim();
    const v = b[2];
    if (!u || jawaban === "" || typeof v !== "number" || !Number.isInteger(v) || v < 1 || v > 4) continue;
    const unsur = Number(u[1]);
    if (unsur < 1 || unsur > bawaan.length || bawaan[unsur - 1].get(kunciTeks(jawaban)) === v) continue;
    hasil.push({ unsur, jawaban, nilai: v });
  }
  return hasil;
}

/** Berkas jawaban yang sudah dibuka: CSV (satu tabel) atau .xlsx (lembar terlihat). */
export interface BerkasJawaban {
  nama: string;
  /** Lembar .xlsx yang terlihat; kosong untuk CSV. */
  lembar: string[];
  tabel(lembar?: string): TabelJawaban;
}

type ModulExcelJS = { default: typeof import("exceljs") };

/** Pustaka yang dimuat saat berkas dibaca, bukan saat panel tampil (dapat diganti di uji Node, tanpa import()). */
export interface PemuatBerkas {
  /** ExcelJS, hanya untuk .xlsx. */
  exceljs: () => Promise<ModulExcelJS>;
  /** `parse` build peramban csv-parse, hanya untuk CSV. */
  csv: () => Promise<ParseCsv>;
}

const PEMUAT_BERKAS: PemuatBerkas = {
  exceljs: () => import("exceljs") as Promise<ModulExcelJS>,
  csv: async () => (await import(/* webpackChunkName: "csv" */ "csv-parse/browser/esm/sync")).parse as ParseCsv,
};

/**
 * Berkas CSV atau .xlsx pilihan pengguna; pustaka pembacanya dimuat belakangan (`pemuat`).
 * @throws GalatKinerja
 */
export async function bukaBerkas(
  nama: string,
  data: ArrayBuffer,
  pemuat: Partial<PemuatBerkas> = {},
): Promise<BerkasJawaban> {
  const muat = { ...PEMUAT_BERKAS, ...pemuat };
  if (data.byteLength > UKURAN_MAKS_BERKAS)
    throw galatNilai(`${nama}: terlalu besar (${data.byteLength} byte; batas ${UKURAN_MAKS_BERKAS})`);
  if (!/\.xlsx$/i.test(nama)) {
    const tabel = tabelDariCsv(dekodeByte(new Uint8Array(data), nama), nama, await muat.csv());
    return { nama, lembar: [], tabel: () => tabel };
  }
  const { default: ExcelJS } = await muat.exceljs();
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data);
  } catch {
    throw galatNilai(`${nama}: bukan berkas .xlsx yang dapat dibaca`);
  }
  const terlihat = wb.worksheets.filter((w) => w.state === "visible");
  if (terlihat.length === 0) throw galatNA(`${nama}: tidak ada lembar terlihat`);
  return {
    nama,
    lembar: terlihat.map((w) => w.name),
    tabel: (l) => {
      const ws = terlihat.find((w) => w.name === l) ?? terlihat[0];
      return tabelDariKisi(kisiLembar(ws), `${nama} (lembar ${ws.name})`);
    },
  };
}

/** Lembar yang dipilih lebih dulu: yang pertama selain lembar hasil add-in. */
export function lembarAwal(daftar: readonly string[]): string | undefined {
  const hasilAddin =
    /^(SKM|IKM) (Publikasi|Hasil|Tren|Tindak Lanjut|Profil|Peta Jawaban|Nilai|Hitungan|Kuadran)$|^(Data Tersimpan|Temuan Periksa)$/i;
  return daftar.find((l) => !hasilAddin.test(l)) ?? daftar[0];
}

// ---------- kolom ----------

/** Judul cap waktu formulir umum (Google Forms, Microsoft Forms, e-SKM), urut prioritas. */
const JUDUL_WAKTU = [
  /^(cap|stempel) waktu$/i,
  /^timestamp$/i,
  /^completion time$/i,
  /^waktu (pengisian|selesai)$/i,
  /^tanggal( pengisian| survei)?$/i,
  /^start time$/i,
  /cap waktu|timestamp/i,
];

/** Tebakan kolom cap waktu dan jenis layanan dari judul (TANPA_KOLOM bila tidak ada). */
export function tebakKolom(judul: readonly string[], aturan: AturanSkm): { waktu: string; layanan: string } {
  let waktu = TANPA_KOLOM;
  for (const p of JUDUL_WAKTU) {
    const j = judul.find((x) => p.test(x));
    if (j !== undefined) {
      waktu = j;
      break;
    }
  }
  const layanan =
    judul.find((j) => j !== waktu && /layanan|pelayanan|service/i.test(j) && unsurDariJudul(j, aturan).length === 0) ??
    TANPA_KOLOM;
  return { waktu, layanan };
}

export interface UnsurDikenali {
  /** "U1 Persyaratan". */
  unsur: string;
  /** Huruf kolom dan judulnya, atau null bila tidak ditemukan. */
  kolom: string | null;
  judul: string | null;
  /** Judul pendek untuk daftar panel: judul panjang dipotong di sekitar kata unsur yang dikenali. */
  cuplikan: string | null;
}

/** Potongan judul ±`lebar` karakter di sekitar kata unsur (judul pertanyaan formulir bisa 150 karakter). */
export function cuplikanJudul(judul: string, kata: readonly string[], lebar = 44): string {
  if (judul.length <= lebar) return judul;
  const kecil = judul.toLowerCase();
  // posisi kata unsur pertama yang ada di judul (0 bila tidak ada)
  let i = 0;
  for (const k of kata) {
    const p = kecil.indexOf(k);
    if (p >= 0) {
      i = p;
      break;
    }
  }
  let awal = Math.max(0, Math.min(i - 12, judul.length - lebar));
  let akhir = awal + lebar;
  // potong di batas kata: kata yang terpotong di kedua ujung dibuang
  if (awal > 0 && judul[awal - 1] !== " ") awal = judul.indexOf(" ", awal) + 1 || awal;
  if (akhir < judul.length && judul[akhir] !== " ")
    akhir = judul.lastIndexOf(" ", akhir) > awal ? judul.lastIndexOf(" ", akhir) : akhir;
  return `${awal > 0 ? "…" : ""}${judul.slice(awal, akhir).trim()}${akhir < judul.length ? "…" : ""}`;
}

/**
 * Kolom unsur yang dikenali (semua unsur aturan, yang tidak ditemukan ditandai null) dan galat kenaliKolom
 * (unsur tidak ada, judul mengenai dua unsur, satu unsur di dua kolom), pesannya dari inti (Bahasa Indonesia).
 */
export function kenaliUnsur(
  judul: readonly string[],
  aturan: AturanSkm,
  waktu: string,
  layanan: string,
): { unsur: UnsurDikenali[]; galat: string | null } {
  const nama = (x: string): string | undefined => (x === TANPA_KOLOM || x === "" ? undefined : x);
  let galat: string | null = null;
  try {
    kenaliKolom(judul, aturan, nama(layanan), nama(waktu));
  } catch (e) {
    if (!(e instanceof GalatKinerja)) throw e;
    galat = e.message;
  }
  const unsur = UNSUR_BAWAAN[aturan].map((u, j): UnsurDikenali => {
    const c = judul.findIndex((x) => x !== nama(waktu) && x !== nama(layanan) && unsurDariJudul(x, aturan).includes(j));
    return {
      unsur: `U${j + 1} ${u}`,
      kolom: c < 0 ? null : hurufKolom(c),
      judul: c < 0 ? null : judul[c],
      cuplikan: c < 0 ? null : cuplikanJudul(judul[c], UNSUR_FORMULIR[aturan][j].kata),
    };
  });
  return { unsur, galat };
}

/**
 * Lembar jawaban pengguna dapat dirujuk langsung? null = ya (atau bukan dari lembar Excel); selain itu alasan
 * penyalinan (baris, kolom, teks). Kolom yang belum dikenali → null (galatnya ditampilkan terpisah).
 */
export function alasanSalinPanel(s: SumberSiklus, aturan: AturanSkm, waktu: string, layanan: string): string | null {
  if (s.lembar === undefined) return null;
  const nama = (x: string): string | undefined => (x === TANPA_KOLOM || x === "" ? undefined : x);
  try {
    return alasanSalin(s.tabel, kenaliKolom(s.tabel.judul, aturan, nama(layanan), nama(waktu)), FORMAT_TANGGAL_BAWAAN);
  } catch (e) {
    if (e instanceof GalatKinerja) return null;
    throw e;
  }
}

/** Nama lembar salinan jawaban untuk aturan ini ("SKM Jawaban"/"IKM Jawaban"). */
export const lembarSalinan = (aturan: AturanSkm): string => namaLembarSiklus(aturan, "Jawaban");

// ---------- isian → opsi pembangun ----------

function pilih<T extends string>(v: string, sah: readonly T[], bawaan: T): T {
  return (sah as readonly string[]).includes(v) ? (v as T) : bawaan;
}

/**
 * Ambang NRR Tindak Lanjut (seperti CLI --ambang): kosong → tiga NRR unit terendah; selain itu angka 1–4
 * dengan koma atau titik desimal. Nilai awal sel kuning B3 lembar Tindak Lanjut (dapat diubah di sana).
 * @throws GalatIsian bila bukan angka 1–4
 */
export function ambangIsian(b: BacaIsian, t: Teks): number | undefined {
  const s = b.nilai(ID_SIKLUS.ambang).trim();
  if (s === "") return undefined;
  const x = /^\d+([.,]\d+)?$/.test(s) ? Number(s.replace(",", ".")) : Number.NaN;
  if (!(x >= 1 && x <= 4)) throw new GalatIsian(t.galatAmbang(s));
  return x;
}

/** Aturan terpilih (bawaan 2017). */
export const aturanIsian = (b: BacaIsian): AturanSkm =>
  pilih<AturanSkm>(b.nilai(ID_SIKLUS.aturan), ["2017", "2004"], "2017");

/**
 * Isian panel + jawaban yang dibaca → opsi pembangun skmSiklus, lewat hitungSiklusTabel dan opsiRencanaSiklus
 * seperti CLI. Dari lembar Excel yang dapat dirujuk langsung → `lembarJawaban` (lembar itu tidak ditulis).
 * @throws GalatIsian berpesan panel (galat inti disebut apa adanya: baris, kolom, teks)
 */
export function bacaOpsiSiklus(s: SumberSiklus, b: BacaIsian, t: Teks): OpsiSkmSiklus {
  const aturan = aturanIsian(b);
  const kolom = (id: string): string | undefined => {
    const v = b.nilai(id);
    return v === "" || v === TANPA_KOLOM ? undefined : v;
  };
  const pemb = b.nilai(ID_SIKLUS.pembulatan);
  const ambang = ambangIsian(b, t);
  try {
    const hasil = hitungSiklusTabel(s.tabel, {
      aturan,
      kolomWaktu: kolom(ID_SIKLUS.waktu),
      kolomLayanan: kolom(ID_SIKLUS.layanan),
      periode: pilih(b.nilai(ID_SIKLUS.periode), JENIS_PERIODE, PERIODE_BAWAAN),
      formatTanggal: FORMAT_TANGGAL_BAWAAN,
      konvensi: {
        penimbang: pilih(b.nilai(ID_SIKLUS.penimbang), KONVENSI_PENIMBANG, "1/n"),
        pembulatanNrr: pemb === "2" ? 2 : pemb === "3" ? 3 : null,
      },
      hasilUnit: pilih<HasilUnit>(b.nilai(ID_SIKLUS.hasilUnit), ["gabungan", "rerata"], HASIL_UNIT_BAWAAN),
      peta: s.peta,
      ambang,
    });
    const rujuk =
      s.lembar !== undefined && alasanSalin(s.tabel, hasil.hasil.tata, hasil.opsi.formatTanggal) === null
        ? s.lembar
        : undefined;
    return opsiRencanaSiklus(hasil, b.nilai(ID_SIKLUS.unit).trim() || undefined, rujuk);
  } catch (e) {
    if (!(e instanceof GalatKinerja)) throw e;
    // di Excel teks yang tidak dikenal dapat dipetakan di lembar Peta Jawaban (dibaca saat Bangun: petaDariLembar)
    const saran =
      s.lembar !== undefined && e instanceof JawabanTakDikenal ? `. ${t.siklusSaranPeta(lembarPeta(aturan))}` : "";
    throw new GalatIsian(t.galatSiklus(e.message) + saran);
  }
}
