/**
 * Mempertahankan isian pengguna saat tabel dibangun ulang (murni, tanpa Office.js).
 *
 * Masukan: rencana lama (disusun ulang dari catatan `_pkp`), isi lembar yang dibaca dari buku kerja
 * (rentang terpakai, rumus/nilai 2-D), posisi SEKARANG setiap baris/kolom rencana lama menurut jangkarnya
 * (jangkar.ts), dan rencana baru. Setiap sel rencana lama dibaca di posisinya sekarang, jadi baris atau
 * kolom yang disisipkan pengguna tidak menggeser isian ke kunci lain. Keluaran:
 * - `isian`: nilai untuk sel `masukan` rencana baru, menurut `kunci`;
 * - `sisa`: nilai lama yang tidak punya tempat pada tata letak baru: kunci hilang, isian di baris/kolom
 *   sisipan atau di luar tabel, nilai ketikan di atas rumus/label (dengan rumus/label semulanya). Sisa TIDAK
 *   PERNAH dibuang: adaptor menulisnya ke lembar "Data Tersimpan" (sel = alamat sekarang);
 * - `konflik`: (a) lembar tujuan yang sudah ada, bukan buatan add-in (tidak tercatat di `_pkp`) dan berisi
 *   sel tidak kosong di area yang akan ditulis; (b) nilai ketikan di atas rumus/label (`jenis: "ketikan"`).
 *   Antarmuka wajib bertanya sebelum menimpa atau memulihkan;
 * - `tidakPasti`: tata letak tidak dapat diikuti dengan pasti — lembar tanpa jangkar (buku lama) yang label
 *   atau rumusnya tidak lagi di posisi rencana, atau label tabel yang muncul di sel label lain (baris
 *   diurutkan/dipindah) dan yang tidak dapat diikuti menurut label (kenali.ts, dipakai rekonsiliasi
 *   lebih dulu). Adaptor berhenti tanpa menulis; tidak ada tebakan.
 * - `asal`: tempat setiap isian dibaca, supaya adaptor tahu isian mana yang tetap di tempatnya setelah
 *   sisip/hapus baris-kolom (struktur.ts) dan mana yang perlu salinan cadangan sebelum dipindah.
 * Setiap sisa membawa label baris dan kolom yang tampak (`labelTampak`) untuk "Data Tersimpan".
 */
import { kosong } from "../../core/errors";
import {
  posisi,
  selBeralamat,
  alamat as alamatA1,
  type NilaiSel,
  type RencanaBukuKerja,
  type RencanaLembar,
  type Sel,
} from "../rencana";

export const LEMBAR_TERSIMPAN = "Data Tersimpan";

/** Rentang terpakai satu lembar seperti dibaca dari buku kerja. */
export interface LembarTerbaca {
  /** Nama lembar di buku kerja sekarang. */
  nama: string;
  /** Nama lembar dalam rencana bila berbeda (lembar yang diganti namanya pengguna); bawaan = `nama`. */
  kanonik?: string;
  /** Sel kiri-atas rentang terpakai, mis. "A1" (boleh memakai "$"). */
  mulai: string;
  /** Isi 2-D (sebaiknya `formulas`, agar rumus yang diketik pengguna ikut terbawa). */
  isi: unknown[][];
  /**
   * Posisi sekarang baris/kolom rencana lama menurut jangkarnya (jangkar.ts). Tanpa peta (buku
   * dibangun sebelum ada jangkar) posisi rencana dipakai, TETAPI hanya bila tata letaknya terbukti utuh.
   */
  peta?: { baris: ReadonlyMap<number, number>; kolom: ReadonlyMap<number, number> };
}

/** Asal nilai yang disimpan. */
export type AsalSisa = "kunci" | "luar" | "sisipan" | "timpa" | "cadangan" | "ditimpa";

