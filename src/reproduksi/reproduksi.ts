/**
 * Laporan reproduksi Pola LAN 1998: menghitung ulang Lampiran 5–7, Tabel 4.8–4.10, Tabel 4.11–4.13 dan
 * Tabel 4.14 dari masukan tercetak, lalu membandingkan setiap angka tercetak dengan hasil hitung pada
 * presisi cetaknya. Tidak ada yang disembunyikan atau "diperbaiki".
 *
 * Aturan perbandingan: angka tercetak dengan d desimal cocok bila |dihitung − tercetak| ≤ ½·10^−d.
 * Untuk setiap selisih dinilai apakah pembulatan masukan tercetak dapat menjelaskannya: masukan
 * tercetak dianggap selang [x − ½·10^−d, x + ½·10^−d]; hasil hitung menjadi selang [min, maks]; bila
 * selang angka tercetak beririsan dengan selang itu, `pembulatan` = true.
 */
import { bobotVariabel, jumlah, proporsi, urutanPeringkat } from "../core/lan";
import { SKOR_IDEAL_LAN, TIPE_DINAS, VARIABEL_TIAP_INDIKATOR, type TipeDinas } from "../frameworks/lan1998";
import { LAMPIRAN_5_7_TERCETAK, LAMPIRAN_5_7_TOTAL_TERCETAK, TABEL_4_11_4_13_TERCETAK, TABEL_4_14_TERCETAK, TABEL_4_8_4_10_TERCETAK } from "../frameworks/lan1998-tercetak";

export interface Perbandingan {
  tabel: string;
  baris: number | "Total";
  kolom: string;
  tercetak: string;
  dihitung: number;
  beda: number;
  cocok: boolean;
  /** Pembulatan masukan tercetak dapat menjelaskan selisih (hanya bermakna bila tidak cocok). */
  pembulatan: boolean;
  catatan?: string;
}

export interface LaporanReproduksi {
  dibandingkan: number;
  perbandingan: Perbandingan[];
  selisih: Perbandingan[];
}

/** Banyaknya desimal angka tercetak ("2081.85578" → 5; "238,100" → 3). */
export function desimal(tercetak: string): number {
  const m = tercetak.match(/[.,](\d+)$/);
  return m ? m[1].length : 0;
}

/** Nilai angka tercetak (koma desimal diterima). */
export function angkaTercetak(tercetak: string): number {
  return Number(tercetak.replace(",", "."));
}

/** Setengah satuan digit terakhir angka tercetak. */
const setengahSatuan = (tercetak: string): number => 0.5 * 10 ** -desimal(tercetak);

/** Toleransi pembanding: setengah satuan ditambah sedikit ruang untuk galat titik-mengambang. */
function cocokPadaPresisi(dihitung: number, tercetak: string): boolean {
  const h = setengahSatuan(tercetak);
  return Math.abs(dihitung - angkaTercetak(tercetak)) <= h * (1 + 1e-9) + Math.abs(dihitung) * 1e-15;
}

function bandingkan(tabel: string, baris: number | "Total", kolom: string, tercetak: string, dihitung: number, selang: [number, number], catatan?: string): Perbandingan {
  const p = angkaTercetak(tercetak);
  const h = setengahSatuan(tercetak);
  const cocok = cocokPadaPresisi(dihitung, tercetak);
  const pembulatan = cocok || (p + h >= selang[0] - 1e-12 && p - h <= selang[1] + 1e-12);
  return { tabel, baris, kolom, tercetak, dihitung, beda: p - dihitung, cocok, pembulatan, ...(cocok || !catatan ? {} : { catatan }) };
}

/** Selang proporsi T_i / ΣT bila setiap total tercetak bisa bergeser ±h. */
function selangProporsi(total: readonly number[], i: number, h: number): [number, number] {
  const n = total.length;
  const lain = jumlah(total) - total[i];
  const lo = (total[i] - h) / (total[i] - h + lain + (n - 1) * h);
  const hi = (total[i] + h) / (total[i] + h + lain - (n - 1) * h);
  return [lo, hi];
}

