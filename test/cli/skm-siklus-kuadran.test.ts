/**
 * Siklus SKM, issue 14 butir 5: Tindak Lanjut dengan ambang NRR (--ambang, sel kuning B3) dan kuadran
 * kepentingan–kinerja (Martilla & James 1977) bila formulir menanyakan kepentingan/harapan tiap unsur.
 * Angka harapan: kasus kecil dihitung tangan di komentar; fixture formulir-kepentingan.csv dihitung ulang
 * di uji ini dari teks CSV (posisi pilihan 1–4), terpisah dari kode. Buku kerja --xlsx dihitung HyperFormula.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { parse } from "csv-parse/sync";
import { parseStringPromise } from "xml2js";
import { cli } from "../bantu/cli";
import {
  UNSUR_KEPENTINGAN,
  hitungKuadran,
  hitungSiklus,
  kenaliKolom,
  kepentinganDariJudul,
  petaBawaan,
  petaKepentinganDengan,
  pilihTindakLanjut,
  type OpsiSiklus,
  type TabelJawaban,
} from "../../src/core/skm-siklus";
import { OPSI_KEPENTINGAN, UNSUR_FORMULIR_2017 } from "../../src/frameworks/skm-siklus";
import { csvFormulirContohSkm, formulirContohSkm } from "../../src/cli/contoh-formulir-skm";
import { rencanaDemoSkmSiklus } from "../../src/cli/demo";
import { siklusDariTabel } from "../../src/cli/skm-siklus";
import { rencanaSiklusDariCli } from "../../src/cli/skm-siklus-xlsx";
import { batasSumbuKuadran } from "../../src/plans/skm-siklus";
import { xmlGrafik } from "../../src/hosts/xlsx/grafik";
import { bacaXlsx, type BukuTerbaca } from "../../src/hosts/xlsx/xlsx";
import { evaluasiBuku, evaluasiRencana, type Penilai } from "../bantu/mesin-rumus";

const dir = mkdtempSync(join(tmpdir(), "kinerja-kuadran-"));
const KECAMATAN = join(__dirname, "..", "fixtures", "skm-siklus", "formulir-kecamatan.csv");
const KEPENTINGAN = join(__dirname, "..", "fixtures", "skm-siklus", "formulir-kepentingan.csv");
const KOLOM = ["--layanan", "Jenis Layanan", "--waktu", "Cap waktu"];

interface TlJson {
  no: number;
  unsur: string;
  nrr: number;
}
interface KuadranJson {
  no: number;
  unsur: string;
  kepentingan: number;
  kinerja: number;
  kuadran: string;
}
interface PeriodeJson {
  nama: string;
  unit: { nrr: number[] };
  tindakLanjut: TlJson[];
  kuadran?: KuadranJson[];
  garisKuadran?: { kepentingan: number; kinerja: number };
}
const jsonDari = (out: string): { periode: PeriodeJson[] } => JSON.parse(out) as { periode: PeriodeJson[] };

function tulisCsv(nama: string, r: string[][]): string {
  const p = join(dir, nama);
  writeFileSync(
    p,
    r.map((b) => b.map((s) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s)).join(",")).join("\n") + "\n",
  );
  return p;
}

// ---------- kasus kecil dihitung tangan ----------

const JUDUL_KECIL = [
  ...UNSUR_FORMULIR_2017.map((_, j) => `U${j + 1}`),
  ...UNSUR_FORMULIR_2017.map((_, j) => `K${j + 1}`),
];
/**
 * Tiga responden, satu periode. Persepsi (U1…U9) dan kepentingan (K1…K9, teks atau angka; responden 3
 * melewati kepentingan):
 *   r1: 4 4 2 4 3 3 4 3 3 | Sangat penting, 4, Penting, 2, 3, 3, 4, Kurang penting, 3
 *   r2: 3 4 2 4 3 4 4 2 3 | 4, Penting, 4, Tidak penting, 3, 4, 4, 2, Sangat penting
 *   r3: 3 3 3 3 3 3 3 3 3 | (kosong)
 * NRR = 10/3, 11/3, 7/3, 11/3, 3, 10/3, 11/3, 8/3, 3 → Σ = 86/3, garis kinerja = 86/27 = 3,185185…
 * Kepentingan = 4, 3,5, 3,5, 1,5, 3, 3,5, 4, 2, 3,5 → Σ = 28,5, garis kepentingan = 28,5/9 = 3,1666…
 * Kuadran (kepentingan ≥ garis → penting; kinerja ≥ garis → tinggi):
 *   U1 4/3,333 II; U2 3,5/3,667 II; U3 3,5/2,333 I; U4 1,5/3,667 IV; U5 3/3 III; U6 3,5/3,333 II;
 *   U7 4/3,667 II; U8 2/2,667 III; U9 3,5/3 I.
 */
