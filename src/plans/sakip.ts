/**
 * Pembangun siklus SAKIP (issue 25): Perjanjian Kinerja, realisasi triwulan, anggaran, dan tabel Bab III LKjIP
 * (PermenPAN-RB 53/2014) sebagai lembar dengan rumus Excel asli:
 * - Pengaturan: unit, tahun, triwulan yang dinilai, batas capaian, cara efisiensi, skala kategori (sel masukan);
 * - PK: sasaran, indikator, satuan, arah, jenis, target tahunan dan triwulan, baseline, target akhir Renstra;
 * - Realisasi: realisasi triwulan dan dua tahun sebelumnya → target s.d., realisasi s.d., capaian, kategori;
 * - Anggaran: pagu dan realisasi triwulan per program → serapan;
 * - LKjIP 3.1 (target vs realisasi), 3.2 (tiga tahun), 3.3 (target akhir Renstra), 3.4 (capaian vs serapan per
 *   sasaran, efisiensi, NKO), masing-masing dengan grafik di samping tabel.
 * Rumus sama dengan inti (core/sakip.ts): kategori atas ROUND(capaian,9).
 */
import { rumusBulatPita } from "../core/pita";
import {
  ARAH_SAKIP,
  EFISIENSI,
  EFISIENSI_BAWAAN,
  JENIS_INDIKATOR,
  SKALA_SAKIP_BAWAAN,
  TRIWULAN,
  type ArahSakip,
  type CaraEfisiensi,
  type JenisIndikator,
  type SkalaKategori,
} from "../frameworks/sakip";
import { skalaSakip } from "../core/sakip";
import {
  hitung,
  judul,
  label,
  masukan,
  type Grafik,
  type RencanaBukuKerja,
  type RencanaLembar,
  type Sel,
} from "./rencana";
import { Kisi, abs, rujukLembar } from "./ringkasan";

export const ID_SAKIP = "sakip";

export interface IndikatorPk {
  sasaran: string;
  indikator: string;
  satuan?: string;
  arah?: ArahSakip;
  jenis?: JenisIndikator;
  target?: number | null;
  targetTw?: (number | null)[];
  realisasiTw?: (number | null)[];
  /** Realisasi tahun n−1 dan n−2. */
  realisasiLalu?: number | null;
  realisasiLalu2?: number | null;
  baseline?: number | null;
  targetAkhir?: number | null;
}

export interface ProgramAnggaran {
  sasaran: string;
  program: string;
  pagu?: number | null;
  realisasiTw?: (number | null)[];
}

export interface OpsiSakip {
  indikator?: IndikatorPk[];
  anggaran?: ProgramAnggaran[];
  /** Nama sasaran (urutan lembar 3.4); bawaan: urutan kemunculan di PK lalu anggaran. */
  sasaran?: string[];
  /** Triwulan yang dinilai (1–4); kosong = tahun dinilai (target tahunan). */
  triwulan?: number;
  efisiensi?: CaraEfisiensi;
  /** Id skala (frameworks/sakip.ts); bawaan Permendagri 86/2017. */
  skala?: string;
  /** Batas capaian (persen), mis. 120; kosong = tanpa batas. */
  batas?: number;
  unit?: string;
  tahun?: number;
  /** Baris kosong tambahan di PK/Realisasi, Anggaran dan lembar 3.4 (templat tanpa data: bawaan 10, 10, 5). */
  barisKosong?: number;
}

export const LEMBAR_SAKIP = {
  pengaturan: "Pengaturan SAKIP",
  pk: "PK",
  realisasi: "Realisasi",
  anggaran: "Anggaran",
  t31: "LKjIP 3.1 Target",
  t32: "LKjIP 3.2 Tahun",
  t33: "LKjIP 3.3 Renstra",
  t34: "LKjIP 3.4 Efisiensi",
} as const;

const TW = ["I", "II", "III", "IV"];
/** Baris kepala (0-based) tabel PK, Realisasi, Anggaran, LKjIP; data mulai baris berikutnya. */
const KEPALA = 3;
const AWAL = KEPALA + 1;
const F_PERSEN = "0.00";
const F_ANGKA = "0.##";
const F_RUPIAH = "#,##0";

const nomor = (b: number) => b + 1;
const ref = (lembar: string, sel: string) => `${rujukLembar(lembar)}!${sel}`;
const angkaAtau = (s: string) => `IF(ISNUMBER(${s}),${s},"")`;
const teksAtau = (s: string) => `IF(${s}="","",${s})`;

/** Sasaran unik (tanpa membedakan huruf besar/kecil), urutan kemunculan. */
export function sasaranUnik(o: OpsiSakip): string[] {
  const hasil: string[] = [];
  const lihat = new Set<string>();
  for (const s of [
    ...(o.sasaran ?? []),
    ...(o.indikator ?? []).map((i) => i.sasaran),
    ...(o.anggaran ?? []).map((a) => a.sasaran),
  ]) {
    const k = s.trim().toLowerCase();
    if (!k || lihat.has(k)) continue;
    lihat.add(k);
    hasil.push(s.trim());
  }
  return hasil;
}

