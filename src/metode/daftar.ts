/**
 * Daftar ringan metode (satu dari dua berkas src yang menyebut semua metode; yang lain metode/index.ts):
 * id, nama dalam Bahasa Indonesia dan Inggris (pilihan metode task pane), label cetak pendek (kepala halaman,
 * plans/tata-letak.ts), bagian isian panel yang tampil (HTML dan pembacanya di taskpane/bagian/<id>.ts), id
 * lama yang mungkin masih tercatat di `_pkp` buku kerja lama, dan perintah `kinerja`-nya (modul CLI dimuat
 * belakangan lewat `require` di dalam fungsi; bundel peramban mengabaikannya, IgnorePlugin di webpack.config.js).
 * Urutan kunci = urutan pilihan di panel.
 *
 * Hanya mengimpor bagian isian (HTML polos dan pembaca kecil): task pane memuat berkas ini untuk tampilan pertama
 * tanpa kode pembangun (yang dimuat belakangan bersama registri lengkap, metode/index.ts). Menambah metode:
 * docs/menambah-metode.md.
 */
import type { BagianIsian } from "../taskpane/isian";
import type { BagianPerintahCli, PerintahCli } from "./jenis";
import { BAGIAN_KEPEKAAN } from "../taskpane/bagian/kepekaan";
import { BAGIAN_LAN_ALT1 } from "../taskpane/bagian/lan-alternatif1";
import { BAGIAN_LAN } from "../taskpane/bagian/lan1998";
import { BAGIAN_LAYANAN } from "../taskpane/bagian/layanan";
import { BAGIAN_PEGAWAI } from "../taskpane/bagian/pegawai";
import { BAGIAN_PEKPPP } from "../taskpane/bagian/pekppp";
import { BAGIAN_SAKIP } from "../taskpane/bagian/sakip";
import { BAGIAN_SENDI } from "../taskpane/bagian/sendi";
import { BAGIAN_SERVQUAL } from "../taskpane/bagian/servqual";
import { BAGIAN_SKM_SIKLUS } from "../taskpane/bagian/skm-siklus";
import { BAGIAN_SKM } from "../taskpane/bagian/skm";
import { BAGIAN_UNIT } from "../taskpane/bagian/unit";

/** Bahasa antarmuka task pane: Bahasa Indonesia (utama) dan Inggris. */
export type Bahasa = "id" | "en";

/** Keterangan ringan satu metode. */
export interface InfoMetode {
  /** Nama di pilihan metode task pane: Bahasa Indonesia dan Inggris. */
  readonly nama: { readonly [B in Bahasa]: string };
  /** Nama pendek untuk kepala halaman cetak (≤ 30 karakter). */
  readonly label: string;
  /** Bagian isian task pane yang tampil untuk metode ini (taskpane/bagian/<id>.ts; bagian bersama sekali di templat). */
  readonly bagian: readonly BagianIsian[];
  /** Id lama yang dapat tercatat di `_pkp` buku kerja buatan versi lama. */
  readonly alias?: readonly string[];
  /**
   * Perintah `kinerja` metode ini (nama, urutan di `--help`, pemuat modul src/cli yang dimuat belakangan), atau
   * perintah metode lain yang menjalankannya. Di daftar ringan, bukan di deskriptor, agar `kinerja <perintah>`
   * tidak memuat registri lengkap dan semua pembangun (issue 26, mulai ramping; bench/mulai.js).
   */
  readonly cli: PerintahCli | BagianPerintahCli;
}

