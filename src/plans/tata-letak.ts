/**
 * Tata letak dan pengaturan cetak setiap rencana (murni, tanpa Office.js): lebar kolom dari label atau
 * nilai terpanjang (dengan batas), kepala tabel dan teks panjang dibungkus, teks panjang yang mengalir
 * ke luar tabel digabung selebar tabel, tinggi baris untuk teks terbungkus, letak dan ukuran grafik,
 * dan halaman A4 (orientasi menurut lebar tabel, muat satu halaman lebar, judul cetak, area cetak,
 * kepala/kaki halaman dengan metode, unit, periode dan nomor halaman).
 *
 * `rapikan(rencana)` dipanggil kedua adaptor (Excel dan .xlsx) sebelum menulis, jadi setiap rencana
 * mendapatkannya. Yang sudah diisi pembangun (mis. `cetak`) tidak ditimpa.
 *
 * Satuan lebar = "karakter" kolom Excel (lebar angka 0 fon bawaan). Lebar teks ditaksir per karakter
 * dengan faktor fon (tebal, judul 14 pt) yang sengaja longgar: LibreOffice tanpa fon Calibri/Carlito
 * mencetak dengan DejaVu Sans yang lebih lebar.
 */
import { alamat, hurufKolom, posisi, selBeralamat, type Grafik, type PengaturanCetak, type RencanaBukuKerja, type RencanaLembar, type Sel } from "./rencana";

/** Lebar kolom terbesar dan terkecil (karakter). */
export const LEBAR_MAKS = 60;
export const LEBAR_MIN = 4;
/** Lebar kolom bila tak ada isi yang dapat ditaksir (mis. masukan kosong). */
export const LEBAR_BAWAAN = 10;
/** Tinggi satu baris teks 11 pt (poin). */
export const TINGGI_BARIS = 15;
/** Tabel lebih lebar dari ini (karakter) dicetak mendatar. */
export const BATAS_TEGAK = 100;
/** Tinggi grafik dalam baris. */
export const TINGGI_GRAFIK = 16;
/** Ruang kiri-kanan sel (karakter). */
const RUANG = 1.5;

/** Metode tiap pembangun untuk kepala halaman. */
const METODE: Record<string, string> = {
  lan1998: "Pola LAN 1998",
  bsc: "Balanced Scorecard",
  skm: "Survei Kepuasan Masyarakat",
  layanan: "Kinerja layanan",
  servqual: "Kualitas pelayanan (SERVQUAL)",
  sendi: "Sendi pelayanan (Kepmenpan 81/1993)",
  pekppp: "PEKPPP / IPP",
  pegawai: "Kinerja pegawai",
  sakip: "SAKIP (Perpres 29/2014)",
  lke: "LKE AKIP (PermenPAN-RB 88/2021)",
};

/** Faktor lebar per karakter menurut gaya (1 = lebar angka fon bawaan). */
export function faktorGaya(s: Pick<Sel, "gaya">): number {
  if (s.gaya === "judul") return 1.5;
  if (s.gaya === "subjudul" || s.gaya === "kepala" || s.gaya === "total") return 1.2;
  return 1.1;
}

/** Lebar (karakter) teks satu baris. */
export function lebarTeks(teks: string, faktor: number): number {
  let maks = 0;
  for (const baris of teks.split("\n")) if (baris.length > maks) maks = baris.length;
  return maks * faktor + RUANG;
}

/** Banyak baris teks bila dibungkus pada kolom selebar `lebar` karakter. */
export function banyakBaris(teks: string, lebar: number, faktor: number): number {
  // teks biasa (huruf kecil, spasi) rata-rata ±0,8 lebar angka; 0,85 × faktor agar tinggi baris tetap cukup
  const muat = Math.max(1, (lebar - RUANG) / (faktor * 0.85));
  let total = 0;
  for (const paragraf of teks.split("\n")) {
    let baris = 1;
    let isi = 0;
    for (const kata of paragraf.split(/\s+/).filter((k) => k)) {
      const p = kata.length;
      if (isi === 0) isi = p;
      else if (isi + 1 + p <= muat) isi += 1 + p;
      else {
        baris++;
        isi = p;
      }
      while (isi > muat) {
        baris++;
        isi -= muat;
      }
    }
    total += baris;
  }
  return total;
}

