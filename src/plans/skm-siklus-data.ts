/**
 * Jalan bersama CLI dan task pane untuk siklus SKM: tabel jawaban (judul, baris) + kolom dan konvensi
 * pilihan → hasil inti (hitungSiklus) → opsi pembangun (OpsiSkmSiklus). `kinerja skm --xlsx` dan tombol
 * Bangun/Unduh di panel memakai fungsi yang sama, jadi data yang sama memberi buku kerja yang sama.
 * Murni: tanpa berkas, tanpa Office. Galat masukan (kolom tidak ada, teks jawaban tidak dikenal: baris,
 * kolom dan teksnya disebut) dilempar sebagai GalatKinerja sebelum apa pun ditulis.
 *
 * Lembar jawaban dirujuk langsung atau disalin? (lihat `alasanSalin`)
 * Di Excel, panel membuat rumus merujuk LANGSUNG lembar jawaban pengguna (`lembarJawaban`): lembar itu tidak
 * pernah ditulis (tidak ada yang diketik hilang), tidak ada salinan 100.000 baris, dan jawaban yang ditempel
 * belakangan di lembar pengguna ikut dihitung. Itu hanya sah bila COUNTIFS lembar Hitungan membaca setiap sel
 * persis seperti inti membacanya; sel yang hanya dapat dibaca inti (cap waktu teks, jawaban angka yang
 * tersimpan sebagai teks, spasi di tepi/ganda/khusus) membuat jawaban DISALIN ke lembar "SKM Jawaban" dalam
 * bentuk yang dibaca rumus (cap waktu → tanggal seri, "3" → 3, spasi dirapatkan), seperti CLI dan unduhan
 * (yang tidak punya lembar pengguna untuk dirujuk). Dengan begitu angka rumus selalu sama dengan angka inti.
 */
import { kosongTeks } from "../core/errors";
import {
  hitungSiklus,
  petaDengan,
  petaKepentinganDengan,
  serialExcel,
  type BarisPeta,
  type HasilSiklus,
  type KonvensiSkm,
  type OpsiSiklus,
  type TabelJawaban,
  type TataKolom,
} from "../core/skm-siklus";
import type { AturanSkm } from "../frameworks/skm";
import type { FormatTanggal, HasilUnit, JenisPeriode } from "../frameworks/skm-siklus";
import type { NilaiSel } from "./rencana";
// dari berkas lembarnya, bukan dari pembangun lengkap ./skm-siklus: `kinerja skm … --json` tidak memuat pembangun
import { batasSumbuKuadran } from "./skm-siklus/kuadran";
import type { OpsiSkmSiklus } from "./skm-siklus/opsi";
import { saranPeriode } from "./skm-siklus/tindak-lanjut";

/** Pilihan pengguna yang sudah diperiksa (CLI: dari opsi baris perintah; panel: dari isian). */
export interface PilihanSiklus {
  aturan: AturanSkm;
  /** Judul kolom jenis layanan/cap waktu seperti di tabel; tanpa → satu layanan/periode. */
  kolomLayanan?: string;
  kolomWaktu?: string;
  periode: JenisPeriode;
  formatTanggal: FormatTanggal;
  konvensi: KonvensiSkm;
  hasilUnit: HasilUnit;
  /** Peta jawaban tambahan (CLI --peta). */
  peta?: readonly BarisPeta[];
  populasi?: ReadonlyMap<string, number>;
  /** Ambang NRR Tindak Lanjut (CLI --ambang); tanpa → tiga NRR unit terendah. */
  ambang?: number;
}

export interface SiklusSkm {
  tabel: TabelJawaban;
  opsi: OpsiSiklus;
  hasil: HasilSiklus;
  peta: BarisPeta[];
}

/** Pilihan pengguna → opsi inti (peta jawaban dan kepentingan dengan tambahan). @throws GalatKinerja (peta) */
export function opsiSiklusDari(p: PilihanSiklus): { opsi: OpsiSiklus; peta: BarisPeta[] } {
  const peta = [...(p.peta ?? [])];
  const opsi: OpsiSiklus = {
    aturan: p.aturan,
    kolomLayanan: p.kolomLayanan,
    kolomWaktu: p.kolomWaktu,
    periode: p.periode,
    formatTanggal: p.formatTanggal,
    peta: petaDengan(p.aturan, peta),
    petaKepentingan: petaKepentinganDengan(peta),
    konvensi: p.konvensi,
    hasilUnit: p.hasilUnit,
    populasi: p.populasi,
    ...(p.ambang !== undefined ? { ambang: p.ambang } : {}),
  };
  return { opsi, peta };
}

