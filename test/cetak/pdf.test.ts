/**
 * Cetak buku kerja contoh dengan LibreOffice (issue 12): semua berkas diekspor ke PDF dalam SATU panggilan
 * `soffice --headless --convert-to pdf`, lalu PDF dibaca dengan poppler (pdfinfo, pdftotext, pdftoppm):
 * - jumlah halaman tiap buku kerja = angka di README (bagian "Buku kerja contoh");
 * - tidak ada halaman kosong: setiap halaman memuat isi selain kepala/kaki halaman;
 * - setiap tabel satu halaman lebar: setiap halaman lembar berjudul cetak memuat kepala kolom pertama
 *   DAN terakhir (tabel yang terbelah ke kanan mencetak kolom kanannya tanpa kolom pertama);
 * - setiap grafik rencana tampak: judul grafik tercetak lebih sering daripada di sel dan kepala halaman;
 * - dua halaman contoh (LAN tipe I, SKM) dijadikan PNG di test-results/cetak/ dan dibandingkan ukurannya
 *   dengan gambar README (docs/gambar/cetak-*.png, dibuat ulang dengan `npm run gambar:cetak`).
 * Issue 23 (cetak yang dapat dibaca dan ditandatangani):
 * - ukuran huruf: median tinggi kotak kata (`pdftotext -bbox`) di setiap halaman dibagi rasio tinggi/ukuran
 *   yang DIUKUR pada buku kerja kalibrasi (sel 11 pt, skala 100 %) dalam panggilan soffice yang sama (fon
 *   pengganti yang sama): ≥ 8 pt;
 * - tidak ada "###" (kolom terlalu sempit); tidak ada id pembangun di halaman (kepala/kaki);
 * - tidak ada grafik yang jangkarnya menutupi sel terisi (xl/drawings dibanding sel buku kerja);
 * - tabel kedua tidak tercetak di bawah judul cetak tabel pertama: lembar berjudul cetak hanya punya satu tabel.
 * Butuh `soffice` (Debian: libreoffice-calc-nogui) dan poppler-utils; tanpa itu uji GAGAL dengan petunjuk.
 */
import { spawnSync } from "node:child_process";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { rencanaDemo, tulisDemo } from "../../src/cli/demo";
import { rapikan } from "../../src/plans/tata-letak";
import { selBeralamat, type RencanaBukuKerja, type RencanaLembar } from "../../src/plans/rencana";
import { ID_METODE } from "../../src/metode/daftar";
import { awalTabelBerikut } from "../../src/plans/tata-letak";

jest.setTimeout(240_000);

const AKAR = resolve(__dirname, "../..");
const KELUAR = join(AKAR, "test-results", "cetak");
const PETUNJUK = "Pasang dulu: sudo apt-get install -y libreoffice-calc-nogui poppler-utils (lihat .ci/run).";

function jalankan(cmd: string, args: string[], opsi: { timeout?: number } = {}): string {
  const r = spawnSync(cmd, args, { encoding: "utf8", timeout: opsi.timeout ?? 60_000, maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw new Error(`${cmd} tidak dapat dijalankan (${r.error.message}). ${PETUNJUK}`);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} gagal (${r.status}): ${r.stderr}`);
  return r.stdout;
}

const demo = rencanaDemo();
const pdf = new Map<string, { halaman: string[]; huruf: number[] }>();
/** Tinggi kotak kata pdftotext per poin ukuran huruf, diukur pada buku kerja kalibrasi. */
let rasio = 0;

/** Median tinggi kotak kata setiap halaman (poin) dari `pdftotext -bbox`. */
function tinggiKata(berkas: string): number[] {
  const x = jalankan("pdftotext", ["-bbox", berkas, "-"]);
  return x
    .split("<page ")
    .slice(1)
    .map((h) => {
      const t = [...h.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"/g)]
        .map((m) => Number(m[2]) - Number(m[1]))
        .sort((a, b) => a - b);
      return t.length ? t[Math.floor(t.length / 2)] : 0;
    });
}

/** Buku kerja kalibrasi: 40 sel teks dan angka 11 pt (fon bawaan), skala 100 %, satu halaman. */
async function tulisKalibrasi(berkas: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Kalibrasi");
  for (let i = 1; i <= 20; i++) {
    ws.getCell(i, 1).value = `Kalibrasi huruf ${i}`;
    ws.getCell(i, 2).value = 1234.56 * i;
  }
  ws.pageSetup = { ...ws.pageSetup, paperSize: 9, orientation: "portrait", scale: 100, fitToPage: false };
  await wb.xlsx.writeFile(berkas);
}

beforeAll(async () => {
  for (const alat of ["soffice", "pdfinfo", "pdftotext", "pdftoppm"]) {
    const r = spawnSync(alat, ["-v"], { encoding: "utf8", timeout: 60_000 });
    if (r.error) throw new Error(`${alat} tidak ditemukan. ${PETUNJUK}`);
  }
  rmSync(KELUAR, { recursive: true, force: true });
  mkdirSync(KELUAR, { recursive: true });
  const berkas = await tulisDemo(join(KELUAR, "xlsx"));
  const kalibrasi = join(KELUAR, "xlsx", "kalibrasi-huruf.xlsx");
  await tulisKalibrasi(kalibrasi);
  // profil LibreOffice sendiri: tidak bentrok dengan soffice lain yang sedang berjalan
  jalankan(
    "soffice",
    [
      `-env:UserInstallation=file://${join(KELUAR, "profil")}`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      KELUAR,
      kalibrasi,
      ...berkas,
    ],
    { timeout: 220_000 },
  );
  rasio = tinggiKata(join(KELUAR, "kalibrasi-huruf.pdf"))[0] / 11;
  for (const d of demo) {
    const p = join(KELUAR, d.berkas.replace(/\.xlsx$/, ".pdf"));
    if (!existsSync(p)) throw new Error(`${p} tidak dibuat soffice`);
    const halaman = jalankan("pdftotext", ["-layout", p, "-"]).split("\f");
    if (halaman[halaman.length - 1].trim() === "") halaman.pop();
    pdf.set(d.berkas, { halaman, huruf: tinggiKata(p).map((t) => t / rasio) });
  }
});