const BARIS_KECIL: unknown[][] = [
  [4, 4, 2, 4, 3, 3, 4, 3, 3, "Sangat penting", 4, "Penting", 2, 3, 3, 4, "Kurang penting", 3],
  [3, 4, 2, 4, 3, 4, 4, 2, 3, 4, "Penting", 4, "Tidak penting", 3, 4, 4, 2, "Sangat penting"],
  [3, 3, 3, 3, 3, 3, 3, 3, 3, "", "", "", "", "", "", "", "", ""],
];
const NRR_KECIL = [10 / 3, 11 / 3, 7 / 3, 11 / 3, 3, 10 / 3, 11 / 3, 8 / 3, 3];
const KEP_KECIL = [4, 3.5, 3.5, 1.5, 3, 3.5, 4, 2, 3.5];
const KUADRAN_KECIL = ["II", "II", "I", "IV", "III", "II", "II", "III", "I"];
const tabelKecil = (): TabelJawaban => ({
  sumber: "kecil.csv",
  judul: JUDUL_KECIL,
  baris: BARIS_KECIL.map((sel, i) => ({ no: i + 2, sel: [...sel] })),
});
const opsiKecil = (ambang?: number): OpsiSiklus => ({
  aturan: "2017",
  periode: "semester",
  formatTanggal: "hbt",
  peta: petaBawaan("2017"),
  konvensi: { penimbang: "1/n", pembulatanNrr: null },
  hasilUnit: "gabungan",
  ...(ambang !== undefined ? { ambang } : {}),
});

