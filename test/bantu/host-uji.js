/* global window, module, setTimeout, TextEncoder, Buffer */
/**
 * Host uji: tiruan kecil Office/Excel dalam memori yang mencatat apa yang ditulis add-in.
 *
 * - Di peramban, berkas ini disajikan MENGGANTIKAN office.js dari CDN (page.route) dan memasang
 *   `Office`, `Excel`, `CustomFunctions` serta `window.__pkpUji` (buku kerja tiruan + statistik).
 * - Di Jest (Node), `require("./bantu/host-uji.js").buatHostUji(opsi)` memberi host baru.
 *
 * Hanya API yang dipakai adaptor (src/hosts/excel/*.ts) yang ditiru. Semantiknya mengikuti
 * Office.js: perintah diantre dan baru dijalankan saat `context.sync()`; properti yang di-`load`
 * baru dapat dibaca setelah sync (kalau tidak → galat PropertyNotLoaded); null di larik 2-D berarti
 * "jangan ubah"; ukuran larik harus sama dengan ukuran rentang; metode *OrNullObject pada objek null
 * memberi objek null lagi.
 *
 * Suntingan pengguna (bukan API, dipanggil uji seperti pengguna yang bekerja di Excel):
 * `ketik`, `sisipBaris`, `hapusBaris`, `sisipKolom`, `hapusKolom`, `gantiNamaLembar`, `urutkanBaris`,
 * `potongTempel`, `pindahBaris`, `salinLembar`, `hapusLembar`, `pindahKeBuku`, `hapusNama`, `lindungi`.
 * YANG DITIRU seperti Excel:
 * - sisip/hapus baris atau kolom: sel di bawah/kanannya berpindah; sel di baris/kolom yang dihapus hilang;
 * - rujukan di SEMUA rumus buku kerja yang menunjuk lembar itu (tanpa awalan di lembar yang sama, atau
 *   'Nama'!/Nama! dari lembar lain) disesuaikan: A1, $A$1 (mutlak juga bergeser), rentang A1:B9 (melebar
 *   bila sisipan di dalamnya, menyempit bila sebagian dihapus), kolom utuh C:C dan baris utuh 7:7;
 *   rujukan yang seluruhnya terhapus menjadi #REF!;
 * - nama rentang buku kerja (termasuk yang tersembunyi) ikut bergeser/melebar/menyempit atau menjadi
 *   #REF!; rentang satu lembar utuh ($1:$1048576) tetap utuh;
 * - alamat gabungan sel, validasi, format bersyarat dan rentang grafik pada lembar itu ikut bergeser;
 * - ganti nama lembar: nama lembar, rujukan 'Lama'! di semua rumus, dan nama rentang mengikuti nama baru;
 * - urutkan (sort) baris selebar lembar: ISI sel berpindah (rumus yang berpindah seperti disalin: rujukan
 *   relatifnya bergeser), nama rentang TIDAK ikut, rujukan dari sel lain tidak disesuaikan;
 * - potong-tempel: isi berpindah; rujukan rumus dan nama rentang yang SELURUHNYA di dalam rentang yang
 *   dipotong ikut berpindah (jangkar baris ikut bila baris utuh dipotong); `pindahBaris` = sisip, potong-
 *   tempel, hapus ("Sisipkan Sel yang Dipotong");
 * - salin lembar: isi, gabungan, validasi dan format bersyarat disalin; nama rentang buku kerja TIDAK
 *   disalin (Excel menyalinnya bercakupan lembar, tidak tampak di `workbook.names`); hapus lembar: nama dan
 *   rujukan antarlembar ke lembar itu menjadi #REF!; pindah ke buku lain = salin ke host lain lalu hapus
 *   (tanpa nama, tanpa `_pkp`);
 * - hapus nama di Name Manager (termasuk jangkar tersembunyi);
 * - lindungi lembar: setiap perintah API yang mengubah sel, format, gabungan, grafik atau menyisip/menghapus
 *   baris pada lembar itu melempar AccessDenied SAAT sync; perintah sebelumnya di batch yang sama TETAP
 *   diterapkan (Office.js tidak membatalkan batch). `worksheet.protection.protected` dapat dibaca;
 * - Range.insert/delete baris atau kolom UTUH (seperti sisip/hapus di atas).
 * YANG TIDAK DITIRU: lebar kolom dan pembekuan panel tidak bergeser; rumus tidak dihitung (values sel
 * rumus = 0); nama bercakupan lembar, rujukan 3-D, rujukan R1C1, INDIRECT/OFFSET, tabel (ListObject),
 * isi otomatis, urutkan sebagian kolom dan sisip sebagian (geser sel) tidak ditiru; batas baris/kolom
 * tidak diperiksa saat menyisip; perlindungan buku kerja (struktur) tidak ditiru.
 *
 * BATAS EXCEL DI WEB (opsi `batas`, bawaan seperti Excel di web; docs Microsoft "Resource limits and performance
 * optimization for Office Add-ins" dan "Error handling with the application-specific JavaScript APIs"):
 * - Setiap `context.sync()` (juga sync akhir Excel.run) diukur: PERMINTAAN = byte UTF-8 JSON semua perintah
 *   yang diantre (larik 2-D values/formulas/numberFormat apa adanya, argumen lain ditaksir) + ONGKOS_PERINTAH per
 *   perintah dan per load; TANGGAPAN = byte UTF-8 JSON semua properti yang dimuat. Di atas `batas.muatan`
 *   (5 MB = 5.242.880 byte): permintaan → galat "RequestPayloadSizeLimitExceeded" dan TIDAK ADA perintah yang
 *   dijalankan; tanggapan → perintah batch itu SUDAH dijalankan (tanpa rollback, seperti Office.js), lalu galat
 *   "ResponsePayloadSizeLimitExceeded" dan properti yang dimuat tidak dapat dibaca. `statistik.perSync` mencatat
 *   {permintaan, tanggapan} setiap sync, `statistik.permintaanMaks`/`tanggapanMaks` yang terbesar.
 *   Ukuran ini MODEL (format kabel Office.js tidak ditiru byte demi byte); adaptor menaksir dengan batas 4 MB.
 * - Sel: teks > 32.767 karakter dan rumus > 8.192 karakter ditolak saat perintah dijalankan (galat
 *   "InvalidArgument"; kode pasti Excel untuk dua batas ini tidak didokumentasikan); perintah sebelumnya tetap.
 *   Format satu rentang > 33.554.000 sel: "OperationCellsExceedLimit" (batas Excel di web yang didokumentasikan).
 * - Nama tersembunyi (office-js #3878, #3949): `visible = false` hanya berlaku pada objek yang DIBERIKAN
 *   `names.add(...)` SETELAH add itu disinkronkan (cara yang dilaporkan berhasil di #3878). Diset di batch yang
 *   sama dengan add-nya, atau pada nama yang diambil lewat getItem/getItemOrNullObject, diabaikan diam-diam
 *   (nama tetap terlihat; dihitung di `statistik.visibleDiabaikan`). `visible = true` selalu berlaku.
 */
