/**
 * Mengenali kolom tabel PK, anggaran dan LKE menurut judulnya, seperti kantor menulisnya ("Target TW I",
 * "realisasi_tw1", "Realisasi Triwulan II", "Target Akhir Renstra", "Program/Kegiatan"). Murni: dipakai CLI dan
 * dapat dipakai panel. Judul dinormalkan: huruf kecil, "triwulan"/"tw"/"trw" → tw, angka Romawi I–IV → 1–4,
 * tanda baca dan spasi dibuang.
 */
import { galatNA, galatNilai } from "./errors";

/** Kunci judul: "Target TW II" → "targettw2", "realisasi_tw1" → "realisasitw1". */
export function kunciJudul(judul: string): string {
  const romawi: Record<string, string> = { i: "1", ii: "2", iii: "3", iv: "4" };
  return judul
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map((t) => (t === "triwulan" || t === "trw" || t === "tw" ? "tw" : (romawi[t] ?? t)))
    .join("")
    .replace(/tw(?:ke)?(\d)/, "tw$1");
}

const tw = (awal: string[]) => [1, 2, 3, 4].map((q) => awal.map((a) => `${a}tw${q}`));

/** Nama kolom baku → kunci judul yang diterima. */
export const KOLOM_PK: Readonly<Record<string, readonly string[]>> = {
  sasaran: ["sasaran", "sasaranstrategis", "sasarankinerja"],
  indikator: ["indikator", "indikatorkinerja", "iku", "indikatorkinerjautama", "indikatorsasaran"],
  satuan: ["satuan"],
  arah: ["arah", "polaritas"],
  jenis: ["jenis", "jenisindikator", "sifat", "caraperhitungan"],
  target: ["target", "targettahunan", "targettahunini", "targetpk"],
  ...Object.fromEntries(tw(["target"]).map((a, i) => [`target_tw${i + 1}`, a])),
  ...Object.fromEntries(tw(["realisasi"]).map((a, i) => [`realisasi_tw${i + 1}`, a])),
  realisasi_lalu: ["realisasilalu", "realisasitahunlalu", "realisasin1", "realisasitahunn1"],
  realisasi_lalu2: [
    "realisasilalu2",
    "realisasi2tahunlalu",
    "realisasiduatahunlalu",
    "realisasin2",
    "realisasitahunn2",
  ],
  baseline: ["baseline", "kondisiawal", "kinerjaawal"],
  target_akhir_renstra: ["targetakhirrenstra", "targetakhir", "targetrenstra", "targetakhirperiode"],
};

export const KOLOM_ANGGARAN: Readonly<Record<string, readonly string[]>> = {
  sasaran: ["sasaran", "sasaranstrategis"],
  program: ["program", "kegiatan", "programkegiatan", "subkegiatan", "programdankegiatan"],
  pagu: ["pagu", "anggaran", "paguanggaran"],
  ...Object.fromEntries(tw(["realisasi"]).map((a, i) => [`realisasi_tw${i + 1}`, a])),
};

export const KOLOM_LKE: Readonly<Record<string, readonly string[]>> = {
  komponen: ["komponen"],
  subkomponen: ["subkomponen"],
  kriteria: ["kriteria", "uraian", "kriteriapenilaian"],
  jawaban: ["jawaban", "nilai", "jawabanmandiri"],
};

/**
 * Indeks kolom untuk setiap nama baku yang dikenali; judul yang tidak dikenali dikembalikan di `lain`.
 * @throws #VALUE! bila satu nama baku dikenali di dua kolom; #N/A bila kolom wajib tidak ada
 */
export function kenaliKolomSakip(
  judul: readonly string[],
  kolom: Readonly<Record<string, readonly string[]>>,
  wajib: readonly string[],
): { indeks: Record<string, number>; lain: string[] } {
  const indeks: Record<string, number> = {};
  const lain: string[] = [];
  judul.forEach((j, i) => {
    const k = kunciJudul(j);
    const nama = Object.keys(kolom).find((n) => kolom[n].includes(k));
    if (!nama) {
      if (j.trim()) lain.push(j);
      return;
    }
    if (indeks[nama] !== undefined)
      throw galatNilai(`kolom "${nama}" dikenali dua kali: "${judul[indeks[nama]]}" dan "${j}"`);
    indeks[nama] = i;
  });
  const hilang = wajib.filter((w) => indeks[w] === undefined);
  if (hilang.length > 0) throw galatNA(`kolom ${hilang.join(", ")} tidak ada (kolom yang ada: ${judul.join(", ")})`);
  return { indeks, lain };
}
