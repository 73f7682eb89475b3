/**
 * Perintah pita (ribbon). Tombol pita hanya membuka task pane (ShowTaskpane di manifest), jadi tidak
 * ada fungsi perintah; berkas ini memastikan Office siap di halaman perintah.
 */
if (typeof Office !== "undefined") {
  Office.onReady(() => undefined);
}
export {};
