/**
 * Pembangun daftar penilaian Instrumen Alternatif I Pola LAN 1998 (seed 004 baris 775–787): satu baris
 * per jenis pelayanan dengan kategori, sifat, tipe kriteria dan lima kolom TINGKAT PRESTASI (1–5) yang
 * diberi satu tanda "x". Tingkat dan keterangannya (1 Istimewa … 5 Tidak memuaskan) adalah rumus; rekap
 * menghitung banyak jenis pelayanan per tingkat dan rata-rata tingkat.
 */
import { galatAngka, galatNilai } from "../core/errors";
import {
  KATEGORI_PELAYANAN_LAN,
  SIFAT_PELAYANAN_LAN,
  SKALA_PRESTASI_LAN,
  SUMBER_INSTRUMEN,
  TIPE_KRITERIA_LAN,
} from "../frameworks/lan1998-instrumen";
import {
  alamat,
  hitung,
  hurufKolom,
  judul,
  label,
  masukan,
  type RencanaBukuKerja,
  type Sel,
  type ValidasiData,
} from "./rencana";
import { Kisi, abs, lembarRingkasan, rujukLembar, teksDari } from "./ringkasan";

export interface IsianAlternatifI {
  jenis: string;
  kategori?: string;
  sifat?: string;
  tipe?: string;
  /** Tingkat prestasi 1–5 (tanda "x" pada kolom itu). */
  tingkat?: number;
}

export interface OpsiLanAlternatif1 {
  /** Banyak baris jenis pelayanan (bawaan 10). */
  baris?: number;
  /** Isian awal (contoh atau dari CSV). Tidak disimpan di meta. */
  dinas?: string;
  isian?: IsianAlternatifI[];
}

export const ID_LAN_ALTERNATIF1 = "lanAlternatif1";
export const NAMA_LEMBAR_ALTERNATIF1 = "LAN Alternatif I";
const TANDA = "x";
const LABEL_PRESTASI = SKALA_PRESTASI_LAN.map((t) => `"${t.label}"`).join(",");

/** Rumus keterangan untuk satu sel tingkat (bilangan bulat atau rata-rata), dengan ROUND(x, 9) sebelum pita. */
export function rumusKeteranganPrestasi(sel: string, kosong = '""'): string {
  return `=IF(ISNUMBER(${sel}),CHOOSE(MAX(1,ROUNDUP(ROUND(${sel},9)-0.5,0)),${LABEL_PRESTASI}),${kosong})`;
}

/** Rumus tingkat satu baris: kolom bertanda (1–5); kosong bila belum ada tanda; #N/A bila lebih dari satu. */
export function rumusTingkat(baris: number, kolomAwal: number): string {
  const sel = [0, 1, 2, 3, 4].map((i) => alamat(baris, kolomAwal + i));
  const rng = `${sel[0]}:${sel[4]}`;
  const pilih = `IF(${sel[0]}<>"",1,IF(${sel[1]}<>"",2,IF(${sel[2]}<>"",3,IF(${sel[3]}<>"",4,5))))`;
  return `=IF(COUNTA(${rng})=0,"",IF(COUNTA(${rng})>1,NA(),${pilih}))`;
}

