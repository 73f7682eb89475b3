/**
 * Unsur untuk rencana tindak lanjut hasil SKM: NRR unit terendah (tiga, atau semua di bawah ambang), urutan sama
 * dengan kolom bantu lembar Hasil dan lembar Tindak Lanjut (plans/skm-siklus/tindak-lanjut.ts).
 */
import { galatNilai } from "../errors";
import { BANYAK_TINDAK_LANJUT } from "../../frameworks/skm-siklus";

export interface UnsurTindakLanjut {
  /** Nomor unsur 0-based. */
  unsur: number;
  nrr: number;
}

/**
 * Unsur untuk rencana tindak lanjut dari NRR unit: urut NRR naik (NRR kembar menurut nomor unsur; kunci urut
 * NRR + nomor/10⁹ sama dengan kolom bantu lembar Hasil), lalu tiga terendah (tanpa ambang) atau semua unsur
 * dengan NRR < ambang.
 * @throws #VALUE! bila ambang bukan angka terhingga
 */
export function pilihTindakLanjut(nrr: readonly number[], ambang?: number): UnsurTindakLanjut[] {
  if (ambang !== undefined && !Number.isFinite(ambang)) throw galatNilai(`ambang NRR ${ambang} bukan angka`);
  const urut = nrr.map((v, j) => ({ unsur: j, nrr: v, kunci: v + (j + 1) / 1e9 })).sort((a, b) => a.kunci - b.kunci);
  const pilih = ambang === undefined ? urut.slice(0, BANYAK_TINDAK_LANJUT) : urut.filter((x) => x.nrr < ambang);
  return pilih.map(({ unsur, nrr: v }) => ({ unsur, nrr: v }));
}
