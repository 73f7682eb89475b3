/**
 * Bangun ulang dengan sisip/hapus baris dan kolom milik Excel sendiri (murni, tanpa Office).
 *
 * Mengapa: rumus yang ditulis pengguna dan merujuk ke dalam tabel (di lembar yang sama atau lembar lain,
 * mis. `='LAN-I Bobot'!C86`) dipelihara Excel hanya bila baris/kolom BENAR-BENAR disisipkan atau dihapus.
 * Menulis ulang sel di tempat tidak menggeser rujukan itu, jadi setelah pengguna menyisipkan satu baris
 * (Excel menggeser rujukan ke C87) lalu tabel ditulis ulang di posisi rencana, rujukan itu menunjuk
 * indikator berikutnya. Maka sebelum menulis, tata letak lama di lembar DIUBAH menjadi tata letak baru
 * dengan Range.delete/insert (ExcelApi 1.1):
 * 1. baris/kolom sisipan pengguna di dalam tabel (dan di atas/kirinya) dihapus — isinya sudah disalin ke
 *    "Data Tersimpan" pada sync sebelumnya; rujukan ke tabel kembali menunjuk sel yang sama;
 * 2. baris/kolom rencana lama yang tidak ada di rencana baru (mis. unit yang dihapus) dihapus — rujukan ke
 *    sana menjadi #REF! (unit itu memang tidak ada lagi), rujukan ke unit lain ikut bergeser;
 * 3. baris/kolom rencana baru yang belum ada disisipkan di tempatnya.
 * Baris/kolom dipasangkan lama ↔ baru menurut IDENTITASNYA (`identitasGaris`): medan kunci masukan yang
 * dimiliki sebagian besar selnya (mis. "skor|i=45" untuk baris indikator 45, "u=Dinas B" untuk kolom unit),
 * atau dua label pertamanya; label yang berulang ("Jumlah" per variabel) dibedakan dengan garis berkunci sebelumnya.
 * Garis yang urutannya tertukar:
 * - karena dipotong-tempel (jangkarnya ikut — Excel memindahkan nama dan rujukan bersama sel): dikembalikan
 *   ke tempatnya dengan Range.moveTo (ExcelApi 1.11), jadi rujukan pengguna ikut kembali;
 * - karena diurutkan (isi berpindah, jangkar dan rujukan tidak) atau tanpa ExcelApi 1.11: tidak dipindah;
 *   isinya ditulis ulang menurut kunci di tempat rencananya (rujukan ke sel itu tetap ke posisi rencana).
 */
import { selBeralamat, type RencanaLembar } from "../rencana";

export type Sumbu = "baris" | "kolom";

/** Identitas setiap garis (baris atau kolom) rencana yang memuat sel; indeks → identitas. */
export function identitasGaris(l: RencanaLembar, sumbu: Sumbu): Map<number, string> {
  const label = new Map<number, string[]>();
  const medan = new Map<number, Map<string, number>>();
  const jumlahMasukan = new Map<number, number>();
  const ada = new Set<number>();
  for (const { baris, kolom, sel } of selBeralamat(l)) {
    const g = sumbu === "baris" ? baris : kolom;
    ada.add(g);
    if ((sel.peran === "label" || sel.peran === "judul") && sel.nilai !== undefined && sel.nilai !== "")
      (label.get(g) ?? label.set(g, []).get(g)!).push(String(sel.nilai));
    if (sel.peran === "masukan" && sel.kunci) {
      jumlahMasukan.set(g, (jumlahMasukan.get(g) ?? 0) + 1);
      const m = medan.get(g) ?? medan.set(g, new Map()).get(g)!;
      for (const f of sel.kunci.split("|")) m.set(f, (m.get(f) ?? 0) + 1);
    }
  }
  const dasar = new Map<number, string>();
  const urut = [...ada].sort((a, b) => a - b);
  for (const g of urut) {
    const n = jumlahMasukan.get(g) ?? 0;
    const mayor = n
      ? [...(medan.get(g) ?? new Map<string, number>())].filter(([, c]) => c * 2 > n).map(([f]) => f)
      : [];
    // tanpa kunci: dua label pertama (atas/kiri) — label lain di garis itu (mis. nomor responden di kolom A)
    // bertambah bila tata letak berubah, jadi tidak dipakai
    dasar.set(g, mayor.length ? `#${mayor.join("|")}` : `L:${(label.get(g) ?? []).slice(0, 2).join("\u0001")}`);
  }
  // Label yang berulang: dibedakan dengan identitas garis berkunci terdekat sebelumnya.
  const hitung = new Map<string, number>();
  for (const id of dasar.values()) hitung.set(id, (hitung.get(id) ?? 0) + 1);
  const hasil = new Map<number, string>();
  let konteks = "";
  for (const g of urut) {
    const id = dasar.get(g)!;
    if (id.startsWith("#")) konteks = id;
    hasil.set(g, (hitung.get(id) ?? 0) > 1 && !id.startsWith("#") ? `${id}@${konteks}` : id);
  }
  return hasil;
}

