/**
 * Issue 13: `kinerja` dijalankan seperti pengguna menjalankannya (program terpasang dist/cli/kinerja.js,
 * proses baru, folder kerja sementara). Satu uji per cacat; angka harapan dihitung tangan di komentar atau
 * dari tabel sumber (Krejcie & Morgan 1970, Lampiran 5, seed 000/001).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buatProgram } from "../../src/cli/kinerja";
import { bacaXlsx } from "../../src/hosts/xlsx/xlsx";
import { evaluasiBuku, kananLabelBuku } from "../bantu/mesin-rumus";
import { bacaCsvFixture, samaPadaPresisi } from "../fixtures/baca";
import type { Command } from "commander";
import { ASPEK_PEKPPP } from "../../src/frameworks/pekppp";

const BIN = join(__dirname, "..", "..", "dist", "cli", "kinerja.js");
const KASUS = join(__dirname, "..", "fixtures", "kasus");
const dir = mkdtempSync(join(tmpdir(), "kinerja-13-"));

function kinerja(...argv: string[]): { kode: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [BIN, ...argv], { cwd: dir, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return { kode: r.status, out: r.stdout, err: r.stderr };
}
function berkas(nama: string, isi: string): string {
  const p = join(dir, nama);
  writeFileSync(p, isi);
  return p;
}
function satuBaris(err: string): void {
  expect(err.trim().split("\n")).toHaveLength(1);
  expect(err).not.toMatch(/at .*\.js:\d+/);
}

beforeAll(() => {
  if (!existsSync(BIN))
    throw new Error("dist/cli/kinerja.js tidak ada: jalankan `npm run build:node` (npm test membangun dulu)");
});

/** Skor LAN 89 indikator × unit: indikator i, unit k → 1 + (i + k) mod 10. */
function csvLan(unit: string[]): string {
  const baris = Array.from({ length: 89 }, (_, i) => `${i + 1},${unit.map((_, k) => 1 + ((i + k) % 10)).join(",")}`);
  return `indikator,${unit.join(",")}\n${baris.join("\n")}\n`;
}

describe("1. ejaan nama pengguna dipertahankan; judul dicocokkan tanpa membedakan huruf besar/kecil", () => {
  test("lan hitung: unit di teks, JSON dan buku kerja --xlsx persis seperti judul kolom", async () => {
    const p = berkas("ejaan.csv", csvLan(["Dinas Kependudukan", "DINAS PU"]).replace(/^indikator/, "Indikator"));
    const xlsx = join(dir, "ejaan.xlsx");
    const teks = kinerja("lan", "hitung", "-i", p);
    expect(teks.kode).toBe(0);
    expect(teks.out).toMatch(/^Dinas Kependudukan\s/m);
    expect(teks.out).toMatch(/^DINAS PU\s/m);
    expect(teks.out).not.toMatch(/dinas kependudukan/);
    const j = kinerja("lan", "hitung", "-i", p, "--json", "--xlsx", xlsx);
    expect(JSON.parse(j.out).unit).toEqual(["Dinas Kependudukan", "DINAS PU"]);
    const buku = await bacaXlsx(xlsx);
    const nilai = [...buku.lembar["LAN-I Bobot"].values()].map((s) => s.value);
    expect(nilai).toContain("Dinas Kependudukan");
    expect(nilai).not.toContain("dinas kependudukan");
    const meta = [...buku.lembar["_pkp"].values()].map((s) => String(s.value)).join(" ");
    expect(meta).toContain('"Dinas Kependudukan"'); // daftar unit di catatan pembangunan
    expect(meta).not.toContain("dinas kependudukan");
  });
  test("pesan galat menyebut kolom dengan ejaan pengguna", () => {
    const p = berkas("skm-asing.csv", "U1,U2,U3,U4,U5,U6,U7,U8,U9,Nama Responden\n4,4,4,4,4,4,4,4,4,Ani\n");
    const r = kinerja("skm", "-i", p);
    expect(r.kode).toBe(2);
    expect(r.err).toMatch(/kolom "Nama Responden" tidak dikenal/);
    satuBaris(r.err);
  });
  test("unit yang sama dengan huruf berbeda ditolak sebagai kembar", () => {
    const r = kinerja("lan", "hitung", "-i", berkas("kembar.csv", csvLan(["Dinas A", "dinas a"])));
    expect(r.kode).toBe(2);
    // judul kembar ditolak saat CSV dibaca (setiap subperintah, issue 22)
    expect(r.err).toMatch(/"dinas a" muncul dua kali \(kolom 2 dan 3\)/);
  });
});

