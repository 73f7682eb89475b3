/** Jest: unit, evaluation and browser tests (test/**). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  setupFiles: ["<rootDir>/test/setup/custom-functions-runtime.ts"],
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  testTimeout: 60000,
  // office-addin-mock hanya memakai enum OfficeApp dari office-addin-manifest; indeks paket itu memuat
  // @microsoft/app-manifest yang ESM-only (strip-bom) dan tidak dapat di-require Jest di Node 20.
  moduleNameMapper: { "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js" },
};
