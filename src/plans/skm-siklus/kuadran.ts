/**
 * Lembar Kuadran siklus SKM: kepentingan–kinerja per unsur (importance–performance analysis, Martilla & James
 * 1977; nomor dan nama kuadran seperti aplikasi e-SKM) dengan grafik sebar dan garis pemisah, dan blok peta
 * jawaban kepentingan/harapan di lembar Peta Jawaban (konvensi formulir e-SKM, bukan bagian PermenPAN-RB 14/2017).
 */
import { UNSUR_KEPENTINGAN } from "../../core/skm-siklus";
import { KUADRAN_IPA, OPSI_KEPENTINGAN } from "../../frameworks/skm-siklus";
import {
  alamat,
  hitung,
  judul,
  label,
  masukan,
  type BlokSel,
  type Grafik,
  type RencanaLembar,
  type ValidasiData,
} from "../rencana";
import { sorot, type Sorotan } from "../gaya";
import { Kisi, abs } from "../ringkasan";
import { TINGGI_GRAFIK } from "../tata-letak";
import { NAMA_UNIT, ref, type Tata } from "./tata";
import { barisPeta, rumusKriteriaPeta } from "./peta";
import { HK, RK, kolBanyak, kolJumlah, rentangHit } from "./hitungan";
import { cariHasil } from "./hasil";

/**
 * Batas sumbu grafik kuadran dari nilai saat dibangun: kelipatan 0,5 di bawah nilai terkecil (sedikitnya 0,15
 * di bawahnya, tidak kurang dari 1) sampai 4, agar titik yang berdekatan tidak menumpuk di sumbu 1–4.
 */
export function batasSumbuKuadran(nilai: readonly number[]): [number, number] {
  let min = 4;
  for (const x of nilai) if (Number.isFinite(x) && x < min) min = x;
  let bawah = Math.floor(min * 2) / 2;
  if (min - bawah < 0.15) bawah -= 0.5;
  return [Math.max(1, bawah), 4];
}

/** Blok peta kepentingan/harapan di bawah peta unsur lembar Peta Jawaban (satu peta untuk semua unsur). */
export function blokPetaKepentingan(t: Tata): { blok: BlokSel; validasi: ValidasiData } {
  const k = new Kisi();
  const awal = t.petaBlok[t.n - 1][1] + 2;
  k.set(
    0,
    0,
    label(
      "Kepentingan/harapan (semua unsur): pilihan di bawah adalah konvensi formulir e-SKM, bukan bagian PermenPAN-RB 14/2017; dipakai baris K lembar Hitungan.",
      "catatan",
    ),
  );
  const isi = barisPeta(
    OPSI_KEPENTINGAN,
    (t.o.peta ?? []).filter((p) => p.unsur === UNSUR_KEPENTINGAN),
  );
  for (let i = 0; i < isi.length + 4; i++) {
    k.set(1 + i, 0, label("Kepentingan (semua unsur)"));
    k.set(1 + i, 1, masukan(`peta-kep|i=${i + 1}`, isi[i]?.[0]));
    k.set(1 + i, 2, masukan(`peta-kep-nilai|i=${i + 1}`, isi[i]?.[1]));
    k.set(1 + i, 3, hitung(rumusKriteriaPeta(awal + 1 + i)));
  }
  t.petaKep = [awal + 1, awal + isi.length + 4];
  const blok = k.blok();
  return {
    blok: { ...blok, mulai: `A${awal + 1}` },
    validasi: {
      rentang: `C${awal + 2}:C${awal + 1 + isi.length}`,
      jenis: "bilanganBulat",
      min: 1,
      maks: 4,
      pesan: "Nilai harus bilangan bulat 1–4.",
    },
  };
}

/** Rumus kuadran dan namanya dari kinerja (d), kepentingan (e) dan garisnya (dg, eg); kosong bila salah satu bukan angka. */
function rumusKuadran(d: string, e: string, dg: string, eg: string): { kode: string; nama: (f: string) => string } {
  const ada = [d, e, dg, eg].map((x) => `ISNUMBER(${x})`).join(",");
  return {
    kode: `=IF(AND(${ada}),IF(${e}>=${eg},IF(${d}<${dg},"I","II"),IF(${d}<${dg},"III","IV")),"")`,
    nama: (f) =>
      `=IF(${f}="I","${KUADRAN_IPA.I.nama}",IF(${f}="II","${KUADRAN_IPA.II.nama}",IF(${f}="III","${KUADRAN_IPA.III.nama}",IF(${f}="IV","${KUADRAN_IPA.IV.nama}",""))))`,
  };
}