describe("inti: kolom kepentingan, kuadran dan tindak lanjut", () => {
  test("judul kolom kepentingan/harapan dikenali menurut nama unsur + kata kunci, atau K1…K9/H1…H9", () => {
    expect(kepentinganDariJudul("Tingkat kepentingan: kesesuaian persyaratan pelayanan", "2017")).toEqual([0]);
    expect(kepentinganDariJudul("Harapan – kecepatan waktu pelayanan", "2017")).toEqual([2]);
    expect(kepentinganDariJudul("Seberapa penting biaya/tarif bagi Anda?", "2017")).toEqual([3]);
    expect(kepentinganDariJudul("K9", "2017")).toEqual([8]);
    expect(kepentinganDariJudul("h2", "2017")).toEqual([1]);
    expect(kepentinganDariJudul("Harapan Anda untuk kantor ini", "2017")).toEqual([]); // tanpa unsur: kolom bebas
    expect(kepentinganDariJudul("Bagaimana pendapat Saudara tentang kesesuaian persyaratan?", "2017")).toBeNull();
    const judul = ["Cap waktu", ...JUDUL_KECIL, "Harapan Anda untuk kantor ini"];
    const t = kenaliKolom(judul, "2017", undefined, "Cap waktu");
    expect(t.unsur).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(t.kepentingan).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18]);
    expect(t.lain).toEqual([19]);
    expect(kenaliKolom(JUDUL_KECIL.slice(0, 9), "2017").kepentingan).toBeNull();
  });

  test("kolom kepentingan tidak lengkap (#N/A), ganda (#VALUE!), dan kolom unsur yang terbaca kepentingan disebut", () => {
    expect(() => kenaliKolom(JUDUL_KECIL.slice(0, 17), "2017")).toThrow(
      "kolom kepentingan/harapan tidak lengkap: tidak ada untuk U9 Sarana dan Prasarana",
    );
    expect(() => kenaliKolom([...JUDUL_KECIL, "Kepentingan sarana"], "2017")).toThrow(
      'kepentingan unsur "Sarana dan Prasarana" dikenali di dua kolom: "K9" dan "Kepentingan sarana"',
    );
    const judul = [...JUDUL_KECIL.slice(0, 8), "Kesesuaian sarana dengan harapan", ...JUDUL_KECIL.slice(9, 17)];
    expect(() => kenaliKolom(judul, "2017")).toThrow(
      /U9 Sarana dan Prasarana \(kolom "Kesesuaian sarana dengan harapan" dibaca sebagai kepentingan\/harapan/,
    );
  });

  test("kuadran tangan: garis = rata-rata dari rata-rata unsur; kepentingan sama dengan garis dihitung penting", () => {
    // garis kepentingan (3,5 + 3 + 2,5 + 3,2)/4 = 3,05; garis kinerja (2,8 + 3,4 + 3 + 3,6)/4 = 3,2
    const k = hitungKuadran([3.5, 3.0, 2.5, 3.2], [2.8, 3.4, 3.0, 3.6]);
    expect(k.garisKepentingan).toBeCloseTo(3.05, 12);
    expect(k.garisKinerja).toBeCloseTo(3.2, 12);
    expect(k.unsur.map((u) => u.kuadran)).toEqual(["I", "IV", "III", "II"]);
    // kepentingan 3 dan 3 (= garis 3): keduanya penting; kinerja 2 < 3 → I, 4 ≥ 3 → II
    expect(hitungKuadran([3, 3], [2, 4]).unsur.map((u) => u.kuadran)).toEqual(["I", "II"]);
    expect(() => hitungKuadran([3], [3, 4])).toThrow(/kuadran perlu/);
  });

  test("tindak lanjut: tiga NRR terendah (kembar menurut nomor unsur) atau semua di bawah ambang", () => {
    // NRR kecil: U3 2,333; U8 2,667; U5 = U9 = 3 (kembar: U5 dulu)
    expect(pilihTindakLanjut(NRR_KECIL).map((x) => x.unsur + 1)).toEqual([3, 8, 5]);
    expect(pilihTindakLanjut(NRR_KECIL, 3.2).map((x) => x.unsur + 1)).toEqual([3, 8, 5, 9]);
    expect(pilihTindakLanjut(NRR_KECIL, 3).map((x) => x.unsur + 1)).toEqual([3, 8]); // 3 tidak di bawah 3
    expect(pilihTindakLanjut(NRR_KECIL, 2)).toEqual([]);
    expect(() => pilihTindakLanjut(NRR_KECIL, Number.NaN)).toThrow(/ambang/);
  });

  test("hitungSiklus kasus kecil: NRR, kepentingan, garis dan kuadran sama dengan hitungan tangan", () => {
    const p = hitungSiklus(tabelKecil(), opsiKecil(3.2)).periode[0];
    NRR_KECIL.forEach((v, j) => expect(p.unit.nrr[j]).toBeCloseTo(v, 12));
    expect(p.kuadran).toBeDefined();
    expect(p.kuadran!.garisKinerja).toBeCloseTo(86 / 27, 12);
    expect(p.kuadran!.garisKepentingan).toBeCloseTo(28.5 / 9, 12);
    expect(p.kuadran!.unsur.map((u) => u.kepentingan)).toEqual(KEP_KECIL);
    expect(p.kuadran!.unsur.map((u) => u.kuadran)).toEqual(KUADRAN_KECIL);
    expect(p.tindakLanjut.map((x) => x.unsur + 1)).toEqual([3, 8, 5, 9]);
  });

  test("tanpa jawaban kepentingan untuk satu unsur di periode itu: tidak ada kuadran", () => {
    const t = tabelKecil();
    for (const b of t.baris) b.sel[9] = "";
    expect(hitungSiklus(t, opsiKecil()).periode[0].kuadran).toBeUndefined();
  });

  test("peta kepentingan: pilihan konvensi e-SKM dan 1–4; teks lain galat sampai ditambahkan (unsur kepentingan)", () => {
    const m = petaKepentinganDengan();
    expect(OPSI_KEPENTINGAN.map((x) => m.get(x.toLowerCase()))).toEqual([1, 2, 3, 4]);
    const t = tabelKecil();
    t.baris[0].sel[9] = "Amat penting";
    expect(() => hitungSiklus(t, opsiKecil())).toThrow(
      'kecil.csv baris 2, kolom "K1": jawaban "Amat penting" tidak ada di peta jawaban',
    );
    const tambah = petaKepentinganDengan([{ unsur: UNSUR_KEPENTINGAN, jawaban: "Amat penting", nilai: 4 }]);
    expect(hitungSiklus(t, { ...opsiKecil(), petaKepentingan: tambah }).periode[0].kuadran!.unsur[0].kepentingan).toBe(
      4,
    );
  });
});

