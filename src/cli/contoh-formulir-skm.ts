/**
 * Ekspor formulir SKM contoh yang realistis dan TETAP (benih LCG) untuk demo dan uji siklus SKM: tiga
 * jenis layanan, dua semester (Juli 2025 – Juni 2026), 361 responden, cap waktu seperti ekspor Google
 * Formulir berbahasa Indonesia (dd/mm/yyyy hh:mm:ss), jawaban teks persis pilihan kuesioner (contoh
 * lampiran PermenPAN-RB 14/2017), sebagian responden melewati pertanyaan pengaduan, saran bebas.
 * Data rekaan: bukan hasil survei kantor mana pun. Salinannya: test/fixtures/skm-siklus/formulir-kecamatan.csv
 * (`node scripts/buat-contoh-skm-formulir.js` setelah `npm run build:node`).
 *
 * Dengan `kepentingan`: sembilan kolom "Tingkat kepentingan: …" sesudah pertanyaan unsur (pilihan konvensi
 * formulir e-SKM, OPSI_KEPENTINGAN) untuk kuadran kepentingan–kinerja; diacak dengan benih sendiri, jadi
 * jawaban unsur dan kolom lain sama persis dengan tanpa kepentingan. Salinannya:
 * test/fixtures/skm-siklus/formulir-kepentingan.csv (`node scripts/buat-contoh-skm-formulir.js kepentingan`).
 */
import { OPSI_KEPENTINGAN, UNSUR_FORMULIR_2017 } from "../frameworks/skm-siklus";

function acak(benih: number): () => number {
  let s = benih >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}
let r = acak(14);
const pilih = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

// teks pilihan jawaban: peta bawaan siklus SKM (satu definisi, frameworks/skm-siklus.ts)
const OPSI = UNSUR_FORMULIR_2017.map((u) => u.opsi);
const PERTANYAAN = [
  "1. Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?",
  "2. Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?",
  "3. Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?",
  "4. Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?",
  "5. Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?",
  "6. Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?",
  "7. Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?",
  "8. Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?",
  "9. Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?",
];
// Peluang jawaban 1..4 per layanan (dasar) — KTP-el paling lambat, akta paling baik; semester 2026-S1 sedikit membaik.
const LAYANAN = [
  { nama: "Perekaman KTP-el", banyak: [70, 66], p: [0.03, 0.17, 0.55, 0.25], lemah: [2, 8] },
  { nama: "Kartu Keluarga", banyak: [58, 61], p: [0.02, 0.12, 0.56, 0.3], lemah: [1, 7] },
  { nama: "Akta Kelahiran", banyak: [49, 57], p: [0.01, 0.08, 0.51, 0.4], lemah: [7] },
];
const SEMESTER = [
  { tahun: 2025, bulan: [7, 8, 9, 10, 11, 12], geser: 0 },
  { tahun: 2026, bulan: [1, 2, 3, 4, 5, 6], geser: 0.05 },
];
const SARAN = [
  "Antrean pagi terlalu panjang, mohon tambah loket",
  "Petugas ramah, pertahankan",
  "Kotak pengaduan tidak jelas tindak lanjutnya",
  "Ruang tunggu panas, perlu kipas angin",
  "Informasi persyaratan di papan pengumuman kurang lengkap",
  "Blanko sering habis",
  "Pelayanan sudah cepat",
  "Mohon ada layanan daring untuk pendaftaran",
];

function nilai(p: number[], lemah: number[], unsur: number, geser: number): number {
  const q = p.slice();
  if (lemah.includes(unsur)) {
    q[1] += 0.12;
    q[3] -= 0.12;
  }
  if (unsur === 3) return r() < 0.93 ? 4 : 3; // biaya: layanan adminduk gratis, sebagian menjawab "Murah"
  q[3] += geser;
  q[1] -= geser;
  let u = r() * q.reduce((a, b) => a + b, 0);
  for (let k = 0; k < 4; k++) {
    u -= q[k];
    if (u <= 0) return k + 1;
  }
  return 4;
}

