/**
 * Aturan Periksa khusus Pola LAN 1998 (pembangun `lan1998`), dipanggil audit umum (periksa.ts) lewat kait
 * `AturanPeriksa` (aturan.ts) untuk setiap lembar tabel LAN yang tata letaknya utuh:
 * - Skor Ideal masukan harus positif;
 * - Proporsi Indikator masukan tiap variabel harus berjumlah 1 (Kerangka);
 * - Bobot Indikator masukan (pola lengkap) harus berjumlah Skor Ideal;
 * - proporsi, Total Variabel dan bobot masukan dibandingkan dengan angka tercetak tipe dinas yang dipilih
 *   (Tabel 4.11–4.13, Lampiran 5–7; frameworks/lan1998).
 * Tanpa mesin rumus: jumlah dihitung dengan inti (src/core) atas nilai masukan.
 */
import { jumlah } from "../core/lan";
import {
  KETERANGAN_TIPE,
  SKOR_IDEAL_LAN,
  VARIABEL_LAN,
  VARIABEL_TIAP_INDIKATOR,
  adalahTipeDinas,
  indikatorTercetak,
  lampiranTercetak,
} from "../frameworks/lan1998";
import { nilaiPolos, type LembarBuku } from "../plans/bangun-ulang/index";
import { selBeralamat, type RencanaLembar } from "../plans/rencana";
import type { AturanPeriksa } from "./aturan";
import { dalamRentang } from "./rentang";
import type { Temuan } from "./temuan";

/** Toleransi jumlah proporsi (angka tercetak 9 desimal; Tabel 4.11–4.13 berjumlah 1 ± 2·10⁻⁸). */
export const TOLERANSI_PROPORSI = 1e-6;
/** Toleransi relatif jumlah bobot terhadap Skor Ideal (bobot tercetak berjumlah 20.000 ± 10⁻⁵). */
export const TOLERANSI_BOBOT_RELATIF = 1e-6;

/** Akibat masukan kosong pada tabel LAN (skor, total, proporsi). */
export const AKIBAT_KOSONG_LAN =
  "sel kosong tidak ikut dijumlah, sehingga total, proporsi dan bobot dihitung dari data yang tidak lengkap";

/** Nilai angka masukan berkunci `awalan|x=N` pada satu lembar: N → {alamat, nilai, bawaan}. */
type MasukanBerkunci = Map<number, { alamat: string; nilai: unknown; bawaan: unknown }>;

function masukanBerkunci(l: RencanaLembar, isi: LembarBuku, awalan: string): MasukanBerkunci {
  const hasil: MasukanBerkunci = new Map();
  const pola = new RegExp(`^${awalan}\\|[a-z]+=(\\d+)$`);
  for (const { alamat: a, sel } of selBeralamat(l)) {
    if (sel.peran !== "masukan" || !sel.kunci) continue;
    const m = pola.exec(sel.kunci);
    if (m) hasil.set(Number(m[1]), { alamat: a, nilai: nilaiPolos(isi.get(a)?.value), bawaan: sel.nilai });
  }
  return hasil;
}

const angkaSah = (x: unknown): x is number => typeof x === "number" && Number.isFinite(x);

/** Skor Ideal masukan (tanpa validasi rencana) harus positif: semua Bobot Variabel dihitung darinya. */
function periksaSkorIdeal(l: RencanaLembar, isi: LembarBuku): Temuan[] {
  const t: Temuan[] = [];
  for (const { alamat: a, sel } of selBeralamat(l)) {
    if (sel.peran !== "masukan" || sel.kunci !== "skor-ideal") continue;
    if ((l.validasi ?? []).some((v) => dalamRentang(v.rentang, a))) continue;
    const nilai = nilaiPolos(isi.get(a)?.value);
    if (!angkaSah(nilai) || nilai > 0) continue;
    t.push({
      sheet: l.nama,
      sel: a,
      jenis: "masukan-di-luar-rentang",
      diharapkan: "> 0",
      ditemukan: String(nilai),
      pesan: `Skor Ideal di ${a} seharusnya positif (bawaan ${SKOR_IDEAL_LAN}), ditemukan ${nilai}: semua Bobot Variabel dihitung dari Skor Ideal.`,
    });
  }
  return t;
}

