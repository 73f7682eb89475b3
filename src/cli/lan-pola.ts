/**
 * Subperintah `kinerja lan nilai`, `kinerja lan lima` dan `kinerja lan prestasi` (seed 004):
 * - nilai: instrumen Tabel 4.14 untuk satu pola (tipe I, II, III atau pola kedua II+III), 17 variabel,
 *   lima variabel Tabel 4.7 atau lima variabel dari data; opsional angka dan kategori per indikator
 *   (Instrumen Alternatif II, "Angka per indikator : 1000");
 * - lima: lima variabel utama dari total Anda sendiri (aturan Tabel 4.7 / Saran 5);
 * - prestasi: daftar penilaian Instrumen Alternatif I (tingkat prestasi 1–5 per jenis pelayanan).
 * `--xlsx` menulis buku kerja dari rencana yang sama dengan task pane; angka di sana dihitung rumus Excel.
 */
import { jumlah, nilaiUnitLan } from "../core/lan";
import {
  angkaPerIndikator,
  kerangkaPola,
  keteranganPrestasi,
  limaVariabelDariData,
  rekapAlternatifI,
} from "../core/lan-pola";
import {
  INDIKATOR_LAN,
  SKALA_JAWABAN_LAN,
  indikatorTercetak,
  SKOR_IDEAL_LAN,
  VARIABEL_LAN,
  type KategoriLan,
} from "../frameworks/lan1998";
import {
  BANYAK_VARIABEL_UTAMA,
  KATEGORI_PELAYANAN_LAN,
  SIFAT_PELAYANAN_LAN,
  TIPE_KRITERIA_LAN,
  adalahPolaTipe,
  type PolaTipe,
} from "../frameworks/lan1998-instrumen";
import { rencanaLan, variabelDipakai, type PolaLan } from "../plans/lan";
import type { IsianAlternatifI } from "../plans/lan-alternatif1";
import { isiMasukan, type NilaiSel, type RencanaBukuKerja } from "../plans/rencana";
import { buatTampilan, type Tampilan } from "./angka";
import { GalatCli, diTempat } from "./galat";
import { angkaSel, bacaCsv, indeksKolom } from "./csv";
import { susunTabel } from "./skm";

const POLA_CLI: Readonly<Record<string, PolaLan>> = { lengkap: "lengkap", lima: "lima", "lima-data": "limaData" };
export const PILIHAN_POLA_CLI = Object.keys(POLA_CLI);

// ---------- kinerja lan nilai ----------

export interface OpsiLanNilai {
  input: string;
  tipe: string;
  pola?: string;
  perIndikator?: boolean;
}

export interface HasilLanNilai {
  tipe: PolaTipe;
  pola: PolaLan;
  /** Nomor variabel yang dipakai, urut peringkat bila pola lima. */
  variabel: number[];
  unit: {
    unit: string;
    total: number;
    maksimum: number;
    nilai1000: number;
    kategori: KategoriLan;
    perIndikator?: { no: number; skor: number; angka: number; kategori: KategoriLan }[];
  }[];
  /** Skor per unit per nomor indikator (untuk --xlsx; tidak ikut JSON). */
  skor: Map<string, Map<number, number>>;
}

/** Bobot Indikator 1–89 pola itu: tercetak Tabel 4.11–4.13 (satu tipe, seperti lembar) atau gabungan (II+III). */
const bobotPola = (tipe: PolaTipe): number[] =>
  tipe === "II+III" ? kerangkaPola(tipe).bobotIndikator : indikatorTercetak(tipe).map((x) => x.bobot);

/** Variabel yang wajib dinilai: pola lima-data dipilih dari Σ Bobot Indikator tiap variabel (sama dengan lembar). */
function variabelTerpakai(tipe: PolaTipe, pola: PolaLan, bobot: readonly number[]): number[] {
  if (pola !== "limaData") return variabelDipakai(tipe, pola).map((v) => v.no);
  const perVariabel = VARIABEL_LAN.map((v) => jumlah(v.indikator.map((i) => bobot[i.no - 1])));
  return limaVariabelDariData(perVariabel, BANYAK_VARIABEL_UTAMA).map((v) => v.no);
}

