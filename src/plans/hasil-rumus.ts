/**
 * Hasil tersimpan rumus rencana (issue 23): nilai setiap sel `hitung` dihitung di sini agar berkas .xlsx
 * menyimpannya sebagai hasil cache di samping rumusnya. Penampil tanpa mesin hitung (pratinjau surel,
 * ponsel, pembaca Python/R) lalu menampilkan angka yang benar; Excel tetap menghitung ulang saat membuka
 * (fullCalcOnLoad).
 *
 * Mengapa penilai rumus kecil dan bukan `hasil` dari core: rencana sudah memuat rumus asli yang menjadi
 * satu-satunya definisi angka di buku kerja; menghitung rumus itu sendiri menjamin hasil tersimpan sama
 * dengan yang dihitung Excel dari sel yang sama (termasuk isian pengguna dan #N/A), tanpa menyalin setiap
 * pembangun menjadi pemetaan core → alamat sel. Uji membandingkan setiap hasil dengan HyperFormula.
 * Tanpa dependensi baru: hanya fungsi yang dipakai pembangun (daftar FUNGSI). Rumus dengan fungsi lain
 * (mis. fungsi kustom =BOBOT.STABILITAS), rujukan melingkar atau nama tidak dikenal → tanpa hasil (sel itu
 * dan sel yang bergantung padanya ditulis tanpa cache, seperti sebelumnya).
 */
import { GalatKinerja } from "../core/errors";
import { posisi, selBeralamat, type RencanaBukuKerja } from "./rencana";

/** Nilai galat Excel. */
export class GalatRumus {
  constructor(readonly kode: "#N/A" | "#VALUE!" | "#DIV/0!" | "#NUM!" | "#REF!" | "#NAME?") {}
}

/** Hasil satu sel: angka, teks, logika, galat; null = sel kosong. */
export type HasilSel = number | string | boolean | GalatRumus | null;

/**
 * Rumus yang tidak dapat dihitung di sini (fungsi tak dikenal, lingkaran, nama): batas penilai ini, bukan salah
 * pengguna; ditangkap di modul ini (sel itu tanpa hasil tersimpan), tidak sampai ke pengguna.
 */
class TakTerhitung extends GalatKinerja {
  constructor(pesan: string) {
    super("NILAI", pesan, "batas");
  }
}

interface Rentang {
  jenis: "rentang";
  lembar: string;
  b1: number;
  k1: number;
  b2: number;
  k2: number;
}
interface Larik {
  jenis: "larik";
  isi: HasilSel[][];
}
type Nilai = HasilSel | Rentang | Larik;

type Simpul =
  | { t: "angka"; v: number }
  | { t: "teks"; v: string }
  | { t: "logika"; v: boolean }
  | { t: "galat"; v: GalatRumus }
  | { t: "rujuk"; lembar: string | null; b1: number; k1: number; b2: number; k2: number }
  | { t: "fungsi"; nama: string; arg: Simpul[] }
  | { t: "op"; op: string; a: Simpul; b: Simpul }
  | { t: "neg"; a: Simpul }
  | { t: "persen"; a: Simpul };

// ---------- pengurai ----------

const SEL = /^\$?([A-Z]{1,3})\$?(\d+)$/;
const KOLOM = /^\$?([A-Z]{1,3})$/;
const BARIS = /^\$?(\d+)$/;

function indeksKolom(h: string): number {
  let n = 0;
  for (const c of h) n = n * 26 + (c.charCodeAt(0) - 64);
  return n - 1;
}

/** Titik rentang: sel "A1", kolom "A" (baris -1) atau baris "5" (kolom -1). */
function titik(t: string): { b: number; k: number } | null {
  let m = t.match(SEL);
  if (m) return { b: Number(m[2]) - 1, k: indeksKolom(m[1]) };
  m = t.match(KOLOM);
  if (m) return { b: -1, k: indeksKolom(m[1]) };
  m = t.match(BARIS);
  if (m) return { b: Number(m[1]) - 1, k: -1 };
  return null;
}

class Pengurai {
  private i = 0;
  constructor(private readonly s: string) {}

  urai(): Simpul {
    const n = this.banding();
    this.spasi();
    if (this.i < this.s.length) throw new TakTerhitung(`sisa rumus: ${this.s.slice(this.i)}`);
    return n;
  }

  /** Pola lekat (flag y) di posisi sekarang, tanpa memotong teks rumus (rumus panjang tetap linear). */
  private cocok(pola: RegExp): RegExpExecArray | null {
    pola.lastIndex = this.i;
    return pola.exec(this.s);
  }

  private spasi(): void {
    while (this.s[this.i] === " ") this.i++;
  }

  private lihat(...op: string[]): string | null {
    this.spasi();
    for (const o of op) if (this.s.startsWith(o, this.i)) return o;
    return null;
  }

  private banding(): Simpul {
    let a = this.sambung();
    for (let o = this.lihat("<>", "<=", ">=", "=", "<", ">"); o; o = this.lihat("<>", "<=", ">=", "=", "<", ">")) {
      this.i += o.length;
      a = { t: "op", op: o, a, b: this.sambung() };
    }
    return a;
  }

