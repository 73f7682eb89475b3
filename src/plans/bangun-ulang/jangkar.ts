/**
 * Jangkar: menemukan tabel add-in DI TEMPATNYA SEKARANG, bukan di tempat ia dulu ditulis (murni, tanpa Office).
 *
 * Rancangan — nama rentang buku kerja yang tersembunyi, karena hanya nama rentanglah yang dipelihara
 * Excel sendiri melalui SEMUA suntingan yang perlu diikuti, di setiap platform dan sejak ExcelApi 1.4
 * (syarat minimum add-in ini):
 * - `_pkp_L<kode>` → seluruh lembar (`$1:$1048576`): tetap utuh walau baris/kolom disisipkan atau dihapus,
 *   dan mengikuti lembar yang diganti namanya. Nilainya ('Nama Baru'!$1:$1048576) memberi nama lembar
 *   sekarang; rentang terpakainya dapat dibaca lewat nama itu dalam batch baca yang SAMA (tanpa sync tambahan).
 * - `_pkp_L<kode>_b<i>` → baris utuh ke-i rencana (`$7:$7`), `_pkp_L<kode>_k<j>` → kolom utuh ke-j (`$C:$C`):
 *   Excel menggesernya bila baris/kolom disisipkan di atas/kirinya, membiarkannya bila di bawah/kanan, dan
 *   menjadikannya #REF! bila baris/kolom itu dihapus. Jadi sel rencana (i, j) kini ada di (baris b<i>, kolom k<j>),
 *   dan baris/kolom di dalam tabel yang tidak berjangkar adalah sisipan pengguna.
 * `<kode>` = FNV-1a 32-bit dari nama lembar dalam rencana (nama kanonik), sehingga add-in tahu nama
 * jangkarnya SEBELUM membaca apa pun.
 *
 * Generasi: catatan `_pkp` menyimpan `jangkar: g`. Generasi 1 memakai `_b<i>`/`_k<j>`; setiap bangun ulang
 * menaikkan generasi dan memakai `_g<g>b<i>`/`_g<g>k<j>`. Jadi bila batch gagal di tengah penggantian jangkar,
 * jangkar lama dan baru tidak pernah tertukar: catatan yang berlaku hanya membaca jangkar generasinya sendiri
 * (tidak lengkap → tabel dikenali dari labelnya, kenali.ts). Jangkar lembar `_pkp_L<kode>` dipertahankan.
 *
 * Mengapa bukan yang lain: tabel Excel (ListObject) tidak boleh berisi sel gabungan dan hanya satu baris
 * kepala, padahal tata letak LAN Bab III memerlukan keduanya; id lembar tetap saat lembar diganti namanya
 * tetapi tidak mengikuti baris, dan id lembar baru baru diketahui setelah sync tambahan (melanggar batas 3 sync).
 * Mengapa per baris/kolom, bukan per blok: nama satu blok melebar bila baris disisipkan di dalamnya, tetapi
 * tidak memberi tahu baris MANA yang baru. Ongkosnya: satu nama per baris dan per kolom rencana (mis. LAN
 * tipe I lengkap, 23 unit: ±200 nama per lembar), semuanya tersembunyi (tidak tampak di Name Manager).
 * Urutkan (sort) memindahkan nilai, bukan sel: jangkar tidak ikut; kasus itu dikenali dari label yang
 * berpindah dan barisnya diikuti menurut label (kenali.ts); hanya bila label tidak cukup, pembangunan
 * ulang berhenti (pertahankan.ts). Potong-tempel baris utuh: jangkar IKUT (Excel memindahkan nama).
 */
import { rujukLembar } from "../ringkasan";
import { hurufKolom, indeksKolom, selBeralamat, type RencanaBukuKerja, type RencanaLembar } from "../rencana";

export const AWALAN_JANGKAR = "_pkp_L";
export const MAKS_BARIS_EXCEL = 1048576;

