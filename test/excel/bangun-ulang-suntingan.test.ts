/**
 * "Tidak ada data yang hilang" untuk suntingan yang benar-benar dilakukan petugas (issue 10, butir 1–3):
 * baris disisipkan di dalam tabel, di atasnya dan di kepalanya; lembar diganti namanya; nilai diketik di
 * atas rumus atau label. Host uji (test/bantu/host-uji.js) meniru Excel: sel berpindah, rumus dan nama
 * rentang menyesuaikan. Untuk LAN (tipe I lengkap, 3 unit = 267 skor, seperti laporan issue), SKM dan BSC.
 *
 * Syarat setiap skenario (periksaTidakHilang): setiap nilai yang diketik ada di sel kuncinya pada tabel
 * baru ATAU di "Data Tersimpan" dengan kunci yang sama; tidak ada sel masukan yang berisi nilai kunci lain.
 */
import { bacaBukuKerja } from "../../src/hosts/excel/baca";
import { GalatTerapkan, type AlatTerapkan } from "../../src/hosts/excel/excel";
import { periksaBukuKerja, type Temuan } from "../../src/periksa/periksa";
import { buatRencana } from "../../src/metode/index";
import { LEMBAR_META, namaJangkarLembar, uraiCatatan, type Konflik } from "../../src/plans/bangun-ulang/index";
import { posisi, selBeralamat, type RencanaBukuKerja } from "../../src/plans/rencana";
import {
  alamatKunci,
  bacaTersimpan,
  bangun,
  buatHostUji,
  ketikSemua,
  periksaTidakHilang,
  type HostUji,
  type SelKunci,
} from "../bantu/bangun-ulang";

interface Kasus {
  nama: string;
  rencana: RencanaBukuKerja;
  /** Awalan kunci masukan yang "diketik" petugas (nilai unik agar salah tempat ketahuan). */
  awalan: string[];
  /** Lembar isian dan satu kunci di tengah tabel (baris sisipan di atasnya = di dalam blok). */
  tengah: string;
  /** Jumlah isian yang diketik, dihitung tangan. */
  jumlah: number;
}

const KASUS: Kasus[] = [
  {
    nama: "LAN tipe I lengkap, 3 unit",
    rencana: buatRencana("lan1998", {
      tipe: "I",
      pola: "lengkap",
      mode: "hitungBobot",
      unit: ["Dinas A", "Dinas B", "Dinas C"],
    }),
    awalan: ["skor|"],
    tengah: "skor|i=45|u=Dinas A",
    jumlah: 89 * 3,
  },
  {
    nama: "SKM 2017, 12 responden",
    rencana: buatRencana("skm", { aturan: "2017", responden: 12 }),
    awalan: ["jawaban|"],
    tengah: "jawaban|r=6|u=1",
    jumlah: 12 * 9,
  },
  {
    nama: "BSC",
    rencana: buatRencana("bsc", { unit: ["Dinas A"] }),
    awalan: ["target|", "realisasi|"],
    tengah: "realisasi|p=2|i=1",
    jumlah: 0,
  },
];

async function siapkan(k: Kasus): Promise<{ h: HostUji; diketik: Map<string, number>; isian: SelKunci }> {
  const h = buatHostUji();
  await bangun(h, k.rencana);
  const diketik = ketikSemua(h, k.rencana, k.awalan);
  return { h, diketik, isian: alamatKunci(k.rencana).get(k.tengah)! };
}

const tanpaTanya: Partial<AlatTerapkan> = {
  konfirmasi: async () => {
    throw new Error("tidak boleh bertanya");
  },
};