describe("buku kerja kasus kecil (HyperFormula) = hitungan tangan", () => {
  const tabel = (): TabelJawaban => ({
    sumber: "kecil",
    judul: JUDUL_KECIL,
    baris: BARIS_KECIL.map((sel, i) => ({ no: i + 2, sel: [...sel] })),
  });

  test("lembar Kuadran: kinerja, kepentingan, garis dan kuadran; Tindak Lanjut dengan dan tanpa ambang", () => {
    const rencana = rencanaSiklusDariCli(siklusDariTabel(tabel(), { ambang: 3.2 }));
    expect(rencana.lembar.map((l) => l.nama)).toContain("SKM Kuadran");
    const nilai = evaluasiRencana(rencana);
    // tabel atas (periode B5 = "Semua"): baris 9–17, garis baris 18
    expect(nilai("SKM Kuadran", "B5")).toBe("Semua");
    expect(nilai("SKM Kuadran", "B6")).toBe(0);
    for (let j = 0; j < 9; j++) {
      expect(nilai("SKM Kuadran", `D${9 + j}`)).toBeCloseTo(NRR_KECIL[j], 12);
      expect(nilai("SKM Kuadran", `E${9 + j}`)).toBeCloseTo(KEP_KECIL[j], 12);
      expect(nilai("SKM Kuadran", `F${9 + j}`)).toBe(KUADRAN_KECIL[j]);
    }
    expect(nilai("SKM Kuadran", "D18")).toBeCloseTo(86 / 27, 12);
    expect(nilai("SKM Kuadran", "E18")).toBeCloseTo(28.5 / 9, 12);
    expect(nilai("SKM Kuadran", "G11")).toBe("Prioritas utama");
    expect(nilai("SKM Kuadran", "G12")).toBe("Berlebihan");
    // Tindak Lanjut: ambang 3,2 → U3, U8, U5, U9 lalu baris kosong
    expect(nilai("SKM Tindak Lanjut", "B3")).toBe(3.2);
    const daftar = (n: Penilai) =>
      Array.from({ length: 9 }, (_, i) => String(n("SKM Tindak Lanjut", `C${5 + i}`)).split(" ")[0]);
    expect(daftar(nilai)).toEqual(["U3", "U8", "U5", "U9", "", "", "", "", ""]);
    expect(nilai("SKM Tindak Lanjut", "D8")).toBe(3);
    expect(nilai("SKM Tindak Lanjut", "B9")).toBe("");
    expect(String(nilai("SKM Tindak Lanjut", "C3"))).toBe("Aturan: semua unsur dengan NRR unit di bawah 3.2");
    // sel ambang dikosongkan pengguna → tiga terendah; diisi 3 → U3, U8
    const tanpa = evaluasiRencana(rencana, { "SKM Tindak Lanjut": { B3: null } });
    expect(daftar(tanpa)).toEqual(["U3", "U8", "U5", "", "", "", "", "", ""]);
    expect(String(tanpa("SKM Tindak Lanjut", "C3"))).toBe("Aturan: tiga unsur dengan NRR unit terendah (B3 kosong)");
    expect(daftar(evaluasiRencana(rencana, { "SKM Tindak Lanjut": { B3: 3 } })).slice(0, 3)).toEqual(["U3", "U8", ""]);
  });

  test("jawaban kepentingan di luar peta: #N/A dihitung di B6; teks yang ditambahkan di Peta Jawaban dipakai", () => {
    const t = tabel();
    t.baris[0].sel[9] = 4; // K1 r1 angka; teks asing diketik di buku kerja
    const rencana = rencanaSiklusDariCli(siklusDariTabel(t, {}));
    const peta = rencana.lembar.find((l) => l.nama === "SKM Peta Jawaban")!;
    const kosong = [...peta.blok.flatMap((b) => b.sel.map((r, i) => ({ r, i, b })))].filter(
      ({ r }) => r[1]?.kunci?.startsWith("peta-kep|") && r[1].nilai === undefined,
    );
    const baris = Number(kosong[0].b.mulai.slice(1)) + kosong[0].i;
    const salah = evaluasiRencana(rencana, { "SKM Jawaban": { J2: "Amat penting" } });
    expect(salah("SKM Kuadran", "B6")).toBe(1);
    const benar = evaluasiRencana(rencana, {
      "SKM Jawaban": { J2: "Amat penting" },
      "SKM Peta Jawaban": { [`B${baris}`]: "amat penting", [`C${baris}`]: 4 },
    });
    expect(benar("SKM Kuadran", "B6")).toBe(0);
    expect(benar("SKM Kuadran", "E9")).toBeCloseTo(4, 12); // (4 + 4)/2
  });

  test("batas sumbu grafik: kelipatan 0,5 di bawah nilai terkecil (≥ 0,15 ruang), sampai 4", () => {
    expect(batasSumbuKuadran([2.83, 3.9])).toEqual([2.5, 4]);
    expect(batasSumbuKuadran([3.02, 3.5])).toEqual([2.5, 4]); // 3,0 terlalu dekat
    expect(batasSumbuKuadran([1.2])).toEqual([1, 4]);
    expect(batasSumbuKuadran([])).toEqual([3.5, 4]);
  });
});