/** Nilai yang tidak lagi punya sel pada rencana baru. */
export interface Sisa {
  lembar: string;
  /** Alamat sel SEKARANG (setelah baris/kolom sisipan pengguna). */
  alamat: string;
  /** Kunci masukan lama; "" bila bukan sel masukan. */
  kunci: string;
  nilai: NilaiSel;
  /**
   * kunci: masukan yang kuncinya tidak ada lagi; luar: isian di luar tabel; sisipan: isian di baris/kolom
   * yang disisipkan pengguna di dalam tabel; timpa: nilai ketikan di atas rumus atau label add-in;
   * cadangan: isian yang ditulis ulang di tempat kuncinya yang baru (salinan cadangan sebelum ditulis);
   * ditimpa: isi lembar bukan buatan add-in yang ditimpa tabel (pengguna menjawab Ya).
   */
  asal?: AsalSisa;
  /** Untuk `timpa`: rumus atau label yang ditimpa (akan dipulihkan). */
  semula?: string;
  /** Label yang tampak di baris dan kolom sel itu saat dibaca (mis. "45 Kemudahan prosedur", "Dinas A"). */
  labelBaris?: string;
  labelKolom?: string;
}

export interface Konflik {
  lembar: string;
  /** Jumlah sel tidak kosong di area yang akan ditulis (atau nilai ketikan di atas rumus/label). */
  jumlah: number;
  /** Beberapa alamat contoh (paling banyak 5). */
  contoh: string[];
  /**
   * bukanAddin (bawaan): lembar bukan buatan add-in yang berisi di area tabel;
   * ketikan: nilai yang diketik di atas rumus atau label add-in; membangun ulang memulihkan rumusnya
   * (nilai ketikan disimpan di "Data Tersimpan").
   */
  jenis?: "bukanAddin" | "ketikan";
}

/** Tempat sebuah isian dibaca: lembar (nama sekarang), baris/kolom rencana lama, dan alamat sekarang. */
export interface AsalIsian {
  lembar: string;
  baris: number;
  kolom: number;
  alamat: string;
}

export interface HasilPertahankan {
  /** kunci → nilai untuk sel masukan rencana baru. */
  isian: Map<string, NilaiSel>;
  /** kunci → tempat isian itu dibaca (untuk memutuskan apakah ia tetap di tempatnya). */
  asal: Map<string, AsalIsian>;
  sisa: Sisa[];
  konflik: Konflik[];
  /** Alasan tata letak tidak dapat diikuti dengan pasti: adaptor BERHENTI tanpa menulis bila tidak kosong. */
  tidakPasti: string[];
}

export interface MasukanPertahankan {
  rencanaLama: readonly RencanaBukuKerja[];
  rencanaBaru: RencanaBukuKerja;
  terbaca: readonly LembarTerbaca[];
  /** Lembar (nama sekarang) yang tercatat di `_pkp` DAN rencana lamanya berhasil disusun ulang. */
  lembarAddin: ReadonlySet<string>;
}

/** Sel dianggap kosong: undefined, null atau teks kosong (satu definisi: core/errors.ts; rekonsiliasi memakainya dari sini). */
export { kosong };

function keNilai(v: unknown): NilaiSel | null {
  if (kosong(v)) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return v.toISOString();
  return String(v);
}

/** Pembaca sel acak dari hasil bacaan (per lembar). */
export class PetaBacaan {
  private readonly lembar = new Map<string, LembarTerbaca & { b0: number; k0: number }>();
  constructor(terbaca: readonly LembarTerbaca[]) {
    for (const l of terbaca) {
      const p = posisi(l.mulai);
      this.lembar.set(l.nama, { ...l, b0: p.baris, k0: p.kolom });
    }
  }
  ada(lembar: string): boolean {
    return this.lembar.has(lembar);
  }
  nilai(lembar: string, baris: number, kolom: number): unknown {
    const l = this.lembar.get(lembar);
    if (!l) return undefined;
    return l.isi[baris - l.b0]?.[kolom - l.k0];
  }
  /** Semua sel tidak kosong pada lembar. */
  *tidakKosong(lembar: string): Generator<{ baris: number; kolom: number; nilai: unknown }> {
    const l = this.lembar.get(lembar);
    if (!l) return;
    for (let i = 0; i < l.isi.length; i++) {
      const baris = l.isi[i] ?? [];
      for (let j = 0; j < baris.length; j++) {
        if (!kosong(baris[j])) yield { baris: l.b0 + i, kolom: l.k0 + j, nilai: baris[j] };
      }
    }
  }
}

