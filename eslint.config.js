// ESLint flat config: TypeScript rules for src, test and bench; Node globals for scripts.
const js = require("@eslint/js");
const tseslint = require("typescript-eslint");
const globals = require("globals");

const KELAS_ERROR = {
  selector: "ClassDeclaration[superClass.name='Error']",
  message: "Turunkan GalatKinerja (src/core/errors.ts), bukan Error: satu keluarga galat.",
};
const LEMPAR_ERROR = {
  selector: "ThrowStatement > NewExpression[callee.name='Error']",
  message: "Lempar galat keluarga GalatKinerja (galatNilai/galatAngka/galatBagiNol/galatNA/galatInternal).",
};
/**
 * Lapisan src (issue 24; arah ketergantungan: docs/arsitektur /work/shared/design/architecture.md): setiap folder dan
 * folder src yang tidak boleh diimpornya. frameworks (data) dan core (hitungan murni) tidak mengenal rencana, adaptor,
 * wajah (task pane, CLI), fungsi kustom, Periksa atau reproduksi; plans tidak mengenal adaptor dan wajah; adaptor
 * tidak mengenal wajah; hosts/xlsx (berkas, juga Node) tidak mengenal hosts/excel (Office.js); CLI tidak memuat
 * Office.js (hosts/excel), task pane atau fungsi kustom. `peramban`: berjalan di add-in, jadi tanpa modul bawaan Node.
 */
const LAPISAN = [
  {
    folder: "frameworks",
    dilarang: ["core", "plans", "hosts", "functions", "taskpane", "cli", "periksa", "reproduksi", "commands", "metode"],
    peramban: true,
  },
  {
    folder: "core",
    dilarang: ["plans", "hosts", "functions", "taskpane", "cli", "periksa", "reproduksi", "commands", "metode"],
    peramban: true,
  },
  {
    folder: "reproduksi",
    dilarang: ["plans", "hosts", "functions", "taskpane", "cli", "periksa", "commands"],
    peramban: true,
  },
  {
    folder: "functions",
    dilarang: ["plans", "hosts", "taskpane", "cli", "periksa", "reproduksi", "commands", "metode"],
    peramban: true,
  },
  {
    folder: "plans",
    dilarang: ["hosts", "functions", "taskpane", "cli", "periksa", "reproduksi", "commands"],
    peramban: true,
  },
  { folder: "periksa", dilarang: ["functions", "taskpane", "cli", "reproduksi", "commands"], peramban: true },
  { folder: "hosts/excel", dilarang: ["functions", "taskpane", "cli", "reproduksi", "commands"], peramban: true },
  { folder: "hosts/xlsx", dilarang: ["hosts/excel", "functions", "taskpane", "cli", "reproduksi", "commands"] },
  { folder: "taskpane", dilarang: ["functions", "cli", "reproduksi", "commands"], peramban: true },
  { folder: "commands", dilarang: ["functions", "taskpane", "cli", "reproduksi"], peramban: true },
  { folder: "cli", dilarang: ["hosts/excel", "functions", "taskpane", "commands"] },
];

/** Blok no-restricted-imports satu folder lapisan (satu blok per berkas: aturan yang sama di blok lain menimpanya). */
function aturanLapisan({ folder, dilarang, peramban }) {
  const patterns = dilarang.map((f) => ({
    // impor relatif src/<folder>/… → src/<f>/… (kedalaman berapa pun: "../f", "../../f/x"); folder bersaudara di
    // bawah induk yang sama (hosts/xlsx → hosts/excel) juga lewat "../excel"
    regex: `^(\\.\\./)+(${[f, ...(f.split("/")[0] === folder.split("/")[0] ? [f.split("/")[1]] : [])].join("|")})(/|$)`,
    message: `Lapisan (issue 24): src/${folder} tidak boleh mengimpor src/${f}.`,
  }));
  if (folder !== "taskpane")
    patterns.push({
      group: ["@microsoft/office-js", "office-addin-*", "@fluentui/*"],
      message: `Lapisan (issue 24): Office.js dan komponen UI hanya untuk task pane (src/${folder}).`,
    });
  if (peramban)
    patterns.push({
      regex: "^(node:|(fs|path|os|stream|child_process|util|crypto)(/|$))",
      message: `Lapisan (issue 24): src/${folder} berjalan di add-in (peramban), tanpa modul bawaan Node.`,
    });
  const blok = { files: [`src/${folder}/**/*.ts`], rules: { "no-restricted-imports": ["error", { patterns }] } };
  if (!["taskpane", "hosts/excel", "commands"].includes(folder))
    blok.rules["no-restricted-globals"] = [
      "error",
      ...["Office", "Excel", "OfficeExtension"].map((name) => ({
        name,
        message: `Lapisan (issue 24): Office.js hanya di hosts/excel, taskpane dan commands (src/${folder}).`,
      })),
    ];
  // hosts/xlsx dicocokkan juga oleh pola hosts/**: tidak ada blok hosts umum, jadi tidak saling menimpa
  return blok;
}

module.exports = tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "contoh/**", "test-results/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts"],
    rules: {
      "no-eval": "error",
      "no-implied-eval": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  // Satu keluarga galat (src/core/errors.ts): hanya GalatKinerja yang menurunkan Error langsung; di inti, rencana,
  // kerangka dan fungsi galat dilempar dengan golongannya (galatNilai, galatInternal, …), bukan `new Error`.
  {
    files: ["src/**/*.ts"],
    ignores: ["src/core/errors.ts"],
    rules: { "no-restricted-syntax": ["error", KELAS_ERROR] },
  },
  {
    files: ["src/core/**/*.ts", "src/plans/**/*.ts", "src/frameworks/**/*.ts", "src/functions/**/*.ts"],
    ignores: ["src/core/errors.ts"],
    rules: { "no-restricted-syntax": ["error", KELAS_ERROR, LEMPAR_ERROR] },
  },
  { files: ["src/core/errors.ts"], rules: { "no-restricted-syntax": ["error", LEMPAR_ERROR] } },
  ...LAPISAN.map(aturanLapisan),
  {
    files: ["scripts/**/*.js", "bench/**/*.js", "*.config.js", "webpack.config.js"],
    languageOptions: { globals: { ...globals.node }, sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