interface Tata {
  o: OpsiSakip;
  skala: SkalaKategori;
  k: number;
  tahunan: boolean;
  nInd: number;
  nProg: number;
  nSas: number;
  /** Baris Excel (1-based) data pertama dan terakhir. */
  indAkhir: number;
  progAkhir: number;
  sasAkhir: number;
  batas: string;
  skalaMin: string[];
  skalaNama: string[];
}

// ---------- Pengaturan ----------

function lembarPengaturan(t: Tata): RencanaLembar {
  const k = new Kisi();
  const o = t.o;
  k.set(0, 0, judul("Siklus SAKIP — pengaturan"));
  k.set(
    1,
    0,
    label(
      "Capaian, serapan dan NKO dalam persen (95,5 = 95,5 %). Batas skala dan nama kategori dapat diubah; semua lembar lain membaca sel di sini.",
      "catatan",
    ),
  );
  k.set(2, 0, label("Unit", "kepala"));
  k.set(2, 1, masukan("unit", o.unit ?? ""));
  k.set(3, 0, label("Tahun", "kepala"));
  k.set(3, 1, masukan("tahun", o.tahun, "0"));
  k.set(4, 0, label("Dinilai", "kepala"));
  k.set(
    4,
    1,
    label(
      t.tahunan
        ? "Tahun penuh: realisasi s.d. triwulan terisi terhadap target tahunan"
        : `s.d. triwulan ${TW[t.k - 1]}: target triwulan bila terisi, selain itu target tahunan`,
    ),
  );
  k.set(5, 0, label("Batas capaian (%)", "kepala"));
  k.set(5, 1, masukan("batas", o.batas, F_PERSEN));
  k.set(5, 2, label("kosong = tanpa batas", "catatan"));
  const ef = EFISIENSI[o.efisiensi ?? EFISIENSI_BAWAAN];
  k.set(6, 0, label("Efisiensi", "kepala"));
  k.set(6, 1, label(`${ef.nama}: ${ef.rumus}; ${ef.tafsir}`));
  k.set(8, 0, judul(`Skala kategori capaian: ${t.skala.nama}`, "subjudul"));
  ["Batas bawah (%)", "Kategori", "Rentang tercetak"].forEach((x, j) => k.set(9, j, label(x, "kepala")));
  t.skala.pita.forEach((p, i) => {
    const b = 10 + i;
    k.set(b, 0, p.min === null ? label("—") : masukan(`skala-min|p=${i + 1}`, p.min, F_PERSEN));
    k.set(b, 1, masukan(`skala-kategori|p=${i + 1}`, p.kategori));
    k.set(b, 2, label(p.tercetak));
  });
  const akhir = 10 + t.skala.pita.length;
  k.set(
    akhir,
    0,
    label(
      `Sumber: ${t.skala.sumber}. Batas bawah inklusif; kategori ` +
        `diputuskan atas capaian dibulatkan 9 desimal, jadi nilai tepat di batas ` +
        `tercetak masuk pita yang tercetak untuknya.`,
      "catatan",
    ),
  );
  k.set(akhir + 1, 0, label(`Sumber efisiensi: ${ef.sumber}.`, "catatan"));
  return {
    nama: LEMBAR_SAKIP.pengaturan,
    blok: [k.blok()],
    validasi: [
      { rentang: "B4", jenis: "bilanganBulat", min: 1900, maks: 2200, pesan: "Isi tahun, mis. 2025." },
      { rentang: "B6", jenis: "desimal", min: 0, pesan: "Isi batas capaian (persen) tidak negatif, atau kosongkan." },
      { rentang: `A11:A${10 + t.skala.pita.length - 1}`, jenis: "desimal", pesan: "Isi batas bawah (persen)." },
    ],
    bolehKosong: ["B3:B6"],
    akibatKosong: "unit/tahun tidak tercetak; batas kosong berarti capaian tanpa batas atas",
    ...(o.unit ? { identitas: { unit: o.unit, ...(o.tahun ? { periode: String(o.tahun) } : {}) } } : {}),
  };
}

/** Rumus kategori atas sel capaian `c` dengan skala di lembar Pengaturan. */
function rumusKategori(t: Tata, c: string): string {
  const r = rumusBulatPita(c);
  let isi = t.skalaNama[t.skalaNama.length - 1];
  for (let i = t.skalaMin.length - 1; i >= 0; i--) isi = `IF(${r}>=${t.skalaMin[i]},${t.skalaNama[i]},${isi})`;
  return `=IF(ISNUMBER(${c}),${isi},"")`;
}