describe.each(KASUS)("bangun ulang setelah suntingan: $nama", (k) => {
  test("baris disisipkan DI DALAM tabel dan diisi catatan: setiap skor tetap di kuncinya, catatan ke Data Tersimpan dengan alamatnya", async () => {
    const { h, diketik, isian } = await siapkan(k);
    if (k.jumlah)
      expect(diketik.size).toBe(k.jumlah); // LAN: 89 indikator × 3 unit; SKM 2017: 12 responden × 9 unsur
    else expect(diketik.size).toBeGreaterThan(10);
    const b = posisi(isian.alamat).baris + 1;
    h.sisipBaris(isian.lembar, b);
    h.ketik(isian.lembar, `A${b}`, "catatan: diperiksa ulang");
    // isian itu kini satu baris lebih bawah (Excel menggeser sel)
    expect(h.nilaiDi(isian.lembar, `${isian.alamat.replace(/\d+/, "")}${b + 1}`)).toBe(diketik.get(k.tengah));
    h.statistik.sync = 0;
    const hasil = await bangun(h, k.rencana, tanpaTanya);
    // baca, isi lembar lama berhalaman (satu halaman), cadangan ke Data Tersimpan (issue 22), tulis,
    // sembunyikan jangkar (issue 21)
    expect(h.statistik.sync).toBeLessThanOrEqual(5);
    const { ditempat, tersimpan } = periksaTidakHilang(h, k.rencana, diketik);
    expect({ ditempat, tersimpan }).toEqual({ ditempat: diketik.size, tersimpan: 0 });
    expect(hasil.dipertahankan).toBe(diketik.size);
    const simpan = bacaTersimpan(h);
    expect(simpan).toEqual([
      expect.objectContaining({
        Lembar: isian.lembar,
        Sel: `A${b}`,
        Nilai: "catatan: diperiksa ulang",
        Isian: "isian di baris/kolom yang disisipkan ke dalam tabel",
      }),
    ]);
    expect(simpan[0].Kunci ?? "").toBe("");
    // rumus kembali seperti rencana (tidak ada rumus tergeser yang tersimpan sebagai "data")
    for (const l of k.rencana.lembar)
      for (const { alamat, sel } of selBeralamat(l))
        if (sel.peran === "hitung") expect({ alamat, f: h.nilaiDi(l.nama, alamat) }).toEqual({ alamat, f: sel.rumus });
  });

  test("baris disisipkan di ATAS tabel (baris 1) dan di KEPALA (baris 2, 3 baris): tidak ada yang hilang atau pindah kunci", async () => {
    const { h, diketik, isian } = await siapkan(k);
    h.sisipBaris(isian.lembar, 1);
    h.ketik(isian.lembar, "B1", "Tahun anggaran 2024");
    h.sisipBaris(isian.lembar, 3, 3);
    const hasil = await bangun(h, k.rencana, tanpaTanya);
    expect(periksaTidakHilang(h, k.rencana, diketik)).toEqual({ ditempat: diketik.size, tersimpan: 0 });
    expect(hasil.tersimpan).toBe(1);
    expect(bacaTersimpan(h)).toEqual([expect.objectContaining({ Sel: "B1", Nilai: "Tahun anggaran 2024" })]);
  });

  test("kolom disisipkan di dalam tabel dan baris kosong dihapus: tetap mengikuti", async () => {
    const { h, diketik, isian } = await siapkan(k);
    const kolom = isian.alamat.replace(/\d+/, "");
    h.sisipKolom(isian.lembar, kolom);
    h.sisipBaris(isian.lembar, 1);
    h.hapusBaris(isian.lembar, 1);
    await bangun(h, k.rencana, tanpaTanya);
    expect(periksaTidakHilang(h, k.rencana, diketik)).toEqual({ ditempat: diketik.size, tersimpan: 0 });
  });

  test("baris tabel dihapus dan kolom sisipan dihapus lagi: baris itu dibuat lagi kosong, isian lain tetap di kuncinya", async () => {
    const { h, diketik, isian } = await siapkan(k);
    const baris = posisi(isian.alamat).baris;
    const diBaris = [...alamatKunci(k.rencana)]
      .filter(([, a]) => a.lembar === isian.lembar && posisi(a.alamat).baris === baris)
      .map(([kunci]) => kunci);
    h.hapusBaris(isian.lembar, baris + 1);
    h.sisipKolom(isian.lembar, 2);
    h.hapusKolom(isian.lembar, 2);
    for (const kunci of diBaris) diketik.delete(kunci); // dihapus pengguna bersama barisnya
    await bangun(h, k.rencana, tanpaTanya);
    expect(periksaTidakHilang(h, k.rencana, diketik)).toEqual({ ditempat: diketik.size, tersimpan: 0 });
    for (const kunci of diBaris) {
      const a = alamatKunci(k.rencana).get(kunci)!;
      expect([undefined, a.bawaan]).toContain(h.nilaiDi(a.lembar, a.alamat));
    }
  });

  test("lembar diganti namanya: lembar yang sama dibangun ulang, tidak ada lembar kosong baru, rujukan ringkasan ikut", async () => {
    const { h, diketik, isian } = await siapkan(k);
    const baru = `${isian.lembar} 2024`;
    h.gantiNamaLembar(isian.lembar, baru);
    const nama = (n: string): string => (n === isian.lembar ? baru : n);
    const hasil = await bangun(h, k.rencana, tanpaTanya);
    const lembar = h.ringkas().lembar.map((l) => l.nama);
    expect(lembar).toContain(baru);
    expect(lembar).not.toContain(isian.lembar);
    expect(hasil.lembar).toContain(baru);
    expect(hasil.dipertahankan).toBe(diketik.size);
    expect(periksaTidakHilang(h, k.rencana, diketik, nama)).toEqual({ ditempat: diketik.size, tersimpan: 0 });
    // rumus lembar lain yang merujuk lembar itu memakai nama barunya
    const rujukan = k.rencana.lembar.flatMap((l) =>
      [...selBeralamat(l)]
        .filter((s) => s.sel.rumus?.includes(`'${isian.lembar}'!`))
        .map((s) => ({ l: l.nama, a: s.alamat })),
    );
    expect(rujukan.length).toBeGreaterThan(0);
    for (const { l, a } of rujukan) {
      const f = String(h.nilaiDi(nama(l), a));
      expect(f).toContain(`'${baru}'!`);
      expect(f).not.toContain(`'${isian.lembar}'!`);
    }
    // catatan _pkp menyebut nama sekarang dan nama kanonik
    const c = uraiCatatan(h.ringkas().lembar.find((l) => l.nama === LEMBAR_META)!.sel.A1.v);
    expect(c?.lembar).toContain(baru);
    expect(c?.kanonik).toContain(isian.lembar);
    // bangun ulang sekali lagi: tetap lembar yang sama
    await bangun(h, k.rencana, tanpaTanya);
    expect(h.ringkas().lembar.map((l) => l.nama)).toEqual(lembar);
    expect(periksaTidakHilang(h, k.rencana, diketik, nama).ditempat).toBe(diketik.size);
  });

  test(
    "nilai diketik di atas rumus: bertanya dulu; 'tidak' → tidak ada yang berubah; 'ya' → rumus " +
      "pulih, nilai di Data Tersimpan dengan sel dan rumusnya",
    async () => {
      const { h, diketik } = await siapkan(k);
      const rumus = k.rencana.lembar.flatMap((l) =>
        [...selBeralamat(l)]
          .filter((s) => s.sel.peran === "hitung")
          .map((s) => ({ l: l.nama, a: s.alamat, f: s.sel.rumus! })),
      )[0];
      h.ketik(rumus.l, rumus.a, 999.5);
      const sebelum = JSON.stringify(h.ringkas().lembar);
      const ditanya: Konflik[][] = [];
      const tidak = await bangun(h, k.rencana, { konfirmasi: async (_p, kf) => (ditanya.push([...kf]), false) });
      expect(tidak.dibatalkan).toBe(true);
      expect(ditanya).toEqual([[{ lembar: rumus.l, jumlah: 1, contoh: [rumus.a], jenis: "ketikan" }]]);
      expect(JSON.stringify(h.ringkas().lembar)).toBe(sebelum);

      const ya = await bangun(h, k.rencana);
      expect(ya.dibatalkan).toBe(false);
      expect(h.nilaiDi(rumus.l, rumus.a)).toBe(rumus.f);
      expect(bacaTersimpan(h)).toEqual([
        expect.objectContaining({
          Lembar: rumus.l,
          Sel: rumus.a,
          Nilai: 999.5,
          "Rumus/label semula": rumus.f,
          Isian: "nilai ketikan di atas rumus (rumus dipulihkan)",
        }),
      ]);
      expect(periksaTidakHilang(h, k.rencana, diketik).ditempat).toBe(diketik.size);
    },
  );
});

