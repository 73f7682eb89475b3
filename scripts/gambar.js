#!/usr/bin/env node
/**
 * `npm run gambar`: menulis ulang tangkapan layar README (docs/gambar/pane-*.png) dari uji peramban.
 * `npm test` hanya membandingkan (tangkapan baru ke test-results/gambar/), tidak pernah menulis docs/gambar.
 * Perlu build (`npm run build` atau `npx webpack --mode production`) lebih dulu.
 */
const { spawnSync } = require("child_process");
const path = require("path");

const jest = path.join(__dirname, "..", "node_modules", "jest", "bin", "jest.js");
const r = spawnSync(process.execPath, [jest, "--runInBand", "test/panel/peramban.test.ts", ...process.argv.slice(2)], {
  cwd: path.join(__dirname, ".."),
  stdio: "inherit",
  env: { ...process.env, PKP_GAMBAR: "tulis" },
});
process.exit(r.status === null ? 1 : r.status);
