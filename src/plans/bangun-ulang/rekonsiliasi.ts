/**
 * Tahap 2 `terapkanRencana`: REKONSILIASI (murni, tanpa Office; diuji sendiri).
 *
 * Dari bacaan (hosts/excel/bacaan.ts) dan rencana baru:
 * 1. rencana lama disusun ulang dari catatan `_pkp` yang menyebut lembar tujuan;
 * 2. setiap lembar rencana lama ditemukan DI TEMPATNYA SEKARANG lewat jangkarnya (jangkar.ts):
 *    nama lembar sekarang (lembar yang diganti namanya tetap lembar yang sama), dan posisi sekarang setiap
 *    baris/kolom. Catatan tanpa jangkar (buku lama, atau buku dari adaptor .xlsx) dibaca di posisi rencana,
 *    tetapi hanya bila tata letaknya terbukti utuh (pertahankan.ts);
 * 3. rencana baru memakai nama lembar sekarang (rujukan antarlembar di rumus ikut diganti);
 * 4. isian dipasangkan menurut kunci, sisanya (kunci hilang, isian di baris sisipan atau di luar tabel,
 *    nilai ketikan di atas rumus/label) menjadi `sisa` untuk "Data Tersimpan";
 * 5. `tidakPasti`: alasan tata letak tidak dapat diikuti dengan pasti → adaptor berhenti tanpa menulis.
 *
 * Tanpa jangkar yang dapat dipakai (nama dihapus di Name Manager, lembar disalin lalu aslinya dihapus, lembar
 * dipindah ke buku kerja lain) atau dengan label yang tertukar (baris diurutkan), tabel dikenali dari yang
 * tampak (kenali.ts); hanya bila itu ragu, lembar diperlakukan seperti sebelumnya (ditanya/berhenti).
 * Lalu (struktur.ts) disusun sisip/hapus baris dan kolom yang mengubah tata letak lama menjadi yang
 * baru dengan perintah Excel sendiri, dan isian yang karenanya TETAP di tempatnya (`jaga`: tidak ditulis
 * ulang, tidak dibersihkan — rumus pengguna di dalamnya tetap seperti disesuaikan Excel). Isian lain yang
 * dipindah menurut kunci disalin dulu ke "Data Tersimpan" (`cadangan`).
 */
import {
  jangkarLembar,
  namaJangkarLembar,
  petaJangkar,
  rencanaDenganNama,
  uraiRujukanNama,
  type PetaJangkar,
} from "./jangkar";
import { labelTertukar, petaDariLabel, type BacaSel } from "./kenali";
import { namaKanonik, namaSekarang, type CatatanBangun } from "./meta";
import {
  PetaBacaan,
  beriLabel,
  kosong,
  pertahankan,
  type HasilPertahankan,
  type LembarTerbaca,
  type Sisa,
} from "./pertahankan";
import { posisi, selBeralamat, type RencanaBukuKerja, type RencanaLembar } from "../rencana";
import { identitasGaris, panjangRencana, susunSumbu, type SusunanSumbu } from "./struktur";
import { tanpaLembar, type Bacaan, type TerpakaiTerbaca } from "./terbaca";

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
  /** Lembar (kanonik) yang jangkar lembarnya `_pkp_L…` sudah benar dan dipertahankan (tidak ditulis lagi). */
  utamaTetap: Set<string>;
  /** Lembar (nama sekarang) → sisip/hapus baris dan kolom sebelum menulis (struktur.ts). */
  struktur: Map<string, { baris: SusunanSumbu; kolom: SusunanSumbu }>;
  /** Lembar (nama sekarang) → sel rencana baru ("b,k") berisi isian yang tetap di tempatnya: tidak disentuh. */
  jaga: Map<string, Set<string>>;
  /** Lembar yang dikenali dari labelnya (jangkar hilang atau label tertukar), untuk pesan. */
  dikenali: string[];
}

export type SusunUlang = (c: CatatanBangun) => RencanaBukuKerja | null;

function keTerbaca(nama: string, t: TerpakaiTerbaca, lain: Partial<LembarTerbaca> = {}): LembarTerbaca {
  return { nama, mulai: tanpaLembar(t.alamat).split(":")[0], isi: t.formulas, ...lain };
}

/** Pembaca sel dan luas (sel terakhir) rentang terpakai yang terbaca. */
function pembaca(t: TerpakaiTerbaca): { baca: BacaSel; luas: { b1: number; k1: number } } {
  const bagian = tanpaLembar(t.alamat).replace(/\$/g, "").split(":");
  const a = posisi(bagian[0]);
  const z = posisi(bagian[bagian.length - 1]);
  return { baca: (b, k) => t.formulas[b - a.baris]?.[k - a.kolom], luas: { b1: z.baris, k1: z.kolom } };
}

