/**
 * Pembangun lembar predikat kinerja pegawai ASN menurut PermenPAN-RB 6/2022 (aturan yang berlaku; PP 46/2011
 * dicabut PP 30/2019): satu baris per pegawai dengan rating hasil kerja dan rating perilaku kerja (daftar
 * pilihan), predikat dari matriks yang ditulis terlihat di lembar (INDEX/MATCH), dan ringkasan.
 */
import { galatAngka } from "../core/errors";
import { ATURAN_PEGAWAI, MATRIKS_PREDIKAT_2022, PREDIKAT_2022, RATING_2022 } from "../frameworks/aturan-versi";
import { alamat, hitung, judul, label, masukan, type RencanaBukuKerja } from "./rencana";
import { Kisi, abs, lembarRingkasan, rujukLembar, teksDari } from "./ringkasan";

export interface OpsiPegawai2022 {
  pegawai?: number;
  /** Isian awal (contoh). Tidak disimpan di meta. */
  nama?: string[];
  hasil?: string[];
  perilaku?: string[];
}

export const NAMA_LEMBAR_PEGAWAI_2022 = "Predikat Pegawai";

export function rencanaPegawai2022(opsi: OpsiPegawai2022 = {}): RencanaBukuKerja {
  const P = opsi.pegawai ?? opsi.nama?.length ?? 10;
  if (!Number.isInteger(P) || P < 1 || P > 5000) throw galatAngka("jumlah pegawai harus bilangan bulat 1–5000");
  const aturan = ATURAN_PEGAWAI.find((a) => a.kode === "permenpan6-2022")!;
  const k = new Kisi();
  k.set(0, 0, judul("Predikat kinerja pegawai ASN — PermenPAN-RB 6/2022"));
  k.set(
    1,
    0,
    label(
      `Pilih rating hasil kerja dan rating perilaku kerja (sel kuning); predikat ` +
        `dibaca dari matriks di kanan. Sumber matriks: ${aturan.sumber} (tidak terverifikasi dari teks ` +
        `lampiran). PP 46/2011 sudah dicabut PP 30/2019.`,
      "catatan",
    ),
  );
  // matriks predikat (terlihat, untuk auditor): baris = hasil kerja, kolom = perilaku kerja
  const mr = 3;
  const mc = 6;
  k.set(mr, mc, label("Hasil kerja \\ Perilaku kerja", "kepala"));
  RATING_2022.forEach((r, j) => k.set(mr, mc + 1 + j, label(r, "kepala")));
  RATING_2022.forEach((r, i) => {
    k.set(mr + 1 + i, mc, label(r, "kepala"));
    MATRIKS_PREDIKAT_2022[i].forEach((p, j) => k.set(mr + 1 + i, mc + 1 + j, label(p)));
  });
  const rngBaris = `${abs(mr + 1, mc)}:${abs(mr + 3, mc)}`;
  const rngKolom = `${abs(mr, mc + 1)}:${abs(mr, mc + 3)}`;
  const rngMatriks = `${abs(mr + 1, mc + 1)}:${abs(mr + 3, mc + 3)}`;
  // urutan predikat (1 = terbaik) untuk ringkasan
  const ur = mr + 5;
  k.set(ur, mc, label("Urutan predikat (1 = terbaik)", "kepala"));
  PREDIKAT_2022.forEach((p, i) => {
    k.set(ur + 1 + i, mc, label(p));
    k.set(ur + 1 + i, mc + 1, label(i + 1));
  });
  const rngUrutan = `${abs(ur + 1, mc)}:${abs(ur + PREDIKAT_2022.length, mc)}`;
  const hdr = 3;
  ["No", "Pegawai", "Rating hasil kerja", "Rating perilaku kerja", "Predikat"].forEach((t, j) =>
    k.set(hdr, j, label(t, "kepala")),
  );
  const awal = hdr + 1;
  for (let i = 0; i < P; i++) {
    const r = awal + i;
    k.set(r, 0, label(i + 1));
    k.set(r, 1, masukan(`nama|pegawai=${i + 1}`, opsi.nama?.[i] ?? `Pegawai ${i + 1}`));
    k.set(r, 2, masukan(`hasil|pegawai=${i + 1}`, opsi.hasil?.[i]));
    k.set(r, 3, masukan(`perilaku|pegawai=${i + 1}`, opsi.perilaku?.[i]));
    const c = alamat(r, 2);
    const d = alamat(r, 3);
    k.set(
      r,
      4,
      hitung(`=IF(OR(${c}="",${d}=""),"",INDEX(${rngMatriks},MATCH(${c},${rngBaris},0),MATCH(${d},${rngKolom},0)))`),
    );
  }
  const akhir = awal + P - 1;
  const ref = rujukLembar(NAMA_LEMBAR_PEGAWAI_2022);
  return {
    meta: { pembangun: "pegawai", versi: 1, opsi: { pegawai: P, skala: "2022" } },
    lembar: [
      {
        nama: NAMA_LEMBAR_PEGAWAI_2022,
        blok: [k.blok()],
        validasi: [
          {
            rentang: `${alamat(awal, 2)}:${alamat(akhir, 3)}`,
            jenis: "daftar",
            daftar: [...RATING_2022],
            pesan: `Pilih: ${RATING_2022.join(", ")}.`,
          },
        ],
        bekukan: { baris: awal, kolom: 2 },
        lebarKolom: [
          { kolom: "A", lebar: 5 },
          { kolom: "B", lebar: 30 },
          { kolom: "C", lebar: 22 },
          { kolom: "D", lebar: 22 },
          { kolom: "E", lebar: 20 },
          { kolom: "G", lebar: 26 },
          { kolom: "H", lebar: 20 },
          { kolom: "I", lebar: 20 },
          { kolom: "J", lebar: 20 },
        ],
      },
      lembarRingkasan({
        nama: "Predikat Pegawai Ringkasan",
        judul: "Ringkasan predikat kinerja pegawai (PermenPAN-RB 6/2022)",
        keterangan: `Urutan predikat: 1 ${PREDIKAT_2022.join(", ")} (1 = terbaik); peringkat 1 = predikat terbaik.`,
        kolomNama: "Pegawai",
        kolomNilai: "Urutan predikat",
        kolomKategori: "Predikat",
        formatNilai: "0",
        urutan: "menaik",
        baris: Array.from({ length: P }, (_, i) => {
          const sel = `${ref}!${abs(awal + i, 4)}`;
          return {
            nama: teksDari(NAMA_LEMBAR_PEGAWAI_2022, abs(awal + i, 1)),
            nilai: `=IF(${sel}="","",MATCH(${sel},${ref}!${rngUrutan},0))`,
            kategori: `=""&${sel}`,
          };
        }),
        judulGrafik: "Urutan predikat kinerja pegawai",
      }),
    ],
  };
}