/** Ekspresi capaian (persen) dari target `tg`, realisasi `rl` dan arah `ar`, tanpa batas. */
const rumusCapaian = (tg: string, rl: string, ar: string) =>
  `IF(${ar}="turun",(2*${tg}-${rl})/${tg},IF(${ar}="turun-rasio",${tg}/${rl},${rl}/${tg}))*100`;

function identitas(t: Tata): Pick<RencanaLembar, "identitas"> {
  return t.o.unit ? { identitas: { unit: t.o.unit, ...(t.o.tahun ? { periode: String(t.o.tahun) } : {}) } } : {};
}

const tahunLabel = (t: Tata, mundur: number) =>
  t.o.tahun ? String(t.o.tahun - mundur) : mundur === 0 ? "tahun n" : `tahun n−${mundur}`;

// ---------- PK ----------

function lembarPk(t: Tata): RencanaLembar {
  const k = new Kisi();
  k.set(0, 0, judul(`Perjanjian Kinerja ${t.o.tahun ?? ""}`.trim()));
  k.set(
    1,
    0,
    label(
      `Arah: naik (R/T), turun ((2T − R)/T) atau turun-rasio (T/R). Jenis: kumulatif (jumlah ` +
        `triwulan), rata-rata (rata-rata triwulan terisi), akhir (triwulan terisi terakhir). Target ` +
        `triwulan boleh kosong.`,
      "catatan",
    ),
  );
  const kepala = [
    "No",
    "Sasaran",
    "Indikator kinerja",
    "Satuan",
    "Arah",
    "Jenis",
    "Target tahunan",
    ...TW.map((x) => `Target TW ${x}`),
    "Baseline",
    "Target akhir Renstra",
  ];
  kepala.forEach((x, j) => k.set(KEPALA, j, label(x, "kepala")));
  for (let i = 0; i < t.nInd; i++) {
    const b = AWAL + i;
    const d = t.o.indikator?.[i];
    const kk = `i=${i + 1}`;
    k.set(b, 0, label(i + 1));
    k.set(b, 1, masukan(`sasaran|${kk}`, d?.sasaran ?? ""));
    k.set(b, 2, masukan(`indikator|${kk}`, d?.indikator ?? ""));
    k.set(b, 3, masukan(`satuan|${kk}`, d?.satuan ?? ""));
    k.set(b, 4, masukan(`arah|${kk}`, d ? (d.arah ?? "naik") : undefined));
    k.set(b, 5, masukan(`jenis|${kk}`, d ? (d.jenis ?? "kumulatif") : undefined));
    k.set(b, 6, masukan(`target|${kk}`, d?.target ?? undefined, F_ANGKA));
    TW.forEach((_, q) => k.set(b, 7 + q, masukan(`target-tw${q + 1}|${kk}`, d?.targetTw?.[q] ?? undefined, F_ANGKA)));
    k.set(b, 11, masukan(`baseline|${kk}`, d?.baseline ?? undefined, F_ANGKA));
    k.set(b, 12, masukan(`target-akhir|${kk}`, d?.targetAkhir ?? undefined, F_ANGKA));
  }
  const a = nomor(AWAL);
  const z = t.indAkhir;
  return {
    nama: LEMBAR_SAKIP.pk,
    blok: [k.blok()],
    validasi: [
      {
        rentang: `E${a}:E${z}`,
        jenis: "daftar",
        daftar: [...ARAH_SAKIP],
        pesan: "Pilih naik, turun atau turun-rasio.",
      },
      {
        rentang: `F${a}:F${z}`,
        jenis: "daftar",
        daftar: [...JENIS_INDIKATOR],
        pesan: "Pilih kumulatif, rata-rata atau akhir.",
      },
      { rentang: `G${a}:M${z}`, jenis: "desimal", min: 0, pesan: "Isi angka tidak negatif." },
    ],
    bekukan: { baris: AWAL, kolom: 3 },
    bolehKosong: [`B${a}:M${z}`],
    akibatKosong:
      "indikator tanpa target atau realisasi tidak ikut capaian sasaran dan NKO; target triwulan kosong memakai target tahunan",
    lebarKolom: [
      { kolom: "B", lebar: 30 },
      { kolom: "C", lebar: 36 },
    ],
    lebarMaksimum: [
      { kolom: "B", lebar: 30 },
      { kolom: "C", lebar: 36 },
    ],
    ...identitas(t),
  };
}

// ---------- Realisasi ----------