  private sambung(): Simpul {
    let a = this.tambah();
    for (let o = this.lihat("&"); o; o = this.lihat("&")) {
      this.i++;
      a = { t: "op", op: "&", a, b: this.tambah() };
    }
    return a;
  }

  private tambah(): Simpul {
    let a = this.kali();
    for (let o = this.lihat("+", "-"); o; o = this.lihat("+", "-")) {
      this.i++;
      a = { t: "op", op: o, a, b: this.kali() };
    }
    return a;
  }

  private kali(): Simpul {
    let a = this.pangkat();
    for (let o = this.lihat("*", "/"); o; o = this.lihat("*", "/")) {
      this.i++;
      a = { t: "op", op: o, a, b: this.pangkat() };
    }
    return a;
  }

  private pangkat(): Simpul {
    let a = this.unari();
    for (let o = this.lihat("^"); o; o = this.lihat("^")) {
      this.i++;
      a = { t: "op", op: "^", a, b: this.unari() };
    }
    return a;
  }

  private unari(): Simpul {
    const o = this.lihat("-", "+");
    if (o) {
      this.i++;
      const a = this.unari();
      return o === "-" ? { t: "neg", a } : a;
    }
    let a = this.dasar();
    while (this.lihat("%")) {
      this.i++;
      a = { t: "persen", a };
    }
    return a;
  }

