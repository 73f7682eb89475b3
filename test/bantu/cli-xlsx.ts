/**
 * Pembantu uji "CLI = buku kerja" (issue 11, butir 2): jalankan `kinerja … --json --xlsx BERKAS`, baca
 * buku kerja yang ditulis, hitung ulang semua rumusnya di HyperFormula, dan sediakan pencari sel menurut
 * label agar uji membandingkan angka JSON dengan angka yang dihitung rumus (bukan dengan nilai tersimpan).
 *
 * Dipakai oleh test/cli/xlsx-opsi.test.ts; subperintah baru cukup memanggil `jsonDanBuku`.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { jalankanCli } from "../../src/cli/kinerja";
import { bacaXlsx, type BukuTerbaca } from "../../src/hosts/xlsx/xlsx";
import { alamat, posisi } from "../../src/plans/rencana";
import { evaluasiBuku, type Penilai } from "./mesin-rumus";

const dir = mkdtempSync(join(tmpdir(), "cli-xlsx-opsi-"));
let urut = 0;

/** Menulis berkas sementara (CSV masukan) dan mengembalikan jalurnya. */
export function tulisSementara(nama: string, isi: string): string {
  const p = join(dir, `${++urut}-${nama}`);
  writeFileSync(p, isi);
  return p;
}

export interface HasilCliXlsx {
  /** Keluaran --json yang sudah diurai. */
  json: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- bentuk JSON berbeda per subperintah
  buku: BukuTerbaca;
  /** Nilai sel setelah HyperFormula menghitung ulang rumus dari berkas. */
  nilai: Penilai;
  /** Sel di kanan label (teks persis atau RegExp) pada lembar. */
  kanan: (lembar: string, label: string | number | RegExp) => unknown;
  /** Sel-sel baris yang sama di kanan label, sebanyak `n`. */
  barisKanan: (lembar: string, label: string | number | RegExp, n: number) => unknown[];
  /** Alamat sel pertama berisi teks (persis atau RegExp). */
  cari: (lembar: string, teks: string | number | RegExp) => { baris: number; kolom: number };
  /** Semua alamat sel berisi teks, urut baris. */
  cariSemua: (lembar: string, teks: string | number | RegExp) => { baris: number; kolom: number }[];
}

/**
 * `kinerja <argumen…> --json --xlsx <sementara>`; gagal bila kode ≠ 0 atau ada keluaran galat.
 * Mengembalikan JSON dan buku kerja yang dihitung ulang.
 */
export async function jsonDanBuku(...argumen: string[]): Promise<HasilCliXlsx> {
  const xlsx = join(dir, `${++urut}.xlsx`);
  let out = "";
  let err = "";
  const kode = await jalankanCli([...argumen, "--json", "--xlsx", xlsx], {
    tulis: (t) => (out += t),
    galat: (t) => (err += t),
  });
  if (kode !== 0 || err !== "") throw new Error(`kinerja ${argumen.join(" ")}: kode ${kode}, galat ${err}`);
  const buku = await bacaXlsx(xlsx);
  const nilai = evaluasiBuku(buku);
  const cocok = (v: unknown, t: string | number | RegExp) =>
    t instanceof RegExp ? typeof v === "string" && t.test(v) : v === t;
  const cariSemua = (lembar: string, teks: string | number | RegExp) => {
    const m = buku.lembar[lembar];
    if (!m) throw new Error(`lembar ${lembar} tidak ada (ada: ${Object.keys(buku.lembar).join(", ")})`);
    return [...m]
      .filter(([, s]) => !s.formula && cocok(s.value, teks))
      .map(([a]) => posisi(a))
      .sort((x, y) => x.baris - y.baris || x.kolom - y.kolom);
  };
  const cari = (lembar: string, teks: string | number | RegExp) => {
    const h = cariSemua(lembar, teks);
    if (h.length === 0) throw new Error(`${String(teks)} tidak ada di ${lembar}`);
    return h[0];
  };
  const barisKanan = (lembar: string, label: string | number | RegExp, n: number) => {
    const p = cari(lembar, label);
    return Array.from({ length: n }, (_, j) => nilai(lembar, alamat(p.baris, p.kolom + 1 + j)));
  };
  return { json: JSON.parse(out), buku, nilai, kanan: (l, t) => barisKanan(l, t, 1)[0], barisKanan, cari, cariSemua };
}

/** Dua daftar angka sama dalam toleransi relatif 1e-12 (urutan penjumlahan rumus dapat berbeda dari inti). */
export function samaAngka(dihitung: readonly unknown[], json: readonly number[]): void {
  expect(dihitung).toHaveLength(json.length);
  dihitung.forEach((v, i) => {
    expect(typeof v).toBe("number");
    expect(Math.abs((v as number) - json[i])).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(json[i])));
  });
}
