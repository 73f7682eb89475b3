/**
 * Pembangun lembar delapan sendi pelayanan (Kepmenpan 81/1993): skor tiap sendi (skala pilihan), bukti di
 * sampingnya, total, persentase dan sendi terlemah sebagai rumus Excel asli (SUM, MIN, IF, MID; tanpa TEXTJOIN agar jalan di Excel lama).
 */
import { galatAngka } from "../core/errors";
import { SENDI_PELAYANAN, SKALA_SENDI_BAWAAN } from "../frameworks/sendi";
import { angkaAtauKosong, lembarRingkasan } from "./ringkasan";
import { hitung, judul, label, masukan, persegi, type RencanaBukuKerja, type Sel } from "./rencana";

export interface OpsiSendi {
  skalaMin?: number;
  skalaMaks?: number;
  /** Isian awal (contoh), sejajar dengan delapan sendi. Tidak disimpan di meta. */
  skor?: number[];
  bukti?: string[];
}

export const NAMA_LEMBAR_SENDI = "Sendi Pelayanan";
/** Format skor sendi: satu desimal dengan ruang kanan selebar dua ")". */
const FMT_SKOR = "0.0_)_)";

export function rencanaSendi(opsi: OpsiSendi = {}): RencanaBukuKerja {
  const min = opsi.skalaMin ?? SKALA_SENDI_BAWAAN.min;
  const maks = opsi.skalaMaks ?? SKALA_SENDI_BAWAAN.maks;
  if (!(min < maks)) throw galatAngka("opsi sendi tidak sah: skalaMin harus lebih kecil dari skalaMaks");
  const n = SENDI_PELAYANAN.length;
  const awal = 7; // baris 1-based data pertama
  const akhir = awal + n - 1;
  const rngSkor = `$C$${awal}:$C$${akhir}`;
  const tabel: Sel[][] = [
    ["No", "Sendi pelayanan", "Skor", "Bukti / catatan", "Pengertian (LAN 1998, Bab III C)"].map((t) =>
      label(t, "kepala"),
    ),
    // skor dengan ruang kanan (format "_)") agar angka tidak menempel pada teks bukti di sebelahnya
    ...SENDI_PELAYANAN.map((s, i) => [
      label(s.no),
      label(s.nama),
      masukan(`skor|sendi=${s.kode}`, opsi.skor?.[i], FMT_SKOR),
      masukan(`bukti|sendi=${s.kode}`, opsi.bukti?.[i]),
      label(s.pengertian, "catatan"),
    ]),
  ];
  const cukup = `COUNT(${rngSkor})<ROWS(${rngSkor})`;
  // ringkasan di bawah kolom skor (label di kolom nama sendi), bukan di bawah kolom nama
  const ringkas: Sel[][] = [
    [label("Total", "total"), hitung(`=IF(${cukup},NA(),SUM(${rngSkor}))`, "0.00", "total")],
    [label("Rata-rata"), hitung(`=IF(${cukup},NA(),AVERAGE(${rngSkor}))`, "0.00")],
    [
      label("Persentase dari skor maksimum"),
      hitung(`=IF(${cukup},NA(),SUM(${rngSkor})/(ROWS(${rngSkor})*$C$4))`, "0.00%"),
    ],
    [
      label("Sendi terlemah"),
      hitung(
        `=IF(${cukup},NA(),MID(${SENDI_PELAYANAN.map((_, i) => `IF($C$${awal + i}=MIN(${rngSkor}),"; "&$B$${awal + i},"")`).join("&")},3,1000))`,
      ),
    ],
  ];
  return {
    meta: { pembangun: "sendi", versi: 1, opsi: { skalaMin: min, skalaMaks: maks } },
    lembar: [
      {
        nama: NAMA_LEMBAR_SENDI,
        blok: [
          {
            mulai: "A1",
            sel: persegi([
              [judul("Penilaian delapan sendi pelayanan (Kepmenpan 81/1993)")],
              [
                label(
                  "Daftar: seed 003; pengertian: seed 004 (LAN 1998) Bab III C; teks Kepmenpan 81/1993 belum diverifikasi.",
                  "catatan",
                ),
              ],
            ]),
          },
          {
            mulai: "B3",
            sel: persegi([
              [label("Skala minimum"), masukan("skala|min", min)],
              [label("Skala maksimum"), masukan("skala|maks", maks)],
            ]),
          },
          { mulai: "A6", sel: persegi(tabel) },
          { mulai: `B${akhir + 2}`, sel: persegi(ringkas) },
        ],
        validasi: [
          {
            rentang: `C${awal}:C${akhir}`,
            jenis: "desimal",
            min,
            maks,
            pesan: `Skor sendi harus angka ${min}–${maks}.`,
          },
        ],
        // kepala tabel (baris 6) dibekukan dan diulang di setiap halaman cetak
        bekukan: { baris: 6, kolom: 0 },
        akibatKosong: "total, rata-rata, persentase dan sendi terlemah tampil #N/A sampai kedelapan skor terisi",
        nama_rentang: [{ nama: "SendiTotal", rentang: `$C$${akhir + 2}`, keterangan: "Total skor delapan sendi" }],
        lebarKolom: [
          { kolom: "B", lebar: 28 },
          { kolom: "D", lebar: 48 },
          { kolom: "E", lebar: 80 },
        ],
      },
      lembarRingkasan({
        nama: "Sendi Ringkasan",
        judul: "Ringkasan sendi pelayanan",
        keterangan: `Skor tiap sendi (skala ${min}–${maks}); peringkat 1 = skor tertinggi.`,
        kolomNama: "Sendi pelayanan",
        kolomNilai: "Skor",
        formatNilai: "0.00",
        baris: SENDI_PELAYANAN.map((s, i) => ({
          nama: s.nama,
          nilai: angkaAtauKosong(NAMA_LEMBAR_SENDI, `$C$${awal + i}`),
        })),
        judulGrafik: "Skor sendi pelayanan",
      }),
    ],
  };
}

/** Contoh kecil deterministik (skala 1–5): total 28, terlemah Keterbukaan; Keadilan yang merata. */
export function contohSendi(): OpsiSendi {
  return {
    skor: [4, 3, 5, 2, 4, 3, 2, 5],
    bukti: [
      "Alur KTP tiga langkah",
      "Persyaratan dipasang di loket",
      "Arsip terkunci",
      "Biaya tidak diumumkan",
      "Satu loket",
      "Biaya sesuai perda",
      "Antrean khusus belum ada",
      "SLA 3 hari dipenuhi",
    ],
  };
}
