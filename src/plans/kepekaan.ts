/**
 * Pembangun lembar "Kepekaan bobot" (issue 15): unit × kriteria dengan bobot, lalu selang tepat satu
 * bobot sekali jalan sebagai rumus Excel asli (sama dengan src/core/kepekaan.ts), grafik tornado, kalimat
 * biasa per unit ("Dinas Pasar tetap Baik selama bobot Kecepatan antara 0,041 dan 0,128") dan tabel
 * stabilitas dari =BOBOT.STABILITAS (sampel Dirichlet berbenih; tidak dapat ditulis sebagai rumus bawaan).
 *
 * Rumus: S_i = SUMPRODUCT(skor, bobot dinormalkan); kemiringan m_ik = (x_ik − S_i)/(1 − w_k);
 * batas kategori t = w_k + (tepi − S_i)/m_ik; batas peringkat dari pasangan tetangga dalam urutan
 * peringkat: t = w_k − (S_a − S_b)/(m_a − m_b). Kategori diputuskan atas ROUND(S × faktor, 9).
 */
import { galatNilai } from "../core/errors";
import { PITA_KEPEKAAN, type IdPita, type PitaKepekaan } from "../core/kepekaan";
import { Kisi, abs } from "./ringkasan";
import { alamat, hitung, hurufKolom, judul, label, masukan, type Grafik, type RencanaBukuKerja } from "./rencana";

export interface OpsiKepekaanBobot {
  /** Banyak baris unit (bawaan 5). */
  unit?: number;
  /** Nama kriteria (menentukan banyak kolom; bawaan tiga kriteria). */
  kriteria?: string[];
  /** Bobot bawaan tiap kriteria (bawaan sama). */
  bobot?: number[];
  /** Pita kategori; kosong = hanya peringkat. */
  pita?: IdPita | null;
  /** Banyak tarikan dan benih bawaan untuk BOBOT.STABILITAS. */
  sampel?: number;
  benih?: number;
  /** Isian awal (contoh). Tidak disimpan di meta. */
  nama?: string[];
  nilai?: number[][];
}

export const NAMA_LEMBAR_KEPEKAAN = "Kepekaan Bobot";

/** Angka 0–1 sebagai teks tiga desimal berkoma ("0,041"), tanpa TEXT/FIXED yang bergantung lokal. */
export function teksKoma3(sel: string): string {
  const v = `ROUND(${sel}*1000,0)`;
  return `INT(${v}/1000)&","&RIGHT("00"&MOD(${v},1000),3)`;
}

interface Tata {
  n: number;
  K: number;
  pita: PitaKepekaan | null;
  kol: (k: number) => string;
  /** Baris 0-based tiap bagian. */
  r: {
    bobot: number;
    norm: number;
    u0: number;
    b0: number;
    k0: number;
    s0: number;
    p0: number;
    m0: number;
    lo0: number;
    hi0: number;
    d0: number;
    q0: number;
  };
  c: { skor: number; bulat: number; katKe: number; kat: number; per: number };
}

function tata(n: number, K: number, pita: PitaKepekaan | null): Tata {
  const u0 = 8;
  const b0 = u0 + n + 3;
  const k0 = b0 + K + 2;
  const s0 = k0 + (pita ? n + 2 : 0) + 3;
  const p0 = s0 + n + 4;
  const m0 = p0 + (pita ? pita.kategori.length + 2 : 0) + 1;
  const lo0 = m0 + n + 2;
  const hi0 = lo0 + (pita ? n + 2 : 0);
  const d0 = hi0 + (pita ? n + 2 : 0);
  const q0 = d0 + (pita ? n + 2 : 0);
  return {
    n,
    K,
    pita,
    kol: (k) => hurufKolom(1 + k),
    r: { bobot: 4, norm: 5, u0, b0, k0, s0, p0, m0, lo0, hi0, d0, q0 },
    c: { skor: K + 1, bulat: K + 2, katKe: K + 3, kat: K + 4, per: K + 5 },
  };
}