export function hitungLanNilai(o: OpsiLanNilai): HasilLanNilai {
  const tipe = o.tipe.replace(/\s/g, "").toUpperCase();
  if (!adalahPolaTipe(tipe)) throw new GalatCli(`--tipe "${o.tipe}" tidak dikenal (I, II, III atau II+III)`);
  const pola = POLA_CLI[o.pola ?? "lengkap"];
  if (!pola) throw new GalatCli(`--pola "${o.pola}" tidak dikenal (${PILIHAN_POLA_CLI.join(", ")})`);
  const t = bacaCsv(o.input);
  const berkas = t.berkas;
  if (t.kolom[0] !== "indikator")
    throw new GalatCli(
      `${berkas} baris 1, kolom 1: judul "${t.kolom[0]}", seharusnya "indikator" (lalu satu kolom per unit)`,
    );
  const unit = t.kolom.slice(1);
  if (unit.length === 0) throw new GalatCli(`${berkas} baris 1: tidak ada kolom unit setelah "indikator"`);
  unit.forEach((u, k) => {
    if (u === "") throw new GalatCli(`${berkas} baris 1, kolom ${k + 2}: nama unit kosong`);
    if (unit.indexOf(u) !== k) throw new GalatCli(`${berkas} baris 1, kolom ${k + 2}: unit "${u}" muncul dua kali`);
  });
  const skor = new Map(unit.map((u) => [u, new Map<number, number>()]));
  const dilihat = new Map<number, number>();
  for (const b of t.baris) {
    const no = angkaSel(t, b.baris, "indikator", b.sel[0]);
    if (!Number.isInteger(no) || no < 1 || no > INDIKATOR_LAN.length)
      throw new GalatCli(
        `${berkas} baris ${b.baris}, kolom indikator: "${b.sel[0]}" bukan nomor indikator 1–${INDIKATOR_LAN.length}`,
      );
    if (dilihat.has(no))
      throw new GalatCli(
        `${berkas} baris ${b.baris}, kolom indikator: indikator ${no} sudah ada di baris ${dilihat.get(no)}`,
      );
    dilihat.set(no, b.baris);
    unit.forEach((u, k) => {
      const x = angkaSel(t, b.baris, u, b.sel[k + 1] ?? "");
      if (!Number.isInteger(x) || x < SKALA_JAWABAN_LAN.min || x > SKALA_JAWABAN_LAN.maks)
        throw new GalatCli(
          `${berkas} baris ${b.baris}, kolom ${u}: skor ${b.sel[k + 1]} bukan bilangan bulat ${SKALA_JAWABAN_LAN.min}–${SKALA_JAWABAN_LAN.maks}`,
        );
      skor.get(u)?.set(no, x);
    });
  }
  const semua = diTempat(berkas, () => bobotPola(tipe));
  const variabel = variabelTerpakai(tipe, pola, semua);
  const indikator = variabel.flatMap((no) => VARIABEL_LAN[no - 1].indikator.map((i) => i.no));
  const hilang = indikator.filter((no) => !dilihat.has(no));
  if (hilang.length > 0)
    throw new GalatCli(
      `${berkas}: indikator ${hilang.slice(0, 10).join(", ")}${hilang.length > 10 ? `, … (${hilang.length} indikator)` : ""} tidak ada; pola ` +
        `${o.pola ?? "lengkap"} tipe ${tipe} memerlukannya`,
    );
  // pola lima: bobot dibagi ulang agar Σ = Skor Ideal (sama dengan kolom "Bobot dibagi ulang" lembar)
  const b0 = indikator.map((no) => semua[no - 1]);
  const faktor = pola === "lengkap" ? 1 : SKOR_IDEAL_LAN / jumlah(b0);
  const bobot = b0.map((x) => x * faktor);
  const peta = indikator.map((no) => INDIKATOR_LAN[no - 1].variabel);
  return {
    tipe,
    pola,
    variabel,
    unit: unit.map((u) => {
      const s = indikator.map((no) => skor.get(u)?.get(no) as number);
      const h = diTempat(berkas, () => nilaiUnitLan(s, bobot, peta));
      const per = o.perIndikator
        ? diTempat(berkas, () => angkaPerIndikator(s)).map((x, i) => ({ no: indikator[i], skor: s[i], ...x }))
        : undefined;
      return {
        unit: u,
        total: h.total,
        maksimum: h.maksimum,
        nilai1000: h.nilai1000,
        kategori: h.kategori,
        ...(per ? { perIndikator: per } : {}),
      };
    }),
    skor,
  };
}