/**
 * Baris tabel kuadran (satu periode): A periode, B kode, C unsur, D kinerja, E kepentingan, F kuadran, G nama;
 * lalu baris garis pemisah. `periode` = rumus sel periode, `kinerja(j)` = rumus NRR unit unsur j.
 */
function barisKuadran(
  k: Kisi,
  t: Tata,
  r0: number,
  periode: string,
  kinerja: (j: number) => string,
  labelPeriode?: string,
): number {
  const { n } = t;
  const g = r0 + n;
  const rk = t.hitK!;
  for (let j = 0; j < n; j++) {
    const r = r0 + j;
    const jumlah = (kol: number) =>
      `SUMIFS(${rentangHit(t, kol, rk)},${rentangHit(t, HK.periode, rk)},${periode},${rentangHit(t, HK.unsur, rk)},"K${j + 1}")`;
    k.set(r, 0, labelPeriode === undefined ? hitung(`=${periode}`) : label(labelPeriode));
    k.set(r, 1, label(`U${j + 1}`));
    k.set(r, 2, label(t.unsur[j]));
    k.set(r, 3, hitung(`=${kinerja(j)}`, "0.000"));
    k.set(r, 4, hitung(`=IF(${jumlah(kolBanyak(t))}=0,"",${jumlah(kolJumlah(t))}/${jumlah(kolBanyak(t))})`, "0.000"));
    const q = rumusKuadran(alamat(r, 3), alamat(r, 4), abs(g, 3), abs(g, 4));
    k.set(r, 5, hitung(q.kode));
    k.set(r, 6, hitung(q.nama(alamat(r, 5))));
  }
  k.set(g, 2, label("Garis pemisah (rata-rata unsur)", "total"));
  [3, 4].forEach((c) =>
    k.set(
      g,
      c,
      hitung(
        `=IF(COUNT(${alamat(r0, c)}:${alamat(g - 1, c)})<${n},"",AVERAGE(${alamat(r0, c)}:${alamat(g - 1, c)}))`,
        "0.000",
        "total",
      ),
    ),
  );
  return g;
}

/** Judul, catatan metode, sel periode (B5) dan hitungan jawaban kepentingan di luar peta (B6). */
function kepalaKuadran(k: Kisi, t: Tata): void {
  const { o, n } = t;
  const q = (x: keyof typeof KUADRAN_IPA) => KUADRAN_IPA[x].nama.toLowerCase();
  k.set(0, 0, judul("Kuadran kepentingan–kinerja per unsur (importance–performance analysis)"));
  k.set(
    1,
    0,
    label(
      `Kinerja = NRR unit di lembar ${t.lembar.hasil} (mengikuti sel Hasil unit); kepentingan ` +
        `= rata-rata jawaban kepentingan/harapan semua responden periode itu (baris K lembar ` +
        `${t.lembar.hitungan}, peta di ${t.lembar.peta}). Garis pemisah = rata-rata dari ` +
        `rata-rata unsur pada tiap sumbu. Kuadran I: kepentingan ≥ garis dan kinerja < garis (${q("I")}); II: ≥ dan ≥ (${q("II")}); III: < dan < (${q("III")}); IV: < dan ≥ (${q("IV")}).`,
      "catatan",
    ),
  );
  k.set(
    2,
    0,
    label(
      "Metode: Martilla & James (1977), Importance-Performance Analysis, Journal of Marketing " +
        "41(1): 77–79; nomor dan nama kuadran seperti grafik kuadran aplikasi e-SKM. Pilihan " +
        "jawaban kepentingan (Tidak penting … Sangat penting = 1–4) adalah konvensi formulir e-SKM, " +
        "bukan bagian PermenPAN-RB 14/2017.",
      "catatan",
    ),
  );
  k.set(4, 0, label("Periode"));
  k.set(4, 1, masukan("kuadran-periode", o.periodeNama[o.periodeNama.length - 1]));
  k.set(4, 2, label("tabel dan grafik di bawah mengikuti periode ini", "catatan"));
  k.set(5, 0, label("Jawaban kepentingan di luar peta"));
  const [ra] = t.hitRingkas;
  k.set(5, 1, hitung(`=SUM(${rentangHit(t, RK.selisih, [ra + n, ra + 2 * n - 1])})`, "0"));
  k.set(
    5,
    2,
    label(
      `harus 0; bila tidak, lihat kolom Selisih baris K di ${t.lembar.hitungan} lalu tambahkan teksnya di ${t.lembar.peta}`,
      "catatan",
    ),
  );
}

