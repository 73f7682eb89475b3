/**
 * Pembangun lembar Pola LAN 1998 (Bab III, Lampiran 5–7, Tabel 4.11–4.14) dengan rumus Excel asli:
 * - "hitungBobot": matriks skor indikator × unit → Proporsi/Bobot Variabel, Indikator, Dinas
 * - "nilaiUnit": instrumen Tabel 4.14 → nilai tiap unit, skala 1000 dan kategori
 * - "kerangka": tabel tercetak satu tipe dinas (Total Variabel dan Proporsi Indikator sebagai masukan)
 * Rumusnya sama dengan src/core/lan.ts; tidak ada pembulatan di rumus (format angka hanya tampilan).
 */
import { galatInternal, galatNilai } from "../core/errors";
import {
  KETERANGAN_TIPE,
  PITA_KATEGORI_LAN,
  SKOR_IDEAL_LAN,
  VARIABEL_LAN,
  indikatorTercetak,
  lampiranTercetak,
  type TipeDinas,
  type VariabelLan,
} from "../frameworks/lan1998";
import { rumusBulatPita } from "../core/pita";
import type { PolaTipe } from "../frameworks/lan1998-instrumen";
import {
  blokLimaData,
  keteranganPola,
  lembarKerangkaGabungan,
  limaTercetakPola,
  rumusKategori1000,
  tokenTipe,
} from "./lan-pola";
import {
  alamat,
  hitung,
  hurufKolom,
  judul,
  label,
  masukan,
  type RencanaBukuKerja,
  type RencanaLembar,
  type ValidasiData,
} from "./rencana";
import { FORMAT_ANGKA } from "./gaya";
import { Kisi, abs, lembarRingkasan, rujukLembar } from "./ringkasan";

export type ModeLan = "hitungBobot" | "nilaiUnit" | "kerangka";
/**
 * Variabel: "lengkap" (17), "lima" (lima variabel utama tercetak Tabel 4.7) atau "limaData" (lima
 * variabel dengan Bobot Variabel terbesar pada data/total pengguna sendiri; rumus LARGE/MATCH).
 */
export type PolaLan = "lengkap" | "lima" | "limaData";

export interface OpsiLan {
  /** Tipe dinas, atau "II+III": pola kedua Kesimpulan 6 (tipe II dan III digabung). */
  tipe: PolaTipe;
  pola: PolaLan;
  /** nilaiUnit: juga angka 0–1000 dan kategori tiap indikator (Instrumen Alternatif II per indikator). */
  perIndikator?: boolean;
  mode: ModeLan;
  unit: string[];
  /** Untuk nilaiUnit: Bobot Indikator tercetak (Tabel 4.11–4.13) atau rumus dari lembar hitungBobot. */
  bobot?: "tercetak" | "dihitung";
}

export const ID_LAN = "lan1998";
const { proporsi: FMT_PROPORSI, bobot: FMT_BOBOT, nilai: FMT_NILAI } = FORMAT_ANGKA;
const UNIT_BAWAAN = ["Unit 1", "Unit 2", "Unit 3"];

export const namaLembarLan = (tipe: PolaTipe, bagian: "Bobot" | "Nilai" | "Kerangka" | "Ringkasan"): string =>
  `LAN-${tipe} ${bagian}`;

/** Variabel yang dipakai: ke-17 (urut nomor) atau lima variabel utama tipe itu (urut peringkat Tabel 4.7). */
export function variabelDipakai(tipe: PolaTipe, pola: PolaLan): VariabelLan[] {
  if (pola !== "lima") return [...VARIABEL_LAN];
  return limaTercetakPola(tipe).map((no) => VARIABEL_LAN[no - 1]);
}

/**
 * Rumus kategori LAN dari PITA_KATEGORI_LAN (> 850 Amat baik, > 700 Baik, ≥ 600 Cukup, selain itu
 * Kurang), diputuskan atas ROUND(nilai,9) seperti inti (core/pita.ts).
 */
