/**
 * Mengenali tabel add-in dari yang TAMPAK (murni, tanpa Office): judul, label baris (nomor dan nama
 * indikator, kode responden/indikator, "Jumlah" …) dan kepala kolom. Dipakai bila jangkar (jangkar.ts)
 * tidak dapat dipakai:
 * - nama jangkar dihapus di Name Manager, lembar disalin lalu yang asli dihapus, atau lembar dipindah ke buku
 *   kerja lain (nama tidak ikut) — baris DAN kolom dicari dari label;
 * - baris diurutkan (Sort) selebar tabel: isi berpindah, jangkar tidak — kolom dari jangkar, baris dari label.
 *
 * Cara: kolom dipasangkan menurut bukti (label dan nilai bawaan masukan per kolom, `petaKolom`; atau peta
 * jangkar kolom bila ada), jadi kolom yang disisipkan dilompati. Baris = baris lembar yang label-labelnya (di kolom-kolom label baris rencana itu)
 * sama persis dengan baris rencana; label yang berulang (mis. "Jumlah" per variabel) dipasangkan menurut urutan
 * bila jumlahnya sama. Baris rencana tanpa label (atau ragu) diletakkan di antara tetangganya yang cocok bila
 * jaraknya sama. Tidak yakin (< 80 % baris berlabel cocok) → pemanggil berhenti atau bertanya, tidak menebak.
 */
import { selBeralamat, type RencanaLembar } from "../rencana";

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

/**
 * Peta kolom menurut bukti: setiap kolom rencana punya "tanda" (label dan nilai bawaan sel masukan di kolom itu,
 * mis. nama unit di kepala, nama unsur SKM); kolom lembar yang memuat tanda itu adalah buktinya. Kolom
 * dipasangkan naik (tidak bersilang) dengan jumlah bukti terbesar (pemrograman dinamis), jadi kolom yang
 * disisipkan di tengah tabel dilompati. Kolom tanpa bukti diletakkan di antara tetangganya bila jaraknya sama.
 */
function petaKolom(
  l: RencanaLembar,
  baca: BacaSel,
  luas: { b1: number; k1: number },
  kMaks: number,
): { kolom: Map<number, number>; berbukti: number; dari: number } {
  const tanda = new Map<number, Set<string>>();
  for (const { kolom, sel } of selBeralamat(l)) {
    const v = teks(sel.nilai);
    if (v === "" || sel.peran === "hitung") continue;
    (tanda.get(kolom) ?? tanda.set(kolom, new Set()).get(kolom)!).add(v);
  }
  const isi: Set<string>[] = [];
  for (let c = 0; c <= luas.k1; c++) {
    const m = new Set<string>();
    for (let b = 0; b <= luas.b1; b++) m.add(teks(baca(b, c)));
    isi.push(m);
  }
  const skor = (k: number, c: number): number => {
    let n = 0;
    for (const v of tanda.get(k) ?? []) if (isi[c]?.has(v)) n++;
    return n;
  };
  // terbaik[k][c]: bukti terbesar untuk kolom rencana 0..k dengan kolom k di kolom lembar ≤ c (naik)
  const C = luas.k1 + 1;
  const terbaik: number[][] = [];
  const pilih: boolean[][] = [];
  for (let k = 0; k <= kMaks; k++) {
    terbaik.push(new Array<number>(C).fill(0));
    pilih.push(new Array<boolean>(C).fill(false));
    for (let c = 0; c < C; c++) {
      const pakai = skor(k, c) + (k > 0 && c > 0 ? terbaik[k - 1][c - 1] : 0);
      const lewat = Math.max(c > 0 ? terbaik[k][c - 1] : 0, k > 0 ? terbaik[k - 1][c] : 0);
      const ya = skor(k, c) > 0 && pakai >= lewat;
      terbaik[k][c] = ya ? pakai : lewat;
      pilih[k][c] = ya;
    }
  }
  const kolom = new Map<number, number>();
  for (let k = kMaks, c = C - 1; k >= 0 && c >= 0;) {
    if (pilih[k][c]) {
      kolom.set(k, c);
      k--;
      c--;
    } else if (c > 0 && terbaik[k][c - 1] === terbaik[k][c]) c--;
    else k--;
  }
  const berbukti = kolom.size;
  // kolom tanpa bukti: di antara tetangga berbukti yang jaraknya sama, atau di tepi dengan geseran tetangganya
  const ada = [...kolom.keys()].sort((a, b) => a - b);
  for (let k = 0; k <= kMaks; k++) {
    if (kolom.has(k)) continue;
    const p = ada.filter((x) => x < k).pop();
    const q = ada.find((x) => x > k);
    let c: number | undefined;
    if (p !== undefined && q !== undefined)
      c = kolom.get(q)! - kolom.get(p)! === q - p ? kolom.get(p)! + (k - p) : undefined;
    else if (p !== undefined) c = kolom.get(p)! + (k - p);
    else if (q !== undefined) c = kolom.get(q)! - (q - k);
    if (c !== undefined && c >= 0) kolom.set(k, c);
  }
  return { kolom, berbukti, dari: tanda.size };
}

