/**
 * Bagian isian nama unit, dipakai beberapa metode (Pola LAN 1998, Balanced Scorecard; metode/daftar.ts).
 */
import type { BagianIsian } from "../isian";

/** Nama unit (Pola LAN 1998, Balanced Scorecard); `div`, bukan `section`, seperti sebelumnya. */
export const BAGIAN_UNIT: BagianIsian = {
  id: "bagian-unit",
  html: `  <div id="bagian-unit" class="bagian" data-bagian>
    <fluent-text-area id="unit" rows="6" resize="vertical" aria-describedby="bantuan-unit"><span id="lbl-unit" data-t="unit"></span></fluent-text-area>
    <p id="bantuan-unit" class="bantuan" data-t="bantuanUnit"></p>
  </div>`,
};
