/**
 * `kinerja skm --input EKSPOR --layanan KOLOM --waktu KOLOM …`: siklus SKM dari ekspor formulir daring
 * (Google Forms, Microsoft Forms, e-SKM): CSV atau .xlsx, jawaban teks atau angka, hasil per periode dan
 * per jenis layanan, serta hasil unit. Tanpa --layanan/--waktu perintah `skm` tetap seperti semula (src/cli/skm.ts).
 * Semua masalah masukan menjadi GalatCli satu baris (kode 2) sebelum apa pun ditulis.
 */
import { readFileSync, statSync } from "node:fs";
import { extname } from "node:path";
import { InvalidArgumentError, Option, type Command } from "commander";
import { parse } from "csv-parse/sync";
import { GalatKinerja } from "../core/errors";
import { dekodeByte, tabelDariCsv, tolakJudulKembar } from "../core/skm-siklus-tabel";
import { hitungSiklusTabel, opsiSiklusDari, type PilihanSiklus, type SiklusSkm } from "../plans/skm-siklus-data";
import { LembarTidakAda, alirTabelCsv, alirTabelXlsx, type PenerimaTabel } from "./baca-aliran";
import {
  PenghitungSiklus,
  UNSUR_KEPENTINGAN,
  unsurDariJudul,
  type BarisPeta,
  type HasilKelompok,
  type HasilSiklus,
  type KonvensiSkm,
  type TabelJawaban,
} from "../core/skm-siklus";
import { ATURAN_SKM_BAWAAN, UNSUR_BAWAAN, type AturanSkm } from "../frameworks/skm";
import {
  FORMAT_TANGGAL_BAWAAN,
  HASIL_UNIT_BAWAAN,
  JENIS_PERIODE,
  KUADRAN_IPA,
  PERIODE_BAWAAN,
  type FormatTanggal,
  type HasilUnit,
  type JenisPeriode,
  type KonvensiPenimbang,
} from "../frameworks/skm-siklus";
import { GalatCli, diTempat } from "./galat";
import { UKURAN_MAKS } from "./csv";
import { opsiAngka } from "./perintah";
import { susunTabel } from "./skm";

export interface OpsiSkmSiklusCli {
  input: string;
  sheet?: string;
  layanan?: string;
  waktu?: string;
  periode?: string;
  peta?: string;
  aturan?: string;
  penimbang?: string;
  pembulatanNrr?: string;
  hasilUnit?: string;
  formatTanggal?: string;
  populasi?: string;
  unit?: string;
  /** Ambang NRR tindak lanjut (1–4): semua unsur di bawahnya; tanpa ini tiga terendah. */
  ambang?: number;
  json?: boolean;
  xlsx?: string;
}

/** Mode siklus bila --layanan atau --waktu diberikan. */
export const modeSiklus = (o: { layanan?: string; waktu?: string }): boolean =>
  o.layanan !== undefined || o.waktu !== undefined;

/** Opsi tambahan `kinerja skm` untuk siklus (ditambahkan ke perintah yang sudah ada). */
export function tambahOpsiSiklus(cmd: Command): Command {
  return cmd
    .option("--layanan <kolom>", "kolom jenis layanan (mengaktifkan hasil per layanan dan periode)")
    .option("--waktu <kolom>", "kolom cap waktu (mengaktifkan hasil per periode)")
    .option("--periode <jenis>", `bulan, triwulan, semester (bawaan) atau tahun`)
    .option("--sheet <lembar>", "lembar .xlsx yang dibaca (bawaan: lembar pertama)")
    .option(
      "--peta <berkas.csv>",
      "peta jawaban tambahan: unsur,jawaban,nilai (unsur = nomor, nama, atau * untuk semua)",
    )
    .option(
      "--format-tanggal <hbt|bht>",
      "tanggal teks bergaris miring: hbt = hari/bulan/tahun (bawaan), bht = bulan/hari/tahun",
    )
    .option("--pembulatan-nrr <2|3>", "bulatkan NRR ke 2 atau 3 desimal sebelum ditimbang (bawaan: tidak)")
    .option("--hasil-unit <cara>", "gabungan (bawaan: semua responden digabung) atau rerata (rata-rata nilai layanan)")
    .option("--populasi <berkas.csv>", "populasi per layanan (layanan,populasi) untuk uji sampel Krejcie–Morgan")
    .option("--unit <nama>", "nama unit pelayanan untuk lembar Publikasi")
    .addOption(
      new Option(
        "--ambang <nrr>",
        "Tindak Lanjut: semua unsur dengan NRR unit di bawah angka ini (skala 1–4, mis. 3,0) alih-alih tiga terendah",
      ).argParser(bacaAmbang),
    );
}

