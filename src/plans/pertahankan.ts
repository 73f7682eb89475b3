/**
 * Mempertahankan isian pengguna saat tabel dibangun ulang (murni, tanpa Office.js).
 *
 * Masukan: rencana lama (disusun ulang dari catatan `_pkp`), isi lembar yang dibaca dari buku kerja
 * (rentang terpakai, rumus/nilai 2-D) dan rencana baru. Keluaran:
 * - `isian`: nilai untuk sel `masukan` rencana baru, menurut `kunci`;
 * - `sisa`: nilai lama yang tidak punya tempat pada tata letak baru (kunci hilang, atau isian di luar
 *   tabel pada lembar buatan add-in). Sisa TIDAK PERNAH dibuang: adaptor menulisnya ke lembar
 *   "Data Tersimpan";
 * - `konflik`: lembar tujuan yang sudah ada, bukan buatan add-in (tidak tercatat di `_pkp`) dan berisi
 *   sel tidak kosong di area yang akan ditulis. Antarmuka wajib bertanya sebelum menimpa.
 */
import { posisi, selBeralamat, alamat as alamatA1, type NilaiSel, type RencanaBukuKerja, type RencanaLembar } from "./rencana";

export const LEMBAR_TERSIMPAN = "Data Tersimpan";

/** Rentang terpakai satu lembar seperti dibaca dari buku kerja. */
export interface LembarTerbaca {
  nama: string;
  /** Sel kiri-atas rentang terpakai, mis. "A1" (boleh memakai "$"). */
  mulai: string;
  /** Isi 2-D (sebaiknya `formulas`, agar rumus yang diketik pengguna ikut terbawa). */
  isi: unknown[][];
}

/** Nilai yang tidak lagi punya sel pada rencana baru. */
export interface Sisa {
  lembar: string;
  alamat: string;
  /** Kunci masukan lama; "" untuk isian di luar tabel. */
  kunci: string;
  nilai: NilaiSel;
}

export interface Konflik {
  lembar: string;
  /** Jumlah sel tidak kosong di area yang akan ditulis. */
  jumlah: number;
  /** Beberapa alamat contoh (paling banyak 5). */
  contoh: string[];
}

export interface HasilPertahankan {
  /** kunci → nilai untuk sel masukan rencana baru. */
  isian: Map<string, NilaiSel>;
  sisa: Sisa[];
  konflik: Konflik[];
}

export interface MasukanPertahankan {
  rencanaLama: readonly RencanaBukuKerja[];
  rencanaBaru: RencanaBukuKerja;
  terbaca: readonly LembarTerbaca[];
  /** Lembar yang tercatat di `_pkp` DAN rencana lamanya berhasil disusun ulang. */
  lembarAddin: ReadonlySet<string>;
}

/** Sel dianggap kosong: undefined, null atau teks kosong. */
export function kosong(v: unknown): boolean {
  return v === undefined || v === null || v === "";
}

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
    const lebar = Math.max(1, ...b.sel.map((r) => r.length));
    return { b0: p.baris, k0: p.kolom, b1: p.baris + Math.max(1, b.sel.length) - 1, k1: p.kolom + lebar - 1 };
  });
}

function sama(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  // Excel mengembalikan angka yang diketik sebagai angka; bandingkan juga bentuk teksnya.
  return !kosong(a) && !kosong(b) && String(a) === String(b);
}

export function pertahankan(m: MasukanPertahankan): HasilPertahankan {
  const baca = new PetaBacaan(m.terbaca);
  const kunciBaru = new Set<string>();
  for (const l of m.rencanaBaru.lembar) {
    for (const { sel } of selBeralamat(l)) if (sel.peran === "masukan" && sel.kunci) kunciBaru.add(sel.kunci);
  }

  const isian = new Map<string, NilaiSel>();
  const sisa: Sisa[] = [];

  for (const lama of m.rencanaLama) {
    for (const l of lama.lembar) {
      if (!m.lembarAddin.has(l.nama) || !baca.ada(l.nama)) continue;
      const alamatRencana = new Set<string>();
      for (const { alamat, baris, kolom, sel } of selBeralamat(l)) {
        alamatRencana.add(alamat);
        if (sel.peran !== "masukan" || !sel.kunci) continue;
        const v = keNilai(baca.nilai(l.nama, baris, kolom));
        // Nilai bawaan yang tidak pernah diubah pengguna tidak dibawa: nilai bawaan rencana baru
        // (mis. nama unit baru dari panel) yang berlaku.
        if (v === null || sama(v, sel.nilai)) continue;
        if (kunciBaru.has(sel.kunci) && !isian.has(sel.kunci)) {
          isian.set(sel.kunci, v);
        } else {
          // Kunci tidak ada lagi di tata letak baru (atau ganda): simpan, jangan buang.
          sisa.push({ lembar: l.nama, alamat, kunci: sel.kunci, nilai: v });
        }
      }
      // Isian pengguna di luar sel rencana lama pada lembar buatan add-in: lembar itu akan dibersihkan.
      for (const { baris, kolom, nilai } of baca.tidakKosong(l.nama)) {
        const a = alamatA1(baris, kolom);
        if (alamatRencana.has(a)) continue;
        const v = keNilai(nilai);
        if (v !== null) sisa.push({ lembar: l.nama, alamat: a, kunci: "", nilai: v });
      }
    }
  }

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
        if (contoh.length < 5) contoh.push(alamatA1(baris, kolom));
      }
    }
    if (jumlah > 0) konflik.push({ lembar: l.nama, jumlah, contoh });
  }
  return { isian, sisa, konflik };
}

/** Baris untuk lembar "Data Tersimpan" (tanpa kepala). Nilai teks berawalan "=" disimpan sebagai teks. */
export function barisTersimpan(sisa: readonly Sisa[], waktu: string): NilaiSel[][] {
  return sisa.map((s) => [waktu, s.lembar, s.alamat, s.kunci || "(di luar tabel)", typeof s.nilai === "string" && s.nilai.startsWith("=") ? `'${s.nilai}` : s.nilai]);
}

export const KEPALA_TERSIMPAN: NilaiSel[] = ["Waktu", "Lembar", "Alamat", "Kunci", "Nilai"];
