/**
 * `kinerja skm --layanan/--waktu` dari ekspor formulir (test/fixtures/skm-siklus, dibuat tetap oleh
 * scripts/buat-contoh-skm-formulir.js): bentuk JSON issue 14, teks = padanan angka, galat satu baris
 * dengan kode 2 tanpa berkas ditulis, dan buku kerja --xlsx yang dihitung ulang HyperFormula memberi angka
 * JSON per layanan dan periode (juga dengan konvensi lain, dan setelah jawaban ditambahkan).
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import { cli } from "../bantu/cli";
import { uraiCsv } from "../../src/core/skm-siklus-tabel";
import { csvFormulirContohSkm } from "../../src/cli/contoh-formulir-skm";
import { rencanaDemoSkmSiklus } from "../../src/cli/demo";
import { bacaXlsx, type BukuTerbaca } from "../../src/hosts/xlsx/xlsx";
import { UNSUR_FORMULIR_2017 } from "../../src/frameworks/skm-siklus";
import { evaluasiBuku, evaluasiRencana, type Penilai } from "../bantu/mesin-rumus";

const dir = mkdtempSync(join(tmpdir(), "kinerja-siklus-"));
const FORMULIR = join(__dirname, "..", "fixtures", "skm-siklus", "formulir-kecamatan.csv");
const KOLOM = ["--layanan", "Jenis Layanan", "--waktu", "Cap waktu"];

interface Kelompok {
  responden: number;
  nrr: number[];
  nilai: number;
  mutu: string;
  kinerja: string;
}
interface JsonSiklus {
  aturan: string;
  periode: { nama: string; layanan: (Kelompok & { nama: string })[]; unit: Kelompok }[];
}

const rekaman = (): string[][] => parse(readFileSync(FORMULIR, "utf8")) as string[][];
function tulisCsv(nama: string, r: string[][]): string {
  const p = join(dir, nama);
  writeFileSync(
    p,
    r.map((b) => b.map((s) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s)).join(",")).join("\n") + "\n",
  );
  return p;
}

/** Hitungan bebas dari kode: Σ/banyak per unsur per (semester, layanan), dari teks ke posisi pilihan 1–4. */
function hitunganTangan(): Map<string, { n: number; jumlah: number[]; banyak: number[] }> {
  const [judul, ...baris] = rekaman();
  const m = new Map<string, { n: number; jumlah: number[]; banyak: number[] }>();
  for (const b of baris) {
    const [hari, bulan, tahun] = b[0].split(" ")[0].split("/").map(Number);
    void hari;
    const sem = `${tahun}-S${bulan <= 6 ? 1 : 2}`;
    for (const kunci of [`${sem}|${b[1]}`, `${sem}|unit`]) {
      const g = m.get(kunci) ?? { n: 0, jumlah: new Array<number>(9).fill(0), banyak: new Array<number>(9).fill(0) };
      g.n++;
      for (let j = 0; j < 9; j++) {
        const teks = b[6 + j];
        if (teks === "") continue;
        g.jumlah[j] += UNSUR_FORMULIR_2017[j].opsi.indexOf(teks) + 1;
        g.banyak[j]++;
      }
      m.set(kunci, g);
    }
  }
  expect(judul.length).toBe(16);
  return m;
}

