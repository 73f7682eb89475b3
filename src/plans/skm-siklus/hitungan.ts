/**
 * Lembar Hitungan siklus SKM: banyak jawaban tiap teks peta dan tiap angka 1–4 per periode × layanan × unsur
 * (COUNTIFS atas lembar Jawaban), Σ banyak dan Σ nilai × banyak untuk NRR (PermenPAN-RB 14/2017), baris K
 * kepentingan/harapan untuk kuadran, dan ringkasan per kolom jawaban (selisih = jawaban di luar peta).
 */
import { batasPeriode } from "../../core/skm-siklus";
import { alamat, hitung, hurufKolom, judul, label, type RencanaLembar } from "../rencana";
import { Kisi } from "../ringkasan";
import { hitungKelompokRumus, kolomPenuh, ref, type Tata } from "./tata";

/** Kolom lembar Hitungan. */
export const HK = { periode: 0, layanan: 1, unsur: 2, mulai: 3, sebelum: 4, peta0: 5 } as const;
const kolAngka0 = (t: Tata): number => HK.peta0 + t.K;
export const kolBanyak = (t: Tata): number => kolAngka0(t) + 4;
export const kolJumlah = (t: Tata): number => kolBanyak(t) + 1;
/** Kolom ringkasan per kolom jawaban (di atas tabel hitungan): terisi, angka, terhitung, selisih. */
export const RK = { kode: 0, judul: 1, terisi: 2, angka: 3, terhitung: 4, selisih: 5 } as const;

/** Rentang satu kolom lembar Hitungan atas baris 0-based [a, b]. */
export const rentangHit = (t: Tata, kol: number, [a, b]: [number, number]): string =>
  ref(t.lembar.hitungan, `$${hurufKolom(kol)}$${a + 1}:$${hurufKolom(kol)}$${b + 1}`);

/** Blok peta (baris 0-based, [awal, akhir]) untuk kode "U1…Un" atau "K1…Kn". */
function blokPetaKode(t: Tata, kode: string): [number, number] {
  return kode[0] === "K" ? t.petaKep! : t.petaBlok[Number(kode.slice(1)) - 1];
}

/** Kolom lembar jawaban untuk kode "U1…Un" / "K1…Kn". */
function kolomKode(t: Tata, kode: string): number {
  const j = Number(kode.slice(1)) - 1;
  return kode[0] === "K" ? t.o.kolomKepentingan![j] : t.o.kolomUnsur[j];
}

/**
 * Satu baris tabel hitungan: periode, layanan (kosong = semua layanan, untuk kepentingan), kode unsur, batas
 * periode, lalu banyak jawaban tiap teks peta (COUNTIFS, kriteria dari kolom bantu Peta D), tiap angka 1–4,
 * Σ banyak dan Σ nilai × banyak.
 */
function barisHitungan(
  k: Kisi,
  t: Tata,
  r: number,
  periode: string,
  layanan: string | null,
  kode: string,
  ringkas: number,
): void {
  const { o } = t;
  const batas = batasPeriode(periode);
  k.set(r, HK.periode, label(periode));
  k.set(r, HK.layanan, label(layanan ?? SEMUA_LAYANAN_KEP));
  k.set(r, HK.unsur, label(kode));
  if (o.kolomWaktu !== null && batas) {
    k.set(r, HK.mulai, hitung(rumusTanggal(batas[0]), "dd/mm/yyyy"));
    k.set(r, HK.sebelum, hitung(rumusTanggal(batas[1]), "dd/mm/yyyy"));
  }
  const sel = (c: number) => `$${hurufKolom(c)}${r + 1}`;
  const batasSel: [string, string] = [sel(HK.mulai), sel(HK.sebelum)];
  const kolom = kolomKode(t, kode);
  const [pa, pb] = blokPetaKode(t, kode);
  const P = t.lembar.peta;
  const suku: string[] = [];
  for (let i = 0; i < t.K; i++) {
    const c = HK.peta0 + i;
    const baris = pa + i;
    if (baris > pb) continue;
    const krit = ref(P, `$D$${baris + 1}`);
    k.set(
      r,
      c,
      hitung(`=IF(${krit}="",0,${hitungKelompokRumus(t, periode, layanan, batasSel, [[kolom, krit]])})`, "0"),
    );
    suku.push(`${alamat(r, c)}*N(${ref(P, `$C$${baris + 1}`)})`);
  }
  // jawaban angka 1–4 (ekspor yang menyimpan nilai, bukan teks); dilewati bila kolom itu tanpa angka
  const angka = ref(t.lembar.hitungan, `$${hurufKolom(RK.angka)}$${ringkas + 1}`);
  for (let v = 1; v <= 4; v++) {
    const c = kolAngka0(t) + v - 1;
    k.set(
      r,
      c,
      hitung(`=IF(${angka}=0,0,${hitungKelompokRumus(t, periode, layanan, batasSel, [[kolom, String(v)]])})`, "0"),
    );
    suku.push(`${alamat(r, c)}*${v}`);
  }
  k.set(r, kolBanyak(t), hitung(`=SUM(${alamat(r, HK.peta0)}:${alamat(r, kolAngka0(t) + 3)})`, "0"));
  k.set(r, kolJumlah(t), hitung(`=${suku.join("+")}`, "0"));
}

/** Tanggal seri Excel → rumus DATE(tahun,bulan,hari) (terbaca auditor, tidak berubah menjadi Date saat dibaca). */
function rumusTanggal(seri: number): string {
  const d = new Date((seri - 25569) * 86400000);
  return `=DATE(${d.getUTCFullYear()},${d.getUTCMonth() + 1},${d.getUTCDate()})`;
}

