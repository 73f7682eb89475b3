#!/usr/bin/env node
/**
 * Audit set persyaratan Office.js: setiap anggota API Excel/Office (dan CustomFunctions) yang dipakai
 * src/hosts/excel, src/taskpane dan src/functions dipetakan ke set persyaratannya. Set dibaca dari anotasi
 * `[Api set: ExcelApi 1.x]` di JSDoc @types/office-js (dan @types/custom-functions-runtime) lewat API
 * kompilator TypeScript (simbol diselesaikan oleh pemeriksa tipe, bukan dicocokkan dengan teks).
 *
 * Anggota yang setnya di atas minimum manifest (<Requirements><Sets>) harus dijaga `isSetSupported`:
 * - di dalam `if (G)`, `G ? … : …`, `G && …`, atau sesudah `if (!G) return/throw` pada blok yang sama;
 * - G boleh berupa panggilan `Office.context.requirements.isSetSupported(nama, versi)` atau fungsi pembungkus
 *   yang mengembalikannya (mis. `dukung("ExcelApi", SET_FITUR[f])`), atau konstanta yang diisi G.
 *   Nama dan versi set dihitung dari literal, konstanta dan objek `as const` (mis. SET_FITUR.validasi).
 *
 * `node scripts/audit-set.js` mencetak tabel (anggota → set → dijaga?); `--readme` menulis ringkasannya
 * di README (antara penanda), `--periksa` keluar dengan kode 1 bila ada anggota tak terjaga.
 */
const fs = require("fs");
const path = require("path");
const ts = require("typescript");

const AKAR = path.resolve(__dirname, "..");
const FOLDER = ["src/hosts/excel", "src/taskpane", "src/functions"];
const MULAI = "<!-- AUDIT-SET:MULAI (dibuat oleh scripts/audit-set.js) -->";
const SELESAI = "<!-- AUDIT-SET:SELESAI -->";
const TIPE_OFFICE = /[\\/]@types[\\/](office-js|custom-functions-runtime)[\\/]/;

/** Set minimum dari manifest: nama → versi. Host Workbook sendiri menjamin ExcelApi 1.1. */
function minimumManifest(berkas = path.join(AKAR, "manifest.xml")) {
  const teks = fs.readFileSync(berkas, "utf8");
  const blok = (teks.match(/<Requirements>([\s\S]*?)<\/Requirements>/) || ["", ""])[1];
  const min = { ExcelApi: "1.1" };
  for (const m of blok.matchAll(/<Set\s+Name="([^"]+)"(?:\s+MinVersion="([^"]+)")?/g)) {
    const bawaan = (blok.match(/DefaultMinVersion="([^"]+)"/) || [])[1] || "1.1";
    min[m[1]] = m[2] || bawaan;
  }
  return min;
}

function bandingVersi(a, b) {
  const x = a.split(".").map(Number);
  const y = b.split(".").map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] || 0) - (y[i] || 0);
    if (d) return d;
  }
  return 0;
}

/** Set persyaratan dari komentar JSDoc sebuah deklarasi (naik ke induknya bila tidak ada). */
function setDari(decl) {
  for (let d = decl; d && !ts.isSourceFile(d); d = d.parent) {
    const sf = d.getSourceFile();
    for (const r of ts.getLeadingCommentRanges(sf.text, d.pos) || []) {
      const m = sf.text.slice(r.pos, r.end).match(/\[Api set:\s*([A-Za-z]+)\s+(\d+(?:\.\d+)*)/);
      if (m) return { set: m[1], versi: m[2] };
    }
    if (ts.isModuleDeclaration(d) && d.name.text === "Excel") return { set: "ExcelApi", versi: "1.1" };
  }
  return null; // API umum Office tanpa set (selalu ada)
}

function program(berkas) {
  const konfig = ts.getParsedCommandLineOfConfigFile(
    path.join(AKAR, "tsconfig.web.json"),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined },
  );
  return ts.createProgram(berkas || konfig.fileNames, konfig.options);
}

function dariOffice(decl) {
  return decl && TIPE_OFFICE.test(decl.getSourceFile().fileName);
}

