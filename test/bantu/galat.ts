/** Pembantu uji bersama: jenis galat inti dan kode galat Excel dari sebuah pemanggilan. */
import { GalatKinerja } from "../../src/core/errors";

/** Jenis GalatKinerja yang dilempar (NILAI/ANGKA/BAGI0/NA), atau "tanpa galat". */
export function jenisGalat(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof GalatKinerja) return e.jenis;
    throw e;
  }
  return "tanpa galat";
}

/** Kode CustomFunctions.Error yang dilempar pembungkus (#VALUE!, #NUM!, …), atau "tanpa galat". */
export function kodeExcel(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(CustomFunctions.Error);
    return (e as CustomFunctions.Error).code;
  }
  return "tanpa galat";
}