/** Seperti buku yang dibangun versi lama (atau oleh adaptor .xlsx): tanpa nama jangkar, catatan tanpa `jangkar`. */
function jadikanBukuLama(h: HostUji): void {
  for (const n of [...h.buku.nama.keys()]) if (n.startsWith("_pkp_")) h.buku.nama.delete(n);
  const meta = h.ringkas().lembar.find((l) => l.nama === LEMBAR_META)!;
  const c = uraiCatatan(meta.sel.A1.v)!;
  delete c.jangkar;
  h.ketik(LEMBAR_META, "A1", `'${JSON.stringify(c)}`);
}

describe("berhenti bila tata letak tidak dapat diikuti dengan pasti", () => {
  const lan = KASUS[0];

  test("buku tanpa jangkar (versi lama / adaptor .xlsx) dengan baris sisipan: diikuti menurut label, tanpa bertanya", async () => {
    const { h, isian, diketik } = await siapkan(lan);
    jadikanBukuLama(h);
    h.sisipBaris(isian.lembar, posisi(isian.alamat).baris + 1);
    const hasil = await bangun(h, lan.rencana, tanpaTanya);
    expect(hasil.dikenali).toEqual([isian.lembar]);
    expect(periksaTidakHilang(h, lan.rencana, diketik)).toEqual({ ditempat: diketik.size, tersimpan: 0 });
  });

  test("buku tanpa jangkar dengan baris sisipan DAN label nomor/nama indikator dihapus (tidak pasti): berhenti, tidak ada yang ditulis", async () => {
    const { h, isian } = await siapkan(lan);
    jadikanBukuLama(h);
    h.sisipBaris(isian.lembar, posisi(isian.alamat).baris + 1);
    for (let b = 6; b <= 120; b++) {
      h.ketik(isian.lembar, `A${b}`, "");
      h.ketik(isian.lembar, `B${b}`, "");
    }
    const potret = (): string => JSON.stringify({ lembar: h.ringkas().lembar, nama: h.ringkas().nama });
    const sebelum = potret();
    h.statistik.sync = 0;
    const galat = await bangun(h, lan.rencana, tanpaTanya).catch((e: unknown) => e);
    expect(galat).toBeInstanceOf(GalatTerapkan);
    expect((galat as GalatTerapkan).kode).toBe("tataLetak");
    expect((galat as GalatTerapkan).message).toMatch(/tanpa jangkar.*tidak dapat dipasangkan/);
    expect(potret() === sebelum).toBe(true);
    expect(h.statistik.sync).toBe(2); // hanya membaca: catatan/alamat, lalu isi lembar berhalaman
  });

  test("buku tanpa jangkar, kolom disisipkan di antara kolom unit: kolom dikenali dari kepalanya (nama unit), skor tidak dikira ketikan", async () => {
    const { h, diketik } = await siapkan(lan);
    jadikanBukuLama(h);
    h.sisipKolom(lan.rencana.lembar[0].nama, "D"); // di antara Dinas A (C) dan Dinas B
    h.ketik(lan.rencana.lembar[0].nama, "D7", "catatan di kolom sisipan");
    await bangun(h, lan.rencana, tanpaTanya);
    expect(periksaTidakHilang(h, lan.rencana, diketik)).toEqual({ ditempat: diketik.size, tersimpan: 0 });
    expect(bacaTersimpan(h)).toEqual([expect.objectContaining({ Sel: "D7", Nilai: "catatan di kolom sisipan" })]);
  });

  test("buku tanpa jangkar yang utuh, satu label diubah (mis. teks versi lama): ditanya sebagai ketikan, label lama disimpan", async () => {
    const { h, diketik } = await siapkan(lan);
    jadikanBukuLama(h);
    const nama = lan.rencana.lembar[0].nama;
    h.ketik(nama, "B7", "Kemudahan prosedur (teks lama)");
    const ditanya: Konflik[][] = [];
    await bangun(h, lan.rencana, { konfirmasi: async (_p, k) => (ditanya.push([...k]), true) });
    expect(ditanya).toEqual([[{ lembar: nama, jumlah: 1, contoh: ["B7"], jenis: "ketikan" }]]);
    expect(bacaTersimpan(h)).toEqual([expect.objectContaining({ Sel: "B7", Nilai: "Kemudahan prosedur (teks lama)" })]);
    expect(periksaTidakHilang(h, lan.rencana, diketik).ditempat).toBe(diketik.size);
  });

  test("buku tanpa jangkar yang utuh: tetap dibangun ulang di posisi rencana, lalu mendapat jangkar", async () => {
    const { h, diketik } = await siapkan(lan);
    jadikanBukuLama(h);
    await bangun(h, lan.rencana, tanpaTanya);
    expect(periksaTidakHilang(h, lan.rencana, diketik).ditempat).toBe(diketik.size);
    expect(h.buku.nama.has(namaJangkarLembar(lan.rencana.lembar[0].nama))).toBe(true);
  });

  test(
    "lembar tabel dihapus lalu lembar pengguna bernama sama dibuat: diperlakukan sebagai lembar " +
      "pengguna, ditanya dulu; Ya → isinya ke Data Tersimpan",
    async () => {
      const { h } = await siapkan(lan);
      const nama = lan.rencana.lembar[0].nama;
      h.hapusLembar(nama);
      h.ketik(nama, "A1", "Anggaran 2025");
      h.ketik(nama, "C9", 125000);
      const ditanya: Konflik[][] = [];
      const hasil = await bangun(h, lan.rencana, { konfirmasi: async (_p, k) => (ditanya.push([...k]), false) });
      expect(hasil.dibatalkan).toBe(true);
      expect(ditanya[0].map((k) => k.jenis ?? "bukanAddin")).toContain("bukanAddin");
      await bangun(h, lan.rencana);
      expect(bacaTersimpan(h)).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            Lembar: nama,
            Sel: "A1",
            Nilai: "Anggaran 2025",
            Isian: "isi lembar (bukan buatan add-in) yang ditimpa tabel",
          }),
          expect.objectContaining({ Lembar: nama, Sel: "C9", Nilai: 125000 }),
        ]),
      );
    },
  );

  test("baris diurutkan lalu label nomornya ditimpa (tidak dapat dikenali): berhenti, menyebut selnya dan saran yang berhasil", async () => {
    const { h } = await siapkan(KASUS[1]);
    const nama = KASUS[1].rencana.lembar[0].nama;
    const baris = (r: number): number =>
      Number(
        alamatKunci(KASUS[1].rencana)
          .get(`jawaban|r=${r}|u=1`)!
          .alamat.replace(/^[A-Z]+/, ""),
      );
    // urut menurun menurut nomor responden, lalu nomor 1–6 ditimpa nama (label tidak lagi cukup)
    h.urutkanBaris(nama, baris(1), baris(12), "A", true);
    for (let r = 1; r <= 6; r++)
      h.ketik(nama, `A${baris(12) - r + 1}`, `Responden ${["A", "B", "C", "D", "E", "F"][r - 1]}`);
    const galat = await bangun(h, KASUS[1].rencana, tanpaTanya).catch((e: unknown) => e);
    expect(galat).toBeInstanceOf(GalatTerapkan);
    expect((galat as Error).message).toMatch(/diurutkan atau dipindah.*Urutkan kembali menurut kolom nomor/);
    expect((galat as Error).message).not.toMatch(/ganti nama lembar/);
    // saran: kembalikan nomornya dan urutkan naik menurut kolom nomor → dibangun ulang tanpa bertanya
    for (let r = 1; r <= 6; r++) h.ketik(nama, `A${baris(12) - r + 1}`, r);
    h.urutkanBaris(nama, baris(1), baris(12), "A");
    await expect(bangun(h, KASUS[1].rencana, tanpaTanya)).resolves.toMatchObject({ dibatalkan: false });
  });

  test("jangkar tersembunyi disimpan sebagai nama rentang yang tidak tampak, satu per baris dan kolom rencana", async () => {
    const h = buatHostUji();
    await bangun(h, KASUS[2].rencana);
    const nama = h.ringkas().nama;
    const l = KASUS[2].rencana.lembar[0];
    const utama = nama[namaJangkarLembar(l.nama)];
    expect(utama).toEqual({ lembar: l.nama, rentang: "$1:$1048576", visible: false, komentar: undefined });
    const baris = new Set([...selBeralamat(l)].map((s) => s.baris));
    expect(Object.keys(nama).filter((n) => n.startsWith(`${namaJangkarLembar(l.nama)}_b`))).toHaveLength(baris.size);
  });
});

