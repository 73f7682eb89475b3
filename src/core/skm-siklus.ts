/**
 * Inti siklus SKM: dari tabel ekspor formulir (satu baris per responden) ke hasil per periode dan per
 * jenis layanan, plus hasil unit. Murni: tanpa berkas, tanpa Office. Pembaca berkas ada di src/cli/.
 *
 * Langkah: kenali kolom unsur dari judulnya → petakan jawaban (teks kuesioner atau angka 1–4) ke nilai
 * persepsi → kelompokkan menurut periode (dari cap waktu) dan layanan → Σ dan banyak jawaban per unsur →
 * NRR, indeks, nilai, mutu, kinerja dengan konvensi penimbang/pembulatan yang dipilih.
 */
import { GalatKinerja, galatAngka, galatNA, galatNilai, kosongTeks } from "./errors";
import { NILAI_DASAR_SKM, UNSUR_BAWAAN, type AturanSkm, type KinerjaSkm, type MutuSkm } from "../frameworks/skm";
import {
  BANYAK_TINDAK_LANJUT,
  KATA_KEPENTINGAN,
  OPSI_KEPENTINGAN,
  UNSUR_FORMULIR,
  type FormatTanggal,
  type KodeKuadran,
  type HasilUnit,
  type JenisPeriode,
  type KonvensiPenimbang,
  type PembulatanNrr,
} from "../frameworks/skm-siklus";
import { pitaMutu, ukuranSampelKrejcieMorgan } from "./skm";
import { pesanJudulKembar, tolakJudulKembar } from "./skm-siklus-tabel";

// ---------- teks jawaban ----------

/** Kunci pencocokan teks: huruf kecil, spasi di tepi dibuang, spasi di dalam dirapatkan. */
export function kunciTeks(x: string): string {
  return x.trim().replace(/\s+/g, " ").toLowerCase();
}

/** Peta jawaban per unsur (indeks 0-based): kunci teks → nilai 1–4. */
export type PetaJawaban = Map<string, number>[];

/** Peta bawaan aturan: pilihan kuesioner (UNSUR_FORMULIR) ditambah angka "1"–"4" untuk setiap unsur. */
export function petaBawaan(aturan: AturanSkm): PetaJawaban {
  return UNSUR_FORMULIR[aturan].map((u) => {
    const m = new Map<string, number>();
    for (let v = 1; v <= 4; v++) m.set(String(v), v);
    u.opsi.forEach((t, i) => m.set(kunciTeks(t), i + 1));
    return m;
  });
}

/** Nomor "unsur" baris peta untuk jawaban tingkat kepentingan/harapan (berlaku untuk semua unsur). */
export const UNSUR_KEPENTINGAN = -1;

/** Satu baris peta tambahan: unsur (nomor 1-based, 0 = semua unsur, UNSUR_KEPENTINGAN = kepentingan), teks jawaban, nilai 1–4. */
export interface BarisPeta {
  unsur: number;
  jawaban: string;
  nilai: number;
}

/** Peta bawaan ditambah/ditimpa baris pengguna (mis. berkas --peta atau lembar Peta Jawaban). */
export function petaDengan(aturan: AturanSkm, tambahan: readonly BarisPeta[]): PetaJawaban {
  const peta = petaBawaan(aturan);
  for (const b of tambahan) {
    if (b.unsur === UNSUR_KEPENTINGAN) continue;
    if (!Number.isInteger(b.nilai) || b.nilai < 1 || b.nilai > 4)
      throw galatAngka(`nilai peta "${b.jawaban}" (${b.nilai}) bukan bilangan bulat 1–4`);
    if (!Number.isInteger(b.unsur) || b.unsur < 0 || b.unsur > peta.length)
      throw galatNilai(`unsur peta ${b.unsur} tidak ada (1–${peta.length}, atau 0/* untuk semua)`);
    const sasaran = b.unsur === 0 ? peta : [peta[b.unsur - 1]];
    for (const m of sasaran) m.set(kunciTeks(b.jawaban), b.nilai);
  }
  return peta;
}

/**
 * Peta jawaban kepentingan/harapan (satu untuk semua unsur): OPSI_KEPENTINGAN (konvensi formulir e-SKM) dan
 * angka "1"–"4", ditambah baris peta ber-unsur UNSUR_KEPENTINGAN.
 */
export function petaKepentinganDengan(tambahan: readonly BarisPeta[] = []): Map<string, number> {
  const m = new Map<string, number>();
  for (let v = 1; v <= 4; v++) m.set(String(v), v);
  OPSI_KEPENTINGAN.forEach((t, i) => m.set(kunciTeks(t), i + 1));
  for (const b of tambahan) {
    if (b.unsur !== UNSUR_KEPENTINGAN) continue;
    if (!Number.isInteger(b.nilai) || b.nilai < 1 || b.nilai > 4)
      throw galatAngka(`nilai peta kepentingan "${b.jawaban}" (${b.nilai}) bukan bilangan bulat 1–4`);
    m.set(kunciTeks(b.jawaban), b.nilai);
  }
  return m;
}

