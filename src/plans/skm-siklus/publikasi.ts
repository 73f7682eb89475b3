/**
 * Lembar Publikasi siklus SKM: halaman hasil satu periode (A4 tegak, satu halaman) — nilai, mutu dan kinerja
 * unit dan tiap jenis layanan, NRR per unsur dengan grafik, profil terbanyak dan tindak lanjut — seperti
 * publikasi hasil SKM menurut PermenPAN-RB 14/2017.
 */
import { NILAI_DASAR_SKM } from "../../frameworks/skm";
import { BANYAK_TINDAK_LANJUT } from "../../frameworks/skm-siklus";
import { alamat, hitung, judul, label, masukan, type RencanaLembar } from "../rencana";
import { Kisi } from "../ringkasan";
import { NAMA_UNIT, ref, type Tata } from "./tata";
import { cariHasil } from "./hasil";

/**
 * Format sel teks hasil pencarian Publikasi (mutu, kinerja, rencana, waktu): format bawaan Excel yang dinyatakan,
 * agar tata letak memakai lebar kolom lembar ini (lebarMinimum) dan tidak menaksir dari teks literal rumus pencarian.
 */
const TEKS_CARI = "General";

export function lembarPublikasi(t: Tata, ringkas: { kolom: string; nilai: string; jumlah: string }[]): RencanaLembar {
  const { o, n } = t;
  const k = new Kisi();
  const c = t.hasilKol;
  k.set(0, 0, judul("HASIL SURVEI KEPUASAN MASYARAKAT"));
  k.set(1, 0, label("Unit pelayanan"));
  k.set(1, 1, masukan("pub-unit", o.unitNama ?? "(nama unit pelayanan)"));
  k.set(2, 0, label("Periode"));
  k.set(2, 1, masukan("pub-periode", o.periodeNama[o.periodeNama.length - 1]));
  k.set(3, 0, label("Dasar"));
  k.set(3, 1, label(o.aturan === "2017" ? "Permenpan RB Nomor 14 Tahun 2017" : "Kepmenpan Nomor KEP/25/M.PAN/2/2004"));
  k.set(4, 0, label("Responden"));
  k.set(4, 1, hitung(`=${cariHasil(t, `$B$3&"|"&"${NAMA_UNIT}"`, c.responden)}`, "0"));
  k.set(5, 0, label("Nilai SKM unit", "total"));
  k.set(5, 1, hitung(`=${cariHasil(t, `$B$3&"|"&"${NAMA_UNIT}"`, c.nilai)}`, "0.00", "total"));
  k.set(5, 2, hitung(`=${cariHasil(t, `$B$3&"|"&"${NAMA_UNIT}"`, c.mutu)}`, TEKS_CARI, "total"));
  k.set(5, 3, hitung(`=${cariHasil(t, `$B$3&"|"&"${NAMA_UNIT}"`, c.kinerja)}`, TEKS_CARI, "total"));
  k.set(
    6,
    0,
    label(
      `Konvensi: ` +
        `${o.penimbang === "1/n" ? `penimbang 1/${n}` : `penimbang ${o.penimbang.replace(".", ",")}`}${o.pembulatanNrr ? `, NRR dibulatkan ${o.pembulatanNrr} desimal` : ""}; hasil unit ` +
        `${o.hasilUnit === "gabungan" ? "dari seluruh responden" : "rata-rata nilai layanan"}.`,
      "catatan",
    ),
  );
  let r = 8;
  ["Jenis layanan", "Responden", "Nilai", "Mutu", "Kinerja"].forEach((x, i) => k.set(r, i, label(x, "kepala")));
  for (const s of o.layanan) {
    r++;
    const kunci = `$B$3&"|"&"${s.replace(/"/g, '""')}"`;
    k.set(r, 0, label(s));
    [c.responden, c.nilai, c.mutu, c.kinerja].forEach((kol, i) =>
      k.set(r, 1 + i, hitung(`=${cariHasil(t, kunci, kol)}`, i === 0 ? "0" : i === 1 ? "0.00" : TEKS_CARI)),
    );
  }
  r += 2;
  k.set(r, 0, label("Unsur pelayanan", "kepala"));
  k.set(r, 1, label("NRR", "kepala"));
  k.set(r, 2, label("Nilai (× 25)", "kepala"));
  const awalU = r + 1;
  t.unsur.forEach((u, j) => {
    r++;
    k.set(r, 0, label(`U${j + 1} ${u}`));
    k.set(r, 1, hitung(`=${cariHasil(t, `$B$3&"|"&"${NAMA_UNIT}"`, c.nrr0 + j)}`, "0.000"));
    k.set(r, 2, hitung(`=IF(ISNUMBER(${alamat(r, 1)}),${alamat(r, 1)}*${NILAI_DASAR_SKM},"")`, "0.00"));
  });
  const akhirU = r;
  const posGrafik = r + 2;
  r += 18;
  // "kolom: kategori" (teks rumus, panjangnya menurut data) mengalir ke B yang kosong; jumlah di C
  k.set(r, 0, label("Profil responden (terbanyak)", "kepala"));
  k.set(r, 1, label("", "kepala"));
  k.set(r, 2, label("Jumlah", "kepala"));
  for (const p of ringkas) {
    r++;
    k.set(
      r,
      0,
      hitung(`="${p.kolom.replace(/"/g, '""')}: "&IFERROR(INDEX(${p.nilai},MATCH(MAX(${p.jumlah}),${p.jumlah},0)),"")`),
    );
    k.set(r, 2, hitung(`=IFERROR(MAX(${p.jumlah}),"")`, "0"));
  }
  r += 2;
  ["Tindak lanjut", "Unsur", "Rencana", "Waktu"].forEach((x, i) => k.set(r, i, label(x, "kepala")));
  const tl = (kol: string) => ref(t.lembar.tl, `$${kol}$5:$${kol}$${5 + t.tlTinggi}`);
  // dibangun dengan ambang: semua baris unsur (yang tidak terdaftar kosong); tanpa ambang: tiga
  const banyakPub = o.ambang !== undefined ? n : BANYAK_TINDAK_LANJUT;
  for (let i = 1; i <= banyakPub; i++) {
    r++;
    const m = `MATCH($B$3&"|"&${i},${tl("J")},0)`;
    k.set(r, 0, o.ambang === undefined ? label(i) : hitung(`=IF(${alamat(r, 1)}="","",${i})`));
    ["C", "E", "F"].forEach((kol, j) =>
      k.set(r, 1 + j, hitung(`=IFERROR(INDEX(${tl(kol)},${m})&"","")`, j === 0 ? undefined : TEKS_CARI)),
    );
  }
  return {
    nama: t.lembar.publikasi,
    blok: [k.blok()],
    validasi: [
      { rentang: "B3", jenis: "daftar", daftar: o.periodeNama, pesan: "Pilih periode yang ada di lembar Hasil." },
    ],
    lebarKolom: [
      { kolom: "A", lebar: 24 },
      { kolom: "B", lebar: 43 },
      { kolom: "C", lebar: 10 },
      { kolom: "D", lebar: 8 },
      { kolom: "E", lebar: 12 },
    ],
    // nama unsur terlemah (B) dan kinerja (E) dicari dengan rumus (INDEX): lebarnya tidak dapat ditaksir dari teks sel
    // (nama unsur terpanjang dengan nomor, "U8 Penanganan Pengaduan, Saran dan Masukan", 42 karakter; "Sangat Baik" 11)
    lebarMinimum: [
      { kolom: "B", lebar: 43 },
      { kolom: "C", lebar: 10 },
      { kolom: "D", lebar: 8 },
      { kolom: "E", lebar: 12 },
    ],
    // satu halaman A4 potret dengan huruf ≥ 8 pt: lebar ≤ BATAS_TEGAK (98 karakter), label unsur panjang di A dibungkus
    lebarMaksimum: [{ kolom: "A", lebar: 24 }],
    grafik: [
      {
        jenis: "batang",
        judul: "NRR per unsur pelayanan",
        data: `B${awalU + 1}:B${akhirU + 1}`,
        kategori: `A${awalU + 1}:A${akhirU + 1}`,
        posisi: `A${posGrafik + 1}`,
      },
    ],
    cetakMinta: { orientasi: "tegak", satuHalaman: true, area: `A1:E${r + 1}` },
  };
}
