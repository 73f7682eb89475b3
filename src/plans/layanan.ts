/**
 * Pembangun log layanan: jenis layanan, masuk, selesai, terlambat, target, realisasi →
 * penyelesaian (selesai / masuk), ketepatan waktu ((selesai − terlambat) / selesai), capaian
 * (realisasi / target). Rumus memberi "" bila masukannya kosong.
 */
import { hitung, judul, label, masukan, type RencanaBukuKerja } from "./rencana";
import { Kisi, lembarRingkasan, rujukLembar } from "./ringkasan";

export const ID_LAYANAN = "layanan";

export interface BarisLayanan {
  jenis: string;
  masuk?: number;
  selesai?: number;
  terlambat?: number;
  target?: number;
  realisasi?: number;
}

/** Tabel 1.1 seed 000: layanan selesai dan melebihi batas waktu, Kecamatan Dumai Timur 2021. */
export const CONTOH_DUMAI_TIMUR_2021: readonly BarisLayanan[] = [
  { jenis: "Pengurusan Kartu Keluarga", selesai: 905, terlambat: 7 },
  { jenis: "Pengurusan Surat Pindah", selesai: 211, terlambat: 6 },
  { jenis: "Surat Dispensasi Nikah", selesai: 60, terlambat: 5 },
  { jenis: "Pengurusan Ijin Keramaian", selesai: 210, terlambat: 9 },
  { jenis: "Pengurusan SKGR", selesai: 77, terlambat: 7 },
  { jenis: "Surat Keterangan Ahli Waris", selesai: 181, terlambat: 2 },
  { jenis: "Surat Keterangan Rumah Ibadah", selesai: 8, terlambat: 0 },
];

/**
 * Seed 001, Kecamatan Seberang Ulu II (Kota Palembang): Tabel 1, pemohon KTP dan KK yang masuk dan terselesaikan
 * 2017, dan bagian 2.C Akuntabilitas, pembuatan KTP dan KK 2014 terhadap target ("KK sebesar 4801 buah dan KTP
 * sebesar 11.279 buah ... target KK ... 4500 buah dan KTP adalah 11.000 buah"). Contoh demo
 * (ktp-kk-seberang-ulu-ii.xlsx, metode/layanan.ts); angka yang sama ada di test/fixtures/kasus/seberang-ulu-ii-*.csv
 * dan test/metode/layanan.test.ts memeriksa keduanya sama.
 */
export const CONTOH_SEBERANG_ULU_II: readonly BarisLayanan[] = [
  { jenis: "KTP 2017 (pemohon)", masuk: 7692, selesai: 3600 },
  { jenis: "KK 2017 (pemohon)", masuk: 3628, selesai: 2880 },
  { jenis: "KTP 2014 (target)", target: 11000, realisasi: 11279 },
  { jenis: "KK 2014 (target)", target: 4500, realisasi: 4801 },
];

export type UkuranRingkasan = "penyelesaian" | "ketepatan" | "capaian";

export interface OpsiLayanan {
  contoh: boolean;
  /** Baris isian (menggantikan contoh Dumai Timur). */
  data?: BarisLayanan[];
  judul?: string;
  /** Banyak baris kosong tambahan (bawaan 5). */
  barisKosong?: number;
  /** Ukuran yang diringkas dan diperingkat (bawaan ketepatan). */
  ringkasan?: UkuranRingkasan;
  /** Nama lembar (bawaan "Layanan"). */
  nama?: string;
}

const KOLOM = ["masuk", "selesai", "terlambat", "target", "realisasi"] as const;

