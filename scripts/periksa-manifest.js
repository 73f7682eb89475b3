#!/usr/bin/env node
/**
 * Pemeriksaan skema manifest LURING (tanpa jaringan; `npm run validate` memanggil layanan Microsoft):
 * `xmllint --schema` (Debian: libxml2-utils) terhadap XSD manifest Microsoft di schemas/manifest/.
 *
 * XSD Microsoft disimpan APA ADANYA (README di sana: sumber, commit, lisensi). Tiga cacat terbitan 2020 yang
 * membuatnya tidak dapat dikompilasi, dan satu kekurangan, diperbaiki pada SALINAN SEMENTARA, satu per satu
 * di `KOREKSI` (setiap koreksi harus menemukan teksnya tepat sekali, jadi XSD yang berubah tidak lolos diam-diam):
 * 1. namespace XML Schema ditulis "https://www.w3.org/2001/XMLSchema" (seharusnya http): bukan dokumen skema;
 * 2. pola versi `{0,3}?` (penanda malas ala Perl) bukan ekspresi reguler XSD yang sah;
 * 3. ContentAppVersionOverridesV1_0.xsd diimpor tetapi tidak pernah diterbitkan: pengganti kosong (tambahan/);
 * 4. tipe Runtimes (runtime bersama) belum ada: diambil dari [MS-OWEMXML] (tambahan/Runtimes-MS-OWEMXML.xsd) dan
 *    disisipkan sebagai anak pertama tipe Host, seperti di spesifikasi itu.
 *
 * Pakai: `node scripts/periksa-manifest.js [berkas…]` (bawaan: manifest.xml dan dist/web/manifest.xml).
 * Tanpa xmllint: GAGAL dengan petunjuk pemasangan (tidak pernah dilewati diam-diam).
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");

const AKAR = path.resolve(__dirname, "..");
const SKEMA = path.join(AKAR, "schemas", "manifest");
const UTAMA = "OfficeAppManifestV1_1.xsd";
const PETUNJUK =
  "xmllint tidak ditemukan: pasang dengan `sudo apt-get install -y libxml2-utils` " +
  "(Debian/Ubuntu) atau `brew install libxml2` (macOS), lalu ulangi. Pemeriksaan skema " +
  "manifest tidak dilewati.";

/** Koreksi salinan sementara: berkas, teks yang dicari, gantinya, banyak kemunculan yang diharapkan, alasan. */
const KOREKSI = [
  ...[
    "OfficeAppManifestV1_1.xsd",
    "OfficeAppBasicTypesV1_0.xsd",
    "MailAppVersionOverridesV1_0.xsd",
    "MailAppVersionOverridesV1_1.xsd",
  ].map((berkas) => ({
    berkas,
    cari: 'xmlns:xs="https://www.w3.org/2001/XMLSchema"',
    ganti: 'xmlns:xs="http://www.w3.org/2001/XMLSchema"',
    kali: 1,
    alasan: "namespace XML Schema adalah http://www.w3.org/2001/XMLSchema (https membuat berkas bukan skema)",
  })),
  ...["OfficeAppManifestV1_1.xsd", "OfficeAppBasicTypesV1_0.xsd"].map((berkas) => ({
    berkas,
    cari: "(\\.[0-9]{1,5}){0,3}?",
    ganti: "(\\.[0-9]{1,5}){0,3}",
    kali: 1,
    alasan: "XSD tidak mengenal penanda malas `?` setelah {m,n}; untuk kecocokan utuh artinya sama",
  })),
  {
    berkas: "TaskPaneAppVersionOverridesV1_0.xsd",
    cari: '<xs:import schemaLocation="OfficeAppBasicTypesV1_0.xsd" namespace="http://schemas.microsoft.com/office/officeappbasictypes/1.0" />',
    ganti:
      '<xs:import schemaLocation="OfficeAppBasicTypesV1_0.xsd" ' +
      'namespace="http://schemas.microsoft.com/office/officeappbasictypes/1.0" />\n  <xs:include ' +
      'schemaLocation="Runtimes-MS-OWEMXML.xsd" />',
    kali: 1,
    alasan: "tipe Runtimes/Runtime dari [MS-OWEMXML] (tambahan/Runtimes-MS-OWEMXML.xsd)",
  },
  {
    berkas: "TaskPaneAppVersionOverridesV1_0.xsd",
    cari:
      '<xs:complexType name="Host" abstract="true">\n    <xs:annotation>\n      ' +
      "<xs:documentation>\n        Generic type for specifying Host node types under the Hosts " +
      "element list\n      </xs:documentation>\n    </xs:annotation>\n    <xs:sequence>\n",
    ganti:
      '<xs:complexType name="Host" abstract="true">\n    <xs:annotation>\n      ' +
      "<xs:documentation>\n        Generic type for specifying Host node types under the Hosts " +
      "element list\n      </xs:documentation>\n    </xs:annotation>\n    <xs:sequence>\n      " +
      '<xs:element name="Runtimes" type="Runtimes" minOccurs="0" maxOccurs="1" />\n',
    kali: 1,
    alasan: "[MS-OWEMXML] Host: Runtimes (0..1) sebelum AllFormFactors",
  },
];

