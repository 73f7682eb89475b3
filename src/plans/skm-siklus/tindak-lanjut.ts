/**
 * Lembar Tindak Lanjut siklus SKM: unsur dengan NRR unit terendah tiap periode (tiga terendah, atau semua di bawah
 * ambang di sel kuning; urutan sama dengan pilihTindakLanjut di inti), isian rencana, waktu, penanggung jawab dan
 * status, serta saran masyarakat per periode dari ekspor formulir.
 */
import { BANYAK_TINDAK_LANJUT } from "../../frameworks/skm-siklus";
import { hitung, hurufKolom, judul, label, masukan, type RencanaLembar } from "../rencana";
import { Kisi } from "../ringkasan";
import type { OpsiSkmSiklus } from "./opsi";
import { ref, type Tata } from "./tata";

/** Sel ambang NRR di lembar Tindak Lanjut (kosong = tiga terendah). */
const SEL_AMBANG = "$B$3";

export function saranPeriode(o: OpsiSkmSiklus, periodeBaris: readonly string[]): Map<string, string[]> {
  const m = new Map<string, string[]>();
  if (!o.baris || o.kolomSaran.length === 0) return m;
  o.baris.forEach((b, i) => {
    const p = periodeBaris[i];
    if (p === undefined) return;
    for (const c of o.kolomSaran) {
      const s = String(b[c] ?? "").trim();
      if (s === "" || s === "-") continue;
      const d = m.get(p) ?? [];
      if (d.length < 10 && !d.includes(s)) d.push(s);
      m.set(p, d);
    }
  });
  return m;
}

/** Banyak unsur yang didaftar periode ini (rumus): di bawah ambang, atau tiga terendah bila sel ambang kosong. */
const rumusBanyakTl = (nrr: string, bantu: string): string =>
  `IF(ISNUMBER(${SEL_AMBANG}),COUNTIF(${nrr},"<"&${SEL_AMBANG}),MIN(${BANYAK_TINDAK_LANJUT},COUNT(${bantu})))`;

export function lembarTindakLanjut(t: Tata): RencanaLembar {
  const { o, n } = t;
  const k = new Kisi();
  const c = t.hasilKol;
  k.set(0, 0, judul("Rencana tindak lanjut hasil SKM"));
  k.set(
    1,
    0,
    label(
      `Unsur menurut NRR unit tiap periode (rumus dari ${t.lembar.hasil}; urut naik, NRR kembar menurut nomor ` +
        `unsur): tiga terendah bila B3 kosong, atau semua unsur dengan NRR unit di ` +
        `bawah ambang B3. Isi rencana, waktu, penanggung jawab dan status di sel kuning.`,
      "catatan",
    ),
  );
  k.set(2, 0, label("Ambang NRR"));
  k.set(2, 1, masukan("tl-ambang", o.ambang, "0.00"));
  k.set(
    2,
    2,
    hitung(
      `=IF(ISNUMBER(${SEL_AMBANG}),"Aturan: semua unsur dengan NRR unit di bawah "&${SEL_AMBANG},"Aturan: tiga unsur dengan NRR unit terendah (B3 kosong)")`,
      undefined,
      "catatan",
    ),
  );
  const kepala = [
    "Periode",
    "Peringkat",
    "Unsur",
    "NRR",
    "Rencana tindak lanjut",
    "Waktu",
    "Penanggung jawab",
    "Status",
    "Saran masyarakat (saat dibuat)",
    "Kunci",
  ];
  kepala.forEach((x, i) => k.set(3, i, label(x, "kepala")));
  const saran = new Map(Object.entries(o.saran ?? {}));
  const namaUnsur = ref(t.lembar.hasil, `$${hurufKolom(c.nrr0)}$10:$${hurufKolom(c.nrr0 + n - 1)}$10`);
  let r = 4;
  for (const p of o.periodeNama) {
    const s = saran.get(p) ?? [];
    // setiap unsur mendapat baris: ambang di B3 dapat diubah di Excel tanpa membangun ulang
    const tinggi = Math.max(n, s.length);
    const unit = t.hasilBaris.get(p)!.unit;
    const bantu = ref(
      t.lembar.hasil,
      `$${hurufKolom(c.urutan0)}$${unit + 1}:$${hurufKolom(c.urutan0 + n - 1)}$${unit + 1}`,
    );
    const nrr = ref(t.lembar.hasil, `$${hurufKolom(c.nrr0)}$${unit + 1}:$${hurufKolom(c.nrr0 + n - 1)}$${unit + 1}`);
    const banyak = rumusBanyakTl(nrr, bantu);
    for (let i = 0; i < tinggi; i++) {
      const b = r + i;
      if (i < n) {
        const pos = `MATCH(SMALL(${bantu},${i + 1}),${bantu},0)`;
        k.set(b, 0, label(p));
        k.set(b, 1, hitung(`=IF(C${b + 1}="","",${i + 1})`));
        k.set(b, 2, hitung(`=IF(${i + 1}>${banyak},"",INDEX(${namaUnsur},1,${pos}))`));
        k.set(b, 3, hitung(`=IF(${i + 1}>${banyak},"",INDEX(${nrr},1,${pos}))`, "0.000"));
        ["rencana", "waktu", "pj", "status"].forEach((f, m) => k.set(b, 4 + m, masukan(`tl|p=${p}|k=${i + 1}|${f}`)));
        k.set(b, 9, hitung(`=IF(C${b + 1}="","",A${b + 1}&"|"&${i + 1})`));
      }
      if (s[i] !== undefined) k.set(b, 8, label(s[i]));
    }
    r += tinggi + 1;
  }
  return {
    nama: t.lembar.tl,
    blok: [k.blok()],
    validasi: [
      { rentang: "B3", jenis: "desimal", min: 1, maks: 4, pesan: "Ambang NRR 1–4 (kosong = tiga unsur terendah)." },
    ],
    bolehKosong: ["B3"],
    bekukan: { baris: 4, kolom: 0 },
    // kunci periode|peringkat (pencarian Publikasi): diciutkan, tidak dicetak
    kolomBantu: { kolom: ["J"], keterangan: "Kolom bantu J (kunci periode|peringkat untuk lembar Publikasi)" },
    // mendatar satu halaman lebar dengan huruf ≥ 8 pt (lebar ≤ BATAS_MENDATAR karakter); tinggi bebas, kepala berulang
    cetakMinta: { orientasi: "mendatar" },
    // nama unsur terlemah dicari dengan rumus (INDEX): lebarnya tidak dapat ditaksir dari teks sel (terpanjang dengan
    // nomor 42 karakter)
    lebarMinimum: [{ kolom: "C", lebar: 43 }],
    // saran masyarakat dibungkus agar tabel muat satu halaman lebar mendatar
    lebarMaksimum: [
      { kolom: "A", lebar: 10 },
      { kolom: "B", lebar: 11 },
      { kolom: "D", lebar: 9 },
      { kolom: "I", lebar: 18 },
    ],
    lebarKolom: [
      { kolom: "A", lebar: 10 },
      { kolom: "B", lebar: 10 },
      { kolom: "C", lebar: 43 },
      { kolom: "D", lebar: 8 },
      { kolom: "E", lebar: 20 },
      { kolom: "F", lebar: 10 },
      { kolom: "G", lebar: 13 },
      { kolom: "H", lebar: 9 },
      { kolom: "I", lebar: 18 },
      { kolom: "J", lebar: 10 },
    ],
  };
}