/**
 * Peta baris/kolom rencana → baris/kolom lembar menurut label. `luas`: sel terakhir rentang terpakai lembar.
 * `kolomTetap`: peta kolom dari jangkar (baris diurutkan); tanpa itu kolom dicari dengan geseran tetap.
 */
export function petaDariLabel(
  l: RencanaLembar,
  baca: BacaSel,
  luas: { b1: number; k1: number },
  kolomTetap?: ReadonlyMap<number, number>,
): PetaLabel {
  const { per, semuaBaris } = labelPerBaris(l);
  const kolom = new Map<number, number>();
  const baris = new Map<number, number>();
  const hasil: PetaLabel = { baris, kolom, yakin: false, cocok: 0, dari: per.size, berpindah: 0 };
  if (per.size === 0) return hasil;
  let kMaks = 0;
  for (const { kolom: k } of selBeralamat(l)) if (k > kMaks) kMaks = k;
  let kolomYakin = true;
  if (kolomTetap) for (const [a, b] of kolomTetap) kolom.set(a, b);
  else {
    const pk = petaKolom(l, baca, luas, kMaks);
    for (const [a, b] of pk.kolom) kolom.set(a, b);
    kolomYakin = pk.dari > 0 && pk.berbukti / pk.dari >= 0.8;
    // kolom berisi sel masukan yang tidak terpetakan: isiannya tidak dapat dipasangkan
    for (const { kolom: k, sel } of selBeralamat(l)) if (sel.peran === "masukan" && !kolom.has(k)) kolomYakin = false;
  }
  // Kelompokkan baris rencana menurut kolom-kolom labelnya; kelompok berlabel lebih banyak memilih lebih dulu.
  const kelompok = new Map<string, number[]>();
  for (const [b, x] of per) {
    if (x.some((s) => !kolom.has(s.k))) continue;
    const id = x
      .map((s) => s.k)
      .sort((p, q) => p - q)
      .join(",");
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
    for (const b of daftar.sort((p, q) => p - q))
      (perTanda.get(tandaRencana(b)) ?? perTanda.set(tandaRencana(b), []).get(tandaRencana(b))!).push(b);
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
    if (p !== undefined && q !== undefined)
      tebak = baris.get(q)! - baris.get(p)! === q - p ? baris.get(p)! + (b - p) : undefined;
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
  hasil.yakin = kolomYakin && hasil.cocok >= Math.min(3, hasil.dari) && hasil.cocok / hasil.dari >= 0.8;
  return hasil;
}

/**
 * Jumlah sel label rencana yang, pada posisi menurut `peta`, berisi label LAIN tabel ini (tanda baris
 * diurutkan atau dipindah tanpa jangkarnya).
 */
export function labelTertukar(
  l: RencanaLembar,
  baca: BacaSel,
  peta: { baris: ReadonlyMap<number, number>; kolom: ReadonlyMap<number, number> },
): number {
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
