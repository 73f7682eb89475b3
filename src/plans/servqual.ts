/**
 * Pembangun lembar SERVQUAL: tabel jawaban responden × butir (P dan E), tabel butir (peta dimensi dapat
 * diubah), tabel dimensi dengan bobot kepentingan, gap tak tertimbang dan tertimbang. Semua hasil berupa
 * rumus Excel asli (AVERAGE, AVERAGEIF, SUMPRODUCT) yang sama dengan core/servqual.
 */
import { galatNilai } from "../core/errors";
import { PETA_BUTIR_SERVQUAL, SKALA_SERVQUAL } from "../frameworks/servqual";
import { angkaAtauKosong, lembarRingkasan } from "./ringkasan";
import { alamat, hitung, hurufKolom, judul, label, masukan, persegi, type RencanaBukuKerja, type Sel } from "./rencana";

export interface OpsiServqual {
  /** Banyak baris responden (bawaan 10). */
  responden?: number;
  /** Nama dimensi tiap butir (bawaan peta 22 butir). */
  peta?: string[];
  /** Bobot kepentingan bawaan per dimensi (urutan kemunculan di peta); bawaan 20 poin masing-masing. */
  bobot?: number[];
  /** Isian awal (contoh): persepsi[r][j], harapan[r][j]. Tidak disimpan di meta. */
  persepsi?: number[][];
  harapan?: number[][];
}

export const NAMA_LEMBAR_SERVQUAL = "SERVQUAL";

/** Urutan kemunculan pertama. */
export function unik(x: readonly string[]): string[] {
  return x.filter((v, i) => x.indexOf(v) === i);
}

