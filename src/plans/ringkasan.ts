/**
 * Alat bersama pembangun: kisi sel (menyusun lembar sel demi sel lalu menjadi satu blok) dan lembar
 * ringkasan (satu baris per unit/butir: nilai, kategori, peringkat dengan RANK, grafik kolom).
 */
import { alamat, hitung, hurufKolom, judul, label, lebarMaks, type Grafik, type RencanaLembar, type Sel } from "./rencana";

/** Kisi sel 0-based yang dijadikan satu BlokSel mulai A1. */
export class Kisi {
  private readonly baris: (Sel | null)[][] = [];

  set(b: number, k: number, s: Sel): void {
    while (this.baris.length <= b) this.baris.push([]);
    const r = this.baris[b];
    while (r.length <= k) r.push(null);
    r[k] = s;
  }

  get tinggi(): number {
    return this.baris.length;
  }

  blok(): { mulai: string; sel: (Sel | null)[][] } {
    const lebar = lebarMaks(this.baris);
    return { mulai: "A1", sel: this.baris.map((r) => [...r, ...new Array<Sel | null>(lebar - r.length).fill(null)]) };
  }
}

/** Alamat absolut: $C$5. */
export const abs = (baris: number, kolom: number): string => `$${hurufKolom(kolom)}$${baris + 1}`;

/** Nama lembar dalam rumus: 'Nama Lembar'. */
export const rujukLembar = (nama: string): string => `'${nama.replace(/'/g, "''")}'`;

/** Nama lembar Excel yang sah (≤ 31 karakter, tanpa : \ / ? * [ ]). */
export function namaLembarSah(nama: string): string {
  return nama.replace(/[:\\/?*[\]]/g, "-").slice(0, 31);
}

export interface BarisRingkasan {
  /** Nama unit/butir (teks tetap) atau rumus rujukan ke sel nama, mis. "='LAN Nilai'!C5". */
  nama: string;
  /** Rumus nilai (diawali "="). */
  nilai: string;
  /** Rumus kategori (diawali "="), bila ada. */
  kategori?: string;
}

export interface OpsiRingkasan {
  nama: string;
  judul: string;
  keterangan?: string;
  kolomNama: string;
  kolomNilai: string;
  kolomKategori?: string;
  formatNilai?: string;
  baris: BarisRingkasan[];
  judulGrafik: string;
  /** Arah peringkat: "menurun" (bawaan, nilai terbesar = 1) atau "menaik" (nilai terkecil = 1, mis. skala prestasi LAN 1 = Istimewa). */
  urutan?: "menurun" | "menaik";
  /** Nilai dapat negatif (mis. gap SERVQUAL): sumbu nilai grafik tidak dipaksa mulai dari nol. */
  bolehNegatif?: boolean;
}

/**
 * Lembar ringkasan: No | Nama | Nilai | [Kategori] | Peringkat (RANK menurun; kosong bila nilai bukan
 * angka) dan satu grafik kolom nilai.
 */
export function lembarRingkasan(o: OpsiRingkasan): RencanaLembar {
  const k = new Kisi();
  k.set(0, 0, judul(o.judul));
  if (o.keterangan) k.set(1, 0, label(o.keterangan, "catatan"));
  const adaKategori = o.baris.some((b) => b.kategori);
  const kepala = ["No", o.kolomNama, o.kolomNilai, ...(adaKategori ? [o.kolomKategori ?? "Kategori"] : []), "Peringkat"];
  kepala.forEach((t, j) => k.set(3, j, label(t, "kepala")));
  const awal = 4;
  const akhir = awal + Math.max(o.baris.length, 1) - 1;
  const kolPeringkat = adaKategori ? 4 : 3;
  o.baris.forEach((b, i) => {
    const r = awal + i;
    k.set(r, 0, label(i + 1));
    k.set(r, 1, b.nama.startsWith("=") ? hitung(b.nama, undefined, "hitung") : label(b.nama));
    k.set(r, 2, hitung(b.nilai, o.formatNilai));
    if (adaKategori) k.set(r, 3, b.kategori ? hitung(b.kategori) : label(""));
    const c = alamat(r, 2);
    k.set(r, kolPeringkat, hitung(`=IF(ISNUMBER(${c}),RANK(${c},${abs(awal, 2)}:${abs(akhir, 2)}${o.urutan === "menaik" ? ",1" : ""}),"")`, "0"));
  });
  // banyak kategori (> 8): batang mendatar, satu baris lembar per batang, agar nama dan label tidak bertumpuk
  const banyak = o.baris.length > 8;
  const grafik: Grafik = {
    jenis: banyak ? "batang" : "kolom",
    ...(banyak ? { tinggi: o.baris.length + 6 } : {}),
    // nilai kecil lebih baik (peringkat menaik): katakan di sumbu nilai
    // batang dimulai dari nol (sumbu otomatis LibreOffice dapat mulai dari 86 % dan membesar-besarkan beda)
    ...(o.bolehNegatif ? {} : { minimum: 0 }),
    ...(o.urutan === "menaik" ? { judulSumbu: `${o.kolomNilai}: 1 = terbaik (batang lebih pendek = lebih baik)` } : {}),
    judul: o.judulGrafik,
    data: `${alamat(awal, 2)}:${alamat(akhir, 2)}`,
    kategori: `${alamat(awal, 1)}:${alamat(akhir, 1)}`,
    // di bawah tabel: halaman A4 tegak memuat tabel dan grafik tanpa melebar
    posisi: alamat(akhir + 2, 0),
  };
  return {
    nama: o.nama,
    blok: [k.blok()],
    bekukan: { baris: 4, kolom: 0 },
    lebarKolom: [
      { kolom: "A", lebar: 6 },
      { kolom: "B", lebar: 40 },
      { kolom: "C", lebar: 16 },
      { kolom: "D", lebar: 14 },
      { kolom: "E", lebar: 12 },
    ],
    grafik: [grafik],
  };
}

/** Rujukan ke sel angka lembar lain yang memberi "" (bukan 0) bila sel itu kosong, teks atau galat. */
export const angkaAtauKosong = (lembar: string, sel: string): string => `=IF(ISNUMBER(${rujukLembar(lembar)}!${sel}),${rujukLembar(lembar)}!${sel},"")`;

/** Rujukan teks ke sel lembar lain ("" bila kosong, bukan 0). */
export const teksDari = (lembar: string, sel: string): string => `=""&${rujukLembar(lembar)}!${sel}`;