function lembarRealisasi(t: Tata): RencanaLembar {
  const k = new Kisi();
  const pk = (kol: string, b: number) => ref(LEMBAR_SAKIP.pk, `${kol}${b}`);
  const s = t.tahunan ? "tahun" : `TW ${TW[t.k - 1]}`;
  k.set(0, 0, judul(`Realisasi kinerja ${t.o.tahun ?? ""}`.trim()));
  k.set(
    1,
    0,
    label(
      `Realisasi s.d. ${s} menurut jenis indikator (lembar PK); capaian dalam persen${t.o.batas === undefined ? "" : ", paling tinggi batas di Pengaturan"}. Kolom bantu N (capaian terisi) ` +
        `disembunyikan.`,
      "catatan",
    ),
  );
  const kepala = [
    "No",
    "Indikator kinerja",
    ...TW.map((x) => `Realisasi TW ${x}`),
    `Realisasi ${tahunLabel(t, 1)}`,
    `Realisasi ${tahunLabel(t, 2)}`,
    `Target s.d. ${s}`,
    `Realisasi s.d. ${s}`,
    "Capaian (%)",
    "Kategori",
    "Terisi",
  ];
  kepala.forEach((x, j) => k.set(KEPALA, j, label(x, "kepala")));
  const q = t.k; // triwulan yang dihitung
  for (let i = 0; i < t.nInd; i++) {
    const b = AWAL + i;
    const n = nomor(b);
    const d = t.o.indikator?.[i];
    const kk = `i=${i + 1}`;
    k.set(b, 0, label(i + 1));
    k.set(b, 1, hitung(`=${teksAtau(pk("C", n))}`));
    TW.forEach((_, j) =>
      k.set(b, 2 + j, masukan(`realisasi-tw${j + 1}|${kk}`, d?.realisasiTw?.[j] ?? undefined, F_ANGKA)),
    );
    k.set(b, 6, masukan(`realisasi-lalu|${kk}`, d?.realisasiLalu ?? undefined, F_ANGKA));
    k.set(b, 7, masukan(`realisasi-lalu2|${kk}`, d?.realisasiLalu2 ?? undefined, F_ANGKA));
    const jenis = pk("F", n);
    const tahunan = angkaAtau(pk("G", n));
    // target s.d.: tahun dinilai → target tahunan; triwulan k → target triwulan bila terisi semua
    let target: string;
    if (t.tahunan) target = `=${tahunan}`;
    else {
      const rg = `${pk("H", n)}:${pk(String.fromCharCode(72 + q - 1), n).split("!")[1]}`;
      const akhirTw = pk(String.fromCharCode(72 + q - 1), n);
      target = `=IF(${jenis}="akhir",IF(ISNUMBER(${akhirTw}),${akhirTw},${tahunan}),IF(COUNT(${rg})=${q},IF(${jenis}="rata-rata",AVERAGE(${rg}),SUM(${rg})),${tahunan}))`;
    }
    k.set(b, 8, hitung(target, F_ANGKA));
    const kol = (j: number) => `${String.fromCharCode(67 + j)}${n}`; // C..F
    const rg = `C${n}:${String.fromCharCode(67 + q - 1)}${n}`;
    let akhir = `""`;
    for (let j = 0; j < q; j++) akhir = `IF(ISNUMBER(${kol(j)}),${kol(j)},${akhir})`;
    k.set(
      b,
      9,
      hitung(
        `=IF(COUNT(${rg})=0,"",IF(${jenis}="rata-rata",AVERAGE(${rg}),IF(${jenis}="akhir",${akhir},SUM(${rg}))))`,
        F_ANGKA,
      ),
    );
    const cp = rumusCapaian(`I${n}`, `J${n}`, pk("E", n));
    const batas = `IF(ISNUMBER(${t.batas}),MIN(${t.batas},${cp}),${cp})`;
    k.set(b, 10, hitung(`=IF(OR(NOT(ISNUMBER(I${n})),NOT(ISNUMBER(J${n}))),"",${batas})`, F_PERSEN));
    k.set(b, 11, hitung(rumusKategori(t, `K${n}`)));
    k.set(b, 12, hitung(`=IF(ISNUMBER(K${n}),1,0)`, "0"));
  }
  const a = nomor(AWAL);
  const z = t.indAkhir;
  return {
    nama: LEMBAR_SAKIP.realisasi,
    blok: [k.blok()],
    validasi: [{ rentang: `C${a}:H${z}`, jenis: "desimal", min: 0, pesan: "Isi angka tidak negatif." }],
    bekukan: { baris: AWAL, kolom: 2 },
    bolehKosong: [`C${a}:H${z}`],
    akibatKosong: "triwulan kosong belum dilaporkan dan dilewati; tahun lalu kosong tidak tampil di LKjIP 3.2",
    kolomBantu: { kolom: ["M"], keterangan: "Kolom bantu M (capaian terisi)" },
    lebarKolom: [{ kolom: "B", lebar: 36 }],
    lebarMaksimum: [{ kolom: "B", lebar: 36 }],
    ...identitas(t),
  };
}

// ---------- Anggaran ----------

