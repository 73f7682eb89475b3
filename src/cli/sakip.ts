/**
 * Subperintah `kinerja sakip --pk pk.csv [--anggaran anggaran.csv] [--triwulan 1-4] [--efisiensi selisih|rasio]`
 * dan `kinerja lke --input lke.csv`: siklus SAKIP (capaian indikator, sasaran, NKO, serapan, efisiensi) dan LKE
 * mandiri PermenPAN-RB 88/2021. Kolom dikenali menurut judulnya (core/sakip-kolom.ts). Rumus: core/sakip.ts,
 * core/lke.ts; --xlsx menulis rencana yang sama dengan task pane (plans/sakip.ts, plans/lke.ts).
 */
import { Command, Option } from "commander";
import {
  arahSakip,
  capaianSakip,
  efisiensi,
  jenisIndikator,
  kategoriSakip,
  rataCapaian,
  realisasiSampai,
  serapan,
  skalaSakip,
  targetSampai,
} from "../core/sakip";
import { nilaiLke, nilaiSubKomponenLke, predikatLke } from "../core/lke";
import { KOLOM_ANGGARAN, KOLOM_LKE, KOLOM_PK, kenaliKolomSakip } from "../core/sakip-kolom";
import { CARA_EFISIENSI, EFISIENSI_BAWAAN, SKALA_SAKIP } from "../frameworks/sakip";
import { KOMPONEN_LKE } from "../frameworks/lke";
import { rencanaSakip, sasaranUnik, type IndikatorPk, type OpsiSakip, type ProgramAnggaran } from "../plans/sakip";
import { rencanaLke, type KriteriaMasukan } from "../plans/lke";
import type { Tampilan } from "./angka";
import { GalatCli, diTempat } from "./galat";
import { angkaSel, bacaCsv, type TabelCsv } from "./csv";
import { selesaikan, type Keluaran } from "./keluaran";
import { contoh, opsiAngka, opsiKeluaran, type OpsiKeluaran } from "./perintah";
import { susunTabel } from "./skm";

export interface IndikatorHasil {
  nama: string;
  arah: string;
  jenis: string;
  target: number | null;
  realisasi: number | null;
  capaian: number | null;
  kategori: string | null;
}

export interface SasaranHasil {
  nama: string;
  capaian: number | null;
  kategori: string | null;
  serapan: number | null;
  efisiensi: number | null;
  indikator: IndikatorHasil[];
}

export interface HasilSakipCli {
  nko: number;
  kategori: string;
  sasaran: SasaranHasil[];
  /** Opsi rencana --xlsx (data masukan yang sama). */
  rencana: OpsiSakip;
  desimalKoma: boolean;
}

/** Opsi `kinerja sakip`: berkas masukan, lalu opsi penilaian yang sama dengan pembangun. */
export interface OpsiSakipCli extends Pick<OpsiSakip, "triwulan" | "efisiensi" | "skala" | "batas" | "unit" | "tahun"> {
  pk: string;
  anggaran?: string;
}

function bacaTabel(
  berkas: string,
  kolom: Readonly<Record<string, readonly string[]>>,
  wajib: string[],
): { t: TabelCsv; i: Record<string, number> } {
  const t = bacaCsv(berkas);
  const { indeks, lain } = diTempat(berkas, () => kenaliKolomSakip(t.judul, kolom, wajib));
  if (lain.length > 0)
    throw new GalatCli(
      `${berkas} baris 1: kolom ${lain.map((x) => `"${x}"`).join(", ")} tidak dikenal (kolom: ${Object.keys(kolom).join(", ")})`,
    );
  if (t.baris.length === 0) throw new GalatCli(`${berkas}: tidak ada baris di bawah judul`);
  return { t, i: indeks };
}

/** Sel teks (atau "" bila kolom tidak ada). */
const teks = (b: { sel: string[] }, i: number | undefined) => (i === undefined ? "" : b.sel[i].trim());