/** --ambang: NRR 1–4 (koma atau titik desimal, seperti opsi angka lain). */
export function bacaAmbang(v: string): number {
  const x = opsiAngka("--ambang")(v);
  if (!(x >= 1 && x <= 4)) throw new InvalidArgumentError(`--ambang harus NRR antara 1 dan 4, bukan "${v}"`);
  return x;
}

function pilih<T extends string>(nilai: string | undefined, bawaan: T, sah: readonly T[], opsi: string): T {
  if (nilai === undefined) return bawaan;
  const t = nilai.trim().toLowerCase() as T;
  if (!sah.includes(t)) throw new GalatCli(`${opsi} "${nilai}" tidak dikenal (${sah.join(", ")})`);
  return t;
}

/** --penimbang: tepat|1/n, cetak|0.111|0,111, 0.11|0,11. */
export function bacaKonvensiPenimbang(x: string | undefined): KonvensiPenimbang {
  if (x === undefined) return "1/n";
  const t = x.trim().toLowerCase().replace(",", ".");
  if (t === "tepat" || t === "1/n" || t === "1/9" || t === "1/14") return "1/n";
  if (t === "cetak" || t === "0.111") return "0.111";
  if (t === "0.11") return "0.11";
  throw new GalatCli(`--penimbang "${x}" tidak dikenal (tepat = 1/n, 0.111 atau 0.11)`);
}

export function bacaKonvensi(o: Pick<OpsiSkmSiklusCli, "penimbang" | "pembulatanNrr">): KonvensiSkm {
  const p = o.pembulatanNrr;
  if (p !== undefined && p !== "2" && p !== "3") throw new GalatCli(`--pembulatan-nrr "${p}" tidak dikenal (2 atau 3)`);
  return {
    penimbang: bacaKonvensiPenimbang(o.penimbang),
    pembulatanNrr: p === undefined ? null : (Number(p) as 2 | 3),
  };
}

// ---------- membaca berkas ----------

function bacaBuffer(berkas: string): Buffer {
  try {
    const st = statSync(berkas);
    if (st.isDirectory()) throw new GalatCli(`${berkas}: adalah folder, bukan berkas`);
    if (st.size > UKURAN_MAKS)
      throw new GalatCli(`${berkas}: terlalu besar (${st.size} byte; batas ${UKURAN_MAKS})`, "batas");
    return readFileSync(berkas);
  } catch (e) {
    if (e instanceof GalatCli) throw e;
    throw new GalatCli(`${berkas}: berkas tidak ditemukan atau tidak dapat dibaca`);
  }
}

/** Berkas masukan ekspor formulir ada dan bukan folder (tanpa batas ukuran: dibaca beraliran). */
function pastikanBerkas(berkas: string): void {
  let folder: boolean;
  try {
    folder = statSync(berkas).isDirectory();
  } catch {
    throw new GalatCli(`${berkas}: berkas tidak ditemukan atau tidak dapat dibaca`);
  }
  if (folder) throw new GalatCli(`${berkas}: adalah folder, bukan berkas`);
}

/**
 * CSV apa adanya (berkas kecil: --peta, --populasi): judul tidak diubah, sel teks. Judul kembar di antara kolom
 * `dipakai` ditolak (kolom lain berjudul sama tidak dibaca, jadi dibiarkan).
 */
export function bacaCsvMentah(berkas: string, dipakai: readonly string[] = []): TabelJawaban {
  const t = tabelDariCsv(dekodeByte(bacaBuffer(berkas), berkas), berkas, parse);
  tolakJudulKembar(t.judul, berkas, dipakai);
  return t;
}

/**
 * Ekspor formulir (CSV atau lembar .xlsx: pertama yang terlihat, atau --sheet) dibaca beraliran: judul lalu
 * setiap baris ke `terima`. Tanpa batas ukuran berkas.
 * @throws GalatCli satu baris (berkas, lembar, baris) untuk masalah masukan
 */
