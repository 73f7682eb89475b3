/**
 * "Tidak ada data yang hilang", bagian dua (issue 22): bangun ulang sebagai transaksi, untuk suntingan yang
 * dilakukan petugas di Excel dan kini ditiru host uji (test/bantu/host-uji.js): nama dihapus di Name Manager,
 * lembar disalin/dipindah, lembar dilindungi, batch yang gagal di tengah, nama unit yang diketik, rumus
 * pengguna yang merujuk ke dalam tabel, teks berbentuk angka, urutkan dan potong-tempel. Untuk LAN tipe I
 * (3 unit, 267 skor), SKM 2017 (12 responden, 108 jawaban) dan BSC (empat perspektif).
 *
 * Syarat setiap skenario (periksaTidakHilang): setiap nilai yang diketik ada di sel kuncinya pada tabel baru
 * ATAU di "Data Tersimpan" dengan kunci yang sama; tidak ada sel masukan yang berisi nilai kunci lain; dan
 * rumus pengguna yang merujuk ke dalam tabel masih menunjuk kunci (indikator × unit, responden × unsur) yang sama.
 */
import { GalatTerapkan, type AlatTerapkan } from "../../src/hosts/excel/excel";
import { perspektifBawaan } from "../../src/plans/bsc";
import { buatRencana } from "../../src/metode/index";
import { AWALAN_JANGKAR, LEMBAR_TERSIMPAN, namaJangkarLembar } from "../../src/plans/bangun-ulang/index";
import { posisi, type RencanaBukuKerja } from "../../src/plans/rencana";
import {
  alamatKunci,
  bacaTersimpan,
  bangun,
  buatHostUji,
  ketikSemua,
  periksaTidakHilang,
  type HostUji,
} from "../bantu/bangun-ulang";

interface Kasus {
  nama: string;
  rencana: RencanaBukuKerja;
  /** Tata letak lain (unit dihapus, responden ditambah, indikator ditambah) untuk bangun ulang yang mengubah struktur. */
  ubah: RencanaBukuKerja;
  awalan: string[];
  /** Kunci pertama deretan baris berisian yang bersambung (untuk diurutkan), dan kunci di tengah tabel. */
  pertama: string;
  tengah: string;
  /** Kunci di baris lain yang dirujuk rumus pengguna (tetap ada di `ubah`). */
  dirujuk: string;
}

const bscTambah = perspektifBawaan();
bscTambah[0] = {
  ...bscTambah[0],
  indikator: [...bscTambah[0].indikator, { nama: "Indikator tambahan", arah: "naik", bobot: 1 }],
};

const KASUS: Kasus[] = [
  {
    nama: "LAN tipe I lengkap, 3 unit",
    rencana: buatRencana("lan1998", {
      tipe: "I",
      pola: "lengkap",
      mode: "hitungBobot",
      unit: ["Dinas A", "Dinas B", "Dinas C"],
    }),
    ubah: buatRencana("lan1998", { tipe: "I", pola: "lengkap", mode: "hitungBobot", unit: ["Dinas B", "Dinas C"] }),
    awalan: ["skor|"],
    pertama: "skor|i=1|u=Dinas A",
    tengah: "skor|i=45|u=Dinas B",
    dirujuk: "skor|i=46|u=Dinas C",
  },
  {
    nama: "SKM 2017, 12 responden",
    rencana: buatRencana("skm", { aturan: "2017", responden: 12 }),
    ubah: buatRencana("skm", { aturan: "2017", responden: 13 }),
    awalan: ["jawaban|"],
    pertama: "jawaban|r=1|u=1",
    tengah: "jawaban|r=6|u=2",
    dirujuk: "jawaban|r=9|u=4",
  },
  {
    nama: "BSC",
    rencana: buatRencana("bsc", { unit: ["Dinas A"] }),
    ubah: buatRencana("bsc", { unit: ["Dinas A"], perspektif: bscTambah }),
    awalan: ["target|", "realisasi|"],
    pertama: "target|p=1|i=1",
    tengah: "realisasi|p=2|i=1",
    dirujuk: "realisasi|p=3|i=2",
  },
];

const tanpaTanya: Partial<AlatTerapkan> = {
  konfirmasi: async (p) => {
    throw new Error(`tidak boleh bertanya: ${p}`);
  },
};