export function rumusKategoriLan(sel: string): string {
  const x = rumusBulatPita(sel);
  let f = `"${PITA_KATEGORI_LAN[PITA_KATEGORI_LAN.length - 1].kategori}"`;
  for (let i = PITA_KATEGORI_LAN.length - 2; i >= 0; i--) {
    const p = PITA_KATEGORI_LAN[i];
    f =
      p.lebihDari !== undefined
        ? `IF(${x}>${p.lebihDari},"${p.kategori}",${f})`
        : `IF(${x}>=${p.palingSedikit},"${p.kategori}",${f})`;
  }
  return `=IF(ISNUMBER(${sel}),${f},"")`;
}

const daftarSum = (alamatSel: string[]): string => `=SUM(${alamatSel.join(",")})`;

interface HasilBobot {
  lembar: RencanaLembar;
  /** Alamat absolut Bobot Indikator per nomor indikator. */
  bobotIndikator: Map<number, string>;
  /** Alamat sel nama unit dan Total Bobot Dinas per unit. */
  unit: { nama: string; total: string }[];
}

function lembarHitungBobot(tipe: PolaTipe, pola: PolaLan, unit: string[]): HasilBobot {
  const nama = namaLembarLan(tipe, "Bobot");
  const vars = variabelDipakai(tipe, pola);
  const n = unit.length;
  const k = new Kisi();
  k.set(0, 0, judul(`Perhitungan Bobot Pola LAN 1998 — Dinas Tipe ${tipe} (${keteranganPola(tipe).karakteristik})`));
  k.set(
    1,
    0,
    label(
      "Isi skor 1–10 tiap indikator untuk tiap unit pada sel kuning. Rumus Bab III: Proporsi = " +
        "total / jumlah; Bobot = Proporsi × Bobot induk; Bobot Variabel = Proporsi Variabel × Skor " +
        "Ideal.",
      "catatan",
    ),
  );
  k.set(2, 0, label("Skor Ideal", "kepala"));
  k.set(2, 2, masukan("skor-ideal", SKOR_IDEAL_LAN, "#,##0"));
  const skorIdeal = abs(2, 2);
  const cS = 2 + n;
  const cPI = cS + 1;
  const cBI = cS + 2;
  const cPV = cS + 3;
  const cBV = cS + 4;
  const hdr = 4;
  k.set(hdr, 0, label("No", "kepala"));
  k.set(hdr, 1, label("Variabel / Indikator", "kepala"));
  unit.forEach((u, j) => k.set(hdr, 2 + j, masukan(`nama-unit|u=${u}`, u)));
  k.set(hdr, cS, label("Σ Indikator / Σ Variabel", "kepala"));
  k.set(hdr, cPI, label("Proporsi Indikator", "kepala"));
  k.set(hdr, cBI, label("Bobot Indikator", "kepala"));
  k.set(hdr, cPV, label("Proporsi Variabel", "kepala"));
  k.set(hdr, cBV, label("Bobot Variabel", "kepala"));

  const validasi: ValidasiData[] = [];
  const bobotIndikator = new Map<number, string>();
  const jumlahBaris: number[] = [];
  const bobotDinasBaris: number[] = [];
  let r = hdr + 1;
  // baris total ditempatkan setelah semua variabel; alamatnya dihitung di muka
  const tinggiVar = vars.map((v) => 1 + v.indikator.length + 3 + 1);
  const gBaris = r + tinggiVar.reduce((a, x) => a + x, 0);
  for (const v of vars) {
    k.set(r, 0, label(`V${v.no}`, "subjudul"));
    k.set(r, 1, label(v.nama, "subjudul"));
    r++;
    const awal = r;
    const akhir = r + v.indikator.length - 1;
    const jr = akhir + 1;
    for (const ind of v.indikator) {
      k.set(r, 0, label(ind.no));
      k.set(r, 1, label(ind.nama));
      unit.forEach((u, j) => k.set(r, 2 + j, masukan(`skor|i=${ind.no}|u=${u}`)));
      k.set(r, cS, hitung(`=SUM(${alamat(r, 2)}:${alamat(r, 1 + n)})`, FMT_NILAI));
      k.set(r, cPI, hitung(`=${alamat(r, cS)}/${abs(jr, cS)}`, FMT_PROPORSI));
      k.set(r, cBI, hitung(`=${alamat(r, cPI)}*${abs(jr, cBV)}`, FMT_BOBOT));
      bobotIndikator.set(ind.no, abs(r, cBI));
      r++;
    }
    validasi.push({
      rentang: `${alamat(awal, 2)}:${alamat(akhir, 1 + n)}`,
      jenis: "bilanganBulat",
      min: 1,
      maks: 10,
      pesan: "Skor harus bilangan bulat 1–10.",
    });
    // Jumlah
    k.set(jr, 1, label("Jumlah", "total"));
    for (let j = 0; j < n; j++)
      k.set(jr, 2 + j, hitung(`=SUM(${alamat(awal, 2 + j)}:${alamat(akhir, 2 + j)})`, FMT_NILAI, "total"));
    k.set(jr, cS, hitung(`=SUM(${alamat(awal, cS)}:${alamat(akhir, cS)})`, FMT_NILAI, "total"));
    k.set(jr, cPV, hitung(`=${alamat(jr, cS)}/${abs(gBaris, cS)}`, FMT_PROPORSI, "total"));
    k.set(jr, cBV, hitung(`=${alamat(jr, cPV)}*${skorIdeal}`, FMT_BOBOT, "total"));
    jumlahBaris.push(jr);
    // Proporsi dan Bobot Dinas
    const pd = jr + 1;
    const bd = jr + 2;
    k.set(pd, 1, label("Proporsi Dinas"));
    k.set(bd, 1, label("Bobot Dinas"));
    for (let j = 0; j < n; j++) {
      k.set(pd, 2 + j, hitung(`=${alamat(jr, 2 + j)}/${abs(jr, cS)}`, FMT_PROPORSI));
      k.set(bd, 2 + j, hitung(`=${alamat(pd, 2 + j)}*${abs(jr, cBV)}`, FMT_BOBOT));
    }
    bobotDinasBaris.push(bd);
    r = bd + 2;
  }
  if (r !== gBaris) throw galatInternal("tata letak LAN tidak konsisten");
  k.set(gBaris, 1, label("Total", "total"));
  for (let j = 0; j < n; j++)
    k.set(gBaris, 2 + j, hitung(daftarSum(jumlahBaris.map((b) => alamat(b, 2 + j))), FMT_NILAI, "total"));
  k.set(gBaris, cS, hitung(daftarSum(jumlahBaris.map((b) => alamat(b, cS))), FMT_NILAI, "total"));
  k.set(gBaris, cPV, hitung(daftarSum(jumlahBaris.map((b) => alamat(b, cPV))), FMT_PROPORSI, "total"));
  k.set(gBaris, cBV, hitung(daftarSum(jumlahBaris.map((b) => alamat(b, cBV))), FMT_BOBOT, "total"));
  const pu = gBaris + 1;
  const tb = gBaris + 2;
  k.set(pu, 1, label("Proporsi Dinas (seluruh variabel)"));
  k.set(tb, 1, label("Total Bobot Dinas", "total"));
  const unitRef: { nama: string; total: string }[] = [];
  for (let j = 0; j < n; j++) {
    k.set(pu, 2 + j, hitung(`=${alamat(gBaris, 2 + j)}/${abs(gBaris, cS)}`, FMT_PROPORSI));
    k.set(tb, 2 + j, hitung(daftarSum(bobotDinasBaris.map((b) => alamat(b, 2 + j))), FMT_BOBOT, "total"));
    unitRef.push({ nama: abs(hdr, 2 + j), total: abs(tb, 2 + j) });
  }
  if (pola === "limaData")
    blokLimaData(
      k,
      tb + 2,
      vars.map((v, j) => ({ no: v.no, nama: v.nama, bobot: abs(jumlahBaris[j], cBV) })),
      skorIdeal,
    );
  const lembar: RencanaLembar = {
    nama,
    blok: [k.blok()],
    validasi,
    nama_rentang: [
      { nama: `LAN_${tokenTipe(tipe)}_Bobot_SkorIdeal`, rentang: skorIdeal, keterangan: "Skor Ideal (bawaan 20.000)" },
    ],
    bekukan: { baris: hdr + 1, kolom: 2 },
    lebarKolom: [
      { kolom: "A", lebar: 6 },
      { kolom: "B", lebar: 48 },
      ...unit.map((_, j) => ({ kolom: hurufKolom(2 + j), lebar: 12 })),
      ...[cS, cPI, cBI, cPV, cBV].map((c) => ({ kolom: hurufKolom(c), lebar: 16 })),
    ],
  };
  return { lembar, bobotIndikator, unit: unitRef };
}

