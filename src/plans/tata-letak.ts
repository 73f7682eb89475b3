/**
 * Tata letak dan pengaturan cetak setiap rencana (murni, tanpa Office.js): lebar kolom dari label atau
 * nilai terpanjang (dengan batas), kepala tabel dan teks panjang dibungkus, teks panjang yang mengalir
 * ke luar tabel digabung selebar tabel, tinggi baris untuk teks terbungkus, letak dan ukuran grafik,
 * dan halaman A4 (orientasi menurut lebar tabel, muat satu halaman lebar, judul cetak, area cetak,
 * kepala/kaki halaman dengan metode, unit, periode dan nomor halaman).
 *
 * Model cetak (issue 23): huruf di kertas ≥ 8 pt. Lebar tabel dalam poin ditaksir dengan lebar karakter
 * LibreOffice (tanpa Calibri: DejaVu Sans, ±7 pt per satuan kolom; Excel ±5,3 pt, jadi di Excel huruf
 * lebih besar lagi). Per lembar: muat satu halaman lebar tegak bila skalanya ≥ SKALA_MIN, lalu mendatar;
 * bila masih terlalu lebar, kolom teks panjang diperas (dibungkus lebih sempit); bila masih juga, tabel
 * dicetak mendatar pada skala tetap dalam pita kolom dengan kolom kunci (kolom beku) diulang. Kolom bantu
 * tidak dicetak. Tabel yang bukan pertama di lembarnya mulai di halaman baru, dan lembar dengan lebih dari
 * satu tabel tidak memakai judul cetak (Excel mengulang judul cetak di SETIAP halaman lembar, jadi judul
 * tabel pertama akan berdiri di atas tabel berikutnya). Grafik di samping tabel yang hanya karena grafik itu
 * tidak muat satu halaman lebar (pita kolom akan membelahnya) diletakkan di bawah tabel, mulai di halaman baru
 * bila lembar lebih tinggi dari satu halaman. Area cetak yang diminta pembangun membatasi lebar tabel yang
 * dicetak. Teks panjang yang digabung selebar tabel paling lebar satu halaman mendatar (tidak terbelah pita).
 * Kaki halaman tengah menyebut cara cetak lembar.
 *
 * `rapikan(rencana)` dipanggil kedua adaptor (Excel dan .xlsx) sebelum menulis, jadi setiap rencana
 * mendapatkannya. Yang sudah diisi pembangun (mis. `cetak`) tidak ditimpa.
 *
 * Satuan lebar = "karakter" kolom Excel (lebar angka 0 fon bawaan). Lebar teks ditaksir per karakter
 * dengan faktor fon (tebal, judul 14 pt) yang sengaja longgar: LibreOffice tanpa fon Calibri/Carlito
 * mencetak dengan DejaVu Sans yang lebih lebar.
 */
import { daftarKeRentang } from "./validasi";
import { DAFTAR_METODE, adalahIdMetode } from "../metode/daftar";
import {
  alamat,
  hurufKolom,
  posisi,
  selBeralamat,
  type Grafik,
  type PengaturanCetak,
  type RencanaBukuKerja,
  type RencanaLembar,
  type Sel,
} from "./rencana";

/** Lebar kolom terbesar dan terkecil (karakter). */
export const LEBAR_MAKS = 60;
export const LEBAR_MIN = 4;
/** Lebar kolom bila tak ada isi yang dapat ditaksir (mis. masukan kosong). */
export const LEBAR_BAWAAN = 10;
/** Tinggi satu baris teks 11 pt (poin). */
export const TINGGI_BARIS = 15;
/** Poin di kertas per satuan lebar kolom pada skala 100 % (LibreOffice dengan DejaVu Sans, diukur: ±7,0–7,1). */
export const POIN_PER_KARAKTER = 7.1;
/** Skala cetak terkecil: sel 11 pt × 0,75 = 8,25 pt di kertas. */
export const SKALA_MIN = 0.75;
/** Lebar area cetak A4 (poin) dengan margin kiri-kanan 0,5 inci. */
export const LEBAR_KERTAS = { tegak: 595.3 - 72, mendatar: 841.9 - 72 } as const;
/** Tinggi area cetak A4 (poin): margin atas-bawah 0,75 inci. */
const TINGGI_KERTAS = { tegak: 841.9 - 108, mendatar: 595.3 - 108 } as const;
/** Tabel lebih lebar dari ini (karakter) dicetak mendatar: tegak tidak muat pada SKALA_MIN. */
export const BATAS_TEGAK = Math.floor(LEBAR_KERTAS.tegak / SKALA_MIN / POIN_PER_KARAKTER);
/** Tabel lebih lebar dari ini (karakter) dicetak dalam pita kolom: mendatar tidak muat pada SKALA_MIN. */
export const BATAS_MENDATAR = Math.floor(LEBAR_KERTAS.mendatar / SKALA_MIN / POIN_PER_KARAKTER);
/** Kolom teks tidak diperas lebih sempit dari ini (karakter). */
const LEBAR_PERAS_MIN = 24;
/** Tinggi grafik dalam baris. */
export const TINGGI_GRAFIK = 16;
/** Ruang kiri-kanan sel (karakter). */
const RUANG = 1.5;