function lembarAnggaran(t: Tata): RencanaLembar {
  const k = new Kisi();
  const s = t.tahunan ? "tahun" : `TW ${TW[t.k - 1]}`;
  k.set(0, 0, judul(`Anggaran dan serapan ${t.o.tahun ?? ""}`.trim()));
  k.set(
    1,
    0,
    label(
      `Serapan = realisasi s.d. ${s} / pagu × 100. Sasaran ditulis sama dengan lembar PK (huruf besar/kecil tidak dibedakan).`,
      "catatan",
    ),
  );
  [
    "No",
    "Sasaran",
    "Program / kegiatan",
    "Pagu (Rp)",
    ...TW.map((x) => `Realisasi TW ${x} (Rp)`),
    `Realisasi s.d. ${s} (Rp)`,
    "Serapan (%)",
  ].forEach((x, j) => k.set(KEPALA, j, label(x, "kepala")));
  for (let i = 0; i < t.nProg; i++) {
    const b = AWAL + i;
    const n = nomor(b);
    const d = t.o.anggaran?.[i];
    const kk = `p=${i + 1}`;
    k.set(b, 0, label(i + 1));
    k.set(b, 1, masukan(`anggaran-sasaran|${kk}`, d?.sasaran ?? ""));
    k.set(b, 2, masukan(`program|${kk}`, d?.program ?? ""));
    k.set(b, 3, masukan(`pagu|${kk}`, d?.pagu ?? undefined, F_RUPIAH));
    TW.forEach((_, j) =>
      k.set(b, 4 + j, masukan(`anggaran-tw${j + 1}|${kk}`, d?.realisasiTw?.[j] ?? undefined, F_RUPIAH)),
    );
    const rg = `E${n}:${String.fromCharCode(69 + t.k - 1)}${n}`;
    k.set(b, 8, hitung(`=IF(COUNT(${rg})=0,"",SUM(${rg}))`, F_RUPIAH));
    k.set(
      b,
      9,
      hitung(`=IF(OR(NOT(ISNUMBER(D${n})),NOT(ISNUMBER(I${n}))),"",IF(D${n}=0,"",I${n}/D${n}*100))`, F_PERSEN),
    );
  }
  const a = nomor(AWAL);
  const z = t.progAkhir;
  return {
    nama: LEMBAR_SAKIP.anggaran,
    blok: [k.blok()],
    validasi: [{ rentang: `D${a}:H${z}`, jenis: "desimal", min: 0, pesan: "Isi rupiah tidak negatif." }],
    bekukan: { baris: AWAL, kolom: 3 },
    bolehKosong: [`B${a}:H${z}`],
    akibatKosong: "program tanpa pagu atau realisasi tidak ikut serapan sasaran",
    lebarKolom: [
      { kolom: "B", lebar: 30 },
      { kolom: "C", lebar: 34 },
    ],
    lebarMaksimum: [
      { kolom: "B", lebar: 30 },
      { kolom: "C", lebar: 34 },
    ],
    lebarMinimum: ["D", "E", "F", "G", "H", "I"].map((kolom) => ({ kolom, lebar: 15 })),
    ...identitas(t),
  };
}

// ---------- LKjIP ----------

/** Kolom setelah tabel untuk grafik di samping data. */
const grafikDi = (kolom: string) => `${kolom}${nomor(KEPALA)}`;

/** Rujukan sel lembar PK dan Realisasi pada baris indikator `n`. */
const selPk = (c: string, n: number) => ref(LEMBAR_SAKIP.pk, `${c}${n}`);
const selRealisasi = (c: string, n: number) => ref(LEMBAR_SAKIP.realisasi, `${c}${n}`);

/** Satu tabel indikator LKjIP Bab III: No, indikator, satuan (rumus dari PK), lalu empat kolom khas tabel itu. */
interface TabelIndikator {
  nama: string;
  judul: string;
  catatan: string;
  /** Judul empat kolom khas (D–G). */
  kepala: string[];
  /** Empat sel khas pada baris lembar `n`. */
  kolom: (n: number) => Sel[];
  grafik: (a: number, z: number) => Omit<Grafik, "posisi">;
}

function lembarIndikator(t: Tata, x: TabelIndikator): RencanaLembar {
  const k = new Kisi();
  k.set(0, 0, judul(x.judul));
  k.set(1, 0, label(x.catatan, "catatan"));
  ["No", "Indikator kinerja", "Satuan", ...x.kepala].forEach((h, j) => k.set(KEPALA, j, label(h, "kepala")));
  for (let i = 0; i < t.nInd; i++) {
    const b = AWAL + i;
    const n = nomor(b);
    k.set(b, 0, label(i + 1));
    k.set(b, 1, hitung(`=${teksAtau(selPk("C", n))}`));
    k.set(b, 2, hitung(`=${teksAtau(selPk("D", n))}`));
    x.kolom(n).forEach((sel, j) => k.set(b, 3 + j, sel));
  }
  return {
    nama: x.nama,
    blok: [k.blok()],
    grafik: [{ ...x.grafik(nomor(AWAL), t.indAkhir), posisi: grafikDi("I") }],
    bekukan: { baris: AWAL, kolom: 2 },
    lebarKolom: [{ kolom: "B", lebar: 36 }],
    lebarMaksimum: [{ kolom: "B", lebar: 36 }],
    ...identitas(t),
  };
}