describe("2. angka di opsi dibaca seperti sel CSV; yang mendua ditolak dengan kedua bacaannya", () => {
  const p = () => berkas("dua.csv", "no,total\n1,1\n2,3\n");
  test("--skor-ideal 20.470 → kode 2, menyebut 20470 dan 20,47", () => {
    const r = kinerja("lan", "bobot", "-i", p(), "--skor-ideal", "20.470");
    expect(r.kode).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toMatch(/20470/);
    expect(r.err).toMatch(/20,47/);
    satuBaris(r.err);
  });
  test("--skor-ideal 20,470 (koma) juga mendua", () => {
    const r = kinerja("lan", "bobot", "-i", p(), "--skor-ideal", "20,470");
    expect(r.kode).toBe(2);
    expect(r.err).toMatch(/20,47.*20470|20470.*20,47/);
  });
  test.each([
    ["20470", 20470],
    ["20,5", 20.5],
    ["20.5", 20.5],
    ["20.470,5", 20470.5],
    ["1.234.567", 1234567],
  ])("--skor-ideal %s dibaca %d: bobot variabel 1 = 1/4 × Skor Ideal", (teks, skorIdeal) => {
    const r = kinerja("lan", "bobot", "-i", p(), "--skor-ideal", teks, "--json");
    expect(r.err).toBe("");
    const j = JSON.parse(r.out);
    expect(j.skorIdeal).toBe(skorIdeal);
    expect(j.variabel[0].bobot).toBeCloseTo(skorIdeal / 4, 9); // total 1 dari 1 + 3
  });
});

describe("3. galat sistem dalam Bahasa Indonesia dengan jalurnya", () => {
  test("demo --keluar ke sebuah berkas", () => {
    berkas("bukan-folder", "x");
    const r = kinerja("demo", "--keluar", "bukan-folder");
    expect(r.kode).toBe(2);
    expect(r.err).toMatch(/bukan-folder: tidak dapat membuat folder: sudah ada sebuah berkas/);
    expect(r.err).not.toMatch(/EEXIST: file already exists|kesalahan tak terduga/);
    satuBaris(r.err);
  });
  test("demo --keluar di bawah sebuah berkas (ENOTDIR)", () => {
    berkas("bukan-folder2", "x");
    const r = kinerja("demo", "--keluar", "bukan-folder2/sub");
    expect(r.kode).toBe(2);
    expect(r.err).toMatch(/bukan-folder2\/sub: .*bukan folder/);
    expect(r.err).not.toMatch(/not a directory|kesalahan tak terduga/);
  });
  test("--xlsx ke folder yang tidak ada", () => {
    const r = kinerja("lan", "hitung", "-i", berkas("x1.csv", csvLan(["A"])), "--xlsx", "tidak-ada/hasil.xlsx");
    expect(r.kode).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toMatch(/tidak-ada\/hasil\.xlsx: tidak dapat ditulis: folder tidak-ada tidak ada/);
    expect(r.err).not.toMatch(/ENOENT|no such file/);
  });
});

/** Kata bahasa Inggris dari commander yang tidak boleh sampai ke pengguna. */
const INGGRIS =
  /\b(Usage|Options|Commands|Arguments|default|choices|display help|output the version|help for command|required option|not specified|is invalid|Allowed choices|unknown option|unknown command|missing required|too many arguments|preset|argument missing)\b|\[options\]|\[command\]/;