export function rencanaLayanan(opsi: OpsiLayanan): RencanaBukuKerja {
  const data = opsi.data ?? (opsi.contoh ? [...CONTOH_DUMAI_TIMUR_2021] : []);
  const nBaris = data.length + (opsi.barisKosong ?? 5);
  const nama = opsi.nama ?? "Layanan";
  const k = new Kisi();
  k.set(
    0,
    0,
    judul(
      opsi.judul ??
        (opsi.contoh && !opsi.data
          ? "Kinerja Pelayanan Kecamatan Dumai Timur 2021 (Tabel 1.1)"
          : "Log Kinerja Pelayanan"),
    ),
  );
  k.set(
    1,
    0,
    label(
      "Penyelesaian = selesai / masuk; Ketepatan waktu = (selesai − terlambat) / selesai; Capaian = realisasi / target. Sel kosong memberi hasil kosong.",
      "catatan",
    ),
  );
  const hdr = 3;
  [
    "No",
    "Jenis layanan",
    "Masuk",
    "Selesai",
    "Terlambat",
    "Target",
    "Realisasi",
    "Penyelesaian",
    "Ketepatan waktu",
    "Capaian",
  ].forEach((t, j) => k.set(hdr, j, label(t, "kepala")));
  const awal = hdr + 1;
  const akhir = hdr + nBaris;
  for (let i = 0; i < nBaris; i++) {
    const r = awal + i;
    const b = data[i];
    const n = r + 1;
    k.set(r, 0, label(i + 1));
    k.set(r, 1, masukan(`jenis|k=${i + 1}`, b?.jenis));
    KOLOM.forEach((c, j) => k.set(r, 2 + j, masukan(`${c}|k=${i + 1}`, b?.[c], "#,##0")));
    k.set(r, 7, hitung(`=IF(OR(C${n}="",D${n}=""),"",D${n}/C${n})`, "0.00%"));
    k.set(r, 8, hitung(`=IF(OR(D${n}="",E${n}=""),"",(D${n}-E${n})/D${n})`, "0.00%"));
    k.set(r, 9, hitung(`=IF(OR(F${n}="",G${n}=""),"",G${n}/F${n})`, "0.00%"));
  }
  const t = akhir + 1;
  const n = t + 1;
  k.set(t, 1, label("Jumlah", "total"));
  ["C", "D", "E", "F", "G"].forEach((c, j) =>
    k.set(
      t,
      2 + j,
      hitung(
        `=IF(COUNT(${c}${awal + 1}:${c}${akhir + 1})=0,"",SUM(${c}${awal + 1}:${c}${akhir + 1}))`,
        "#,##0",
        "total",
      ),
    ),
  );
  k.set(t, 7, hitung(`=IF(OR(C${n}="",D${n}=""),"",D${n}/C${n})`, "0.00%", "total"));
  k.set(t, 8, hitung(`=IF(OR(D${n}="",E${n}=""),"",(D${n}-E${n})/D${n})`, "0.00%", "total"));
  k.set(t, 9, hitung(`=IF(OR(F${n}="",G${n}=""),"",G${n}/F${n})`, "0.00%", "total"));
  const ukuran = opsi.ringkasan ?? "ketepatan";
  const kol = { penyelesaian: "H", ketepatan: "I", capaian: "J" }[ukuran];
  const ref = rujukLembar(nama);
  const baris = Array.from({ length: nBaris }, (_, i) => ({
    nama: `=IF(${ref}!$B$${awal + i + 1}="","",${ref}!$B$${awal + i + 1})`,
    nilai: `=${ref}!$${kol}$${awal + i + 1}`,
  }));
  // baris yang berisi kedua masukan ukuran itu saat dibangun: hanya itu yang digambar (tanpa batang/slot kosong)
  const [pembilang, penyebut] = (
    {
      penyelesaian: ["selesai", "masuk"],
      ketepatan: ["selesai", "terlambat"],
      capaian: ["realisasi", "target"],
    } as const
  )[ukuran];
  const terisi = data.filter((b) => b[pembilang] !== undefined && b[penyebut] !== undefined).length;
  const judulUkuran = { penyelesaian: "Penyelesaian", ketepatan: "Ketepatan waktu", capaian: "Capaian target" }[ukuran];
  const ringkasan = lembarRingkasan({
    nama: `${nama} Ringkasan`.slice(0, 31),
    judul: `Ringkasan: ${judulUkuran} per jenis layanan`,
    kolomNama: "Jenis layanan",
    kolomNilai: judulUkuran,
    formatNilai: "0.00%",
    baris,
    judulGrafik: `${judulUkuran} per jenis layanan`,
    terisi,
  });
  return {
    meta: { pembangun: ID_LAYANAN, versi: 1, opsi: { ...opsi } as Record<string, unknown> },
    lembar: [
      {
        nama,
        blok: [k.blok()],
        validasi: [
          { rentang: `C${awal + 1}:G${akhir + 1}`, jenis: "desimal", min: 0, pesan: "Isi angka tidak negatif." },
        ],
        // log: tiap baris memakai kolom yang ada datanya saja (mis. selesai/terlambat tanpa target); baris cadangan kosong
        bolehKosong: [`B${awal + 1}:G${akhir + 1}`],
        akibatKosong: "rasio baris itu kosong dan sel kosong tidak ikut dijumlah",
        bekukan: { baris: hdr + 1, kolom: 2 },
        lebarKolom: [
          { kolom: "A", lebar: 6 },
          { kolom: "B", lebar: 36 },
          ...["C", "D", "E", "F", "G", "H", "I", "J"].map((kolom) => ({ kolom, lebar: 14 })),
        ],
      },
      ringkasan,
    ],
  };
}