async function siapkan(k: Kasus): Promise<{ h: HostUji; diketik: Map<string, number | string>; lembar: string }> {
  const h = buatHostUji();
  await bangun(h, k.rencana);
  const diketik: Map<string, number | string> = ketikSemua(h, k.rencana, k.awalan);
  return { h, diketik, lembar: alamatKunci(k.rencana).get(k.tengah)!.lembar };
}

const baris = (r: RencanaBukuKerja, kunci: string): number => posisi(alamatKunci(r).get(kunci)!.alamat).baris + 1;
const kolom = (r: RencanaBukuKerja, kunci: string): string => alamatKunci(r).get(kunci)!.alamat.replace(/\d+$/, "");

/** Baris (1-based) deretan bersambung yang berisi kunci berawalan `awalan`, mulai dari baris kunci `pertama`. */
function deretBaris(r: RencanaBukuKerja, pertama: string, awalan: readonly string[]): { dari: number; sampai: number } {
  const a = alamatKunci(r).get(pertama)!;
  const adaKunci = new Set(
    [...alamatKunci(r).entries()]
      .filter(([k, x]) => x.lembar === a.lembar && awalan.some((w) => k.startsWith(w)))
      .map(([, x]) => posisi(x.alamat).baris + 1),
  );
  const dari = posisi(a.alamat).baris + 1;
  let sampai = dari;
  while (adaKunci.has(sampai + 1)) sampai++;
  return { dari, sampai };
}

/** Kunci yang ditunjuk rumus "='Lembar'!C86" atau "=C86" (di lembar `diLembar`) menurut rencana `r`. */
function kunciDitunjuk(r: RencanaBukuKerja, rumus: unknown, diLembar: string): string | undefined {
  const m = String(rumus).match(/^=(?:'((?:[^']|'')+)'!)?\$?([A-Z]+)\$?(\d+)$/);
  if (!m) return undefined;
  const lembar = m[1] ? m[1].replace(/''/g, "'") : diLembar;
  for (const [k, a] of alamatKunci(r)) if (a.lembar === lembar && a.alamat === `${m[2]}${m[3]}`) return k;
  return undefined;
}

const potret = (h: HostUji): string => JSON.stringify({ lembar: h.ringkas().lembar, nama: h.ringkas().nama });