/** Semua jalur subperintah, dari program yang sama dengan yang dipasang. */
function semuaPerintah(): string[][] {
  const hasil: string[][] = [[]];
  const jalan = (c: Command, jalur: string[]) => {
    for (const anak of c.commands) {
      hasil.push([...jalur, anak.name()]);
      jalan(anak, [...jalur, anak.name()]);
    }
  };
  jalan(buatProgram({ tulis: () => undefined, galat: () => undefined }), []);
  return hasil;
}

describe("4. pengurai argumen tanpa bahasa Inggris", () => {
  const daftar = semuaPerintah();
  test("daftar subperintah lengkap", () => {
    const nama = daftar.map((d) => d.join(" "));
    for (const n of [
      "lan bobot",
      "lan hitung",
      "skm",
      "bsc",
      "servqual",
      "pekppp",
      "layanan",
      "sendi",
      "pegawai",
      "sampel",
      "periksa",
      "reproduksi",
      "demo",
    ])
      expect(nama).toContain(n);
  });
  test.each(daftar.map((d) => [d.join(" ") || "(program)", d]))(
    "--help %s: Indonesia, satu contoh kerja, tanpa kata pengurai bahasa Inggris",
    (_, jalur) => {
      const r = kinerja(...(jalur as string[]), "--help");
      expect(r.kode).toBe(0);
      expect(r.out).toMatch(/^Pemakaian: kinerja/);
      expect(r.out).toMatch(/\nContoh:\n {2}kinerja /);
      expect(r.out).not.toMatch(INGGRIS);
      // issue 13 no. 6: setiap subperintah yang mencetak angka punya --desimal koma|titik
      if (!["", "lan", "periksa", "demo"].includes((jalur as string[]).join(" ")))
        expect(r.out).toMatch(/--desimal <tanda>[\s\S]*?pilihan:\s+koma,\s+titik/);
    },
  );
  test("README: tabel perintah memuat setiap subperintah", () => {
    const readme = readFileSync(join(__dirname, "..", "..", "README.md"), "utf8");
    const tabel = readme.split("## Baris perintah `kinerja`")[1].split("\n## ")[0];
    for (const d of daftar.filter((x) => x.length > 0 && x.join(" ") !== "lan"))
      expect([d.join(" "), tabel.includes(`| \`kinerja ${d.join(" ")} `)]).toEqual([d.join(" "), true]);
  });
  test("--version dan -V", () => {
    expect(kinerja("--version").out.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
  test("daftar perintah `kinerja --help` rata: setiap keterangan mulai di kolom yang sama", () => {
    const { out } = kinerja("--help");
    const bagian = out
      .split("Perintah:\n")[1]
      .split("\n\n")[0]
      .split("\n")
      .filter((b) => /^ {2}\S/.test(b));
    const kolom = bagian.map((b) => /^( {2}\S.*?\S {2,})\S/.exec(b)![1].length);
    expect(bagian.length).toBeGreaterThan(10);
    expect(new Set(kolom).size).toBe(1);
  });
  test.each([
    [
      ["skm", "--aturan", "2020", "-i", "x.csv"],
      /nilai "2020" untuk opsi --aturan <tahun> tidak sah \(pilihan: 2017, 2004\)/,
    ],
    [["skm"], /opsi wajib -i, --input <berkas\.csv> belum diisi/],
    [["skm", "-i", "x.csv", "--tidak-ada"], /opsi --tidak-ada tidak dikenal/],
    [["lan", "timbang"], /perintah "timbang" tidak dikenal/],
    [["periksa"], /argumen berkas\.xlsx wajib diisi/],
    [["skm", "-i"], /opsi -i, --input <berkas\.csv> perlu nilai/],
  ])("galat pengurai %j: Indonesia, satu baris, kode 2", (argv, pola) => {
    const r = kinerja(...(argv as string[]));
    expect(r.kode).toBe(2);
    expect(r.err).toMatch(pola);
    expect(r.err).not.toMatch(INGGRIS);
    satuBaris(r.err);
  });
  test("`kinerja` saja dan `kinerja lan` mencetak bantuan (kode 0)", () => {
    const a = kinerja();
    expect(a.kode).toBe(0);
    expect(a.out).toMatch(/^Pemakaian: kinerja \[opsi\] \[perintah\]/);
    const b = kinerja("lan");
    expect(b.kode).toBe(0);
    expect(b.out).toMatch(/Pemakaian: kinerja lan/);
    expect(b.out).toMatch(/^ {2}bobot /m);
    expect(b.out).toMatch(/^ {2}hitung /m);
  });
});

describe("5. persen, berkas bertab, aspek PEKPPP tidak dikenal", () => {
  test("bsc menerima 100% dan 97,5% (ekspor Excel berlokal Indonesia): capaian 0,975", () => {
    const p = berkas("persen.csv", "perspektif;indikator;target;realisasi\nKeuangan;Serapan;100%;97,5%\n");
    const j = JSON.parse(kinerja("bsc", "-i", p, "--json").out);
    expect(j.perspektif[0].indikator[0].capaian).toBeCloseTo(0.975, 12);
  });
  test("berkas bertab dibaca: skm 2 responden (NRR U1 = (4 + 2)/2 = 3)", () => {
    const p = berkas(
      "tab.tsv",
      "U1\tU2\tU3\tU4\tU5\tU6\tU7\tU8\tU9\n4\t4\t4\t4\t4\t4\t4\t4\t4\n2\t2\t2\t2\t2\t2\t2\t2\t2\n",
    );
    const r = kinerja("skm", "-i", p, "--json");
    expect(r.err).toBe("");
    expect(JSON.parse(r.out).nrr[0]).toBe(3);
  });
  test("berkas bertab dengan koma desimal: bsc 97,5% → capaian 0,975 dan tampilan berkoma", () => {
    const p = berkas("tab-bsc.tsv", "perspektif\tindikator\ttarget\trealisasi\nKeuangan\tSerapan\t100%\t97,5%\n");
    const r = kinerja("bsc", "-i", p);
    expect(r.kode).toBe(0);
    expect(r.out).toMatch(/97,50%/);
  });
  test("pekppp: aspek tidak dikenal disebut namanya walau aspek lain hilang", () => {
    const r = kinerja(
      "pekppp",
      "-i",
      berkas("pk-asing.csv", "aspek,indikator,nilai\nInovasi,x,3\nAspek Khayalan,y,4\n"),
    );
    expect(r.kode).toBe(2);
    expect(r.err).toMatch(/baris 3 \(y\): aspek "Aspek Khayalan" tidak dikenal/);
    satuBaris(r.err);
  });
});

describe("6. tanda desimal keluaran mengikuti masukan atau --desimal; --xlsx menyebut tempat dan banyak lembar", () => {
  test("lan bobot dari CSV bertitik koma: koma desimal; --desimal titik: titik", () => {
    const p = berkas("koma.csv", "no;total\n1;1\n2;3\n");
    const koma = kinerja("lan", "bobot", "-i", p).out;
    expect(koma).toMatch(/0,250000000\s+5000,0000000/); // 1/4 × 20000
    expect(koma).not.toMatch(/\d\.\d/);
    const titik = kinerja("lan", "bobot", "-i", p, "--desimal", "titik").out;
    expect(titik).toMatch(/0\.250000000\s+5000\.0000000/);
    expect(titik).not.toMatch(/\d,\d/);
  });
  test("reproduksi: tercetak dan dihitung pada satu baris memakai tanda yang sama", () => {
    const titik = kinerja("reproduksi")
      .out.split("\n")
      .find((b) => /4\.14\s+baris 2 /.test(b))!;
    expect(titik).toMatch(/tercetak\s+231\.741\s+dihitung\s+231\.741884407/);
    const koma = kinerja("reproduksi", "--desimal", "koma")
      .out.split("\n")
      .find((b) => /4\.14\s+baris 2 /.test(b))!;
    expect(koma).toMatch(/tercetak\s+231,741\s+dihitung\s+231,741884407/);
  });
  test("--xlsx: pesan menyebut jalur lengkap dan banyak lembar (sama dengan lembar terlihat di berkas)", async () => {
    const xlsx = join(dir, "pesan.xlsx");
    const r = kinerja("lan", "hitung", "-i", berkas("pesan.csv", csvLan(["A", "B"])), "--xlsx", xlsx);
    expect(r.kode).toBe(0);
    const m = /Buku kerja ditulis: (.+) \((\d+) lembar/.exec(r.out)!;
    expect(m[1]).toBe(xlsx);
    const buku = await bacaXlsx(xlsx);
    expect(Object.values(buku.status).filter((s) => s === "visible")).toHaveLength(Number(m[2]));
  });
});

describe("7. subperintah baru: sampel, layanan, sendi, pegawai", () => {
  test.each([
    // Krejcie & Morgan 1970, Tabel 1: N 100 → 80, 1500 → 306, 10000 → 370. Slovin e = 5%: ⌈N / (1 + N/400)⌉
    [100, 80, 80], // 100 / 1,25 = 80
    [1500, 306, 316], // 1500 / 4,75 = 315,79
    [10000, 370, 385], // 10000 / 26 = 384,6
  ])("sampel %d: Krejcie & Morgan %d, Slovin %d, masing-masing bernama", (n, km, slovin) => {
    const j = JSON.parse(kinerja("sampel", String(n), "--json").out);
    expect([j.krejcieMorgan.sampel, j.slovin.sampel]).toEqual([km, slovin]);
    expect(j.krejcieMorgan.nama).toMatch(/Krejcie & Morgan/);
    expect(j.slovin.nama).toBe("Slovin");
    const teks = kinerja("sampel", String(n)).out;
    expect(teks).toMatch(new RegExp(`Krejcie & Morgan \\(1970\\): ${km} responden`));
    expect(teks).toMatch(new RegExp(`Slovin \\(e = 5%\\): ${slovin} responden`));
  });
  test("sampel --galat 10%: Slovin 1500 / (1 + 15) = 93,75 → 94", () => {
    expect(JSON.parse(kinerja("sampel", "1500", "--galat", "10%", "--json").out).slovin.sampel).toBe(94);
  });
  test("layanan membaca ketiga berkas kasus apa adanya", () => {
    // seed 000 Tabel 1.1: KK selesai 905, terlambat 7 → 898/905; jumlah selesai 1652, terlambat 36
    const a = JSON.parse(kinerja("layanan", "-i", join(KASUS, "dumai-timur-2021-pelayanan.csv"), "--json").out);
    expect(a.layanan[0]).toEqual(
      expect.objectContaining({ jenis: "Pengurusan Kartu Keluarga", selesai: 905, terlambat: 7 }),
    );
    expect(a.layanan[0].ketepatanWaktu).toBeCloseTo(898 / 905, 12);
    expect(a.jumlah.ketepatanWaktu).toBeCloseTo((1652 - 36) / 1652, 12);
    // seed 001 Tabel 1: KTP masuk 7692, selesai 3600
    const b = JSON.parse(kinerja("layanan", "-i", join(KASUS, "seberang-ulu-ii-2017-ktp-kk.csv"), "--json").out);
    expect(b.layanan[0].penyelesaian).toBeCloseTo(3600 / 7692, 12);
    // seed 001 Akuntabilitas: KK 4801 dari target 4500
    const c = JSON.parse(kinerja("layanan", "-i", join(KASUS, "seberang-ulu-ii-2014-target.csv"), "--json").out);
    expect(c.layanan[0].capaian).toBeCloseTo(4801 / 4500, 12);
  });
  test("layanan: belum_selesai yang tidak sama dengan masuk − selesai ditolak", () => {
    const r = kinerja(
      "layanan",
      "-i",
      berkas("belum.csv", "produk,pemohon_masuk,pemohon_selesai,pemohon_belum_selesai\nKTP,10,6,3\n"),
    );
    expect(r.kode).toBe(2);
    expect(r.err).toMatch(/pemohon_belum_selesai: 3 ≠ masuk − selesai = 4/);
  });
  test("sendi: skor 4,3,5,2,4,3,2,5 → total 28, rata-rata 3,5, 70% dari 40, terlemah dua sendi bernilai 2", () => {
    const p = berkas("sendi.csv", "Sendi,Skor\n1,4\n2,3\nKeamanan,5\nketerbukaan,2\n5,4\n6,3\n7,2\nketepatanWaktu,5\n");
    const j = JSON.parse(kinerja("sendi", "-i", p, "--json").out);
    expect([j.total, j.rataRata, j.persen, j.terlemah]).toEqual([28, 3.5, 0.7, "Keterbukaan; Keadilan yang merata"]);
  });
  test("pegawai: bobot 30,20,20,15,15; skor 80,90,70,100,60 → 80 Baik; tanpa bobot (95+90+85+90+95)/5 = 91 Sangat baik", () => {
    const p = berkas(
      "pegawai.csv",
      "Nama,Kualitas,Kemampuan,Kerjasama,TanggungJawab,Kreativitas\nBu Siti Aminah,80,90,70,100,60\nPak Budi,95,90,85,90,95\n",
    );
    const a = JSON.parse(kinerja("pegawai", "-i", p, "--bobot", "30,20,20,15,15", "--json").out);
    expect(a.pegawai[0]).toEqual(expect.objectContaining({ nama: "Bu Siti Aminah", nilai: 80, kategori: "Baik" }));
    const b = JSON.parse(kinerja("pegawai", "-i", p, "--json").out);
    expect(b.pegawai[1]).toEqual(expect.objectContaining({ nama: "Pak Budi", nilai: 91, kategori: "Sangat baik" }));
  });
});

describe("7b. --xlsx subperintah baru dan servqual/pekppp: buku kerja dihitung ulang (HyperFormula) = --json", () => {
  async function buku(argv: string[], nama: string) {
    const xlsx = join(dir, nama);
    const r = kinerja(...argv, "--json", "--xlsx", xlsx, "--timpa");
    expect(r.err).toBe("");
    expect(r.kode).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.xlsx).toEqual({ berkas: xlsx, lembar: expect.any(Number), diganti: false });
    const b = await bacaXlsx(xlsx);
    return { j, b, nilai: evaluasiBuku(b) };
  }
  test("servqual: gap −1,5 dan gap tertimbang −1,25 (dihitung tangan) di buku kerja dan JSON", async () => {
    // 2 responden, 4 butir, peta A,A,B,B; persepsi butir 4, 4, 2, 4; harapan 5 → gap A −1, B −2
    const p = berkas("sq.csv", "P1,P2,P3,P4,E1,E2,E3,E4\n3,4,2,4,5,5,5,5\n5,4,2,4,5,5,5,5\n");
    const peta = berkas("sq-peta.csv", "butir,dimensi\n1,A\n2,A\n3,B\n4,B\n");
    const { j, b, nilai } = await buku(["servqual", "-i", p, "--peta", peta, "--bobot", "30,10"], "sq.xlsx");
    expect(j.gap).toBeCloseTo(-1.5, 12);
    expect(nilai("SERVQUAL", kananLabelBuku(b, "SERVQUAL", /^Gap tak tertimbang/)) as number).toBeCloseTo(j.gap, 12);
    expect(nilai("SERVQUAL", kananLabelBuku(b, "SERVQUAL", /^Gap tertimbang/)) as number).toBeCloseTo(-1.25, 12);
  });
  test("pekppp: 30 indikator baku bernomor; Kebijakan (1–9) 5, lainnya 3 → IPP 0,24 × 5 + 0,76 × 3 = 3,48", async () => {
    // aspek tiap indikator dari data kerangka PEKPPP; nilai dari contoh task pane (contohPekppp)
    const baris = ASPEK_PEKPPP.flatMap((a) =>
      a.indikator.map((i) => `${a.nama.toUpperCase()},${i.no},${i.no <= 9 ? 5 : 3}`),
    );
    expect(baris).toHaveLength(30);
    expect(ASPEK_PEKPPP[0].indikator.map((i) => i.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(ASPEK_PEKPPP[0].bobot).toBe(0.24);
    const p = berkas("pk30.csv", "aspek,indikator,nilai\n" + baris.join("\n") + "\n");
    const { j, b, nilai } = await buku(["pekppp", "-i", p], "pk.xlsx");
    expect(j.indeks).toBeCloseTo(3.48, 12);
    expect(nilai("PEKPPP", kananLabelBuku(b, "PEKPPP", "Indeks Pelayanan Publik (IPP)")) as number).toBeCloseTo(
      j.indeks,
      12,
    );
  });
  test("layanan: rasio tiap baris dan Jumlah di buku kerja = JSON", async () => {
    const { j, nilai } = await buku(["layanan", "-i", join(KASUS, "dumai-timur-2021-pelayanan.csv")], "layanan.xlsx");
    // tata letak rencana layanan: data mulai baris 5, kolom I = ketepatan waktu; baris Jumlah sesudah data
    j.layanan.forEach((l: { ketepatanWaktu: number }, i: number) =>
      expect(nilai("Layanan", `I${5 + i}`) as number).toBeCloseTo(l.ketepatanWaktu, 12),
    );
    expect(nilai("Layanan", `I${5 + j.layanan.length}`) as number).toBeCloseTo(j.jumlah.ketepatanWaktu, 12);
  });
  test("sendi: total, persentase dan sendi terlemah di buku kerja = JSON", async () => {
    const p = berkas("sendi2.csv", "sendi,skor,bukti\n1,4,a\n2,3,b\n3,5,c\n4,2,d\n5,4,e\n6,3,f\n7,2,g\n8,5,h\n");
    const { j, b, nilai } = await buku(["sendi", "-i", p], "sendi.xlsx");
    const l = "Sendi Pelayanan";
    expect(nilai(l, kananLabelBuku(b, l, "Total"))).toBe(j.total);
    expect(nilai(l, kananLabelBuku(b, l, "Persentase dari skor maksimum")) as number).toBeCloseTo(j.persen, 12);
    expect(nilai(l, kananLabelBuku(b, l, "Sendi terlemah"))).toBe(j.terlemah);
  });
  test("pegawai: nilai tiap pegawai (bobot dari opsi) di buku kerja = JSON", async () => {
    const p = berkas(
      "pegawai2.csv",
      "nama,kualitas,kemampuan,kerjasama,tanggungJawab,kreativitas\nA,80,90,70,100,60\nB,50,60,55,50,60\n",
    );
    const { j, b, nilai } = await buku(["pegawai", "-i", p, "--bobot", "30,20,20,15,15"], "pegawai.xlsx");
    const l = "Kinerja Pegawai";
    const kolomNilai = kananLabelBuku(b, l, "Kreativitas").replace(/\d+$/, "");
    j.pegawai.forEach((g: { nilai: number }, i: number) =>
      expect(nilai(l, `${kolomNilai}${8 + i}`) as number).toBeCloseTo(g.nilai, 12),
    );
  });
  test("lan bobot (tata letak referensi, tipe II): Bobot Variabel di lembar Kerangka (rumus) = JSON = Lampiran 6", async () => {
    const ref = join(__dirname, "..", "fixtures", "lan-1998", "lampiran-5-7-total-variabel.csv");
    const { j, b, nilai } = await buku(["lan", "bobot", "-i", ref, "--tipe", "II"], "lan-bobot.xlsx");
    const cetak = bacaCsvFixture("lan-1998/lampiran-5-7-total-variabel.csv").filter((x) => x.tipe === "II");
    const l = "LAN-II Kerangka";
    j.variabel.forEach((v: { no: number; bobot: number }, i: number) => {
      const e = kananLabelBuku(b, l, `V${v.no}`).replace(/^B/, "E"); // baris variabel: A = "V<no>", E = Bobot Variabel
      expect(nilai(l, e) as number).toBeCloseTo(v.bobot, 9);
      expect(samaPadaPresisi(nilai(l, e) as number, cetak[i].bobot_variabel)).toBe(true);
    });
  });
  test("sampel: kedua ukuran sampel di buku kerja (rumus) = JSON", async () => {
    const { j, b, nilai } = await buku(["sampel", "1500", "--galat", "10%"], "sampel.xlsx");
    const l = "Ukuran Sampel";
    expect(nilai(l, kananLabelBuku(b, l, /^Krejcie & Morgan \(dibulatkan/))).toBe(j.krejcieMorgan.sampel);
    expect(nilai(l, kananLabelBuku(b, l, "Slovin (dibulatkan ke atas)"))).toBe(j.slovin.sampel);
    expect(nilai(l, kananLabelBuku(b, l, "Slovin (rumus)")) as number).toBeCloseTo(j.slovin.mentah, 12);
  });
});

describe("8. tata letak referensi dan berkas kasus apa adanya", () => {
  const lampiran = bacaCsvFixture("lan-1998/lampiran-5-7-total-variabel.csv");
  test.each(["I", "II", "III"])(
    "lan bobot membaca lampiran-5-7-total-variabel.csv dengan --tipe %s: bobot = cetakan pada presisinya",
    (tipe) => {
      const r = kinerja(
        "lan",
        "bobot",
        "-i",
        join(__dirname, "..", "fixtures", "lan-1998", "lampiran-5-7-total-variabel.csv"),
        "--tipe",
        tipe,
        "--json",
      );
      expect(r.err).toBe("");
      const j = JSON.parse(r.out);
      const cetak = lampiran.filter((b) => b.tipe === tipe);
      expect(j.variabel).toHaveLength(17);
      cetak.forEach((b, i) => expect([i, samaPadaPresisi(j.variabel[i].bobot, b.bobot_variabel)]).toEqual([i, true]));
    },
  );
  test("lan bobot pada tata letak referensi tanpa --tipe: kode 2, menyebut --tipe", () => {
    const r = kinerja(
      "lan",
      "bobot",
      "-i",
      join(__dirname, "..", "fixtures", "lan-1998", "lampiran-5-7-total-variabel.csv"),
    );
    expect(r.kode).toBe(2);
    expect(r.err).toMatch(/pilih satu dengan --tipe/);
  });
  test("bsc membaca seberang-ulu-ii-2014-target.csv apa adanya: KK 4801/4500, KTP 11279/11000, satu perspektif", () => {
    const j = JSON.parse(kinerja("bsc", "-i", join(KASUS, "seberang-ulu-ii-2014-target.csv"), "--json").out);
    expect(j.perspektif).toHaveLength(1);
    expect(
      j.perspektif[0].indikator.map((k: { indikator: string; capaian: number }) => [k.indikator, k.capaian]),
    ).toEqual([
      ["KK", expect.closeTo(4801 / 4500, 12)],
      ["KTP", expect.closeTo(11279 / 11000, 12)],
    ]);
    expect(j.skor).toBeCloseTo((4801 / 4500 + 11279 / 11000) / 2, 12);
  });
});
