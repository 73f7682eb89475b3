/**
 * Pembangun lembar kinerja pegawai (seed 002): pegawai × lima aspek, bobot dapat diubah, nilai
 * tertimbang (SUMPRODUCT/SUM) dan kategori PP 46/2011 atau skala prestasi LAN 1998 sebagai rumus asli.
 */
import { galatNilai } from "../core/errors";
import { rumusBulatPita } from "../core/pita";
import {
  ASPEK_PEGAWAI,
  PITA_PP46,
  SKALA_PEGAWAI_LAN,
  SKALA_PEGAWAI_PP46,
  SKALA_PRESTASI_LAN,
  type SkalaPegawai,
} from "../frameworks/pegawai";
import { rencanaPegawai2022 } from "./pegawai-2022";
import { angkaAtauKosong, lembarRingkasan, rujukLembar, teksDari } from "./ringkasan";
import { hitung, hurufKolom, judul, label, masukan, persegi, type RencanaBukuKerja, type Sel } from "./rencana";

export interface OpsiPegawai {
  /** Banyak baris pegawai (bawaan 10). */
  pegawai?: number;
  /** "pp46" (bawaan), "lan", atau "2022": predikat PermenPAN-RB 6/2022 (lembar lain, plans/pegawai-2022.ts). */
  skala?: SkalaPegawai | "2022";
  /** Bobot bawaan tiap aspek (bawaan 1 = sama). */
  bobot?: number[];
  /** Isian awal (contoh). Tidak disimpan di meta. */
  nama?: string[];
  skor?: number[][];
}

export const NAMA_LEMBAR_PEGAWAI = "Kinerja Pegawai";

/** Rumus kategori untuk satu sel nilai. */
export function rumusKategoriPegawai(sel: string, skala: SkalaPegawai): string {
  const x = rumusBulatPita(sel);
  if (skala === "lan")
    return `=IF(ISNUMBER(${sel}),CHOOSE(MAX(1,ROUNDUP(${x}-0.5,0)),${SKALA_PRESTASI_LAN.map((t) => `"${t.label}"`).join(",")}),NA())`;
  let r = `"${PITA_PP46[PITA_PP46.length - 1].kategori}"`;
  for (let i = PITA_PP46.length - 2; i >= 0; i--)
    r = `IF(${x}>${PITA_PP46[i].lebihDari},"${PITA_PP46[i].kategori}",${r})`;
  return `=IF(ISNUMBER(${sel}),${r},NA())`;
}

