/**
 * Pembangun lembar SKM (PermenPAN-RB 14/2017) / IKM (KepmenPAN 25/2004): jawaban responden × unsur
 * (1–4), NRR = AVERAGE per unsur, NRR tertimbang = NRR × 1/n, indeks = Σ, nilai = indeks × 25, mutu dan
 * kinerja dengan pita PITA_MUTU_SKM (masuk pita lebih tinggi begitu melebihi batas atas pita di bawahnya).
 */
import { penimbangUnsur } from "../core/skm";
import {
  NILAI_DASAR_SKM,
  PENIMBANG_TERCETAK,
  PITA_MUTU_SKM,
  SKALA_JAWABAN_SKM,
  UNSUR_BAWAAN,
  type AturanSkm,
} from "../frameworks/skm";
import { rumusBulatPita } from "../core/pita";
import { alamat, hitung, hurufKolom, judul, label, masukan, type RencanaBukuKerja } from "./rencana";
import { Kisi, abs, lembarRingkasan, rujukLembar } from "./ringkasan";

export const ID_SKM = "skm";

export interface OpsiSkm {
  aturan: AturanSkm;
  responden: number;
  unsur?: string[];
  /**
   * Penimbang tiap unsur: "tepat" (bawaan) = 1/n sebagai rumus =1/COUNTA(judul unsur); "cetak" = penimbang
   * tercetak aturan (0,111 untuk 9 unsur 2017, 0,071 untuk 14 unsur 2004), sama dengan `kinerja skm --penimbang`.
   */
  penimbang?: "tepat" | "cetak";
  /** Jawaban awal (baris = responden, kolom = unsur), mis. untuk contoh. */
  jawaban?: (number | null)[][];
}

export const namaLembarSkm = (aturan: AturanSkm, bagian: "Data" | "Ringkasan"): string =>
  `${aturan === "2017" ? "SKM" : "IKM"} ${aturan} ${bagian}`;

/** Rumus mutu/kinerja dari pita aturan, diputuskan atas ROUND(nilai,9) seperti inti (core/pita.ts). */
export function rumusPitaSkm(sel: string, aturan: AturanSkm, jenis: "mutu" | "kinerja"): string {
  const pita = PITA_MUTU_SKM[aturan];
  const x = rumusBulatPita(sel);
  let f = `"${pita[pita.length - 1][jenis]}"`;
  for (let k = pita.length - 2; k >= 0; k--) {
    f = `IF(${x}>${pita[k + 1].intervalNilai[1]},"${pita[k][jenis]}",${f})`;
  }
  return `=IF(ISNUMBER(${sel}),${f},"")`;
}

