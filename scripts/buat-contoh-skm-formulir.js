#!/usr/bin/env node
/**
 * Menulis ekspor formulir SKM contoh (tetap, berbenih) ke stdout; logikanya di src/cli/contoh-formulir-skm.ts.
 *   npm run build:node && node scripts/buat-contoh-skm-formulir.js > test/fixtures/skm-siklus/formulir-kecamatan.csv
 *   node scripts/buat-contoh-skm-formulir.js kepentingan > test/fixtures/skm-siklus/formulir-kepentingan.csv
 */
"use strict";
const { csvFormulirContohSkm } = require("../dist/cli/contoh-formulir-skm.js");
process.stdout.write(csvFormulirContohSkm({ kepentingan: process.argv[2] === "kepentingan" }));
