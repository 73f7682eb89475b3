/**
 * Menulis berkas keluaran tanpa setengah jadi: setiap berkas ditulis dulu ke berkas sementara di folder yang
 * sama (`.NAMA.<pid>.<acak>.tmp`), lalu di-rename ke tempatnya (rename dalam satu sistem berkas bersifat atomik:
 * pembaca melihat berkas lama yang utuh atau berkas baru yang utuh, juga bila proses dibunuh di tengah
 * penulisan). Berkas yang sudah ada hanya diganti dengan --timpa. `tulisSemuaAtomik` menulis beberapa berkas:
 * semua atau tidak satu pun (bila satu gagal, berkas sementara dihapus dan berkas lama dikembalikan); berkasnya
 * ditulis dulu ke SATU folder sementara `.kinerja.<pid>.<acak>.tmp` di folder tujuan, jadi proses yang dibunuh
 * meninggalkan paling banyak satu sisa. Sisa dari proses yang sudah tidak berjalan (pid mati) dihapus pada
 * penulisan berikutnya ke folder itu, dan dilaporkan (`dibersihkan`).
 * Galat sistem (ENOENT, EACCES, …) menjadi pesan berbahasa Indonesia yang menyebut jalurnya.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { randomBytes } from "node:crypto";
import { GalatCli, galatSistem } from "./galat";

/** Membuat folder (beserta induknya); galat sistem menjadi pesan berbahasa Indonesia. */
export function buatFolder(folder: string): void {
  try {
    if (existsSync(folder) && !statSync(folder).isDirectory())
      throw new GalatCli(`${folder}: tidak dapat membuat folder: sudah ada sebuah berkas dengan nama itu`);
    mkdirSync(folder, { recursive: true });
  } catch (e) {
    throw galatSistem(e, folder, "membuat folder");
  }
}

