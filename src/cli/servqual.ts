/**
 * Subperintah `kinerja servqual --input FILE.csv [--peta MAP.csv] [--bobot 20,20,20,20,20] [--xlsx F] [--json]`:
 * gap SERVQUAL per dimensi, gap tak tertimbang dan tertimbang. Kolom P1…Pn (persepsi) dan E1…En
 * (harapan), satu baris per responden; kolom lain diabaikan; sel kosong = butir tidak dijawab (dilewati).
 */
import { gapTertimbang, hitungServqual, type HasilServqual } from "../core/servqual";
import { JUMLAH_BUTIR_SERVQUAL, SKALA_SERVQUAL } from "../frameworks/servqual";
import { InvalidArgumentError } from "commander";
import { rencanaServqual } from "../plans/servqual";
import type { RencanaBukuKerja } from "../plans/rencana";
import { angkaOpsi, buatTampilan, terbesar, type Tampilan } from "./angka";
import { GalatCli, diTempat } from "./galat";
import { angkaSel, bacaCsv, indeksKolom, type TabelCsv } from "./csv";
import { pesanJudulKembar } from "../core/skm-siklus-tabel";

export interface OpsiServqual {
  input: string;
  peta?: string;
  bobot?: string;
  json?: boolean;
}

/** Nomor butir kolom berawalan huruf (p/e) → indeks kolom, urut nomor; harus 1…n tanpa celah. */
function kolomButir(t: TabelCsv, huruf: "p" | "e"): number[] {
  const peta = new Map<number, number>();
  t.kolom.forEach((k, i) => {
    const m = k.match(new RegExp(`^${huruf}(\\d+)$`));
    if (!m) return;
    const n = Number(m[1]);
    if (peta.has(n)) throw new GalatCli(pesanJudulKembar(t.berkas, t.judul, peta.get(n)!, i));
    peta.set(n, i);
  });
  if (peta.size === 0)
    throw new GalatCli(`${t.berkas}: tidak ada kolom ${huruf.toUpperCase()}1…${huruf.toUpperCase()}n`);
  const hasil: number[] = [];
  for (let n = 1; n <= peta.size; n++) {
    const i = peta.get(n);
    if (i === undefined)
      throw new GalatCli(
        `${t.berkas}: kolom ${huruf.toUpperCase()}${n} tidak ada (kolom ${huruf.toUpperCase()} harus bernomor 1…n tanpa celah)`,
      );
    hasil.push(i);
  }
  return hasil;
}

function bacaJawaban(t: TabelCsv, indeks: number[], huruf: string): number[][] {
  return indeks.map((i, j) => {
    const nama = `${huruf}${j + 1}`;
    const jawaban: number[] = [];
    for (const b of t.baris) {
      const sel = b.sel[i];
      if (sel.trim() === "") continue;
      const x = angkaSel(t, b.baris, nama, sel);
      if (x < SKALA_SERVQUAL.min || x > SKALA_SERVQUAL.maks)
        throw new GalatCli(
          `${t.berkas} baris ${b.baris}, kolom ${nama}: ${sel} di luar skala ${SKALA_SERVQUAL.min}–${SKALA_SERVQUAL.maks}`,
        );
      jawaban.push(x);
    }
    if (jawaban.length === 0) throw new GalatCli(`${t.berkas}, kolom ${nama}: tidak ada jawaban`);
    return jawaban;
  });
}

/** Membaca peta `butir,dimensi`; setiap butir 1…n tepat sekali. */
function bacaPeta(berkas: string, n: number): string[] {
  const t = bacaCsv(berkas);
  const iB = indeksKolom(t, "butir");
  const iD = indeksKolom(t, "dimensi");
  const peta: (string | undefined)[] = Array.from({ length: n }, () => undefined);
  t.baris.forEach((b) => {
    const no = angkaSel(t, b.baris, "butir", b.sel[iB]);
    if (!Number.isInteger(no) || no < 1 || no > n)
      throw new GalatCli(`${berkas} baris ${b.baris}, kolom butir: "${b.sel[iB]}" bukan nomor butir 1–${n}`);
    if (peta[no - 1] !== undefined)
      throw new GalatCli(`${berkas} baris ${b.baris}, kolom butir: butir ${no} sudah dipetakan`);
    const d = b.sel[iD].trim();
    if (d === "") throw new GalatCli(`${berkas} baris ${b.baris}, kolom dimensi: kosong`);
    peta[no - 1] = d;
  });
  const hilang = peta.findIndex((d) => d === undefined);
  if (hilang >= 0) throw new GalatCli(`${berkas}: butir ${hilang + 1} tidak dipetakan ke dimensi`);
  return peta as string[];
}

/**
 * Mengurai daftar bobot: "20,20,20,20,20" (dipisah koma, titik desimal: "22.5,17.5,…") atau
 * "22,5;17,5;20;20;20" (dipisah titik koma, koma desimal seperti lokal Indonesia).
 */
export function uraiBobot(teks: string): number[] {
  const titikKoma = teks.includes(";");
  const bagian = teks.split(titikKoma ? ";" : ",").map((s) => s.trim());
  return bagian.map((s, i) => {
    let x = NaN;
    if (titikKoma) {
      try {
        x = angkaOpsi("--bobot", s);
      } catch (e) {
        if (!(e instanceof InvalidArgumentError)) throw e;
      }
    } else if (/^\d+(\.\d+)?$/.test(s)) x = Number(s);
    if (!Number.isFinite(x) || x < 0)
      throw new GalatCli(
        `--bobot: bagian ke-${i + 1} "${s}" bukan angka tidak negatif (contoh: --bobot 20,20,20,20,20 atau --bobot "22,5;17,5;20;20;20")`,
      );
    return x;
  });
}