(function (root) {
  "use strict";

  const MAKS_BARIS = 1048576;
  /** Batas Excel di web (lihat kepala berkas). */
  const BATAS_EXCEL_WEB = { muatan: 5 * 1024 * 1024, teksSel: 32767, rumus: 8192, selOperasi: 33554000 };
  /** Taksiran byte satu perintah atau load di luar datanya (jalur objek, id aksi, nama metode). */
  const ONGKOS_PERINTAH = 100;
  const penyandi = typeof TextEncoder !== "undefined" ? new TextEncoder() : null;
  /** Byte UTF-8 dari JSON `x` (model ukuran muatan Office.js). */
  function ukuranJson(x) {
    const s = JSON.stringify(x === undefined ? null : x);
    if (typeof Buffer !== "undefined") return Buffer.byteLength(s, "utf8");
    return penyandi ? penyandi.encode(s).length : s.length;
  }

  function indeksKolom(h) {
    let n = 0;
    for (const c of h.toUpperCase()) n = n * 26 + (c.charCodeAt(0) - 64);
    return n - 1;
  }
  function hurufKolom(i) {
    let s = "";
    let n = i + 1;
    while (n > 0) {
      const r = (n - 1) % 26;
      s = String.fromCharCode(65 + r) + s;
      n = Math.floor((n - 1) / 26);
    }
    return s;
  }
  const a1 = (b, k) => `${hurufKolom(k)}${b + 1}`;
  function uraiRentang(alamat) {
    const a = String(alamat).replace(/\$/g, "");
    const bagian = a.split(":");
    const satu = (s) => {
      let m = s.match(/^([A-Za-z]+)(\d+)$/);
      if (m) return { b: Number(m[2]) - 1, k: indeksKolom(m[1]) };
      m = s.match(/^([A-Za-z]+)$/);
      if (m) return { b: null, k: indeksKolom(m[1]) };
      m = s.match(/^(\d+)$/);
      if (m) return { b: Number(m[1]) - 1, k: null };
      throw galat("InvalidArgument", `alamat tidak sah: ${alamat}`);
    };
    const p = satu(bagian[0]);
    const q = bagian.length > 1 ? satu(bagian[1]) : p;
    return {
      b0: p.b === null ? 0 : p.b,
      b1: q.b === null ? MAKS_BARIS - 1 : q.b,
      k0: p.k === null ? 0 : p.k,
      k1: q.k === null ? 16383 : q.k,
    };
  }
  function galat(code, message) {
    const e = new Error(message);
    e.code = code;
    e.name = "RichApi.Error";
    return e;
  }
  const kutip = (n) => (/^[A-Za-z0-9_]+$/.test(n) ? n : `'${n.replace(/'/g, "''")}'`);
  const MAKS_KOLOM = 16384;

  // ---------- penyesuaian rujukan seperti Excel (sisip/hapus baris atau kolom) ----------

  /** Satu sumbu [s0, s1]: sisip n>0 baris/kolom di `pos`, atau hapus -n mulai `pos`; null = terhapus seluruhnya. */
  function geserSumbu(s0, s1, pos, n, maks) {
    if (s0 === 0 && s1 === maks - 1) return [s0, s1]; // baris/kolom utuh tetap utuh
    if (n > 0) return [s0 >= pos ? s0 + n : s0, s1 >= pos ? Math.min(maks - 1, s1 + n) : s1];
    const m = -n;
    const akhir = pos + m;
    const a = s0 >= akhir ? s0 - m : s0 >= pos ? pos : s0;
    const b = s1 >= akhir ? s1 - m : s1 >= pos ? pos - 1 : s1;
    return b < a ? null : [a, b];
  }
  function geserKotak(r, sumbu, pos, n) {
    if (!r) return null;
    if (sumbu === "b") {
      const x = geserSumbu(r.b0, r.b1, pos, n, MAKS_BARIS);
      return x && { b0: x[0], b1: x[1], k0: r.k0, k1: r.k1 };
    }
    const x = geserSumbu(r.k0, r.k1, pos, n, MAKS_KOLOM);
    return x && { b0: r.b0, b1: r.b1, k0: x[0], k1: x[1] };
  }
  /** Kotak → alamat mutlak seperti nilai nama rentang Excel: $A$1, $A$1:$B$2, $7:$9, $C:$D. */
  function alamatMutlak(r) {
    const baris = (b) => `$${b + 1}`;
    const kolom = (k) => `$${hurufKolom(k)}`;
    if (r.k0 === 0 && r.k1 === MAKS_KOLOM - 1) return `${baris(r.b0)}:${baris(r.b1)}`;
    if (r.b0 === 0 && r.b1 === MAKS_BARIS - 1) return `${kolom(r.k0)}:${kolom(r.k1)}`;
    const sel = (b, k) => `${kolom(k)}${baris(b)}`;
    return r.b0 === r.b1 && r.k0 === r.k1 ? sel(r.b0, r.k0) : `${sel(r.b0, r.k0)}:${sel(r.b1, r.k1)}`;
  }
  const POLA_RUJUKAN =
    /(?<![A-Za-z0-9_.$'])((?:'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!)?(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?|\$?[A-Z]{1,3}:\$?[A-Z]{1,3}|\$?\d+:\$?\d+)(?![A-Za-z0-9_(!])/g;
  const uraiAwalan = (a) => (a ? (a.startsWith("'") ? a.slice(1, -2).replace(/''/g, "'") : a.slice(0, -1)) : null);
  /** Menjalankan `f(awalan, lembarTujuan, token)` pada setiap rujukan rumus di luar teks "..."; hasilnya menggantikan awalan+token. */
  function ubahRujukan(rumus, lembarSel, f) {
    return rumus
      .split('"')
      .map((bagian, i) =>
        i % 2
          ? bagian
          : bagian.replace(POLA_RUJUKAN, (_, awalan, token) => f(awalan || "", uraiAwalan(awalan) ?? lembarSel, token)),
      )
      .join('"');
  }
  function uraiUjung(u) {
    const m = u.match(/^(\$?)([A-Z]{1,3})?(\$?)(\d+)?$/);
    return {
      kAbs: m[1],
      k: m[2] === undefined ? null : indeksKolom(m[2]),
      bAbs: m[3],
      b: m[4] === undefined ? null : Number(m[4]) - 1,
    };
  }
  /** Menggeser satu token rujukan (A1, $A$1:B9, C:C, 7:7) dengan tetap memakai tanda $ aslinya; null = #REF!. */
  function geserToken(token, sumbu, pos, n) {
    const [p, q] = token.split(":").map(uraiUjung);
    const akhir = q || p;
    const r = {
      b0: p.b === null ? 0 : p.b,
      b1: akhir.b === null ? MAKS_BARIS - 1 : akhir.b,
      k0: p.k === null ? 0 : p.k,
      k1: akhir.k === null ? MAKS_KOLOM - 1 : akhir.k,
    };
    const x = geserKotak(r, sumbu, pos, n);
    if (!x) return null;
    const tulis = (u, b, k) =>
      (u.k === null ? "" : `${u.kAbs}${hurufKolom(k)}`) + (u.b === null ? "" : `${u.bAbs}${b + 1}`);
    return q ? `${tulis(p, x.b0, x.k0)}:${tulis(q, x.b1, x.k1)}` : tulis(p, x.b0, x.k0);
  }

  function buatHostUji(opsi) {
    opsi = opsi || {};
    const versiMaks = opsi.versiMaks || "1.17";
    const batas = Object.assign({}, BATAS_EXCEL_WEB, opsi.batas || {});
    const buku = { lembar: [], nama: new Map(), aktif: null, pilihan: null };
    const gagal = { sisa: null };
    const statistik = {
      sync: 0,
      syncAkhirRun: 0,
      run: 0,
      panggilan: 0,
      log: [],
      perSync: [],
      permintaanMaks: 0,
      tanggapanMaks: 0,
      visibleDiabaikan: 0,
    };
    const catat = (op, rincian) => {
      statistik.panggilan++;
      statistik.log.push(Object.assign({ op }, rincian || {}));
    };

    function cariLembar(nama) {
      return buku.lembar.find((l) => l.nama.toLowerCase() === String(nama).toLowerCase()) || null;
    }
    function lembarBaru(nama) {
      return {
        nama,
        visibility: "Visible",
        lindung: false,
        sel: new Map(),
        gabung: [],
        validasi: [],
        cf: [],
        bekukan: null,
        lebar: {},
        grafik: [],
        tinggi: {},
        kelompok: [],
        cetak: {},
      };
    }
    function tambahLembar(nama) {
      if (cariLembar(nama)) throw galat("ItemAlreadyExists", `Lembar ${nama} sudah ada`);
      const l = lembarBaru(nama);
      buku.lembar.push(l);
      return l;
    }
    function selDi(l, b, k, buat) {
      const id = `${b},${k}`;
      let s = l.sel.get(id);
      if (!s && buat) {
        s = { gaya: {} };
        l.sel.set(id, s);
      }
      return s;
    }
    const terisi = (s) => s && ((s.f !== undefined && s.f !== "") || (s.v !== undefined && s.v !== ""));
    function batasTerpakai(l, nilaiSaja) {
      let r = null;
      for (const [id, s] of l.sel) {
        if (nilaiSaja ? !terisi(s) : !terisi(s) && !s.nf && !Object.keys(s.gaya).length) continue;
        const [b, k] = id.split(",").map(Number);
        if (!r) r = { b0: b, b1: b, k0: k, k1: k };
        else {
          r.b0 = Math.min(r.b0, b);
          r.b1 = Math.max(r.b1, b);
          r.k0 = Math.min(r.k0, k);
          r.k1 = Math.max(r.k1, k);
        }
      }
      return r;
    }
    /** Batas isi satu sel Excel: rumus ≤ 8.192 karakter, teks ≤ 32.767 karakter. */
    function periksaBatasSel(v) {
      if (typeof v !== "string") return;
      if (v.startsWith("=") && v.length > batas.rumus)
        throw galat("InvalidArgument", `Rumus ${v.length} karakter melebihi batas Excel ${batas.rumus}`);
      const teks = v.startsWith("'") ? v.slice(1) : v;
      if (!v.startsWith("=") && teks.length > batas.teksSel)
        throw galat("InvalidArgument", `Teks ${teks.length} karakter melebihi batas sel Excel ${batas.teksSel}`);
    }
    function tulisSel(s, v) {
      if (v === null || v === undefined) return;
      periksaBatasSel(v);
      delete s.f;
      delete s.v;
      if (typeof v === "string" && v.startsWith("'")) s.v = v.slice(1);
      else if (typeof v === "string" && v.startsWith("=") && v.length > 1) s.f = v;
      // Excel mengubah teks berbentuk angka menjadi angka, lewat `formulas` maupun `values` ("007" → 7)
      else if (typeof v === "string" && v.trim() !== "" && !isNaN(Number(v))) s.v = Number(v);
      else if (v !== "") s.v = v;
    }

    class Konteks {
      constructor() {
        this.antrean = [];
        this.muatan = [];
        this.syncKe = 0;
        this.workbook = new Workbook(this);
      }
      /** Mengantre perintah; `ukuran` = byte datanya (di luar ONGKOS_PERINTAH). */
      antre(f, ukuran) {
        this.antrean.push({ f, ukuran: (ukuran || 0) + ONGKOS_PERINTAH });
      }
      async sync() {
        statistik.sync++;
        this.jalankan();
      }
      /** Satu sync: ukur permintaan, jalankan perintah, isi load, ukur tanggapan (batas: kepala berkas). */
      jalankan() {
        this.syncKe++;
        const a = this.antrean;
        this.antrean = [];
        const m = this.muatan;
        this.muatan = [];
        let permintaan = m.length * ONGKOS_PERINTAH;
        for (const p of a) permintaan += p.ukuran;
        const catatan = { permintaan, tanggapan: 0 };
        statistik.perSync.push(catatan);
        statistik.permintaanMaks = Math.max(statistik.permintaanMaks, permintaan);
        if (permintaan > batas.muatan)
          throw galat(
            "RequestPayloadSizeLimitExceeded",
            `The request payload size has exceeded the limit (${permintaan} > ${batas.muatan} byte).`,
          );
        for (const p of a) {
          // galat sisipan uji (`gagalSetelah(n)`): perintah ke-n berikutnya gagal, yang sebelumnya tetap diterapkan
          if (gagal.sisa !== null && gagal.sisa-- <= 0) {
            gagal.sisa = null;
            throw galat("GeneralException", "galat sisipan uji di tengah batch");
          }
          p.f();
        }
        let tanggapan = 0;
        for (const o of m) tanggapan += o.isi();
        catatan.tanggapan = tanggapan;
        statistik.tanggapanMaks = Math.max(statistik.tanggapanMaks, tanggapan);
        if (tanggapan > batas.muatan) {
          for (const o of m) o.batal();
          throw galat(
            "ResponsePayloadSizeLimitExceeded",
            `The response payload size has exceeded the limit (${tanggapan} > ${batas.muatan} byte).`,
          );
        }
      }
    }

    class Objek {
      constructor(ctx) {
        this.ctx = ctx;
        this.dibuat = ctx.syncKe;
        this.dimuat = null;
      }
      load(props) {
        const daftar = typeof props === "string" ? props.split(",").map((p) => p.trim()) : [];
        this.ctx.muatan.push({
          isi: () => ukuranJson((this.dimuat = this.potret(daftar, typeof props === "object" && props ? props : {}))),
          batal: () => (this.dimuat = null),
        });
        return this;
      }
      baca(prop) {
        if (!this.dimuat || !(prop in this.dimuat))
          throw galat("PropertyNotLoaded", `Properti '${prop}' belum dimuat (load + sync)`);
        return this.dimuat[prop];
      }
      potret() {
        return {};
      }
    }

    class Workbook {
      constructor(ctx) {
        this.ctx = ctx;
        this.worksheets = new KoleksiLembar(ctx);
        this.names = new KoleksiNama(ctx);
      }
    }

    class KoleksiLembar extends Objek {
      potret() {
        return {
          items: buku.lembar.map((l) => ({
            name: l.nama,
            visibility: l.visibility,
            protection: { protected: l.lindung },
            charts: { items: l.grafik.map((g) => ({ name: g.name })) },
          })),
        };
      }
      get items() {
        return this.baca("items");
      }
      getItemOrNullObject(nama) {
        return new Lembar(this.ctx, nama, true);
      }
      getItem(nama) {
        return new Lembar(this.ctx, nama, false);
      }
      add(nama) {
        catat("worksheets.add", { lembar: nama });
        this.ctx.antre(() => tambahLembar(nama), ukuranJson(nama));
        return new Lembar(this.ctx, nama, false);
      }
    }

    class Lembar extends Objek {
      constructor(ctx, nama, bolehNull) {
        super(ctx);
        this.nama = nama;
        this.bolehNull = bolehNull;
        this.charts = new KoleksiGrafik(ctx, this);
        this.protection = new PerlindunganLembar(ctx, this);
        this.freezePanes = {
          freezeAt: (r) => this.ubah("freezeAt", (l) => (l.bekukan = { rentang: r.alamatSekarang() })),
          freezeRows: (n) => this.ubah("freezeRows", (l) => (l.bekukan = { baris: n })),
          freezeColumns: (n) => this.ubah("freezeColumns", (l) => (l.bekukan = { kolom: n })),
        };
        // tata halaman (ExcelApi 1.9): setiap setelan dicatat di l.cetak
        const ws = this; // eslint-disable-line @typescript-eslint/no-this-alias
        const setel = (k) => (v) => ws.ubah(`pageLayout.${k}`, (l) => (l.cetak[k] = v));
        const hf = {};
        for (const k of ["leftHeader", "centerHeader", "rightHeader", "leftFooter", "centerFooter", "rightFooter"])
          Object.defineProperty(hf, k, { set: setel(k) });
        this.horizontalPageBreaks = {
          add: (r) => ws.ubah("horizontalPageBreaks.add", (l) => (l.cetak.putus = [...(l.cetak.putus ?? []), r])),
        };
        this.pageLayout = {
          set paperSize(v) {
            setel("paperSize")(v);
          },
          set orientation(v) {
            setel("orientation")(v);
          },
          set zoom(v) {
            setel("zoom")(v);
          },
          set printOrder(v) {
            setel("printOrder")(v);
          },
          setPrintArea: (r) => setel("printArea")(r),
          setPrintTitleRows: (r) => setel("printTitleRows")(r),
          setPrintTitleColumns: (r) => setel("printTitleColumns")(r),
          headersFooters: { defaultForAllPages: hf },
        };
      }
      /** Nama lembar sekarang; untuk lembar yang didapat lewat nama rentang, dicari saat perintah dijalankan. */
      namaSekarang() {
        return typeof this.nama === "function" ? this.nama() : this.nama;
      }
      lembar() {
        const n = this.namaSekarang();
        const l = n === null ? null : cariLembar(n);
        if (!l && !this.bolehNull) throw galat("ItemNotFound", `Lembar ${n} tidak ada`);
        return l;
      }
      ubah(op, f, ukuran) {
        catat(op, { lembar: this.nama });
        this.ctx.antre(() => {
          const l = this.lembar();
          if (!l) throw galat("ItemNotFound", `Lembar ${this.nama} tidak ada`);
          if (l.lindung && !BOLEH_TERLINDUNG.has(op))
            throw galat("AccessDenied", `Lembar ${l.nama} dilindungi (${op})`);
          f(l);
        }, ukuran);
      }
      potret() {
        const l = this.lembar();
        return l ? { isNullObject: false, name: l.nama, visibility: l.visibility } : { isNullObject: true };
      }
      get isNullObject() {
        return this.baca("isNullObject");
      }
      get name() {
        return this.baca("name");
      }
      set visibility(v) {
        this.ubah("visibility", (l) => (l.visibility = v));
      }
      activate() {
        this.ubah("activate", (l) => (buku.aktif = l.nama));
      }
      getRange(alamat) {
        return new Rentang(this.ctx, this, { alamat });
      }
      getUsedRange(nilaiSaja) {
        return new Rentang(this.ctx, this, { terpakai: true, nilaiSaja: !!nilaiSaja, bolehNull: false });
      }
      getUsedRangeOrNullObject(nilaiSaja) {
        return new Rentang(this.ctx, this, { terpakai: true, nilaiSaja: !!nilaiSaja, bolehNull: true });
      }
    }

    /** WorksheetProtection (ExcelApi 1.2): hanya `protected` yang ditiru. */
    class PerlindunganLembar extends Objek {
      constructor(ctx, ws) {
        super(ctx);
        this.ws = ws;
      }
      potret() {
        const l = this.ws.lembar();
        if (!l) throw galat("ItemNotFound", `Lembar ${this.ws.namaSekarang()} tidak ada`);
        return { protected: l.lindung };
      }
      get protected() {
        return this.baca("protected");
      }
    }

    class Rentang extends Objek {
      constructor(ctx, ws, arah) {
        super(ctx);
        this.ws = ws;
        this.arah = arah;
        const self = this; // eslint-disable-line @typescript-eslint/no-this-alias
        const setelGaya = (kunci) => (v) => self.ubahSel(`format.${kunci}`, (s) => (s.gaya[kunci] = v));
        this.format = {
          fill: {
            set color(v) {
              setelGaya("fill")(v);
            },
          },
          font: {
            set bold(v) {
              setelGaya("bold")(v);
            },
            set italic(v) {
              setelGaya("italic")(v);
            },
            set size(v) {
              setelGaya("size")(v);
            },
            set color(v) {
              setelGaya("color")(v);
            },
          },
          set wrapText(v) {
            setelGaya("wrap")(v);
          },
          set verticalAlignment(v) {
            setelGaya("vertical")(v);
          },
          set rowHeight(v) {
            self.ubah("format.rowHeight", (l, r) => {
              for (let b = r.b0; b <= r.b1; b++) l.tinggi[b + 1] = v;
            });
          },
          set columnWidth(v) {
            self.ubah("format.columnWidth", (l, r) => {
              for (let k = r.k0; k <= r.k1; k++) l.lebar[hurufKolom(k)] = v;
            });
          },
        };
        const dv = { rule: null, errorAlert: null };
        this.dataValidation = {
          clear: () =>
            self.ubah(
              "dataValidation.clear",
              (l) => (l.validasi = l.validasi.filter((x) => x.rentang !== self.alamatSekarang())),
            ),
          set rule(v) {
            self.ubah(
              "dataValidation.rule",
              (l) => {
                dv.rule = v;
                l.validasi.push(Object.assign({ rentang: self.alamatSekarang() }, dv));
              },
              ukuranJson(v),
            );
          },
          set errorAlert(v) {
            self.ubah("dataValidation.errorAlert", (l) => {
              const x = l.validasi.filter((y) => y.rentang === self.alamatSekarang()).pop();
              if (x) x.errorAlert = v;
            });
          },
        };
        this.conditionalFormats = {
          add: (jenis) => {
            const cf = { jenis, rentang: null, isi: null, font: null, aturan: null };
            self.ubah("conditionalFormats.add", (l) => {
              cf.rentang = self.alamatSekarang();
              l.cf.push(cf);
            });
            return {
              cellValue: {
                format: {
                  fill: {
                    set color(v) {
                      cf.isi = v;
                    },
                  },
                  font: {
                    set color(v) {
                      cf.font = v;
                    },
                  },
                },
                set rule(v) {
                  cf.aturan = v;
                },
              },
            };
          },
          clearAll: () =>
            self.ubah(
              "conditionalFormats.clearAll",
              (l, r) => (l.cf = l.cf.filter((c) => !dalam(uraiRentang(c.rentang), r))),
            ),
        };
      }
      /** Persegi 0-based pada saat perintah dijalankan; null untuk rentang terpakai kosong. */
      kotak() {
        if (this.arah.dariNama) {
          const e = this.arah.dariNama.entri();
          return e && e.kotak ? e.kotak : null;
        }
        if (!this.arah.terpakai) return uraiRentang(this.arah.alamat);
        const l = this.ws.lembar();
        let r = l ? batasTerpakai(l, this.arah.nilaiSaja) : null;
        if (r && this.arah.dalam) {
          // rentang terpakai DI DALAM rentang lain (Range.getUsedRangeOrNullObject): irisan keduanya
          const d = this.arah.dalam.kotak();
          r = d && {
            b0: Math.max(r.b0, d.b0),
            b1: Math.min(r.b1, d.b1),
            k0: Math.max(r.k0, d.k0),
            k1: Math.min(r.k1, d.k1),
          };
          if (r && (r.b0 > r.b1 || r.k0 > r.k1)) r = null;
        }
        if (r) return r;
        return this.arah.bolehNull ? null : { b0: 0, b1: 0, k0: 0, k1: 0 };
      }
      getUsedRangeOrNullObject(nilaiSaja) {
        return new Rentang(this.ctx, this.ws, { terpakai: true, nilaiSaja: !!nilaiSaja, bolehNull: true, dalam: this });
      }
      set columnHidden(v) {
        this.ubah("columnHidden", (l) => l.kelompok.push({ rentang: this.arah.alamat, sembunyi: v, kelompok: false }));
      }
      group(arah) {
        this.ubah("group", (l) =>
          l.kelompok.push({ rentang: this.arah.alamat, arah, kelompok: true, sembunyi: false }),
        );
      }
      hideGroupDetails(arah) {
        this.ubah("hideGroupDetails", (l) =>
          l.kelompok
            .filter((k) => k.rentang === this.arah.alamat && k.arah === arah)
            .forEach((k) => (k.sembunyi = true)),
        );
      }
      alamatSekarang() {
        const r = this.kotak();
        return r ? (r.b0 === r.b1 && r.k0 === r.k1 ? a1(r.b0, r.k0) : `${a1(r.b0, r.k0)}:${a1(r.b1, r.k1)}`) : null;
      }
      ubah(op, f, ukuran) {
        catat(op, { lembar: this.ws.namaSekarang(), alamat: this.arah.alamat || "(terpakai)" });
        this.ctx.antre(
          () => {
            const l = this.ws.lembar();
            const r = this.kotak();
            if (!l || !r)
              throw galat(
                "ItemNotFound",
                `Rentang ${this.arah.alamat || "terpakai"} pada ${this.ws.namaSekarang()} tidak ada`,
              );
            if (l.lindung && !BOLEH_TERLINDUNG.has(op))
              throw galat("AccessDenied", `Lembar ${l.nama} dilindungi (${op})`);
            f(l, r);
          },
          (ukuran || 0) + ukuranJson(this.arah.alamat || ""),
        );
      }
      /** Range.insert / Range.delete (baris atau kolom UTUH saja): Excel menggeser sel, rumus dan nama. */
      insert(arah) {
        this.sisipHapus("insert", arah, 1);
      }
      delete(arah) {
        this.sisipHapus("delete", arah, -1);
      }
      /** Range.moveTo (ExcelApi 1.11) pada lembar yang sama: seperti Potong lalu Tempel di sel kiri-atas tujuan. */
      moveTo(tujuan) {
        this.ubah("moveTo", (l) => {
          const t = tujuan.kotak();
          if (!t || tujuan.ws.lembar() !== l)
            throw galat("InvalidArgument", "moveTo: tujuan di lembar lain tidak ditiru");
          potongTempel(l.nama, this.alamatSekarang() || this.arah.alamat, a1(t.b0, t.k0));
        });
      }
      sisipHapus(op, arah, tanda) {
        this.ubah(op, (l, r) => {
          const barisUtuh = r.k0 === 0 && r.k1 === MAKS_KOLOM - 1;
          const kolomUtuh = r.b0 === 0 && r.b1 === MAKS_BARIS - 1;
          if (barisUtuh && (arah === undefined || arah === "Down" || arah === "Up"))
            geser(l.nama, "b", r.b0, tanda * (r.b1 - r.b0 + 1));
          else if (kolomUtuh && (arah === undefined || arah === "Right" || arah === "Left"))
            geser(l.nama, "k", r.k0, tanda * (r.k1 - r.k0 + 1));
          else throw galat("InvalidArgument", `${op}: hanya baris/kolom utuh yang ditiru (${this.arah.alamat})`);
        });
      }
      ubahSel(op, f) {
        this.ubah(op, (l, r) => {
          // Excel di web: satu operasi paling banyak 33.554.000 sel (galat OperationCellsExceedLimit)
          if ((r.b1 - r.b0 + 1) * (r.k1 - r.k0 + 1) > batas.selOperasi)
            throw galat(
              "OperationCellsExceedLimit",
              `The attempted operation affects more than the limit of ${batas.selOperasi} cells.`,
            );
          for (let b = r.b0; b <= r.b1; b++) for (let k = r.k0; k <= r.k1; k++) f(selDi(l, b, k, true), b, k);
        });
      }
      tulis2D(op, larik, f) {
        this.ubah(
          op,
          (l, r) => {
            const tinggi = r.b1 - r.b0 + 1;
            const lebar = r.k1 - r.k0 + 1;
            if (
              !Array.isArray(larik) ||
              larik.length !== tinggi ||
              larik.some((x) => !Array.isArray(x) || x.length !== lebar)
            ) {
              throw galat(
                "InvalidArgument",
                `${op}: ukuran larik tidak sama dengan rentang ${this.arah.alamat} (${tinggi}×${lebar})`,
              );
            }
            for (let i = 0; i < tinggi; i++)
              for (let j = 0; j < lebar; j++)
                if (larik[i][j] !== null) f(selDi(l, r.b0 + i, r.k0 + j, true), larik[i][j]);
          },
          ukuranJson(larik),
        );
      }
      set values(v) {
        this.tulis2D("values", v, (s, x) => tulisSel(s, x, false));
      }
      set formulas(v) {
        this.tulis2D("formulas", v, (s, x) => tulisSel(s, x, true));
      }
      set numberFormat(v) {
        this.tulis2D("numberFormat", v, (s, x) => (s.nf = x));
      }
      select() {
        this.ubah("select", (l) => {
          buku.aktif = l.nama;
          buku.pilihan = { lembar: l.nama, alamat: this.alamatSekarang() };
        });
      }
      merge() {
        this.ubah("merge", (l) => l.gabung.push(this.alamatSekarang()));
      }
      unmerge() {
        this.ubah("unmerge", (l, r) => (l.gabung = l.gabung.filter((g) => !dalam(uraiRentang(g), r))));
      }
      /** Range.clear(applyTo): "All" (bawaan), "Contents" (nilai/rumus saja) atau "Formats" (gaya, format angka, gabungan). */
      clear(applyTo) {
        const jenis = applyTo || "All";
        this.ubah("clear", (l, r) => {
          for (const [id, s] of [...l.sel]) {
            const [b, k] = id.split(",").map(Number);
            if (b < r.b0 || b > r.b1 || k < r.k0 || k > r.k1) continue;
            if (jenis === "All") l.sel.delete(id);
            else if (jenis === "Contents") {
              delete s.f;
              delete s.v;
            } else if (jenis === "Formats") {
              s.gaya = {};
              delete s.nf;
            } else throw galat("InvalidArgument", `clear: applyTo ${jenis} tidak ditiru`);
          }
          if (jenis !== "Contents") l.gabung = l.gabung.filter((g) => !dalam(uraiRentang(g), r));
        });
      }
      potret(daftar) {
        const l = this.ws.lembar();
        const r = l ? this.kotak() : null;
        if (!l || !r) {
          if (this.arah.bolehNull || this.arah.dariNama) return { isNullObject: true };
          throw galat("ItemNotFound", `Lembar ${this.ws.namaSekarang()} tidak ada`);
        }
        const hasil = { isNullObject: false };
        const larik = (f) => {
          const out = [];
          for (let b = r.b0; b <= r.b1; b++) {
            const baris = [];
            for (let k = r.k0; k <= r.k1; k++) baris.push(f(selDi(l, b, k, false)));
            out.push(baris);
          }
          return out;
        };
        for (const p of daftar) {
          if (p === "address") hasil.address = `${kutip(l.nama)}!${this.alamatSekarang()}`;
          else if (p === "values")
            hasil.values = larik((s) => (!s ? "" : s.f !== undefined ? 0 : s.v === undefined ? "" : s.v));
          else if (p === "formulas")
            hasil.formulas = larik((s) => (!s ? "" : s.f !== undefined ? s.f : s.v === undefined ? "" : s.v));
          else if (p === "numberFormat") hasil.numberFormat = larik((s) => (s && s.nf) || "General");
        }
        return hasil;
      }
      get isNullObject() {
        return this.baca("isNullObject");
      }
      get address() {
        return this.baca("address");
      }
      get values() {
        return this.baca("values");
      }
      get formulas() {
        return this.baca("formulas");
      }
    }
    function dalam(a, r) {
      return a.b0 >= r.b0 && a.b1 <= r.b1 && a.k0 >= r.k0 && a.k1 <= r.k1;
    }

    class KoleksiGrafik extends Objek {
      constructor(ctx, ws) {
        super(ctx);
        this.ws = ws;
      }
      potret() {
        const l = this.ws.lembar();
        return { items: l ? l.grafik.map((g) => ({ name: g.name })) : [] };
      }
      get items() {
        return this.baca("items");
      }
      add(jenis, sumber, menurut) {
        const g = { name: null, jenis, data: null, menurut, judul: null, posisi: null, kategori: null };
        this.ws.ubah("charts.add", (l) => {
          g.data = sumber.alamatSekarang();
          g.name = g.name || `Chart ${l.grafik.length + 1}`;
          l.grafik.push(g);
        });
        const ws = this.ws;
        // seri grafik (sebar: satu seri per titik, ditambah dengan series.add): nama, nilai X dan Y, jenis, label
        g.seri = [{ nama: null, x: null, y: null, jenis: null, label: null }];
        // seri yang sudah ada (getItemAt) mencatat nilai X-nya sebagai kategori grafik, seperti sebelumnya
        const seri = (o, kategori) => ({
          set name(v) {
            ws.ubah("series.name", () => (o.nama = v));
          },
          // warna seri (isi batang, garis, penanda) dicatat di o.warna
          format: {
            fill: { setSolidColor: (v) => ws.ubah("series.fill", () => ((o.warna ??= {}).isi = v)) },
            line: {
              set color(v) {
                ws.ubah("series.line.color", () => ((o.warna ??= {}).garis = v));
              },
              set lineStyle(v) {
                ws.ubah("series.line.lineStyle", () => ((o.warna ??= {}).gayaGaris = v));
              },
            },
          },
          set markerBackgroundColor(v) {
            ws.ubah("series.markerBackgroundColor", () => ((o.warna ??= {}).penanda = v));
          },
          set markerForegroundColor(v) {
            ws.ubah("series.markerForegroundColor", () => ((o.warna ??= {}).tepiPenanda = v));
          },
          set chartType(v) {
            ws.ubah("series.chartType", () => (o.jenis = v));
          },
          set hasDataLabels(v) {
            ws.ubah("series.hasDataLabels", () => (o.label = v));
          },
          setXAxisValues: (r) =>
            ws.ubah("series.setXAxisValues", () => ((o.x = r.alamatSekarang()), kategori && (g.kategori = o.x))),
          setValues: (r) => ws.ubah("series.setValues", () => (o.y = r.alamatSekarang())),
        });
        const sumbu = (nama) => {
          const a = {};
          g[nama] = a;
          return {
            set minimum(v) {
              ws.ubah("axis.minimum", () => (a.min = v));
            },
            set maximum(v) {
              ws.ubah("axis.maximum", () => (a.maks = v));
            },
            set numberFormat(v) {
              ws.ubah("axis.numberFormat", () => (a.format = v));
            },
            title: {
              set text(v) {
                ws.ubah("axis.title", () => (a.judul = v));
              },
            },
          };
        };
        const sumbuX = sumbu("sumbuX");
        const sumbuY = sumbu("sumbuY");
        return {
          set name(v) {
            ws.ubah("chart.name", () => (g.name = v));
          },
          title: {
            set text(v) {
              ws.ubah("chart.title", () => (g.judul = v));
            },
          },
          setPosition: (a, b) => ws.ubah("chart.setPosition", () => ((g.posisi = a), (g.sampai = b))),
          // area grafik: latar dan bingkai
          format: {
            fill: { setSolidColor: (v) => ws.ubah("chart.fill", () => (g.latar = v)) },
            border: {
              set color(v) {
                ws.ubah("chart.border", () => (g.bingkai = v));
              },
            },
          },
          legend: {
            set visible(v) {
              ws.ubah("legend.visible", () => (g.legenda = v));
            },
          },
          dataLabels: {
            set showSeriesName(v) {
              ws.ubah("dataLabels", () => (g.labelSeri = v));
            },
            set showValue(v) {
              ws.ubah("dataLabels", () => (g.labelNilai = v));
            },
            set numberFormat(v) {
              ws.ubah("dataLabels.numberFormat", () => (g.formatLabel = v));
            },
          },
          axes: { categoryAxis: sumbuX, valueAxis: sumbuY },
          series: {
            getItemAt: (i) => seri((g.seri[i] ??= { nama: null, x: null, y: null, jenis: null, label: null }), true),
            add: (nama) => {
              const o = { nama, x: null, y: null, jenis: null, label: null };
              ws.ubah("series.add", () => g.seri.push(o));
              return seri(o, false);
            },
          },
        };
      }
      getItem(nama) {
        return {
          delete: () =>
            this.ws.ubah("chart.delete", (l) => {
              const i = l.grafik.findIndex((g) => g.name === nama);
              if (i < 0) throw galat("ItemNotFound", `Grafik ${nama} tidak ada`);
              l.grafik.splice(i, 1);
            }),
        };
      }
    }

    /** Nilai nama rentang seperti Excel: 'Lembar'!$A$1:$B$2, atau #REF! bila rujukannya terhapus. */
    const nilaiNama = (e) => (e.kotak ? `${kutip(e.lembar)}!${alamatMutlak(e.kotak)}` : "#REF!");

    class KoleksiNama extends Objek {
      /** load("items/name,items/value") memuat properti itu saja; load({ select, top, skip }) (atau $top/$skip) satu halaman. */
      potret(daftar, opsiLoad) {
        const pilih = [...daftar, ...String(opsiLoad.select || "").split(",")]
          .map((p) => p.trim().replace(/^items\//, ""))
          .filter(Boolean);
        const awal = opsiLoad.skip ?? opsiLoad.$skip ?? 0;
        const atas = opsiLoad.top ?? opsiLoad.$top;
        const semua = [...buku.nama].slice(awal, atas === undefined ? undefined : awal + atas);
        return {
          items: semua.map(([n, e]) => {
            const x = { name: n, value: nilaiNama(e), type: e.kotak ? "Range" : "Error", visible: e.visible };
            return pilih.length ? Object.fromEntries(pilih.filter((k) => k in x).map((k) => [k, x[k]])) : x;
          }),
        };
      }
      /** ClientResult banyak nama (ExcelApi 1.4). */
      getCount() {
        const hasil = { nilai: undefined };
        this.ctx.muatan.push({
          isi: () => ukuranJson((hasil.nilai = buku.nama.size)),
          batal: () => (hasil.nilai = undefined),
        });
        return {
          get value() {
            if (hasil.nilai === undefined) throw galat("PropertyNotLoaded", "getCount() belum disinkronkan");
            return hasil.nilai;
          },
        };
      }
      get items() {
        return this.baca("items");
      }
      add(nama, rentang, komentar) {
        catat("names.add", { nama });
        this.ctx.antre(
          () => {
            if (buku.nama.has(nama)) throw galat("ItemAlreadyExists", `Nama ${nama} sudah ada`);
            const l = rentang.ws.lembar();
            const r = rentang.kotak();
            if (!l || !r) throw galat("InvalidReference", `Rentang untuk nama ${nama} tidak ada`);
            buku.nama.set(nama, { lembar: l.nama, kotak: r, komentar, visible: true });
          },
          ukuranJson([nama, rentang.arah.alamat || "", komentar || ""]),
        );
        // objek dari add: dapat disembunyikan SETELAH add-nya disinkronkan (kepala berkas, office-js #3878)
        const item = new ItemNama(this.ctx, nama, false);
        item.dariAdd = true;
        return item;
      }
      getItem(nama) {
        return new ItemNama(this.ctx, nama, false);
      }
      getItemOrNullObject(nama) {
        return new ItemNama(this.ctx, nama, true);
      }
    }

    class ItemNama extends Objek {
      constructor(ctx, nama, bolehNull) {
        super(ctx);
        this.nama = nama;
        this.bolehNull = bolehNull;
      }
      entri() {
        return buku.nama.get(this.nama) || null;
      }
      potret() {
        const e = this.entri();
        if (!e) {
          if (this.bolehNull) return { isNullObject: true };
          throw galat("ItemNotFound", `Nama ${this.nama} tidak ada`);
        }
        return {
          isNullObject: false,
          name: this.nama,
          value: nilaiNama(e),
          type: e.kotak ? "Range" : "Error",
          visible: e.visible,
        };
      }
      get isNullObject() {
        return this.baca("isNullObject");
      }
      get value() {
        return this.baca("value");
      }
      set visible(v) {
        catat("name.visible", { nama: this.nama });
        // office-js #3878/#3949: menyembunyikan hanya berlaku pada objek dari add, setelah add-nya disinkronkan
        const diabaikan = v === false && (!this.dariAdd || this.ctx.syncKe === this.dibuat);
        this.ctx.antre(() => {
          const e = this.entri();
          if (!e) throw galat("ItemNotFound", `Nama ${this.nama} tidak ada`);
          if (diabaikan) statistik.visibleDiabaikan++;
          else e.visible = v;
        }, ukuranJson(this.nama));
      }
      delete() {
        catat("name.delete", { nama: this.nama });
        this.ctx.antre(() => buku.nama.delete(this.nama), ukuranJson(this.nama));
      }
      getRangeOrNullObject() {
        const ws = new Lembar(
          this.ctx,
          () => {
            const e = this.entri();
            return e && e.kotak ? e.lembar : null;
          },
          true,
        );
        return new Rentang(this.ctx, ws, { dariNama: this, bolehNull: true });
      }
    }

    /** Perintah yang tetap boleh pada lembar yang dilindungi (tidak mengubah sel). */
    const BOLEH_TERLINDUNG = new Set(["activate", "select", "visibility"]);

    function bandingVersi(a, b) {
      const x = String(a).split(".").map(Number);
      const y = String(b).split(".").map(Number);
      for (let i = 0; i < Math.max(x.length, y.length); i++) {
        const d = (x[i] || 0) - (y[i] || 0);
        if (d) return d;
      }
      return 0;
    }

    const Excel = {
      async run(f) {
        statistik.run++;
        const ctx = new Konteks();
        const hasil = await f(ctx);
        if (ctx.antrean.length || ctx.muatan.length) {
          // Office.js menyinkronkan sisa antrean di akhir Excel.run; dihitung terpisah.
          statistik.syncAkhirRun++;
          ctx.jalankan();
        }
        return hasil;
      },
      RequestContext: Konteks,
    };
    const info = { host: "Excel", platform: "OfficeOnline" };
    const Office = {
      HostType: { Excel: "Excel" },
      PlatformType: { OfficeOnline: "OfficeOnline" },
      context: {
        requirements: {
          isSetSupported: (nama, versi) => nama === "ExcelApi" && bandingVersi(versi || "1.1", versiMaks) <= 0,
        },
      },
      onReady(cb) {
        return new Promise((res) =>
          setTimeout(() => {
            if (cb) cb(info);
            res(info);
          }, 0),
        );
      },
    };
    class GalatFungsi extends Error {
      constructor(code, message) {
        super(message);
        this.code = code;
      }
    }
    const CustomFunctions = {
      associate: () => undefined,
      Error: GalatFungsi,
      ErrorCode: {
        invalidValue: "#VALUE!",
        notAvailable: "#N/A",
        divisionByZero: "#DIV/0!",
        invalidNumber: "#NUM!",
        nullReference: "#NULL!",
        invalidName: "#NAME?",
        invalidReference: "#REF!",
      },
    };

    /** Potret yang dapat di-JSON-kan: lembar → alamat → {v, f, nf}. */
    function ringkas() {
      return {
        statistik: {
          sync: statistik.sync,
          syncAkhirRun: statistik.syncAkhirRun,
          run: statistik.run,
          panggilan: statistik.panggilan,
          permintaanMaks: statistik.permintaanMaks,
          tanggapanMaks: statistik.tanggapanMaks,
          visibleDiabaikan: statistik.visibleDiabaikan,
        },
        aktif: buku.aktif,
        pilihan: buku.pilihan,
        nama: Object.fromEntries(
          [...buku.nama].map(([n, e]) => [
            n,
            {
              lembar: e.lembar,
              rentang: e.kotak ? alamatMutlak(e.kotak) : "#REF!",
              komentar: e.komentar,
              visible: e.visible,
            },
          ]),
        ),
        lembar: buku.lembar.map((l) => ({
          nama: l.nama,
          visibility: l.visibility,
          gabung: l.gabung,
          validasi: l.validasi,
          cf: l.cf,
          bekukan: l.bekukan,
          lebar: l.lebar,
          grafik: l.grafik,
          tinggi: l.tinggi,
          kelompok: l.kelompok,
          cetak: l.cetak,
          sel: Object.fromEntries(
            [...l.sel]
              .filter(([, s]) => terisi(s) || s.nf)
              .map(([id, s]) => {
                const [b, k] = id.split(",").map(Number);
                return [a1(b, k), { v: s.v, f: s.f, nf: s.nf, gaya: s.gaya }];
              }),
          ),
        })),
      };
    }
    /** Mengetik nilai langsung ke sel (seperti pengguna), tanpa melalui API. */
    function ketik(nama, alamat, nilai) {
      const l = cariLembar(nama) || tambahLembar(nama);
      const { b0, k0 } = uraiRentang(alamat);
      tulisSel(selDi(l, b0, k0, true), nilai, true);
    }
    function nilaiDi(nama, alamat) {
      const l = cariLembar(nama);
      if (!l) return undefined;
      const { b0, k0 } = uraiRentang(alamat);
      const s = selDi(l, b0, k0, false);
      return s ? (s.f !== undefined ? s.f : s.v) : undefined;
    }
    /** Format satu sel (format angka dan gaya `Range.format`), juga sel tanpa isi; undefined bila tidak pernah disentuh. */
    function formatDi(nama, alamat) {
      const l = cariLembar(nama);
      if (!l) return undefined;
      const { b0, k0 } = uraiRentang(alamat);
      const s = selDi(l, b0, k0, false);
      return s ? { nf: s.nf, gaya: { ...s.gaya } } : undefined;
    }

    // ---------- suntingan pengguna seperti di Excel (lihat kepala berkas) ----------
    function lembarAda(nama) {
      const l = cariLembar(nama);
      if (!l) throw galat("ItemNotFound", `Lembar ${nama} tidak ada`);
      return l;
    }
    /** Sisip (n > 0) atau hapus (n < 0) baris ("b") atau kolom ("k") mulai indeks 0-based `pos`. */
    function geser(nama, sumbu, pos, n) {
      const l = lembarAda(nama);
      const sel = new Map();
      for (const [id, x] of l.sel) {
        const [b, k] = id.split(",").map(Number);
        const r = geserKotak({ b0: b, b1: b, k0: k, k1: k }, sumbu, pos, n);
        if (r) sel.set(`${r.b0},${r.k0}`, x);
      }
      l.sel = sel;
      const sama = (a) => a.toLowerCase() === l.nama.toLowerCase();
      for (const lb of buku.lembar) {
        for (const x of lb.sel.values()) {
          if (x.f === undefined) continue;
          x.f = ubahRujukan(x.f, lb.nama, (awalan, tujuan, token) => {
            if (!sama(tujuan)) return awalan + token;
            const t = geserToken(token, sumbu, pos, n);
            return awalan + (t === null ? "#REF!" : t);
          });
        }
      }
      for (const e of buku.nama.values()) if (sama(e.lembar)) e.kotak = geserKotak(e.kotak, sumbu, pos, n);
      const alamatBaru = (a) => {
        const r = a && a !== "#REF!" && geserKotak(uraiRentang(a), sumbu, pos, n);
        return r ? (r.b0 === r.b1 && r.k0 === r.k1 ? a1(r.b0, r.k0) : `${a1(r.b0, r.k0)}:${a1(r.b1, r.k1)}`) : "#REF!";
      };
      l.gabung = l.gabung.map(alamatBaru).filter((a) => a !== "#REF!");
      for (const v of l.validasi) v.rentang = alamatBaru(v.rentang);
      for (const c of l.cf) c.rentang = alamatBaru(c.rentang);
      for (const g of l.grafik) {
        g.data = alamatBaru(g.data);
        if (g.kategori) g.kategori = alamatBaru(g.kategori);
      }
    }
    const nomor = (x) => (typeof x === "number" ? x - 1 : indeksKolom(x));
    /** sisipBaris("L", 7): baris baru kosong menjadi baris 7, baris 7 lama menjadi 8. */
    const sisipBaris = (nama, baris, jumlah) => geser(nama, "b", baris - 1, jumlah || 1);
    const hapusBaris = (nama, baris, jumlah) => geser(nama, "b", baris - 1, -(jumlah || 1));
    /** sisipKolom("L", "C") atau ("L", 3). */
    const sisipKolom = (nama, kolom, jumlah) => geser(nama, "k", nomor(kolom), jumlah || 1);
    const hapusKolom = (nama, kolom, jumlah) => geser(nama, "k", nomor(kolom), -(jumlah || 1));
    function gantiNamaLembar(lama, baru) {
      const l = lembarAda(lama);
      if (cariLembar(baru) && cariLembar(baru) !== l) throw galat("ItemAlreadyExists", `Lembar ${baru} sudah ada`);
      const namaLama = l.nama;
      const sama = (a) => a.toLowerCase() === namaLama.toLowerCase();
      for (const lb of buku.lembar) {
        for (const x of lb.sel.values()) {
          if (x.f === undefined) continue;
          x.f = ubahRujukan(x.f, lb.nama, (awalan, tujuan, token) =>
            awalan && sama(tujuan) ? `${kutip(baru)}!${token}` : awalan + token,
          );
        }
      }
      for (const e of buku.nama.values()) if (sama(e.lembar)) e.lembar = baru;
      if (buku.aktif === namaLama) buku.aktif = baru;
      l.nama = baru;
    }
    /** Rumus yang disalin/dipindah seperti Salin-Tempel: rujukan relatif (tanpa $) bergeser db baris, dk kolom. */
    function geserRelatif(f, lembarSel, db, dk) {
      if (!db && !dk) return f;
      return ubahRujukan(f, lembarSel, (awalan, _tujuan, token) => {
        const ujung = token.split(":").map((u) => {
          const x = uraiUjung(u);
          const k = x.k === null ? "" : `${x.kAbs}${hurufKolom(x.kAbs ? x.k : x.k + dk)}`;
          const b = x.b === null ? "" : `${x.bAbs}${(x.bAbs ? x.b : x.b + db) + 1}`;
          return k + b;
        });
        return awalan + ujung.join(":");
      });
    }
    /**
     * Urutkan (Data → Urutkan) baris `dari`..`sampai` (1-based, inklusif) selebar lembar: ISI sel berpindah
     * (rumus seperti disalin: rujukan relatifnya bergeser), nama rentang TIDAK ikut, rujukan dari sel lain
     * TIDAK disesuaikan. `menurut`: huruf kolom kunci urut (naik; `turun` untuk menurun) atau larik nomor
     * baris lama dalam urutan baru.
     */
    function urutkanBaris(nama, dari, sampai, menurut, turun) {
      const l = lembarAda(nama);
      const b0 = dari - 1;
      const lama = [];
      for (let b = b0; b < sampai; b++) lama.push(b);
      let urutan;
      if (Array.isArray(menurut)) {
        urutan = menurut.map((x) => x - 1);
        if ([...urutan].sort((x, y) => x - y).join() !== lama.join())
          throw galat("InvalidArgument", "urutan bukan permutasi baris itu");
      } else {
        const k = nomor(menurut);
        const nilai = (b) => {
          const s = selDi(l, b, k, false);
          return s ? (s.v !== undefined ? s.v : s.f) : undefined;
        };
        const banding = (x, y) => {
          const a = nilai(x);
          const c = nilai(y);
          if (a === c) return 0;
          if (a === undefined) return 1;
          if (c === undefined) return -1;
          const hasil =
            typeof a === "number" && typeof c === "number"
              ? a - c
              : String(a).localeCompare(String(c), "id", { numeric: true });
          return turun ? -hasil : hasil;
        };
        urutan = [...lama].sort((x, y) => banding(x, y) || x - y);
      }
      const ke = new Map(urutan.map((asal, i) => [asal, b0 + i]));
      const sel = new Map();
      for (const [id, x] of l.sel) {
        const [b, k] = id.split(",").map(Number);
        const baru = ke.has(b) ? ke.get(b) : b;
        if (x.f !== undefined && baru !== b) x.f = geserRelatif(x.f, l.nama, baru - b, 0);
        sel.set(`${baru},${k}`, x);
      }
      l.sel = sel;
    }
    /**
     * Potong (Ctrl+X) rentang `sumber` ("5:7", "A5:K7") lalu Tempel (Ctrl+V) dengan sel kiri-atas `tujuan`
     * pada lembar yang sama: isi berpindah (menimpa tujuan), sel asal kosong; rujukan di SEMUA rumus dan
     * nama rentang yang seluruhnya di dalam `sumber` ikut berpindah (jadi jangkar baris ikut bila baris utuh
     * dipotong); rujukan lain tidak berubah.
     */
    function potongTempel(nama, sumber, tujuan) {
      const l = lembarAda(nama);
      const r = uraiRentang(sumber);
      const t = uraiRentang(tujuan);
      const barisUtuh = r.k0 === 0 && r.k1 === MAKS_KOLOM - 1;
      const kolomUtuh = r.b0 === 0 && r.b1 === MAKS_BARIS - 1;
      const db = kolomUtuh ? 0 : t.b0 - r.b0;
      const dk = barisUtuh ? 0 : t.k0 - r.k0;
      const di = (b, k) => b >= r.b0 && b <= r.b1 && k >= r.k0 && k <= r.k1;
      const kotakDi = (x) => x && x.b0 >= r.b0 && x.b1 <= r.b1 && x.k0 >= r.k0 && x.k1 <= r.k1;
      const pindah = (x) => ({ b0: x.b0 + db, b1: x.b1 + db, k0: x.k0 + dk, k1: x.k1 + dk });
      const sama = (a) => a.toLowerCase() === l.nama.toLowerCase();
      for (const lb of buku.lembar) {
        for (const x of lb.sel.values()) {
          if (x.f === undefined) continue;
          x.f = ubahRujukan(x.f, lb.nama, (awalan, tujuanL, token) => {
            if (!sama(tujuanL)) return awalan + token;
            const [p, q] = token.split(":").map(uraiUjung);
            const akhir = q || p;
            const kotak = {
              b0: p.b === null ? 0 : p.b,
              b1: akhir.b === null ? MAKS_BARIS - 1 : akhir.b,
              k0: p.k === null ? 0 : p.k,
              k1: akhir.k === null ? MAKS_KOLOM - 1 : akhir.k,
            };
            if (!kotakDi(kotak)) return awalan + token;
            const tulis = (u, b, k) =>
              (u.k === null ? "" : `${u.kAbs}${hurufKolom(k)}`) + (u.b === null ? "" : `${u.bAbs}${b + 1}`);
            return (
              awalan +
              (q
                ? `${tulis(p, kotak.b0 + db, kotak.k0 + dk)}:${tulis(q, kotak.b1 + db, kotak.k1 + dk)}`
                : tulis(p, kotak.b0 + db, kotak.k0 + dk))
            );
          });
        }
      }
      for (const e of buku.nama.values()) if (sama(e.lembar) && kotakDi(e.kotak)) e.kotak = pindah(e.kotak);
      const dipindah = [];
      for (const [id, x] of [...l.sel]) {
        const [b, k] = id.split(",").map(Number);
        if (!di(b, k)) continue;
        l.sel.delete(id);
        dipindah.push([b + db, k + dk, x]);
      }
      const tb = { b0: r.b0 + db, b1: r.b1 + db, k0: r.k0 + dk, k1: r.k1 + dk };
      for (const id of [...l.sel.keys()]) {
        const [b, k] = id.split(",").map(Number);
        if (b >= tb.b0 && b <= tb.b1 && k >= tb.k0 && k <= tb.k1) l.sel.delete(id);
      }
      for (const [b, k, x] of dipindah) l.sel.set(`${b},${k}`, x);
      const geserA = (a) => {
        if (!a || a === "#REF!") return a;
        const x = uraiRentang(a);
        if (!kotakDi(x)) return a;
        const y = pindah(x);
        return y.b0 === y.b1 && y.k0 === y.k1 ? a1(y.b0, y.k0) : `${a1(y.b0, y.k0)}:${a1(y.b1, y.k1)}`;
      };
      l.gabung = l.gabung.map(geserA);
      for (const v of l.validasi) v.rentang = geserA(v.rentang);
      for (const c of l.cf) c.rentang = geserA(c.rentang);
    }
    /** Potong baris `dari`..`sampai` lalu "Sisipkan Sel yang Dipotong" di atas baris `ke` (semua 1-based). */
    function pindahBaris(nama, dari, sampai, ke) {
      const n = sampai - dari + 1;
      if (ke > dari && ke <= sampai + 1) return;
      sisipBaris(nama, ke, n);
      const geserAsal = ke <= dari ? n : 0;
      potongTempel(nama, `${dari + geserAsal}:${sampai + geserAsal}`, `A${ke}`);
      hapusBaris(nama, dari + geserAsal, n);
    }
    /**
     * Salin lembar (Pindahkan atau Salin → Buat salinan): sel, rumus (rujukan tanpa nama lembar menunjuk
     * salinannya), gabungan, validasi, format bersyarat, lebar. Nama rentang buku kerja yang menunjuk lembar
     * asal TIDAK disalin ke cakupan buku kerja (Excel menyalinnya sebagai nama bercakupan lembar, yang tidak
     * tampak di `workbook.names`).
     */
    function salinLembar(nama, baru, keBuku) {
      const l = lembarAda(nama);
      const tujuan = keBuku || api;
      const s = tujuan.tambahLembarUji(baru);
      for (const [id, x] of l.sel) s.sel.set(id, JSON.parse(JSON.stringify(x)));
      s.gabung = [...l.gabung];
      s.validasi = JSON.parse(JSON.stringify(l.validasi));
      s.cf = JSON.parse(JSON.stringify(l.cf));
      s.lebar = Object.assign({}, l.lebar);
      s.tinggi = Object.assign({}, l.tinggi);
      s.bekukan = l.bekukan;
      return s;
    }
    /** Hapus lembar: nama rentang yang menunjuknya menjadi #REF!, rujukan dari lembar lain menjadi #REF!. */
    function hapusLembar(nama) {
      const l = lembarAda(nama);
      const sama = (a) => a.toLowerCase() === l.nama.toLowerCase();
      buku.lembar.splice(buku.lembar.indexOf(l), 1);
      for (const lb of buku.lembar) {
        for (const x of lb.sel.values()) {
          if (x.f === undefined) continue;
          x.f = ubahRujukan(x.f, lb.nama, (awalan, tujuan, token) =>
            awalan && sama(tujuan) ? `#REF!${token}` : awalan + token,
          ); // seperti Excel: =#REF!B1
        }
      }
      for (const e of buku.nama.values()) if (sama(e.lembar)) e.kotak = null;
      if (buku.aktif === l.nama) buku.aktif = null;
    }
    /** Pindahkan lembar ke buku kerja lain (host lain): disalin tanpa nama rentang, lalu dihapus dari buku ini. */
    function pindahKeBuku(nama, bukuLain) {
      salinLembar(nama, lembarAda(nama).nama, bukuLain);
      hapusLembar(nama);
    }
    /** Hapus nama rentang di Name Manager: satu nama, atau semua nama yang lolos `saring(nama)`. */
    function hapusNama(saring) {
      for (const n of [...buku.nama.keys()])
        if (typeof saring === "function" ? saring(n) : n === saring) buku.nama.delete(n);
    }
    /** Tinjau → Lindungi Lembar: perintah API yang mengubah sel lembar itu melempar AccessDenied. */
    function lindungi(nama, ya) {
      lembarAda(nama).lindung = ya !== false;
    }
    const api = {
      Office,
      Excel,
      CustomFunctions,
      buku,
      statistik,
      ringkas,
      ketik,
      nilaiDi,
      formatDi,
      cariLembar,
      sisipBaris,
      hapusBaris,
      sisipKolom,
      hapusKolom,
      gantiNamaLembar,
    };
    /** Uji: perintah API ke-(n+1) berikutnya (dihitung lintas sync) melempar GeneralException, seperti batch yang gagal di tengah. */
    function gagalSetelah(n) {
      gagal.sisa = n;
    }
    Object.assign(api, {
      gagalSetelah,
      urutkanBaris,
      potongTempel,
      pindahBaris,
      salinLembar,
      hapusLembar,
      pindahKeBuku,
      hapusNama,
      lindungi,
      tambahLembarUji: tambahLembar,
    });
    return api;
  }

  const api = { buatHostUji };
  if (typeof module !== "undefined" && module.exports) {
    module.exports = api;
  } else {
    const h = buatHostUji(root.__pkpUjiOpsi || {});
    root.Office = h.Office;
    root.Excel = h.Excel;
    root.CustomFunctions = h.CustomFunctions;
    root.__pkpUji = h;
  }
})(typeof window !== "undefined" ? window : globalThis);
