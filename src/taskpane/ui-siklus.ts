/**
 * Bagian "Siklus SKM" task pane (DOM): sumber jawaban (di Excel: lembar buku kerja, dibaca host.bacaLembar;
 * tanpa Excel: berkas CSV/.xlsx pilihan pengguna), kolom cap waktu dan layanan (terisi dari judul, terpilih
 * menurut tebakan), daftar kolom unsur yang dikenali beserta galatnya, dan keterangan apakah rumus merujuk
 * lembar pengguna langsung atau jawaban disalin. Bagian murninya (membaca, mengenali, isian → opsi) ada di
 * siklus-panel.ts, dimuat belakangan saat metode ini dipilih. Saat Bangun di Excel lembar dibaca ulang
 * (`k.siapkan`), jadi jawaban yang baru ditempel ikut.
 */
import type { Teks } from "./teks";
import type { KonteksUI } from "./ui";
import { GalatIsian, type BacaIsian } from "./isian";
import { gayaGalat, pesanGalat } from "./ui-galat";
import type { BerkasJawaban, SumberSiklus } from "./siklus-panel";

type Modul = typeof import("./siklus-panel");
type ElemenNilai = HTMLElement & { value: string };

export interface PanelSiklus {
  /** Dipanggil setiap kali metode siklus tampil: pertama kali memuat bagian murni dan daftar lembar. */
  aktifkan(): void;
  /** Menulis ulang teks yang dibentuk kode (daftar unsur, status) dalam bahasa sekarang. */
  terjemahkan(): void;
}

/** Mengisi fluent-select dengan pilihan baru; `terpilih` ditandai dan dipasang sebagai nilai. */
function isiPilihan(sel: ElemenNilai, pilihan: readonly { nilai: string; teks: string }[], terpilih: string): void {
  sel.replaceChildren(
    ...pilihan.map((p) => {
      const o = document.createElement("fluent-option");
      o.setAttribute("value", p.nilai);
      o.textContent = p.teks;
      if (p.nilai === terpilih) o.setAttribute("selected", "");
      return o;
    }),
  );
  sel.value = terpilih;
}