/** Semua jangkar baris/kolom rencana lembar itu masih ADA sebagai nama (boleh #REF!: baris dihapus pengguna). */
function jangkarLengkap(l: RencanaLembar, kanonik: string, nama: ReadonlyMap<string, unknown>, g: number): boolean {
  return jangkarLembar(l, kanonik, g).every((j) => nama.has(j.nama));
}

/** Peta yang tidak memindah apa pun (setiap baris/kolom di posisi rencananya). */
function petaIdentitas(p: { baris: ReadonlyMap<number, number>; kolom: ReadonlyMap<number, number> }): boolean {
  for (const [a, b] of p.baris) if (a !== b) return false;
  for (const [a, b] of p.kolom) if (a !== b) return false;
  return true;
}

/** Label rencana ada di sheet `t` cukup yakin → peta baris/kolom menurut label; null bila ragu. */
function kenaliLabel(
  l: RencanaLembar | undefined,
  t: TerpakaiTerbaca | null | undefined,
  kolomTetap?: ReadonlyMap<number, number>,
): { baris: Map<number, number>; kolom: Map<number, number> } | null {
  if (!l || !t) return null;
  const { baca, luas } = pembaca(t);
  const p = petaDariLabel(l, baca, luas, kolomTetap);
  return p.yakin ? { baris: p.baris, kolom: p.kolom } : null;
}

/** Jangkar yang hilang sebagian besar (mis. nama dihapus alat lain) tidak dapat diikuti. */
function periksaPeta(kanonik: string, p: PetaJangkar, r: RencanaBukuKerja): string[] {
  const l = r.lembar.find((x) => x.nama === kanonik);
  if (!l || l.blok.length === 0) return p.tidakPasti;
  if (p.baris.size === 0 || p.kolom.size === 0) {
    return [
      ...p.tidakPasti,
      `Jangkar baris/kolom tabel "${p.lembar}" tidak ditemukan (nama rentang ` +
        `tersembunyi _pkp_… dihapus?), sehingga letak isian tidak dapat diikuti dengan pasti.`,
    ];
  }
  return p.tidakPasti;
}

/**
 * `pindahkan`: Range.moveTo (ExcelApi 1.11) tersedia — baris/kolom yang dipotong-tempel dikembalikan ke
 * tempatnya dengan perintah Excel (rujukan pengguna ikut); tanpa itu ditulis ulang menurut kunci.
 */