/** Rentang kolom kriteria pada baris 0-based `r` (absolut). */
const barisKriteria = (t: Tata, r: number): string => `${abs(r, 1)}:${abs(r, t.K)}`;
/** Rentang satu kolom untuk baris unit dari tabel yang mulai di `r0` (absolut). */
const kolomUnit = (t: Tata, r0: number, kolom: number): string => `${abs(r0, kolom)}:${abs(r0 + t.n - 1, kolom)}`;

function masukanDanSkor(k: Kisi, t: Tata, o: OpsiKepekaanBobot, kriteria: string[], bobot: number[]): void {
  const { n, K, pita, r, c } = t;
  k.set(3, 0, label("Kriteria", "kepala"));
  k.set(r.bobot, 0, label("Bobot"));
  k.set(r.norm, 0, label("Bobot dinormalkan (jumlah 1)"));
  for (let j = 0; j < K; j++) {
    k.set(3, 1 + j, masukan(`kriteria|k=${j + 1}`, kriteria[j]));
    k.set(r.bobot, 1 + j, masukan(`bobot|k=${j + 1}`, bobot[j]));
    k.set(r.norm, 1 + j, hitung(`=${alamat(r.bobot, 1 + j)}/SUM(${barisKriteria(t, r.bobot)})`, "0.000"));
  }
  const kepala = [
    "Unit",
    ...kriteria.map((_, j) => `=${abs(3, 1 + j)}`),
    "Skor",
    "Skor (9 desimal)",
    ...(pita ? ["Kategori ke", "Kategori"] : ["", ""]),
    "Peringkat",
  ];
  kepala.forEach((h, j) => k.set(r.u0 - 1, j, h.startsWith("=") ? hitung(h, undefined, "kepala") : label(h, "kepala")));
  for (let i = 0; i < n; i++) {
    const b = r.u0 + i;
    k.set(b, 0, masukan(`unit|i=${i + 1}`, o.nama?.[i] ?? `Unit ${i + 1}`));
    for (let j = 0; j < K; j++) k.set(b, 1 + j, masukan(`nilai|i=${i + 1}|k=${j + 1}`, o.nilai?.[i]?.[j]));
    const rng = `${alamat(b, 1)}:${alamat(b, K)}`;
    const S = alamat(b, c.skor);
    k.set(b, c.skor, hitung(`=IF(COUNT(${rng})<${K},NA(),SUMPRODUCT(${rng},${barisKriteria(t, r.norm)}))`, "0.000"));
    k.set(b, c.bulat, hitung(`=ROUND(${S},9)`, "0.000000000"));
    if (pita) {
      k.set(b, c.katKe, hitung(rumusKategoriKe(t, S), "0"));
      k.set(
        b,
        c.kat,
        hitung(`=INDEX(${abs(r.p0, 0)}:${abs(r.p0 + pita.kategori.length - 1, 0)},${alamat(b, c.katKe)})`),
      );
    }
    const R = kolomUnit(t, r.u0, c.bulat);
    k.set(
      b,
      c.per,
      hitung(
        `=COUNTIF(${R},">"&${alamat(b, c.bulat)})+COUNTIF(${abs(r.u0, c.bulat)}:${alamat(b, c.bulat)},${alamat(b, c.bulat)})`,
        "0",
      ),
    );
  }
}

/** Indeks kategori (1 = terbaik) dari tabel pita: IF(ROUND(S×f,9)>batas1,1,IF(…)). */
function rumusKategoriKe(t: Tata, S: string): string {
  const pita = t.pita as PitaKepekaan;
  const v = `ROUND(${S}*${pita.faktor},9)`;
  const nK = pita.kategori.length;
  let f = String(nK);
  for (let j = nK - 2; j >= 0; j--) {
    const op = pita.kategori[j].lebihDari !== undefined ? ">" : ">=";
    f = `IF(${v}${op}${abs(t.r.p0 + j, 1)},${j + 1},${f})`;
  }
  return `=IF(ISNUMBER(${S}),${f},NA())`;
}