describe.each(KASUS)("bangun ulang sebagai transaksi: $nama", (k) => {
  test("1. nama jangkar dihapus di Name Manager: tabel dikenali dari label, tanpa bertanya; setiap isian di kuncinya", async () => {
    const { h, diketik } = await siapkan(k);
    h.hapusNama((n) => n.startsWith(AWALAN_JANGKAR));
    const hasil = await bangun(h, k.rencana, tanpaTanya);
    expect(periksaTidakHilang(h, k.rencana, diketik)).toEqual({ ditempat: diketik.size, tersimpan: 0 });
    expect(hasil.peringatan.join(" ")).toMatch(/dikenali dari judul dan labelnya/);
    expect(h.buku.nama.has(namaJangkarLembar(k.rencana.lembar[0].nama))).toBe(true);
  });

  test("1. nama jangkar dihapus, lalu baris disisipkan di tengah tabel dan diisi catatan, lalu tata letak diubah: tidak ada yang hilang", async () => {
    const { h, diketik, lembar } = await siapkan(k);
    h.hapusNama((n) => n.startsWith(AWALAN_JANGKAR));
    const b = baris(k.rencana, k.tengah);
    h.sisipBaris(lembar, b);
    h.ketik(lembar, `A${b}`, "catatan: periksa ulang");
    await bangun(h, k.ubah, { konfirmasi: async () => true });
    periksaTidakHilang(h, k.ubah, diketik);
    expect(bacaTersimpan(h)).toEqual(
      expect.arrayContaining([expect.objectContaining({ Sel: `A${b}`, Nilai: "catatan: periksa ulang" })]),
    );
  });

  test("1. lembar disalin, aslinya dihapus, salinannya diberi nama asli: dikenali, tidak ada yang hilang", async () => {
    const { h, diketik, lembar } = await siapkan(k);
    h.salinLembar(lembar, `${lembar} (2)`.slice(0, 31));
    h.hapusLembar(lembar);
    h.gantiNamaLembar(`${lembar} (2)`.slice(0, 31), lembar);
    await bangun(h, k.rencana, tanpaTanya);
    expect(periksaTidakHilang(h, k.rencana, diketik)).toEqual({ ditempat: diketik.size, tersimpan: 0 });
  });

  test("1. lembar dipindah ke buku kerja baru (tanpa _pkp dan tanpa nama): dibangun ulang di sana tanpa bertanya, isian di kuncinya", async () => {
    const { h, diketik, lembar } = await siapkan(k);
    const baru = buatHostUji();
    h.pindahKeBuku(lembar, baru);
    const hasil = await bangun(baru, k.rencana, tanpaTanya);
    expect(hasil.dibatalkan).toBe(false);
    expect(periksaTidakHilang(baru, k.rencana, diketik)).toEqual({ ditempat: diketik.size, tersimpan: 0 });
  });

  test(
    "2. lembar dilindungi (Data Tersimpan, Ringkasan, lembar tabel): berhenti SEBELUM menulis, " +
      "menyebut lembarnya; setelah dibuka, tidak ada yang hilang",
    async () => {
      const { h, diketik, lembar } = await siapkan(k);
      h.ketik(lembar, "Z3", "catatan di luar tabel"); // membuat Data Tersimpan pada bangun ulang berikut
      await bangun(h, k.rencana, tanpaTanya);
      for (const dilindungi of [LEMBAR_TERSIMPAN, k.rencana.lembar[k.rencana.lembar.length - 1].nama, lembar]) {
        h.ketik(lembar, "Z4", `catatan ${dilindungi}`);
        h.lindungi(dilindungi);
        const sebelum = potret(h);
        const galat = await bangun(h, k.ubah, tanpaTanya).catch((e: unknown) => e);
        expect(galat).toBeInstanceOf(GalatTerapkan);
        expect((galat as GalatTerapkan).kode).toBe("periksaAwal");
        expect((galat as Error).message).toContain(`Lembar "${dilindungi}" dilindungi`);
        expect((galat as Error).message).toMatch(/Buka Proteksi Lembar.*Tidak ada yang diubah/);
        expect(potret(h) === sebelum).toBe(true);
        h.lindungi(dilindungi, false);
      }
      await bangun(h, k.ubah, tanpaTanya);
      periksaTidakHilang(h, k.ubah, diketik);
    },
  );

  test("2. batch tulis gagal di tengah (di titik mana pun): bangun ulang berikutnya pulih tanpa pesan palsu dan tanpa kehilangan", async () => {
    const { h: h0 } = await siapkan(k);
    // jumlah perintah bangun ulang lengkap (tanpa galat), untuk memilih titik gagal
    h0.statistik.log.length = 0;
    await bangun(h0, k.ubah, tanpaTanya);
    const jumlah = h0.statistik.log.length;
    for (const bagian of [0.02, 0.1, 0.25, 0.5, 0.75, 0.95]) {
      const { h, diketik, lembar } = await siapkan(k);
      h.ketik(lembar, "A2", "Tahun 2024 (catatan)"); // menimpa label catatan: disimpan dulu
      h.gagalSetelah(Math.floor(jumlah * bagian));
      await expect(bangun(h, k.ubah, { konfirmasi: async () => true })).rejects.toThrow(/galat sisipan/);
      h.gagalSetelah(null);
      const hasil = await bangun(h, k.ubah, { konfirmasi: async () => true });
      expect({ bagian, dibatalkan: hasil.dibatalkan }).toEqual({ bagian, dibatalkan: false });
      periksaTidakHilang(h, k.ubah, diketik);
      expect(bacaTersimpan(h)).toEqual(
        expect.arrayContaining([expect.objectContaining({ Nilai: "Tahun 2024 (catatan)" })]),
      );
      // dan sekali lagi: stabil
      await bangun(h, k.ubah, tanpaTanya);
      periksaTidakHilang(h, k.ubah, diketik);
    }
  });

  test("3. catatan di samping baris (di luar tabel) disimpan dengan label baris dan kolom yang tampak", async () => {
    const { h, lembar } = await siapkan(k);
    const b = baris(k.rencana, k.tengah);
    h.ketik(lembar, `Z${b}`, "dicek lapangan");
    await bangun(h, k.ubah, tanpaTanya);
    const s = bacaTersimpan(h).find((x) => x.Nilai === "dicek lapangan")!;
    expect(s).toMatchObject({ Lembar: lembar, Sel: `Z${b}` });
    expect(String(s["Label baris"])).not.toBe("");
  });

  test("4. rumus pengguna di lembar lain dan di dalam tabel tetap menunjuk kunci yang sama setelah baris disisipkan dan tata letak diubah", async () => {
    const { h, diketik, lembar } = await siapkan(k);
    const a = alamatKunci(k.rencana).get(k.tengah)!;
    const d = alamatKunci(k.rencana).get(k.dirujuk)!;
    h.ketik("Laporan", "A1", `='${lembar}'!${a.alamat}`);
    h.ketik(lembar, d.alamat, `=${a.alamat}`); // isian yang sama dengan isian lain (rumus ketikan)
    diketik.delete(k.dirujuk);
    h.sisipBaris(lembar, baris(k.rencana, k.tengah) - 1); // Excel menggeser kedua rumus
    await bangun(h, k.ubah, tanpaTanya);
    periksaTidakHilang(h, k.ubah, diketik, undefined, new Set([k.dirujuk]));
    expect(kunciDitunjuk(k.ubah, h.nilaiDi("Laporan", "A1"), "Laporan")).toBe(k.tengah);
    const d2 = alamatKunci(k.ubah).get(k.dirujuk)!;
    expect(kunciDitunjuk(k.ubah, h.nilaiDi(d2.lembar, d2.alamat), d2.lembar)).toBe(k.tengah);
    // bangun ulang sekali lagi tanpa suntingan: tetap
    await bangun(h, k.ubah, tanpaTanya);
    expect(kunciDitunjuk(k.ubah, h.nilaiDi("Laporan", "A1"), "Laporan")).toBe(k.tengah);
  });

  test("5. teks berbentuk angka ('007, '0812, '2024) tetap teks, di tempatnya, setelah diurutkan, dan di Data Tersimpan", async () => {
    const { h, diketik, lembar } = await siapkan(k);
    const [k1, k2] = [k.tengah, k.dirujuk];
    for (const [kunci, teks] of [
      [k1, "007"],
      [k2, "0812"],
    ] as const) {
      const a = alamatKunci(k.rencana).get(kunci)!;
      h.ketik(a.lembar, a.alamat, `'${teks}`);
      diketik.set(kunci, teks);
    }
    const { dari, sampai } = deretBaris(k.rencana, k.pertama, k.awalan);
    h.urutkanBaris(lembar, dari, sampai, kolom(k.rencana, k.pertama), true);
    const hilang = alamatKunci(k.rencana).get(k.pertama)!;
    await bangun(h, k.ubah, tanpaTanya);
    expect(periksaTidakHilang(h, k.ubah, diketik).ditempat + periksaTidakHilang(h, k.ubah, diketik).tersimpan).toBe(
      diketik.size,
    );
    for (const kunci of [k1, k2]) {
      const a = alamatKunci(k.ubah).get(kunci)!;
      expect(typeof h.nilaiDi(a.lembar, a.alamat)).toBe("string");
    }
    // teks di kunci yang hilang (LAN: unit A dihapus) disimpan sebagai teks
    if (!alamatKunci(k.ubah).has(k.pertama)) {
      const h2 = buatHostUji();
      await bangun(h2, k.rencana);
      h2.ketik(hilang.lembar, hilang.alamat, "'2024");
      await bangun(h2, k.ubah, tanpaTanya);
      expect(bacaTersimpan(h2)).toEqual([expect.objectContaining({ Kunci: k.pertama, Nilai: "2024" })]);
    }
  });

  test("6. baris diurutkan selebar tabel (Urutkan): diikuti menurut label, tanpa bertanya; isian di kuncinya", async () => {
    const { h, diketik, lembar } = await siapkan(k);
    const { dari, sampai } = deretBaris(k.rencana, k.pertama, k.awalan);
    expect(sampai - dari).toBeGreaterThan(1);
    h.urutkanBaris(lembar, dari, sampai, kolom(k.rencana, k.pertama), true);
    await bangun(h, k.rencana, tanpaTanya);
    expect(periksaTidakHilang(h, k.rencana, diketik).ditempat).toBe(diketik.size);
    // dan setelah itu tata letak diubah: tetap
    await bangun(h, k.ubah, tanpaTanya);
    periksaTidakHilang(h, k.ubah, diketik);
  });

  test("6. baris dipotong dan disisipkan di tempat lain (Sisipkan Sel yang Dipotong): dikembalikan, rujukan pengguna ikut", async () => {
    const { h, diketik, lembar } = await siapkan(k);
    const { dari, sampai } = deretBaris(k.rencana, k.pertama, k.awalan);
    const a = alamatKunci(k.rencana).get(k.pertama)!;
    h.ketik("Laporan", "B2", `='${lembar}'!${a.alamat}`);
    h.pindahBaris(lembar, dari, dari, sampai + 1); // baris pertama dipindah ke bawah deretan
    expect(h.nilaiDi("Laporan", "B2")).toBe(`='${lembar}'!${a.alamat.replace(/\d+$/, String(sampai))}`);
    await bangun(h, k.rencana, tanpaTanya);
    expect(periksaTidakHilang(h, k.rencana, diketik).ditempat).toBe(diketik.size);
    expect(kunciDitunjuk(k.rencana, h.nilaiDi("Laporan", "B2"), "Laporan")).toBe(k.pertama);
  });
});

