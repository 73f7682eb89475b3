/**
 * Alamat penerbitan add-in (ADDIN_URL untuk build, --url untuk `npm run paket`): harus https (Office menolak
 * http untuk add-in), tanpa ?query atau #fragmen, dan diakhiri "/" (ditambahkan bila tidak ada), karena
 * semua berkas dirujuk relatif terhadapnya (taskpane.html, functions.json, assets/…).
 */
const URL_DEV = "https://localhost:3000/";

function normalisasiAlamat(masukan, nama = "ADDIN_URL") {
  const s = String(masukan ?? "").trim();
  if (!s) throw new Error(`${nama} kosong: beri alamat https tempat berkas add-in disajikan, mis. https://intranet.contoh.go.id/pkp/`);
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

module.exports = { URL_DEV, normalisasiAlamat, manifestUntuk };