/** Lebar tampilan angka menurut format (taksiran karakter, tanpa ruang). */
function lebarFormat(format: string | undefined, nilai?: number): number {
  if (nilai !== undefined && !format) return String(nilai).length;
  if (!format) return 8;
  const desimal = (format.split(".")[1] ?? "").replace(/[^0#]/g, "").length;
  const bulat = format.includes(",") ? 7 : 4;
  return bulat + (desimal ? desimal + 1 : 0) + (format.includes("%") ? 2 : 0);
}

type Peta = Map<string, Map<string, Sel>>;
/** Teks rumus yang sudah ditaksir per peta rencana (rujukan berulang tidak dihitung ulang). */
const MEMO = new WeakMap<Peta, Map<string, string | null>>();

/** Teks yang ditampilkan sebuah sel rumus bila dapat ditaksir: literal teks terpanjang atau teks sel yang dirujuk. */
function teksRumus(rumus: string, lembar: string, peta: Peta, dalam = 0): string | null {
  let terpanjang: string | null = null;
  const pilih = (t: string) => {
    if (terpanjang === null || t.length > terpanjang.length) terpanjang = t;
  };
  for (const m of rumus.matchAll(/"((?:[^"]|"")*)"/g)) if (m[1]) pilih(m[1].replace(/""/g, '"'));
  const rujuk = /(?:'((?:[^']|'')+)'|([A-Za-z_][\w.]*))?!?\$?([A-Z]{1,3})\$?(\d+)/g;
  for (const m of rumus.replace(/"(?:[^"]|"")*"/g, '""').matchAll(/(?:'(?:[^']|'')+'!|[A-Za-z_][\w.]*!)?\$?[A-Z]{1,3}\$?\d+/g)) {
    const r = rujuk.exec(m[0]);
    rujuk.lastIndex = 0;
    if (!r) continue;
    const nama = m[0].includes("!") ? (r[1] ?? r[2] ?? lembar).replace(/''/g, "'") : lembar;
    const s = peta.get(nama)?.get(`${r[3]}${r[4]}`);
    if (s && s.peran !== "hitung" && typeof s.nilai === "string") pilih(s.nilai);
    // rujukan ke rumus teks (mis. kategori di lembar lain): ikuti sampai 3 tingkat
    if (s && s.rumus !== undefined && !s.format && dalam < 3) {
      const kunci = `${nama}!${r[3]}${r[4]}`;
      let memo = MEMO.get(peta);
      if (!memo) MEMO.set(peta, (memo = new Map()));
      if (!memo.has(kunci)) memo.set(kunci, teksRumus(s.rumus, nama, peta, dalam + 1));
      const t = memo.get(kunci);
      if (t) pilih(t);
    }
  }
  return terpanjang;
}

interface SelTaksir {
  baris: number;
  kolom: number;
  sel: Sel;
  /** Teks (untuk sel teks) atau null untuk angka. */
  teks: string | null;
  /** Lebar satu baris (karakter, dengan ruang). */
  lebar: number;
}

function taksir(l: RencanaLembar, peta: Peta): SelTaksir[] {
  const hasil: SelTaksir[] = [];
  for (const { baris, kolom, sel } of selBeralamat(l)) {
    const f = faktorGaya(sel);
    let teks: string | null = null;
    let lebar: number;
    if (sel.rumus !== undefined) {
      const t = sel.format ? null : teksRumus(sel.rumus, l.nama, peta);
      if (t !== null) {
        teks = t;
        lebar = lebarTeks(t, f);
      } else lebar = lebarFormat(sel.format) * f + RUANG;
    } else if (typeof sel.nilai === "string") {
      teks = sel.nilai;
      lebar = lebarTeks(teks, f);
    } else if (typeof sel.nilai === "number") lebar = lebarFormat(sel.format, sel.nilai) * f + RUANG;
    else if (typeof sel.nilai === "boolean") lebar = 6 * f + RUANG;
    else continue; // masukan kosong: lebar dari lebar bawaan kolom
    if (teks === "") continue;
    hasil.push({ baris, kolom, sel, teks, lebar });
  }
  return hasil;
}

