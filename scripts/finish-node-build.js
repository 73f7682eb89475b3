// After `tsc -p tsconfig.node.json`: make the CLI executable (package.json "bin": dist/cli/kinerja.js).
const fs = require("fs");
const path = require("path");
const cli = path.resolve(__dirname, "../dist/cli/kinerja.js");
if (!fs.existsSync(cli)) {
  console.error("dist/cli/kinerja.js tidak ada: build Node gagal?");
  process.exit(1);
}
fs.chmodSync(cli, 0o755);