function tabelBantu(k: Kisi, t: Tata): void {
  const { n, K, pita, r, c } = t;
  k.set(r.p0 - 2, 0, judul("Perhitungan bantu (rumus yang dipakai tabel di atas)", "subjudul"));
  if (pita) {
    k.set(r.p0 - 1, 0, label("Kategori", "kepala"));
    k.set(r.p0 - 1, 1, label(`Batas (skala pita${pita.faktor !== 1 ? `, skor × ${pita.faktor}` : ""})`, "kepala"));
    k.set(r.p0 - 1, 2, label("Batas (skala skor)", "kepala"));
    k.set(r.p0 - 1, 3, label("Aturan", "kepala"));
    pita.kategori.forEach((kat, j) => {
      const b = r.p0 + j;
      k.set(b, 0, label(kat.nama));
      const batas = kat.lebihDari ?? kat.palingSedikit;
      if (batas !== undefined) {
        k.set(b, 1, label(batas));
        k.set(b, 2, hitung(`=${alamat(b, 1)}/${pita.faktor}`, "0.000######"));
        k.set(b, 3, label(kat.lebihDari !== undefined ? "> batas" : "≥ batas"));
      } else k.set(b, 3, label("sisanya"));
    });
  }
  const kepalaUnit = (r0: number, teks: string): void => {
    k.set(r0 - 1, 0, label(teks, "kepala"));
    for (let j = 0; j < K; j++) k.set(r0 - 1, 1 + j, hitung(`=${abs(3, 1 + j)}`, undefined, "kepala"));
  };
  kepalaUnit(r.m0, "Kemiringan dS/dt");
  for (let i = 0; i < n; i++) {
    const b = r.m0 + i;
    const u = r.u0 + i;
    k.set(b, 0, hitung(`=""&${abs(u, 0)}`));
    for (let j = 0; j < K; j++) {
      const x = abs(u, 1 + j);
      const w = abs(r.norm, 1 + j);
      const lain = `(SUM(${abs(u, 1)}:${abs(u, K)})-${x})/${K - 1}`;
      k.set(b, 1 + j, hitung(`=IF(1-${w}<0.000000000001,${x}-${lain},(${x}-${abs(u, c.skor)})/(1-${w}))`, "0.000"));
    }
  }
  if (pita) tabelKategoriUnit(k, t);
  if (n >= 2) tabelPasangan(k, t);
}

function tabelKategoriUnit(k: Kisi, t: Tata): void {
  const { n, K, pita, r, c } = t;
  const nK = (pita as PitaKepekaan).kategori.length;
  const tepiS = `${abs(r.p0, 2)}:${abs(r.p0 + nK - 1, 2)}`;
  const kepala = (r0: number, teks: string): void => {
    k.set(r0 - 1, 0, label(teks, "kepala"));
    for (let j = 0; j < K; j++) k.set(r0 - 1, 1 + j, hitung(`=${abs(3, 1 + j)}`, undefined, "kepala"));
  };
  kepala(r.lo0, "Kategori tetap dari");
  kepala(r.hi0, "Kategori tetap sampai");
  kepala(r.d0, "Jarak ke perubahan (2 = tidak ada)");
  for (let i = 0; i < n; i++) {
    const u = r.u0 + i;
    const nama = `=""&${abs(u, 0)}`;
    k.set(r.lo0 + i, 0, hitung(nama));
    k.set(r.hi0 + i, 0, hitung(nama));
    k.set(r.d0 + i, 0, hitung(nama));
    const S = abs(u, c.skor);
    const ck = abs(u, c.katKe);
    const bawah = `(INDEX(${tepiS},${ck})-${S})`;
    const atas = `(INDEX(${tepiS},${ck}-1)-${S})`;
    for (let j = 0; j < K; j++) {
      const t0 = abs(r.norm, 1 + j);
      const m = alamat(r.m0 + i, 1 + j);
      const lo = `=MIN(${t0},MAX(0,IF(${m}>0,IF(${ck}<${nK},${t0}+${bawah}/${m},0),IF(${m}<0,IF(${ck}>1,${t0}+${atas}/${m},0),0))))`;
      const hi = `=MAX(${t0},MIN(1,IF(${m}>0,IF(${ck}>1,${t0}+${atas}/${m},1),IF(${m}<0,IF(${ck}<${nK},${t0}+${bawah}/${m},1),1))))`;
      k.set(r.lo0 + i, 1 + j, hitung(lo, "0.000"));
      k.set(r.hi0 + i, 1 + j, hitung(hi, "0.000"));
      const L = alamat(r.lo0 + i, 1 + j);
      const H = alamat(r.hi0 + i, 1 + j);
      k.set(
        r.d0 + i,
        1 + j,
        hitung(`=MIN(IF(${L}>0.000000000001,${t0}-${L},2),IF(${H}<1-0.000000000001,${H}-${t0},2))`, "0.000"),
      );
    }
  }
}