/** Kata terpanjang (karakter). */
function kataTerpanjang(t: string): number {
  let m = 0;
  for (const k of t.split(/\s+/)) if (k.length > m) m = k.length;
  return m;
}

/** Isi lembar yang dipakai semua langkah tata letak. */
interface LembarTaksir {
  isi: Map<string, Sel>;
  barisAkhir: number;
  kolomAkhir: number;
  /** Kolom bantu (indeks 0-based): tidak tercetak, tidak dihitung lebarnya untuk halaman. */
  bantu: Set<number>;
  sel: SelTaksir[];
  terisi(b: number, k: number): boolean;
  /** Sel teks di baris kepala (juga masukan, mis. nama unsur SKM): dibungkus. */
  kepala(t: SelTaksir): boolean;
}

function bacaLembar(l: RencanaLembar, peta: Peta): LembarTaksir {
  const isi = new Map<string, Sel>();
  let barisAkhir = 0;
  let kolomAkhir = 0;
  for (const { baris, kolom, sel } of selBeralamat(l)) {
    isi.set(`${baris},${kolom}`, sel);
    if (baris > barisAkhir) barisAkhir = baris;
    if (kolom > kolomAkhir) kolomAkhir = kolom;
  }
  const sel = taksir(l, peta);
  const barisKepala = new Set<number>();
  for (const t of sel) if (t.sel.gaya === "kepala") barisKepala.add(t.baris);
  return {
    isi,
    barisAkhir,
    kolomAkhir,
    bantu: new Set((l.kolomBantu?.kolom ?? []).map((k) => posisi(`${k}1`).kolom)),
    sel,
    terisi: (b, k) => {
      const s = isi.get(`${b},${k}`);
      return !!s && !(s.nilai === "" && s.rumus === undefined);
    },
    kepala: (t) => t.teks !== null && (t.sel.gaya === "kepala" || barisKepala.has(t.baris)),
  };
}

/**
 * Langkah 1, lebar kolom: isi terpanjang (kepala: kata terpanjang, paling banyak ±3 baris), dibatasi
 * LEBAR_MAKS (yang lebih panjang dibungkus). Teks yang tetangga kanannya kosong boleh mengalir dan tidak
 * ikut menentukan lebar. Kolom dengan masukan kosong paling sedikit selebar lebar bawaan pembangun.
 */
function hitungLebar(l: RencanaLembar, t: LembarTaksir): { lebar: number[]; mengalir: SelTaksir[]; bungkus: SelTaksir[] } {
  const lebar: number[] = Array.from({ length: t.kolomAkhir + 1 }, () => 0);
  const bawaan = new Map((l.lebarKolom ?? []).map((k) => [posisi(`${k.kolom}1`).kolom, k.lebar]));
  const adaKosong = new Set<number>();
  for (const { kolom, sel: s } of selBeralamat(l)) if (s.peran === "masukan" && (s.nilai === undefined || s.nilai === "")) adaKosong.add(kolom);
  const mengalir: SelTaksir[] = [];
  const bungkus: SelTaksir[] = [];
  const maksimum = new Map((l.lebarMaksimum ?? []).map((k) => [posisi(`${k.kolom}1`).kolom, k.lebar]));
  for (const s of t.sel) {
    let w = s.lebar;
    if (t.kepala(s) && s.teks !== null) {
      w = Math.max(kataTerpanjang(s.teks), Math.ceil(s.teks.length / 3)) * faktorGaya(s.sel) + RUANG;
      if (w < s.lebar) bungkus.push(s);
    } else if (s.teks !== null && s.kolom < t.kolomAkhir && !t.terisi(s.baris, s.kolom + 1)) {
      mengalir.push(s);
      continue;
    }
    const maks = Math.min(LEBAR_MAKS, maksimum.get(s.kolom) ?? LEBAR_MAKS);
    if (w > maks) {
      if (!bungkus.includes(s)) bungkus.push(s);
      w = maks;
    }
    if (w > lebar[s.kolom]) lebar[s.kolom] = w;
  }
  const minimum = new Map((l.lebarMinimum ?? []).map((k) => [posisi(`${k.kolom}1`).kolom, k.lebar]));
  for (let k = 0; k <= t.kolomAkhir; k++) {
    if (lebar[k] === 0 || adaKosong.has(k)) lebar[k] = Math.max(lebar[k], bawaan.get(k) ?? LEBAR_BAWAAN);
    lebar[k] = Math.max(lebar[k], minimum.get(k) ?? 0);
    lebar[k] = Math.round(Math.min(LEBAR_MAKS, Math.max(LEBAR_MIN, lebar[k])) * 10) / 10;
  }
  return { lebar, mengalir, bungkus };
}

