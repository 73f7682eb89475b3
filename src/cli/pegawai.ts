/**
 * Subperintah `kinerja pegawai --input NILAI.csv [--skala pp46|lan] [--bobot 1,1,1,1,1] [--xlsx F] [--json]`:
 * nilai tertimbang dan kategori tiap pegawai atas lima aspek (seed 002). Kolom: nama (atau pegawai), lalu lima
 * kolom aspek bernama kode atau nama aspek (kualitas, kemampuan, kerjasama, tanggungJawab, kreativitas; tanpa
 * membedakan huruf besar/kecil). Nama pegawai ditampilkan persis seperti ditulis.
 */
import { Command, Option } from "commander";
import { kategoriPegawai, nilaiPegawai } from "../core/pegawai";
import { ASPEK_PEGAWAI, SKALA_PEGAWAI_LAN, SKALA_PEGAWAI_PP46, type SkalaPegawai } from "../frameworks/pegawai";
import { rencanaPegawai } from "../plans/pegawai";
import type { Tampilan } from "./angka";
import { GalatCli, awaliTempat } from "./galat";
import { angkaSel, bacaCsv, cariKolom, pastikanJudulUnik } from "./csv";
import { selesaikan, type Keluaran } from "./keluaran";
import { contoh, opsiKeluaran, type OpsiKeluaran } from "./perintah";
import { uraiBobot } from "./servqual";
import { susunTabel } from "./skm";

export interface HasilPegawaiCli {
  skala: SkalaPegawai;
  aspek: string[];
  bobot: number[];
  pegawai: { nama: string; skor: number[]; nilai: number; kategori: string }[];
}

export function hitungPegawaiDariCsv(
  berkas: string,
  skala: SkalaPegawai = "pp46",
  bobot: number[] | null = null,
): HasilPegawaiCli & { desimalKoma: boolean } {
  const t = bacaCsv(berkas);
  pastikanJudulUnik(t);
  const iNama = cariKolom(t, "nama", "pegawai");
  if (iNama < 0) throw new GalatCli(`${berkas}: kolom "nama" tidak ada (kolom yang ada: ${t.judul.join(", ")})`);
  const iAspek = ASPEK_PEGAWAI.map((a) =>
    cariKolom(t, a.kode.toLowerCase(), a.nama.toLowerCase(), a.namaNaskah.toLowerCase()),
  );
  const hilang = ASPEK_PEGAWAI.filter((_, j) => iAspek[j] < 0);
  if (hilang.length > 0)
    throw new GalatCli(
      `${berkas}: kolom aspek ${hilang.map((a) => `"${a.kode}"`).join(", ")} tidak ada (lima aspek: ${ASPEK_PEGAWAI.map((a) => a.kode).join(", ")})`,
    );
  t.kolom.forEach((_, j) => {
    if (j !== iNama && !iAspek.includes(j))
      throw new GalatCli(
        `${berkas} baris 1, kolom ${j + 1}: kolom "${t.judul[j]}" tidak dikenal (nama, ${ASPEK_PEGAWAI.map((a) => a.kode).join(", ")})`,
      );
  });
  if (bobot && bobot.length !== ASPEK_PEGAWAI.length)
    throw new GalatCli(`--bobot: ada ${bobot.length} bobot, aspeknya ${ASPEK_PEGAWAI.length}`);
  if (t.baris.length === 0) throw new GalatCli(`${berkas}: tidak ada baris pegawai di bawah judul`);
  const { min, maks } = skala === "lan" ? SKALA_PEGAWAI_LAN : SKALA_PEGAWAI_PP46;
  const pegawai = t.baris.map((b) => {
    const nama = b.sel[iNama].trim();
    if (nama === "") throw new GalatCli(`${berkas} baris ${b.baris}, kolom ${t.judul[iNama]}: kosong`);
    const skor = iAspek.map((i) => {
      const x = angkaSel(t, b.baris, t.judul[i], b.sel[i]);
      if (x < min || x > maks)
        throw new GalatCli(
          `${berkas} baris ${b.baris}, kolom ${t.judul[i]}: skor ${b.sel[i].trim()} di luar skala ${min}–${maks}`,
        );
      return x;
    });
    try {
      const nilai = nilaiPegawai(skor, bobot, skala);
      return { nama, skor, nilai, kategori: kategoriPegawai(nilai, skala) };
    } catch (e) {
      throw awaliTempat(e, `${berkas} baris ${b.baris}`);
    }
  });
  return {
    skala,
    aspek: ASPEK_PEGAWAI.map((a) => a.kode),
    bobot: bobot ?? ASPEK_PEGAWAI.map(() => 1),
    pegawai,
    desimalKoma: t.desimalKoma,
  };
}

export function formatPegawai(h: HasilPegawaiCli, t: Tampilan): string {
  const tabel = susunTabel(
    ["Pegawai", ...ASPEK_PEGAWAI.map((a) => a.kode), "Nilai", "Kategori"],
    h.pegawai.map((p) => [p.nama, ...p.skor.map((x) => t.angka(x)), t.tetap(p.nilai, 2), p.kategori]),
  );
  const skala =
    h.skala === "lan" ? "skala prestasi LAN 1998 (1 Istimewa … 5 Tidak memuaskan)" : "skor 0–100, kategori PP 46/2011";
  return `${tabel}\nBobot: ${h.bobot.map((w) => t.angka(w)).join(" / ")}; ${skala}\n`;
}

/** Mendaftarkan `kinerja pegawai`. */
export function perintahPegawai(induk: Command, keluar: Keluaran): Command {
  const cmd = induk
    .command("pegawai")
    .description("Nilai tertimbang dan kategori kinerja pegawai atas lima aspek (seed 002; PP 46/2011 atau skala LAN)")
    .requiredOption(
      "-i, --input <berkas.csv>",
      `kolom nama lalu lima aspek: ${ASPEK_PEGAWAI.map((a) => a.kode).join(", ")}`,
    )
    .addOption(
      new Option("--skala <skala>", "pp46 (skor 0–100) atau lan (prestasi 1–5)")
        .choices(["pp46", "lan"])
        .default("pp46"),
    )
    .option("--bobot <daftar>", "bobot lima aspek, mis. 30,20,20,15,15 (bawaan sama)");
  opsiKeluaran(cmd);
  contoh(
    cmd,
    "kinerja pegawai --input pegawai.csv --bobot 30,20,20,15,15",
    "  (skor 80,90,70,100,60 → (2400+1800+1400+1500+900)/100 = 80,00 → Baik)",
  );
  cmd.action(async (o: OpsiKeluaran & { input: string; skala: SkalaPegawai; bobot?: string }) => {
    const h = hitungPegawaiDariCsv(o.input, o.skala, o.bobot !== undefined ? uraiBobot(o.bobot) : null);
    const { desimalKoma, ...json } = h;
    await selesaikan(
      {
        json,
        sumber: o.input,
        desimalKoma,
        teks: (t) => formatPegawai(h, t),
        rencana: () =>
          rencanaPegawai({
            pegawai: h.pegawai.length,
            skala: h.skala,
            bobot: h.bobot,
            nama: h.pegawai.map((p) => p.nama),
            skor: h.pegawai.map((p) => p.skor),
          }),
      },
      o,
      keluar,
    );
  });
  return cmd;
}
