/**
 * Daftar validasi data yang panjang: Excel membatasi daftar sebaris (sumber "a,b,c") sampai 255 karakter;
 * berkas .xlsx dengan daftar lebih panjang "diperbaiki" saat dibuka dan Office.js dapat gagal di tengah batch.
 * Daftar seperti itu dipindahkan ke sel (satu nilai per baris) di kolom bantu kanan tabel (tersembunyi,
 * tidak tercetak) dan validasinya merujuk rentang sel itu. Murni; dipanggil `rapikan` untuk kedua adaptor.
 */
import {
  alamat,
  hurufKolom,
  label,
  selBeralamat,
  type RencanaBukuKerja,
  type RencanaLembar,
  type ValidasiData,
} from "./rencana";

/** Panjang terbesar sumber daftar sebaris Excel (karakter, termasuk koma). */
export const BATAS_DAFTAR = 255;

/** Sumber daftar sebaris seperti ditulis adaptor: nilai dipisah koma. */
export const sumberDaftar = (v: ValidasiData): string => (v.daftar ?? []).join(",");

/** Perlu dipindah ke sel? (daftar sebaris lebih dari BATAS_DAFTAR karakter dan belum merujuk rentang) */
export const daftarTerlaluPanjang = (v: ValidasiData): boolean =>
  v.jenis === "daftar" && v.sumberRentang === undefined && sumberDaftar(v).length > BATAS_DAFTAR;

/** Satu lembar: setiap daftar panjang ditulis ke kolom bantu baru di kanan sel terpakai (kolom kosong di antaranya). */
export function daftarKeRentangLembar(l: RencanaLembar): RencanaLembar {
  if (!l.validasi?.some(daftarTerlaluPanjang)) return l;
  let kanan = -1;
  for (const s of selBeralamat(l)) if (s.kolom > kanan) kanan = s.kolom;
  const blok = [...l.blok];
  const bantu = [...(l.kolomBantu?.kolom ?? [])];
  let kolom = kanan + 2;
  const validasi = l.validasi.map((v) => {
    if (!daftarTerlaluPanjang(v)) return v;
    const isi = v.daftar ?? [];
    const k = hurufKolom(kolom);
    blok.push({ mulai: alamat(0, kolom), sel: isi.map((x) => [label(x)]) });
    bantu.push(k);
    kolom++;
    return { ...v, sumberRentang: `$${k}$1:$${k}$${isi.length}` };
  });
  const keterangan = [
    l.kolomBantu?.keterangan,
    `kolom ${bantu.slice((l.kolomBantu?.kolom ?? []).length).join(", ")}: pilihan daftar validasi yang lebih dari ${BATAS_DAFTAR} karakter`,
  ]
    .filter(Boolean)
    .join("; ");
  return { ...l, blok, validasi, kolomBantu: { kolom: bantu, keterangan } };
}

/** Semua lembar rencana (rencana asal tidak diubah; rencana yang sudah dipindahkan dibiarkan). */
export function daftarKeRentang(r: RencanaBukuKerja): RencanaBukuKerja {
  return r.lembar.some((l) => l.validasi?.some(daftarTerlaluPanjang))
    ? { ...r, lembar: r.lembar.map(daftarKeRentangLembar) }
    : r;
}
