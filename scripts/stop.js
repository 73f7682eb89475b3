#!/usr/bin/env node
/**
 * `npm stop`: Windows/macOS menghentikan sesi office-addin-debugging. Linux: menghentikan server
 * `npm start` (webpack serve) yang pid-nya dicatat di dist/dev-server.pid; Ctrl+C di jendelanya juga cukup.
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

if (process.platform === "win32" || process.platform === "darwin") {
  const bin = path.resolve(
    __dirname,
    "..",
    "node_modules",
    ".bin",
    process.platform === "win32" ? "office-addin-debugging.cmd" : "office-addin-debugging",
  );
  const r = spawnSync(bin, ["stop", "manifest.xml"], { stdio: "inherit", shell: process.platform === "win32" });
  process.exitCode = r.status ?? 1;
} else {
  const berkasPid = path.resolve(__dirname, "..", "dist", "dev-server.pid");
  const pid = fs.existsSync(berkasPid) ? Number(fs.readFileSync(berkasPid, "utf8").trim()) : NaN;
  if (!Number.isInteger(pid) || pid <= 0) {
    console.log("Tidak ada server npm start yang tercatat. Bila masih berjalan, tekan Ctrl+C di jendela npm start.");
  } else {
    try {
      process.kill(pid, "SIGTERM");
      console.log(`Server npm start (pid ${pid}) dihentikan.`);
    } catch {
      console.log(`Server npm start (pid ${pid}) sudah tidak berjalan.`);
    }
    fs.rmSync(berkasPid, { force: true });
  }
}
