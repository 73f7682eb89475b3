/* global window, module, setTimeout */
/**
 * Host uji: tiruan kecil Office/Excel dalam memori yang mencatat apa yang ditulis add-in.
 *
 * - Di peramban, berkas ini disajikan MENGGANTIKAN office.js dari CDN (page.route) dan memasang
 *   `Office`, `Excel`, `CustomFunctions` serta `window.__pkpUji` (buku kerja tiruan + statistik).
 * - Di Jest (Node), `require("./browser/host-uji.js").buatHostUji(opsi)` memberi host baru.
 *
 * Hanya API yang dipakai adaptor (src/hosts/excel/excel.ts) yang ditiru. Semantiknya mengikuti
 * Office.js: perintah diantre dan baru dijalankan saat `context.sync()`; properti yang di-`load`
 * baru dapat dibaca setelah sync (kalau tidak → galat PropertyNotLoaded); null di larik 2-D berarti
 * "jangan ubah"; ukuran larik harus sama dengan ukuran rentang.
 */
(function (root) {
  "use strict";

  const MAKS_BARIS = 1048576;

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

  function buatHostUji(opsi) {
    opsi = opsi || {};
    const versiMaks = opsi.versiMaks || "1.17";
    const buku = { lembar: [], nama: new Map(), aktif: null, pilihan: null };
    const statistik = { sync: 0, syncAkhirRun: 0, run: 0, panggilan: 0, log: [] };
    const catat = (op, rincian) => {
      statistik.panggilan++;
      statistik.log.push(Object.assign({ op }, rincian || {}));
    };

    function cariLembar(nama) {
      return buku.lembar.find((l) => l.nama.toLowerCase() === String(nama).toLowerCase()) || null;
    }
    function lembarBaru(nama) {
      return { nama, visibility: "Visible", sel: new Map(), gabung: [], validasi: [], cf: [], bekukan: null, lebar: {}, grafik: [], tinggi: {}, kelompok: [], cetak: {} };
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
    function tulisSel(s, v, sebagaiRumus) {
      if (v === null || v === undefined) return;
      delete s.f;
      delete s.v;
      if (typeof v === "string" && v.startsWith("'")) s.v = v.slice(1);
      else if (typeof v === "string" && v.startsWith("=") && v.length > 1) s.f = v;
      else if (sebagaiRumus && typeof v === "string" && v !== "" && !isNaN(Number(v))) s.v = Number(v);
      else if (v !== "") s.v = v;
    }

    class Konteks {
      constructor() {
        this.antrean = [];
        this.muatan = [];
        this.syncKe = 0;
        this.workbook = new Workbook(this);
      }
      antre(f) {
        this.antrean.push(f);
      }
      async sync() {
        statistik.sync++;
        this.jalankan();
      }
      jalankan() {
        this.syncKe++;
        const a = this.antrean;
        this.antrean = [];
        const m = this.muatan;
        this.muatan = [];
        for (const f of a) f();
        for (const o of m) o.isi();
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
        this.ctx.muatan.push({ isi: () => (this.dimuat = this.potret(daftar)) });
        return this;
      }
      baca(prop) {
        if (!this.dimuat || !(prop in this.dimuat)) throw galat("PropertyNotLoaded", `Properti '${prop}' belum dimuat (load + sync)`);
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
        return { items: buku.lembar.map((l) => ({ name: l.nama, visibility: l.visibility })) };
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
        this.ctx.antre(() => tambahLembar(nama));
        return new Lembar(this.ctx, nama, false);
      }
    }

    class Lembar extends Objek {
      constructor(ctx, nama, bolehNull) {
        super(ctx);
        this.nama = nama;
        this.bolehNull = bolehNull;
        this.charts = new KoleksiGrafik(ctx, this);
        this.freezePanes = {
          freezeAt: (r) => this.ubah("freezeAt", (l) => (l.bekukan = { rentang: r.alamatSekarang() })),
          freezeRows: (n) => this.ubah("freezeRows", (l) => (l.bekukan = { baris: n })),
          freezeColumns: (n) => this.ubah("freezeColumns", (l) => (l.bekukan = { kolom: n })),
        };
        // tata halaman (ExcelApi 1.9): setiap setelan dicatat di l.cetak
        const ws = this; // eslint-disable-line @typescript-eslint/no-this-alias
        const setel = (k) => (v) => ws.ubah(`pageLayout.${k}`, (l) => (l.cetak[k] = v));
        const hf = {};
        for (const k of ["leftHeader", "centerHeader", "rightHeader", "leftFooter", "centerFooter", "rightFooter"]) Object.defineProperty(hf, k, { set: setel(k) });
        this.pageLayout = {
          set paperSize(v) { setel("paperSize")(v); },
          set orientation(v) { setel("orientation")(v); },
          set zoom(v) { setel("zoom")(v); },
          setPrintArea: (r) => setel("printArea")(r),
          setPrintTitleRows: (r) => setel("printTitleRows")(r),
          headersFooters: { defaultForAllPages: hf },
        };
      }
      lembar() {
        const l = cariLembar(this.nama);
        if (!l && !this.bolehNull) throw galat("ItemNotFound", `Lembar ${this.nama} tidak ada`);
        return l;
      }
      ubah(op, f) {
        catat(op, { lembar: this.nama });
        this.ctx.antre(() => {
          const l = this.lembar();
          if (!l) throw galat("ItemNotFound", `Lembar ${this.nama} tidak ada`);
          f(l);
        });
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

    class Rentang extends Objek {
      constructor(ctx, ws, arah) {
        super(ctx);
        this.ws = ws;
        this.arah = arah;
        const self = this; // eslint-disable-line @typescript-eslint/no-this-alias
        const setelGaya = (kunci) => (v) => self.ubahSel(`format.${kunci}`, (s) => (s.gaya[kunci] = v));
        this.format = {
          fill: { set color(v) { setelGaya("fill")(v); } },
          font: {
            set bold(v) { setelGaya("bold")(v); },
            set italic(v) { setelGaya("italic")(v); },
            set size(v) { setelGaya("size")(v); },
            set color(v) { setelGaya("color")(v); },
          },
          set wrapText(v) { setelGaya("wrap")(v); },
          set verticalAlignment(v) { setelGaya("vertical")(v); },
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
          clear: () => self.ubah("dataValidation.clear", (l) => (l.validasi = l.validasi.filter((x) => x.rentang !== self.alamatSekarang()))),
          set rule(v) { self.ubah("dataValidation.rule", (l) => { dv.rule = v; l.validasi.push(Object.assign({ rentang: self.alamatSekarang() }, dv)); }); },
          set errorAlert(v) { self.ubah("dataValidation.errorAlert", (l) => { const x = l.validasi.filter((y) => y.rentang === self.alamatSekarang()).pop(); if (x) x.errorAlert = v; }); },
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
                format: { fill: { set color(v) { cf.isi = v; } }, font: { set color(v) { cf.font = v; } } },
                set rule(v) { cf.aturan = v; },
              },
            };
          },
          clearAll: () => self.ubah("conditionalFormats.clearAll", (l, r) => (l.cf = l.cf.filter((c) => !dalam(uraiRentang(c.rentang), r)))),
        };
      }
      /** Persegi 0-based pada saat perintah dijalankan; null untuk rentang terpakai kosong. */
      kotak() {
        if (!this.arah.terpakai) return uraiRentang(this.arah.alamat);
        const l = this.ws.lembar();
        const r = l ? batasTerpakai(l, this.arah.nilaiSaja) : null;
        if (r) return r;
        return this.arah.bolehNull ? null : { b0: 0, b1: 0, k0: 0, k1: 0 };
      }
      set columnHidden(v) {
        this.ubah("columnHidden", (l) => l.kelompok.push({ rentang: this.arah.alamat, sembunyi: v, kelompok: false }));
      }
      group(arah) {
        this.ubah("group", (l) => l.kelompok.push({ rentang: this.arah.alamat, arah, kelompok: true, sembunyi: false }));
      }
      hideGroupDetails(arah) {
        this.ubah("hideGroupDetails", (l) => l.kelompok.filter((k) => k.rentang === this.arah.alamat && k.arah === arah).forEach((k) => (k.sembunyi = true)));
      }
      alamatSekarang() {
        const r = this.kotak();
        return r ? (r.b0 === r.b1 && r.k0 === r.k1 ? a1(r.b0, r.k0) : `${a1(r.b0, r.k0)}:${a1(r.b1, r.k1)}`) : null;
      }
      ubah(op, f) {
        catat(op, { lembar: this.ws.nama, alamat: this.arah.alamat || "(terpakai)" });
        this.ctx.antre(() => {
          const l = this.ws.lembar();
          const r = this.kotak();
          if (!l || !r) throw galat("ItemNotFound", `Rentang ${this.arah.alamat || "terpakai"} pada ${this.ws.nama} tidak ada`);
          f(l, r);
        });
      }
      ubahSel(op, f) {
        this.ubah(op, (l, r) => {
          if ((r.b1 - r.b0 + 1) * (r.k1 - r.k0 + 1) > 1e6) throw galat("InvalidArgument", "rentang terlalu besar untuk tiruan");
          for (let b = r.b0; b <= r.b1; b++) for (let k = r.k0; k <= r.k1; k++) f(selDi(l, b, k, true), b, k);
        });
      }
      tulis2D(op, larik, f) {
        this.ubah(op, (l, r) => {
          const tinggi = r.b1 - r.b0 + 1;
          const lebar = r.k1 - r.k0 + 1;
          if (!Array.isArray(larik) || larik.length !== tinggi || larik.some((x) => !Array.isArray(x) || x.length !== lebar)) {
            throw galat("InvalidArgument", `${op}: ukuran larik tidak sama dengan rentang ${this.arah.alamat} (${tinggi}×${lebar})`);
          }
          for (let i = 0; i < tinggi; i++) for (let j = 0; j < lebar; j++) if (larik[i][j] !== null) f(selDi(l, r.b0 + i, r.k0 + j, true), larik[i][j]);
        });
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
      clear() {
        this.ubah("clear", (l, r) => {
          for (const id of [...l.sel.keys()]) {
            const [b, k] = id.split(",").map(Number);
            if (b >= r.b0 && b <= r.b1 && k >= r.k0 && k <= r.k1) l.sel.delete(id);
          }
          l.gabung = l.gabung.filter((g) => !dalam(uraiRentang(g), r));
        });
      }
      potret(daftar) {
        const l = this.ws.lembar();
        const r = l ? this.kotak() : null;
        if (!l || !r) {
          if (this.arah.bolehNull) return { isNullObject: true };
          throw galat("ItemNotFound", `Lembar ${this.ws.nama} tidak ada`);
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
          else if (p === "values") hasil.values = larik((s) => (!s ? "" : s.f !== undefined ? 0 : s.v === undefined ? "" : s.v));
          else if (p === "formulas") hasil.formulas = larik((s) => (!s ? "" : s.f !== undefined ? s.f : s.v === undefined ? "" : s.v));
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
        return {
          set name(v) { ws.ubah("chart.name", () => (g.name = v)); },
          title: { set text(v) { ws.ubah("chart.title", () => (g.judul = v)); } },
          setPosition: (a, b) => ws.ubah("chart.setPosition", () => ((g.posisi = a), (g.sampai = b))),
          series: { getItemAt: () => ({ setXAxisValues: (r) => ws.ubah("series.setXAxisValues", () => (g.kategori = r.alamatSekarang())) }) },
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

    class KoleksiNama extends Objek {
      potret() {
        return { items: [...buku.nama.keys()].map((n) => ({ name: n })) };
      }
      get items() {
        return this.baca("items");
      }
      add(nama, rentang, komentar) {
        catat("names.add", { nama });
        this.ctx.antre(() => {
          if (buku.nama.has(nama)) throw galat("ItemAlreadyExists", `Nama ${nama} sudah ada`);
          buku.nama.set(nama, { lembar: rentang.ws.nama, rentang: rentang.alamatSekarang(), komentar });
        });
      }
      getItem(nama) {
        return {
          delete: () => {
            catat("name.delete", { nama });
            this.ctx.antre(() => buku.nama.delete(nama));
          },
        };
      }
    }

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
      ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!", nullReference: "#NULL!", invalidName: "#NAME?", invalidReference: "#REF!" },
    };

    /** Potret yang dapat di-JSON-kan: lembar → alamat → {v, f, nf}. */
    function ringkas() {
      return {
        statistik: { sync: statistik.sync, syncAkhirRun: statistik.syncAkhirRun, run: statistik.run, panggilan: statistik.panggilan },
        aktif: buku.aktif,
        pilihan: buku.pilihan,
        nama: Object.fromEntries(buku.nama),
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
            [...l.sel].filter(([, s]) => terisi(s) || s.nf).map(([id, s]) => {
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
    return { Office, Excel, CustomFunctions, buku, statistik, ringkas, ketik, nilaiDi, cariLembar };
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
