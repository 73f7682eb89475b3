/**
 * Seluruh siklus SKM: tabel ekspor formulir (satu baris per responden) → kolom dikenali → jawaban dipetakan →
 * dikelompokkan menurut periode dan layanan (Σ dan banyak per unsur, beraliran) → hasil per periode × layanan dan
 * unit (gabungan atau rerata layanan), tindak lanjut, kuadran, dan sampel Krejcie–Morgan per layanan.
 * Galat baris menyebut sumber, baris, kolom dan teksnya.
 */
import { GalatKinerja, galatNA, kosongTeks } from "../errors";
import { NILAI_DASAR_SKM, type AturanSkm } from "../../frameworks/skm";
import type { FormatTanggal, HasilUnit, JenisPeriode } from "../../frameworks/skm-siklus";
import { pitaMutu, ukuranSampelKrejcieMorgan } from "../skm";
import { kunciTeks, petaKepentinganDengan, type PetaJawaban } from "./peta";
import { kenaliKolom, type TataKolom } from "./kolom";
import { bacaWaktu, type BulanTahun } from "./tanggal";
import { periodeDari, type Periode } from "./periode";
import { hitungKelompok, type HasilKelompok, type KonvensiSkm } from "./konvensi";
import { pilihTindakLanjut, type UnsurTindakLanjut } from "./tindak-lanjut";
import { hitungKuadran, type HasilKuadran } from "./kuadran";

/** Tabel ekspor formulir: judul apa adanya dan baris (nomor baris di berkas untuk pesan galat). */
export interface TabelJawaban {
  sumber: string;
  judul: string[];
  baris: { no: number; sel: unknown[] }[];
}

export interface OpsiSiklus {
  aturan: AturanSkm;
  kolomLayanan?: string;
  kolomWaktu?: string;
  periode: JenisPeriode;
  formatTanggal: FormatTanggal;
  peta: PetaJawaban;
  konvensi: KonvensiSkm;
  hasilUnit: HasilUnit;
  /** Populasi per layanan (nama persis seperti di data) untuk uji Krejcie–Morgan. */
  populasi?: ReadonlyMap<string, number>;
  /** Ambang NRR tindak lanjut (semua unsur di bawahnya); tanpa ini tiga NRR terendah. */
  ambang?: number;
  /** Peta jawaban kepentingan/harapan (bawaan: petaKepentinganDengan()). */
  petaKepentingan?: Map<string, number>;
}

export interface SampelLayanan {
  populasi: number;
  minimal: number;
  cukup: boolean;
}

export interface HasilLayananPeriode extends HasilKelompok {
  nama: string;
  sampel?: SampelLayanan;
}

export interface HasilPeriode {
  nama: string;
  layanan: HasilLayananPeriode[];
  unit: HasilKelompok;
  /** Unsur tindak lanjut menurut NRR unit (pilihTindakLanjut). */
  tindakLanjut: UnsurTindakLanjut[];
  /** Kuadran kepentingan–kinerja unit; hanya bila formulir punya kolom kepentingan dan setiap unsur dijawab kepentingannya di periode ini. */
  kuadran?: HasilKuadran;
}

export interface HasilSiklus {
  aturan: AturanSkm;
  periode: HasilPeriode[];
  tata: TataKolom;
  /** Periode dan layanan tiap baris (urutan tabel; kosong bila dihitung beraliran tanpa menyimpan baris). */
  periodeBaris: string[];
  layananBaris: string[];
}

/** Nama layanan/periode bila kolomnya tidak diberikan (sama dengan rumus lembar Nilai). */
export const SEMUA_LAYANAN = "Semua layanan";
export const SEMUA_PERIODE = "Semua";

/** Galat baris tabel: pesan menyebut sumber, baris, kolom dan teks. */
export class GalatBaris extends GalatKinerja {
  constructor(pesan: string) {
    super("NILAI", pesan);
    this.name = "GalatBaris";
  }
}

/** Teks jawaban yang tidak ada di peta jawaban (panel menyarankan lembar Peta Jawaban). */
export class JawabanTakDikenal extends GalatBaris {}

function teksSel(x: unknown): string {
  if (x === null || x === undefined) return "";
  if (x instanceof Date) return x.toISOString();
  return String(x);
}