export async function alirTabelJawaban(
  berkas: string,
  lembar: string | undefined,
  terima: PenerimaTabel,
): Promise<void> {
  pastikanBerkas(berkas);
  const xlsx = extname(berkas).toLowerCase() === ".xlsx";
  try {
    if (!xlsx) return await alirTabelCsv(berkas, terima);
    await alirTabelXlsx(berkas, lembar, (nama) => `${berkas} (lembar ${nama})`, terima);
  } catch (e) {
    if (e instanceof LembarTidakAda) throw new GalatCli(`${berkas}: ${e.message}`);
    if (e instanceof GalatKinerja) throw e;
    if (xlsx) throw new GalatCli(`${berkas}: bukan berkas .xlsx yang dapat dibaca`);
    throw new GalatCli(`${berkas}: berkas tidak ditemukan atau tidak dapat dibaca`);
  }
}

/** Seluruh tabel jawaban di memori (untuk --xlsx, yang menyalin setiap jawaban ke buku kerja). */
export async function bacaTabelJawaban(berkas: string, lembar?: string): Promise<TabelJawaban> {
  const t: TabelJawaban = { sumber: berkas, judul: [], baris: [] };
  await alirTabelJawaban(berkas, lembar, {
    judul: (j, s) => {
      t.judul = j;
      t.sumber = s;
      t.baris = [];
    },
    baris: (b) => void t.baris.push(b),
  });
  if (t.judul.length === 0) throw new GalatCli(`${berkas}: berkas kosong`);
  return t;
}

/**
 * Berkas --peta: unsur,jawaban,nilai. Unsur = nomor 1–n, nama/kata unsur, * / kosong untuk semua unsur, atau
 * "kepentingan" (juga "harapan", "K") untuk jawaban tingkat kepentingan/harapan.
 */
export function bacaPeta(berkas: string, aturan: AturanSkm): BarisPeta[] {
  const t = bacaCsvMentah(berkas, ["unsur", "jawaban", "nilai"]);
  const k = t.judul.map((j) => j.toLowerCase());
  const [iu, ij, iv] = ["unsur", "jawaban", "nilai"].map((n) => {
    const i = k.indexOf(n);
    if (i < 0) throw new GalatCli(`${berkas}: kolom "${n}" tidak ada (peta jawaban memakai kolom unsur,jawaban,nilai)`);
    return i;
  });
  return t.baris.map((b) => {
    const u = String(b.sel[iu]).trim();
    const v = String(b.sel[iv]).trim();
    let unsur: number;
    if (u === "" || u === "*" || u.toLowerCase() === "semua") unsur = 0;
    else if (/^(kepentingan|harapan|k)$/i.test(u)) unsur = UNSUR_KEPENTINGAN;
    else if (/^u?\d+$/i.test(u)) unsur = Number(u.replace(/^u/i, ""));
    else {
      const c = unsurDariJudul(u, aturan);
      if (c.length !== 1)
        throw new GalatCli(`${berkas} baris ${b.no}, kolom unsur: "${u}" tidak menunjuk tepat satu unsur`);
      unsur = c[0] + 1;
    }
    if (!/^[1-4]$/.test(v)) throw new GalatCli(`${berkas} baris ${b.no}, kolom nilai: "${v}" bukan bilangan bulat 1–4`);
    return { unsur, jawaban: String(b.sel[ij]), nilai: Number(v) };
  });
}

/** Berkas --populasi: layanan,populasi. */
export function bacaPopulasi(berkas: string): Map<string, number> {
  const t = bacaCsvMentah(berkas, ["layanan", "populasi"]);
  const k = t.judul.map((j) => j.toLowerCase());
  const il = k.indexOf("layanan");
  const ip = k.indexOf("populasi");
  if (il < 0 || ip < 0) throw new GalatCli(`${berkas}: perlu kolom layanan,populasi`);
  const m = new Map<string, number>();
  for (const b of t.baris) {
    const p = Number(String(b.sel[ip]).trim().replace(/\./g, ""));
    if (!Number.isInteger(p) || p < 1)
      throw new GalatCli(`${berkas} baris ${b.no}, kolom populasi: "${b.sel[ip]}" bukan bilangan bulat ≥ 1`);
    m.set(String(b.sel[il]).trim().replace(/\s+/g, " "), p);
  }
  return m;
}

