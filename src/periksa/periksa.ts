/**
 * Periksa: audit murni sebuah buku kerja terhadap rencana add-in yang membangunnya.
 *
 * Dari lembar `_pkp` dibaca catatan setiap pembangunan ({meta: {pembangun, versi, opsi}, lembar}); rencana
 * disusun ulang dengan pembangun dan opsi yang sama, lalu setiap lembar dibandingkan sel demi sel:
 * - tata letak: label rencana harus ada di alamatnya; bila tidak, audit lembar itu dihentikan dengan satu
 *   temuan `tata-letak-berubah` (audit tidak menebak ke mana tabel berpindah);
 * - sel `hitung`: rumus harus ada dan sama dengan rencana (huruf besar/kecil, spasi dan awalan _xlfn.
 *   diabaikan); angka ketikan di atas rumus, sel rumus yang dikosongkan dan rumus yang diubah dilaporkan;
 * - sel `masukan`: kosong, bukan angka, atau di luar validasi rencana;
 * - Pola LAN 1998: proporsi masukan tiap variabel harus berjumlah 1, bobot masukan harus berjumlah Skor
 *   Ideal, dan bobot/total/proporsi masukan dibandingkan dengan angka tercetak tipe dinas yang dipilih.
 * Tanpa mesin rumus: jumlah dihitung dengan inti (src/core) atas nilai masukan.
 */
// sel kosong di lembar yang diperiksa: juga teks berisi spasi saja (core/errors.ts)
import { kosongTeks as kosong } from "../core/errors";
import { jumlah } from "../core/lan";
import {
  KETERANGAN_TIPE,
  SKOR_IDEAL_LAN,
  VARIABEL_LAN,
  VARIABEL_TIAP_INDIKATOR,
  adalahTipeDinas,
  indikatorTercetak,
  lampiranTercetak,
} from "../frameworks/lan1998";
import { buatRencana } from "../plans/index";
import { rencanaDenganNama } from "../plans/jangkar";
import { LEMBAR_META, namaSekarang, uraiCatatan, type CatatanBangun } from "../plans/meta";
import {
  alamat,
  posisi,
  selBeralamat,
  type RencanaBukuKerja,
  type RencanaLembar,
  type Sel,
  type ValidasiData,
} from "../plans/rencana";
import { tampilNilai, urutkanTemuan, type Temuan } from "./temuan";

export type { Temuan, JenisTemuan } from "./temuan";

/** Satu sel seperti dibaca dari buku kerja: nilai (hasil tersimpan untuk sel rumus) dan rumus bila ada. */
export interface SelBuku {
  value: unknown;
  formula?: string;
}
export type LembarBuku = Map<string, SelBuku>;
/** Lembar → alamat → sel (Map, atau objek seperti `bacaXlsx(...).lembar`). */
export type BukuKerjaTerbaca = Map<string, LembarBuku> | Record<string, LembarBuku>;

/** Penyusun rencana; bawaan `buatRencana`. Dapat diganti (mis. dalam uji). */
export type PenyusunRencana = (pembangun: string, opsi: Record<string, unknown>) => RencanaBukuKerja;

/** Toleransi jumlah proporsi (angka tercetak 9 desimal; Tabel 4.11–4.13 berjumlah 1 ± 2·10⁻⁸). */
export const TOLERANSI_PROPORSI = 1e-6;
/** Toleransi relatif jumlah bobot terhadap Skor Ideal (bobot tercetak berjumlah 20.000 ± 10⁻⁵). */
export const TOLERANSI_BOBOT_RELATIF = 1e-6;

// ---------- nilai dan rumus ----------

/** Nilai polos dari nilai sel ExcelJS (hasil rumus, teks kaya, hyperlink, galat). */
export function nilaiPolos(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v;
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if ("result" in o) return nilaiPolos(o.result);
    if (Array.isArray(o.richText)) return (o.richText as { text?: string }[]).map((r) => r.text ?? "").join("");
    if (typeof o.text === "string") return o.text;
    if (typeof o.error === "string") return o.error;
    return String(v);
  }
  return v;
}