/**
 * Nama metode untuk kepala halaman: label cetak metode (metode/daftar.ts), lalu nama panjang `namaPanjang`
 * (mis. metode yang belum terdaftar) tanpa keterangan dalam kurung; id internal tidak pernah dicetak.
 */
export function namaMetode(
  meta: { pembangun: string; opsi?: Record<string, unknown> },
  namaPanjang: Readonly<Record<string, string>> = {},
): string {
  if (meta.pembangun === "pegawai" && meta.opsi?.skala === "2022") return "Predikat pegawai (6/2022)";
  if (adalahIdMetode(meta.pembangun)) return DAFTAR_METODE[meta.pembangun].label;
  const panjang = Object.prototype.hasOwnProperty.call(namaPanjang, meta.pembangun) ? namaPanjang[meta.pembangun] : "";
  if (panjang) return singkat(panjang.replace(/\s*\([^)]*\)\s*/g, " ").trim(), 60);
  return "Penilaian kinerja pelayanan";
}

/**
 * Teks kepala halaman yang dipendekkan dengan wajar: utuh bila ≤ `maks`; lalu bagian sebelum ":" atau
 * " — "; lalu tanpa keterangan dalam kurung; terakhir dipotong di batas kata dengan "…".
 */
export function singkat(t: string, maks = 70): string {
  if (t.length <= maks) return t;
  const depan = t.split(/:\s| — /)[0].trim();
  if (depan.length >= 12 && depan.length <= maks) return depan;
  const tanpaKurung = t.replace(/\s*\([^)]*\)/g, "").trim();
  if (tanpaKurung.length <= maks) return tanpaKurung;
  const potong = t.slice(0, maks - 1);
  // potongan yang berakhir tepat di ujung kata dipakai utuh
  const spasi = t[maks - 1] === " " ? potong.length : potong.lastIndexOf(" ");
  return `${(spasi > maks / 2 ? potong.slice(0, spasi) : potong).replace(/[,;:.\s]+$/, "")}…`;
}

/** Faktor lebar per karakter menurut gaya (1 = lebar angka fon bawaan). */
export function faktorGaya(s: Pick<Sel, "gaya">): number {
  if (s.gaya === "judul") return 1.5;
  if (s.gaya === "subjudul" || s.gaya === "kepala" || s.gaya === "total") return 1.2;
  return 1.1;
}

/** Lebar (karakter) teks satu baris. */
export function lebarTeks(teks: string, faktor: number): number {
  let maks = 0;
  for (const baris of teks.split("\n")) if (baris.length > maks) maks = baris.length;
  return maks * faktor + RUANG;
}

/** Banyak baris teks bila dibungkus pada kolom selebar `lebar` karakter. */
export function banyakBaris(teks: string, lebar: number, faktor: number): number {
  // teks biasa (huruf kecil, spasi) rata-rata ±0,8 lebar angka; 0,85 × faktor agar tinggi baris tetap cukup
  const muat = Math.max(1, (lebar - RUANG) / (faktor * 0.85));
  let total = 0;
  for (const paragraf of teks.split("\n")) {
    let baris = 1;
    let isi = 0;
    for (const kata of paragraf.split(/\s+/).filter((k) => k)) {
      const p = kata.length;
      if (isi === 0) isi = p;
      else if (isi + 1 + p <= muat) isi += 1 + p;
      else {
        baris++;
        isi = p;
      }
      while (isi > muat) {
        baris++;
        isi -= muat;
      }
    }
    total += baris;
  }
  return total;
}

