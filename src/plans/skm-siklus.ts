/**
 * Pembangun buku kerja siklus SKM (issue 14, 21): ekspor formulir apa adanya → banyak jawaban tiap teks
 * pilihan per periode × layanan × unsur (COUNTIFS atas lembar jawaban, lewat lembar Peta Jawaban yang dapat
 * diubah) → NRR = Σ nilai × banyak / Σ banyak → hasil per periode × layanan dan unit, profil responden, tren,
 * tindak lanjut, dan halaman publikasi A4. Semua angka dihitung rumus Excel asli, sehingga jawaban yang
 * ditempel belakangan memperbarui semuanya. Banyak rumus bergantung pada periode × layanan × unsur × pilihan,
 * bukan pada banyak responden (100.000 jawaban ≈ rumus sebanyak 1.000 jawaban).
 *
 * Periode dikenali dari cap waktu bertanggal (angka seri) dengan kriteria ">="&mulai dan "<"&sebelum. Lembar
 * jawaban salinan (CLI, unduhan) ditulis terurut per periode lalu layanan (`blok`): rumus tiap kelompok
 * membaca bloknya dan baris susulan di bawah data saja, sehingga hitung ulang 100.000 baris cepat; baris yang
 * keluar dari bloknya (diurutkan ulang, disunting) dihitung sel periksa Hasil!B9.
 *
 * Konvensi di lembar Hasil (dapat diubah di sel kuning): penimbang (1/n, 0,111, 0,11), pembulatan NRR
 * sebelum ditimbang (kosong/2/3), hasil unit (gabungan/rerata). Rumusnya sama dengan inti
 * src/core/skm-siklus.ts; uji menghitung ulang buku kerja dengan HyperFormula.
 */
import { galatNilai } from "../core/errors";
import { UNSUR_KEPENTINGAN, batasPeriode, kunciTeks } from "../core/skm-siklus";
import { NILAI_DASAR_SKM, UNSUR_BAWAAN, type AturanSkm } from "../frameworks/skm";
import {
  BANYAK_TINDAK_LANJUT,
  KUADRAN_IPA,
  OPSI_KEPENTINGAN,
  UNSUR_FORMULIR,
  type HasilUnit,
  type JenisPeriode,
  type KonvensiPenimbang,
  type PembulatanNrr,
} from "../frameworks/skm-siklus";
import {
  alamat,
  hitung,
  hurufKolom,
  judul,
  label,
  masukan,
  type BlokSel,
  type Grafik,
  type NilaiSel,
  type RencanaBukuKerja,
  type RencanaLembar,
  type ValidasiData,
} from "./rencana";
import { Kisi, abs, rujukLembar } from "./ringkasan";
import { rumusPitaSkm } from "./skm";
import { TINGGI_GRAFIK } from "./tata-letak";

export const ID_SKM_SIKLUS = "skmSiklus";

export interface OpsiSkmSiklus {
  aturan: AturanSkm;
  periode: JenisPeriode;
  penimbang: KonvensiPenimbang;
  pembulatanNrr: PembulatanNrr;
  hasilUnit: HasilUnit;
  unitNama?: string;
  /** Judul kolom ekspor formulir apa adanya. */
  judul: string[];
  /** Indeks kolom (0-based) di `judul`; null bila tidak ada. */
  kolomWaktu: number | null;
  kolomLayanan: number | null;
  kolomUnsur: number[];
  kolomProfil: number[];
  kolomSaran: number[];
  /** Jawaban apa adanya (cap waktu sebagai tanggal seri Excel). Tidak disimpan di catatan _pkp. */
  baris?: NilaiSel[][];
  /** Banyak baris data (dipakai bila `baris` tidak ada, mis. saat membangun ulang). */
  banyakBaris?: number;
  /** Baris kosong di bawah data untuk jawaban susulan (rumus sudah menjangkaunya). */
  barisKosong?: number;
  layanan: string[];
  periodeNama: string[];
  /** Baris peta tambahan (unsur 1-based, 0 = semua unsur). */
  peta?: { unsur: number; jawaban: string; nilai: number }[];
  populasi?: Record<string, number>;
  /** Kategori profil per kolom (dihitung dari `baris` bila tidak ada; disimpan di catatan untuk bangun ulang/Periksa). */
  kategoriProfil?: Record<string, KategoriProfil[]>;
  /** Saran per periode (≤ 10, dihitung dari `baris` bila tidak ada). */
  saran?: Record<string, string[]>;
  /** Ambang NRR awal lembar Tindak Lanjut (sel kuning; kosong = tiga NRR unit terendah). */
  ambang?: number;
  /** Indeks kolom (0-based) tingkat kepentingan/harapan tiap unsur; ada = lembar Kuadran. */
  kolomKepentingan?: number[];
  /** Batas bawah dan atas kedua sumbu grafik kuadran (bawaan 1–4; lihat batasSumbuKuadran). */
  sumbuKuadran?: [number, number];
  /**
   * Lembar jawaban milik pengguna yang dirujuk LANGSUNG oleh rumus (task pane di Excel): tidak disalin ke
   * lembar "SKM Jawaban" dan tidak pernah ditulis, jadi jawaban yang ditempel belakangan di lembar itu ikut
   * dihitung. Judul di baris 1 mulai kolom A, seperti `judul`/`kolom*`. Tanpa ini (CLI, unduhan): disalin.
   */
  lembarJawaban?: string;
  /**
   * Lembar salinan terurut: baris (1-based, termasuk) tiap kelompok "periode|layanan" di lembar Jawaban. Rumus
   * kelompok membaca bloknya ditambah baris susulan; tanpa ini (rujukan langsung) seluruh jangkauan.
   */
  blok?: Record<string, [number, number]>;
  /**
   * Baris data lembar salinan tidak dijadikan sel rencana: ditulis langsung oleh penulis berkas beraliran
   * (hosts/xlsx/aliran.ts) dari `baris`. Tidak disimpan di catatan _pkp.
   */
  jawabanTerpisah?: boolean;
}

const NAMA_UNIT = "Unit (semua layanan)";
export const namaLembarSiklus = (aturan: AturanSkm, bagian: string): string =>
  `${aturan === "2017" ? "SKM" : "IKM"} ${bagian}`;

interface Tata {
  o: OpsiSkmSiklus;
  n: number;
  unsur: readonly string[];
  /** Baris terakhir (1-based) jangkauan rumus di lembar Jawaban. */
  akhir: number;
  R: number;
  lembar: Record<
    "jawaban" | "peta" | "hitungan" | "hasil" | "profil" | "tren" | "tl" | "publikasi" | "kuadran",
    string
  >;
  /** Rentang per unsur di lembar Peta: [awal, akhir] baris 0-based. */
  petaBlok: [number, number][];
  /** Lembar Hasil: baris pertama tiap periode, baris unit tiap periode, alamat konvensi. */
  hasilBaris: Map<string, { layanan: Map<string, number>; unit: number }>;
  hasilKol: {
    periode: number;
    layanan: number;
    kunci: number;
    responden: number;
    nrr0: number;
    indeks: number;
    nilai: number;
    mutu: number;
    kinerja: number;
    urutan0: number;
  };
  hasilAwal: number;
  hasilAkhir: number;
  selPenimbang: string;
  selPembulatan: string;
  selHasilUnit: string;
  selPeriodePub: string;
  /** Periode tiap baris data (untuk saran per periode). */
  periodeBaris: readonly string[];
  /** Tinggi blok lembar Tindak Lanjut (untuk rujukan dari Publikasi). */
  tlTinggi: number;
  /** Peta kepentingan di lembar Peta Jawaban: [awal, akhir] baris 0-based (kolom B teks, C nilai). */
  petaKep?: [number, number];
  /** Lembar Hitungan: baris 0-based tiap "periode|layanan|U1…Un" dan "periode||K1…Kn". */
  hitBaris: Map<string, number>;
  /** Lembar Hitungan: baris 0-based [awal, akhir] baris unsur (U) dan kepentingan (K), dan ringkasan kolom. */
  hitU: [number, number];
  hitK?: [number, number];
  hitRingkas: [number, number];
  /** Banyak kolom pilihan peta (terbesar di antara blok peta). */
  K: number;
}

const ref = (lembar: string, a: string): string => `${rujukLembar(lembar)}!${a}`;
const kolomPenuh = (t: Tata, lembar: string, k: number): string =>
  ref(lembar, `$${hurufKolom(k)}$2:$${hurufKolom(k)}$${t.akhir}`);

/** Teks → kriteria COUNTIFS yang cocok persis (tanpa peduli huruf besar/kecil): "=" + teks, * ? ~ diluputkan. */
export const kriteriaPersis = (s: string): string => `"=${s.replace(/[~*?]/g, "~$&").replace(/"/g, '""')}"`;

/** Rentang baris lembar jawaban yang dibaca rumus kelompok: blok salinan + baris susulan, atau seluruh jangkauan. */
function rentangBaris(t: Tata, periode: string, layanan: string | null): [number, number][] {
  const { blok } = t.o;
  if (!blok) return [[2, t.akhir]];
  const milik = Object.entries(blok)
    .filter(([k]) => (layanan === null ? k.slice(0, k.indexOf("|")) === periode : k === `${periode}|${layanan}`))
    .map(([, v]) => v);
  const hasil: [number, number][] = [];
  if (milik.length > 0) {
    // loop, bukan Math.min/max atas larik yang disebar (batas tumpukan pada larik besar)
    let awal = milik[0][0];
    let akhir = milik[0][1];
    for (const [a, z] of milik) {
      if (a < awal) awal = a;
      if (z > akhir) akhir = z;
    }
    hasil.push([awal, akhir]);
  }
  if (t.akhir >= t.R + 2) hasil.push([t.R + 2, t.akhir]);
  return hasil;
}

const kolomRentang = (t: Tata, k: number, [a, b]: [number, number]): string =>
  ref(t.lembar.jawaban, `$${hurufKolom(k)}$${a}:$${hurufKolom(k)}$${b}`);