/** Persegi-persegi (0-based, inklusif) yang akan ditulis rencana pada satu lembar. */
export function areaTulis(l: RencanaLembar): { b0: number; k0: number; b1: number; k1: number }[] {
  return l.blok.map((b) => {
    const p = posisi(b.mulai);
    let lebar = 1;
    for (const r of b.sel) if (r.length > lebar) lebar = r.length;
    return { b0: p.baris, k0: p.kolom, b1: p.baris + Math.max(1, b.sel.length) - 1, k1: p.kolom + lebar - 1 };
  });
}

function sama(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  // Excel mengembalikan angka yang diketik sebagai angka; bandingkan juga bentuk teksnya.
  return !kosong(a) && !kosong(b) && String(a) === String(b);
}

const adalahRumus = (v: unknown): v is string => typeof v === "string" && v.startsWith("=") && v.length > 1;

interface Kumpulan {
  kunciBaru: ReadonlySet<string>;
  isian: Map<string, NilaiSel>;
  asal: Map<string, AsalIsian>;
  sisa: Sisa[];
  ketikan: Sisa[];
  tidakPasti: string[];
}

/** Semua label/judul rencana satu lembar: label yang muncul di sel label LAIN menandakan baris/kolom berpindah. */
function labelLembar(l: RencanaLembar): Set<string> {
  const m = new Set<string>();
  for (const { sel } of selBeralamat(l))
    if ((sel.peran === "label" || sel.peran === "judul") && !kosong(sel.nilai)) m.add(String(sel.nilai));
  return m;
}

/**
 * Satu sel rencana lama yang bukan masukan, dibaca di posisinya sekarang. Nilai ketikan di atas rumus atau
 * label adalah data pengguna (→ `ketikan`). Rumus yang berbeda dari rencana (rumus tergeser Excel, atau
 * rumus versi add-in lama) diganti rumus rencana. Pada lembar TANPA jangkar, posisi rencana hanya dipakai
 * bila tidak ada tanda pergeseran (→ `beda`): sel kosong tempat label/rumus seharusnya, atau nilai tetap
 * tempat rumus seharusnya (isian kolom yang tergeser ke kolom rumus tidak dapat dibedakan dari ketikan).
 * Pada kedua jenis lembar, label tabel yang muncul di sel label lain berarti baris/kolom diurutkan atau
 * dipindah (→ `pindah`, lalu `tidakPasti`).
 */
function periksaSelTetap(
  sel: Sel,
  v: NilaiSel | null,
  a: string,
  t: LembarTerbaca,
  label: ReadonlySet<string>,
  k: Kumpulan,
  beda: string[],
  pindah: string[],
): void {
  const ketik = (semula: string): void => {
    k.ketikan.push({ lembar: t.nama, alamat: a, kunci: "", nilai: v as NilaiSel, asal: "timpa", semula });
  };
  if (sel.peran === "hitung") {
    const rumus = sel.rumus ?? "";
    if (v === null) {
      if (!t.peta) beda.push(`${a} seharusnya berisi rumus ${rumus}, ditemukan kosong`);
    } else if (!adalahRumus(v)) {
      if (!t.peta) beda.push(`${a} seharusnya berisi rumus ${rumus}, ditemukan nilai ${String(v)}`);
      else ketik(rumus);
    }
    return;
  }
  if (kosong(sel.nilai)) {
    if (v !== null) k.sisa.push({ lembar: t.nama, alamat: a, kunci: "", nilai: v, asal: "luar" });
    return;
  }
  if (v !== null && sama(v, sel.nilai)) return;
  if (v === null) {
    // label dikosongkan: dipulihkan (tidak ada data yang hilang); tanpa jangkar: tanda pergeseran
    if (!t.peta) beda.push(`${a} seharusnya berisi "${String(sel.nilai)}", ditemukan kosong`);
    return;
  }
  if (label.has(String(v))) {
    pindah.push(`${a} berisi "${String(v)}", label lain tabel ini (seharusnya "${String(sel.nilai)}")`);
    return;
  }
  ketik(String(sel.nilai));
}