// ---------- kolom ----------

/** Nomor unsur (0-based) untuk judul kolom, atau null bila bukan kolom unsur. Judul "U3" → 2. */
export function unsurDariJudul(judul: string, aturan: AturanSkm): number[] {
  const k = kunciTeks(judul);
  const n = UNSUR_FORMULIR[aturan].length;
  const u = /^u(\d+)$/.exec(k);
  if (u) return Number(u[1]) >= 1 && Number(u[1]) <= n ? [Number(u[1]) - 1] : [];
  const cocok: number[] = [];
  UNSUR_FORMULIR[aturan].forEach((f, j) => {
    if (f.kata.some((w) => k.includes(w))) cocok.push(j);
  });
  return cocok;
}

/**
 * Unsur (0-based) kolom tingkat kepentingan/harapan, atau null bila judul bukan kolom kepentingan (tidak
 * memuat KATA_KEPENTINGAN dan bukan K1…Kn/H1…Hn). Larik kosong = kolom berkata kepentingan tanpa nama unsur.
 */
export function kepentinganDariJudul(judul: string, aturan: AturanSkm): number[] | null {
  const k = kunciTeks(judul);
  const n = UNSUR_FORMULIR[aturan].length;
  const m = /^[kh](\d+)$/.exec(k);
  if (m) return Number(m[1]) >= 1 && Number(m[1]) <= n ? [Number(m[1]) - 1] : [];
  if (!KATA_KEPENTINGAN.some((w) => k.includes(w))) return null;
  return unsurDariJudul(judul, aturan);
}

export interface TataKolom {
  /** Indeks kolom tabel untuk tiap unsur (urutan naskah). */
  unsur: number[];
  /** Indeks kolom kepentingan/harapan tiap unsur, atau null bila formulir tidak menanyakannya. */
  kepentingan: number[] | null;
  layanan: number | null;
  waktu: number | null;
  /** Kolom lain (profil, saran, dsb.), urutan tabel. */
  lain: number[];
}

/**
 * Mengenali kolom: unsur menurut namanya di judul (di mana pun letaknya), layanan dan waktu menurut
 * nama kolom yang diberikan (tanpa peduli huruf besar/kecil).
 * Judul kembar ditolak bila kolomnya dipakai (layanan, waktu, unsur, kepentingan): kolom mana yang dibaca
 * menjadi tebakan. Kolom lain berjudul sama (dua "Saran" di ekspor Google Forms) dibiarkan: tidak dibaca.
 * @throws #N/A bila kolom layanan/waktu atau salah satu unsur tidak ada; #VALUE! bila judul mengenai
 *         dua unsur, satu unsur dikenali di dua kolom, atau judul kolom yang dipakai kembar (`sumber` untuk pesannya)
 */
export function kenaliKolom(
  judul: readonly string[],
  aturan: AturanSkm,
  namaLayanan?: string,
  namaWaktu?: string,
  sumber?: string,
): TataKolom {
  tolakJudulKembar(
    judul,
    sumber,
    [namaLayanan, namaWaktu].filter((x): x is string => x !== undefined),
  );
  // dua kolom berjudul sama dikenali sebagai unsur/kepentingan yang sama: pesan judul kembar
  const duaKolom = (a: number, b: number, pesan: string) =>
    galatNilai(kunciTeks(judul[a]) === kunciTeks(judul[b]) ? pesanJudulKembar(sumber, judul, a, b) : pesan);
  const cari = (nama: string | undefined, peran: string): number | null => {
    if (nama === undefined) return null;
    const i = judul.findIndex((j) => kunciTeks(j) === kunciTeks(nama));
    if (i < 0) throw galatNA(`kolom ${peran} "${nama}" tidak ada (kolom yang ada: ${judul.join(", ")})`);
    return i;
  };
  const layanan = cari(namaLayanan, "layanan");
  const waktu = cari(namaWaktu, "waktu");
  const n = UNSUR_FORMULIR[aturan].length;
  const unsur: number[] = new Array<number>(n).fill(-1);
  const kep: number[] = new Array<number>(n).fill(-1);
  const lain: number[] = [];
  const nama = (x: number) => UNSUR_BAWAAN[aturan][x];
  judul.forEach((j, i) => {
    if (i === layanan || i === waktu) return;
    const kp = kepentinganDariJudul(j, aturan);
    if (kp !== null) {
      if (kp.length === 0) return void lain.push(i);
      if (kp.length > 1)
        throw galatNilai(
          `judul kolom ${i + 1} "${j}" mengenai kepentingan lebih dari satu unsur (${kp.map(nama).join(", ")}); ganti judulnya menjadi K1…K${n}`,
        );
      if (kep[kp[0]] >= 0)
        throw duaKolom(
          kep[kp[0]],
          i,
          `kepentingan unsur "${nama(kp[0])}" dikenali di dua kolom: "${judul[kep[kp[0]]]}" dan "${j}"`,
        );
      kep[kp[0]] = i;
      return;
    }
    const u = unsurDariJudul(j, aturan);
    if (u.length === 0) return void lain.push(i);
    if (u.length > 1)
      throw galatNilai(
        `judul kolom ${i + 1} "${j}" mengenai lebih dari satu unsur (${u.map((x) => UNSUR_BAWAAN[aturan][x]).join(", ")}); ganti judulnya menjadi U1…U${n}`,
      );
    if (unsur[u[0]] >= 0)
      throw duaKolom(
        unsur[u[0]],
        i,
        `unsur "${UNSUR_BAWAAN[aturan][u[0]]}" dikenali di dua kolom: "${judul[unsur[u[0]]]}" dan "${j}"`,
      );
    unsur[u[0]] = i;
  });
  const hilang = unsur
    .map((x, j) =>
      x < 0
        ? `U${j + 1} ${nama(j)}${kep[j] >= 0 ? ` (kolom "${judul[kep[j]]}" dibaca sebagai kepentingan/harapan karena judulnya memuat ${KATA_KEPENTINGAN.join("/")})` : ""}`
        : "",
    )
    .filter(Boolean);
  if (hilang.length > 0)
    throw galatNA(
      `kolom unsur tidak ditemukan: ${hilang.join("; ")} (judul kolom harus memuat nama unsurnya atau U1…U${n})`,
    );
  const adaKep = kep.some((x) => x >= 0);
  const tanpaKep = kep.map((x, j) => (x < 0 ? `U${j + 1} ${nama(j)}` : "")).filter(Boolean);
  if (adaKep && tanpaKep.length > 0) {
    throw galatNA(
      `kolom kepentingan/harapan tidak lengkap: tidak ada untuk ${tanpaKep.join("; ")} (judul kolom kepentingan memuat nama unsurnya dan kata ${KATA_KEPENTINGAN.join("/")}, atau K1…K${n})`,
    );
  }
  return { unsur, kepentingan: adaKep ? kep : null, layanan, waktu, lain };
}

