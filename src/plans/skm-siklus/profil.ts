/**
 * Lembar Profil responden siklus SKM: banyak dan persentase responden per kategori tiap kolom profil (kelompok
 * umur untuk angka, nilai yang ada untuk teks), per jenis layanan, untuk periode yang dipilih di lembar Publikasi.
 */
import { batasPeriode } from "../../core/skm-siklus";
import { alamat, hitung, judul, label, type RencanaLembar } from "../rencana";
import { Kisi, rujukLembar } from "../ringkasan";
import type { KategoriProfil, OpsiSkmSiklus } from "./opsi";
import { kolomPenuh, kriteriaPersis, ref, type Tata } from "./tata";
import { HK, rentangHit } from "./hitungan";
import { rumusBarisJawaban } from "./hasil";

const KELOMPOK_UMUR: [string, number | null, number | null][] = [
  ["< 20", null, 20],
  ["20–29", 20, 30],
  ["30–39", 30, 40],
  ["40–49", 40, 50],
  ["50–59", 50, 60],
  ["≥ 60", 60, null],
];

/** Kategori tiap kolom profil dari data: angka dengan banyak nilai → kelompok umur; teks → nilai yang ada (≤ 15, terbanyak dulu). */
export function kategoriProfil(o: OpsiSkmSiklus, kol: number): KategoriProfil[] {
  const hitungan = new Map<string, number>();
  let angka = true;
  for (const b of o.baris ?? []) {
    const v = b[kol];
    if (v === undefined || v === "") continue;
    if (typeof v !== "number") angka = false;
    const s = String(v).trim();
    hitungan.set(s, (hitungan.get(s) ?? 0) + 1);
  }
  if (angka && hitungan.size > 8) {
    return KELOMPOK_UMUR.map(([nama, lo, hi]) => ({
      nama,
      kriteria: [...(lo !== null ? [`">=${lo}"`] : []), ...(hi !== null ? [`"<${hi}"`] : [])],
    }));
  }
  return [...hitungan.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], "id"))
    .slice(0, 15)
    .map(([s]) => ({
      nama: s,
      kriteria: [
        typeof (o.baris ?? []).find((b) => String(b[kol]).trim() === s)?.[kol] === "number"
          ? s
          : `"${s.replace(/"/g, '""')}"`,
      ],
    }));
}

export function lembarProfil(t: Tata): {
  lembar: RencanaLembar;
  ringkas: { kolom: string; nilai: string; jumlah: string }[];
} {
  const { o } = t;
  const k = new Kisi();
  const J = t.lembar.jawaban;
  k.set(0, 0, judul("Profil responden"));
  k.set(
    1,
    0,
    label(`Periode mengikuti sel Periode di lembar ${t.lembar.publikasi} (kosong = semua periode).`, "catatan"),
  );
  k.set(2, 0, label("Periode"));
  k.set(
    2,
    1,
    hitung(`=IF(${ref(t.lembar.publikasi, t.selPeriodePub)}="","",${ref(t.lembar.publikasi, t.selPeriodePub)})`),
  );
  // batas periode terpilih (dari lembar Hitungan) untuk kriteria cap waktu; semua periode = seluruh rentang tanggal
  const krit: string[] = [];
  if (o.kolomWaktu !== null && o.periodeNama.some((p) => batasPeriode(p))) {
    const hA = rentangHit(t, HK.periode, t.hitU);
    k.set(2, 2, label("mulai"));
    k.set(2, 3, hitung(`=IF($B$3="",1,INDEX(${rentangHit(t, HK.mulai, t.hitU)},MATCH($B$3,${hA},0)))`, "dd/mm/yyyy"));
    k.set(2, 4, label("sebelum"));
    k.set(
      2,
      5,
      hitung(`=IF($B$3="",2958466,INDEX(${rentangHit(t, HK.sebelum, t.hitU)},MATCH($B$3,${hA},0)))`, "dd/mm/yyyy"),
    );
    const w = kolomPenuh(t, J, o.kolomWaktu);
    krit.push(`${w},">="&$D$3`, `${w},"<"&$F$3`);
  }
  const semua = o.kolomLayanan !== null ? `${kolomPenuh(t, J, o.kolomLayanan)},"<>"` : null;
  const lay = (s: string) =>
    o.kolomLayanan !== null ? [`${kolomPenuh(t, J, o.kolomLayanan)},${kriteriaPersis(s)}`] : [];
  k.set(3, 0, label("Responden"));
  const dasar = krit.length > 0 ? krit : semua ? [semua] : [];
  k.set(3, 1, hitung(dasar.length > 0 ? `=COUNTIFS(${dasar.join(",")})` : `=${rumusBarisJawaban(t)}`, "0"));
  const ringkas: { kolom: string; nilai: string; jumlah: string }[] = [];
  let r = 5;
  for (const kol of o.kolomProfil) {
    const kat = o.kategoriProfil?.[String(kol)] ?? kategoriProfil(o, kol);
    if (kat.length === 0) continue;
    const kepala = [o.judul[kol], "Jumlah", "%", ...o.layanan];
    kepala.forEach((x, i) => k.set(r, i, label(x, "kepala")));
    const awal = r + 1;
    const data = kolomPenuh(t, J, kol);
    for (const g of kat) {
      r++;
      const kg = [...g.kriteria.map((x) => `${data},${x}`), ...krit];
      k.set(r, 0, label(g.nama));
      k.set(r, 1, hitung(`=COUNTIFS(${kg.join(",")})`, "0"));
      k.set(r, 2, hitung(`=IF($B$4=0,"",${alamat(r, 1)}/$B$4)`, "0.0%"));
      o.layanan.forEach((s, i) => k.set(r, 3 + i, hitung(`=COUNTIFS(${[...kg, ...lay(s)].join(",")})`, "0")));
    }
    ringkas.push({
      kolom: o.judul[kol],
      nilai: `${rujukLembar(t.lembar.profil)}!$A$${awal + 1}:$A$${r + 1}`,
      jumlah: `${rujukLembar(t.lembar.profil)}!$B$${awal + 1}:$B$${r + 1}`,
    });
    r += 2;
  }
  return {
    lembar: {
      nama: t.lembar.profil,
      blok: [k.blok()],
      lebarKolom: [
        { kolom: "A", lebar: 30 },
        { kolom: "B", lebar: 10 },
        { kolom: "C", lebar: 8 },
      ],
      ...(krit.length > 0
        ? {
            lebarMinimum: [
              { kolom: "D", lebar: 11 },
              { kolom: "F", lebar: 11 },
            ],
          }
        : {}),
    },
    ringkas,
  };
}
