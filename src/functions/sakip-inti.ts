/* eslint-disable @typescript-eslint/no-explicit-any -- Excel mengirim rentang campuran (angka, teks, kosong); tipenya diperiksa di inti */
/**
 * Isi fungsi kustom SAKIP.* (pembungkus tipis atas core/sakip.ts dan core/lke.ts). Di add-in modul ini potongan
 * sendiri yang dimuat saat fungsi SAKIP.* pertama kali dihitung (functions/sakip.ts), agar functions.js tetap
 * kecil (issue 17); deskripsi dan aturan bentuk ada di functions/sakip.ts.
 */
import {
  arahSakip,
  capaianSakip,
  efisiensi,
  jenisIndikator,
  kategoriSakip,
  realisasiSampai,
  serapan,
  targetSampai,
} from "../core/sakip";
import { nilaiSubKomponenLke, predikatLke } from "../core/lke";
import { GalatKinerja, galatDi, kosong } from "../core/errors";
import type { SkalaKategori } from "../frameworks/sakip";
import { galatExcel, jalankan, keRentang, perSel, type Rentang, type Sel } from "./excel";

/** Nilai baris i dari argumen satu sel atau satu kolom setinggi `n`. @throws #VALUE! bentuk lain */
function perBaris(x: any, n: number, nama: string): (i: number) => Sel {
  if (x === undefined || x === null) return () => null;
  const r = keRentang(x, nama);
  if (r.length === 1 && r[0].length === 1) return () => r[0][0];
  if (r[0].length !== 1 || r.length !== n)
    throw galatExcel(
      "NILAI",
      `${nama} harus satu sel atau satu kolom setinggi ${n} baris (${r.length}×${r[0].length})`,
    );
  return (i) => r[i][0];
}

/** Menjalankan `f` per baris; galat inti diberi nomor baris bila rentang lebih dari satu baris. */
function tiapBaris<T>(n: number, f: (i: number) => T): T[][] {
  const hasil: T[][] = [];
  for (let i = 0; i < n; i++) {
    try {
      hasil.push([f(i)]);
    } catch (e) {
      if (e instanceof GalatKinerja && n > 1) throw galatDi(e, `baris ${i + 1}`);
      throw e;
    }
  }
  return hasil;
}

const angkaAtauKosong = (x: Sel): number | null => (kosong(x) ? null : (x as number));

/** Skala dari argumen: kosong = Permendagri 86/2017; teks = id; rentang 2 kolom (batas bawah, kategori), baris terakhir boleh tanpa batas. */
function bacaSkala(x: any): string | SkalaKategori | null {
  if (x === undefined || x === null) return null;
  const r: Rentang = keRentang(x, "skala");
  if (r.length === 1 && r[0].length === 1) return kosong(r[0][0]) ? null : String(r[0][0]);
  if (r[0].length !== 2)
    throw galatExcel(
      "NILAI",
      "skala harus teks (permendagri86, baik-kurang) atau rentang dua kolom: batas bawah (persen), kategori",
    );
  return {
    id: "rentang",
    nama: "skala dari rentang",
    sumber: "rentang lembar kerja",
    verifikasi: "proyek",
    pita: r.map((b, i) => {
      if (kosong(b[1])) throw galatExcel("NA", `skala baris ${i + 1}: kategori kosong`);
      if (kosong(b[0]) && i < r.length - 1)
        throw galatExcel("NA", `skala baris ${i + 1}: batas bawah kosong (hanya baris terakhir boleh tanpa batas)`);
      if (!kosong(b[0]) && typeof b[0] !== "number")
        throw galatExcel("NILAI", `skala baris ${i + 1}: batas bawah bukan angka`);
      return { min: kosong(b[0]) ? null : (b[0] as number), kategori: String(b[1]), tercetak: "" };
    }),
  };
}

export function sakipCapaian(realisasi: any[][], target: any[][], arah?: any, jenis?: any, batas?: any): number[][] {
  return jalankan(() => {
    const r = keRentang(realisasi, "realisasi");
    const t = keRentang(target, "target");
    const n = r.length;
    const q = r[0].length;
    if (t.length !== n || (t[0].length !== 1 && t[0].length !== q))
      throw galatExcel(
        "NILAI",
        `target harus ${n} baris, satu kolom (target tahunan) atau ${q} kolom (target triwulan); diberikan ${t.length}×${t[0].length}`,
      );
    const triwulan = t[0].length === 1 ? undefined : q;
    const a = perBaris(arah, n, "arah");
    const j = perBaris(jenis, n, "jenis");
    const b = perBaris(batas, n, "batas");
    return tiapBaris(n, (i) => {
      const je = jenisIndikator(j(i));
      const real = realisasiSampai(r[i].map(angkaAtauKosong), je, q);
      const tgt =
        triwulan === undefined
          ? targetSampai(t[i][0] as number, undefined, je)
          : targetSampai(null, t[i].map(angkaAtauKosong), je, triwulan);
      return capaianSakip(real, tgt, arahSakip(a(i)), angkaAtauKosong(b(i)));
    });
  });
}

export function sakipKategori(capaian: any[][], skala?: any): string[][] {
  return jalankan(() => {
    const s = bacaSkala(skala);
    return perSel([{ nilai: capaian, nama: "capaian" }], (x) => kategoriSakip(x[0] as number, s));
  });
}

export function sakipSerapan(realisasi: any[][], pagu: any[][]): number[][] {
  return jalankan(() => {
    const r = keRentang(realisasi, "realisasi");
    const p = perBaris(pagu, r.length, "pagu");
    return tiapBaris(r.length, (i) =>
      serapan(realisasiSampai(r[i].map(angkaAtauKosong), "kumulatif", r[i].length), p(i) as number),
    );
  });
}

export function sakipEfisiensi(capaian: any[][], serapan: any[][], cara?: any): number[][] {
  return jalankan(() =>
    perSel(
      [
        { nilai: capaian, nama: "capaian" },
        { nilai: serapan, nama: "serapan" },
        { nilai: cara ?? null, nama: "cara" },
      ],
      (s) => efisiensi(s[0] as number, s[1] as number, kosong(s[2]) ? undefined : String(s[2])),
    ),
  );
}

export function sakipLke(jawaban: any[][], bobot?: any): number {
  return jalankan(() => {
    const r = keRentang(jawaban, "jawaban");
    const b = bobot === undefined || bobot === null ? 1 : keRentang(bobot, "bobot")[0][0];
    const semua: Sel[] = [];
    for (const baris of r) for (const x of baris) semua.push(x);
    return nilaiSubKomponenLke(semua, kosong(b) ? 1 : (b as number));
  });
}

export function sakipPredikat(nilai: any[][]): string[][] {
  return jalankan(() => perSel([{ nilai, nama: "nilai" }], (s) => predikatLke(s[0] as number)));
}
