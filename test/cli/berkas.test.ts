/**
 * Issue 10 (bagian baris perintah): berkas keluaran ditulis utuh atau tidak sama sekali (berkas sementara
 * di folder yang sama lalu rename), `demo` menulis semua atau tidak satu pun, berkas yang ada hanya diganti
 * dengan --timpa, proses yang dibunuh di tengah penulisan meninggalkan berkas lama utuh; judul kembar
 * ditolak; periksa pada ZIP kosong kode 2; hasil tidak hingga kode 2; 150.000 baris tanpa luapan tumpukan.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { GalatCli, galatSistem } from "../../src/cli/galat";
import { tulisSemuaAtomik } from "../../src/cli/berkas";
import { rencanaDemo } from "../../src/cli/demo";
import { bacaXlsx } from "../../src/hosts/xlsx/xlsx";

const BIN = join(__dirname, "..", "..", "dist", "cli", "kinerja.js");
const dir = mkdtempSync(join(tmpdir(), "kinerja-berkas-"));

function kinerja(...argv: string[]): { kode: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [BIN, ...argv], { cwd: dir, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  return { kode: r.status, out: r.stdout, err: r.stderr };
}
function berkas(nama: string, isi: string | Buffer): string {
  const p = join(dir, nama);
  writeFileSync(p, isi);
  return p;
}
const sementara = (folder: string) => readdirSync(folder).filter((f) => f.endsWith(".tmp"));

beforeAll(() => {
  if (!existsSync(BIN))
    throw new Error("dist/cli/kinerja.js tidak ada: jalankan `npm run build:node` (npm test membangun dulu)");
});

function csvLan(unit: number): string {
  const nama = Array.from({ length: unit }, (_, k) => `Unit ${k + 1}`);
  const baris = Array.from({ length: 89 }, (_, i) => `${i + 1},${nama.map((_, k) => 1 + ((i + k) % 10)).join(",")}`);
  return `indikator,${nama.join(",")}\n${baris.join("\n")}\n`;
}

describe("--xlsx: berkas yang ada hanya diganti dengan --timpa, dan pesannya berkata begitu", () => {
  test("tanpa --timpa: kode 2, berkas lama tidak berubah, pesan menyebut --timpa; dengan --timpa: diganti", async () => {
    const csv = berkas("lan.csv", csvLan(2));
    const xlsx = berkas("lama.xlsx", "isi lama yang berharga");
    const r = kinerja("lan", "hitung", "-i", csv, "--xlsx", xlsx);
    expect(r.kode).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toMatch(/lama\.xlsx: sudah ada; tidak ditimpa \(pakai --timpa untuk menggantinya\)/);
    expect(readFileSync(xlsx, "utf8")).toBe("isi lama yang berharga");
    const t = kinerja("lan", "hitung", "-i", csv, "--xlsx", xlsx, "--timpa");
    expect(t.kode).toBe(0);
    expect(t.out).toMatch(/Buku kerja diganti \(berkas lama ditimpa karena --timpa\): .*lama\.xlsx/);
    expect(Object.keys((await bacaXlsx(xlsx)).lembar)).toContain("LAN-I Bobot");
    expect(sementara(dir)).toEqual([]);
  });
});

describe("demo: semua buku kerja atau tidak satu pun", () => {
  test("satu buku kerja contoh sudah ada: tanpa --timpa tidak ada yang ditulis", () => {
    const folder = join(dir, "demo-sebagian");
    mkdirSync(folder);
    writeFileSync(join(folder, "skm-contoh.xlsx"), "punya pengguna");
    const r = kinerja("demo", "--keluar", folder);
    expect(r.kode).toBe(2);
    expect(r.err).toMatch(
      /skm-contoh\.xlsx: sudah ada; tidak ditimpa \(pakai --timpa untuk menggantinya\); tidak ada berkas yang ditulis/,
    );
    expect(readdirSync(folder)).toEqual(["skm-contoh.xlsx"]);
    expect(readFileSync(join(folder, "skm-contoh.xlsx"), "utf8")).toBe("punya pengguna");
  });
  test("dengan --timpa: semua ditulis; pesan menyebut mana yang diganti", () => {
    const folder = join(dir, "demo-timpa");
    mkdirSync(folder);
    writeFileSync(join(folder, "skm-contoh.xlsx"), "lama");
    const r = kinerja("demo", "--keluar", folder, "--timpa");
    expect(r.kode).toBe(0);
    expect(r.out).toMatch(/diganti \(--timpa\): .*skm-contoh\.xlsx/);
    expect(r.out.match(/^ditulis: /gm)).toHaveLength(rencanaDemo().length - 1);
    expect(readdirSync(folder).sort()).toEqual(
      rencanaDemo()
        .map((d) => d.berkas)
        .sort(),
    );
  });
  test("galat di tengah (buku kerja ke-3 dari 5 gagal ditulis): tidak ada target baru, berkas lama utuh, tanpa sisa .tmp", async () => {
    const folder = join(dir, "tengah");
    mkdirSync(folder);
    writeFileSync(join(folder, "b1.xlsx"), "lama-1");
    const tugas = [1, 2, 3, 4, 5].map((i) => ({
      berkas: join(folder, `b${i}.xlsx`),
      tulis: async (jalur: string) => {
        if (i === 3)
          throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC", path: jalur });
        writeFileSync(jalur, `baru-${i}`);
      },
    }));
    await expect(tulisSemuaAtomik(tugas, true)).rejects.toThrow(
      /b3\.xlsx: tidak dapat ditulis: ruang disk habis \[ENOSPC\]; tidak ada berkas yang ditulis/,
    );
    expect(readdirSync(folder)).toEqual(["b1.xlsx"]);
    expect(readFileSync(join(folder, "b1.xlsx"), "utf8")).toBe("lama-1");
  });
  test("galat sistem lain menjadi Bahasa Indonesia dengan jalur (EACCES, EROFS)", () => {
    for (const [kode, pola] of [
      ["EACCES", /laporan\.xlsx: tidak dapat ditulis: tidak ada izin \[EACCES\]/],
      ["EROFS", /laporan\.xlsx: tidak dapat ditulis: sistem berkas hanya-baca \[EROFS\]/],
    ] as const) {
      const g = galatSistem(
        Object.assign(new Error(`${kode}: permission denied, open 'laporan.xlsx'`), {
          code: kode,
          path: "laporan.xlsx",
        }),
        "laporan.xlsx",
        "ditulis",
      );
      expect(g).toBeInstanceOf(GalatCli);
      expect((g as GalatCli).message).toMatch(pola);
      expect((g as GalatCli).message).not.toMatch(/permission denied/);
    }
  });
});

describe("proses dibunuh di tengah penulisan --xlsx", () => {
  test("berkas lama tetap utuh (byte demi byte) selama berkas baru belum selesai", async () => {
    const csv = berkas("besar.csv", csvLan(400)); // 400 unit: buku kerja besar, penulisannya butuh waktu
    const xlsx = berkas("berharga.xlsx", "buku kerja lama, 17 KB yang tidak boleh menjadi 0 byte");
    const lama = readFileSync(xlsx);
    let dibunuhSaatMenulis = 0;
    // jendela penulisan berkas sementara hanya beberapa milidetik (buku kerja disusun di memori dulu): coba sampai tertangkap
    for (let coba = 0; coba < 25 && dibunuhSaatMenulis === 0; coba++) {
      const anak = spawn(process.execPath, [BIN, "lan", "hitung", "-i", csv, "--xlsx", xlsx, "--timpa"], {
        cwd: dir,
        stdio: "ignore",
      });
      const selesai = new Promise<void>((ok) => anak.on("exit", () => ok()));
      // tunggu sampai berkas sementara muncul (penulisan sedang berjalan), lalu bunuh tanpa ampun
      const mulai = Date.now();
      while (sementara(dir).length === 0 && anak.exitCode === null && Date.now() - mulai < 60_000)
        await new Promise((r) => setTimeout(r, 2));
      if (sementara(dir).length > 0 && anak.exitCode === null) {
        anak.kill("SIGKILL");
        dibunuhSaatMenulis++;
      }
      await selesai;
      // apa pun saat pembunuhan terjadi, target adalah berkas lama utuh atau buku kerja baru yang utuh
      const sekarang = readFileSync(xlsx);
      if (!sekarang.equals(lama)) expect(Object.keys((await bacaXlsx(xlsx)).lembar)).toContain("LAN-I Bobot");
      else expect(sekarang.equals(lama)).toBe(true);
      for (const s of sementara(dir)) spawnSync("rm", ["-f", join(dir, s)]); // sisa berkas sementara proses yang dibunuh
      if (!readFileSync(xlsx).equals(lama)) writeFileSync(xlsx, lama);
    }
    expect(dibunuhSaatMenulis).toBeGreaterThan(0);
    expect(readFileSync(xlsx).equals(lama)).toBe(true);
  }, 120_000);
});

describe("butir kecil issue 10 no. 6 dan batas no. 5", () => {
  test.each([
    ["lan bobot", ["lan", "bobot"], "no,total,Total\n1,2,3\n", /kolom "Total" muncul dua kali \(kolom 2 dan 3\)/],
    [
      "pekppp",
      ["pekppp"],
      "aspek,indikator,nilai,Nilai\nInovasi,x,3,4\n",
      /kolom "Nilai" muncul dua kali \(kolom 3 dan 4\)/,
    ],
  ])("%s: judul kembar ditolak (kode 2)", (_, argv, isi, pola) => {
    const r = kinerja(...argv, "-i", berkas(`kembar-${argv[0]}.csv`, isi));
    expect(r.kode).toBe(2);
    expect(r.err).toMatch(pola);
  });
  test("periksa pada arsip ZIP kosong: kode 2", () => {
    // arsip ZIP kosong = hanya catatan akhir direktori pusat: "PK\x05\x06" dan 18 byte nol
    const p = berkas("kosong.xlsx", Buffer.concat([Buffer.from([0x50, 0x4b, 0x05, 0x06]), Buffer.alloc(18)]));
    const r = kinerja("periksa", p);
    expect(r.kode).toBe(2);
    expect(r.out).toBe("");
    expect(r.err.trim().split("\n")).toHaveLength(1);
  });
  test("lan bobot dengan total 9e307: kode 2, tanpa 'Infinity'", () => {
    const r = kinerja("lan", "bobot", "-i", berkas("besar-sekali.csv", "no,total\n1,9e307\n2,9e307\n"));
    expect(r.kode).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toMatch(/tidak hingga/);
    expect(r.err).not.toMatch(/Infinity/);
  });
  test("lan bobot dengan 150.000 variabel: tanpa luapan tumpukan; bobot tiap variabel = Skor Ideal / 150.000", () => {
    const n = 150_000;
    const isi = "no,total\n" + Array.from({ length: n }, (_, i) => `${i + 1},1`).join("\n") + "\n";
    const r = kinerja("lan", "bobot", "-i", berkas("banyak.csv", isi), "--json");
    expect(r.err).toBe("");
    expect(r.kode).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.variabel).toHaveLength(n);
    expect(j.variabel[n - 1].bobot).toBeCloseTo(20000 / n, 12);
    const teks = kinerja("lan", "bobot", "-i", join(dir, "banyak.csv"));
    expect(teks.kode).toBe(0);
    expect(teks.out.split("\n").filter((b) => /^\s*\d+\s/.test(b))).toHaveLength(n);
  }, 60_000);
});

describe("issue 22 butir 7: judul kembar di setiap subperintah, teks > 32.767 karakter, sisa demo yang dibunuh", () => {
  // setiap subperintah yang membaca CSV: judul kembar ditolak sebelum dibaca kolomnya (kode 2, menyebut kolomnya)
  test.each([
    ["lan hitung", ["lan", "hitung"], "indikator,indikator,Dinas B\n1,5,6\n", "indikator"],
    ["lan nilai", ["lan", "nilai", "--tipe", "I"], "indikator,Dinas A,dinas a\n1,5,6\n", "dinas a"],
    ["lan lima", ["lan", "lima"], "no,total,no\n1,2,3\n", "no"],
    ["lan prestasi", ["lan", "prestasi"], "jenis,tingkat,Jenis\nKTP,3,x\n", "Jenis"],
    ["skm", ["skm"], "U1,U2,U1\n1,2,3\n", "U1"],
    ["bsc", ["bsc"], "indikator,target,realisasi,Target\nA,1,2,3\n", "Target"],
    ["servqual", ["servqual"], "P1,E1,P1\n1,2,3\n", "P1"],
    ["kepekaan", ["kepekaan", "--bobot", "1;1"], "unit,k1,k1\nA,1,2\n", "k1"],
    ["layanan", ["layanan"], "jenis,masuk,masuk\nKTP,1,2\n", "masuk"],
    ["pegawai", ["pegawai"], "nama,nama,a\nBudi,x,1\n", "nama"],
    ["sendi", ["sendi"], "sendi,skor,skor\n1,3,4\n", "skor"],
  ])("%s: judul kembar ditolak (kode 2)", (_, argv, isi, judul) => {
    const r = kinerja(...argv, "-i", berkas(`kembar22-${argv[0]}-${argv[1]}.csv`, isi));
    expect(r.kode).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toMatch(new RegExp(`baris 1: kolom "${judul}" muncul dua kali`));
  });

  // sel Excel memuat paling banyak 32.767 karakter (spesifikasi Excel): ditolak dengan baris dan kolomnya
  test.each([
    ["bsc", ["bsc"], (t: string) => `indikator,target,realisasi\n${t},100,90\n`, 2, 1],
    ["layanan", ["layanan"], (t: string) => `jenis,masuk,selesai\nKTP,10,9\n${t},1,1\n`, 3, 1],
    ["pegawai", ["pegawai"], (t: string) => `nama,a,b\nBudi,80,${t}\n`, 2, 3],
  ] as const)(
    "%s: teks 40.000 karakter ditolak dengan baris dan kolomnya, tanpa .xlsx",
    (_, argv, isi, baris, kolom) => {
      const xlsx = join(dir, `panjang-${argv[0]}.xlsx`);
      const r = kinerja(...argv, "-i", berkas(`panjang-${argv[0]}.csv`, isi("x".repeat(40000))), "--xlsx", xlsx);
      expect(r.kode).toBe(2);
      expect(r.err).toMatch(
        new RegExp(
          `baris ${baris}, kolom ${kolom}.*teks 40\\.000 karakter; satu sel Excel memuat paling banyak 32\\.767`,
        ),
      );
      expect(existsSync(xlsx)).toBe(false);
    },
  );
  test("tepat 32.767 karakter masih diterima", () => {
    const r = kinerja(
      "bsc",
      "-i",
      berkas("pas.csv", `indikator,target,realisasi\n${"x".repeat(32767)},100,90\n`),
      "--json",
    );
    expect(r.err).toBe("");
    expect(r.kode).toBe(0);
  });

  test("demo dibunuh di tengah: paling banyak satu folder sementara tertinggal; demo berikutnya membersihkannya dan berkata begitu", async () => {
    const folder = join(dir, "demo-dibunuh");
    mkdirSync(folder);
    const sisa = (): string[] => readdirSync(folder).filter((f) => f.startsWith("."));
    let dibunuh = false;
    for (let coba = 0; coba < 5 && !dibunuh; coba++) {
      const anak = spawn(process.execPath, [BIN, "demo", "--keluar", folder, "--timpa"], { cwd: dir, stdio: "ignore" });
      const selesai = new Promise<void>((ok) => anak.on("exit", () => ok()));
      const mulai = Date.now();
      // tunggu sampai folder sementara berisi beberapa berkas (penulisan sedang berjalan), lalu bunuh
      const berisi = (): boolean => sisa().some((f) => readdirSync(join(folder, f)).length >= 2);
      while (!berisi() && anak.exitCode === null && Date.now() - mulai < 60_000)
        await new Promise((r) => setTimeout(r, 5));
      if (berisi() && anak.exitCode === null) {
        anak.kill("SIGKILL");
        dibunuh = true;
      }
      await selesai;
    }
    expect(dibunuh).toBe(true);
    // bukan 12–15 berkas .tmp: satu folder sementara
    expect(sisa()).toHaveLength(1);
    expect(sisa()[0]).toMatch(/^\.kinerja\.\d+\.[0-9a-f]{8}\.tmp$/);
    const r = kinerja("demo", "--keluar", folder, "--timpa");
    expect(r.kode).toBe(0);
    expect(r.out).toMatch(
      /^dibersihkan: 1 sisa sementara dari demo yang terhenti sebelumnya \(\.kinerja\.\d+\.[0-9a-f]{8}\.tmp\)/,
    );
    expect(sisa()).toEqual([]);
    expect(readdirSync(folder).sort()).toEqual(
      rencanaDemo()
        .map((d) => d.berkas)
        .sort(),
    );
  }, 180_000);
});
