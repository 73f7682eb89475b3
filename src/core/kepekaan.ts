/**
 * Kepekaan bobot (issue 15): seberapa jauh bobot menentukan peringkat dan kategori. Fungsi murni,
 * tanpa Office, tanpa pembulatan di dalam perhitungan.
 *
 * Model: unit i, kriteria k, skor x_ik pada skala akhir metode, bobot w_k (dinormalkan, jumlah 1),
 * skor S_i = Σ_k w_k x_ik. Kategori S_i dari pita metode (PITA_KEPEKAAN), diputuskan atas nilai yang
 * dibulatkan ke 9 desimal (bulatUntukBatas) seperti aturan batas proyek.
 *
 * 1. Satu bobot sekali jalan, tepat. Bobot k diganti t ∈ [0, 1] dan bobot lain diskalakan
 *    (1 − t)/(1 − w_k). Maka S_i(t) = S_i + (t − w_k)·(x_ik − S_i)/(1 − w_k): garis lurus dalam t,
 *    sehingga batas rentang dihitung tertutup (titik potong garis dengan batas pita atau garis lain).
 *    - rentangPeringkat: rentang terlebar di sekitar w_k yang menjaga seluruh urutan unit. Cukup
 *      pasangan yang bertetangga dalam urutan awal: urutan (skor menurun, seri menurut nomor unit
 *      seperti urutanPeringkat di lan.ts) adalah urutan total, jadi bila setiap pasangan tetangga
 *      tetap, seluruh urutan tetap.
 *    - rentangKategori: irisan rentang kategori tiap unit (S_i(t) monoton, pita berupa selang).
 *    - per unit: bobot yang, digeser paling sedikit (mutlak), mengubah kategorinya, dan nilainya.
 * 2. Semua bobot sekaligus, sampel: w ~ Dirichlet(C·w), generator acak berbenih (xoshiro128**),
 *    gamma Marsaglia–Tsang. Per unit: peluang tiap kategori, tiap peringkat, median peringkat dan
 *    selang 90 % (kuantil 5 % dan 95 % dari sebaran peringkat).
 *
 * Kasus w_k = 1 (bobot lain semua nol): arah penskalaan tidak terdefinisi; sisa bobot dibagi sama
 * rata di antara kriteria lain (skor sisa = rata-rata polos kriteria lain). Ditulis di README.
 */
import { galatAngka, galatBagiNol, galatNA, galatNilai, pastikanAngka } from "./errors";
import { PITA_KATEGORI_LAN, SKALA_NILAI_LAN_MAKS } from "../frameworks/lan1998";
import { KATEGORI_IPP, SKALA_PEKPPP } from "../frameworks/pekppp";
import { NILAI_DASAR_SKM, PITA_MUTU_SKM, SKALA_JAWABAN_SKM, type AturanSkm } from "../frameworks/skm";
import { PITA_PP46, SKALA_PEGAWAI_PP46 } from "../frameworks/pegawai";

/**
 * Aturan batas proyek: nilai dibulatkan ke 9 desimal sebelum dibandingkan dengan tepi pita.
 * Satu tempat agar dapat diarahkan ke pembantu bersama inti bila sudah ada.
 */
export function bulatUntukBatas(x: number): number {
  return Math.round(x * 1e9) / 1e9;
}

export type IdPita = "lan" | "pekppp" | "skm2017" | "skm2004" | "pp46";
export const ID_PITA: readonly IdPita[] = ["lan", "pekppp", "skm2017", "skm2004", "pp46"];

/** Satu kategori pita: masuk bila nilai > lebihDari atau ≥ palingSedikit; tanpa keduanya = sisanya. */
export interface KategoriPita {
  readonly nama: string;
  readonly lebihDari?: number;
  readonly palingSedikit?: number;
}

export interface PitaKepekaan {
  readonly id: IdPita;
  readonly nama: string;
  /** Skala skor kriteria yang dibaca pita ini. */
  readonly skala: { readonly min: number; readonly maks: number };
  /** Pita membaca S × faktor (SKM: indeks 1–4 × 25). */
  readonly faktor: number;
  /** Dari terbaik ke terburuk; yang terakhir tanpa batas. */
  readonly kategori: readonly KategoriPita[];
  readonly pemetaan: string;
}

