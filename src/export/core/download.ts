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

/**
 * An object URL for a file kept in parts (a run's ZIP): the Blob is made from the parts as they are,
 * without first joining them into one more array.
 */
export function objectUrlOfParts(parts: readonly Uint8Array[], mime: string): string {
  // The parts are the writer's own arrays over plain ArrayBuffers (never a SharedArrayBuffer).
  return URL.createObjectURL(new Blob([...parts] as Uint8Array<ArrayBuffer>[], { type: mime }));
}
