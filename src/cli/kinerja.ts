#!/usr/bin/env node
/**
 * `kinerja`: baris perintah Penilaian Kinerja Pelayanan untuk peneliti dan auditor.
 * Kode keluar: 0 berhasil; 1 ada temuan (periksa); 2 perintah tidak dapat dijalankan (peta golongan galat →
 * kode keluar: cli/galat.ts). Tidak ada keluaran sebagian: hasil ditulis sekaligus setelah seluruh perhitungan
 * selesai.
 */
import { Command, CommanderError, Option } from "commander";
import { SKOR_IDEAL_LAN } from "../frameworks/lan1998";
import { tampilanDari } from "./angka";
import { GalatCli, KODE_KELUAR, KODE_KELUAR_OPSI, tanggapanGalat } from "./galat";
import { formatBobot, hitungBobotDariCsv, rencanaBobotDariCsv } from "./lan";
import { jsonReproduksi, teksReproduksi } from "./reproduksi";
import { hitungBscDariCsv, formatBsc, objekJsonBsc } from "./bsc";
import { hitungLanDariCsv, formatLanHitung, objekJsonLan } from "./lan-hitung";
import { hitungSkmDariCsv, formatSkm, objekJsonSkm } from "./skm";
import {
  hitungSkmSiklusCli,
  objekJsonSiklus,
  modeSiklus,
  tambahOpsiSiklus,
  teksSiklus,
  type OpsiSkmSiklusCli,
} from "./skm-siklus";
import { penulisXlsxSiklus } from "./skm-siklus-xlsx";
import { rencanaBscDariCsv, rencanaLanDariCsv, rencanaSkmDariCsv } from "./keluaran-xlsx";
import { formatServqual, hitungServqualDariCsv, objekJsonServqual, rencanaServqualDariCsv } from "./servqual";
import { formatPekpppCli, hitungPekpppDariCsv, objekJsonPekppp, rencanaPekpppDariCsv } from "./pekppp";
import { selesaikan, type Keluaran } from "./keluaran";
import { PerintahKinerja, contoh, opsiAngka, opsiKeluaran, terjemahkanGalat, type OpsiKeluaran } from "./perintah";
import { perintahLayanan } from "./layanan";
import { perintahSendi } from "./sendi";
import { perintahPegawai } from "./pegawai";
import { perintahSampel } from "./sampel";
import {
  formatKepekaan,
  hitungKepekaanDariCsv,
  jsonKepekaan,
  rencanaKepekaanDariCsv,
  type OpsiKepekaan,
} from "./kepekaan";
import { daftarLanPola } from "./lan-pola-perintah";
import { perintahSakip } from "./sakip";

export type { Keluaran } from "./keluaran";

/**
 * Modul subperintah yang memuat semua rencana atau membaca buku kerja (demo, periksa) dimuat saat
 * subperintah itu dijalankan, agar `kinerja … --json` mulai ramping (issue 26; bench/mulai.js).
 */
function muat<T>(modul: "./demo" | "./periksa"): T {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- dimuat belakangan (Node); import() asli tidak tersedia di Jest
  return require(modul) as T;
}

const ARTI_KELUAR = "Kode keluar: 0 berhasil; 1 ada temuan (periksa); 2 masukan tidak dapat dipakai.";

