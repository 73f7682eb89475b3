/**
 * Skema manifest LURING (issue 21): manifest.xml, dist/web/manifest.xml (build produksi) dan manifest paket
 * (`npm run paket`) sah menurut XSD manifest Microsoft (schemas/manifest/, diperiksa `xmllint --schema` lewat
 * scripts/periksa-manifest.js). Tanpa xmllint uji ini GAGAL dengan petunjuk pemasangan.
 * Juga: berkas Microsoft di repositori sama persis dengan terbitannya (id blob git dari commit sumber di README),
 * pemeriksa menolak manifest yang salah (AppDomains kosong, lifetime tak dikenal), URL metadata berversi isi dan
 * halaman dukungan di manifest terbit.
 */
import { createHash } from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";

interface HasilPeriksa {
  berkas: string;
  sah: boolean;
  pesan: string;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { periksaManifest, BERKAS_MICROSOFT } = require("../../scripts/periksa-manifest.js") as {
  periksaManifest(b: string[], o?: { xmllint?: string }): HasilPeriksa[];
  BERKAS_MICROSOFT: string[];
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buatPaket } = require("../../scripts/paket.js") as {
  buatPaket(o: { url: string; build: boolean; keluar: string; dukungan?: string }): Promise<{ berkas: string }>;
};

const AKAR = path.resolve(__dirname, "../..");
const SKEMA = path.join(AKAR, "schemas/manifest");
const sumber = fs.readFileSync(path.join(AKAR, "manifest.xml"), "utf8");
let sementara = "";

beforeAll(() => {
  sementara = fs.mkdtempSync(path.join(os.tmpdir(), "uji-manifest-"));
});
afterAll(() => fs.rmSync(sementara, { recursive: true, force: true }));

/** Menulis teks manifest ke berkas sementara dan memeriksanya. */
function periksaTeks(nama: string, teks: string): HasilPeriksa {
  const b = path.join(sementara, nama);
  fs.writeFileSync(b, teks);
  return periksaManifest([b])[0];
}
const sah = (h: HasilPeriksa) => ({ berkas: path.basename(h.berkas), sah: h.sah, pesan: h.sah ? "" : h.pesan });

test("XSD Microsoft di schemas/manifest sama persis dengan terbitan OfficeDev/office-js-docs-pr (id blob git di README)", () => {
  const readme = fs.readFileSync(path.join(SKEMA, "README.md"), "utf8");
  for (const f of BERKAS_MICROSOFT) {
    const isi = fs.readFileSync(path.join(SKEMA, f));
    const blob = createHash("sha1").update(`blob ${isi.length}\0`).update(isi).digest("hex");
    expect({ f, tercatat: readme.includes(`${blob}`) && readme.includes(f) }).toEqual({ f, tercatat: true });
  }
});

test("manifest.xml sumber sah menurut XSD (xmllint)", () => {
  expect(periksaManifest([path.join(AKAR, "manifest.xml")]).map(sah)).toEqual([
    { berkas: "manifest.xml", sah: true, pesan: "" },
  ]);
});

test("dist/web/manifest.xml (build produksi) sah; metadata berversi isi berkasnya; dukungan = bantuan.html", () => {
  const b = path.join(AKAR, "dist/web/manifest.xml");
  expect(periksaManifest([b]).map(sah)).toEqual([{ berkas: "manifest.xml", sah: true, pesan: "" }]);
  const teks = fs.readFileSync(b, "utf8");
  for (const m of ["functions.json", "functions.en-US.json"]) {
    const isi = fs.readFileSync(path.join(AKAR, "dist/web", m));
    const v = createHash("sha256").update(isi).digest("hex").slice(0, 12);
    expect(teks).toContain(`"https://localhost:3000/${m}?v=${v}"`);
  }
  expect(teks).toContain('<SupportUrl DefaultValue="https://localhost:3000/bantuan.html"/>');
  expect(fs.existsSync(path.join(AKAR, "dist/web/bantuan.html"))).toBe(true);
});

test("manifest paket sah; --support-url masuk SupportUrl dan LearnMoreUrl", async () => {
  const h = await buatPaket({
    url: "https://contoh.go.id/pkp/",
    build: false,
    keluar: path.join(sementara, "paket"),
    dukungan: "https://contoh.go.id/bantuan?aplikasi=pkp&bahasa=id",
  });
  const zip = await JSZip.loadAsync(fs.readFileSync(h.berkas));
  const teks = await zip.file("manifest.xml")!.async("string");
  expect(sah(periksaTeks("paket.xml", teks))).toEqual({ berkas: "paket.xml", sah: true, pesan: "" });
  expect(teks).toContain('<SupportUrl DefaultValue="https://contoh.go.id/bantuan?aplikasi=pkp&amp;bahasa=id"/>');
  expect(teks).toContain(
    '<bt:Url id="GetStarted.LearnMoreUrl" DefaultValue="https://contoh.go.id/bantuan?aplikasi=pkp&amp;bahasa=id"/>',
  );
  expect(teks).toMatch(/"https:\/\/contoh\.go\.id\/pkp\/functions\.json\?v=[0-9a-f]{12}"/);
});

test("pemeriksa dapat gagal: <AppDomains/> kosong, lifetime tak dikenal, Runtimes setelah AllFormFactors", () => {
  // manifest sebelum issue 21: <AppDomains/> kosong tepat setelah SupportUrl
  const appDomains = periksaTeks("appdomains.xml", sumber.replace(/(<SupportUrl [^>]*\/>)/, "$1\n  <AppDomains/>"));
  expect(appDomains.sah).toBe(false);
  expect(appDomains.pesan).toMatch(/AppDomains': Missing child element/);
  const lifetime = periksaTeks("lifetime.xml", sumber.replace('lifetime="long"', 'lifetime="selamanya"'));
  expect(lifetime.sah).toBe(false);
  expect(lifetime.pesan).toMatch(/lifetime.*not an element of the set/);
  const runtimes = sumber.match(/ *<Runtimes>[\s\S]*?<\/Runtimes>\n/)![0];
  const urutan = periksaTeks(
    "urutan.xml",
    sumber.replace(runtimes, "").replace("        </AllFormFactors>\n", `        </AllFormFactors>\n${runtimes}`),
  );
  expect(urutan.sah).toBe(false);
  expect(urutan.pesan).toMatch(/Runtimes': This element is not expected/);
});

test("tanpa xmllint: galat berisi petunjuk pemasangan (tidak dilewati diam-diam)", () => {
  expect(() =>
    periksaManifest([path.join(AKAR, "manifest.xml")], { xmllint: path.join(sementara, "xmllint") }),
  ).toThrow(/apt-get install -y libxml2-utils/);
});