/**
 * Langkah 2, bungkus dan gabung: teks mengalir yang tidak muat sampai sel terisi berikutnya (atau tepi
 * tabel) digabung selebar ruang itu dan dibungkus; teks di atas LEBAR_MAKS dan semua kepala dibungkus;
 * tinggi baris dari banyak baris teks terbungkus.
 */
function bungkusTeks(l: RencanaLembar, t: LembarTaksir, lebar: number[], mengalir: SelTaksir[], bungkus: SelTaksir[]): Pick<RencanaLembar, "gabung" | "bungkus" | "tinggiBaris"> {
  const gabung = [...(l.gabung ?? [])];
  const tinggi = new Map<number, number>();
  const rentang = new Set<string>();
  const catatTinggi = (b: number, n: number) => {
    const h = n * TINGGI_BARIS + (n > 1 ? 2 : 0);
    if (n > 1 && h > (tinggi.get(b) ?? 0)) tinggi.set(b, h);
  };
  for (const s of mengalir) {
    let ujung = s.kolom;
    let ruang = lebar[s.kolom];
    while (ujung < t.kolomAkhir && !t.terisi(s.baris, ujung + 1)) {
      ujung++;
      ruang += t.bantu.has(ujung) ? 0 : lebar[ujung];
    }
    if (s.lebar <= ruang) continue;
    if (ujung > s.kolom) gabung.push(`${alamat(s.baris, s.kolom)}:${alamat(s.baris, ujung)}`);
    rentang.add(alamat(s.baris, s.kolom));
    // judul 14 pt: baris lebih tinggi (×1,3)
    catatTinggi(s.baris, banyakBaris(s.teks ?? "", ruang, faktorGaya(s.sel)) * (s.sel.gaya === "judul" ? 1.3 : 1));
  }
  for (const s of bungkus) {
    rentang.add(alamat(s.baris, s.kolom));
    catatTinggi(s.baris, banyakBaris(s.teks ?? "", lebar[s.kolom], faktorGaya(s.sel)));
  }
  // semua kepala dibungkus (di Excel juga), sehingga lebar kepala tidak pernah memotong teks
  for (const s of t.sel) if (t.kepala(s)) rentang.add(alamat(s.baris, s.kolom));
  return { gabung, bungkus: [...rentang], tinggiBaris: [...tinggi].sort((a, b) => a[0] - b[0]).map(([b, h]) => ({ baris: b + 1, tinggi: h })) };
}

/** Langkah 3, grafik: dari `posisi` rencana selebar ±70 karakter (paling banyak 12 kolom), TINGGI_GRAFIK baris. */
function letakGrafik(l: RencanaLembar, lebar: number[]): Grafik[] | undefined {
  return l.grafik?.map((g) => {
    if (g.sampai) return g;
    const p = posisi(g.posisi);
    let k = p.kolom;
    let w = 0;
    while (w < 70 && k < p.kolom + 12) w += lebar[k++] ?? LEBAR_BAWAAN;
    return { ...g, sampai: alamat(p.baris + TINGGI_GRAFIK - 1, Math.max(k, p.kolom + 1) - 1) };
  });
}

