/**
 * Lembar Hasil siklus SKM: konvensi hitung (penimbang, pembulatan NRR, hasil unit) di sel kuning, lalu per periode ×
 * jenis layanan dan unit: responden, NRR = Σ nilai / Σ banyak per unsur, indeks = Σ NRR × penimbang, nilai =
 * indeks × 25, mutu dan kinerja (PermenPAN-RB 14/2017; IKM KepmenPAN 25/2004), populasi dan sampel minimal
 * Krejcie–Morgan. Rumusnya sama dengan inti src/core/skm-siklus.ts.
 */
import { NILAI_DASAR_SKM, type AturanSkm } from "../../frameworks/skm";
import { alamat, hitung, hurufKolom, judul, label, masukan, type RencanaLembar } from "../rencana";
import { sorot } from "../gaya";
import { Kisi, abs } from "../ringkasan";
import { rumusPitaSkm } from "../skm";
import { NAMA_UNIT, hitungKelompokRumus, kolomPenuh, ref, type Tata } from "./tata";
import { HK, RK, kolBanyak, kolJumlah, rentangHit } from "./hitungan";

/** Banyak baris jawaban (ada cap waktu, atau layanan, atau sedikitnya satu jawaban unsur) di seluruh jangkauan. */
export function rumusBarisJawaban(t: Tata): string {
  const { o } = t;
  const J = t.lembar.jawaban;
  if (o.kolomWaktu !== null) return `COUNTIF(${kolomPenuh(t, J, o.kolomWaktu)},"<>")`;
  if (o.kolomLayanan !== null) return `COUNTIF(${kolomPenuh(t, J, o.kolomLayanan)},"<>")`;
  return `(ROWS(${kolomPenuh(t, J, o.kolomUnsur[0])})-COUNTIFS(${o.kolomUnsur.map((k) => `${kolomPenuh(t, J, k)},""`).join(",")}))`;
}

