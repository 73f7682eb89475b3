/**
 * Pembangun Lembar Kerja Evaluasi (LKE) mandiri akuntabilitas kinerja (PermenPAN-RB 88/2021): empat komponen,
 * tiga sub-komponen masing-masing dengan bobot (sel masukan) dan kriteria (jawaban Y/T atau A–E), nilai jawaban,
 * nilai sub-komponen (rata-rata × bobot), nilai komponen, nilai AKIP dan predikat; ringkasan komponen dengan grafik
 * di sampingnya. Rumus sama dengan inti (core/lke.ts): predikat atas ROUND(nilai,9).
 */
import { rumusBulatPita } from "../core/pita";
import { NILAI_JAWABAN_LKE, PREDIKAT_LKE } from "../frameworks/sakip";
import { KOMPONEN_LKE, type KomponenLke } from "../frameworks/lke";
import { hitung, judul, label, masukan, type RencanaBukuKerja, type RencanaLembar, type ValidasiData } from "./rencana";
import { Kisi } from "./ringkasan";

export const ID_LKE = "lke";
export const LEMBAR_LKE = "LKE";

/** Kriteria dari data pengguna: komponen (1–4) dan sub-komponen (1–3) menurut urutan kerangka. */
export interface KriteriaMasukan {
  komponen: number;
  subKomponen: number;
  uraian: string;
  jawaban?: string | number | null;
}

export interface OpsiLke {
  /** Kriteria dan jawaban; kosong = kriteria bawaan kerangka tanpa jawaban. */
  kriteria?: KriteriaMasukan[];
  /** Bobot sub-komponen pengganti, [komponen][sub-komponen]. */
  bobot?: number[][];
  unit?: string;
  tahun?: number;
}

const F = "0.00";

/** Kriteria per komponen dan sub-komponen (0-based). */
function kriteriaDari(o: OpsiLke): { uraian: string; jawaban?: string | number | null; bentuk?: "YT" | "AE" }[][][] {
  if (!o.kriteria || o.kriteria.length === 0)
    return KOMPONEN_LKE.map((k) =>
      k.subKomponen.map((s) => s.kriteria.map((c) => ({ uraian: c.uraian, bentuk: c.jawaban }))),
    );
  const hasil = KOMPONEN_LKE.map((k) =>
    k.subKomponen.map(() => [] as { uraian: string; jawaban?: string | number | null }[]),
  );
  for (const c of o.kriteria) hasil[c.komponen - 1][c.subKomponen - 1].push({ uraian: c.uraian, jawaban: c.jawaban });
  return hasil;
}

/**
 * Validasi daftar jawaban satu sub-komponen: Y/T bila semua kriterianya berbentuk Y/T, A–E bila semuanya A–E,
 * selain itu keduanya; tanpa validasi bila ada jawaban angka 0–1 (boleh menurut inti, tidak ada di daftar).
 */
function validasiJawaban(
  daftar: readonly { bentuk?: "YT" | "AE"; jawaban?: string | number | null }[],
): Pick<ValidasiData, "jenis" | "daftar" | "pesan"> | null {
  if (daftar.some((c) => typeof c.jawaban === "number")) return null;
  const huruf = Object.keys(NILAI_JAWABAN_LKE);
  if (daftar.every((c) => c.bentuk === "YT"))
    return { jenis: "daftar", daftar: ["Y", "T"], pesan: "Pilih Y (ya) atau T (tidak)." };
  if (daftar.every((c) => c.bentuk === "AE"))
    return { jenis: "daftar", daftar: huruf.filter((h) => h !== "Y" && h !== "T"), pesan: "Pilih A, B, C, D atau E." };
  return { jenis: "daftar", daftar: huruf, pesan: "Pilih Y atau T (kriteria ya/tidak), atau A–E." };
}

/** Rumus nilai jawaban (huruf → nilai, angka 0–1 apa adanya, lainnya #N/A) atas sel `j`. */
function rumusJawaban(j: string): string {
  let isi = `IF(AND(ISNUMBER(${j}),${j}>=0,${j}<=1),${j},NA())`;
  for (const [h, v] of Object.entries(NILAI_JAWABAN_LKE).reverse()) isi = `IF(${j}="${h}",${v},${isi})`;
  return `=IF(${j}="","",${isi})`;
}

