/**
 * Cadangan runtime fungsi kustom. Setiap berkas fungsi memanggil `CustomFunctions.associate` saat dimuat
 * (ditambahkan custom-functions-metadata-plugin). Di luar Excel — task pane dibuka di peramban biasa, atau
 * office.js gagal dimuat — global itu tidak ada dan halaman melempar
 * `ReferenceError: CustomFunctions is not defined`. Berkas ini dimuat PERTAMA (functions.ts) dan hanya
 * mengisi `associate` kosong bila global itu belum ada; di Excel tidak mengubah apa pun.
 */
const g = globalThis as { CustomFunctions?: unknown };
if (typeof g.CustomFunctions === "undefined") g.CustomFunctions = { associate: () => undefined };
export {};