export function rencanaLanNilaiDariCsv(h: HasilLanNilai, perIndikator: boolean): RencanaBukuKerja {
  const unit = h.unit.map((u) => u.unit);
  const r = rencanaLan({ tipe: h.tipe, pola: h.pola, mode: "nilaiUnit", unit, perIndikator });
  const nilai = new Map<string, NilaiSel>();
  for (const [u, m] of h.skor) for (const [no, x] of m) nilai.set(`skor|i=${no}|u=${u}`, x);
  // skor indikator variabel yang tidak dipakai pola lima (Tabel 4.7) tidak punya sel: itu bukan galat
  return isiMasukan(r, nilai).rencana;
}

export function formatLanNilai(h: HasilLanNilai): string {
  const ringkas = susunTabel(
    ["Unit", "Total", "Maksimum", "Nilai (skala 1000)", "Kategori"],
    h.unit.map((u) => [u.unit, u.total.toFixed(4), u.maksimum.toFixed(4), u.nilai1000.toFixed(2), u.kategori]),
  );
  let teks = `Pola LAN 1998 tipe ${h.tipe}, pola ${h.pola}; variabel: ${h.variabel.map((v) => `V${v}`).join(", ")}\n${ringkas}\n`;
  for (const u of h.unit) {
    if (!u.perIndikator) continue;
    teks += `\nAngka per indikator (Alternatif II) — ${u.unit}\n${susunTabel(
      ["Indikator", "Skor", "Angka", "Kategori"],
      u.perIndikator.map((x) => [String(x.no), String(x.skor), x.angka.toFixed(2), x.kategori]),
    )}\n`;
  }
  return teks;
}

// ---------- kinerja lan lima ----------

/** CSV `no,total[,nama]` → lima variabel dengan Bobot Variabel terbesar dan bobot dibagi ulangnya. */
export interface HasilLanLima {
  skorIdeal: number;
  banyak: number;
  variabel: { peringkat: number; no: number; nama?: string; total: number; bobot: number }[];
}

export function hitungLanLima(o: {
  input: string;
  banyak?: number;
  skorIdeal?: number;
}): HasilLanLima & { desimalKoma: boolean } {
  const t = bacaCsv(o.input);
  const iNo = indeksKolom(t, "no");
  const iTotal = indeksKolom(t, "total");
  const iNama = t.kolom.indexOf("nama");
  if (t.baris.length === 0) throw new GalatCli(`${t.berkas}: tidak ada baris data di bawah judul`);
  const baris = t.baris.map((b) => ({
    no: angkaSel(t, b.baris, "no", b.sel[iNo]),
    total: angkaSel(t, b.baris, "total", b.sel[iTotal]),
    nama: iNama >= 0 ? b.sel[iNama] : undefined,
  }));
  const banyak = o.banyak ?? BANYAK_VARIABEL_UTAMA;
  const skorIdeal = o.skorIdeal ?? SKOR_IDEAL_LAN;
  const lima = diTempat(t.berkas, () =>
    limaVariabelDariData(
      baris.map((b) => b.total),
      banyak,
      skorIdeal,
    ),
  );
  const hasil = lima.map((v) => ({
    peringkat: v.peringkat,
    no: baris[v.no - 1].no,
    ...(baris[v.no - 1].nama ? { nama: baris[v.no - 1].nama } : {}),
    total: baris[v.no - 1].total,
    bobot: v.bobot,
  }));
  return { skorIdeal, banyak, variabel: hasil, desimalKoma: t.desimalKoma };
}