const angkaDari = (sel: string): Sel => hitung(`=${angkaAtau(sel)}`, F_ANGKA);

function lembar31(t: Tata): RencanaLembar {
  return lembarIndikator(t, {
    nama: LEMBAR_SAKIP.t31,
    judul: `Tabel 3.1 Target dan realisasi kinerja ${t.o.tahun ?? ""}`.trim(),
    catatan:
      "PermenPAN-RB 53/2014, format LKjIP Bab III: perbandingan target dan realisasi kinerja tahun ini. Semua sel rumus dari lembar PK dan Realisasi.",
    kepala: ["Target", "Realisasi", "Capaian (%)", "Kategori"],
    kolom: (n) => [
      angkaDari(selRealisasi("I", n)),
      angkaDari(selRealisasi("J", n)),
      hitung(`=${angkaAtau(selRealisasi("K", n))}`, F_PERSEN),
      hitung(`=${teksAtau(selRealisasi("L", n))}`),
    ],
    grafik: (a, z) => ({
      jenis: "batang",
      judul: "Capaian indikator (%)",
      data: `F${a}:F${z}`,
      kategori: `B${a}:B${z}`,
    }),
  });
}

function lembar32(t: Tata): RencanaLembar {
  return lembarIndikator(t, {
    nama: LEMBAR_SAKIP.t32,
    judul: "Tabel 3.2 Realisasi dibandingkan dua tahun sebelumnya",
    catatan:
      "PermenPAN-RB 53/2014, format LKjIP Bab III: perbandingan realisasi tahun ini dengan tahun-tahun sebelumnya.",
    kepala: [
      `Realisasi ${tahunLabel(t, 2)}`,
      `Realisasi ${tahunLabel(t, 1)}`,
      `Realisasi ${tahunLabel(t, 0)}`,
      `Target ${tahunLabel(t, 0)}`,
    ],
    kolom: (n) => [
      angkaDari(selRealisasi("H", n)),
      angkaDari(selRealisasi("G", n)),
      angkaDari(selRealisasi("J", n)),
      angkaDari(selRealisasi("I", n)),
    ],
    grafik: (a, z) => ({
      jenis: "kolom",
      judul: "Realisasi tiga tahun",
      seri: [tahunLabel(t, 2), tahunLabel(t, 1), tahunLabel(t, 0)],
      data: `D${a}:F${z}`,
      kategori: `B${a}:B${z}`,
    }),
  });
}

function lembar33(t: Tata): RencanaLembar {
  return lembarIndikator(t, {
    nama: LEMBAR_SAKIP.t33,
    judul: "Tabel 3.3 Kemajuan terhadap target akhir Renstra",
    catatan:
      "PermenPAN-RB 53/2014, format LKjIP Bab III: realisasi dibandingkan target jangka menengah. " +
      "Capaian dengan arah indikator (naik: realisasi / target akhir × 100), tanpa batas.",
    kepala: ["Baseline", "Target akhir Renstra", `Realisasi ${tahunLabel(t, 0)}`, "Capaian thd target akhir (%)"],
    kolom: (n) => [
      angkaDari(selPk("L", n)),
      angkaDari(selPk("M", n)),
      angkaDari(selRealisasi("J", n)),
      hitung(
        `=IF(OR(NOT(ISNUMBER(E${n})),NOT(ISNUMBER(F${n}))),"",${rumusCapaian(`E${n}`, `F${n}`, selPk("E", n))})`,
        F_PERSEN,
      ),
    ],
    grafik: (a, z) => ({
      jenis: "batang",
      judul: "Capaian terhadap target akhir Renstra (%)",
      data: `G${a}:G${z}`,
      kategori: `B${a}:B${z}`,
    }),
  });
}

