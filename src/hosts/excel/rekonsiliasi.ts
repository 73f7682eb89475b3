/**
 * Tahap 2 `terapkanRencana`: REKONSILIASI (murni, tanpa Office; diuji sendiri).
 *
 * Dari bacaan (bacaan.ts) dan rencana baru:
 * 1. rencana lama disusun ulang dari catatan `_pkp` yang menyebut lembar tujuan;
 * 2. setiap lembar rencana lama ditemukan DI TEMPATNYA SEKARANG lewat jangkarnya (plans/jangkar.ts):
 *    nama lembar sekarang (lembar yang diganti namanya tetap lembar yang sama), dan posisi sekarang setiap
 *    baris/kolom. Catatan tanpa jangkar (buku lama, atau buku dari adaptor .xlsx) dibaca di posisi rencana,
 *    tetapi hanya bila tata letaknya terbukti utuh (plans/pertahankan.ts);
 * 3. rencana baru memakai nama lembar sekarang (rujukan antarlembar di rumus ikut diganti);
 * 4. isian dipasangkan menurut kunci, sisanya (kunci hilang, isian di baris sisipan atau di luar tabel,
 *    nilai ketikan di atas rumus/label) menjadi `sisa` untuk "Data Tersimpan";
 * 5. `tidakPasti`: alasan tata letak tidak dapat diikuti dengan pasti → adaptor berhenti tanpa menulis.
 */
import { namaJangkarLembar, petaJangkar, rencanaDenganNama, type PetaJangkar } from "../../plans/jangkar";
import { namaKanonik, namaSekarang, type CatatanBangun } from "../../plans/meta";
import { pertahankan, type HasilPertahankan, type LembarTerbaca } from "../../plans/pertahankan";
import { posisi, type RencanaBukuKerja } from "../../plans/rencana";
import type { Bacaan, TerpakaiTerbaca } from "./bacaan";

export interface Rekonsiliasi {
  /** Rencana baru dengan nama lembar sekarang. */
  rencana: RencanaBukuKerja;
  /** Lembar tujuan: nama kanonik → nama sekarang. */
  namaLembar: Map<string, string>;
  /** Lembar (nama sekarang) buatan add-in yang boleh dibersihkan. */
  lembarAddin: Set<string>;
  hasil: HasilPertahankan;
  /** Alasan berhenti (tata letak tidak dapat diikuti dengan pasti). */
  tidakPasti: string[];
  catatanLama: CatatanBangun[];
  catatanBaru: CatatanBangun;
  /** Nama jangkar lama lembar tujuan (dihapus sebelum jangkar baru ditulis). */
  jangkarLama: string[];
}

export type SusunUlang = (c: CatatanBangun) => RencanaBukuKerja | null;

/** Bagian alamat setelah "!" ("'Lembar 1'!B2:D9" → "B2:D9"). */
export function tanpaLembar(a: string): string {
  const i = a.lastIndexOf("!");
  return i >= 0 ? a.slice(i + 1) : a;
}

function keTerbaca(nama: string, t: TerpakaiTerbaca, lain: Partial<LembarTerbaca> = {}): LembarTerbaca {
  return { nama, mulai: tanpaLembar(t.alamat).split(":")[0], isi: t.formulas, ...lain };
}

/** Jangkar yang hilang sebagian besar (mis. nama dihapus alat lain) tidak dapat diikuti. */
function periksaPeta(kanonik: string, p: PetaJangkar, r: RencanaBukuKerja): string[] {
  const l = r.lembar.find((x) => x.nama === kanonik);
  if (!l || l.blok.length === 0) return p.tidakPasti;
  if (p.baris.size === 0 || p.kolom.size === 0) {
    return [...p.tidakPasti, `Jangkar baris/kolom tabel "${p.lembar}" tidak ditemukan (nama rentang tersembunyi _pkp_… dihapus?), sehingga letak isian tidak dapat diikuti dengan pasti.`];
  }
  return p.tidakPasti;
}