/** Jumlah halaman tiap buku kerja menurut README ("`nama.xlsx` … N halaman"). */
function halamanReadme(): Map<string, number> {
  const teks = readFileSync(join(AKAR, "README.md"), "utf8");
  const m = new Map<string, number>();
  for (const x of teks.matchAll(/^\| `([\w-]+\.xlsx)` \|[^\n]*\|\s*(\d+) halaman \|$/gm)) m.set(x[1], Number(x[2]));
  return m;
}

/** Lembar halaman ini: nama lembar terpanjang yang tertulis di baris kaki ("… Halaman i dari n"). */
function lembarHalaman(h: string, r: RencanaBukuKerja): string | null {
  const kaki =
    h
      .split("\n")
      .filter((b) => /Halaman \d+ dari \d+/.test(b))
      .pop() ?? "";
  let hasil: string | null = null;
  for (const l of r.lembar)
    if (kaki.trim().startsWith(l.nama) && (hasil === null || l.nama.length > hasil.length)) hasil = l.nama;
  return hasil;
}

const kataTerpanjang = (t: string): string => t.split(/\s+/).reduce((a, b) => (b.length > a.length ? b : a), "");

/** Teks kepala kolom pertama dan terakhir yang tampak pada baris judul cetak. */
function kepalaUjung(l: RencanaLembar): [string, string] | null {
  const j = l.cetak?.judulBaris?.match(/^(\d+):(\d+)$/);
  if (!j) return null;
  const bantu = new Set(l.kolomBantu?.kolom ?? []);
  const baris = new Map<number, { kolom: number; teks: string }[]>();
  for (const { baris: b, kolom, alamat, sel } of selBeralamat(l)) {
    if (b + 1 < Number(j[1]) || b + 1 > Number(j[2]) || typeof sel.nilai !== "string" || !sel.nilai.trim()) continue;
    if (bantu.has(alamat.replace(/\d+$/, ""))) continue;
    baris.set(b, [...(baris.get(b) ?? []), { kolom, teks: sel.nilai }]);
  }
  let terlebar: { kolom: number; teks: string }[] = [];
  for (const isi of baris.values()) if (isi.length > terlebar.length) terlebar = isi;
  if (terlebar.length < 2) return null;
  terlebar.sort((a, b) => a.kolom - b.kolom);
  return [kataTerpanjang(terlebar[0].teks), kataTerpanjang(terlebar[terlebar.length - 1].teks)];
}

const banyak = (teks: string, cari: string): number => teks.split(cari).length - 1;