describe("3. nama unit diketik di kepala LAN: mengikuti unitnya, bukan posisinya", () => {
  const lan = (unit: string[]): RencanaBukuKerja =>
    buatRencana("lan1998", { tipe: "I", pola: "lengkap", mode: "hitungBobot", unit });
  test(
    "unit pertama dihapus: nama ketikan Dinas A ke Data Tersimpan dengan kuncinya, kepala kolom " +
      "Dinas B tetap 'Dinas B'; urutan unit dibalik: nama ikut unitnya",
    async () => {
      const h = buatHostUji();
      const r1 = lan(["Dinas A", "Dinas B", "Dinas C"]);
      await bangun(h, r1);
      const diketik: Map<string, unknown> = ketikSemua(h, r1, ["skor|"]);
      const kA = alamatKunci(r1).get("nama-unit|u=Dinas A")!;
      const kC = alamatKunci(r1).get("nama-unit|u=Dinas C")!;
      expect(kA.alamat).toBe("C5"); // seperti laporan issue: "Dinas A (Kecamatan)" diketik di C5
      h.ketik(kA.lembar, kA.alamat, "Dinas A (Kecamatan)");
      h.ketik(kC.lembar, kC.alamat, "Dinas C (Kelurahan)");
      diketik.set("nama-unit|u=Dinas A", "Dinas A (Kecamatan)");
      diketik.set("nama-unit|u=Dinas C", "Dinas C (Kelurahan)");
      const r2 = lan(["Dinas B", "Dinas C"]);
      await bangun(h, r2, tanpaTanya);
      periksaTidakHilang(h, r2, diketik);
      expect(h.nilaiDi(kA.lembar, "C5")).toBe("Dinas B");
      expect(h.nilaiDi(kA.lembar, alamatKunci(r2).get("nama-unit|u=Dinas C")!.alamat)).toBe("Dinas C (Kelurahan)");
      expect(bacaTersimpan(h)).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            Kunci: "nama-unit|u=Dinas A",
            Nilai: "Dinas A (Kecamatan)",
            Isian: "nama unit Dinas A",
          }),
        ]),
      );
      const r3 = lan(["Dinas C", "Dinas B"]);
      await bangun(h, r3, tanpaTanya);
      periksaTidakHilang(h, r3, diketik);
      expect(h.nilaiDi(kA.lembar, alamatKunci(r3).get("nama-unit|u=Dinas C")!.alamat)).toBe("Dinas C (Kelurahan)");
      expect(h.nilaiDi(kA.lembar, alamatKunci(r3).get("nama-unit|u=Dinas B")!.alamat)).toBe("Dinas B");
    },
  );
});

