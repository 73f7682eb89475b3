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
 * Butuh `soffice` (Debian: libreoffice-calc-nogui) dan poppler-utils; tanpa itu uji GAGAL dengan petunjuk.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { rencanaDemo, tulisDemo } from "../src/cli/demo";
import { rapikan } from "../src/plans/tata-letak";
import { selBeralamat, type RencanaBukuKerja, type RencanaLembar } from "../src/plans/rencana";

jest.setTimeout(240_000);

const AKAR = resolve(__dirname, "..");
const KELUAR = join(AKAR, "test-results", "cetak");
const PETUNJUK = "Pasang dulu: sudo apt-get install -y libreoffice-calc-nogui poppler-utils (lihat .ci/run).";

function jalankan(cmd: string, args: string[], opsi: { timeout?: number } = {}): string {
  const r = spawnSync(cmd, args, { encoding: "utf8", timeout: opsi.timeout ?? 60_000, maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw new Error(`${cmd} tidak dapat dijalankan (${r.error.message}). ${PETUNJUK}`);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} gagal (${r.status}): ${r.stderr}`);
  return r.stdout;
}

const demo = rencanaDemo();
const pdf = new Map<string, { halaman: string[] }>();

beforeAll(async () => {
  for (const alat of ["soffice", "pdfinfo", "pdftotext", "pdftoppm"]) {
    const r = spawnSync(alat, ["-v"], { encoding: "utf8", timeout: 60_000 });
    if (r.error) throw new Error(`${alat} tidak ditemukan. ${PETUNJUK}`);
  }
  rmSync(KELUAR, { recursive: true, force: true });
  mkdirSync(KELUAR, { recursive: true });
  const berkas = await tulisDemo(join(KELUAR, "xlsx"));
  // profil LibreOffice sendiri: tidak bentrok dengan soffice lain yang sedang berjalan
  jalankan("soffice", [`-env:UserInstallation=file://${join(KELUAR, "profil")}`, "--headless", "--convert-to", "pdf", "--outdir", KELUAR, ...berkas], { timeout: 220_000 });
  for (const d of demo) {
    const p = join(KELUAR, d.berkas.replace(/\.xlsx$/, ".pdf"));
    if (!existsSync(p)) throw new Error(`${p} tidak dibuat soffice`);
    const halaman = jalankan("pdftotext", ["-layout", p, "-"]).split("\f");
    if (halaman[halaman.length - 1].trim() === "") halaman.pop();
    pdf.set(d.berkas, { halaman });
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
  const kaki = h.split("\n").filter((b) => /Halaman \d+ dari \d+/.test(b)).pop() ?? "";
  let hasil: string | null = null;
  for (const l of r.lembar) if (kaki.trim().startsWith(l.nama) && (hasil === null || l.nama.length > hasil.length)) hasil = l.nama;
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
      expect(isi.length).toBeGreaterThan(20);
    });
    expect([...dicetak].sort()).toEqual(rencana.lembar.map((l) => l.nama).sort());
  });

  test("setiap tabel satu halaman lebar (kepala kolom pertama dan terakhir di setiap halamannya)", () => {
    const h = pdf.get(nama)!.halaman;
    let diperiksa = 0;
    for (const l of rencana.lembar) {
      const ujung = kepalaUjung(l);
      const milik = h.filter((t) => lembarHalaman(t, rencana) === l.nama);
      expect(milik.length).toBeGreaterThan(0);
      if (!ujung) {
        // tanpa judul cetak: lembar pendek yang harus muat di satu halaman
        expect({ lembar: l.nama, halaman: milik.length }).toEqual({ lembar: l.nama, halaman: 1 });
        continue;
      }
      for (const t of milik) {
        diperiksa++;
        expect({ lembar: l.nama, pertama: t.includes(ujung[0]), terakhir: t.includes(ujung[1]) }).toEqual({ lembar: l.nama, pertama: true, terakhir: true });
      }
    }
    expect(diperiksa).toBeGreaterThan(0);
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
        expect({ grafik: g.judul, tercetak: banyak(teks, g.judul) }).toEqual({ grafik: g.judul, tercetak: diSel + halaman * banyak(kepala, g.judul) + 1 });
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
  jalankan("pdftoppm", ["-png", "-r", "60", "-f", String(hal), "-l", String(hal), "-singlefile", join(KELUAR, `${nama}.pdf`), awalan]);
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