/** Berkas Microsoft (tidak diubah di repositori) dan tambahan proyek (tambahan/). */
const BERKAS_MICROSOFT = [
  "OfficeAppManifestV1_1.xsd",
  "OfficeAppBasicTypesV1_0.xsd",
  "TaskPaneAppVersionOverridesV1_0.xsd",
  "MailAppVersionOverridesV1_0.xsd",
  "MailAppVersionOverridesV1_1.xsd",
];
const BERKAS_TAMBAHAN = ["Runtimes-MS-OWEMXML.xsd", "ContentAppVersionOverridesV1_0.xsd"];

/** Satu-satunya kemunculan? Menghitung kemunculan `cari` di `teks`. */
function hitung(teks, cari) {
  let n = 0;
  for (let i = teks.indexOf(cari); i >= 0; i = teks.indexOf(cari, i + cari.length)) n++;
  return n;
}

/** Menyiapkan skema terkoreksi di folder sementara; mengembalikan jalur skema utama. */
function siapkanSkema(dir = fs.mkdtempSync(path.join(os.tmpdir(), "skema-manifest-"))) {
  for (const f of BERKAS_MICROSOFT) {
    let teks = fs.readFileSync(path.join(SKEMA, f), "utf8");
    for (const k of KOREKSI.filter((x) => x.berkas === f)) {
      const n = hitung(teks, k.cari);
      if (n !== k.kali)
        throw new Error(
          `schemas/manifest/${f}: koreksi "${k.alasan}" menemukan teksnya ${n}× (diharapkan ${k.kali}×); XSD berubah?`,
        );
      teks = teks.split(k.cari).join(k.ganti);
    }
    fs.writeFileSync(path.join(dir, f), teks);
  }
  for (const f of BERKAS_TAMBAHAN) fs.copyFileSync(path.join(SKEMA, "tambahan", f), path.join(dir, f));
  return path.join(dir, UTAMA);
}

/** Apakah xmllint ada; bila tidak, Error berisi petunjuk pemasangan. */
function pastikanXmllint(xmllint) {
  const r = spawnSync(xmllint, ["--version"], { encoding: "utf8" });
  if (r.error) throw new Error(PETUNJUK);
}

/**
 * Memeriksa berkas manifest terhadap skema. Hasil per berkas: { berkas, sah, pesan } (pesan = keluaran xmllint).
 * `xmllint`: nama/jalur program (bawaan "xmllint"; uji memakai nama yang tidak ada).
 * @throws Error berpetunjuk bila xmllint tidak ada
 */
function periksaManifest(berkas, { xmllint = "xmllint" } = {}) {
  pastikanXmllint(xmllint);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "skema-manifest-"));
  try {
    const skema = siapkanSkema(dir);
    return berkas.map((b) => {
      const r = spawnSync(xmllint, ["--noout", "--nonet", "--schema", skema, b], { encoding: "utf8" });
      if (r.error) throw new Error(PETUNJUK);
      const pesan = `${r.stdout}${r.stderr}`.trim();
      // xmllint: 0 = sah, 3/4 = tidak sah; skema yang gagal dikompilasi (5) juga gagal
      return { berkas: b, sah: r.status === 0, pesan };
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

module.exports = { periksaManifest, siapkanSkema, KOREKSI, BERKAS_MICROSOFT, BERKAS_TAMBAHAN, PETUNJUK };

if (require.main === module) {
  const daftar = process.argv.slice(2);
  const berkas = daftar.length ? daftar : [path.join(AKAR, "manifest.xml"), path.join(AKAR, "dist/web/manifest.xml")];
  try {
    const hasil = periksaManifest(berkas);
    for (const h of hasil)
      console.log(
        `${h.sah ? "sah  " : "GAGAL"} ${path.relative(process.cwd(), h.berkas)}${h.sah ? "" : `\n${h.pesan}`}`,
      );
    process.exit(hasil.every((h) => h.sah) ? 0 : 1);
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}
