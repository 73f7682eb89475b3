/**
 * Subperintah `kinerja layanan --input LOG.csv [--ringkasan penyelesaian|ketepatan|capaian] [--xlsx F] [--json]`:
 * rasio kinerja pelayanan per jenis layanan (seed 000 dan 001): penyelesaian = selesai / masuk, ketepatan waktu
 * = (selesai − terlambat) / selesai, capaian = realisasi / target, juga untuk baris Jumlah.
 *
 * Kolom (tanpa membedakan huruf besar/kecil; nama lain seperti berkas kasus test/fixtures/kasus apa adanya):
 * jenis (jenis_pelayanan, produk, layanan), masuk (pemohon_masuk), selesai (jumlah_selesai, pemohon_selesai),
 * terlambat (jumlah_melebihi_batas_waktu), target, realisasi; belum_selesai (pemohon_belum_selesai) diperiksa
 * = masuk − selesai. Sel kosong = tidak ada data (rasio itu kosong, null di JSON).
 */
import type { Command } from "commander";
import { capaianTarget, ketepatanWaktu, penyelesaian } from "../core/layanan";
import { rencanaLayanan, type BarisLayanan, type UkuranRingkasan } from "../plans/layanan";
import { terbesar, type Tampilan } from "./angka";
import { GalatCli, awaliTempat } from "./galat";
import { angkaSel, bacaCsv, cariKolom, pastikanJudulUnik, type TabelCsv } from "./csv";
import { selesaikan, type Keluaran } from "./keluaran";
import { contoh, opsiKeluaran, type OpsiKeluaran } from "./perintah";
import { susunTabel } from "./skm";
import { Option } from "commander";

const KOLOM: Record<string, string[]> = {
  jenis: ["jenis", "jenis_pelayanan", "jenis pelayanan", "jenis layanan", "produk", "layanan"],
  masuk: ["masuk", "pemohon_masuk", "jumlah_masuk"],
  selesai: ["selesai", "jumlah_selesai", "pemohon_selesai"],
  terlambat: ["terlambat", "jumlah_melebihi_batas_waktu", "melebihi_batas_waktu"],
  target: ["target"],
  realisasi: ["realisasi"],
  belum: ["belum_selesai", "pemohon_belum_selesai"],
};

export interface BarisLayananCli extends BarisLayanan {
  penyelesaian: number | null;
  ketepatanWaktu: number | null;
  capaian: number | null;
}

export interface HasilLayananCli {
  layanan: BarisLayananCli[];
  jumlah: BarisLayananCli;
  ringkasan: UkuranRingkasan;
}

/** Rasio bila kedua masukannya ada; galat inti menjadi GalatCli yang menyebut baris. */
function rasio(
  f: (a: number, b: number) => number,
  a: number | undefined,
  b: number | undefined,
  tempat: string,
): number | null {
  if (a === undefined || b === undefined) return null;
  try {
    return f(a, b);
  } catch (e) {
    throw awaliTempat(e, tempat);
  }
}

function lengkapi(b: BarisLayanan, tempat: string): BarisLayananCli {
  return {
    ...b,
    penyelesaian: rasio(penyelesaian, b.selesai, b.masuk, tempat),
    ketepatanWaktu: rasio(ketepatanWaktu, b.selesai, b.terlambat, tempat),
    capaian: rasio(capaianTarget, b.realisasi, b.target, tempat),
  };
}

function indeksKolomLayanan(t: TabelCsv): Record<string, number> {
  const i: Record<string, number> = {};
  for (const [k, alias] of Object.entries(KOLOM)) i[k] = cariKolom(t, ...alias);
  t.kolom.forEach((k, j) => {
    if (!Object.values(KOLOM).some((a) => a.includes(k)))
      throw new GalatCli(
        `${t.berkas} baris 1, kolom ${j + 1}: kolom "${t.judul[j]}" tidak dikenal (kolom: jenis, masuk, selesai, terlambat, target, realisasi, belum_selesai)`,
      );
  });
  if (i.jenis < 0)
    throw new GalatCli(
      `${t.berkas}: kolom "jenis" tidak ada (nama lain: ${KOLOM.jenis.slice(1).join(", ")}; kolom yang ada: ${t.judul.join(", ")})`,
    );
  if (["masuk", "selesai", "terlambat", "target", "realisasi"].every((k) => i[k] < 0))
    throw new GalatCli(`${t.berkas}: tidak ada kolom angka (masuk, selesai, terlambat, target, realisasi)`);
  return i;
}

