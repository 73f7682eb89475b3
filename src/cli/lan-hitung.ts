/**
 * Subperintah `kinerja lan hitung --input SKOR.csv [--tipe I|II|III] [--skor-ideal N] [--json]`:
 * perhitungan Bab III Pola LAN 1998 dari skor mentah indikator × unit.
 *
 * CSV: kolom pertama `indikator` (nomor 1–89, masing-masing tepat sekali, urutan bebas), lalu satu
 * kolom per unit (dinas) berisi skor 1–10. Keluaran: total, proporsi dan Bobot Variabel (17 variabel),
 * proporsi dan Bobot Indikator (89), serta total, proporsi dan bobot tiap unit. Dengan `--tipe`, Bobot
 * Variabel tercetak Lampiran 5–7 tipe itu ikut ditampilkan sebagai pembanding.
 */
import { hitungLan, type HasilHitungLan } from "../core/lan";
import {
  INDIKATOR_LAN,
  SKALA_JAWABAN_LAN,
  SKOR_IDEAL_LAN,
  VARIABEL_LAN,
  VARIABEL_TIAP_INDIKATOR,
  adalahTipeDinas,
  lampiranTercetak,
  type TipeDinas,
} from "../frameworks/lan1998";
import { buatTampilan, type Tampilan } from "./angka";
import { GalatCli, awaliTempat } from "./galat";
import { angkaSel, bacaCsv } from "./csv";
import { susunTabel } from "./skm";

export interface OpsiLanHitung {
  input: string;
  tipe?: TipeDinas;
  skorIdeal?: number;
  json?: boolean;
}

export interface HasilLanHitungCli {
  skorIdeal: number;
  tipe?: TipeDinas;
  unit: string[];
  variabel: { no: number; nama: string; total: number; proporsi: number; bobot: number; bobotTercetak?: number }[];
  indikator: { no: number; variabel: number; total: number; proporsi: number; bobot: number }[];
  perUnit: { unit: string; total: number; proporsi: number; bobot: number }[];
  totalSeluruh: number;
  /** Skor mentah indikator × unit, untuk --xlsx; tidak ikut JSON. */
  skor: number[][];
  /** Berkas masukan berkoma desimal (tampilan bawaan); tidak ikut JSON. */
  desimalKoma?: boolean;
}