// ---------- fixture formulir-kepentingan.csv ----------

/** Hitungan bebas dari kode: rata-rata kepentingan per semester dari teks CSV (posisi di OPSI_KEPENTINGAN + 1). */
function kepentinganTangan(): Map<string, number[]> {
  const [judul, ...baris] = parse(readFileSync(KEPENTINGAN, "utf8")) as string[][];
  const k0 = judul.findIndex((j) => j.startsWith("Tingkat kepentingan"));
  expect(k0).toBe(15);
  const m = new Map<string, { s: number[]; n: number[] }>();
  for (const b of baris) {
    const [, bulan, tahun] = b[0].split(" ")[0].split("/").map(Number);
    const sem = `${tahun}-S${bulan <= 6 ? 1 : 2}`;
    const g = m.get(sem) ?? { s: new Array<number>(9).fill(0), n: new Array<number>(9).fill(0) };
    for (let j = 0; j < 9; j++) {
      const x = b[k0 + j];
      if (x === "") continue;
      g.s[j] += ["Tidak penting", "Kurang penting", "Penting", "Sangat penting"].indexOf(x) + 1;
      g.n[j]++;
    }
    m.set(sem, g);
  }
  return new Map([...m].map(([p, g]) => [p, g.s.map((s, j) => s / g.n[j])]));
}