export function hitungLayananDariCsv(
  berkas: string,
  ringkasan: UkuranRingkasan = "ketepatan",
): HasilLayananCli & { desimalKoma: boolean } {
  const t = bacaCsv(berkas);
  pastikanJudulUnik(t);
  const i = indeksKolomLayanan(t);
  if (t.baris.length === 0) throw new GalatCli(`${berkas}: tidak ada baris layanan di bawah judul`);
  const angka = (b: { baris: number; sel: string[] }, k: string): number | undefined => {
    if (i[k] < 0 || b.sel[i[k]].trim() === "") return undefined;
    const x = angkaSel(t, b.baris, t.judul[i[k]], b.sel[i[k]]);
    if (x < 0) throw new GalatCli(`${berkas} baris ${b.baris}, kolom ${t.judul[i[k]]}: ${b.sel[i[k]]} negatif`);
    return x;
  };
  const layanan = t.baris.map((b) => {
    const jenis = b.sel[i.jenis].trim();
    if (jenis === "") throw new GalatCli(`${berkas} baris ${b.baris}, kolom ${t.judul[i.jenis]}: kosong`);
    const isi: BarisLayanan = { jenis };
    for (const k of ["masuk", "selesai", "terlambat", "target", "realisasi"] as const) {
      const x = angka(b, k);
      if (x !== undefined) isi[k] = x;
    }
    const belum = angka(b, "belum");
    if (
      belum !== undefined &&
      isi.masuk !== undefined &&
      isi.selesai !== undefined &&
      Math.abs(isi.masuk - isi.selesai - belum) > 1e-9 * Math.max(1, isi.masuk)
    ) {
      throw new GalatCli(
        `${berkas} baris ${b.baris}, kolom ${t.judul[i.belum]}: ${belum} ≠ masuk − selesai = ${isi.masuk - isi.selesai}`,
      );
    }
    return lengkapi(isi, `${berkas} baris ${b.baris}`);
  });
  const jumlahKolom = (k: "masuk" | "selesai" | "terlambat" | "target" | "realisasi"): number | undefined => {
    const ada = layanan.filter((b) => b[k] !== undefined);
    return ada.length === 0 ? undefined : ada.reduce((s, b) => s + (b[k] as number), 0);
  };
  const total: BarisLayanan = { jenis: "Jumlah" };
  for (const k of ["masuk", "selesai", "terlambat", "target", "realisasi"] as const) {
    const x = jumlahKolom(k);
    if (x !== undefined) total[k] = x;
  }
  return { layanan, jumlah: lengkapi(total, `${berkas}, baris Jumlah`), ringkasan, desimalKoma: t.desimalKoma };
}

export function formatLayanan(h: HasilLayananCli, t: Tampilan): string {
  const a = (x: number | undefined) => (x === undefined ? "" : t.angka(x));
  const p = (x: number | null) => (x === null ? "" : t.persen(x, 2));
  const baris = [...h.layanan, h.jumlah].map((b) => [
    b.jenis,
    a(b.masuk),
    a(b.selesai),
    a(b.terlambat),
    a(b.target),
    a(b.realisasi),
    p(b.penyelesaian),
    p(b.ketepatanWaktu),
    p(b.capaian),
  ]);
  // kolom yang seluruhnya kosong tidak ditampilkan
  const judul = [
    "Jenis layanan",
    "Masuk",
    "Selesai",
    "Terlambat",
    "Target",
    "Realisasi",
    "Penyelesaian",
    "Ketepatan waktu",
    "Capaian",
  ];
  const tampil = judul.map(
    (_, k) =>
      k === 0 ||
      terbesar(
        baris.map((r) => r[k].length),
        0,
      ) > 0,
  );
  return (
    susunTabel(
      judul.filter((_, k) => tampil[k]),
      baris.map((r) => r.filter((_, k) => tampil[k])),
    ) + "\n"
  );
}

/** Mendaftarkan `kinerja layanan`. */
export function perintahLayanan(induk: Command, keluar: Keluaran): Command {
  const cmd = induk
    .command("layanan")
    .description(
      "Rasio kinerja pelayanan per jenis layanan: penyelesaian, ketepatan waktu, capaian target (seed 000, 001)",
    )
    .requiredOption(
      "-i, --input <berkas.csv>",
      "kolom jenis, masuk, selesai, terlambat, target, realisasi (boleh sebagian)",
    )
    .addOption(
      new Option("--ringkasan <ukuran>", "ukuran yang diringkas dan diperingkat di buku kerja --xlsx")
        .choices(["penyelesaian", "ketepatan", "capaian"])
        .default("ketepatan"),
    );
  opsiKeluaran(cmd);
  contoh(
    cmd,
    "kinerja layanan --input test/fixtures/kasus/dumai-timur-2021-pelayanan.csv",
    "  (Pengurusan Kartu Keluarga: selesai 905, terlambat 7 → ketepatan waktu 898/905 = 99,23%)",
  );
  cmd.action(async (o: OpsiKeluaran & { input: string; ringkasan: UkuranRingkasan }) => {
    const h = hitungLayananDariCsv(o.input, o.ringkasan);
    const { desimalKoma, ...json } = h;
    await selesaikan(
      {
        json,
        sumber: o.input,
        desimalKoma,
        teks: (t) => formatLayanan(h, t),
        rencana: () =>
          rencanaLayanan({
            contoh: false,
            data: h.layanan.map(({ jenis, masuk, selesai, terlambat, target, realisasi }) => ({
              jenis,
              masuk,
              selesai,
              terlambat,
              target,
              realisasi,
            })),
            barisKosong: 0,
            ringkasan: h.ringkasan,
          }),
      },
      o,
      keluar,
    );
  });
  return cmd;
}