/** Teks untuk manusia; angka dibulatkan hanya untuk tampilan, dengan tanda desimal `t`. */
export function formatLanLima(h: HasilLanLima, t: Tampilan = buatTampilan(false)): string {
  return `Lima variabel utama dari data (aturan Tabel 4.7), Skor Ideal ${t.angka(h.skorIdeal)}\n${susunTabel(
    ["Peringkat", "No", "Total", "Bobot dibagi ulang", "Nama"],
    h.variabel.map((v) => [String(v.peringkat), String(v.no), t.angka(v.total), t.tetap(v.bobot, 7), v.nama ?? ""]),
  )}\n`;
}

// ---------- kinerja lan prestasi ----------

export interface HasilLanPrestasi {
  jenis: (IsianAlternatifI & { keterangan: string })[];
  rekap: ReturnType<typeof rekapAlternatifI>;
}

/** CSV `jenis,kategori,sifat,tipe,tingkat` (satu baris per jenis pelayanan) → keterangan dan rekap. */
export function hitungLanPrestasi(input: string): HasilLanPrestasi {
  const t = bacaCsv(input);
  const i = {
    jenis: indeksKolom(t, "jenis"),
    tingkat: indeksKolom(t, "tingkat"),
    kategori: t.kolom.indexOf("kategori"),
    sifat: t.kolom.indexOf("sifat"),
    tipe: t.kolom.indexOf("tipe"),
  };
  if (t.baris.length === 0) throw new GalatCli(`${t.berkas}: tidak ada baris data di bawah judul`);
  const pilihan = (
    b: { baris: number; sel: string[] },
    k: number,
    nama: string,
    daftar: readonly string[],
  ): string | undefined => {
    if (k < 0 || (b.sel[k] ?? "").trim() === "") return undefined;
    const v = daftar.find((d) => d.toLowerCase() === b.sel[k].trim().toLowerCase());
    if (!v)
      throw new GalatCli(
        `${t.berkas} baris ${b.baris}, kolom ${nama}: "${b.sel[k]}" bukan salah satu dari ${daftar.join(", ")}`,
      );
    return v;
  };
  const jenis = t.baris.map((b) => {
    const tingkat = angkaSel(t, b.baris, "tingkat", b.sel[i.tingkat]);
    if (!Number.isInteger(tingkat) || tingkat < 1 || tingkat > 5)
      throw new GalatCli(`${t.berkas} baris ${b.baris}, kolom tingkat: ${b.sel[i.tingkat]} bukan tingkat prestasi 1–5`);
    const isi: IsianAlternatifI = {
      jenis: b.sel[i.jenis].trim(),
      ...(pilihan(b, i.kategori, "kategori", KATEGORI_PELAYANAN_LAN)
        ? { kategori: pilihan(b, i.kategori, "kategori", KATEGORI_PELAYANAN_LAN) }
        : {}),
      ...(pilihan(b, i.sifat, "sifat", SIFAT_PELAYANAN_LAN)
        ? { sifat: pilihan(b, i.sifat, "sifat", SIFAT_PELAYANAN_LAN) }
        : {}),
      ...(pilihan(b, i.tipe, "tipe", TIPE_KRITERIA_LAN) ? { tipe: pilihan(b, i.tipe, "tipe", TIPE_KRITERIA_LAN) } : {}),
      tingkat,
    };
    return { ...isi, keterangan: keteranganPrestasi(tingkat) };
  });
  return { jenis, rekap: diTempat(t.berkas, () => rekapAlternatifI(jenis.map((j) => j.tingkat as number))) };
}

/** Teks untuk manusia: tabel jenis pelayanan dan rekap. */
export function formatLanPrestasi(h: HasilLanPrestasi): string {
  const tabel = susunTabel(
    ["Jenis pelayanan", "Kategori", "Sifat", "Tipe", "Tingkat", "Keterangan"],
    h.jenis.map((j) => [j.jenis, j.kategori ?? "", j.sifat ?? "", j.tipe ?? "", String(j.tingkat), j.keterangan]),
  );
  const r = h.rekap;
  return (
    `Instrumen Alternatif I (LAN 1998)\n${tabel}\n\nBanyak per tingkat 1–5: ` +
    `${r.banyak.join(", ")}; rata-rata ${r.rataRata.toFixed(2)} (${r.keterangan})\n`
  );
}