/** Langkah 4, halaman: area cetak (tabel dan grafik), orientasi menurut lebarnya, judul cetak, kepala/kaki. */
function aturCetak(l: RencanaLembar, r: RencanaBukuKerja, t: LembarTaksir, lebar: number[], grafik: Grafik[] | undefined): PengaturanCetak {
  let kolomCetak = t.kolomAkhir;
  let barisCetak = t.barisAkhir;
  for (const g of grafik ?? []) {
    const s = posisi(g.sampai as string);
    if (s.baris > barisCetak) barisCetak = s.baris;
    if (s.kolom > kolomCetak) kolomCetak = s.kolom;
  }
  let lebarTabel = 0;
  for (let k = 0; k <= kolomCetak; k++) if (!t.bantu.has(k)) lebarTabel += lebar[k] ?? LEBAR_BAWAAN;
  const minta = l.cetakMinta ?? {};
  return {
    kertas: "A4",
    orientasi: minta.orientasi ?? (lebarTabel > BATAS_TEGAK ? "mendatar" : "tegak"),
    satuHalamanLebar: true,
    ...(minta.satuHalaman ? { satuHalaman: true } : {}),
    ...judulBaris(l, t.isi),
    area: minta.area ?? `A1:${alamat(barisCetak, kolomCetak)}`,
    kepala: { kiri: kodeKepala(METODE[r.meta.pembangun] ?? r.meta.pembangun), tengah: kodeKepala(l.identitas?.unit ?? judulLembar(l) ?? l.nama), kanan: kodeKepala(l.identitas?.periode ?? "") },
    kaki: { kiri: "&A", tengah: "", kanan: "Halaman &P dari &N" },
  };
}

/** Tata letak satu lembar (tidak mengubah `l`). */
export function tataLetakLembar(l: RencanaLembar, r: RencanaBukuKerja, peta: Peta = petaRencana(r)): RencanaLembar {
  const t = bacaLembar(l, peta);
  const { lebar, mengalir, bungkus } = hitungLebar(l, t);
  const grafik = letakGrafik(l, lebar);
  return {
    ...l,
    ...bungkusTeks(l, t, lebar, mengalir, bungkus),
    lebarKolom: lebar.map((w, k) => ({ kolom: hurufKolom(k), lebar: w })),
    grafik,
    cetak: l.cetak ?? aturCetak(l, r, t, lebar, grafik),
  };
}

/** Baris judul cetak: dari baris kepala pertama sampai batas bekukan (bila ada). */
function judulBaris(l: RencanaLembar, isi: Map<string, Sel>): { judulBaris?: string } {
  const akhir = l.bekukan?.baris ?? 0;
  if (akhir <= 0) return {};
  for (let b = 0; b < akhir; b++) {
    for (const [k, s] of isi) if (s.gaya === "kepala" && k.startsWith(`${b},`)) return { judulBaris: `${b + 1}:${akhir}` };
  }
  return {};
}

function judulLembar(l: RencanaLembar): string | null {
  for (const { sel } of selBeralamat(l)) if (sel.gaya === "judul" && typeof sel.nilai === "string") return sel.nilai;
  return null;
}

/** Teks kepala/kaki halaman: "&" digandakan (kode Excel), panjang dibatasi. */
function kodeKepala(t: string): string {
  const p = t.length > 70 ? `${t.slice(0, 69)}…` : t;
  return p.replace(/&/g, "&&");
}

/** Lembar → alamat → sel untuk seluruh rencana (rujukan antar-lembar). */
export function petaRencana(r: RencanaBukuKerja): Peta {
  const peta: Peta = new Map();
  for (const l of r.lembar) {
    const m = new Map<string, Sel>();
    for (const { alamat: a, sel } of selBeralamat(l)) m.set(a, sel);
    peta.set(l.nama, m);
  }
  return peta;
}

/**
 * Rencana dengan tata letak dan pengaturan cetak setiap lembar (rencana asal tidak diubah). Lembar yang
 * sudah punya `cetak` dianggap sudah dirapikan dan dibiarkan (rapikan(rapikan(r)) = rapikan(r)).
 */
export function rapikan(r: RencanaBukuKerja): RencanaBukuKerja {
  const peta = petaRencana(r);
  return { ...r, lembar: r.lembar.map((l) => (l.cetak ? l : tataLetakLembar(l, r, peta))) };
}