/**
 * Σ COUNTIFS atas rentang baris kelompok: `kriteria(kolom)` memberi pasangan tambahan (mis. kolom jawaban dan teks
 * pilihan); periode lewat sel mulai/sebelum, layanan lewat teks persis. Tanpa kriteria sama sekali (tanpa kolom
 * waktu dan layanan): baris yang menjawab sedikitnya satu unsur (ROWS − baris yang semua unsurnya kosong).
 */
function hitungKelompokRumus(
  t: Tata,
  periode: string,
  layanan: string | null,
  batas: [string, string] | null,
  tambahan: [number, string][],
): string {
  const { o } = t;
  return (
    rentangBaris(t, periode, layanan)
      .map((rb) => {
        const pas: string[] = tambahan.map(([k, x]) => `${kolomRentang(t, k, rb)},${x}`);
        if (o.kolomWaktu !== null && batas) {
          const w = kolomRentang(t, o.kolomWaktu, rb);
          pas.push(`${w},">="&${batas[0]}`, `${w},"<"&${batas[1]}`);
        }
        if (o.kolomLayanan !== null && layanan !== null)
          pas.push(`${kolomRentang(t, o.kolomLayanan, rb)},${kriteriaPersis(layanan)}`);
        if (pas.length === 0)
          return `(ROWS(${kolomRentang(t, o.kolomUnsur[0], rb)})-COUNTIFS(${o.kolomUnsur.map((k) => `${kolomRentang(t, k, rb)},""`).join(",")}))`;
        return `COUNTIFS(${pas.join(",")})`;
      })
      .join("+") || "0"
  );
}

// ---------- Jawaban ----------

/** Lebar kolom cap waktu "dd/mm/yyyy hh:mm:ss" (19 karakter) dengan ruang agar tidak tampil ###. */
export const LEBAR_CAP_WAKTU = 21;
/** Format cap waktu lembar Jawaban. */
export const FORMAT_CAP_WAKTU = "dd/mm/yyyy hh:mm:ss";

function lembarJawaban(t: Tata): RencanaLembar {
  const { o } = t;
  const k = new Kisi();
  // judul kolom formulir: isian pengguna (boleh diganti), bergaya kepala agar diulang di setiap halaman cetak
  o.judul.forEach((j, c) => k.set(0, c, { ...masukan(`judul|k=${c}`, j), gaya: "kepala" }));
  // baris data ditulis penulis beraliran langsung dari o.baris (100.000 baris tanpa sel rencana)
  for (let r = 0; r < (o.jawabanTerpisah ? 0 : t.R); r++) {
    const b = o.baris?.[r];
    for (let c = 0; c < o.judul.length; c++) {
      const v = b?.[c];
      const ada = v !== undefined && v !== "";
      k.set(
        1 + r,
        c,
        masukan(`jwb|r=${r + 1}|k=${c}`, ada ? v : undefined, c === o.kolomWaktu ? FORMAT_CAP_WAKTU : undefined),
      );
    }
  }
  return {
    nama: t.lembar.jawaban,
    blok: [k.blok()],
    bekukan: { baris: 1, kolom: 0 },
    lebarKolom: o.judul.map((_, c) => ({
      kolom: hurufKolom(c),
      lebar: c === o.kolomWaktu ? LEBAR_CAP_WAKTU : o.kolomUnsur.includes(c) ? 18 : 16,
    })),
    // tanggal-jam bertaksir sempit di tata letak (format tanpa desimal): lebar paling kecil agar tidak tampil ###;
    // baris data yang dialirkan tidak dilihat tata letak: semua kolom mendapat lebar bawaannya
    lebarMinimum: o.judul
      .map((_, c) => ({
        kolom: hurufKolom(c),
        lebar: c === o.kolomWaktu ? LEBAR_CAP_WAKTU : o.kolomUnsur.includes(c) ? 18 : 16,
      }))
      .filter((x) => o.jawabanTerpisah || x.lebar === LEBAR_CAP_WAKTU),
  };
}

// ---------- Peta Jawaban ----------

/**
 * Baris peta lembar Peta Jawaban: pilihan bawaan lalu tambahan. Tambahan yang teksnya sama dengan baris yang
 * sudah ada (tanpa peduli huruf besar/kecil dan spasi, seperti kunciTeks) MENGGANTI nilainya, seperti peta inti
 * (petaDengan: yang belakangan menang); baris kedua tidak dibuat karena COUNTIFS lembar Hitungan akan menghitung jawaban itu dua kali.
 */
function barisPeta(
  bawaan: readonly string[],
  tambahan: readonly { jawaban: string; nilai: number }[],
): [string, number][] {
  const isi: [string, number][] = bawaan.map((s, i) => [s, i + 1]);
  for (const p of tambahan) {
    const sama = isi.find(([s]) => kunciTeks(s) === kunciTeks(p.jawaban));
    if (sama) sama[1] = p.nilai;
    else isi.push([p.jawaban, p.nilai]);
  }
  return isi;
}

function lembarPeta(t: Tata): RencanaLembar {
  const { o, n } = t;
  const k = new Kisi();
  k.set(0, 0, judul("Peta jawaban: teks kuesioner → nilai persepsi 1–4"));
  k.set(
    1,
    0,
    label(
      "Teks dicocokkan utuh tanpa peduli huruf besar/kecil (COUNTIFS; spasi di tepi teks peta diabaikan, spasi di tepi jawaban tidak). Jawaban angka 1–4 tidak perlu dipetakan. Tambahkan teks formulir Anda di baris kosong tiap unsur; jawaban yang tidak ada di sini tidak terhitung dan tampil sebagai selisih di lembar Hitungan (Hasil!B8).",
      "catatan",
    ),
  );
  k.set(3, 0, label("Unsur", "kepala"));
  k.set(3, 1, label("Jawaban (teks)", "kepala"));
  k.set(3, 2, label("Nilai", "kepala"));
  k.set(3, 3, label("Kriteria (bantu)", "kepala"));
  let r = 4;
  const validasi: ValidasiData[] = [];
  for (let j = 0; j < n; j++) {
    const isi = barisPeta(
      UNSUR_FORMULIR[o.aturan][j].opsi,
      (o.peta ?? []).filter((p) => p.unsur === 0 || p.unsur === j + 1),
    );
    const awal = r;
    // validasi 1–4 hanya pada baris terisi: baris cadangan boleh kosong (Periksa tidak melaporkannya)
    validasi.push({
      rentang: `C${r + 1}:C${r + isi.length}`,
      jenis: "bilanganBulat",
      min: 1,
      maks: 4,
      pesan: "Nilai harus bilangan bulat 1–4.",
    });
    for (let i = 0; i < isi.length + 4; i++) {
      k.set(r, 0, label(`U${j + 1} ${t.unsur[j]}`));
      k.set(r, 1, masukan(`peta|u=${j + 1}|i=${i + 1}`, isi[i]?.[0]));
      k.set(r, 2, masukan(`peta-nilai|u=${j + 1}|i=${i + 1}`, isi[i]?.[1]));
      k.set(r, 3, hitung(rumusKriteriaPeta(r)));
      r++;
    }
    t.petaBlok.push([awal, r - 1]);
  }
  return {
    nama: t.lembar.peta,
    blok: [k.blok()],
    validasi,
    bekukan: { baris: 4, kolom: 0 },
    lebarKolom: [
      { kolom: "A", lebar: 38 },
      { kolom: "B", lebar: 34 },
      { kolom: "C", lebar: 8 },
      { kolom: "D", lebar: 30 },
    ],
    kolomBantu: { kolom: ["D"], keterangan: "Kolom bantu D (kriteria COUNTIFS dari teks jawaban)" },
  };
}

/**
 * Kriteria COUNTIFS baris peta (0-based `r`): "=" + teks dirapikan (TRIM) dengan * ? ~ diluputkan; kosong bila teks
 * kosong atau nilainya bukan angka (jawaban itu lalu tidak terhitung dan tampil sebagai selisih di Hitungan).
 */
function rumusKriteriaPeta(r: number): string {
  const b = `B${r + 1}`;
  return `=IF(OR(TRIM(${b})="",NOT(ISNUMBER(C${r + 1}))),"","="&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(TRIM(${b}),"~","~~"),"*","~*"),"?","~?"))`;
}

// ---------- Hitungan (banyak jawaban per pilihan, periode, layanan dan unsur) ----------

/** Kolom lembar Hitungan. */
const HK = { periode: 0, layanan: 1, unsur: 2, mulai: 3, sebelum: 4, peta0: 5 } as const;
const kolAngka0 = (t: Tata): number => HK.peta0 + t.K;
const kolBanyak = (t: Tata): number => kolAngka0(t) + 4;
const kolJumlah = (t: Tata): number => kolBanyak(t) + 1;
/** Kolom ringkasan per kolom jawaban (di atas tabel hitungan): terisi, angka, terhitung, selisih. */
const RK = { kode: 0, judul: 1, terisi: 2, angka: 3, terhitung: 4, selisih: 5 } as const;

/** Rentang satu kolom lembar Hitungan atas baris 0-based [a, b]. */
const rentangHit = (t: Tata, kol: number, [a, b]: [number, number]): string =>
  ref(t.lembar.hitungan, `$${hurufKolom(kol)}$${a + 1}:$${hurufKolom(kol)}$${b + 1}`);

/** Blok peta (baris 0-based, [awal, akhir]) untuk kode "U1…Un" atau "K1…Kn". */
function blokPetaKode(t: Tata, kode: string): [number, number] {
  return kode[0] === "K" ? t.petaKep! : t.petaBlok[Number(kode.slice(1)) - 1];
}

/** Kolom lembar jawaban untuk kode "U1…Un" / "K1…Kn". */
function kolomKode(t: Tata, kode: string): number {
  const j = Number(kode.slice(1)) - 1;
  return kode[0] === "K" ? t.o.kolomKepentingan![j] : t.o.kolomUnsur[j];
}

/**
 * Satu baris tabel hitungan: periode, layanan (kosong = semua layanan, untuk kepentingan), kode unsur, batas
 * periode, lalu banyak jawaban tiap teks peta (COUNTIFS, kriteria dari kolom bantu Peta D), tiap angka 1–4,
 * Σ banyak dan Σ nilai × banyak.
 */