/** Tabel + pilihan → hasil inti. @throws GalatKinerja (kolom, peta, baris mana yang salah) */
export function hitungSiklusTabel(tabel: TabelJawaban, p: PilihanSiklus): SiklusSkm {
  const { opsi, peta } = opsiSiklusDari(p);
  return { tabel, opsi, hasil: hitungSiklus(tabel, opsi), peta };
}

/** Kolom bebas yang diperlakukan sebagai saran/masukan (bukan profil). */
const SARAN = /saran|masukan|komentar|kritik|pesan|harapan/i;

/**
 * Sel salinan di lembar Jawaban, dalam bentuk yang dibaca COUNTIFS persis seperti inti membacanya: cap waktu →
 * tanggal seri Excel, teks angka → angka, teks lain dirapikan seperti kunciTeks (spasi di tepi dibuang, spasi
 * di dalam dirapatkan; huruf besar/kecil tetap, COUNTIFS tidak membedakannya).
 */
function nilaiSalinan(x: unknown, kolomWaktu: boolean, format: FormatTanggal, rapat: boolean): NilaiSel {
  if (x === null || x === undefined) return "";
  if (kolomWaktu) return kosongTeks(x) ? "" : serialExcel(x, format);
  if (x instanceof Date) return serialExcel(x);
  if (typeof x === "number" || typeof x === "boolean") return x;
  const s = rapat ? String(x).trim().replace(/\s+/g, " ") : String(x).trim();
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : s;
}

/**
 * Urutan baris salinan: per periode (urut waktu) lalu layanan (urut nama), urutan asal di dalamnya, dan blok
 * baris lembar (baris 2 = data pertama) tiap "periode|layanan" untuk rumus kelompok.
 */
export function urutanSalinan(
  hasil: HasilSiklus,
  periodeNama: readonly string[],
  layanan: readonly string[],
): { urutan: number[]; blok: Record<string, [number, number]> } {
  const ip = new Map(periodeNama.map((p, i) => [p, i]));
  const il = new Map(layanan.map((l, i) => [l, i]));
  const L = layanan.length;
  const R = hasil.periodeBaris.length;
  const kunci = new Int32Array(R);
  for (let r = 0; r < R; r++) kunci[r] = ip.get(hasil.periodeBaris[r])! * L + il.get(hasil.layananBaris[r])!;
  const urutan = Array.from({ length: R }, (_, r) => r).sort((a, b) => kunci[a] - kunci[b] || a - b);
  const blok: Record<string, [number, number]> = {};
  urutan.forEach((r, i) => {
    const k = `${hasil.periodeBaris[r]}|${hasil.layananBaris[r]}`;
    const b = blok[k];
    if (b) b[1] = i + 2;
    else blok[k] = [i + 2, i + 2];
  });
  return { urutan, blok };
}

/** Sel lembar pengguna apa adanya (hanya untuk kategori profil dan saran; tidak ditulis). */
function nilaiAsli(x: unknown): NilaiSel {
  if (x === null || x === undefined) return "";
  if (typeof x === "number" || typeof x === "boolean" || typeof x === "string") return x;
  return String(x);
}

/** Banyak baris kosong untuk jawaban susulan di bawah data (rumus menjangkaunya). */
export const BARIS_SUSULAN = 200;

/**
 * Opsi pembangun dari hasil siklus. `lembarJawaban`: rujuk lembar pengguna itu langsung (hanya bila
 * `alasanSalin` memberi null); jangkauan rumus lalu mengikuti nomor baris data terakhir di lembar itu
 * (baris kosong di tengah data tetap terjangkau) ditambah BARIS_SUSULAN.
 */
