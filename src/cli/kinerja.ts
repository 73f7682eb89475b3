#!/usr/bin/env node
/**
 * `kinerja`: baris perintah Penilaian Kinerja Pelayanan untuk peneliti dan auditor.
 * Kode keluar: 0 berhasil; 1 ada temuan (periksa); 2 perintah tidak dapat dijalankan (peta golongan galat →
 * kode keluar: cli/galat.ts). Tidak ada keluaran sebagian: hasil ditulis sekaligus setelah seluruh perhitungan
 * selesai.
 */
import { Command, CommanderError, Option } from "commander";
import { perintahMetode } from "../metode/daftar";
import type { DaftarkanPerintah, PerintahCli } from "../metode/jenis";
import { tampilanDari } from "./angka";
import { KODE_KELUAR, KODE_KELUAR_OPSI, tanggapanGalat } from "./galat";
import type { Keluaran } from "./keluaran";
import { PerintahKinerja, contoh, terjemahkanGalat } from "./perintah";

export type { Keluaran } from "./keluaran";

/**
 * Modul subperintah alat dimuat saat dipakai: demo dan periksa (semua rencana, buku kerja) saat dijalankan,
 * sampel dan reproduksi (angka tercetak LAN) saat didaftarkan, agar `kinerja … --json` mulai ramping
 * (issue 26; bench/mulai.js).
 */
function muat<T>(modul: "./demo" | "./periksa" | "./sampel" | "./reproduksi"): T {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- dimuat belakangan (Node); import() asli tidak tersedia di Jest
  return require(modul) as T;
}

const ARTI_KELUAR = "Kode keluar: 0 berhasil; 1 ada temuan (periksa); 2 masukan tidak dapat dipakai.";

/** Perintah alat (bukan metode): ukuran sampel, Periksa, reproduksi angka tercetak, buku kerja contoh. */
const PERINTAH_ALAT: readonly PerintahCli[] = [
  { perintah: "sampel", urutan: 10, muat: () => muat<typeof import("./sampel")>("./sampel").perintahSampel },
  { perintah: "periksa", urutan: 13, muat: () => perintahPeriksa },
  { perintah: "reproduksi", urutan: 14, muat: () => perintahReproduksi },
  { perintah: "demo", urutan: 15, muat: () => perintahDemo },
];

/**
 * Semua perintah `kinerja` dalam urutan `--help`: perintah metode dari registri (metode/index.ts, satu per
 * metode yang punya perintah sendiri) dan perintah alat; satu cara mendaftar untuk semuanya.
 */
export function semuaPerintah(): PerintahCli[] {
  return [...perintahMetode(), ...PERINTAH_ALAT].sort((a, b) => a.urutan - b.urutan);
}

const perintahPeriksa: DaftarkanPerintah = (induk, keluar, kode) => {
  const periksa = induk
    .command("periksa")
    .description(
      "Periksa buku kerja buatan add-in: rumus diganti angka, rumus berubah, masukan kosong/di luar rentang, bobot",
    )
    .argument("<berkas.xlsx>", "buku kerja yang diperiksa")
    .option("--json", 'keluaran JSON {"temuan": [...]}');
  contoh(periksa, "kinerja periksa contoh/lan-tipe-I.xlsx", `  (${ARTI_KELUAR})`);
  periksa.action(async (berkas: string, o: { json?: boolean }) => {
    const hasil = await muat<typeof import("./periksa")>("./periksa").jalankanPeriksa(berkas, Boolean(o.json));
    keluar.tulis(hasil.teks);
    kode.keluar = hasil.kode;
  });
};

const perintahReproduksi: DaftarkanPerintah = (induk, keluar) => {
  const reproduksi = induk
    .command("reproduksi")
    .description("Hitung ulang Lampiran 5–7 dan Tabel 4.8–4.14 lalu bandingkan dengan angka tercetak")
    .addOption(
      new Option("--desimal <tanda>", "tanda desimal keluaran teks; tanpa opsi ini titik").choices(["koma", "titik"]),
    )
    .option("--json", "keluaran JSON: {dibandingkan, selisih: [...]}");
  contoh(
    reproduksi,
    "kinerja reproduksi --desimal koma",
    "  (555 angka tercetak dibandingkan; Tabel 4.8 baris 1 tercetak 2081,855578, dihitung 2081,855780)",
  );
  reproduksi.action((o: { json?: boolean; desimal?: "koma" | "titik" }) => {
    const { jsonReproduksi, teksReproduksi } = muat<typeof import("./reproduksi")>("./reproduksi");
    keluar.tulis(o.json ? JSON.stringify(jsonReproduksi()) + "\n" : teksReproduksi(undefined, tampilanDari(o.desimal)));
  });
};

