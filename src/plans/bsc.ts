/**
 * Pembangun Balanced Scorecard: empat perspektif dengan indikator bawaan (dapat diubah), target,
 * realisasi, arah (naik/turun), bobot → capaian, skor tertimbang per perspektif dan keseluruhan,
 * status Hijau/Kuning/Merah dengan ambang yang dapat diubah. Satu lembar per unit bila unit diberikan.
 */
import { rumusBulatPita } from "../core/pita";
import { AMBANG_STATUS_BSC, ARAH_BSC, PERSPEKTIF_BSC, type ArahIndikator } from "../frameworks/bsc";
import { sorot, type Sorotan } from "./gaya";
import {
  hitung,
  judul,
  label,
  masukan,
  type FormatBersyarat,
  type RencanaBukuKerja,
  type RencanaLembar,
} from "./rencana";
import { Kisi, abs, lembarRingkasan, namaLembarSah, rujukLembar } from "./ringkasan";

export const ID_BSC = "bsc";

export interface PerspektifMasukan {
  nama: string;
  bobot?: number;
  indikator: { nama: string; arah?: ArahIndikator; bobot?: number; target?: number; realisasi?: number }[];
}

export interface OpsiBsc {
  perspektif?: PerspektifMasukan[];
  unit?: string[];
  /** Lantai capaian, mis. 0: capaian = MAX(lantai, …) (arah "turun" tidak negatif). Kosong = tanpa lantai. */
  lantai?: number;
}

/** Sorotan status (palet plans/gaya.ts): Hijau baik, Kuning perlu perhatian, Merah buruk. */
const SOROTAN_STATUS: readonly [string, Sorotan][] = [
  ["Hijau", "baik"],
  ["Kuning", "perhatian"],
  ["Merah", "buruk"],
];
const sorotStatus = (rentang: string): FormatBersyarat[] => SOROTAN_STATUS.map(([t, s]) => sorot(rentang, t, s));

export function perspektifBawaan(): PerspektifMasukan[] {
  return PERSPEKTIF_BSC.map((p) => ({
    nama: p.nama,
    bobot: p.bobot,
    indikator: p.indikator.map((i) => ({ nama: i.nama, arah: i.arah, bobot: i.bobot })),
  }));
}

