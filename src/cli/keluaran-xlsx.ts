/**
 * Rencana `--xlsx BERKAS` untuk `kinerja skm`, `kinerja bsc` dan `kinerja lan hitung`: data CSV dimasukkan ke sel
 * masukan rencana yang sama dengan task pane (menurut kuncinya); kinerja.ts menulisnya sebagai .xlsx dengan
 * rumus hidup. Tidak ada perhitungan di sini: angka di buku kerja dihitung oleh rumus Excel.
 */
import { rencanaBsc } from "../plans/bsc";
import { rencanaLan } from "../plans/lan";
import { tambahPembandingLan } from "../plans/lan-pembanding";
import { isiMasukan, type NilaiSel, type RencanaBukuKerja } from "../plans/rencana";
import { rencanaSkm } from "../plans/skm";
import { INDIKATOR_LAN } from "../frameworks/lan1998";
import { GalatCli } from "./galat";
import type { HasilBscCli } from "./bsc";
import type { HasilLanHitungCli } from "./lan-hitung";
import type { HasilSkmCli } from "./skm";

export function rencanaSkmDariCsv(h: HasilSkmCli): RencanaBukuKerja {
  return rencanaSkm({
    aturan: h.aturan,
    penimbang: h.penimbang,
    responden: h.jawaban.length,
    jawaban: h.jawaban.map((b) => b.map((x) => (x === "" ? null : x))),
  });
}

export function rencanaBscDariCsv(h: HasilBscCli): RencanaBukuKerja {
  return rencanaBsc({
    ...(h.lantai === undefined ? {} : { lantai: h.lantai }),
    perspektif: h.perspektif.map((p) => ({
      nama: p.nama,
      bobot: p.bobot,
      indikator: p.indikator.map((k) => ({
        nama: k.indikator,
        arah: k.arah,
        bobot: k.bobot,
        target: k.target,
        realisasi: k.realisasi,
      })),
    })),
  });
}

export function rencanaLanDariCsv(h: HasilLanHitungCli): RencanaBukuKerja {
  const r = rencanaLan({ tipe: h.tipe ?? "I", pola: "lengkap", mode: "hitungBobot", unit: h.unit });
  const nilai = new Map<string, NilaiSel>([["skor-ideal", h.skorIdeal]]);
  INDIKATOR_LAN.forEach((ind, i) => h.unit.forEach((u, k) => nilai.set(`skor|i=${ind.no}|u=${u}`, h.skor[i][k])));
  const { rencana, tidakTerpakai } = isiMasukan(r, nilai);
  if (tidakTerpakai.length > 0)
    throw new GalatCli(
      `tata letak LAN tidak memuat ${tidakTerpakai.length} sel skor (mis. ${tidakTerpakai[0]})`,
      "internal",
    );
  // --tipe: Bobot Variabel tercetak Lampiran 5–7 sebagai pembanding, seperti di --json
  return h.tipe ? tambahPembandingLan(rencana, h.tipe) : rencana;
}