/** Isian satu lembar rencana lama, dibaca di posisinya sekarang (menurut jangkar, atau posisi rencana bila utuh). */
function pertahankanLembar(l: RencanaLembar, t: LembarTerbaca, baca: PetaBacaan, k: Kumpulan): void {
  const peta = t.peta;
  const posisiSekarang = (b: number, kol: number): { b: number; k: number } | null => {
    if (!peta) return { b, k: kol };
    const pb = peta.baris.get(b);
    const pk = peta.kolom.get(kol);
    return pb === undefined || pk === undefined ? null : { b: pb, k: pk };
  };
  const label = labelLembar(l);
  const dipakai = new Set<string>();
  const beda: string[] = [];
  const pindah: string[] = [];
  const sisaAwal = k.sisa.length;
  const ketikanAwal = k.ketikan.length;
  for (const { baris, kolom, sel } of selBeralamat(l)) {
    const p = posisiSekarang(baris, kolom);
    if (!p) continue; // baris/kolom itu dihapus pengguna
    const a = alamatA1(p.b, p.k);
    dipakai.add(a);
    const v = keNilai(baca.nilai(t.nama, p.b, p.k));
    if (sel.peran !== "masukan" || !sel.kunci) {
      periksaSelTetap(sel, v, a, t, label, k, beda, pindah);
      continue;
    }
    // Nilai bawaan yang tidak pernah diubah pengguna tidak dibawa: nilai bawaan rencana baru
    // (mis. nama unit baru dari panel) yang berlaku.
    if (v === null || sama(v, sel.nilai)) continue;
    if (k.kunciBaru.has(sel.kunci) && !k.isian.has(sel.kunci)) {
      k.isian.set(sel.kunci, v);
      k.asal.set(sel.kunci, { lembar: t.nama, baris, kolom, alamat: a });
    }
    // Kunci tidak ada lagi di tata letak baru (atau ganda): simpan, jangan buang.
    else k.sisa.push({ lembar: t.nama, alamat: a, kunci: sel.kunci, nilai: v, asal: "kunci" });
  }
  const tanda = t.peta ? [] : [...beda, ...pindah];
  if (tanda.length || pindah.length) {
    k.tidakPasti.push(
      t.peta
        ? `Lembar "${t.nama}", sel ${pindah[0]}${pindah.length > 1 ? ` (${pindah.length} sel seperti ini)` : ""}: baris atau kolom tampaknya diurutkan ` +
            `atau dipindah, dan labelnya tidak cukup untuk memasangkan isian dengan kuncinya ` +
            `secara pasti. Urutkan kembali menurut kolom nomor/kode tabel (atau Urungkan, ` +
            `Ctrl+Z), lalu bangun ulang.`
        : `Lembar "${t.nama}" dibangun versi add-in tanpa jangkar ` +
            `dan tata letaknya tidak lagi sama dengan rencananya (${tanda[0]}${tanda.length > 1 ? `; ${tanda.length} sel berbeda` : ""}): baris atau kolom tampaknya ` +
            `disisipkan, dihapus atau dipindah, sehingga isian tidak dapat dipasangkan ` +
            `dengan kuncinya secara pasti.`,
    );
    k.sisa.length = sisaAwal;
    k.ketikan.length = ketikanAwal;
    return;
  }
  // Isian di luar sel rencana lama pada lembar buatan add-in: lembar itu akan dibersihkan.
  const dalam = peta ? batasTabel(peta) : null;
  for (const { baris, kolom, nilai } of baca.tidakKosong(t.nama)) {
    const a = alamatA1(baris, kolom);
    if (dipakai.has(a)) continue;
    const v = keNilai(nilai);
    if (v === null) continue;
    const sisipan = dalam !== null && baris >= dalam.b0 && baris <= dalam.b1 && kolom >= dalam.k0 && kolom <= dalam.k1;
    k.sisa.push({ lembar: t.nama, alamat: a, kunci: "", nilai: v, asal: sisipan ? "sisipan" : "luar" });
  }
}

