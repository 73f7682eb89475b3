/**
 * Alamat penerbitan add-in (ADDIN_URL untuk build, --url untuk `npm run paket`): harus https (Office menolak
 * http untuk add-in), tanpa ?query atau #fragmen, dan diakhiri "/" (ditambahkan bila tidak ada), karena
 * semua berkas dirujuk relatif terhadapnya (taskpane.html, functions.json, assets/…).
 */
const { createHash } = require("crypto");

const URL_DEV = "https://localhost:3000/";
/** Halaman dukungan bawaan (SupportUrl, LearnMoreUrl): src/bantuan/bantuan.html, disajikan add-in sendiri. */
const HALAMAN_BANTUAN = "bantuan.html";
/** Metadata fungsi kustom yang URL-nya diberi versi isi di manifest terbit (Office menyimpannya hingga 24 jam). */
const BERKAS_METADATA = ["functions.json", "functions.en-US.json"];

function normalisasiAlamat(masukan, nama = "ADDIN_URL") {
  const s = String(masukan ?? "").trim();
  if (!s)
    throw new Error(
      `${nama} kosong: beri alamat https tempat berkas add-in disajikan, mis. https://intranet.contoh.go.id/pkp/`,
    );
  let u;
  try {
    u = new URL(s);
  } catch {
    throw new Error(`${nama} bukan alamat yang sah: "${s}" (contoh: https://intranet.contoh.go.id/pkp/)`);
  }
  if (u.protocol !== "https:") throw new Error(`${nama} harus https (Office hanya memuat add-in lewat https): "${s}"`);
  if (u.search || u.hash) throw new Error(`${nama} tidak boleh memuat ?query atau #fragmen: "${s}"`);
  if (u.username || u.password) throw new Error(`${nama} tidak boleh memuat nama pengguna/kata sandi: "${s}"`);
  const akhir = u.pathname.endsWith("/") ? u.pathname : `${u.pathname}/`;
  return `${u.protocol}//${u.host}${akhir}`;
}

/** Manifest untuk alamat `url`: setiap https://localhost:3000/ di manifest sumber diganti. */
function manifestUntuk(teksManifest, url) {
  return String(teksManifest).split(URL_DEV).join(url);
}

/**
 * Alamat halaman dukungan (`npm run paket -- --support-url`, ADDIN_SUPPORT_URL): https, tanpa kredensial;
 * ?query dan #fragmen boleh (halaman dukungan kantor lain). Dikembalikan apa adanya (tanpa "/" tambahan).
 */
function normalisasiDukungan(masukan, nama = "--support-url") {
  const s = String(masukan ?? "").trim();
  if (!s)
    throw new Error(
      `${nama} kosong: beri alamat https halaman dukungan, mis. https://intranet.contoh.go.id/bantuan-pkp`,
    );
  let u;
  try {
    u = new URL(s);
  } catch {
    throw new Error(`${nama} bukan alamat yang sah: "${s}"`);
  }
  if (u.protocol !== "https:") throw new Error(`${nama} harus https: "${s}"`);
  if (u.username || u.password) throw new Error(`${nama} tidak boleh memuat nama pengguna/kata sandi: "${s}"`);
  return u.href;
}

/** Sidik isi metadata (12 digit heksadesimal SHA-256): berubah tepat ketika isi metadata berubah. */
function sidikIsi(isi) {
  return createHash("sha256").update(isi).digest("hex").slice(0, 12);
}

const escXml = (s) =>
  String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * Manifest terbit dari manifest sumber: setiap https://localhost:3000/ menjadi `url`; URL metadata fungsi kustom
 * diberi versi isi (`functions.json?v=<sidik>`, satu sidik per berkas di `sidik`) agar Office mengambil metadata
 * baru setelah pembaruan, bukan salinan simpanan hingga 24 jam; SupportUrl dan LearnMoreUrl menjadi `dukungan`
 * (bawaan: halaman bantuan add-in). Dipakai build produksi (webpack.config.js) dan `npm run paket`, jadi keduanya sama.
 */
function manifestTerbit(teksManifest, { url, sidik = {}, dukungan }) {
  let m = manifestUntuk(teksManifest, url);
  for (const [berkas, v] of Object.entries(sidik)) {
    const asal = `"${url}${berkas}"`;
    if (!m.includes(asal)) throw new Error(`manifest tidak merujuk ${url}${berkas}`);
    m = m.split(asal).join(`"${url}${berkas}?v=${v}"`);
  }
  const bantuan = dukungan ?? `${url}${HALAMAN_BANTUAN}`;
  const lama = `"${url}${HALAMAN_BANTUAN}"`;
  if (!m.includes(lama)) throw new Error(`manifest tidak merujuk ${url}${HALAMAN_BANTUAN} (SupportUrl/LearnMoreUrl)`);
  return m.split(lama).join(`"${escXml(bantuan)}"`);
}

module.exports = {
  URL_DEV,
  HALAMAN_BANTUAN,
  BERKAS_METADATA,
  normalisasiAlamat,
  normalisasiDukungan,
  manifestUntuk,
  manifestTerbit,
  sidikIsi,
};
