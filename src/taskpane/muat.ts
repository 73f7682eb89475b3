/**
 * Pemuat belakangan task pane (import dinamis → potongan terpisah dari situs yang sama, seperti ExcelJS
 * "xlsx" di host-unduh.ts dan bagian murni siklus SKM "siklus" di ui-siklus.ts). Yang tidak dibutuhkan
 * sampai pengguna menekan "Bangun tabel"/"Unduh buku kerja" atau "Periksa" tidak ada di taskpane.js, jadi
 * panel pertama kali tampil lebih cepat di jaringan lambat (Excel di web):
 * - "pembangun": registri metode (metode/index.ts: pembaca isian, bacaOpsi dan pembangun tiap metode) beserta
 *   kerangka dan inti yang hanya mereka pakai;
 * - "adaptor-excel": adaptor Office.js yang menerapkan rencana (hosts/excel/excel.ts);
 * - "periksa": pembaca buku kerja (hosts/excel/baca.ts) dan audit Periksa (periksa/periksa.ts).
 * Daftar metode (id dan nama) tetap di taskpane.js lewat metode/daftar.ts. Modul dimuat sekali (peramban
 * menyimpannya); host memanggil pemuat SEBELUM Excel.run, jadi jumlah context.sync() tidak berubah.
 * Host menerima pemuat lain (injeksi, mis. impor biasa di uji Jest yang tidak menjalankan import dinamis).
 */
type ModulPembangun = typeof import("../metode/index");
type ModulAdaptor = typeof import("../hosts/excel/excel");
type ModulBaca = typeof import("../hosts/excel/baca");
type ModulPeriksa = typeof import("../periksa/periksa");

export interface Pemuat {
  pembangun(): Promise<Pick<ModulPembangun, "buatRencana" | "opsiPanel">>;
  adaptorExcel(): Promise<Pick<ModulAdaptor, "terapkanRencana">>;
  periksa(): Promise<Pick<ModulBaca, "bacaBukuKerja"> & Pick<ModulPeriksa, "periksaBukuKerja">>;
}

export const PEMUAT_BELAKANGAN: Pemuat = {
  pembangun: () => import(/* webpackChunkName: "pembangun" */ "../metode/index.js"),
  adaptorExcel: () => import(/* webpackChunkName: "adaptor-excel" */ "../hosts/excel/excel.js"),
  async periksa() {
    const [{ bacaBukuKerja }, { periksaBukuKerja }] = await Promise.all([
      import(/* webpackChunkName: "periksa" */ "../hosts/excel/baca.js"),
      import(/* webpackChunkName: "periksa" */ "../periksa/periksa.js"),
    ]);
    return { bacaBukuKerja, periksaBukuKerja };
  },
};
