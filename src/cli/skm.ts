/**
 * Subperintah `kinerja skm --input JAWABAN.csv [--aturan 2017|2004] [--penimbang tepat|cetak] [--json]`:
 * NRR tiap unsur, indeks, nilai SKM/IKM, mutu dan kinerja dari jawaban responden (PermenPAN-RB 14/2017,
 * KepmenPAN 25/2004). Satu baris per responden, kolom U1…U9 (atau U1…U14 untuk 2004); kolom pengenal
 * `no`, `responden` atau `nama` boleh ada dan diabaikan. Sel jawaban kosong = responden tidak menjawab
 * unsur itu (dikeluarkan dari rata-rata unsur itu saja, seperti inti perhitungan).
 */
import type { Presets as PresetsT, SingleBar as SingleBarT } from "cli-progress";
import { hitungSkm } from "../core/skm";
import { ATURAN_SKM_BAWAAN, SKALA_JAWABAN_SKM, UNSUR_BAWAAN, type AturanSkm } from "../frameworks/skm";
import { buatTampilan, terbesar, type Tampilan } from "./angka";
import { GalatCli, awaliTempat } from "./galat";
import { angkaSel, bacaCsv, type TabelCsv } from "./csv";
import { pesanJudulKembar } from "../core/skm-siklus-tabel";

export interface OpsiSkm {
  input: string;
  aturan?: AturanSkm;
  penimbang?: "tepat" | "cetak";
  json?: boolean;
}

export interface HasilSkmCli {
  aturan: AturanSkm;
  penimbang: "tepat" | "cetak";
  responden: number;
  unsur: string[];
  banyakJawaban: number[];
  nrr: number[];
  nrrTertimbang: number[];
  indeks: number;
  nilai: number;
  mutu: string;
  kinerja: string;
  /** Jawaban apa adanya (baris responden × unsur, "" = tidak menjawab), untuk --xlsx; tidak ikut JSON. */
  jawaban: (number | "")[][];
  /** Berkas masukan berkoma desimal (tampilan bawaan); tidak ikut JSON. */
  desimalKoma?: boolean;
}

/** Kolom pengenal responden yang boleh ada di samping kolom unsur. */
export const KOLOM_PENGENAL_SKM = ["no", "responden", "nama"] as const;

