/**
 * Adaptor Office.js: menerapkan RencanaBukuKerja ke buku kerja Excel yang terbuka.
 *
 * Setiap `context.sync()` ≤ 5 MB permintaan dan tanggapan (Excel di web). Tabel biasa: 3–4 sync (baca, isi
 * lembar lama, tulis, sembunyikan jangkar), ditambah 1 sync cadangan ke "Data Tersimpan" bila ada nilai ketikan yang
 * tidak tetap di tempatnya; tabel besar: satu sync per halaman baca dan per batch tulis — satu-satunya sync di
 * dalam loop, karena muatan > 5 MB tidak dapat dikirim sekaligus.
 * `terapkanRencana` hanya merangkai tahap-tahap yang masing-masing diuji sendiri:
 *
 * 1. BACA (bacaan.ts, sync 1): lembar dan grafiknya, catatan `_pkp`, nama rentang (jangkar), "Data
 *    Tersimpan", dan alamat isi setiap lembar tujuan — menurut namanya DAN menurut jangkarnya (lembar yang
 *    diganti namanya); lalu rumus/nilai isi itu BERHALAMAN (halaman.ts, setiap tanggapan ±≤ 2 MB).
 * 2. REKONSILIASI (plans/bangun-ulang/rekonsiliasi.ts, murni): tabel lama ditemukan di tempatnya sekarang
 *    lewat jangkar (plans/bangun-ulang/jangkar.ts), isian dipasangkan menurut kunci
 *    (plans/bangun-ulang/pertahankan.ts), sisanya untuk "Data Tersimpan". Tata letak yang tidak dapat diikuti
 *    dengan pasti → berhenti (GalatTerapkan "tataLetak") tanpa menulis. Lembar bukan buatan add-in yang
 *    berisi, atau nilai ketikan di atas rumus/label → `konfirmasi` ditanya; "tidak" → berhenti tanpa menulis.
 * 3. PERIKSA AWAL (periksa-awal.ts, murni): lembar dilindungi, nama yang ditolak Excel, sel terlalu panjang
 *    → berhenti (GalatTerapkan "periksaAwal") tanpa menulis.
 * 4. TULIS (tulis.ts): semua perintah tulis disusun (tanpa sync), lalu BAGI (batch.ts): batch berurutan
 *    masing-masing ≤ `batasMuatan` (4 MB); satu perintah yang sendirian terlalu besar ditolak sebelum menulis apa pun.
 * 5. CADANGAN (sync tersendiri, hanya bila ada): setiap nilai ketikan yang tidak tetap di tempatnya ditulis
 *    ke "Data Tersimpan" SEBELUM sel mana pun diubah atau dibersihkan. Gagal → tidak ada yang lain ditulis.
 * 6. KIRIM: satu sync per batch.
 * 7. SEMBUNYIKAN jangkar (tulis.ts: perintahSembunyi): `visible = false` pada setiap nama yang ditambahkan, setelah
 *    batch-nya disinkronkan (dalam batch yang sama Excel mengabaikannya, office-js #3878/#3949); dibagi seperti 4.
 *
 * Yang dibaca hanyalah lembar tujuan rencana baru: lembar rencana lama yang tidak ditulis ulang
 * tidak disentuh, jadi isinya tetap ada. Fitur di atas ExcelApi 1.1 diperiksa dengan
 * `Office.context.requirements.isSetSupported` dan dilewati dengan peringatan bila tidak didukung.
 * Lembar dan nama yang dibaca memakai *OrNullObject (ExcelApi 1.4, wajib).
 */
import {
  LEMBAR_TERSIMPAN,
  rekonsiliasi,
  waktuTampil,
  type CatatanBangun,
  type Konflik,
} from "../../plans/bangun-ulang/index";
import type { RencanaBukuKerja } from "../../plans/rencana";
import { buatRencana } from "../../metode/index";
import { antreBacaan, muatIsiTujuan, muatNamaSisa } from "./bacaan";
import { bagiBatch } from "./batch";
import { periksaAwal } from "./periksa-awal";
import { PenyusunTulis, perintahSembunyi, susunCadangan, susunPerintah } from "./tulis";
import { rapikan } from "../../plans/tata-letak";
import { BATAS_MUATAN, GalatTerapkan, NAMA_FITUR, SET_FITUR, dukungBawaan, type FiturOpsional } from "./umum";

export { BATAS_MUATAN, GalatTerapkan, NAMA_FITUR, SET_FITUR, type FiturOpsional } from "./umum";
export { pitaBaris } from "./batch";
export { perseginya } from "./tulis";