/** Rumus predikat atas sel nilai `n`. */
function rumusPredikat(n: string): string {
  const r = rumusBulatPita(n);
  let isi = `"${PREDIKAT_LKE[PREDIKAT_LKE.length - 1].predikat}"`;
  for (let i = PREDIKAT_LKE.length - 2; i >= 0; i--)
    isi = `IF(${r}>${PREDIKAT_LKE[i].lebihDari},"${PREDIKAT_LKE[i].predikat}",${isi})`;
  return `=IF(ISNUMBER(${n}),${isi},"")`;
}

export function rencanaLke(opsi: OpsiLke = {}): RencanaBukuKerja {
  const k = new Kisi();
  const kriteria = kriteriaDari(opsi);
  k.set(0, 0, judul(`Lembar Kerja Evaluasi (LKE) mandiri akuntabilitas kinerja${opsi.tahun ? ` ${opsi.tahun}` : ""}`));
  k.set(
    1,
    0,
    label(
      "PermenPAN-RB 88/2021. Jawaban: Y = 1, T = 0, A = 1, B = 0,75, C = 0,5, D = 0,25, E = 0 " +
        "(atau angka 0–1). Nilai sub-komponen = rata-rata nilai jawaban × bobot; nilai AKIP = Σ " +
        "nilai komponen. Bobot komponen sekunder; bobot sub-komponen dan kriteria rekonstruksi " +
        "proyek (tidak terverifikasi), dapat diubah.",
      "catatan",
    ),
  );
  ["Kode", "Komponen / sub-komponen / kriteria", "Bobot", "Jawaban", "Nilai jawaban", "Nilai"].forEach((x, j) =>
    k.set(3, j, label(x, "kepala")),
  );
  let b = 4;
  const validasi: ValidasiData[] = [];
  const barisKomponen: number[] = [];
  KOMPONEN_LKE.forEach((kom: KomponenLke, ki) => {
    const bk = b++;
    barisKomponen.push(bk);
    k.set(bk, 0, label(kom.kode, "subjudul"));
    k.set(bk, 1, label(kom.nama, "subjudul"));
    const subBaris: number[] = [];
    kom.subKomponen.forEach((sub, si) => {
      const bs = b++;
      subBaris.push(bs);
      k.set(bs, 0, label(sub.kode));
      k.set(bs, 1, label(sub.nama));
      k.set(bs, 2, masukan(`bobot|k=${ki + 1}|s=${si + 1}`, opsi.bobot?.[ki]?.[si] ?? sub.bobot, F));
      const daftar = kriteria[ki][si];
      const awal = b;
      daftar.forEach((c, ci) => {
        const bc = b++;
        const kk = `k=${ki + 1}|s=${si + 1}|c=${ci + 1}`;
        k.set(bc, 0, label(`${sub.kode}.${ci + 1}`));
        k.set(bc, 1, masukan(`kriteria|${kk}`, c.uraian));
        k.set(bc, 3, masukan(`jawaban|${kk}`, c.jawaban === null ? undefined : c.jawaban));
        k.set(bc, 4, hitung(rumusJawaban(`D${bc + 1}`), F));
      });
      if (daftar.length > 0) {
        const j = `D${awal + 1}:D${b}`;
        k.set(bs, 5, hitung(`=IF(COUNTBLANK(${j})>0,"",AVERAGE(E${awal + 1}:E${b})*C${bs + 1})`, F));
        const v = validasiJawaban(daftar);
        if (v) validasi.push({ rentang: j, ...v });
      } else k.set(bs, 5, hitung(`=""`, F));
    });
    k.set(bk, 2, hitung(`=${subBaris.map((x) => `C${x + 1}`).join("+")}`, F, "total"));
    const nilai = subBaris.map((x) => `F${x + 1}`).join(",");
    k.set(bk, 5, hitung(`=IF(COUNT(${nilai})<${subBaris.length},"",SUM(${nilai}))`, F, "total"));
  });
  const bt = b + 1;
  const kom = barisKomponen.map((x) => `F${x + 1}`).join(",");
  k.set(bt, 1, label("Nilai AKIP", "total"));
  k.set(bt, 2, hitung(`=${barisKomponen.map((x) => `C${x + 1}`).join("+")}`, F, "total"));
  k.set(bt, 5, hitung(`=IF(COUNT(${kom})<${barisKomponen.length},"",SUM(${kom}))`, F, "total"));
  k.set(bt + 1, 1, label("Predikat", "total"));
  k.set(bt + 1, 5, hitung(rumusPredikat(`F${bt + 1}`), undefined, "total"));
  // ringkasan komponen dan pita predikat di samping, dengan grafik
  k.set(3, 7, label("Komponen", "kepala"));
  k.set(3, 8, label("Bobot", "kepala"));
  k.set(3, 9, label("Nilai", "kepala"));
  barisKomponen.forEach((x, i) => {
    k.set(4 + i, 7, hitung(`=B${x + 1}`));
    k.set(4 + i, 8, hitung(`=C${x + 1}`, F));
    k.set(4 + i, 9, hitung(`=F${x + 1}`, F));
  });
  const bp = 4 + barisKomponen.length + 1;
  k.set(bp, 7, label("Predikat", "kepala"));
  k.set(bp, 8, label("Nilai", "kepala"));
  k.set(bp, 9, label("Arti", "kepala"));
  PREDIKAT_LKE.forEach((p, i) => {
    k.set(bp + 1 + i, 7, label(p.predikat));
    k.set(bp + 1 + i, 8, label(p.tercetak));
    k.set(bp + 1 + i, 9, label(p.arti));
  });
  const lembar: RencanaLembar = {
    nama: LEMBAR_LKE,
    blok: [k.blok()],
    validasi: [...validasi, { rentang: `C5:C${b}`, jenis: "desimal", min: 0, maks: 100, pesan: "Bobot 0–100." }],
    grafik: [
      {
        jenis: "kolom",
        judul: "Bobot dan nilai komponen LKE",
        seri: ["Bobot", "Nilai"],
        data: `I5:J${4 + barisKomponen.length}`,
        kategori: `H5:H${4 + barisKomponen.length}`,
        posisi: `H${bp + PREDIKAT_LKE.length + 3}`,
      },
    ],
    bekukan: { baris: 4, kolom: 2 },
    bolehKosong: [`D5:D${b}`],
    akibatKosong: "sub-komponen dengan kriteria belum dijawab tidak bernilai, sehingga nilai AKIP dan predikat kosong",
    lebarKolom: [{ kolom: "B", lebar: 52 }],
    lebarMaksimum: [
      { kolom: "B", lebar: 52 },
      { kolom: "H", lebar: 28 },
    ],
    ...(opsi.unit ? { identitas: { unit: opsi.unit, ...(opsi.tahun ? { periode: String(opsi.tahun) } : {}) } } : {}),
  };
  return { meta: { pembangun: ID_LKE, versi: 1, opsi: { ...opsi } as Record<string, unknown> }, lembar: [lembar] };
}

/** Jawaban contoh (rekaan) kriteria A–E, bergiliran. */
export const JAWABAN_CONTOH_LKE = ["A", "B", "B", "C", "B", "D"] as const;

/** Contoh LKE (demo): kriteria bawaan; Y/T dijawab Y kecuali kriteria 4.a.2 (T); A–E bergiliran JAWABAN_CONTOH_LKE. */
export function contohLke(): OpsiLke {
  const kriteria: KriteriaMasukan[] = [];
  let n = 0;
  KOMPONEN_LKE.forEach((kom, ki) =>
    kom.subKomponen.forEach((sub, si) =>
      sub.kriteria.forEach((c) => {
        const jawaban =
          c.jawaban === "YT" ? (c.kode === "4.a.2" ? "T" : "Y") : JAWABAN_CONTOH_LKE[n++ % JAWABAN_CONTOH_LKE.length];
        kriteria.push({ komponen: ki + 1, subKomponen: si + 1, uraian: c.uraian, jawaban });
      }),
    ),
  );
  return { kriteria, unit: "Kecamatan Contoh", tahun: 2025 };
}
