#!/usr/bin/env node
/**
 * Galat Excel yang dapat dikembalikan setiap fungsi kustom, dicari dengan API kompilator TypeScript:
 * dari fungsi @customfunction, semua panggilan ke fungsi proyek (src/…) diikuti; pembuat galat inti
 * (galatAngka → #NUM!, galatBagiNol → #DIV/0!, galatNilai → #VALUE!, galatNA → #N/A) dan
 * galatExcel("ANGKA"|…)/new GalatKinerja("…") yang terjangkau dicatat; pemanggil generik bernama
 * (`panggil("sakipCapaian", …)`, parameter `K extends keyof T`) diikuti ke fungsi yang dinamai. Perkiraan ke atas: cabang yang
 * terjangkau dianggap mungkin. Dipakai test/fungsi/galat-pesan.test.ts: Excel membuang pesan kustom #NUM! dan
 * #DIV/0!, jadi deskripsi fungsi (tooltip dan README) harus menyebut sebabnya.
 */
const path = require("path");
const ts = require("typescript");

const AKAR = path.resolve(__dirname, "..");
const SRC = path.join(AKAR, "src") + path.sep;
const PEMBUAT = { galatAngka: "#NUM!", galatBagiNol: "#DIV/0!", galatNilai: "#VALUE!", galatNA: "#N/A" };
const KODE = { ANGKA: "#NUM!", BAGI0: "#DIV/0!", NILAI: "#VALUE!", NA: "#N/A" };
/** Pembantu yang melempar sebuah kode hanya bila argumen ke-i diisi `true`: pastikanAngka(nilai, nama, nonNegatif). */
const BERSYARAT = { pastikanAngka: { i: 2, kode: "#NUM!" } };

function galatFungsi() {
  const konfig = ts.getParsedCommandLineOfConfigFile(
    path.join(AKAR, "tsconfig.web.json"),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined },
  );
  const berkas = konfig.fileNames.filter((f) =>
    path.resolve(f).startsWith(path.join(AKAR, "src/functions") + path.sep),
  );
  const prog = ts.createProgram(berkas, konfig.options);
  const checker = prog.getTypeChecker();
  const memo = new Map();

  const deklarasiFungsi = (s) => {
    if (!s) return null;
    if (s.flags & ts.SymbolFlags.Alias) s = checker.getAliasedSymbol(s);
    const d = s.valueDeclaration || (s.declarations || [])[0];
    if (!d || !path.resolve(d.getSourceFile().fileName).startsWith(SRC)) return null;
    if (ts.isFunctionDeclaration(d) || ts.isMethodDeclaration(d)) return d;
    if (
      ts.isVariableDeclaration(d) &&
      d.initializer &&
      (ts.isArrowFunction(d.initializer) || ts.isFunctionExpression(d.initializer))
    )
      return d.initializer;
    return null;
  };

  /**
   * Pemanggil generik yang menerima NAMA fungsi: parameter bertipe `K extends keyof T` dan argumen teks literal
   * (functions/sakip.ts: `panggil("sakipCapaian", […])` memanggil `sakipCapaian` dari sakip-inti). Fungsi
   * yang dinamai ikut ditelusuri, seperti panggilan langsung.
   */
  const sasaranNama = (d, n) => {
    const hasil = [];
    (d.parameters || []).forEach((p, i) => {
      const a = n.arguments && n.arguments[i];
      if (!a || !ts.isStringLiteralLike(a) || !p.type || !ts.isTypeReferenceNode(p.type)) return;
      const tp = checker.getSymbolAtLocation(p.type.typeName);
      const dekl = tp && (tp.declarations || []).find(ts.isTypeParameterDeclaration);
      const c = dekl && dekl.constraint;
      if (!c || !ts.isTypeOperatorNode(c) || c.operator !== ts.SyntaxKind.KeyOfKeyword) return;
      const f = deklarasiFungsi(checker.getPropertyOfType(checker.getTypeFromTypeNode(c.type), a.text));
      if (f) hasil.push(f);
    });
    return hasil;
  };

  function kodeDari(fn) {
    if (memo.has(fn)) return memo.get(fn);
    const hasil = new Set();
    memo.set(fn, hasil);
    const jalan = (n) => {
      if (ts.isCallExpression(n) || ts.isNewExpression(n)) {
        const e = n.expression;
        const s = checker.getSymbolAtLocation(ts.isPropertyAccessExpression(e) ? e.name : e);
        const nama = s && (s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s).name;
        if (nama && PEMBUAT[nama]) hasil.add(PEMBUAT[nama]);
        const a0 = n.arguments && n.arguments[0];
        if ((nama === "galatExcel" || nama === "GalatKinerja") && a0 && ts.isStringLiteral(a0) && KODE[a0.text])
          hasil.add(KODE[a0.text]);
        const d = deklarasiFungsi(s);
        const syarat = BERSYARAT[nama];
        const argSyarat = syarat && n.arguments ? n.arguments[syarat.i] : undefined;
        const lewati = syarat && (!argSyarat || argSyarat.kind === ts.SyntaxKind.FalseKeyword) ? syarat.kode : null;
        if (d && nama !== "galatExcel") for (const k of kodeDari(d)) if (k !== lewati) hasil.add(k);
        if (d) for (const t of sasaranNama(d, n)) for (const k of kodeDari(t)) hasil.add(k);
      }
      ts.forEachChild(n, jalan);
    };
    if (fn.body) jalan(fn.body);
    return hasil;
  }

  const daftar = [];
  for (const sf of prog.getSourceFiles()) {
    if (!berkas.some((b) => path.resolve(b) === path.resolve(sf.fileName))) continue;
    ts.forEachChild(sf, (n) => {
      if (!ts.isFunctionDeclaration(n)) return;
      const tag = ts.getJSDocTags(n).find((t) => t.tagName.text === "customfunction");
      if (!tag) return;
      const komentar = typeof tag.comment === "string" ? tag.comment : ts.getTextOfJSDocComment(tag.comment) || "";
      const nama = komentar.trim().split(/\s+/).pop() || n.name.text;
      daftar.push({ nama, kode: [...kodeDari(n)].sort() });
    });
  }
  return daftar;
}

module.exports = { galatFungsi };
if (require.main === module) for (const f of galatFungsi()) console.log(f.nama, f.kode.join(" "));
