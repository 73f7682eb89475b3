/**
 * Setiap opsi setiap subperintah yang punya --xlsx sampai ke buku kerja (issue 11, butir 2): untuk tiap
 * subperintah dan opsi, buku kerja yang ditulis dihitung ulang (HyperFormula) dan angkanya dibandingkan
 * dengan --json. Pembantu: test/bantu/cli-xlsx.ts (jsonDanBuku).
 */
import { jalankanCli } from "../../src/cli/kinerja";
import { lampiranTercetak } from "../../src/frameworks/lan1998";
import { UNSUR_SKM_2017 } from "../../src/frameworks/skm";
import { rencanaSkm } from "../../src/plans/skm";
import { jenisGalat } from "../bantu/galat";
import { jsonDanBuku, samaAngka, tulisSementara, type HasilCliXlsx } from "../bantu/cli-xlsx";

// ---------- kinerja skm: --aturan × --penimbang ----------

/** 5 responden; jawaban responden r unsur j = 1 + ((3r + 2j) mod 4); responden 1 tidak menjawab unsur 5. */
function csvSkm(n: number): string {
  const kepala = Array.from({ length: n }, (_, j) => `U${j + 1}`).join(",");
  const baris = Array.from({ length: 5 }, (_, r) =>
    Array.from({ length: n }, (_, j) => (r === 0 && j === 4 ? "" : String(1 + ((3 * r + 2 * j) % 4)))).join(","),
  );
  return `${kepala}\n${baris.join("\n")}\n`;
}

/** Semua unsur: jawaban 4, 4, 4, 3, 3 → NRR 3,6 tiap unsur. */
function csvSkmRata(n: number): string {
  const kepala = Array.from({ length: n }, (_, j) => `U${j + 1}`).join(",");
  return `${kepala}\n${[4, 4, 4, 3, 3].map((x) => new Array(n).fill(x).join(",")).join("\n")}\n`;
}