describe("Ya pada pertanyaan menimpa tidak pernah menghapus nilai ketikan", () => {
  test(
    "jangkar hilang dan label tidak cukup (nomor responden ditimpa nama): ditanya; Ya → setiap " +
      "sel yang ditimpa ada di Data Tersimpan dengan label barisnya",
    async () => {
      const k = KASUS[1];
      const { h, diketik, lembar } = await siapkan(k);
      h.hapusNama((n) => n.startsWith(AWALAN_JANGKAR));
      const nama = ["Budi", "Ani", "Siti", "Joko", "Rina", "Agus", "Dewi", "Eko", "Fitri", "Gita", "Hadi", "Indah"];
      nama.forEach((n, i) => h.ketik(lembar, `A${baris(k.rencana, `jawaban|r=${i + 1}|u=1`)}`, n));
      const ditanya: string[] = [];
      await bangun(h, k.rencana, { konfirmasi: async (p) => (ditanya.push(p), true) });
      expect(ditanya.join(" ")).toMatch(/bukan buatan add-in/);
      const simpan = bacaTersimpan(h);
      for (const [kunci, v] of diketik) {
        const a = alamatKunci(k.rencana).get(kunci)!;
        const ada = h.nilaiDi(a.lembar, a.alamat) === v || simpan.some((s) => s.Nilai === v && s.Sel === a.alamat);
        expect({ kunci, ada }).toEqual({ kunci, ada: true });
      }
      expect(simpan.find((s) => s.Nilai === diketik.get("jawaban|r=2|u=1"))?.["Label baris"]).toBe("Ani");
    },
  );
});