function barisHitungan(
  k: Kisi,
  t: Tata,
  r: number,
  periode: string,
  layanan: string | null,
  kode: string,
  ringkas: number,
): void {
  const { o } = t;
  const batas = batasPeriode(periode);
  k.set(r, HK.periode, label(periode));
  k.set(r, HK.layanan, label(layanan ?? SEMUA_LAYANAN_KEP));
  k.set(r, HK.unsur, label(kode));
  if (o.kolomWaktu !== null && batas) {
    k.set(r, HK.mulai, hitung(rumusTanggal(batas[0]), "dd/mm/yyyy"));
    k.set(r, HK.sebelum, hitung(rumusTanggal(batas[1]), "dd/mm/yyyy"));
  }
  const sel = (c: number) => `$${hurufKolom(c)}${r + 1}`;
  const batasSel: [string, string] = [sel(HK.mulai), sel(HK.sebelum)];
  const kolom = kolomKode(t, kode);
  const [pa, pb] = blokPetaKode(t, kode);
  const P = t.lembar.peta;
  const suku: string[] = [];
  for (let i = 0; i < t.K; i++) {
    const c = HK.peta0 + i;
    const baris = pa + i;
    if (baris > pb) continue;
    const krit = ref(P, `$D$${baris + 1}`);
    k.set(
      r,
      c,
      hitung(`=IF(${krit}="",0,${hitungKelompokRumus(t, periode, layanan, batasSel, [[kolom, krit]])})`, "0"),
    );
    suku.push(`${alamat(r, c)}*N(${ref(P, `$C$${baris + 1}`)})`);
  }
  // jawaban angka 1–4 (ekspor yang menyimpan nilai, bukan teks); dilewati bila kolom itu tanpa angka
  const angka = ref(t.lembar.hitungan, `$${hurufKolom(RK.angka)}$${ringkas + 1}`);
  for (let v = 1; v <= 4; v++) {
    const c = kolAngka0(t) + v - 1;
    k.set(
      r,
      c,
      hitung(`=IF(${angka}=0,0,${hitungKelompokRumus(t, periode, layanan, batasSel, [[kolom, String(v)]])})`, "0"),
    );
    suku.push(`${alamat(r, c)}*${v}`);
  }
  k.set(r, kolBanyak(t), hitung(`=SUM(${alamat(r, HK.peta0)}:${alamat(r, kolAngka0(t) + 3)})`, "0"));
  k.set(r, kolJumlah(t), hitung(`=${suku.join("+")}`, "0"));
}

/** Tanggal seri Excel → rumus DATE(tahun,bulan,hari) (terbaca auditor, tidak berubah menjadi Date saat dibaca). */
function rumusTanggal(seri: number): string {
  const d = new Date((seri - 25569) * 86400000);
  return `=DATE(${d.getUTCFullYear()},${d.getUTCMonth() + 1},${d.getUTCDate()})`;
}

/** Label layanan baris kepentingan (semua responden periode itu). */
const SEMUA_LAYANAN_KEP = "(semua layanan)";

/** Ringkasan per kolom jawaban: terisi (teks + angka), angka, terhitung di tabel, selisih (harus 0). */
function ringkasanKolom(k: Kisi, t: Tata, r: number, kode: string, baris: [number, number]): void {
  const kol = kolomKode(t, kode);
  const x = kolomPenuh(t, t.lembar.jawaban, kol);
  k.set(r, RK.kode, label(kode));
  k.set(r, RK.judul, label(`kolom ${hurufKolom(kol)}`));
  k.set(r, RK.terisi, hitung(`=COUNTIF(${x},"?*")+COUNT(${x})`, "0"));
  k.set(r, RK.angka, hitung(`=COUNT(${x})`, "0"));
  k.set(
    r,
    RK.terhitung,
    hitung(`=SUMIFS(${rentangHit(t, kolBanyak(t), baris)},${rentangHit(t, HK.unsur, baris)},"${kode}")`, "0"),
  );
  k.set(r, RK.selisih, hitung(`=${alamat(r, RK.terisi)}-${alamat(r, RK.terhitung)}`, "0"));
}

function lembarHitungan(t: Tata): RencanaLembar {
  const { o, n } = t;
  const k = new Kisi();
  const kep = o.kolomKepentingan?.length === n;
  k.set(0, 0, judul("Hitungan jawaban per periode, layanan dan unsur"));
  k.set(
    1,
    0,
    label(
      `Banyak jawaban tiap teks di ${t.lembar.peta} dan tiap angka 1–4 (COUNTIFS atas lembar ${t.lembar.jawaban}: cap waktu ≥ mulai dan < sebelum, layanan sama); Σ nilai = Σ banyak × nilai peta. NRR di ${t.lembar.hasil} = Σ nilai / Σ banyak. Cetak: lembar ini dan ${t.lembar.jawaban} adalah bukti hitung untuk pemeriksa, dicetak mendatar 75 % dalam pita kolom dengan kolom kunci diulang (di sini Periode, Layanan, Unsur; di ${t.lembar.jawaban} kolom A); untuk laporan cukup ${t.lembar.publikasi}, ${t.lembar.hasil} dan ${t.lembar.tl}.`,
      "catatan",
    ),
  );
  // ringkasan kolom jawaban: selisih ≠ 0 = teks yang belum ada di peta, atau baris di luar periode/layanan
  const h0 = 3;
  // gaya subjudul (bukan kepala): judul cetak berulang hanya kepala tabel hitungan di bawahnya
  ["Jawaban", "Kolom", "Terisi", "Angka 1–4", "Terhitung", "Selisih (harus 0)"].forEach((x, i) =>
    k.set(h0, i, label(x, "subjudul")),
  );
  const kode = [...t.unsur.map((_, j) => `U${j + 1}`), ...(kep ? t.unsur.map((_, j) => `K${j + 1}`) : [])];
  t.hitRingkas = [h0 + 1, h0 + kode.length];
  // tabel hitungan mulai dua baris di bawah ringkasan
  const h = h0 + kode.length + 2;
  const kepala = [
    "Periode",
    "Layanan",
    "Unsur",
    "Mulai",
    "Sebelum",
    ...Array.from({ length: t.K }, (_, i) => `Peta ${i + 1}`),
    "1",
    "2",
    "3",
    "4",
    "Σ banyak",
    "Σ nilai",
  ];
  kepala.forEach((x, i) => k.set(h, i, label(x, "kepala")));
  let r = h + 1;
  const ringkasBaris = (kd: string) => t.hitRingkas[0] + kode.indexOf(kd);
  const awalU = r;
  for (const p of o.periodeNama) {
    for (const s of o.layanan) {
      for (let j = 0; j < n; j++) {
        t.hitBaris.set(`${p}|${s}|U${j + 1}`, r);
        barisHitungan(k, t, r++, p, s, `U${j + 1}`, ringkasBaris(`U${j + 1}`));
      }
    }
  }
  t.hitU = [awalU, r - 1];
  if (kep) {
    const awalK = r;
    for (const p of o.periodeNama) {
      for (let j = 0; j < n; j++) {
        t.hitBaris.set(`${p}||K${j + 1}`, r);
        barisHitungan(k, t, r++, p, null, `K${j + 1}`, ringkasBaris(`K${j + 1}`));
      }
    }
    t.hitK = [awalK, r - 1];
  }
  kode.forEach((kd, i) => ringkasanKolom(k, t, t.hitRingkas[0] + i, kd, kd[0] === "K" ? t.hitK! : t.hitU));
  return {
    nama: t.lembar.hitungan,
    blok: [k.blok()],
    bekukan: { baris: h + 1, kolom: 3 },
    lebarKolom: [
      { kolom: "A", lebar: 10 },
      { kolom: "B", lebar: 24 },
      { kolom: "C", lebar: 7 },
      { kolom: "D", lebar: 11 },
      { kolom: "E", lebar: 11 },
    ],
    lebarMinimum: [
      { kolom: "D", lebar: 11 },
      { kolom: "E", lebar: 11 },
    ],
  };
}

// ---------- Hasil ----------

/** Banyak baris jawaban (ada cap waktu, atau layanan, atau sedikitnya satu jawaban unsur) di seluruh jangkauan. */
function rumusBarisJawaban(t: Tata): string {
  const { o } = t;
  const J = t.lembar.jawaban;
  if (o.kolomWaktu !== null) return `COUNTIF(${kolomPenuh(t, J, o.kolomWaktu)},"<>")`;
  if (o.kolomLayanan !== null) return `COUNTIF(${kolomPenuh(t, J, o.kolomLayanan)},"<>")`;
  return `(ROWS(${kolomPenuh(t, J, o.kolomUnsur[0])})-COUNTIFS(${o.kolomUnsur.map((k) => `${kolomPenuh(t, J, k)},""`).join(",")}))`;
}

