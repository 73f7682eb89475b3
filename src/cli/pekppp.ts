/**
 * Subperintah `kinerja pekppp --input FILE.csv [--xlsx F] [--json]`: Indeks Pelayanan Publik (PEKPPP). Kolom
 * aspek,indikator,nilai dan opsional bobot_indikator (pecahan; kosong di seluruh aspek = bobot sama).
 * Nama aspek dan judul kolom dicocokkan tanpa membedakan huruf besar/kecil. Aspek tanpa baris = galat; aspek
 * yang tidak dikenal disebut namanya lebih dulu.
 *
 * --xlsx memakai lembar PEKPPP task pane (30 indikator baku): setiap baris harus menunjuk satu indikator baku
 * (nomor 1–30, kode, atau nama) dan ke-30 indikator harus ada; bobot indikator di buku kerja diisi bobot yang
 * dipakai perhitungan ini (dari berkas, atau sama rata), sehingga IPP buku kerja = IPP di sini.
 */
import { cariAspek, hitungPekppp, type BarisPekppp, type HasilPekppp } from "../core/pekppp";
import { ASPEK_PEKPPP, INDIKATOR_PEKPPP } from "../frameworks/pekppp";
import { isiMasukan, type NilaiSel, type RencanaBukuKerja } from "../plans/rencana";
import { rencanaPekppp } from "../plans/pekppp";
import { buatTampilan, terbesar, type Tampilan } from "./angka";
import { GalatCli, awaliTempat } from "./galat";
import { angkaSel, bacaCsv, indeksKolom, pastikanJudulUnik } from "./csv";
import { VERSI_PEKPPP, type KodeVersiPekppp } from "../frameworks/aturan-versi";

export interface OpsiPekppp {
  input: string;
  json?: boolean;
  /** Versi aturan (bobot aspek): "2022" (berlaku, bawaan) atau "2017" (frameworks/aturan-versi.ts). */
  versi?: KodeVersiPekppp;
}

interface BarisPekpppCli extends BarisPekppp {
  baris: number;
  indikator: string;
}

export interface HasilPekpppCli extends HasilPekppp {
  desimalKoma: boolean;
  /** Baris masukan (untuk --xlsx). */
  masukan: BarisPekpppCli[];
  berkas: string;
  versi: (typeof VERSI_PEKPPP)[number];
}

/** Versi aturan PEKPPP menurut kodenya; kode lain → GalatCli. */
export function versiPekppp(kode: string = "2022"): (typeof VERSI_PEKPPP)[number] {
  const v = VERSI_PEKPPP.find((x) => x.kode === kode);
  if (!v) throw new GalatCli(`--versi "${kode}" tidak dikenal (${VERSI_PEKPPP.map((x) => x.kode).join(", ")})`);
  return v;
}

/** Menghitung IPP dari berkas; galat menjadi GalatCli (kode keluar 2) yang menyebut baris. */
export function hitungPekpppDariCsv(berkas: string, versi: KodeVersiPekppp = "2022"): HasilPekpppCli {
  const v = versiPekppp(versi);
  const t = bacaCsv(berkas);
  pastikanJudulUnik(t);
  const iA = indeksKolom(t, "aspek");
  const iI = indeksKolom(t, "indikator");
  const iN = indeksKolom(t, "nilai");
  const iB = t.kolom.indexOf("bobot_indikator");
  if (t.baris.length === 0) throw new GalatCli(`${berkas}: tidak ada baris data di bawah judul`);
  const baris: BarisPekpppCli[] = t.baris.map((b) => {
    if (b.sel[iA].trim() === "") throw new GalatCli(`${berkas} baris ${b.baris}, kolom ${t.judul[iA]}: kosong`);
    if (b.sel[iI].trim() === "") throw new GalatCli(`${berkas} baris ${b.baris}, kolom ${t.judul[iI]}: kosong`);
    try {
      cariAspek(b.sel[iA]);
    } catch (e) {
      throw awaliTempat(e, `${berkas}: baris ${b.baris} (${b.sel[iI].trim()})`);
    }
    const nilai = angkaSel(t, b.baris, t.judul[iN], b.sel[iN]);
    const bobot = iB >= 0 && b.sel[iB].trim() !== "" ? angkaSel(t, b.baris, t.judul[iB], b.sel[iB]) : null;
    return {
      aspek: b.sel[iA],
      nilai,
      bobot,
      label: `baris ${b.baris} (${b.sel[iI].trim()})`,
      baris: b.baris,
      indikator: b.sel[iI].trim(),
    };
  });
  try {
    return { ...hitungPekppp(baris, v.bobotAspek), desimalKoma: t.desimalKoma, masukan: baris, berkas, versi: v };
  } catch (e) {
    throw awaliTempat(e, berkas);
  }
}

/** Indikator baku yang ditunjuk teks (nomor 1–30, kode, atau nama; tanpa membedakan huruf besar/kecil). */
function indikatorBaku(teks: string): number | undefined {
  const s = teks.trim().toLowerCase();
  const no = /^\d+$/.test(s) ? Number(s) : NaN;
  const i = INDIKATOR_PEKPPP.find((x) => x.no === no || x.kode.toLowerCase() === s || x.nama.toLowerCase() === s);
  return i?.no;
}

