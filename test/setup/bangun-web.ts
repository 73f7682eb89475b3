/** Jest globalSetup proyek "build-web": dist/web dibangun bila belum ada atau lebih tua daripada sumbernya. */
import { bangunBilaPerlu } from "./bangun-dist";

export default (): void => bangunBilaPerlu("web");