function lembar34(t: Tata): RencanaLembar {
  const k = new Kisi();
  const ef = EFISIENSI[t.o.efisiensi ?? EFISIENSI_BAWAAN];
  const nama = sasaranUnik(t.o);
  const pkS = `${rujukLembar(LEMBAR_SAKIP.pk)}!$B$${nomor(AWAL)}:$B$${t.indAkhir}`;
  const rlC = `${rujukLembar(LEMBAR_SAKIP.realisasi)}!$K$${nomor(AWAL)}:$K$${t.indAkhir}`;
  const rlM = `${rujukLembar(LEMBAR_SAKIP.realisasi)}!$M$${nomor(AWAL)}:$M$${t.indAkhir}`;
  const agS = `${rujukLembar(LEMBAR_SAKIP.anggaran)}!$B$${nomor(AWAL)}:$B$${t.progAkhir}`;
  const agP = `${rujukLembar(LEMBAR_SAKIP.anggaran)}!$D$${nomor(AWAL)}:$D$${t.progAkhir}`;
  const agR = `${rujukLembar(LEMBAR_SAKIP.anggaran)}!$I$${nomor(AWAL)}:$I$${t.progAkhir}`;
  k.set(0, 0, judul("Tabel 3.4 Capaian kinerja dan serapan anggaran per sasaran"));
  k.set(
    1,
    0,
    label(
      `Capaian sasaran = rata-rata capaian indikatornya; NKO = rata-rata capaian ` +
        `sasaran. Serapan = Σ realisasi / Σ pagu program sasaran × 100. Efisiensi: ${ef.nama} (${ef.rumus}; ` +
        `${ef.tafsir}).`,
      "catatan",
    ),
  );
  [
    "No",
    "Sasaran",
    "Capaian (%)",
    "Serapan (%)",
    ef.cara === "selisih" ? "Efisiensi (poin)" : "Efisiensi (rasio)",
    "Kategori",
    "Pagu (Rp)",
    "Realisasi (Rp)",
  ].forEach((x, j) => k.set(KEPALA, j, label(x, "kepala")));
  for (let i = 0; i < t.nSas; i++) {
    const b = AWAL + i;
    const n = nomor(b);
    k.set(b, 0, label(i + 1));
    k.set(b, 1, masukan(`sasaran|s=${i + 1}`, nama[i] ?? ""));
    k.set(
      b,
      2,
      hitung(
        `=IF(B${n}="","",IF(SUMIF(${pkS},B${n},${rlM})=0,"",SUMIF(${pkS},B${n},${rlC})/SUMIF(${pkS},B${n},${rlM})))`,
        F_PERSEN,
      ),
    );
    k.set(b, 3, hitung(`=IF(B${n}="","",IF(G${n}=0,"",H${n}/G${n}*100))`, F_PERSEN));
    const e = ef.cara === "selisih" ? `C${n}-D${n}` : `IF(D${n}=0,"",C${n}/D${n})`;
    k.set(
      b,
      4,
      hitung(`=IF(OR(NOT(ISNUMBER(C${n})),NOT(ISNUMBER(D${n}))),"",${e})`, ef.cara === "selisih" ? F_PERSEN : "0.0000"),
    );
    k.set(b, 5, hitung(rumusKategori(t, `C${n}`)));
    k.set(b, 6, hitung(`=IF(B${n}="","",SUMIF(${agS},B${n},${agP}))`, F_RUPIAH));
    k.set(b, 7, hitung(`=IF(B${n}="","",SUMIF(${agS},B${n},${agR}))`, F_RUPIAH));
  }
  const a = nomor(AWAL);
  const z = t.sasAkhir;
  const tb = t.sasAkhir; // baris 0-based NKO = baris Excel terakhir data (1-based) → indeks 0-based z
  const nko = tb + 1;
  k.set(tb, 1, label("Nilai Kinerja Organisasi (NKO)", "total"));
  k.set(tb, 2, hitung(`=IF(COUNT(C${a}:C${z})=0,"",AVERAGE(C${a}:C${z}))`, F_PERSEN, "total"));
  k.set(tb, 5, hitung(rumusKategori(t, `C${nko}`), undefined, "total"));
  return {
    nama: LEMBAR_SAKIP.t34,
    blok: [k.blok()],
    grafik: [
      {
        jenis: "kolom",
        judul: "Capaian dan serapan per sasaran (%)",
        seri: ["Capaian kinerja (%)", "Serapan anggaran (%)"],
        data: `C${a}:D${z}`,
        kategori: `B${a}:B${z}`,
        posisi: grafikDi("J"),
      },
    ],
    bekukan: { baris: AWAL, kolom: 2 },
    bolehKosong: [`B${a}:B${z}`],
    akibatKosong: "baris sasaran kosong tidak ikut NKO",
    lebarKolom: [{ kolom: "B", lebar: 34 }],
    lebarMaksimum: [{ kolom: "B", lebar: 34 }],
    lebarMinimum: [
      { kolom: "G", lebar: 15 },
      { kolom: "H", lebar: 15 },
    ],
    nama_rentang: [{ nama: "SAKIP_NKO", rentang: `$C$${nko}`, keterangan: "Nilai Kinerja Organisasi (persen)" }],
    ...identitas(t),
  };
}