/** Penilai ekspresi konstan (string) dengan lingkungan parameter → {ekspr, env}. */
function buatPenilai(checker) {
  const tanpaBungkus = (e) => {
    while (
      e &&
      (ts.isParenthesizedExpression(e) ||
        ts.isAsExpression(e) ||
        ts.isSatisfiesExpression?.(e) ||
        ts.isTypeAssertionExpression(e))
    )
      e = e.expression;
    return e;
  };
  const deklarasi = (id) => {
    const s = checker.getSymbolAtLocation(id);
    return s && s.valueDeclaration;
  };
  function objek(e, env) {
    e = tanpaBungkus(e);
    if (ts.isObjectLiteralExpression(e)) return e;
    if (ts.isIdentifier(e)) {
      if (env.has(e.text)) return objek(env.get(e.text).e, env.get(e.text).env);
      const d = deklarasi(e);
      if (d && ts.isVariableDeclaration(d) && d.initializer) return objek(d.initializer, new Map());
    }
    return null;
  }
  function teks(e, env) {
    e = tanpaBungkus(e);
    if (!e) return null;
    if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return e.text;
    if (ts.isIdentifier(e)) {
      if (env.has(e.text)) return teks(env.get(e.text).e, env.get(e.text).env);
      const d = deklarasi(e);
      if (d && ts.isVariableDeclaration(d) && d.initializer && ts.getCombinedNodeFlags(d) & ts.NodeFlags.Const)
        return teks(d.initializer, new Map());
      return null;
    }
    const ambil = (o, kunci) => {
      const p =
        o && kunci !== null
          ? o.properties.find((x) => ts.isPropertyAssignment(x) && x.name && x.name.text === kunci)
          : null;
      return p ? teks(p.initializer, new Map()) : null;
    };
    if (ts.isElementAccessExpression(e)) return ambil(objek(e.expression, env), teks(e.argumentExpression, env));
    if (ts.isPropertyAccessExpression(e)) return ambil(objek(e.expression, env), e.name.text);
    return null;
  }
  return { teks, tanpaBungkus };
}

function buatPenjaga(checker) {
  const { teks, tanpaBungkus } = buatPenilai(checker);

  /** Fungsi (badan) yang dirujuk ekspresi pemanggil, lewat konstanta dan `??`/`||`. */
  function fungsiDari(e, kedalaman = 0) {
    e = tanpaBungkus(e);
    if (!e || kedalaman > 5) return [];
    if (ts.isArrowFunction(e) || ts.isFunctionExpression(e) || ts.isFunctionDeclaration(e)) return [e];
    if (
      ts.isBinaryExpression(e) &&
      (e.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken ||
        e.operatorToken.kind === ts.SyntaxKind.BarBarToken)
    ) {
      return [...fungsiDari(e.left, kedalaman + 1), ...fungsiDari(e.right, kedalaman + 1)];
    }
    if (ts.isIdentifier(e) || ts.isPropertyAccessExpression(e)) {
      let s = checker.getSymbolAtLocation(ts.isIdentifier(e) ? e : e.name);
      // nama yang diimpor dari modul lain: ikuti ke deklarasi aslinya
      if (s && s.flags & ts.SymbolFlags.Alias) s = checker.getAliasedSymbol(s);
      const d = s && (s.valueDeclaration || (s.declarations || [])[0]);
      if (!d || dariOffice(d)) return [];
      // fungsi biasa atau metode kelas (mis. PenyusunTulis.bisa di src/hosts/excel/tulis.ts)
      if (ts.isFunctionDeclaration(d) || ts.isMethodDeclaration(d)) return [d];
      if (ts.isVariableDeclaration(d) && d.initializer) return fungsiDari(d.initializer, kedalaman + 1);
    }
    return [];
  }

  function nilaiKembali(f) {
    if (!f.body) return [];
    if (!ts.isBlock(f.body)) return [f.body];
    const hasil = [];
    const jalan = (n) => {
      if (ts.isFunctionLike(n)) return;
      if (ts.isReturnStatement(n) && n.expression) hasil.push(n.expression);
      ts.forEachChild(n, jalan);
    };
    ts.forEachChild(f.body, jalan);
    return hasil;
  }

  /** Penjaga dari panggilan: isSetSupported langsung, atau pembungkus yang mengembalikannya. */
  function dariPanggilan(c, env, kedalaman) {
    const callee = tanpaBungkus(c.expression);
    const s = checker.getSymbolAtLocation(ts.isPropertyAccessExpression(callee) ? callee.name : callee);
    const d = s && (s.declarations || [])[0];
    if (d && dariOffice(d) && s.name === "isSetSupported") {
      const set = teks(c.arguments[0], env);
      const versi = c.arguments[1] ? teks(c.arguments[1], env) : "1.1";
      return set && versi ? [{ set, versi }] : [];
    }
    if (kedalaman > 4) return [];
    for (const f of fungsiDari(callee)) {
      const envBaru = new Map();
      f.parameters.forEach((p, i) => {
        if (ts.isIdentifier(p.name) && c.arguments[i]) envBaru.set(p.name.text, { e: c.arguments[i], env });
      });
      for (const r of nilaiKembali(f)) {
        const g = positif(r, envBaru, kedalaman + 1);
        if (g.length) return g;
      }
    }
    return [];
  }

  function positif(e, env = new Map(), kedalaman = 0) {
    e = tanpaBungkus(e);
    if (!e) return [];
    if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken)
      return [...positif(e.left, env, kedalaman), ...positif(e.right, env, kedalaman)];
    if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.ExclamationToken)
      return negatif(e.operand, env, kedalaman);
    if (ts.isCallExpression(e)) return dariPanggilan(e, env, kedalaman);
    // parameter yang diikat ke ekspresi pemanggil: penjaga bila ekspresinya penjaga
    if (ts.isIdentifier(e) && env.has(e.text)) return positif(env.get(e.text).e, env.get(e.text).env, kedalaman + 1);
    if (ts.isIdentifier(e)) {
      const s = checker.getSymbolAtLocation(e);
      const d = s && s.valueDeclaration;
      if (
        d &&
        ts.isVariableDeclaration(d) &&
        d.initializer &&
        ts.getCombinedNodeFlags(d) & ts.NodeFlags.Const &&
        !ts.isFunctionLike(tanpaBungkus(d.initializer))
      ) {
        // konstanta di fungsi yang sama memakai parameter yang sama (env); konstanta modul tidak memakainya
        return positif(d.initializer, env, kedalaman + 1);
      }
    }
    return [];
  }

  function negatif(e, env = new Map(), kedalaman = 0) {
    e = tanpaBungkus(e);
    if (!e) return [];
    if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.BarBarToken)
      return [...negatif(e.left, env, kedalaman), ...negatif(e.right, env, kedalaman)];
    if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.ExclamationToken)
      return positif(e.operand, env, kedalaman);
    return [];
  }

  const keluar = (s) => {
    if (!s) return false;
    if (ts.isReturnStatement(s) || ts.isThrowStatement(s)) return true;
    if (ts.isBlock(s)) return s.statements.length > 0 && keluar(s.statements[s.statements.length - 1]);
    return false;
  };

  /** Semua penjaga yang berlaku di titik `node` (naik sampai berkas). */
  return function penjagaDi(node) {
    const hasil = [];
    for (let anak = node, p = node.parent; p; anak = p, p = p.parent) {
      if (ts.isIfStatement(p)) {
        if (anak === p.thenStatement) hasil.push(...positif(p.expression));
        else if (anak === p.elseStatement) hasil.push(...negatif(p.expression));
      } else if (ts.isConditionalExpression(p)) {
        if (anak === p.whenTrue) hasil.push(...positif(p.condition));
        else if (anak === p.whenFalse) hasil.push(...negatif(p.condition));
      } else if (ts.isBinaryExpression(p) && anak === p.right) {
        if (p.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken) hasil.push(...positif(p.left));
        if (p.operatorToken.kind === ts.SyntaxKind.BarBarToken) hasil.push(...negatif(p.left));
      } else if (ts.isBlock(p) || ts.isSourceFile(p)) {
        for (const st of p.statements) {
          if (st === anak) break;
          if (ts.isIfStatement(st) && !st.elseStatement && keluar(st.thenStatement))
            hasil.push(...negatif(st.expression));
        }
      }
    }
    return hasil;
  };
}