interface Akumulator {
  responden: number;
  jumlah: Float64Array;
  banyak: Float64Array;
}

const akumulatorBaru = (n: number): Akumulator => ({
  responden: 0,
  jumlah: new Float64Array(n),
  banyak: new Float64Array(n),
});

/** Membaca, memetakan dan mengelompokkan seluruh tabel; galat pertama menghentikan (tanpa hasil sebagian). */
export function hitungSiklus(t: TabelJawaban, o: OpsiSiklus): HasilSiklus {
  const p = new PenghitungSiklus(t.sumber, t.judul, o, true);
  for (const b of t.baris) p.tambah(b);
  return p.selesai();
}

/**
 * Penghitung siklus beraliran: baris ditambahkan satu per satu (mis. saat berkas masih dibaca) dan hanya
 * Σ/banyak per periode × layanan × unsur yang disimpan, sehingga memori tidak tumbuh dengan banyak jawaban.
 * `simpanBaris`: juga catat periode/layanan tiap baris (untuk salinan buku kerja). Aturan baris sama dengan
 * `hitungSiklus` (yang memakai kelas ini).
 */
export class PenghitungSiklus {
  private readonly t: TabelJawaban;
  readonly tata: TataKolom;
  private readonly n: number;
  private readonly periodeBaris: string[] = [];
  private readonly layananBaris: string[] = [];
  private readonly urutPeriode = new Map<string, number>();
  private readonly kelompok = new Map<string, Map<string, Akumulator>>();
  private readonly cacheWaktu = new Map<string, Periode>();
  private readonly ejaanLayanan = new Map<string, string>();
  private readonly petaKep: Map<string, number> | null;
  private readonly kepPeriode = new Map<string, Akumulator>();
  private banyak = 0;

  constructor(
    sumber: string,
    judul: string[],
    private readonly o: OpsiSiklus,
    private readonly simpanBaris = false,
  ) {
    this.t = { sumber, judul, baris: [] };
    this.tata = kenaliKolom(judul, o.aturan, o.kolomLayanan, o.kolomWaktu, sumber);
    this.n = this.tata.unsur.length;
    this.petaKep = this.tata.kepentingan ? (o.petaKepentingan ?? petaKepentinganDengan()) : null;
  }

  /** Satu baris responden (nomor baris berkas untuk pesan galat). @throws GalatBaris */
  tambah(b: { no: number; sel: unknown[] }): void {
    const { t, tata, o, n } = this;
    const per = periodeBarisIni(t, b, tata, o, this.cacheWaktu);
    const lay = tata.layanan === null ? SEMUA_LAYANAN : namaLayanan(t, b, tata.layanan, this.ejaanLayanan);
    if (this.simpanBaris) {
      this.periodeBaris.push(per.nama);
      this.layananBaris.push(lay);
    }
    this.banyak++;
    this.urutPeriode.set(per.nama, per.urut);
    let mp = this.kelompok.get(per.nama);
    if (!mp) this.kelompok.set(per.nama, (mp = new Map()));
    let ak = mp.get(lay);
    if (!ak) mp.set(lay, (ak = akumulatorBaru(n)));
    ak.responden++;
    let terisi = 0;
    for (let j = 0; j < n; j++) {
      const v = nilaiJawaban(t, b, tata.unsur[j], o.peta[j]);
      if (v === 0) continue;
      ak.jumlah[j] += v;
      ak.banyak[j] += 1;
      terisi++;
    }
    if (terisi === 0) throw new GalatBaris(`${t.sumber} baris ${b.no}: responden tidak menjawab satu unsur pun`);
    if (tata.kepentingan && this.petaKep) {
      let kp = this.kepPeriode.get(per.nama);
      if (!kp) this.kepPeriode.set(per.nama, (kp = akumulatorBaru(n)));
      tambahKepentingan(t, b, tata.kepentingan, this.petaKep, kp);
    }
  }

