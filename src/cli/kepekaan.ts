/**
 * Subperintah `kinerja kepekaan --input FILE.csv --bobot w1,w2,… [--pita …] [--sampel N]
 * [--konsentrasi C] [--benih S] [--json]` (issue 15): kepekaan peringkat dan kategori terhadap bobot.
 *
 * FILE: kolom `unit` lalu satu kolom per kriteria, skor sudah pada skala yang dibaca pita:
 * - lan: 17 (atau 5) variabel, nilai variabel unit pada skala 1000; bobot = Bobot Variabel;
 * - pekppp: enam aspek 0–5; bobot = bobot aspek;
 * - skm2017 / skm2004: NRR tiap unsur 1–4 (pita membaca indeks × 25); bobot = penimbang;
 * - pp46: aspek pegawai 0–100; bobot = bobot aspek.
 * Tanpa --pita hanya peringkat yang diperiksa (metode tanpa pita, mis. BSC).
 */
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import {
  bacaPita,
  rentangBobot,
  stabilitasBobot,
  type HasilRentang,
  type HasilStabilitas,
  type IdPita,
  type Rentang,
} from "../core/kepekaan";
import { buatTampilan, type Tampilan } from "./angka";
import { GalatCli, awaliTempat } from "./galat";
import { angkaSel, bacaCsv, dekodeTeks, indeksKolom } from "./csv";
import { rencanaKepekaan } from "../plans/kepekaan";
import type { RencanaBukuKerja } from "../plans/rencana";

export interface OpsiKepekaan {
  input: string;
  bobot: string;
  pita?: IdPita;
  sampel: number;
  konsentrasi: number;
  benih: number;
  json?: boolean;
  /** Tulis juga lembar "Kepekaan bobot" (.xlsx, rumus hidup; rencana yang sama dengan task pane). */
  xlsx?: string;
}

export interface DataKepekaan {
  unit: string[];
  kriteria: string[];
  nilai: number[][];
  /** CSV berkoma desimal (titik koma): keluaran teks memakai koma juga, kecuali --desimal berkata lain. */
  desimalKoma: boolean;
}

/** Judul kolom dengan ejaan pengguna (bacaCsv menyeragamkan huruf kecil untuk pencocokan). */
function judulAsli(berkas: string, jumlah: number): string[] | null {
  try {
    const teks = dekodeTeks(readFileSync(berkas), berkas).replace(/^\uFEFF/, "");
    const pertama = teks.split(/\r?\n/, 1)[0];
    const pemisah = (pertama.match(/;/g) ?? []).length > (pertama.match(/,/g) ?? []).length ? ";" : ",";
    const r = (parse(teks, { delimiter: pemisah, to_line: 1, trim: true, relax_column_count: true }) as string[][])[0];
    return r && r.length === jumlah ? r.map((k) => k.replace(/\s+/g, " ").trim()) : null;
  } catch {
    return null;
  }
}

/** Membaca CSV unit × kriteria. */
export function bacaDataKepekaan(berkas: string): DataKepekaan {
  const t = bacaCsv(berkas);
  const iU = indeksKolom(t, "unit");
  const asli = judulAsli(berkas, t.kolom.length) ?? t.kolom;
  const iK = t.kolom.map((_, i) => i).filter((i) => i !== iU);
  if (iK.length < 2) throw new GalatCli(`${berkas}: perlu paling sedikit dua kolom kriteria selain "unit"`);
  if (t.baris.length === 0) throw new GalatCli(`${berkas}: tidak ada baris data di bawah judul`);
  return {
    unit: t.baris.map((b) => {
      if (b.sel[iU].trim() === "") throw new GalatCli(`${berkas} baris ${b.baris}, kolom unit: kosong`);
      return b.sel[iU].trim();
    }),
    kriteria: iK.map((i) => asli[i]),
    nilai: t.baris.map((b) => iK.map((i) => angkaSel(t, b.baris, asli[i], b.sel[i]))),
    desimalKoma: t.desimalKoma,
  };
}

/** "0.2,0.3,…" atau "0,2;0,3;…" (titik koma = koma desimal). */
export function bacaDaftarBobot(teks: string): number[] {
  const titikKoma = teks.includes(";");
  const bagian = teks.split(titikKoma ? ";" : ",").map((s) => s.trim());
  return bagian.map((s) => {
    const n = titikKoma ? s.replace(",", ".") : s;
    const x = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(n) ? Number(n) : NaN;
    if (!Number.isFinite(x)) throw new GalatCli(`--bobot: "${s}" bukan angka`);
    return x;
  });
}

export interface HasilKepekaan {
  data: DataKepekaan;
  /** Bobot seperti diketik (sebelum dinormalkan). */
  bobotAsli: number[];
  rentang: HasilRentang;
  stabilitas: HasilStabilitas;
}