/** Judul kolom kepentingan (nama unsur + "kepentingan", dikenali kepentinganDariJudul). */
const KEPENTINGAN = [
  "persyaratan pelayanan",
  "prosedur pelayanan",
  "waktu pelayanan",
  "biaya/tarif",
  "produk pelayanan",
  "kompetensi petugas",
  "perilaku petugas (kesopanan dan keramahan)",
  "penanganan pengaduan",
  "sarana dan prasarana",
].map((u) => `Tingkat kepentingan: ${u}`);
// Peluang jawaban kepentingan 1..4 per unsur: waktu dan kompetensi paling penting; biaya dan pengaduan kurang penting.
const P_KEPENTINGAN = [
  [0.01, 0.06, 0.45, 0.48],
  [0.01, 0.07, 0.47, 0.45],
  [0.01, 0.04, 0.35, 0.6],
  [0.05, 0.25, 0.45, 0.25],
  [0.02, 0.12, 0.52, 0.34],
  [0.01, 0.04, 0.4, 0.55],
  [0.01, 0.05, 0.44, 0.5],
  [0.06, 0.3, 0.44, 0.2],
  [0.01, 0.08, 0.46, 0.45],
];

/** Jawaban kepentingan satu responden (±4 % melewati bagian kepentingan), dari pengacak `k`. */
function jawabKepentingan(k: () => number): string[] {
  if (k() < 0.04) return KEPENTINGAN.map(() => "");
  return P_KEPENTINGAN.map((p) => {
    let u = k();
    for (let i = 0; i < 4; i++) {
      u -= p[i];
      if (u <= 0) return OPSI_KEPENTINGAN[i];
    }
    return OPSI_KEPENTINGAN[3];
  });
}

const dua = (x: number): string => String(x).padStart(2, "0");
const kutip = (s: string): string => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** Baris judul dan baris jawaban (teks), urut cap waktu; `kepentingan`: juga kolom tingkat kepentingan. */
export function formulirContohSkm(o: { kepentingan?: boolean } = {}): string[][] {
  r = acak(14);
  const k = acak(1977);
  const baris: { t: number; sel: string[] }[] = [];
  SEMESTER.forEach((sem, si) => {
    for (const l of LAYANAN) {
      for (let i = 0; i < l.banyak[si]; i++) {
        const bulan = pilih(sem.bulan);
        const hari = 1 + Math.floor(r() * 28);
        const jam = 8 + Math.floor(r() * 7);
        const t = new Date(Date.UTC(sem.tahun, bulan - 1, hari, jam, Math.floor(r() * 60), Math.floor(r() * 60)));
        const cap =
          `${dua(t.getUTCDate())}/${dua(t.getUTCMonth() + 1)}/${t.getUTCFullYear()} ` +
          `${dua(t.getUTCHours())}:${dua(t.getUTCMinutes())}:${dua(t.getUTCSeconds())}`;
        const jawab = OPSI.map((o, j) => (j === 7 && r() < 0.08 ? "" : o[nilai(l.p, l.lemah, j, sem.geser) - 1]));
        const profil = [
          pilih(["Laki-laki", "Perempuan"]),
          String(18 + Math.floor(r() * 50)),
          pilih(["SD", "SMP", "SMA/SMK", "SMA/SMK", "D3", "S1", "S1", "S2"]),
          pilih(["PNS", "TNI/Polri", "Swasta", "Wirausaha", "Wirausaha", "Pelajar/Mahasiswa", "Lainnya"]),
        ];
        const saran = r() < 0.25 ? pilih(SARAN) : "";
        baris.push({
          t: t.getTime(),
          sel: [cap, l.nama, ...profil, ...jawab, ...(o.kepentingan ? jawabKepentingan(k) : []), saran],
        });
      }
    }
  });
  baris.sort((a, b) => a.t - b.t);
  const judul = [
    "Cap waktu",
    "Jenis Layanan",
    "Jenis Kelamin",
    "Umur",
    "Pendidikan Terakhir",
    "Pekerjaan",
    ...PERTANYAAN,
    ...(o.kepentingan ? KEPENTINGAN : []),
    "Saran dan masukan untuk perbaikan pelayanan",
  ];
  return [judul, ...baris.map((b) => b.sel)];
}

/** Teks CSV (koma, kutip bila perlu, baris baru LF). */
export function csvFormulirContohSkm(o: { kepentingan?: boolean } = {}): string {
  return (
    formulirContohSkm(o)
      .map((b) => b.map(kutip).join(","))
      .join("\n") + "\n"
  );
}