export function rencanaServqual(opsi: OpsiServqual = {}): RencanaBukuKerja {
  const R = opsi.responden ?? opsi.persepsi?.length ?? 10;
  const peta = opsi.peta ?? [...PETA_BUTIR_SERVQUAL];
  const n = peta.length;
  const dim = unik(peta);
  const bobot = opsi.bobot ?? dim.map(() => 20);
  if (R < 1 || n < 1 || bobot.length !== dim.length)
    throw galatNilai("opsi SERVQUAL tidak sah: responden ≥ 1, butir ≥ 1, banyak bobot = banyak dimensi");

  // Tabel jawaban: baris 4 judul kolom, data mulai baris 5 (indeks 4).
  const r0 = 4;
  const kepala: Sel[] = [
    label("Responden", "kepala"),
    ...peta.map((_, j) => label(`P${j + 1}`, "kepala")),
    ...peta.map((_, j) => label(`E${j + 1}`, "kepala")),
  ];
  const jawaban: Sel[][] = Array.from({ length: R }, (_, r) => [
    label(r + 1),
    ...peta.map((_, j) => masukan(`persepsi|responden=${r + 1}|butir=${j + 1}`, opsi.persepsi?.[r]?.[j])),
    ...peta.map((_, j) => masukan(`harapan|responden=${r + 1}|butir=${j + 1}`, opsi.harapan?.[r]?.[j])),
  ]);
  const kolomP = (j: number): string => `${hurufKolom(1 + j)}$${r0 + 1}:${hurufKolom(1 + j)}$${r0 + R}`;
  const kolomE = (j: number): string => `${hurufKolom(1 + n + j)}$${r0 + 1}:${hurufKolom(1 + n + j)}$${r0 + R}`;

  // Tabel butir.
  const b0 = r0 + R + 2; // baris judul tabel butir (0-based)
  const bAwal = b0 + 1;
  const rngDim = `$B$${bAwal + 1}:$B$${bAwal + n}`;
  const rngP = `$C$${bAwal + 1}:$C$${bAwal + n}`;
  const rngE = `$D$${bAwal + 1}:$D$${bAwal + n}`;
  const rngG = `$E$${bAwal + 1}:$E$${bAwal + n}`;
  const butir: Sel[][] = [
    ["Butir", "Dimensi", "Persepsi", "Harapan", "Gap (P − E)"].map((t) => label(t, "kepala")),
    ...peta.map((d, j) => {
      const baris = bAwal + j + 1;
      return [
        label(j + 1),
        masukan(`peta|butir=${j + 1}`, d),
        hitung(`=AVERAGE(${kolomP(j)})`, "0.0000"),
        hitung(`=AVERAGE(${kolomE(j)})`, "0.0000"),
        hitung(`=C${baris}-D${baris}`, "0.0000"),
      ];
    }),
  ];

  // Tabel dimensi.
  const d0 = bAwal + n + 1;
  const dAwal = d0 + 1;
  const rngGd = `$D$${dAwal + 1}:$D$${dAwal + dim.length}`;
  const rngW = `$E$${dAwal + 1}:$E$${dAwal + dim.length}`;
  const rngWn = `$F$${dAwal + 1}:$F$${dAwal + dim.length}`;
  const dimensi: Sel[][] = [
    ["Dimensi", "Persepsi", "Harapan", "Gap", "Bobot kepentingan", "Bobot normal"].map((t) => label(t, "kepala")),
    ...dim.map((d, i) => {
      const baris = dAwal + i + 1;
      return [
        label(d),
        hitung(`=AVERAGEIF(${rngDim},A${baris},${rngP})`, "0.0000"),
        hitung(`=AVERAGEIF(${rngDim},A${baris},${rngE})`, "0.0000"),
        hitung(`=AVERAGEIF(${rngDim},A${baris},${rngG})`, "0.0000"),
        masukan(`bobot|dimensi=${d}`, bobot[i]),
        hitung(`=E${baris}/SUM(${rngW})`, "0.00%"),
      ];
    }),
  ];
  const t0 = dAwal + dim.length + 1;
  const ringkas: Sel[][] = [
    [label("Gap tak tertimbang (rata-rata gap dimensi)"), hitung(`=AVERAGE(${rngGd})`, "0.0000", "total")],
    [label("Gap tertimbang (Σ bobot normal × gap)"), hitung(`=SUMPRODUCT(${rngGd},${rngWn})`, "0.0000", "total")],
  ];
  const kananBawah = alamat(r0 + R - 1, 2 * n);
  return {
    meta: { pembangun: "servqual", versi: 1, opsi: { responden: R, peta, bobot } },
    lembar: [
      {
        nama: NAMA_LEMBAR_SERVQUAL,
        blok: [
          {
            mulai: "A1",
            sel: persegi([
              [judul("Kesenjangan kualitas pelayanan (SERVQUAL)")],
              [
                label(
                  "Gap = persepsi − harapan; negatif = di bawah harapan. Peta butir dan bobot dapat diubah.",
                  "catatan",
                ),
              ],
            ]),
          },
          { mulai: "A4", sel: persegi([kepala, ...jawaban]) },
          { mulai: alamat(b0, 0), sel: persegi(butir) },
          { mulai: alamat(d0, 0), sel: persegi(dimensi) },
          { mulai: alamat(t0, 0), sel: persegi(ringkas) },
        ],
        validasi: [
          {
            rentang: `B5:${kananBawah}`,
            jenis: "desimal",
            min: SKALA_SERVQUAL.min,
            maks: SKALA_SERVQUAL.maks,
            pesan: `Jawaban harus angka ${SKALA_SERVQUAL.min}–${SKALA_SERVQUAL.maks}.`,
          },
        ],
        akibatKosong:
          "jawaban kosong tidak ikut dirata-rata, sehingga persepsi, harapan dan gap dihitung dari responden yang menjawab saja",
        nama_rentang: [
          { nama: "ServqualGap", rentang: `$B$${t0 + 1}`, keterangan: "Gap SERVQUAL tak tertimbang" },
          { nama: "ServqualGapTertimbang", rentang: `$B$${t0 + 2}`, keterangan: "Gap SERVQUAL tertimbang" },
        ],
        bekukan: { baris: 4, kolom: 1 },
      },
      lembarRingkasan({
        nama: `${NAMA_LEMBAR_SERVQUAL} Ringkasan`,
        judul: "Ringkasan SERVQUAL: gap per dimensi",
        keterangan: "Gap = persepsi − harapan (negatif = di bawah harapan); peringkat 1 = gap terbaik (terbesar).",
        kolomNama: "Dimensi",
        kolomNilai: "Gap",
        formatNilai: "0.0000",
        bolehNegatif: true,
        baris: dim.map((d, i) => ({ nama: d, nilai: angkaAtauKosong(NAMA_LEMBAR_SERVQUAL, `$D$${dAwal + i + 1}`) })),
        judulGrafik: "Gap SERVQUAL per dimensi",
      }),
    ],
  };
}

/** Contoh kecil deterministik: 5 responden × 22 butir, skala 1–5, bobot 20/30/15/20/15. */
export function contohServqual(): OpsiServqual {
  const R = 5;
  const persepsi = Array.from({ length: R }, (_, r) => PETA_BUTIR_SERVQUAL.map((_, j) => 2 + ((r + j) % 3)));
  const harapan = Array.from({ length: R }, (_, r) => PETA_BUTIR_SERVQUAL.map((_, j) => 4 + ((r * 2 + j) % 2)));
  return { responden: R, peta: [...PETA_BUTIR_SERVQUAL], bobot: [20, 30, 15, 20, 15], persepsi, harapan };
}
