/**
 * Inti perhitungan Penilaian Kinerja Pelayanan sebagai modul Node (dist/core/index.js):
 *
 *   const { lan, skm, bsc, layanan, mutu, servqual, sendi, pekppp, pegawai, skmSiklus, kerangka } =
 *     require("penilaian-kinerja-pelayanan");
 *   lan.bobotVariabel([631.99, 280.53, …]);          // Bobot Variabel (Skor Ideal 20.000)
 *   skm.hitungSkm(jawaban, "tepat", "2017");          // NRR, indeks, nilai, mutu
 *
 * Semua fungsi murni, tanpa Office, tanpa pembulatan; masukan buruk melempar GalatKinerja
 * (jenis NILAI/ANGKA/BAGI0/NA ≈ #VALUE!/#NUM!/#DIV/0!/#N/A). Hanya inti dan kerangka: modul ini tidak mengimpor
 * lapisan di atasnya (reproduksi tabel tercetak: `kinerja reproduksi --json`).
 */
export * as lan from "./lan";
export * as lanPola from "./lan-pola";
export * as skm from "./skm";
export * as bsc from "./bsc";
export * as layanan from "./layanan";
export * as mutu from "./mutu";
export * as kepekaan from "./kepekaan";
export * as servqual from "./servqual";
export * as sendi from "./sendi";
export * as pekppp from "./pekppp";
export * as pegawai from "./pegawai";
export * as pegawai2022 from "./pegawai-2022";
export * as skmSiklus from "./skm-siklus";
export * as sakip from "./sakip";
export * as lke from "./lke";
export * as kerangka from "../frameworks/lan1998";
export { GalatKinerja, KODE_EXCEL, type GolonganGalat, type JenisGalat } from "./errors";