/** Rencana --xlsx: lembar PEKPPP task pane diisi nilai dan bobot indikator yang dipakai perhitungan. */
export function rencanaPekpppDariCsv(h: HasilPekpppCli): RencanaBukuKerja {
  // Lembar PEKPPP memakai bobot aspek aturan berlaku; versi lain akan memberi angka yang berbeda dari --json.
  if (!h.versi.berlaku)
    throw new GalatCli(
      `--xlsx hanya untuk aturan berlaku (${versiPekppp("2022").aturan}); --versi ${h.versi.kode} dihitung dengan --json atau teks`,
    );
  const nilai = new Map<string, NilaiSel>();
  const dilihat = new Map<number, number>();
  for (const b of h.masukan) {
    const no = indikatorBaku(b.indikator);
    if (no === undefined)
      throw new GalatCli(
        `${h.berkas} baris ${b.baris}: --xlsx memakai 30 indikator baku PEKPPP; "${b.indikator}" bukan nomor (1–30), kode atau nama indikator baku`,
      );
    if (dilihat.has(no))
      throw new GalatCli(`${h.berkas} baris ${b.baris}: indikator baku ${no} sudah ada di baris ${dilihat.get(no)}`);
    const ind = INDIKATOR_PEKPPP[no - 1];
    const aspek = ASPEK_PEKPPP.find((a) => a.indikator.includes(ind))!;
    if (cariAspek(b.aspek).kode !== aspek.kode)
      throw new GalatCli(
        `${h.berkas} baris ${b.baris}: indikator baku ${no} termasuk aspek ${aspek.nama}, bukan ${b.aspek.trim()}`,
      );
    dilihat.set(no, b.baris);
    const sekelompok = h.masukan.filter((x) => cariAspek(x.aspek).kode === aspek.kode).length;
    nilai.set(`nilai|indikator=${no}`, b.nilai);
    nilai.set(`bobot|indikator=${no}`, b.bobot ?? 1 / sekelompok);
  }
  const hilang = INDIKATOR_PEKPPP.filter((i) => !dilihat.has(i.no)).map((i) => i.no);
  if (hilang.length > 0)
    throw new GalatCli(
      `${h.berkas}: --xlsx memerlukan ke-30 indikator baku PEKPPP; tidak ada indikator ${hilang.join(", ")}`,
    );
  const { rencana, tidakTerpakai } = isiMasukan(rencanaPekppp({ responden: 10 }), nilai);
  if (tidakTerpakai.length > 0)
    throw new GalatCli(
      `tata letak PEKPPP tidak memuat ${tidakTerpakai.length} sel (mis. ${tidakTerpakai[0]})`,
      "internal",
    );
  return rencana;
}

/** Teks untuk manusia; angka dibulatkan hanya untuk tampilan. */
export function formatPekppp(h: HasilPekppp, t: Tampilan = buatTampilan(false)): string {
  const judul = ["Aspek", "Bobot", "Nilai"];
  const isi = h.aspek.map((a) => [a.nama, `${t.angka(Number((a.bobot * 100).toFixed(6)))}%`, t.tetap(a.nilai, 4)]);
  const lebar = judul.map((j, k) =>
    terbesar(
      isi.map((r) => r[k].length),
      j.length,
    ),
  );
  const baris = [judul, ...isi].map((r) =>
    r
      .map((c, k) => (k === 0 ? c.padEnd(lebar[k]) : c.padStart(lebar[k])))
      .join("  ")
      .trimEnd(),
  );
  return `${baris.join("\n")}\nIPP: ${t.tetap(h.indeks, 4)}\nKategori: ${h.huruf} ${h.kategori}\n`;
}

/** Teks `kinerja pekppp`: aturan yang dipakai (dan peringatan bila bukan aturan berlaku), lalu tabel aspek. */
export function formatPekpppCli(h: HasilPekpppCli, t: Tampilan = buatTampilan(false)): string {
  return `Aturan: ${h.versi.aturan}${h.versi.berlaku ? "" : ` — bukan aturan berlaku; ${h.versi.sumber}`}\n${formatPekppp(h, t)}`;
}

/** Objek JSON `pekppp`: {versi, aturan, aspek: [{nama, bobot, nilai}], indeks, kategori, huruf}. */
export function objekJsonPekppp(h: HasilPekpppCli): object {
  return {
    versi: h.versi.kode,
    aturan: h.versi.aturan,
    aspek: h.aspek.map((a) => ({ nama: a.nama, bobot: a.bobot, nilai: a.nilai })),
    indeks: h.indeks,
    kategori: h.kategori,
    huruf: h.huruf,
  };
}

/** `kinerja pekppp`: mengembalikan seluruh keluaran sekaligus; melempar GalatCli bila masukan tidak dapat dipakai. */
export function jalankanPekppp(opsi: OpsiPekppp): string {
  const h = hitungPekpppDariCsv(opsi.input, opsi.versi);
  if (opsi.json) return JSON.stringify(objekJsonPekppp(h)) + "\n";
  return formatPekpppCli(h);
}