interface HasilNilai {
  lembar: RencanaLembar;
  unit: { nama: string; nilai1000: string; kategori: string }[];
}

interface SumberBobot {
  lembar: string;
  /** Alamat absolut Bobot Indikator per nomor indikator di lembar itu. */
  sel: Map<number, string>;
}

function lembarNilaiUnit(
  tipe: PolaTipe,
  pola: PolaLan,
  unit: string[],
  sumberBobot: SumberBobot | null,
  perIndikator = false,
): HasilNilai {
  const nama = namaLembarLan(tipe, "Nilai");
  const vars = variabelDipakai(tipe, pola);
  const lima = pola === "lima";
  const limaData = pola === "limaData";
  const ulang = lima || limaData;
  if (!sumberBobot && tipe === "II+III") throw galatNilai("pola II+III memerlukan lembar bobot atau kerangka gabungan");
  const tercetak = new Map(tipe === "II+III" ? [] : indikatorTercetak(tipe).map((x) => [x.no, x.bobot]));
  const k = new Kisi();
  const subjudul = lima ? ", lima variabel utama" : limaData ? ", lima variabel utama dari data" : "";
  k.set(0, 0, judul(`Instrumen Penilaian Kinerja Pelayanan (Tabel 4.14) — Dinas Tipe ${tipe}${subjudul}`));
  k.set(
    1,
    0,
    label(
      `Isi skor 1–10 tiap indikator (sel kuning). Nilai indikator = skor / 10 × ` +
        `Bobot Indikator; nilai skala 1000 = total / Σ bobot × 1000. Kategori: > 850 ` +
        `Amat baik, > 700 Baik, ≥ 600 Cukup, < 600 Kurang. Bobot: ` +
        `${sumberBobot ? `rumus dari lembar ${sumberBobot.lembar}` : `Tabel ${KETERANGAN_TIPE[tipe as TipeDinas].tabelIndikator} tercetak`}.` +
        (perIndikator
          ? ' Angka per indikator (Instrumen Alternatif II, seed 004 baris 791: "Angka per indikator : ' +
            '1000") = skor / 10 × 1000, kategori dengan pita yang sama pada ROUND(angka; 9).'
          : ""),
      "catatan",
    ),
  );
  const skorIdeal = abs(2, 2);
  if (ulang) {
    k.set(2, 0, label("Skor Ideal", "kepala"));
    k.set(2, 2, masukan("skor-ideal", SKOR_IDEAL_LAN, "#,##0"));
  }
  const cSrc = 2;
  const cW = ulang ? 3 : 2; // kolom bobot yang dipakai
  const c0 = cW + 1; // kolom skor unit pertama
  const w = perIndikator ? 4 : 2; // kolom per unit
  const n = unit.length;
  const hdr = 4;
  k.set(hdr, 0, label("No", "kepala"));
  k.set(hdr, 1, label("Variabel / Indikator", "kepala"));
  k.set(hdr, cSrc, label(ulang ? "Bobot Indikator (sumber)" : "Bobot Indikator", "kepala"));
  if (ulang) k.set(hdr, cW, label("Bobot dibagi ulang", "kepala"));
  unit.forEach((u, j) => {
    k.set(hdr, c0 + w * j, masukan(`nama-unit|u=${u}`, u));
    k.set(hdr, c0 + w * j + 1, label("Nilai", "kepala"));
    if (perIndikator) {
      k.set(hdr, c0 + w * j + 2, label("Angka (0–1000)", "kepala"));
      k.set(hdr, c0 + w * j + 3, label("Kategori", "kepala"));
    }
  });
  const tinggiVar = vars.map((v) => 1 + v.indikator.length + 1 + 1);
  const tot = hdr + 1 + tinggiVar.reduce((a, x) => a + x, 0);
  const validasi: ValidasiData[] = [];
  const jumlahBaris: number[] = [];
  const barisIndikator: { r: number; variabel: number }[] = [];
  let r = hdr + 1;
  const pertama = r;
  for (const v of vars) {
    k.set(r, 0, label(`V${v.no}`, "subjudul"));
    k.set(r, 1, label(v.nama, "subjudul"));
    r++;
    const awal = r;
    for (const ind of v.indikator) {
      k.set(r, 0, label(ind.no));
      k.set(r, 1, label(ind.nama));
      const src = sumberBobot?.sel.get(ind.no);
      k.set(
        r,
        cSrc,
        sumberBobot && src
          ? hitung(`=${rujukLembar(sumberBobot.lembar)}!${src}`, FMT_BOBOT)
          : masukan(`bobot|i=${ind.no}`, tercetak.get(ind.no) as number, FMT_BOBOT),
      );
      if (lima) k.set(r, cW, hitung(`=${alamat(r, cSrc)}/${abs(tot, cSrc)}*${skorIdeal}`, FMT_BOBOT));
      barisIndikator.push({ r, variabel: v.no });
      unit.forEach((u, j) => {
        const cs = c0 + w * j;
        k.set(r, cs, masukan(`skor|i=${ind.no}|u=${u}`));
        k.set(r, cs + 1, hitung(`=IF(${alamat(r, cs)}="","",${alamat(r, cs)}/10*${abs(r, cW)})`, FMT_NILAI));
        if (perIndikator) {
          k.set(r, cs + 2, hitung(`=IF(${alamat(r, cs)}="","",${alamat(r, cs)}/10*1000)`, FMT_NILAI));
          k.set(r, cs + 3, hitung(rumusKategori1000(alamat(r, cs + 2))));
        }
      });
      r++;
    }
    const akhir = r - 1;
    unit.forEach((_, j) =>
      validasi.push({
        rentang: `${alamat(awal, c0 + w * j)}:${alamat(akhir, c0 + w * j)}`,
        jenis: "bilanganBulat",
        min: 1,
        maks: 10,
        pesan: "Skor harus bilangan bulat 1–10.",
      }),
    );
    k.set(r, 1, label(`Jumlah ${v.nama}`, "total"));
    for (let c = cSrc; c <= cW; c++)
      k.set(r, c, hitung(`=SUM(${alamat(awal, c)}:${alamat(akhir, c)})`, FMT_BOBOT, "total"));
    unit.forEach((_, j) => {
      const cn = c0 + w * j + 1;
      k.set(r, cn, hitung(`=SUM(${alamat(awal, cn)}:${alamat(akhir, cn)})`, FMT_NILAI, "total"));
    });
    jumlahBaris.push(r);
    r += 2;
  }
  if (r !== tot) throw galatInternal("tata letak LAN tidak konsisten");
  const terakhir = tot - 2;
  const s1000 = tot + 1;
  const kat = tot + 2;
  if (limaData) {
    const blok = blokLimaData(
      k,
      kat + 2,
      vars.map((v, j) => ({ no: v.no, nama: v.nama, bobot: abs(jumlahBaris[j], cSrc) })),
      skorIdeal,
    );
    for (const b of barisIndikator)
      k.set(
        b.r,
        cW,
        hitung(
          `=IF(${blok.terpilih.get(b.variabel)}=1,${alamat(b.r, cSrc)}/${blok.jumlahTerpilih}*${skorIdeal},0)`,
          FMT_BOBOT,
        ),
      );
  }
  k.set(tot, 1, label("Total", "total"));
  for (let c = cSrc; c <= cW; c++)
    k.set(tot, c, hitung(daftarSum(jumlahBaris.map((b) => alamat(b, c))), FMT_BOBOT, "total"));
  // nilai dan kategori baru muncul setelah SEMUA skor yang dipakai terisi: skor kosong tidak boleh diam-diam dianggap nol
  const banyakIndikator = vars.reduce((m, v) => m + v.indikator.length, 0);
  k.set(s1000, 1, label("Nilai skala 1000", "total"));
  k.set(kat, 1, label("Kategori", "total"));
  const unitRef: { nama: string; nilai1000: string; kategori: string }[] = [];
  unit.forEach((_, j) => {
    const cs = c0 + w * j;
    const cn = cs + 1;
    const belum = limaData
      ? `COUNTIFS(${alamat(pertama, 0)}:${alamat(terakhir, 0)},">0",${alamat(pertama, cW)}:${alamat(terakhir, cW)},">0",${alamat(pertama, cs)}:${alamat(terakhir, cs)},"")>0`
      : `COUNT(${alamat(pertama, cs)}:${alamat(terakhir, cs)})<${banyakIndikator}`;
    k.set(tot, cn, hitung(daftarSum(jumlahBaris.map((b) => alamat(b, cn))), FMT_NILAI, "total"));
    k.set(s1000, cn, hitung(`=IF(${belum},"",${alamat(tot, cn)}/${abs(tot, cW)}*1000)`, FMT_NILAI, "total"));
    k.set(kat, cn, hitung(rumusKategoriLan(alamat(s1000, cn)), undefined, "total"));
    unitRef.push({ nama: abs(hdr, cs), nilai1000: abs(s1000, cn), kategori: abs(kat, cn) });
  });
  const lembar: RencanaLembar = {
    nama,
    blok: [k.blok()],
    validasi,
    akibatKosong: "nilai skala 1000 dan kategori unit itu tetap kosong sampai semua skornya terisi",
    ...(ulang
      ? {
          nama_rentang: [
            {
              nama: `LAN_${tokenTipe(tipe)}_Nilai_SkorIdeal`,
              rentang: skorIdeal,
              keterangan: "Skor Ideal untuk pembagian ulang bobot lima variabel",
            },
          ],
        }
      : {}),
    bekukan: { baris: hdr + 1, kolom: 2 },
    lebarKolom: [
      { kolom: "A", lebar: 6 },
      { kolom: "B", lebar: 48 },
      ...Array.from({ length: c0 + w * n - 2 }, (_, i) => ({ kolom: hurufKolom(2 + i), lebar: 14 })),
    ],
  };
  return { lembar, unit: unitRef };
}