// ---------- waktu dan periode ----------

export interface BulanTahun {
  tahun: number;
  bulan: number;
}

/** Hari pertama tanggal seri Excel (1900, dengan 29/2/1900 fiktif): seri 25569 = 1970-01-01. */
const SERI_EPOCH_UNIX = 25569;

function sahTanggal(tahun: number, bulan: number, hari: number): boolean {
  if (bulan < 1 || bulan > 12 || hari < 1 || tahun < 1900 || tahun > 9999) return false;
  const d = new Date(Date.UTC(tahun, bulan - 1, hari));
  return d.getUTCMonth() === bulan - 1 && d.getUTCDate() === hari;
}

export interface TanggalWaktu extends BulanTahun {
  hari: number;
  /** Detik sejak tengah malam (0 bila jam tidak ada). */
  detik: number;
}

/**
 * Tanggal dan jam dari cap waktu: Date, tanggal seri Excel (angka), ISO "2026-01-15 10:23:11",
 * "15/01/2026 10:23:11" (hbt, bawaan) atau "1/15/2026 10:23:11 AM" (bht).
 * @throws #VALUE! bila tidak dapat dibaca atau tanggalnya tidak ada
 */
export function bacaTanggalWaktu(x: unknown, format: FormatTanggal = "hbt"): TanggalWaktu {
  if (x instanceof Date) {
    if (Number.isNaN(x.getTime())) throw galatNilai("tanggal tidak sah");
    return {
      tahun: x.getUTCFullYear(),
      bulan: x.getUTCMonth() + 1,
      hari: x.getUTCDate(),
      detik: x.getUTCHours() * 3600 + x.getUTCMinutes() * 60 + x.getUTCSeconds(),
    };
  }
  if (typeof x === "number") return dariSeri(x);
  const t = String(x ?? "").trim();
  if (/^\d+(\.\d+)?$/.test(t)) return dariSeri(Number(t));
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]|$)/.exec(t);
  if (m) return pastikan(Number(m[1]), Number(m[2]), Number(m[3]), t);
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s|,|$)/.exec(t);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    const [hari, bulan] = format === "hbt" ? [a, b] : [b, a];
    if (bulan > 12 && hari <= 12) {
      const saran =
        format === "hbt"
          ? "; untuk bulan/hari/tahun pakai --format-tanggal bht"
          : "; untuk hari/bulan/tahun pakai --format-tanggal hbt";
      throw galatNilai(`tanggal "${t}" tidak ada (bulan ${bulan})${saran}`);
    }
    return pastikan(Number(m[3]), bulan, hari, t);
  }
  throw galatNilai(`cap waktu "${t}" tidak dikenal (contoh: 2026-01-15 10:23:11 atau 15/01/2026 10:23:11)`);
}

/** Tahun dan bulan dari cap waktu (lihat bacaTanggalWaktu). */
export function bacaWaktu(x: unknown, format: FormatTanggal = "hbt"): BulanTahun {
  const w = bacaTanggalWaktu(x, format);
  return { tahun: w.tahun, bulan: w.bulan };
}