export interface AlatTerapkan {
  /**
   * Ditanya sebelum menimpa lembar yang bukan buatan add-in (konflik `bukanAddin`) atau sebelum memulihkan
   * rumus/label yang ditimpa nilai ketikan (konflik `ketikan`; nilainya disimpan di "Data Tersimpan");
   * `false` → tidak ada yang ditulis.
   */
  konfirmasi(pesan: string, konflik: readonly Konflik[]): Promise<boolean>;
  kemajuan?(persen: number, pesan: string): void;
  /** Menyusun ulang rencana lama dari catatan `_pkp`; bawaan: buatRencana(pembangun, opsi) dari registri metode (opsi dibaca bacaOpsi). */
  susunUlang?(c: CatatanBangun): RencanaBukuKerja | null;
  /** Pemeriksa set persyaratan; bawaan Office.context.requirements.isSetSupported. */
  dukung?(set: string, versi: string): boolean;
  /** Batas ukuran satu batch tulis (karakter JSON). Bawaan 4 MB (Excel di web: 5 MB). */
  batasMuatan?: number;
  /** Waktu untuk "Data Tersimpan" (bawaan: sekarang); ditulis sebagai waktu setempat yang dapat dibaca. */
  waktu?: string | Date;
}

export interface HasilTerapkan {
  dibatalkan: boolean;
  /** Lembar yang ditulis. */
  lembar: string[];
  /** Peringatan (Bahasa Indonesia), mis. fitur yang dilewati. */
  peringatan: string[];
  /** Fitur yang dilewati karena set persyaratan tidak didukung (untuk diterjemahkan antarmuka). */
  dilewati: { fitur: FiturOpsional; set: string }[];
  konflik: Konflik[];
  /** Jumlah isian pengguna yang dipindahkan ke tata letak baru. */
  dipertahankan: number;
  /** Jumlah nilai lama yang tidak punya tempat di tabel baru dan ditulis ke "Data Tersimpan". */
  tersimpan: number;
  /** Jumlah isian yang dipindah ke tempat kuncinya yang baru; salinan cadangannya di "Data Tersimpan". */
  cadangan?: number;
  /** Lembar yang tabelnya dikenali dari judul dan labelnya (jangkar hilang atau baris diurutkan). */
  dikenali?: string[];
  jumlahSync: number;
  /** Taksiran ukuran muatan tulis (karakter JSON). */
  ukuranMuatan: number;
}

function susunUlangBawaan(c: CatatanBangun): RencanaBukuKerja | null {
  try {
    return buatRencana(c.meta.pembangun, c.meta.opsi);
  } catch {
    return null;
  }
}

/** Pesan konfirmasi (Bahasa Indonesia; antarmuka menyusun pesannya sendiri dari `konflik`). */
export function pesanKonflik(k: readonly Konflik[]): string {
  const bagian: string[] = [];
  const bukan = k.filter((x) => x.jenis !== "ketikan");
  const ketik = k.filter((x) => x.jenis === "ketikan");
  if (bukan.length) {
    const rinci = bukan.map((x) => `"${x.lembar}" (${x.jumlah} sel terisi, mis. ${x.contoh.join(", ")})`).join("; ");
    bagian.push(
      `Lembar ${rinci} sudah ada dan bukan buatan add-in ini. Isinya di area tabel akan ditimpa; ` +
        `setiap sel yang ditimpa lebih dulu disalin ke lembar "${LEMBAR_TERSIMPAN}".`,
    );
  }
  if (ketik.length) {
    const rinci = ketik.map((x) => `"${x.lembar}" (${x.jumlah} sel, mis. ${x.contoh.join(", ")})`).join("; ");
    bagian.push(
      `Ada nilai yang diketik di atas rumus atau label tabel: ${rinci}. Membangun ulang memulihkan ` +
        `rumus/labelnya; nilai ketikan disimpan di lembar "${LEMBAR_TERSIMPAN}" beserta sel dan rumus semulanya.`,
    );
  }
  return `${bagian.join(" ")} Lanjutkan?`;
}

const batal = (konflik: Konflik[], jumlahSync: number): HasilTerapkan => ({
  dibatalkan: true,
  lembar: [],
  peringatan: [],
  dilewati: [],
  konflik,
  dipertahankan: 0,
  tersimpan: 0,
  jumlahSync,
  ukuranMuatan: 0,
});

