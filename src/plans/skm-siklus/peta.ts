/**
 * Lembar Peta Jawaban siklus SKM: teks pilihan kuesioner (frameworks/skm-siklus.ts, contoh kuesioner lampiran
 * PermenPAN-RB 14/2017) → nilai persepsi 1–4, dapat ditambah pengguna, dan kolom bantu kriteria COUNTIFS
 * yang dibaca lembar Hitungan.
 */
import { kunciTeks } from "../../core/skm-siklus";
import { UNSUR_FORMULIR } from "../../frameworks/skm-siklus";
import { hitung, judul, label, masukan, type RencanaLembar, type ValidasiData } from "../rencana";
import { Kisi } from "../ringkasan";
import type { Tata } from "./tata";

/**
 * Baris peta lembar Peta Jawaban: pilihan bawaan lalu tambahan. Tambahan yang teksnya sama dengan baris yang
 * sudah ada (tanpa peduli huruf besar/kecil dan spasi, seperti kunciTeks) MENGGANTI nilainya, seperti peta inti
 * (petaDengan: yang belakangan menang); baris kedua tidak dibuat karena COUNTIFS lembar Hitungan akan menghitung jawaban itu dua kali.
 */
export function barisPeta(
  bawaan: readonly string[],
  tambahan: readonly { jawaban: string; nilai: number }[],
): [string, number][] {
  const isi: [string, number][] = bawaan.map((s, i) => [s, i + 1]);
  for (const p of tambahan) {
    const sama = isi.find(([s]) => kunciTeks(s) === kunciTeks(p.jawaban));
    if (sama) sama[1] = p.nilai;
    else isi.push([p.jawaban, p.nilai]);
  }
  return isi;
}

export function lembarPeta(t: Tata): RencanaLembar {
  const { o, n } = t;
  const k = new Kisi();
  k.set(0, 0, judul("Peta jawaban: teks kuesioner → nilai persepsi 1–4"));
  k.set(
    1,
    0,
    label(
      "Teks dicocokkan utuh tanpa peduli huruf besar/kecil (COUNTIFS; spasi di tepi teks peta " +
        "diabaikan, spasi di tepi jawaban tidak). Jawaban angka 1–4 tidak perlu dipetakan. " +
        "Tambahkan teks formulir Anda di baris kosong tiap unsur; jawaban yang tidak ada di sini " +
        "tidak terhitung dan tampil sebagai selisih di lembar Hitungan (Hasil!B8).",
      "catatan",
    ),
  );
  k.set(3, 0, label("Unsur", "kepala"));
  k.set(3, 1, label("Jawaban (teks)", "kepala"));
  k.set(3, 2, label("Nilai", "kepala"));
  k.set(3, 3, label("Kriteria (bantu)", "kepala"));
  let r = 4;
  const validasi: ValidasiData[] = [];
  for (let j = 0; j < n; j++) {
    const isi = barisPeta(
      UNSUR_FORMULIR[o.aturan][j].opsi,
      (o.peta ?? []).filter((p) => p.unsur === 0 || p.unsur === j + 1),
    );
    const awal = r;
    // validasi 1–4 hanya pada baris terisi: baris cadangan boleh kosong (Periksa tidak melaporkannya)
    validasi.push({
      rentang: `C${r + 1}:C${r + isi.length}`,
      jenis: "bilanganBulat",
      min: 1,
      maks: 4,
      pesan: "Nilai harus bilangan bulat 1–4.",
    });
    for (let i = 0; i < isi.length + 4; i++) {
      k.set(r, 0, label(`U${j + 1} ${t.unsur[j]}`));
      k.set(r, 1, masukan(`peta|u=${j + 1}|i=${i + 1}`, isi[i]?.[0]));
      k.set(r, 2, masukan(`peta-nilai|u=${j + 1}|i=${i + 1}`, isi[i]?.[1]));
      k.set(r, 3, hitung(rumusKriteriaPeta(r)));
      r++;
    }
    t.petaBlok.push([awal, r - 1]);
  }
  return {
    nama: t.lembar.peta,
    blok: [k.blok()],
    validasi,
    bekukan: { baris: 4, kolom: 0 },
    lebarKolom: [
      { kolom: "A", lebar: 38 },
      { kolom: "B", lebar: 34 },
      { kolom: "C", lebar: 8 },
      { kolom: "D", lebar: 30 },
    ],
    kolomBantu: { kolom: ["D"], keterangan: "Kolom bantu D (kriteria COUNTIFS dari teks jawaban)" },
  };
}

/**
 * Kriteria COUNTIFS baris peta (0-based `r`): "=" + teks dirapikan (TRIM) dengan * ? ~ diluputkan; kosong bila teks
 * kosong atau nilainya bukan angka (jawaban itu lalu tidak terhitung dan tampil sebagai selisih di Hitungan).
 */
export function rumusKriteriaPeta(r: number): string {
  const b = `B${r + 1}`;
  return `=IF(OR(TRIM(${b})="",NOT(ISNUMBER(C${r + 1}))),"","="&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(TRIM(${b}),"~","~~"),"*","~*"),"?","~?"))`;
}