/** Bentuk baku rumus untuk dibandingkan: tanpa "=", tanpa spasi dan awalan _xlfn./_xlws., huruf besar di luar teks. */
export function bakuRumus(rumus: string): string {
  const s = rumus.trim().replace(/^=/, "");
  let hasil = "";
  let dalamTeks = false;
  for (const c of s) {
    if (c === '"') dalamTeks = !dalamTeks;
    if (dalamTeks || c === '"') hasil += c;
    else if (!/\s/.test(c)) hasil += c.toUpperCase();
  }
  return hasil.replace(/_XL(FN|WS)\./g, "");
}

/**
 * Rumus dalam bentuk relatif (gaya R1C1) terhadap sel tempatnya: dua sel dengan bentuk relatif sama
 * mengikuti satu pola (rumus yang sama disalin sepanjang baris atau kolom).
 */
export function rumusRelatif(rumus: string, a1: string): string {
  const { baris, kolom } = posisi(a1);
  const baku = bakuRumus(rumus);
  const bagian = baku.split('"');
  return bagian
    .map((t, i) =>
      i % 2 === 1
        ? t
        : t.replace(
            /(^|[^A-Z0-9_.!])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Z0-9_(])/g,
            (_m, pre: string, dk: string, k: string, db: string, b: string) => {
              const p = posisi(`${k}${b}`);
              const rr = db ? `R${p.baris + 1}` : `R[${p.baris - baris}]`;
              const cc = dk ? `C${p.kolom + 1}` : `C[${p.kolom - kolom}]`;
              return `${pre}${rr}${cc}`;
            },
          ),
    )
    .join('"');
}

// ---------- penyusunan ----------

function petaLembar(buku: BukuKerjaTerbaca): Map<string, LembarBuku> {
  return buku instanceof Map ? buku : new Map(Object.entries(buku));
}

/** Catatan `_pkp` (kolom A, urut baris). */
export function bacaCatatan(buku: BukuKerjaTerbaca): { baris: number; teks: unknown; catatan: CatatanBangun | null }[] {
  const meta = petaLembar(buku).get(LEMBAR_META);
  if (!meta) return [];
  const hasil: { baris: number; teks: unknown; catatan: CatatanBangun | null }[] = [];
  for (const [a, sel] of meta) {
    const p = posisi(a);
    if (p.kolom !== 0) continue;
    const teks = nilaiPolos(sel.value);
    if (kosong(teks)) continue;
    hasil.push({ baris: p.baris + 1, teks, catatan: uraiCatatan(teks) });
  }
  return hasil.sort((a, b) => a.baris - b.baris);
}

function dalamRentang(rentang: string, a1: string): boolean {
  const [awal, akhir = awal] = rentang.split(":");
  const p = posisi(a1);
  const a = posisi(awal);
  const b = posisi(akhir);
  return (
    p.baris >= Math.min(a.baris, b.baris) &&
    p.baris <= Math.max(a.baris, b.baris) &&
    p.kolom >= Math.min(a.kolom, b.kolom) &&
    p.kolom <= Math.max(a.kolom, b.kolom)
  );
}

function samaLabel(rencana: unknown, buku: unknown): boolean {
  if (kosong(rencana)) return kosong(buku);
  if (typeof rencana === "number")
    return typeof buku === "number" ? buku === rencana : typeof buku === "string" && buku.trim() === String(rencana);
  return typeof buku === "string" || typeof buku === "number" ? String(buku).trim() === String(rencana).trim() : false;
}

/** Rumus sel tetangga (kiri/kanan/atas/bawah) pada rencana yang sepola dengan sel ini. */
function tetanggaSepola(peta: Map<string, Sel>, a1: string, rumus: string): string[] {
  const { baris, kolom } = posisi(a1);
  const relatif = rumusRelatif(rumus, a1);
  const hasil: string[] = [];
  for (const [db, dk] of [
    [0, -1],
    [0, 1],
    [-1, 0],
    [1, 0],
  ]) {
    if (baris + db < 0 || kolom + dk < 0) continue;
    const t = alamat(baris + db, kolom + dk);
    const s = peta.get(t);
    if (s?.peran === "hitung" && s.rumus && rumusRelatif(s.rumus, t) === relatif) hasil.push(t);
  }
  return hasil;
}

// ---------- pemeriksaan satu lembar ----------

interface Konteks {
  catatan: CatatanBangun;
  rencana: RencanaBukuKerja;
  temuan: Temuan[];
}