describe.each(demo.map((d) => d.berkas))("%s dicetak LibreOffice", (nama) => {
  const rencana = rapikan(demo.find((d) => d.berkas === nama)!.rencana);

  test("jumlah halaman sama dengan README", () => {
    const n = pdf.get(nama)!.halaman.length;
    expect({ nama, halaman: halamanReadme().get(nama) }).toEqual({ nama, halaman: n });
  });

  test("tidak ada halaman kosong; setiap halaman bernomor dan milik satu lembar rencana", () => {
    const h = pdf.get(nama)!.halaman;
    const dicetak = new Set<string>();
    h.forEach((teks, i) => {
      expect(teks).toContain(`Halaman ${i + 1} dari ${h.length}`);
      const l = lembarHalaman(teks, rencana);
      expect(l).not.toBeNull();
      dicetak.add(l as string);
      const baris = teks.split("\n").filter((b) => b.trim());
      // tanpa baris kepala halaman (pertama) dan kaki (terakhir) masih ada isi
      const isi = baris.slice(1, -1).join("").replace(/\s/g, "");
      expect({ halaman: i + 1, lembar: l, isi: isi.length > 20 }).toEqual({ halaman: i + 1, lembar: l, isi: true });
    });
    expect([...dicetak].sort()).toEqual(rencana.lembar.map((l) => l.nama).sort());
  });

  test("setiap tabel satu halaman lebar (kepala kolom pertama dan terakhir di setiap halamannya), atau pita kolom dengan kolom kunci", () => {
    const h = pdf.get(nama)!.halaman;
    let diperiksa = 0;
    for (const l of rencana.lembar) {
      const ujung = kepalaUjung(l);
      const milik = h.filter((t) => lembarHalaman(t, rencana) === l.nama);
      expect(milik.length).toBeGreaterThan(0);
      if (!ujung) {
        // tanpa judul cetak: lembar pendek satu tabel yang harus muat di satu halaman (lembar dengan beberapa
        // tabel tidak memakai judul cetak dan boleh lebih dari satu halaman: setiap tabel membawa kepalanya)
        if (awalTabelBerikut(l).length === 0)
          expect({ lembar: l.nama, halaman: milik.length }).toEqual({ lembar: l.nama, halaman: 1 });
        continue;
      }
      for (const t of milik) {
        diperiksa++;
        // pita kolom: kolom kunci (kepala pertama) diulang di setiap halaman bila lembar punya judul kolom (kolom
        // kunci yang lebih lebar dari separuh halaman tidak diulang), kepala terakhir hanya di pita terakhir
        const pertama = l.cetak?.satuHalamanLebar || l.cetak?.judulKolom ? t.includes(ujung[0]) : true;
        const terakhir = l.cetak?.satuHalamanLebar ? t.includes(ujung[1]) : true;
        expect({ lembar: l.nama, pertama, terakhir }).toEqual({ lembar: l.nama, pertama: true, terakhir: true });
      }
    }
    // lembar dengan beberapa tabel tidak berjudul cetak; yang berjudul cetak diperiksa di setiap halamannya
    expect(diperiksa > 0).toBe(rencana.lembar.some((l) => kepalaUjung(l) !== null));
  });

  test("huruf di kertas ≥ 8 pt (median setiap halaman), tanpa ###, tanpa id pembangun", () => {
    const { halaman, huruf } = pdf.get(nama)!;
    expect(rasio).toBeGreaterThan(1);
    expect(huruf).toHaveLength(halaman.length);
    const kecil = huruf.map((u, i) => ({ halaman: i + 1, pt: Math.round(u * 10) / 10 })).filter((x) => x.pt < 8);
    expect({ nama, kecil }).toEqual({ nama, kecil: [] });
    expect(halaman.filter((t) => t.includes("###")).length).toBe(0);
    // id yang juga kata biasa (layanan, sendi, pegawai, kepekaan) tidak dapat dibedakan dari teks
    const id = ID_METODE.filter((x) => /[A-Z0-9]/.test(x) || ["bsc", "skm", "servqual", "pekppp"].includes(x));
    // kepala (baris pertama) dan kaki (baris terakhir) halaman
    const kepalaKaki = (t: string) => {
      const b = t.split("\n").filter((x) => x.trim());
      return `${b[0] ?? ""}\n${b[b.length - 1] ?? ""}`;
    };
    const ada = halaman
      .map((t, i) => ({ halaman: i + 1, id: kepalaKaki(t).match(new RegExp(`\\b(${id.join("|")})\\b`))?.[1] }))
      .filter((x) => x.id);
    expect(ada).toEqual([]);
  });

  test("grafik tidak menutupi sel terisi; judul cetak hanya di lembar satu tabel", async () => {
    const berkas = join(KELUAR, "xlsx", nama);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(berkas);
    const zip = await JSZip.loadAsync(readFileSync(berkas));
    const relWb = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    const xmlWb = await zip.file("xl/workbook.xml")!.async("string");
    for (const m of xmlWb.matchAll(/<sheet\b[^>]*\bname="([^"]+)"[^>]*\br:id="([^"]+)"/g)) {
      const target =
        relWb.match(new RegExp(`Id="${m[2]}"[^>]*Target="([^"]+)"`))?.[1] ??
        relWb.match(new RegExp(`Target="([^"]+)"[^>]*Id="${m[2]}"`))?.[1];
      const lembar = `xl/${(target ?? "").replace(/^\/?xl\//, "")}`;
      const rel = await zip.file(lembar.replace(/([^/]+)$/, "_rels/$1.rels"))?.async("string");
      const gambar = rel?.match(/Target="\.\.\/drawings\/(drawing\d+\.xml)"/)?.[1];
      if (!gambar) continue;
      const ws = wb.getWorksheet(m[1].replace(/&amp;/g, "&"))!;
      const d = await zip.file(`xl/drawings/${gambar}`)!.async("string");
      const jangkar =
        /<xdr:from><xdr:col>(\d+)<\/xdr:col><xdr:colOff>\d+<\/xdr:colOff><xdr:row>(\d+)<\/xdr:row>.*?<xdr:to><xdr:col>(\d+)<\/xdr:col><xdr:colOff>(\d+)<\/xdr:colOff><xdr:row>(\d+)<\/xdr:row><xdr:rowOff>(\d+)<\/xdr:rowOff>/gs;
      for (const a of d.matchAll(jangkar)) {
        // "to" menunjuk sel tempat tepi kanan-bawah grafik jatuh; dengan geser 0 sel itu tidak tertutup
        const [k1, b1] = [Number(a[1]), Number(a[2])];
        const k2 = Number(a[3]) - (Number(a[4]) === 0 ? 1 : 0);
        const b2 = Number(a[5]) - (Number(a[6]) === 0 ? 1 : 0);
        const tertutup: string[] = [];
        for (let b = b1; b <= b2; b++)
          for (let k = k1; k <= k2; k++) {
            const v = ws.getCell(b + 1, k + 1).value;
            if (v !== null && v !== undefined && v !== "") tertutup.push(ws.getCell(b + 1, k + 1).address);
          }
        expect({ lembar: ws.name, tertutup }).toEqual({ lembar: ws.name, tertutup: [] });
      }
    }
    for (const l of rencana.lembar) {
      const ws = wb.getWorksheet(l.nama)!;
      if (ws.pageSetup.printTitlesRow)
        expect({ lembar: l.nama, tabelBerikut: awalTabelBerikut(l) }).toEqual({ lembar: l.nama, tabelBerikut: [] });
    }
  });

  test("grafik rencana tampak di PDF", () => {
    const h = pdf.get(nama)!.halaman;
    for (const l of rencana.lembar) {
      for (const g of l.grafik ?? []) {
        const teks = h.filter((t) => lembarHalaman(t, rencana) === l.nama).join("\n");
        let diSel = 0;
        for (const { sel } of selBeralamat(l)) if (typeof sel.nilai === "string") diSel += banyak(sel.nilai, g.judul);
        const kepala = `${l.cetak?.kepala.kiri} ${l.cetak?.kepala.tengah} ${l.cetak?.kepala.kanan}`.replace(/&&/g, "&");
        const halaman = h.filter((t) => lembarHalaman(t, rencana) === l.nama).length;
        expect({ grafik: g.judul, tercetak: banyak(teks, g.judul) }).toEqual({
          grafik: g.judul,
          tercetak: diSel + halaman * banyak(kepala, g.judul) + 1,
        });
      }
    }
  });
});