export function rencanaLanAlternatif1(opsi: OpsiLanAlternatif1 = {}): RencanaBukuKerja {
  const N = opsi.baris ?? Math.max(opsi.isian?.length ?? 0, 10);
  if (!Number.isInteger(N) || N < 1 || N > 5000) throw galatAngka("banyak jenis pelayanan harus bilangan bulat 1–5000");
  if ((opsi.isian?.length ?? 0) > N) throw galatNilai(`isian ${opsi.isian?.length} baris, lembar hanya ${N}`);
  const k = new Kisi();
  k.set(0, 0, judul("Daftar Penilaian Kinerja Pelayanan — Instrumen Alternatif I (Pola LAN 1998)"));
  k.set(
    1,
    0,
    label(
      `Isi sel kuning: jenis pelayanan, kategori, sifat, tipe kriteria, lalu satu tanda "${TANDA}" pada kolom TINGKAT PRESTASI 1–5. ` +
        `Sumber: ${SUMBER_INSTRUMEN.alternatifI}.`,
      "catatan",
    ),
  );
  k.set(2, 0, label("Dinas :", "kepala"));
  k.set(2, 1, masukan("dinas", opsi.dinas ?? ""));
  const hdr = 4;
  const c1 = 5; // kolom tingkat 1
  const cT = c1 + 5;
  const cK = cT + 1;
  ["No", "JENIS PELAYANAN", "KATEGORI PELAYANAN", "SIFAT PELAYANAN", "TIPE KRITERIA", "TINGKAT PRESTASI"].forEach(
    (t, j) => k.set(hdr, j, label(t, "kepala")),
  );
  k.set(hdr, cT, label("Tingkat", "kepala"));
  k.set(hdr, cK, label("Keterangan", "kepala"));
  // nomor tingkat sebagai teks: rata kiri seperti tanda "x" di bawahnya (angka rata kanan tampak satu kolom bergeser)
  SKALA_PRESTASI_LAN.forEach((t, i) => k.set(hdr + 1, c1 + i, label(String(t.nilai), "kepala")));
  const awal = hdr + 2;
  const akhir = awal + N - 1;
  for (let i = 0; i < N; i++) {
    const r = awal + i;
    const isi = opsi.isian?.[i];
    k.set(r, 0, label(i + 1));
    k.set(r, 1, masukan(`jenis|baris=${i + 1}`, isi?.jenis));
    k.set(r, 2, masukan(`kategori|baris=${i + 1}`, isi?.kategori));
    k.set(r, 3, masukan(`sifat|baris=${i + 1}`, isi?.sifat));
    k.set(r, 4, masukan(`tipe|baris=${i + 1}`, isi?.tipe));
    SKALA_PRESTASI_LAN.forEach((t, j) =>
      k.set(
        r,
        c1 + j,
        masukan(`tanda|baris=${i + 1}|tingkat=${t.nilai}`, isi?.tingkat === t.nilai ? TANDA : undefined),
      ),
    );
    k.set(r, cT, hitung(rumusTingkat(r, c1), "0"));
    k.set(
      r,
      cK,
      hitung(
        `=IF(ISNA(${alamat(r, cT)}),"Tandai satu tingkat saja",${rumusKeteranganPrestasi(alamat(r, cT)).slice(1)})`,
      ),
    );
  }
  const ket = akhir + 2;
  k.set(
    ket,
    0,
    label(`Keterangan : ${SKALA_PRESTASI_LAN.map((t) => `${t.nilai}. ${t.label}`).join("   ")}`, "catatan"),
  );
  const rk = ket + 2;
  k.set(rk, 1, label("Banyak jenis pelayanan per tingkat", "total"));
  for (let j = 0; j < 5; j++)
    k.set(rk, c1 + j, hitung(`=COUNTA(${alamat(awal, c1 + j)}:${alamat(akhir, c1 + j)})`, "0", "total"));
  const rngT = `${abs(awal, cT)}:${abs(akhir, cT)}`;
  k.set(rk + 1, 1, label("Jenis pelayanan dinilai", "total"));
  k.set(rk + 1, cT, hitung(`=COUNT(${rngT})`, "0", "total"));
  k.set(rk + 2, 1, label("Rata-rata tingkat prestasi (tafsiran proyek)", "total"));
  k.set(rk + 2, cT, hitung(`=IF(COUNT(${rngT})=0,"",AVERAGE(${rngT}))`, "0.00", "total"));
  k.set(rk + 2, cK, hitung(rumusKeteranganPrestasi(alamat(rk + 2, cT)), undefined, "total"));
  k.set(
    rk + 3,
    0,
    label(
      "Rata-rata: tingkat k mencakup (k − 0,5; k + 0,5], tingkat 1 mencakup [1; 1,5]; diputuskan pada ROUND(rata-rata; 9).",
      "catatan",
    ),
  );

  const validasi: ValidasiData[] = [
    {
      rentang: `${alamat(awal, 2)}:${alamat(akhir, 2)}`,
      jenis: "daftar",
      daftar: [...KATEGORI_PELAYANAN_LAN],
      pesan: `Kategori pelayanan: ${KATEGORI_PELAYANAN_LAN.join(", ")}.`,
    },
    {
      rentang: `${alamat(awal, 3)}:${alamat(akhir, 3)}`,
      jenis: "daftar",
      daftar: [...SIFAT_PELAYANAN_LAN],
      pesan: `Sifat pelayanan: ${SIFAT_PELAYANAN_LAN.join(", ")}.`,
    },
    {
      rentang: `${alamat(awal, 4)}:${alamat(akhir, 4)}`,
      jenis: "daftar",
      daftar: [...TIPE_KRITERIA_LAN],
      pesan: "Tipe kriteria: tipe dinas I, II atau III.",
    },
    {
      rentang: `${alamat(awal, c1)}:${alamat(akhir, c1 + 4)}`,
      jenis: "daftar",
      daftar: [TANDA],
      pesan: `Beri tanda "${TANDA}" pada satu kolom tingkat prestasi.`,
    },
  ];
  const nama = NAMA_LEMBAR_ALTERNATIF1;
  const ref = rujukLembar(nama);
  const sel: (Sel | null)[][] = k.blok().sel;
  return {
    meta: { pembangun: ID_LAN_ALTERNATIF1, versi: 1, opsi: { baris: N } },
    lembar: [
      {
        nama,
        blok: [{ mulai: "A1", sel }],
        gabung: [`${alamat(hdr, c1)}:${alamat(hdr, c1 + 4)}`],
        validasi,
        // satu tanda "x" per baris: empat kolom tingkat lainnya memang kosong; kategori, sifat dan tipe
        // boleh tidak diisi (keterangan saja); baris tanpa jenis pelayanan belum dipakai
        bolehKosong: [`${alamat(awal, 2)}:${alamat(akhir, c1 + 4)}`],
        akibatKosong: "baris tanpa tanda x tidak ikut rekap per tingkat dan rata-rata",
        bekukan: { baris: awal, kolom: 2 },
        lebarKolom: [
          { kolom: "A", lebar: 5 },
          { kolom: "B", lebar: 40 },
          { kolom: "C", lebar: 14 },
          { kolom: "D", lebar: 14 },
          { kolom: "E", lebar: 10 },
          ...[0, 1, 2, 3, 4].map((j) => ({ kolom: hurufKolom(c1 + j), lebar: 5 })),
          { kolom: hurufKolom(cT), lebar: 9 },
          { kolom: hurufKolom(cK), lebar: 22 },
        ],
      },
      lembarRingkasan({
        nama: "LAN Alternatif I Ringkasan",
        judul: "Ringkasan tingkat prestasi per jenis pelayanan (Instrumen Alternatif I)",
        keterangan: "Tingkat 1 = Istimewa … 5 = Tidak memuaskan; peringkat 1 = tingkat terbaik (terkecil).",
        kolomNama: "Jenis pelayanan",
        kolomNilai: "Tingkat prestasi",
        kolomKategori: "Keterangan",
        formatNilai: "0",
        urutan: "menaik",
        baris: Array.from({ length: N }, (_, i) => ({
          nama: teksDari(nama, abs(awal + i, 1)),
          nilai: `=IF(ISNUMBER(${ref}!${abs(awal + i, cT)}),${ref}!${abs(awal + i, cT)},"")`,
          kategori: `=IF(ISNUMBER(${ref}!${abs(awal + i, cT)}),${ref}!${abs(awal + i, cK)},"")`,
        })),
        judulGrafik: "Tingkat prestasi per jenis pelayanan",
      }),
    ],
  };
}

/**
 * Contoh: jenis pelayanan yang disebut naskah (seed 004 baris 1284–1286: penyuluhan dan pembinaan di
 * dinas tipe I; pemungutan pajak dan retribusi, kawin suntik di dinas tipe III). Tingkatnya contoh
 * rekaan untuk peragaan, bukan data naskah.
 */
export function contohLanAlternatif1(): OpsiLanAlternatif1 {
  return {
    baris: 6,
    dinas: "Contoh (rekaan)",
    isian: [
      { jenis: "Pemberian penyuluhan", kategori: "Jasa", sifat: "Langsung", tipe: "I", tingkat: 2 },
      { jenis: "Pembinaan", kategori: "Jasa", sifat: "Tidak langsung", tipe: "I", tingkat: 3 },
      { jenis: "Pemungutan pajak dan retribusi", kategori: "Fisik", sifat: "Langsung", tipe: "III", tingkat: 4 },
      { jenis: "Pelaksanaan kawin suntik", kategori: "Fisik", sifat: "Langsung", tipe: "III", tingkat: 1 },
    ],
  };
}