/** FNV-1a 32-bit (8 digit heksadesimal) dari nama lembar kanonik. */
export function kodeLembar(kanonik: string): string {
  let h = 0x811c9dc5;
  for (const c of kanonik) {
    h ^= c.codePointAt(0) as number;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

export const namaJangkarLembar = (kanonik: string): string => `${AWALAN_JANGKAR}${kodeLembar(kanonik)}`;
const gen = (g: number): string => (g > 1 ? `g${g}` : "");
export const namaJangkarBaris = (kanonik: string, baris: number, g = 1): string =>
  `${namaJangkarLembar(kanonik)}_${gen(g)}b${baris}`;
export const namaJangkarKolom = (kanonik: string, kolom: number, g = 1): string =>
  `${namaJangkarLembar(kanonik)}_${gen(g)}k${kolom}`;

/** Satu nama jangkar: `rentang` pada lembarnya ("1:1048576", "7:7", "C:C"). */
export interface Jangkar {
  nama: string;
  rentang: string;
}

/** Jangkar untuk satu lembar rencana: lembar utuh, setiap baris dan setiap kolom yang memuat sel rencana. */
export function jangkarLembar(l: RencanaLembar, kanonik: string = l.nama, g = 1): Jangkar[] {
  const baris = new Set<number>();
  const kolom = new Set<number>();
  for (const s of selBeralamat(l)) {
    baris.add(s.baris);
    kolom.add(s.kolom);
  }
  const urut = (x: Set<number>): number[] => [...x].sort((a, b) => a - b);
  return [
    { nama: namaJangkarLembar(kanonik), rentang: `1:${MAKS_BARIS_EXCEL}` },
    ...urut(baris).map((b) => ({ nama: namaJangkarBaris(kanonik, b, g), rentang: `${b + 1}:${b + 1}` })),
    ...urut(kolom).map((k) => ({
      nama: namaJangkarKolom(kanonik, k, g),
      rentang: `${hurufKolom(k)}:${hurufKolom(k)}`,
    })),
  ];
}

/** Rujukan nama rentang yang terurai; baris/kolom 0-based, null = seluruh sumbu. */
export interface RujukanNama {
  lembar: string;
  b0: number | null;
  b1: number | null;
  k0: number | null;
  k1: number | null;
}

/**
 * Mengurai nilai nama rentang ("'LAN-I Bobot 2024'!$7:$7", "Data!$C:$C", "=Lembar1!$A$1:$B$2");
 * null untuk #REF! atau bentuk lain (rujukan terhapus, konstanta, rumus).
 */
export function uraiRujukanNama(nilai: unknown): RujukanNama | null {
  if (typeof nilai !== "string") return null;
  const s = nilai.trim().replace(/^=/, "");
  const m = s.match(/^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/);
  if (!m || /#REF!/i.test(s)) return null;
  const lembar = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  const [p, q = p] = m[3].replace(/\$/g, "").split(":");
  const ujung = (u: string): { b: number | null; k: number | null } | null => {
    const x = u.match(/^([A-Za-z]{1,3})?(\d+)?$/);
    if (!x || (!x[1] && !x[2])) return null;
    return { k: x[1] ? indeksKolom(x[1]) : null, b: x[2] ? Number(x[2]) - 1 : null };
  };
  const a = ujung(p);
  const b = ujung(q);
  if (!a || !b) return null;
  return { lembar, b0: a.b, b1: b.b, k0: a.k, k1: b.k };
}

/** Posisi sekarang tabel satu lembar menurut jangkarnya. */
export interface PetaJangkar {
  /** Nama lembar sekarang (bisa sudah diganti pengguna). */
  lembar: string;
  /** Baris rencana → baris sekarang (0-based); baris yang dihapus tidak ada. */
  baris: Map<number, number>;
  kolom: Map<number, number>;
  /** Alasan tabel tidak dapat diikuti dengan pasti (kosong bila dapat). */
  tidakPasti: string[];
}

/**
 * Peta jangkar lembar kanonik dari semua nama rentang buku kerja (nama → nilai). null bila jangkar lembar
 * tidak ada (buku lama, atau lembarnya dihapus).
 */
export function petaJangkar(kanonik: string, nama: ReadonlyMap<string, unknown>, g = 1): PetaJangkar | null {
  const utama = uraiRujukanNama(nama.get(namaJangkarLembar(kanonik)));
  if (!utama) return null;
  const hasil: PetaJangkar = { lembar: utama.lembar, baris: new Map(), kolom: new Map(), tidakPasti: [] };
  const awalan = `${namaJangkarLembar(kanonik)}_`;
  const terpakaiB = new Map<number, number>();
  const terpakaiK = new Map<number, number>();
  for (const [n, v] of nama) {
    if (!n.startsWith(awalan)) continue;
    const m = n.slice(awalan.length).match(new RegExp(`^${gen(g)}([bk])(\\d+)$`));
    if (!m) continue;
    const i = Number(m[2]);
    const r = uraiRujukanNama(v);
    if (!r) continue; // baris/kolom itu dihapus pengguna
    if (r.lembar.toLowerCase() !== utama.lembar.toLowerCase()) {
      hasil.tidakPasti.push(`baris/kolom tabel "${kanonik}" kini berada di lembar lain ("${r.lembar}")`);
      continue;
    }
    const [sekarang, peta, terpakai, jenis] =
      m[1] === "b"
        ? ([r.b0, hasil.baris, terpakaiB, "baris"] as const)
        : ([r.k0, hasil.kolom, terpakaiK, "kolom"] as const);
    if (sekarang === null || (m[1] === "b" ? r.b1 !== r.b0 : r.k1 !== r.k0)) {
      hasil.tidakPasti.push(`jangkar ${jenis} ${i + 1} tabel "${kanonik}" tidak lagi menunjuk satu ${jenis}`);
      continue;
    }
    const lain = terpakai.get(sekarang);
    if (lain !== undefined)
      hasil.tidakPasti.push(`${jenis} ${lain + 1} dan ${i + 1} tabel "${kanonik}" menunjuk ${jenis} yang sama`);
    terpakai.set(sekarang, i);
    peta.set(i, sekarang);
  }
  return hasil;
}

/**
 * Rencana dengan nama lembar sekarang (lembar yang diganti namanya pengguna tetap lembar yang sama):
 * nama lembar dan rujukan 'Nama'! di setiap rumus diganti. Rencana asal tidak diubah.
 */
export function rencanaDenganNama(r: RencanaBukuKerja, sekarang: ReadonlyMap<string, string>): RencanaBukuKerja {
  const ganti = [...sekarang].filter(([a, b]) => a !== b);
  if (ganti.length === 0) return r;
  const peta = new Map(ganti);
  // Satu lintasan: rujukan lembar dalam rumus rencana selalu berbentuk 'Nama'! (rujukLembar).
  const ubah = (rumus: string): string =>
    rumus.replace(/'((?:[^']|'')+)'!/g, (utuh, n: string) => {
      const baru = peta.get(n.replace(/''/g, "'"));
      return baru === undefined ? utuh : `${rujukLembar(baru)}!`;
    });
  const lembar = r.lembar.map((l) => ({
    ...l,
    nama: sekarang.get(l.nama) ?? l.nama,
    blok: l.blok.map((b) => ({
      ...b,
      sel: b.sel.map((baris) => baris.map((s) => (s?.rumus ? { ...s, rumus: ubah(s.rumus) } : s))),
    })),
  }));
  return { ...r, lembar };
}