  private dasar(): Simpul {
    this.spasi();
    const s = this.s;
    const c = s[this.i];
    if (c === "(") {
      this.i++;
      const n = this.banding();
      this.harap(")");
      return n;
    }
    if (c === '"') {
      let j = this.i + 1;
      let v = "";
      for (;;) {
        if (j >= s.length) throw new TakTerhitung("teks tak ditutup");
        if (s[j] === '"') {
          if (s[j + 1] === '"') {
            v += '"';
            j += 2;
            continue;
          }
          break;
        }
        v += s[j++];
      }
      this.i = j + 1;
      return { t: "teks", v };
    }
    const angka = this.cocok(/(\d+\.?\d*|\.\d+)(E[+-]?\d+)?/iy);
    if (angka && !this.cocok(/\d+:/y)) {
      this.i += angka[0].length;
      return { t: "angka", v: Number(angka[0]) };
    }
    if (c === "#") {
      const m = this.cocok(/#(N\/A|VALUE!|DIV\/0!|NUM!|REF!|NAME\?)/y);
      if (!m) throw new TakTerhitung("galat tak dikenal");
      this.i += m[0].length;
      return { t: "galat", v: new GalatRumus(m[0] as GalatRumus["kode"]) };
    }
    // lembar: 'Nama ''x'''! atau Nama!
    let lembar: string | null = null;
    if (c === "'") {
      let j = this.i + 1;
      let v = "";
      for (;;) {
        if (j >= s.length) throw new TakTerhitung("nama lembar tak ditutup");
        if (s[j] === "'") {
          if (s[j + 1] === "'") {
            v += "'";
            j += 2;
            continue;
          }
          break;
        }
        v += s[j++];
      }
      if (s[j + 1] !== "!") throw new TakTerhitung("rujukan lembar");
      lembar = v;
      this.i = j + 2;
    } else {
      const m = this.cocok(/([A-Za-z_][\w.]*)!/y);
      if (m) {
        lembar = m[1];
        this.i += m[0].length;
      }
    }
    const m = this.cocok(/(\$?[A-Za-z_][\w.]*\$?\d*|\$?\d+)(:(\$?[A-Za-z]{1,3}\$?\d*|\$?\d+))?/y);
    if (!m) throw new TakTerhitung(`tak terurai: ${s.slice(this.i)}`);
    const kata = m[1].toUpperCase();
    if (lembar === null && !m[2] && s[this.i + m[0].length] === "(") {
      this.i += m[0].length + 1;
      return { t: "fungsi", nama: kata, arg: this.argumen() };
    }
    if (lembar === null && !m[2] && (kata === "TRUE" || kata === "FALSE")) {
      this.i += m[0].length;
      return { t: "logika", v: kata === "TRUE" };
    }
    const p = titik(kata);
    const q = m[2] ? titik(m[3].toUpperCase()) : p;
    if (!p || !q || (!m[2] && (p.b < 0 || p.k < 0))) throw new TakTerhitung(`nama tak dikenal: ${m[0]}`);
    this.i += m[0].length;
    return {
      t: "rujuk",
      lembar,
      b1: Math.min(p.b, q.b),
      k1: Math.min(p.k, q.k),
      b2: Math.max(p.b, q.b),
      k2: Math.max(p.k, q.k),
    };
  }

  private argumen(): Simpul[] {
    const arg: Simpul[] = [];
    if (this.lihat(")")) {
      this.i++;
      return arg;
    }
    for (;;) {
      // argumen kosong (mis. INDEX(r,,2)) tidak dipakai pembangun
      arg.push(this.banding());
      const o = this.lihat(",", ")");
      if (!o) throw new TakTerhitung("argumen");
      this.i++;
      if (o === ")") return arg;
    }
  }

  private harap(t: string): void {
    if (!this.lihat(t)) throw new TakTerhitung(`harap ${t}`);
    this.i += t.length;
  }
}

// ---------- nilai dasar ----------

const galat = (k: GalatRumus["kode"]) => new GalatRumus(k);

/** Angka dari nilai skalar (kosong = 0, teks angka diubah, teks lain #VALUE!). */
function keAngka(v: HasilSel): number | GalatRumus {
  if (v instanceof GalatRumus) return v;
  if (v === null || v === "") return v === null ? 0 : galat("#VALUE!");
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  const t = v.trim();
  if (t !== "" && !Number.isNaN(Number(t))) return Number(t);
  return galat("#VALUE!");
}

/** Teks tampilan angka "General": paling banyak 15 angka bermakna. */
export function teksAngka(x: number): string {
  if (Number.isInteger(x) && Math.abs(x) < 1e15) return String(x);
  return String(Number(x.toPrecision(15)));
}

function keTeks(v: HasilSel): string | GalatRumus {
  if (v instanceof GalatRumus) return v;
  if (v === null) return "";
  if (typeof v === "number") return teksAngka(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return v;
}

function keLogika(v: HasilSel): boolean | GalatRumus {
  if (v instanceof GalatRumus) return v;
  if (v === null) return false;
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0;
  const t = v.toUpperCase();
  if (t === "TRUE" || t === "FALSE") return t === "TRUE";
  return galat("#VALUE!");
}

/** Urutan jenis Excel untuk perbandingan: angka < teks < logika. */
const peringkatJenis = (v: HasilSel): number => (typeof v === "string" ? 1 : typeof v === "boolean" ? 2 : 0);

/** Perbandingan Excel: < 0, 0, > 0 (teks tanpa membedakan huruf besar; kosong = 0 atau ""). */
function banding(a: HasilSel, b: HasilSel): number {
  if (a === null) a = typeof b === "string" ? "" : typeof b === "boolean" ? false : 0;
  if (b === null) b = typeof a === "string" ? "" : typeof a === "boolean" ? false : 0;
  const ja = peringkatJenis(a);
  const jb = peringkatJenis(b);
  if (ja !== jb) return ja - jb;
  if (typeof a === "string" && typeof b === "string") {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  const x = Number(a);
  const y = Number(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Pembulatan Excel (setengah menjauhi nol) pada `d` desimal, dengan koreksi galat biner (2,675 → 2,68). */
export function bulatkan(x: number, d: number, arah: "dekat" | "atas" | "bawah" = "dekat"): number {
  const f = 10 ** d;
  const y = Number((Math.abs(x) * f).toPrecision(15));
  const r = arah === "atas" ? Math.ceil(y) : arah === "bawah" ? Math.floor(y) : Math.round(y);
  return (Math.sign(x) * r) / f;
}

// ---------- tanggal (seri Excel 1900, hari sejak 1899-12-30) ----------

const HARI_MS = 86400000;
function tanggalSeri(y: number, m: number, d: number): number {
  return Date.UTC(y, m - 1, d) / HARI_MS + 25569;
}
function dariSeri(s: number): Date {
  return new Date(Math.round((Math.floor(s) - 25569) * HARI_MS));
}

// ---------- kriteria COUNTIF/SUMIF ----------

/** Pencocok kriteria COUNTIF: ">5", "<>x", "=", teks berwildcard (* ?), angka. */
function pencocok(k: HasilSel): (v: HasilSel) => boolean {
  if (k instanceof GalatRumus) return (v) => v instanceof GalatRumus && v.kode === k.kode;
  if (typeof k === "boolean") return (v) => v === k;
  if (typeof k === "number") return (v) => v === k || (typeof v === "string" && v.trim() !== "" && Number(v) === k);
  const s = k ?? "";
  const m = s.match(/^(<=|>=|<>|<|>|=)?([\s\S]*)$/) as RegExpMatchArray;
  const op = m[1] ?? "=";
  const isi = m[2];
  const angka = isi.trim() !== "" && !Number.isNaN(Number(isi)) ? Number(isi) : null;
  if (op === "=" || op === "<>") {
    let cocok: (v: HasilSel) => boolean;
    if (isi === "") cocok = (v) => v === null || v === "";
    else if (angka !== null)
      cocok = (v) =>
        (typeof v === "number" && v === angka) || (typeof v === "string" && v.trim() !== "" && Number(v) === angka);
    else if (/[*?~]/.test(isi)) {
      const re = new RegExp(
        `^${isi.replace(/~([*?~])|([*?])|([.+^${}()|[\]\\])/g, (_, esc: string, w: string, lain: string) => (esc ? `\\${esc}` : w ? (w === "*" ? "[\\s\\S]*" : "[\\s\\S]") : `\\${lain}`))}$`,
        "i",
      );
      cocok = (v) => typeof v === "string" && re.test(v);
    } else {
      const b = isi.toLowerCase();
      cocok = (v) => typeof v === "string" && v.toLowerCase() === b;
    }
    return op === "=" ? cocok : (v) => !cocok(v);
  }
  const uji = (c: number) => (op === "<" ? c < 0 : op === ">" ? c > 0 : op === "<=" ? c <= 0 : c >= 0);
  if (angka !== null) return (v) => typeof v === "number" && uji(banding(v, angka));
  return (v) => typeof v === "string" && uji(banding(v, isi));
}

// ---------- penilai ----------

type Lembar = Map<string, { rumus?: string; nilai: HasilSel }>;
type IsiSel = { rumus?: string; nilai: HasilSel };

/** Kunci angka sel (kolom < 16.384 di Excel). */
const kunciSel = (b: number, k: number): number => b * 16384 + k;

/** Penilai buku kerja: nilai sel menurut lembar dan alamat, dihitung sekali (memo; isi rentang juga diingat). */
export class PenilaiRumus {
  private readonly sel0 = new Map<string, Map<number, IsiSel>>();
  private readonly hasil = new Map<string, Map<number, HasilSel | TakTerhitung>>();
  private readonly sedang = new Set<string>();
  private readonly batas = new Map<string, { b: number; k: number }>();
  private readonly rentang = new Map<string, HasilSel[][]>();
  private readonly datarRentang = new Map<string, HasilSel[]>();

  constructor(lembar: ReadonlyMap<string, Lembar>) {
    for (const [n, m] of lembar) {
      let b = 0;
      let k = 0;
      const isi = new Map<number, IsiSel>();
      for (const [a, s] of m) {
        const p = posisi(a);
        isi.set(kunciSel(p.baris, p.kolom), s);
        if (p.baris > b) b = p.baris;
        if (p.kolom > k) k = p.kolom;
      }
      this.sel0.set(n, isi);
      this.hasil.set(n, new Map());
      this.batas.set(n, { b, k });
    }
  }

  /** Nilai sel (null = kosong); undefined bila rumusnya (atau yang dirujuknya) tidak dapat dihitung di sini. */
  nilai(lembar: string, a: string): HasilSel | undefined {
    const p = posisi(a);
    try {
      return this.sel(lembar, p.baris, p.kolom);
    } catch (e) {
      if (e instanceof TakTerhitung || e instanceof RangeError) return undefined;
      throw e;
    }
  }

  private sel(lembar: string, b: number, k: number): HasilSel {
    const memo = this.hasil.get(lembar);
    const m = this.sel0.get(lembar);
    if (!memo || !m) throw new TakTerhitung(`lembar ${lembar}`);
    const kunci = kunciSel(b, k);
    const ada = memo.get(kunci);
    if (ada instanceof TakTerhitung) throw ada;
    if (ada !== undefined) return ada;
    const s = m.get(kunci);
    if (!s) return null;
    if (s.rumus === undefined) return s.nilai;
    const jejak = `${lembar}!${kunci}`;
    if (this.sedang.has(jejak)) throw new TakTerhitung("rujukan melingkar");
    this.sedang.add(jejak);
    try {
      const n = this.skalar(this.hitung(urai(s.rumus), lembar), true);
      // rumus yang hasilnya sel kosong menampilkan 0
      const v = n === null ? 0 : n;
      memo.set(kunci, v);
      return v;
    } catch (e) {
      if (e instanceof TakTerhitung) memo.set(kunci, e);
      throw e;
    } finally {
      this.sedang.delete(jejak);
    }
  }

  /** Nilai skalar: rentang satu sel → isinya; rentang lebih besar → #VALUE! (tanpa irisan implisit). */
  private skalar(v: Nilai, akhir = false): HasilSel {
    if (v === null || typeof v !== "object" || v instanceof GalatRumus) return v;
    if (v.jenis === "rentang") {
      if (v.b1 === v.b2 && v.k1 === v.k2) return this.sel(v.lembar, v.b1, v.k1);
      if (akhir) throw new TakTerhitung("hasil larik");
      return galat("#VALUE!");
    }
    if (v.isi.length === 1 && v.isi[0].length === 1) return v.isi[0][0];
    if (akhir) throw new TakTerhitung("hasil larik");
    return galat("#VALUE!");
  }

  /** Isi rentang/larik sebagai baris-baris nilai (kolom/baris utuh dibatasi sel terpakai). */
  private larik(v: Nilai): HasilSel[][] {
    if (v === null || typeof v !== "object" || v instanceof GalatRumus) return [[v]];
    if (v.jenis === "larik") return v.isi;
    // isi rentang yang sama dipakai banyak rumus (rujukan absolut): dihitung sekali
    const kunci = `${v.lembar}!${v.b1},${v.k1}:${v.b2},${v.k2}`;
    const ada = this.rentang.get(kunci);
    if (ada) return ada;
    const isi = this.isiRentang(v);
    this.rentang.set(kunci, isi);
    return isi;
  }

  private isiRentang(v: Rentang): HasilSel[][] {
    const batas = this.batas.get(v.lembar) ?? { b: 0, k: 0 };
    const b2 = v.b2 < 0 ? batas.b : Math.min(v.b2, Math.max(batas.b, v.b1));
    const k2 = v.k2 < 0 ? batas.k : Math.min(v.k2, Math.max(batas.k, v.k1));
    const b1 = Math.max(0, v.b1);
    const k1 = Math.max(0, v.k1);
    const isi: HasilSel[][] = [];
    for (let b = b1; b <= b2; b++) {
      const r: HasilSel[] = [];
      for (let k = k1; k <= k2; k++) r.push(this.sel(v.lembar, b, k));
      isi.push(r);
    }
    // rentang yang melewati sel terpakai: sisanya kosong (ukuran tetap sama dengan rentang)
    const tinggi = (v.b2 < 0 ? b2 : v.b2) - b1 + 1;
    const lebar = (v.k2 < 0 ? k2 : v.k2) - k1 + 1;
    while (isi.length < tinggi) isi.push([]);
    for (const r of isi) while (r.length < lebar) r.push(null);
    return isi;
  }

  private datar(v: Nilai): HasilSel[] {
    if (v === null || typeof v !== "object" || v instanceof GalatRumus || v.jenis !== "rentang")
      return this.larik(v).flat();
    const kunci = `${v.lembar}!${v.b1},${v.k1}:${v.b2},${v.k2}`;
    let d = this.datarRentang.get(kunci);
    if (!d) this.datarRentang.set(kunci, (d = this.larik(v).flat()));
    return d;
  }

  private hitung(n: Simpul, lembar: string): Nilai {
    switch (n.t) {
      case "angka":
      case "teks":
      case "logika":
      case "galat":
        return n.v;
      case "rujuk":
        return { jenis: "rentang", lembar: n.lembar ?? lembar, b1: n.b1, k1: n.k1, b2: n.b2, k2: n.k2 };
      case "neg":
        return this.peta1(this.hitung(n.a, lembar), (x) => {
          const a = keAngka(x);
          return a instanceof GalatRumus ? a : -a;
        });
      case "persen":
        return this.peta1(this.hitung(n.a, lembar), (x) => {
          const a = keAngka(x);
          return a instanceof GalatRumus ? a : a / 100;
        });
      case "op":
        return this.operasi(n.op, this.hitung(n.a, lembar), this.hitung(n.b, lembar));
      case "fungsi":
        return this.fungsi(n.nama, n.arg, lembar);
    }
  }

  private adalahLarik(v: Nilai): v is Rentang | Larik {
    if (v === null || typeof v !== "object" || v instanceof GalatRumus) return false;
    return v.jenis === "larik" || !(v.b1 === v.b2 && v.k1 === v.k2);
  }

  private peta1(v: Nilai, f: (x: HasilSel) => HasilSel): Nilai {
    if (this.adalahLarik(v)) return { jenis: "larik", isi: this.larik(v).map((r) => r.map(f)) };
    return f(this.skalar(v));
  }

  private operasi(op: string, a: Nilai, b: Nilai): Nilai {
    const f = (x: HasilSel, y: HasilSel) => operasiSkalar(op, x, y);
    if (!this.adalahLarik(a) && !this.adalahLarik(b)) return f(this.skalar(a), this.skalar(b));
    const A = this.larik(a);
    const B = this.larik(b);
    const tinggi = Math.max(A.length, B.length);
    const lebar = Math.max(A[0]?.length ?? 0, B[0]?.length ?? 0);
    const ambil = (M: HasilSel[][], i: number, j: number): HasilSel => {
      const r = M.length === 1 ? M[0] : M[i];
      if (!r) return galat("#N/A");
      const x = r.length === 1 ? r[0] : r[j];
      return x === undefined ? galat("#N/A") : x;
    };
    const isi: HasilSel[][] = [];
    for (let i = 0; i < tinggi; i++) {
      const r: HasilSel[] = [];
      for (let j = 0; j < lebar; j++) r.push(f(ambil(A, i, j), ambil(B, i, j)));
      isi.push(r);
    }
    return { jenis: "larik", isi };
  }

  private fungsi(nama: string, arg: Simpul[], lembar: string): Nilai {
    const h = (i: number): Nilai => this.hitung(arg[i], lembar);
    const s = (i: number): HasilSel => this.skalar(h(i));
    const angka = (i: number): number => {
      const a = keAngka(s(i));
      if (a instanceof GalatRumus) throw a;
      return a;
    };
    const teks = (i: number): string => {
      const t = keTeks(s(i));
      if (t instanceof GalatRumus) throw t;
      return t;
    };
    try {
      switch (nama) {
        case "IF": {
          const c = keLogika(s(0));
          if (c instanceof GalatRumus) return c;
          if (c) return arg.length > 1 ? h(1) : true;
          return arg.length > 2 ? h(2) : false;
        }
        case "IFERROR": {
          const v = h(0);
          if (this.adalahLarik(v)) return v;
          const x = this.skalar(v);
          return x instanceof GalatRumus ? h(1) : x;
        }
        case "CHOOSE": {
          const i = Math.trunc(angka(0));
          if (i < 1 || i >= arg.length) return galat("#VALUE!");
          return h(i);
        }
        case "AND":
        case "OR": {
          let ada = false;
          let hasil = nama === "AND";
          for (let i = 0; i < arg.length; i++) {
            for (const x of this.datar(h(i))) {
              if (x instanceof GalatRumus) return x;
              if (x === null || typeof x === "string") continue;
              ada = true;
              const l = keLogika(x) as boolean;
              hasil = nama === "AND" ? hasil && l : hasil || l;
            }
          }
          return ada ? hasil : galat("#VALUE!");
        }
        case "NOT": {
          const l = keLogika(s(0));
          return l instanceof GalatRumus ? l : !l;
        }
        case "NA":
          return galat("#N/A");
        case "ISNA": {
          const x = s(0);
          return x instanceof GalatRumus && x.kode === "#N/A";
        }
        case "ISERROR":
          return s(0) instanceof GalatRumus;
        case "ISNUMBER":
          return typeof s(0) === "number";
        case "ISTEXT":
          return typeof s(0) === "string";
        case "ISBLANK":
          return s(0) === null;
        case "TRIM":
          return teks(0).replace(/ +/g, " ").trim();
        case "SUBSTITUTE": {
          // teks lama kosong: teks apa adanya; instans ke-n (≥ 1) saja bila diberikan
          const [t, lama, baru] = [teks(0), teks(1), teks(2)];
          if (lama === "") return t;
          if (arg.length < 4) return t.split(lama).join(baru);
          const ke = Math.trunc(angka(3));
          if (ke < 1) return galat("#VALUE!");
          let i = -1;
          for (let n = 0; n < ke; n++) {
            i = t.indexOf(lama, i + 1);
            if (i < 0) return t;
          }
          return t.slice(0, i) + baru + t.slice(i + lama.length);
        }
        case "N": {
          // angka apa adanya, logika 1/0, teks dan kosong 0, galat diteruskan
          const x = s(0);
          if (x instanceof GalatRumus) return x;
          return typeof x === "number" ? x : typeof x === "boolean" ? (x ? 1 : 0) : 0;
        }
        case "LEN":
          return teks(0).length;
        case "LEFT":
          return teks(0).slice(0, arg.length > 1 ? angka(1) : 1);
        case "RIGHT": {
          const t = teks(0);
          const n = arg.length > 1 ? angka(1) : 1;
          return n <= 0 ? "" : t.slice(-n);
        }
        case "MID": {
          const mulai = Math.trunc(angka(1));
          const n = Math.trunc(angka(2));
          if (mulai < 1 || n < 0) return galat("#VALUE!");
          return teks(0).substr(mulai - 1, n);
        }
        case "FIND": {
          const mulai = arg.length > 2 ? Math.trunc(angka(2)) : 1;
          const i = teks(1).indexOf(teks(0), mulai - 1);
          return i < 0 || mulai < 1 ? galat("#VALUE!") : i + 1;
        }
        case "DATE":
          return tanggalSeri(Math.trunc(angka(0)), Math.trunc(angka(1)), Math.trunc(angka(2)));
        case "YEAR":
          return dariSeri(angka(0)).getUTCFullYear();
        case "MONTH":
          return dariSeri(angka(0)).getUTCMonth() + 1;
        case "DAY":
          return dariSeri(angka(0)).getUTCDate();
        case "ROUND":
        case "ROUNDUP":
        case "ROUNDDOWN":
          return bulatkan(
            angka(0),
            Math.trunc(angka(1)),
            nama === "ROUND" ? "dekat" : nama === "ROUNDUP" ? "atas" : "bawah",
          );
        case "INT":
          return Math.floor(angka(0));
        case "ABS":
          return Math.abs(angka(0));
        case "SQRT": {
          const x = angka(0);
          return x < 0 ? galat("#NUM!") : Math.sqrt(x);
        }
        case "MOD": {
          const x = angka(0);
          const y = angka(1);
          return y === 0 ? galat("#DIV/0!") : x - y * Math.floor(x / y);
        }
        case "SUM":
        case "AVERAGE":
        case "MIN":
        case "MAX":
        case "COUNT":
          return this.agregat(nama, arg, lembar);
        case "COUNTA": {
          let n = 0;
          for (let i = 0; i < arg.length; i++) for (const x of this.datar(h(i))) if (x !== null) n++;
          return n;
        }
        case "COUNTBLANK": {
          // sel kosong dan teks kosong (juga hasil rumus "") dalam rentang
          let n = 0;
          for (const r of this.larik(h(0))) for (const x of r) if (x === null || x === "") n++;
          return n;
        }
        case "ROWS": {
          const v = h(0);
          return this.larik(v).length;
        }
        case "SMALL":
        case "LARGE": {
          const xs: number[] = [];
          for (const x of this.datar(h(0))) {
            if (x instanceof GalatRumus) return x;
            if (typeof x === "number") xs.push(x);
          }
          const k = Math.trunc(angka(1));
          if (k < 1 || k > xs.length) return galat("#NUM!");
          xs.sort((a, b) => (nama === "SMALL" ? a - b : b - a));
          return xs[k - 1];
        }
        case "RANK": {
          const x = angka(0);
          const xs = this.datar(h(1));
          const naik = arg.length > 2 && angka(2) !== 0;
          let di = false;
          let r = 1;
          for (const y of xs) {
            if (y instanceof GalatRumus) return y;
            if (typeof y !== "number") continue;
            if (y === x) di = true;
            if (naik ? y < x : y > x) r++;
          }
          return di ? r : galat("#N/A");
        }
        case "SUMPRODUCT": {
          const M = arg.map((_, i) => this.datar(h(i)));
          const n = M[0].length;
          if (M.some((m) => m.length !== n)) return galat("#VALUE!");
          let jumlah = 0;
          for (let j = 0; j < n; j++) {
            let hasil = 1;
            for (const m of M) {
              const x = m[j];
              if (x instanceof GalatRumus) return x;
              hasil *= typeof x === "number" ? x : typeof x === "boolean" && M.length === 1 ? Number(x) : 0;
            }
            jumlah += hasil;
          }
          return jumlah;
        }
        case "COUNTIF":
        case "COUNTIFS":
        case "SUMIF":
        case "SUMIFS":
        case "AVERAGEIF":
          return this.bersyarat(nama, arg, lembar);
        case "MATCH":
          return this.cocok(s(0), this.datar(h(1)), arg.length > 2 ? angka(2) : 1);
        case "INDEX": {
          const M = this.larik(h(0));
          const v = h(0);
          let b = Math.trunc(angka(1));
          let k = arg.length > 2 ? Math.trunc(angka(2)) : 0;
          if (arg.length <= 2 && M.length === 1) {
            k = b;
            b = 1;
          }
          if (k === 0 && (M[0]?.length ?? 0) === 1) k = 1;
          if (b < 1 || k < 1 || b > M.length || k > (M[0]?.length ?? 0)) return galat("#REF!");
          if (v !== null && typeof v === "object" && !(v instanceof GalatRumus) && v.jenis === "rentang") {
            return {
              jenis: "rentang",
              lembar: v.lembar,
              b1: Math.max(0, v.b1) + b - 1,
              k1: Math.max(0, v.k1) + k - 1,
              b2: Math.max(0, v.b1) + b - 1,
              k2: Math.max(0, v.k1) + k - 1,
            };
          }
          return M[b - 1][k - 1];
        }
        default:
          throw new TakTerhitung(`fungsi ${nama}`);
      }
    } catch (e) {
      if (e instanceof GalatRumus) return e;
      throw e;
    }
  }

  private agregat(nama: string, arg: Simpul[], lembar: string): HasilSel {
    const xs: number[] = [];
    for (const a of arg) {
      const v = this.hitung(a, lembar);
      const rujukan = this.adalahLarik(v) || (v !== null && typeof v === "object" && !(v instanceof GalatRumus));
      for (const x of this.datar(v)) {
        if (x instanceof GalatRumus) return x;
        if (typeof x === "number") xs.push(x);
        else if (!rujukan && x !== null) {
          // argumen langsung: teks angka dan logika dihitung
          const n = keAngka(x);
          if (n instanceof GalatRumus) return n;
          xs.push(n);
        }
      }
    }
    if (nama === "COUNT") return xs.length;
    let jumlah = 0;
    for (const x of xs) jumlah += x;
    if (nama === "SUM") return jumlah;
    if (nama === "AVERAGE") return xs.length ? jumlah / xs.length : galat("#DIV/0!");
    if (xs.length === 0) return 0;
    let m = xs[0];
    for (const x of xs) if (nama === "MIN" ? x < m : x > m) m = x;
    return m;
  }

  private bersyarat(nama: string, arg: Simpul[], lembar: string): HasilSel {
    const nilai = (i: number) => this.datar(this.hitung(arg[i], lembar));
    const syarat = (i: number) => pencocok(this.skalar(this.hitung(arg[i], lembar)));
    let rentangJumlah: HasilSel[] | null = null;
    const pasangan: [HasilSel[], (v: HasilSel) => boolean][] = [];
    if (nama === "COUNTIFS") for (let i = 0; i + 1 < arg.length; i += 2) pasangan.push([nilai(i), syarat(i + 1)]);
    else if (nama === "SUMIFS") {
      rentangJumlah = nilai(0);
      for (let i = 1; i + 1 < arg.length; i += 2) pasangan.push([nilai(i), syarat(i + 1)]);
    } else {
      pasangan.push([nilai(0), syarat(1)]);
      rentangJumlah = nama === "COUNTIF" ? null : arg.length > 2 ? nilai(2) : pasangan[0][0];
    }
    const n = pasangan[0][0].length;
    if (pasangan.some(([r]) => r.length !== n) || (rentangJumlah && rentangJumlah.length !== n))
      return galat("#VALUE!");
    let banyak = 0;
    let jumlah = 0;
    for (let j = 0; j < n; j++) {
      if (!pasangan.every(([r, c]) => c(r[j]))) continue;
      if (!rentangJumlah) {
        banyak++;
        continue;
      }
      const x = rentangJumlah[j];
      if (x instanceof GalatRumus) return x;
      if (typeof x === "number") {
        banyak++;
        jumlah += x;
      }
    }
    if (nama === "COUNTIF" || nama === "COUNTIFS") return banyak;
    if (nama === "AVERAGEIF") return banyak ? jumlah / banyak : galat("#DIV/0!");
    return jumlah;
  }

  private cocok(x: HasilSel, xs: HasilSel[], jenis: number): HasilSel {
    if (x instanceof GalatRumus) return x;
    if (jenis === 0) {
      const c = typeof x === "string" ? pencocok(/[*?~]/.test(x) ? x : `=${x}`) : null;
      for (let i = 0; i < xs.length; i++) {
        const y = xs[i];
        if (
          c
            ? c(y) && typeof y === "string"
            : y !== null && !(y instanceof GalatRumus) && peringkatJenis(y) === peringkatJenis(x) && banding(y, x) === 0
        )
          return i + 1;
      }
      return galat("#N/A");
    }
    // perkiraan: posisi terakhir yang ≤ x (jenis 1, data naik) atau ≥ x (jenis -1, data turun)
    let hasil = -1;
    for (let i = 0; i < xs.length; i++) {
      const y = xs[i];
      if (y === null || y instanceof GalatRumus || peringkatJenis(y) !== peringkatJenis(x)) continue;
      const c = banding(y, x);
      if (jenis > 0 ? c <= 0 : c >= 0) hasil = i;
      else break;
    }
    return hasil < 0 ? galat("#N/A") : hasil + 1;
  }
}

function operasiSkalar(op: string, x: HasilSel, y: HasilSel): HasilSel {
  if (x instanceof GalatRumus) return x;
  if (y instanceof GalatRumus) return y;
  if (op === "&") return (keTeks(x) as string) + (keTeks(y) as string);
  if (op === "=" || op === "<>" || op === "<" || op === ">" || op === "<=" || op === ">=") {
    const c = banding(x, y);
    return op === "="
      ? c === 0
      : op === "<>"
        ? c !== 0
        : op === "<"
          ? c < 0
          : op === ">"
            ? c > 0
            : op === "<="
              ? c <= 0
              : c >= 0;
  }
  const a = keAngka(x);
  if (a instanceof GalatRumus) return a;
  const b = keAngka(y);
  if (b instanceof GalatRumus) return b;
  switch (op) {
    case "+":
      return a + b;
    case "-":
      return a - b;
    case "*":
      return a * b;
    case "/":
      return b === 0 ? galat("#DIV/0!") : a / b;
    case "^": {
      const p = a ** b;
      return Number.isFinite(p) ? p : galat("#NUM!");
    }
  }
  throw new TakTerhitung(`operator ${op}`);
}

const POHON = new Map<string, Simpul | TakTerhitung>();
/** Pohon rumus (tanpa "=" di depan); rumus yang sama diurai sekali. */
function urai(rumus: string): Simpul {
  let p = POHON.get(rumus);
  if (!p) {
    try {
      p = new Pengurai(rumus.replace(/^=/, "")).urai();
    } catch (e) {
      if (!(e instanceof TakTerhitung)) throw e;
      p = e;
    }
    if (POHON.size > 50000) POHON.clear();
    POHON.set(rumus, p);
  }
  if (p instanceof TakTerhitung) throw p;
  return p;
}

/**
 * Hasil setiap sel rumus rencana (satu atau beberapa rencana dalam satu buku kerja; lembar yang namanya
 * muncul lagi memakai rencana terakhir, seperti penulis .xlsx). Kunci: "Lembar!A1". Sel yang tidak dapat
 * dihitung di sini tidak ada di peta.
 */
/**
 * Paling banyak sel rumus yang dihitung hasilnya (±0,9 detik CPU per 14.000 sel siklus SKM contoh). Buku kerja
 * yang lebih besar ditulis tanpa hasil tersimpan (Excel tetap menghitung saat membuka).
 */
export const BATAS_SEL_HASIL = 250_000;

export function hasilRumus(
  rencana: RencanaBukuKerja | readonly RencanaBukuKerja[],
  batas = BATAS_SEL_HASIL,
): Map<string, HasilSel> {
  const lembar = new Map<string, Lembar>();
  for (const r of Array.isArray(rencana) ? rencana : [rencana as RencanaBukuKerja]) {
    for (const l of r.lembar) {
      const m: Lembar = new Map();
      for (const { alamat, sel } of selBeralamat(l))
        m.set(alamat, { ...(sel.rumus !== undefined ? { rumus: sel.rumus } : {}), nilai: sel.nilai ?? null });
      lembar.set(l.nama, m);
    }
  }
  let banyak = 0;
  for (const m of lembar.values()) for (const s of m.values()) if (s.rumus !== undefined) banyak++;
  const hasil = new Map<string, HasilSel>();
  if (banyak > batas) return hasil;
  const p = new PenilaiRumus(lembar);
  for (const [nama, m] of lembar) {
    for (const [a, s] of m) {
      if (s.rumus === undefined) continue;
      const v = p.nilai(nama, a);
      if (v !== undefined) hasil.set(`${nama}!${a}`, v);
    }
  }
  return hasil;
}