export function lembarHasil(t: Tata): RencanaLembar {
  const { o, n } = t;
  const k = new Kisi();
  const H = t.lembar.hitungan;
  k.set(
    0,
    0,
    judul(
      `${o.aturan === "2017" ? "Survei Kepuasan Masyarakat (PermenPAN-RB 14/2017)" : "Indeks Kepuasan Masyarakat (KepmenPAN 25/2004)"}: hasil per periode dan jenis layanan`,
    ),
  );
  k.set(
    1,
    0,
    label(
      `Dihitung rumus dari lembar ${t.lembar.jawaban} lewat ${t.lembar.hitungan} dan ` +
        `${t.lembar.peta}. NRR = Σ nilai jawaban terisi / banyak ` +
        `jawaban terisi per unsur; indeks = Σ NRR × penimbang; nilai = indeks × ${NILAI_DASAR_SKM}.`,
      "catatan",
    ),
  );
  k.set(3, 0, label("Konvensi hitung", "subjudul"));
  k.set(4, 0, label("Penimbang tiap unsur"));
  k.set(4, 1, masukan("penimbang", o.penimbang === "1/n" ? 1 / n : Number(o.penimbang), "0.000000"));
  k.set(
    4,
    2,
    label(
      o.penimbang === "1/n"
        ? `tepat 1/${n} (bawaan); kantor lain memakai 0,111 atau 0,11`
        : `${o.penimbang.replace(".", ",")} seperti tercetak; tepat = 1/${n}`,
      "catatan",
    ),
  );
  k.set(5, 0, label("Pembulatan NRR sebelum ditimbang (desimal)"));
  k.set(5, 1, masukan("pembulatan-nrr", o.pembulatanNrr ?? undefined));
  k.set(
    5,
    2,
    label(
      "kosong = tidak dibulatkan; 2 atau 3 = NRR dibulatkan dulu (ROUND) seperti aplikasi yang menghitung dari angka tampilan",
      "catatan",
    ),
  );
  k.set(6, 0, label("Hasil unit"));
  k.set(6, 1, masukan("hasil-unit", o.hasilUnit));
  k.set(
    6,
    2,
    label(
      "gabungan = semua responden unit dihitung sekaligus (rumus SKM yang sama); rerata = rata-rata nilai tiap jenis layanan",
      "catatan",
    ),
  );
  const [ra] = t.hitRingkas;
  k.set(7, 0, label("Jawaban yang tidak ada di Peta Jawaban"));
  k.set(7, 1, hitung(`=SUM(${rentangHit(t, RK.selisih, [ra, ra + n - 1])})`, "0"));
  k.set(
    7,
    2,
    label(
      `harus 0; bila tidak, lihat kolom Selisih di ${H} lalu tambahkan teksnya di ${t.lembar.peta} (atau lihat B9)`,
      "catatan",
    ),
  );
  t.selPenimbang = abs(4, 1);
  t.selPembulatan = abs(5, 1);
  t.selHasilUnit = abs(6, 1);

  const h = 9;
  const c = t.hasilKol;
  k.set(8, 0, label("Baris jawaban di luar periode/layanan tabel ini"));
  k.set(
    8,
    2,
    label(
      `harus 0; bila tidak, ada cap waktu/layanan baru atau teks, atau baris ${t.lembar.jawaban} diurutkan ulang: bangun ulang`,
      "catatan",
    ),
  );
  const kepala = [
    "Periode",
    "Layanan",
    "Kunci",
    "Responden",
    ...t.unsur.map((u, j) => `U${j + 1} ${u}`),
    "Indeks",
    "Nilai",
    "Mutu",
    "Kinerja",
    "Populasi",
    "Sampel minimal",
    "Sampel cukup",
    ...t.unsur.map((_, j) => `Urutan U${j + 1} (bantu)`),
  ];
  kepala.forEach((x, i) => k.set(h, i, label(x, "kepala")));
  const kPop = c.kinerja + 1;
  const suku = (r: number) =>
    t.unsur
      .map(
        (_, j) =>
          `IF(${t.selPembulatan}="",${alamat(r, c.nrr0 + j)},ROUND(${alamat(r, c.nrr0 + j)},${t.selPembulatan}))`,
      )
      .join("+");
  const hitSel = (r: number, kol: number) => ref(H, `$${hurufKolom(kol)}$${r + 1}`);
  const jumlahU = (kol: number, per: string, j: number) =>
    `SUMIFS(${rentangHit(t, kol, t.hitU)},${rentangHit(t, HK.periode, t.hitU)},${per},${rentangHit(t, HK.unsur, t.hitU)},"U${j + 1}")`;
  let r = h + 1;
  t.hasilAwal = r;
  for (const p of o.periodeNama) {
    const layanan = new Map<string, number>();
    const awal = r;
    for (const s of o.layanan) {
      layanan.set(s, r);
      const r1 = t.hitBaris.get(`${p}|${s}|U1`)!;
      k.set(r, c.periode, label(p));
      k.set(r, c.layanan, label(s));
      k.set(r, c.kunci, hitung(`=${alamat(r, 0)}&"|"&${alamat(r, 1)}`));
      k.set(
        r,
        c.responden,
        hitung(`=${hitungKelompokRumus(t, p, s, [hitSel(r1, HK.mulai), hitSel(r1, HK.sebelum)], [])}`, "0"),
      );
      const ada = `${alamat(r, c.responden)}=0`;
      // NRR = Σ nilai / banyak jawaban terisi, dari baris kelompok ini di lembar Hitungan
      t.unsur.forEach((_, j) => {
        const rj = t.hitBaris.get(`${p}|${s}|U${j + 1}`)!;
        k.set(r, c.nrr0 + j, hitung(`=IF(${ada},"",${hitSel(rj, kolJumlah(t))}/${hitSel(rj, kolBanyak(t))})`, "0.000"));
      });
      k.set(r, c.indeks, hitung(`=IF(${ada},"",(${suku(r)})*${t.selPenimbang})`, "0.0000"));
      k.set(r, kPop, masukan(`populasi|p=${p}|l=${s}`, o.populasi?.[s]));
      k.set(
        r,
        kPop + 1,
        hitung(
          `=IF(ISNUMBER(${alamat(r, kPop)}),ROUND(3.841*${alamat(r, kPop)}*0.25/(0.0025*(${alamat(r, kPop)}-1)+3.841*0.25),0),"")`,
          "0",
        ),
      );
      k.set(
        r,
        kPop + 2,
        hitung(
          `=IF(ISNUMBER(${alamat(r, kPop + 1)}),IF(${alamat(r, c.responden)}>=${alamat(r, kPop + 1)},"Ya","Tidak"),"")`,
        ),
      );
      baris(k, r, c, o.aturan);
      r++;
    }
    const akhirL = r - 1;
    k.set(r, c.periode, label(p, "total"));
    k.set(r, c.layanan, label(NAMA_UNIT, "total"));
    k.set(r, c.kunci, hitung(`=${alamat(r, 0)}&"|"&${alamat(r, 1)}`));
    k.set(r, c.responden, hitung(`=SUM(${alamat(awal, c.responden)}:${alamat(akhirL, c.responden)})`, "0", "total"));
    const ada = `${alamat(r, c.responden)}=0`;
    const rerata = `${t.selHasilUnit}="rerata"`;
    t.unsur.forEach((_, j) => {
      const kol = c.nrr0 + j;
      const per = alamat(r, 0);
      k.set(
        r,
        kol,
        hitung(
          `=IF(${ada},"",IF(${rerata},AVERAGE(${alamat(awal, kol)}:${alamat(akhirL, kol)}),${jumlahU(kolJumlah(t), per, j)}/${jumlahU(kolBanyak(t), per, j)}))`,
          "0.000",
          "total",
        ),
      );
    });
    k.set(
      r,
      c.indeks,
      hitung(
        `=IF(${ada},"",IF(${rerata},AVERAGE(${alamat(awal, c.indeks)}:${alamat(akhirL, c.indeks)}),(${suku(r)})*${t.selPenimbang}))`,
        "0.0000",
        "total",
      ),
    );
    baris(k, r, c, o.aturan, "total");
    // bantu Tindak Lanjut: NRR unit + j/10⁹ agar NRR kembar diurutkan menurut nomor unsur
    t.unsur.forEach((_, j) => {
      const x = alamat(r, c.nrr0 + j);
      k.set(r, c.urutan0 + j, hitung(`=IF(ISNUMBER(${x}),${x}+${j + 1}/1000000000,"")`));
    });
    t.hasilBaris.set(p, { layanan, unit: r });
    r++;
  }
  t.hasilAkhir = r - 1;
  const kolD = `$${hurufKolom(c.responden)}$${t.hasilAwal + 1}:$${hurufKolom(c.responden)}$${t.hasilAkhir + 1}`;
  const kolB = `$B$${t.hasilAwal + 1}:$B$${t.hasilAkhir + 1}`;
  k.set(8, 1, hitung(`=${rumusBarisJawaban(t)}-SUMIFS(${kolD},${kolB},"${NAMA_UNIT}")`, "0"));
  return {
    nama: t.lembar.hasil,
    blok: [k.blok()],
    validasi: [
      {
        rentang: t.selHasilUnit.replace(/\$/g, ""),
        jenis: "daftar",
        daftar: ["gabungan", "rerata"],
        pesan: "Pilih gabungan atau rerata.",
      },
    ],
    formatBersyarat: (["A", "B", "C", "D"] as const).map((m, i) =>
      sorot(
        `${hurufKolom(c.mutu)}${t.hasilAwal + 1}:${hurufKolom(c.mutu)}${t.hasilAkhir + 1}`,
        m,
        (["baik", "cukup", "perhatian", "buruk"] as const)[i],
      ),
    ),
    bekukan: { baris: h + 1, kolom: 2 },
    // kunci periode|layanan (pencarian Publikasi): diciutkan, tidak dicetak. Urutan NRR (bantu Tindak Lanjut, di
    // ujung kanan) tetap tampak tetapi di luar area cetak: LibreOffice mencetak "###" untuk angka di kolom tersembunyi
    kolomBantu: {
      kolom: [hurufKolom(c.kunci)],
      keterangan: `Kolom bantu ${hurufKolom(c.kunci)} (kunci periode|layanan untuk ${t.lembar.publikasi})`,
    },
    cetakMinta: { area: `A1:${alamat(t.hasilAkhir, c.urutan0 - 1)}` },
    // kunci periode|layanan dibentuk rumus: lebarnya tidak dapat ditaksir dari teks sel
    lebarMinimum: [{ kolom: "C", lebar: 30 }],
    // label konvensi di A dibungkus: kolom kunci A:B cukup sempit untuk diulang di setiap pita cetak
    lebarMaksimum: [{ kolom: "A", lebar: 24 }],
    lebarKolom: [
      { kolom: "A", lebar: 24 },
      { kolom: "B", lebar: 24 },
      { kolom: "C", lebar: 10 },
      ...t.unsur.map((_, j) => ({ kolom: hurufKolom(c.nrr0 + j), lebar: 12 })),
      { kolom: hurufKolom(c.kinerja), lebar: 12 },
    ],
  };
}

function baris(k: Kisi, r: number, c: Tata["hasilKol"], aturan: AturanSkm, gaya: "hitung" | "total" = "hitung"): void {
  const idx = alamat(r, c.indeks);
  k.set(r, c.nilai, hitung(`=IF(ISNUMBER(${idx}),${idx}*${NILAI_DASAR_SKM},"")`, "0.00", gaya));
  k.set(r, c.mutu, hitung(rumusPitaSkm(alamat(r, c.nilai), aturan, "mutu"), undefined, gaya));
  k.set(r, c.kinerja, hitung(rumusPitaSkm(alamat(r, c.nilai), aturan, "kinerja"), undefined, gaya));
}

/** Rumus pencarian baris Hasil menurut kunci "periode|layanan". */
export function cariHasil(t: Tata, kunci: string, kol: number): string {
  const rng = (x: number) =>
    ref(t.lembar.hasil, `$${hurufKolom(x)}$${t.hasilAwal + 1}:$${hurufKolom(x)}$${t.hasilAkhir + 1}`);
  return `IFERROR(INDEX(${rng(kol)},MATCH(${kunci},${rng(t.hasilKol.kunci)},0)),"")`;
}