function lembarHasil(t: Tata): RencanaLembar {
  const { o, n } = t;
  const k = new Kisi();
  const H = t.lembar.hitungan;
  k.set(
    0,
    0,
    judul(
      `${o.aturan === "2017" ? "Survei Kepuasan Masyarakat (PermenPAN-RB 14/2017)" : "Indeks Kepuasan Masyarakat (KepmenPAN 25/2004)"}: hasil per periode dan jenis layanan`,
    ),
  );
  k.set(
    1,
    0,
    label(
      `Dihitung rumus dari lembar ${t.lembar.jawaban} lewat ${t.lembar.hitungan} dan ${t.lembar.peta}. NRR = Σ nilai jawaban terisi / banyak jawaban terisi per unsur; indeks = Σ NRR × penimbang; nilai = indeks × ${NILAI_DASAR_SKM}.`,
      "catatan",
    ),
  );
  k.set(3, 0, label("Konvensi hitung", "subjudul"));
  k.set(4, 0, label("Penimbang tiap unsur"));
  k.set(4, 1, masukan("penimbang", o.penimbang === "1/n" ? 1 / n : Number(o.penimbang), "0.000000"));
  k.set(
    4,
    2,
    label(
      o.penimbang === "1/n"
        ? `tepat 1/${n} (bawaan); kantor lain memakai 0,111 atau 0,11`
        : `${o.penimbang.replace(".", ",")} seperti tercetak; tepat = 1/${n}`,
      "catatan",
    ),
  );
  k.set(5, 0, label("Pembulatan NRR sebelum ditimbang (desimal)"));
  k.set(5, 1, masukan("pembulatan-nrr", o.pembulatanNrr ?? undefined));
  k.set(
    5,
    2,
    label(
      "kosong = tidak dibulatkan; 2 atau 3 = NRR dibulatkan dulu (ROUND) seperti aplikasi yang menghitung dari angka tampilan",
      "catatan",
    ),
  );
  k.set(6, 0, label("Hasil unit"));
  k.set(6, 1, masukan("hasil-unit", o.hasilUnit));
  k.set(
    6,
    2,
    label(
      "gabungan = semua responden unit dihitung sekaligus (rumus SKM yang sama); rerata = rata-rata nilai tiap jenis layanan",
      "catatan",
    ),
  );
  const [ra] = t.hitRingkas;
  k.set(7, 0, label("Jawaban yang tidak ada di Peta Jawaban"));
  k.set(7, 1, hitung(`=SUM(${rentangHit(t, RK.selisih, [ra, ra + n - 1])})`, "0"));
  k.set(
    7,
    2,
    label(
      `harus 0; bila tidak, lihat kolom Selisih di ${H} lalu tambahkan teksnya di ${t.lembar.peta} (atau lihat B9)`,
      "catatan",
    ),
  );
  t.selPenimbang = abs(4, 1);
  t.selPembulatan = abs(5, 1);
  t.selHasilUnit = abs(6, 1);

  const h = 9;
  const c = t.hasilKol;
  k.set(8, 0, label("Baris jawaban di luar periode/layanan tabel ini"));
  k.set(
    8,
    2,
    label(
      `harus 0; bila tidak, ada cap waktu/layanan baru atau teks, atau baris ${t.lembar.jawaban} diurutkan ulang: bangun ulang`,
      "catatan",
    ),
  );
  const kepala = [
    "Periode",
    "Layanan",
    "Kunci",
    "Responden",
    ...t.unsur.map((u, j) => `U${j + 1} ${u}`),
    "Indeks",
    "Nilai",
    "Mutu",
    "Kinerja",
    "Populasi",
    "Sampel minimal",
    "Sampel cukup",
    ...t.unsur.map((_, j) => `Urutan U${j + 1} (bantu)`),
  ];
  kepala.forEach((x, i) => k.set(h, i, label(x, "kepala")));
  const kPop = c.kinerja + 1;
  const suku = (r: number) =>
    t.unsur
      .map(
        (_, j) =>
          `IF(${t.selPembulatan}="",${alamat(r, c.nrr0 + j)},ROUND(${alamat(r, c.nrr0 + j)},${t.selPembulatan}))`,
      )
      .join("+");
  const hitSel = (r: number, kol: number) => ref(H, `$${hurufKolom(kol)}$${r + 1}`);
  const jumlahU = (kol: number, per: string, j: number) =>
    `SUMIFS(${rentangHit(t, kol, t.hitU)},${rentangHit(t, HK.periode, t.hitU)},${per},${rentangHit(t, HK.unsur, t.hitU)},"U${j + 1}")`;
  let r = h + 1;
  t.hasilAwal = r;
  for (const p of o.periodeNama) {
    const layanan = new Map<string, number>();
    const awal = r;
    for (const s of o.layanan) {
      layanan.set(s, r);
      const r1 = t.hitBaris.get(`${p}|${s}|U1`)!;
      k.set(r, c.periode, label(p));
      k.set(r, c.layanan, label(s));
      k.set(r, c.kunci, hitung(`=${alamat(r, 0)}&"|"&${alamat(r, 1)}`));
      k.set(
        r,
        c.responden,
        hitung(`=${hitungKelompokRumus(t, p, s, [hitSel(r1, HK.mulai), hitSel(r1, HK.sebelum)], [])}`, "0"),
      );
      const ada = `${alamat(r, c.responden)}=0`;
      // NRR = Σ nilai / banyak jawaban terisi, dari baris kelompok ini di lembar Hitungan
      t.unsur.forEach((_, j) => {
        const rj = t.hitBaris.get(`${p}|${s}|U${j + 1}`)!;
        k.set(r, c.nrr0 + j, hitung(`=IF(${ada},"",${hitSel(rj, kolJumlah(t))}/${hitSel(rj, kolBanyak(t))})`, "0.000"));
      });
      k.set(r, c.indeks, hitung(`=IF(${ada},"",(${suku(r)})*${t.selPenimbang})`, "0.0000"));
      k.set(r, kPop, masukan(`populasi|p=${p}|l=${s}`, o.populasi?.[s]));
      k.set(
        r,
        kPop + 1,
        hitung(
          `=IF(ISNUMBER(${alamat(r, kPop)}),ROUND(3.841*${alamat(r, kPop)}*0.25/(0.0025*(${alamat(r, kPop)}-1)+3.841*0.25),0),"")`,
          "0",
        ),
      );
      k.set(
        r,
        kPop + 2,
        hitung(
          `=IF(ISNUMBER(${alamat(r, kPop + 1)}),IF(${alamat(r, c.responden)}>=${alamat(r, kPop + 1)},"Ya","Tidak"),"")`,
        ),
      );
      baris(k, r, c, o.aturan);
      r++;
    }
    const akhirL = r - 1;
    k.set(r, c.periode, label(p, "total"));
    k.set(r, c.layanan, label(NAMA_UNIT, "total"));
    k.set(r, c.kunci, hitung(`=${alamat(r, 0)}&"|"&${alamat(r, 1)}`));
    k.set(r, c.responden, hitung(`=SUM(${alamat(awal, c.responden)}:${alamat(akhirL, c.responden)})`, "0", "total"));
    const ada = `${alamat(r, c.responden)}=0`;
    const rerata = `${t.selHasilUnit}="rerata"`;
    t.unsur.forEach((_, j) => {
      const kol = c.nrr0 + j;
      const per = alamat(r, 0);
      k.set(
        r,
        kol,
        hitung(
          `=IF(${ada},"",IF(${rerata},AVERAGE(${alamat(awal, kol)}:${alamat(akhirL, kol)}),${jumlahU(kolJumlah(t), per, j)}/${jumlahU(kolBanyak(t), per, j)}))`,
          "0.000",
          "total",
        ),
      );
    });
    k.set(
      r,
      c.indeks,
      hitung(
        `=IF(${ada},"",IF(${rerata},AVERAGE(${alamat(awal, c.indeks)}:${alamat(akhirL, c.indeks)}),(${suku(r)})*${t.selPenimbang}))`,
        "0.0000",
        "total",
      ),
    );
    baris(k, r, c, o.aturan, "total");
    // bantu Tindak Lanjut: NRR unit + j/10⁹ agar NRR kembar diurutkan menurut nomor unsur
    t.unsur.forEach((_, j) => {
      const x = alamat(r, c.nrr0 + j);
      k.set(r, c.urutan0 + j, hitung(`=IF(ISNUMBER(${x}),${x}+${j + 1}/1000000000,"")`));
    });
    t.hasilBaris.set(p, { layanan, unit: r });
    r++;
  }
  t.hasilAkhir = r - 1;
  const kolD = `$${hurufKolom(c.responden)}$${t.hasilAwal + 1}:$${hurufKolom(c.responden)}$${t.hasilAkhir + 1}`;
  const kolB = `$B$${t.hasilAwal + 1}:$B$${t.hasilAkhir + 1}`;
  k.set(8, 1, hitung(`=${rumusBarisJawaban(t)}-SUMIFS(${kolD},${kolB},"${NAMA_UNIT}")`, "0"));
  return {
    nama: t.lembar.hasil,
    blok: [k.blok()],
    validasi: [
      {
        rentang: t.selHasilUnit.replace(/\$/g, ""),
        jenis: "daftar",
        daftar: ["gabungan", "rerata"],
        pesan: "Pilih gabungan atau rerata.",
      },
    ],
    formatBersyarat: (["A", "B", "C", "D"] as const).map((m, i) => ({
      rentang: `${hurufKolom(c.mutu)}${t.hasilAwal + 1}:${hurufKolom(c.mutu)}${t.hasilAkhir + 1}`,
      teks: m,
      warnaIsi: ["#C6EFCE", "#DDEBF7", "#FFEB9C", "#FFC7CE"][i],
      warnaFont: ["#006100", "#1F4E78", "#9C5700", "#9C0006"][i],
    })),
    bekukan: { baris: h + 1, kolom: 2 },
    // kunci periode|layanan (pencarian Publikasi): diciutkan, tidak dicetak. Urutan NRR (bantu Tindak Lanjut, di
    // ujung kanan) tetap tampak tetapi di luar area cetak: LibreOffice mencetak "###" untuk angka di kolom tersembunyi
    kolomBantu: {
      kolom: [hurufKolom(c.kunci)],
      keterangan: `Kolom bantu ${hurufKolom(c.kunci)} (kunci periode|layanan untuk ${t.lembar.publikasi})`,
    },
    cetakMinta: { area: `A1:${alamat(t.hasilAkhir, c.urutan0 - 1)}` },
    // kunci periode|layanan dibentuk rumus: lebarnya tidak dapat ditaksir dari teks sel
    lebarMinimum: [{ kolom: "C", lebar: 30 }],
    // label konvensi di A dibungkus: kolom kunci A:B cukup sempit untuk diulang di setiap pita cetak
    lebarMaksimum: [{ kolom: "A", lebar: 24 }],
    lebarKolom: [
      { kolom: "A", lebar: 24 },
      { kolom: "B", lebar: 24 },
      { kolom: "C", lebar: 10 },
      ...t.unsur.map((_, j) => ({ kolom: hurufKolom(c.nrr0 + j), lebar: 12 })),
      { kolom: hurufKolom(c.kinerja), lebar: 12 },
    ],
  };
}