// ---------- menjalankan ----------

/** Hasil siklus (jalan bersama CLI dan panel: plans/skm-siklus-data.ts). */
export type SiklusCli = SiklusSkm;

/**
 * Siklus dari berkas. Dengan --xlsx seluruh tabel dibaca (setiap jawaban disalin ke buku kerja); tanpa itu
 * (--json, teks) baris dijumlahkan sambil dibaca (PenghitungSiklus), tanpa menyimpan jawaban.
 */
export async function hitungSkmSiklusCli(o: OpsiSkmSiklusCli): Promise<SiklusCli> {
  if (o.xlsx) return siklusDariTabel(await bacaTabelJawaban(o.input, o.sheet), o);
  const { opsi, peta } = opsiSiklusDari(pilihanDariCli(o));
  let sumber = o.input;
  let judul: string[] = [];
  let hitung: PenghitungSiklus | null = null;
  // galat baris siklus sudah menyebut sumbernya: awalan hanya bila belum
  const dengan = <T>(f: () => T): T => diTempat(sumber, f, true);
  await alirTabelJawaban(o.input, o.sheet, {
    judul: (j, s) => {
      sumber = s;
      judul = j;
      hitung = dengan(() => new PenghitungSiklus(s, j, opsi));
    },
    baris: (b) => dengan(() => hitung!.tambah(b)),
  });
  if (!hitung) throw new GalatCli(`${o.input}: berkas kosong`);
  const h: PenghitungSiklus = hitung;
  return { tabel: { sumber, judul, baris: [] }, opsi, hasil: dengan(() => h.selesai()), peta };
}

/** Opsi CLI → pilihan siklus yang sudah diperiksa (aturan, periode, konvensi, --peta, --populasi). */
export function pilihanDariCli(o: Omit<OpsiSkmSiklusCli, "input">): PilihanSiklus {
  const aturan = pilih<AturanSkm>(o.aturan, ATURAN_SKM_BAWAAN, ["2017", "2004"], "--aturan");
  const periode = pilih<JenisPeriode>(o.periode, PERIODE_BAWAAN, JENIS_PERIODE, "--periode");
  const formatTanggal = pilih<FormatTanggal>(
    o.formatTanggal,
    FORMAT_TANGGAL_BAWAAN,
    ["hbt", "bht"],
    "--format-tanggal",
  );
  const hasilUnit = pilih<HasilUnit>(o.hasilUnit, HASIL_UNIT_BAWAAN, ["gabungan", "rerata"], "--hasil-unit");
  const konvensi = bacaKonvensi(o);
  const peta = o.peta ? bacaPeta(o.peta, aturan) : [];
  const populasi = o.populasi ? bacaPopulasi(o.populasi) : undefined;
  return {
    aturan,
    kolomLayanan: o.layanan,
    kolomWaktu: o.waktu,
    periode,
    formatTanggal,
    peta,
    konvensi,
    hasilUnit,
    populasi,
    ambang: o.ambang,
  };
}

/** Siklus dari tabel yang sudah dibaca (juga untuk demo): opsi CLI → opsi inti → hasil. */
export function siklusDariTabel(tabel: TabelJawaban, o: Omit<OpsiSkmSiklusCli, "input">): SiklusCli {
  const p = pilihanDariCli(o);
  return diTempat(tabel.sumber, () => hitungSiklusTabel(tabel, p), true);
}

const kelompokJson = (h: HasilKelompok) => ({
  responden: h.responden,
  nrr: h.nrr,
  nilai: h.nilai,
  mutu: h.mutu,
  kinerja: h.kinerja,
});

/** Bentuk JSON issue 14: {"aturan", "periode": [{"nama", "layanan": [{"nama", "responden", "nrr", "nilai", "mutu", "kinerja"}], "unit": {…}}]}. */
export function jsonSiklus(h: HasilSiklus): string {
  return JSON.stringify(objekJsonSiklus(h)) + "\n";
}

