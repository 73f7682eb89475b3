/**
 * Subperintah `kinerja servqual --input FILE.csv [--peta MAP.csv] [--bobot 20,20,20,20,20] [--json]`:
 * gap SERVQUAL per dimensi, gap tak tertimbang dan tertimbang. Kolom P1…Pn (persepsi) dan E1…En
 * (harapan), satu baris per responden; kolom lain diabaikan; sel kosong = butir tidak dijawab (dilewati).
 */
import { GalatKinerja } from "../core/errors";
import { hitungServqual, type HasilServqual } from "../core/servqual";
import { JUMLAH_BUTIR_SERVQUAL, SKALA_SERVQUAL } from "../frameworks/servqual";
import { GalatCli, angkaSel, bacaCsv, indeksKolom, type TabelCsv } from "./csv";

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
    if (peta.has(n)) throw new GalatCli(`${t.berkas}: kolom ${huruf.toUpperCase()}${n} muncul dua kali`);
    peta.set(n, i);
  });
  if (peta.size === 0) throw new GalatCli(`${t.berkas}: tidak ada kolom ${huruf.toUpperCase()}1…${huruf.toUpperCase()}n`);
  const hasil: number[] = [];
  for (let n = 1; n <= peta.size; n++) {
    const i = peta.get(n);
    if (i === undefined) throw new GalatCli(`${t.berkas}: kolom ${huruf.toUpperCase()}${n} tidak ada (kolom ${huruf.toUpperCase()} harus bernomor 1…n tanpa celah)`);
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
      if (x < SKALA_SERVQUAL.min || x > SKALA_SERVQUAL.maks) throw new GalatCli(`${t.berkas} baris ${b.baris}, kolom ${nama}: ${sel} di luar skala ${SKALA_SERVQUAL.min}–${SKALA_SERVQUAL.maks}`);
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
    if (!Number.isInteger(no) || no < 1 || no > n) throw new GalatCli(`${berkas} baris ${b.baris}, kolom butir: "${b.sel[iB]}" bukan nomor butir 1–${n}`);
    if (peta[no - 1] !== undefined) throw new GalatCli(`${berkas} baris ${b.baris}, kolom butir: butir ${no} sudah dipetakan`);
    const d = b.sel[iD].trim();
    if (d === "") throw new GalatCli(`${berkas} baris ${b.baris}, kolom dimensi: kosong`);
    peta[no - 1] = d;
  });
  const hilang = peta.findIndex((d) => d === undefined);
  if (hilang >= 0) throw new GalatCli(`${berkas}: butir ${hilang + 1} tidak dipetakan ke dimensi`);
  return peta as string[];
}

/** Mengurai "20,20,20,20,20" (titik desimal). */
export function uraiBobot(teks: string): number[] {
  const bagian = teks.split(",").map((s) => s.trim());
  return bagian.map((s, i) => {
    const x = /^\d+(\.\d+)?$/.test(s) ? Number(s) : NaN;
    if (!Number.isFinite(x)) throw new GalatCli(`--bobot: bagian ke-${i + 1} "${s}" bukan angka tidak negatif (contoh: --bobot 20,20,20,20,20)`);
    return x;
  });
}

/** Menghitung SERVQUAL dari berkas; galat menjadi GalatCli (kode keluar 2). */
export function hitungServqualDariCsv(opsi: OpsiServqual): HasilServqual {
  const t = bacaCsv(opsi.input);
  if (t.baris.length === 0) throw new GalatCli(`${opsi.input}: tidak ada baris data di bawah judul`);
  const ip = kolomButir(t, "p");
  const ie = kolomButir(t, "e");
  if (ip.length !== ie.length) throw new GalatCli(`${opsi.input}: ada ${ip.length} kolom P tetapi ${ie.length} kolom E`);
  if (!opsi.peta && ip.length !== JUMLAH_BUTIR_SERVQUAL) throw new GalatCli(`${opsi.input}: ada ${ip.length} butir; peta bawaan untuk ${JUMLAH_BUTIR_SERVQUAL} butir, berikan --peta`);
  const persepsi = bacaJawaban(t, ip, "P");
  const harapan = bacaJawaban(t, ie, "E");
  const peta = opsi.peta ? bacaPeta(opsi.peta, ip.length) : null;
  const bobot = opsi.bobot !== undefined ? uraiBobot(opsi.bobot) : null;
  try {
    return hitungServqual(persepsi, harapan, peta, bobot);
  } catch (e) {
    if (e instanceof GalatKinerja) throw new GalatCli(`${opsi.bobot !== undefined && /bobot/.test(e.message) ? "--bobot" : opsi.input}: ${e.message}`);
    throw e;
  }
}

/** Teks untuk manusia; angka dibulatkan 4 desimal hanya untuk tampilan. */
export function formatServqual(h: HasilServqual): string {
  const judul = ["Dimensi", "Persepsi", "Harapan", "Gap"];
  const isi = h.dimensi.map((d) => [d.nama, d.persepsi.toFixed(4), d.harapan.toFixed(4), d.gap.toFixed(4)]);
  const lebar = judul.map((j, k) => Math.max(j.length, ...isi.map((r) => r[k].length)));
  const baris = [judul, ...isi].map((r) => r.map((c, k) => (k === 0 ? c.padEnd(lebar[k]) : c.padStart(lebar[k]))).join("  ").trimEnd());
  return `${baris.join("\n")}\nGap tak tertimbang: ${h.gap.toFixed(4)}\nGap tertimbang: ${h.gapTertimbang === null ? "- (tanpa --bobot)" : h.gapTertimbang.toFixed(4)}\n`;
}

/** `kinerja servqual`: mengembalikan seluruh keluaran sekaligus; melempar GalatCli bila masukan tidak dapat dipakai. */
export function jalankanServqual(opsi: OpsiServqual): string {
  const h = hitungServqualDariCsv(opsi);
  if (opsi.json) return JSON.stringify({ dimensi: h.dimensi.map((d) => ({ nama: d.nama, persepsi: d.persepsi, harapan: d.harapan, gap: d.gap })), gap: h.gap, gapTertimbang: h.gapTertimbang }) + "\n";
  return formatServqual(h);
}