function jalurSementara(berkas: string): string {
  return join(dirname(berkas), `.${basename(berkas)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
}

function hapusDiam(jalur: string): void {
  try {
    rmSync(jalur, { force: true, recursive: true });
  } catch {
    // berkas sementara yang tak terhapus tidak mengubah hasil; diabaikan
  }
}

/** Nama sisa berkas/folder sementara buatan modul ini: `.NAMA.<pid>.<8 heks>.tmp`; pid-nya, atau null. */
export function pidSementara(nama: string): number | null {
  const m = nama.match(/^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/);
  return m ? Number(m[1]) : null;
}

function prosesHidup(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as { code?: string }).code === "EPERM";
  }
}

/**
 * Menghapus sisa berkas/folder sementara di `folder` yang ditinggalkan proses yang terhenti (pid tidak lagi
 * berjalan). Mengembalikan nama yang dihapus (untuk dilaporkan); galat diabaikan (sisa tidak mengubah hasil).
 */
export function bersihkanSisa(folder: string): string[] {
  let isi: string[];
  try {
    isi = readdirSync(folder);
  } catch {
    return [];
  }
  const dihapus: string[] = [];
  for (const n of isi) {
    const pid = pidSementara(n);
    if (pid === null || prosesHidup(pid)) continue;
    hapusDiam(join(folder, n));
    if (!existsSync(join(folder, n))) dihapus.push(n);
  }
  return dihapus;
}

export interface BerkasDitulis {
  berkas: string;
  /** Benar bila berkas lama diganti (hanya dengan --timpa). */
  diganti: boolean;
  /** Sisa sementara proses yang terhenti yang dihapus dari folder berkas ini sebelum menulis. */
  dibersihkan: string[];
}

export interface TugasTulis {
  berkas: string;
  /** Menulis isi lengkap ke jalur yang diberikan (berkas sementara). */
  tulis: (jalur: string) => Promise<void>;
}

/** Memastikan folder tujuan ada dan target boleh ditulis; mengembalikan apakah target sudah ada. */
function periksaTarget(berkas: string, timpa: boolean): boolean {
  const folder = dirname(berkas);
  let ada = false;
  try {
    if (!existsSync(folder)) throw new GalatCli(`${berkas}: tidak dapat ditulis: folder ${folder} tidak ada`);
    if (!statSync(folder).isDirectory())
      throw new GalatCli(`${berkas}: tidak dapat ditulis: ${folder} adalah berkas, bukan folder`);
    if (existsSync(berkas)) {
      if (statSync(berkas).isDirectory())
        throw new GalatCli(`${berkas}: tidak dapat ditulis: adalah folder, bukan berkas`);
      ada = true;
    }
  } catch (e) {
    throw galatSistem(e, berkas, "ditulis");
  }
  if (ada && !timpa) throw new GalatCli(`${berkas}: sudah ada; tidak ditimpa (pakai --timpa untuk menggantinya)`);
  return ada;
}

/**
 * Menulis beberapa berkas: semua atau tidak satu pun. Urutan: periksa semua target (tidak ada yang ditulis bila
 * satu target sudah ada tanpa --timpa); tulis semua ke berkas sementara; lalu pindahkan ke tempatnya. Bila satu
 * langkah gagal, berkas sementara dihapus dan berkas yang sudah dipindahkan dikembalikan ke isi lamanya.
 */
export async function tulisSemuaAtomik(tugas: TugasTulis[], timpa: boolean): Promise<BerkasDitulis[]> {
  let ada: boolean[];
  try {
    ada = tugas.map((t) => periksaTarget(t.berkas, timpa));
  } catch (e) {
    if (e instanceof GalatCli && tugas.length > 1) throw new GalatCli(`${e.message}; tidak ada berkas yang ditulis`);
    throw e;
  }
  const dibersihkan = new Map<string, string[]>();
  for (const t of tugas)
    if (!dibersihkan.has(dirname(t.berkas))) dibersihkan.set(dirname(t.berkas), bersihkanSisa(dirname(t.berkas)));
  // beberapa berkas: satu folder sementara per folder tujuan (sisa paling banyak satu bila proses dibunuh)
  const folderSementara = new Map<string, string>();
  const sementara: string[] = [];
  try {
    for (const t of tugas) {
      let tmp = jalurSementara(t.berkas);
      if (tugas.length > 1) {
        const d = dirname(t.berkas);
        if (!folderSementara.has(d)) {
          const f = join(d, `.kinerja.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
          try {
            mkdirSync(f);
          } catch (e) {
            throw galatSistem(e, d, "ditulis");
          }
          folderSementara.set(d, f);
        }
        tmp = join(folderSementara.get(d) as string, basename(t.berkas));
      }
      sementara.push(tmp);
      try {
        await t.tulis(tmp);
      } catch (e) {
        throw galatSistem(e, t.berkas, "ditulis");
      }
    }
  } catch (e) {
    sementara.forEach(hapusDiam);
    folderSementara.forEach(hapusDiam);
    if (e instanceof GalatCli && tugas.length > 1) throw new GalatCli(`${e.message}; tidak ada berkas yang ditulis`);
    throw e;
  }
  // pindahkan: berkas lama disimpan dulu sebagai cadangan agar dapat dikembalikan bila pemindahan berikutnya gagal
  const selesai: { berkas: string; cadangan?: string }[] = [];
  try {
    tugas.forEach((t, i) => {
      let cadangan: string | undefined;
      try {
        if (ada[i] && tugas.length > 1) {
          cadangan = jalurSementara(t.berkas);
          renameSync(t.berkas, cadangan);
        }
        renameSync(sementara[i], t.berkas);
      } catch (e) {
        if (cadangan && !existsSync(t.berkas)) renameSync(cadangan, t.berkas);
        throw galatSistem(e, t.berkas, "ditulis");
      }
      selesai.push({ berkas: t.berkas, cadangan });
    });
  } catch (e) {
    for (const s of selesai.reverse()) {
      hapusDiam(s.berkas);
      if (s.cadangan) renameSync(s.cadangan, s.berkas);
    }
    sementara.forEach(hapusDiam);
    folderSementara.forEach(hapusDiam);
    throw e;
  }
  selesai.forEach((s) => s.cadangan && hapusDiam(s.cadangan));
  folderSementara.forEach(hapusDiam);
  return tugas.map((t, i) => ({
    berkas: t.berkas,
    diganti: ada[i],
    dibersihkan: dibersihkan.get(dirname(t.berkas)) ?? [],
  }));
}

/** Menulis satu berkas secara atomik (lihat tulisSemuaAtomik). */
export async function tulisAtomik(
  berkas: string,
  tulis: (jalur: string) => Promise<void>,
  timpa: boolean,
): Promise<BerkasDitulis> {
  return (await tulisSemuaAtomik([{ berkas, tulis }], timpa))[0];
}