/** Lebar tampilan angka menurut format (taksiran karakter, tanpa ruang). */
function lebarFormat(format: string | undefined, nilai?: number): number {
  if (nilai !== undefined && !format) return String(nilai).length;
  if (!format) return 8;
  const polos = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  // tanggal/jam (mis. "dd/mm/yyyy hh:mm:ss"): selebar polanya; nama bulan ("mmmm") ±9 huruf
  if (/[ydhs]/i.test(polos) && !/[0#]/.test(polos))
    return polos.replace(/m{4,}/gi, "mmmmmmmmm").replace(/m{3}/gi, "mmm").length;
  const desimal = (format.split(".")[1] ?? "").replace(/[^0#]/g, "").length;
  const bulat = format.includes(",") ? 7 : 4;
  return bulat + (desimal ? desimal + 1 : 0) + (format.includes("%") ? 2 : 0);
}

type Peta = Map<string, Map<string, Sel>>;
/** Teks rumus yang sudah ditaksir per peta rencana (rujukan berulang tidak dihitung ulang). */
const MEMO = new WeakMap<Peta, Map<string, string | null>>();

/** Teks yang ditampilkan sebuah sel rumus bila dapat ditaksir: literal teks terpanjang atau teks sel yang dirujuk. */
function teksRumus(rumus: string, lembar: string, peta: Peta, dalam = 0): string | null {
  let terpanjang: string | null = null;
  const pilih = (t: string) => {
    if (terpanjang === null || t.length > terpanjang.length) terpanjang = t;
  };
  for (const m of rumus.matchAll(/"((?:[^"]|"")*)"/g)) if (m[1]) pilih(m[1].replace(/""/g, '"'));
  const rujuk = /(?:'((?:[^']|'')+)'|([A-Za-z_][\w.]*))?!?\$?([A-Z]{1,3})\$?(\d+)/g;
  for (const m of rumus
    .replace(/"(?:[^"]|"")*"/g, '""')
    .matchAll(/(?:'(?:[^']|'')+'!|[A-Za-z_][\w.]*!)?\$?[A-Z]{1,3}\$?\d+/g)) {
    const r = rujuk.exec(m[0]);
    rujuk.lastIndex = 0;
    if (!r) continue;
    const nama = m[0].includes("!") ? (r[1] ?? r[2] ?? lembar).replace(/''/g, "'") : lembar;
    const s = peta.get(nama)?.get(`${r[3]}${r[4]}`);
    if (s && s.peran !== "hitung" && typeof s.nilai === "string") pilih(s.nilai);
    // rujukan ke rumus teks (mis. kategori di lembar lain): ikuti sampai 3 tingkat
    if (s && s.rumus !== undefined && !s.format && dalam < 3) {
      const kunci = `${nama}!${r[3]}${r[4]}`;
      let memo = MEMO.get(peta);
      if (!memo) MEMO.set(peta, (memo = new Map()));
      if (!memo.has(kunci)) memo.set(kunci, teksRumus(s.rumus, nama, peta, dalam + 1));
      const t = memo.get(kunci);
      if (t) pilih(t);
    }
  }
  return terpanjang;
}

interface SelTaksir {
  baris: number;
  kolom: number;
  sel: Sel;
  /** Teks (untuk sel teks) atau null untuk angka. */
  teks: string | null;
  /** Lebar satu baris (karakter, dengan ruang). */
  lebar: number;
}

function taksir(l: RencanaLembar, peta: Peta): SelTaksir[] {
  const hasil: SelTaksir[] = [];
  for (const { baris, kolom, sel } of selBeralamat(l)) {
    const f = faktorGaya(sel);
    let teks: string | null = null;
    let lebar: number;
    if (sel.rumus !== undefined) {
      const t = sel.format ? null : teksRumus(sel.rumus, l.nama, peta);
      if (t !== null) {
        teks = t;
        lebar = lebarTeks(t, f);
      } else lebar = lebarFormat(sel.format) * f + RUANG;
    } else if (typeof sel.nilai === "string") {
      teks = sel.nilai;
      lebar = lebarTeks(teks, f);
    } else if (typeof sel.nilai === "number") lebar = lebarFormat(sel.format, sel.nilai) * f + RUANG;
    else if (typeof sel.nilai === "boolean") lebar = 6 * f + RUANG;
    else continue; // masukan kosong: lebar dari lebar bawaan kolom
    if (teks === "") continue;
    hasil.push({ baris, kolom, sel, teks, lebar });
  }
  return hasil;
}

/** Kata terpanjang (karakter). */
function kataTerpanjang(t: string): number {
  let m = 0;
  for (const k of t.split(/\s+/)) if (k.length > m) m = k.length;
  return m;
}

/** Isi lembar yang dipakai semua langkah tata letak. */
interface LembarTaksir {
  isi: Map<string, Sel>;
  barisAkhir: number;
  kolomAkhir: number;
  /** Kolom bantu (indeks 0-based): tidak tercetak, tidak dihitung lebarnya untuk halaman. */
  bantu: Set<number>;
  sel: SelTaksir[];
  terisi(b: number, k: number): boolean;
  /** Sel teks di baris kepala (juga masukan, mis. nama unsur SKM): dibungkus. */
  kepala(t: SelTaksir): boolean;
}

function bacaLembar(l: RencanaLembar, peta: Peta): LembarTaksir {
  const isi = new Map<string, Sel>();
  let barisAkhir = 0;
  let kolomAkhir = 0;
  for (const { baris, kolom, sel } of selBeralamat(l)) {
    isi.set(`${baris},${kolom}`, sel);
    if (baris > barisAkhir) barisAkhir = baris;
    if (kolom > kolomAkhir) kolomAkhir = kolom;
  }
  const sel = taksir(l, peta);
  const barisKepala = new Set<number>();
  for (const t of sel) if (t.sel.gaya === "kepala") barisKepala.add(t.baris);
  return {
    isi,
    barisAkhir,
    kolomAkhir,
    bantu: new Set((l.kolomBantu?.kolom ?? []).map((k) => posisi(`${k}1`).kolom)),
    sel,
    terisi: (b, k) => {
      const s = isi.get(`${b},${k}`);
      return !!s && !(s.nilai === "" && s.rumus === undefined);
    },
    kepala: (t) => t.teks !== null && (t.sel.gaya === "kepala" || barisKepala.has(t.baris)),
  };
}

