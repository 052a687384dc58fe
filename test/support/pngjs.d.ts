/** pngjs (installed with qrcode, for its PNG renderer): the tests' PNG reader, independent of export/core's writer. */
declare module "pngjs" {
  export const PNG: { sync: { read(bytes: Buffer): { width: number; height: number; data: Buffer } } };
}