interface HasilKerangka {
  lembar: RencanaLembar;
  variabel: { nama: string; bobot: string }[];
}

function lembarKerangka(tipe: TipeDinas, limaData = false): HasilKerangka {
  const nama = namaLembarLan(tipe, "Kerangka");
  const ket = KETERANGAN_TIPE[tipe];
  const lamp = lampiranTercetak(tipe);
  const ind = new Map(indikatorTercetak(tipe).map((x) => [x.no, x.proporsi]));
  const k = new Kisi();
  k.set(0, 0, judul(`Kerangka Pola LAN 1998 — Dinas Tipe ${tipe} (${ket.karakteristik})`));
  k.set(
    1,
    0,
    label(
      `Masukan: Total Variabel tercetak (${ket.lampiran}) dan Proporsi Indikator tercetak (Tabel ` +
        `${ket.tabelIndikator}). Proporsi Variabel = Total / Σ Total; ` +
        `Bobot Variabel = Proporsi × Skor Ideal; Bobot Indikator = Proporsi Indikator × ` +
        `Bobot Variabel.`,
      "catatan",
    ),
  );
  k.set(2, 0, label("Skor Ideal", "kepala"));
  k.set(2, 2, masukan("skor-ideal", SKOR_IDEAL_LAN, "#,##0"));
  const skorIdeal = abs(2, 2);
  const hdr = 4;
  [
    "No",
    "Variabel / Indikator",
    "Total Variabel",
    "Proporsi Variabel",
    "Bobot Variabel",
    "Proporsi Indikator",
    "Bobot Indikator",
  ].forEach((t, j) => k.set(hdr, j, label(t, "kepala")));
  const tot = hdr + 1 + VARIABEL_LAN.reduce((a, v) => a + 1 + v.indikator.length, 0);
  let r = hdr + 1;
  const variabel: { nama: string; bobot: string }[] = [];
  for (const v of VARIABEL_LAN) {
    const vr = r;
    k.set(vr, 0, label(`V${v.no}`, "subjudul"));
    k.set(vr, 1, label(v.nama, "subjudul"));
    k.set(vr, 2, masukan(`total|v=${v.no}`, lamp[v.no - 1].total, "#,##0.00"));
    k.set(vr, 3, hitung(`=${alamat(vr, 2)}/${abs(tot, 2)}`, FMT_PROPORSI));
    k.set(vr, 4, hitung(`=${alamat(vr, 3)}*${skorIdeal}`, FMT_BOBOT));
    variabel.push({ nama: v.nama, bobot: abs(vr, 4) });
    r++;
    for (const i of v.indikator) {
      k.set(r, 0, label(i.no));
      k.set(r, 1, label(i.nama));
      k.set(r, 5, masukan(`proporsi|i=${i.no}`, ind.get(i.no) as number, FMT_PROPORSI));
      k.set(r, 6, hitung(`=${alamat(r, 5)}*${abs(vr, 4)}`, FMT_BOBOT));
      r++;
    }
  }
  k.set(tot, 1, label("Total", "total"));
  k.set(tot, 2, hitung(`=SUM(${alamat(hdr + 1, 2)}:${alamat(tot - 1, 2)})`, "#,##0.00", "total"));
  k.set(tot, 3, hitung(`=SUM(${alamat(hdr + 1, 3)}:${alamat(tot - 1, 3)})`, FMT_PROPORSI, "total"));
  k.set(tot, 4, hitung(`=SUM(${alamat(hdr + 1, 4)}:${alamat(tot - 1, 4)})`, FMT_BOBOT, "total"));
  k.set(tot, 6, hitung(`=SUM(${alamat(hdr + 1, 6)}:${alamat(tot - 1, 6)})`, FMT_BOBOT, "total"));
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
      { rentang: `C${hdr + 2}:C${tot}`, jenis: "desimal", min: 0, pesan: "Total Variabel harus angka tidak negatif." },
      {
        rentang: `F${hdr + 2}:F${tot}`,
        jenis: "desimal",
        min: 0,
        maks: 1,
        pesan: "Proporsi Indikator harus di antara 0 dan 1.",
      },
    ],
    nama_rentang: [
      { nama: `LAN_${tipe}_Kerangka_SkorIdeal`, rentang: skorIdeal, keterangan: "Skor Ideal (bawaan 20.000)" },
    ],
    bekukan: { baris: hdr + 1, kolom: 2 },
    lebarKolom: [
      { kolom: "A", lebar: 6 },
      { kolom: "B", lebar: 48 },
      ...["C", "D", "E", "F", "G"].map((kolom) => ({ kolom, lebar: 16 })),
    ],
  };
  return { lembar, variabel };
}