export function rekonsiliasi(
  bacaan: Bacaan,
  rencana: RencanaBukuKerja,
  susunUlang: SusunUlang,
  pindahkan = false,
): Rekonsiliasi {
  const tujuan = rencana.lembar.map((l) => l.nama);
  const setTujuan = new Set(tujuan);
  const rencanaLama: RencanaBukuKerja[] = [];
  const lembarAddin = new Set<string>();
  const namaLembar = new Map<string, string>();
  const terbaca: LembarTerbaca[] = [];
  const tidakPasti: string[] = [];

  const dikenali: string[] = [];
  let genLama = 0;
  for (const c of bacaan.catatan) {
    const kanonik = c.lembar.map((_, i) => namaKanonik(c, i));
    if (!kanonik.some((n) => setTujuan.has(n))) continue;
    const r = susunUlang(c);
    if (!r) continue;
    rencanaLama.push(r);
    for (const k of kanonik) {
      const g = c.jangkar ?? 1;
      if (c.jangkar && c.jangkar > genLama) genLama = c.jangkar;
      const p = petaJangkar(k, bacaan.nama, g);
      const lLama = r.lembar.find((x) => x.nama === k);
      if (p) {
        if (!bacaan.lembarAda.has(p.lembar)) continue;
        lembarAddin.add(p.lembar);
        if (!setTujuan.has(k)) continue;
        namaLembar.set(k, p.lembar);
        const isi = bacaan.lewatJangkar.get(k);
        let peta: { baris: ReadonlyMap<number, number>; kolom: ReadonlyMap<number, number> } = {
          baris: p.baris,
          kolom: p.kolom,
        };
        if (lLama && isi && !jangkarLengkap(lLama, k, bacaan.nama, g)) {
          // sebagian jangkar dihapus (Name Manager): kenali dari label, bila ragu berhenti seperti dulu
          const lp = kenaliLabel(lLama, isi);
          if (lp) {
            peta = lp;
            dikenali.push(p.lembar);
          } else
            tidakPasti.push(
              ...periksaPeta(k, p, r),
              ...(p.baris.size && p.kolom.size
                ? [
                    `Sebagian jangkar tabel "${p.lembar}" (nama rentang tersembunyi _pkp_…) dihapus dan labelnya tidak cukup untuk mengenali tabel.`,
                  ]
                : []),
            );
        } else {
          tidakPasti.push(...periksaPeta(k, p, r));
          if (lLama && isi && labelTertukar(lLama, pembaca(isi).baca, peta) > 0) {
            // baris diurutkan: isi berpindah, jangkar tidak — baris diikuti menurut labelnya
            const lp = kenaliLabel(lLama, isi, p.kolom);
            if (lp) {
              peta = { baris: lp.baris, kolom: p.kolom };
              dikenali.push(p.lembar);
            }
          }
        }
        if (isi) terbaca.push(keTerbaca(p.lembar, isi, { kanonik: k, peta }));
      } else if (c.jangkar && setTujuan.has(k)) {
        // Jangkar lembar hilang (nama dihapus, lembar disalin lalu aslinya dihapus): kenali lembar bernama sama
        // dari labelnya. Ragu → lembar pengguna (ditanya; isinya disalin ke Data Tersimpan sebelum ditimpa).
        const n = bacaan.lembarAda.has(namaSekarang(c, k)) ? namaSekarang(c, k) : k;
        const isi = n === k ? bacaan.langsung.get(k) : null;
        const lp = bacaan.lembarAda.has(n) ? kenaliLabel(lLama, isi) : null;
        if (!lp || !isi) continue;
        lembarAddin.add(n);
        namaLembar.set(k, n);
        dikenali.push(n);
        terbaca.push(keTerbaca(n, isi, { kanonik: k, peta: lp }));
      } else if (!c.jangkar) {
        // Catatan tanpa jangkar (versi lama, berkas --xlsx): lembar dikenali dari namanya. Tata letak yang
        // berubah (baris/kolom disisipkan, dihapus, diurutkan) diikuti menurut label bila pasti; selain itu
        // dibaca di posisi rencana dan diperiksa ketat (pertahankan.ts).
        const n = namaSekarang(c, k);
        if (n !== k || !bacaan.lembarAda.has(n)) continue;
        lembarAddin.add(n);
        const isi = bacaan.langsung.get(k);
        const lp = setTujuan.has(k) ? kenaliLabel(lLama, isi) : null;
        if (lp && isi && !petaIdentitas(lp)) {
          namaLembar.set(k, n);
          dikenali.push(n);
          terbaca.push(keTerbaca(n, isi, { peta: lp }));
        }
      }
      // Catatan berjangkar tetapi jangkar lembarnya hilang: lembar itu dihapus; lembar bernama sama
      // (bila ada) bukan lagi buatan add-in dan diperlakukan sebagai lembar pengguna (ditanya dulu).
    }
  }
  for (const k of tujuan) {
    if (namaLembar.has(k)) continue;
    namaLembar.set(k, k);
    const isi = bacaan.langsung.get(k);
    if (!isi) continue;
    // Lembar tanpa catatan (mis. dipindah dari buku kerja lain, tanpa `_pkp` dan jangkar) yang jelas tabel
    // rencana ini: dikenali dari labelnya dan dibaca dengan rencana baru sebagai rencana lama.
    const lBaru = rencana.lembar.find((x) => x.nama === k);
    const lp = lembarAddin.has(k) ? null : kenaliLabel(lBaru, isi);
    if (lp && lBaru) {
      lembarAddin.add(k);
      dikenali.push(k);
      rencanaLama.push({ ...rencana, lembar: [lBaru] });
      terbaca.push(keTerbaca(k, isi, { peta: lp }));
    } else terbaca.push(keTerbaca(k, isi));
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
  const { struktur, jaga } = susunStruktur(
    rencanaLama,
    rencanaTulis,
    terbaca,
    lembarAddin,
    hasil,
    new Set(dikenali),
    pindahkan,
  );

  const lembar = tujuan.map((k) => namaLembar.get(k) as string);
  // generasi jangkar baru: lebih tinggi dari generasi catatan lama mana pun DAN dari jangkar yang tertinggal
  // oleh batch yang gagal (jangkar.ts), jadi tidak pernah bertabrakan nama
  for (const n of bacaan.nama.keys()) {
    const m = n.match(/^_pkp_L[0-9a-f]{8}_(?:g(\d+))?[bk]\d+$/);
    if (m && Number(m[1] ?? 1) > genLama) genLama = Number(m[1] ?? 1);
  }
  const catatanBaru: CatatanBangun = {
    meta: rencana.meta,
    lembar,
    ...(lembar.some((n, i) => n !== tujuan[i]) ? { kanonik: tujuan } : {}),
    jangkar: genLama + 1,
  };
  // jangkar lembar yang masih menunjuk lembar yang akan ditulis dipertahankan; jangkar baris/kolom lama dihapus
  const utamaTetap = new Set(
    tujuan.filter(
      (k) =>
        uraiRujukanNama(bacaan.nama.get(namaJangkarLembar(k)))?.lembar.toLowerCase() ===
        namaLembar.get(k)?.toLowerCase(),
    ),
  );
  const awalan = tujuan.map(namaJangkarLembar);
  const jangkarLama = [...bacaan.nama.keys()].filter((n) =>
    awalan.some((a, i) => (n === a && !utamaTetap.has(tujuan[i])) || n.startsWith(`${a}_`)),
  );
  return {
    rencana: rencanaTulis,
    namaLembar,
    lembarAddin,
    hasil,
    tidakPasti,
    catatanLama: bacaan.catatan,
    catatanBaru,
    jangkarLama,
    utamaTetap,
    struktur,
    jaga,
    dikenali,
  };
}

/** Kunci masukan rencana per sel "b,k". */
function kunciPerSel(l: RencanaLembar): Map<string, string> {
  const m = new Map<string, string>();
  for (const { baris, kolom, sel } of selBeralamat(l))
    if (sel.peran === "masukan" && sel.kunci) m.set(`${baris},${kolom}`, sel.kunci);
  return m;
}

/**
 * Sisip/hapus per lembar buatan add-in yang berpeta, lalu isian mana yang tetap di tempatnya (`jaga`) dan
 * mana yang ditulis ulang di tempat lain (salinan cadangan ke `hasil.sisa` lebih dulu).
 */
function susunStruktur(
  rencanaLama: readonly RencanaBukuKerja[],
  baru: RencanaBukuKerja,
  terbaca: readonly LembarTerbaca[],
  lembarAddin: ReadonlySet<string>,
  hasil: HasilPertahankan,
  dikenali: ReadonlySet<string>,
  pindahkan: boolean,
): Pick<Rekonsiliasi, "struktur" | "jaga"> {
  const struktur: Rekonsiliasi["struktur"] = new Map();
  const jaga: Rekonsiliasi["jaga"] = new Map();
  const akhir = new Map<
    string,
    { baris: (b: number) => number | undefined; kolom: (k: number) => number | undefined; kunci: Map<string, string> }
  >();
  for (const t of terbaca) {
    if (!lembarAddin.has(t.nama)) continue;
    const lBaru = baru.lembar.find((l) => l.nama === t.nama);
    const lLama = rencanaLama.flatMap((r) => r.lembar).find((l) => l.nama === (t.kanonik ?? t.nama));
    if (!lBaru || !lLama) continue;
    const kunci = kunciPerSel(lBaru);
    if (!t.peta) {
      akhir.set(t.nama, { baris: (b) => b, kolom: (k) => k, kunci });
      continue;
    }
    // garis yang berpindah bersama jangkarnya (potong-tempel) dikembalikan dengan Range.moveTo; yang dikenali
    // dari label (diurutkan: jangkar tidak ikut) ditulis ulang di tempatnya
    const geser = pindahkan && !dikenali.has(t.nama);
    const s = {
      baris: susunSumbu(
        t.peta.baris,
        identitasGaris(lLama, "baris"),
        identitasGaris(lBaru, "baris"),
        panjangRencana(lBaru, "baris"),
        geser,
      ),
      kolom: susunSumbu(
        t.peta.kolom,
        identitasGaris(lLama, "kolom"),
        identitasGaris(lBaru, "kolom"),
        panjangRencana(lBaru, "kolom"),
        geser,
      ),
    };
    struktur.set(t.nama, s);
    akhir.set(t.nama, { baris: (b) => s.baris.akhir.get(b), kolom: (k) => s.kolom.akhir.get(k), kunci });
  }
  const cadangan: Sisa[] = [];
  for (const [k, a] of hasil.asal) {
    const x = akhir.get(a.lembar);
    const b = x?.baris(a.baris);
    const kol = x?.kolom(a.kolom);
    if (x && b !== undefined && kol !== undefined && x.kunci.get(`${b},${kol}`) === k) {
      (jaga.get(a.lembar) ?? jaga.set(a.lembar, new Set()).get(a.lembar)!).add(`${b},${kol}`);
      continue;
    }
    const v = hasil.isian.get(k);
    if (v === undefined || kosong(v)) continue;
    cadangan.push({ lembar: a.lembar, alamat: a.alamat, kunci: k, nilai: v, asal: "cadangan" });
  }
  beriLabel(cadangan, new PetaBacaan(terbaca));
  hasil.sisa.push(...cadangan);
  return { struktur, jaga };
}

/** Baris pertama yang kosong di bawah rentang terpakai "Data Tersimpan" (0-based); 0 bila kosong. */
export function barisSetelah(alamat: string | null): number {
  if (!alamat) return 0;
  const akhir = tanpaLembar(alamat).split(":").pop() as string;
  return posisi(akhir).baris + 1;
}