/**
 * Langkah 1, lebar kolom: isi terpanjang (kepala: kata terpanjang, paling banyak ±3 baris), dibatasi
 * LEBAR_MAKS (yang lebih panjang dibungkus). Teks yang tetangga kanannya kosong boleh mengalir dan tidak
 * ikut menentukan lebar. Kolom dengan masukan kosong paling sedikit selebar lebar bawaan pembangun.
 */
function hitungLebar(
  l: RencanaLembar,
  t: LembarTaksir,
): { lebar: number[]; mengalir: SelTaksir[]; bungkus: SelTaksir[] } {
  const lebar: number[] = Array.from({ length: t.kolomAkhir + 1 }, () => 0);
  const bawaan = new Map((l.lebarKolom ?? []).map((k) => [posisi(`${k.kolom}1`).kolom, k.lebar]));
  const adaKosong = new Set<number>();
  for (const { kolom, sel: s } of selBeralamat(l))
    if (s.peran === "masukan" && (s.nilai === undefined || s.nilai === "")) adaKosong.add(kolom);
  const mengalir: SelTaksir[] = [];
  const bungkus: SelTaksir[] = [];
  const maksimum = new Map((l.lebarMaksimum ?? []).map((k) => [posisi(`${k.kolom}1`).kolom, k.lebar]));
  for (const s of t.sel) {
    let w = s.lebar;
    if (t.kepala(s) && s.teks !== null) {
      w = Math.max(kataTerpanjang(s.teks), Math.ceil(s.teks.length / 3)) * faktorGaya(s.sel) + RUANG;
      if (w < s.lebar) bungkus.push(s);
    } else if (s.teks !== null && s.kolom < t.kolomAkhir && !t.terisi(s.baris, s.kolom + 1)) {
      mengalir.push(s);
      continue;
    }
    const maks = Math.min(LEBAR_MAKS, maksimum.get(s.kolom) ?? LEBAR_MAKS);
    if (w > maks) {
      if (!bungkus.includes(s)) bungkus.push(s);
      w = maks;
    }
    if (w > lebar[s.kolom]) lebar[s.kolom] = w;
  }
  const minimum = new Map((l.lebarMinimum ?? []).map((k) => [posisi(`${k.kolom}1`).kolom, k.lebar]));
  for (let k = 0; k <= t.kolomAkhir; k++) {
    if (lebar[k] === 0 || adaKosong.has(k)) lebar[k] = Math.max(lebar[k], bawaan.get(k) ?? LEBAR_BAWAAN);
    lebar[k] = Math.max(lebar[k], minimum.get(k) ?? 0);
    lebar[k] = Math.round(Math.min(LEBAR_MAKS, Math.max(LEBAR_MIN, lebar[k])) * 10) / 10;
  }
  return { lebar, mengalir, bungkus };
}

/**
 * Langkah 2, bungkus dan gabung: teks mengalir yang tidak muat sampai sel terisi berikutnya (atau tepi
 * tabel) digabung selebar ruang itu dan dibungkus; teks di atas LEBAR_MAKS dan semua kepala dibungkus;
 * tinggi baris dari banyak baris teks terbungkus.
 */
function bungkusTeks(
  l: RencanaLembar,
  t: LembarTaksir,
  lebar: number[],
  mengalir: SelTaksir[],
  bungkus: SelTaksir[],
): Pick<RencanaLembar, "gabung" | "bungkus" | "tinggiBaris"> {
  const gabung = [...(l.gabung ?? [])];
  const tinggi = new Map<number, number>();
  const rentang = new Set<string>();
  const catatTinggi = (b: number, n: number) => {
    const h = n * TINGGI_BARIS + (n > 1 ? 2 : 0);
    if (n > 1 && h > (tinggi.get(b) ?? 0)) tinggi.set(b, h);
  };
  for (const s of mengalir) {
    let ujung = s.kolom;
    let ruang = lebar[s.kolom];
    // paling lebar satu halaman mendatar pada SKALA_MIN: dalam pita kolom sel gabungan tidak terbelah di dua halaman
    while (ujung < t.kolomAkhir && !t.terisi(s.baris, ujung + 1) && s.lebar > ruang) {
      const w = t.bantu.has(ujung + 1) ? 0 : lebar[ujung + 1];
      if (ruang + w > BATAS_MENDATAR) break;
      ujung++;
      ruang += w;
    }
    if (s.lebar <= ruang) continue;
    if (ujung > s.kolom) gabung.push(`${alamat(s.baris, s.kolom)}:${alamat(s.baris, ujung)}`);
    rentang.add(alamat(s.baris, s.kolom));
    // judul 14 pt: baris lebih tinggi (×1,3)
    catatTinggi(s.baris, banyakBaris(s.teks ?? "", ruang, faktorGaya(s.sel)) * (s.sel.gaya === "judul" ? 1.3 : 1));
  }
  for (const s of bungkus) {
    rentang.add(alamat(s.baris, s.kolom));
    catatTinggi(s.baris, banyakBaris(s.teks ?? "", lebar[s.kolom], faktorGaya(s.sel)));
  }
  // semua kepala dibungkus (di Excel juga), sehingga lebar kepala tidak pernah memotong teks
  for (const s of t.sel) if (t.kepala(s)) rentang.add(alamat(s.baris, s.kolom));
  return {
    gabung,
    bungkus: [...rentang],
    tinggiBaris: [...tinggi].sort((a, b) => a[0] - b[0]).map(([b, h]) => ({ baris: b + 1, tinggi: h })),
  };
}

