/**
 * Kolom ekspor formulir siklus SKM: unsur (nama unsur PermenPAN-RB 14/2017 di judul, atau U1…Un), kepentingan/
 * harapan (K1…Kn/H1…Hn atau kata kepentingan), layanan dan cap waktu (nama kolom yang diberikan), kolom lain
 * (profil, saran). Judul kembar pada kolom yang dipakai ditolak.
 */
import { galatNA, galatNilai } from "../errors";
import { UNSUR_BAWAAN, type AturanSkm } from "../../frameworks/skm";
import { KATA_KEPENTINGAN, UNSUR_FORMULIR } from "../../frameworks/skm-siklus";
import { pesanJudulKembar, tolakJudulKembar } from "../skm-siklus-tabel";
import { kunciTeks } from "./peta";

/** Nomor unsur (0-based) untuk judul kolom, atau null bila bukan kolom unsur. Judul "U3" → 2. */
export function unsurDariJudul(judul: string, aturan: AturanSkm): number[] {
  const k = kunciTeks(judul);
  const n = UNSUR_FORMULIR[aturan].length;
  const u = /^u(\d+)$/.exec(k);
  if (u) return Number(u[1]) >= 1 && Number(u[1]) <= n ? [Number(u[1]) - 1] : [];
  const cocok: number[] = [];
  UNSUR_FORMULIR[aturan].forEach((f, j) => {
    if (f.kata.some((w) => k.includes(w))) cocok.push(j);
  });
  return cocok;
}

/**
 * Unsur (0-based) kolom tingkat kepentingan/harapan, atau null bila judul bukan kolom kepentingan (tidak
 * memuat KATA_KEPENTINGAN dan bukan K1…Kn/H1…Hn). Larik kosong = kolom berkata kepentingan tanpa nama unsur.
 */
export function kepentinganDariJudul(judul: string, aturan: AturanSkm): number[] | null {
  const k = kunciTeks(judul);
  const n = UNSUR_FORMULIR[aturan].length;
  const m = /^[kh](\d+)$/.exec(k);
  if (m) return Number(m[1]) >= 1 && Number(m[1]) <= n ? [Number(m[1]) - 1] : [];
  if (!KATA_KEPENTINGAN.some((w) => k.includes(w))) return null;
  return unsurDariJudul(judul, aturan);
}

export interface TataKolom {
  /** Indeks kolom tabel untuk tiap unsur (urutan naskah). */
  unsur: number[];
  /** Indeks kolom kepentingan/harapan tiap unsur, atau null bila formulir tidak menanyakannya. */
  kepentingan: number[] | null;
  layanan: number | null;
  waktu: number | null;
  /** Kolom lain (profil, saran, dsb.), urutan tabel. */
  lain: number[];
}

/**
 * Mengenali kolom: unsur menurut namanya di judul (di mana pun letaknya), layanan dan waktu menurut
 * nama kolom yang diberikan (tanpa peduli huruf besar/kecil).
 * Judul kembar ditolak bila kolomnya dipakai (layanan, waktu, unsur, kepentingan): kolom mana yang dibaca
 * menjadi tebakan. Kolom lain berjudul sama (dua "Saran" di ekspor Google Forms) dibiarkan: tidak dibaca.
 * @throws #N/A bila kolom layanan/waktu atau salah satu unsur tidak ada; #VALUE! bila judul mengenai
 *         dua unsur, satu unsur dikenali di dua kolom, atau judul kolom yang dipakai kembar (`sumber` untuk pesannya)
 */
export function kenaliKolom(
  judul: readonly string[],
  aturan: AturanSkm,
  namaLayanan?: string,
  namaWaktu?: string,
  sumber?: string,
): TataKolom {
  tolakJudulKembar(
    judul,
    sumber,
    [namaLayanan, namaWaktu].filter((x): x is string => x !== undefined),
  );
  // dua kolom berjudul sama dikenali sebagai unsur/kepentingan yang sama: pesan judul kembar
  const duaKolom = (a: number, b: number, pesan: string) =>
    galatNilai(kunciTeks(judul[a]) === kunciTeks(judul[b]) ? pesanJudulKembar(sumber, judul, a, b) : pesan);
  const cari = (nama: string | undefined, peran: string): number | null => {
    if (nama === undefined) return null;
    const i = judul.findIndex((j) => kunciTeks(j) === kunciTeks(nama));
    if (i < 0) throw galatNA(`kolom ${peran} "${nama}" tidak ada (kolom yang ada: ${judul.join(", ")})`);
    return i;
  };
  const layanan = cari(namaLayanan, "layanan");
  const waktu = cari(namaWaktu, "waktu");
  const n = UNSUR_FORMULIR[aturan].length;
  const unsur: number[] = new Array<number>(n).fill(-1);
  const kep: number[] = new Array<number>(n).fill(-1);
  const lain: number[] = [];
  const nama = (x: number) => UNSUR_BAWAAN[aturan][x];
  judul.forEach((j, i) => {
    if (i === layanan || i === waktu) return;
    const kp = kepentinganDariJudul(j, aturan);
    if (kp !== null) {
      if (kp.length === 0) return void lain.push(i);
      if (kp.length > 1)
        throw galatNilai(
          `judul kolom ${i + 1} "${j}" mengenai kepentingan lebih dari satu unsur (${kp.map(nama).join(", ")}); ganti judulnya menjadi K1…K${n}`,
        );
      if (kep[kp[0]] >= 0)
        throw duaKolom(
          kep[kp[0]],
          i,
          `kepentingan unsur "${nama(kp[0])}" dikenali di dua kolom: "${judul[kep[kp[0]]]}" dan "${j}"`,
        );
      kep[kp[0]] = i;
      return;
    }
    const u = unsurDariJudul(j, aturan);
    if (u.length === 0) return void lain.push(i);
    if (u.length > 1)
      throw galatNilai(
        `judul kolom ${i + 1} "${j}" mengenai lebih dari satu unsur (${u.map((x) => UNSUR_BAWAAN[aturan][x]).join(", ")}); ganti judulnya menjadi U1…U${n}`,
      );
    if (unsur[u[0]] >= 0)
      throw duaKolom(
        unsur[u[0]],
        i,
        `unsur "${UNSUR_BAWAAN[aturan][u[0]]}" dikenali di dua kolom: "${judul[unsur[u[0]]]}" dan "${j}"`,
      );
    unsur[u[0]] = i;
  });
  const hilang = unsur
    .map((x, j) =>
      x < 0
        ? `U${j + 1} ${nama(j)}${kep[j] >= 0 ? ` (kolom "${judul[kep[j]]}" dibaca sebagai kepentingan/harapan karena judulnya memuat ` + `${KATA_KEPENTINGAN.join("/")})` : ""}`
        : "",
    )
    .filter(Boolean);
  if (hilang.length > 0)
    throw galatNA(
      `kolom unsur tidak ditemukan: ${hilang.join("; ")} (judul kolom harus memuat nama unsurnya atau U1…U${n})`,
    );
  const adaKep = kep.some((x) => x >= 0);
  const tanpaKep = kep.map((x, j) => (x < 0 ? `U${j + 1} ${nama(j)}` : "")).filter(Boolean);
  if (adaKep && tanpaKep.length > 0) {
    throw galatNA(
      `kolom kepentingan/harapan tidak lengkap: tidak ada untuk ${tanpaKep.join("; ")} (judul kolom kepentingan memuat nama ` +
        `unsurnya dan kata ${KATA_KEPENTINGAN.join("/")}, atau K1…K${n})`,
    );
  }
  return { unsur, kepentingan: adaKep ? kep : null, layanan, waktu, lain };
}
