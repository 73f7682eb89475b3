/**
 * Halaman Publikasi dan lembar Tindak Lanjut buku kerja demo siklus SKM dicetak LibreOffice ke PDF:
 * Publikasi = tepat satu halaman A4 potret berisi angka unit periode terakhir; Kuadran memuat tabel periode
 * terakhir dan grafik sebarnya. Dengan GAMBAR=1 halaman itu (dan halaman Tindak Lanjut dan Kuadran) disimpan
 * sebagai PNG untuk README (docs/gambar/skm-*.png); tanpa GAMBAR=1
 * tidak ada berkas di pohon kerja yang berubah.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { rencanaDemoSkmSiklus } from "../../src/cli/demo";
import { tulisXlsx } from "../../src/hosts/xlsx/berkas";

const PASANG = "perlu LibreOffice dan poppler: apt-get install -y libreoffice-calc-nogui poppler-utils";

function ada(perintah: string, arg: string): boolean {
  return !spawnSync(perintah, [arg], { encoding: "utf8" }).error;
}

jest.setTimeout(240_000);

test("Publikasi: satu halaman A4 potret dengan nilai unit; Tindak Lanjut dan Kuadran tercetak", async () => {
  if (!ada("soffice", "--version") || !ada("pdftotext", "-v")) throw new Error(PASANG);
  const dir = mkdtempSync(join(tmpdir(), "skm-gambar-"));
  try {
    const xlsx = join(dir, "skm-siklus.xlsx");
    await tulisXlsx(rencanaDemoSkmSiklus(), xlsx);
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=file://${join(dir, "profil")}`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        dir,
        xlsx,
      ],
      { stdio: "ignore", timeout: 200_000 },
    );
    const pdf = join(dir, "skm-siklus.pdf");
    const info = execFileSync("pdfinfo", ["-f", "1", "-l", "1", pdf], { encoding: "utf8" });
    expect(info).toMatch(/Page\s+1 size:\s+595\.\d+ x 841\.\d+ pts/); // A4 potret
    const halaman = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8", maxBuffer: 1 << 26 }).split(
      "\f",
    );
    // halaman 1 = Publikasi (lembar pertama), seluruhnya: dari judul sampai baris tindak lanjut
    expect(halaman[0]).toContain("HASIL SURVEI KEPUASAN MASYARAKAT");
    expect(halaman[0]).toMatch(/Nilai SKM unit\s+82\.68\s+B\s+Baik/); // 2026-S1 unit: lihat uji --json (25 × Σ NRR / 9)
    expect(halaman[0]).toMatch(/Tindak lanjut/);
    expect(halaman[1]).not.toContain("Tindak lanjut");
    const tl = halaman.findIndex((h) => h.includes("Rencana tindak lanjut hasil SKM"));
    expect(tl).toBeGreaterThan(0);
    expect(halaman[tl]).toMatch(/2025-S2\s+1\s+U\d/);
    expect(halaman[tl]).toContain("Aturan: tiga unsur dengan NRR unit terendah");
    // Kuadran: tabel periode terakhir dengan kuadran U3 (waktu: penting, kinerja rendah) dan grafik sebar
    const kq = halaman.findIndex((h) => h.includes("Kuadran kepentingan–kinerja per unsur"));
    expect(kq).toBeGreaterThan(tl);
    expect(halaman[kq]).toMatch(/2026-S1\s+U3\s+Waktu Penyelesaian\s+3\.207\s+\d\.\d{3}\s+I\s+Prioritas utama/);
    expect(halaman[kq]).toContain("Kuadran: kinerja (NRR) terhadap kepentingan");
    if (process.env.GAMBAR === "1") {
      const gambar = join(__dirname, "..", "..", "docs", "gambar");
      execFileSync("pdftoppm", ["-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", pdf, join(dir, "pub")]);
      execFileSync("pdftoppm", [
        "-png",
        "-r",
        "80",
        "-f",
        String(tl + 1),
        "-l",
        String(tl + 1),
        "-singlefile",
        pdf,
        join(dir, "tl"),
      ]);
      execFileSync("pdftoppm", [
        "-png",
        "-r",
        "80",
        "-f",
        String(kq + 1),
        "-l",
        String(kq + 1),
        "-singlefile",
        pdf,
        join(dir, "kq"),
      ]);
      copyFileSync(join(dir, "pub.png"), join(gambar, "skm-publikasi.png"));
      copyFileSync(join(dir, "tl.png"), join(gambar, "skm-tindak-lanjut.png"));
      copyFileSync(join(dir, "kq.png"), join(gambar, "skm-kuadran.png"));
      expect(readFileSync(join(gambar, "skm-publikasi.png")).subarray(1, 4).toString()).toBe("PNG");
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
