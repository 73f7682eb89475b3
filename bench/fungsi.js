/**
 * Kasus tolok ukur fungsi kustom (dipakai bench/run.js).
 *
 * Setiap kasus memanggil fungsi seperti Excel memanggilnya (rentang 2-D JavaScript masuk, rentang 2-D
 * atau angka keluar) dan membandingkannya dengan "lantai loop": loop polos yang membaca rentang 2-D yang
 * SAMA, melakukan aritmetika yang SAMA tanpa validasi, dan membangun keluaran berbentuk SAMA (larik 2-D
 * baru bila fungsi mengembalikan rentang, dialokasikan sekali dengan panjang akhirnya: loop polos tercepat,
 * issue 26). Hasil keduanya dibandingkan sebelum diukur: lantai yang menghitung hal lain akan menghentikan
 * tolok ukur.
 *
 * `sel` = banyak sel rentang utama. Fungsi tanpa argumen rentang dicatat sekali dengan `sel: 1`.
 */

/** Bilangan acak deterministik (LCG) agar setiap jalan memakai data yang sama. */
function acak(seed) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/** Kolom n × 1 berisi angka dari `f(r)`. */
function kolom(n, f, seed = 1) {
  const r = acak(seed);
  const m = [];
  for (let i = 0; i < n; i++) m.push([f(r)]);
  return m;
}

/** Matriks baris × k dari `f(r)`. */
function matriks(baris, k, f, seed = 1) {
  const r = acak(seed);
  const m = [];
  for (let i = 0; i < baris; i++) {
    const b = new Array(k);
    for (let j = 0; j < k; j++) b[j] = f(r);
    m.push(b);
  }
  return m;
}

const skor1sd4 = (r) => 1 + Math.floor(r() * 4);
/** Pembulatan 9 desimal untuk keputusan pita (aritmetika yang sama dengan fungsinya, core/pita.ts). */
const bulat9 = (x) => Math.round(x * 1e9) / 1e9;
const positif = (r) => 1 + r() * 999;

/**
 * Lantai "per sel" dua argumen berbentuk n × 1 → n × 1: loop polos dengan aritmetika di tempat (tanpa
 * callback per sel, yang di V8 menjadi panggilan megamorfik bila dipakai beberapa kasus).
 */
const LANTAI_RASIO = {
  bagi: (a, b) => {
    const n = a.length;
    const out = new Array(n);
    for (let i = 0; i < n; i++) out[i] = [a[i][0] / b[i][0]];
    return out;
  },
  sisaBagian: (a, b) => {
    const n = a.length;
    const out = new Array(n);
    for (let i = 0; i < n; i++) out[i] = [(a[i][0] - b[i][0]) / a[i][0]];
    return out;
  },
};

/** Lantai jumlah kolom matriks (NRR): Σ per kolom / n. */
function rataKolom(m) {
  const k = m[0].length;
  const s = new Float64Array(k);
  for (let i = 0; i < m.length; i++) {
    const b = m[i];
    for (let j = 0; j < k; j++) s[j] += b[j];
  }
  for (let j = 0; j < k; j++) s[j] /= m.length;
  return s;
}

const UKURAN = [10000, 100000, 1000000];

const PEKPPP_ASPEK = [
  "Kebijakan Pelayanan",
  "Profesionalisme SDM",
  "Sarana Prasarana",
  "Sistem Informasi Pelayanan Publik",
  "Konsultasi dan Pengaduan",
  "Inovasi",
];

/** Nilai indikator PEKPPP 0–5 dan aspeknya bergiliran (n × 1 masing-masing). */
function dataPekppp(n, seed) {
  const r = acak(seed);
  const nilai = [];
  const aspek = [];
  for (let i = 0; i < n; i++) {
    nilai.push([Math.floor(r() * 6)]);
    aspek.push([PEKPPP_ASPEK[i % 6]]);
  }
  return [nilai, aspek];
}