/** Sel angka opsional tidak negatif (null bila kosong atau kolom tidak ada). */
function angka(t: TabelCsv, b: { baris: number; sel: string[] }, i: number | undefined): number | null {
  if (i === undefined || b.sel[i].trim() === "") return null;
  const x = angkaSel(t, b.baris, t.judul[i], b.sel[i]);
  if (x < 0) throw new GalatCli(`${t.berkas} baris ${b.baris}, kolom ${t.judul[i]}: ${b.sel[i]} negatif`);
  return x;
}

const tw = (t: TabelCsv, b: { baris: number; sel: string[] }, i: Record<string, number>, awal: string) =>
  [1, 2, 3, 4].map((q) => angka(t, b, i[`${awal}_tw${q}`]));

export function bacaPk(berkas: string): { indikator: IndikatorPk[]; desimalKoma: boolean } {
  const { t, i } = bacaTabel(berkas, KOLOM_PK, ["sasaran", "indikator", "target"]);
  const indikator = t.baris.map((b) => {
    const tempat = `${berkas} baris ${b.baris}`;
    const sasaran = teks(b, i.sasaran);
    const nama = teks(b, i.indikator);
    if (!sasaran) throw new GalatCli(`${tempat}, kolom sasaran: kosong`);
    if (!nama) throw new GalatCli(`${tempat}, kolom indikator: kosong`);
    if (/[*?~]/.test(sasaran) || /^[<>=]/.test(sasaran))
      throw new GalatCli(
        `${tempat}, kolom sasaran: tanda * ? ~ atau awalan < > = tidak dapat dipakai (SUMIF di lembar 3.4 membacanya sebagai pola)`,
      );
    const target = angka(t, b, i.target);
    if (target === null || target <= 0)
      throw new GalatCli(`${tempat}, kolom target: harus angka lebih dari 0 (capaian = realisasi / target)`);
    return {
      sasaran,
      indikator: nama,
      satuan: teks(b, i.satuan),
      arah: diTempat(`${tempat}, kolom arah`, () => arahSakip(teks(b, i.arah))),
      jenis: diTempat(`${tempat}, kolom jenis`, () => jenisIndikator(teks(b, i.jenis))),
      target,
      targetTw: tw(t, b, i, "target"),
      realisasiTw: tw(t, b, i, "realisasi"),
      realisasiLalu: angka(t, b, i.realisasi_lalu),
      realisasiLalu2: angka(t, b, i.realisasi_lalu2),
      baseline: angka(t, b, i.baseline),
      targetAkhir: angka(t, b, i.target_akhir_renstra),
    };
  });
  return { indikator, desimalKoma: t.desimalKoma };
}

export function bacaAnggaran(berkas: string): ProgramAnggaran[] {
  const { t, i } = bacaTabel(berkas, KOLOM_ANGGARAN, ["sasaran", "program", "pagu"]);
  return t.baris.map((b) => {
    const tempat = `${berkas} baris ${b.baris}`;
    const pagu = angka(t, b, i.pagu);
    if (pagu === null || pagu <= 0)
      throw new GalatCli(`${tempat}, kolom pagu: harus angka lebih dari 0 (serapan = realisasi / pagu)`);
    if (!teks(b, i.sasaran)) throw new GalatCli(`${tempat}, kolom sasaran: kosong`);
    return { sasaran: teks(b, i.sasaran), program: teks(b, i.program), pagu, realisasiTw: tw(t, b, i, "realisasi") };
  });
}

/** Capaian satu indikator; null bila belum ada realisasi di triwulan 1..k (seperti sel kosong di lembar). */
function hitungIndikator(d: IndikatorPk, o: OpsiSakipCli): IndikatorHasil {
  const jenis = d.jenis ?? "kumulatif";
  const arah = d.arah ?? "naik";
  const k = o.triwulan ?? 4;
  const adaRealisasi = (d.realisasiTw ?? []).slice(0, k).some((x) => x !== null && x !== undefined);
  const target = targetSampai(d.target, d.targetTw, jenis, o.triwulan);
  if (!adaRealisasi) return { nama: d.indikator, arah, jenis, target, realisasi: null, capaian: null, kategori: null };
  const realisasi = realisasiSampai(d.realisasiTw ?? [], jenis, k);
  const c = capaianSakip(realisasi, target, arah, o.batas);
  return { nama: d.indikator, arah, jenis, target, realisasi, capaian: c, kategori: kategoriSakip(c, o.skala) };
}

