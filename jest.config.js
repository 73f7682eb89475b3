/**
 * Jest: unit, evaluation and browser tests (test/**), in three projects (issue 24: `npm run test:unit` on a fresh
 * clone). Suites that run the build (the installed `kinerja` in dist/cli; the production task pane and manifest in
 * dist/web) are in the projects "build-node" and "build-web", whose globalSetup (test/setup/bangun-node.ts,
 * test/setup/bangun-web.ts) builds what is missing or older than its sources — only when one of their suites is
 * selected. `npm test` builds first, so nothing is built twice. Every other suite ("unit") needs no build.
 */
const BUTUH_BUILD = {
  "build-node": [
    "cli/berkas.test.ts",
    "cli/lan.test.ts",
    "cli/mulai.test.ts",
    "cli/perintah.test.ts",
    "cli/readme-contoh.test.ts",
  ],
  "build-web": [
    "proyek/bundel-tanpa-cli.test.ts",
    "fungsi/peramban.test.ts",
    "proyek/manifest.test.ts",
    "proyek/manifest-xsd.test.ts",
    "panel/peramban.test.ts",
    "panel/kepekaan.test.ts",
    "panel/skm-siklus.test.ts",
    "panel/unduh.test.ts",
  ],
};
const dasar = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  setupFiles: ["<rootDir>/test/setup/custom-functions-runtime.ts"],
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  // office-addin-mock hanya memakai enum OfficeApp dari office-addin-manifest; indeks paket itu memuat
  // @microsoft/app-manifest yang ESM-only (strip-bom) dan tidak dapat di-require Jest di Node 20.
  moduleNameMapper: { "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js" },
};
const jalur = (f) => `<rootDir>/test/${f}`;

module.exports = {
  testTimeout: 60000,
  projects: [
    {
      ...dasar,
      displayName: "unit",
      testPathIgnorePatterns: ["/node_modules/", ...Object.values(BUTUH_BUILD).flat().map(jalur)],
    },
    ...Object.entries(BUTUH_BUILD).map(([displayName, berkas]) => ({
      ...dasar,
      displayName,
      testMatch: berkas.map(jalur),
      globalSetup: `<rootDir>/test/setup/bangun-${displayName.slice("build-".length)}.ts`,
    })),
  ],
};
