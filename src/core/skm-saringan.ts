/**
 * Satu kelompok siklus SKM dari kolom-kolom lembar (jawaban responden × unsur, layanan, cap waktu) dengan
 * saringan layanan dan periode: inti fungsi SKM.SIKLUS. Aturan baris sama dengan hitungSiklus
 * (src/core/skm-siklus.ts): jawaban teks lewat peta bawaan, layanan tanpa peduli huruf besar/kecil dan
 * spasi berlebih, periode dari cap waktu (tanggal seri Excel atau teks yang dibaca bacaTanggalWaktu),
 * baris yang seluruhnya kosong dilewati. Seperti SUMIFS, hanya baris layanan dan periode yang dipilih yang
 * dibaca jawabannya: jawaban cacat di kelompok lain tidak memengaruhi hasil ini; baris terpilih yang cacat,
 * atau baris berjawaban tanpa layanan/cap waktu, menghentikan (tanpa hasil sebagian).
 * Hasilnya dihitung hitungKelompok, jadi sama dengan `kinerja skm --json` dan lembar Hasil.
 * Satu lintasan, tanpa salinan rentang dan tanpa alokasi per sel.
 */
import { GalatKinerja, galatAngka, galatBagiNol, galatNA, galatNilai, kosong, kosongTeks } from "./errors";
import { UNSUR_BAWAAN, type AturanSkm } from "../frameworks/skm";
import {
  bacaWaktu,
  hitungKelompok,
  kunciTeks,
  petaBawaan,
  type HasilKelompok,
  type KonvensiSkm,
  type PetaJawaban,
} from "./skm-siklus";

type Sel = unknown;

/** Hari seri Excel 25569 = 1970-01-01 (sama dengan bacaTanggalWaktu). */
const SERI_EPOCH_UNIX = 25569;

/**
 * Konvensi dari argumen sel: penimbang kosong/"tepat"/"1/n" (1/n), 0,111 atau 0,11 (angka atau teks, koma
 * atau titik); pembulatan NRR kosong, 2 atau 3.
 * @throws #N/A bila tidak dikenal
 */
export function bacaKonvensiSel(penimbang: Sel, pembulatan: Sel): KonvensiSkm {
  const t = kosong(penimbang) ? "tepat" : String(penimbang).trim().toLowerCase().replace(",", ".");
  const p = t === "tepat" || t === "1/n" ? "1/n" : t === "0.111" || t === "0.11" ? t : null;
  if (p === null)
    throw galatNA(`penimbang "${String(penimbang).trim()}" tidak dikenal ("tepat" = 1/n, 0,111 atau 0,11)`);
  const b = kosong(pembulatan) ? null : String(pembulatan).trim();
  if (b !== null && b !== "2" && b !== "3") throw galatNA(`pembulatan NRR "${b}" tidak dikenal (kosong, 2 atau 3)`);
  return { penimbang: p, pembulatanNrr: b === null ? null : b === "2" ? 2 : 3 };
}

/** Periode saringan sebagai rentang bulan [awal, akhir) dengan indeks tahun × 12 + bulan − 1. */
export interface RentangPeriode {
  nama: string;
  awal: number;
  akhir: number;
  /** Batas yang sama dalam detik sejak 1970 (untuk tanggal seri tanpa membuat Date per baris). */
  detikAwal: number;
  detikAkhir: number;
}

const detikBulan = (k: number): number => Date.UTC(Math.floor(k / 12), k % 12, 1) / 1000;

/**
 * Nama periode seperti periodeDari: "2026" (tahun), "2026-S1"/"2026-S2", "2026-Q1"…"2026-Q4", "2026-03"
 * (bulan); huruf kecil boleh; angka 2026 = tahun. Kosong → null (semua periode).
 * @throws #VALUE! bila bentuknya lain
 */