function tabelPasangan(k: Kisi, t: Tata): void {
  const { n, K, r, c } = t;
  k.set(r.q0 - 1, 0, label("Peringkat r (pasangan r, r+1)", "kepala"));
  k.set(r.q0 - 1, 1, label("Unit ke (r)", "kepala"));
  k.set(r.q0 - 1, 2, label("Unit ke (r+1)", "kepala"));
  for (let j = 0; j < K; j++) {
    k.set(r.q0 - 1, 3 + j, hitung(`="dari: "&${abs(3, 1 + j)}`, undefined, "kepala"));
    k.set(r.q0 - 1, 3 + K + j, hitung(`="sampai: "&${abs(3, 1 + j)}`, undefined, "kepala"));
  }
  const per = kolomUnit(t, r.u0, c.per);
  for (let p = 0; p < n - 1; p++) {
    const b = r.q0 + p;
    k.set(b, 0, label(p + 1));
    k.set(b, 1, hitung(`=MATCH(${alamat(b, 0)},${per},0)`, "0"));
    k.set(b, 2, hitung(`=MATCH(${alamat(b, 0)}+1,${per},0)`, "0"));
    const a = alamat(b, 1);
    const bb = alamat(b, 2);
    const ambil = (r0: number, kolom: number, i: string): string => `INDEX(${kolomUnit(t, r0, kolom)},${i})`;
    const D0 = `(${ambil(r.u0, c.skor, a)}-${ambil(r.u0, c.skor, bb)})`;
    const seri = `${ambil(r.u0, c.bulat, a)}=${ambil(r.u0, c.bulat, bb)}`;
    for (let j = 0; j < K; j++) {
      const t0 = abs(r.norm, 1 + j);
      const q = `(${ambil(r.m0, 1 + j, a)}-${ambil(r.m0, 1 + j, bb)})`;
      const akar = `IF(${seri},${t0},${t0}-${D0}/${q})`;
      k.set(b, 3 + j, hitung(`=IF(${q}>0,MIN(${t0},${akar}),0)`, "0.000"));
      k.set(b, 3 + K + j, hitung(`=IF(${q}<0,MAX(${t0},${akar}),1)`, "0.000"));
    }
  }
}