export function hitungKepekaanDariCsv(o: OpsiKepekaan): HasilKepekaan {
  const data = bacaDataKepekaan(o.input);
  const bobot = bacaDaftarBobot(o.bobot);
  if (bobot.length !== data.kriteria.length)
    throw new GalatCli(
      `--bobot berisi ${bobot.length} angka, ${o.input} punya ${data.kriteria.length} kolom kriteria (${data.kriteria.join(", ")})`,
    );
  try {
    const m = { nilai: data.nilai, bobot, pita: o.pita ? bacaPita(o.pita) : null };
    return {
      data,
      bobotAsli: bobot,
      rentang: rentangBobot(m),
      stabilitas: stabilitasBobot(m, { sampel: o.sampel, konsentrasi: o.konsentrasi, benih: o.benih }),
    };
  } catch (e) {
    throw awaliTempat(e, o.input);
  }
}

/** Bentuk JSON issue 15 (ditambah geserTerkecil per unit). */
export function jsonKepekaan(h: HasilKepekaan): object {
  const { data, rentang: r, stabilitas: s } = h;
  return {
    bobot: r.kriteria.map((k) => ({
      nama: data.kriteria[k.kriteria],
      nilai: k.bobot,
      rentangPeringkat: k.rentangPeringkat,
      rentangKategori: k.rentangKategori,
    })),
    unit: r.unit.map((u, i) => ({
      nama: data.unit[i],
      skor: u.skor,
      kategori: u.kategori,
      peringkat: u.peringkat,
      peluangKategori: s.peluangKategori ? s.peluangKategori[i] : null,
      peringkatMedian: s.peringkatMedian[i],
      peringkatInterval90: s.peringkatInterval90[i],
      geserTerkecil: u.geserTerkecil
        ? {
            bobot: data.kriteria[u.geserTerkecil.kriteria],
            nilai: u.geserTerkecil.nilai,
            kategoriBaru: u.geserTerkecil.kategoriBaru,
          }
        : null,
    })),
    sampel: s.sampel,
    konsentrasi: s.konsentrasi,
    benih: s.benih,
    pita: r.pita?.id ?? null,
  };
}

/** Angka dalam kalimat Bahasa Indonesia: koma desimal. */
const id3 = (x: number): string => x.toFixed(3).replace(".", ",");

function tabel(judul: string[], isi: string[][]): string {
  const lebar = judul.map((j, k) => {
    let m = j.length;
    for (const r of isi) m = Math.max(m, r[k].length);
    return m;
  });
  return [judul, ...isi]
    .map((r) =>
      r
        .map((c, k) => (k === 0 ? c.padEnd(lebar[k]) : c.padStart(lebar[k])))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

/** Teks untuk manusia; angka dibulatkan hanya untuk tampilan. */
export function formatKepekaan(h: HasilKepekaan, t: Tampilan = buatTampilan(false)): string {
  const { data, rentang: r, stabilitas: s } = h;
  const f3 = (x: number): string => t.tetap(x, 3);
  const rtg = (x: Rentang | null): string => (x ? `${f3(x[0])}–${f3(x[1])}` : "-");
  const atas = tabel(
    ["Bobot", "Nilai", "Rentang peringkat", "Rentang kategori"],
    r.kriteria.map((k) => [data.kriteria[k.kriteria], f3(k.bobot), rtg(k.rentangPeringkat), rtg(k.rentangKategori)]),
  );
  const bawah = tabel(
    ["Unit", "Skor", "Kategori", "Peringkat", "Median", "Selang 90%", "Peluang kategori"],
    r.unit.map((u, i) => [
      data.unit[i],
      f3(u.skor),
      u.kategori ?? "-",
      String(u.peringkat),
      String(s.peringkatMedian[i]),
      `${s.peringkatInterval90[i][0]}–${s.peringkatInterval90[i][1]}`,
      s.peluangKategori && u.kategori ? t.persen(s.peluangKategori[i][u.kategori], 1) : "-",
    ]),
  );
  const kalimat = r.unit.map((u, i) => {
    const g = u.geserTerkecil;
    if (!u.kategori) return null;
    if (!g) return `${data.unit[i]} tetap ${u.kategori} walau satu bobot mana pun diubah dari 0 sampai 1.`;
    const [lo, hi] = (u.rentangKategori as Rentang[])[g.kriteria];
    return (
      `${data.unit[i]} tetap ${u.kategori} selama bobot ${data.kriteria[g.kriteria]} antara ` +
      `${id3(lo)} dan ${id3(hi)}; pada ${id3(g.nilai)} menjadi ${g.kategoriBaru}.`
    );
  });
  const catatan = `Bobot dinormalkan (jumlah 1). Sampel Dirichlet: ${s.sampel} tarikan, konsentrasi ${s.konsentrasi}, benih ${s.benih}.`;
  return `${atas}\n\n${bawah}\n\n${kalimat.filter((k) => k !== null).join("\n")}${kalimat.some((k) => k) ? "\n\n" : ""}${catatan}\n`;
}

/** Rencana lembar "Kepekaan bobot" berisi data CSV (angka di buku kerja dihitung oleh rumus Excel). */
export function rencanaKepekaanDariCsv(h: HasilKepekaan, o: Pick<OpsiKepekaan, "sampel" | "benih">): RencanaBukuKerja {
  const { data } = h;
  return rencanaKepekaan({
    kriteria: data.kriteria,
    bobot: h.bobotAsli,
    pita: h.rentang.pita?.id ?? null,
    nama: data.unit,
    nilai: data.nilai,
    sampel: o.sampel,
    benih: o.benih,
  });
}