function baris(k: Kisi, r: number, c: Tata["hasilKol"], aturan: AturanSkm, gaya: "hitung" | "total" = "hitung"): void {
  const idx = alamat(r, c.indeks);
  k.set(r, c.nilai, hitung(`=IF(ISNUMBER(${idx}),${idx}*${NILAI_DASAR_SKM},"")`, "0.00", gaya));
  k.set(r, c.mutu, hitung(rumusPitaSkm(alamat(r, c.nilai), aturan, "mutu"), undefined, gaya));
  k.set(r, c.kinerja, hitung(rumusPitaSkm(alamat(r, c.nilai), aturan, "kinerja"), undefined, gaya));
}

/** Rumus pencarian baris Hasil menurut kunci "periode|layanan". */
function cariHasil(t: Tata, kunci: string, kol: number): string {
  const rng = (x: number) =>
    ref(t.lembar.hasil, `$${hurufKolom(x)}$${t.hasilAwal + 1}:$${hurufKolom(x)}$${t.hasilAkhir + 1}`);
  return `IFERROR(INDEX(${rng(kol)},MATCH(${kunci},${rng(t.hasilKol.kunci)},0)),"")`;
}

// ---------- Profil ----------

export interface KategoriProfil {
  nama: string;
  kriteria: string[];
}

const KELOMPOK_UMUR: [string, number | null, number | null][] = [
  ["< 20", null, 20],
  ["20–29", 20, 30],
  ["30–39", 30, 40],
  ["40–49", 40, 50],
  ["50–59", 50, 60],
  ["≥ 60", 60, null],
];

/** Kategori tiap kolom profil dari data: angka dengan banyak nilai → kelompok umur; teks → nilai yang ada (≤ 15, terbanyak dulu). */
function kategoriProfil(o: OpsiSkmSiklus, kol: number): KategoriProfil[] {
  const hitungan = new Map<string, number>();
  let angka = true;
  for (const b of o.baris ?? []) {
    const v = b[kol];
    if (v === undefined || v === "") continue;
    if (typeof v !== "number") angka = false;
    const s = String(v).trim();
    hitungan.set(s, (hitungan.get(s) ?? 0) + 1);
  }
  if (angka && hitungan.size > 8) {
    return KELOMPOK_UMUR.map(([nama, lo, hi]) => ({
      nama,
      kriteria: [...(lo !== null ? [`">=${lo}"`] : []), ...(hi !== null ? [`"<${hi}"`] : [])],
    }));
  }
  return [...hitungan.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], "id"))
    .slice(0, 15)
    .map(([s]) => ({
      nama: s,
      kriteria: [
        typeof (o.baris ?? []).find((b) => String(b[kol]).trim() === s)?.[kol] === "number"
          ? s
          : `"${s.replace(/"/g, '""')}"`,
      ],
    }));
}

function lembarProfil(t: Tata): { lembar: RencanaLembar; ringkas: { kolom: string; nilai: string; jumlah: string }[] } {
  const { o } = t;
  const k = new Kisi();
  const J = t.lembar.jawaban;
  k.set(0, 0, judul("Profil responden"));
  k.set(
    1,
    0,
    label(`Periode mengikuti sel Periode di lembar ${t.lembar.publikasi} (kosong = semua periode).`, "catatan"),
  );
  k.set(2, 0, label("Periode"));
  k.set(
    2,
    1,
    hitung(`=IF(${ref(t.lembar.publikasi, t.selPeriodePub)}="","",${ref(t.lembar.publikasi, t.selPeriodePub)})`),
  );
  // batas periode terpilih (dari lembar Hitungan) untuk kriteria cap waktu; semua periode = seluruh rentang tanggal
  const krit: string[] = [];
  if (o.kolomWaktu !== null && o.periodeNama.some((p) => batasPeriode(p))) {
    const hA = rentangHit(t, HK.periode, t.hitU);
    k.set(2, 2, label("mulai"));
    k.set(2, 3, hitung(`=IF($B$3="",1,INDEX(${rentangHit(t, HK.mulai, t.hitU)},MATCH($B$3,${hA},0)))`, "dd/mm/yyyy"));
    k.set(2, 4, label("sebelum"));
    k.set(
      2,
      5,
      hitung(`=IF($B$3="",2958466,INDEX(${rentangHit(t, HK.sebelum, t.hitU)},MATCH($B$3,${hA},0)))`, "dd/mm/yyyy"),
    );
    const w = kolomPenuh(t, J, o.kolomWaktu);
    krit.push(`${w},">="&$D$3`, `${w},"<"&$F$3`);
  }
  const semua = o.kolomLayanan !== null ? `${kolomPenuh(t, J, o.kolomLayanan)},"<>"` : null;
  const lay = (s: string) =>
    o.kolomLayanan !== null ? [`${kolomPenuh(t, J, o.kolomLayanan)},${kriteriaPersis(s)}`] : [];
  k.set(3, 0, label("Responden"));
  const dasar = krit.length > 0 ? krit : semua ? [semua] : [];
  k.set(3, 1, hitung(dasar.length > 0 ? `=COUNTIFS(${dasar.join(",")})` : `=${rumusBarisJawaban(t)}`, "0"));
  const ringkas: { kolom: string; nilai: string; jumlah: string }[] = [];
  let r = 5;
  for (const kol of o.kolomProfil) {
    const kat = o.kategoriProfil?.[String(kol)] ?? kategoriProfil(o, kol);
    if (kat.length === 0) continue;
    const kepala = [o.judul[kol], "Jumlah", "%", ...o.layanan];
    kepala.forEach((x, i) => k.set(r, i, label(x, "kepala")));
    const awal = r + 1;
    const data = kolomPenuh(t, J, kol);
    for (const g of kat) {
      r++;
      const kg = [...g.kriteria.map((x) => `${data},${x}`), ...krit];
      k.set(r, 0, label(g.nama));
      k.set(r, 1, hitung(`=COUNTIFS(${kg.join(",")})`, "0"));
      k.set(r, 2, hitung(`=IF($B$4=0,"",${alamat(r, 1)}/$B$4)`, "0.0%"));
      o.layanan.forEach((s, i) => k.set(r, 3 + i, hitung(`=COUNTIFS(${[...kg, ...lay(s)].join(",")})`, "0")));
    }
    ringkas.push({
      kolom: o.judul[kol],
      nilai: `${rujukLembar(t.lembar.profil)}!$A$${awal + 1}:$A$${r + 1}`,
      jumlah: `${rujukLembar(t.lembar.profil)}!$B$${awal + 1}:$B$${r + 1}`,
    });
    r += 2;
  }
  return {
    lembar: {
      nama: t.lembar.profil,
      blok: [k.blok()],
      lebarKolom: [
        { kolom: "A", lebar: 30 },
        { kolom: "B", lebar: 10 },
        { kolom: "C", lebar: 8 },
      ],
      ...(krit.length > 0
        ? {
            lebarMinimum: [
              { kolom: "D", lebar: 11 },
              { kolom: "F", lebar: 11 },
            ],
          }
        : {}),
    },
    ringkas,
  };
}

// ---------- Tren ----------

function lembarTren(t: Tata): RencanaLembar {
  const { o } = t;
  const k = new Kisi();
  k.set(0, 0, judul("Tren nilai SKM per periode"));
  k.set(
    1,
    0,
    label("Nilai unit dan tiap jenis layanan per periode, dengan perubahan dari periode sebelumnya (poin).", "catatan"),
  );
  const kolom = [NAMA_UNIT, ...o.layanan];
  k.set(3, 0, label("Periode", "kepala"));
  kolom.forEach((s, i) => {
    k.set(3, 1 + 2 * i, label(s, "kepala"));
    k.set(3, 2 + 2 * i, label("Perubahan", "kepala"));
  });
  o.periodeNama.forEach((p, i) => {
    const r = 4 + i;
    k.set(r, 0, label(p));
    kolom.forEach((s, j) => {
      const c = 1 + 2 * j;
      k.set(r, c, hitung(`=${cariHasil(t, `$A${r + 1}&"|"&"${s.replace(/"/g, '""')}"`, t.hasilKol.nilai)}`, "0.00"));
      k.set(
        r,
        c + 1,
        i === 0
          ? label("")
          : hitung(
              `=IF(AND(ISNUMBER(${alamat(r, c)}),ISNUMBER(${alamat(r - 1, c)})),${alamat(r, c)}-${alamat(r - 1, c)},"")`,
              "+0.00;-0.00;0.00",
            ),
      );
    });
  });
  const akhir = 4 + o.periodeNama.length - 1;
  return {
    nama: t.lembar.tren,
    blok: [k.blok()],
    lebarKolom: [
      { kolom: "A", lebar: 12 },
      ...kolom.flatMap((_, j) => [
        { kolom: hurufKolom(1 + 2 * j), lebar: 16 },
        { kolom: hurufKolom(2 + 2 * j), lebar: 11 },
      ]),
    ],
    grafik: [
      {
        jenis: "garis",
        judul: "Nilai SKM unit per periode",
        data: `B5:B${akhir + 1}`,
        kategori: `A5:A${akhir + 1}`,
        posisi: `A${akhir + 4}`,
      },
    ],
  };
}

// ---------- Tindak lanjut ----------

export { BANYAK_TINDAK_LANJUT };

/** Sel ambang NRR di lembar Tindak Lanjut (kosong = tiga terendah). */
const SEL_AMBANG = "$B$3";

export function saranPeriode(o: OpsiSkmSiklus, periodeBaris: readonly string[]): Map<string, string[]> {
  const m = new Map<string, string[]>();
  if (!o.baris || o.kolomSaran.length === 0) return m;
  o.baris.forEach((b, i) => {
    const p = periodeBaris[i];
    if (p === undefined) return;
    for (const c of o.kolomSaran) {
      const s = String(b[c] ?? "").trim();
      if (s === "" || s === "-") continue;
      const d = m.get(p) ?? [];
      if (d.length < 10 && !d.includes(s)) d.push(s);
      m.set(p, d);
    }
  });
  return m;
}

/** Banyak unsur yang didaftar periode ini (rumus): di bawah ambang, atau tiga terendah bila sel ambang kosong. */
const rumusBanyakTl = (nrr: string, bantu: string): string =>
  `IF(ISNUMBER(${SEL_AMBANG}),COUNTIF(${nrr},"<"&${SEL_AMBANG}),MIN(${BANYAK_TINDAK_LANJUT},COUNT(${bantu})))`;