function periksaTataLetak(l: RencanaLembar, isi: LembarBuku, berjangkar: boolean): Temuan | null {
  const beda: { alamat: string; diharapkan: unknown; ditemukan: unknown }[] = [];
  let banyakLabel = 0;
  for (const { alamat: a, sel } of selBeralamat(l)) {
    if (sel.peran !== "label") continue;
    banyakLabel++;
    const ditemukan = nilaiPolos(isi.get(a)?.value);
    if (!samaLabel(sel.nilai, ditemukan)) beda.push({ alamat: a, diharapkan: sel.nilai, ditemukan });
  }
  if (beda.length === 0) return null;
  const b = beda[0];
  return {
    sheet: l.nama,
    sel: b.alamat,
    jenis: "tata-letak-berubah",
    diharapkan: tampilNilai(b.diharapkan),
    ditemukan: tampilNilai(b.ditemukan),
    pesan:
      `Label di ${b.alamat} seharusnya ${tampilNilai(b.diharapkan)}, ditemukan ${tampilNilai(b.ditemukan)}` +
      (beda.length > 1 ? ` (${beda.length} dari ${banyakLabel} label tidak di tempatnya)` : "") +
      `: tata letak lembar ini telah diubah (baris/kolom disisipkan, dihapus atau dipindah), sehingga Periksa tidak dapat memastikan sel mana yang berisi apa; lembar ini tidak diperiksa lebih lanjut. ` +
      (berjangkar
        ? `Bangun ulang tabel dari add-in agar dapat diaudit: add-in menemukan setiap baris dan kolom lewat jangkarnya, mengembalikan isian ke kuncinya, dan menyimpan isi baris/kolom sisipan serta nilai ketikan di atas rumus di lembar "Data Tersimpan" (tidak ada yang dibuang).`
        : `Tabel ini dibangun tanpa jangkar (versi add-in lama atau berkas .xlsx dari CLI): Bangun ulang mengikuti perubahan ini menurut label tabel (nomor dan nama baris, kepala kolom) bila pasti; bila tidak, ia berhenti tanpa mengubah apa pun: kembalikan tata letaknya dulu (hapus baris/kolom yang disisipkan), lalu bangun ulang.`),
  };
}

function periksaHitung(
  l: RencanaLembar,
  peta: Map<string, Sel>,
  a: string,
  sel: Sel,
  sb: SelBuku | undefined,
  hasil: Temuan[],
): void {
  const rumus = sel.rumus ?? "";
  const nilai = nilaiPolos(sb?.value);
  if (!sb?.formula) {
    if (kosong(nilai)) {
      hasil.push({
        sheet: l.nama,
        sel: a,
        jenis: "rumus-dihapus",
        diharapkan: rumus,
        ditemukan: "(kosong)",
        pesan: `Sel ${a} seharusnya berisi rumus ${rumus}, ditemukan kosong: rumusnya terhapus, sehingga hasil dan semua sel yang merujuknya salah atau kosong.`,
      });
    } else {
      hasil.push({
        sheet: l.nama,
        sel: a,
        jenis: "rumus-diganti-nilai",
        diharapkan: rumus,
        ditemukan: tampilNilai(nilai),
        pesan: `Sel ${a} seharusnya berisi rumus ${rumus}, ditemukan nilai ketikan ${tampilNilai(nilai)}: angka tetap tidak ikut berubah bila masukan diubah, sehingga hasil tidak lagi dapat ditelusuri ke data.`,
      });
    }
    return;
  }
  if (bakuRumus(sb.formula) === bakuRumus(rumus)) return;
  const sepola = tetanggaSepola(peta, a, rumus);
  const pola = sepola.length > 0 ? ` dan memutus pola rumus yang sama pada sel ${sepola.join(", ")}` : "";
  hasil.push({
    sheet: l.nama,
    sel: a,
    jenis: "rumus-berubah",
    diharapkan: rumus,
    ditemukan: sb.formula,
    pesan: `Rumus di ${a} seharusnya ${rumus}, ditemukan ${sb.formula.startsWith("=") ? sb.formula : "=" + sb.formula}: rumus berbeda dari rencana add-in${pola}, sehingga hasilnya tidak lagi mengikuti metode yang didokumentasikan.`,
  });
}

