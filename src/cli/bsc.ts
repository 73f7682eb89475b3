/**
 * Subperintah `kinerja bsc --input KPI.csv [--json]`: capaian tiap indikator (KPI), skor tiap perspektif
 * dan skor keseluruhan Balanced Scorecard beserta status warnanya.
 *
 * Kolom: perspektif (opsional: tanpa kolom ini semua indikator masuk satu perspektif "Kinerja"), indikator
 * (nama lain: produk, kpi, jenis_pelayanan, seperti berkas kasus test/fixtures/kasus), target, realisasi, arah
 * (opsional, bawaan "naik"), bobot (opsional, bawaan 1). Judul tanpa membedakan huruf besar/kecil; angka boleh
 * berbentuk persen seperti ekspor Excel ("100%" = 1). Skor perspektif = Σ capaian × bobot / Σ bobot atas indikatornya; skor keseluruhan = rata-rata
 * skor perspektif dengan bobot perspektif sama (bawaan kerangka, pilihan proyek). Rumus: src/core/bsc.ts.
 */
import { arahIndikator, capaian, skor, status } from "../core/bsc";
import { AMBANG_STATUS_BSC, type ArahIndikator, type StatusBsc } from "../frameworks/bsc";
import { buatTampilan, type Tampilan } from "./angka";
import { GalatCli, awaliTempat } from "./galat";
import { angkaSel, bacaCsv, cariKolom, indeksKolom } from "./csv";
import { susunTabel } from "./skm";

export interface OpsiBsc {
  input: string;
  json?: boolean;
}

export interface KpiBsc {
  baris: number;
  perspektif: string;
  indikator: string;
  target: number;
  realisasi: number;
  arah: ArahIndikator;
  bobot: number;
  capaian: number;
  status: StatusBsc;
}

export interface PerspektifHasilBsc {
  nama: string;
  bobot: number;
  skor: number;
  status: StatusBsc;
  indikator: KpiBsc[];
}

export interface HasilBscCli {
  ambang: { hijau: number; kuning: number };
  /** Lantai capaian (mis. 0 dengan --lantai-nol); tidak ada = tanpa lantai. */
  lantai?: number;
  perspektif: PerspektifHasilBsc[];
  skor: number;
  status: StatusBsc;
  /** Berkas masukan berkoma desimal (tampilan bawaan); tidak ikut JSON. */
  desimalKoma?: boolean;
}

const KOLOM_BSC = ["perspektif", "indikator", "target", "realisasi", "arah", "bobot"];
/** Nama lain kolom indikator (berkas kasus di test/fixtures/kasus memakai `produk`). */
const ALIAS_INDIKATOR = ["produk", "kpi", "jenis_pelayanan", "jenis pelayanan"];
/** Nama perspektif bila berkas tidak punya kolom perspektif. */
export const PERSPEKTIF_TUNGGAL = "Kinerja";