export function hitungSakipDariCsv(o: OpsiSakipCli): HasilSakipCli {
  const { indikator, desimalKoma } = bacaPk(o.pk);
  const anggaran = o.anggaran ? bacaAnggaran(o.anggaran) : [];
  const cara = o.efisiensi ?? EFISIENSI_BAWAAN;
  const kunci = (s: string) => s.trim().toLowerCase();
  const namaPk = new Set(indikator.map((d) => kunci(d.sasaran)));
  anggaran.forEach((a, n) => {
    if (!namaPk.has(kunci(a.sasaran)))
      throw new GalatCli(`${o.anggaran} baris ${n + 2}, kolom sasaran: "${a.sasaran}" tidak ada di ${o.pk}`);
  });
  const rencana: OpsiSakip = {
    indikator,
    ...(anggaran.length ? { anggaran } : {}),
    ...(o.triwulan ? { triwulan: o.triwulan } : {}),
    efisiensi: cara,
    ...(o.skala ? { skala: skalaSakip(o.skala).id } : {}),
    ...(o.batas !== undefined ? { batas: o.batas } : {}),
    ...(o.unit ? { unit: o.unit } : {}),
    ...(o.tahun ? { tahun: o.tahun } : {}),
  };
  const sasaran: SasaranHasil[] = sasaranUnik({ indikator }).map((nama) => {
    const ind = indikator
      .filter((d) => kunci(d.sasaran) === kunci(nama))
      .map((d, i) => diTempat(`${o.pk}, ${d.indikator} (${i + 1})`, () => hitungIndikator(d, o)));
    const terisi = ind.map((x) => x.capaian).filter((x): x is number => x !== null);
    const c = terisi.length ? rataCapaian(terisi) : null;
    // serapan sasaran = Σ realisasi s.d. triwulan / Σ pagu program sasaran (SUMIF di lembar 3.4)
    const prog = anggaran.filter((a) => kunci(a.sasaran) === kunci(nama));
    let s: number | null = null;
    if (prog.length > 0) {
      let p = 0;
      let r = 0;
      for (const a of prog) {
        p += a.pagu ?? 0;
        const isi = (a.realisasiTw ?? []).slice(0, o.triwulan ?? 4).filter((x): x is number => x !== null);
        for (const x of isi) r += x;
      }
      s = serapan(r, p);
    }
    const e = c !== null && s !== null && !(cara === "rasio" && s === 0) ? efisiensi(c, s, cara) : null;
    return {
      nama,
      capaian: c,
      kategori: c === null ? null : kategoriSakip(c, o.skala),
      serapan: s,
      efisiensi: e,
      indikator: ind,
    };
  });
  const adaCapaian = sasaran.map((x) => x.capaian).filter((x): x is number => x !== null);
  if (adaCapaian.length === 0)
    throw new GalatCli(`${o.pk}: belum ada realisasi di triwulan yang dinilai; NKO tidak dapat dihitung`);
  const nko = rataCapaian(adaCapaian);
  return { nko, kategori: kategoriSakip(nko, o.skala), sasaran, rencana, desimalKoma };
}

export function objekJsonSakip(h: HasilSakipCli): object {
  return { nko: h.nko, kategori: h.kategori, sasaran: h.sasaran };
}

export function formatSakip(h: HasilSakipCli, t: Tampilan): string {
  const a = (x: number | null, d = 2) => (x === null ? "—" : t.tetap(x, d));
  const ind = susunTabel(
    ["Sasaran", "Indikator", "Arah", "Jenis", "Target", "Realisasi", "Capaian (%)", "Kategori"],
    h.sasaran.flatMap((s) =>
      s.indikator.map((i) => [
        s.nama,
        i.nama,
        i.arah,
        i.jenis,
        i.target === null ? "—" : t.angka(i.target),
        i.realisasi === null ? "—" : t.angka(i.realisasi),
        a(i.capaian),
        i.kategori ?? "—",
      ]),
    ),
  );
  const sas = susunTabel(
    ["Sasaran", "Capaian (%)", "Kategori", "Serapan (%)", "Efisiensi"],
    h.sasaran.map((s) => [s.nama, a(s.capaian), s.kategori ?? "—", a(s.serapan), a(s.efisiensi, 4)]),
  );
  return `${ind}\n\n${sas}\n\nNKO: ${a(h.nko)} % (${h.kategori})\n`;
}