export function opsiRencanaSiklus(s: SiklusSkm, unitNama?: string, lembarJawaban?: string): OpsiSkmSiklus {
  const { tabel, opsi, hasil } = s;
  const { tata } = hasil;
  const lain = tata.lain.filter((c) => tabel.judul[c] !== "");
  const layanan = [...new Set(hasil.periode.flatMap((p) => p.layanan.map((l) => l.nama)))].sort((a, b) =>
    a.localeCompare(b, "id"),
  );
  const periodeNama = hasil.periode.map((p) => p.nama);
  // salinan: terurut per periode dan layanan (blok untuk rumus kelompok); rujukan langsung: urutan lembar pengguna
  const salin = lembarJawaban === undefined ? urutanSalinan(hasil, periodeNama, layanan) : null;
  // kolom yang dicocokkan COUNTIFS (layanan, unsur, kepentingan): spasi dirapatkan seperti kunciTeks inti
  const rapat = new Set([tata.layanan, ...tata.unsur, ...(tata.kepentingan ?? [])]);
  const sel = (x: unknown, c: number): NilaiSel =>
    salin ? nilaiSalinan(x, c === tata.waktu, opsi.formatTanggal, rapat.has(c)) : nilaiAsli(x);
  const baris = (salin ? salin.urutan.map((r) => tabel.baris[r]) : tabel.baris).map((b) => b.sel.map(sel));
  const o: OpsiSkmSiklus = {
    aturan: opsi.aturan,
    periode: opsi.periode,
    penimbang: opsi.konvensi.penimbang,
    pembulatanNrr: opsi.konvensi.pembulatanNrr,
    hasilUnit: opsi.hasilUnit,
    unitNama,
    judul: tabel.judul,
    kolomWaktu: tata.waktu,
    kolomLayanan: tata.layanan,
    kolomUnsur: tata.unsur,
    ...(tata.kepentingan
      ? {
          kolomKepentingan: tata.kepentingan,
          sumbuKuadran: batasSumbuKuadran(
            hasil.periode.flatMap((p) => p.kuadran?.unsur.flatMap((u) => [u.kepentingan, u.kinerja]) ?? []),
          ),
        }
      : {}),
    ...(opsi.ambang !== undefined ? { ambang: opsi.ambang } : {}),
    kolomProfil: lain.filter((c) => !SARAN.test(tabel.judul[c])),
    kolomSaran: lain.filter((c) => SARAN.test(tabel.judul[c])),
    baris,
    layanan,
    periodeNama,
    ...(salin ? { blok: salin.blok } : {}),
    peta: s.peta,
    populasi: opsi.populasi ? Object.fromEntries(opsi.populasi) : undefined,
  };
  // saran per periode dihitung di sini (bukan dari argumen periodeBaris pembangun): METODE.skmSiklus
  // yang dipanggil panel memberi hasil yang sama dengan CLI
  // saran per periode menurut urutan asal formulir (bukan urutan salinan)
  const asli = salin ? { ...o, baris: tabel.baris.map((b) => b.sel as NilaiSel[]) } : o;
  o.saran = Object.fromEntries(saranPeriode(asli, hasil.periodeBaris));
  if (lembarJawaban === undefined) return o;
  const akhir = tabel.baris.length ? tabel.baris[tabel.baris.length - 1].no : 1;
  return { ...o, lembarJawaban, barisKosong: BARIS_SUSULAN + (akhir - 1 - baris.length) };
}

/**
 * Mengapa sel ini tidak dibaca rumus (COUNTIFS) persis seperti inti (null = sama). COUNTIFS mencocokkan teks utuh
 * tanpa peduli huruf besar/kecil tetapi tidak merapikan spasi, dan periode dikenali dari cap waktu bertanggal.
 */
function bedaSel(x: unknown, peran: "waktu" | "layanan" | "unsur"): string | null {
  if (typeof x !== "string") return x instanceof Date ? "tanggal" : null;
  if (x === "") return null;
  if (peran === "waktu") return "cap waktu teks, bukan tanggal: periode dikenali rumus dari tanggal";
  if (x.trim() === "") return "berisi spasi saja";
  if (x !== x.trim().replace(/\s+/g, " ") || /[^\S ]/.test(x))
    return "berisi spasi di tepi, spasi ganda, tab, baris baru atau spasi khusus";
  if (peran === "unsur" && /^[1-4]$/.test(x)) return "jawaban angka yang tersimpan sebagai teks";
  return null;
}

/**
 * Alasan jawaban harus disalin (lembar pengguna tidak dapat dirujuk langsung dengan hasil yang sama), atau
 * null. Alasan pertama saja, dengan baris, kolom dan teksnya.
 */
export function alasanSalin(tabel: TabelJawaban, tata: TataKolom, _formatTanggal?: FormatTanggal): string | null {
  const kolom: [number, "waktu" | "layanan" | "unsur"][] = [
    ...(tata.waktu === null ? [] : [[tata.waktu, "waktu"] as [number, "waktu"]]),
    ...(tata.layanan === null ? [] : [[tata.layanan, "layanan"] as [number, "layanan"]]),
    ...tata.unsur.map((c) => [c, "unsur"] as [number, "unsur"]),
    // jawaban kepentingan dihitung COUNTIFS lembar Hitungan lewat peta kepentingan
    ...(tata.kepentingan ?? []).map((c) => [c, "unsur"] as [number, "unsur"]),
  ];
  for (const b of tabel.baris) {
    for (const [c, peran] of kolom) {
      const beda = bedaSel(b.sel[c], peran);
      if (beda) return `baris ${b.no}, kolom "${tabel.judul[c]}": "${String(b.sel[c]).trim()}" (${beda})`;
    }
  }
  return null;
}
