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
  {
    files: ["scripts/**/*.js", "bench/**/*.js", "*.config.js", "webpack.config.js"],
    languageOptions: { globals: { ...globals.node }, sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