// ---------- LKE ----------

export interface HasilLkeCli {
  nilai: number;
  predikat: string;
  komponen: { nama: string; bobot: number; nilai: number }[];
  kriteria: KriteriaMasukan[];
  desimalKoma: boolean;
}

/** Komponen (nomor 1–4 atau nama) dan sub-komponen (a–c, 1–3 atau nama) → indeks 1-based. */
function cariKomponen(x: string): number {
  const s = x.trim().toLowerCase();
  const i = KOMPONEN_LKE.findIndex(
    (k) => k.kode === s || k.nama.toLowerCase() === s || (s.length > 3 && k.nama.toLowerCase().startsWith(s)),
  );
  return i + 1;
}
function cariSub(x: string, komponen: number): number {
  const s = x
    .trim()
    .toLowerCase()
    .replace(/^\d+\./, "");
  const subs = KOMPONEN_LKE[komponen - 1].subKomponen;
  const i = subs.findIndex(
    (k, j) => k.kode.toLowerCase().endsWith(`.${s}`) || String(j + 1) === s || k.nama.toLowerCase() === s,
  );
  return i + 1;
}

export function hitungLkeDariCsv(berkas: string): HasilLkeCli {
  const { t, i } = bacaTabel(berkas, KOLOM_LKE, ["komponen", "subkomponen", "jawaban"]);
  const kriteria: KriteriaMasukan[] = t.baris.map((b) => {
    const tempat = `${berkas} baris ${b.baris}`;
    const k = cariKomponen(teks(b, i.komponen));
    if (!k)
      throw new GalatCli(
        `${tempat}, kolom komponen: "${teks(b, i.komponen)}" tidak dikenal (${KOMPONEN_LKE.map((x) => `${x.kode} ${x.nama}`).join("; ")})`,
      );
    const s = cariSub(teks(b, i.subkomponen), k);
    if (!s)
      throw new GalatCli(
        `${tempat}, kolom subkomponen: "${teks(b, i.subkomponen)}" tidak dikenal (a Keberadaan, b Kualitas, c Pemanfaatan)`,
      );
    const j = teks(b, i.jawaban);
    const jawaban = /^[0-9.,]+$/.test(j) ? angkaSel(t, b.baris, t.judul[i.jawaban], j) : j.toUpperCase();
    return { komponen: k, subKomponen: s, uraian: teks(b, i.kriteria), jawaban };
  });
  const komponen = KOMPONEN_LKE.map((kom, ki) => {
    let nilai = 0;
    kom.subKomponen.forEach((sub, si) => {
      const j = kriteria.filter((c) => c.komponen === ki + 1 && c.subKomponen === si + 1).map((c) => c.jawaban);
      if (j.length === 0)
        throw new GalatCli(`${berkas}: sub-komponen ${sub.kode} ${kom.nama} — ${sub.nama} tanpa kriteria`);
      nilai += diTempat(`${berkas}, sub-komponen ${sub.kode}`, () => nilaiSubKomponenLke(j, sub.bobot));
    });
    return { nama: kom.nama, bobot: kom.bobot, nilai };
  });
  const nilai = diTempat(berkas, () => nilaiLke(komponen.map((k) => k.nilai)));
  return { nilai, predikat: predikatLke(nilai), komponen, kriteria, desimalKoma: t.desimalKoma };
}

export function formatLke(h: HasilLkeCli, t: Tampilan): string {
  const tabel = susunTabel(
    ["Komponen", "Bobot", "Nilai"],
    h.komponen.map((k) => [k.nama, t.tetap(k.bobot, 2), t.tetap(k.nilai, 2)]),
  );
  return `${tabel}\n\nNilai AKIP: ${t.tetap(h.nilai, 2)} (predikat ${h.predikat})\n`;
}

// ---------- perintah ----------

