/** Subperintah `kinerja lan …`: Bobot Variabel dari total variabel (Bab III, Lampiran 5–7). */
import { bobotVariabel, proporsi } from "../core/lan";
import { SKOR_IDEAL_LAN } from "../frameworks/lan1998";
import { GalatCli, angkaSel, bacaCsv, indeksKolom } from "./csv";

export interface BarisBobot {
  no: number;
  nama?: string;
  total: number;
  proporsi: number;
  bobot: number;
}

/** Membaca CSV `no,total[,nama]` dan menghitung proporsi serta Bobot Variabel. */
export function hitungBobotDariCsv(berkas: string, skorIdeal: number = SKOR_IDEAL_LAN): { skorIdeal: number; variabel: BarisBobot[] } {
  const t = bacaCsv(berkas);
  const iNo = indeksKolom(t, "no");
  const iTotal = indeksKolom(t, "total");
  const iNama = t.kolom.indexOf("nama");
  if (t.baris.length === 0) throw new GalatCli(`${berkas}: tidak ada baris data di bawah judul`);
  const dilihat = new Map<number, number>();
  const baris = t.baris.map((b) => {
    const no = angkaSel(t, b.baris, "no", b.sel[iNo]);
    if (!Number.isInteger(no) || no < 1) throw new GalatCli(`${berkas} baris ${b.baris}, kolom no: "${b.sel[iNo]}" bukan nomor bulat ≥ 1`);
    if (dilihat.has(no)) throw new GalatCli(`${berkas} baris ${b.baris}, kolom no: nomor ${no} sudah dipakai di baris ${dilihat.get(no)}`);
    dilihat.set(no, b.baris);
    const total = angkaSel(t, b.baris, "total", b.sel[iTotal]);
    if (total < 0) throw new GalatCli(`${berkas} baris ${b.baris}, kolom total: ${b.sel[iTotal]} negatif`);
    return { no, total, ...(iNama >= 0 && b.sel[iNama] ? { nama: b.sel[iNama] } : {}) };
  });
  const totals = baris.map((b) => b.total);
  if (totals.every((x) => x === 0)) throw new GalatCli(`${berkas}, kolom total: jumlah seluruh total nol, proporsi tidak terdefinisi`);
  const p = proporsi(totals, "total");
  const b = bobotVariabel(totals, skorIdeal);
  return { skorIdeal, variabel: baris.map((r, i) => ({ no: r.no, ...(r.nama ? { nama: r.nama } : {}), total: r.total, proporsi: p[i], bobot: b[i] })) };
}

/** Tabel teks untuk manusia; angka dibulatkan hanya untuk tampilan (proporsi 9 desimal, bobot 7). */
export function formatBobot(hasil: { skorIdeal: number; variabel: BarisBobot[] }): string {
  const judul = ["No", "Total", "Proporsi", "Bobot", "Nama"];
  const isi = hasil.variabel.map((v) => [String(v.no), String(v.total), v.proporsi.toFixed(9), v.bobot.toFixed(7), v.nama ?? ""]);
  const jumlahTotal = hasil.variabel.reduce((s, v) => s + v.total, 0);
  const jumlahBobot = hasil.variabel.reduce((s, v) => s + v.bobot, 0);
  isi.push(["Total", String(Number(jumlahTotal.toFixed(10))), hasil.variabel.reduce((s, v) => s + v.proporsi, 0).toFixed(9), jumlahBobot.toFixed(7), ""]);
  const lebar = judul.map((j, k) => Math.max(j.length, ...isi.map((r) => r[k].length)));
  const baris = [judul, ...isi].map((r) => r.map((c, k) => (k === 4 ? c : c.padStart(lebar[k]))).join("  ").trimEnd());
  return `Skor Ideal: ${hasil.skorIdeal}\n${baris.join("\n")}\n`;
}