function bandingkanSkm(h: HasilCliXlsx, n: number): void {
  const l = `${h.json.aturan === "2017" ? "SKM" : "IKM"} ${h.json.aturan} Data`;
  samaAngka(h.barisKanan(l, "NRR", n), h.json.nrr);
  samaAngka(h.barisKanan(l, "NRR tertimbang", n), h.json.nrrTertimbang);
  samaAngka([h.kanan(l, "Indeks")], [h.json.indeks]);
  samaAngka([h.kanan(l, /^Nilai \(/)], [h.json.nilai]);
  expect(h.kanan(l, "Mutu pelayanan")).toBe(h.json.mutu);
  expect(h.kanan(l, "Kinerja unit")).toBe(h.json.kinerja);
}

describe("kinerja skm --xlsx: aturan dan penimbang sampai ke buku kerja", () => {
  test.each([
    ["2017", "tepat", 9],
    ["2017", "cetak", 9],
    ["2004", "tepat", 14],
    ["2004", "cetak", 14],
  ] as const)(
    "--aturan %s --penimbang %s: NRR, tertimbang, indeks, nilai, mutu, kinerja = JSON",
    async (aturan, penimbang, n) => {
      const h = await jsonDanBuku(
        "skm",
        "--input",
        tulisSementara("skm.csv", csvSkm(n)),
        "--aturan",
        aturan,
        "--penimbang",
        penimbang,
      );
      expect(h.json.aturan).toBe(aturan);
      expect(h.json.penimbang).toBe(penimbang);
      bandingkanSkm(h, n);
      // penimbang di buku kerja: 1/n (tepat) atau angka tercetak 0,111 / 0,071 (cetak)
      const l = `${aturan === "2017" ? "SKM" : "IKM"} ${aturan} Data`;
      const harapan = penimbang === "tepat" ? 1 / n : aturan === "2017" ? 0.111 : 0.071;
      samaAngka(h.barisKanan(l, "Penimbang", n), new Array(n).fill(harapan));
    },
  );

  test("buku kerja --penimbang cetak lolos periksa (kode 0): penimbang tercetak tersimpan di opsi rencana", async () => {
    const csv = tulisSementara("skmp.csv", csvSkmRata(9)); // tanpa sel kosong (sel kosong adalah temuan yang sah)
    const xlsx = tulisSementara("skmp.xlsx", "");
    const keluar = { tulis: () => undefined, galat: () => undefined };
    expect(await jalankanCli(["skm", "--input", csv, "--penimbang", "cetak", "--xlsx", xlsx, "--timpa"], keluar)).toBe(
      0,
    );
    let out = "";
    const kode = await jalankanCli(["periksa", xlsx, "--json"], { tulis: (t) => (out += t), galat: () => undefined });
    expect(JSON.parse(out)).toEqual({ temuan: [] });
    expect(kode).toBe(0);
  });

  test.each([
    // NRR 3,6 tiap unsur. tepat: 3,6 × 25 = 90; cetak 2017: 3,6 × 0,111 × 9 × 25 = 89,91;
    // cetak 2004: 3,6 × 0,071 × 14 × 25 = 89,46 (dihitung tangan)
    ["2017", "tepat", 9, 90],
    ["2017", "cetak", 9, 89.91],
    ["2004", "tepat", 14, 90],
    ["2004", "cetak", 14, 89.46],
  ] as const)(
    "--aturan %s --penimbang %s, (%d unsur), semua NRR 3,6: JSON dan buku kerja sama-sama %p",
    async (aturan, penimbang, n, nilai) => {
      const h = await jsonDanBuku(
        "skm",
        "--input",
        tulisSementara("skm36.csv", csvSkmRata(n)),
        "--aturan",
        aturan,
        "--penimbang",
        penimbang,
      );
      expect(h.json.nilai).toBeCloseTo(nilai, 10);
      bandingkanSkm(h, n);
    },
  );
});

// ---------- kinerja lan hitung: --skor-ideal × --tipe ----------

function csvLan(unit: string[]): string {
  // skor indikator i, unit k = 1 + ((7i + 3k) mod 10)
  const baris = Array.from(
    { length: 89 },
    (_, i) => `${i + 1},${unit.map((_, k) => 1 + ((7 * i + 3 * k) % 10)).join(",")}`,
  );
  return `indikator,${unit.join(",")}\n${baris.join("\n")}\n`;
}

describe("kinerja lan hitung --xlsx: skor ideal dan tipe sampai ke buku kerja", () => {
  test.each([
    [[], "I"],
    [["--skor-ideal", "20470"], "I"],
    [["--tipe", "II"], "II"],
    [["--tipe", "III", "--skor-ideal", "20470"], "III"],
  ] as [string[], string][])("opsi %j: Bobot Variabel, Indikator dan Total Bobot Dinas = JSON", async (opsi, tipe) => {
    const unit = ["Dinas A", "Dinas B", "Dinas C"];
    const h = await jsonDanBuku("lan", "hitung", "--input", tulisSementara("lan.csv", csvLan(unit)), ...opsi);
    const l = `LAN-${tipe} Bobot`;
    const skorIdeal = opsi.includes("--skor-ideal") ? 20470 : 20000;
    expect(h.json.skorIdeal).toBe(skorIdeal);
    // label "Skor Ideal" di kolom A, nilainya di kolom C
    expect(h.nilai(l, `C${h.cari(l, "Skor Ideal").baris + 1}`)).toBe(skorIdeal);
    // Bobot Variabel: baris "Jumlah" tiap variabel, kolom "Bobot Variabel"
    const kBV = h.cari(l, "Bobot Variabel").kolom;
    const jumlah = h.cariSemua(l, "Jumlah");
    expect(jumlah).toHaveLength(17);
    const huruf = (k: number) => String.fromCharCode(65 + k);
    samaAngka(
      jumlah.map((p) => h.nilai(l, `${huruf(kBV)}${p.baris + 1}`)),
      h.json.variabel.map((v: { bobot: number }) => v.bobot),
    );
    // Bobot Indikator: baris indikator (nomor di kolom A), kolom "Bobot Indikator"
    const kBI = h.cari(l, "Bobot Indikator").kolom;
    const barisInd = Array.from(
      { length: 89 },
      (_, i) => (h.cariSemua(l, i + 1).find((p) => p.kolom === 0) as { baris: number }).baris,
    );
    samaAngka(
      barisInd.map((b) => h.nilai(l, `${huruf(kBI)}${b + 1}`)),
      h.json.indikator.map((v: { bobot: number }) => v.bobot),
    );
    // Total Bobot Dinas per unit
    samaAngka(
      h.barisKanan(l, "Total Bobot Dinas", unit.length),
      h.json.perUnit.map((u: { bobot: number }) => u.bobot),
    );
    // --tipe: pembanding tercetak Lampiran 5–7, seperti bobotTercetak di JSON
    if (opsi.includes("--tipe")) {
      const p = `LAN-${tipe} Pembanding`;
      const cetak = lampiranTercetak(tipe as "II" | "III").map((r) => r.bobot);
      expect(h.json.variabel.map((v: { bobotTercetak: number }) => v.bobotTercetak)).toEqual(cetak);
      const baris = Array.from({ length: 17 }, (_, i) => h.cari(p, `V${i + 1}`).baris + 1);
      samaAngka(
        baris.map((b) => h.nilai(p, `B${b}`)),
        h.json.variabel.map((v: { bobot: number }) => v.bobot),
      );
      samaAngka(
        baris.map((b) => h.nilai(p, `C${b}`)),
        cetak,
      );
      samaAngka(
        baris.map((b) => h.nilai(p, `D${b}`)),
        h.json.variabel.map((v: { bobot: number; bobotTercetak: number }) => v.bobot - v.bobotTercetak),
      );
    } else {
      expect(Object.keys(h.buku.lembar).some((n) => n.includes("Pembanding"))).toBe(false);
    }
  });

  test("buku kerja --tipe II lolos periksa (kode 0): lembar pembanding tidak mengganggu audit", async () => {
    const unit = ["Dinas A", "Dinas B"];
    const csv = tulisSementara("lan2.csv", csvLan(unit));
    const xlsx = tulisSementara("lan2.xlsx", "");
    const keluar = { tulis: () => undefined, galat: () => undefined };
    expect(
      await jalankanCli(["lan", "hitung", "--input", csv, "--tipe", "II", "--xlsx", xlsx, "--timpa"], keluar),
    ).toBe(0);
    let out = "";
    const kode = await jalankanCli(["periksa", xlsx, "--json"], { tulis: (t) => (out += t), galat: () => undefined });
    expect(JSON.parse(out)).toEqual({ temuan: [] });
    expect(kode).toBe(0);
  });
});

// ---------- kinerja bsc: kolom opsional arah dan bobot ----------

describe("kinerja bsc --xlsx: arah dan bobot dari CSV sampai ke buku kerja", () => {
  const kasus: [string, string][] = [
    [
      "tanpa arah dan bobot",
      "perspektif,indikator,target,realisasi\nKeuangan,Serapan,100,92\nKeuangan,PAD,50,55\nPelanggan,Kepuasan,80,70\n",
    ],
    [
      "dengan arah dan bobot",
      "perspektif,indikator,target,realisasi,arah,bobot\nKeuangan,Serapan,100,92,naik,3\nKeuangan,Biaya " +
        "per layanan,20,23,turun,1\nPelanggan,Waktu " +
        "tunggu,3,3.6,turun,2\nPelanggan,Kepuasan,80,88,naik,1\nProses,Berkas " +
        "lengkap,200,150,naik,1\n",
    ],
  ];
  test.each(kasus)("%s: capaian, status, skor perspektif dan keseluruhan = JSON", async (_, csv) => {
    const h = await jsonDanBuku("bsc", "--input", tulisSementara("bsc.csv", csv));
    const l = Object.keys(h.buku.lembar).find((n) => h.cariSemua(n, "Skor keseluruhan").length > 0) as string;
    expect(l).toBeDefined();
    const kCap = h.cari(l, "Capaian").kolom;
    const huruf = (k: number) => String.fromCharCode(65 + k);
    for (const p of h.json.perspektif) {
      const bp = h.cari(l, p.nama).baris + 1;
      samaAngka([h.nilai(l, `${huruf(kCap)}${bp}`)], [p.skor]);
      expect(h.nilai(l, `${huruf(kCap + 1)}${bp}`)).toBe(p.status);
      for (const k of p.indikator) {
        const b = h.cari(l, k.indikator).baris + 1;
        samaAngka([h.nilai(l, `${huruf(kCap)}${b}`)], [k.capaian]);
        expect(h.nilai(l, `${huruf(kCap + 1)}${b}`)).toBe(k.status);
        expect(h.nilai(l, `E${b}`)).toBe(k.arah);
        expect(h.nilai(l, `F${b}`)).toBe(k.bobot);
      }
    }
    const bt = h.cari(l, "Skor keseluruhan").baris + 1;
    samaAngka([h.nilai(l, `${huruf(kCap)}${bt}`)], [h.json.skor]);
    expect(h.nilai(l, `${huruf(kCap + 1)}${bt}`)).toBe(h.json.status);
  });
});

describe("rencanaSkm penimbang cetak", () => {
  test("jumlah unsur selain 9 (2017) / 14 (2004) ditolak dengan #VALUE!, sama dengan inti", () => {
    expect(
      jenisGalat(() => rencanaSkm({ aturan: "2017", responden: 2, penimbang: "cetak", unsur: ["A", "B", "C"] })),
    ).toBe("NILAI");
    expect(
      jenisGalat(() =>
        rencanaSkm({ aturan: "2004", responden: 2, penimbang: "cetak", unsur: UNSUR_SKM_2017 as string[] }),
      ),
    ).toBe("NILAI");
    expect(jenisGalat(() => rencanaSkm({ aturan: "2017", responden: 2, penimbang: "cetak" }))).toBe("tanpa galat");
  });
});
