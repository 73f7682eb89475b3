/**
 * Subperintah `kinerja sendi --input SKOR.csv [--skala-min 1] [--skala-maks 5] [--xlsx F] [--json]`: delapan
 * sendi pelayanan (Kepmenpan 81/1993): total, rata-rata, persentase terhadap skor maksimum dan sendi terlemah.
 * Kolom: sendi (nomor 1–8, kode atau nama; tanpa membedakan huruf besar/kecil), skor, bukti (opsional).
 */
import { Command } from "commander";
import { persenSendi, rataRataSendi, sendiTerlemah, totalSendi } from "../core/sendi";
import { SENDI_PELAYANAN, SKALA_SENDI_BAWAAN } from "../frameworks/sendi";
import { rencanaSendi } from "../plans/sendi";
import type { Tampilan } from "./angka";
import { GalatCli, awaliTempat } from "./galat";
import { angkaSel, bacaCsv, cariKolom, indeksKolom, pastikanJudulUnik } from "./csv";
import { selesaikan, type Keluaran } from "./keluaran";
import { contoh, opsiAngka, opsiKeluaran, type OpsiKeluaran } from "./perintah";
import { susunTabel } from "./skm";

export interface HasilSendiCli {
  skala: { min: number; maks: number };
  sendi: { no: number; nama: string; skor: number; bukti?: string }[];
  total: number;
  rataRata: number;
  persen: number;
  terlemah: string;
}

function cariSendi(teks: string): (typeof SENDI_PELAYANAN)[number] | undefined {
  const s = teks.trim().toLowerCase();
  return SENDI_PELAYANAN.find((x) => String(x.no) === s || x.kode.toLowerCase() === s || x.nama.toLowerCase() === s);
}

export function hitungSendiDariCsv(
  berkas: string,
  skala: { min: number; maks: number } = SKALA_SENDI_BAWAAN,
): HasilSendiCli & { desimalKoma: boolean } {
  if (!(skala.min < skala.maks))
    throw new GalatCli(`--skala-min ${skala.min} harus lebih kecil dari --skala-maks ${skala.maks}`);
  const t = bacaCsv(berkas);
  pastikanJudulUnik(t);
  const iS = indeksKolom(t, "sendi");
  const iK = indeksKolom(t, "skor");
  const iB = cariKolom(t, "bukti", "catatan");
  if (t.baris.length === 0) throw new GalatCli(`${berkas}: tidak ada baris sendi di bawah judul`);
  const skor = new Map<number, { skor: number; bukti?: string; baris: number }>();
  for (const b of t.baris) {
    const s = cariSendi(b.sel[iS]);
    if (!s)
      throw new GalatCli(
        `${berkas} baris ${b.baris}, kolom ${t.judul[iS]}: sendi "${b.sel[iS].trim()}" tidak dikenal (${SENDI_PELAYANAN.map((x) => x.nama).join(", ")})`,
      );
    if (skor.has(s.no))
      throw new GalatCli(
        `${berkas} baris ${b.baris}, kolom ${t.judul[iS]}: sendi ${s.nama} sudah ada di baris ${skor.get(s.no)!.baris}`,
      );
    const x = angkaSel(t, b.baris, t.judul[iK], b.sel[iK]);
    if (x < skala.min || x > skala.maks)
      throw new GalatCli(
        `${berkas} baris ${b.baris}, kolom ${t.judul[iK]}: skor ${b.sel[iK].trim()} di luar skala ${skala.min}–${skala.maks}`,
      );
    const bukti = iB >= 0 ? b.sel[iB].trim() : "";
    skor.set(s.no, { skor: x, baris: b.baris, ...(bukti ? { bukti } : {}) });
  }
  const hilang = SENDI_PELAYANAN.filter((s) => !skor.has(s.no));
  if (hilang.length > 0)
    throw new GalatCli(
      `${berkas}: sendi ${hilang.map((s) => s.nama).join(", ")} tidak ada; kedelapan sendi diperlukan`,
    );
  const sendi = SENDI_PELAYANAN.map((s) => ({
    no: s.no,
    nama: s.nama,
    skor: skor.get(s.no)!.skor,
    ...(skor.get(s.no)!.bukti ? { bukti: skor.get(s.no)!.bukti } : {}),
  }));
  const x = sendi.map((s) => s.skor);
  try {
    return {
      skala: { min: skala.min, maks: skala.maks },
      sendi,
      total: totalSendi(x, skala),
      rataRata: rataRataSendi(x, skala),
      persen: persenSendi(x, skala),
      terlemah: sendiTerlemah(x, null, skala),
      desimalKoma: t.desimalKoma,
    };
  } catch (e) {
    throw awaliTempat(e, berkas);
  }
}

export function formatSendi(h: HasilSendiCli, t: Tampilan): string {
  const tabel = susunTabel(
    ["No", "Sendi pelayanan", "Skor", "Bukti"],
    h.sendi.map((s) => [String(s.no), s.nama, t.angka(s.skor), s.bukti ?? ""]),
  );
  return (
    `${tabel}\nTotal: ${t.angka(h.total)} dari ${t.angka(h.sendi.length * h.skala.maks)}\nRata-rata: ` +
    `${t.tetap(h.rataRata, 2)}\nPersentase: ${t.persen(h.persen, 2)}\nSendi terlemah: ` +
    `${h.terlemah}\n`
  );
}

/** Mendaftarkan `kinerja sendi`. */
export function perintahSendi(induk: Command, keluar: Keluaran): Command {
  const cmd = induk
    .command("sendi")
    .description("Delapan sendi pelayanan (Kepmenpan 81/1993): total, rata-rata, persentase, sendi terlemah")
    .requiredOption("-i, --input <berkas.csv>", "kolom sendi (nomor, kode atau nama), skor, bukti (opsional)")
    .option("--skala-min <n>", `skor terendah (bawaan ${SKALA_SENDI_BAWAAN.min})`, opsiAngka("--skala-min"))
    .option("--skala-maks <n>", `skor tertinggi (bawaan ${SKALA_SENDI_BAWAAN.maks})`, opsiAngka("--skala-maks"));
  opsiKeluaran(cmd);
  contoh(
    cmd,
    "kinerja sendi --input sendi.csv --skala-maks 5",
    "  (skor 4,3,5,2,4,3,2,5 → total 28 dari 40 = 70,00%; terlemah Keterbukaan; Keadilan yang merata)",
  );
  cmd.action(async (o: OpsiKeluaran & { input: string; skalaMin?: number; skalaMaks?: number }) => {
    const skala = { min: o.skalaMin ?? SKALA_SENDI_BAWAAN.min, maks: o.skalaMaks ?? SKALA_SENDI_BAWAAN.maks };
    const h = hitungSendiDariCsv(o.input, skala);
    const { desimalKoma, ...json } = h;
    await selesaikan(
      {
        json,
        sumber: o.input,
        desimalKoma,
        teks: (t) => formatSendi(h, t),
        rencana: () =>
          rencanaSendi({
            skalaMin: skala.min,
            skalaMaks: skala.maks,
            skor: h.sendi.map((s) => s.skor),
            bukti: h.sendi.map((s) => s.bukti ?? ""),
          }),
      },
      o,
      keluar,
    );
  });
  return cmd;
}