const pitaSkm = (aturan: AturanSkm): PitaKepekaan => {
  const p = PITA_MUTU_SKM[aturan];
  return {
    id: aturan === "2017" ? "skm2017" : "skm2004",
    nama: aturan === "2017" ? "SKM PermenPAN-RB 14/2017" : "IKM KepmenPAN 25/2004",
    skala: SKALA_JAWABAN_SKM,
    faktor: NILAI_DASAR_SKM,
    // pita ke-k masuk bila nilai melebihi batas atas tercetak pita di bawahnya (aturan celah SKM)
    kategori: p.map((b, k) => ({
      nama: `${b.mutu} (${b.kinerja})`,
      ...(k < p.length - 1 ? { lebihDari: p[k + 1].intervalNilai[1] } : {}),
    })),
    pemetaan: `kriteria = NRR tiap unsur (1–4); pita membaca indeks × ${NILAI_DASAR_SKM} (25–100)`,
  };
};

/** Pita tiap metode, dibentuk dari data kerangka yang sudah ada (tidak ada angka baru di sini). */
export const PITA_KEPEKAAN: Readonly<Record<IdPita, PitaKepekaan>> = {
  lan: {
    id: "lan",
    nama: "Pola LAN 1998 (Instrumen Alternatif II)",
    skala: { min: 0, maks: SKALA_NILAI_LAN_MAKS },
    faktor: 1,
    kategori: PITA_KATEGORI_LAN.map((p) => ({
      nama: p.kategori,
      ...(p.lebihDari !== undefined ? { lebihDari: p.lebihDari } : {}),
      ...(p.palingSedikit !== undefined ? { palingSedikit: p.palingSedikit } : {}),
    })),
    pemetaan:
      "kriteria = 17 (atau 5) variabel; skor = nilai variabel unit pada skala 1000 (nilai/maksimum × 1000); bobot = Bobot Variabel",
  },
  pekppp: {
    id: "pekppp",
    nama: "PEKPPP / Indeks Pelayanan Publik",
    skala: SKALA_PEKPPP,
    faktor: 1,
    kategori: KATEGORI_IPP.map((k) => ({
      nama: k.predikat,
      ...(k.lebihDari !== undefined ? { lebihDari: k.lebihDari } : {}),
    })),
    pemetaan: "kriteria = enam aspek; skor = nilai aspek 0–5; bobot = bobot aspek",
  },
  skm2017: pitaSkm("2017"),
  skm2004: pitaSkm("2004"),
  pp46: {
    id: "pp46",
    nama: "Kinerja pegawai PP 46/2011",
    skala: SKALA_PEGAWAI_PP46,
    faktor: 1,
    kategori: PITA_PP46.map((p) => ({
      nama: p.kategori,
      ...(p.lebihDari !== undefined ? { lebihDari: p.lebihDari } : {}),
    })),
    pemetaan: "kriteria = lima aspek pegawai; skor 0–100; bobot = bobot aspek",
  },
};

/** Pita dari id ("lan", "pekppp", "skm2017", "skm2004", "pp46"; tanpa membedakan huruf besar/kecil). */
export function bacaPita(x: unknown): PitaKepekaan {
  const id = String(x ?? "")
    .trim()
    .toLowerCase();
  if (!(ID_PITA as readonly string[]).includes(id))
    throw galatNilai(`pita "${String(x)}" tidak dikenal (pilih ${ID_PITA.join(", ")})`);
  return PITA_KEPEKAAN[id as IdPita];
}

/** Indeks kategori (0 = terbaik) untuk skor S (skala kriteria), atas nilai S × faktor dibulatkan 9 desimal. */
export function indeksKategori(pita: PitaKepekaan, skor: number): number {
  const v = bulatUntukBatas(skor * pita.faktor);
  const k = pita.kategori;
  for (let j = 0; j < k.length - 1; j++) {
    const b = k[j];
    if (b.lebihDari !== undefined ? v > b.lebihDari : v >= (b.palingSedikit as number)) return j;
  }
  return k.length - 1;
}

