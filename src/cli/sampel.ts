/**
 * Subperintah `kinerja sampel N [--galat 5%] [--pembulatan terdekat|atas] [--xlsx F] [--json]`: ukuran sampel
 * responden survei untuk populasi N, dua rumus yang masing-masing disebut namanya:
 * - Krejcie & Morgan (1970): s = X²·N·P(1−P) / (d²(N−1) + X²·P(1−P)), X² = 3,841, P = 0,5, d = 0,05 (dipakai
 *   pedoman SKM PermenPAN-RB 14/2017); dibulatkan ke terdekat (cocok dengan Tabel 1 artikel) atau ke atas;
 * - Slovin: n = N / (1 + N·e²), e = batas galat (bawaan 5%), dibulatkan ke atas (kebiasaan yang umum).
 * Buku kerja --xlsx memuat kedua rumus sebagai rumus Excel hidup atas sel N dan e.
 */
import { Command, Option } from "commander";
import { ukuranSampelKrejcieMorgan, ukuranSampelKrejcieMorganMentah, type PembulatanSampel } from "../core/skm";
import { KREJCIE_MORGAN, TOLERANSI_BATAS_SKM } from "../frameworks/skm";
import { hitung, judul, label, masukan, persegi, type RencanaBukuKerja } from "../plans/rencana";
import type { Tampilan } from "./angka";
import { GalatCli, awaliTempat } from "./galat";
import { selesaikan, type Keluaran } from "./keluaran";
import { contoh, opsiAngka, opsiKeluaran, type OpsiKeluaran } from "./perintah";

export interface HasilSampel {
  populasi: number;
  krejcieMorgan: { nama: string; sampel: number; mentah: number; pembulatan: PembulatanSampel };
  slovin: { nama: string; sampel: number; mentah: number; galat: number };
}

export function hitungSampel(populasi: number, galat = 0.05, pembulatan: PembulatanSampel = "terdekat"): HasilSampel {
  if (!Number.isInteger(populasi) || populasi < 1)
    throw new GalatCli(`populasi N harus bilangan bulat ≥ 1, bukan ${populasi}`);
  if (!(galat > 0 && galat < 1))
    throw new GalatCli(`--galat harus di antara 0 dan 1 (mis. 5% atau 0,05), bukan ${galat}`);
  try {
    const mentahSlovin = populasi / (1 + populasi * galat * galat);
    return {
      populasi,
      krejcieMorgan: {
        nama: "Krejcie & Morgan (1970)",
        sampel: ukuranSampelKrejcieMorgan(populasi, pembulatan),
        mentah: ukuranSampelKrejcieMorganMentah(populasi),
        pembulatan,
      },
      slovin: { nama: "Slovin", sampel: Math.ceil(mentahSlovin - TOLERANSI_BATAS_SKM), mentah: mentahSlovin, galat },
    };
  } catch (e) {
    throw awaliTempat(e, `populasi ${populasi}`);
  }
}

export function formatSampel(h: HasilSampel, t: Tampilan): string {
  return (
    `Populasi N = ${h.populasi}\n` +
    (
      `Krejcie & Morgan (1970): ${h.krejcieMorgan.sampel} responden (rumus ` +
      `${t.tetap(h.krejcieMorgan.mentah, 4)}, dibulatkan ` +
      `${h.krejcieMorgan.pembulatan === "atas" ? "ke atas" : "ke terdekat"}; X² = 3,841, P = 0,5, d = 0,05)\n`
    ).replace(/3,841|0,5|0,05/g, (m) => t.teks(m)) +
    (`Slovin (e = ${t.persen(h.slovin.galat, 1).replace(/[.,]0%$/, "%")}): ${h.slovin.sampel} responden (rumus ` +
      `${t.tetap(h.slovin.mentah, 4)}, dibulatkan ke atas)\n`)
  );
}

/** Rencana buku kerja: N dan e sebagai masukan, kedua ukuran sampel sebagai rumus Excel asli. */
export function rencanaSampel(h: HasilSampel): RencanaBukuKerja {
  const { khiKuadrat: x2, proporsi: p, presisi: d } = KREJCIE_MORGAN;
  const km = `${x2}*B4*${p}*(1-${p})/(${d}^2*(B4-1)+${x2}*${p}*(1-${p}))`;
  const slovin = "B4/(1+B4*B5^2)";
  const bulat = (r: string, atas: boolean) => (atas ? `=ROUNDUP(${r}-${TOLERANSI_BATAS_SKM},0)` : `=ROUND(${r},0)`);
  return {
    meta: { pembangun: "sampel", versi: 1, opsi: { pembulatan: h.krejcieMorgan.pembulatan } },
    lembar: [
      {
        nama: "Ukuran Sampel",
        blok: [
          {
            mulai: "A1",
            sel: persegi([
              [judul("Ukuran sampel responden")],
              [
                label(
                  "Krejcie & Morgan (1970): X² = 3,841, P = 0,5, d = 0,05. Slovin: n = N / (1 + N·e²), dibulatkan ke atas.",
                  "catatan",
                ),
              ],
            ]),
          },
          {
            mulai: "A4",
            sel: persegi([
              [label("Populasi (N)"), masukan("populasi", h.populasi, "#,##0")],
              [label("Batas galat Slovin (e)"), masukan("galat", h.slovin.galat, "0.0%")],
              [label("Krejcie & Morgan (rumus)"), hitung(`=${km}`, "0.0000")],
              [
                label(
                  `Krejcie & Morgan (dibulatkan ${h.krejcieMorgan.pembulatan === "atas" ? "ke atas" : "ke terdekat"})`,
                ),
                hitung(bulat(km, h.krejcieMorgan.pembulatan === "atas"), "0", "total"),
              ],
              [label("Slovin (rumus)"), hitung(`=${slovin}`, "0.0000")],
              [label("Slovin (dibulatkan ke atas)"), hitung(bulat(slovin, true), "0", "total")],
            ]),
          },
        ],
        lebarKolom: [
          { kolom: "A", lebar: 34 },
          { kolom: "B", lebar: 14 },
        ],
      },
    ],
  };
}

/** Mendaftarkan `kinerja sampel`. */
export function perintahSampel(induk: Command, keluar: Keluaran): Command {
  const cmd = induk
    .command("sampel")
    .description("Ukuran sampel responden dari populasi N: Krejcie & Morgan (1970) dan Slovin")
    .argument("<N>", "besar populasi (bilangan bulat ≥ 1, mis. 1500)", opsiAngka("N", { bulat: true, min: 1 }))
    .option(
      "--galat <e>",
      "batas galat Slovin, mis. 5% atau 0,05 (bawaan 5%)",
      opsiAngka("--galat", { positif: true, maksEksklusif: 1 }),
    )
    .addOption(
      new Option("--pembulatan <cara>", "pembulatan Krejcie & Morgan")
        .choices(["terdekat", "atas"])
        .default("terdekat"),
    );
  opsiKeluaran(cmd);
  contoh(
    cmd,
    "kinerja sampel 1500 --galat 5%",
    "  (Krejcie & Morgan: 306; Slovin: 1500 / (1 + 1500 × 0,05²) = 315,79 → 316)",
  );
  cmd.action(async (n: number, o: OpsiKeluaran & { galat?: number; pembulatan: PembulatanSampel }) => {
    const h = hitungSampel(n, o.galat ?? 0.05, o.pembulatan);
    await selesaikan(
      { json: h, sumber: `populasi ${n}`, teks: (t) => formatSampel(h, t), rencana: () => rencanaSampel(h) },
      o,
      keluar,
    );
  });
  return cmd;
}
