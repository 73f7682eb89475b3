/**
 * Mengenali tabel add-in dari yang TAMPAK (murni, tanpa Office): judul, label baris (nomor dan nama
 * indikator, kode responden/indikator, "Jumlah" …) dan kepala kolom. Dipakai bila jangkar (plans/jangkar.ts)
 * tidak dapat dipakai:
 * - nama jangkar dihapus di Name Manager, lembar disalin lalu yang asli dihapus, atau lembar dipindah ke buku
 *   kerja lain (nama tidak ikut) — baris DAN kolom dicari dari label;
 * - baris diurutkan (Sort) selebar tabel: isi berpindah, jangkar tidak — kolom dari jangkar, baris dari label.
 *
 * Cara: kolom = kolom rencana + geseran tetap `dk` yang paling banyak mencocokkan label per kolom (atau peta
 * jangkar kolom bila ada). Baris = baris lembar yang label-labelnya (di kolom-kolom label baris rencana itu)
 * sama persis dengan baris rencana; label yang berulang (mis. "Jumlah" per variabel) dipasangkan menurut urutan
 * bila jumlahnya sama. Baris rencana tanpa label (atau ragu) diletakkan di antara tetangganya yang cocok bila
 * jaraknya sama. Tidak yakin (< 80 % baris berlabel cocok) → pemanggil berhenti atau bertanya, tidak menebak.
 */
import { selBeralamat, type RencanaLembar } from "./rencana";

/** Pembaca sel lembar (0-based); undefined/"" = kosong. */
export type BacaSel = (baris: number, kolom: number) => unknown;

export interface PetaLabel {
  baris: Map<number, number>;
  kolom: Map<number, number>;
  /** true bila cukup banyak baris berlabel ditemukan tanpa ragu. */
  yakin: boolean;
  /** Baris berlabel yang cocok / seluruhnya. */
  cocok: number;
  dari: number;
  /** Baris rencana yang kini di baris lain (urutan berubah). */
  berpindah: number;
}

interface SelLabel {
  b: number;
  k: number;
  v: string;
}

const teks = (v: unknown): string => (v === undefined || v === null ? "" : String(v));

function labelPerBaris(l: RencanaLembar): { per: Map<number, SelLabel[]>; semuaBaris: number[] } {
  const per = new Map<number, SelLabel[]>();
  const ada = new Set<number>();
  for (const { baris, kolom, sel } of selBeralamat(l)) {
    ada.add(baris);
    if ((sel.peran !== "label" && sel.peran !== "judul") || teks(sel.nilai) === "") continue;
    const x = per.get(baris) ?? [];
    x.push({ b: baris, k: kolom, v: teks(sel.nilai) });
    per.set(baris, x);
  }
  return { per, semuaBaris: [...ada].sort((a, b) => a - b) };
}

/** Geseran kolom tetap yang paling banyak mencocokkan label setiap kolom rencana dengan isi kolom lembar. */
function geseranKolom(per: Map<number, SelLabel[]>, baca: BacaSel, luas: { b1: number; k1: number }): number {
  const perKolom = new Map<number, Set<string>>();
  for (const x of per.values()) for (const s of x) (perKolom.get(s.k) ?? perKolom.set(s.k, new Set()).get(s.k)!).add(s.v);
  const isiKolom = new Map<number, Set<string>>();
  const kolomLembar = (k: number): Set<string> => {
    let m = isiKolom.get(k);
    if (!m) {
      m = new Set();
      for (let b = 0; b <= luas.b1; b++) m.add(teks(baca(b, k)));
      isiKolom.set(k, m);
    }
    return m;
  };
  const kMin = Math.min(...perKolom.keys());
  let terbaik = 0;
  let skorTerbaik = -1;
  for (let dk = -kMin; dk <= Math.max(0, luas.k1 - kMin); dk++) {
    let skor = 0;
    for (const [k, nilai] of perKolom) {
      const isi = kolomLembar(k + dk);
      for (const v of nilai) if (isi.has(v)) skor++;
    }
    if (skor > skorTerbaik || (skor === skorTerbaik && Math.abs(dk) < Math.abs(terbaik))) {
      skorTerbaik = skor;
      terbaik = dk;
    }
  }
  return terbaik;
}

/**
 * Peta baris/kolom rencana → baris/kolom lembar menurut label. `luas`: sel terakhir rentang terpakai lembar.
 * `kolomTetap`: peta kolom dari jangkar (baris diurutkan); tanpa itu kolom dicari dengan geseran tetap.
 */
