/**
 * Laporan reproduksi Pola LAN 1998: menghitung ulang Lampiran 5–7, Tabel 4.8–4.10, Tabel 4.11–4.13 dan
 * Tabel 4.14 dari masukan tercetak, memeriksa peringkat Tabel 4.4–4.7 terhadap Bobot Variabel, lalu
 * membandingkan setiap angka tercetak dengan hasil hitung pada
 * presisi cetaknya. Tidak ada yang disembunyikan atau "diperbaiki".
 *
 * Aturan perbandingan: angka tercetak dengan d desimal cocok bila |dihitung − tercetak| ≤ ½·10^−d.
 * Untuk setiap selisih dinilai apakah pembulatan masukan tercetak dapat menjelaskannya: masukan
 * tercetak dianggap selang [x − ½·10^−d, x + ½·10^−d]; hasil hitung menjadi selang [min, maks]; bila
 * selang angka tercetak beririsan dengan selang itu, `pembulatan` = true.
 */
import { bobotVariabel, jumlah, proporsi, urutanPeringkat } from "../core/lan";
import { SKOR_IDEAL_LAN, TIPE_DINAS, VARIABEL_TIAP_INDIKATOR, type TipeDinas } from "../frameworks/lan1998";
import { TABEL_4_4_4_6_TERCETAK, TABEL_4_7_TERCETAK, TABEL_PERINGKAT } from "./peringkat-tercetak";
import {
  LAMPIRAN_5_7_TERCETAK,
  LAMPIRAN_5_7_TOTAL_TERCETAK,
  TABEL_4_11_4_13_TERCETAK,
  TABEL_4_14_TERCETAK,
  TABEL_4_8_4_10_TERCETAK,
} from "../frameworks/lan1998-tercetak";

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
  /** Tabel 4.14: aturan yang mereproduksi baris ini dari Bobot Indikator tipe I. */
  aturan?: AturanBaris414;
}

/** Aturan pembentukan angka Tabel 4.14 dari Bobot Indikator: dibulatkan, dipotong, keduanya, atau tidak ada. */
export type AturanBaris414 = "pembulatan" | "pemotongan" | "keduanya" | "tidak ada";

