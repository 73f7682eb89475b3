#!/usr/bin/env node
// `npm stop`: Windows/macOS menghentikan sesi office-addin-debugging; di Linux cukup Ctrl+C pada npm start.
const { spawnSync } = require("child_process");
const path = require("path");
if (process.platform === "win32" || process.platform === "darwin") {
  const bin = path.resolve(__dirname, "..", "node_modules", ".bin", process.platform === "win32" ? "office-addin-debugging.cmd" : "office-addin-debugging");
  const r = spawnSync(bin, ["stop", "manifest.xml"], { stdio: "inherit", shell: process.platform === "win32" });
  process.exitCode = r.status ?? 1;
} else {
  console.log("Di Linux server dihentikan dengan Ctrl+C pada jendela npm start.");
}
