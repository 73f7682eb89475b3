/**
 * Uji properti (fast-check): urutan acak suntingan petugas — ketik skor, ketik di atas rumus, ketik catatan di sel kosong,
 * sisip baris/kolom, hapus baris kosong, ganti nama lembar, tambah/hapus unit (atau responden) — di sela
 * pembangunan ulang TIDAK PERNAH menghilangkan nilai yang diketik dan tidak pernah menaruhnya di bawah
 * kunci lain. Model uji melacak sendiri letak setiap sel kunci (seperti Excel menggeser sel), terpisah
 * dari kode add-in; host uji meniru penyesuaian rumus dan nama rentang Excel.
 */
import fc from "fast-check";
import { terapkanRencana } from "../src/hosts/excel/excel";
import { buatRencana } from "../src/plans/index";
import { alamat as a1, posisi, selBeralamat, type RencanaBukuKerja } from "../src/plans/rencana";
import { alamatKunci, alatUji, bacaTersimpan, buatHostUji, type HostUji } from "./bantu-bangun-ulang";

type Op =
  | { op: "ketik"; i: number }
  | { op: "ketikRumus"; i: number }
  | { op: "catat"; lembar: number; b: number; k: number }
  | { op: "sisipBaris"; lembar: number; b: number; n: number }
  | { op: "sisipKolom"; lembar: number; k: number }
  | { op: "hapusBarisKosong"; lembar: number; b: number }
  | { op: "gantiNama"; lembar: number }
  | { op: "bangun"; ubah: "tambah" | "hapus" | "tetap"; i: number };

const arbOp: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant("ketik" as const), i: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("ketikRumus" as const), i: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("catat" as const), lembar: fc.nat(), b: fc.nat(40), k: fc.nat(12) }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant("sisipBaris" as const), lembar: fc.nat(), b: fc.nat(40), n: fc.integer({ min: 1, max: 2 }) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("sisipKolom" as const), lembar: fc.nat(), k: fc.nat(10) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("hapusBarisKosong" as const), lembar: fc.nat(), b: fc.nat(40) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("gantiNama" as const), lembar: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("bangun" as const), ubah: fc.constantFrom("tambah" as const, "hapus" as const, "tetap" as const), i: fc.nat() }) },
);

interface Pembangun {
  nama: string;
  awal: number;
  rencana(n: number): RencanaBukuKerja;
  /** Kunci masukan yang diketik petugas. */
  awalan: string[];
}

const UNIT = ["Dinas A", "Dinas B", "Dinas C", "Dinas D", "Dinas E"];
const PEMBANGUN: Pembangun[] = [
  { nama: "LAN tipe II, lima variabel utama (unit ditambah/dihapus)", awal: 2, rencana: (n) => buatRencana("lan1998", { tipe: "II", pola: "lima", mode: "hitungBobot", unit: UNIT.slice(0, n) }), awalan: ["skor|"] },
  { nama: "SKM 2017 (responden ditambah/dihapus)", awal: 4, rencana: (n) => buatRencana("skm", { aturan: "2017", responden: n }), awalan: ["jawaban|"] },
  { nama: "Siklus SAKIP (baris indikator dan program ditambah/dihapus)", awal: 2, rencana: (n) => buatRencana("sakip", { barisKosong: n }), awalan: ["target|", "realisasi-tw1|", "pagu|"] },
];

/** Model petugas: letak sekarang setiap sel kunci, nilai terakhir yang diketik per kunci, catatan bebas. */
class Model {
  letak = new Map<string, { lembar: string; b: number; k: number }>();
  diketik = new Map<string, number>();
  catatan = new Set<string>();
  /** Letak sel rumus rencana (untuk mengetik di atasnya) dan nilai yang diketik di atas rumus → rumusnya. */
  rumus = new Map<string, { lembar: string; b: number; k: number; rumus: string }>();
  ditimpa = new Map<number, string>();
  nama = new Map<string, string>(); // kanonik → sekarang
  lembar: string[] = [];
  seri = 0;
  constructor(
    readonly h: HostUji,
    readonly p: Pembangun,
    public n: number,
    public r: RencanaBukuKerja,
  ) {
    for (const l of r.lembar) this.nama.set(l.nama, l.nama);
    this.setelahBangun();
  }
  sekarang(kanonik: string): string {
    return this.nama.get(kanonik) ?? kanonik;
  }
  setelahBangun(): void {
    this.letak.clear();
    this.lembar = this.r.lembar.map((l) => this.sekarang(l.nama));
    for (const [k, s] of alamatKunci(this.r)) {
      const p = posisi(s.alamat);
      this.letak.set(k, { lembar: this.sekarang(s.lembar), b: p.baris, k: p.kolom });
    }
    this.rumus.clear();
    for (const l of this.r.lembar) {
      for (const x of selBeralamat(l)) if (x.sel.peran === "hitung") this.rumus.set(`${l.nama}!${x.alamat}`, { lembar: this.sekarang(l.nama), b: x.baris, k: x.kolom, rumus: x.sel.rumus! });
    }
  }
  /** Semua letak yang dilacak (sel kunci dan sel rumus), untuk digeser bersama. */
  semuaLetak(): { lembar: string; b: number; k: number }[] {
    return [...this.letak.values(), ...this.rumus.values()];
  }
  terisiBaris(lembar: string, b: number): boolean {
    const l = this.h.ringkas().lembar.find((x) => x.nama === lembar);
    if (l && Object.keys(l.sel).some((a) => posisi(a).baris === b)) return true;
    return [...this.letak.values()].some((x) => x.lembar === lembar && x.b === b);
  }
  pilihLembar(i: number): string {
    return this.lembar[i % this.lembar.length];
  }
}

