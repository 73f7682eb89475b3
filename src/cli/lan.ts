/**
 * Subperintah `kinerja lan bobot`: Bobot Variabel dari total variabel (Bab III, Lampiran 5–7).
 * Dua tata letak: `no,total[,nama]`, atau tata letak referensi proyek `variabel_no,total_variabel` dengan kolom
 * `tipe` (I/II/III) yang dipilih dengan --tipe (test/fixtures/lan-1998/lampiran-5-7-total-variabel.csv).
 */
import { bobotVariabel, proporsi } from "../core/lan";
import { SKOR_IDEAL_LAN, VARIABEL_LAN, adalahTipeDinas } from "../frameworks/lan1998";
import { rencanaLan } from "../plans/lan";
import { isiMasukan, type NilaiSel, type RencanaBukuKerja } from "../plans/rencana";
import type { Tampilan } from "./angka";
import { terbesar } from "./angka";
import { GalatCli } from "./galat";
import { angkaSel, bacaCsv, cariKolom, pastikanJudulUnik, type TabelCsv } from "./csv";

export interface BarisBobot {
  no: number;
  nama?: string;
  total: number;
  proporsi: number;
  bobot: number;
}

export interface HasilBobotCli {
  skorIdeal: number;
  tipe?: string;
  variabel: BarisBobot[];
}

/** Kolom wajib menurut tata letak; galat yang menyebut kedua tata letak bila tidak ada. */
function kolomBobot(t: TabelCsv): { iNo: number; iTotal: number } {
  const iNo = cariKolom(t, "no", "variabel_no");
  const iTotal = cariKolom(t, "total", "total_variabel");
  if (iNo < 0 || iTotal < 0) {
    const hilang = iNo < 0 ? "no" : "total";
    throw new GalatCli(
      `${t.berkas}: kolom "${hilang}" tidak ada (tata letak: no,total[,nama] ` +
        `atau variabel_no,total_variabel[,tipe]; kolom yang ada: ${t.judul.join(", ") || "-"})`,
    );
  }
  return { iNo, iTotal };
}

/** Baris tipe yang dipilih bila ada kolom `tipe`; galat bila berkas memuat beberapa tipe tanpa --tipe. */
function pilihTipe(t: TabelCsv, tipe: string | undefined): { baris: TabelCsv["baris"]; tipe?: string } {
  const iTipe = cariKolom(t, "tipe");
  if (iTipe < 0) {
    if (tipe !== undefined)
      throw new GalatCli(`${t.berkas}: --tipe ${tipe} diberikan, tetapi berkas tidak punya kolom "tipe"`);
    return { baris: t.baris };
  }
  const ada = [...new Set(t.baris.map((b) => b.sel[iTipe].trim().toUpperCase()))];
  const dipilih = tipe?.toUpperCase() ?? (ada.length === 1 ? ada[0] : undefined);
  if (dipilih === undefined)
    throw new GalatCli(
      `${t.berkas}: kolom tipe memuat ${ada.join(", ")}; pilih satu dengan --tipe (mis. --tipe ${ada[0]})`,
    );
  const baris = t.baris.filter((b) => b.sel[iTipe].trim().toUpperCase() === dipilih);
  if (baris.length === 0)
    throw new GalatCli(`${t.berkas}: tidak ada baris bertipe ${dipilih} (tipe yang ada: ${ada.join(", ")})`);
  return { baris, tipe: dipilih };
}