/** Persegi yang dibentangkan baris/kolom berjangkar (tabel sekarang, termasuk sisipan pengguna). */
function batasTabel(
  peta: NonNullable<LembarTerbaca["peta"]>,
): { b0: number; b1: number; k0: number; k1: number } | null {
  const rentang = (m: ReadonlyMap<number, number>): [number, number] | null => {
    let a = Infinity;
    let b = -Infinity;
    for (const x of m.values()) {
      if (x < a) a = x;
      if (x > b) b = x;
    }
    return a <= b ? [a, b] : null;
  };
  const rb = rentang(peta.baris);
  const rk = rentang(peta.kolom);
  return rb && rk ? { b0: rb[0], b1: rb[1], k0: rk[0], k1: rk[1] } : null;
}

/**
 * Lembar tujuan yang ada, bukan buatan add-in, dan berisi di area yang akan ditulis: konflik (ditanya dulu),
 * dan SETIAP sel berisi di area itu menjadi sisa `ditimpa` (disalin ke "Data Tersimpan" sebelum ditimpa), jadi
 * jawaban Ya tidak pernah menghapus nilai ketikan.
 */
function konflikBukanAddin(m: MasukanPertahankan, baca: PetaBacaan, sisa: Sisa[]): Konflik[] {
  const konflik: Konflik[] = [];
  for (const l of m.rencanaBaru.lembar) {
    if (m.lembarAddin.has(l.nama)) continue;
    if (!baca.ada(l.nama)) continue;
    const area = areaTulis(l);
    let jumlah = 0;
    const contoh: string[] = [];
    for (const { baris, kolom } of baca.tidakKosong(l.nama)) {
      if (area.some((r) => baris >= r.b0 && baris <= r.b1 && kolom >= r.k0 && kolom <= r.k1)) {
        jumlah++;
        const v = keNilai(baca.nilai(l.nama, baris, kolom));
        if (v !== null)
          sisa.push({ lembar: l.nama, alamat: alamatA1(baris, kolom), kunci: "", nilai: v, asal: "ditimpa" });
        if (contoh.length < 5) contoh.push(alamatA1(baris, kolom));
      }
    }
    if (jumlah > 0) konflik.push({ lembar: l.nama, jumlah, contoh });
  }
  return konflik;
}

/** Nilai ketikan di atas rumus/label, per lembar, sebagai konflik yang harus ditanyakan. */
function konflikKetikan(ketikan: readonly Sisa[]): Konflik[] {
  const per = new Map<string, Konflik>();
  for (const x of ketikan) {
    const k = per.get(x.lembar) ?? { lembar: x.lembar, jumlah: 0, contoh: [], jenis: "ketikan" as const };
    k.jumlah++;
    if (k.contoh.length < 5) k.contoh.push(x.alamat);
    per.set(x.lembar, k);
  }
  return [...per.values()];
}

const teksLabel = (v: unknown): string | null => (typeof v === "string" && v !== "" && !adalahRumus(v) ? v : null);

/**
 * Label yang tampak untuk sel (baris, kolom) lembar terbaca: baris = sampai dua sel berisi (bukan rumus)
 * terdekat di kirinya, kolom = teks (bukan rumus, bukan angka) terdekat di atasnya.
 */