function lembarBsc(
  nama: string,
  unit: string | null,
  ps: PerspektifMasukan[],
  opsi: OpsiBsc,
): { lembar: RencanaLembar; skor: string; status: string } {
  const k = new Kisi();
  k.set(0, 0, judul(`Balanced Scorecard${unit ? ` — ${unit}` : ""}`));
  k.set(
    1,
    0,
    label(
      `Capaian = realisasi / target (arah naik), (2 × target − realisasi) / target ` +
        `(arah turun) atau target / realisasi (arah turun-rasio)${opsi.lantai === undefined ? "" : `, paling kecil ${opsi.lantai}`}. Skor = Σ capaian × bobot / Σ bobot ` +
        `(hanya indikator yang terisi).`,
      "catatan",
    ),
  );
  k.set(2, 0, label("Ambang Hijau", "kepala"));
  k.set(2, 2, masukan("ambang-hijau", AMBANG_STATUS_BSC.hijau, "0.00"));
  k.set(2, 3, label("Ambang Kuning", "kepala"));
  k.set(2, 4, masukan("ambang-kuning", AMBANG_STATUS_BSC.kuning, "0.00"));
  const hijau = abs(2, 2);
  const kuning = abs(2, 4);
  // status atas ROUND(capaian,9), sama dengan inti (core/pita.ts)
  const st = (c: string) =>
    `=IF(ISNUMBER(${c}),IF(${rumusBulatPita(c)}>=${hijau},"Hijau",IF(${rumusBulatPita(c)}>=${kuning},"Kuning","Merah")),"")`;
  const hdr = 4;
  k.set(
    3,
    0,
    label(
      "Kolom bantu I–J (Bobot terisi, Capaian × bobot) dikelompokkan dan disembunyikan; tampilkan dengan tanda + pada bilah kerangka di atas kolom K.",
      "catatan",
    ),
  );
  [
    "Kode",
    "Perspektif / Indikator",
    "Target",
    "Realisasi",
    "Arah",
    "Bobot",
    "Capaian",
    "Status",
    "Bobot terisi",
    "Capaian × bobot",
  ].forEach((t, j) => k.set(hdr, j, label(t, "kepala")));
  let r = hdr + 1;
  const kepalaP: number[] = [];
  const arahRentang: string[] = [];
  const statusRentang: string[] = [];
  ps.forEach((p, pi) => {
    const pr = r;
    kepalaP.push(pr);
    k.set(pr, 0, label(`P${pi + 1}`, "subjudul"));
    k.set(pr, 1, masukan(`perspektif|p=${pi + 1}`, p.nama));
    k.set(pr, 5, masukan(`bobot-perspektif|p=${pi + 1}`, p.bobot ?? 1, "0.00"));
    const awal = pr + 1;
    const akhir = pr + p.indikator.length;
    p.indikator.forEach((ind, ii) => {
      const b = pr + 1 + ii;
      const n = b + 1;
      const kk = `p=${pi + 1}|i=${ii + 1}`;
      k.set(b, 0, label(`P${pi + 1}.${ii + 1}`));
      k.set(b, 1, masukan(`indikator|${kk}`, ind.nama));
      k.set(b, 2, masukan(`target|${kk}`, ind.target));
      k.set(b, 3, masukan(`realisasi|${kk}`, ind.realisasi));
      k.set(b, 4, masukan(`arah|${kk}`, ind.arah ?? "naik"));
      k.set(b, 5, masukan(`bobot|${kk}`, ind.bobot ?? 1, "0.00"));
      const cp = `IF(E${n}="turun",(2*C${n}-D${n})/C${n},IF(E${n}="turun-rasio",C${n}/D${n},D${n}/C${n}))`;
      k.set(
        b,
        6,
        hitung(
          `=IF(OR(C${n}="",D${n}=""),"",${opsi.lantai === undefined ? cp : `MAX(${opsi.lantai},${cp})`})`,
          "0.00%",
        ),
      );
      k.set(b, 7, hitung(st(`G${n}`)));
      k.set(b, 8, hitung(`=IF(ISNUMBER(G${n}),F${n},0)`, "0.00"));
      k.set(b, 9, hitung(`=IF(ISNUMBER(G${n}),G${n}*F${n},0)`, "0.0000"));
    });
    const n = pr + 1;
    if (p.indikator.length > 0) {
      k.set(
        pr,
        6,
        hitung(
          `=IF(SUM(I${awal + 1}:I${akhir + 1})=0,"",SUM(J${awal + 1}:J${akhir + 1})/SUM(I${awal + 1}:I${akhir + 1}))`,
          "0.00%",
          "total",
        ),
      );
      arahRentang.push(`E${awal + 1}:E${akhir + 1}`);
    } else k.set(pr, 6, hitung(`=""`, undefined, "total"));
    k.set(pr, 7, hitung(st(`G${n}`), undefined, "total"));
    k.set(pr, 8, hitung(`=IF(ISNUMBER(G${n}),F${n},0)`, "0.00"));
    k.set(pr, 9, hitung(`=IF(ISNUMBER(G${n}),G${n}*F${n},0)`, "0.0000"));
    r = akhir + 2;
  });
  const t = r;
  const n = t + 1;
  k.set(t, 1, label("Skor keseluruhan", "total"));
  const daftar = (c: string) => kepalaP.map((b) => `${c}${b + 1}`).join(",");
  k.set(t, 6, hitung(`=IF(SUM(${daftar("I")})=0,"",SUM(${daftar("J")})/SUM(${daftar("I")}))`, "0.00%", "total"));
  k.set(t, 7, hitung(st(`G${n}`), undefined, "total"));
  statusRentang.push(`H${hdr + 2}:H${n}`);
  const lembar: RencanaLembar = {
    nama,
    blok: [k.blok()],
    validasi: [
      ...arahRentang.map((rentang) => ({
        rentang,
        jenis: "daftar" as const,
        daftar: [...ARAH_BSC],
        pesan: "Pilih naik, turun atau turun-rasio.",
      })),
      { rentang: `C${hdr + 2}:D${n}`, jenis: "desimal", min: 0, pesan: "Isi angka tidak negatif." },
      { rentang: `F${hdr + 2}:F${n}`, jenis: "desimal", min: 0, pesan: "Bobot harus angka tidak negatif." },
    ],
    formatBersyarat: statusRentang.flatMap(sorotStatus),
    bekukan: { baris: hdr + 1, kolom: 2 },
    // indikator tanpa target/realisasi tidak ikut skor (Σ hanya indikator yang terisi), sesuai catatan baris 2
    bolehKosong: [`C${hdr + 2}:D${n}`],
    akibatKosong: "indikator itu tidak ikut skor perspektif dan skor keseluruhan",
    lebarKolom: [
      { kolom: "A", lebar: 8 },
      { kolom: "B", lebar: 44 },
      ...["C", "D", "E", "F", "G", "H", "I", "J"].map((kolom) => ({ kolom, lebar: 13 })),
    ],
    kolomBantu: { kolom: ["I", "J"], keterangan: "Kolom bantu I–J (Bobot terisi, Capaian × bobot)" },
    ...(unit ? { identitas: { unit } } : {}),
  };
  return { lembar, skor: `$G$${n}`, status: `$H$${n}` };
}

export function rencanaBsc(opsi: OpsiBsc = {}): RencanaBukuKerja {
  const ps = opsi.perspektif && opsi.perspektif.length > 0 ? opsi.perspektif : perspektifBawaan();
  const unit = opsi.unit && opsi.unit.length > 0 ? opsi.unit : [null];
  const hasil = unit.map((u) => ({ u, ...lembarBsc(u ? namaLembarSah(`BSC ${u}`) : "BSC", u, ps, opsi) }));
  const ringkasan = lembarRingkasan({
    nama: "BSC Ringkasan",
    judul: "Ringkasan Balanced Scorecard",
    keterangan: "Skor keseluruhan tiap unit (capaian tertimbang) dan statusnya.",
    kolomNama: "Unit",
    kolomNilai: "Skor keseluruhan",
    kolomKategori: "Status",
    formatNilai: "0.00%",
    // capaian arah "turun" tanpa lantai dapat negatif
    bolehNegatif: true,
    baris: hasil.map((h) => ({
      nama: h.u ?? "BSC",
      nilai: `=${rujukLembar(h.lembar.nama)}!${h.skor}`,
      kategori: `=${rujukLembar(h.lembar.nama)}!${h.status}`,
    })),
    judulGrafik: "Skor Balanced Scorecard per unit",
  });
  ringkasan.formatBersyarat = sorotStatus(`D5:D${4 + hasil.length}`);
  return {
    meta: { pembangun: ID_BSC, versi: 1, opsi: { ...opsi } as Record<string, unknown> },
    lembar: [...hasil.map((h) => h.lembar), ringkasan],
  };
}
