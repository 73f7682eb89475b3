/**
 * Registri metode (src/metode, issue 24): setiap id di daftar ringan punya deskriptor lengkap dan konsisten —
 * nama dua bahasa, bacaOpsi yang menerima contoh demo dan menolak opsi salah dengan GalatKinerja, pembaca panel,
 * perintah CLI yang benar-benar terdaftar, contoh demo — dan hanya dua berkas src yang menyebut semua metode.
 */
import * as fs from "fs";
import * as path from "path";
import { buatProgram } from "../../src/cli/kinerja";
import { GalatKinerja } from "../../src/core/errors";
import { DAFTAR_METODE, ID_METODE, idMetodeDari } from "../../src/metode/daftar";
import { METODE, buatRencana, contohDemo, type IdMetode } from "../../src/metode/index";
import type { Command } from "commander";
import { daftarMetode, namaMetode } from "../../src/taskpane/ui-metode";
import { templat } from "../../src/taskpane/ui-templat";

/** Satu opsi salah per metode (jenis atau pilihan yang tidak ada), ditulis tangan dari tipe opsi di plans. */
const OPSI_SALAH: { readonly [K in IdMetode]: unknown } = {
  lan1998: { tipe: "IV", pola: "lengkap", mode: "kerangka", unit: [] },
  bsc: { unit: "Dinas A" },
  skm: { aturan: "2017", responden: "sepuluh" },
  layanan: { contoh: "ya" },
  servqual: { responden: 2.5 },
  sendi: { skalaMin: "1" },
  pekppp: { nilai: [1, "dua"] },
  pegawai: { skala: "pp30" },
  kepekaan: { pita: "abc" },
  lanAlternatif1: { baris: "10" },
  skmSiklus: { aturan: "2017" },
  sakip: { efisiensi: "bagi" },
  lke: { tahun: "2024" },
};

function galat(f: () => unknown): GalatKinerja {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(GalatKinerja);
    return e as GalatKinerja;
  }
  throw new Error("tidak ada galat");
}

describe("registri metode", () => {
  test("daftar ringan dan registri: id, urutan, nama dua bahasa, label cetak", () => {
    expect(Object.keys(METODE)).toEqual(ID_METODE);
    expect(ID_METODE).toEqual(Object.keys(DAFTAR_METODE));
    expect(ID_METODE).toHaveLength(13);
    for (const id of ID_METODE) {
      const m = METODE[id];
      expect(m.id).toBe(id);
      expect(m.nama.id.length).toBeGreaterThan(3);
      expect(m.nama.en.length).toBeGreaterThan(3);
      expect(m.label.length).toBeGreaterThan(3);
      expect(m.label.length).toBeLessThanOrEqual(31);
    }
    // id lama di catatan _pkp buku kerja lama
    expect(idMetodeDari("lan")).toBe("lan1998");
    expect(idMetodeDari("skm")).toBe("skm");
    expect(idMetodeDari("toString")).toBeUndefined();
  });

  test.each(ID_METODE)("%s: bacaOpsi menerima contoh demo (objek yang sama) dan menolak opsi salah", (id) => {
    const m = METODE[id];
    for (const d of m.demo) {
      const o = d.opsi();
      expect(m.bacaOpsi(o)).toBe(o);
    }
    for (const x of [null, 42, "opsi", [1, 2], OPSI_SALAH[id]]) {
      const e = galat(() => m.bacaOpsi(x));
      expect(e.jenis).toBe("NILAI");
      expect(e.message).toMatch(new RegExp(`^opsi ${id}`));
    }
    expect(() => buatRencana(id, OPSI_SALAH[id] as never)).toThrow(GalatKinerja);
  });

  test("opsi panel yang sah lolos bacaOpsi; id tidak dikenal → GalatKinerja", () => {
    expect(buatRencana("skm", { aturan: "2004", responden: 3 }).meta.pembangun).toBe("skm");
    expect(buatRencana("lke", {}).meta.pembangun).toBe("lke");
    expect(galat(() => buatRencana("x", {})).message).toBe("metode tidak dikenal: x");
  });

  test("panel menawarkan persis registri; setiap metode punya pembaca isian", () => {
    expect(daftarMetode()).toEqual(ID_METODE);
    const pilihan = [...templat().matchAll(/<fluent-option value="([^"]+)"[^>]*data-metode-nama=/g)].map((m) => m[1]);
    expect(pilihan).toEqual(ID_METODE);
    for (const id of ID_METODE) {
      expect(typeof METODE[id].panel).toBe("function");
      expect(namaMetode(id, "en")).toBe(DAFTAR_METODE[id].nama.en);
    }
  });

  test("CLI mendaftarkan perintah setiap metode (sendiri, atau bagian perintah lain)", () => {
    const program = buatProgram({ tulis: () => undefined, galat: () => undefined });
    const cari = (jalur: string): Command | undefined =>
      jalur.split(" ").reduce<Command | undefined>((c, nama) => c?.commands.find((x) => x.name() === nama), program);
    const urutan: number[] = [];
    for (const id of ID_METODE) {
      const cli = METODE[id].cli;
      const jalur = "perintah" in cli ? cli.perintah : cli.dalam;
      expect(cari(jalur)).toBeDefined();
      if ("perintah" in cli) urutan.push(cli.urutan);
    }
    expect(new Set(urutan).size).toBe(urutan.length);
  });

  test("opsi yang tercatat di _pkp setiap buku kerja demo lolos bacaOpsi (bangun ulang dan Periksa)", () => {
    for (const d of contohDemo()) {
      const { meta } = d.rencana();
      const id = idMetodeDari(meta.pembangun);
      expect({ berkas: d.berkas, id }).toEqual({ berkas: d.berkas, id: expect.any(String) });
      const ulang = buatRencana(meta.pembangun, meta.opsi);
      expect(ulang.meta).toEqual(meta);
    }
  });

  test("contoh demo: nama berkas dan urutan unik, dalam urutan tulis", () => {
    const d = contohDemo();
    expect(new Set(d.map((x) => x.berkas)).size).toBe(d.length);
    expect(d.map((x) => x.urutan)).toEqual([...d.map((x) => x.urutan)].sort((a, b) => a - b));
    expect(new Set(d.map((x) => x.urutan)).size).toBe(d.length);
    expect(d).toHaveLength(18);
  });
});

describe("metode baru hanya butuh deskriptor dan berkasnya sendiri", () => {
  /** Berkas .ts di bawah `dir`. */
  function berkasTs(dir: string): string[] {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const p = path.join(dir, e.name);
      return e.isDirectory() ? berkasTs(p) : e.name.endsWith(".ts") ? [p] : [];
    });
  }

  test("hanya metode/daftar.ts dan metode/index.ts yang menyebut semua metode", () => {
    const akar = path.join(__dirname, "..", "..", "src");
    // menyebut metode = id sebagai teks ("lanAlternatif1") atau kunci objek (lanAlternatif1: / lanAlternatif1,)
    const menyebut = (teks: string, id: string): boolean =>
      new RegExp(`["'\`]${id}["'\`]|^\\s*${id}\\s*[:,]`, "m").test(teks);
    const daftar = berkasTs(akar)
      .filter((f) => {
        const teks = fs.readFileSync(f, "utf8");
        return ID_METODE.filter((id) => menyebut(teks, id)).length >= ID_METODE.length / 2;
      })
      .map((f) => path.relative(akar, f).split(path.sep).join("/"))
      .sort();
    expect(daftar).toEqual(["metode/daftar.ts", "metode/index.ts"]);
  });
});