describe("CLI --ambang dan kuadran dari ekspor formulir", () => {
  test("--ambang 3,2 (koma desimal): semua unsur dengan NRR unit < 3,2, urut naik; tanpa ambang tiga terendah", async () => {
    const r = await cli("skm", "--input", KECAMATAN, ...KOLOM, "--ambang", "3,2", "--json");
    expect(r.err).toBe("");
    const j = jsonDari(r.out);
    const bawaan = jsonDari((await cli("skm", "--input", KECAMATAN, ...KOLOM, "--json")).out);
    for (const [i, p] of j.periode.entries()) {
      const urut = p.unit.nrr.map((v, u) => ({ no: u + 1, nrr: v })).sort((a, b) => a.nrr - b.nrr || a.no - b.no);
      expect(p.tindakLanjut.map((x) => x.no)).toEqual(urut.filter((x) => x.nrr < 3.2).map((x) => x.no));
      expect(bawaan.periode[i].tindakLanjut.map((x) => x.no)).toEqual(urut.slice(0, 3).map((x) => x.no));
      p.tindakLanjut.forEach((x) => expect(x.nrr).toBe(p.unit.nrr[x.no - 1]));
      expect(p.kuadran).toBeUndefined(); // formulir tanpa kolom kepentingan
    }
    expect(j.periode[0].tindakLanjut[0]).toEqual({
      no: 8,
      unsur: "Penanganan Pengaduan, Saran dan Masukan",
      nrr: j.periode[0].unit.nrr[7],
    });
    expect(j.periode[0].tindakLanjut.length).toBeGreaterThan(3);
    // keluaran teks: satu baris tindak lanjut per periode dengan aturan dan NRR 3 desimal
    const teks = (await cli("skm", "--input", KECAMATAN, ...KOLOM, "--ambang", "3,2")).out;
    const p0 = j.periode[0];
    expect(teks).toContain(
      `Tindak lanjut ${p0.nama} (NRR unit < 3.2): ${p0.tindakLanjut.map((x) => `U${x.no} ${x.unsur} (${x.nrr.toFixed(3)})`).join("; ")}\n`,
    );
    expect(teks).not.toContain("Kuadran");
  });

  test.each([
    [["--ambang", "5"], 'kinerja: --ambang harus NRR antara 1 dan 4, bukan "5"'],
    [["--ambang", "tinggi"], 'kinerja: --ambang: "tinggi" bukan angka'],
    [["--ambang", "0,5"], 'kinerja: --ambang harus NRR antara 1 dan 4, bukan "0,5"'],
  ])("--ambang salah %j → kode 2, pesan Indonesia", async (opsi, pesan) => {
    const r = await cli("skm", "--input", KECAMATAN, ...KOLOM, ...opsi, "--json");
    expect(r.kode).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toContain(pesan);
  });

  test("--ambang tanpa --layanan/--waktu → kode 2; --help memuat --ambang dan contohnya", async () => {
    const r = await cli("skm", "--input", KECAMATAN, "--ambang", "3");
    expect(r.kode).toBe(2);
    expect(r.err).toBe("kinerja: --ambang hanya untuk siklus SKM (--layanan/--waktu)\n");
    const h = await cli("skm", "--help");
    expect(h.out).toMatch(/--ambang <nrr>/);
    expect(h.out).toMatch(/Contoh:[\s\S]*--ambang 3,2/);
  });

  test("kuadran JSON = hitungan tangan dari CSV: kepentingan per unsur, garis, kuadran", async () => {
    const r = await cli("skm", "--input", KEPENTINGAN, ...KOLOM, "--json");
    expect(r.err).toBe("");
    const j = jsonDari(r.out);
    const tangan = kepentinganTangan();
    // jawaban unsur sama dengan formulir-kecamatan.csv: NRR unit sama
    const tanpa = jsonDari((await cli("skm", "--input", KECAMATAN, ...KOLOM, "--json")).out);
    for (const [i, p] of j.periode.entries()) {
      expect(p.unit.nrr).toEqual(tanpa.periode[i].unit.nrr);
      const kep = tangan.get(p.nama)!;
      const gk = kep.reduce((a, b) => a + b, 0) / 9;
      const gp = p.unit.nrr.reduce((a, b) => a + b, 0) / 9;
      expect(p.garisKuadran!.kepentingan).toBeCloseTo(gk, 12);
      expect(p.garisKuadran!.kinerja).toBeCloseTo(gp, 12);
      p.kuadran!.forEach((u, x) => {
        expect(u.no).toBe(x + 1);
        expect(u.kepentingan).toBeCloseTo(kep[x], 12);
        expect(u.kinerja).toBe(p.unit.nrr[x]);
        const kode = kep[x] >= gk ? (u.kinerja >= gp ? "II" : "I") : u.kinerja >= gp ? "IV" : "III";
        expect(u.kuadran).toBe(kode);
      });
    }
    // contoh ini mengisi keempat kuadran (lihat src/cli/contoh-formulir-skm.ts)
    expect(new Set(j.periode.flatMap((p) => p.kuadran!.map((u) => u.kuadran)))).toEqual(
      new Set(["I", "II", "III", "IV"]),
    );
  });

  test("teks kepentingan asing → kode 2 menyebut kolomnya; diterima lewat --peta (unsur kepentingan)", async () => {
    const r0 = parse(readFileSync(KEPENTINGAN, "utf8")) as string[][];
    r0[3][16] = "Amat penting";
    const p = tulisCsv("kep-salah.csv", r0);
    const r = await cli("skm", "--input", p, ...KOLOM, "--json");
    expect(r.kode).toBe(2);
    expect(r.err).toBe(
      `kinerja: ${p} baris 4, kolom "${r0[0][16]}": jawaban "Amat penting" tidak ada di peta jawaban\n`,
    );
    const peta = tulisCsv("peta-kep.csv", [
      ["unsur", "jawaban", "nilai"],
      ["kepentingan", "Amat penting", "4"],
    ]);
    expect((await cli("skm", "--input", p, ...KOLOM, "--peta", peta, "--json")).kode).toBe(0);
  });

  test("--xlsx dihitung HyperFormula: Kuadran semua periode dan periode terpilih = JSON; Tindak Lanjut = JSON; grafik sebar tertulis", async () => {
    const xlsx = join(dir, "kuadran.xlsx");
    const r = await cli("skm", "--input", KEPENTINGAN, ...KOLOM, "--ambang", "3.2", "--json", "--xlsx", xlsx);
    expect(r.kode).toBe(0);
    const j = jsonDari(r.out);
    const buku = await bacaXlsx(xlsx);
    const nilai = evaluasiBuku(buku);
    periksaKuadran(buku, nilai, j);
    periksaTindakLanjut(buku, nilai, j);
    // Publikasi (dibuat dengan ambang): satu baris per unsur; terisi = tindak lanjut periode B3, sisanya kosong
    const pub = Number([...buku.lembar["SKM Publikasi"]].find(([, x]) => x.value === "Tindak lanjut")![0].slice(1));
    const akhir = j.periode[j.periode.length - 1];
    const isi = Array.from({ length: 9 }, (_, i) => [
      nilai("SKM Publikasi", `A${pub + 1 + i}`),
      nilai("SKM Publikasi", `B${pub + 1 + i}`),
    ]);
    expect(isi).toEqual(
      Array.from({ length: 9 }, (_, i) =>
        akhir.tindakLanjut[i] ? [i + 1, `U${akhir.tindakLanjut[i].no} ${akhir.tindakLanjut[i].unsur}`] : ["", ""],
      ),
    );
    expect(akhir.tindakLanjut.length).toBeGreaterThan(0);
    const zip = await JSZip.loadAsync(readFileSync(xlsx));
    const chart = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f))
        .map((f) => zip.file(f)!.async("string")),
    );
    const sebar = chart.find((x) => x.includes("<c:scatterChart>"))!;
    expect(sebar).toBeDefined();
    await expect(parseStringPromise(sebar)).resolves.toBeTruthy();
    expect(sebar.match(/<c:ser>/g)).toHaveLength(11); // 9 unsur + 2 garis pemisah
    expect(sebar).toContain("<c:f>'SKM Kuadran'!$D$9</c:f>");
    expect(sebar).toContain("<c:f>'SKM Kuadran'!$E$17</c:f>");
    expect(sebar).toContain("<c:f>'SKM Kuadran'!$B$9</c:f>"); // nama seri U1 (label titik)
    expect(sebar).toContain('<c:min val="2.5"/>'); // nilai terkecil 2,82 (kepentingan U8)
    // Periksa: buku kerja yang tidak disentuh tanpa temuan (B3 ambang boleh kosong, B5 periode dari daftar)
    expect(JSON.parse((await cli("periksa", xlsx, "--json")).out)).toEqual({ temuan: [] });
  });
});