export function pasangPanelSiklus(k: KonteksUI): PanelSiklus {
  const { $, host } = k;
  const t = (): Teks => k.t();
  const excel = typeof host.daftarLembar === "function" && typeof host.bacaLembar === "function";
  const status = $("siklus-status");
  const pilihLembar = $("siklus-lembar");
  const waktu = $("siklus-waktu");
  const layanan = $("siklus-layanan");
  let modul: Modul | null = null;
  let sumber: SumberSiklus | null = null;
  let berkas: BerkasJawaban | null = null;
  let dimulai = false;
  /** Status terakhir (untuk diterjemahkan ulang): fungsi teks, dan apakah galat. */
  let pesan: { teks: (t: Teks) => string; galat: boolean } | null = null;

  $("siklus-pilih-berkas").hidden = excel;
  $("siklus-pilih-lembar").hidden = !excel;
  $("siklus-baca-ulang").hidden = !excel;

  const muat = async (): Promise<Modul> =>
    (modul ??= await import(/* webpackChunkName: "siklus" */ "./siklus-panel.js"));
  const aturan = () =>
    modul ? modul.aturanIsian({ nilai: (id) => String($(id)?.value ?? ""), centang: () => false }) : "2017";

  function tampilStatus(p: typeof pesan): void {
    pesan = p;
    status.textContent = p ? p.teks(t()) : "";
    status.classList.toggle("galat", Boolean(p?.galat));
  }
  // galat inti/rencana (masukan, batas): "Siklus SKM tidak dapat dibangun: …"; selebihnya menurut gayanya
  const galatBaca = (e: unknown) => (x: Teks) =>
    gayaGalat(e) === "rencana" ? x.galatSiklus((e as Error).message) : pesanGalat(e, x, x.galatBacaLembar);

  /** Daftar unsur yang dikenali dan keterangan rujukan/salinan untuk kolom terpilih. */
  function perbaruiUnsur(): void {
    const m = modul;
    const daftar = $("siklus-unsur");
    const galat = $("siklus-unsur-galat");
    const rujukan = $("siklus-rujukan");
    if (!m || !sumber) return;
    const { unsur, galat: g } = m.kenaliUnsur(sumber.tabel.judul, aturan(), waktu.value, layanan.value);
    daftar.replaceChildren(
      ...unsur.map((u) => {
        const li = document.createElement("li");
        // judul pertanyaan formulir bisa panjang: dipotong di sekitar kata unsurnya, utuh di tooltip
        li.textContent =
          u.kolom === null ? `${u.unsur}: —` : `${u.unsur} ← ${t().siklusKolomUnsur(u.kolom, u.cuplikan ?? "")}`;
        li.title = u.judul ?? "";
        li.classList.toggle("hilang", u.kolom === null);
        return li;
      }),
    );
    galat.hidden = g === null;
    galat.textContent = g === null ? "" : t().galatSiklus(g);
    const alasan = g === null ? m.alasanSalinPanel(sumber, aturan(), waktu.value, layanan.value) : null;
    rujukan.textContent =
      !sumber.lembar || g !== null
        ? ""
        : alasan
          ? t().siklusSalin(m.lembarSalinan(aturan()), alasan)
          : t().siklusRujuk(sumber.lembar);
  }

  /** Jawaban baru dibaca: pilihan kolom diisi ulang bila judulnya berubah (pilihan pengguna dipertahankan bila tidak). */
  function pasangSumber(s: SumberSiklus): void {
    const m = modul as Modul;
    const sama = sumber !== null && sumber.tabel.judul.join("\n") === s.tabel.judul.join("\n");
    sumber = s;
    tampilStatus({ teks: (x) => x.siklusTerbaca(s.tabel.baris.length, s.tabel.judul.length), galat: false });
    if (!sama) {
      const tebak = m.tebakKolom(s.tabel.judul, aturan());
      const pilihan = (x: Teks) => [
        { nilai: m.TANPA_KOLOM, teks: x.siklusTanpaKolom },
        ...s.tabel.judul.filter((j) => j !== "").map((j) => ({ nilai: j, teks: j })),
      ];
      isiPilihan(waktu, pilihan(t()), tebak.waktu);
      isiPilihan(layanan, pilihan(t()), tebak.layanan);
      $("siklus-kolom").hidden = false;
    }
    perbaruiUnsur();
  }

  function lepasSumber(): void {
    sumber = null;
    $("siklus-kolom").hidden = true;
  }

  /** Lembar jawaban, lalu lembar Peta Jawaban bila sudah ada (teks yang dipetakan pengguna di sana ikut dikenali). */
  async function bacaLembarExcel(nama: string): Promise<void> {
    const m = await muat();
    const isi = await host.bacaLembar!(nama);
    const tabel = m.tabelDariLembar(nama, isi.alamat, isi.nilai, isi.ada);
    const lp = m.lembarPeta(aturan());
    const peta = lp === nama ? null : await host.bacaLembar!(lp);
    pasangSumber({ tabel, lembar: nama, peta: peta ? m.petaDariLembar(aturan(), peta.alamat, peta.nilai) : [] });
  }

  /** Excel: daftar lembar terlihat, lalu lembar terpilih (tetap yang dipilih bila masih ada) dibaca. */
  async function muatDaftar(): Promise<void> {
    tampilStatus({ teks: (x) => x.siklusMembaca, galat: false });
    try {
      const [m, daftar] = await Promise.all([muat(), host.daftarLembar!()]);
      if (daftar.length === 0) throw new GalatIsian(t().galatSiklusLembar);
      const pilih = daftar.includes(pilihLembar.value) ? pilihLembar.value : (m.lembarAwal(daftar) as string);
      isiPilihan(
        pilihLembar,
        daftar.map((l) => ({ nilai: l, teks: l })),
        pilih,
      );
      await bacaLembarExcel(pilih);
    } catch (e) {
      lepasSumber();
      tampilStatus({ teks: galatBaca(e), galat: true });
    }
  }

  async function bukaBerkas(f: File): Promise<void> {
    tampilStatus({ teks: (x) => x.siklusMembaca, galat: false });
    try {
      const m = await muat();
      berkas = await m.bukaBerkas(f.name, await f.arrayBuffer());
      $("siklus-pilih-lembar").hidden = berkas.lembar.length < 2;
      if (berkas.lembar.length > 1)
        isiPilihan(
          pilihLembar,
          berkas.lembar.map((l) => ({ nilai: l, teks: l })),
          berkas.lembar[0],
        );
      pasangSumber({ tabel: berkas.tabel(berkas.lembar[0]) });
    } catch (e) {
      berkas = null;
      lepasSumber();
      tampilStatus({ teks: galatBaca(e), galat: true });
    }
  }

  pilihLembar.addEventListener("change", () => {
    if (excel)
      void bacaLembarExcel(pilihLembar.value).catch(
        (e) => (lepasSumber(), tampilStatus({ teks: galatBaca(e), galat: true })),
      );
    else if (berkas) pasangSumber({ tabel: berkas.tabel(pilihLembar.value) });
  });
  $<HTMLInputElement>("siklus-berkas").addEventListener("change", (e) => {
    const f = (e.target as HTMLInputElement).files?.[0];
    if (f) void bukaBerkas(f);
  });
  $("siklus-baca-ulang").addEventListener("click", () => void muatDaftar());
  for (const id of ["siklus-waktu", "siklus-layanan", "siklus-aturan"]) $(id).addEventListener("change", perbaruiUnsur);

  k.data.set("skmSiklus", (b: BacaIsian, x: Teks) => {
    if (!modul || !sumber) throw new GalatIsian(excel ? x.galatSiklusSumber : x.galatSiklusBerkas);
    return modul.bacaOpsiSiklus(sumber, b, x);
  });
  // di Excel lembar dibaca ulang tepat sebelum Bangun: jawaban yang ditempel setelah lembar dipilih ikut dihitung
  if (excel) k.siapkan.set("skmSiklus", async () => (sumber?.lembar ? bacaLembarExcel(sumber.lembar) : undefined));

  return {
    aktifkan() {
      if (dimulai) return;
      dimulai = true;
      if (excel) void muatDaftar();
      else void muat();
    },
    terjemahkan() {
      tampilStatus(pesan);
      if (sumber) {
        const opsi = [waktu, layanan].map((s) =>
          s.querySelector<HTMLElement>(`fluent-option[value="${modul?.TANPA_KOLOM}"]`),
        );
        for (const o of opsi) if (o) o.textContent = t().siklusTanpaKolom;
        perbaruiUnsur();
      }
    },
  };
}