const LAMPIRAN: Record<TipeDinas, string> = { I: "Lampiran 5", II: "Lampiran 6", III: "Lampiran 7" };
const TABEL_VARIABEL: Record<TipeDinas, string> = { I: "4.8", II: "4.9", III: "4.10" };
const TABEL_INDIKATOR: Record<TipeDinas, string> = { I: "4.11", II: "4.12", III: "4.13" };
/** Total variabel tercetak dengan dua desimal (kolom Total Variabel Lampiran 5–7). */
const SETENGAH_SATUAN_TOTAL = 0.005;

function reproduksiLampiran(tipe: TipeDinas): Perbandingan[] {
  const tabel = LAMPIRAN[tipe];
  const baris = LAMPIRAN_5_7_TERCETAK[tipe];
  const total = baris.map((r) => Number(r.total));
  const p = proporsi(total, "total variabel");
  const b = bobotVariabel(total, SKOR_IDEAL_LAN);
  const hasil: Perbandingan[] = [];
  baris.forEach((r, i) => {
    const [lo, hi] = selangProporsi(total, i, SETENGAH_SATUAN_TOTAL);
    hasil.push(bandingkan(tabel, r.no, "Proporsi Variabel", r.proporsi, p[i], [lo, hi]));
    hasil.push(bandingkan(tabel, r.no, "Bobot Variabel", r.bobot, b[i], [lo * SKOR_IDEAL_LAN, hi * SKOR_IDEAL_LAN]));
  });
  const t = LAMPIRAN_5_7_TOTAL_TERCETAK[tipe];
  const n = total.length;
  const jumlahTotal = jumlah(total);
  hasil.push(bandingkan(tabel, "Total", "Total Variabel", t.total, jumlahTotal, [jumlahTotal - n * SETENGAH_SATUAN_TOTAL, jumlahTotal + n * SETENGAH_SATUAN_TOTAL], "total tercetak bukan jumlah total variabel tercetak"));
  // Baris Total proporsi dan bobot: tepat 1 dan Skor Ideal menurut rumus; angka tercetaknya adalah jumlah baris yang sudah dibulatkan.
  const sumP = jumlah(baris.map((r) => Number(r.proporsi)));
  const sumB = jumlah(baris.map((r) => Number(r.bobot)));
  const hP = jumlah(baris.map((r) => setengahSatuan(r.proporsi)));
  const hB = jumlah(baris.map((r) => setengahSatuan(r.bobot)));
  const catatanP = cocokPadaPresisi(sumP, t.proporsi) ? `sama dengan jumlah 17 proporsi tercetak (${sumP.toFixed(desimal(t.proporsi))}); menurut rumus jumlahnya tepat 1` : undefined;
  const catatanB = cocokPadaPresisi(sumB, t.bobot) ? `sama dengan jumlah 17 bobot tercetak (${sumB.toFixed(desimal(t.bobot))}); menurut rumus jumlahnya tepat ${SKOR_IDEAL_LAN}` : undefined;
  hasil.push(bandingkan(tabel, "Total", "Proporsi Variabel", t.proporsi, jumlah(p), [1 - hP, 1 + hP], catatanP));
  hasil.push(bandingkan(tabel, "Total", "Bobot Variabel", t.bobot, jumlah(b), [SKOR_IDEAL_LAN - hB, SKOR_IDEAL_LAN + hB], catatanB));
  return hasil;
}