export interface LaporanReproduksi {
  dibandingkan: number;
  perbandingan: Perbandingan[];
  selisih: Perbandingan[];
  /** Tabel 4.14 per baris: aturan yang cocok. */
  tabel414: {
    baris: number;
    tercetak: string;
    bobotIndikator: number;
    dibulatkan: string;
    dipotong: string;
    aturan: AturanBaris414;
  }[];
  /** Pernyataan tentang naskah (kekeliruannya sendiri) dan tafsiran proyek. */
  pernyataan: string[];
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

function bandingkan(
  tabel: string,
  baris: number | "Total",
  kolom: string,
  tercetak: string,
  dihitung: number,
  selang: [number, number],
  catatan?: string,
): Perbandingan {
  const p = angkaTercetak(tercetak);
  const h = setengahSatuan(tercetak);
  const cocok = cocokPadaPresisi(dihitung, tercetak);
  const pembulatan = cocok || (p + h >= selang[0] - 1e-12 && p - h <= selang[1] + 1e-12);
  return {
    tabel,
    baris,
    kolom,
    tercetak,
    dihitung,
    beda: p - dihitung,
    cocok,
    pembulatan,
    ...(cocok || !catatan ? {} : { catatan }),
  };
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
  hasil.push(
    bandingkan(
      tabel,
      "Total",
      "Total Variabel",
      t.total,
      jumlahTotal,
      [jumlahTotal - n * SETENGAH_SATUAN_TOTAL, jumlahTotal + n * SETENGAH_SATUAN_TOTAL],
      "total tercetak bukan jumlah total variabel tercetak",
    ),
  );
  // Baris Total proporsi dan bobot: tepat 1 dan Skor Ideal menurut rumus; angka tercetaknya adalah jumlah baris yang sudah dibulatkan.
  const sumP = jumlah(baris.map((r) => Number(r.proporsi)));
  const sumB = jumlah(baris.map((r) => Number(r.bobot)));
  const hP = jumlah(baris.map((r) => setengahSatuan(r.proporsi)));
  const hB = jumlah(baris.map((r) => setengahSatuan(r.bobot)));
  const catatanP = cocokPadaPresisi(sumP, t.proporsi)
    ? `sama dengan jumlah 17 proporsi tercetak (${sumP.toFixed(desimal(t.proporsi))}); menurut rumus jumlahnya tepat 1`
    : undefined;
  const catatanB = cocokPadaPresisi(sumB, t.bobot)
    ? `sama dengan jumlah 17 bobot tercetak (${sumB.toFixed(desimal(t.bobot))}); menurut rumus jumlahnya tepat ${SKOR_IDEAL_LAN}`
    : undefined;
  hasil.push(bandingkan(tabel, "Total", "Proporsi Variabel", t.proporsi, jumlah(p), [1 - hP, 1 + hP], catatanP));
  hasil.push(
    bandingkan(
      tabel,
      "Total",
      "Bobot Variabel",
      t.bobot,
      jumlah(b),
      [SKOR_IDEAL_LAN - hB, SKOR_IDEAL_LAN + hB],
      catatanB,
    ),
  );
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
      : `${LAMPIRAN[tipe]} mencetak bobot variabel ${r.variabel} sebagai ${diLampiran}; ${r.bobot} tidak sama dengan angka itu pada ` +
        `presisi mana pun, jadi kemungkinan salah cetak`;
    const banding = bandingkan(
      tabel,
      r.peringkat,
      "Bobot Variabel",
      r.bobot,
      b[i],
      [lo * SKOR_IDEAL_LAN, hi * SKOR_IDEAL_LAN],
      catatan,
    );
    if (!banding.cocok && catatan) banding.pembulatan = false;
    hasil.push(banding);
    const peringkatDihitung = urutan.indexOf(i) + 1;
    hasil.push(
      bandingkan(
        tabel,
        r.peringkat,
        `Peringkat (${r.nama})`,
        String(r.peringkat),
        peringkatDihitung,
        [peringkatDihitung, peringkatDihitung],
        "urutan menurut bobot yang dihitung berbeda",
      ),
    );
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

/**
 * Catatan untuk Bobot Indikator yang tidak sama dengan Proporsi tercetak × Bobot Variabel tercetak. Bila
 * pembulatan kedua masukan tidak menjelaskannya, catatan menyebut proporsi yang DIPERLUKAN angka tercetak
 * (bobot tercetak / Bobot Variabel tercetak) dan jaraknya dari proporsi tercetak.
 */
function catatanIndikator(
  tipe: TipeDinas,
  i: number,
  tercetak: string,
  nilai: number,
  selang: [number, number],
): string {
  const r = TABEL_4_11_4_13_TERCETAK[tipe][i];
  const v = LAMPIRAN_5_7_TERCETAK[tipe][VARIABEL_TIAP_INDIKATOR[i] - 1];
  const dasar = `Proporsi Indikator tercetak ${r.proporsi} × Bobot Variabel ${LAMPIRAN[tipe]} ${v.bobot} (variabel ${v.no}) = ${nilai.toFixed(9)}`;
  const p = angkaTercetak(tercetak);
  const h = setengahSatuan(tercetak);
  if (p + h >= selang[0] - 1e-12 && p - h <= selang[1] + 1e-12)
    return `${dasar}; selisih dengan ${tercetak} dijelaskan oleh pembulatan kedua masukan tercetak (selang ${selang[0].toFixed(7)}–${selang[1].toFixed(7)})`;
  const perlu = p / Number(v.bobot);
  const beda = perlu - Number(r.proporsi);
  return (
    `${dasar}; ${tercetak} di luar selang pembulatan masukan (${selang[0].toFixed(7)}–${selang[1].toFixed(7)}): ` +
    `angka itu memerlukan Proporsi Indikator ${perlu.toFixed(9)}, berbeda ${beda.toExponential(1)} dari yang dicetak ` +
    `(lebih dari ½·10⁻⁹ pembulatan). Kekeliruan/ketidakcocokan naskah sendiri: penulis tampaknya menghitung dari total indikator yang tidak dicetak`
  );
}

function reproduksiIndikator(tipe: TipeDinas): Perbandingan[] {
  const tabel = TABEL_INDIKATOR[tipe];
  return TABEL_4_11_4_13_TERCETAK[tipe].map((r, i) => {
    const { nilai, selang } = bobotIndikatorTercetak(tipe, i);
    return bandingkan(
      tabel,
      r.no,
      "Bobot Indikator",
      r.bobot,
      nilai,
      selang,
      catatanIndikator(tipe, i, r.bobot, nilai, selang),
    );
  });
}

/** Tabel 4.14 per baris: Bobot Indikator tipe I (Proporsi × Bobot Variabel tercetak) dibulatkan dan dipotong. */
export function aturanTabel414(): LaporanReproduksi["tabel414"] {
  return TABEL_4_14_TERCETAK.map((r, i) => {
    const { nilai } = bobotIndikatorTercetak("I", i);
    const d = desimal(r.angka);
    const f = 10 ** d;
    // nilai × f dibulatkan dulu ke 1e-6 agar derau biner (…,0999999999) tidak mengubah hasil pemotongan
    const dibulatkan = (Math.round(nilai * f) / f).toFixed(d);
    const dipotong = (Math.trunc(Math.round(nilai * f * 1e6) / 1e6) / f).toFixed(d);
    const cetak = angkaTercetak(r.angka).toFixed(d);
    const b = dibulatkan === cetak;
    const t = dipotong === cetak;
    return {
      baris: r.no,
      tercetak: r.angka,
      bobotIndikator: nilai,
      dibulatkan,
      dipotong,
      aturan: b && t ? "keduanya" : b ? "pembulatan" : t ? "pemotongan" : "tidak ada",
    };
  });
}

const KATA_ATURAN: Record<AturanBaris414, string> = {
  pembulatan: "cocok hanya bila dibulatkan",
  pemotongan: "cocok hanya bila dipotong (bukan dibulatkan)",
  keduanya: "cocok dibulatkan maupun dipotong",
  "tidak ada": "tidak cocok dibulatkan maupun dipotong; kemungkinan salah cetak",
};

function reproduksiInstrumen(): Perbandingan[] {
  const aturan = aturanTabel414();
  return TABEL_4_14_TERCETAK.map((r, i) => {
    const { nilai, selang } = bobotIndikatorTercetak("I", i);
    const a = aturan[i];
    const catatan = `Bobot Indikator tipe I ${nilai.toFixed(7)} → dibulatkan ${a.dibulatkan}, dipotong ${a.dipotong}: ${KATA_ATURAN[a.aturan]}`;
    const hasil = bandingkan("4.14", r.no, "Angka Penilaian", r.angka, nilai, selang, catatan);
    return { ...hasil, catatan, aturan: a.aturan };
  });
}

const angkaPeringkat = (t: string): number | null => (t === "I" ? 1 : /^\d+$/.test(t) ? Number(t) : null);

/**
 * Tabel 4.4–4.6 (peringkat tercetak tiap variabel) dan Tabel 4.7 (lima variabel utama) dibandingkan dengan
 * peringkat yang diberikan Bobot Variabel (dari Total Variabel tercetak Lampiran 5–7, sama dengan Tabel
 * 4.8–4.10). Setiap beda adalah kekeliruan naskah sendiri; tidak ada yang diperbaiki.
 */
function reproduksiPeringkat(tipe: TipeDinas): Perbandingan[] {
  const tabel = TABEL_PERINGKAT[tipe];
  const total = LAMPIRAN_5_7_TERCETAK[tipe].map((r) => Number(r.total));
  const urutan = urutanPeringkat(bobotVariabel(total, SKOR_IDEAL_LAN));
  const peringkatDari = (variabel: number) => urutan.indexOf(variabel - 1) + 1;
  const baris = TABEL_4_4_4_6_TERCETAK[tipe];
  const lima = TABEL_4_7_TERCETAK[tipe];
  const hasil: Perbandingan[] = baris.map((r) => {
    const dihitung = peringkatDari(r.variabel);
    const cetak = angkaPeringkat(r.peringkat);
    const cocok = cetak === dihitung;
    const kembar = baris.filter((x) => x.peringkat !== "" && x.peringkat === r.peringkat && x.variabel !== r.variabel);
    const di47 = lima.find((x) => x.variabel === r.variabel);
    const rincian = [
      r.peringkat === "" ? "peringkat tidak dicetak (kosong)" : `naskah mencetak ${r.peringkat}`,
      `Bobot Variabel ${LAMPIRAN[tipe]} memberi peringkat ${dihitung} (Tabel ${TABEL_VARIABEL[tipe]} juga ${dihitung})`,
      ...(di47 ? [`Tabel 4.7 menyebutnya peringkat ${di47.peringkat}`] : []),
      ...(kembar.length > 0
        ? [`peringkat ${r.peringkat} juga dicetak untuk ${kembar.map((x) => x.nama).join(", ")}`]
        : []),
    ];
    return {
      tabel,
      baris: r.urutan,
      kolom: `Peringkat (${r.nama})`,
      tercetak: r.peringkat,
      dihitung,
      beda: cetak === null ? NaN : cetak - dihitung,
      cocok,
      pembulatan: false,
      ...(cocok ? {} : { catatan: `${rincian.join("; ")}: kekeliruan naskah sendiri` }),
    };
  });
  for (const x of lima) {
    const dihitung = peringkatDari(x.variabel);
    const cetak44 = baris.find((r) => r.variabel === x.variabel)?.peringkat ?? "";
    const cocok = dihitung === x.peringkat;
    const beda44 = angkaPeringkat(cetak44) !== x.peringkat;
    const catatan = [
      ...(cocok ? [] : [`Bobot Variabel ${LAMPIRAN[tipe]} memberi ${x.nama} peringkat ${dihitung}`]),
      ...(beda44 ? [`Tabel ${tabel} mencetak ${cetak44 === "" ? "tanpa peringkat" : cetak44} untuk variabel ini`] : []),
    ];
    hasil.push({
      tabel: "4.7",
      baris: x.peringkat,
      kolom: `Tipe ${tipe}: ${x.nama}`,
      tercetak: String(x.peringkat),
      dihitung,
      beda: x.peringkat - dihitung,
      cocok,
      pembulatan: false,
      ...(catatan.length > 0
        ? {
            catatan: `${catatan.join("; ")}${cocok ? " (Tabel 4.7 sesuai dengan bobot; yang keliru tabel peringkat tipe ini)" : ": kekeliruan naskah sendiri"}`,
          }
        : {}),
    });
  }
  return hasil;
}

/** Pernyataan laporan: kekeliruan naskah yang bukan angka dan tafsiran proyek. */
function pernyataan(tabel414: LaporanReproduksi["tabel414"]): string[] {
  const per = (a: AturanBaris414) => tabel414.filter((r) => r.aturan === a).map((r) => r.baris);
  const tolok = TIPE_DINAS.flatMap((t) =>
    TABEL_4_4_4_6_TERCETAK[t].filter((r) => r.tolokUkur).map((r) => `Tabel ${TABEL_PERINGKAT[t]}: ${r.tolokUkur}`),
  );
  return [
    `Tabel 4.14: tidak ada satu aturan yang mereproduksi seluruh tabel dari Bobot ` +
      `Indikator tipe I — baris ${per("pembulatan").join(", ")} hanya cocok bila dibulatkan, ` +
      (`baris ${per("pemotongan").join(", ")} hanya bila dipotong, baris ` +
        `${per("keduanya").join(", ")} dengan keduanya, baris ${per("tidak ada").join(", ")} dengan tidak satu pun (salah cetak).`),
    ...tolok.map((t) => `${t} (kekeliruan naskah sendiri; tidak memengaruhi angka).`),
    "Tafsiran proyek (naskah tidak mencetak tabelnya): Bobot Dinas = Proporsi Dinas × Bobot Variabel, dijumlah per unit atas 17 variabel.",
    'Tafsiran proyek: pita Instrumen Alternatif II tercetak "Angka per indikator : 1000" ' +
      "diterapkan pada nilai total unit yang diubah ke skala 1000 (total / Σ bobot × 1000).",
  ];
}

/** Seluruh perbandingan, urut: Lampiran 5–7, Tabel 4.8–4.10, Tabel 4.11–4.13, Tabel 4.14. */
export function reproduksiLan(): LaporanReproduksi {
  const perbandingan = [
    ...TIPE_DINAS.flatMap(reproduksiLampiran),
    ...TIPE_DINAS.flatMap(reproduksiUrutanVariabel),
    ...TIPE_DINAS.flatMap(reproduksiIndikator),
    ...reproduksiInstrumen(),
    ...TIPE_DINAS.flatMap(reproduksiPeringkat),
  ];
  const tabel414 = aturanTabel414();
  return {
    dibandingkan: perbandingan.length,
    perbandingan,
    selisih: perbandingan.filter((p) => !p.cocok),
    tabel414,
    pernyataan: pernyataan(tabel414),
  };
}