function periksaMasukan(
  l: RencanaLembar,
  a: string,
  sel: Sel,
  nilai: unknown,
  validasi: ValidasiData | undefined,
  hasil: Temuan[],
): "kosong" | "ok" | "salah" {
  const angkaDiharapkan = validasi ? validasi.jenis !== "daftar" : typeof sel.nilai === "number";
  const keterangan = validasi ? ` (${validasi.pesan.replace(/\.$/, "")})` : "";
  if (kosong(nilai)) return angkaDiharapkan || validasi ? "kosong" : "ok";
  if (validasi?.jenis === "daftar") {
    const daftar = validasi.daftar ?? [];
    if (!daftar.includes(String(nilai).trim())) {
      hasil.push({
        sheet: l.nama,
        sel: a,
        jenis: "masukan-di-luar-rentang",
        diharapkan: daftar.join(" / "),
        ditemukan: tampilNilai(nilai),
        pesan: `Masukan di ${a} seharusnya salah satu dari ${daftar.join(", ")}, ditemukan ${tampilNilai(nilai)}: nilai di luar daftar tidak dikenali rumus sehingga hasilnya salah.`,
      });
      return "salah";
    }
    return "ok";
  }
  if (!angkaDiharapkan) return "ok";
  if (typeof nilai !== "number" || !Number.isFinite(nilai)) {
    const teksAngka =
      typeof nilai === "string" && nilai.trim() !== "" && Number.isFinite(Number(nilai.replace(",", ".")));
    hasil.push({
      sheet: l.nama,
      sel: a,
      jenis: "masukan-bukan-angka",
      diharapkan: "angka",
      ditemukan: tampilNilai(nilai),
      pesan: `Masukan di ${a} seharusnya angka${keterangan}, ditemukan ${teksAngka ? "teks " : ""}${tampilNilai(nilai)}: ${teksAngka ? "angka yang tersimpan sebagai teks" : "teks"} diabaikan SUM, sehingga jumlah, proporsi dan bobot salah tanpa tanda galat.`,
    });
    return "salah";
  }
  if (validasi) {
    const { min, maks } = validasi;
    const bulat = validasi.jenis === "bilanganBulat";
    if (
      (min !== undefined && nilai < min) ||
      (maks !== undefined && nilai > maks) ||
      (bulat && !Number.isInteger(nilai))
    ) {
      const rentang =
        min !== undefined && maks !== undefined ? `${min}–${maks}` : min !== undefined ? `≥ ${min}` : `≤ ${maks}`;
      hasil.push({
        sheet: l.nama,
        sel: a,
        jenis: "masukan-di-luar-rentang",
        diharapkan: `${bulat ? "bilangan bulat " : ""}${rentang}`,
        ditemukan: String(nilai),
        pesan: `Masukan di ${a} seharusnya ${bulat ? "bilangan bulat " : ""}${rentang}${keterangan}, ditemukan ${nilai}: nilai di luar skala menggeser total, proporsi dan bobot seluruh tabel.`,
      });
      return "salah";
    }
  } else if (sel.kunci === "skor-ideal" && nilai <= 0) {
    hasil.push({
      sheet: l.nama,
      sel: a,
      jenis: "masukan-di-luar-rentang",
      diharapkan: "> 0",
      ditemukan: String(nilai),
      pesan: `Skor Ideal di ${a} seharusnya positif (bawaan ${SKOR_IDEAL_LAN}), ditemukan ${nilai}: semua Bobot Variabel dihitung dari Skor Ideal.`,
    });
    return "salah";
  }
  return "ok";
}

/** Nilai angka masukan berkunci `awalan|x=N` pada satu lembar: N → {alamat, nilai, bawaan}. */
type MasukanBerkunci = Map<number, { alamat: string; nilai: unknown; bawaan: unknown }>;

function masukanBerkunci(l: RencanaLembar, isi: LembarBuku, awalan: string): MasukanBerkunci {
  const hasil: MasukanBerkunci = new Map();
  const pola = new RegExp(`^${awalan}\\|[a-z]+=(\\d+)$`);
  for (const { alamat: a, sel } of selBeralamat(l)) {
    if (sel.peran !== "masukan" || !sel.kunci) continue;
    const m = pola.exec(sel.kunci);
    if (m) hasil.set(Number(m[1]), { alamat: a, nilai: nilaiPolos(isi.get(a)?.value), bawaan: sel.nilai });
  }
  return hasil;
}

const angkaSah = (x: unknown): x is number => typeof x === "number" && Number.isFinite(x);