/** Membaca CSV KPI dan menghitung BSC; setiap masalah masukan menjadi GalatCli (kode 2). Judul kembar sudah ditolak bacaCsv. */
export function hitungBscDariCsv(berkas: string, lantai?: number): HasilBscCli {
  const t = bacaCsv(berkas);
  t.kolom.forEach((k, i) => {
    if (!KOLOM_BSC.includes(k) && !ALIAS_INDIKATOR.includes(k))
      throw new GalatCli(
        `${berkas} baris 1, kolom ${i + 1}: kolom "${t.judul[i]}" tidak dikenal (kolom: ` +
          `${KOLOM_BSC.join(", ")}; indikator boleh bernama ${ALIAS_INDIKATOR.join(", ")})`,
      );
  });
  const iP = cariKolom(t, "perspektif");
  const iI =
    cariKolom(t, "indikator", ...ALIAS_INDIKATOR) >= 0
      ? cariKolom(t, "indikator", ...ALIAS_INDIKATOR)
      : indeksKolom(t, "indikator");
  const iT = indeksKolom(t, "target");
  const iR = indeksKolom(t, "realisasi");
  const iA = t.kolom.indexOf("arah");
  const iB = t.kolom.indexOf("bobot");
  if (t.baris.length === 0) throw new GalatCli(`${berkas}: tidak ada baris indikator di bawah judul`);

  const kelompok = new Map<string, KpiBsc[]>();
  for (const b of t.baris) {
    const perspektif = iP >= 0 ? b.sel[iP].trim() : PERSPEKTIF_TUNGGAL;
    const indikator = b.sel[iI].trim();
    if (perspektif === "") throw new GalatCli(`${berkas} baris ${b.baris}, kolom perspektif: kosong`);
    if (indikator === "") throw new GalatCli(`${berkas} baris ${b.baris}, kolom indikator: kosong`);
    const target = angkaSel(t, b.baris, t.judul[iT], b.sel[iT], { persen: true });
    const realisasi = angkaSel(t, b.baris, t.judul[iR], b.sel[iR], { persen: true });
    if (target <= 0)
      throw new GalatCli(
        `${berkas} baris ${b.baris}, kolom target: ${b.sel[iT]} harus lebih dari 0 (capaian = realisasi / target)`,
      );
    if (realisasi < 0) throw new GalatCli(`${berkas} baris ${b.baris}, kolom realisasi: ${b.sel[iR]} negatif`);
    let arah: ArahIndikator = "naik";
    if (iA >= 0 && b.sel[iA].trim() !== "") {
      try {
        arah = arahIndikator(b.sel[iA]);
      } catch {
        throw new GalatCli(
          `${berkas} baris ${b.baris}, kolom arah: "${b.sel[iA]}" bukan "naik", "turun" atau "turun-rasio"`,
        );
      }
    }
    let bobot = 1;
    if (iB >= 0 && b.sel[iB].trim() !== "") {
      bobot = angkaSel(t, b.baris, t.judul[iB], b.sel[iB], { persen: true });
      if (bobot < 0) throw new GalatCli(`${berkas} baris ${b.baris}, kolom bobot: ${b.sel[iB]} negatif`);
    }
    let c: number;
    try {
      c = capaian(realisasi, target, arah, undefined, lantai);
    } catch (e) {
      throw awaliTempat(e, `${berkas} baris ${b.baris}`);
    }
    const kpi: KpiBsc = {
      baris: b.baris,
      perspektif,
      indikator,
      target,
      realisasi,
      arah,
      bobot,
      capaian: c,
      status: status(c),
    };
    const daftar = kelompok.get(perspektif) ?? [];
    daftar.push(kpi);
    kelompok.set(perspektif, daftar);
  }
  const perspektif: PerspektifHasilBsc[] = [];
  for (const [nama, daftar] of kelompok) {
    if (daftar.every((k) => k.bobot === 0))
      throw new GalatCli(`${berkas}, perspektif "${nama}": jumlah bobot indikator 0, skor tidak terdefinisi`);
    const s = skor(
      daftar.map((k) => k.capaian),
      daftar.map((k) => k.bobot),
    );
    perspektif.push({ nama, bobot: 1, skor: s, status: status(s), indikator: daftar });
  }
  const total = skor(
    perspektif.map((p) => p.skor),
    perspektif.map((p) => p.bobot),
  );
  return {
    ambang: { hijau: AMBANG_STATUS_BSC.hijau, kuning: AMBANG_STATUS_BSC.kuning },
    ...(lantai === undefined ? {} : { lantai }),
    perspektif,
    skor: total,
    status: status(total),
    desimalKoma: t.desimalKoma,
  };
}

export function formatBsc(h: HasilBscCli, t: Tampilan = buatTampilan(false)): string {
  const persen = (x: number): string => t.persen(x, 2);
  const isi: string[][] = [];
  for (const p of h.perspektif) {
    for (const k of p.indikator)
      isi.push([
        p.nama,
        k.indikator,
        t.angka(k.target),
        t.angka(k.realisasi),
        k.arah,
        t.angka(k.bobot),
        persen(k.capaian),
        k.status,
      ]);
  }
  const kpi = susunTabel(["Perspektif", "Indikator", "Target", "Realisasi", "Arah", "Bobot", "Capaian", "Status"], isi);
  const per = susunTabel(
    ["Perspektif", "Skor", "Status"],
    h.perspektif.map((p) => [p.nama, persen(p.skor), p.status]),
  );
  return `${kpi}\n\n${per}\n\nSkor keseluruhan: ${persen(h.skor)} (${h.status}; Hijau ≥ ${persen(h.ambang.hijau)}, Kuning ≥ ${persen(h.ambang.kuning)})\n`;
}

/** `kinerja bsc`: teks hasil (JSON satu baris bila `json`). */
export function jalankanBsc(opsi: OpsiBsc): string {
  const h = hitungBscDariCsv(opsi.input);
  return opsi.json ? JSON.stringify(objekJsonBsc(h)) + "\n" : formatBsc(h);
}

/** Objek JSON `bsc` (tanpa tanda desimal masukan). */
export function objekJsonBsc(h: HasilBscCli): object {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- bukan bagian hasil
  const { desimalKoma, ...publik } = h;
  return publik;
}
