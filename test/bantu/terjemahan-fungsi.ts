/**
 * Terjemahan Inggris fungsi kustom seperti digabung build: pembaca yang sama dengan webpack.config.js
 * (scripts/terjemahan-fungsi.js), bertipe untuk uji.
 */
export interface TerjemahanFungsi {
  description: string;
  parameters?: Record<string, string>;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports -- skrip CommonJS yang juga dipakai webpack.config.js
const { terjemahanInggris: gabung } = require("../../scripts/terjemahan-fungsi.js") as {
  terjemahanInggris(): Record<string, TerjemahanFungsi>;
};

export function terjemahanInggris(): Record<string, TerjemahanFungsi> {
  return gabung();
}
