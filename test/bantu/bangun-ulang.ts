/** Pembantu uji bangun ulang (host uji, pembacaan "Data Tersimpan", pemeriksa "tidak ada yang hilang"). */
import { terapkanRencana, type AlatTerapkan } from "../../src/hosts/excel/excel";
import { LEMBAR_TERSIMPAN } from "../../src/plans/bangun-ulang/index";
import { selBeralamat, type RencanaBukuKerja } from "../../src/plans/rencana";

export interface HostUji {
  Office: { context: { requirements: { isSetSupported(s: string, v: string): boolean } } };
  Excel: { run<T>(f: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> };
  statistik: {
    sync: number;
    log: { op: string }[];
    visibleDiabaikan: number;
    perSync: { permintaan: number; tanggapan: number }[];
    permintaanMaks: number;
    tanggapanMaks: number;
  };
  buku: { nama: Map<string, unknown> };
  ringkas(): {
    lembar: { nama: string; sel: Record<string, { v?: unknown; f?: string }> }[];
    nama: Record<string, { lembar: string; rentang: string; visible: boolean }>;
  };
  ketik(lembar: string, alamat: string, nilai: unknown): void;
  nilaiDi(lembar: string, alamat: string): unknown;
  cariLembar(lembar: string): object | null;
  sisipBaris(lembar: string, baris: number, jumlah?: number): void;
  hapusBaris(lembar: string, baris: number, jumlah?: number): void;
  sisipKolom(lembar: string, kolom: string | number, jumlah?: number): void;
  hapusKolom(lembar: string, kolom: string | number, jumlah?: number): void;
  gantiNamaLembar(lama: string, baru: string): void;
  urutkanBaris(lembar: string, dari: number, sampai: number, menurut: string | number[], turun?: boolean): void;
  potongTempel(lembar: string, sumber: string, tujuan: string): void;
  pindahBaris(lembar: string, dari: number, sampai: number, ke: number): void;
  salinLembar(lembar: string, baru: string, keBuku?: HostUji): void;
  hapusLembar(lembar: string): void;
  pindahKeBuku(lembar: string, bukuLain: HostUji): void;
  hapusNama(saring: string | ((nama: string) => boolean)): void;
  lindungi(lembar: string, ya?: boolean): void;
  gagalSetelah(n: number | null): void;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const { buatHostUji } = require("./host-uji.js") as { buatHostUji: (o?: object) => HostUji };

export function alatUji(h: HostUji, lain: Partial<AlatTerapkan> = {}): AlatTerapkan {
  return {
    konfirmasi: async () => true,
    dukung: (s, v) => h.Office.context.requirements.isSetSupported(s, v),
    waktu: "2026-11-24T13:52:00Z",
    ...lain,
  };
}

export interface SelKunci {
  lembar: string;
  alamat: string;
  bawaan: unknown;
}
export function alamatKunci(r: RencanaBukuKerja): Map<string, SelKunci> {
  const m = new Map<string, SelKunci>();
  for (const l of r.lembar)
    for (const { alamat, sel } of selBeralamat(l))
      if (sel.peran === "masukan" && sel.kunci) m.set(sel.kunci, { lembar: l.nama, alamat, bawaan: sel.nilai });
  return m;
}

/** Baris "Data Tersimpan" sebagai objek (kolom menurut kepala baris 1). */
export function bacaTersimpan(h: HostUji): Record<string, unknown>[] {
  const l = h.ringkas().lembar.find((x) => x.nama === LEMBAR_TERSIMPAN);
  if (!l) return [];
  let kepala: unknown[] = [];
  const baris: Record<string, unknown>[] = [];
  for (let i = 1; ; i++) {
    const isi = ["A", "B", "C", "D", "E", "F", "G", "H", "I"].map((k) => l.sel[`${k}${i}`]?.v);
    if (isi.every((v) => v === undefined)) break;
    if (isi[0] === "Waktu") kepala = isi;
    else baris.push(Object.fromEntries(kepala.map((k, j) => [String(k), isi[j]])));
  }
  return baris;
}

/**
 * Setiap nilai yang diketik (kunci → nilai) ada di sel kuncinya (lembar menurut nama sekarang) atau di
 * Data Tersimpan dengan kunci yang sama; setiap sel masukan berisi nilai kuncinya sendiri, bawaannya, atau kosong.
 */
export function periksaTidakHilang(
  h: HostUji,
  r: RencanaBukuKerja,
  diketik: ReadonlyMap<string, unknown>,
  namaSekarang: (n: string) => string = (n) => n,
  abaikan: ReadonlySet<string> = new Set(),
): { ditempat: number; tersimpan: number } {
  const tempat = alamatKunci(r);
  const simpan = bacaTersimpan(h);
  let ditempat = 0;
  let tersimpan = 0;
  for (const [k, v] of diketik) {
    const a = tempat.get(k);
    if (a && h.nilaiDi(namaSekarang(a.lembar), a.alamat) === v) ditempat++;
    else if (simpan.some((s) => s.Kunci === k && s.Nilai === v)) tersimpan++;
    else
      throw new Error(
        `nilai ${String(v)} kunci ${k} hilang (di ` +
          `${a ? `${a.lembar}!${a.alamat}: ${String(h.nilaiDi(namaSekarang(a.lembar), a.alamat))}` : "tidak ada tempat"})`,
      );
  }
  for (const [k, a] of tempat) {
    if (abaikan.has(k)) continue;
    const isi = h.nilaiDi(namaSekarang(a.lembar), a.alamat);
    const boleh = [diketik.get(k), a.bawaan, undefined];
    if (!boleh.includes(isi))
      throw new Error(`sel ${a.lembar}!${a.alamat} (kunci ${k}) berisi ${String(isi)}: nilai kunci lain`);
  }
  return { ditempat, tersimpan };
}

/** Mengetik nilai unik ke setiap sel masukan berawalan `awalan` (4 desimal agar tidak pernah sama dengan bawaan). */
export function ketikSemua(h: HostUji, r: RencanaBukuKerja, awalan: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  let i = 0;
  for (const [k, a] of alamatKunci(r)) {
    if (!awalan.some((x) => k.startsWith(x))) continue;
    const v = 1 + (i++ % 4) + i / 10000;
    h.ketik(a.lembar, a.alamat, v);
    m.set(k, v);
  }
  return m;
}

export const bangun = (
  h: HostUji,
  r: RencanaBukuKerja,
  lain: Partial<AlatTerapkan> = {},
): ReturnType<typeof terapkanRencana> => h.Excel.run((ctx) => terapkanRencana(ctx, r, alatUji(h, lain)));