/** Pemeriksaan khusus Pola LAN 1998: jumlah proporsi/bobot masukan dan angka tercetak. */
function periksaLan(ctx: Konteks, l: RencanaLembar, isi: LembarBuku): void {
  const opsi = ctx.catatan.meta.opsi;
  const tipe = opsi.tipe;
  if (!adalahTipeDinas(tipe)) return;
  const ket = KETERANGAN_TIPE[tipe];
  const t = ctx.temuan;

  // Proporsi Indikator (Kerangka): tiap variabel berjumlah 1; tercetak Tabel 4.11–4.13
  const prop = masukanBerkunci(l, isi, "proporsi");
  if (prop.size > 0) {
    const tercetak = new Map(indikatorTercetak(tipe).map((x) => [x.no, x.proporsi]));
    for (const v of VARIABEL_LAN) {
      const sel = v.indikator.map((i) => prop.get(i.no)).filter((x): x is NonNullable<typeof x> => x !== undefined);
      if (sel.length === 0 || !sel.every((s) => angkaSah(s.nilai))) continue;
      const s = jumlah(sel.map((x) => x.nilai as number));
      if (Math.abs(s - 1) > TOLERANSI_PROPORSI) {
        const rentang = `${sel[0].alamat}:${sel[sel.length - 1].alamat}`;
        t.push({
          sheet: l.nama,
          sel: rentang,
          jenis: "proporsi-tidak-berjumlah-1",
          diharapkan: "1",
          ditemukan: String(s),
          pesan: `Proporsi Indikator variabel ${v.no} (${v.nama}) di ${rentang} seharusnya berjumlah 1, ditemukan ${s}: Bobot Indikator variabel ini tidak lagi berjumlah Bobot Variabelnya.`,
        });
      }
    }
    for (const [no, m] of prop)
      bandingkanTercetak(t, l, m, tercetak.get(no), `Proporsi Indikator ${no}`, `Tabel ${ket.tabelIndikator}`, tipe);
  }

  // Total Variabel (Kerangka): tercetak Lampiran 5–7
  const total = masukanBerkunci(l, isi, "total");
  if (total.size > 0) {
    const tercetak = new Map(lampiranTercetak(tipe).map((x) => [x.no, x.total]));
    for (const [no, m] of total)
      bandingkanTercetak(t, l, m, tercetak.get(no), `Total Variabel ${no}`, ket.lampiran, tipe);
  }

  // Bobot Indikator (Nilai, bobot tercetak): berjumlah Skor Ideal (pola lengkap) dan sama dengan tercetak
  const bobot = masukanBerkunci(l, isi, "bobot");
  if (bobot.size > 0) {
    const tercetak = new Map(indikatorTercetak(tipe).map((x) => [x.no, x.bobot]));
    const semua = [...bobot.values()];
    if (bobot.size === VARIABEL_TIAP_INDIKATOR.length && semua.every((m) => angkaSah(m.nilai))) {
      const s = jumlah(semua.map((m) => m.nilai as number));
      if (Math.abs(s - SKOR_IDEAL_LAN) > TOLERANSI_BOBOT_RELATIF * SKOR_IDEAL_LAN) {
        const rentang = `${semua[0].alamat}:${semua[semua.length - 1].alamat}`;
        t.push({
          sheet: l.nama,
          sel: rentang,
          jenis: "bobot-tidak-berjumlah-skor-ideal",
          diharapkan: String(SKOR_IDEAL_LAN),
          ditemukan: String(s),
          pesan: `Bobot Indikator di ${rentang} seharusnya berjumlah Skor Ideal ${SKOR_IDEAL_LAN}, ditemukan ${s}: nilai skala 1000 dan kategori setiap unit menjadi tidak sebanding dengan pola LAN.`,
        });
      }
    }
    for (const [no, m] of bobot)
      bandingkanTercetak(t, l, m, tercetak.get(no), `Bobot Indikator ${no}`, `Tabel ${ket.tabelIndikator}`, tipe);
  }
}

