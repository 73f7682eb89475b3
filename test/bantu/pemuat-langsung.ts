/**
 * Pemuat untuk uji Jest: modul yang sama dengan potongan webpack "pembangun", "adaptor-excel" dan "periksa"
 * (src/taskpane/muat.ts), tetapi lewat impor biasa: Jest (CommonJS) tidak menjalankan import() dinamis
 * tanpa --experimental-vm-modules. Pemuatan potongan sungguhan diuji di Chromium (test/panel/peramban.test.ts, test/panel/unduh.test.ts).
 */
import { bacaBukuKerja } from "../../src/hosts/excel/baca";
import { terapkanRencana } from "../../src/hosts/excel/excel";
import { periksaBukuKerja } from "../../src/periksa/periksa";
import { buatRencana, opsiPanel } from "../../src/metode/index";
import type { Pemuat } from "../../src/taskpane/muat";

export const PEMUAT_LANGSUNG: Pemuat = {
  pembangun: async () => ({ buatRencana, opsiPanel }),
  adaptorExcel: async () => ({ terapkanRencana }),
  periksa: async () => ({ bacaBukuKerja, periksaBukuKerja }),
};
