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
 *
 * Berkas ini merakit buku kerja; tiap lembar dibangun di src/plans/skm-siklus/ (opsi.ts, tata.ts bersama,
 * jawaban.ts, peta.ts, hitungan.ts, hasil.ts, profil.ts, tren.ts, tindak-lanjut.ts, publikasi.ts, kuadran.ts).
 */
import { galatNilai } from "../core/errors";
import { UNSUR_BAWAAN } from "../frameworks/skm";
import type { RencanaBukuKerja } from "./rencana";
import { ID_SKM_SIKLUS, type OpsiSkmSiklus } from "./skm-siklus/opsi";
import { namaLembarSiklus, type Tata } from "./skm-siklus/tata";
import { lembarJawaban } from "./skm-siklus/jawaban";
import { lembarPeta } from "./skm-siklus/peta";
import { lembarHitungan } from "./skm-siklus/hitungan";
import { lembarHasil } from "./skm-siklus/hasil";
import { kategoriProfil, lembarProfil } from "./skm-siklus/profil";
import { lembarTren } from "./skm-siklus/tren";
import { lembarTindakLanjut, saranPeriode } from "./skm-siklus/tindak-lanjut";
import { lembarPublikasi } from "./skm-siklus/publikasi";
import { blokPetaKepentingan, lembarKuadran } from "./skm-siklus/kuadran";

export { BANYAK_TINDAK_LANJUT } from "../frameworks/skm-siklus";
export { FORMAT_CAP_WAKTU, LEBAR_CAP_WAKTU } from "./skm-siklus/jawaban";
export { batasSumbuKuadran } from "./skm-siklus/kuadran";
export type { KategoriProfil } from "./skm-siklus/opsi";
export { kriteriaPersis } from "./skm-siklus/tata";
export { ID_SKM_SIKLUS, namaLembarSiklus, saranPeriode, type OpsiSkmSiklus };

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