/**
 * @param f modul fungsi hasil build (dist/functions/*.js)
 * @returns daftar kasus {fungsi, sel[], buat(n) → argumen, panggil(...argumen), lantai(...argumen)}
 */
function kasusFungsi(f) {
  return [
    {
      fungsi: "LAN.PROPORSI",
      sel: UKURAN,
      buat: (n) => [kolom(n, positif)],
      panggil: (x) => f.lan.lanProporsi(x),
      lantai: (x) => {
        let s = 0;
        for (let i = 0; i < x.length; i++) s += x[i][0];
        const out = new Array(x.length);
        for (let i = 0; i < x.length; i++) out[i] = [x[i][0] / s];
        return out;
      },
    },
    {
      fungsi: "LAN.BOBOT",
      sel: UKURAN,
      buat: (n) => [kolom(n, positif)],
      panggil: (x) => f.lan.lanBobot(x),
      lantai: (x) => {
        let s = 0;
        for (let i = 0; i < x.length; i++) s += x[i][0];
        const out = new Array(x.length);
        for (let i = 0; i < x.length; i++) out[i] = [(x[i][0] / s) * 20000];
        return out;
      },
    },
    {
      fungsi: "LAN.BOBOTINDIKATOR",
      sel: UKURAN,
      buat: (n) => [kolom(n, positif), 1234.5],
      panggil: (x, b) => f.lan.lanBobotIndikator(x, b),
      lantai: (x, b) => {
        let s = 0;
        for (let i = 0; i < x.length; i++) s += x[i][0];
        const out = new Array(x.length);
        for (let i = 0; i < x.length; i++) out[i] = [(x[i][0] / s) * b];
        return out;
      },
    },
    {
      fungsi: "LAN.NILAI",
      sel: UKURAN,
      buat: (n) => [kolom(n, (r) => 1 + Math.floor(r() * 10), 2), kolom(n, positif, 3)],
      panggil: (s, b) => f.lan.lanNilai(s, b),
      lantai: (s, b) => {
        let t = 0;
        for (let i = 0; i < s.length; i++) t += (s[i][0] / 10) * b[i][0];
        return t;
      },
    },
    {
      fungsi: "LAN.SKORIDEAL",
      sel: [1],
      buat: () => [89, 10, 23],
      panggil: (a, b, c) => f.lan.lanSkorIdeal(a, b, c),
      lantai: (a, b, c) => a * b * c,
    },
    {
      fungsi: "LAN.KATEGORI",
      sel: [1],
      buat: () => [[[812.5]]],
      panggil: (x) => f.lan.lanKategori(x),
      lantai: (x) => (x[0][0] > 850 ? "Amat baik" : x[0][0] > 700 ? "Baik" : x[0][0] >= 600 ? "Cukup" : "Kurang"),
    },
    ...["KINERJA.PRODUKTIVITAS", "KINERJA.PENYELESAIAN", "KINERJA.KETEPATAN", "KINERJA.CAPAIAN"].map((nama) => {
      const fn = {
        "KINERJA.PRODUKTIVITAS": "kinerjaProduktivitas",
        "KINERJA.PENYELESAIAN": "kinerjaPenyelesaian",
        "KINERJA.KETEPATAN": "kinerjaKetepatan",
        "KINERJA.CAPAIAN": "kinerjaCapaian",
      }[nama];
      // o / i, s / m, (s − t) / s, r / t
      const lantai = nama === "KINERJA.KETEPATAN" ? LANTAI_RASIO.sisaBagian : LANTAI_RASIO.bagi;
      // Pasangan yang sah untuk setiap rasio: a ≤ b untuk penyelesaian, t ≤ s untuk ketepatan.
      const buat =
        nama === "KINERJA.KETEPATAN"
          ? (n) => [kolom(n, (r) => 100 + Math.floor(r() * 900), 4), kolom(n, (r) => Math.floor(r() * 100), 5)]
          : (n) => [kolom(n, (r) => 1 + Math.floor(r() * 99), 4), kolom(n, (r) => 100 + Math.floor(r() * 900), 5)];
      return { fungsi: nama, sel: UKURAN, buat, panggil: (a, b) => f.layanan[fn](a, b), lantai };
    }),
    {
      fungsi: "BSC.CAPAIAN",
      sel: UKURAN,
      buat: (n) => [kolom(n, positif, 6), kolom(n, positif, 7)],
      panggil: (r, t) => f.bsc.bscCapaian(r, t),
      lantai: LANTAI_RASIO.bagi,
    },
    {
      fungsi: "BSC.SCORE",
      sel: UKURAN,
      buat: (n) => [kolom(n, positif, 8), kolom(n, positif, 9)],
      panggil: (x, w) => f.bsc.bscScore(x, w),
      lantai: (x, w) => {
        let sxw = 0;
        let sw = 0;
        for (let i = 0; i < x.length; i++) {
          sxw += x[i][0] * w[i][0];
          sw += w[i][0];
        }
        return sxw / sw;
      },
    },
    {
      fungsi: "BSC.STATUS",
      sel: UKURAN,
      buat: (n) => [kolom(n, (r) => r() * 1.5, 10)],
      panggil: (c) => f.bsc.bscStatus(c),
      lantai: (c) => {
        const out = new Array(c.length);
        for (let i = 0; i < c.length; i++) out[i] = [c[i][0] >= 1 ? "Hijau" : c[i][0] >= 0.8 ? "Kuning" : "Merah"];
        return out;
      },
    },
    {
      fungsi: "MUTU.GAP",
      sel: UKURAN,
      buat: (n) => [matriks(n / 10, 10, skor1sd4, 11), matriks(n / 10, 10, skor1sd4, 12)],
      panggil: (p, h) => f.mutu.mutuGap(p, h),
      lantai: (p, h) => {
        const rp = rataKolom(p);
        const rh = rataKolom(h);
        return [Array.from(rp, (x, j) => x - rh[j])];
      },
    },
    {
      fungsi: "PEGAWAI.NILAI",
      sel: UKURAN,
      buat: (n) => [matriks(n / 5, 5, (r) => Math.floor(r() * 101), 13)],
      panggil: (s) => f.pegawai.pegawaiNilai(s),
      lantai: (s) => {
        const out = new Array(s.length);
        for (let i = 0; i < s.length; i++) {
          const b = s[i];
          let t = 0;
          for (let j = 0; j < b.length; j++) t += b[j] * 0.2;
          out[i] = [t];
        }
        return out;
      },
    },
    {
      fungsi: "PEGAWAI.KATEGORI",
      sel: UKURAN,
      buat: (n) => [kolom(n, (r) => r() * 100, 14)],
      panggil: (x) => f.pegawai.pegawaiKategori(x),
      lantai: (x) => {
        const out = new Array(x.length);
        for (let i = 0; i < x.length; i++) {
          const v = x[i][0];
          out[i] = [v > 90 ? "Sangat baik" : v > 75 ? "Baik" : v > 60 ? "Cukup" : v > 50 ? "Kurang" : "Buruk"];
        }
        return out;
      },
    },
    {
      fungsi: "PEKPPP.INDEKS",
      sel: UKURAN,
      buat: (n) => dataPekppp(n, 15),
      panggil: (x, a) => f.pekppp.pekpppIndeks(x, a),
      lantai: (x, a) => {
        const bobot = Object.fromEntries(f.kerangkaPekppp.ASPEK_PEKPPP.map((a) => [a.nama, a.bobot]));
        const s = new Map();
        const c = new Map();
        for (let i = 0; i < x.length; i++) {
          const k = a[i][0];
          s.set(k, (s.get(k) ?? 0) + x[i][0]);
          c.set(k, (c.get(k) ?? 0) + 1);
        }
        let t = 0;
        for (const k of s.keys()) t += (s.get(k) / c.get(k)) * bobot[k];
        return t;
      },
    },
    {
      fungsi: "PEKPPP.KATEGORI",
      sel: UKURAN,
      buat: (n) => [kolom(n, (r) => r() * 5, 16)],
      panggil: (x) => f.pekppp.pekpppKategori(x),
      lantai: (x) => {
        const out = new Array(x.length);
        for (let i = 0; i < x.length; i++) {
          const v = x[i][0];
          out[i] = [
            v > 4.5
              ? "Pelayanan Prima"
              : v > 4
                ? "Sangat Baik"
                : v > 3.5
                  ? "Baik"
                  : v > 3
                    ? "Baik (Dengan Catatan)"
                    : v > 2.5
                      ? "Cukup"
                      : v > 2
                        ? "Cukup (Dengan Catatan)"
                        : v > 1.5
                          ? "Buruk"
                          : v > 1
                            ? "Sangat Buruk"
                            : "Gagal",
          ];
        }
        return out;
      },
    },
    {
      fungsi: "PEKPPP.PUBLIK",
      sel: UKURAN,
      buat: (n) => [matriks(n / 6, 6, (r) => Math.floor(r() * 6), 17), [PEKPPP_ASPEK]],
      panggil: (j, a) => f.pekppp.pekpppPublik(j, a),
      lantai: (j, a) => Array.from(rataKolom(j), (x, k) => [a[0][k], x]),
    },
    { fungsi: "PEKPPP.KERANGKA", sel: [1], buat: () => [], panggil: () => f.pekppp.pekpppKerangka(), lantai: null },
    {
      fungsi: "SENDI.TOTAL",
      sel: UKURAN,
      buat: (n) => [kolom(n, (r) => 1 + Math.floor(r() * 5), 18)],
      panggil: (s) => f.sendi.sendiTotal(s),
      lantai: (s) => {
        let t = 0;
        for (let i = 0; i < s.length; i++) t += s[i][0];
        return t;
      },
    },
    {
      fungsi: "SENDI.PERSEN",
      sel: UKURAN,
      buat: (n) => [kolom(n, (r) => 1 + Math.floor(r() * 5), 18)],
      panggil: (s) => f.sendi.sendiPersen(s),
      lantai: (s) => {
        let t = 0;
        for (let i = 0; i < s.length; i++) t += s[i][0];
        return t / (s.length * 5);
      },
    },
    {
      fungsi: "SENDI.TERLEMAH",
      sel: UKURAN,
      buat: (n) => {
        const r = acak(19);
        const skor = [];
        const nama = [];
        for (let i = 0; i < n; i++) {
          skor.push([2 + Math.floor(r() * 4)]);
          nama.push([`Sendi ${i + 1}`]);
        }
        skor[n >> 1] = [1];
        return [skor, nama];
      },
      panggil: (s, nm) => f.sendi.sendiTerlemah(s, nm),
      // Lantai yang adil (issue 26): SENDI.TERLEMAH WAJIB membaca setiap nama, karena satu nama kosong di
      // mana pun mengubah hasilnya menjadi #N/A "nama sendi ke-i kosong". Lantai lama hanya membaca nama
      // yang terpilih, jadi tidak pernah menyentuh 99,99 % baris dan teks nama (memori yang tidak dibaca
      // sama sekali, bukan sekadar perbandingan yang dilewati); itu bukan loop yang memberi hasil yang sama.
      // Di sini nama diperiksa dengan cara termurah yang benar (teks; satu karakter ASCII terlihat di depan
      // sudah membuktikan tidak kosong, selain itu trim) di loop yang sama dengan pencarian minimum, dan
      // yang terpilih di-trim seperti hasil fungsinya. Pemeriksaan skor (tipe, skala) tetap tidak dilakukan,
      // seperti di lantai lain.
      lantai: (s, nm) => {
        let min = Infinity;
        const hasil = [];
        for (let i = 0; i < s.length; i++) {
          const t = nm[i][0];
          if (typeof t !== "string") return "#VALUE!";
          const a = t.charCodeAt(0);
          if (!(a > 32 && a < 127) && t.trim() === "") return "#N/A";
          const x = s[i][0];
          if (x < min) {
            min = x;
            hasil.length = 0;
            hasil.push(t);
          } else if (x === min) hasil.push(t);
        }
        for (let p = 0; p < hasil.length; p++) hasil[p] = hasil[p].trim();
        return hasil.join("; ");
      },
    },
    { fungsi: "SENDI.DAFTAR", sel: [1], buat: () => [], panggil: () => f.sendi.sendiDaftar(), lantai: null },
    ...[
      ["SERVQUAL.DIMENSI", "servqualDimensi"],
      ["SERVQUAL.GAP", "servqualGap"],
    ].map(([nama, fn]) => ({
      fungsi: nama,
      sel: UKURAN,
      buat: (n) => [
        matriks(Math.round(n / 22), 22, (r) => 1 + Math.floor(r() * 7), 20),
        matriks(Math.round(n / 22), 22, (r) => 1 + Math.floor(r() * 7), 21),
      ],
      panggil: (p, h) => f.servqual[fn](p, h),
      lantai: (p, h) => {
        const peta = [4, 5, 4, 4, 5];
        const rp = rataKolom(p);
        const rh = rataKolom(h);
        const dim = [];
        let j = 0;
        for (const k of peta) {
          let sp = 0;
          let sh = 0;
          for (let t = 0; t < k; t++, j++) {
            sp += rp[j];
            sh += rh[j];
          }
          dim.push([sp / k, sh / k, (sp - sh) / k]);
        }
        if (nama === "SERVQUAL.GAP") return dim.reduce((s, d) => s + d[2], 0) / dim.length;
        const nm = ["Bukti fisik", "Keandalan", "Daya tanggap", "Jaminan", "Empati"];
        return dim.map((d, i) => [nm[i], ...d]);
      },
    })),
    { fungsi: "SERVQUAL.PETA", sel: [1], buat: () => [], panggil: () => f.servqual.servqualPeta(), lantai: null },
    {
      fungsi: "SKM.NRR",
      sel: UKURAN,
      buat: (n) => [matriks(Math.round(n / 9), 9, skor1sd4, 22)],
      panggil: (j) => f.skm.skmNrr(j),
      lantai: (j) => [Array.from(rataKolom(j))],
    },
    ...[
      ["SKM.TERTIMBANG", "skmTertimbang", (rk) => [Array.from(rk, (x) => x / 9)]],
      ["SKM.INDEKS", "skmIndeks", (rk) => rk.reduce((s, x) => s + x / 9, 0)],
      ["SKM.NILAI", "skmNilai", (rk) => rk.reduce((s, x) => s + x / 9, 0) * 25],
    ].map(([nama, fn, akhir]) => ({
      fungsi: nama,
      sel: UKURAN,
      buat: (n) => [matriks(Math.round(n / 9), 9, skor1sd4, 22)],
      panggil: (j) => f.skm[fn](j),
      lantai: (j) => akhir(rataKolom(j)),
    })),
    {
      fungsi: "SKM.MUTU",
      sel: [1],
      buat: () => [88.31],
      panggil: (x) => f.skm.skmMutu(x),
      lantai: (x) => (x > 88.3 ? "A" : x > 76.6 ? "B" : x > 64.99 ? "C" : "D"),
    },
    {
      fungsi: "SKM.KINERJA",
      sel: [1],
      buat: () => [80],
      panggil: (x) => f.skm.skmKinerja(x),
      lantai: (x) => (x > 88.3 ? "Sangat Baik" : x > 76.6 ? "Baik" : x > 64.99 ? "Kurang Baik" : "Tidak Baik"),
    },
    {
      fungsi: "SKM.SAMPEL",
      sel: [1],
      buat: () => [1000],
      panggil: (n) => f.skm.skmSampel(n),
      lantai: (n) => Math.round((3.841 * n * 0.25) / (0.0025 * (n - 1) + 3.841 * 0.25)),
    },
    { fungsi: "SKM.UNSUR", sel: [1], buat: () => [], panggil: () => f.skm.skmUnsur(), lantai: null },
    // LAN.KERANGKA asinkron (memuat potongan angka tercetak saat pertama dihitung): yang diukur tabelnya.
    {
      fungsi: "LAN.KERANGKA",
      sel: [1],
      buat: () => ["I"],
      panggil: (t) => f.lanKerangka.barisKerangkaLan(t),
      lantai: null,
    },
    {
      fungsi: "LAN.PRESTASI",
      sel: UKURAN,
      buat: (n) => [kolom(n, (r) => 1 + r() * 4, 23)],
      panggil: (x) => f.lanPola.lanPrestasi(x),
      lantai: (x) => {
        const label = f.kerangkaLan.SKALA_PRESTASI_LAN.map((s) => s.label);
        const out = new Array(x.length);
        for (let i = 0; i < x.length; i++) out[i] = [label[Math.max(1, Math.ceil(bulat9(x[i][0]) - 0.5)) - 1]];
        return out;
      },
    },
    {
      fungsi: "LAN.ANGKAINDIKATOR",
      sel: UKURAN,
      buat: (n) => [kolom(n, (r) => 1 + Math.floor(r() * 10), 24)],
      panggil: (x) => f.lanPola.lanAngkaIndikator(x),
      lantai: (x) => {
        const out = new Array(x.length);
        for (let i = 0; i < x.length; i++) out[i] = [(x[i][0] / 10) * 1000];
        return out;
      },
    },
    {
      fungsi: "LAN.KATEGORIINDIKATOR",
      sel: UKURAN,
      buat: (n) => [kolom(n, (r) => 1 + Math.floor(r() * 10), 25)],
      panggil: (x) => f.lanPola.lanKategoriIndikator(x),
      lantai: (x) => {
        const out = new Array(x.length);
        for (let i = 0; i < x.length; i++) {
          const v = bulat9((x[i][0] / 10) * 1000);
          out[i] = [v > 850 ? "Amat baik" : v > 700 ? "Baik" : v >= 600 ? "Cukup" : "Kurang"];
        }
        return out;
      },
    },
    {
      fungsi: "LAN.BOBOTLIMA",
      sel: UKURAN,
      buat: (n) => [kolom(n, positif, 26)],
      panggil: (x) => f.lanPola.lanBobotLima(x),
      lantai: (x) => {
        // lima total terbesar (sama besar: nomor lebih kecil dulu), dibagi ulang agar jumlahnya 20.000
        const pilih = [];
        for (let i = 0; i < x.length; i++) {
          const v = x[i][0];
          if (pilih.length === 5 && v <= x[pilih[4]][0]) continue;
          let k = pilih.length === 5 ? 4 : pilih.length;
          while (k > 0 && x[pilih[k - 1]][0] < v) k--;
          pilih.splice(k, 0, i);
          if (pilih.length > 5) pilih.pop();
        }
        let s = 0;
        for (const i of pilih) s += x[i][0];
        const out = new Array(x.length);
        for (let i = 0; i < x.length; i++) out[i] = [0];
        for (const i of pilih) out[i][0] = (x[i][0] / s) * 20000;
        return out;
      },
    },
    {
      fungsi: "PEGAWAI.PREDIKAT",
      sel: UKURAN,
      buat: (n) => {
        const teks = ["Di atas ekspektasi", "Sesuai ekspektasi", "Di bawah ekspektasi"];
        return [kolom(n, (r) => teks[Math.floor(r() * 3)], 27), kolom(n, (r) => teks[Math.floor(r() * 3)], 28)];
      },
      panggil: (h, p) => f.pegawai2022.pegawaiPredikat(h, p),
      lantai: (h, p) => {
        const indeks = new Map(f.aturanVersi.RATING_2022.map((t, i) => [t, i]));
        const m = f.aturanVersi.MATRIKS_PREDIKAT_2022;
        const out = new Array(h.length);
        for (let i = 0; i < h.length; i++) out[i] = [m[indeks.get(h[i][0])][indeks.get(p[i][0])]];
        return out;
      },
    },
    {
      fungsi: "PEKPPP.ASPEK",
      sel: UKURAN,
      buat: (n) => dataPekppp(n, 29),
      panggil: (x, a) => f.pekppp.pekpppAspek(x, a),
      lantai: (x, a) => {
        const s = new Map();
        const c = new Map();
        for (let i = 0; i < x.length; i++) {
          const k = a[i][0];
          s.set(k, (s.get(k) ?? 0) + x[i][0]);
          c.set(k, (c.get(k) ?? 0) + 1);
        }
        return f.kerangkaPekppp.ASPEK_PEKPPP.map((asp) => [asp.nama, asp.bobot, s.get(asp.nama) / c.get(asp.nama)]);
      },
    },
    {
      fungsi: "SERVQUAL.TERTIMBANG",
      sel: UKURAN,
      buat: (n) => [
        matriks(Math.round(n / 22), 22, (r) => 1 + Math.floor(r() * 7), 30),
        matriks(Math.round(n / 22), 22, (r) => 1 + Math.floor(r() * 7), 31),
        [[30, 25, 20, 15, 10]],
      ],
      panggil: (p, h, w) => f.servqual.servqualTertimbang(p, h, w),
      lantai: (p, h, w) => {
        const peta = [4, 5, 4, 4, 5];
        const rp = rataKolom(p);
        const rh = rataKolom(h);
        const sw = w[0].reduce((a, x) => a + x, 0);
        let t = 0;
        let j = 0;
        peta.forEach((k, d) => {
          let g = 0;
          for (let q = 0; q < k; q++, j++) g += rp[j] - rh[j];
          t += (w[0][d] / sw) * (g / k);
        });
        return t;
      },
    },
    {
      // ekspor formulir: n/9 responden × 9 unsur, 12 layanan, cap waktu seri Juli 2025–Juni 2027; satu layanan × semester
      fungsi: "SKM.SIKLUS",
      sel: UKURAN,
      buat: (n) => {
        const r = acak(23);
        const baris = Math.round(n / 9);
        const j = matriks(baris, 9, skor1sd4, 24);
        const l = [];
        const w = [];
        const awal = Date.UTC(2025, 6, 1) / 86400000 + 25569;
        for (let i = 0; i < baris; i++) {
          l.push([`Layanan ${i % 12}`]);
          w.push([awal + Math.floor(r() * 730 * 86400) / 86400]);
        }
        return [j, l, w, "Layanan 3", "2026-S1"];
      },
      panggil: (j, l, w, fl, fp) => f.skmSiklus.skmSiklus(j, l, w, fl, fp),
      // lantai: layanan sama persis, semester dari detik seri yang dibulatkan, Σ dan banyak per unsur
      lantai: (j, l, w, fl) => {
        const d0 = Date.UTC(2026, 0, 1) / 1000;
        const d1 = Date.UTC(2026, 6, 1) / 1000;
        const s = new Float64Array(9);
        const c = new Float64Array(9);
        for (let i = 0; i < j.length; i++) {
          if (l[i][0] !== fl) continue;
          const d = Math.round((w[i][0] - 25569) * 86400);
          if (d < d0 || d >= d1) continue;
          const b = j[i];
          for (let k = 0; k < 9; k++) {
            s[k] += b[k];
            c[k] += 1;
          }
        }
        let t = 0;
        for (let k = 0; k < 9; k++) t += (s[k] / c[k]) * (1 / 9);
        return t * 25;
      },
    },
  ];
}

module.exports = { kasusFungsi, acak };