  /** Hasil per periode (urut waktu) dan layanan. @throws #N/A bila tidak ada baris */
  selesai(): HasilSiklus {
    const { o, t, n } = this;
    if (this.banyak === 0) throw galatNA(`${t.sumber}: tidak ada baris responden di bawah judul`);
    const namaPeriode = [...this.kelompok.keys()].sort((a, b) => this.urutPeriode.get(a)! - this.urutPeriode.get(b)!);
    const periode = namaPeriode.map((p) =>
      hasilPeriode(p, this.kelompok.get(p)!, n, o, t.sumber, this.kepPeriode.get(p)),
    );
    return {
      aturan: o.aturan,
      periode,
      tata: this.tata,
      periodeBaris: this.periodeBaris,
      layananBaris: this.layananBaris,
    };
  }
}

function periodeBarisIni(
  t: TabelJawaban,
  b: { no: number; sel: unknown[] },
  tata: TataKolom,
  o: OpsiSiklus,
  cache: Map<string, Periode>,
): Periode {
  if (tata.waktu === null) return { nama: SEMUA_PERIODE, urut: 0 };
  const x = b.sel[tata.waktu];
  // periode hanya bergantung pada tanggal: simpan hasil per bagian tanggal (sebelum jam) agar 100.000 baris cepat
  const kunci =
    x instanceof Date
      ? ""
      : typeof x === "number"
        ? `n${Math.floor(x)}`
        : `t${
            String(x ?? "")
              .trim()
              .split(/[ T,]/)[0]
          }`;
  const ada = kunci === "" ? undefined : cache.get(kunci);
  if (ada) return ada;
  if (kosongTeks(x))
    throw new GalatBaris(`${t.sumber} baris ${b.no}, kolom "${t.judul[tata.waktu]}": cap waktu kosong`);
  let w: BulanTahun;
  try {
    w = bacaWaktu(x, o.formatTanggal);
  } catch (e) {
    throw new GalatBaris(`${t.sumber} baris ${b.no}, kolom "${t.judul[tata.waktu]}": ${(e as Error).message}`);
  }
  const p = periodeDari(w, o.periode);
  if (kunci !== "") cache.set(kunci, p);
  return p;
}

/**
 * Nama layanan baris ini. Seperti COUNTIFS Excel, huruf besar/kecil dan spasi berlebih tidak membedakan
 * layanan ("KTP" = "ktp "); ejaan yang pertama muncul dipakai sebagai nama.
 */
function namaLayanan(
  t: TabelJawaban,
  b: { no: number; sel: unknown[] },
  k: number,
  ejaan: Map<string, string>,
): string {
  const s = teksSel(b.sel[k]).trim().replace(/\s+/g, " ");
  if (s === "") throw new GalatBaris(`${t.sumber} baris ${b.no}, kolom "${t.judul[k]}": jenis layanan kosong`);
  const kunci = s.toLowerCase();
  const ada = ejaan.get(kunci);
  if (ada !== undefined) return ada;
  ejaan.set(kunci, s);
  return s;
}

/** Nilai 1–4 sebuah sel jawaban; 0 = kosong (tidak menjawab). */
function nilaiJawaban(
  t: TabelJawaban,
  b: { no: number; sel: unknown[] },
  k: number,
  peta: Map<string, number>,
): number {
  const x = b.sel[k];
  if (typeof x === "number") {
    if (x === 1 || x === 2 || x === 3 || x === 4) return x;
    throw new GalatBaris(`${t.sumber} baris ${b.no}, kolom "${t.judul[k]}": jawaban "${x}" bukan bilangan bulat 1–4`);
  }
  const s = teksSel(x);
  if (s === "") return 0;
  let v = peta.get(s);
  if (v === undefined) {
    const kunci = kunciTeks(s);
    if (kunci === "") return 0;
    v = peta.get(kunci);
    // ejaan mentah yang sudah dikenali disimpan agar baris berikutnya cukup satu pencarian
    if (v !== undefined) peta.set(s, v);
  }
  if (v === undefined)
    throw new JawabanTakDikenal(
      `${t.sumber} baris ${b.no}, kolom "${t.judul[k]}": jawaban "${s.trim()}" tidak ada di peta jawaban`,
    );
  return v;
}