/** Nama anggota dari rantai deklarasinya: Excel.Range.values, Office.context, CustomFunctions.Error, … */
function namaAnggota(decl, s) {
  const bagian = [s.name];
  for (let d = decl.parent; d && !ts.isSourceFile(d); d = d.parent) {
    if (
      (ts.isInterfaceDeclaration(d) ||
        ts.isClassDeclaration(d) ||
        ts.isModuleDeclaration(d) ||
        ts.isTypeAliasDeclaration(d) ||
        ts.isEnumDeclaration(d)) &&
      d.name
    )
      bagian.unshift(d.name.text);
  }
  return bagian.join(".");
}

/**
 * Audit berkas sumber. Hasil: { minimum, baris: [{anggota, set, versi, status, penjaga, tempat}] }.
 * status: "manifest" (≤ minimum manifest), "umum" (API Office tanpa set), "dijaga" atau "TIDAK DIJAGA".
 */
function audit(opsi = {}) {
  const minimum = opsi.minimum || minimumManifest();
  const folder = (opsi.folder || FOLDER).map((f) => path.join(AKAR, f) + path.sep);
  const prog = program(opsi.berkas);
  const checker = prog.getTypeChecker();
  const penjagaDi = buatPenjaga(checker);
  const peta = new Map();
  for (const sf of prog.getSourceFiles()) {
    const nama = path.resolve(sf.fileName);
    if (
      sf.isDeclarationFile ||
      !(opsi.berkas ? opsi.berkas.map((b) => path.resolve(b)).includes(nama) : folder.some((f) => nama.startsWith(f)))
    )
      continue;
    const kunjungi = (n) => {
      if (ts.isPropertyAccessExpression(n)) {
        let s = checker.getSymbolAtLocation(n.name);
        if (s && s.flags & ts.SymbolFlags.Alias) s = checker.getAliasedSymbol(s);
        let decl = s && (s.declarations || []).find(dariOffice);
        if (decl && ts.isCallExpression(n.parent) && n.parent.expression === n) {
          const sig = checker.getResolvedSignature(n.parent);
          if (sig && sig.declaration && dariOffice(sig.declaration)) decl = sig.declaration;
        }
        if (decl) {
          const anggota = namaAnggota(decl, s);
          const sv = setDari(decl);
          const min = sv && minimum[sv.set];
          let status = "umum";
          let penjaga = "";
          if (sv) {
            if (min && bandingVersi(sv.versi, min) <= 0) status = "manifest";
            else {
              const g = penjagaDi(n).find((x) => x.set === sv.set && bandingVersi(x.versi, sv.versi) >= 0);
              status = g ? "dijaga" : "TIDAK DIJAGA";
              penjaga = g ? `${g.set} ${g.versi}` : "";
            }
          }
          const pos = sf.getLineAndCharacterOfPosition(n.name.getStart());
          const tempat = `${path.relative(AKAR, sf.fileName).split(path.sep).join("/")}:${pos.line + 1}`;
          const kunci = `${anggota}|${status}`;
          const lama = peta.get(kunci);
          if (lama) lama.tempat.push(tempat);
          else
            peta.set(kunci, {
              anggota,
              set: sv ? sv.set : "",
              versi: sv ? sv.versi : "",
              status,
              penjaga,
              tempat: [tempat],
            });
        }
      }
      ts.forEachChild(n, kunjungi);
    };
    kunjungi(sf);
  }
  const baris = [...peta.values()].sort(
    (a, b) =>
      a.set.localeCompare(b.set) ||
      bandingVersi(a.versi, b.versi) ||
      a.anggota.localeCompare(b.anggota) ||
      a.status.localeCompare(b.status),
  );
  return { minimum, baris };
}