/** Membaca CSV `no,total[,nama]` (atau tata letak referensi) dan menghitung proporsi serta Bobot Variabel. */
export function hitungBobotDariCsv(
  berkas: string,
  skorIdeal: number = SKOR_IDEAL_LAN,
  tipe?: string,
): HasilBobotCli & { desimalKoma: boolean } {
  const t = bacaCsv(berkas);
  pastikanJudulUnik(t);
  const { iNo, iTotal } = kolomBobot(t);
  const jNo = t.judul[iNo];
  const jTotal = t.judul[iTotal];
  const iNama = cariKolom(t, "nama");
  if (t.baris.length === 0) throw new GalatCli(`${berkas}: tidak ada baris data di bawah judul`);
  const pilihan = pilihTipe(t, tipe);
  const dilihat = new Map<number, number>();
  const baris = pilihan.baris.map((b) => {
    const no = angkaSel(t, b.baris, jNo, b.sel[iNo]);
    if (!Number.isInteger(no) || no < 1)
      throw new GalatCli(`${berkas} baris ${b.baris}, kolom ${jNo}: "${b.sel[iNo]}" bukan nomor bulat ≥ 1`);
    if (dilihat.has(no))
      throw new GalatCli(
        `${berkas} baris ${b.baris}, kolom ${jNo}: nomor ${no} sudah dipakai di baris ${dilihat.get(no)}`,
      );
    dilihat.set(no, b.baris);
    const total = angkaSel(t, b.baris, jTotal, b.sel[iTotal]);
    if (total < 0) throw new GalatCli(`${berkas} baris ${b.baris}, kolom ${jTotal}: ${b.sel[iTotal]} negatif`);
    return { no, total, ...(iNama >= 0 && b.sel[iNama] ? { nama: b.sel[iNama] } : {}) };
  });
  const totals = baris.map((b) => b.total);
  if (totals.every((x) => x === 0))
    throw new GalatCli(`${berkas}, kolom ${jTotal}: jumlah seluruh total nol, proporsi tidak terdefinisi`);
  let jumlah = 0;
  for (const x of totals) jumlah += x;
  if (!Number.isFinite(jumlah))
    throw new GalatCli(
      `${berkas}, kolom ${jTotal}: jumlah seluruh total melampaui batas angka (tidak hingga); proporsi tidak dapat dihitung`,
    );
  const p = proporsi(totals, "total");
  const b = bobotVariabel(totals, skorIdeal);
  return {
    skorIdeal,
    ...(pilihan.tipe ? { tipe: pilihan.tipe } : {}),
    variabel: baris.map((r, i) => ({
      no: r.no,
      ...(r.nama ? { nama: r.nama } : {}),
      total: r.total,
      proporsi: p[i],
      bobot: b[i],
    })),
    desimalKoma: t.desimalKoma,
  };
}

/** Tabel teks untuk manusia; angka dibulatkan hanya untuk tampilan (proporsi 9 desimal, bobot 7). */
export function formatBobot(hasil: HasilBobotCli, t: Tampilan): string {
  const judul = ["No", "Total", "Proporsi", "Bobot", "Nama"];
  const isi = hasil.variabel.map((v) => [
    String(v.no),
    t.angka(v.total),
    t.tetap(v.proporsi, 9),
    t.tetap(v.bobot, 7),
    v.nama ?? "",
  ]);
  const jumlahTotal = hasil.variabel.reduce((s, v) => s + v.total, 0);
  const jumlahBobot = hasil.variabel.reduce((s, v) => s + v.bobot, 0);
  isi.push([
    "Total",
    t.angka(Number(jumlahTotal.toFixed(10))),
    t.tetap(
      hasil.variabel.reduce((s, v) => s + v.proporsi, 0),
      9,
    ),
    t.tetap(jumlahBobot, 7),
    "",
  ]);
  const lebar = judul.map((j, k) =>
    terbesar(
      isi.map((r) => r[k].length),
      j.length,
    ),
  );
  const baris = [judul, ...isi].map((r) =>
    r
      .map((c, k) => (k === 4 ? c : c.padStart(lebar[k])))
      .join("  ")
      .trimEnd(),
  );
  return `Skor Ideal: ${t.angka(hasil.skorIdeal)}${hasil.tipe ? ` (tipe ${hasil.tipe})` : ""}\n${baris.join("\n")}\n`;
}

/**
 * Rencana --xlsx `lan bobot`: lembar Kerangka task pane (Total Variabel sebagai masukan, Proporsi dan Bobot
 * Variabel sebagai rumus) diisi total dan Skor Ideal dari berkas. Perlu tepat variabel 1–17 dan sebuah tipe
 * (--tipe atau kolom tipe), karena kerangka juga memuat Proporsi Indikator tercetak tipe itu.
 */
export function rencanaBobotDariCsv(h: HasilBobotCli, berkas: string): RencanaBukuKerja {
  if (!h.tipe || !adalahTipeDinas(h.tipe))
    throw new GalatCli(
      `${berkas}: --xlsx memerlukan --tipe I, II atau III (lembar Kerangka memuat Proporsi Indikator tercetak tipe itu)`,
    );
  const no = h.variabel.map((v) => v.no).sort((a, b) => a - b);
  if (no.length !== VARIABEL_LAN.length || no.some((n, i) => n !== i + 1))
    throw new GalatCli(
      `${berkas}: --xlsx memerlukan tepat variabel 1–${VARIABEL_LAN.length} (Bab III); berkas memuat ${no.length} variabel`,
    );
  const nilai = new Map<string, NilaiSel>([["skor-ideal", h.skorIdeal]]);
  for (const v of h.variabel) nilai.set(`total|v=${v.no}`, v.total);
  const { rencana, tidakTerpakai } = isiMasukan(
    rencanaLan({ tipe: h.tipe, pola: "lengkap", mode: "kerangka", unit: [] }),
    nilai,
  );
  if (tidakTerpakai.length > 0)
    throw new GalatCli(
      `tata letak LAN tidak memuat ${tidakTerpakai.length} sel (mis. ${tidakTerpakai[0]})`,
      "internal",
    );
  return rencana;
}
