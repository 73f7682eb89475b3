/**
 * plans/bangun-ulang/struktur.ts (sisip/hapus baris-kolom lama → baru) dan plans/bangun-ulang/kenali.ts (tabel
 * dikenali dari labelnya), murni. Setiap harapan dihitung tangan dari tata letak kecil yang ditulis di uji.
 */
import {
  deret,
  identitasGaris,
  labelTertukar,
  panjangRencana,
  petaDariLabel,
  susunSumbu,
} from "../../src/plans/bangun-ulang/index";
import { hitung, label, masukan, type RencanaLembar, type Sel } from "../../src/plans/rencana";

/** Tabel kecil: judul; kepala No | unit…; satu baris per indikator; baris Jumlah per kelompok. */
function tabel(unit: string[], indikator: number[][]): RencanaLembar {
  const sel: (Sel | null)[][] = [
    [label("Tabel uji")],
    [label("No"), ...unit.map((u) => masukan(`nama-unit|u=${u}`, u))],
  ];
  for (const kelompok of indikator) {
    for (const i of kelompok) sel.push([label(i), ...unit.map((u) => masukan(`skor|i=${i}|u=${u}`))]);
    sel.push([label("Jumlah"), ...unit.map(() => hitung("=SUM(B1:B2)"))]);
  }
  return { nama: "T", blok: [{ mulai: "A1", sel }] };
}

describe("identitasGaris", () => {
  test("baris berkunci: medan yang dimiliki sebagian besar selnya; kolom unit: unitnya; label berulang dibedakan garis berkunci sebelumnya", () => {
    const l = tabel(["A", "B"], [[1, 2], [3]]);
    const b = identitasGaris(l, "baris");
    expect(b.get(0)).toBe("L:Tabel uji");
    expect(b.get(1)).toBe("#nama-unit");
    expect(b.get(2)).toBe("#skor|i=1");
    expect(b.get(4)).toBe("L:Jumlah@#skor|i=2");
    expect(b.get(6)).toBe("L:Jumlah@#skor|i=3");
    const k = identitasGaris(l, "kolom");
    // kolom unit: nama-unit|u=A dan tiga skor|i=…|u=A: u=A (4 dari 4) dan skor (3 dari 4) dimiliki > separuh sel
    expect(k.get(1)).toBe("#u=A|skor");
    expect(k.get(2)).toBe("#u=B|skor");
    expect(k.get(0)).toBe("L:Tabel uji\u0001No"); // tanpa kunci: dua label teratas
    expect(panjangRencana(l, "baris")).toBe(7);
  });
});

describe("susunSumbu", () => {
  test("baris sisipan pengguna dihapus, baris baru disisipkan di tempatnya", () => {
    // lama: a b c di posisi 0, 2, 3 (pengguna menyisipkan baris di posisi 1); baru: a x b c
    const s = susunSumbu(
      new Map([
        [0, 0],
        [1, 2],
        [2, 3],
      ]),
      new Map([
        [0, "a"],
        [1, "b"],
        [2, "c"],
      ]),
      new Map([
        [0, "a"],
        [1, "x"],
        [2, "b"],
        [3, "c"],
      ]),
      4,
    );
    expect(s.hapus).toEqual([1]);
    expect(s.pindah).toEqual([]);
    expect(s.sisip).toEqual([{ pos: 1, jumlah: 1 }]);
    expect([...s.akhir]).toEqual([
      [0, 0],
      [1, 2],
      [2, 3],
    ]);
  });
  test("garis lama yang tidak ada di rencana baru dihapus (unit dihapus), sisanya bergeser", () => {
    const s = susunSumbu(
      new Map([
        [0, 0],
        [1, 1],
        [2, 2],
        [3, 3],
      ]),
      new Map([
        [0, "no"],
        [1, "A"],
        [2, "B"],
        [3, "C"],
      ]),
      new Map([
        [0, "no"],
        [1, "B"],
        [2, "C"],
      ]),
      3,
    );
    expect(s.hapus).toEqual([1]);
    expect(s.sisip).toEqual([]);
    expect([...s.akhir]).toEqual([
      [0, 0],
      [2, 1],
      [3, 2],
    ]);
  });
  test("urutan tertukar: dengan pemindahan (potong-tempel) dikembalikan satu langkah; tanpa itu ditulis ulang di tempat", () => {
    const sekarang = new Map([
      [0, 0],
      [1, 2],
      [2, 1],
    ]);
    const id = new Map([
      [0, "a"],
      [1, "b"],
      [2, "c"],
    ]);
    const pindah = susunSumbu(sekarang, id, id, 3, true);
    expect(pindah.pindah).toEqual([{ dari: 2, ke: 1 }]);
    expect([...pindah.akhir].sort()).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
    ]);
    const tetap = susunSumbu(sekarang, id, id, 3, false);
    expect(tetap.pindah).toEqual([]);
    // posisi sekarang 0, 1, 2 berisi a, c, b: garisnya tetap di tempat, jadi c di posisi 1 dan b di posisi 2
    expect([...tetap.akhir].sort()).toEqual([
      [0, 0],
      [1, 2],
      [2, 1],
    ]);
  });
  test("deret: indeks bersambung digabung", () => {
    expect(deret([3, 1, 2, 7])).toEqual([
      { pos: 1, jumlah: 3 },
      { pos: 7, jumlah: 1 },
    ]);
  });
});

describe("petaDariLabel dan labelTertukar", () => {
  const l = tabel(["A", "B"], [[1, 2, 3]]);
  /** Lembar dari larik 2-D (baris, kolom 0-based). */
  const lembar = (isi: unknown[][]) => ({
    baca: (b: number, k: number) => isi[b]?.[k],
    luas: { b1: isi.length - 1, k1: Math.max(...isi.map((r) => r.length)) - 1 },
  });

  test("kolom disisipkan pengguna di antara No dan unit A, baris 1–3 diurutkan menurun: kolom dilompati, baris diikuti label", () => {
    const { baca, luas } = lembar([
      ["Tabel uji"],
      ["No", "catatan", "A", "B"],
      [3, "", 33, 34],
      [2, "", 23, 24],
      [1, "", 13, 14],
      ["Jumlah", "", "=SUM(B1:B2)", "=SUM(B1:B2)"],
    ]);
    const p = petaDariLabel(l, baca, luas);
    expect(p.yakin).toBe(true);
    expect([...p.kolom].sort()).toEqual([
      [0, 0],
      [1, 2],
      [2, 3],
    ]);
    expect(p.baris.get(2)).toBe(4); // indikator 1 kini di baris 5
    expect(p.baris.get(4)).toBe(2); // indikator 3 kini di baris 3
    expect(p.baris.get(5)).toBe(5);
  });
  test("label yang hilang sebagian besar: tidak yakin", () => {
    const { baca, luas } = lembar([["lain"], ["x", "A", "B"], ["", 1, 2], ["", 1, 2], ["", 1, 2], ["", 1, 2]]);
    expect(petaDariLabel(l, baca, luas).yakin).toBe(false);
  });
  test("labelTertukar menghitung label rencana yang di posisinya berisi label LAIN tabel ini", () => {
    const { baca } = lembar([["Tabel uji"], ["No", "A", "B"], [2, 0, 0], [1, 0, 0], [3, 0, 0], ["Jumlah"]]);
    const identitas = (n: number) => new Map(Array.from({ length: n }, (_, i) => [i, i] as [number, number]));
    expect(labelTertukar(l, baca, { baris: identitas(6), kolom: identitas(3) })).toBe(2);
  });
});
