/**
 * Build add-in: task pane, fungsi kustom (runtime bersama) dan perintah.
 * - functions.json dibuat dari JSDoc @customfunction (custom-functions-metadata-plugin).
 * - Mode pengembangan melayani https://localhost:3000 (sertifikat office-addin-dev-certs di Windows/macOS,
 *   sertifikat swa-tanda-tangan webpack-dev-server di Linux).
 */
const fs = require("fs");
const path = require("path");
const webpack = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { terjemahanInggris } = require("./scripts/terjemahan-fungsi");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const {
  BERKAS_METADATA,
  URL_DEV,
  manifestTerbit,
  normalisasiAlamat,
  normalisasiDukungan,
  sidikIsi,
} = require("./scripts/alamat-addin");

const PORT = 3000;
/**
 * Alamat produksi manifest di dist/web (README: "Menerbitkan"): ADDIN_URL, diperiksa (https saja, "/" di akhir
 * ditambahkan). Tanpa ADDIN_URL tetap https://localhost:3000/; `npm run paket -- --url …` menulis manifest sendiri.
 */
const URL_PROD = process.env.ADDIN_URL ? normalisasiAlamat(process.env.ADDIN_URL) : URL_DEV;
/** Halaman dukungan manifest produksi: ADDIN_SUPPORT_URL, bawaan bantuan.html add-in sendiri. */
const DUKUNGAN = process.env.ADDIN_SUPPORT_URL
  ? normalisasiDukungan(process.env.ADDIN_SUPPORT_URL, "ADDIN_SUPPORT_URL")
  : undefined;

/**
 * Berkas fungsi kustom: setiap berkas di src/functions kecuali pembantu, titik masuk dan isi fungsi yang dimuat
 * belakangan (`*-inti.ts`: tanpa @customfunction; JSDoc ada di pembungkus asinkronnya). Sama dengan
 * scripts/referensi-fungsi.js.
 */
const BERKAS_FUNGSI = fs
  .readdirSync(path.resolve(__dirname, "src/functions"))
  .filter(
    (f) =>
      f.endsWith(".ts") &&
      !f.endsWith("-inti.ts") &&
      !["excel.ts", "cepat.ts", "functions.ts", "runtime-cadangan.ts"].includes(f),
  )
  .sort()
  .map((f) => `./src/functions/${f}`);

/**
 * Membuat functions.en-US.json dari functions.json (hasil JSDoc) dengan deskripsi berbahasa Inggris
 * dari src/functions/*.en-US.json. Nama fungsi tetap sama (LAN.BOBOT, …) di semua bahasa.
 */
class MetadataInggrisPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("MetadataInggrisPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "MetadataInggrisPlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONS },
        () => {
          const asal = compilation.getAsset("functions.json");
          if (!asal) return;
          const inggris = terjemahanInggris();
          const meta = JSON.parse(asal.source.source().toString());
          for (const f of meta.functions) {
            const t = inggris[f.id];
            if (!t) {
              compilation.errors.push(
                new compiler.webpack.WebpackError(`src/functions/*.en-US.json: terjemahan ${f.id} belum ada`),
              );
              continue;
            }
            f.description = t.description;
            for (const p of f.parameters)
              if (t.parameters && t.parameters[p.name]) p.description = t.parameters[p.name];
          }
          compilation.emitAsset(
            "functions.en-US.json",
            new compiler.webpack.sources.RawSource(JSON.stringify(meta, null, 2)),
          );
        },
      );
    });
  }
}

/**
 * Manifest produksi (dist/web/manifest*.xml): alamat terbit, URL metadata fungsi kustom berversi isi
 * (functions.json?v=<sidik>) dan halaman dukungan — `manifestTerbit`, fungsi yang sama dengan `npm run paket`.
 * Dijalankan setelah metadata (functions.json, functions.en-US.json) selesai dibuat.
 */
class ManifestTerbitPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("ManifestTerbitPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "ManifestTerbitPlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE },
        () => {
          const sidik = {};
          for (const b of BERKAS_METADATA) {
            const a = compilation.getAsset(b);
            if (a) sidik[b] = sidikIsi(a.source.source());
          }
          for (const a of compilation.getAssets().filter((x) => /^manifest.*\.xml$/.test(x.name))) {
            const teks = manifestTerbit(a.source.source().toString(), { url: URL_PROD, sidik, dukungan: DUKUNGAN });
            compilation.updateAsset(a.name, new compiler.webpack.sources.RawSource(teks));
          }
        },
      );
    });
  }
}

async function httpsOptions() {
  if (process.platform === "win32" || process.platform === "darwin") {
    const devCerts = require("office-addin-dev-certs");
    return devCerts.getHttpsServerOptions();
  }
  return undefined;
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const serving = Boolean(env && env.WEBPACK_SERVE);
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/taskpane.ts",
      // runtime cadangan dulu (di luar Excel mencegah ReferenceError CustomFunctions), lalu setiap berkas fungsi:
      // tanpa daftar berkas fungsi yang ditulis tangan (menambah metode: docs/menambah-metode.md)
      functions: ["./src/functions/runtime-cadangan.ts", ...BERKAS_FUNGSI],
      commands: "./src/commands/commands.ts",
    },
    // Potongan yang dimuat belakangan (ExcelJS untuk unduhan .xlsx di peramban tanpa Excel) diberi hash isi.
    output: {
      path: path.resolve(__dirname, "dist/web"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    // import dinamis ditulis dengan akhiran .js (aturan node16 untuk tsc); webpack mencari berkas .ts-nya.
    resolve: { extensions: [".ts", ".js"], extensionAlias: { ".js": [".ts", ".js"] } },
    performance: { hints: false },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { configFile: "tsconfig.web.json" } },
        },
        // Modul tanpa efek samping (data dan fungsi murni): impor yang tidak dipakai dilewati seluruhnya, sehingga
        // angka tercetak dan daftar indikator LAN (±24 KB) hanya masuk potongan yang dimuat LAN.KERANGKA (dan
        // pembangun task pane), bukan functions.js (lihat core/lan-kerangka.ts).
        {
          test: /src[\\/](frameworks[\\/]lan1998-(tercetak|angka|daftar)|core[\\/]lan-kerangka)\.ts$/,
          sideEffects: false,
        },
        { test: /\.(png|svg)$/, type: "asset/resource", generator: { filename: "assets/[name][ext]" } },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: BERKAS_FUNGSI }),
      new MetadataInggrisPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane", "functions", "commands"],
      }),
      new HtmlWebpackPlugin({
        filename: "functions.html",
        template: "./src/functions/functions.html",
        chunks: ["functions"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]" },
          { from: "src/bantuan/bantuan.html", to: "bantuan.html" },
          { from: "manifest*.xml", to: "[name][ext]" },
        ],
      }),
      // Bagian CLI deskriptor metode (src/metode/<id>.ts: `require("../cli/…")` di dalam fungsi, dipanggil di Node
      // saja) tidak pernah masuk bundel peramban: commander, fs dan jalur ExcelJS CLI tetap di luar
      // (test/proyek/bundel-tanpa-cli.test.ts memeriksa bundel hasil build).
      new webpack.IgnorePlugin({ resourceRegExp: /^\.\.\/cli\//, contextRegExp: /[\\/]src[\\/]metode$/ }),
      ...(dev ? [] : [new ManifestTerbitPlugin()]),
    ],
    devServer: serving
      ? {
          port: PORT,
          hot: false,
          liveReload: false,
          static: { directory: path.resolve(__dirname, "dist/web") },
          headers: { "Access-Control-Allow-Origin": "*" },
          server: { type: "https", options: await httpsOptions() },
          client: false,
        }
      : undefined,
  };
};