function lembarTindakLanjut(t: Tata): RencanaLembar {
  const { o, n } = t;
  const k = new Kisi();
  const c = t.hasilKol;
  k.set(0, 0, judul("Rencana tindak lanjut hasil SKM"));
  k.set(
    1,
    0,
    label(
      `Unsur menurut NRR unit tiap periode (rumus dari ${t.lembar.hasil}; urut naik, NRR kembar menurut nomor unsur): tiga terendah bila B3 kosong, atau semua unsur dengan NRR unit di bawah ambang B3. Isi rencana, waktu, penanggung jawab dan status di sel kuning.`,
      "catatan",
    ),
  );
  k.set(2, 0, label("Ambang NRR"));
  k.set(2, 1, masukan("tl-ambang", o.ambang, "0.00"));
  k.set(
    2,
    2,
    hitung(
      `=IF(ISNUMBER(${SEL_AMBANG}),"Aturan: semua unsur dengan NRR unit di bawah "&${SEL_AMBANG},"Aturan: tiga unsur dengan NRR unit terendah (B3 kosong)")`,
      undefined,
      "catatan",
    ),
  );
  const kepala = [
    "Periode",
    "Peringkat",
    "Unsur",
    "NRR",
    "Rencana tindak lanjut",
    "Waktu",
    "Penanggung jawab",
    "Status",
    "Saran masyarakat (saat dibuat)",
    "Kunci",
  ];
  kepala.forEach((x, i) => k.set(3, i, label(x, "kepala")));
  const saran = new Map(Object.entries(o.saran ?? {}));
  const namaUnsur = ref(t.lembar.hasil, `$${hurufKolom(c.nrr0)}$10:$${hurufKolom(c.nrr0 + n - 1)}$10`);
  let r = 4;
  for (const p of o.periodeNama) {
    const s = saran.get(p) ?? [];
    // setiap unsur mendapat baris: ambang di B3 dapat diubah di Excel tanpa membangun ulang
    const tinggi = Math.max(n, s.length);
    const unit = t.hasilBaris.get(p)!.unit;
    const bantu = ref(
      t.lembar.hasil,
      `$${hurufKolom(c.urutan0)}$${unit + 1}:$${hurufKolom(c.urutan0 + n - 1)}$${unit + 1}`,
    );
    const nrr = ref(t.lembar.hasil, `$${hurufKolom(c.nrr0)}$${unit + 1}:$${hurufKolom(c.nrr0 + n - 1)}$${unit + 1}`);
    const banyak = rumusBanyakTl(nrr, bantu);
    for (let i = 0; i < tinggi; i++) {
      const b = r + i;
      if (i < n) {
        const pos = `MATCH(SMALL(${bantu},${i + 1}),${bantu},0)`;
        k.set(b, 0, label(p));
        k.set(b, 1, hitung(`=IF(C${b + 1}="","",${i + 1})`));
        k.set(b, 2, hitung(`=IF(${i + 1}>${banyak},"",INDEX(${namaUnsur},1,${pos}))`));
        k.set(b, 3, hitung(`=IF(${i + 1}>${banyak},"",INDEX(${nrr},1,${pos}))`, "0.000"));
        ["rencana", "waktu", "pj", "status"].forEach((f, m) => k.set(b, 4 + m, masukan(`tl|p=${p}|k=${i + 1}|${f}`)));
        k.set(b, 9, hitung(`=IF(C${b + 1}="","",A${b + 1}&"|"&${i + 1})`));
      }
      if (s[i] !== undefined) k.set(b, 8, label(s[i]));
    }
    r += tinggi + 1;
  }
  return {
    nama: t.lembar.tl,
    blok: [k.blok()],
    validasi: [
      { rentang: "B3", jenis: "desimal", min: 1, maks: 4, pesan: "Ambang NRR 1–4 (kosong = tiga unsur terendah)." },
    ],
    bolehKosong: ["B3"],
    bekukan: { baris: 4, kolom: 0 },
    // kunci periode|peringkat (pencarian Publikasi): diciutkan, tidak dicetak
    kolomBantu: { kolom: ["J"], keterangan: "Kolom bantu J (kunci periode|peringkat untuk lembar Publikasi)" },
    // mendatar satu halaman lebar dengan huruf ≥ 8 pt (lebar ≤ BATAS_MENDATAR karakter); tinggi bebas, kepala berulang
    cetakMinta: { orientasi: "mendatar" },
    // nama unsur terlemah dicari dengan rumus (INDEX): lebarnya tidak dapat ditaksir dari teks sel (terpanjang dengan
    // nomor 42 karakter)
    lebarMinimum: [{ kolom: "C", lebar: 43 }],
    // saran masyarakat dibungkus agar tabel muat satu halaman lebar mendatar
    lebarMaksimum: [
      { kolom: "A", lebar: 10 },
      { kolom: "B", lebar: 11 },
      { kolom: "D", lebar: 9 },
      { kolom: "I", lebar: 18 },
    ],
    lebarKolom: [
      { kolom: "A", lebar: 10 },
      { kolom: "B", lebar: 10 },
      { kolom: "C", lebar: 43 },
      { kolom: "D", lebar: 8 },
      { kolom: "E", lebar: 20 },
      { kolom: "F", lebar: 10 },
      { kolom: "G", lebar: 13 },
      { kolom: "H", lebar: 9 },
      { kolom: "I", lebar: 18 },
      { kolom: "J", lebar: 10 },
    ],
  };
}

// ---------- Publikasi ----------

/**
 * Format sel teks hasil pencarian Publikasi (mutu, kinerja, rencana, waktu): format bawaan Excel yang dinyatakan,
 * agar tata letak memakai lebar kolom lembar ini (lebarMinimum) dan tidak menaksir dari teks literal rumus pencarian.
 */
const TEKS_CARI = "General";

function lembarPublikasi(t: Tata, ringkas: { kolom: string; nilai: string; jumlah: string }[]): RencanaLembar {
  const { o, n } = t;
  const k = new Kisi();
  const c = t.hasilKol;
  k.set(0, 0, judul("HASIL SURVEI KEPUASAN MASYARAKAT"));
  k.set(1, 0, label("Unit pelayanan"));
  k.set(1, 1, masukan("pub-unit", o.unitNama ?? "(nama unit pelayanan)"));
  k.set(2, 0, label("Periode"));
  k.set(2, 1, masukan("pub-periode", o.periodeNama[o.periodeNama.length - 1]));
  k.set(3, 0, label("Dasar"));
  k.set(3, 1, label(o.aturan === "2017" ? "Permenpan RB Nomor 14 Tahun 2017" : "Kepmenpan Nomor KEP/25/M.PAN/2/2004"));
  k.set(4, 0, label("Responden"));
  k.set(4, 1, hitung(`=${cariHasil(t, `$B$3&"|"&"${NAMA_UNIT}"`, c.responden)}`, "0"));
  k.set(5, 0, label("Nilai SKM unit", "total"));
  k.set(5, 1, hitung(`=${cariHasil(t, `$B$3&"|"&"${NAMA_UNIT}"`, c.nilai)}`, "0.00", "total"));
  k.set(5, 2, hitung(`=${cariHasil(t, `$B$3&"|"&"${NAMA_UNIT}"`, c.mutu)}`, TEKS_CARI, "total"));
  k.set(5, 3, hitung(`=${cariHasil(t, `$B$3&"|"&"${NAMA_UNIT}"`, c.kinerja)}`, TEKS_CARI, "total"));
  k.set(
    6,
    0,
    label(
      `Konvensi: ${o.penimbang === "1/n" ? `penimbang 1/${n}` : `penimbang ${o.penimbang.replace(".", ",")}`}${o.pembulatanNrr ? `, NRR dibulatkan ${o.pembulatanNrr} desimal` : ""}; hasil unit ${o.hasilUnit === "gabungan" ? "dari seluruh responden" : "rata-rata nilai layanan"}.`,
      "catatan",
    ),
  );
  let r = 8;
  ["Jenis layanan", "Responden", "Nilai", "Mutu", "Kinerja"].forEach((x, i) => k.set(r, i, label(x, "kepala")));
  for (const s of o.layanan) {
    r++;
    const kunci = `$B$3&"|"&"${s.replace(/"/g, '""')}"`;
    k.set(r, 0, label(s));
    [c.responden, c.nilai, c.mutu, c.kinerja].forEach((kol, i) =>
      k.set(r, 1 + i, hitung(`=${cariHasil(t, kunci, kol)}`, i === 0 ? "0" : i === 1 ? "0.00" : TEKS_CARI)),
    );
  }
  r += 2;
  k.set(r, 0, label("Unsur pelayanan", "kepala"));
  k.set(r, 1, label("NRR", "kepala"));
  k.set(r, 2, label("Nilai (× 25)", "kepala"));
  const awalU = r + 1;
  t.unsur.forEach((u, j) => {
    r++;
    k.set(r, 0, label(`U${j + 1} ${u}`));
    k.set(r, 1, hitung(`=${cariHasil(t, `$B$3&"|"&"${NAMA_UNIT}"`, c.nrr0 + j)}`, "0.000"));
    k.set(r, 2, hitung(`=IF(ISNUMBER(${alamat(r, 1)}),${alamat(r, 1)}*${NILAI_DASAR_SKM},"")`, "0.00"));
  });
  const akhirU = r;
  const posGrafik = r + 2;
  r += 18;
  // "kolom: kategori" (teks rumus, panjangnya menurut data) mengalir ke B yang kosong; jumlah di C
  k.set(r, 0, label("Profil responden (terbanyak)", "kepala"));
  k.set(r, 1, label("", "kepala"));
  k.set(r, 2, label("Jumlah", "kepala"));
  for (const p of ringkas) {
    r++;
    k.set(
      r,
      0,
      hitung(`="${p.kolom.replace(/"/g, '""')}: "&IFERROR(INDEX(${p.nilai},MATCH(MAX(${p.jumlah}),${p.jumlah},0)),"")`),
    );
    k.set(r, 2, hitung(`=IFERROR(MAX(${p.jumlah}),"")`, "0"));
  }
  r += 2;
  ["Tindak lanjut", "Unsur", "Rencana", "Waktu"].forEach((x, i) => k.set(r, i, label(x, "kepala")));
  const tl = (kol: string) => ref(t.lembar.tl, `$${kol}$5:$${kol}$${5 + t.tlTinggi}`);
  // dibangun dengan ambang: semua baris unsur (yang tidak terdaftar kosong); tanpa ambang: tiga
  const banyakPub = o.ambang !== undefined ? n : BANYAK_TINDAK_LANJUT;
  for (let i = 1; i <= banyakPub; i++) {
    r++;
    const m = `MATCH($B$3&"|"&${i},${tl("J")},0)`;
    k.set(r, 0, o.ambang === undefined ? label(i) : hitung(`=IF(${alamat(r, 1)}="","",${i})`));
    ["C", "E", "F"].forEach((kol, j) =>
      k.set(r, 1 + j, hitung(`=IFERROR(INDEX(${tl(kol)},${m})&"","")`, j === 0 ? undefined : TEKS_CARI)),
    );
  }
  return {
    nama: t.lembar.publikasi,
    blok: [k.blok()],
    validasi: [
      { rentang: "B3", jenis: "daftar", daftar: o.periodeNama, pesan: "Pilih periode yang ada di lembar Hasil." },
    ],
    lebarKolom: [
      { kolom: "A", lebar: 24 },
      { kolom: "B", lebar: 43 },
      { kolom: "C", lebar: 10 },
      { kolom: "D", lebar: 8 },
      { kolom: "E", lebar: 12 },
    ],
    // nama unsur terlemah (B) dan kinerja (E) dicari dengan rumus (INDEX): lebarnya tidak dapat ditaksir dari teks sel
    // (nama unsur terpanjang dengan nomor, "U8 Penanganan Pengaduan, Saran dan Masukan", 42 karakter; "Sangat Baik" 11)
    lebarMinimum: [
      { kolom: "B", lebar: 43 },
      { kolom: "C", lebar: 10 },
      { kolom: "D", lebar: 8 },
      { kolom: "E", lebar: 12 },
    ],
    // satu halaman A4 potret dengan huruf ≥ 8 pt: lebar ≤ BATAS_TEGAK (98 karakter), label unsur panjang di A dibungkus
    lebarMaksimum: [{ kolom: "A", lebar: 24 }],
    grafik: [
      {
        jenis: "batang",
        judul: "NRR per unsur pelayanan",
        data: `B${awalU + 1}:B${akhirU + 1}`,
        kategori: `A${awalU + 1}:A${akhirU + 1}`,
        posisi: `A${posGrafik + 1}`,
      },
    ],
    cetakMinta: { orientasi: "tegak", satuHalaman: true, area: `A1:E${r + 1}` },
  };
}