export function rekonsiliasi(bacaan: Bacaan, rencana: RencanaBukuKerja, susunUlang: SusunUlang): Rekonsiliasi {
  const tujuan = rencana.lembar.map((l) => l.nama);
  const setTujuan = new Set(tujuan);
  const rencanaLama: RencanaBukuKerja[] = [];
  const lembarAddin = new Set<string>();
  const namaLembar = new Map<string, string>();
  const terbaca: LembarTerbaca[] = [];
  const tidakPasti: string[] = [];

  for (const c of bacaan.catatan) {
    const kanonik = c.lembar.map((_, i) => namaKanonik(c, i));
    if (!kanonik.some((n) => setTujuan.has(n))) continue;
    const r = susunUlang(c);
    if (!r) continue;
    rencanaLama.push(r);
    for (const k of kanonik) {
      const p = petaJangkar(k, bacaan.nama);
      if (p) {
        if (!bacaan.lembarAda.has(p.lembar)) continue;
        lembarAddin.add(p.lembar);
        if (!setTujuan.has(k)) continue;
        namaLembar.set(k, p.lembar);
        tidakPasti.push(...periksaPeta(k, p, r));
        const isi = bacaan.lewatJangkar.get(k);
        if (isi) terbaca.push(keTerbaca(p.lembar, isi, { kanonik: k, peta: { baris: p.baris, kolom: p.kolom } }));
      } else if (!c.jangkar) {
        // Catatan tanpa jangkar: lembar dikenali dari namanya (dibaca di posisi rencana, diperiksa ketat).
        const n = namaSekarang(c, k);
        if (n !== k || !bacaan.lembarAda.has(n)) continue;
        lembarAddin.add(n);
      }
      // Catatan berjangkar tetapi jangkar lembarnya hilang: lembar itu dihapus; lembar bernama sama
      // (bila ada) bukan lagi buatan add-in dan diperlakukan sebagai lembar pengguna (ditanya dulu).
    }
  }
  for (const k of tujuan) {
    if (namaLembar.has(k)) continue;
    namaLembar.set(k, k);
    const isi = bacaan.langsung.get(k);
    if (isi) terbaca.push(keTerbaca(k, isi));
  }
  const dipakai = new Map<string, string>();
  for (const [k, n] of namaLembar) {
    const lain = dipakai.get(n.toLowerCase());
    if (lain !== undefined) tidakPasti.push(`Lembar "${lain}" dan "${k}" kini menunjuk lembar yang sama ("${n}").`);
    dipakai.set(n.toLowerCase(), k);
  }

  const rencanaTulis = rencanaDenganNama(rencana, namaLembar);
  const hasil = pertahankan({ rencanaLama, rencanaBaru: rencanaTulis, terbaca, lembarAddin });
  tidakPasti.push(...hasil.tidakPasti);

  const lembar = tujuan.map((k) => namaLembar.get(k) as string);
  const catatanBaru: CatatanBangun = { meta: rencana.meta, lembar, ...(lembar.some((n, i) => n !== tujuan[i]) ? { kanonik: tujuan } : {}), jangkar: 1 };
  const awalan = tujuan.map(namaJangkarLembar);
  const jangkarLama = [...bacaan.nama.keys()].filter((n) => awalan.some((a) => n === a || n.startsWith(`${a}_`)));
  return { rencana: rencanaTulis, namaLembar, lembarAddin, hasil, tidakPasti, catatanLama: bacaan.catatan, catatanBaru, jangkarLama };
}

/** Baris pertama yang kosong di bawah rentang terpakai "Data Tersimpan" (0-based); 0 bila kosong. */
export function barisSetelah(alamat: string | null): number {
  if (!alamat) return 0;
  const akhir = tanpaLembar(alamat).split(":").pop() as string;
  return posisi(akhir).baris + 1;
}
