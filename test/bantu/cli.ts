/** Pembantu uji CLI: menjalankan `kinerja` di dalam proses dan mengumpulkan keluaran, galat dan kode keluarnya. */
import { jalankanCli } from "../../src/cli/kinerja";

export async function cli(...argv: string[]): Promise<{ kode: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const kode = await jalankanCli(argv, { tulis: (t) => (out += t), galat: (t) => (err += t) });
  return { kode, out, err };
}