/** Tabel "semua periode" lembar Kuadran (baris berlabel periode di kolom A, kode di B) dan tabel periode B5. */
function periksaKuadran(buku: BukuTerbaca, nilai: Penilai, j: { periode: PeriodeJson[] }): void {
  const L = "SKM Kuadran";
  let diperiksa = 0;
  for (const p of j.periode) {
    const baris = [...buku.lembar[L]]
      .filter(([a, x]) => /^A\d+$/.test(a) && x.value === p.nama)
      .map(([a]) => Number(a.slice(1)));
    expect(baris).toHaveLength(9);
    baris.forEach((r, x) => {
      expect(nilai(L, `B${r}`)).toBe(`U${x + 1}`);
      expect(nilai(L, `D${r}`)).toBeCloseTo(p.kuadran![x].kinerja, 12);
      expect(nilai(L, `E${r}`)).toBeCloseTo(p.kuadran![x].kepentingan, 12);
      expect(nilai(L, `F${r}`)).toBe(p.kuadran![x].kuadran);
      diperiksa++;
    });
    const g = baris[8] + 1;
    expect(nilai(L, `D${g}`)).toBeCloseTo(p.garisKuadran!.kinerja, 12);
    expect(nilai(L, `E${g}`)).toBeCloseTo(p.garisKuadran!.kepentingan, 12);
  }
  expect(diperiksa).toBe(18);
  // tabel atas mengikuti B5 (periode terakhir)
  const akhir = j.periode[j.periode.length - 1];
  expect(nilai(L, "B5")).toBe(akhir.nama);
  expect(nilai(L, "B6")).toBe(0);
  akhir.kuadran!.forEach((u, x) => {
    expect(nilai(L, `A${9 + x}`)).toBe(akhir.nama);
    expect(nilai(L, `E${9 + x}`)).toBeCloseTo(u.kepentingan, 12);
    expect(nilai(L, `F${9 + x}`)).toBe(u.kuadran);
  });
}