function bandingkanTercetak(
  t: Temuan[],
  l: RencanaLembar,
  m: { alamat: string; nilai: unknown },
  tercetak: number | undefined,
  nama: string,
  sumber: string,
  tipe: string,
): void {
  if (tercetak === undefined || !angkaSah(m.nilai)) return;
  if (Math.abs(m.nilai - tercetak) <= 1e-12 * Math.max(1, Math.abs(tercetak))) return;
  t.push({
    sheet: l.nama,
    sel: m.alamat,
    jenis: "bobot-beda-terbitan",
    diharapkan: String(tercetak),
    ditemukan: String(m.nilai),
    pesan: `${nama} di ${m.alamat} seharusnya ${tercetak} (tercetak di ${sumber} untuk dinas tipe ${tipe}), ditemukan ${m.nilai}: hasil tidak lagi memakai bobot terbitan LAN 1998 sehingga tidak dapat dibandingkan dengan dinas lain bertipe sama.`,
  });
}

function periksaLembar(ctx: Konteks, l: RencanaLembar, isi: LembarBuku | undefined): void {
  const t = ctx.temuan;
  if (!isi) {
    t.push({
      sheet: l.nama,
      sel: "",
      jenis: "tata-letak-berubah",
      diharapkan: `lembar "${l.nama}"`,
      ditemukan: "(tidak ada)",
      pesan: `Lembar "${l.nama}" yang dibangun add-in (${ctx.catatan.meta.pembangun}) tidak ditemukan: lembar itu dihapus atau diganti namanya, sehingga isinya tidak dapat diperiksa.`,
    });
    return;
  }
  const tata = periksaTataLetak(l, isi, !!ctx.catatan.jangkar);
  if (tata) {
    t.push(tata);
    return;
  }
  const peta = new Map<string, Sel>();
  for (const { alamat: a, sel } of selBeralamat(l)) peta.set(a, sel);

  // kosong dikumpulkan per aturan validasi: bila semua kosong → satu temuan untuk seluruh rentang
  const kosongPerValidasi = new Map<ValidasiData | undefined, { alamat: string[]; total: number }>();
  for (const { alamat: a, sel } of selBeralamat(l)) {
    const sb = isi.get(a);
    if (sel.peran === "hitung") {
      periksaHitung(l, peta, a, sel, sb, t);
    } else if (sel.peran === "masukan") {
      if (kosong(nilaiPolos(sb?.value)) && (l.bolehKosong ?? []).some((r) => dalamRentang(r, a))) continue;
      const validasi = (l.validasi ?? []).find((v) => dalamRentang(v.rentang, a));
      const k = kosongPerValidasi.get(validasi) ?? { alamat: [], total: 0 };
      k.total++;
      kosongPerValidasi.set(validasi, k);
      if (periksaMasukan(l, a, sel, nilaiPolos(sb?.value), validasi, t) === "kosong") k.alamat.push(a);
    }
  }
  for (const [validasi, k] of kosongPerValidasi) {
    if (k.alamat.length === 0) continue;
    const alasan =
      l.akibatKosong ?? (ctx.catatan.meta.pembangun === "lan1998" ? AKIBAT_KOSONG_LAN : AKIBAT_KOSONG_UMUM);
    if (validasi && k.alamat.length === k.total && k.total > 1) {
      t.push({
        sheet: l.nama,
        sel: validasi.rentang,
        jenis: "masukan-kosong",
        diharapkan: validasi.pesan,
        ditemukan: "(kosong)",
        pesan: `Masukan ${validasi.rentang} seharusnya terisi (${validasi.pesan.replace(/\.$/, "")}), ditemukan kosong semuanya: ${alasan}.`,
      });
    } else if (k.alamat.length > BATAS_KOSONG_PER_SEL) {
      // banyak sel kosong: satu temuan (sel pertama dapat dipilih) agar daftar tetap dapat dibaca
      const contoh = k.alamat.slice(0, BATAS_KOSONG_PER_SEL).join(", ");
      t.push({
        sheet: l.nama,
        sel: k.alamat[0],
        jenis: "masukan-kosong",
        diharapkan: validasi ? validasi.pesan : "angka",
        ditemukan: `${k.alamat.length} sel kosong`,
        pesan: `${k.alamat.length} dari ${k.total} masukan${validasi ? ` ${validasi.rentang}` : ""} masih kosong (mis. ${contoh}, …): ${alasan}.`,
      });
    } else {
      for (const a of k.alamat) {
        t.push({
          sheet: l.nama,
          sel: a,
          jenis: "masukan-kosong",
          diharapkan: validasi ? validasi.pesan : "angka",
          ditemukan: "(kosong)",
          pesan: `Masukan di ${a} seharusnya terisi${validasi ? ` (${validasi.pesan.replace(/\.$/, "")})` : ""}, ditemukan kosong: ${alasan}.`,
        });
      }
    }
  }
  if (
    ctx.rencana.meta.pembangun === "lan1998" ||
    ctx.catatan.meta.pembangun === "lan1998" ||
    ctx.catatan.meta.pembangun === "lan"
  )
    periksaLan(ctx, l, isi);
}