/** Lebar tabel (karakter) dari kolom A sampai `kolomAkhir`, tanpa kolom bantu. */
function lebarCetak(lebar: number[], bantu: Set<number>, kolomAkhir: number): number {
  let w = 0;
  for (let k = 0; k <= kolomAkhir; k++) if (!bantu.has(k)) w += lebar[k] ?? LEBAR_BAWAAN;
  return w;
}

/** Kolom kunci (kolom beku, mis. No dan nama): diulang di setiap pita kolom; tidak diperas. */
function kolomKunci(l: RencanaLembar): number {
  return l.bekukan?.kolom ?? 0;
}

/**
 * Langkah 1b, peras: bila tabel terlalu lebar untuk A4 mendatar pada SKALA_MIN, kolom terlebar dipersempit
 * bergantian sampai tabel muat atau setiap kolom di batasnya: angka dan kata
 * terpanjang kepala tetap utuh, teks panjang paling sempit LEBAR_PERAS_MIN (atau kata terpanjangnya) dan
 * dibungkus (tinggi baris mengikuti), kolom masukan kosong paling sempit LEBAR_BAWAAN. Bila tabel tetap
 * tidak muat, lebar semula dipakai (pita kolom; baris tidak menjadi tinggi karena teks terbungkus).
 */
function peras(l: RencanaLembar, t: LembarTaksir, lebar: number[], mengalir: SelTaksir[], bungkus: SelTaksir[]): void {
  const akhir = t.kolomAkhir;
  let w = lebarCetak(lebar, t.bantu, akhir);
  if (w <= BATAS_MENDATAR) return;
  const batas = new Map<number, number>();
  // kolom kunci ikut diperas (teksnya dibungkus): lebih sempit = lebih banyak ruang di setiap pita
  for (let k = 0; k <= akhir; k++) if (!t.bantu.has(k)) batas.set(k, LEBAR_BAWAAN);
  for (const m of l.lebarMinimum ?? []) {
    const k = posisi(`${m.kolom}1`).kolom;
    if (batas.has(k)) batas.set(k, Math.max(batas.get(k) as number, m.lebar));
  }
  const teks: SelTaksir[] = [];
  for (const s of t.sel) {
    if (mengalir.includes(s) || !batas.has(s.kolom)) continue;
    let perlu = s.lebar;
    if (t.kepala(s) && s.teks !== null) perlu = kataTerpanjang(s.teks) * faktorGaya(s.sel) + RUANG;
    else if (s.teks !== null) {
      perlu = Math.min(s.lebar, Math.max(LEBAR_PERAS_MIN, kataTerpanjang(s.teks) * faktorGaya(s.sel) + RUANG));
      teks.push(s);
    }
    if (perlu > (batas.get(s.kolom) as number)) batas.set(s.kolom, perlu);
  }
  const semula = [...lebar];
  for (;;) {
    let terlebar = -1;
    let kedua = 0;
    for (const [k, b] of batas) {
      if (lebar[k] <= b + 0.05) continue;
      if (terlebar < 0 || lebar[k] > lebar[terlebar]) {
        kedua = terlebar < 0 ? kedua : Math.max(kedua, lebar[terlebar]);
        terlebar = k;
      } else kedua = Math.max(kedua, lebar[k]);
    }
    if (terlebar < 0 || w <= BATAS_MENDATAR) break;
    // turun sampai kolom terlebar berikutnya (bergantian), atau sebanyak kelebihannya, tidak di bawah batas
    const baru = Math.max(
      batas.get(terlebar) as number,
      lebar[terlebar] - (w - BATAS_MENDATAR),
      Math.min(lebar[terlebar] - 1, kedua),
    );
    w -= lebar[terlebar] - baru;
    lebar[terlebar] = Math.round(baru * 10) / 10;
  }
  // tetap tidak muat: lembar dicetak dalam pita kolom; lebar semula (baris satu tinggi) lebih mudah dibaca
  if (w > BATAS_MENDATAR + 0.5) {
    semula.forEach((x, k) => (lebar[k] = x));
    return;
  }
  for (const s of teks) if (s.lebar > lebar[s.kolom] && !bungkus.includes(s)) bungkus.push(s);
}

/**
 * Baris awal (0-based) setiap tabel yang bukan pertama di lembar: baris kepala yang barisnya sebelumnya
 * bukan kepala, di bawah baris kepala pertama (dan di bawah baris beku), mundur ke subjudul/catatannya
 * sampai baris kosong.
 */