/** Tepi pita dalam skala skor S: bawah/atas kategori j (undefined = tak terbatas). */
function tepi(pita: PitaKepekaan, j: number): { bawah?: number; atas?: number } {
  const k = pita.kategori;
  const batas = (b: KategoriPita): number | undefined => b.lebihDari ?? b.palingSedikit;
  const bawah = j < k.length - 1 ? (batas(k[j]) as number) / pita.faktor : undefined;
  const atas = j > 0 ? (batas(k[j - 1]) as number) / pita.faktor : undefined;
  return { bawah, atas };
}

export interface MasukanKepekaan {
  /** Skor: baris unit × kolom kriteria, pada skala yang dibaca pita. */
  nilai: readonly (readonly number[])[];
  /** Bobot kriteria (skala bebas, dinormalkan). */
  bobot: readonly number[];
  pita?: PitaKepekaan | null;
}

interface Siap {
  x: number[][];
  w: number[];
  S: number[];
  pita: PitaKepekaan | null;
  kat: number[] | null;
  /** Urutan unit (indeks) menurut skor bulat 9 desimal menurun, seri menurut nomor unit. */
  urutan: number[];
}

function siapkan(m: MasukanKepekaan): Siap {
  if (m.nilai.length === 0) throw galatNA("nilai kosong: tidak ada unit");
  const K = m.bobot.length;
  const b = pastikanAngka(m.bobot, "bobot", true);
  if (K < 2) throw galatNilai("kepekaan bobot butuh paling sedikit dua kriteria");
  let total = 0;
  for (const v of b) total += v;
  if (total === 0) throw galatBagiNol("jumlah bobot nol");
  const w = b.map((v) => v / total);
  const pita = m.pita ?? null;
  const x = m.nilai.map((baris, i) => {
    if (baris.length !== K) throw galatNilai(`unit ke-${i + 1} punya ${baris.length} skor, bobot ${K}`);
    const r = pastikanAngka(baris, `skor unit ke-${i + 1}`);
    if (pita) {
      r.forEach((v, k) => {
        if (v < pita.skala.min || v > pita.skala.maks)
          throw galatAngka(
            `skor unit ke-${i + 1}, kriteria ke-${k + 1} (${v}) di luar skala ${pita.skala.min}–${pita.skala.maks} pita ${pita.id}`,
          );
      });
    }
    return r;
  });
  const S = x.map((r) => skorTertimbang(r, w));
  return { x, w, S, pita, kat: pita ? S.map((s) => indeksKategori(pita, s)) : null, urutan: urutkan(S) };
}

function skorTertimbang(r: readonly number[], w: readonly number[]): number {
  let s = 0;
  for (let k = 0; k < w.length; k++) s += w[k] * r[k];
  return s;
}

/** Urutan peringkat: skor (bulat 9 desimal) menurun, seri menurut nomor unit (seperti urutanPeringkat). */
export function urutkan(skor: readonly number[]): number[] {
  const r = skor.map(bulatUntukBatas);
  return r.map((_, i) => i).sort((a, b) => r[b] - r[a] || a - b);
}

/** Peringkat (1 = terbaik) tiap unit dari urutan. */
function peringkatDari(urutan: readonly number[]): number[] {
  const p = new Array<number>(urutan.length);
  urutan.forEach((u, r) => (p[u] = r + 1));
  return p;
}

/** Kemiringan dS_i/dt untuk bobot k: (x_ik − S_i)/(1 − w_k); w_k = 1: x_ik − rata-rata kriteria lain. */
function kemiringan(s: Siap, i: number, k: number): number {
  const sisa = 1 - s.w[k];
  if (sisa > 1e-12) return (s.x[i][k] - s.S[i]) / sisa;
  let lain = 0;
  for (let j = 0; j < s.w.length; j++) if (j !== k) lain += s.x[i][j];
  return s.x[i][k] - lain / (s.w.length - 1);
}

export type Rentang = [number, number];

/** Titik potong yang hanya karena derau titik mengambang jatuh di dekat 0 atau 1 dirapatkan ke sana. */
function rapat(t: number): number {
  if (Math.abs(t) < 1e-12) return 0;
  if (Math.abs(t - 1) < 1e-12) return 1;
  return t;
}