export function rencanaSkm(opsi: OpsiSkm): RencanaBukuKerja {
  const unsur = opsi.unsur && opsi.unsur.length > 0 ? [...opsi.unsur] : [...UNSUR_BAWAAN[opsi.aturan]];
  const n = unsur.length;
  const R = Math.max(1, Math.floor(opsi.responden));
  const nama = namaLembarSkm(opsi.aturan, "Data");
  const k = new Kisi();
  k.set(
    0,
    0,
    judul(
      `${opsi.aturan === "2017" ? "Survei Kepuasan Masyarakat (PermenPAN-RB 14/2017)" : "Indeks Kepuasan Masyarakat (KepmenPAN 25/2004)"}`,
    ),
  );
  // "cetak": nilai tercetak aturan (penimbangUnsur menolak jumlah unsur lain dengan #VALUE!, sama dengan inti)
  const cetak = opsi.penimbang === "cetak" ? penimbangUnsur(n, "cetak", opsi.aturan)[0] : null;
  const teksPenimbang =
    cetak === null ? `1/${n}` : `${PENIMBANG_TERCETAK[opsi.aturan].tercetak.split(" (")[0]} (tercetak)`;
  k.set(
    1,
    0,
    label(
      `Isi jawaban 1–4 tiap responden (sel kuning). NRR = rata-rata per unsur; penimbang = ` +
        `${teksPenimbang}; indeks = Σ NRR tertimbang; nilai = indeks × ${NILAI_DASAR_SKM}.`,
      "catatan",
    ),
  );
  const hdr = 3;
  k.set(hdr, 0, label("Responden", "kepala"));
  unsur.forEach((u, j) => k.set(hdr, 1 + j, masukan(`unsur|u=${j + 1}`, u)));
  const awal = hdr + 1;
  const akhir = hdr + R;
  for (let i = 0; i < R; i++) {
    k.set(awal + i, 0, label(i + 1));
    unsur.forEach((_, j) => {
      const v = opsi.jawaban?.[i]?.[j];
      k.set(awal + i, 1 + j, masukan(`jawaban|r=${i + 1}|u=${j + 1}`, v === null || v === undefined ? undefined : v));
    });
  }
  const bNrr = akhir + 2;
  const bPen = bNrr + 1;
  const bTer = bNrr + 2;
  k.set(bNrr, 0, label("NRR", "total"));
  k.set(bPen, 0, label("Penimbang", "total"));
  k.set(bTer, 0, label("NRR tertimbang", "total"));
  const kepala = `${abs(hdr, 1)}:${abs(hdr, n)}`;
  unsur.forEach((_, j) => {
    const c = 1 + j;
    const rng = `${alamat(awal, c)}:${alamat(akhir, c)}`;
    k.set(bNrr, c, hitung(`=IF(COUNT(${rng})=0,"",AVERAGE(${rng}))`, "0.000", "total"));
    k.set(bPen, c, hitung(cetak === null ? `=1/COUNTA(${kepala})` : `=${cetak}`, "0.000"));
    k.set(bTer, c, hitung(`=IF(ISNUMBER(${alamat(bNrr, c)}),${alamat(bNrr, c)}*${alamat(bPen, c)},"")`, "0.000"));
  });
  const bIdx = bTer + 2;
  const rngNrr = `${alamat(bNrr, 1)}:${alamat(bNrr, n)}`;
  k.set(bIdx, 0, label("Indeks", "total"));
  k.set(bIdx, 1, hitung(`=IF(COUNT(${rngNrr})<${n},"",SUM(${alamat(bTer, 1)}:${alamat(bTer, n)}))`, "0.0000", "total"));
  k.set(bIdx + 1, 0, label(`Nilai (× ${NILAI_DASAR_SKM})`, "total"));
  k.set(
    bIdx + 1,
    1,
    hitung(`=IF(ISNUMBER(${alamat(bIdx, 1)}),${alamat(bIdx, 1)}*${NILAI_DASAR_SKM},"")`, "0.00", "total"),
  );
  k.set(bIdx + 2, 0, label("Mutu pelayanan", "total"));
  k.set(bIdx + 2, 1, hitung(rumusPitaSkm(alamat(bIdx + 1, 1), opsi.aturan, "mutu"), undefined, "total"));
  k.set(bIdx + 3, 0, label("Kinerja unit", "total"));
  k.set(bIdx + 3, 1, hitung(rumusPitaSkm(alamat(bIdx + 1, 1), opsi.aturan, "kinerja"), undefined, "total"));
  const ref = rujukLembar(nama);
  const ringkasan = lembarRingkasan({
    nama: namaLembarSkm(opsi.aturan, "Ringkasan"),
    judul: `Ringkasan ${opsi.aturan === "2017" ? "SKM" : "IKM"}: NRR per unsur`,
    keterangan: `Nilai = ${ref}!${abs(bIdx + 1, 1)}, mutu ${ref}!${abs(bIdx + 2, 1)}. Peringkat unsur menurut NRR (terbesar = 1).`,
    kolomNama: "Unsur",
    kolomNilai: "NRR",
    formatNilai: "0.000",
    baris: unsur.map((_, j) => ({ nama: `=${ref}!${abs(hdr, 1 + j)}`, nilai: `=${ref}!${abs(bNrr, 1 + j)}` })),
    judulGrafik: "NRR per unsur",
  });
  return {
    meta: { pembangun: ID_SKM, versi: 1, opsi: { ...opsi } as Record<string, unknown> },
    lembar: [
      {
        nama,
        blok: [k.blok()],
        validasi: [
          {
            rentang: `${alamat(awal, 1)}:${alamat(akhir, n)}`,
            jenis: "bilanganBulat",
            min: SKALA_JAWABAN_SKM.min,
            maks: SKALA_JAWABAN_SKM.maks,
            pesan: "Jawaban harus bilangan bulat 1–4.",
          },
        ],
        akibatKosong:
          "jawaban kosong tidak ikut dirata-rata, sehingga NRR unsur itu dihitung dari responden yang menjawab saja",
        bekukan: { baris: hdr + 1, kolom: 1 },
        lebarKolom: [{ kolom: "A", lebar: 16 }, ...unsur.map((_, j) => ({ kolom: hurufKolom(1 + j), lebar: 14 }))],
      },
      ringkasan,
    ],
  };
}
