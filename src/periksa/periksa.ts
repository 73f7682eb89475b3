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
 * - aturan khusus metode (aturan.ts; Pola LAN 1998: lan.ts), untuk lembar tabel metode itu.
 * Isi buku kerja yang dibaca kembali: `BukuKerjaTerbaca` (plans/bangun-ulang).
 */
import { METODE, buatRencana, idMetodeDari } from "../metode/index";
// sel kosong di lembar yang diperiksa: juga teks berisi spasi saja (core/errors.ts)
import { kosongTeks as kosong } from "../core/errors";
import {
  LEMBAR_META,
  namaSekarang,
  nilaiPolos,
  rencanaDenganNama,
  uraiCatatan,
  type BukuKerjaTerbaca,
  type CatatanBangun,
  type LembarBuku,
  type SelBuku,
} from "../plans/bangun-ulang/index";
import {
  alamat,
  posisi,
  selBeralamat,
  type RencanaBukuKerja,
  type RencanaLembar,
  type Sel,
  type ValidasiData,
} from "../plans/rencana";
import type { AturanPeriksa } from "./aturan";
import { dalamRentang } from "./rentang";
import { tampilNilai, urutkanTemuan, type Temuan } from "./temuan";

export type { Temuan, JenisTemuan } from "./temuan";

/** Penyusun rencana; bawaan `buatRencana`. Dapat diganti (mis. dalam uji). */
export type PenyusunRencana = (pembangun: string, opsi: Record<string, unknown>) => RencanaBukuKerja;

// ---------- nilai dan rumus ----------

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

export interface Konteks {
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
      (`: tata letak lembar ini telah diubah (baris/kolom disisipkan, dihapus atau dipindah), ` +
        `sehingga Periksa tidak dapat memastikan sel mana yang berisi apa; lembar ini tidak ` +
        `diperiksa lebih lanjut. `) +
      (berjangkar
        ? `Bangun ulang tabel dari add-in agar dapat diaudit: add-in menemukan setiap baris dan kolom ` +
          `lewat jangkarnya, mengembalikan isian ke kuncinya, dan menyimpan isi baris/kolom sisipan ` +
          `serta nilai ketikan di atas rumus di lembar "Data Tersimpan" (tidak ada yang dibuang).`
        : `Tabel ini dibangun tanpa jangkar (versi add-in lama atau berkas .xlsx dari CLI): Bangun ` +
          `ulang mengikuti perubahan ini menurut label tabel (nomor dan nama baris, kepala kolom) ` +
          `bila pasti; bila tidak, ia berhenti tanpa mengubah apa pun: kembalikan tata letaknya dulu ` +
          `(hapus baris/kolom yang disisipkan), lalu bangun ulang.`),
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
        pesan:
          `Sel ${a} seharusnya berisi rumus ${rumus}, ditemukan kosong: rumusnya terhapus, ` +
          `sehingga hasil dan semua sel yang merujuknya salah atau kosong.`,
      });
    } else {
      hasil.push({
        sheet: l.nama,
        sel: a,
        jenis: "rumus-diganti-nilai",
        diharapkan: rumus,
        ditemukan: tampilNilai(nilai),
        pesan:
          `Sel ${a} seharusnya berisi rumus ${rumus}, ditemukan nilai ketikan ${tampilNilai(nilai)}: angka tetap tidak ikut berubah bila ` +
          `masukan diubah, sehingga hasil tidak lagi dapat ditelusuri ke data.`,
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
    pesan:
      `Rumus di ${a} seharusnya ${rumus}, ditemukan ` +
      `${sb.formula.startsWith("=") ? sb.formula : "=" + sb.formula}: rumus berbeda dari rencana add-in${pola}, sehingga hasilnya tidak lagi mengikuti ` +
      `metode yang didokumentasikan.`,
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
        pesan:
          `Masukan di ${a} seharusnya salah satu dari ${daftar.join(", ")}, ditemukan ` +
          `${tampilNilai(nilai)}: nilai di luar daftar tidak dikenali rumus sehingga hasilnya salah.`,
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
      pesan:
        `Masukan di ${a} seharusnya angka${keterangan}, ditemukan ${teksAngka ? "teks " : ""}${tampilNilai(nilai)}: ` +
        `${teksAngka ? "angka yang tersimpan sebagai teks" : "teks"} diabaikan SUM, sehingga jumlah, ` +
        `proporsi dan bobot salah tanpa tanda galat.`,
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
        pesan:
          `Masukan di ${a} seharusnya ${bulat ? "bilangan bulat " : ""}${rentang}${keterangan}, ditemukan ` +
          `${nilai}: nilai di luar skala menggeser total, proporsi dan bobot seluruh tabel.`,
      });
      return "salah";
    }
  }
  return "ok";
}

/**
 * Aturan Periksa khusus metode buku kerja ini (deskriptor metode/<id>.ts): metode yang tercatat di `_pkp`
 * (termasuk id lama, mis. "lan") atau, bila tidak dikenal, metode rencana.
 */
function aturanMetode(ctx: Konteks): AturanPeriksa | undefined {
  const id = idMetodeDari(ctx.catatan.meta.pembangun) ?? idMetodeDari(ctx.rencana.meta.pembangun);
  return id ? METODE[id].periksa?.() : undefined;
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
      pesan:
        `Lembar "${l.nama}" yang dibangun add-in (${ctx.catatan.meta.pembangun}) tidak ditemukan: lembar itu dihapus ` +
        `atau diganti namanya, sehingga isinya tidak dapat diperiksa.`,
    });
    return;
  }
  const tata = periksaTataLetak(l, isi, !!ctx.catatan.jangkar);
  if (tata) {
    t.push(tata);
    return;
  }
  const aturan = aturanMetode(ctx);
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
    const alasan = l.akibatKosong ?? aturan?.akibatKosong ?? AKIBAT_KOSONG_UMUM;
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
  if (aturan?.periksaLembar) t.push(...aturan.periksaLembar(l, isi, ctx.catatan.meta.opsi));
}

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
        pesan:
          `Buku kerja ini tidak dibangun oleh add-in Penilaian Kinerja Pelayanan ` +
          `(tidak ada catatan pembangunan di lembar tersembunyi "${LEMBAR_META}"): tidak ada rencana untuk ` +
          `dibandingkan, sehingga rumus dan masukannya tidak dapat diperiksa.`,
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
        pesan:
          `Catatan pembangunan di ${LEMBAR_META}!A${c.baris} tidak dapat dibaca (ditemukan ` +
          `${tampilNilai(c.teks)}): tabel yang dicatatnya tidak dapat diperiksa.`,
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
        pesan:
          `Catatan di ${LEMBAR_META}!A${c.baris} menyebut pembangun "${cat.meta.pembangun}" (versi ` +
          `${cat.meta.versi}) yang tidak dapat disusun ulang (${e instanceof Error ? e.message : String(e)}): lembar ` +
          `${cat.lembar.join(", ")} tidak dapat diperiksa.`,
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