/**
 * Objek JSON siklus (issue 14): {aturan, periode: [{nama, layanan: [...], unit, tindakLanjut, kuadran?}]},
 * periode urut waktu. tindakLanjut: [{no, unsur, nrr}] (tiga NRR unit terendah atau semua di bawah
 * --ambang); kuadran (bila formulir punya kolom kepentingan): [{no, unsur, kepentingan, kinerja, kuadran}]
 * dengan garisKuadran {kepentingan, kinerja}.
 */
export function objekJsonSiklus(h: HasilSiklus): { aturan: string; periode: object[] } {
  const nama = UNSUR_BAWAAN[h.aturan];
  const periode = h.periode.map((p) => ({
    nama: p.nama,
    layanan: p.layanan.map((l) => ({ nama: l.nama, ...kelompokJson(l), ...(l.sampel ? { sampel: l.sampel } : {}) })),
    unit: kelompokJson(p.unit),
    tindakLanjut: p.tindakLanjut.map((x) => ({ no: x.unsur + 1, unsur: nama[x.unsur], nrr: x.nrr })),
    ...(p.kuadran
      ? {
          kuadran: p.kuadran.unsur.map((u, j) => ({
            no: j + 1,
            unsur: nama[j],
            kepentingan: u.kepentingan,
            kinerja: u.kinerja,
            kuadran: u.kuadran,
          })),
          garisKuadran: { kepentingan: p.kuadran.garisKepentingan, kinerja: p.kuadran.garisKinerja },
        }
      : {}),
  }));
  return { aturan: h.aturan, periode };
}

/** Baris teks tindak lanjut dan kuadran per periode (di bawah tabel hasil). */
function teksTindakLanjut(s: SiklusCli): string {
  const { hasil: h, opsi: o } = s;
  const nama = UNSUR_BAWAAN[h.aturan];
  const aturan = o.ambang === undefined ? "tiga NRR unit terendah" : `NRR unit < ${o.ambang}`;
  const baris: string[] = [];
  for (const p of h.periode) {
    const tl = p.tindakLanjut.map((x) => `U${x.unsur + 1} ${nama[x.unsur]} (${x.nrr.toFixed(3)})`).join("; ");
    baris.push(`Tindak lanjut ${p.nama} (${aturan}): ${tl || "tidak ada"}`);
    if (!p.kuadran) continue;
    const per = (["I", "II", "III", "IV"] as const).map(
      (k) =>
        `${k} ${KUADRAN_IPA[k].nama.toLowerCase()}: ${
          p
            .kuadran!.unsur.map((u, j) => (u.kuadran === k ? `U${j + 1}` : ""))
            .filter(Boolean)
            .join(", ") || "-"
        }`,
    );
    baris.push(`Kuadran ${p.nama}: ${per.join("; ")}`);
  }
  return baris.join("\n") + "\n";
}

export function teksSiklus(s: SiklusCli): string {
  const { hasil: h, opsi: o } = s;
  const isi: string[][] = [];
  for (const p of h.periode) {
    for (const l of p.layanan) {
      const sampel = l.sampel
        ? `${l.sampel.cukup ? "cukup" : "KURANG"} (min. ${l.sampel.minimal} dari ${l.sampel.populasi})`
        : "";
      isi.push([p.nama, l.nama, String(l.responden), l.nilai.toFixed(2), l.mutu, l.kinerja, sampel]);
    }
    isi.push([
      p.nama,
      `Unit (${o.hasilUnit})`,
      String(p.unit.responden),
      p.unit.nilai.toFixed(2),
      p.unit.mutu,
      p.unit.kinerja,
      "",
    ]);
  }
  const nama = h.aturan === "2017" ? "SKM (PermenPAN-RB 14/2017)" : "IKM (KepmenPAN 25/2004)";
  const pemb =
    o.konvensi.pembulatanNrr === null
      ? "NRR tidak dibulatkan"
      : `NRR dibulatkan ${o.konvensi.pembulatanNrr} desimal sebelum ditimbang`;
  return (
    `${nama}, per ${o.periode}; penimbang ${o.konvensi.penimbang}, ${pemb}; hasil unit: ${o.hasilUnit}\n` +
    susunTabel(["Periode", "Layanan", "Responden", "Nilai", "Mutu", "Kinerja", "Sampel"], isi) +
    "\n" +
    teksTindakLanjut(s)
  );
}
