/**
 * Downloads from the task pane: a Blob behind an object URL that an <a download> link points to. Some
 * Office hosts block downloads, so every file also has a workbook-native copy (a sheet).
 */

/** An object URL for bytes; revoke it with URL.revokeObjectURL when the link goes away. */
export function objectUrl(bytes: Uint8Array, mime: string): string {
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return URL.createObjectURL(new Blob([copy.buffer], { type: mime }));
}