/** Menyusun program; `keluar` menerima teks hasil, sehingga pengujian tidak perlu proses baru. */
export function buatProgram(keluar: Keluaran, kode: { keluar: number } = { keluar: 0 }): Command {
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

  const lan = program
    .command("lan")
    .description("Pola Penilaian Kinerja Pelayanan Umum LAN 1998 (bobot, hitung, nilai, lima, prestasi)");
  contoh(lan, "kinerja lan bobot --input total.csv", "kinerja lan hitung --input skor.csv --tipe I");
  const bobot = lan
    .command("bobot")
    .description("Proporsi dan Bobot Variabel dari total tiap variabel (Bab III, Lampiran 5–7)")
    .requiredOption(
      "-i, --input <berkas.csv>",
      "CSV no,total[,nama] atau variabel_no,total_variabel[,tipe], satu baris per variabel",
    )
    .addOption(
      new Option("--tipe <tipe>", "tipe dinas yang dipilih bila berkas punya kolom tipe").choices(["I", "II", "III"]),
    )
    .addOption(
      new Option("--skor-ideal <n>", "Skor Ideal (20000; 20.470 mendua, tulis 20470)")
        .default(SKOR_IDEAL_LAN)
        .argParser(opsiAngka("--skor-ideal", { positif: true })),
    );
  opsiKeluaran(bobot);
  contoh(
    bobot,
    "kinerja lan bobot --input test/fixtures/lan-1998/lampiran-5-7-total-variabel.csv --tipe I",
    "  (variabel 1: 631,99 / 6071,41 × 20000 = 2081,856 — Lampiran 5)",
  );
  bobot.action((o: OpsiKeluaran & { input: string; tipe?: string; skorIdeal: number }) => {
    const { desimalKoma, ...h } = hitungBobotDariCsv(o.input, o.skorIdeal, o.tipe);
    return selesaikan(
      {
        json: h,
        sumber: o.input,
        desimalKoma,
        teks: (t) => formatBobot(h, t),
        rencana: () => rencanaBobotDariCsv(h, o.input),
      },
      o,
      keluar,
    );
  });

  const lanHitung = lan
    .command("hitung")
    .description("Bobot Variabel, Indikator dan Dinas dari CSV skor mentah indikator × unit (Bab III)")
    .requiredOption("-i, --input <skor.csv>", "CSV: kolom indikator (1–89) lalu satu kolom per unit, skor 1–10")
    .addOption(
      new Option("--tipe <tipe>", "tipe dinas untuk membandingkan dengan bobot tercetak").choices(["I", "II", "III"]),
    )
    .addOption(
      new Option("--skor-ideal <n>", "Skor Ideal")
        .default(SKOR_IDEAL_LAN)
        .argParser(opsiAngka("--skor-ideal", { positif: true })),
    );
  opsiKeluaran(lanHitung);
  contoh(
    lanHitung,
    "kinerja lan hitung --input skor.csv --tipe I --xlsx lan.xlsx",
    "  (skor.csv: indikator,Dinas A,Dinas B lalu 89 baris; nama unit tetap seperti ditulis)",
  );
  lanHitung.action(async (o: OpsiKeluaran & { input: string; tipe?: "I" | "II" | "III"; skorIdeal: number }) => {
    const h = hitungLanDariCsv(o);
    await selesaikan(
      {
        json: objekJsonLan(h),
        sumber: o.input,
        desimalKoma: h.desimalKoma,
        teks: (t) => formatLanHitung(h, t),
        rencana: () => rencanaLanDariCsv(h),
      },
      o,
      keluar,
    );
  });

  daftarLanPola(lan, keluar);

  const skm = program
    .command("skm")
    .description("Survei Kepuasan Masyarakat dari CSV jawaban (satu baris per responden, kolom U1…U9 atau U1…U14)")
    .requiredOption("-i, --input <berkas.csv>", "CSV jawaban 1–4")
    .addOption(
      new Option("--aturan <tahun>", "PermenPAN-RB 14/2017 atau KepmenPAN 25/2004")
        .choices(["2017", "2004"])
        .default("2017"),
    )
    .addOption(
      new Option(
        "--penimbang <jenis>",
        "tepat (1/n) atau cetak (0,111 / 0,071); siklus (--layanan/--waktu) juga 0.111 atau 0.11",
      )
        .choices(["tepat", "cetak", "0.111", "0.11"])
        .default("tepat"),
    );
  opsiKeluaran(skm);
  tambahOpsiSiklus(skm); // siklus SKM (issue 14): --layanan/--waktu dan opsi terkait, src/cli/skm-siklus.ts
  contoh(
    skm,
    "kinerja skm --input jawaban.csv --xlsx skm.xlsx",
    "  (4 responden, jumlah jawaban 113 dari 36 sel → nilai 113/36 × 25 = 78,47, mutu B)",
    'kinerja skm --input formulir.csv --layanan "Jenis Layanan" --waktu "Cap waktu" --ambang 3,2 --xlsx skm-2026.xlsx',
    "  (siklus: per semester dan layanan; Tindak Lanjut memuat semua unsur dengan NRR unit < 3,2)",
  );
  skm.action(
    async (
      o: OpsiKeluaran & { input: string; aturan: "2017" | "2004"; penimbang: "tepat" | "cetak" } & OpsiSkmSiklusCli,
    ) => {
      if (modeSiklus(o)) {
        const s = await hitungSkmSiklusCli(o);
        await selesaikan(
          {
            json: objekJsonSiklus(s.hasil),
            sumber: o.input,
            desimalKoma: false,
            teks: () => teksSiklus(s),
            penulisXlsx: () => penulisXlsxSiklus(s, o.unit),
          },
          o,
          keluar,
        );
        return;
      }
      if (o.ambang !== undefined) throw new GalatCli("--ambang hanya untuk siklus SKM (--layanan/--waktu)");
      if (o.penimbang !== "tepat" && o.penimbang !== "cetak")
        throw new GalatCli(
          `--penimbang ${o.penimbang} hanya untuk siklus SKM (--layanan/--waktu); tanpa itu: tepat atau cetak`,
        );
      const h = hitungSkmDariCsv(o);
      await selesaikan(
        {
          json: objekJsonSkm(h),
          sumber: o.input,
          desimalKoma: h.desimalKoma,
          teks: (t) => formatSkm(h, t),
          rencana: () => rencanaSkmDariCsv(h),
        },
        o,
        keluar,
      );
    },
  );

  const bsc = program
    .command("bsc")
    .description("Balanced Scorecard dari CSV KPI: [perspektif,]indikator,target,realisasi[,arah][,bobot]")
    .requiredOption("-i, --input <berkas.csv>", "CSV KPI (indikator boleh bernama produk; angka boleh 100%)")
    .option("--lantai-nol", "capaian paling kecil 0 (arah turun tidak negatif)");
  opsiKeluaran(bsc);
  contoh(
    bsc,
    "kinerja bsc --input test/fixtures/kasus/seberang-ulu-ii-2014-target.csv",
    "  (KK 4801/4500 = 106,69%, KTP 11279/11000 = 102,54% → skor 104,61%, Hijau)",
  );
  bsc.action(async (o: OpsiKeluaran & { input: string; lantaiNol?: boolean }) => {
    const h = hitungBscDariCsv(o.input, o.lantaiNol ? 0 : undefined);
    await selesaikan(
      {
        json: objekJsonBsc(h),
        sumber: o.input,
        desimalKoma: h.desimalKoma,
        teks: (t) => formatBsc(h, t),
        rencana: () => rencanaBscDariCsv(h),
      },
      o,
      keluar,
    );
  });

  const servqual = program
    .command("servqual")
    .description("Kesenjangan kualitas pelayanan (persepsi − harapan) per dimensi dari CSV P1…Pn, E1…En")
    .requiredOption("-i, --input <berkas.csv>", "satu baris per responden; kolom P1…Pn (persepsi) dan E1…En (harapan)")
    .option("--peta <berkas.csv>", "peta butir → dimensi (kolom butir,dimensi); bawaan Parasuraman dkk. 1988, 22 butir")
    .option("--bobot <daftar>", 'bobot kepentingan tiap dimensi, mis. 20,20,20,20,20 atau "22,5;17,5;20;20;20"');
  opsiKeluaran(servqual);
  contoh(
    servqual,
    "kinerja servqual --input jawaban.csv --peta peta.csv --bobot 30,10",
    "  (gap dimensi A −1, B −2 → gap −1,5; tertimbang 0,75 × −1 + 0,25 × −2 = −1,25)",
  );
  servqual.action(async (o: OpsiKeluaran & { input: string; peta?: string; bobot?: string }) => {
    const h = hitungServqualDariCsv(o);
    await selesaikan(
      {
        json: objekJsonServqual(h),
        sumber: o.input,
        desimalKoma: h.desimalKoma,
        teks: (t) => formatServqual(h, t),
        rencana: () => rencanaServqualDariCsv(h),
      },
      o,
      keluar,
    );
  });

  const pekppp = program
    .command("pekppp")
    .description("Indeks Pelayanan Publik (PEKPPP) dari CSV aspek,indikator,nilai[,bobot_indikator]")
    .requiredOption("-i, --input <berkas.csv>", "nilai indikator 0–5 (--xlsx: ke-30 indikator baku, nomor/kode/nama)")
    .addOption(
      new Option("--versi <tahun>", "bobot aspek PermenPAN-RB 29/2022 (berlaku) atau 17/2017 (tidak terverifikasi)")
        .choices(["2022", "2017"])
        .default("2022"),
    );
  opsiKeluaran(pekppp);
  contoh(pekppp, "kinerja pekppp --input nilai.csv", "  (satu indikator bernilai 4 di tiap aspek → IPP 4,00, Baik)");
  pekppp.action(async (o: OpsiKeluaran & { input: string; versi: "2022" | "2017" }) => {
    const h = hitungPekpppDariCsv(o.input, o.versi);
    await selesaikan(
      {
        json: objekJsonPekppp(h),
        sumber: o.input,
        desimalKoma: h.desimalKoma,
        teks: (t) => formatPekpppCli(h, t),
        rencana: () => rencanaPekpppDariCsv(h),
      },
      o,
      keluar,
    );
  });

  const kepekaan = program
    .command("kepekaan")
    .description("Kepekaan peringkat dan kategori terhadap bobot: selang tepat satu bobot dan sampel Dirichlet")
    .requiredOption("-i, --input <berkas.csv>", "kolom unit lalu satu kolom skor per kriteria (skala yang dibaca pita)")
    .requiredOption(
      "--bobot <daftar>",
      'bobot kriteria sejajar kolom, mis. 0.3,0.5,0.2 atau "0,3;0,5;0,2" (dinormalkan)',
    )
    .addOption(
      new Option("--pita <pita>", "pita kategori metode").choices(["lan", "pekppp", "skm2017", "skm2004", "pp46"]),
    )
    .addOption(
      new Option("--sampel <n>", "banyak tarikan Dirichlet")
        .default(10000)
        .argParser(opsiAngka("--sampel", { positif: true, bulat: true })),
    )
    .addOption(
      new Option("--konsentrasi <c>", "konsentrasi C (α = C × bobot)")
        .default(100)
        .argParser(opsiAngka("--konsentrasi", { positif: true })),
    )
    .addOption(
      new Option("--benih <s>", "benih generator acak (bilangan bulat)")
        .default(1)
        .argParser(opsiAngka("--benih", { bulat: true })),
    );
  opsiKeluaran(kepekaan);
  contoh(
    kepekaan,
    "kinerja kepekaan --input unit.csv --bobot 0.5,0.3,0.2 --pita pp46",
    "  (unit.csv: unit,Hasil,Perilaku,Disiplin; skor 0–100; rentang bobot yang menjaga peringkat dan kategori)",
  );
  kepekaan.action(async (o: OpsiKeluaran & OpsiKepekaan) => {
    const h = hitungKepekaanDariCsv(o);
    await selesaikan(
      {
        json: jsonKepekaan(h),
        sumber: o.input,
        desimalKoma: h.data.desimalKoma,
        teks: (t) => formatKepekaan(h, t),
        rencana: () => rencanaKepekaanDariCsv(h, o),
      },
      o,
      keluar,
    );
  });

  perintahLayanan(program, keluar);
  perintahSendi(program, keluar);
  perintahPegawai(program, keluar);
  perintahSampel(program, keluar);
  perintahSakip(program, keluar);

  const periksa = program
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

  const reproduksi = program
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
    keluar.tulis(o.json ? JSON.stringify(jsonReproduksi()) + "\n" : teksReproduksi(undefined, tampilanDari(o.desimal)));
  });

  const demo = program
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
  return program;
}

/** Menjalankan baris perintah; mengembalikan kode keluar (tidak memanggil process.exit). */
export async function jalankanCli(argv: string[], keluar: Keluaran): Promise<number> {
  const galat: string[] = [];
  const tampung: Keluaran = { tulis: (t) => keluar.tulis(t), galat: (t) => galat.push(t) };
  const kode = { keluar: 0 };
  const program = buatProgram(tampung, kode);
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