/** Mendaftarkan `kinerja sakip`. */
export function perintahSakip(induk: Command, keluar: Keluaran): void {
  const cmd = induk
    .command("sakip")
    .description(
      "Siklus SAKIP: capaian IKU per triwulan, capaian sasaran, NKO, serapan anggaran, efisiensi (LKjIP Bab III)",
    )
    .requiredOption(
      "--pk <pk.csv>",
      "Perjanjian Kinerja: sasaran, indikator, satuan, arah, jenis, target, target_tw1…4, realisasi_tw1…4, realisasi_lalu, target_akhir_renstra",
    )
    .option("--anggaran <anggaran.csv>", "anggaran: sasaran, program, pagu, realisasi_tw1…4")
    .option(
      "--triwulan <k>",
      "nilai s.d. triwulan 1–4 (tanpa opsi ini: tahun, terhadap target tahunan)",
      opsiAngka("--triwulan", { bulat: true, min: 1, maksEksklusif: 5 }),
    )
    .addOption(
      new Option("--efisiensi <cara>", "selisih (capaian − serapan) atau rasio (capaian ÷ serapan)")
        .choices([...CARA_EFISIENSI])
        .default(EFISIENSI_BAWAAN),
    )
    .addOption(
      new Option("--skala <id>", "skala kategori (bawaan Permendagri 86/2017)").choices(SKALA_SAKIP.map((s) => s.id)),
    )
    .option("--batas <persen>", "capaian paling tinggi, mis. 120", opsiAngka("--batas", { min: 0 }))
    .option("--unit <nama>", "nama unit untuk buku kerja")
    .option("--tahun <tahun>", "tahun PK untuk buku kerja", opsiAngka("--tahun", { bulat: true, min: 1900 }));
  opsiKeluaran(cmd);
  contoh(
    cmd,
    "kinerja sakip --pk pk.csv --anggaran anggaran.csv --triwulan 2 --efisiensi rasio --xlsx sakip.xlsx",
    "  (kumulatif (3+5)/(4+6) = 80 %; capaian sasaran = rata-rata indikator; NKO = rata-rata sasaran)",
  );
  cmd.action(async (o: OpsiKeluaran & OpsiSakipCli) => {
    const h = hitungSakipDariCsv(o);
    await selesaikan(
      {
        json: objekJsonSakip(h),
        sumber: o.pk,
        desimalKoma: h.desimalKoma,
        teks: (t) => formatSakip(h, t),
        rencana: () => rencanaSakip(h.rencana),
      },
      o,
      keluar,
    );
  });
}

/** Mendaftarkan `kinerja lke`. */
export function perintahLke(induk: Command, keluar: Keluaran): void {
  const lke = induk
    .command("lke")
    .description("LKE mandiri akuntabilitas kinerja (PermenPAN-RB 88/2021): nilai komponen, nilai AKIP, predikat AA…D")
    .requiredOption(
      "-i, --input <lke.csv>",
      "komponen (1–4 atau nama), subkomponen (a–c atau nama), kriteria, jawaban (Y/T, A–E atau 0–1)",
    )
    .option("--unit <nama>", "nama unit untuk buku kerja")
    .option("--tahun <tahun>", "tahun evaluasi untuk buku kerja", opsiAngka("--tahun", { bulat: true, min: 1900 }));
  opsiKeluaran(lke);
  contoh(
    lke,
    "kinerja lke --input lke.csv --json",
    "  (sub-komponen = rata-rata jawaban × bobot; 1.a Y,T → 0,5 × 6 = 3)",
  );
  lke.action(async (o: OpsiKeluaran & { input: string; unit?: string; tahun?: number }) => {
    const h = hitungLkeDariCsv(o.input);
    await selesaikan(
      {
        json: { nilai: h.nilai, predikat: h.predikat, komponen: h.komponen },
        sumber: o.input,
        desimalKoma: h.desimalKoma,
        teks: (t) => formatLke(h, t),
        rencana: () =>
          rencanaLke({
            kriteria: h.kriteria,
            ...(o.unit ? { unit: o.unit } : {}),
            ...(o.tahun ? { tahun: o.tahun } : {}),
          }),
      },
      o,
      keluar,
    );
  });
}