describe("Periksa setelah suntingan: tidak menyarankan bangun ulang yang merusak", () => {
  const periksa = (h: HostUji): Promise<Temuan[]> =>
    h.Excel.run(async (ctx) => periksaBukuKerja(await bacaBukuKerja(ctx)));

  test("lembar diganti namanya (belum dibangun ulang): ditemukan lewat jangkar dan diperiksa, bukan dilaporkan hilang", async () => {
    const { h, isian } = await siapkan(KASUS[2]);
    const sebelum = (await periksa(h)).map((t) => t.jenis);
    h.gantiNamaLembar(isian.lembar, "BSC 2024");
    const t = await periksa(h);
    expect(t.filter((x) => x.jenis === "tata-letak-berubah")).toEqual([]);
    expect(t.map((x) => x.jenis)).toEqual(sebelum);
    expect(t.some((x) => x.sheet === isian.lembar)).toBe(false);
  });

  test("baris disisipkan di tabel berjangkar: temuan tata letak menyarankan Bangun ulang dan menjelaskan bahwa tidak ada yang dibuang", async () => {
    const { h, isian, diketik } = await siapkan(KASUS[1]);
    h.sisipBaris(isian.lembar, posisi(isian.alamat).baris + 1);
    const t = (await periksa(h)).find((x) => x.jenis === "tata-letak-berubah")!;
    expect(t.sheet).toBe(isian.lembar);
    expect(t.pesan).toMatch(/Bangun ulang tabel.*jangkar.*Data Tersimpan/);
    // dan bangun ulang memang aman (lihat uji di atas): tidak ada yang hilang
    await bangun(h, KASUS[1].rencana, tanpaTanya);
    expect(periksaTidakHilang(h, KASUS[1].rencana, diketik).ditempat).toBe(diketik.size);
    expect((await periksa(h)).filter((x) => x.jenis === "tata-letak-berubah")).toEqual([]);
  });

  test("tabel tanpa jangkar dengan baris sisipan: Periksa TIDAK menyarankan Bangun ulang, tetapi mengembalikan tata letak dulu", async () => {
    const { h, isian } = await siapkan(KASUS[1]);
    jadikanBukuLama(h);
    h.sisipBaris(isian.lembar, posisi(isian.alamat).baris + 1);
    const t = (await periksa(h)).find((x) => x.jenis === "tata-letak-berubah")!;
    expect(t.pesan).toMatch(/tanpa jangkar.*berhenti tanpa mengubah apa pun: kembalikan tata letaknya dulu/);
    expect(t.pesan).not.toMatch(/Bangun ulang tabel dari add-in agar dapat diaudit/);
  });
});
