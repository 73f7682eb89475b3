/**
 * Kerangka Pola LAN 1998 dari angka tercetak: "dua pola penilaian" (kerangkaPola: satu tipe dinas, atau
 * tipe II dan III digabung) dan baris tabel LAN.KERANGKA.
 *
 * Modul tersendiri karena hanya ia (di antara fungsi kustom) yang membutuhkan angka tercetak
 * (frameworks/lan1998-tercetak.ts, ±17 KB setelah minifikasi): LAN.KERANGKA memuatnya dengan import dinamis
 * (potongan webpack yang dimuat saat LAN.KERANGKA pertama kali dihitung), sehingga functions.js yang
 * dimuat Excel setiap kali buku kerja dibuka tetap kecil. core/lan-pola.ts mengekspor ulang kerangkaPola.
 */
import { galatNA } from "./errors";
import { bobotVariabel, jumlah } from "./lan";
import { SKOR_IDEAL_LAN, type TipeDinas } from "../frameworks/lan1998";
import { indikatorTercetak, lampiranTercetak } from "../frameworks/lan1998-angka";
import { INDIKATOR_LAN, VARIABEL_LAN } from "../frameworks/lan1998-daftar";
import { TIPE_DALAM_POLA, type PolaTipe } from "../frameworks/lan1998-instrumen";

export interface KerangkaPola {
  pola: PolaTipe;
  /** Total tiap variabel (jumlah Total Variabel tercetak tipe-tipe dalam pola). */
  totalVariabel: number[];
  proporsiVariabel: number[];
  bobotVariabel: number[];
  /** Proporsi Indikator 1–89: Σ_t p_i,t × T_j,t / Σ_t T_j,t (total indikator tipe t = p × T). */
  proporsiIndikator: number[];
  bobotIndikator: number[];
}

/**
 * Kerangka satu pola dari angka tercetak: untuk satu tipe = Lampiran 5–7 dan Tabel 4.11–4.13; untuk
 * "II+III" (pola kedua, Kesimpulan 6) totalnya digabung: T_j = T_j,II + T_j,III, dan total indikator
 * tiap tipe diturunkan dari proporsi tercetak × total variabelnya.
 */
export function kerangkaPola(pola: PolaTipe, skorIdealDipakai: number = SKOR_IDEAL_LAN): KerangkaPola {
  const tipe = TIPE_DALAM_POLA[pola];
  if (!tipe) throw galatNA(`pola "${String(pola)}" tidak dikenal (I, II, III atau II+III)`);
  const lamp = tipe.map((t) => lampiranTercetak(t));
  const ind = tipe.map((t) => indikatorTercetak(t));
  const totalVariabel = VARIABEL_LAN.map((_, j) => jumlah(lamp.map((l) => l[j].total)));
  const totalSeluruh = jumlah(totalVariabel);
  const proporsiVariabel = totalVariabel.map((x) => x / totalSeluruh);
  const bobotVar = bobotVariabel(totalVariabel, skorIdealDipakai);
  const proporsiIndikator = ind[0].map((r, i) => {
    const j = VARIABEL_LAN.findIndex((v) => v.indikator.some((x) => x.no === r.no));
    if (tipe.length === 1) return r.proporsi;
    return jumlah(tipe.map((_, t) => ind[t][i].proporsi * lamp[t][j].total)) / totalVariabel[j];
  });
  const bobotIndikator = proporsiIndikator.map((p, i) => {
    const j = VARIABEL_LAN.findIndex((v) => v.indikator.some((x) => x.no === ind[0][i].no));
    return p * bobotVar[j];
  });
  return { pola, totalVariabel, proporsiVariabel, bobotVariabel: bobotVar, proporsiIndikator, bobotIndikator };
}

/**
 * Baris tabel LAN.KERANGKA: [variabel, nama variabel, indikator, nama indikator, proporsi indikator,
 * bobot indikator, bobot variabel] untuk 89 indikator; satu tipe = angka tercetak, "II+III" = kerangkaPola.
 */
export function barisKerangkaLan(tp: PolaTipe): (string | number)[][] {
  const kp = tp === "II+III" ? kerangkaPola(tp) : null;
  const ind = kp
    ? kp.proporsiIndikator.map((p, k) => ({ proporsi: p, bobot: kp.bobotIndikator[k] }))
    : indikatorTercetak(tp as TipeDinas);
  const vari = kp ? kp.bobotVariabel.map((bobot) => ({ bobot })) : lampiranTercetak(tp as TipeDinas);
  return INDIKATOR_LAN.map((i, k) => [
    i.variabel,
    VARIABEL_LAN[i.variabel - 1].nama,
    i.no,
    i.nama,
    ind[k].proporsi,
    ind[k].bobot,
    vari[i.variabel - 1].bobot,
  ]);
}