/** Pembangun LAN 1998. */
export function rencanaLan(opsi: OpsiLan): RencanaBukuKerja {
  const { tipe, pola, mode } = opsi;
  const unit = opsi.unit && opsi.unit.length > 0 ? [...opsi.unit] : UNIT_BAWAAN;
  const meta = { pembangun: ID_LAN, versi: 1, opsi: { ...opsi, unit } as Record<string, unknown> };
  const ringkas = namaLembarLan(tipe, "Ringkasan");
  if (mode === "kerangka") {
    const h =
      tipe === "II+III"
        ? lembarKerangkaGabungan(namaLembarLan(tipe, "Kerangka"), tipe, pola === "limaData")
        : lembarKerangka(tipe, pola === "limaData");
    const ref = rujukLembar(h.lembar.nama);
    const ringkasan = lembarRingkasan({
      nama: ringkas,
      judul: `Ringkasan Bobot Variabel — Dinas Tipe ${tipe}`,
      keterangan: `Peringkat variabel menurut Bobot Variabel (bandingkan Tabel ${keteranganPola(tipe).tabelVariabel}).`,
      kolomNama: "Variabel",
      kolomNilai: "Bobot Variabel",
      formatNilai: FMT_BOBOT,
      baris: h.variabel.map((v) => ({ nama: v.nama, nilai: `=${ref}!${v.bobot}` })),
      judulGrafik: `Bobot Variabel Dinas Tipe ${tipe}`,
    });
    return { meta, lembar: [h.lembar, ringkasan] };
  }
  if (mode === "hitungBobot") {
    const h = lembarHitungBobot(tipe, pola, unit);
    const ref = rujukLembar(h.lembar.nama);
    const ringkasan = lembarRingkasan({
      nama: ringkas,
      judul: `Ringkasan Bobot Dinas — Tipe ${tipe}`,
      keterangan: "Total Bobot Dinas = Σ (Proporsi Dinas × Bobot Variabel) atas seluruh variabel.",
      kolomNama: "Unit",
      kolomNilai: "Total Bobot Dinas",
      formatNilai: FMT_BOBOT,
      baris: h.unit.map((u) => ({ nama: `=${ref}!${u.nama}`, nilai: `=${ref}!${u.total}` })),
      judulGrafik: "Total Bobot Dinas per unit",
    });
    return { meta, lembar: [h.lembar, ringkasan] };
  }
  const lembar: RencanaLembar[] = [];
  let sumber: SumberBobot | null = null;
  if (opsi.bobot === "dihitung") {
    const hb = lembarHitungBobot(tipe, pola, unit);
    lembar.push(hb.lembar);
    sumber = { lembar: hb.lembar.nama, sel: hb.bobotIndikator };
  } else if (tipe === "II+III") {
    // pola kedua: Bobot Indikator gabungan dari lembar kerangka (rumus atas angka tercetak tipe II dan III)
    const hk = lembarKerangkaGabungan(namaLembarLan(tipe, "Kerangka"), tipe, false);
    lembar.push(hk.lembar);
    sumber = { lembar: hk.lembar.nama, sel: hk.bobotIndikator };
  }
  const hn = lembarNilaiUnit(tipe, pola, unit, sumber, Boolean(opsi.perIndikator));
  lembar.push(hn.lembar);
  const ref = rujukLembar(hn.lembar.nama);
  lembar.push(
    lembarRingkasan({
      nama: ringkas,
      judul: `Ringkasan Nilai Kinerja Pelayanan — Dinas Tipe ${tipe}`,
      keterangan:
        "Nilai skala 1000 dan kategori tiap unit (pita: > 850 Amat baik, > 700 Baik, ≥ 600 Cukup, < 600 Kurang).",
      kolomNama: "Unit",
      kolomNilai: "Nilai (skala 1000)",
      kolomKategori: "Kategori",
      formatNilai: FMT_NILAI,
      baris: hn.unit.map((u) => ({
        nama: `=${ref}!${u.nama}`,
        nilai: `=${ref}!${u.nilai1000}`,
        kategori: `=${ref}!${u.kategori}`,
      })),
      judulGrafik: "Nilai kinerja pelayanan per unit",
    }),
  );
  return { meta, lembar };
}