export function bacaPeriodeSaringan(x: Sel): RentangPeriode | null {
  if (kosong(x)) return null;
  // angka: hanya tahun (2026) yang cocok; tanggal seri (46000) ditolak seperti teks yang salah
  const m = /^(\d{4})(?:-(?:S([12])|Q([1-4])|(\d{1,2})))?$/.exec(String(x).trim().toUpperCase());
  const bulan = Number(m?.[4] ?? 1);
  if (!m || Number(m[1]) < 1900 || bulan < 1 || bulan > 12) {
    throw galatNilai(`periode "${String(x).trim()}" tidak dikenal (contoh: 2026, 2026-S1, 2026-Q2, 2026-03)`);
  }
  const th = Number(m[1]);
  const [geser, lebar, akhiran]: [number, number, string] = m[2]
    ? [(Number(m[2]) - 1) * 6, 6, `-S${m[2]}`]
    : m[3]
      ? [(Number(m[3]) - 1) * 3, 3, `-Q${m[3]}`]
      : m[4]
        ? [bulan - 1, 1, `-${m[4].padStart(2, "0")}`]
        : [0, 12, ""];
  const awal = th * 12 + geser;
  return {
    nama: `${th}${akhiran}`,
    awal,
    akhir: awal + lebar,
    detikAwal: detikBulan(awal),
    detikAkhir: detikBulan(awal + lebar),
  };
}

export interface SaringanSiklus {
  /** Jenis layanan (tanpa peduli huruf besar/kecil dan spasi berlebih); null = semua. */
  layanan: string | null;
  periode: RentangPeriode | null;
}

/** Kolom n × 1 (atau null bila tidak diberikan). */
export type Kolom = ArrayLike<ArrayLike<Sel>> | null;

/** Keadaan satu lintasan: cache ejaan layanan (0 kosong, 1 cocok, 2 tidak) dan peta jawaban teks. */
interface Lintasan {
  kunciLayanan: string | null;
  ejaan: Map<string, number>;
  peta: PetaJawaban | null;
  aturan: AturanSkm;
}

/** Layanan baris: 0 kosong, 1 cocok dengan saringan (atau tanpa saringan), 2 tidak cocok. */
function statusLayanan(x: Sel, l: Lintasan): number {
  if (kosong(x)) return 0;
  const s = typeof x === "string" ? x : String(x);
  let v = l.ejaan.get(s);
  if (v === undefined) {
    const k = kunciTeks(s);
    v = k === "" ? 0 : l.kunciLayanan === null || k === l.kunciLayanan ? 1 : 2;
    l.ejaan.set(s, v);
  }
  return v;
}

/**
 * Cap waktu baris di dalam periode? Tanggal seri dibulatkan ke detik seperti bacaTanggalWaktu, lalu
 * dibandingkan dengan batas detik periode; teks dibaca bacaWaktu (hari/bulan/tahun).
 * @throws #VALUE! bila di luar rentang tanggal Excel atau tidak dapat dibaca
 */
function dalamPeriode(x: Sel, p: RentangPeriode | null, baris: number): boolean {
  if (typeof x === "number") {
    if (!(x >= 1 && x < 2958466)) throw galatNilai(`waktu baris ${baris}: tanggal seri Excel ${x} di luar rentang`);
    if (p === null) return true;
    const d = Math.round((x - SERI_EPOCH_UNIX) * 86400);
    return d >= p.detikAwal && d < p.detikAkhir;
  }
  let k: number;
  try {
    const w = bacaWaktu(x);
    k = w.tahun * 12 + w.bulan - 1;
  } catch (e) {
    if (e instanceof GalatKinerja) throw galatNilai(`waktu baris ${baris}: ${e.message}`);
    throw e;
  }
  return p === null || (k >= p.awal && k < p.akhir);
}

/** Nilai 1–4 sebuah sel jawaban; 0 = kosong (tidak menjawab). */
function nilaiJawaban(x: Sel, j: number, baris: number, l: Lintasan): number {
  if (typeof x === "number") {
    if (x === 1 || x === 2 || x === 3 || x === 4) return x;
    throw galatAngka(`jawaban baris ${baris}, unsur ${j + 1} (${x}) bukan bilangan bulat 1–4`);
  }
  if (kosong(x)) return 0;
  if (typeof x !== "string")
    throw galatNilai(`jawaban baris ${baris}, unsur ${j + 1} bukan angka 1–4 atau teks jawaban`);
  const peta = (l.peta ??= petaBawaan(l.aturan))[j];
  let v = peta.get(x);
  if (v === undefined) {
    const k = kunciTeks(x);
    if (k === "") return 0;
    v = peta.get(k);
    if (v === undefined)
      throw galatNilai(`jawaban baris ${baris}, unsur ${j + 1} "${x.trim()}" tidak ada di peta jawaban bawaan`);
    peta.set(x, v);
  }
  return v;
}

/**
 * Memeriksa bentuk: jawaban R × n (n = banyak unsur aturan), layanan dan waktu R × 1. Excel mengirim rentang
 * persegi, jadi baris pertama cukup di sini; panjang baris jawaban yang dibaca diperiksa lagi di lintasan.
 */