/** Akibat masukan kosong pada tabel LAN (skor, total, proporsi). */
export const AKIBAT_KOSONG_LAN =
  "sel kosong tidak ikut dijumlah, sehingga total, proporsi dan bobot dihitung dari data yang tidak lengkap";
/** Akibat masukan kosong pada lembar yang tidak menyebut akibatnya sendiri. */
export const AKIBAT_KOSONG_UMUM =
  "sel kosong tidak ikut dihitung, sehingga hasil lembar ini dihitung dari data yang tidak lengkap";

/** Lebih dari sekian sel kosong dalam satu kelompok validasi dilaporkan sebagai satu temuan. */
export const BATAS_KOSONG_PER_SEL = 5;

/**
 * Audit buku kerja terhadap rencana add-in. Tidak pernah melempar: setiap masalah menjadi temuan.
 * @param buku lembar → alamat → {value, formula}
 * @param susun penyusun rencana (bawaan buatRencana)
 */
export function periksaBukuKerja(
  buku: BukuKerjaTerbaca,
  susun: PenyusunRencana = buatRencana as PenyusunRencana,
): Temuan[] {
  const lembar = petaLembar(buku);
  const catatan = bacaCatatan(buku);
  const sah = catatan.filter((c) => c.catatan !== null);
  if (sah.length === 0) {
    return [
      {
        sheet: "",
        sel: "",
        jenis: "bukan-buatan-add-in",
        diharapkan: `lembar tersembunyi "${LEMBAR_META}" berisi catatan pembangunan`,
        ditemukan: catatan.length > 0 ? `catatan "${LEMBAR_META}" tidak terbaca` : "(tidak ada)",
        pesan: `Buku kerja ini tidak dibangun oleh add-in Penilaian Kinerja Pelayanan (tidak ada catatan pembangunan di lembar tersembunyi "${LEMBAR_META}"): tidak ada rencana untuk dibandingkan, sehingga rumus dan masukannya tidak dapat diperiksa.`,
      },
    ];
  }
  const temuan: Temuan[] = [];
  for (const c of catatan) {
    if (!c.catatan) {
      temuan.push({
        sheet: LEMBAR_META,
        sel: `A${c.baris}`,
        jenis: "catatan-tidak-dikenal",
        ditemukan: tampilNilai(c.teks),
        pesan: `Catatan pembangunan di ${LEMBAR_META}!A${c.baris} tidak dapat dibaca (ditemukan ${tampilNilai(c.teks)}): tabel yang dicatatnya tidak dapat diperiksa.`,
      });
      continue;
    }
    const cat = c.catatan;
    let rencana: RencanaBukuKerja;
    try {
      rencana = susun(cat.meta.pembangun, cat.meta.opsi ?? {});
    } catch (e) {
      temuan.push({
        sheet: LEMBAR_META,
        sel: `A${c.baris}`,
        jenis: "catatan-tidak-dikenal",
        diharapkan: "pembangun dan opsi yang dikenal add-in ini",
        ditemukan: `pembangun "${cat.meta.pembangun}"`,
        pesan: `Catatan di ${LEMBAR_META}!A${c.baris} menyebut pembangun "${cat.meta.pembangun}" (versi ${cat.meta.versi}) yang tidak dapat disusun ulang (${e instanceof Error ? e.message : String(e)}): lembar ${cat.lembar.join(", ")} tidak dapat diperiksa.`,
      });
      continue;
    }
    // Lembar yang diganti namanya pengguna lalu dibangun ulang: catatan menyimpan nama sekarang (dan kanonik).
    rencana = rencanaDenganNama(rencana, new Map(rencana.lembar.map((l) => [l.nama, namaSekarang(cat, l.nama)])));
    const ctx: Konteks = { catatan: cat, rencana, temuan };
    for (const l of rencana.lembar) periksaLembar(ctx, l, lembar.get(l.nama));
  }
  return urutkanTemuan(temuan);
}
