/**
 * The files the export code hands to the pane: a name, a MIME type and the bytes, so a download link,
 * a ZIP entry and an e-mail attachment are made from the same value.
 */
export interface LetterFile {
  readonly name: string;
  readonly mime: string;
  readonly bytes: Uint8Array;
}

export const PDF_MIME = "application/pdf";
export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const CSV_MIME = "text/csv;charset=utf-8";
export const ZIP_MIME = "application/zip";
export const EML_MIME = "message/rfc822";
export const PNG_MIME = "image/png";

/** Windows refuses these as a file's base name, whatever the extension. */
const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;
/** Most file systems take 255 bytes per name; 120 characters leave room for a ZIP's " (2)" and any folder. */
const MAX_BASE = 120;

/**
 * A name safe on every file system: path separators, reserved and control characters become "_",
 * trailing dots and spaces go (Windows drops them), a reserved device name gets a "_" and an empty
 * name becomes "document".
 *
 * @example
 * safeFileName('a/b:c*"d', "pdf") //=> "a_b_c__d.pdf"
 */
export function safeFileName(base: string, extension: string): string {
  let name = base
    .normalize("NFC")
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, "_")
    .trim()
    .slice(0, MAX_BASE)
    .replace(/[. ]+$/, "");
  if (name === "") name = "document";
  if (RESERVED.test(name)) name = `${name}_`;
  return `${name}.${extension}`;
}
