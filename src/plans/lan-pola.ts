/**
 * Bagian pembangun LAN 1998 untuk pilihan pola (seed 004): "dua pola penilaian" (Kesimpulan 6, tipe II
 * dan III digabung), lima variabel utama dari data pengguna (aturan Tabel 4.7 / Saran 5) dan kategori
 * per indikator Instrumen Alternatif II. Semua angka turunan adalah rumus Excel; keputusan pita memakai
 * ROUND(x, 9).
 */
import {
  KETERANGAN_TIPE,
  LIMA_VARIABEL_UTAMA,
  SKOR_IDEAL_LAN,
  VARIABEL_LAN,
  indikatorTercetak,
  lampiranTercetak,
  type TipeDinas,
} from "../frameworks/lan1998";
import {
  BANYAK_VARIABEL_UTAMA,
  SUMBER_INSTRUMEN,
  TIPE_DALAM_POLA,
  type PolaTipe,
} from "../frameworks/lan1998-instrumen";
import { FORMAT_ANGKA } from "./gaya";
import { alamat, hitung, hurufKolom, judul, label, masukan, type RencanaLembar } from "./rencana";
import { Kisi, abs } from "./ringkasan";

const { proporsi: FMT_PROPORSI, bobot: FMT_BOBOT } = FORMAT_ANGKA;

/** Keterangan pola untuk judul lembar: satu tipe (Tabel 3.2) atau pola kedua (II + III). */
export function keteranganPola(tipe: PolaTipe): {
  karakteristik: string;
  lampiran: string;
  tabelIndikator: string;
  tabelVariabel: string;
} {
  if (tipe !== "II+III") return KETERANGAN_TIPE[tipe];
  return {
    karakteristik: "pola kedua: memberi pelayanan dan/atau mengumpulkan PADS, tipe II dan III digabung",
    lampiran: "Lampiran 6 + 7",
    tabelIndikator: "4.12 + 4.13",
    tabelVariabel: "4.9 / 4.10",
  };
}

/** Token aman untuk nama rentang Excel ("II+III" → "II_III"). */
export const tokenTipe = (tipe: PolaTipe): string => tipe.replace("+", "_");

/** Lima variabel utama tercetak (Tabel 4.7) sebuah pola; tipe II dan III sama sehingga pola kedua memakai daftar itu. */
export const limaTercetakPola = (tipe: PolaTipe): readonly number[] =>
  LIMA_VARIABEL_UTAMA[tipe === "II+III" ? "II" : tipe];

/** Rumus kategori Alternatif II (pita > 850, > 700, ≥ 600) pada ROUND(sel, 9). */
export function rumusKategori1000(sel: string): string {
  const x = `ROUND(${sel},9)`;
  return `=IF(ISNUMBER(${sel}),IF(${x}>850,"Amat baik",IF(${x}>700,"Baik",IF(${x}>=600,"Cukup","Kurang"))),"")`;
}

export interface HasilLimaData {
  /** Alamat absolut sel "Terpilih" (1/0) per nomor variabel. */
  terpilih: Map<number, string>;
  /** Alamat absolut Σ Bobot Variabel terpilih. */
  jumlahTerpilih: string;
  /** Baris berikutnya setelah blok. */
  barisAkhir: number;
}

/**
 * Blok "Lima variabel utama dari data" di kisi `k` mulai baris `r0`: per variabel Bobot Variabel
 * (rujukan), bobot terurut (LARGE), peringkat (MATCH pada urutan + COUNTIF untuk bobot sama: nomor kecil
 * dulu), terpilih (peringkat ≤ 5) dan bobot dibagi ulang = Bobot Variabel / Σ terpilih × Skor Ideal.
 * Perbandingan angka persis (LARGE/MATCH), tanpa mengubah angka menjadi teks.
 */