/** Lebar dan tinggi PNG dari kepala IHDR. */
function ukuranPng(berkas: string): { lebar: number; tinggi: number } {
  const b = readFileSync(berkas);
  expect(b.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { lebar: b.readUInt32BE(16), tinggi: b.readUInt32BE(20) };
}

test.each([
  ["lan-tipe-I", 1],
  ["skm-contoh", 1],
])("halaman %s %i menjadi PNG seukuran gambar README", (nama, hal) => {
  const awalan = join(KELUAR, `cetak-${nama}`);
  jalankan("pdftoppm", [
    "-png",
    "-r",
    "60",
    "-f",
    String(hal),
    "-l",
    String(hal),
    "-singlefile",
    join(KELUAR, `${nama}.pdf`),
    awalan,
  ]);
  const dibuat = ukuranPng(`${awalan}.png`);
  // A4 (210 × 297 mm) pada 60 dpi: ±497 × 702 titik, tegak atau mendatar
  const [pendek, panjang] = [dibuat.lebar, dibuat.tinggi].sort((a, b) => a - b);
  expect(Math.abs(pendek - (210 / 25.4) * 60)).toBeLessThan(1.5);
  expect(Math.abs(panjang - (297 / 25.4) * 60)).toBeLessThan(1.5);
  const readme = join(AKAR, "docs", "gambar", `cetak-${nama}.png`);
  expect(existsSync(readme)).toBe(true);
  expect(ukuranPng(readme)).toEqual(dibuat);
  expect(readFileSync(join(AKAR, "README.md"), "utf8")).toContain(`docs/gambar/cetak-${nama}.png`);
});
