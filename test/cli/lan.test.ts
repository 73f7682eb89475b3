/**
 * Baris perintah `kinerja lan bobot` dan `kinerja reproduksi`: angka harapan dari Lampiran 5–7 tercetak.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../bantu/cli";
import { bacaCsvFixture, samaPadaPresisi } from "../fixtures/baca";

const dir = mkdtempSync(join(tmpdir(), "kinerja-"));
function berkas(nama: string, isi: string | Buffer): string {
  const p = join(dir, nama);
  writeFileSync(p, isi);
  return p;
}

const lampiran = bacaCsvFixture("lan-1998/lampiran-5-7-total-variabel.csv");

describe("kinerja lan bobot", () => {
  test.each(["I", "II", "III"])(
    "Lampiran tipe %s: proporsi dan bobot JSON sama dengan cetakan pada presisinya",
    async (tipe) => {
      const baris = lampiran.filter((r) => r.tipe === tipe);
      const p = berkas(
        `lamp-${tipe}.csv`,
        "no,total\n" + baris.map((r) => `${r.variabel_no},${r.total_variabel}`).join("\n") + "\n",
      );
      const { kode, out, err } = await cli("lan", "bobot", "--input", p, "--json");
      expect(err).toBe("");
      expect(kode).toBe(0);
      const j = JSON.parse(out);
      expect(j.skorIdeal).toBe(20000);
      expect(j.variabel).toHaveLength(17);
      j.variabel.forEach((v: { no: number; total: number; proporsi: number; bobot: number }, i: number) => {
        expect(v.no).toBe(Number(baris[i].variabel_no));
        expect(v.total).toBe(Number(baris[i].total_variabel));
        expect([
          v.no,
          samaPadaPresisi(v.proporsi, baris[i].proporsi_variabel),
          samaPadaPresisi(v.bobot, baris[i].bobot_variabel),
        ]).toEqual([v.no, true, true]);
      });
    },
  );

  test("--skor-ideal 20470 dan kolom nama; CSV bertitik koma dengan koma desimal (ekspor Excel Indonesia)", async () => {
    const p = berkas("titikkoma.csv", "no;nama;total\n1;Kesederhanaan;631,99\n2;Kecepatan;280,53\n");
    const { kode, out } = await cli("lan", "bobot", "-i", p, "--skor-ideal", "20470", "--json");
    expect(kode).toBe(0);
    const j = JSON.parse(out);
    // tangan: 631,99 / (631,99 + 280,53) × 20.470
    expect(j.variabel[0].bobot).toBeCloseTo((631.99 / 912.52) * 20470, 9);
    expect(j.variabel[0].nama).toBe("Kesederhanaan");
  });

  test("keluaran teks berisi tabel dan baris Total", async () => {
    const p = berkas("teks.csv", "no,total\n1,1\n2,3\n");
    const { kode, out } = await cli("lan", "bobot", "-i", p);
    expect(kode).toBe(0);
    expect(out).toMatch(/0\.250000000\s+5000\.0000000/);
    expect(out).toMatch(/Total/);
  });

  const buruk: [string, string | Buffer, RegExp][] = [
    ["kosong.csv", "", /kosong/],
    ["hanya-judul.csv", "no,total\n", /tidak ada baris data/],
    ["teks.csv", "no,total\n1,10\n2,abc\n", /baris 3, kolom total: "abc" bukan angka/],
    ["negatif.csv", "no,total\n1,10\n2,-5\n", /baris 3, kolom total: -5 negatif/],
    ["nol.csv", "no,total\n1,0\n2,0\n", /jumlah seluruh total nol/],
    ["ganda.csv", "no,total\n1,10\n1,5\n", /baris 3, kolom no: nomor 1 sudah dipakai di baris 2/],
    ["tanpa-kolom.csv", "nomor,jumlah\n1,10\n", /kolom "no" tidak ada/],
    ["biner.csv", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), /bukan berkas teks/],
  ];
  test.each(buruk)("masukan buruk %s → satu baris pesan, kode 2, tanpa keluaran", async (nama, isi, pola) => {
    const { kode, out, err } = await cli("lan", "bobot", "-i", berkas(nama, isi), "--json");
    expect(kode).toBe(2);
    expect(out).toBe("");
    expect(err).toMatch(pola);
    expect(err.trim().split("\n")).toHaveLength(1);
  });
  test("berkas tidak ada → kode 2", async () => {
    const { kode, err } = await cli("lan", "bobot", "-i", join(dir, "tidak-ada.csv"));
    expect(kode).toBe(2);
    expect(err).toMatch(/tidak ditemukan/);
  });
});

describe("kinerja reproduksi", () => {
  test("--json berbentuk {dibandingkan, selisih: [{tabel, baris, tercetak, dihitung, beda, pembulatan}]}", async () => {
    const { kode, out } = await cli("reproduksi", "--json");
    expect(kode).toBe(0);
    const j = JSON.parse(out);
    expect(typeof j.dibandingkan).toBe("number");
    expect(j.selisih.length).toBeGreaterThan(0);
    for (const s of j.selisih) {
      expect([
        "4.4",
        "4.5",
        "4.6",
        "4.7",
        "4.8",
        "4.9",
        "4.10",
        "4.11",
        "4.12",
        "4.13",
        "4.14",
        "Lampiran 5",
        "Lampiran 6",
        "Lampiran 7",
      ]).toContain(s.tabel);
      expect(typeof s.tercetak).toBe("string");
      expect(typeof s.dihitung).toBe("number");
      // beda null hanya bila naskah tidak mencetak angka (peringkat kosong Tabel 4.4)
      if (s.tercetak === "") expect(s.beda).toBeNull();
      else expect(typeof s.beda).toBe("number");
      expect(typeof s.pembulatan).toBe("boolean");
    }
    expect(j.selisih).toContainEqual(
      expect.objectContaining({ tabel: "4.8", baris: 1, tercetak: "2081.855578", pembulatan: false }),
    );
  });
});

describe("program terpasang dist/cli/kinerja.js (setelah npm run build)", () => {
  const bin = join(__dirname, "..", "..", "dist", "cli", "kinerja.js");
  test("berkas rusak: kode keluar 2, pesan satu baris, tanpa jejak tumpukan", () => {
    expect(existsSync(bin)).toBe(true); // jalankan `npm run build` dulu (npm test melakukannya)
    const r = spawnSync(process.execPath, [bin, "lan", "bobot", "--input", berkas("rusak.csv", 'no,total\n1,"10\n')], {
      encoding: "utf8",
    });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });
  test("--help dalam Bahasa Indonesia", () => {
    const r = spawnSync(process.execPath, [bin, "lan", "bobot", "--help"], { encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Pemakaian:/);
    expect(r.stdout).toMatch(/Opsi:/);
  });
});
