/**
 * manifest.xml: manifest add-in saja untuk Excel dengan runtime bersama, fungsi kustom tanpa namespace,
 * izin paling kecil, teks id-ID dan en-US, dan setiap berkas yang dirujuk benar-benar dibuat build.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseStringPromise } from "xml2js";

const AKAR = join(__dirname, "../..");
const teks = readFileSync(join(AKAR, "manifest.xml"), "utf8");
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- pohon xml2js tidak bertipe
let m: any;
beforeAll(async () => {
  m = (await parseStringPromise(teks)).OfficeApp;
});

test("TaskPaneApp untuk Workbook, lokal bawaan id-ID, izin ReadWriteDocument (tidak lebih)", () => {
  expect(m.$["xsi:type"]).toBe("TaskPaneApp");
  expect(m.DefaultLocale[0]).toBe("id-ID");
  expect(m.Permissions[0]).toBe("ReadWriteDocument");
  expect(m.Hosts[0].Host.map((h: { $: { Name: string } }) => h.$.Name)).toEqual(["Workbook"]);
  expect(m.Id[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
});

test("nama dan deskripsi punya terjemahan en-US", () => {
  expect(m.DisplayName[0].Override[0].$.Locale).toBe("en-US");
  expect(m.Description[0].Override[0].$.Locale).toBe("en-US");
});

test("runtime bersama: task pane, fungsi kustom dan perintah memakai satu halaman berumur panjang", () => {
  expect(m.Requirements[0].Sets[0].Set.map((s: { $: { Name: string } }) => s.$.Name)).toContain("SharedRuntime");
  const host = m.VersionOverrides[0].Hosts[0].Host[0];
  const runtime = host.Runtimes[0].Runtime[0].$;
  expect(runtime.lifetime).toBe("long");
  const cf = host.AllFormFactors[0].ExtensionPoint.find(
    (e: { $: Record<string, string> }) => e.$["xsi:type"] === "CustomFunctions",
  );
  expect(cf.Page[0].SourceLocation[0].$.resid).toBe(runtime.resid);
  expect(host.DesktopFormFactor[0].FunctionFile[0].$.resid).toBe(runtime.resid);
  // tanpa <Namespace>: pengguna mengetik =LAN.BOBOT(...) persis (README, docs/riset/custom-functions-nama.md)
  expect(cf.Namespace).toBeUndefined();
  expect(teks).not.toMatch(/Functions\.Namespace/);
});

test("setiap URL yang dirujuk adalah berkas build (dist/web) atau ikon di assets/", () => {
  const res = m.VersionOverrides[0].Resources[0];
  const url = [...res["bt:Urls"][0]["bt:Url"], ...res["bt:Images"][0]["bt:Image"]].flatMap(
    (u: { $: { DefaultValue: string }; "bt:Override"?: { $: { Value: string } }[] }) => [
      u.$.DefaultValue,
      ...(u["bt:Override"] ?? []).map((o) => o.$.Value),
    ],
  );
  url.push(
    m.IconUrl[0].$.DefaultValue,
    m.HighResolutionIconUrl[0].$.DefaultValue,
    m.DefaultSettings[0].SourceLocation[0].$.DefaultValue,
  );
  for (const u of url) {
    expect(u).toMatch(/^https:\/\/localhost:3000\//);
    const berkas = u.replace("https://localhost:3000/", "");
    if (berkas.startsWith("assets/"))
      expect({ berkas, ada: existsSync(join(AKAR, berkas)) }).toEqual({ berkas, ada: true });
    else expect({ berkas, ada: existsSync(join(AKAR, "dist", "web", berkas)) }).toEqual({ berkas, ada: true }); // npm test membangun dulu
  }
  expect(url).toEqual(
    expect.arrayContaining([
      "https://localhost:3000/functions.json",
      "https://localhost:3000/functions.en-US.json",
      "https://localhost:3000/functions.js",
    ]),
  );
});

test("dukungan: SupportUrl dan LearnMoreUrl menunjuk halaman bantuan (bukan task pane); tanpa AppDomains; satu TaskpaneId", () => {
  expect(m.SupportUrl[0].$.DefaultValue).toBe("https://localhost:3000/bantuan.html");
  const url = m.VersionOverrides[0].Resources[0]["bt:Urls"][0]["bt:Url"].find(
    (u: { $: { id: string } }) => u.$.id === "GetStarted.LearnMoreUrl",
  );
  expect(url.$.DefaultValue).toBe("https://localhost:3000/bantuan.html");
  // XSD Microsoft: AppDomains tidak boleh kosong; add-in ini tidak memuat halaman dari domain lain
  expect(m.AppDomains).toBeUndefined();
  // runtime bersama hanya mendukung satu task pane; task pane tanpa TaskpaneId dianggap task pane lain (Microsoft)
  expect([...teks.matchAll(/<TaskpaneId>([^<]+)<\/TaskpaneId>/g)].map((x) => x[1])).toEqual(["ButtonId1"]);
  expect(existsSync(join(AKAR, "src/bantuan/bantuan.html"))).toBe(true);
});