/** Jawaban kepentingan satu baris ditambahkan ke Σ/banyak periodenya (kosong dilewati). */
function tambahKepentingan(
  t: TabelJawaban,
  b: { no: number; sel: unknown[] },
  kolom: readonly number[],
  peta: Map<string, number>,
  ak: Akumulator,
): void {
  for (let j = 0; j < kolom.length; j++) {
    const v = nilaiJawaban(t, b, kolom[j], peta);
    if (v === 0) continue;
    ak.jumlah[j] += v;
    ak.banyak[j] += 1;
  }
}

/** Kuadran periode: rata-rata kepentingan tiap unsur (semua responden periode) terhadap NRR unit; tanpa kuadran bila ada unsur tanpa jawaban kepentingan. */
function kuadranPeriode(kep: Akumulator | undefined, unit: HasilKelompok): HasilKuadran | undefined {
  if (!kep || Array.prototype.some.call(kep.banyak, (x: number) => x === 0)) return undefined;
  const rerata = Array.from(kep.jumlah, (s, j) => s / kep.banyak[j]);
  return hitungKuadran(rerata, unit.nrr);
}

function hasilPeriode(
  nama: string,
  mp: Map<string, Akumulator>,
  n: number,
  o: OpsiSiklus,
  sumber: string,
  kep?: Akumulator,
): HasilPeriode {
  const namaLayanan = [...mp.keys()].sort((a, b) => a.localeCompare(b, "id"));
  const gabung = akumulatorBaru(n);
  const layanan: HasilLayananPeriode[] = namaLayanan.map((l) => {
    const a = mp.get(l)!;
    gabung.responden += a.responden;
    for (let j = 0; j < n; j++) {
      gabung.jumlah[j] += a.jumlah[j];
      gabung.banyak[j] += a.banyak[j];
    }
    const h = hitungDenganSumber(a, o, `${sumber}: periode ${nama}, layanan "${l}"`);
    const pop = o.populasi?.get(l);
    const sampel = pop === undefined ? undefined : sampelLayanan(pop, a.responden);
    return { nama: l, ...h, ...(sampel ? { sampel } : {}) };
  });
  const pooled = hitungDenganSumber(gabung, o, `${sumber}: periode ${nama}`);
  const unit = o.hasilUnit === "rerata" ? rerataLayanan(layanan, pooled, o.aturan) : pooled;
  const kuadran = kuadranPeriode(kep, unit);
  return { nama, layanan, unit, tindakLanjut: pilihTindakLanjut(unit.nrr, o.ambang), ...(kuadran ? { kuadran } : {}) };
}

function hitungDenganSumber(a: Akumulator, o: OpsiSiklus, konteks: string): HasilKelompok {
  try {
    return hitungKelompok(a.responden, a.jumlah, a.banyak, o.aturan, o.konvensi);
  } catch (e) {
    if (e instanceof GalatKinerja) throw new GalatBaris(`${konteks}: ${e.message}`);
    throw e;
  }
}

/** Hasil unit = rata-rata nilai SKM layanan (bobot sama); NRR unit = rata-rata NRR layanan per unsur. */
function rerataLayanan(
  layanan: readonly HasilLayananPeriode[],
  pooled: HasilKelompok,
  aturan: AturanSkm,
): HasilKelompok {
  const k = layanan.length;
  const n = pooled.nrr.length;
  const nrr = new Array<number>(n).fill(0);
  const dipakai = new Array<number>(n).fill(0);
  let nilai = 0;
  for (const l of layanan) {
    nilai += l.nilai / k;
    for (let j = 0; j < n; j++) {
      nrr[j] += l.nrr[j] / k;
      dipakai[j] += l.nrrDipakai[j] / k;
    }
  }
  const pita = pitaMutu(nilai, aturan);
  return {
    ...pooled,
    nrr,
    nrrDipakai: dipakai,
    indeks: nilai / NILAI_DASAR_SKM,
    nilai,
    mutu: pita.mutu,
    kinerja: pita.kinerja,
  };
}

/** Krejcie–Morgan: sampel minimal untuk populasi layanan dan apakah responden mencukupinya. */
export function sampelLayanan(populasi: number, responden: number): SampelLayanan {
  const minimal = ukuranSampelKrejcieMorgan(populasi);
  return { populasi, minimal, cukup: responden >= minimal };
}