/** Rencana buku kerja siklus SAKIP. */
export function rencanaSakip(opsi: OpsiSakip = {}): RencanaBukuKerja {
  const skala = skalaSakip(opsi.skala ?? SKALA_SAKIP_BAWAAN.id);
  const kosongBaris = opsi.barisKosong;
  const nInd = (opsi.indikator?.length ?? 0) + (kosongBaris ?? (opsi.indikator?.length ? 0 : 10));
  const nProg = (opsi.anggaran?.length ?? 0) + (kosongBaris ?? (opsi.anggaran?.length ? 0 : 10));
  const nSas = sasaranUnik(opsi).length + (kosongBaris ?? (sasaranUnik(opsi).length ? 0 : 5));
  const k = opsi.triwulan ?? TRIWULAN;
  const p = (sel: string) => `${rujukLembar(LEMBAR_SAKIP.pengaturan)}!${sel}`;
  const t: Tata = {
    o: opsi,
    skala,
    k,
    tahunan: opsi.triwulan === undefined,
    nInd: Math.max(1, nInd),
    nProg: Math.max(1, nProg),
    nSas: Math.max(1, nSas),
    indAkhir: nomor(AWAL) + Math.max(1, nInd) - 1,
    progAkhir: nomor(AWAL) + Math.max(1, nProg) - 1,
    sasAkhir: nomor(AWAL) + Math.max(1, nSas) - 1,
    batas: p(abs(5, 1)),
    skalaMin: skala.pita.filter((x) => x.min !== null).map((_, i) => p(abs(10 + i, 0))),
    skalaNama: skala.pita.map((_, i) => p(abs(10 + i, 1))),
  };
  const lembar = [
    lembarPengaturan(t),
    lembarPk(t),
    lembarRealisasi(t),
    lembarAnggaran(t),
    lembar31(t),
    lembar32(t),
    lembar33(t),
    lembar34(t),
  ];
  return { meta: { pembangun: ID_SAKIP, versi: 1, opsi: { ...opsi } as Record<string, unknown> }, lembar };
}

const S1 = "Meningkatnya kualitas pelayanan publik kecamatan";
const S2 = "Meningkatnya partisipasi masyarakat dalam pembangunan";

/**
 * PK contoh (demo, angka rekaan): lima IKU sebuah kecamatan selama empat triwulan, dengan anggaran tiga program.
 * Mencakup ketiga jenis dan kedua arah utama; dipakai `kinerja demo` dan README.
 */
export function contohSakip(): OpsiSakip {
  return {
    unit: "Kecamatan Contoh",
    tahun: 2025,
    indikator: [
      {
        sasaran: S1,
        indikator: "Indeks Kepuasan Masyarakat (IKM) pelayanan kecamatan",
        satuan: "nilai",
        arah: "naik",
        jenis: "rata-rata",
        target: 85,
        realisasiTw: [82.1, 83.4, 84, 85.2],
        realisasiLalu: 81.5,
        realisasiLalu2: 79.8,
        baseline: 78,
        targetAkhir: 88,
      },
      {
        sasaran: S1,
        indikator: "Persentase layanan administrasi selesai tepat waktu",
        satuan: "%",
        arah: "naik",
        jenis: "rata-rata",
        target: 95,
        realisasiTw: [92, 94, 95, 97],
        realisasiLalu: 91,
        realisasiLalu2: 88,
        baseline: 85,
        targetAkhir: 98,
      },
      {
        sasaran: S1,
        indikator: "Rata-rata waktu penyelesaian izin",
        satuan: "hari",
        arah: "turun",
        jenis: "rata-rata",
        target: 4,
        realisasiTw: [5, 4.5, 4, 3.5],
        realisasiLalu: 5.5,
        realisasiLalu2: 6,
        baseline: 7,
        targetAkhir: 3,
      },
      {
        sasaran: S2,
        indikator: "Jumlah kegiatan pemberdayaan masyarakat",
        satuan: "kegiatan",
        arah: "naik",
        jenis: "kumulatif",
        target: 20,
        targetTw: [4, 6, 6, 4],
        realisasiTw: [3, 5, 6, 4],
        realisasiLalu: 16,
        realisasiLalu2: 14,
        baseline: 12,
        targetAkhir: 24,
      },
      {
        sasaran: S2,
        indikator: "Persentase desa/kelurahan dengan Musrenbang tepat waktu",
        satuan: "%",
        arah: "naik",
        jenis: "akhir",
        target: 100,
        targetTw: [25, 50, 100, 100],
        realisasiTw: [40, 70, 100, 100],
        realisasiLalu: 90,
        realisasiLalu2: 80,
        baseline: 75,
        targetAkhir: 100,
      },
    ],
    anggaran: [
      {
        sasaran: S1,
        program: "Program penyelenggaraan pemerintahan dan pelayanan publik",
        pagu: 850_000_000,
        realisasiTw: [180_000_000, 210_000_000, 195_000_000, 230_000_000],
      },
      {
        sasaran: S1,
        program: "Program penunjang urusan pemerintahan kecamatan",
        pagu: 1_250_000_000,
        realisasiTw: [290_000_000, 305_000_000, 300_000_000, 320_000_000],
      },
      {
        sasaran: S2,
        program: "Program pemberdayaan masyarakat desa dan kelurahan",
        pagu: 420_000_000,
        realisasiTw: [60_000_000, 110_000_000, 120_000_000, 95_000_000],
      },
    ],
  };
}
