/**
 * Kait aturan Periksa khusus satu metode. Audit umum (periksa.ts) memeriksa setiap tabel sel demi sel (tata
 * letak, rumus, masukan); aturan yang hanya berlaku untuk satu metode (mis. jumlah proporsi dan bobot tercetak
 * Pola LAN 1998, lan.ts) ada di berkas metodenya dan dipanggil lewat kait ini untuk lembar tabel metode itu.
 * Kait adalah nilai polos bertipe (tanpa kelas, tanpa keadaan) yang dirujuk dari deskriptor metode
 * (`periksa` di src/metode/<id>.ts); audit umum mencarinya lewat daftar metode (src/metode/index.ts).
 */
import type { LembarBuku } from "../plans/bangun-ulang/index";
import type { RencanaLembar } from "../plans/rencana";
import type { Temuan } from "./temuan";

export interface AturanPeriksa {
  /** Akibat masukan kosong untuk lembar metode ini yang tidak menyebut akibatnya sendiri (`akibatKosong`). */
  readonly akibatKosong?: string;
  /**
   * Temuan tambahan untuk satu lembar yang ada dan tata letaknya utuh, sesudah pemeriksaan sel demi sel.
   * @param l rencana lembar (nama sekarang)
   * @param isi sel lembar itu seperti dibaca dari buku kerja
   * @param opsi pilihan pengguna dari catatan pembangunan `_pkp`
   */
  readonly periksaLembar?: (l: RencanaLembar, isi: LembarBuku, opsi: Readonly<Record<string, unknown>>) => Temuan[];
}