export interface SusunanSumbu {
  /** Posisi SEKARANG (0-based) yang dihapus, urut naik (jalankan dari bawah ke atas). */
  hapus: number[];
  /**
   * Setelah penghapusan, sebelum sisipan: pindahkan garis di posisi `dari` sehingga berada di posisi `ke`
   * (posisi dalam tabel yang sudah dipadatkan), berurutan.
   */
  pindah: { dari: number; ke: number }[];
  /** Setelah penghapusan dan pemindahan: sisipkan `jumlah` garis di posisi AKHIR `pos`, urut naik (jalankan berurutan). */
  sisip: { pos: number; jumlah: number }[];
  /** Garis rencana lama → posisi akhirnya setelah hapus dan sisip. */
  akhir: Map<number, number>;
}

/** Satu larik indeks → deret [awal, jumlah] yang bersambung. */
export function deret(indeks: readonly number[]): { pos: number; jumlah: number }[] {
  const hasil: { pos: number; jumlah: number }[] = [];
  for (const i of [...indeks].sort((a, b) => a - b)) {
    const akhir = hasil[hasil.length - 1];
    if (akhir && akhir.pos + akhir.jumlah === i) akhir.jumlah++;
    else hasil.push({ pos: i, jumlah: 1 });
  }
  return hasil;
}

/**
 * Menyusun hapus/sisip satu sumbu. `sekarang`: garis rencana lama → posisi sekarang (jangkar atau label;
 * garis yang dihapus pengguna tidak ada). Posisi 0..(posisi sekarang terbesar) yang bukan garis rencana lama
 * adalah sisipan pengguna (dihapus). `idLama`/`idBaru` dari identitasGaris; `panjangBaru` = garis terakhir
 * rencana baru + 1.
 */
export function susunSumbu(
  sekarang: ReadonlyMap<number, number>,
  idLama: ReadonlyMap<number, string>,
  idBaru: ReadonlyMap<number, string>,
  panjangBaru: number,
  pindahkan = false,
): SusunanSumbu {
  const diPosisi = new Map<number, number>();
  let maks = -1;
  for (const [g, p] of sekarang) {
    diPosisi.set(p, g);
    if (p > maks) maks = p;
  }
  // pasangkan identitas yang sama menurut urutan kemunculan (lama: urutan sekarang; baru: urutan rencana)
  const antrean = new Map<string, number[]>();
  for (const j of [...idBaru.keys()].sort((a, b) => a - b)) {
    const id = idBaru.get(j)!;
    (antrean.get(id) ?? antrean.set(id, []).get(id)!).push(j);
  }
  const pasangan = new Map<number, number>();
  const hapus: number[] = [];
  const tetap: number[] = [];
  for (let p = 0; p <= maks; p++) {
    const g = diPosisi.get(p);
    const id = g === undefined ? undefined : idLama.get(g);
    const j = id === undefined ? undefined : antrean.get(id)?.shift();
    if (g === undefined || j === undefined) hapus.push(p);
    else {
      pasangan.set(g, j);
      tetap.push(g);
    }
  }
  const posisiBaru = tetap.map((g) => pasangan.get(g)!).sort((a, b) => a - b);
  const akhir = new Map<number, number>();
  const pindah: { dari: number; ke: number }[] = [];
  if (pindahkan) {
    // urutan dikembalikan: di posisi ke-i garis dengan posisi baru terkecil ke-i (pindah satu per satu)
    const deret = tetap.map((g) => pasangan.get(g)!);
    posisiBaru.forEach((m, i) => {
      const j = deret.indexOf(m, i);
      if (j !== i) {
        pindah.push({ dari: j, ke: i });
        deret.splice(j, 1);
        deret.splice(i, 0, m);
      }
    });
    for (const g of tetap) akhir.set(g, pasangan.get(g)!);
  } else tetap.forEach((g, i) => akhir.set(g, posisiBaru[i]));
  const terisi = new Set(posisiBaru);
  const baru: number[] = [];
  for (let j = 0; j < panjangBaru; j++) if (!terisi.has(j)) baru.push(j);
  // deret sisipan di posisi akhir; garis di atas posisi terakhir yang tetap disisipkan juga (tabel memanjang)
  return { hapus, pindah, sisip: deret(baru), akhir };
}

/** Panjang rencana pada sumbu (garis terakhir yang memuat sel + 1). */
export function panjangRencana(l: RencanaLembar, sumbu: Sumbu): number {
  let n = 0;
  for (const { baris, kolom } of selBeralamat(l)) n = Math.max(n, (sumbu === "baris" ? baris : kolom) + 1);
  return n;
}