function reproduksiUrutanVariabel(tipe: TipeDinas): Perbandingan[] {
  const tabel = TABEL_VARIABEL[tipe];
  const lampiran = LAMPIRAN_5_7_TERCETAK[tipe];
  const total = lampiran.map((r) => Number(r.total));
  const b = bobotVariabel(total, SKOR_IDEAL_LAN);
  const urutan = urutanPeringkat(b);
  const hasil: Perbandingan[] = [];
  for (const r of TABEL_4_8_4_10_TERCETAK[tipe]) {
    const i = r.variabel - 1;
    const [lo, hi] = selangProporsi(total, i, SETENGAH_SATUAN_TOTAL);
    const diLampiran = lampiran[i].bobot;
    const catatan = cocokPadaPresisi(angkaTercetak(diLampiran), r.bobot)
      ? undefined
      : `${LAMPIRAN[tipe]} mencetak bobot variabel ${r.variabel} sebagai ${diLampiran}; ${r.bobot} tidak sama dengan angka itu pada presisi mana pun, jadi kemungkinan salah cetak`;
    const banding = bandingkan(tabel, r.peringkat, "Bobot Variabel", r.bobot, b[i], [lo * SKOR_IDEAL_LAN, hi * SKOR_IDEAL_LAN], catatan);
    if (!banding.cocok && catatan) banding.pembulatan = false;
    hasil.push(banding);
    const peringkatDihitung = urutan.indexOf(i) + 1;
    hasil.push(bandingkan(tabel, r.peringkat, `Peringkat (${r.nama})`, String(r.peringkat), peringkatDihitung, [peringkatDihitung, peringkatDihitung], "urutan menurut bobot yang dihitung berbeda"));
  }
  return hasil;
}

/** Bobot Indikator dari Proporsi Indikator tercetak × Bobot Variabel tercetak (Lampiran), dengan selangnya. */
function bobotIndikatorTercetak(tipe: TipeDinas, i: number): { nilai: number; selang: [number, number] } {
  const r = TABEL_4_11_4_13_TERCETAK[tipe][i];
  const v = LAMPIRAN_5_7_TERCETAK[tipe][VARIABEL_TIAP_INDIKATOR[i] - 1];
  const p = Number(r.proporsi);
  const bv = Number(v.bobot);
  const hp = setengahSatuan(r.proporsi);
  const hb = setengahSatuan(v.bobot);
  return { nilai: p * bv, selang: [(p - hp) * (bv - hb), (p + hp) * (bv + hb)] };
}

function reproduksiIndikator(tipe: TipeDinas): Perbandingan[] {
  const tabel = TABEL_INDIKATOR[tipe];
  return TABEL_4_11_4_13_TERCETAK[tipe].map((r, i) => {
    const { nilai, selang } = bobotIndikatorTercetak(tipe, i);
    return bandingkan(tabel, r.no, "Bobot Indikator", r.bobot, nilai, selang);
  });
}

function reproduksiInstrumen(): Perbandingan[] {
  return TABEL_4_14_TERCETAK.map((r, i) => {
    const { nilai, selang } = bobotIndikatorTercetak("I", i);
    const d = desimal(r.angka);
    const dipotong = Math.trunc(nilai * 10 ** d) / 10 ** d;
    const catatan =
      Math.abs(dipotong - angkaTercetak(r.angka)) < 1e-9
        ? `cocok bila Bobot Indikator tipe I (${nilai.toFixed(7)}) dipotong, bukan dibulatkan, ke ${d} desimal`
        : `tidak cocok dengan Bobot Indikator tipe I (${nilai.toFixed(7)}) baik dibulatkan maupun dipotong; kemungkinan salah cetak`;
    return bandingkan("4.14", r.no, "Angka Penilaian", r.angka, nilai, selang, catatan);
  });
}

/** Seluruh perbandingan, urut: Lampiran 5–7, Tabel 4.8–4.10, Tabel 4.11–4.13, Tabel 4.14. */
export function reproduksiLan(): LaporanReproduksi {
  const perbandingan = [
    ...TIPE_DINAS.flatMap(reproduksiLampiran),
    ...TIPE_DINAS.flatMap(reproduksiUrutanVariabel),
    ...TIPE_DINAS.flatMap(reproduksiIndikator),
    ...reproduksiInstrumen(),
  ];
  return { dibandingkan: perbandingan.length, perbandingan, selisih: perbandingan.filter((p) => !p.cocok) };
}
