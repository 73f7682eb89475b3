/**
 * Host task pane untuk peramban biasa (tanpa Excel, atau office.js tidak dapat dimuat): rencana yang sama
 * (registri metode/index.ts) ditulis oleh adaptor .xlsx (hosts/xlsx/xlsx.ts, ExcelJS) di peramban, lalu diunduh.
 * ExcelJS dan pembangun dimuat belakangan (import dinamis → potongan "xlsx" dan "pembangun", muat.ts), jadi
 * taskpane.js tetap kecil.
 * Tanpa panggilan jaringan selain memuat potongan-potongan itu dari situs yang sama.
 */
import type { RencanaBukuKerja } from "../plans/rencana";
import { PEMUAT_BELAKANGAN, type Pemuat } from "./muat";
import type { HasilBangun, HostUI } from "./ui";

export const JENIS_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Nama berkas unduhan: penilaian-<metode>-<tanggal lokal>.xlsx. */
export function namaBerkas(id: string, waktu: Date = new Date()): string {
  const dua = (n: number): string => String(n).padStart(2, "0");
  return `penilaian-${id}-${waktu.getFullYear()}-${dua(waktu.getMonth() + 1)}-${dua(waktu.getDate())}.xlsx`;
}

/** Menyimpan byte sebagai unduhan (tautan sementara dengan atribut download). */
export function unduhBerkas(data: ArrayBuffer, nama: string): void {
  const url = URL.createObjectURL(new Blob([data], { type: JENIS_XLSX }));
  const a = document.createElement("a");
  a.href = url;
  a.download = nama;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}

export interface OpsiHostUnduh {
  /** Penulis .xlsx (bawaan: bufferXlsx dari potongan yang dimuat belakangan). */
  tulis?: (r: RencanaBukuKerja) => Promise<ArrayBuffer>;
  simpan?: (data: ArrayBuffer, nama: string) => void;
  waktu?: () => Date;
  /** Pemuat pembangun (bawaan: potongan "pembangun", muat.ts). */
  muat?: Pick<Pemuat, "pembangun">;
}

const tulisBawaan = async (r: RencanaBukuKerja): Promise<ArrayBuffer> => {
  const { bufferXlsx } = await import(/* webpackChunkName: "xlsx" */ "../hosts/xlsx/xlsx.js");
  return bufferXlsx(r);
};

export function buatHostUnduh(opsi: OpsiHostUnduh = {}): HostUI {
  const tulis = opsi.tulis ?? tulisBawaan;
  const simpan = opsi.simpan ?? unduhBerkas;
  const muat = opsi.muat ?? PEMUAT_BELAKANGAN;
  return {
    jenis: "unduh",
    async bangun(p, alat): Promise<HasilBangun> {
      alat.kemajuan(10, "Menyusun tata letak");
      const { buatRencana } = await muat.pembangun();
      const rencana = buatRencana(p.id, p.opsi);
      alat.kemajuan(40, "Menulis buku kerja");
      const data = await tulis(rencana);
      const berkas = namaBerkas(p.id, opsi.waktu?.() ?? new Date());
      simpan(data, berkas);
      alat.kemajuan(100, "Selesai");
      const lembar = rencana.lembar.map((l) => l.nama);
      return {
        dibatalkan: false,
        lembar,
        peringatan: [],
        dilewati: [],
        konflik: [],
        dipertahankan: 0,
        tersimpan: 0,
        jumlahSync: 0,
        ukuranMuatan: data.byteLength,
        berkas,
      };
    },
  };
}
