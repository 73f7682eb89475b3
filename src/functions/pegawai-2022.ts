/* eslint-disable @typescript-eslint/no-explicit-any -- Excel mengirim rentang campuran; tipenya diperiksa di inti */
/**
 * Fungsi kustom predikat kinerja pegawai ASN (PermenPAN-RB 6/2022, aturan yang berlaku; PP 46/2011 ada
 * di PEGAWAI.KATEGORI untuk mereproduksi angka lama).
 */
import { pembacaPredikat2022 } from "../core/pegawai-2022";
import { jalankan, perSel } from "./excel";

/**
 * Predikat kinerja pegawai menurut PermenPAN-RB 6/2022 dari rating hasil kerja dan rating perilaku kerja
 * ("Di atas ekspektasi", "Sesuai ekspektasi", "Di bawah ekspektasi"; boleh disingkat "di atas", "sesuai",
 * "di bawah"): Sangat Baik, Baik, Butuh Perbaikan, Kurang/Misconduct atau Sangat Kurang. Matriks dari
 * materi sosialisasi (belum dari teks lampiran). Sel kosong atau rating tak dikenal → #N/A.
 * @customfunction PEGAWAI.PREDIKAT PEGAWAI.PREDIKAT
 * @param rating_hasil Rating hasil kerja (satu sel atau rentang).
 * @param rating_perilaku Rating perilaku kerja (satu sel atau rentang berbentuk sama).
 * @returns Predikat tiap pegawai, dalam bentuk rentang masukan.
 */
export function pegawaiPredikat(rating_hasil: any[][], rating_perilaku: any[][]): string[][] {
  return jalankan(() => {
    const predikat = pembacaPredikat2022();
    return perSel(
      [
        { nilai: rating_hasil, nama: "rating_hasil" },
        { nilai: rating_perilaku, nama: "rating_perilaku" },
      ],
      (s) => predikat(s[0], s[1]),
    );
  });
}