/** Tanggal seri Excel (hari sejak 1899-12-30, pecahan = jam) dari cap waktu; untuk lembar Jawaban. */
export function serialExcel(x: unknown, format: FormatTanggal = "hbt"): number {
  if (typeof x === "number") return x;
  const w = bacaTanggalWaktu(x, format);
  return Date.UTC(w.tahun, w.bulan - 1, w.hari) / 86400000 + SERI_EPOCH_UNIX + w.detik / 86400;
}

/** Jam pada teks cap waktu: "10:23:11", "10:23", "10:23:11 AM/PM". */
function detikDari(t: string): number {
  const m = /(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?\s*$/.exec(t);
  if (!m) return 0;
  let jam = Number(m[1]);
  if (m[4]) jam = (jam % 12) + (m[4].toLowerCase() === "pm" ? 12 : 0);
  return jam * 3600 + Number(m[2]) * 60 + Number(m[3] ?? 0);
}

function pastikan(tahun: number, bulan: number, hari: number, teks: string): TanggalWaktu {
  if (!sahTanggal(tahun, bulan, hari)) throw galatNilai(`tanggal "${teks}" tidak ada`);
  return { tahun, bulan, hari, detik: detikDari(teks) };
}

function dariSeri(s: number): TanggalWaktu {
  if (!Number.isFinite(s) || s < 1 || s >= 2958466) throw galatNilai(`tanggal seri Excel ${s} di luar rentang`);
  const d = new Date(Math.round((s - SERI_EPOCH_UNIX) * 86400) * 1000);
  return {
    tahun: d.getUTCFullYear(),
    bulan: d.getUTCMonth() + 1,
    hari: d.getUTCDate(),
    detik: d.getUTCHours() * 3600 + d.getUTCMinutes() * 60 + d.getUTCSeconds(),
  };
}

export interface Periode {
  /** 2026-S1, 2026-Q3, 2026-05 atau 2026. */
  nama: string;
  /** Kunci urut waktu. */
  urut: number;
}

/** Periode sebuah bulan: semester YYYY-S1/S2, triwulan YYYY-Q1…Q4, bulan YYYY-MM, tahun YYYY. */
export function periodeDari(w: BulanTahun, jenis: JenisPeriode): Periode {
  const { tahun, bulan } = w;
  switch (jenis) {
    case "semester": {
      const s = bulan <= 6 ? 1 : 2;
      return { nama: `${tahun}-S${s}`, urut: tahun * 100 + s };
    }
    case "triwulan": {
      const q = Math.ceil(bulan / 3);
      return { nama: `${tahun}-Q${q}`, urut: tahun * 100 + q };
    }
    case "bulan":
      return { nama: `${tahun}-${String(bulan).padStart(2, "0")}`, urut: tahun * 100 + bulan };
    case "tahun":
      return { nama: String(tahun), urut: tahun * 100 };
  }
}

/**
 * Batas periode sebagai tanggal seri Excel [mulai, sebelum): "2026-S1" → [1/1/2026, 1/7/2026), "2026-Q3",
 * "2026-05", "2026". Untuk kriteria COUNTIFS ">="&mulai dan "<"&sebelum atas cap waktu. null untuk nama lain
 * (mis. SEMUA_PERIODE, tanpa kolom waktu).
 */
export function batasPeriode(nama: string): [number, number] | null {
  const m = /^(\d{4})(?:-(S[12]|Q[1-4]|\d{2}))?$/.exec(nama);
  if (!m) return null;
  const th = Number(m[1]);
  const b = m[2];
  const [awal, banyak] =
    b === undefined
      ? [1, 12]
      : b[0] === "S"
        ? [b === "S1" ? 1 : 7, 6]
        : b[0] === "Q"
          ? [3 * Number(b[1]) - 2, 3]
          : [Number(b), 1];
  const seri = (bulan: number) => Date.UTC(th, bulan - 1, 1) / 86400000 + SERI_EPOCH_UNIX;
  return [seri(awal), seri(awal + banyak)];
}

// ---------- konvensi hitung ----------

export interface KonvensiSkm {
  penimbang: KonvensiPenimbang;
  /** Desimal NRR sebelum ditimbang (null = tidak dibulatkan). */
  pembulatanNrr: PembulatanNrr;
}

export const KONVENSI_BAWAAN: KonvensiSkm = { penimbang: "1/n", pembulatanNrr: null };

/** Angka penimbang untuk n unsur. */
export function angkaPenimbang(p: KonvensiPenimbang, n: number): number {
  return p === "1/n" ? 1 / n : Number(p);
}

/**
 * Pecahan jumlah/banyak dibulatkan ke `d` desimal, setengah menjauhi nol, dihitung tepat dengan bilangan
 * bulat (seperti ROUND Excel pada nilai desimalnya, tanpa galat biner: 201/200 → 1,01).
 */
export function bulatkanPecahan(jumlah: number, banyak: number, d: number): number {
  const f = 10 ** d;
  return Math.floor((2 * jumlah * f + banyak) / (2 * banyak)) / f;
}

export interface HasilKelompok {
  responden: number;
  jumlah: number[];
  banyak: number[];
  nrr: number[];
  /** NRR yang ditimbang (= nrr, atau nrr dibulatkan menurut konvensi). */
  nrrDipakai: number[];
  indeks: number;
  nilai: number;
  mutu: MutuSkm;
  kinerja: KinerjaSkm;
}

/** NRR, indeks, nilai, mutu dan kinerja dari Σ dan banyak jawaban per unsur. */
export function hitungKelompok(
  responden: number,
  jumlah: ArrayLike<number>,
  banyak: ArrayLike<number>,
  aturan: AturanSkm,
  konvensi: KonvensiSkm = KONVENSI_BAWAAN,
): HasilKelompok {
  const n = jumlah.length;
  const w = angkaPenimbang(konvensi.penimbang, n);
  const nrr: number[] = [];
  const dipakai: number[] = [];
  let indeks = 0;
  for (let j = 0; j < n; j++) {
    if (banyak[j] === 0) throw galatNA(`unsur ke-${j + 1} tidak punya jawaban`);
    const v = jumlah[j] / banyak[j];
    const p = konvensi.pembulatanNrr === null ? v : bulatkanPecahan(jumlah[j], banyak[j], konvensi.pembulatanNrr);
    nrr.push(v);
    dipakai.push(p);
    indeks += p * w;
  }
  const nilai = indeks * NILAI_DASAR_SKM;
  const pita = pitaMutu(nilai, aturan);
  return {
    responden,
    jumlah: Array.from(jumlah),
    banyak: Array.from(banyak),
    nrr,
    nrrDipakai: dipakai,
    indeks,
    nilai,
    mutu: pita.mutu,
    kinerja: pita.kinerja,
  };
}

// ---------- tindak lanjut dan kuadran ----------

export interface UnsurTindakLanjut {
  /** Nomor unsur 0-based. */
  unsur: number;
  nrr: number;
}

/**
 * Unsur untuk rencana tindak lanjut dari NRR unit: urut NRR naik (NRR kembar menurut nomor unsur; kunci urut
 * NRR + nomor/10⁹ sama dengan kolom bantu lembar Hasil), lalu tiga terendah (tanpa ambang) atau semua unsur
 * dengan NRR < ambang.
 * @throws #VALUE! bila ambang bukan angka terhingga
 */
export function pilihTindakLanjut(nrr: readonly number[], ambang?: number): UnsurTindakLanjut[] {
  if (ambang !== undefined && !Number.isFinite(ambang)) throw galatNilai(`ambang NRR ${ambang} bukan angka`);
  const urut = nrr.map((v, j) => ({ unsur: j, nrr: v, kunci: v + (j + 1) / 1e9 })).sort((a, b) => a.kunci - b.kunci);
  const pilih = ambang === undefined ? urut.slice(0, BANYAK_TINDAK_LANJUT) : urut.filter((x) => x.nrr < ambang);
  return pilih.map(({ unsur, nrr: v }) => ({ unsur, nrr: v }));
}

export interface UnsurKuadran {
  kepentingan: number;
  kinerja: number;
  kuadran: KodeKuadran;
}

export interface HasilKuadran {
  /** Garis pemisah: rata-rata dari rata-rata kepentingan unsur. */
  garisKepentingan: number;
  /** Garis pemisah: rata-rata dari NRR unsur. */
  garisKinerja: number;
  unsur: UnsurKuadran[];
}

/**
 * Kuadran importance–performance (Martilla & James 1977) tiap unsur. Garis pemisah = rata-rata dari
 * rata-rata unsur pada tiap sumbu; kepentingan ≥ garis = penting, kinerja ≥ garis = tinggi:
 * I penting & kinerja rendah (prioritas utama), II penting & tinggi (pertahankan), III kurang penting &
 * rendah (prioritas rendah), IV kurang penting & tinggi (berlebihan). Tanpa pembulatan.
 * @throws #VALUE! bila panjang kedua larik berbeda atau kosong
 */
export function hitungKuadran(kepentingan: ArrayLike<number>, kinerja: ArrayLike<number>): HasilKuadran {
  const n = kepentingan.length;
  if (n === 0 || kinerja.length !== n)
    throw galatNilai(`kuadran perlu kepentingan dan kinerja untuk unsur yang sama (${n} dan ${kinerja.length})`);
  let sk = 0;
  let sp = 0;
  for (let j = 0; j < n; j++) {
    sk += kepentingan[j];
    sp += kinerja[j];
  }
  const gk = sk / n;
  const gp = sp / n;
  const unsur: UnsurKuadran[] = [];
  for (let j = 0; j < n; j++) {
    const penting = kepentingan[j] >= gk;
    const tinggi = kinerja[j] >= gp;
    const kuadran: KodeKuadran = penting ? (tinggi ? "II" : "I") : tinggi ? "IV" : "III";
    unsur.push({ kepentingan: kepentingan[j], kinerja: kinerja[j], kuadran });
  }
  return { garisKepentingan: gk, garisKinerja: gp, unsur };
}

// ---------- seluruh siklus ----------

/** Tabel ekspor formulir: judul apa adanya dan baris (nomor baris di berkas untuk pesan galat). */
export interface TabelJawaban {
  sumber: string;
  judul: string[];
  baris: { no: number; sel: unknown[] }[];
}

export interface OpsiSiklus {
  aturan: AturanSkm;
  kolomLayanan?: string;
  kolomWaktu?: string;
  periode: JenisPeriode;
  formatTanggal: FormatTanggal;
  peta: PetaJawaban;
  konvensi: KonvensiSkm;
  hasilUnit: HasilUnit;
  /** Populasi per layanan (nama persis seperti di data) untuk uji Krejcie–Morgan. */
  populasi?: ReadonlyMap<string, number>;
  /** Ambang NRR tindak lanjut (semua unsur di bawahnya); tanpa ini tiga NRR terendah. */
  ambang?: number;
  /** Peta jawaban kepentingan/harapan (bawaan: petaKepentinganDengan()). */
  petaKepentingan?: Map<string, number>;
}

export interface SampelLayanan {
  populasi: number;
  minimal: number;
  cukup: boolean;
}

export interface HasilLayananPeriode extends HasilKelompok {
  nama: string;
  sampel?: SampelLayanan;
}

export interface HasilPeriode {
  nama: string;
  layanan: HasilLayananPeriode[];
  unit: HasilKelompok;
  /** Unsur tindak lanjut menurut NRR unit (pilihTindakLanjut). */
  tindakLanjut: UnsurTindakLanjut[];
  /** Kuadran kepentingan–kinerja unit; hanya bila formulir punya kolom kepentingan dan setiap unsur dijawab kepentingannya di periode ini. */
  kuadran?: HasilKuadran;
}

export interface HasilSiklus {
  aturan: AturanSkm;
  periode: HasilPeriode[];
  tata: TataKolom;
  /** Periode dan layanan tiap baris (urutan tabel; kosong bila dihitung beraliran tanpa menyimpan baris). */
  periodeBaris: string[];
  layananBaris: string[];
}

/** Nama layanan/periode bila kolomnya tidak diberikan (sama dengan rumus lembar Nilai). */
export const SEMUA_LAYANAN = "Semua layanan";
export const SEMUA_PERIODE = "Semua";

/** Galat baris tabel: pesan menyebut sumber, baris, kolom dan teks. */
export class GalatBaris extends GalatKinerja {
  constructor(pesan: string) {
    super("NILAI", pesan);
    this.name = "GalatBaris";
  }
}

/** Teks jawaban yang tidak ada di peta jawaban (panel menyarankan lembar Peta Jawaban). */
export class JawabanTakDikenal extends GalatBaris {}

function teksSel(x: unknown): string {
  if (x === null || x === undefined) return "";
  if (x instanceof Date) return x.toISOString();
  return String(x);
}

interface Akumulator {
  responden: number;
  jumlah: Float64Array;
  banyak: Float64Array;
}

const akumulatorBaru = (n: number): Akumulator => ({
  responden: 0,
  jumlah: new Float64Array(n),
  banyak: new Float64Array(n),
});

/** Membaca, memetakan dan mengelompokkan seluruh tabel; galat pertama menghentikan (tanpa hasil sebagian). */
export function hitungSiklus(t: TabelJawaban, o: OpsiSiklus): HasilSiklus {
  const p = new PenghitungSiklus(t.sumber, t.judul, o, true);
  for (const b of t.baris) p.tambah(b);
  return p.selesai();
}

/**
 * Penghitung siklus beraliran: baris ditambahkan satu per satu (mis. saat berkas masih dibaca) dan hanya
 * Σ/banyak per periode × layanan × unsur yang disimpan, sehingga memori tidak tumbuh dengan banyak jawaban.
 * `simpanBaris`: juga catat periode/layanan tiap baris (untuk salinan buku kerja). Aturan baris sama dengan
 * `hitungSiklus` (yang memakai kelas ini).
 */
export class PenghitungSiklus {
  private readonly t: TabelJawaban;
  readonly tata: TataKolom;
  private readonly n: number;
  private readonly periodeBaris: string[] = [];
  private readonly layananBaris: string[] = [];
  private readonly urutPeriode = new Map<string, number>();
  private readonly kelompok = new Map<string, Map<string, Akumulator>>();
  private readonly cacheWaktu = new Map<string, Periode>();
  private readonly ejaanLayanan = new Map<string, string>();
  private readonly petaKep: Map<string, number> | null;
  private readonly kepPeriode = new Map<string, Akumulator>();
  private banyak = 0;

  constructor(
    sumber: string,
    judul: string[],
    private readonly o: OpsiSiklus,
    private readonly simpanBaris = false,
  ) {
    this.t = { sumber, judul, baris: [] };
    this.tata = kenaliKolom(judul, o.aturan, o.kolomLayanan, o.kolomWaktu, sumber);
    this.n = this.tata.unsur.length;
    this.petaKep = this.tata.kepentingan ? (o.petaKepentingan ?? petaKepentinganDengan()) : null;
  }

  /** Satu baris responden (nomor baris berkas untuk pesan galat). @throws GalatBaris */
  tambah(b: { no: number; sel: unknown[] }): void {
    const { t, tata, o, n } = this;
    const per = periodeBarisIni(t, b, tata, o, this.cacheWaktu);
    const lay = tata.layanan === null ? SEMUA_LAYANAN : namaLayanan(t, b, tata.layanan, this.ejaanLayanan);
    if (this.simpanBaris) {
      this.periodeBaris.push(per.nama);
      this.layananBaris.push(lay);
    }
    this.banyak++;
    this.urutPeriode.set(per.nama, per.urut);
    let mp = this.kelompok.get(per.nama);
    if (!mp) this.kelompok.set(per.nama, (mp = new Map()));
    let ak = mp.get(lay);
    if (!ak) mp.set(lay, (ak = akumulatorBaru(n)));
    ak.responden++;
    let terisi = 0;
    for (let j = 0; j < n; j++) {
      const v = nilaiJawaban(t, b, tata.unsur[j], o.peta[j]);
      if (v === 0) continue;
      ak.jumlah[j] += v;
      ak.banyak[j] += 1;
      terisi++;
    }
    if (terisi === 0) throw new GalatBaris(`${t.sumber} baris ${b.no}: responden tidak menjawab satu unsur pun`);
    if (tata.kepentingan && this.petaKep) {
      let kp = this.kepPeriode.get(per.nama);
      if (!kp) this.kepPeriode.set(per.nama, (kp = akumulatorBaru(n)));
      tambahKepentingan(t, b, tata.kepentingan, this.petaKep, kp);
    }
  }

  /** Hasil per periode (urut waktu) dan layanan. @throws #N/A bila tidak ada baris */
  selesai(): HasilSiklus {
    const { o, t, n } = this;
    if (this.banyak === 0) throw galatNA(`${t.sumber}: tidak ada baris responden di bawah judul`);
    const namaPeriode = [...this.kelompok.keys()].sort((a, b) => this.urutPeriode.get(a)! - this.urutPeriode.get(b)!);
    const periode = namaPeriode.map((p) =>
      hasilPeriode(p, this.kelompok.get(p)!, n, o, t.sumber, this.kepPeriode.get(p)),
    );
    return {
      aturan: o.aturan,
      periode,
      tata: this.tata,
      periodeBaris: this.periodeBaris,
      layananBaris: this.layananBaris,
    };
  }
}

function periodeBarisIni(
  t: TabelJawaban,
  b: { no: number; sel: unknown[] },
  tata: TataKolom,
  o: OpsiSiklus,
  cache: Map<string, Periode>,
): Periode {
  if (tata.waktu === null) return { nama: SEMUA_PERIODE, urut: 0 };
  const x = b.sel[tata.waktu];
  // periode hanya bergantung pada tanggal: simpan hasil per bagian tanggal (sebelum jam) agar 100.000 baris cepat
  const kunci =
    x instanceof Date
      ? ""
      : typeof x === "number"
        ? `n${Math.floor(x)}`
        : `t${
            String(x ?? "")
              .trim()
              .split(/[ T,]/)[0]
          }`;
  const ada = kunci === "" ? undefined : cache.get(kunci);
  if (ada) return ada;
  if (kosongTeks(x))
    throw new GalatBaris(`${t.sumber} baris ${b.no}, kolom "${t.judul[tata.waktu]}": cap waktu kosong`);
  let w: BulanTahun;
  try {
    w = bacaWaktu(x, o.formatTanggal);
  } catch (e) {
    throw new GalatBaris(`${t.sumber} baris ${b.no}, kolom "${t.judul[tata.waktu]}": ${(e as Error).message}`);
  }
  const p = periodeDari(w, o.periode);
  if (kunci !== "") cache.set(kunci, p);
  return p;
}

/**
 * Nama layanan baris ini. Seperti COUNTIFS Excel, huruf besar/kecil dan spasi berlebih tidak membedakan
 * layanan ("KTP" = "ktp "); ejaan yang pertama muncul dipakai sebagai nama.
 */
function namaLayanan(
  t: TabelJawaban,
  b: { no: number; sel: unknown[] },
  k: number,
  ejaan: Map<string, string>,
): string {
  const s = teksSel(b.sel[k]).trim().replace(/\s+/g, " ");
  if (s === "") throw new GalatBaris(`${t.sumber} baris ${b.no}, kolom "${t.judul[k]}": jenis layanan kosong`);
  const kunci = s.toLowerCase();
  const ada = ejaan.get(kunci);
  if (ada !== undefined) return ada;
  ejaan.set(kunci, s);
  return s;
}

/** Nilai 1–4 sebuah sel jawaban; 0 = kosong (tidak menjawab). */
function nilaiJawaban(
  t: TabelJawaban,
  b: { no: number; sel: unknown[] },
  k: number,
  peta: Map<string, number>,
): number {
  const x = b.sel[k];
  if (typeof x === "number") {
    if (x === 1 || x === 2 || x === 3 || x === 4) return x;
    throw new GalatBaris(`${t.sumber} baris ${b.no}, kolom "${t.judul[k]}": jawaban "${x}" bukan bilangan bulat 1–4`);
  }
  const s = teksSel(x);
  if (s === "") return 0;
  let v = peta.get(s);
  if (v === undefined) {
    const kunci = kunciTeks(s);
    if (kunci === "") return 0;
    v = peta.get(kunci);
    // ejaan mentah yang sudah dikenali disimpan agar baris berikutnya cukup satu pencarian
    if (v !== undefined) peta.set(s, v);
  }
  if (v === undefined)
    throw new JawabanTakDikenal(
      `${t.sumber} baris ${b.no}, kolom "${t.judul[k]}": jawaban "${s.trim()}" tidak ada di peta jawaban`,
    );
  return v;
}

/** Jawaban kepentingan satu baris ditambahkan ke Σ/banyak periodenya (kosong dilewati). */
function tambahKepentingan(
  t: TabelJawaban,
  b: { no: number; sel: unknown[] },
  kolom: readonly number[],
  peta: Map<string, number>,
  ak: Akumulator,
): void {
  for (let j = 0; j < kolom.length; j++) {
    const v = nilaiJawaban(t, b, kolom[j], peta);
    if (v === 0) continue;
    ak.jumlah[j] += v;
    ak.banyak[j] += 1;
  }
}

/** Kuadran periode: rata-rata kepentingan tiap unsur (semua responden periode) terhadap NRR unit; tanpa kuadran bila ada unsur tanpa jawaban kepentingan. */
function kuadranPeriode(kep: Akumulator | undefined, unit: HasilKelompok): HasilKuadran | undefined {
  if (!kep || Array.prototype.some.call(kep.banyak, (x: number) => x === 0)) return undefined;
  const rerata = Array.from(kep.jumlah, (s, j) => s / kep.banyak[j]);
  return hitungKuadran(rerata, unit.nrr);
}

function hasilPeriode(
  nama: string,
  mp: Map<string, Akumulator>,
  n: number,
  o: OpsiSiklus,
  sumber: string,
  kep?: Akumulator,
): HasilPeriode {
  const namaLayanan = [...mp.keys()].sort((a, b) => a.localeCompare(b, "id"));
  const gabung = akumulatorBaru(n);
  const layanan: HasilLayananPeriode[] = namaLayanan.map((l) => {
    const a = mp.get(l)!;
    gabung.responden += a.responden;
    for (let j = 0; j < n; j++) {
      gabung.jumlah[j] += a.jumlah[j];
      gabung.banyak[j] += a.banyak[j];
    }
    const h = hitungDenganSumber(a, o, `${sumber}: periode ${nama}, layanan "${l}"`);
    const pop = o.populasi?.get(l);
    const sampel = pop === undefined ? undefined : sampelLayanan(pop, a.responden);
    return { nama: l, ...h, ...(sampel ? { sampel } : {}) };
  });
  const pooled = hitungDenganSumber(gabung, o, `${sumber}: periode ${nama}`);
  const unit = o.hasilUnit === "rerata" ? rerataLayanan(layanan, pooled, o.aturan) : pooled;
  const kuadran = kuadranPeriode(kep, unit);
  return { nama, layanan, unit, tindakLanjut: pilihTindakLanjut(unit.nrr, o.ambang), ...(kuadran ? { kuadran } : {}) };
}

function hitungDenganSumber(a: Akumulator, o: OpsiSiklus, konteks: string): HasilKelompok {
  try {
    return hitungKelompok(a.responden, a.jumlah, a.banyak, o.aturan, o.konvensi);
  } catch (e) {
    if (e instanceof GalatKinerja) throw new GalatBaris(`${konteks}: ${e.message}`);
    throw e;
  }
}

/** Hasil unit = rata-rata nilai SKM layanan (bobot sama); NRR unit = rata-rata NRR layanan per unsur. */
function rerataLayanan(
  layanan: readonly HasilLayananPeriode[],
  pooled: HasilKelompok,
  aturan: AturanSkm,
): HasilKelompok {
  const k = layanan.length;
  const n = pooled.nrr.length;
  const nrr = new Array<number>(n).fill(0);
  const dipakai = new Array<number>(n).fill(0);
  let nilai = 0;
  for (const l of layanan) {
    nilai += l.nilai / k;
    for (let j = 0; j < n; j++) {
      nrr[j] += l.nrr[j] / k;
      dipakai[j] += l.nrrDipakai[j] / k;
    }
  }
  const pita = pitaMutu(nilai, aturan);
  return {
    ...pooled,
    nrr,
    nrrDipakai: dipakai,
    indeks: nilai / NILAI_DASAR_SKM,
    nilai,
    mutu: pita.mutu,
    kinerja: pita.kinerja,
  };
}

/** Krejcie–Morgan: sampel minimal untuk populasi layanan dan apakah responden mencukupinya. */
export function sampelLayanan(populasi: number, responden: number): SampelLayanan {
  const minimal = ukuranSampelKrejcieMorgan(populasi);
  return { populasi, minimal, cukup: responden >= minimal };
}