/** Selang t ∈ [0,1] di sekitar t0 tempat a + (t − t0)·m tetap di (bawah, atas) (tepi terbuka/tertutup tidak dibedakan). */
function selangGaris(t0: number, a: number, m: number, bawah: number | undefined, atas: number | undefined): Rentang {
  let lo = 0;
  let hi = 1;
  if (m > 0) {
    if (atas !== undefined) hi = Math.min(hi, t0 + (atas - a) / m);
    if (bawah !== undefined) lo = Math.max(lo, t0 + (bawah - a) / m);
  } else if (m < 0) {
    if (atas !== undefined) lo = Math.max(lo, t0 + (atas - a) / m);
    if (bawah !== undefined) hi = Math.min(hi, t0 + (bawah - a) / m);
  }
  // derau titik mengambang / nilai tepat di tepi: selang selalu memuat t0
  return [Math.min(rapat(lo), t0), Math.max(rapat(hi), t0)];
}

export interface GeserKategori {
  /** Indeks kriteria (0-based). */
  kriteria: number;
  /** Nilai bobot (dinormalkan) tempat kategori berubah. */
  nilai: number;
  /** |nilai − bobot sekarang|. */
  geser: number;
  kategoriBaru: string;
}

export interface RentangKriteria {
  kriteria: number;
  bobot: number;
  rentangPeringkat: Rentang;
  rentangKategori: Rentang | null;
}

export interface RentangUnit {
  skor: number;
  peringkat: number;
  kategori: string | null;
  /** Per kriteria: selang bobot tempat kategori unit ini tetap (null tanpa pita). */
  rentangKategori: Rentang[] | null;
  geserTerkecil: GeserKategori | null;
}

export interface HasilRentang {
  /** Bobot dinormalkan (jumlah 1). */
  bobot: number[];
  pita: PitaKepekaan | null;
  kriteria: RentangKriteria[];
  unit: RentangUnit[];
}

/** Selang kategori unit i terhadap bobot k, beserta perubahan di ujungnya (bila ada). */
function selangKategoriUnit(s: Siap, i: number, k: number): { rentang: Rentang; ujung: GeserKategori[] } {
  const pita = s.pita as PitaKepekaan;
  const c = (s.kat as number[])[i];
  const t0 = s.w[k];
  const m = kemiringan(s, i, k);
  const { bawah, atas } = tepi(pita, c);
  const rentang = selangGaris(t0, s.S[i], m, bawah, atas);
  const ujung: GeserKategori[] = [];
  for (const [t, sisiAtas] of [
    [rentang[0], false],
    [rentang[1], true],
  ] as const) {
    const di = indeksKategori(pita, s.S[i] + (t - t0) * m);
    const dalam = t > 0 && t < 1;
    if (m === 0 || (!dalam && di === c)) continue; // ujung [0,1] tanpa perubahan
    // di luar ujung atas skor bergerak searah m, di luar ujung bawah berlawanan; naik → kategori lebih baik
    const naik = sisiAtas ? m > 0 : m < 0;
    const baru = di !== c ? di : naik ? c - 1 : c + 1;
    if (baru < 0 || baru >= pita.kategori.length) continue;
    ujung.push({ kriteria: k, nilai: t, geser: Math.abs(t - t0), kategoriBaru: pita.kategori[baru].nama });
  }
  return { rentang, ujung };
}

/** Selang peringkat untuk bobot k: irisan selang pasangan tetangga dalam urutan awal. */
function selangPeringkat(s: Siap, k: number): Rentang {
  const t0 = s.w[k];
  let lo = 0;
  let hi = 1;
  const m = s.S.map((_, i) => kemiringan(s, i, k));
  for (let r = 0; r + 1 < s.urutan.length; r++) {
    const a = s.urutan[r];
    const b = s.urutan[r + 1];
    const q = m[a] - m[b];
    if (q === 0) continue;
    const seri = bulatUntukBatas(s.S[a]) === bulatUntukBatas(s.S[b]);
    // D(t) = (S_a − S_b) + (t − t0)·q harus tetap ≥ 0 (seri dipecah nomor unit: a < b)
    const akar = seri ? t0 : t0 - (s.S[a] - s.S[b]) / q;
    if (q > 0) lo = Math.max(lo, Math.min(rapat(akar), t0));
    else hi = Math.min(hi, Math.max(rapat(akar), t0));
  }
  return [lo, hi];
}