export function tabelBerikut(l: RencanaLembar, t: Pick<LembarTaksir, "isi" | "barisAkhir">): number[] {
  const kepala = new Set<number>();
  const terisi = new Set<number>();
  for (const [k, s] of t.isi) {
    const b = Number(k.split(",")[0]);
    if (s.gaya === "kepala") kepala.add(b);
    if (
      !(s.nilai === "" && s.rumus === undefined) &&
      (s.nilai !== undefined || s.rumus !== undefined || s.peran === "masukan")
    )
      terisi.add(b);
  }
  let pertama = -1;
  for (let b = 0; b <= t.barisAkhir; b++)
    if (kepala.has(b)) {
      pertama = b;
      break;
    }
  if (pertama < 0) return [];
  const beku = l.bekukan?.baris ?? 0;
  const hasil: number[] = [];
  for (let b = pertama + 1; b <= t.barisAkhir; b++) {
    if (!kepala.has(b) || kepala.has(b - 1) || b < beku) continue;
    let awal = b;
    while (awal - 1 > pertama && terisi.has(awal - 1) && !kepala.has(awal - 1)) awal--;
    // tabel yang menempel pada tabel sebelumnya (tanpa baris kosong) dianggap lanjutannya
    if (awal - 1 > pertama && terisi.has(awal - 1)) continue;
    if (!hasil.includes(awal)) hasil.push(awal);
  }
  return hasil;
}

/** Baris awal (1-based) tabel-tabel yang bukan pertama di lembar `l` (untuk uji dan pemeriksa cetak). */
export function awalTabelBerikut(l: RencanaLembar): number[] {
  const isi = new Map<string, Sel>();
  let barisAkhir = 0;
  for (const { baris, kolom, sel } of selBeralamat(l)) {
    isi.set(`${baris},${kolom}`, sel);
    if (baris > barisAkhir) barisAkhir = baris;
  }
  return tabelBerikut(l, { isi, barisAkhir }).map((b) => b + 1);
}

