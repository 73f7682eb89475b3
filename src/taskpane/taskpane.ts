/** Task pane: titik masuk (antarmuka dibangun di ui.ts). */
export {};