const perintahDemo: DaftarkanPerintah = (induk, keluar) => {
  const demo = induk
    .command("demo")
    .description("Tulis buku kerja contoh (.xlsx dengan rumus hidup): LAN tipe I–III, layanan, SKM, BSC, dll.")
    .option("-k, --keluar <folder>", "folder tujuan", "contoh")
    .option("--timpa", "boleh mengganti buku kerja contoh yang sudah ada")
    .option("--json", 'keluaran JSON {"berkas": [{"berkas", "diganti", "lembar"}], "dibersihkan": [...]}');
  contoh(
    demo,
    "kinerja demo --keluar contoh --timpa",
    "  (semua buku kerja ditulis, atau tidak satu pun bila ada yang gagal)",
  );
  demo.action(async (o: { keluar: string; timpa?: boolean; json?: boolean }) => {
    const { berkas, dibersihkan } = await muat<typeof import("./demo")>("./demo").tulisDemoLengkap(
      o.keluar,
      Boolean(o.timpa),
    );
    if (o.json) return keluar.tulis(JSON.stringify({ berkas, dibersihkan }) + "\n");
    const sisa = dibersihkan.length
      ? [
          `dibersihkan: ${dibersihkan.length} sisa sementara dari demo yang terhenti sebelumnya (${dibersihkan.join(", ")})`,
        ]
      : [];
    keluar.tulis(
      [
        ...sisa,
        ...berkas.map((b) => `${b.diganti ? "diganti (--timpa)" : "ditulis"}: ${b.berkas} (${b.lembar} lembar)`),
      ].join("\n") + "\n",
    );
  });
};

/**
 * Perintah yang didaftarkan untuk `argv`: bila kata pertama yang bukan opsi adalah nama perintah, hanya perintah
 * itu (modul perintah lain tidak dimuat; issue 26, mulai ramping); selain itu (tanpa argv, `help …`, `--help`,
 * perintah tak dikenal) semua perintah, agar bantuan dan pesan "perintah tidak dikenal" lengkap.
 */
export function perintahUntuk(argv?: readonly string[]): PerintahCli[] {
  const semua = semuaPerintah();
  const kata = argv?.find((a) => !a.startsWith("-"));
  const satu = semua.find((p) => p.perintah === kata);
  return satu ? [satu] : semua;
}

/**
 * Menyusun program; `keluar` menerima teks hasil, sehingga pengujian tidak perlu proses baru. Dengan `argv`,
 * hanya perintah yang diminta yang didaftarkan (`perintahUntuk`).
 */
export function buatProgram(
  keluar: Keluaran,
  kode: { keluar: number } = { keluar: 0 },
  argv?: readonly string[],
): Command {
  const program = new PerintahKinerja("kinerja")
    .description("Penilaian Kinerja Pelayanan: Pola LAN 1998, SKM, BSC dan lainnya dari baris perintah")
    .helpOption("-h, --help", "tampilkan bantuan perintah ini")
    .exitOverride()
    .configureOutput({ writeOut: (s) => keluar.tulis(s), writeErr: (s) => keluar.galat(s) })
    .version("0.1.0", "-V, --version", "tampilkan versi")
    .helpCommand("help [perintah]", "tampilkan bantuan sebuah perintah");
  program.addHelpText(
    "after",
    `\nContoh:\n  kinerja lan bobot --input total.csv\n  kinerja help skm\n\n${ARTI_KELUAR}\n`,
  );

  for (const p of perintahUntuk(argv)) p.muat()(program, keluar, kode);
  return program;
}

/** Menjalankan baris perintah; mengembalikan kode keluar (tidak memanggil process.exit). */
export async function jalankanCli(argv: string[], keluar: Keluaran): Promise<number> {
  const galat: string[] = [];
  const tampung: Keluaran = { tulis: (t) => keluar.tulis(t), galat: (t) => galat.push(t) };
  const kode = { keluar: 0 };
  const program = buatProgram(tampung, kode, argv);
  try {
    await program.parseAsync(argv, { from: "user" });
    return kode.keluar;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === "commander.helpDisplayed" || e.code === "commander.version") return 0;
      // `kinerja` atau `kinerja lan` tanpa subperintah: bantuan ke stdout, kode 0
      if (e.code === "commander.help") {
        keluar.tulis(galat.join(""));
        return 0;
      }
      const pesan = terjemahkanGalat(e.message.startsWith("error: ") ? e.message : `error: ${e.message}`).replace(
        /^perintah tidak dapat dijalankan: /,
        "",
      );
      const nama = perintahDari(program, argv);
      keluar.galat(`kinerja: ${pesan}. Lihat: ${nama} --help\n`);
      return KODE_KELUAR_OPSI;
    }
    const t = tanggapanGalat(e);
    keluar.galat(`kinerja: ${t.pesan}\n`);
    return t.kode;
  }
}

/** "kinerja lan bobot" untuk pesan "Lihat: … --help": subperintah terdalam yang dikenali dari argv. */
function perintahDari(program: Command, argv: string[]): string {
  const nama = ["kinerja"];
  let c: Command | undefined = program;
  for (const a of argv) {
    const anak: Command | undefined = c?.commands.find((x) => x.name() === a);
    if (!anak) break;
    nama.push(a);
    c = anak;
  }
  return nama.join(" ");
}

/**
 * Pipa yang ditutup pembacanya (`kinerja reproduksi | head -2`): berhenti diam-diam dengan kode 0, seperti
 * alat baris perintah lain; galat tulis lain tetap dilaporkan satu baris (kode 2).
 */
export function pasangPenanganPipa(
  aliran: NodeJS.WriteStream,
  keluarProses: (kode: number) => void = (k) => process.exit(k),
): void {
  aliran.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") return keluarProses(0);
    process.stderr.write(`kinerja: keluaran tidak dapat ditulis (${e.code ?? e.message})\n`);
    keluarProses(KODE_KELUAR.masukan); // galat sistem, seperti galatSistem
  });
}

if (require.main === module) {
  pasangPenanganPipa(process.stdout);
  jalankanCli(process.argv.slice(2), {
    tulis: (t) => process.stdout.write(t),
    galat: (t) => process.stderr.write(t),
  }).then((kode) => {
    process.exitCode = kode;
  });
}