export const DAFTAR_METODE = {
  lan1998: {
    nama: { id: "Pola LAN 1998", en: "LAN 1998 pattern" },
    label: "Pola LAN 1998",
    bagian: [BAGIAN_LAN, BAGIAN_UNIT],
    alias: ["lan"],
    cli: {
      perintah: "lan",
      urutan: 1,
      muat: () => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- dimuat belakangan (Node saja; webpack mengabaikan src/cli)
        return (require("../cli/perintah-lan") as typeof import("../cli/perintah-lan")).perintahLan;
      },
    },
  },
  bsc: {
    nama: { id: "Balanced Scorecard", en: "Balanced Scorecard" },
    label: "Balanced Scorecard",
    bagian: [BAGIAN_UNIT],
    cli: {
      perintah: "bsc",
      urutan: 3,
      muat: () => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- dimuat belakangan (Node saja; webpack mengabaikan src/cli)
        return (require("../cli/perintah-bsc") as typeof import("../cli/perintah-bsc")).perintahBsc;
      },
    },
  },
  skm: {
    nama: { id: "Survei Kepuasan Masyarakat (SKM)", en: "Community Satisfaction Survey (SKM)" },
    label: "Survei Kepuasan Masyarakat",
    bagian: [BAGIAN_SKM],
    cli: {
      perintah: "skm",
      urutan: 2,
      muat: () => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- dimuat belakangan (Node saja; webpack mengabaikan src/cli)
        return (require("../cli/perintah-skm") as typeof import("../cli/perintah-skm")).perintahSkm;
      },
    },
  },
  layanan: {
    nama: { id: "Log kinerja layanan", en: "Service performance log" },
    label: "Kinerja layanan",
    bagian: [BAGIAN_LAYANAN],
    cli: {
      perintah: "layanan",
      urutan: 7,
      muat: () => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- dimuat belakangan (Node saja; webpack mengabaikan src/cli)
        return (require("../cli/layanan") as typeof import("../cli/layanan")).perintahLayanan;
      },
    },
  },
  servqual: {
    nama: { id: "Kualitas pelayanan (SERVQUAL)", en: "Service quality (SERVQUAL)" },
    label: "SERVQUAL",
    bagian: [BAGIAN_SERVQUAL],
    cli: {
      perintah: "servqual",
      urutan: 4,
      muat: () => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- dimuat belakangan (Node saja; webpack mengabaikan src/cli)
        return (require("../cli/perintah-servqual") as typeof import("../cli/perintah-servqual")).perintahServqual;
      },
    },
  },
  sendi: {
    nama: { id: "Sendi pelayanan (Kepmenpan 81/1993)", en: "Service principles (Kepmenpan 81/1993)" },
    label: "Sendi pelayanan (81/1993)",
    bagian: [BAGIAN_SENDI],
    cli: {
      perintah: "sendi",
      urutan: 8,
      muat: () => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- dimuat belakangan (Node saja; webpack mengabaikan src/cli)
        return (require("../cli/sendi") as typeof import("../cli/sendi")).perintahSendi;
      },
    },
  },
  pekppp: {
    nama: { id: "Evaluasi unit pelayanan (PEKPPP / IPP)", en: "Service unit evaluation (PEKPPP / IPP)" },
    label: "PEKPPP / IPP",
    bagian: [BAGIAN_PEKPPP],
    cli: {
      perintah: "pekppp",
      urutan: 5,
      muat: () => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- dimuat belakangan (Node saja; webpack mengabaikan src/cli)
        return (require("../cli/perintah-pekppp") as typeof import("../cli/perintah-pekppp")).perintahPekppp;
      },
    },
  },
  pegawai: {
    nama: { id: "Kinerja pegawai (lima aspek)", en: "Employee performance (five aspects)" },
    label: "Kinerja pegawai",
    bagian: [BAGIAN_PEGAWAI],
    cli: {
      perintah: "pegawai",
      urutan: 9,
      muat: () => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- dimuat belakangan (Node saja; webpack mengabaikan src/cli)
        return (require("../cli/pegawai") as typeof import("../cli/pegawai")).perintahPegawai;
      },
    },
  },
  kepekaan: {
    nama: {
      id: "Kepekaan bobot (rentang tepat, tornado, stabilitas)",
      en: "Weight sensitivity (exact ranges, tornado, stability)",
    },
    label: "Kepekaan bobot",
    bagian: [BAGIAN_KEPEKAAN],
    cli: {
      perintah: "kepekaan",
      urutan: 6,
      muat: () => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- dimuat belakangan (Node saja; webpack mengabaikan src/cli)
        return (require("../cli/perintah-kepekaan") as typeof import("../cli/perintah-kepekaan")).perintahKepekaan;
      },
    },
  },
  lanAlternatif1: {
    nama: {
      id: "LAN 1998 — Alternatif I (prestasi per jenis pelayanan)",
      en: "LAN 1998 — Alternative I (level per service)",
    },
    label: "LAN 1998 — Alternatif I",
    bagian: [BAGIAN_LAN_ALT1],
    cli: { dalam: "lan prestasi" },
  },
  skmSiklus: {
    nama: {
      id: "Siklus SKM dari jawaban formulir (per layanan dan periode)",
      en: "SKM cycle from form answers (per service and period)",
    },
    label: "Siklus SKM",
    bagian: [BAGIAN_SKM_SIKLUS],
    cli: { dalam: "skm" },
  },
  sakip: {
    nama: {
      id: "Siklus SAKIP (PK, realisasi triwulan, capaian, serapan, LKjIP Bab III)",
      en: "SAKIP cycle (performance agreement, quarterly actuals, achievement, budget absorption, LKjIP chapter III)",
    },
    label: "SAKIP (Perpres 29/2014)",
    bagian: [BAGIAN_SAKIP],
    cli: {
      perintah: "sakip",
      urutan: 11,
      muat: () => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- dimuat belakangan (Node saja; webpack mengabaikan src/cli)
        return (require("../cli/sakip") as typeof import("../cli/sakip")).perintahSakip;
      },
    },
  },
  lke: {
    nama: {
      id: "LKE mandiri akuntabilitas kinerja (PermenPAN-RB 88/2021)",
      en: "Accountability self-evaluation sheet (LKE, PermenPAN-RB 88/2021)",
    },
    label: "LKE AKIP (PermenPAN-RB 88/2021)",
    bagian: [],
    cli: {
      perintah: "lke",
      urutan: 12,
      muat: () => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- dimuat belakangan (Node saja; webpack mengabaikan src/cli)
        return (require("../cli/sakip") as typeof import("../cli/sakip")).perintahLke;
      },
    },
  },
} as const satisfies Readonly<Record<string, InfoMetode>>;

export type IdMetode = keyof typeof DAFTAR_METODE;

/** Id metode dalam urutan daftar (urutan pilihan metode di panel). */
export const ID_METODE = Object.keys(DAFTAR_METODE) as readonly IdMetode[];

export function adalahIdMetode(x: unknown): x is IdMetode {
  return typeof x === "string" && Object.prototype.hasOwnProperty.call(DAFTAR_METODE, x);
}

/** Keterangan metode `id` (bertipe lebar, untuk membaca kolom opsional seperti `alias`). */
export function infoMetode(id: IdMetode): InfoMetode {
  return DAFTAR_METODE[id];
}

/** Id metode dari nama pembangun yang tercatat (termasuk id lama, `alias`); tidak dikenal → undefined. */
export function idMetodeDari(pembangun: string): IdMetode | undefined {
  if (adalahIdMetode(pembangun)) return pembangun;
  return ID_METODE.find((id) => infoMetode(id).alias?.includes(pembangun));
}

function punyaPerintah(c: PerintahCli | BagianPerintahCli): c is PerintahCli {
  return "perintah" in c;
}

/** Perintah `kinerja` milik metode (yang punya perintah sendiri), dalam urutan daftar. */
export function perintahMetode(): PerintahCli[] {
  return ID_METODE.map((id) => infoMetode(id).cli).filter(punyaPerintah);
}