// ---------- Kuadran kepentingan–kinerja ----------

/**
 * Batas sumbu grafik kuadran dari nilai saat dibangun: kelipatan 0,5 di bawah nilai terkecil (sedikitnya 0,15
 * di bawahnya, tidak kurang dari 1) sampai 4, agar titik yang berdekatan tidak menumpuk di sumbu 1–4.
 */
export function batasSumbuKuadran(nilai: readonly number[]): [number, number] {
  let min = 4;
  for (const x of nilai) if (Number.isFinite(x) && x < min) min = x;
  let bawah = Math.floor(min * 2) / 2;
  if (min - bawah < 0.15) bawah -= 0.5;
  return [Math.max(1, bawah), 4];
}

/** Blok peta kepentingan/harapan di bawah peta unsur lembar Peta Jawaban (satu peta untuk semua unsur). */
function blokPetaKepentingan(t: Tata): { blok: BlokSel; validasi: ValidasiData } {
  const k = new Kisi();
  const awal = t.petaBlok[t.n - 1][1] + 2;
  k.set(
    0,
    0,
    label(
      "Kepentingan/harapan (semua unsur): pilihan di bawah adalah konvensi formulir e-SKM, bukan bagian PermenPAN-RB 14/2017; dipakai baris K lembar Hitungan.",
      "catatan",
    ),
  );
  const isi = barisPeta(
    OPSI_KEPENTINGAN,
    (t.o.peta ?? []).filter((p) => p.unsur === UNSUR_KEPENTINGAN),
  );
  for (let i = 0; i < isi.length + 4; i++) {
    k.set(1 + i, 0, label("Kepentingan (semua unsur)"));
    k.set(1 + i, 1, masukan(`peta-kep|i=${i + 1}`, isi[i]?.[0]));
    k.set(1 + i, 2, masukan(`peta-kep-nilai|i=${i + 1}`, isi[i]?.[1]));
    k.set(1 + i, 3, hitung(rumusKriteriaPeta(awal + 1 + i)));
  }
  t.petaKep = [awal + 1, awal + isi.length + 4];
  const blok = k.blok();
  return {
    blok: { ...blok, mulai: `A${awal + 1}` },
    validasi: {
      rentang: `C${awal + 2}:C${awal + 1 + isi.length}`,
      jenis: "bilanganBulat",
      min: 1,
      maks: 4,
      pesan: "Nilai harus bilangan bulat 1–4.",
    },
  };
}

/** Rumus kuadran dan namanya dari kinerja (d), kepentingan (e) dan garisnya (dg, eg); kosong bila salah satu bukan angka. */
function rumusKuadran(d: string, e: string, dg: string, eg: string): { kode: string; nama: (f: string) => string } {
  const ada = [d, e, dg, eg].map((x) => `ISNUMBER(${x})`).join(",");
  return {
    kode: `=IF(AND(${ada}),IF(${e}>=${eg},IF(${d}<${dg},"I","II"),IF(${d}<${dg},"III","IV")),"")`,
    nama: (f) =>
      `=IF(${f}="I","${KUADRAN_IPA.I.nama}",IF(${f}="II","${KUADRAN_IPA.II.nama}",IF(${f}="III","${KUADRAN_IPA.III.nama}",IF(${f}="IV","${KUADRAN_IPA.IV.nama}",""))))`,
  };
}

/**
 * Baris tabel kuadran (satu periode): A periode, B kode, C unsur, D kinerja, E kepentingan, F kuadran, G nama;
 * lalu baris garis pemisah. `periode` = rumus sel periode, `kinerja(j)` = rumus NRR unit unsur j.
 */
function barisKuadran(
  k: Kisi,
  t: Tata,
  r0: number,
  periode: string,
  kinerja: (j: number) => string,
  labelPeriode?: string,
): number {
  const { n } = t;
  const g = r0 + n;
  const rk = t.hitK!;
  for (let j = 0; j < n; j++) {
    const r = r0 + j;
    const jumlah = (kol: number) =>
      `SUMIFS(${rentangHit(t, kol, rk)},${rentangHit(t, HK.periode, rk)},${periode},${rentangHit(t, HK.unsur, rk)},"K${j + 1}")`;
    k.set(r, 0, labelPeriode === undefined ? hitung(`=${periode}`) : label(labelPeriode));
    k.set(r, 1, label(`U${j + 1}`));
    k.set(r, 2, label(t.unsur[j]));
    k.set(r, 3, hitung(`=${kinerja(j)}`, "0.000"));
    k.set(r, 4, hitung(`=IF(${jumlah(kolBanyak(t))}=0,"",${jumlah(kolJumlah(t))}/${jumlah(kolBanyak(t))})`, "0.000"));
    const q = rumusKuadran(alamat(r, 3), alamat(r, 4), abs(g, 3), abs(g, 4));
    k.set(r, 5, hitung(q.kode));
    k.set(r, 6, hitung(q.nama(alamat(r, 5))));
  }
  k.set(g, 2, label("Garis pemisah (rata-rata unsur)", "total"));
  [3, 4].forEach((c) =>
    k.set(
      g,
      c,
      hitung(
        `=IF(COUNT(${alamat(r0, c)}:${alamat(g - 1, c)})<${n},"",AVERAGE(${alamat(r0, c)}:${alamat(g - 1, c)}))`,
        "0.000",
        "total",
      ),
    ),
  );
  return g;
}

/** Judul, catatan metode, sel periode (B5) dan hitungan jawaban kepentingan di luar peta (B6). */
function kepalaKuadran(k: Kisi, t: Tata): void {
  const { o, n } = t;
  const q = (x: keyof typeof KUADRAN_IPA) => KUADRAN_IPA[x].nama.toLowerCase();
  k.set(0, 0, judul("Kuadran kepentingan–kinerja per unsur (importance–performance analysis)"));
  k.set(
    1,
    0,
    label(
      `Kinerja = NRR unit di lembar ${t.lembar.hasil} (mengikuti sel Hasil unit); kepentingan = rata-rata jawaban kepentingan/harapan semua responden periode itu (baris K lembar ${t.lembar.hitungan}, peta di ${t.lembar.peta}). Garis pemisah = rata-rata dari rata-rata unsur pada tiap sumbu. Kuadran I: kepentingan ≥ garis dan kinerja < garis (${q("I")}); II: ≥ dan ≥ (${q("II")}); III: < dan < (${q("III")}); IV: < dan ≥ (${q("IV")}).`,
      "catatan",
    ),
  );
  k.set(
    2,
    0,
    label(
      "Metode: Martilla & James (1977), Importance-Performance Analysis, Journal of Marketing 41(1): 77–79; nomor dan nama kuadran seperti grafik kuadran aplikasi e-SKM. Pilihan jawaban kepentingan (Tidak penting … Sangat penting = 1–4) adalah konvensi formulir e-SKM, bukan bagian PermenPAN-RB 14/2017.",
      "catatan",
    ),
  );
  k.set(4, 0, label("Periode"));
  k.set(4, 1, masukan("kuadran-periode", o.periodeNama[o.periodeNama.length - 1]));
  k.set(4, 2, label("tabel dan grafik di bawah mengikuti periode ini", "catatan"));
  k.set(5, 0, label("Jawaban kepentingan di luar peta"));
  const [ra] = t.hitRingkas;
  k.set(5, 1, hitung(`=SUM(${rentangHit(t, RK.selisih, [ra + n, ra + 2 * n - 1])})`, "0"));
  k.set(
    5,
    2,
    label(
      `harus 0; bila tidak, lihat kolom Selisih baris K di ${t.lembar.hitungan} lalu tambahkan teksnya di ${t.lembar.peta}`,
      "catatan",
    ),
  );
}