/**
 * Titik garis pemisah (tegak pada garis kinerja, mendatar pada garis kepentingan, selebar sumbu) di bawah
 * baris garis `g`, lalu grafik sebar tabel baris r0… di bawahnya. Mengembalikan grafik dan baris sesudahnya.
 */
function grafikKuadran(k: Kisi, t: Tata, r0: number, g: number): { grafik: Grafik; sesudah: number } {
  const gb = g + 2;
  const [smin, smaks] = t.o.sumbuKuadran ?? [1, 4];
  k.set(
    gb - 1,
    2,
    label(
      `Titik garis pemisah (untuk grafik; sumbu ${String(smin).replace(".", ",")}–${smaks} ditetapkan saat dibuat)`,
      "subjudul",
    ),
  );
  const titik: [string, string, string][] = [
    ["Garis kinerja, bawah", `=${abs(g, 3)}`, String(smin)],
    ["Garis kinerja, atas", `=${abs(g, 3)}`, String(smaks)],
    ["Garis kepentingan, kiri", String(smin), `=${abs(g, 4)}`],
    ["Garis kepentingan, kanan", String(smaks), `=${abs(g, 4)}`],
  ];
  titik.forEach(([nama, x, y], i) => {
    k.set(gb + i, 2, label(nama));
    [x, y].forEach((v, m) => k.set(gb + i, 3 + m, v.startsWith("=") ? hitung(v, "0.000") : label(Number(v))));
  });
  const pos = gb + 5;
  const grafik: Grafik = {
    jenis: "sebar",
    judul: "Kuadran: kinerja (NRR) terhadap kepentingan",
    data: `D${r0 + 1}:E${r0 + t.n}`,
    kategori: `B${r0 + 1}:B${r0 + t.n}`,
    garisBantu: [`D${gb + 1}:E${gb + 2}`, `D${gb + 3}:E${gb + 4}`],
    sumbu: { x: "Kinerja (NRR)", y: "Kepentingan", min: smin, maks: smaks },
    posisi: `A${pos + 1}`,
  };
  return { grafik, sesudah: pos + TINGGI_GRAFIK + 1 };
}

export function lembarKuadran(t: Tata): RencanaLembar {
  const { o } = t;
  const k = new Kisi();
  const c = t.hasilKol;
  kepalaKuadran(k, t);
  const h = 7;
  ["Periode", "Kode", "Unsur", "Kinerja (NRR)", "Kepentingan", "Kuadran", "Keterangan"].forEach((x, i) =>
    k.set(h, i, label(x, "kepala")),
  );
  const r0 = h + 1;
  const g = barisKuadran(k, t, r0, "$B$5", (j) => cariHasil(t, `$B$5&"|"&"${NAMA_UNIT}"`, c.nrr0 + j));
  const { grafik, sesudah } = grafikKuadran(k, t, r0, g);
  // semua periode (kolom sama dengan tabel di atas, jadi kepala cetak berulang tetap berlaku)
  let r = sesudah;
  k.set(r, 0, label("Semua periode", "subjudul"));
  r++;
  for (const p of o.periodeNama) {
    const unit = t.hasilBaris.get(p)!.unit;
    const akhir = barisKuadran(k, t, r, alamat(r, 0), (j) => ref(t.lembar.hasil, alamat(unit, c.nrr0 + j)), p);
    r = akhir + 2;
  }
  const warna: Record<string, Sorotan> = { I: "buruk", II: "baik", III: "netral", IV: "perhatian" };
  return {
    nama: t.lembar.kuadran,
    blok: [k.blok()],
    validasi: [
      { rentang: "B5", jenis: "daftar", daftar: o.periodeNama, pesan: "Pilih periode yang ada di lembar Hasil." },
    ],
    formatBersyarat: Object.entries(warna).map(([teks, s]) => sorot(`F${r0 + 1}:F${r}`, teks, s)),
    bekukan: { baris: h + 1, kolom: 0 },
    lebarKolom: [
      { kolom: "A", lebar: 12 },
      { kolom: "B", lebar: 10 },
      { kolom: "C", lebar: 34 },
      { kolom: "D", lebar: 14 },
      { kolom: "E", lebar: 14 },
      { kolom: "F", lebar: 10 },
      { kolom: "G", lebar: 22 },
    ],
    // periode dan nama kuadran dibentuk rumus: lebarnya tidak dapat ditaksir dari teks sel
    lebarMinimum: [
      { kolom: "A", lebar: 12 },
      { kolom: "G", lebar: 22 },
    ],
    grafik: [grafik],
  };
}
