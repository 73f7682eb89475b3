/**
 * Grafik tornado kepekaan bobot sebagai SVG (untuk gambar README; Excel membuat grafiknya sendiri dari
 * rencana). Sumbu datar = nilai bobot 0–1; tiap batang dari "tetap dari" ke "tetap sampai", garis tegak
 * di bobot sekarang. Batang tersempit (bobot paling menentukan) di atas.
 */
export interface BarisTornado {
  nama: string;
  bobot: number;
  dari: number;
  sampai: number;
}

export const UKURAN = { lebar: 900, kiri: 260, kanan: 30, atas: 64, tinggiBatang: 34, bawah: 56 } as const;

/** Posisi x untuk nilai bobot v (0–1). */
export const xDari = (v: number): number => UKURAN.kiri + v * (UKURAN.lebar - UKURAN.kiri - UKURAN.kanan);

const esc = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const koma = (v: number, d = 3): string => v.toFixed(d).replace(".", ",");

export function svgTornado(
  judul: string,
  baris: readonly BarisTornado[],
): { svg: string; urutan: BarisTornado[]; tinggi: number } {
  const urutan = [...baris].sort((a, b) => a.sampai - a.dari - (b.sampai - b.dari));
  const tinggi = UKURAN.atas + urutan.length * UKURAN.tinggiBatang + UKURAN.bawah;
  const isi: string[] = [];
  isi.push(`<rect width="${UKURAN.lebar}" height="${tinggi}" fill="#ffffff"/>`);
  isi.push(
    `<text x="${UKURAN.lebar / 2}" y="26" font-size="16" font-weight="bold" text-anchor="middle">${esc(judul)}</text>`,
  );
  const dasar = UKURAN.atas + urutan.length * UKURAN.tinggiBatang;
  for (let g = 0; g <= 10; g++) {
    const x = xDari(g / 10);
    isi.push(`<line x1="${x}" y1="${UKURAN.atas - 6}" x2="${x}" y2="${dasar}" stroke="#e0e0e0"/>`);
    isi.push(`<text x="${x}" y="${dasar + 18}" font-size="12" text-anchor="middle">${koma(g / 10, 1)}</text>`);
  }
  isi.push(
    `<text x="${xDari(0.5)}" y="${dasar + 40}" font-size="13" text-anchor="middle">nilai bobot (dinormalkan, jumlah 1)</text>`,
  );
  urutan.forEach((b, i) => {
    const y = UKURAN.atas + i * UKURAN.tinggiBatang + 6;
    const h = UKURAN.tinggiBatang - 12;
    isi.push(
      `<text x="${UKURAN.kiri - 8}" y="${y + h / 2 + 5}" font-size="13" text-anchor="end">${esc(b.nama)}</text>`,
    );
    isi.push(
      `<rect class="kiri" x="${xDari(b.dari)}" y="${y}" width="${xDari(b.bobot) - xDari(b.dari)}" height="${h}" fill="#2f6f9f"/>`,
    );
    isi.push(
      `<rect class="kanan" x="${xDari(b.bobot)}" y="${y}" width="${xDari(b.sampai) - xDari(b.bobot)}" height="${h}" fill="#e39b2d"/>`,
    );
    isi.push(
      `<line x1="${xDari(b.bobot)}" y1="${y - 3}" x2="${xDari(b.bobot)}" y2="${y + h + 3}" stroke="#000" stroke-width="2"/>`,
    );
    isi.push(
      `<text x="${xDari(b.sampai) + 4}" y="${y + h / 2 + 5}" font-size="11">${koma(b.dari)}–${koma(b.sampai)}</text>`,
    );
  });
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${UKURAN.lebar}" height="${tinggi}" font-family="DejaVu Sans, Arial, ` +
    `sans-serif">${isi.join("")}</svg>`;
  return { svg, urutan, tinggi };
}
