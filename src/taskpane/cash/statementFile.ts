/**
 * A statement file as text: UTF-8 (a BOM dropped), else Windows-1252 (bank CSV exports often are), and
 * CSV text as cells through papaparse (loaded when first needed; `;`, `,` and tab detected).
 */
import { CellInput } from "../../domain/core";

/** The text of a file's bytes: UTF-8 when they are valid UTF-8, else Windows-1252. */
export function decodeStatement(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/** The bytes of a File (FileReader where Blob.arrayBuffer is missing, as in older hosts). */
export function fileBytes(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}

export type CsvParser = (text: string) => CellInput[][];

/** papaparse, loaded once, as a synchronous CSV parser for the domain's readers. */
export async function loadCsvParser(): Promise<CsvParser> {
  const { default: Papa } = await import("papaparse");
  return (text) => (Papa.parse<string[]>(text, { skipEmptyLines: true }).data as string[][]).map((r) => r.map((c) => (c.trim() === "" ? null : c)));
}