function tabel(hasil) {
  const t = ["| anggota | set | dijaga? | tempat |", "| --- | --- | --- | --- |"];
  for (const b of hasil.baris) {
    const dijaga =
      b.status === "manifest"
        ? "minimum manifest"
        : b.status === "umum"
          ? "API umum (tanpa set)"
          : b.status === "dijaga"
            ? `ya: isSetSupported ${b.penjaga}`
            : "**TIDAK**";
    t.push(
      `| \`${b.anggota}\` | ${b.set ? `${b.set} ${b.versi}` : "—"} | ${dijaga} | ${b.tempat.slice(0, 3).join(", ")}${b.tempat.length > 3 ? ", …" : ""} |`,
    );
  }
  return t.join("\n");
}

/** Ringkasan README: minimum manifest, jumlah anggota per set, dan anggota di atas minimum dengan penjaganya. */
function ringkasan(hasil) {
  const perSet = new Map();
  for (const b of hasil.baris) {
    const k = b.set ? `${b.set} ${b.versi}` : "API umum Office (tanpa set)";
    perSet.set(k, (perSet.get(k) || 0) + 1);
  }
  const minimum = Object.entries(hasil.minimum)
    .map(([n, v]) => `${n} ${v}`)
    .join(", ");
  const atas = hasil.baris.filter((b) => b.status === "dijaga" || b.status === "TIDAK DIJAGA");
  const baris = [
    MULAI,
    "",
    `Minimum manifest: ${minimum}. Set yang dipakai: ${[...perSet.keys()].join("; ")}. Anggota di atas minimum:`,
    "",
    "| anggota di atas minimum | set | dijaga `isSetSupported`? |",
    "| --- | --- | --- |",
    ...atas.map(
      (b) =>
        `| \`${b.anggota}\` | ${b.set} ${b.versi} | ${b.status === "dijaga" ? `ya (${b.penjaga})` : "**TIDAK**"} |`,
    ),
    "",
    SELESAI,
  ];
  return baris.join("\n");
}

function tulisReadme(hasil, periksa) {
  const berkas = path.join(AKAR, "README.md");
  const teksLama = fs.readFileSync(berkas, "utf8");
  const a = teksLama.indexOf(MULAI);
  const b = teksLama.indexOf(SELESAI);
  if (a < 0 || b < 0) throw new Error("README.md tidak punya penanda AUDIT-SET");
  const baru = teksLama.slice(0, a) + ringkasan(hasil) + teksLama.slice(b + SELESAI.length);
  if (periksa) return baru === teksLama;
  fs.writeFileSync(berkas, baru);
  return true;
}

module.exports = { audit, tabel, ringkasan, minimumManifest, bandingVersi, MULAI, SELESAI };

if (require.main === module) {
  const hasil = audit();
  console.log(tabel(hasil));
  if (process.argv.includes("--readme")) tulisReadme(hasil, false);
  if (process.argv.includes("--periksa") && hasil.baris.some((b) => b.status === "TIDAK DIJAGA")) process.exit(1);
}