/** Lembar Tindak Lanjut: baris tiap periode (kolom A) berisi unsur JSON tindakLanjut lalu kosong. */
function periksaTindakLanjut(buku: BukuTerbaca, nilai: Penilai, j: { periode: PeriodeJson[] }): void {
  const L = "SKM Tindak Lanjut";
  for (const p of j.periode) {
    const baris = [...buku.lembar[L]]
      .filter(([a, x]) => /^A\d+$/.test(a) && x.value === p.nama)
      .map(([a]) => Number(a.slice(1)));
    expect(baris).toHaveLength(9);
    const unsur = baris.map((r) => String(nilai(L, `C${r}`)));
    expect(unsur).toEqual([
      ...p.tindakLanjut.map((x) => `U${x.no} ${x.unsur}`),
      ...new Array<string>(9 - p.tindakLanjut.length).fill(""),
    ]);
    p.tindakLanjut.forEach((x, i) => expect(nilai(L, `D${baris[i]}`)).toBeCloseTo(x.nrr, 12));
  }
}

describe("demo dan fixture dengan kolom kepentingan", () => {
  test("fixture formulir-kepentingan.csv = pembangkit berbenih dengan kepentingan; jawaban lain = formulir-kecamatan.csv", () => {
    expect(csvFormulirContohSkm({ kepentingan: true })).toBe(readFileSync(KEPENTINGAN, "utf8"));
    const dengan = formulirContohSkm({ kepentingan: true });
    const tanpa = formulirContohSkm();
    expect(dengan.map((b) => [...b.slice(0, 15), b[24]])).toEqual(tanpa);
    expect(dengan[0].slice(15, 24).every((j) => j.startsWith("Tingkat kepentingan: "))).toBe(true);
  });

  test("buku kerja demo: lembar Kuadran dihitung HyperFormula = --json atas fixture kepentingan", async () => {
    const rencana = rencanaDemoSkmSiklus();
    const json = jsonDari((await cli("skm", "--input", KEPENTINGAN, ...KOLOM, "--json")).out);
    const nilai = evaluasiRencana(rencana);
    const buku: BukuTerbaca = { lembar: {}, status: {}, nama: {} };
    for (const l of rencana.lembar) {
      const m = new Map<string, { value: unknown }>();
      for (const b of l.blok) {
        const a = b.mulai.match(/^([A-Z]+)(\d+)$/)!;
        const k0 = a[1].charCodeAt(0) - 65;
        b.sel.forEach((row, i) =>
          row.forEach(
            (x, c) =>
              x &&
              x.nilai !== undefined &&
              k0 + c < 26 &&
              m.set(`${String.fromCharCode(65 + k0 + c)}${Number(a[2]) + i}`, { value: x.nilai }),
          ),
        );
      }
      buku.lembar[l.nama] = m;
    }
    periksaKuadran(buku, nilai, json);
    const l = rencana.lembar.find((x) => x.nama === "SKM Kuadran")!;
    expect(l.grafik).toEqual([
      expect.objectContaining({
        jenis: "sebar",
        data: "D9:E17",
        kategori: "B9:B17",
        sumbu: { x: "Kinerja (NRR)", y: "Kepentingan", min: 2.5, maks: 4 },
      }),
    ]);
  });

  test("xmlGrafik sebar: XML tersusun baik, satu seri per titik bernama sel kode, garis bantu tanpa label", async () => {
    const x = xmlGrafik("L", {
      jenis: "sebar",
      judul: "K",
      data: "D2:E4",
      kategori: "B2:B4",
      garisBantu: ["D6:E7"],
      posisi: "A10",
      sumbu: { x: "X", y: "Y", min: 1, maks: 4 },
    });
    await expect(parseStringPromise(x)).resolves.toBeTruthy();
    expect(x.match(/<c:ser>/g)).toHaveLength(4);
    expect(x).toContain("<c:tx><c:strRef><c:f>'L'!$B$3</c:f></c:strRef></c:tx>");
    expect(x).toContain(
      "<c:xVal><c:numRef><c:f>'L'!$D$4</c:f></c:numRef></c:xVal><c:yVal><c:numRef><c:f>'L'!$E$4</c:f></c:numRef></c:yVal>",
    );
    expect(x).toContain(
      "<c:xVal><c:numRef><c:f>'L'!$D$6:$D$7</c:f></c:numRef></c:xVal><c:yVal><c:numRef><c:f>'L'!$E$6:$E$7</c:f></c:numRef></c:yVal>",
    );
    expect(x.match(/<c:showSerName val="1"\/>/g)).toHaveLength(3);
    expect(x).toContain('<c:max val="4"/><c:min val="1"/>');
  });
});