/** Format label grafik: format tampilan sel datanya, paling banyak dua desimal ("0.0000000" → "0.00"). */
export function formatLabel(format: string | undefined): string {
  if (!format) return "General";
  return format.replace(/\.([0#]+)/g, (_, d: string) =>
    d.length > 2 ? `.${d.slice(0, 2).replace(/#/g, "0")}` : `.${d}`,
  );
}

/** Format sumbu nilai grafik: seperti label, tanpa desimal untuk persen ("0.00%" → "0%"). */
export function formatSumbuGrafik(f: string | undefined): string {
  if (!f) return "General";
  return f.includes("%") ? f.replace(/\.[0#]+/, "") : f;
}

/**
 * Langkah 3, grafik: dari `posisi` rencana selebar ±70 karakter (paling banyak 12 kolom), TINGGI_GRAFIK
 * baris; bila ada sel terisi di bawah grafik, grafik pindah ke bawah isi lembar (dua baris di bawah sel
 * terisi terakhir). Format label dari format sel data (≤ 2 desimal).
 */
function letakGrafik(
  l: RencanaLembar,
  lebar: number[],
  t: LembarTaksir,
  peta: Peta,
  keBawah = false,
): Grafik[] | undefined {
  let bawah = t.barisAkhir + 2;
  return l.grafik?.map((g) => {
    const data = posisi(g.data.split(":")[0]);
    const fmt = g.formatLabel ?? formatLabel(peta.get(l.nama)?.get(alamat(data.baris, data.kolom))?.format);
    if (g.sampai) return { ...g, formatLabel: fmt };
    let p = posisi(g.posisi);
    const rentang = (mulai: { baris: number; kolom: number }) => {
      let k = mulai.kolom;
      let w = 0;
      // kolom bantu tampak (tidak dicetak) membatasi lebar grafik: grafik tidak terpotong area cetak
      while (w < 70 && k < mulai.kolom + 12 && !(l.kolomBantu?.tampak && t.bantu.has(k)))
        w += lebar[k++] ?? LEBAR_BAWAAN;
      return { b2: mulai.baris + (g.tinggi ?? TINGGI_GRAFIK) - 1, k2: Math.max(k, mulai.kolom + 1) - 1 };
    };
    let r = rentang(p);
    let tertutup = keBawah;
    for (let b = p.baris; b <= r.b2 && !tertutup; b++)
      for (let k = p.kolom; k <= r.k2; k++) if (t.terisi(b, k)) tertutup = true;
    if (tertutup) {
      p = { baris: bawah, kolom: 0 };
      r = rentang(p);
      bawah = r.b2 + 2;
    }
    return { ...g, posisi: alamat(p.baris, p.kolom), sampai: alamat(r.b2, r.k2), formatLabel: fmt };
  });
}

/**
 * Grafik di samping tabel membuat lembar terlalu lebar untuk satu halaman mendatar (huruf ≥ 8 pt), padahal tabelnya
 * sendiri muat: dalam pita kolom grafik itu terbelah di dua halaman. Grafik seperti itu diletakkan di bawah tabel.
 */
function grafikMembelah(l: RencanaLembar, t: LembarTaksir, lebar: number[], grafik: Grafik[] | undefined): boolean {
  if (!grafik?.length || l.cetakMinta?.satuHalaman || l.cetak) return false;
  let kolom = t.kolomAkhir;
  while (kolom > 0 && t.bantu.has(kolom)) kolom--;
  if (lebarCetak(lebar, t.bantu, kolom) > BATAS_MENDATAR + 0.5) return false;
  let akhir = kolom;
  for (const g of grafik) akhir = Math.max(akhir, posisi(g.sampai as string).kolom);
  return lebarCetak(lebar, t.bantu, akhir) > BATAS_MENDATAR + 0.5;
}

/** Rentang huruf kolom "A–B" atau "I" dari indeks 0-based. */
const rentangKolom = (a: number, b: number): string => (a === b ? hurufKolom(a) : `${hurufKolom(a)}–${hurufKolom(b)}`);

/** Tinggi lembar (poin) dari baris 0 sampai `barisAkhir` menurut tinggi baris rencana. */
function tinggiLembar(barisAkhir: number, tinggi: { baris: number; tinggi: number }[]): number {
  const khusus = new Map(tinggi.map((x) => [x.baris - 1, x.tinggi]));
  let h = 0;
  for (let b = 0; b <= barisAkhir; b++) h += khusus.get(b) ?? TINGGI_BARIS;
  return h;
}

/**
 * Langkah 4, halaman: area cetak (tabel dan grafik, tanpa kolom bantu di ujung kanan); tegak atau mendatar
 * satu halaman lebar bila skalanya ≥ SKALA_MIN, selain itu pita kolom mendatar pada skala tetap dengan kolom
 * kunci diulang; pemisah halaman sebelum tabel berikutnya; judul cetak hanya untuk lembar satu tabel;
 * kepala/kaki halaman dengan nama metode dan cara cetaknya.
 */
function aturCetak(
  l: RencanaLembar,
  r: RencanaBukuKerja,
  t: LembarTaksir,
  lebar: number[],
  grafik: Grafik[] | undefined,
  tinggi: { baris: number; tinggi: number }[],
): PengaturanCetak {
  let kolomCetak = t.kolomAkhir;
  let barisCetak = t.barisAkhir;
  for (const g of grafik ?? []) {
    const s = posisi(g.sampai as string);
    if (s.baris > barisCetak) barisCetak = s.baris;
    if (s.kolom > kolomCetak) kolomCetak = s.kolom;
  }
  // kolom bantu di ujung kanan berada di luar area cetak
  while (kolomCetak > 0 && t.bantu.has(kolomCetak)) kolomCetak--;
  const minta = l.cetakMinta ?? {};
  // area cetak yang diminta pembangun membatasi lebar tabel yang dicetak (kolom di kanannya tidak dicetak)
  if (minta.area) kolomCetak = Math.min(kolomCetak, posisi(minta.area.split(":").pop() as string).kolom);
  const lebarTabel = lebarCetak(lebar, t.bantu, kolomCetak);
  const catatan: string[] = [];
  let orientasi: "tegak" | "mendatar" = minta.orientasi ?? (lebarTabel > BATAS_TEGAK ? "mendatar" : "tegak");
  let pita: Pick<PengaturanCetak, "skala" | "judulKolom"> & { satuHalamanLebar: boolean } = { satuHalamanLebar: true };
  if (!minta.satuHalaman && lebarTabel > BATAS_MENDATAR + 0.5) {
    orientasi = "mendatar";
    const skala = Math.round(SKALA_MIN * 100);
    // kolom kunci: kolom beku, atau kolom A bila tidak ada
    const kunci = Math.max(1, kolomKunci(l));
    const lebarKunci = lebarCetak(lebar, t.bantu, kunci - 1);
    // kolom kunci diulang bila menyisakan paling sedikit separuh halaman untuk kolom lain
    const ulang = kunci > 0 && lebarKunci * POIN_PER_KARAKTER * SKALA_MIN <= LEBAR_KERTAS[orientasi] / 2;
    const isi = LEBAR_KERTAS[orientasi] / (POIN_PER_KARAKTER * SKALA_MIN) - (ulang ? lebarKunci : 0);
    const banyak = Math.max(2, Math.ceil((lebarTabel - (ulang ? lebarKunci : 0)) / isi));
    pita = {
      satuHalamanLebar: false,
      skala,
      ...(ulang ? { judulKolom: `${hurufKolom(0)}:${hurufKolom(kunci - 1)}` } : {}),
    };
    catatan.push(
      `${orientasi} ${skala} %, ±${banyak} pita kolom${ulang ? `; kolom ${rentangKolom(0, kunci - 1)} diulang` : ""}`,
    );
  } else if (orientasi === "mendatar" && !minta.orientasi) catatan.push("mendatar, satu halaman lebar");
  const bantu = [...t.bantu].filter((k) => k <= t.kolomAkhir).sort((a, b) => a - b);
  if (bantu.length) catatan.push(`kolom bantu ${rentangKolom(bantu[0], bantu[bantu.length - 1])} tidak dicetak`);
  const berikut = minta.satuHalaman ? [] : tabelBerikut(l, t);
  // pemisah halaman hanya bila lembar tidak muat satu halaman tinggi (lembar pendek tetap satu halaman)
  const skalaCetak = pita.satuHalamanLebar
    ? Math.min(1, LEBAR_KERTAS[orientasi] / (lebarTabel * POIN_PER_KARAKTER))
    : SKALA_MIN;
  // grafik di bawah tabel terakhir juga mulai di halaman baru (tidak terbelah oleh batas halaman); pemisah sebelum
  // baris kosong di atasnya: LibreOffice menggambar grafik yang mulai tepat di pemisah juga di halaman sebelumnya
  const grafikBawah = minta.satuHalaman
    ? []
    : (grafik ?? []).map((g) => posisi(g.posisi).baris - 1).filter((b) => b > t.barisAkhir);
  const tinggiLebih = tinggiLembar(barisCetak, tinggi) * skalaCetak > TINGGI_KERTAS[orientasi];
  const putus = tinggiLebih ? [...berikut, ...grafikBawah].map((b) => b + 1) : [];
  if (tinggiLebih && berikut.length)
    catatan.push(`${berikut.length === 1 ? "tabel kedua" : "tabel berikutnya"} di halaman baru`);
  if (tinggiLebih && grafikBawah.length) catatan.push("grafik di halaman baru");
  return {
    kertas: "A4",
    orientasi,
    ...pita,
    ...(minta.satuHalaman ? { satuHalaman: true } : {}),
    ...(berikut.length ? {} : judulBaris(l, t.isi)),
    ...(putus.length ? { putusBaris: putus } : {}),
    area: minta.area ?? `A1:${alamat(barisCetak, kolomCetak)}`,
    // kepala 11 pt: kiri ≤ 30 dan tengah ≤ 40 karakter agar bagian kiri, tengah dan kanan tidak bertumpuk
    kepala: {
      kiri: kodeKepala(singkat(namaMetode(r.meta), 30)),
      tengah: kodeKepala(singkat(l.identitas?.unit ?? judulLembar(l) ?? l.nama, 40)),
      kanan: kodeKepala(singkat(l.identitas?.periode ?? "", 30)),
    },
    kaki: {
      kiri: "&A",
      tengah: catatan.length ? kodeKepala(`Cetak: ${catatan.join("; ")}`) : "",
      kanan: "Halaman &P dari &N",
    },
  };
}

/** Tata letak satu lembar (tidak mengubah `l`). */
export function tataLetakLembar(l: RencanaLembar, r: RencanaBukuKerja, peta: Peta = petaRencana(r)): RencanaLembar {
  const t = bacaLembar(l, peta);
  const { lebar, mengalir, bungkus } = hitungLebar(l, t);
  peras(l, t, lebar, mengalir, bungkus);
  let grafik = letakGrafik(l, lebar, t, peta);
  if (grafikMembelah(l, t, lebar, grafik)) grafik = letakGrafik(l, lebar, t, peta, true);
  const teks = bungkusTeks(l, t, lebar, mengalir, bungkus);
  return {
    ...l,
    ...teks,
    lebarKolom: lebar.map((w, k) => ({ kolom: hurufKolom(k), lebar: w })),
    grafik,
    cetak: l.cetak ?? aturCetak(l, r, t, lebar, grafik, teks.tinggiBaris ?? []),
  };
}

/** Baris judul cetak: dari baris kepala pertama sampai batas bekukan (bila ada). */
function judulBaris(l: RencanaLembar, isi: Map<string, Sel>): { judulBaris?: string } {
  const akhir = l.bekukan?.baris ?? 0;
  if (akhir <= 0) return {};
  for (let b = 0; b < akhir; b++) {
    for (const [k, s] of isi)
      if (s.gaya === "kepala" && k.startsWith(`${b},`)) return { judulBaris: `${b + 1}:${akhir}` };
  }
  return {};
}

function judulLembar(l: RencanaLembar): string | null {
  for (const { sel } of selBeralamat(l)) if (sel.gaya === "judul" && typeof sel.nilai === "string") return sel.nilai;
  return null;
}

/** Teks kepala/kaki halaman: "&" digandakan (kode Excel), panjang dibatasi. */
function kodeKepala(t: string): string {
  return singkat(t, 90).replace(/&/g, "&&");
}

/** Lembar → alamat → sel untuk seluruh rencana (rujukan antar-lembar). */
export function petaRencana(r: RencanaBukuKerja): Peta {
  const peta: Peta = new Map();
  for (const l of r.lembar) {
    const m = new Map<string, Sel>();
    for (const { alamat: a, sel } of selBeralamat(l)) m.set(a, sel);
    peta.set(l.nama, m);
  }
  return peta;
}

/**
 * Rencana dengan tata letak dan pengaturan cetak setiap lembar (rencana asal tidak diubah). Lembar yang
 * sudah punya `cetak` dianggap sudah dirapikan dan dibiarkan (rapikan(rapikan(r)) = rapikan(r)).
 */
export function rapikan(asal: RencanaBukuKerja): RencanaBukuKerja {
  // daftar validasi > 255 karakter → rentang sel (plans/validasi.ts), sebelum lebar dan area cetak dihitung
  const r = daftarKeRentang(asal);
  const peta = petaRencana(r);
  return { ...r, lembar: r.lembar.map((l) => (l.cetak ? l : tataLetakLembar(l, r, peta))) };
}