describe("kinerja skm mode siklus: JSON", () => {
  let json: JsonSiklus;
  beforeAll(async () => {
    const r = await cli("skm", "--input", FORMULIR, ...KOLOM, "--json");
    expect(r.err).toBe("");
    expect(r.kode).toBe(0);
    json = JSON.parse(r.out) as JsonSiklus;
  });

  test("bentuk issue 14: periode urut waktu bernama YYYY-S1/S2, layanan, unit", () => {
    expect(json.aturan).toBe("2017");
    expect(json.periode.map((p) => p.nama)).toEqual(["2025-S2", "2026-S1"]);
    for (const p of json.periode) {
      expect(p.layanan.map((l) => l.nama)).toEqual(["Akta Kelahiran", "Kartu Keluarga", "Perekaman KTP-el"]);
      for (const l of [...p.layanan, p.unit]) {
        expect(Object.keys(l).filter((k) => k !== "nama")).toEqual(["responden", "nrr", "nilai", "mutu", "kinerja"]);
        expect(l.nrr).toHaveLength(9);
      }
    }
    // 49 + 58 + 70 dan 57 + 61 + 66 responden (jumlah baris fixture per layanan dan semester)
    expect(json.periode.map((p) => p.unit.responden)).toEqual([177, 184]);
  });

  test("angka sama dengan hitungan tangan Σ jawaban / banyak jawaban, × 25/9", () => {
    const tangan = hitunganTangan();
    for (const p of json.periode) {
      for (const l of [...p.layanan.map((x) => [x.nama, x] as const), ["unit", p.unit] as const]) {
        const g = tangan.get(`${p.nama}|${l[0]}`)!;
        expect(l[1].responden).toBe(g.n);
        const nrr = g.jumlah.map((s, j) => s / g.banyak[j]);
        nrr.forEach((v, j) => expect(l[1].nrr[j]).toBeCloseTo(v, 12));
        expect(l[1].nilai).toBeCloseTo((25 * nrr.reduce((a, b) => a + b, 0)) / 9, 10);
      }
    }
  });

  test("jawaban teks = padanan angkanya", async () => {
    const [judul, ...baris] = rekaman();
    const angka = baris.map((b) =>
      b.map((s, c) => (c >= 6 && c < 15 && s !== "" ? String(UNSUR_FORMULIR_2017[c - 6].opsi.indexOf(s) + 1) : s)),
    );
    const r = await cli("skm", "--input", tulisCsv("angka.csv", [judul, ...angka]), ...KOLOM, "--json");
    expect(JSON.parse(r.out)).toEqual(json);
  });

  test(".xlsx (lembar pilihan, cap waktu tanggal Excel) = CSV", async () => {
    const [judul, ...baris] = rekaman();
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Catatan").getCell("A1").value = "bukan jawaban";
    const ws = wb.addWorksheet("Form Responses 1");
    ws.addRow(judul);
    for (const b of baris) {
      const [tgl, jam] = b[0].split(" ");
      const [h, bl, th] = tgl.split("/").map(Number);
      const [j, m, d] = jam.split(":").map(Number);
      ws.addRow([new Date(Date.UTC(th, bl - 1, h, j, m, d)), ...b.slice(1)]);
    }
    const p = join(dir, "formulir.xlsx");
    await wb.xlsx.writeFile(p);
    const r = await cli("skm", "--input", p, "--sheet", "Form Responses 1", ...KOLOM, "--json");
    expect(r.err).toBe("");
    expect(JSON.parse(r.out)).toEqual(json);
    const salah = await cli("skm", "--input", p, ...KOLOM, "--json");
    expect(salah.kode).toBe(2);
  });

  test("cap waktu gaya AS dengan --format-tanggal bht", async () => {
    const [judul, ...baris] = rekaman();
    const as = baris.map((b) => {
      const [tgl, jam] = b[0].split(" ");
      const [h, bl, th] = tgl.split("/").map(Number);
      const [j, m, d] = jam.split(":").map(Number);
      return [
        `${bl}/${h}/${th} ${((j + 11) % 12) + 1}:${String(m).padStart(2, "0")}:${String(d).padStart(2, "0")} ${j < 12 ? "AM" : "PM"}`,
        ...b.slice(1),
      ];
    });
    const p = tulisCsv("as.csv", [judul, ...as]);
    const r = await cli("skm", "--input", p, ...KOLOM, "--format-tanggal", "bht", "--json");
    expect(JSON.parse(r.out)).toEqual(json);
  });

  test("periode lain: triwulan, bulan, tahun", async () => {
    const q = JSON.parse(
      (await cli("skm", "--input", FORMULIR, ...KOLOM, "--periode", "triwulan", "--json")).out,
    ) as JsonSiklus;
    expect(q.periode.map((p) => p.nama)).toEqual(["2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2"]);
    const b = JSON.parse(
      (await cli("skm", "--input", FORMULIR, ...KOLOM, "--periode", "bulan", "--json")).out,
    ) as JsonSiklus;
    expect(b.periode[0].nama).toBe("2025-07");
    expect(b.periode).toHaveLength(12);
    const t = JSON.parse(
      (await cli("skm", "--input", FORMULIR, ...KOLOM, "--periode", "tahun", "--json")).out,
    ) as JsonSiklus;
    expect(t.periode.map((p) => [p.nama, p.unit.responden])).toEqual([
      ["2025", 177],
      ["2026", 184],
    ]);
  });

  test("teks yang salah: satu baris galat (berkas, baris, kolom, teks), kode 2, tidak ada berkas ditulis", async () => {
    const r0 = rekaman();
    r0[5][9] = "Lumayan murah";
    const p = tulisCsv("salah.csv", r0);
    const xlsx = join(dir, "tidak-ada.xlsx");
    const r = await cli("skm", "--input", p, ...KOLOM, "--json", "--xlsx", xlsx);
    expect(r.kode).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toBe(
      `kinerja: ${p} baris 6, kolom "${r0[0][9]}": jawaban "Lumayan murah" tidak ada di peta jawaban\n`,
    );
    expect(existsSync(xlsx)).toBe(false);
    // teks itu diterima setelah dipetakan lewat --peta
    const peta = tulisCsv("peta.csv", [
      ["unsur", "jawaban", "nilai"],
      ["biaya", "Lumayan murah", "3"],
    ]);
    expect((await cli("skm", "--input", p, ...KOLOM, "--peta", peta, "--json")).kode).toBe(0);
  });

  test("tanpa --layanan/--waktu perintah tetap seperti semula (U1…U9)", async () => {
    const r = await cli("skm", "--input", FORMULIR, "--json");
    expect(r.kode).toBe(2);
    expect(r.err).toMatch(/tidak dikenal \(aturan 2017 memakai U1…U9/);
  });
});

/** Baris (1-based) lembar Hasil untuk periode dan layanan, dibaca dari label sel. */
function barisHasil(buku: BukuTerbaca, lembar: string, periode: string, layanan: string): number {
  const m = buku.lembar[lembar];
  for (const [a, s] of m) {
    const r = Number(a.replace(/^[A-Z]+/, ""));
    if (a.startsWith("A") && !a.startsWith("AA") && s.value === periode && m.get(`B${r}`)?.value === layanan) return r;
  }
  throw new Error(`${periode}|${layanan} tidak ada di ${lembar}`);
}

function bandingkan(buku: BukuTerbaca, nilai: Penilai, json: JsonSiklus): void {
  const L = "SKM Hasil";
  let diperiksa = 0;
  for (const p of json.periode) {
    for (const [nama, g] of [
      ...p.layanan.map((l) => [l.nama, l] as const),
      ["Unit (semua layanan)", p.unit] as const,
    ]) {
      const r = barisHasil(buku, L, p.nama, nama);
      expect(nilai(L, `D${r}`)).toBe(g.responden);
      g.nrr.forEach((v, j) => expect(nilai(L, `${String.fromCharCode(69 + j)}${r}`)).toBeCloseTo(v, 9));
      expect(nilai(L, `O${r}`)).toBeCloseTo(g.nilai, 9);
      expect(nilai(L, `P${r}`)).toBe(g.mutu);
      expect(nilai(L, `Q${r}`)).toBe(g.kinerja);
      diperiksa++;
    }
  }
  expect(diperiksa).toBe(json.periode.length * 4);
}

describe("--xlsx: buku kerja dihitung ulang HyperFormula = --json", () => {
  const kasus: [string, string[]][] = [
    ["bawaan (1/9, tanpa pembulatan, gabungan)", []],
    ["0,111 dan NRR 2 desimal", ["--penimbang", "0.111", "--pembulatan-nrr", "2"]],
    ["0,11, NRR 3 desimal, unit rerata", ["--penimbang", "0.11", "--pembulatan-nrr", "3", "--hasil-unit", "rerata"]],
  ];
  test.each(kasus)("%s", async (_, opsi) => {
    const xlsx = join(dir, `siklus-${opsi.join("")}.xlsx`);
    const r = await cli(
      "skm",
      "--input",
      FORMULIR,
      ...KOLOM,
      ...opsi,
      "--json",
      "--xlsx",
      xlsx,
      "--unit",
      "Kecamatan Contoh",
    );
    expect(r.kode).toBe(0);
    const json = JSON.parse(r.out) as JsonSiklus;
    const buku = await bacaXlsx(xlsx);
    const nilai = evaluasiBuku(buku);
    bandingkan(buku, nilai, json);
    expect(nilai("SKM Hasil", "B8")).toBe(0); // tidak ada jawaban di luar peta
  });

  test("Publikasi, Tren, Tindak Lanjut dan Profil mengikuti Hasil dan periode Publikasi", async () => {
    const xlsx = join(dir, "siklus-publikasi.xlsx");
    const r = await cli("skm", "--input", FORMULIR, ...KOLOM, "--json", "--xlsx", xlsx, "--unit", "Kecamatan Contoh");
    const json = JSON.parse(r.out) as JsonSiklus;
    const buku = await bacaXlsx(xlsx);
    const nilai = evaluasiBuku(buku);
    const akhir = json.periode[1];
    // Publikasi: periode terakhir, nilai unit, mutu
    expect(nilai("SKM Publikasi", "B3")).toBe("2026-S1");
    expect(nilai("SKM Publikasi", "B5")).toBe(akhir.unit.responden);
    expect(nilai("SKM Publikasi", "B6")).toBeCloseTo(akhir.unit.nilai, 9);
    expect(nilai("SKM Publikasi", "C6")).toBe(akhir.unit.mutu);
    // Tren: nilai unit dua semester dan perubahannya
    expect(nilai("SKM Tren", "B5")).toBeCloseTo(json.periode[0].unit.nilai, 9);
    expect(nilai("SKM Tren", "C6")).toBeCloseTo(akhir.unit.nilai - json.periode[0].unit.nilai, 9);
    // Tindak lanjut: tiga NRR unit terendah periode pertama, urut naik
    const urut = json.periode[0].unit.nrr.map((v, j) => [v, j] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    for (let k = 0; k < 3; k++) {
      expect(nilai("SKM Tindak Lanjut", `D${5 + k}`)).toBeCloseTo(urut[k][0], 9);
      expect(String(nilai("SKM Tindak Lanjut", `C${5 + k}`))).toMatch(new RegExp(`^U${urut[k][1] + 1} `));
    }
    // Publikasi: tindak lanjut periode terpilih = baris peringkat 1 periode itu di lembar Tindak Lanjut
    const tl = [...buku.lembar["SKM Tindak Lanjut"]].find(([a, x]) => a.startsWith("A") && x.value === "2026-S1")![0];
    const pub = [...buku.lembar["SKM Publikasi"]].find(([, x]) => x.value === "Tindak lanjut")![0];
    const rPub = Number(pub.slice(1)) + 1;
    expect(nilai("SKM Publikasi", `B${rPub}`)).toBe(nilai("SKM Tindak Lanjut", `C${tl.slice(1)}`));
    expect(String(nilai("SKM Publikasi", `B${rPub}`))).toMatch(/^U\d /);
    // Profil: periode mengikuti Publikasi (2026-S1); hitungan jenis kelamin dan kelompok umur dari CSV
    const baris = rekaman()
      .slice(1)
      .filter((b) => /\/(0[1-6])\/2026 /.test(b[0]));
    const cari = (teks: string) =>
      [...buku.lembar["SKM Profil"]].find(([a, x]) => a.startsWith("A") && x.value === teks)![0].slice(1);
    expect(nilai("SKM Profil", "B4")).toBe(184);
    expect(nilai("SKM Profil", `B${cari("Perempuan")}`)).toBe(baris.filter((b) => b[2] === "Perempuan").length);
    expect(nilai("SKM Profil", `B${cari("30–39")}`)).toBe(
      baris.filter((b) => Number(b[3]) >= 30 && Number(b[3]) < 40).length,
    );
    const ktp = baris.filter((b) => b[1] === "Perekaman KTP-el" && b[4] === "S1").length;
    expect(nilai("SKM Profil", `F${cari("S1")}`)).toBe(ktp); // kolom layanan ke-3 (urut abjad): Perekaman KTP-el
  });

  test("jawaban yang ditempel di bawah data (teks) mengubah hasil seperti --json dengan baris itu", async () => {
    const [judul, ...baris] = rekaman();
    const susulan = [
      "20/06/2026 09:15:00",
      "Akta Kelahiran",
      "Perempuan",
      "40",
      "S1",
      "PNS",
      "Tidak sesuai",
      "Tidak mudah",
      "Tidak cepat",
      "Gratis",
      "Tidak sesuai",
      "Kurang kompeten",
      "Tidak sopan dan ramah",
      "Tidak ada",
      "Buruk",
      "",
    ];
    const xlsx = join(dir, "siklus-susulan.xlsx");
    await cli("skm", "--input", FORMULIR, ...KOLOM, "--xlsx", xlsx);
    const buku = await bacaXlsx(xlsx);
    const sebelum = evaluasiBuku(buku);
    const r = baris.length + 2;
    // "tempel" baris susulan: cap waktu sebagai teks seperti ekspor formulir, jawaban teks
    susulan.forEach((v, c) =>
      buku.lembar["SKM Jawaban"].set(`${String.fromCharCode(65 + c)}${r}`, { value: c === 3 ? 40 : v }),
    );
    const sesudah = evaluasiBuku(buku);
    const harapan = JSON.parse(
      (await cli("skm", "--input", tulisCsv("susulan.csv", [judul, ...baris, susulan]), ...KOLOM, "--json")).out,
    ) as JsonSiklus;
    const rA = barisHasil(buku, "SKM Hasil", "2026-S1", "Akta Kelahiran");
    expect(sesudah("SKM Hasil", `D${rA}`)).toBe((sebelum("SKM Hasil", `D${rA}`) as number) + 1);
    expect(sesudah("SKM Hasil", `O${rA}`)).not.toBeCloseTo(sebelum("SKM Hasil", `O${rA}`) as number, 3);
    bandingkan(buku, sesudah, harapan);
  });
});

describe("pengurai CSV ekspor formulir", () => {
  test("kutip, kutip ganda di dalam kutip, baris baru di dalam sel, CRLF, baris kosong", () => {
    const t = 'a,b,c\r\n1,"x, ""y""",3\r\n\r\n4,"baris\nbaru",6\n7,,9';
    expect(uraiCsv(parse, t, ",", "f.csv")).toEqual([
      ["a", "b", "c"],
      ["1", 'x, "y"', "3"],
      ["4", "baris\nbaru", "6"],
      ["7", "", "9"],
    ]);
    expect(uraiCsv(parse, "a;b\n1,5;2\n", ";", "f.csv")).toEqual([
      ["a", "b"],
      ["1,5", "2"],
    ]);
    expect(() => uraiCsv(parse, 'a,b\n1,"2\n', ",", "f.csv")).toThrow(
      "f.csv baris 2: CSV tidak dapat diurai (tanda kutip tidak tertutup)",
    );
  });
});

describe("demo siklus SKM dari ekspor formulir contoh", () => {
  test("fixture CSV = keluaran pembangkit berbenih (src/cli/contoh-formulir-skm.ts)", () => {
    expect(csvFormulirContohSkm()).toBe(readFileSync(FORMULIR, "utf8"));
  });

  test("buku kerja demo dihitung HyperFormula = --json atas fixture; 3 layanan, 2 semester", async () => {
    const rencana = rencanaDemoSkmSiklus();
    // formulir demo juga menanyakan kepentingan tiap unsur → lembar Kuadran (test/cli/skm-siklus-kuadran.test.ts)
    expect(rencana.lembar.map((l) => l.nama)).toEqual([
      "SKM Publikasi",
      "SKM Hasil",
      "SKM Tren",
      "SKM Tindak Lanjut",
      "SKM Kuadran",
      "SKM Profil",
      "SKM Jawaban",
      "SKM Peta Jawaban",
      "SKM Hitungan",
    ]);
    const publikasi = rencana.lembar[0];
    expect(publikasi.cetakMinta).toEqual({
      orientasi: "tegak",
      satuHalaman: true,
      area: expect.stringMatching(/^A1:E\d+$/),
    });
    const json = JSON.parse((await cli("skm", "--input", FORMULIR, ...KOLOM, "--json")).out) as JsonSiklus;
    const nilai = evaluasiRencana(rencana);
    const buku: BukuTerbaca = { lembar: {}, status: {}, nama: {} };
    for (const l of rencana.lembar) {
      const m = new Map<string, { value: unknown }>();
      for (const b of l.blok)
        b.sel.forEach((row, i) =>
          row.forEach(
            (x, j) => x && x.nilai !== undefined && m.set(`${String.fromCharCode(65 + j)}${i + 1}`, { value: x.nilai }),
          ),
        );
      buku.lembar[l.nama] = m;
    }
    bandingkan(buku, nilai, json);
    expect(nilai("SKM Publikasi", "B2")).toBe("Kecamatan Contoh");
  });
});

describe("Periksa dan bangun ulang buku kerja siklus", () => {
  test("buku kerja --xlsx yang tidak disentuh: tanpa temuan; angka ketikan di atas rumus Hasil ditemukan", async () => {
    const xlsx = join(dir, "siklus-periksa.xlsx");
    expect((await cli("skm", "--input", FORMULIR, ...KOLOM, "--xlsx", xlsx)).kode).toBe(0);
    const bersih = await cli("periksa", xlsx, "--json");
    expect(JSON.parse(bersih.out)).toEqual({ temuan: [] });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    // penulis beraliran: kepala lembar (bekukan panel, muat ke halaman A4, kerangka kolom bantu) seperti rencana;
    // Hasil terlalu lebar untuk satu halaman dengan huruf ≥ 8 pt: pita kolom 75 % (issue 23), Publikasi satu halaman
    const hasil = wb.getWorksheet("SKM Hasil")!;
    expect(hasil.views[0]).toMatchObject({ state: "frozen", xSplit: 2, ySplit: 10 });
    expect(hasil.pageSetup).toMatchObject({ fitToPage: false, paperSize: 9, scale: 75, printTitlesColumn: "A:B" });
    expect(hasil.getColumn("C").hidden).toBe(true);
    expect(wb.getWorksheet("SKM Publikasi")!.pageSetup).toMatchObject({
      fitToPage: true,
      paperSize: 9,
      fitToWidth: 1,
      fitToHeight: 1,
    });
    expect(wb.getWorksheet("SKM Peta Jawaban")!.getColumn("D").hidden).toBe(true);
    expect(wb.getWorksheet("SKM Jawaban")!.getColumn("A").width).toBeGreaterThanOrEqual(21);
    wb.getWorksheet("SKM Hasil")!.getCell("O11").value = 90;
    const rusak = join(dir, "siklus-rusak.xlsx");
    await wb.xlsx.writeFile(rusak);
    const r = await cli("periksa", rusak, "--json");
    expect(r.kode).toBe(1);
    expect((JSON.parse(r.out) as { temuan: { sheet: string; sel: string; jenis: string }[] }).temuan).toEqual([
      expect.objectContaining({ sheet: "SKM Hasil", sel: "O11", jenis: "rumus-diganti-nilai" }),
    ]);
  });
});

describe("--populasi: sampel Krejcie–Morgan per layanan", () => {
  test("JSON menambah sampel pada layanan yang populasinya diberikan; buku kerja memberi sampel minimal yang sama", async () => {
    // N = 100 → 80 dan N = 50 → 44 (Tabel 1 Krejcie & Morgan 1970)
    const pop = tulisCsv("populasi.csv", [
      ["layanan", "populasi"],
      ["Akta Kelahiran", "100"],
      ["Kartu Keluarga", "50"],
    ]);
    const xlsx = join(dir, "siklus-populasi.xlsx");
    const r = await cli("skm", "--input", FORMULIR, ...KOLOM, "--populasi", pop, "--json", "--xlsx", xlsx);
    expect(r.kode).toBe(0);
    const p = (JSON.parse(r.out) as { periode: { layanan: { nama: string; responden: number; sampel?: unknown }[] }[] })
      .periode[1];
    expect(p.layanan[0].sampel).toEqual({ populasi: 100, minimal: 80, cukup: false }); // 57 responden
    expect(p.layanan[1].sampel).toEqual({ populasi: 50, minimal: 44, cukup: true }); // 61 responden
    expect(p.layanan[2].sampel).toBeUndefined();
    const buku = await bacaXlsx(xlsx);
    const nilai = evaluasiBuku(buku);
    const rA = barisHasil(buku, "SKM Hasil", "2026-S1", "Akta Kelahiran");
    const rK = barisHasil(buku, "SKM Hasil", "2026-S1", "Kartu Keluarga");
    expect([nilai("SKM Hasil", `S${rA}`), nilai("SKM Hasil", `T${rA}`)]).toEqual([80, "Tidak"]);
    expect([nilai("SKM Hasil", `S${rK}`), nilai("SKM Hasil", `T${rK}`)]).toEqual([44, "Ya"]);
  });
});

describe("judul kembar di ekspor formulir, --peta dan --populasi (issue 22)", () => {
  // kolom ke-17 = salinan satu kolom (judul dan isi), agar hanya judulnya yang kembar
  const denganSalinan = (kolom: number, judul?: string): string[][] =>
    rekaman().map((b, i) => [...b, i === 0 && judul !== undefined ? judul : b[kolom]]);
  const pesan = (sumber: string, judul: string, a: number, b: number) =>
    `kinerja: ${sumber} baris 1: kolom "${judul}" muncul dua kali (kolom ${a} dan ${b})\n`;

  test("kolom bebas berjudul sama (dua Saran) tidak dibaca: diterima, hasil sama", async () => {
    const acuan = await cli("skm", "--input", FORMULIR, ...KOLOM, "--json");
    const r = await cli("skm", "--input", tulisCsv("dua-saran.csv", denganSalinan(15)), ...KOLOM, "--json");
    expect(r.err).toBe("");
    expect(JSON.parse(r.out)).toEqual(JSON.parse(acuan.out));
  });

  test("kolom --layanan kembar (huruf besar/kecil lain): ditolak dengan kedua posisi, tanpa berkas ditulis", async () => {
    const p = tulisCsv("dua-layanan.csv", denganSalinan(1, "jenis layanan"));
    const xlsx = join(dir, "dua-layanan.xlsx");
    const r = await cli("skm", "--input", p, ...KOLOM, "--json", "--xlsx", xlsx);
    expect([r.kode, r.out, r.err]).toEqual([2, "", pesan(p, "jenis layanan", 2, 17)]);
    expect(existsSync(xlsx)).toBe(false);
  });

  test("kolom unsur kembar (judul U1 dua kali): ditolak", async () => {
    const r0 = denganSalinan(6);
    const p = tulisCsv("dua-u1.csv", r0);
    const r = await cli("skm", "--input", p, ...KOLOM, "--json");
    expect([r.kode, r.err]).toEqual([2, pesan(p, r0[0][6], 7, 17)]);
  });

  test(".xlsx: kolom --waktu kembar ditolak (lembar disebut); dua Saran diterima", async () => {
    const tulisXlsx = async (nama: string, r: string[][]): Promise<string> => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet("Form Responses 1");
      for (const b of r) ws.addRow(b);
      const p = join(dir, nama);
      await wb.xlsx.writeFile(p);
      return p;
    };
    const p = await tulisXlsx("dua-waktu.xlsx", denganSalinan(0));
    const r = await cli("skm", "--input", p, ...KOLOM, "--json");
    expect([r.kode, r.err]).toEqual([2, pesan(`${p} (lembar Form Responses 1)`, "Cap waktu", 1, 17)]);
    const ok = await cli("skm", "--input", await tulisXlsx("dua-saran.xlsx", denganSalinan(15)), ...KOLOM, "--json");
    expect([ok.kode, ok.err]).toEqual([0, ""]);
  });

  test("--peta dan --populasi: kolom yang dibaca kembar ditolak, kolom lain kembar dibiarkan", async () => {
    const peta = tulisCsv("peta-kembar.csv", [
      ["unsur", "jawaban", "nilai", "Nilai"],
      ["biaya", "Lumayan murah", "3", "4"],
    ]);
    const r = await cli("skm", "--input", FORMULIR, ...KOLOM, "--peta", peta, "--json");
    expect([r.kode, r.err]).toEqual([2, pesan(peta, "Nilai", 3, 4)]);
    const petaOk = tulisCsv("peta-catatan.csv", [
      ["unsur", "jawaban", "nilai", "catatan", "catatan"],
      ["biaya", "Lumayan murah", "3", "", ""],
    ]);
    expect((await cli("skm", "--input", FORMULIR, ...KOLOM, "--peta", petaOk, "--json")).kode).toBe(0);
    const pop = tulisCsv("populasi-kembar.csv", [
      ["layanan", "populasi", "Layanan"],
      ["Akta Kelahiran", "100", "Kartu Keluarga"],
    ]);
    const r2 = await cli("skm", "--input", FORMULIR, ...KOLOM, "--populasi", pop, "--json");
    expect([r2.kode, r2.err]).toEqual([2, pesan(pop, "Layanan", 1, 3)]);
  });
});