export function rencanaPegawai(opsi: OpsiPegawai = {}): RencanaBukuKerja {
  if (opsi.skala === "2022") return rencanaPegawai2022({ pegawai: opsi.pegawai, nama: opsi.nama });
  const P = opsi.pegawai ?? opsi.skor?.length ?? 10;
  const skala = opsi.skala ?? "pp46";
  const bobot = opsi.bobot ?? ASPEK_PEGAWAI.map(() => 1);
  const k = ASPEK_PEGAWAI.length;
  if (P < 1 || bobot.length !== k) throw galatNilai("opsi pegawai tidak sah: pegawai ≥ 1 dan lima bobot");
  const { min, maks } = skala === "lan" ? SKALA_PEGAWAI_LAN : SKALA_PEGAWAI_PP46;
  const kAwal = hurufKolom(1);
  const kAkhir = hurufKolom(k);
  const kNilai = hurufKolom(k + 1);
  const kKat = hurufKolom(k + 2);
  const barisBobot = 5;
  const awal = 8;
  const rngBobot = `$${kAwal}$${barisBobot}:$${kAkhir}$${barisBobot}`;
  const tabel: Sel[][] = [
    [label("Aspek", "kepala"), ...ASPEK_PEGAWAI.map((a) => label(a.nama, "kepala"))],
    [label("Bobot"), ...ASPEK_PEGAWAI.map((a, j) => masukan(`bobot|aspek=${a.kode}`, bobot[j]))],
    [],
    [
      label("Pegawai", "kepala"),
      ...ASPEK_PEGAWAI.map((a) => label(a.nama, "kepala")),
      label("Nilai", "kepala"),
      label("Kategori", "kepala"),
    ],
    ...Array.from({ length: P }, (_, i) => {
      const b = awal + i;
      const rng = `${kAwal}${b}:${kAkhir}${b}`;
      return [
        masukan(`nama|pegawai=${i + 1}`, opsi.nama?.[i] ?? `Pegawai ${i + 1}`),
        ...ASPEK_PEGAWAI.map((a, j) => masukan(`skor|pegawai=${i + 1}|aspek=${a.kode}`, opsi.skor?.[i]?.[j])),
        hitung(`=IF(COUNT(${rng})<${k},NA(),SUMPRODUCT(${rng},${rngBobot})/SUM(${rngBobot}))`, "0.00"),
        hitung(rumusKategoriPegawai(`${kNilai}${b}`, skala)),
      ];
    }),
  ];
  return {
    meta: { pembangun: "pegawai", versi: 1, opsi: { pegawai: P, skala, bobot } },
    lembar: [
      {
        nama: NAMA_LEMBAR_PEGAWAI,
        blok: [
          {
            mulai: "A1",
            sel: [
              [judul("Penilaian kinerja pegawai pelayanan")],
              [
                label(
                  skala === "lan"
                    ? "Skala prestasi LAN 1998: 1 Istimewa … 5 Tidak memuaskan."
                    : "Skor 0–100; kategori menurut PP 46/2011 (sudah dicabut PP 30/2019).",
                  "catatan",
                ),
              ],
            ],
          },
          { mulai: "A4", sel: persegi(tabel) },
        ],
        validasi: [
          {
            rentang: `${kAwal}${awal}:${kAkhir}${awal + P - 1}`,
            jenis: "desimal",
            min,
            maks,
            pesan: `Skor aspek harus angka ${min}–${maks}.`,
          },
        ],
        akibatKosong: "nilai dan kategori pegawai itu tampil #N/A sampai kelima aspeknya terisi",
        nama_rentang: [
          {
            nama: "PegawaiNilai",
            rentang: `$${kNilai}$${awal}:$${kNilai}$${awal + P - 1}`,
            keterangan: "Nilai tertimbang tiap pegawai",
          },
        ],
        bekukan: { baris: awal - 1, kolom: 1 },
        lebarKolom: [{ kolom: kKat, lebar: 18 }],
      },
      lembarRingkasan({
        nama: "Pegawai Ringkasan",
        judul: "Ringkasan kinerja pegawai",
        keterangan:
          skala === "lan"
            ? "Nilai pada skala prestasi 1–5 (1 = Istimewa); peringkat 1 = nilai terkecil."
            : "Nilai 0–100; peringkat 1 = nilai tertinggi.",
        kolomNama: "Pegawai",
        kolomNilai: "Nilai",
        kolomKategori: "Kategori",
        formatNilai: "0.00",
        urutan: skala === "lan" ? "menaik" : "menurun",
        baris: Array.from({ length: P }, (_, i) => ({
          nama: teksDari(NAMA_LEMBAR_PEGAWAI, `$A$${awal + i}`),
          nilai: angkaAtauKosong(NAMA_LEMBAR_PEGAWAI, `$${kNilai}$${awal + i}`),
          kategori: `=IF(ISNUMBER(${rujukLembar(NAMA_LEMBAR_PEGAWAI)}!$${kNilai}$${awal + i}),${rujukLembar(NAMA_LEMBAR_PEGAWAI)}!$${kKat}$${awal + i},"")`,
        })),
        judulGrafik: "Nilai kinerja pegawai",
      }),
    ],
  };
}

/** Contoh deterministik: tiga pegawai; nilai 80 (Baik), 91 (Sangat baik), 55 (Kurang). */
export function contohPegawai(): OpsiPegawai {
  return {
    pegawai: 3,
    nama: ["Pegawai A", "Pegawai B", "Pegawai C"],
    skor: [
      [80, 90, 70, 100, 60],
      [95, 90, 85, 90, 95],
      [50, 60, 55, 50, 60],
    ],
  };
}