/** Bagian 1 issue 15: selang tepat satu bobot sekali jalan. */
export function rentangBobot(masukan: MasukanKepekaan): HasilRentang {
  const s = siapkan(masukan);
  const K = s.w.length;
  const peringkat = peringkatDari(s.urutan);
  const perUnit = s.S.map((_, i) =>
    s.pita ? Array.from({ length: K }, (__, k) => selangKategoriUnit(s, i, k)) : null,
  );
  const kriteria: RentangKriteria[] = s.w.map((w, k) => {
    let rk: Rentang | null = null;
    if (s.pita) {
      rk = [0, 1];
      for (const u of perUnit) {
        const [lo, hi] = (u as { rentang: Rentang }[])[k].rentang;
        rk = [Math.max(rk[0], lo), Math.min(rk[1], hi)];
      }
    }
    return { kriteria: k, bobot: w, rentangPeringkat: selangPeringkat(s, k), rentangKategori: rk };
  });
  const unit: RentangUnit[] = s.S.map((skor, i) => {
    const u = perUnit[i];
    let geser: GeserKategori | null = null;
    for (const g of u?.flatMap((x) => x.ujung) ?? []) if (!geser || g.geser < geser.geser) geser = g;
    return {
      skor,
      peringkat: peringkat[i],
      kategori: s.pita ? s.pita.kategori[(s.kat as number[])[i]].nama : null,
      rentangKategori: u ? u.map((x) => x.rentang) : null,
      geserTerkecil: geser,
    };
  });
  return { bobot: s.w, pita: s.pita, kriteria, unit };
}

// ---------- sampel Dirichlet ----------

/** xoshiro128** (Blackman & Vigna) berbenih splitmix32: deret yang sama untuk benih yang sama. */
export function pembangkitAcak(benih: number): () => number {
  let z = benih >>> 0;
  const splitmix = (): number => {
    z = (z + 0x9e3779b9) >>> 0;
    let t = z;
    t = Math.imul(t ^ (t >>> 16), 0x85ebca6b);
    t = Math.imul(t ^ (t >>> 13), 0xc2b2ae35);
    return (t ^ (t >>> 16)) >>> 0;
  };
  let a = splitmix();
  let b = splitmix();
  let c = splitmix();
  let d = splitmix();
  return () => {
    const hasil = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    return (hasil + 0.5) / 4294967296; // (0, 1), tidak pernah 0 atau 1
  };
}
const rotl = (x: number, k: number): number => (x << k) | (x >>> (32 - k));

/** Normal baku (metode polar Marsaglia). */
function normal(u: () => number): number {
  for (;;) {
    const a = 2 * u() - 1;
    const b = 2 * u() - 1;
    const r = a * a + b * b;
    if (r > 0 && r < 1) return a * Math.sqrt((-2 * Math.log(r)) / r);
  }
}