export function petaDariLabel(l: RencanaLembar, baca: BacaSel, luas: { b1: number; k1: number }, kolomTetap?: ReadonlyMap<number, number>): PetaLabel {
  const { per, semuaBaris } = labelPerBaris(l);
  const kolom = new Map<number, number>();
  const baris = new Map<number, number>();
  const hasil: PetaLabel = { baris, kolom, yakin: false, cocok: 0, dari: per.size, berpindah: 0 };
  if (per.size === 0) return hasil;
  let kMaks = 0;
  for (const { kolom: k } of selBeralamat(l)) if (k > kMaks) kMaks = k;
  if (kolomTetap) for (const [a, b] of kolomTetap) kolom.set(a, b);
  else {
    const dk = geseranKolom(per, baca, luas);
    for (let k = 0; k <= kMaks; k++) if (k + dk >= 0) kolom.set(k, k + dk);
  }
  // Kelompokkan baris rencana menurut kolom-kolom labelnya; kelompok berlabel lebih banyak memilih lebih dulu.
  const kelompok = new Map<string, number[]>();
  for (const [b, x] of per) {
    if (x.some((s) => !kolom.has(s.k))) continue;
    const id = x.map((s) => s.k).sort((p, q) => p - q).join(",");
    (kelompok.get(id) ?? kelompok.set(id, []).get(id)!).push(b);
  }
  const dipakai = new Set<number>();
  const urutKelompok = [...kelompok].sort((a, b) => b[0].split(",").length - a[0].split(",").length);
  for (const [id, daftar] of urutKelompok) {
    const kol = id.split(",").map(Number);
    const tandaRencana = (b: number): string => kol.map((k) => per.get(b)!.find((s) => s.k === k)!.v).join("\u0001");
    const lembar = new Map<string, number[]>();
    for (let b = 0; b <= luas.b1; b++) {
      if (dipakai.has(b)) continue;
      const t = kol.map((k) => teks(baca(b, kolom.get(k)!))).join("\u0001");
      (lembar.get(t) ?? lembar.set(t, []).get(t)!).push(b);
    }
    const perTanda = new Map<string, number[]>();
    for (const b of daftar.sort((p, q) => p - q)) (perTanda.get(tandaRencana(b)) ?? perTanda.set(tandaRencana(b), []).get(tandaRencana(b))!).push(b);
    for (const [t, rb] of perTanda) {
      const lb = lembar.get(t) ?? [];
      if (lb.length !== rb.length) continue; // ragu: label berulang dengan jumlah berbeda
      rb.forEach((b, i) => {
        baris.set(b, lb[i]);
        dipakai.add(lb[i]);
      });
    }
  }
  hasil.cocok = baris.size;
  // Baris tanpa label (atau ragu): di antara tetangga yang cocok, bila jaraknya sama.
  const cocok = [...baris.keys()].sort((a, b) => a - b);
  for (const b of semuaBaris) {
    if (baris.has(b)) continue;
    let p: number | undefined;
    let q: number | undefined;
    for (const x of cocok) {
      if (x < b) p = x;
      else if (x > b && q === undefined) q = x;
    }
    let tebak: number | undefined;
    if (p !== undefined && q !== undefined) tebak = baris.get(q)! - baris.get(p)! === q - p ? baris.get(p)! + (b - p) : undefined;
    else if (p !== undefined) tebak = baris.get(p)! + (b - p);
    else if (q !== undefined) tebak = baris.get(q)! - (q - b);
    if (tebak !== undefined && tebak >= 0 && !dipakai.has(tebak)) {
      baris.set(b, tebak);
      dipakai.add(tebak);
    }
  }
  let geser: number | null = null;
  for (const [b, s] of baris) {
    if (geser === null) geser = s - b;
    else if (s - b !== geser) hasil.berpindah++;
  }
  hasil.yakin = hasil.cocok >= Math.min(3, hasil.dari) && hasil.cocok / hasil.dari >= 0.8;
  return hasil;
}

/**
 * Jumlah sel label rencana yang, pada posisi menurut `peta`, berisi label LAIN tabel ini (tanda baris
 * diurutkan atau dipindah tanpa jangkarnya).
 */
export function labelTertukar(l: RencanaLembar, baca: BacaSel, peta: { baris: ReadonlyMap<number, number>; kolom: ReadonlyMap<number, number> }): number {
  const { per } = labelPerBaris(l);
  const semua = new Set<string>();
  for (const x of per.values()) for (const s of x) semua.add(s.v);
  let n = 0;
  for (const x of per.values()) {
    for (const s of x) {
      const b = peta.baris.get(s.b);
      const k = peta.kolom.get(s.k);
      if (b === undefined || k === undefined) continue;
      const v = teks(baca(b, k));
      if (v !== "" && v !== s.v && semua.has(v)) n++;
    }
  }
  return n;
}
