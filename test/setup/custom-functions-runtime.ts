/**
 * Tiruan kecil runtime fungsi kustom Excel untuk Jest: `CustomFunctions.Error` dan `ErrorCode`
 * dengan bentuk dan nilai yang sama dengan runtime Office (lihat @types/custom-functions-runtime),
 * sehingga pembungkus dapat dipanggil seperti Excel memanggilnya.
 */
class ErrorTiruan extends Error {
  code: string;
  constructor(code: string, message?: string) {
    super(message);
    this.code = code;
    this.name = "CustomFunctions.Error";
  }
}
(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
  Error: ErrorTiruan,
  ErrorCode: {
    invalidValue: "#VALUE!",
    notAvailable: "#N/A",
    divisionByZero: "#DIV/0!",
    invalidNumber: "#NUM!",
    nullReference: "#NULL!",
    invalidName: "#NAME?",
    invalidReference: "#REF!",
  },
  associate: () => undefined,
};
export {};