/**
 * Titik garis pemisah (tegak pada garis kinerja, mendatar pada garis kepentingan, selebar sumbu) di bawah
 * baris garis `g`, lalu grafik sebar tabel baris r0… di bawahnya. Mengembalikan grafik dan baris sesudahnya.
 */
function grafikKuadran(k: Kisi, t: Tata, r0: number, g: number): { grafik: Grafik; sesudah: number } {
  const gb = g + 2;
  const [smin, smaks] = t.o.sumbuKuadran ?? [1, 4];
  k.set(
    gb - 1,
    2,
    label(
      `Titik garis pemisah (untuk grafik; sumbu ${String(smin).replace(".", ",")}–${smaks} ditetapkan saat dibuat)`,
      "subjudul",
    ),
  );
  const titik: [string, string, string][] = [
    ["Garis kinerja, bawah", `=${abs(g, 3)}`, String(smin)],
    ["Garis kinerja, atas", `=${abs(g, 3)}`, String(smaks)],
    ["Garis kepentingan, kiri", String(smin), `=${abs(g, 4)}`],
    ["Garis kepentingan, kanan", String(smaks), `=${abs(g, 4)}`],
  ];
  titik.forEach(([nama, x, y], i) => {
    k.set(gb + i, 2, label(nama));
    [x, y].forEach((v, m) => k.set(gb + i, 3 + m, v.startsWith("=") ? hitung(v, "0.000") : label(Number(v))));
  });
  const pos = gb + 5;
  const grafik: Grafik = {
    jenis: "sebar",
    judul: "Kuadran: kinerja (NRR) terhadap kepentingan",
    data: `D${r0 + 1}:E${r0 + t.n}`,
    kategori: `B${r0 + 1}:B${r0 + t.n}`,
    garisBantu: [`D${gb + 1}:E${gb + 2}`, `D${gb + 3}:E${gb + 4}`],
    sumbu: { x: "Kinerja (NRR)", y: "Kepentingan", min: smin, maks: smaks },
    posisi: `A${pos + 1}`,
  };
  return { grafik, sesudah: pos + TINGGI_GRAFIK + 1 };
}

function lembarKuadran(t: Tata): RencanaLembar {
  const { o } = t;
  const k = new Kisi();
  const c = t.hasilKol;
  kepalaKuadran(k, t);
  const h = 7;
  ["Periode", "Kode", "Unsur", "Kinerja (NRR)", "Kepentingan", "Kuadran", "Keterangan"].forEach((x, i) =>
    k.set(h, i, label(x, "kepala")),
  );
  const r0 = h + 1;
  const g = barisKuadran(k, t, r0, "$B$5", (j) => cariHasil(t, `$B$5&"|"&"${NAMA_UNIT}"`, c.nrr0 + j));
  const { grafik, sesudah } = grafikKuadran(k, t, r0, g);
  // semua periode (kolom sama dengan tabel di atas, jadi kepala cetak berulang tetap berlaku)
  let r = sesudah;
  k.set(r, 0, label("Semua periode", "subjudul"));
  r++;
  for (const p of o.periodeNama) {
    const unit = t.hasilBaris.get(p)!.unit;
    const akhir = barisKuadran(k, t, r, alamat(r, 0), (j) => ref(t.lembar.hasil, alamat(unit, c.nrr0 + j)), p);
    r = akhir + 2;
  }
  const warna: Record<string, [string, string]> = {
    I: ["#FFC7CE", "#9C0006"],
    II: ["#C6EFCE", "#006100"],
    III: ["#EDEDED", "#3A3A3A"],
    IV: ["#FFEB9C", "#9C5700"],
  };
  return {
    nama: t.lembar.kuadran,
    blok: [k.blok()],
    validasi: [
      { rentang: "B5", jenis: "daftar", daftar: o.periodeNama, pesan: "Pilih periode yang ada di lembar Hasil." },
    ],
    formatBersyarat: Object.entries(warna).map(([teks, [isi, font]]) => ({
      rentang: `F${r0 + 1}:F${r}`,
      teks,
      warnaIsi: isi,
      warnaFont: font,
    })),
    bekukan: { baris: h + 1, kolom: 0 },
    lebarKolom: [
      { kolom: "A", lebar: 12 },
      { kolom: "B", lebar: 10 },
      { kolom: "C", lebar: 34 },
      { kolom: "D", lebar: 14 },
      { kolom: "E", lebar: 14 },
      { kolom: "F", lebar: 10 },
      { kolom: "G", lebar: 22 },
    ],
    // periode dan nama kuadran dibentuk rumus: lebarnya tidak dapat ditaksir dari teks sel
    lebarMinimum: [
      { kolom: "A", lebar: 12 },
      { kolom: "G", lebar: 22 },
    ],
    grafik: [grafik],
  };
}

// ---------- rakit ----------

/** Lembar jawaban pengguna yang bernama sama dengan lembar yang ditulis pembangun ini akan tertimpa: ditolak. */
function rujukanAman(t: Tata): void {
  const j = t.o.lembarJawaban;
  if (j === undefined) return;
  const tulis = Object.entries(t.lembar)
    .filter(([k]) => k !== "jawaban")
    .map(([, v]) => v.toLowerCase());
  if (j.trim() === "" || tulis.includes(j.toLowerCase()))
    throw galatNilai(
      `lembar jawaban "${j}" tidak dapat dipakai: namanya sama dengan lembar yang ditulis add-in; ganti nama lembar itu`,
    );
}

/** Rencana buku kerja siklus SKM. `periodeBaris`: periode tiap baris data (untuk daftar saran per periode). */
export function rencanaSkmSiklus(opsi: OpsiSkmSiklus, periodeBaris: readonly string[] = []): RencanaBukuKerja {
  const n = UNSUR_BAWAAN[opsi.aturan].length;
  if (opsi.kolomUnsur.length !== n)
    throw galatNilai(`kolom unsur ${opsi.kolomUnsur.length}, aturan ${opsi.aturan} memerlukan ${n}`);
  const R = opsi.baris?.length ?? opsi.banyakBaris ?? 0;
  if (opsi.baris) {
    // ringkasan kecil dari data (kategori profil, saran per periode) ikut catatan _pkp agar bangun ulang dan Periksa sama
    const dasar = { ...opsi, kategoriProfil: undefined, saran: undefined };
    opsi = {
      ...opsi,
      kategoriProfil:
        opsi.kategoriProfil ?? Object.fromEntries(opsi.kolomProfil.map((k) => [String(k), kategoriProfil(dasar, k)])),
      saran: opsi.saran ?? Object.fromEntries(saranPeriode(opsi, periodeBaris)),
    };
  }
  const a = opsi.aturan;
  const t: Tata = {
    o: opsi,
    n,
    unsur: UNSUR_BAWAAN[a],
    R,
    akhir: R + 1 + (opsi.barisKosong ?? 200),
    lembar: {
      jawaban: opsi.lembarJawaban ?? namaLembarSiklus(a, "Jawaban"),
      peta: namaLembarSiklus(a, "Peta Jawaban"),
      hitungan: namaLembarSiklus(a, "Hitungan"),
      hasil: namaLembarSiklus(a, "Hasil"),
      profil: namaLembarSiklus(a, "Profil"),
      tren: namaLembarSiklus(a, "Tren"),
      tl: namaLembarSiklus(a, "Tindak Lanjut"),
      publikasi: namaLembarSiklus(a, "Publikasi"),
      kuadran: namaLembarSiklus(a, "Kuadran"),
    },
    petaBlok: [],
    hasilBaris: new Map(),
    hasilKol: {
      periode: 0,
      layanan: 1,
      kunci: 2,
      responden: 3,
      nrr0: 4,
      indeks: 4 + n,
      nilai: 5 + n,
      mutu: 6 + n,
      kinerja: 7 + n,
      urutan0: 11 + n,
    },
    hasilAwal: 0,
    hasilAkhir: 0,
    selPenimbang: "",
    selPembulatan: "",
    selHasilUnit: "",
    selPeriodePub: "$B$3",
    periodeBaris,
    tlTinggi: 0,
    hitBaris: new Map(),
    hitU: [0, 0],
    hitRingkas: [0, 0],
    K: 0,
  };
  // lembar jawaban pengguna (opsi.lembarJawaban) hanya dirujuk, tidak ditulis
  const jawaban = opsi.lembarJawaban === undefined ? [lembarJawaban(t)] : [];
  rujukanAman(t);
  const peta = lembarPeta(t);
  const kep = opsi.kolomKepentingan?.length === n;
  if (kep) {
    // kuadran: peta kepentingan di bawah peta unsur, baris K1…Kn di lembar Hitungan
    const pk = blokPetaKepentingan(t);
    peta.blok.push(pk.blok);
    peta.validasi = [...(peta.validasi ?? []), pk.validasi];
  }
  // tinggi blok peta terbesar (loop, bukan Math.max atas larik yang disebar)
  t.K = t.petaKep ? t.petaKep[1] - t.petaKep[0] + 1 : -Infinity;
  for (const [x, y] of t.petaBlok) t.K = Math.max(t.K, y - x + 1);
  const hitungan = lembarHitungan(t);
  const hasil = lembarHasil(t);
  const { lembar: profil, ringkas } = lembarProfil(t);
  const tren = lembarTren(t);
  const tl = lembarTindakLanjut(t);
  t.tlTinggi = tl.blok[0].sel.length;
  const publikasi = lembarPublikasi(t, ringkas);
  const kuadran = kep ? [lembarKuadran(t)] : [];
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- jawaban mentah tidak disimpan di catatan _pkp (bisa 100.000 baris)
  const { baris: _b, jawabanTerpisah: _j, ...ringan } = opsi;
  return {
    meta: { pembangun: ID_SKM_SIKLUS, versi: 2, opsi: { ...ringan, banyakBaris: R } as Record<string, unknown> },
    lembar: [publikasi, hasil, tren, tl, ...kuadran, profil, ...jawaban, peta, hitungan],
  };
}