/** Label layanan baris kepentingan (semua responden periode itu). */
const SEMUA_LAYANAN_KEP = "(semua layanan)";

/** Ringkasan per kolom jawaban: terisi (teks + angka), angka, terhitung di tabel, selisih (harus 0). */
function ringkasanKolom(k: Kisi, t: Tata, r: number, kode: string, baris: [number, number]): void {
  const kol = kolomKode(t, kode);
  const x = kolomPenuh(t, t.lembar.jawaban, kol);
  k.set(r, RK.kode, label(kode));
  k.set(r, RK.judul, label(`kolom ${hurufKolom(kol)}`));
  k.set(r, RK.terisi, hitung(`=COUNTIF(${x},"?*")+COUNT(${x})`, "0"));
  k.set(r, RK.angka, hitung(`=COUNT(${x})`, "0"));
  k.set(
    r,
    RK.terhitung,
    hitung(`=SUMIFS(${rentangHit(t, kolBanyak(t), baris)},${rentangHit(t, HK.unsur, baris)},"${kode}")`, "0"),
  );
  k.set(r, RK.selisih, hitung(`=${alamat(r, RK.terisi)}-${alamat(r, RK.terhitung)}`, "0"));
}

export function lembarHitungan(t: Tata): RencanaLembar {
  const { o, n } = t;
  const k = new Kisi();
  const kep = o.kolomKepentingan?.length === n;
  k.set(0, 0, judul("Hitungan jawaban per periode, layanan dan unsur"));
  k.set(
    1,
    0,
    label(
      `Banyak jawaban tiap teks di ${t.lembar.peta} dan tiap angka 1–4 (COUNTIFS atas lembar ` +
        `${t.lembar.jawaban}: cap waktu ≥ mulai dan < sebelum, layanan sama); Σ nilai = Σ banyak × ` +
        `nilai peta. NRR di ${t.lembar.hasil} = Σ nilai / Σ banyak. Cetak: lembar ini dan ` +
        `${t.lembar.jawaban} adalah bukti hitung untuk pemeriksa, ` +
        `dicetak mendatar 75 % dalam pita kolom dengan kolom kunci diulang (di sini ` +
        `Periode, Layanan, Unsur; di ${t.lembar.jawaban} kolom A); untuk laporan cukup ` +
        `${t.lembar.publikasi}, ${t.lembar.hasil} dan ${t.lembar.tl}.`,
      "catatan",
    ),
  );
  // ringkasan kolom jawaban: selisih ≠ 0 = teks yang belum ada di peta, atau baris di luar periode/layanan
  const h0 = 3;
  // gaya subjudul (bukan kepala): judul cetak berulang hanya kepala tabel hitungan di bawahnya
  ["Jawaban", "Kolom", "Terisi", "Angka 1–4", "Terhitung", "Selisih (harus 0)"].forEach((x, i) =>
    k.set(h0, i, label(x, "subjudul")),
  );
  const kode = [...t.unsur.map((_, j) => `U${j + 1}`), ...(kep ? t.unsur.map((_, j) => `K${j + 1}`) : [])];
  t.hitRingkas = [h0 + 1, h0 + kode.length];
  // tabel hitungan mulai dua baris di bawah ringkasan
  const h = h0 + kode.length + 2;
  const kepala = [
    "Periode",
    "Layanan",
    "Unsur",
    "Mulai",
    "Sebelum",
    ...Array.from({ length: t.K }, (_, i) => `Peta ${i + 1}`),
    "1",
    "2",
    "3",
    "4",
    "Σ banyak",
    "Σ nilai",
  ];
  kepala.forEach((x, i) => k.set(h, i, label(x, "kepala")));
  let r = h + 1;
  const ringkasBaris = (kd: string) => t.hitRingkas[0] + kode.indexOf(kd);
  const awalU = r;
  for (const p of o.periodeNama) {
    for (const s of o.layanan) {
      for (let j = 0; j < n; j++) {
        t.hitBaris.set(`${p}|${s}|U${j + 1}`, r);
        barisHitungan(k, t, r++, p, s, `U${j + 1}`, ringkasBaris(`U${j + 1}`));
      }
    }
  }
  t.hitU = [awalU, r - 1];
  if (kep) {
    const awalK = r;
    for (const p of o.periodeNama) {
      for (let j = 0; j < n; j++) {
        t.hitBaris.set(`${p}||K${j + 1}`, r);
        barisHitungan(k, t, r++, p, null, `K${j + 1}`, ringkasBaris(`K${j + 1}`));
      }
    }
    t.hitK = [awalK, r - 1];
  }
  kode.forEach((kd, i) => ringkasanKolom(k, t, t.hitRingkas[0] + i, kd, kd[0] === "K" ? t.hitK! : t.hitU));
  return {
    nama: t.lembar.hitungan,
    blok: [k.blok()],
    bekukan: { baris: h + 1, kolom: 3 },
    lebarKolom: [
      { kolom: "A", lebar: 10 },
      { kolom: "B", lebar: 24 },
      { kolom: "C", lebar: 7 },
      { kolom: "D", lebar: 11 },
      { kolom: "E", lebar: 11 },
    ],
    lebarMinimum: [
      { kolom: "D", lebar: 11 },
      { kolom: "E", lebar: 11 },
    ],
  };
}
