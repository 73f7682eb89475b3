/**
 * Alat bersama pembangun: kisi sel (menyusun lembar sel demi sel lalu menjadi satu blok) dan lembar
 * ringkasan (satu baris per unit/butir: nilai, kategori, peringkat dengan RANK, grafik kolom).
 */
import {
  alamat,
  hitung,
  hurufKolom,
  judul,
  label,
  lebarMaks,
  type Grafik,
  type RencanaLembar,
  type Sel,
} from "./rencana";

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
  /**
   * Banyak baris yang berisi nilai saat dibangun (mis. log layanan dengan baris cadangan kosong): grafik hanya
   * menggambar sebanyak ini batang teratas blok urut (tanpa batang/slot kosong). Bawaan: semua baris.
   */
  terisi?: number;
}

/** Banyak kategori di atas ini: batang mendatar terurut menurut nilai. */
export const BATAS_KATEGORI_KOLOM = 8;

/**
 * Blok urut untuk grafik di kanan tabel ringkasan (kolom bantu tampak, tidak dicetak), satu baris per baris data:
 * kunci urut (peringkat RANK + urutan baris di antara nilai yang sama, jadi unik) lalu nama dan nilai ke-i menurut
 * kunci itu (INDEX/MATCH; "" bila i > banyak nilai). Rumus asli Excel 2007/LibreOffice (tanpa SORTBY). Memberi huruf kolomnya.
 */
function blokUrut(
  k: Kisi,
  awal: number,
  n: number,
  kolom: number,
  urutan: "menurun" | "menaik",
  format?: string,
): string[] {
  const akhir = awal + n - 1;
  const nilai = `${abs(awal, 2)}:${abs(akhir, 2)}`;
  const kunci = `${abs(awal, kolom)}:${abs(akhir, kolom)}`;
  ["Kunci urut (bantu)", "Urut: nama", "Urut: nilai"].forEach((t, j) => k.set(awal - 1, kolom + j, label(t, "kepala")));
  for (let i = 0; i < n; i++) {
    const r = awal + i;
    const c = alamat(r, 2);
    k.set(
      r,
      kolom,
      hitung(
        `=IF(ISNUMBER(${c}),RANK(${c},${nilai}${urutan === "menaik" ? ",1" : ""})+COUNTIF(${abs(awal, 2)}:${c},${c})-1,"")`,
        "0",
      ),
    );
    const ke = (rentang: string) => `=IF(${i + 1}>COUNT(${nilai}),"",INDEX(${rentang},MATCH(${i + 1},${kunci},0)))`;
    k.set(r, kolom + 1, hitung(ke(`${abs(awal, 1)}:${abs(akhir, 1)}`), undefined, "hitung"));
    k.set(r, kolom + 2, hitung(ke(nilai), format));
  }
  return [0, 1, 2].map((j) => hurufKolom(kolom + j));
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
  const kepala = [
    "No",
    o.kolomNama,
    o.kolomNilai,
    ...(adaKategori ? [o.kolomKategori ?? "Kategori"] : []),
    "Peringkat",
  ];
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
    k.set(
      r,
      kolPeringkat,
      hitung(
        `=IF(ISNUMBER(${c}),RANK(${c},${abs(awal, 2)}:${abs(akhir, 2)}${o.urutan === "menaik" ? ",1" : ""}),"")`,
        "0",
      ),
    );
  });
  // banyak kategori (> 8): batang mendatar terurut menurut nilai, satu baris lembar per batang, agar nama dan
  // label tidak bertumpuk; baris tanpa nilai saat dibangun (baris cadangan) tidak digambar: grafik membaca blok urut
  const banyak = o.baris.length > BATAS_KATEGORI_KOLOM;
  const terisi = o.terisi !== undefined && o.terisi > 0 ? Math.min(o.terisi, o.baris.length) : o.baris.length;
  const urut =
    banyak || terisi < o.baris.length
      ? blokUrut(k, awal, o.baris.length, kolPeringkat + 2, o.urutan ?? "menurun", o.formatNilai)
      : null;
  const grafik: Grafik = {
    jenis: banyak ? "batang" : "kolom",
    ...(banyak ? { tinggi: terisi + 6 } : {}),
    // nilai kecil lebih baik (peringkat menaik): katakan di sumbu nilai
    // batang dimulai dari nol (sumbu otomatis LibreOffice dapat mulai dari 86 % dan membesar-besarkan beda)
    ...(o.bolehNegatif ? {} : { minimum: 0 }),
    ...(o.urutan === "menaik" ? { judulSumbu: `${o.kolomNilai}: 1 = terbaik (batang lebih pendek = lebih baik)` } : {}),
    judul: o.judulGrafik,
    data: urut
      ? `${alamat(awal, kolPeringkat + 4)}:${alamat(awal + terisi - 1, kolPeringkat + 4)}`
      : `${alamat(awal, 2)}:${alamat(akhir, 2)}`,
    kategori: urut
      ? `${alamat(awal, kolPeringkat + 3)}:${alamat(awal + terisi - 1, kolPeringkat + 3)}`
      : `${alamat(awal, 1)}:${alamat(akhir, 1)}`,
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
    // nama terurut dibentuk INDEX (tidak dapat ditaksir rapikan): selebar kolom nama
    ...(urut ? { lebarMinimum: [{ kolom: urut[1], lebar: 40 }] } : {}),
    ...(urut
      ? {
          kolomBantu: {
            kolom: urut,
            keterangan: `Kolom bantu ${urut[0]}–${urut[2]} (urutan menurut nilai untuk grafik; tidak dicetak)`,
            tampak: true,
          },
        }
      : {}),
  };
}

/** Rujukan ke sel angka lembar lain yang memberi "" (bukan 0) bila sel itu kosong, teks atau galat. */
export const angkaAtauKosong = (lembar: string, sel: string): string =>
  `=IF(ISNUMBER(${rujukLembar(lembar)}!${sel}),${rujukLembar(lembar)}!${sel},"")`;

/** Rujukan teks ke sel lembar lain ("" bila kosong, bukan 0). */
export const teksDari = (lembar: string, sel: string): string => `=""&${rujukLembar(lembar)}!${sel}`;
