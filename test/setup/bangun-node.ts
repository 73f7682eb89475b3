/** Jest globalSetup proyek "build-node": dist/cli dibangun bila belum ada atau lebih tua daripada sumbernya. */
import { bangunBilaPerlu } from "./bangun-dist";

export default (): void => bangunBilaPerlu("node");