describe("2. periksa awal: yang akan membuat penulisan gagal dihentikan sebelum perintah pertama", () => {
  const rencana = (nama: string, teks: string): RencanaBukuKerja => ({
    meta: { pembangun: "uji", versi: 1, opsi: {} },
    lembar: [
      {
        nama,
        blok: [
          {
            mulai: "A1",
            sel: [
              [
                { peran: "label", nilai: teks },
                { peran: "masukan", kunci: "x", nilai: 1 },
              ],
            ],
          },
        ],
      },
    ],
  });
  test.each([
    [
      "nama lembar dengan '/'",
      rencana("Dinas A/B", "Judul"),
      /Nama lembar "Dinas A\/B" ditolak Excel: memuat salah satu dari/,
    ],
    ["nama lembar 32 karakter", rencana("x".repeat(32), "Judul"), /lebih dari 31 karakter \(32\)/],
    ["teks sel 40.000 karakter", rencana("L", "y".repeat(40000)), /Teks di "L"!A1 lebih dari 32767 karakter \(40000\)/],
  ])("%s: berhenti (periksaAwal), buku kerja tidak berubah", async (_, r, pola) => {
    const h = buatHostUji();
    h.ketik("Lain", "A1", "punya pengguna");
    const sebelum = potret(h);
    const galat = await bangun(h, r, tanpaTanya).catch((e: unknown) => e);
    expect(galat).toBeInstanceOf(GalatTerapkan);
    expect((galat as GalatTerapkan).kode).toBe("periksaAwal");
    expect((galat as Error).message).toMatch(pola);
    expect(potret(h) === sebelum).toBe(true);
    expect(h.statistik.sync).toBe(1);
  });
});

describe("2. cadangan dulu: setiap sync cadangan ke Data Tersimpan mendahului perintah pertama yang mengubah sel tabel", () => {
  test("SKM 12 → 3 responden dengan batas batch kecil: cadangan dibagi ke beberapa sync, semuanya sebelum tabel disentuh; tidak ada yang hilang", async () => {
    const k = KASUS[1];
    const { h, diketik, lembar } = await siapkan(k);
    const r3 = buatRencana("skm", { aturan: "2017", responden: 3 });
    h.statistik.log.length = 0;
    const syncSebelum = h.statistik.sync;
    const hasil = await bangun(h, r3, { ...tanpaTanya, batasMuatan: 4000 });
    expect(hasil.tersimpan).toBe(9 * 9); // responden 4–12 × 9 unsur, dihitung tangan
    const log = h.statistik.log as { op: string; lembar?: unknown }[];
    const cadangan = log
      .map((x, i) => (x.op === "values" && x.lembar === LEMBAR_TERSIMPAN ? i : -1))
      .filter((i) => i >= 0);
    const ubahTabel = log.findIndex(
      (x) => x.lembar === lembar && ["clear", "delete", "insert", "formulas", "values", "unmerge"].includes(x.op),
    );
    expect(cadangan.length).toBeGreaterThan(1);
    expect(ubahTabel).toBeGreaterThan(cadangan[cadangan.length - 1]);
    expect(h.statistik.sync - syncSebelum).toBeGreaterThan(3);
    periksaTidakHilang(h, r3, diketik);
  });
});