function tabelRentang(k: Kisi, t: Tata): Grafik {
  const { n, K, pita, r } = t;
  k.set(
    r.b0 - 2,
    0,
    judul("Rentang bobot: satu bobot diubah, bobot lain diskalakan agar jumlahnya tetap 1", "subjudul"),
  );
  const kepala = [
    "Kriteria",
    "Bobot",
    "Peringkat tetap dari",
    "sampai",
    ...(pita ? ["Kategori tetap dari", "sampai"] : []),
    "Tornado: kiri",
    "kanan",
  ];
  kepala.forEach((h, j) => k.set(r.b0 - 1, j, label(h, "kepala")));
  const kiri = pita ? 6 : 4;
  for (let j = 0; j < K; j++) {
    const b = r.b0 + j;
    k.set(b, 0, hitung(`=""&${abs(3, 1 + j)}`));
    k.set(b, 1, hitung(`=${abs(r.norm, 1 + j)}`, "0.000"));
    if (n >= 2) {
      k.set(b, 2, hitung(`=MAX(0,MAX(${abs(r.q0, 3 + j)}:${abs(r.q0 + n - 2, 3 + j)}))`, "0.000"));
      k.set(b, 3, hitung(`=MIN(1,MIN(${abs(r.q0, 3 + K + j)}:${abs(r.q0 + n - 2, 3 + K + j)}))`, "0.000"));
    } else {
      k.set(b, 2, hitung("=0", "0.000"));
      k.set(b, 3, hitung("=1", "0.000"));
    }
    if (pita) {
      k.set(b, 4, hitung(`=MAX(${kolomUnit(t, r.lo0, 1 + j)})`, "0.000"));
      k.set(b, 5, hitung(`=MIN(${kolomUnit(t, r.hi0, 1 + j)})`, "0.000"));
    }
    const dari = alamat(b, pita ? 4 : 2);
    const sampai = alamat(b, pita ? 5 : 3);
    k.set(b, kiri, hitung(`=${dari}-${alamat(b, 1)}`, "0.000"));
    k.set(b, kiri + 1, hitung(`=${sampai}-${alamat(b, 1)}`, "0.000"));
  }
  return {
    jenis: "tornado",
    judul: pita
      ? "Rentang bobot yang menjaga kategori setiap unit (selisih dari bobot sekarang)"
      : "Rentang bobot yang menjaga peringkat (selisih dari bobot sekarang)",
    data: `${alamat(r.b0, kiri)}:${alamat(r.b0 + K - 1, kiri + 1)}`,
    kategori: `${alamat(r.b0, 0)}:${alamat(r.b0 + K - 1, 0)}`,
    posisi: alamat(r.b0 - 1, kiri + 3),
  };
}

function kalimat(k: Kisi, t: Tata): void {
  const { n, r, c } = t;
  k.set(
    r.k0 - 1,
    0,
    judul("Dalam kata-kata: bobot yang paling sedikit digeser untuk mengubah kategori tiap unit", "subjudul"),
  );
  const nama = barisKriteria(t, 3);
  for (let i = 0; i < n; i++) {
    const u = r.u0 + i;
    const d = barisKriteria(t, r.d0 + i);
    const kk = `MATCH(MIN(${d}),${d},0)`;
    const unit = abs(u, 0);
    const kat = abs(u, c.kat);
    const lo = `INDEX(${barisKriteria(t, r.lo0 + i)},1,${kk})`;
    const hi = `INDEX(${barisKriteria(t, r.hi0 + i)},1,${kk})`;
    k.set(
      r.k0 + i,
      0,
      hitung(
        `=IF(ISNA(${abs(u, c.skor)}),"",IF(MIN(${d})>=2,${unit}&" tetap "&${kat}&" walau satu bobot mana pun diubah dari ` +
          `0 sampai 1.",${unit}&" tetap "&${kat}&" selama bobot "&INDEX(${nama},1,${kk})&" antara "&${teksKoma3(lo)}&" dan "&${teksKoma3(hi)}&"."))`,
      ),
    );
  }
}

function tabelStabilitas(k: Kisi, t: Tata, o: OpsiKepekaanBobot): void {
  const { n, K, pita, r } = t;
  k.set(
    r.s0 - 3,
    0,
    judul("Stabilitas: semua bobot sekaligus (sebaran Dirichlet berpusat pada bobot, konsentrasi 100)", "subjudul"),
  );
  k.set(r.s0 - 2, 0, label("Sampel"));
  k.set(r.s0 - 2, 1, masukan("sampel", o.sampel ?? 10000, "0"));
  k.set(r.s0 - 2, 2, label("Benih"));
  k.set(r.s0 - 2, 3, masukan("benih", o.benih ?? 1, "0"));
  [
    "Unit",
    "Skor",
    "Kategori",
    "Peluang kategori",
    "Peringkat",
    "Median peringkat",
    "Selang 90% dari",
    "sampai",
  ].forEach((h, j) => k.set(r.s0 - 1, j, label(h, "kepala")));
  const nilai = `${abs(r.u0, 1)}:${abs(r.u0 + n - 1, K)}`;
  for (let i = 0; i < n; i++) k.set(r.s0 + i, 0, hitung(`=""&${abs(r.u0 + i, 0)}`));
  k.set(
    r.s0,
    1,
    hitung(
      `=BOBOT.STABILITAS(${nilai},${barisKriteria(t, r.norm)},"${pita?.id ?? ""}",${abs(r.s0 - 2, 1)},${abs(r.s0 - 2, 3)})`,
    ),
  );
}