/** Tabel teks rata kanan (kolom pertama rata kiri); dipakai semua subperintah. */
export function susunTabel(judul: string[], isi: string[][]): string {
  const lebar = judul.map((j, k) =>
    terbesar(
      isi.map((r) => (r[k] ?? "").length),
      j.length,
    ),
  );
  return [judul, ...isi]
    .map((r) =>
      r
        .map((c, k) => (k === 0 ? (c ?? "").padEnd(lebar[k]) : (c ?? "").padStart(lebar[k])))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

/** Menjalankan pekerjaan per baris dengan bilah kemajuan (stderr, hanya bila stderr adalah terminal dan barisnya banyak). */
export function denganKemajuan<T>(banyak: number, label: string, kerja: (kemajuan: (i: number) => void) => T): T {
  const stderr = process.stderr as NodeJS.WriteStream;
  if (!stderr.isTTY || banyak < 50_000) return kerja(() => undefined);
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- dimuat hanya bila bilah ditampilkan (mulai ramping, issue 26)
  const { Presets, SingleBar } = require("cli-progress") as { Presets: typeof PresetsT; SingleBar: typeof SingleBarT };
  const bilah = new SingleBar(
    {
      stream: stderr,
      format: `${label} [{bar}] {percentage}% | {value}/{total}`,
      clearOnComplete: true,
      hideCursor: true,
    },
    Presets.shades_classic,
  );
  bilah.start(banyak, 0);
  try {
    return kerja((i) => {
      if (i % 10_000 === 0) bilah.update(i);
    });
  } finally {
    bilah.stop();
  }
}

function nomorUnsur(kolom: string): number | null {
  const m = /^u(\d+)$/.exec(kolom);
  return m ? Number(m[1]) : null;
}

/** Memeriksa judul: tepat U1…Un (urutan bebas) ditambah kolom pengenal; mengembalikan indeks kolom U1…Un. */
function kolomUnsur(t: TabelCsv, aturan: AturanSkm): number[] {
  const n = UNSUR_BAWAAN[aturan].length;
  const dilihat = new Map<string, number>();
  t.kolom.forEach((k, i) => {
    if (k === "") throw new GalatCli(`${t.berkas} baris 1, kolom ${i + 1}: judul kolom kosong (seharusnya U1…U${n})`);
    if (dilihat.has(k)) throw new GalatCli(pesanJudulKembar(t.berkas, t.judul, dilihat.get(k)!, i));
    dilihat.set(k, i);
    const no = nomorUnsur(k);
    const pengenal = (KOLOM_PENGENAL_SKM as readonly string[]).includes(k);
    if (!pengenal && (no === null || no < 1 || no > n)) {
      const saran =
        aturan === "2017" && no !== null && no > 9 && no <= 14 ? "; untuk 14 unsur IKM pakai --aturan 2004" : "";
      throw new GalatCli(
        `${t.berkas} baris 1, kolom ${i + 1}: kolom "${t.judul[i]}" tidak dikenal (aturan ${aturan} memakai U1…U${n}${saran})`,
      );
    }
  });
  const indeks: number[] = [];
  for (let j = 1; j <= n; j++) {
    const i = dilihat.get(`u${j}`);
    if (i === undefined)
      throw new GalatCli(`${t.berkas}: kolom "U${j}" tidak ada (aturan ${aturan} memerlukan U1…U${n})`);
    indeks.push(i);
  }
  return indeks;
}

/** Membaca CSV jawaban dan menghitung SKM/IKM; setiap masalah masukan menjadi GalatCli (kode 2). */
export function hitungSkmDariCsv(opsi: OpsiSkm): HasilSkmCli {
  const aturan = opsi.aturan ?? ATURAN_SKM_BAWAAN;
  if (aturan !== "2017" && aturan !== "2004")
    throw new GalatCli(`--aturan "${String(aturan)}" tidak dikenal (2017 atau 2004)`);
  const penimbang = opsi.penimbang ?? "tepat";
  if (penimbang !== "tepat" && penimbang !== "cetak")
    throw new GalatCli(`--penimbang "${String(penimbang)}" tidak dikenal (tepat atau cetak)`);
  const t = bacaCsv(opsi.input);
  const idx = kolomUnsur(t, aturan);
  if (t.baris.length === 0) throw new GalatCli(`${t.berkas}: tidak ada baris responden di bawah judul`);
  const { min, maks } = SKALA_JAWABAN_SKM;
  const jawaban = denganKemajuan(t.baris.length, "Membaca jawaban", (maju) =>
    t.baris.map((b, r) => {
      maju(r);
      let terisi = 0;
      const baris = idx.map((i, j) => {
        const teks = b.sel[i];
        if (teks.trim() === "") return "";
        const x = angkaSel(t, b.baris, `U${j + 1}`, teks);
        if (!Number.isInteger(x) || x < min || x > maks)
          throw new GalatCli(
            `${t.berkas} baris ${b.baris}, kolom U${j + 1}: jawaban "${teks}" bukan bilangan bulat ${min}–${maks}`,
          );
        terisi++;
        return x;
      });
      if (terisi === 0) throw new GalatCli(`${t.berkas} baris ${b.baris}: responden tidak menjawab satu unsur pun`);
      return baris;
    }),
  );
  idx.forEach((_, j) => {
    if (jawaban.every((r) => r[j] === ""))
      throw new GalatCli(`${t.berkas}, kolom U${j + 1}: tidak ada satu jawaban pun, NRR unsur ini tidak terdefinisi`);
  });
  try {
    const h = hitungSkm(jawaban, penimbang, aturan);
    return {
      aturan,
      penimbang,
      responden: jawaban.length,
      unsur: [...UNSUR_BAWAAN[aturan]],
      banyakJawaban: h.banyakJawaban,
      nrr: h.nrr,
      nrrTertimbang: h.nrrTertimbang,
      indeks: h.indeks,
      nilai: h.nilai,
      mutu: h.mutu,
      kinerja: h.kinerja,
      jawaban,
      desimalKoma: t.desimalKoma,
    };
  } catch (e) {
    throw awaliTempat(e, t.berkas);
  }
}

/** Teks untuk manusia; angka dibulatkan hanya untuk tampilan. */
export function formatSkm(h: HasilSkmCli, t: Tampilan = buatTampilan(false)): string {
  const isi = h.nrr.map((v, j) => [
    `U${j + 1}`,
    h.unsur[j] ?? "",
    String(h.banyakJawaban[j]),
    t.tetap(v, 4),
    t.tetap(h.nrrTertimbang[j], 4),
  ]);
  const tabel = susunTabel(["Unsur", "Nama", "Jawaban", "NRR", "NRR tertimbang"], isi);
  const nama = h.aturan === "2017" ? "SKM (PermenPAN-RB 14/2017)" : "IKM (KepmenPAN 25/2004)";
  return (
    `${nama}, penimbang ${h.penimbang}, ${h.responden} responden\n${tabel}\n` +
    `Indeks: ${t.tetap(h.indeks, 4)}\nNilai: ${t.tetap(h.nilai, 2)}\nMutu: ${h.mutu}\nKinerja: ${h.kinerja}\n`
  );
}

/** `kinerja skm`: teks hasil (JSON satu baris bila `json`). */
export function jalankanSkm(opsi: OpsiSkm): string {
  const h = hitungSkmDariCsv(opsi);
  return opsi.json ? jsonSkm(h) : formatSkm(h);
}

/** JSON satu baris: {"aturan", "penimbang", "responden", "banyakJawaban", "nrr", …, "mutu", "kinerja"}. */
export function jsonSkm(h: HasilSkmCli): string {
  return JSON.stringify(objekJsonSkm(h)) + "\n";
}

/** Objek JSON SKM (tanpa nama unsur, jawaban mentah dan tanda desimal masukan). */
export function objekJsonSkm(h: HasilSkmCli): object {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- nama unsur dan jawaban mentah tidak ikut JSON
  const { unsur, jawaban, desimalKoma, ...publik } = h;
  return publik;
}