export function labelTampak(
  baca: PetaBacaan,
  lembar: string,
  baris: number,
  kolom: number,
): { baris: string; kolom: string } {
  const kiri: string[] = [];
  for (let k = kolom - 1; k >= 0 && kiri.length < 2; k--) {
    const v = baca.nilai(lembar, baris, k);
    if (!kosong(v) && !adalahRumus(v)) kiri.unshift(String(v));
  }
  let atas = "";
  for (let b = baris - 1; b >= 0; b--) {
    const v = teksLabel(baca.nilai(lembar, b, kolom));
    if (v !== null) {
      atas = v;
      break;
    }
  }
  return { baris: kiri.join(" "), kolom: atas };
}

/** Mengisi labelBaris/labelKolom setiap sisa dari isi lembar yang terbaca (alamat = alamat sekarang). */
export function beriLabel(sisa: Sisa[], baca: PetaBacaan): void {
  for (const s of sisa) {
    if (!baca.ada(s.lembar) || s.labelBaris !== undefined) continue;
    const p = posisi(s.alamat);
    const l = labelTampak(baca, s.lembar, p.baris, p.kolom);
    s.labelBaris = l.baris;
    s.labelKolom = l.kolom;
  }
}

export function pertahankan(m: MasukanPertahankan): HasilPertahankan {
  const baca = new PetaBacaan(m.terbaca);
  const kunciBaru = new Set<string>();
  for (const l of m.rencanaBaru.lembar) {
    for (const { sel } of selBeralamat(l)) if (sel.peran === "masukan" && sel.kunci) kunciBaru.add(sel.kunci);
  }
  const k: Kumpulan = { kunciBaru, isian: new Map(), asal: new Map(), sisa: [], ketikan: [], tidakPasti: [] };
  for (const lama of m.rencanaLama) {
    for (const l of lama.lembar) {
      const t = m.terbaca.find((x) => (x.kanonik ?? x.nama) === l.nama);
      if (!t || !m.lembarAddin.has(t.nama)) continue;
      pertahankanLembar(l, t, baca, k);
    }
  }
  const ditimpa: Sisa[] = [];
  const konflik = [...konflikBukanAddin(m, baca, ditimpa), ...konflikKetikan(k.ketikan)];
  beriLabel(k.ketikan, baca);
  beriLabel(ditimpa, baca);
  beriLabel(k.sisa, baca);
  return {
    isian: k.isian,
    asal: k.asal,
    sisa: [...k.ketikan, ...ditimpa, ...k.sisa],
    konflik,
    tidakPasti: k.tidakPasti,
  };
}

// ---------- lembar "Data Tersimpan" (dapat dibaca petugas; kunci mentah di kolom terakhir) ----------

export const KEPALA_TERSIMPAN: NilaiSel[] = [
  "Waktu",
  "Lembar",
  "Sel",
  "Label baris",
  "Label kolom",
  "Isian",
  "Nilai",
  "Rumus/label semula",
  "Kunci",
];

const JENIS_KUNCI: Record<string, string> = {
  "skor-ideal": "Skor Ideal",
  "nama-unit": "nama unit",
  perspektif: "nama perspektif",
  indikator: "nama indikator",
  unsur: "nama unsur",
  butir: "pernyataan butir",
  "aspek-butir": "aspek butir",
  jenis: "jenis layanan",
  nama: "nama",
  peta: "dimensi butir",
};
const MEDAN_KUNCI: Record<string, string> = {
  i: "indikator",
  p: "perspektif",
  r: "responden",
  b: "butir",
  v: "variabel",
  min: "minimum",
  maks: "maksimum",
};

/**
 * Kunci sel masukan dalam kata-kata: "skor|i=1|u=Dinas B" → "skor indikator 1, Dinas B",
 * "jawaban|r=3|u=2" → "jawaban responden 3, unsur 2", "nama-unit|u=Dinas B" → "nama unit Dinas B",
 * "nama-unit|k=4" (versi lama: menurut posisi) → "nama unit ke-4".
 */