export function rencanaKepekaan(o: OpsiKepekaanBobot = {}): RencanaBukuKerja {
  const kriteria = o.kriteria ?? ["Kriteria 1", "Kriteria 2", "Kriteria 3"];
  const K = kriteria.length;
  const n = o.unit ?? o.nilai?.length ?? 5;
  const bobot = o.bobot ?? kriteria.map(() => 1);
  if (K < 2 || n < 1 || bobot.length !== K)
    throw galatNilai("opsi kepekaan tidak sah: paling sedikit dua kriteria, satu unit, bobot sejajar kriteria");
  const pita = o.pita ? PITA_KEPEKAAN[o.pita] : null;
  const t = tata(n, K, pita);
  const k = new Kisi();
  k.set(0, 0, judul("Kepekaan bobot: seberapa jauh bobot menentukan peringkat dan kategori"));
  k.set(
    1,
    0,
    label(
      pita
        ? `Pita: ${pita.nama}; ${pita.pemetaan}. Kategori diputuskan atas nilai dibulatkan 9 desimal.`
        : "Tanpa pita kategori: hanya peringkat yang diperiksa.",
      "catatan",
    ),
  );
  masukanDanSkor(k, t, o, kriteria, bobot);
  const grafik = tabelRentang(k, t);
  if (pita) kalimat(k, t);
  tabelStabilitas(k, t, o);
  tabelBantu(k, t);
  const akhirUnit = t.r.u0 + n - 1;
  return {
    meta: {
      pembangun: "kepekaan",
      versi: 1,
      opsi: { unit: n, kriteria, bobot, pita: pita?.id ?? null, sampel: o.sampel ?? 10000, benih: o.benih ?? 1 },
    },
    lembar: [
      {
        nama: NAMA_LEMBAR_KEPEKAAN,
        blok: [k.blok()],
        validasi: [
          {
            rentang: `B${t.r.bobot + 1}:${t.kol(K - 1)}${t.r.bobot + 1}`,
            jenis: "desimal",
            min: 0,
            maks: 1e9,
            pesan: "Bobot harus angka ≥ 0.",
          },
          ...(pita
            ? [
                {
                  rentang: `B${t.r.u0 + 1}:${t.kol(K - 1)}${akhirUnit + 1}`,
                  jenis: "desimal" as const,
                  min: pita.skala.min,
                  maks: pita.skala.maks,
                  pesan: `Skor harus angka ${pita.skala.min}–${pita.skala.maks} (pita ${pita.id}).`,
                },
              ]
            : []),
        ],
        bekukan: { baris: 0, kolom: 1 },
        lebarKolom: [{ kolom: "A", lebar: 28 }],
        grafik: [grafik],
      },
    ],
  };
}

/** Contoh deterministik: tiga unit, tiga kriteria, pita PP 46/2011 (angka sama dengan uji CLI). */
export function contohKepekaan(): OpsiKepekaanBobot {
  return {
    kriteria: ["Kecepatan", "Ketepatan", "Keramahan"],
    bobot: [0.3, 0.5, 0.2],
    pita: "pp46",
    nama: ["Dinas Pasar", "Dinas Pajak", "Kecamatan Kota"],
    nilai: [
      [80, 95, 70],
      [70, 62, 90],
      [92, 87, 60],
    ],
  };
}
