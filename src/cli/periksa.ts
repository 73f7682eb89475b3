/**
 * Subperintah `kinerja periksa BUKU.xlsx [--json]`: audit buku kerja terhadap rencana add-in.
 * Kode keluar: 0 tidak ada temuan; 1 ada temuan; 2 berkas tidak dapat dibaca (GalatCli).
 */
import { openSync, readSync, closeSync, statSync } from "node:fs";
import { modulXlsx } from "../hosts/xlsx/berkas";
import { periksaBukuKerja } from "../periksa/periksa";
import { formatTemuan } from "../periksa/temuan";
import { GalatCli } from "./galat";
import { UKURAN_MAKS } from "./csv";

/** Memastikan berkas ada, tidak terlalu besar, dan berupa arsip ZIP (.xlsx); selain itu GalatCli kode 2. */
function pastikanXlsx(berkas: string): void {
  let ukuran: number;
  try {
    const st = statSync(berkas);
    if (st.isDirectory()) throw new GalatCli(`${berkas}: adalah folder, bukan berkas .xlsx`);
    ukuran = st.size;
  } catch (e) {
    if (e instanceof GalatCli) throw e;
    throw new GalatCli(`${berkas}: berkas tidak ditemukan atau tidak dapat dibaca`);
  }
  if (ukuran > UKURAN_MAKS)
    throw new GalatCli(`${berkas}: terlalu besar (${ukuran} byte; batas ${UKURAN_MAKS})`, "batas");
  const kepala = Buffer.alloc(4);
  let terbaca: number;
  try {
    const fd = openSync(berkas, "r");
    try {
      terbaca = readSync(fd, kepala, 0, 4, 0);
    } finally {
      closeSync(fd);
    }
  } catch {
    throw new GalatCli(`${berkas}: berkas tidak dapat dibaca`);
  }
  if (terbaca < 4 || kepala[0] !== 0x50 || kepala[1] !== 0x4b)
    throw new GalatCli(`${berkas}: bukan buku kerja .xlsx (bukan arsip ZIP Office Open XML)`);
}

/** `kinerja periksa`: teks laporan (atau JSON {temuan: [...]}) dan kode keluar. */
export async function jalankanPeriksa(berkas: string, json: boolean): Promise<{ teks: string; kode: number }> {
  pastikanXlsx(berkas);
  let buku: Awaited<ReturnType<ReturnType<typeof modulXlsx>["bacaXlsx"]>>;
  try {
    buku = await modulXlsx().bacaXlsx(berkas);
  } catch {
    throw new GalatCli(`${berkas}: bukan buku kerja .xlsx yang dapat dibaca (berkas rusak atau format lain)`);
  }
  if (Object.keys(buku.lembar).length === 0)
    throw new GalatCli(`${berkas}: bukan buku kerja .xlsx yang dapat dibaca (arsip ZIP tanpa lembar kerja)`);
  const temuan = periksaBukuKerja(buku.lembar);
  const kode = temuan.length > 0 ? 1 : 0;
  if (json)
    return {
      teks:
        JSON.stringify({
          temuan: temuan.map((t) => ({
            sheet: t.sheet,
            sel: t.sel,
            jenis: t.jenis,
            pesan: t.pesan,
            ...(t.diharapkan !== undefined ? { diharapkan: t.diharapkan } : {}),
            ...(t.ditemukan !== undefined ? { ditemukan: t.ditemukan } : {}),
          })),
        }) + "\n",
      kode,
    };
  return { teks: formatTemuan(temuan), kode };
}