function periksaBentuk(
  jawaban: ArrayLike<ArrayLike<Sel>>,
  layanan: Kolom,
  waktu: Kolom,
  n: number,
  aturan: AturanSkm,
): void {
  const R = jawaban.length;
  if (R === 0) throw galatNA("jawaban kosong");
  periksaLebar(jawaban[0], n, aturan);
  for (const [k, nama] of [
    [layanan, "layanan"],
    [waktu, "waktu"],
  ] as const) {
    if (k !== null && (k.length !== R || k[0].length !== 1))
      throw galatNilai(
        `${nama} harus satu kolom setinggi jawaban (${R} baris), bukan ${k.length}×${k[0]?.length ?? 0}`,
      );
  }
}

function periksaLebar(b: ArrayLike<Sel>, n: number, aturan: AturanSkm): void {
  if (b.length !== n)
    throw galatNilai(
      `jawaban punya ${b.length} kolom; aturan ${aturan} memerlukan ${n} (satu kolom per unsur, urutan U1…U${n})`,
    );
}

/**
 * Hasil satu kelompok (layanan × periode, atau gabungan bila saringan kosong).
 * @throws #VALUE! bentuk tidak cocok, cap waktu atau teks jawaban tidak dikenal, layanan/cap waktu kosong
 *         pada baris berjawaban, atau baris tanpa jawaban; #NUM! jawaban angka selain 1–4 (dan nilai di luar
 *         25–100); #DIV/0! bila tidak ada responden yang cocok atau satu unsur tanpa jawaban di kelompok itu
 */
export function hitungSaringan(
  jawaban: ArrayLike<ArrayLike<Sel>>,
  layanan: Kolom,
  waktu: Kolom,
  saring: SaringanSiklus,
  aturan: AturanSkm,
  konvensi: KonvensiSkm,
): HasilKelompok {
  const n = UNSUR_BAWAAN[aturan].length;
  periksaBentuk(jawaban, layanan, waktu, n, aturan);
  if (saring.layanan !== null && layanan === null) throw galatNilai("saringan layanan memerlukan kolom layanan");
  if (saring.periode !== null && waktu === null) throw galatNilai("saringan periode memerlukan kolom waktu");
  const l: Lintasan = {
    kunciLayanan: saring.layanan === null ? null : kunciTeks(saring.layanan),
    ejaan: new Map(),
    peta: null,
    aturan,
  };
  const jumlah = new Float64Array(n);
  const banyak = new Float64Array(n);
  let responden = 0;
  for (let i = 0; i < jawaban.length; i++) {
    const sl = layanan === null ? 1 : statusLayanan(layanan[i][0], l);
    // seperti SUMIFS: baris layanan atau periode lain tidak dibaca (galatnya hanya muncul di kelompoknya)
    if (sl === 2) continue;
    const xw = waktu === null ? undefined : waktu[i][0];
    const wKosong = waktu !== null && kosongTeks(xw);
    if (waktu !== null && !wKosong && !dalamPeriode(xw, saring.periode, i + 1)) continue;
    const b = jawaban[i];
    if (b.length !== n) periksaLebar(b, n, aturan);
    let terisi = 0;
    for (let j = 0; j < n; j++) {
      const v = nilaiJawaban(b[j], j, i + 1, l);
      if (v === 0) continue;
      terisi++;
      jumlah[j] += v;
      banyak[j] += 1;
    }
    // baris kosong seluruhnya dilewati; baris berjawaban tanpa layanan/cap waktu menghentikan (seperti hitungSiklus)
    if (terisi === 0) {
      if ((layanan === null || sl === 0) && (waktu === null || wKosong)) continue;
      throw galatNilai(`baris ${i + 1}: responden tidak menjawab satu unsur pun`);
    }
    if (sl === 0) throw galatNilai(`baris ${i + 1}: jenis layanan kosong`);
    if (wKosong) throw galatNilai(`baris ${i + 1}: cap waktu kosong`);
    responden++;
  }
  // Excel membuang pesan #DIV/0!: sebabnya disebut di deskripsi fungsi
  if (responden === 0) throw galatBagiNol("tidak ada responden yang cocok dengan saringan");
  for (let j = 0; j < n; j++) if (banyak[j] === 0) throw galatBagiNol(`unsur ke-${j + 1} tidak punya jawaban`);
  return hitungKelompok(responden, jumlah, banyak, aturan, konvensi);
}