/** Gamma(α, 1): Marsaglia & Tsang (2000); α < 1 lewat Gamma(α + 1)·U^(1/α). */
export function sampelGamma(alfa: number, u: () => number): number {
  if (alfa < 1) return sampelGamma(alfa + 1, u) * Math.pow(u(), 1 / alfa);
  const d = alfa - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normal(u);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const uu = u();
    if (uu < 1 - 0.0331 * x * x * x * x) return d * v;
    if (Math.log(uu) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

export interface OpsiStabilitas {
  /** Banyak tarikan (bawaan 10.000). */
  sampel?: number;
  /** Konsentrasi C: α_k = C·w_k (bawaan 100). */
  konsentrasi?: number;
  /** Benih generator acak (bawaan 1). */
  benih?: number;
}

export interface HasilStabilitas {
  sampel: number;
  konsentrasi: number;
  benih: number;
  /** Per unit: nama kategori → peluang (null tanpa pita). */
  peluangKategori: Record<string, number>[] | null;
  /** Per unit: peluang peringkat 1..n (indeks 0 = peringkat 1). */
  peluangPeringkat: number[][];
  peringkatMedian: number[];
  peringkatInterval90: Rentang[];
}

function pastikanOpsi(o: OpsiStabilitas): { N: number; C: number; benih: number } {
  const N = o.sampel ?? 10000;
  const C = o.konsentrasi ?? 100;
  const benih = o.benih ?? 1;
  if (!Number.isInteger(N) || N < 1 || N > 1e6) throw galatAngka(`sampel harus bilangan bulat 1–1.000.000 (${N})`);
  if (!Number.isFinite(C) || C <= 0) throw galatAngka(`konsentrasi harus positif (${C})`);
  if (!Number.isInteger(benih)) throw galatAngka(`benih harus bilangan bulat (${benih})`);
  return { N, C, benih };
}

/** Kuantil terkecil r (1-based) dengan peluang kumulatif ≥ p. */
function kuantil(hitungan: readonly number[], N: number, p: number): number {
  let kum = 0;
  for (let r = 0; r < hitungan.length; r++) {
    kum += hitungan[r];
    if (kum >= p * N - 1e-9) return r + 1;
  }
  return hitungan.length;
}

/**
 * Urut sisip di tempat: skor menurun, seri menurut nomor unit. Urutan tarikan sebelumnya hampir
 * selalu sudah (hampir) urut, sehingga ini mendekati linear — lebih cepat dari sort dengan pembanding.
 */
function urutkanSisip(idx: number[], skor: Float64Array): void {
  for (let a = 1; a < idx.length; a++) {
    const u = idx[a];
    const su = skor[u];
    let b = a - 1;
    while (b >= 0 && (skor[idx[b]] < su || (skor[idx[b]] === su && idx[b] > u))) {
      idx[b + 1] = idx[b];
      b--;
    }
    idx[b + 1] = u;
  }
}

/** Bagian 2 issue 15: semua bobot sekaligus, w ~ Dirichlet(C·w). */
export function stabilitasBobot(masukan: MasukanKepekaan, opsi: OpsiStabilitas = {}): HasilStabilitas {
  const s = siapkan(masukan);
  const { N, C, benih } = pastikanOpsi(opsi);
  const n = s.S.length;
  const K = s.w.length;
  const u = pembangkitAcak(benih);
  const alfa = s.w.map((w) => C * w);
  const nKat = s.pita ? s.pita.kategori.length : 0;
  const hitKat = Array.from({ length: n }, () => new Float64Array(nKat));
  const hitPer = Array.from({ length: n }, () => new Float64Array(n));
  const g = new Float64Array(K);
  const skor = new Float64Array(n);
  const idx = Array.from({ length: n }, (_, i) => i);
  for (let d = 0; d < N; d++) {
    let tot = 0;
    for (let k = 0; k < K; k++) {
      g[k] = alfa[k] > 0 ? sampelGamma(alfa[k], u) : 0;
      tot += g[k];
    }
    for (let i = 0; i < n; i++) {
      const r = s.x[i];
      let v = 0;
      for (let k = 0; k < K; k++) v += g[k] * r[k];
      skor[i] = bulatUntukBatas(v / tot);
      if (s.pita) hitKat[i][indeksKategori(s.pita, v / tot)]++;
    }
    urutkanSisip(idx, skor);
    for (let r = 0; r < n; r++) hitPer[idx[r]][r]++;
  }
  const pita = s.pita;
  return {
    sampel: N,
    konsentrasi: C,
    benih,
    peluangKategori: pita
      ? hitKat.map((h) => Object.fromEntries(pita.kategori.map((k, j) => [k.nama, h[j] / N])))
      : null,
    peluangPeringkat: hitPer.map((h) => Array.from(h, (c) => c / N)),
    peringkatMedian: hitPer.map((h) => kuantil(Array.from(h), N, 0.5)),
    peringkatInterval90: hitPer.map(
      (h) => [kuantil(Array.from(h), N, 0.05), kuantil(Array.from(h), N, 0.95)] as Rentang,
    ),
  };
}
