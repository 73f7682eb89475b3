/**
 * Kait aturan Periksa khusus metode (src/periksa/aturan.ts, lan.ts): audit umum memanggil aturan LAN 1998 hanya
 * untuk tabel yang dibangun pembangun `lan1998`. Buku kerja dibaca kembali di memori (tanpa berkas): setiap sel
 * rencana ditulis seperti dibangun (label, rumus, masukan bawaan), lalu satu masukan diubah.
 */
import { AKIBAT_KOSONG_UMUM, periksaBukuKerja } from "../../src/periksa/periksa";
import { ATURAN_PERIKSA_LAN, AKIBAT_KOSONG_LAN } from "../../src/periksa/lan";
import { METODE, idMetodeDari } from "../../src/metode/index";
import {
  LEMBAR_META,
  catatanDari,
  serialCatatan,
  type LembarBuku,
  type SelBuku,
} from "../../src/plans/bangun-ulang/index";
import { buatRencana } from "../../src/metode/index";
import { selBeralamat, type RencanaBukuKerja } from "../../src/plans/rencana";

/** Kerangka LAN tipe II: proporsi indikator tercetak (Tabel 4.12) sebagai masukan berkunci `proporsi|i=N`. */
const KERANGKA = buatRencana("lan1998", { tipe: "II", pola: "lengkap", mode: "kerangka", unit: [] });

/** Rencana yang sama, dicatat sebagai buatan pembangun lain (`pembangun`). */
function sebagai(r: RencanaBukuKerja, pembangun: string): RencanaBukuKerja {
  return { ...r, meta: { ...r.meta, pembangun } };
}

/** Buku kerja terbaca seperti dibangun dari `r`, dengan nilai masukan `ubah` (alamat → nilai; null = kosong). */
function bukuDari(r: RencanaBukuKerja, ubah: ReadonlyMap<string, unknown> = new Map()): Map<string, LembarBuku> {
  const buku = new Map<string, LembarBuku>();
  for (const l of r.lembar) {
    const isi: LembarBuku = new Map();
    for (const { alamat, sel } of selBeralamat(l)) {
      const nilai = ubah.has(alamat) ? ubah.get(alamat) : sel.nilai;
      const s: SelBuku = sel.peran === "hitung" ? { value: 0, formula: sel.rumus } : { value: nilai };
      if (s.formula !== undefined || (s.value !== null && s.value !== undefined)) isi.set(alamat, s);
    }
    buku.set(l.nama, isi);
  }
  buku.set(LEMBAR_META, new Map([["A1", { value: serialCatatan(catatanDari(r)) }]]));
  return buku;
}

/** Alamat masukan Proporsi Indikator 1 pada kerangka. */
const P1 = [...selBeralamat(KERANGKA.lembar[0])].find((x) => x.sel.kunci === "proporsi|i=1")!;

describe("kait Periksa lewat daftar metode (src/metode/)", () => {
  test("lan1998 punya aturan khusus; metode lain tidak", () => {
    expect(METODE.lan1998.periksa?.()).toBe(ATURAN_PERIKSA_LAN);
    expect(METODE.bsc.periksa).toBeUndefined();
  });
  test("id lama dan id tak dikenal: 'lan' → lan1998; nama bawaan objek tidak dianggap metode", () => {
    expect(idMetodeDari("lan")).toBe("lan1998");
    expect(idMetodeDari("constructor")).toBeUndefined();
    expect(idMetodeDari("__proto__")).toBeUndefined();
    expect(idMetodeDari("entah")).toBeUndefined();
  });
});

describe("audit umum memanggil aturan khusus hanya untuk tabel metodenya", () => {
  test("kerangka utuh: tidak ada temuan", () => {
    expect(periksaBukuKerja(bukuDari(KERANGKA))).toEqual([]);
  });

  test("proporsi indikator 1 diubah ke 0,5: aturan LAN melaporkan jumlah ≠ 1 dan beda dari angka tercetak", () => {
    const t = periksaBukuKerja(bukuDari(KERANGKA, new Map([[P1.alamat, 0.5]])));
    expect(t.map((x) => x.jenis).sort()).toEqual(["bobot-beda-terbitan", "proporsi-tidak-berjumlah-1"]);
    expect(t.find((x) => x.jenis === "bobot-beda-terbitan")).toMatchObject({
      sel: P1.alamat,
      diharapkan: String(P1.sel.nilai),
      ditemukan: "0.5",
    });
  });

  test("tabel yang sama dicatat pembangun lain: aturan LAN tidak dijalankan (hanya audit umum, tidak ada temuan)", () => {
    const lain = sebagai(KERANGKA, "uji-lain");
    const t = periksaBukuKerja(bukuDari(lain, new Map([[P1.alamat, 0.5]])), () => lain);
    expect(t).toEqual([]);
  });

  test("Skor Ideal 0: aturan LAN melaporkan di luar rentang (> 0); pembangun lain tidak", () => {
    const si = [...selBeralamat(KERANGKA.lembar[0])].find((x) => x.sel.kunci === "skor-ideal")!;
    const nol = new Map([[si.alamat, 0]]);
    expect(periksaBukuKerja(bukuDari(KERANGKA, nol))).toEqual([
      expect.objectContaining({ jenis: "masukan-di-luar-rentang", sel: si.alamat, diharapkan: "> 0", ditemukan: "0" }),
    ]);
    const lain = sebagai(KERANGKA, "uji-lain");
    expect(periksaBukuKerja(bukuDari(lain, nol), () => lain)).toEqual([]);
  });

  test("masukan kosong: akibat dari kait LAN untuk lan1998, akibat umum untuk pembangun lain", () => {
    expect(KERANGKA.lembar[0].akibatKosong).toBeUndefined();
    const kosong = new Map([[P1.alamat, null]]);
    const lan = periksaBukuKerja(bukuDari(KERANGKA, kosong));
    expect(lan).toEqual([expect.objectContaining({ jenis: "masukan-kosong", sel: P1.alamat })]);
    expect(lan[0].pesan).toContain(AKIBAT_KOSONG_LAN);
    const lain = sebagai(KERANGKA, "uji-lain");
    const umum = periksaBukuKerja(bukuDari(lain, kosong), () => lain);
    expect(umum).toEqual([expect.objectContaining({ jenis: "masukan-kosong", sel: P1.alamat })]);
    expect(umum[0].pesan).toContain(AKIBAT_KOSONG_UMUM);
  });
});