export interface HasilServqualCli extends HasilServqual {
  desimalKoma: boolean;
  /** Untuk --xlsx: jawaban responden × butir apa adanya (undefined = kosong), peta dan bobot yang dipakai. */
  persepsiMentah: (number | undefined)[][];
  harapanMentah: (number | undefined)[][];
  peta: string[] | null;
  bobot: number[] | null;
}

/** Jawaban per responden × butir (sel kosong = undefined), untuk buku kerja --xlsx. */
function matriks(t: TabelCsv, indeks: number[], huruf: string): (number | undefined)[][] {
  return t.baris.map((b) =>
    indeks.map((i, j) => (b.sel[i].trim() === "" ? undefined : angkaSel(t, b.baris, `${huruf}${j + 1}`, b.sel[i]))),
  );
}

/** Menghitung SERVQUAL dari berkas; galat menyebut berkas (atau --bobot). */
export function hitungServqualDariCsv(opsi: OpsiServqual): HasilServqualCli {
  const t = bacaCsv(opsi.input);
  if (t.baris.length === 0) throw new GalatCli(`${opsi.input}: tidak ada baris data di bawah judul`);
  const ip = kolomButir(t, "p");
  const ie = kolomButir(t, "e");
  if (ip.length !== ie.length)
    throw new GalatCli(`${opsi.input}: ada ${ip.length} kolom P tetapi ${ie.length} kolom E`);
  if (!opsi.peta && ip.length !== JUMLAH_BUTIR_SERVQUAL)
    throw new GalatCli(
      `${opsi.input}: ada ${ip.length} butir; peta bawaan untuk ${JUMLAH_BUTIR_SERVQUAL} butir, berikan --peta`,
    );
  const persepsi = bacaJawaban(t, ip, "P");
  const harapan = bacaJawaban(t, ie, "E");
  const peta = opsi.peta ? bacaPeta(opsi.peta, ip.length) : null;
  const bobot = opsi.bobot !== undefined ? uraiBobot(opsi.bobot) : null;
  // galat data menyebut berkasnya, galat bobot menyebut --bobot (bobot dipakai sesudah gap dimensi dihitung)
  const h = diTempat(opsi.input, () => hitungServqual(persepsi, harapan, peta, null));
  const gapDimensi = h.dimensi.map((d) => d.gap);
  const gapT = bobot ? diTempat("--bobot", () => gapTertimbang(gapDimensi, bobot)) : null;
  return {
    ...h,
    gapTertimbang: gapT,
    desimalKoma: t.desimalKoma,
    persepsiMentah: matriks(t, ip, "P"),
    harapanMentah: matriks(t, ie, "E"),
    peta,
    bobot,
  };
}

/** Rencana --xlsx: lembar SERVQUAL task pane berisi jawaban, peta dan bobot yang sama. */
export function rencanaServqualDariCsv(h: HasilServqualCli): RencanaBukuKerja {
  return rencanaServqual({
    responden: h.persepsiMentah.length,
    ...(h.peta ? { peta: h.peta } : {}),
    ...(h.bobot ? { bobot: h.bobot } : {}),
    persepsi: h.persepsiMentah as number[][],
    harapan: h.harapanMentah as number[][],
  });
}

/** Teks untuk manusia; angka dibulatkan 4 desimal hanya untuk tampilan. */
export function formatServqual(h: HasilServqual, t: Tampilan = buatTampilan(false)): string {
  const judul = ["Dimensi", "Persepsi", "Harapan", "Gap"];
  const isi = h.dimensi.map((d) => [d.nama, t.tetap(d.persepsi, 4), t.tetap(d.harapan, 4), t.tetap(d.gap, 4)]);
  const lebar = judul.map((j, k) =>
    terbesar(
      isi.map((r) => r[k].length),
      j.length,
    ),
  );
  const baris = [judul, ...isi].map((r) =>
    r
      .map((c, k) => (k === 0 ? c.padEnd(lebar[k]) : c.padStart(lebar[k])))
      .join("  ")
      .trimEnd(),
  );
  return (
    `${baris.join("\n")}\nGap tak tertimbang: ${t.tetap(h.gap, 4)}\nGap tertimbang: ` +
    `${h.gapTertimbang === null ? "- (tanpa --bobot)" : t.tetap(h.gapTertimbang, 4)}\n`
  );
}

/** Objek JSON `servqual`: {dimensi: [{nama, persepsi, harapan, gap}], gap, gapTertimbang}. */
export function objekJsonServqual(h: HasilServqual): object {
  return {
    dimensi: h.dimensi.map((d) => ({ nama: d.nama, persepsi: d.persepsi, harapan: d.harapan, gap: d.gap })),
    gap: h.gap,
    gapTertimbang: h.gapTertimbang,
  };
}

/** `kinerja servqual`: mengembalikan seluruh keluaran sekaligus; melempar GalatCli bila masukan tidak dapat dipakai. */
export function jalankanServqual(opsi: OpsiServqual): string {
  const h = hitungServqualDariCsv(opsi);
  if (opsi.json) return JSON.stringify(objekJsonServqual(h)) + "\n";
  return formatServqual(h);
}
