/**
 * Inti perhitungan Penilaian Kinerja Pelayanan sebagai modul Node (dist/core/index.js):
 *
 *   const { lan, skm, bsc, layanan, mutu, kerangka } = require("penilaian-kinerja-pelayanan");
 *   lan.bobotVariabel([631.99, 280.53, …]);          // Bobot Variabel (Skor Ideal 20.000)
 *   skm.hitungSkm(jawaban, "tepat", "2017");          // NRR, indeks, nilai, mutu
 *
 * Semua fungsi murni, tanpa Office, tanpa pembulatan; masukan buruk melempar GalatKinerja
 * (jenis NILAI/ANGKA/BAGI0/NA ≈ #VALUE!/#NUM!/#DIV/0!/#N/A).
 */
export * as lan from "./lan";
export * as lanPola from "./lan-pola";
export * as skm from "./skm";
export * as bsc from "./bsc";
export * as layanan from "./layanan";
export * as mutu from "./mutu";
export * as kepekaan from "./kepekaan";
export * as sakip from "./sakip";
export * as lke from "./lke";
export * as kerangka from "../frameworks/lan1998";
// eslint-disable-next-line no-restricted-imports -- satu-satunya impor yang naik lapisan; dipindahkan ke API Node lain (issue 24)
export { reproduksiLan } from "../reproduksi/reproduksi";
export { GalatKinerja, KODE_EXCEL, type JenisGalat } from "./errors";
