/**
 * Titik masuk fungsi kustom. Setiap keluarga fungsi ada di berkasnya sendiri; pemasang
 * (custom-functions-metadata-plugin) menambahkan CustomFunctions.associate ke tiap berkas saat build.
 * `./runtime-cadangan` dimuat pertama: di luar Excel ia mencegah ReferenceError CustomFunctions.
 */
import "./runtime-cadangan";
import "./lan";
import "./bsc";
import "./layanan";
import "./skm";
import "./mutu";
import "./servqual";
import "./sendi";
import "./pekppp";
import "./pegawai";
import "./bobot";
import "./lan-pola";
import "./pegawai-2022";
import "./skm-siklus";
import "./sakip";
