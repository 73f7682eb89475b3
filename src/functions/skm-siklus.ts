/* eslint-disable @typescript-eslint/no-explicit-any -- Excel mengirim rentang campuran (angka, teks, kosong); tipenya diperiksa di inti */
/**
 * Fungsi kustom siklus SKM (issue 14): hasil satu jenis layanan × periode langsung dari lembar ekspor
 * formulir, dengan konvensi penimbang/pembulatan kantor. Asinkron: isinya (functions/skm-siklus-inti.ts atas
 * core/skm-saringan.ts dan core/skm-siklus.ts) potongan sendiri yang dimuat saat SKM.SIKLUS* pertama kali
 * dihitung, agar functions.js tetap kecil (issue 17; pola yang sama dengan SAKIP.* di sakip.ts).
 */
type Inti = typeof import("./skm-siklus-inti.js");
declare const __webpack_require__: unknown;

/** Isi fungsi: di add-in potongan webpack `skm-siklus`, di Node modul biasa (lihat `muatKerangka` di lan.ts). */
function muat(): Promise<Inti> {
  if (typeof __webpack_require__ === "function")
    return import(/* webpackChunkName: "skm-siklus" */ "./skm-siklus-inti.js");
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- Node: import() asli tidak tersedia di Jest tanpa --experimental-vm-modules
  return Promise.resolve(require("./skm-siklus-inti"));
}

/**
 * Nilai SKM/IKM satu jenis layanan pada satu periode dari baris-baris ekspor formulir (satu baris per
 * responden), sama dengan lembar Hasil buku kerja siklus dan `kinerja skm --json`. Seperti SUMIFS, hanya baris
 * layanan dan periode terpilih yang dibaca jawabannya; baris yang seluruhnya kosong dilewati; baris berjawaban
 * tanpa layanan atau cap waktu → #VALUE!. Jawaban angka selain bilangan bulat 1–4, atau nilai di luar 25–100
 * (penimbang 0,11 dengan jawaban hampir semuanya 1), memberi #NUM!; tidak ada responden yang cocok dengan
 * saringan, atau satu unsur tanpa jawaban di kelompok itu, memberi #DIV/0!.
 * @customfunction SKM.SIKLUS SKM.SIKLUS
 * @param jawaban Jawaban responden × unsur (9 kolom untuk 2017, 14 untuk 2004, urutan U1…Un): angka 1–4 atau
 * teks kuesioner bawaan ("Sangat sesuai", "Gratis", …); sel kosong = tidak menjawab.
 * @param layanan Kolom jenis layanan setinggi jawaban (dilewati atau sel kosong bila tidak dipakai).
 * @param waktu Kolom cap waktu setinggi jawaban: tanggal Excel, teks 2026-01-15 atau 15/01/2026
 * (hari/bulan/tahun); dilewati atau sel kosong bila tidak dipakai.
 * @param [filter_layanan] Jenis layanan yang dihitung (tanpa peduli huruf besar/kecil dan spasi berlebih);
 * kosong = semua layanan (unit, gabungan seluruh responden).
 * @param [filter_periode] "2026" (tahun), "2026-S1" (semester), "2026-Q2" (triwulan) atau "2026-03" (bulan); kosong = semua periode.
 * @param [penimbang] "tepat" (bawaan, 1/n), 0,111 atau 0,11 (penimbang tercetak yang dipakai kantor).
 * @param [pembulatan_nrr] Kosong (bawaan: NRR tidak dibulatkan), 2 atau 3 (NRR dibulatkan sebelum ditimbang).
 * @param [aturan] 2017 (bawaan) atau 2004.
 * @returns Nilai SKM (25–100).
 */
export function skmSiklus(
  jawaban: any[][],
  layanan: any[][],
  waktu: any[][],
  filter_layanan?: any,
  filter_periode?: any,
  penimbang?: any,
  pembulatan_nrr?: any,
  aturan?: any,
): Promise<number> {
  return muat().then((m) =>
    m.skmSiklus(jawaban, layanan, waktu, filter_layanan, filter_periode, penimbang, pembulatan_nrr, aturan),
  );
}

/**
 * Satu baris hasil seperti lembar Hasil: responden, NRR tiap unsur (tanpa pembulatan), indeks, nilai, mutu,
 * kinerja, untuk jenis layanan dan periode yang dipilih. Argumen dan galat sama dengan SKM.SIKLUS: jawaban angka
 * selain bilangan bulat 1–4 atau nilai di luar 25–100 → #NUM!; tidak ada responden yang cocok, atau satu unsur
 * tanpa jawaban → #DIV/0!.
 * @customfunction SKM.SIKLUSRINCI SKM.SIKLUSRINCI
 * @param jawaban Jawaban responden × unsur (9 kolom untuk 2017, 14 untuk 2004): angka 1–4 atau teks kuesioner bawaan; sel kosong = tidak menjawab.
 * @param layanan Kolom jenis layanan setinggi jawaban (dilewati atau sel kosong bila tidak dipakai).
 * @param waktu Kolom cap waktu setinggi jawaban (tanggal Excel atau teks); dilewati atau sel kosong bila tidak dipakai.
 * @param [filter_layanan] Jenis layanan yang dihitung; kosong = semua layanan.
 * @param [filter_periode] "2026", "2026-S1", "2026-Q2" atau "2026-03"; kosong = semua periode.
 * @param [penimbang] "tepat" (bawaan, 1/n), 0,111 atau 0,11.
 * @param [pembulatan_nrr] Kosong (bawaan), 2 atau 3.
 * @param [aturan] 2017 (bawaan) atau 2004.
 * @returns Satu baris: responden, NRR U1…Un, indeks, nilai, mutu, kinerja.
 */
export function skmSiklusRinci(
  jawaban: any[][],
  layanan: any[][],
  waktu: any[][],
  filter_layanan?: any,
  filter_periode?: any,
  penimbang?: any,
  pembulatan_nrr?: any,
  aturan?: any,
): Promise<any[][]> {
  return muat().then((m) =>
    m.skmSiklusRinci(jawaban, layanan, waktu, filter_layanan, filter_periode, penimbang, pembulatan_nrr, aturan),
  );
}