export function kunciDalamKata(kunci: string): string {
  const [jenis, ...medan] = kunci.split("|");
  const kepala = JENIS_KUNCI[jenis] ?? jenis.replace(/-/g, " ");
  const bagian = medan.map((m) => {
    const i = m.indexOf("=");
    if (i < 0) return MEDAN_KUNCI[m] ?? m;
    const [n, v] = [m.slice(0, i), m.slice(i + 1)];
    if (n === "u") return /^\d+$/.test(v) && (jenis === "jawaban" || jenis === "unsur") ? `unsur ${v}` : v;
    if (n === "k") return jenis === "nama-unit" ? `ke-${v}` : `baris ke-${v}`;
    return `${MEDAN_KUNCI[n] ?? n} ${v}`;
  });
  if (bagian.length === 0) return kepala;
  return `${kepala} ${bagian[0]}${bagian.length > 1 ? `, ${bagian.slice(1).join(", ")}` : ""}`;
}

/** Uraian satu nilai tersimpan untuk petugas. */
export function uraianSisa(s: Sisa): string {
  if (s.asal === "timpa")
    return `nilai ketikan di atas ${s.semula?.startsWith("=") ? "rumus" : "label"} (${s.semula?.startsWith("=") ? "rumus" : "label"} dipulihkan)`;
  if (s.asal === "sisipan") return "isian di baris/kolom yang disisipkan ke dalam tabel";
  if (s.asal === "ditimpa") return "isi lembar (bukan buatan add-in) yang ditimpa tabel";
  if (s.asal === "cadangan")
    return `salinan cadangan ${kunciDalamKata(s.kunci)} (nilainya ditulis ulang di tempat kuncinya)`;
  if (s.kunci) return kunciDalamKata(s.kunci);
  return "isian di luar tabel";
}

const ZONA: Record<number, string> = { 420: "WIB", 480: "WITA", 540: "WIT" };

/**
 * Waktu setempat yang dapat dibaca: "24/11/2026 20:52:00 WIB". `offsetMenit` seperti
 * Date.getTimezoneOffset() (WIB = -420). Selalu berakhiran zona, sehingga Excel menyimpannya sebagai teks.
 */
export function waktuTampil(d: Date, offsetMenit: number = d.getTimezoneOffset()): string {
  const t = new Date(d.getTime() - offsetMenit * 60000);
  const dua = (n: number): string => String(n).padStart(2, "0");
  const timur = -offsetMenit;
  const zona =
    ZONA[timur] ?? `UTC${timur < 0 ? "−" : "+"}${dua(Math.floor(Math.abs(timur) / 60))}:${dua(Math.abs(timur) % 60)}`;
  return (
    `${dua(t.getUTCDate())}/${dua(t.getUTCMonth() + 1)}/${t.getUTCFullYear()} ` +
    `${dua(t.getUTCHours())}:${dua(t.getUTCMinutes())}:${dua(t.getUTCSeconds())} ${zona}`
  );
}

/**
 * Teks yang akan diubah Excel saat ditulis disimpan sebagai teks (apostrof di depan): berawalan = + - @
 * (rumus lama, atau teks), atau hanya angka dan pemisah ("007", "0812", "2024", "2026-03").
 */
export const TEKS_DIUBAH_EXCEL = /^[=+\-@]|^\d[\d.,:/ -]*%?$/;
const sebagaiTeks = (v: NilaiSel): NilaiSel => (typeof v === "string" && TEKS_DIUBAH_EXCEL.test(v) ? `'${v}` : v);

/** Baris untuk lembar "Data Tersimpan" (tanpa kepala), kolom seperti KEPALA_TERSIMPAN. */
export function barisTersimpan(sisa: readonly Sisa[], waktu: string): NilaiSel[][] {
  return sisa.map((s) => [
    waktu,
    s.lembar,
    s.alamat,
    sebagaiTeks(s.labelBaris ?? ""),
    sebagaiTeks(s.labelKolom ?? ""),
    uraianSisa(s),
    sebagaiTeks(s.nilai),
    sebagaiTeks(s.semula ?? ""),
    sebagaiTeks(s.kunci),
  ]);
}