/** Membaca CSV skor dan menjalankan hitungLan; setiap masalah masukan menjadi GalatCli (kode 2). */
export function hitungLanDariCsv(opsi: OpsiLanHitung): HasilLanHitungCli {
  const skorIdeal = opsi.skorIdeal ?? SKOR_IDEAL_LAN;
  if (typeof skorIdeal !== "number" || !Number.isFinite(skorIdeal) || skorIdeal <= 0)
    throw new GalatCli(`--skor-ideal harus angka positif, bukan "${String(skorIdeal)}"`);
  if (opsi.tipe !== undefined && !adalahTipeDinas(opsi.tipe))
    throw new GalatCli(`--tipe "${String(opsi.tipe)}" tidak dikenal (I, II atau III)`);
  const t = bacaCsv(opsi.input);
  const berkas = t.berkas;
  if (t.kolom[0] !== "indikator")
    throw new GalatCli(
      `${berkas} baris 1, kolom 1: judul "${t.judul[0]}", seharusnya "indikator" (lalu satu kolom per unit)`,
    );
  if (t.kolom.length < 2) throw new GalatCli(`${berkas} baris 1: tidak ada kolom unit setelah "indikator"`);
  // nama unit persis seperti ejaan pengguna di judul kolom; kembar dicari tanpa membedakan huruf besar/kecil
  const unit = t.judul.slice(1);
  unit.forEach((u, k) => {
    if (u === "") throw new GalatCli(`${berkas} baris 1, kolom ${k + 2}: nama unit kosong`);
    const pertama = t.kolom.indexOf(t.kolom[k + 1], 1);
    if (pertama !== k + 1)
      throw new GalatCli(
        `${berkas} baris 1, kolom ${k + 2}: unit "${u}" muncul dua kali (kolom ${pertama + 1} dan ${k + 2})`,
      );
  });
  const { min, maks } = SKALA_JAWABAN_LAN;
  const barisIndikator = new Map<number, number>();
  const skor = new Array<number[] | undefined>(INDIKATOR_LAN.length);
  for (const b of t.baris) {
    const no = angkaSel(t, b.baris, "indikator", b.sel[0]);
    if (!Number.isInteger(no) || no < 1 || no > INDIKATOR_LAN.length)
      throw new GalatCli(
        `${berkas} baris ${b.baris}, kolom indikator: "${b.sel[0]}" bukan nomor indikator 1–${INDIKATOR_LAN.length}`,
      );
    if (barisIndikator.has(no))
      throw new GalatCli(
        `${berkas} baris ${b.baris}, kolom indikator: indikator ${no} sudah ada di baris ${barisIndikator.get(no)}`,
      );
    barisIndikator.set(no, b.baris);
    skor[no - 1] = unit.map((u, k) => {
      const x = angkaSel(t, b.baris, u, b.sel[k + 1]);
      if (x < min || x > maks)
        throw new GalatCli(`${berkas} baris ${b.baris}, kolom ${u}: skor ${b.sel[k + 1]} di luar skala ${min}–${maks}`);
      return x;
    });
  }
  const hilang = INDIKATOR_LAN.filter((i) => !barisIndikator.has(i.no)).map((i) => i.no);
  if (hilang.length > 0) {
    const contoh = hilang.slice(0, 10).join(", ") + (hilang.length > 10 ? `, … (${hilang.length} indikator)` : "");
    throw new GalatCli(
      `${berkas}: indikator ${contoh} tidak ada; Bab III memerlukan seluruh ${INDIKATOR_LAN.length} indikator`,
    );
  }
  let h: HasilHitungLan;
  try {
    h = hitungLan(skor as number[][], VARIABEL_TIAP_INDIKATOR, skorIdeal);
  } catch (e) {
    throw awaliTempat(e, berkas);
  }
  const tercetak = opsi.tipe ? lampiranTercetak(opsi.tipe) : undefined;
  return {
    skorIdeal,
    ...(opsi.tipe ? { tipe: opsi.tipe } : {}),
    unit,
    variabel: VARIABEL_LAN.map((v, j) => ({
      no: v.no,
      nama: v.nama,
      total: h.totalVariabel[j],
      proporsi: h.proporsiVariabel[j],
      bobot: h.bobotVariabel[j],
      ...(tercetak ? { bobotTercetak: tercetak[j].bobot } : {}),
    })),
    indikator: INDIKATOR_LAN.map((ind, i) => ({
      no: ind.no,
      variabel: ind.variabel,
      total: h.totalIndikator[i],
      proporsi: h.proporsiIndikator[i],
      bobot: h.bobotIndikator[i],
    })),
    perUnit: unit.map((u, k) => ({
      unit: u,
      total: h.totalUnit[k],
      proporsi: h.proporsiUnit[k],
      bobot: h.bobotUnit[k],
    })),
    totalSeluruh: h.totalSeluruh,
    skor: skor as number[][],
    desimalKoma: t.desimalKoma,
  };
}

export function formatLanHitung(h: HasilLanHitungCli, t: Tampilan = buatTampilan(false)): string {
  const dgnCetak = h.variabel.some((v) => v.bobotTercetak !== undefined);
  const var_ = susunTabel(
    ["Variabel", "Nama", "Total", "Proporsi", "Bobot", ...(dgnCetak ? [`Bobot tercetak (tipe ${h.tipe})`] : [])],
    h.variabel.map((v) => [
      String(v.no),
      v.nama,
      t.angka(Number(v.total.toFixed(10))),
      t.tetap(v.proporsi, 9),
      t.tetap(v.bobot, 7),
      ...(v.bobotTercetak !== undefined ? [t.angka(v.bobotTercetak)] : []),
    ]),
  );
  const ind = susunTabel(
    ["Indikator", "Variabel", "Total", "Proporsi", "Bobot"],
    h.indikator.map((i) => [
      String(i.no),
      String(i.variabel),
      t.angka(Number(i.total.toFixed(10))),
      t.tetap(i.proporsi, 9),
      t.tetap(i.bobot, 7),
    ]),
  );
  const uni = susunTabel(
    ["Unit", "Total", "Proporsi", "Bobot"],
    h.perUnit.map((u) => [u.unit, t.angka(Number(u.total.toFixed(10))), t.tetap(u.proporsi, 9), t.tetap(u.bobot, 7)]),
  );
  return `Skor Ideal: ${t.angka(h.skorIdeal)}\n\nBobot Variabel\n${var_}\n\nBobot Indikator\n${ind}\n\nPer unit\n${uni}\n`;
}

/** `kinerja lan hitung`: teks hasil (JSON satu baris bila `json`). */
export function jalankanLanHitung(opsi: OpsiLanHitung): string {
  const h = hitungLanDariCsv(opsi);
  return opsi.json ? JSON.stringify(objekJsonLan(h)) + "\n" : formatLanHitung(h);
}

/** Objek JSON `lan hitung` (tanpa skor mentah dan tanda desimal masukan). */
export function objekJsonLan(h: HasilLanHitungCli): object {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- skor mentah tidak ikut JSON
  const { skor, desimalKoma, ...publik } = h;
  return publik;
}