/** Menerapkan rencana ke buku kerja. Lihat komentar berkas untuk tahap dan sync. */
export async function terapkanRencana(
  context: Excel.RequestContext,
  rencanaAsal: RencanaBukuKerja,
  alat: AlatTerapkan,
): Promise<HasilTerapkan> {
  // lebar kolom, bungkus teks, tinggi baris, grafik dan tata halaman (plans/tata-letak.ts)
  const rencana = rapikan(rencanaAsal);
  const dukung = alat.dukung ?? dukungBawaan;
  const kemajuan = (p: number, m: string): void => alat.kemajuan?.(p, m);
  let jumlahSync = 0;
  const sync = async (): Promise<void> => {
    jumlahSync++;
    await context.sync();
  };
  if (!dukung("ExcelApi", "1.4")) {
    throw new GalatTerapkan(
      "excelLama",
      "Versi Excel ini terlalu lama: add-in memerlukan ExcelApi 1.4 atau lebih baru.",
    );
  }

  // ---------- 1. baca (sync 1) ----------
  kemajuan(5, "Membaca buku kerja");
  const antrean = antreBacaan(
    context,
    rencana.lembar.map((l) => l.nama),
  );
  await sync();
  const bacaan = antrean.kumpulkan();
  jumlahSync += await muatNamaSisa(context, bacaan, antrean.banyakNama());
  jumlahSync += await muatIsiTujuan(context, bacaan);

  // ---------- 2. rekonsiliasi (murni); 3. periksa awal ----------
  kemajuan(30, "Menyusun tata letak");
  const rek = rekonsiliasi(
    bacaan,
    rencana,
    alat.susunUlang ?? susunUlangBawaan,
    dukung("ExcelApi", SET_FITUR.pindahRentang),
  );
  if (rek.tidakPasti.length) {
    kemajuan(100, "Dihentikan");
    const lebih = rek.tidakPasti.length > 1 ? ` (dan ${rek.tidakPasti.length - 1} masalah lain)` : "";
    throw new GalatTerapkan(
      "tataLetak",
      `Tabel tidak dibangun ulang: ${rek.tidakPasti[0]}${lebih} Tidak ada yang diubah.`,
    );
  }
  const masalah = periksaAwal(rek, bacaan, bacaan.terlindung);
  if (masalah.length) {
    kemajuan(100, "Dihentikan");
    const lebih = masalah.length > 1 ? ` (dan ${masalah.length - 1} masalah lain)` : "";
    throw new GalatTerapkan("periksaAwal", `Tabel tidak dibangun: ${masalah[0]}${lebih} Tidak ada yang diubah.`);
  }
  const konflik = rek.hasil.konflik;
  if (konflik.length && !(await alat.konfirmasi(pesanKonflik(konflik), konflik))) {
    kemajuan(100, "Dibatalkan");
    return batal(konflik, jumlahSync);
  }

  // ---------- 4. tulis: susun perintah dan bagi (terlalu besar → ditolak sebelum apa pun ditulis) ----------
  const batas = alat.batasMuatan ?? BATAS_MUATAN;
  const waktu = alat.waktu === undefined ? new Date() : new Date(alat.waktu);
  const t = new PenyusunTulis(context, alat.dukung, batas);
  susunPerintah(t, rek, bacaan);
  const { batch, total } = bagiBatch(t.perintah, batas);

  const c = new PenyusunTulis(context, alat.dukung, batas);
  susunCadangan(c, rek, bacaan, waktuTampil(waktu));
  const batchCadangan = bagiBatch(c.perintah, batas).batch.filter((b) => b.length > 0);

  // ---------- 5. cadangan ke Data Tersimpan (sync tersendiri, sebelum sel apa pun diubah) ----------
  for (const b of batchCadangan) {
    kemajuan(50, "Menyimpan cadangan isian");
    for (const p of b) p.jalankan();
    await sync();
  }

  // ---------- 6. kirim: satu sync per batch (≤ batas; Excel di web menolak > 5 MB) ----------
  for (let i = 0; i < batch.length; i++) {
    kemajuan(
      60 + Math.floor((30 * i) / batch.length),
      i === 0 ? "Menulis tabel" : `Menulis tabel (bagian ${i + 1} dari ${batch.length})`,
    );
    for (const p of batch[i]) p.jalankan();
    await sync();
  }
  // ---------- 7. sembunyikan jangkar (setelah add-nya disinkronkan) ----------
  const sembunyi = perintahSembunyi(t);
  if (sembunyi.length) {
    kemajuan(95, "Menyembunyikan jangkar");
    for (const b of bagiBatch(sembunyi, batas).batch) {
      for (const p of b) p.jalankan();
      await sync();
    }
  }
  kemajuan(100, "Selesai");

  const peringatan = t.dilewati.map(
    (d) => `${NAMA_FITUR[d.fitur]} dilewati: Excel ini belum mendukung ExcelApi ${d.set}.`,
  );
  const sisa = rek.hasil.sisa.filter((s) => s.asal !== "cadangan");
  const cadangan = rek.hasil.sisa.length - sisa.length;
  if (sisa.length)
    peringatan.push(
      `${sisa.length} nilai lama tidak punya tempat di tabel baru dan disimpan di lembar "${LEMBAR_TERSIMPAN}".`,
    );
  if (cadangan)
    peringatan.push(
      `${cadangan} isian dipindah ke tempat kuncinya yang baru; salinan cadangannya ada di lembar "${LEMBAR_TERSIMPAN}".`,
    );
  if (rek.dikenali.length)
    peringatan.push(
      `Tabel di lembar ${rek.dikenali.map((n) => `"${n}"`).join(", ")} dikenali dari judul dan labelnya ` +
        `(jangkar tersembunyinya hilang atau barisnya diurutkan); isian dipasangkan menurut label.`,
    );
  return {
    dibatalkan: false,
    lembar: rek.rencana.lembar.map((l) => l.nama),
    peringatan,
    dilewati: t.dilewati,
    konflik,
    dipertahankan: rek.hasil.isian.size,
    tersimpan: sisa.length,
    cadangan,
    dikenali: rek.dikenali,
    jumlahSync,
    ukuranMuatan: total,
  };
}
