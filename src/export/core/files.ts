import { DomainError } from "../../domain/core";

/**
 * The files the export code hands to the pane: a name, a MIME type and the bytes, so a download link,
 * a ZIP entry and an e-mail attachment are made from the same value.
 */
export interface LetterFile {
  readonly name: string;
  readonly mime: string;
  readonly bytes: Uint8Array;
}

/**
 * A file kept in a Blob, such as a run's ZIP of thousands of letters (hundreds of MB): the browser
 * keeps a Blob's bytes outside the JS heap, in its blob store, so the pane's heap holds only the handle
 * and V8 never walks or collects for them. A Blob of Blobs refers to them without copying. Its MIME
 * type is the Blob's own `type`.
 */
export interface BlobFile {
  readonly name: string;
  readonly blob: Blob;
}

/**
 * The parts of a file as one array (what a Blob of them reads).
 *
 * @example
 * joinParts([Uint8Array.of(1, 2), Uint8Array.of(3)]) //=> Uint8Array [1, 2, 3]
 */
export function joinParts(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
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

/**
 * What an image's first bytes say it is: the two formats a PDF draws (PNG, JPEG), else undefined.
 *
 * @example
 * imageKind(Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10)) //=> "png"
 */
export function imageKind(bytes: Uint8Array): "png" | "jpeg" | undefined {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.byteLength >= 8 && png.every((b, i) => bytes[i] === b)) return "png";
  if (bytes.byteLength >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "jpeg";
  return undefined;
}

/**
 * The bytes of a base64 data: URL (how the Settings panel stores the logo), or undefined for anything
 * else (a web address is never fetched: no network at run time).
 *
 * @example
 * dataUrlBytes("data:image/png;base64,iVBORw0KGgo=")?.mime //=> "image/png"
 */
export function dataUrlBytes(url: string): { mime: string; bytes: Uint8Array } | undefined {
  const m = /^data:([^;,]*)(?:;[^,]*)?;base64,([A-Za-z0-9+/=\s]*)$/.exec(url.trim());
  if (!m) return undefined;
  const binary = atob(m[2].replace(/\s+/g, ""));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return { mime: m[1].toLowerCase(), bytes };
}

/**
 * An image's size in pixels, read from the PNG header or the JPEG start-of-frame marker; undefined
 * when the bytes are neither or are cut short.
 *
 * @example
 * imageSize(pngBytes) //=> { width: 300, height: 120 }
 */
export function imageSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const kind = imageKind(bytes);
  if (kind === "png") return bytes.byteLength >= 24 ? { width: view.getUint32(16), height: view.getUint32(20) } : undefined;
  if (kind !== "jpeg") return undefined;
  for (let at = 2; at + 9 < bytes.byteLength; ) {
    if (bytes[at] !== 0xff) return undefined;
    const marker = bytes[at + 1];
    // SOF0–SOF15 carry the size, except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) return { width: view.getUint16(at + 7), height: view.getUint16(at + 5) };
    at += 2 + view.getUint16(at + 2);
  }
  return undefined;
}

/**
 * The logo bytes of the Settings panel's value: none for "", the bytes of a data: URL (the writers
 * then check it is a PNG or JPEG). Anything else, such as a web address, is a problem (documents.logo.notImage):
 * the add-in fetches nothing at run time.
 *
 * @example
 * logoFromSetting("") //=> undefined
 */
export function logoFromSetting(value: string | undefined): Uint8Array | undefined {
  const text = (value ?? "").trim();
  if (text === "") return undefined;
  const data = dataUrlBytes(text);
  if (!data) throw new DomainError("documents.logo.notImage");
  return data.bytes;
}