/** Pemeriksaan khusus Pola LAN 1998: jumlah proporsi/bobot masukan dan angka tercetak. */
function periksaLan(l: RencanaLembar, isi: LembarBuku, opsi: Readonly<Record<string, unknown>>): Temuan[] {
  const tipe = opsi.tipe;
  if (!adalahTipeDinas(tipe)) return [];
  const ket = KETERANGAN_TIPE[tipe];
  const t: Temuan[] = [];

  // Proporsi Indikator (Kerangka): tiap variabel berjumlah 1; tercetak Tabel 4.11–4.13
  const prop = masukanBerkunci(l, isi, "proporsi");
  if (prop.size > 0) {
    const tercetak = new Map(indikatorTercetak(tipe).map((x) => [x.no, x.proporsi]));
    for (const v of VARIABEL_LAN) {
      const sel = v.indikator.map((i) => prop.get(i.no)).filter((x): x is NonNullable<typeof x> => x !== undefined);
      if (sel.length === 0 || !sel.every((s) => angkaSah(s.nilai))) continue;
      const s = jumlah(sel.map((x) => x.nilai as number));
      if (Math.abs(s - 1) > TOLERANSI_PROPORSI) {
        const rentang = `${sel[0].alamat}:${sel[sel.length - 1].alamat}`;
        t.push({
          sheet: l.nama,
          sel: rentang,
          jenis: "proporsi-tidak-berjumlah-1",
          diharapkan: "1",
          ditemukan: String(s),
          pesan:
            `Proporsi Indikator variabel ${v.no} (${v.nama}) di ${rentang} seharusnya berjumlah 1, ditemukan ` +
            `${s}: Bobot Indikator variabel ini tidak lagi berjumlah Bobot Variabelnya.`,
        });
      }
    }
    for (const [no, m] of prop)
      bandingkanTercetak(t, l, m, tercetak.get(no), `Proporsi Indikator ${no}`, `Tabel ${ket.tabelIndikator}`, tipe);
  }

  // Total Variabel (Kerangka): tercetak Lampiran 5–7
  const total = masukanBerkunci(l, isi, "total");
  if (total.size > 0) {
    const tercetak = new Map(lampiranTercetak(tipe).map((x) => [x.no, x.total]));
    for (const [no, m] of total)
      bandingkanTercetak(t, l, m, tercetak.get(no), `Total Variabel ${no}`, ket.lampiran, tipe);
  }

  // Bobot Indikator (Nilai, bobot tercetak): berjumlah Skor Ideal (pola lengkap) dan sama dengan tercetak
  const bobot = masukanBerkunci(l, isi, "bobot");
  if (bobot.size > 0) {
    const tercetak = new Map(indikatorTercetak(tipe).map((x) => [x.no, x.bobot]));
    const semua = [...bobot.values()];
    if (bobot.size === VARIABEL_TIAP_INDIKATOR.length && semua.every((m) => angkaSah(m.nilai))) {
      const s = jumlah(semua.map((m) => m.nilai as number));
      if (Math.abs(s - SKOR_IDEAL_LAN) > TOLERANSI_BOBOT_RELATIF * SKOR_IDEAL_LAN) {
        const rentang = `${semua[0].alamat}:${semua[semua.length - 1].alamat}`;
        t.push({
          sheet: l.nama,
          sel: rentang,
          jenis: "bobot-tidak-berjumlah-skor-ideal",
          diharapkan: String(SKOR_IDEAL_LAN),
          ditemukan: String(s),
          pesan:
            `Bobot Indikator di ${rentang} seharusnya berjumlah Skor Ideal ${SKOR_IDEAL_LAN}, ditemukan ` +
            `${s}: nilai skala 1000 dan kategori setiap unit menjadi tidak sebanding dengan pola LAN.`,
        });
      }
    }
    for (const [no, m] of bobot)
      bandingkanTercetak(t, l, m, tercetak.get(no), `Bobot Indikator ${no}`, `Tabel ${ket.tabelIndikator}`, tipe);
  }
  return t;
}

function bandingkanTercetak(
  t: Temuan[],
  l: RencanaLembar,
  m: { alamat: string; nilai: unknown },
  tercetak: number | undefined,
  nama: string,
  sumber: string,
  tipe: string,
): void {
  if (tercetak === undefined || !angkaSah(m.nilai)) return;
  if (Math.abs(m.nilai - tercetak) <= 1e-12 * Math.max(1, Math.abs(tercetak))) return;
  t.push({
    sheet: l.nama,
    sel: m.alamat,
    jenis: "bobot-beda-terbitan",
    diharapkan: String(tercetak),
    ditemukan: String(m.nilai),
    pesan:
      `${nama} di ${m.alamat} seharusnya ${tercetak} (tercetak di ${sumber} untuk dinas tipe ` +
      `${tipe}), ditemukan ${m.nilai}: hasil tidak lagi memakai bobot ` +
      `terbitan LAN 1998 sehingga tidak dapat dibandingkan dengan dinas lain bertipe sama.`,
  });
}

/** Kait Periksa Pola LAN 1998: akibat masukan kosong dan pemeriksaan jumlah serta angka tercetak. */
export const ATURAN_PERIKSA_LAN: AturanPeriksa = {
  akibatKosong: AKIBAT_KOSONG_LAN,
  periksaLembar: (l, isi, opsi) => [...periksaSkorIdeal(l, isi), ...periksaLan(l, isi, opsi)],
};