export function blokLimaData(
  k: Kisi,
  r0: number,
  vars: readonly { no: number; nama: string; bobot: string }[],
  skorIdeal: string,
): HasilLimaData {
  k.set(
    r0,
    0,
    judul(
      `Lima variabel utama dari data Anda (aturan Tabel 4.7: peringkat 1–${BANYAK_VARIABEL_UTAMA} menurut Bobot Variabel)`,
      "subjudul",
    ),
  );
  k.set(
    r0 + 1,
    0,
    label(`Sumber: ${SUMBER_INSTRUMEN.limaData}. Bobot sama besar: nomor variabel lebih kecil dulu.`, "catatan"),
  );
  const hdr = r0 + 2;
  ["No", "Variabel", "Bobot Variabel", "Bobot terurut", "Peringkat", "Terpilih", "Bobot dibagi ulang"].forEach((t, j) =>
    k.set(hdr, j, label(t, "kepala")),
  );
  const awal = hdr + 1;
  const akhir = awal + vars.length - 1;
  const rngB = `${abs(awal, 2)}:${abs(akhir, 2)}`;
  const rngU = `${abs(awal, 3)}:${abs(akhir, 3)}`;
  const jml = akhir + 1;
  const terpilih = new Map<number, string>();
  vars.forEach((v, i) => {
    const r = awal + i;
    k.set(r, 0, label(`V${v.no}`));
    k.set(r, 1, label(v.nama));
    k.set(r, 2, hitung(`=${v.bobot}`, FMT_BOBOT));
    k.set(r, 3, hitung(`=LARGE(${rngB},${i + 1})`, FMT_BOBOT));
    const seri = i === 0 ? "" : `+COUNTIF(${abs(awal, 2)}:${alamat(r - 1, 2)},${alamat(r, 2)})`;
    k.set(r, 4, hitung(`=MATCH(${alamat(r, 2)},${rngU},0)${seri}`, "0"));
    k.set(r, 5, hitung(`=IF(${alamat(r, 4)}<=${BANYAK_VARIABEL_UTAMA},1,0)`, "0"));
    k.set(r, 6, hitung(`=IF(${alamat(r, 5)}=1,${alamat(r, 2)}/${abs(jml, 2)}*${skorIdeal},0)`, FMT_BOBOT));
    terpilih.set(v.no, abs(r, 5));
  });
  k.set(jml, 1, label("Jumlah (terpilih)", "total"));
  k.set(jml, 2, hitung(`=SUMIF(${abs(awal, 5)}:${abs(akhir, 5)},1,${rngB})`, FMT_BOBOT, "total"));
  k.set(jml, 5, hitung(`=SUM(${alamat(awal, 5)}:${alamat(akhir, 5)})`, "0", "total"));
  k.set(jml, 6, hitung(`=SUM(${alamat(awal, 6)}:${alamat(akhir, 6)})`, FMT_BOBOT, "total"));
  return { terpilih, jumlahTerpilih: abs(jml, 2), barisAkhir: jml + 1 };
}

export interface HasilKerangkaGabungan {
  lembar: RencanaLembar;
  variabel: { nama: string; bobot: string }[];
  bobotIndikator: Map<number, string>;
}

/**
 * Kerangka pola kedua (Kesimpulan 6): Total Variabel Lampiran 6 dan 7 dan Proporsi Indikator Tabel 4.12
 * dan 4.13 tercetak sebagai masukan; Total gabungan = T_II + T_III; Proporsi Indikator gabungan =
 * (p_II × T_II + p_III × T_III) / (T_II + T_III) (total indikator tiap tipe = proporsi × total
 * variabelnya); Bobot seperti Bab III.
 */