async function jalankan(m: Model, o: Op): Promise<void> {
  const h = m.h;
  switch (o.op) {
    case "ketik": {
      const kunci = [...m.letak.keys()].filter((k) => m.p.awalan.some((x) => k.startsWith(x)));
      const k = kunci[o.i % kunci.length];
      const x = m.letak.get(k)!;
      const v = 1 + (m.seri++ % 4) + m.seri / 100000;
      h.ketik(x.lembar, a1(x.b, x.k), v);
      m.diketik.set(k, v);
      return;
    }
    case "ketikRumus": {
      const id = [...m.rumus.keys()][o.i % m.rumus.size];
      const x = m.rumus.get(id)!;
      const v = 500 + m.seri++ + 0.5;
      h.ketik(x.lembar, a1(x.b, x.k), v);
      m.ditimpa.set(v, x.rumus);
      m.rumus.delete(id);
      return;
    }
    case "catat": {
      const l = m.pilihLembar(o.lembar);
      if (h.nilaiDi(l, a1(o.b, o.k)) !== undefined) return;
      if ([...m.letak.values()].some((x) => x.lembar === l && x.b === o.b && x.k === o.k)) return;
      const teks = `catatan ${m.seri++}`;
      h.ketik(l, a1(o.b, o.k), teks);
      m.catatan.add(teks);
      return;
    }
    case "sisipBaris": {
      const l = m.pilihLembar(o.lembar);
      h.sisipBaris(l, o.b + 1, o.n);
      for (const x of m.semuaLetak()) if (x.lembar === l && x.b >= o.b) x.b += o.n;
      return;
    }
    case "sisipKolom": {
      const l = m.pilihLembar(o.lembar);
      h.sisipKolom(l, o.k + 1);
      for (const x of m.semuaLetak()) if (x.lembar === l && x.k >= o.k) x.k += 1;
      return;
    }
    case "hapusBarisKosong": {
      const l = m.pilihLembar(o.lembar);
      if (m.terisiBaris(l, o.b)) return;
      h.hapusBaris(l, o.b + 1);
      for (const x of m.semuaLetak()) if (x.lembar === l && x.b > o.b) x.b -= 1;
      return;
    }
    case "gantiNama": {
      const l = m.pilihLembar(o.lembar);
      const baru = `${l.slice(0, 20)} '${m.seri++}`;
      h.gantiNamaLembar(l, baru);
      for (const [k, s] of m.nama) if (s === l) m.nama.set(k, baru);
      for (const x of m.semuaLetak()) if (x.lembar === l) x.lembar = baru;
      m.lembar = m.lembar.map((x) => (x === l ? baru : x));
      return;
    }
    case "bangun": {
      const n = o.ubah === "tambah" ? Math.min(m.n + 1, UNIT.length) : o.ubah === "hapus" ? Math.max(1, m.n - 1) : m.n;
      const r = m.p.rencana(n);
      const hasil = await h.Excel.run((ctx) =>
        terapkanRencana(
          ctx,
          r,
          // hanya nilai ketikan di atas rumus yang boleh ditanyakan (lembar lain tidak pernah bukan buatan add-in)
          alatUji(h, { konfirmasi: async (p, k) => (k.every((x) => x.jenis === "ketikan") ? true : Promise.reject(new Error(`tidak boleh bertanya: ${p}`))) }),
        ),
      );
      expect(hasil.dibatalkan).toBe(false);
      m.n = n;
      m.r = r;
      periksa(m);
      m.setelahBangun();
      return;
    }
  }
}

/** Invarian setelah setiap pembangunan ulang. */
function periksa(m: Model): void {
  const h = m.h;
  const tempat = alamatKunci(m.r);
  const simpan = bacaTersimpan(h);
  for (const [k, v] of [...m.diketik]) {
    const a = tempat.get(k);
    const di = a ? h.nilaiDi(m.sekarang(a.lembar), a.alamat) : undefined;
    if (di === v) continue;
    // tidak di tempat kuncinya: harus ada di Data Tersimpan dengan KUNCI YANG SAMA
    expect({ k, v, tersimpan: simpan.some((s) => s.Kunci === k && s.Nilai === v) }).toEqual({ k, v, tersimpan: true });
    expect(a).toBeUndefined(); // kuncinya masih ada di tabel baru → seharusnya di tempatnya
    m.diketik.delete(k);
  }
  for (const [k, a] of tempat) {
    const isi = h.nilaiDi(m.sekarang(a.lembar), a.alamat);
    expect({ k, isi, sah: [m.diketik.get(k), a.bawaan, undefined].includes(isi as number) }).toEqual({ k, isi, sah: true });
  }
  for (const [v, rumus] of m.ditimpa) {
    expect({ v, tersimpan: simpan.some((s) => s.Nilai === v && s["Rumus/label semula"] === rumus) }).toEqual({ v, tersimpan: true });
  }
  const semua = new Set<unknown>(simpan.map((s) => s.Nilai));
  for (const l of h.ringkas().lembar) for (const s of Object.values(l.sel)) semua.add(s.v);
  for (const c of m.catatan) expect({ c, ada: semua.has(c) }).toEqual({ c, ada: true });
}

describe.each(PEMBANGUN)("properti: $nama", (p) => {
  test("urutan suntingan acak lalu bangun ulang: tidak ada nilai yang hilang atau pindah kunci", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(arbOp, { minLength: 1, maxLength: 14 }), async (ops) => {
        const h = buatHostUji();
        const r = p.rencana(p.awal);
        await h.Excel.run((ctx) => terapkanRencana(ctx, r, alatUji(h)));
        const m = new Model(h, p, p.awal, r);
        for (const o of ops) await jalankan(m, o);
        await jalankan(m, { op: "bangun", ubah: "tetap", i: 0 });
      }),
      { numRuns: 40 },
    );
  }, 240000);
});