export function lembarKerangkaGabungan(nama: string, tipe: PolaTipe, limaData: boolean): HasilKerangkaGabungan {
  const daftar = TIPE_DALAM_POLA[tipe] as readonly TipeDinas[];
  const lamp = daftar.map((t) => lampiranTercetak(t));
  const ind = daftar.map((t) => new Map(indikatorTercetak(t).map((x) => [x.no, x.proporsi])));
  const n = daftar.length;
  const k = new Kisi();
  k.set(
    0,
    0,
    judul(
      `Kerangka Pola LAN 1998 — ${daftar.map((t) => `Tipe ${t}`).join(" + ")} (${keteranganPola(tipe).karakteristik})`,
    ),
  );
  k.set(
    1,
    0,
    label(
      `Sumber: ${SUMBER_INSTRUMEN.duaPola}. Masukan: Total Variabel (${keteranganPola(tipe).lampiran}) dan Proporsi Indikator tercetak (Tabel ` +
        `${keteranganPola(tipe).tabelIndikator}). Total gabungan = Σ total; Proporsi ` +
        `Indikator gabungan = Σ (proporsi × total variabel tipe) / total gabungan.`,
      "catatan",
    ),
  );
  k.set(2, 0, label("Skor Ideal", "kepala"));
  k.set(2, 2, masukan("skor-ideal", SKOR_IDEAL_LAN, "#,##0"));
  const skorIdeal = abs(2, 2);
  const hdr = 4;
  const cT = 2; // total tipe t di kolom cT + t
  const cTG = cT + n;
  const cPV = cTG + 1;
  const cBV = cTG + 2;
  const cP = cTG + 3; // proporsi indikator tipe t di cP + t
  const cPG = cP + n;
  const cBI = cPG + 1;
  const kepala = [
    "No",
    "Variabel / Indikator",
    ...daftar.map((t) => `Total Variabel ${t}`),
    "Total gabungan",
    "Proporsi Variabel",
    "Bobot Variabel",
    ...daftar.map((t) => `Proporsi Indikator ${t}`),
    "Proporsi Indikator gabungan",
    "Bobot Indikator",
  ];
  kepala.forEach((t, j) => k.set(hdr, j, label(t, "kepala")));
  const tot = hdr + 1 + VARIABEL_LAN.reduce((a, v) => a + 1 + v.indikator.length, 0);
  const variabel: { nama: string; bobot: string }[] = [];
  const bobotIndikator = new Map<number, string>();
  let r = hdr + 1;
  for (const v of VARIABEL_LAN) {
    const vr = r;
    k.set(vr, 0, label(`V${v.no}`, "subjudul"));
    k.set(vr, 1, label(v.nama, "subjudul"));
    daftar.forEach((t, i) =>
      k.set(vr, cT + i, masukan(`total|v=${v.no}|tipe=${t}`, lamp[i][v.no - 1].total, "#,##0.00")),
    );
    k.set(vr, cTG, hitung(`=SUM(${alamat(vr, cT)}:${alamat(vr, cT + n - 1)})`, "#,##0.00"));
    k.set(vr, cPV, hitung(`=${alamat(vr, cTG)}/${abs(tot, cTG)}`, FMT_PROPORSI));
    k.set(vr, cBV, hitung(`=${alamat(vr, cPV)}*${skorIdeal}`, FMT_BOBOT));
    variabel.push({ nama: v.nama, bobot: abs(vr, cBV) });
    r++;
    for (const it of v.indikator) {
      k.set(r, 0, label(it.no));
      k.set(r, 1, label(it.nama));
      daftar.forEach((t, i) =>
        k.set(r, cP + i, masukan(`proporsi|i=${it.no}|tipe=${t}`, ind[i].get(it.no) as number, FMT_PROPORSI)),
      );
      const pembilang = daftar.map((_, i) => `${alamat(r, cP + i)}*${abs(vr, cT + i)}`).join("+");
      k.set(r, cPG, hitung(`=(${pembilang})/${abs(vr, cTG)}`, FMT_PROPORSI));
      k.set(r, cBI, hitung(`=${alamat(r, cPG)}*${abs(vr, cBV)}`, FMT_BOBOT));
      bobotIndikator.set(it.no, abs(r, cBI));
      r++;
    }
  }
  k.set(tot, 1, label("Total", "total"));
  for (const c of [...daftar.map((_, i) => cT + i), cTG, cPV, cBV, cBI]) {
    k.set(
      tot,
      c,
      hitung(
        `=SUM(${alamat(hdr + 1, c)}:${alamat(tot - 1, c)})`,
        c === cPV ? FMT_PROPORSI : c <= cTG ? "#,##0.00" : FMT_BOBOT,
        "total",
      ),
    );
  }
  if (limaData)
    blokLimaData(
      k,
      tot + 2,
      VARIABEL_LAN.map((v, j) => ({ no: v.no, nama: v.nama, bobot: variabel[j].bobot })),
      skorIdeal,
    );
  const lembar: RencanaLembar = {
    nama,
    blok: [k.blok()],
    validasi: [
      {
        rentang: `${alamat(hdr + 1, cT)}:${alamat(tot - 1, cT + n - 1)}`,
        jenis: "desimal",
        min: 0,
        pesan: "Total Variabel harus angka tidak negatif.",
      },
      {
        rentang: `${alamat(hdr + 1, cP)}:${alamat(tot - 1, cP + n - 1)}`,
        jenis: "desimal",
        min: 0,
        maks: 1,
        pesan: "Proporsi Indikator harus di antara 0 dan 1.",
      },
    ],
    nama_rentang: [
      {
        nama: `LAN_${tokenTipe(tipe)}_Kerangka_SkorIdeal`,
        rentang: skorIdeal,
        keterangan: "Skor Ideal (bawaan 20.000)",
      },
    ],
    bekukan: { baris: hdr + 1, kolom: 2 },
    lebarKolom: [
      { kolom: "A", lebar: 6 },
      { kolom: "B", lebar: 48 },
      ...Array.from({ length: cBI - 1 }, (_, i) => ({ kolom: hurufKolom(2 + i), lebar: 16 })),
    ],
  };
  return { lembar, variabel, bobotIndikator };
}
