import { Zip, ZipDeflate, ZipPassThrough, zipSync, Zippable } from "fflate";
import { joinParts } from "./files";

/** One file of a ZIP archive. */
export interface ZipEntry {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** A file of a ZipWriter archive written in chunks, e.g. a sheet's XML as it is built (see ZipWriter.addStream). */
export interface ZipStream {
  /** The name the file has in the archive. */
  readonly name: string;
  /** Compresses the chunk into the archive; `final` closes the file (a chunk may be empty). */
  push(chunk: Uint8Array, final?: boolean): void;
}

/** Already-compressed formats (PDF streams, docx/xlsx are ZIPs, PNG/JPEG) are stored, not deflated again. */
const STORED = /\.(pdf|docx|xlsx|zip|png|jpe?g)$/i;

/**
 * Gives each name once: the second "x.pdf" becomes "x (2).pdf", the third "x (3).pdf"; names differing
 * only in case count as the same (Windows and macOS file systems would merge them on extraction).
 */
export class UniqueNames {
  private readonly taken = new Set<string>();

  take(name: string): string {
    const dot = name.lastIndexOf(".");
    const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ""];
    let candidate = name;
    for (let n = 2; this.taken.has(candidate.toLowerCase()); n++) candidate = `${stem} (${n})${ext}`;
    this.taken.add(candidate.toLowerCase());
    return candidate;
  }
}

/**
 * A ZIP archive of the files, in their order, duplicate names numbered.
 *
 * @example
 * zipFiles([{ name: "x.pdf", bytes }, { name: "x.pdf", bytes }]) // entries "x.pdf" and "x (2).pdf"
 */
export function zipFiles(files: readonly ZipEntry[]): Uint8Array {
  const names = new UniqueNames();
  const tree: Zippable = {};
  for (const f of files) tree[names.take(f.name)] = [f.bytes, { level: STORED.test(f.name) ? 0 : 6 }];
  return zipSync(tree);
}

/**
 * A ZIP written one file at a time, for a run of thousands of letters: each file's bytes are
 * compressed into the archive's chunks as it is added and can be dropped by the caller, so the run
 * holds the archive once instead of every letter twice.
 *
 * @example
 * const zip = new ZipWriter();
 * for (const letter of letters) zip.add(letter.name, await renderPdf(letter.doc));
 * const bytes = zip.finish();
 */
export class ZipWriter {
  private readonly chunks: Uint8Array[] = [];
  private readonly names = new UniqueNames();
  private readonly zip: Zip;
  private size = 0;
  private failure: Error | null = null;
  private done = false;
  /** Streamed files not closed yet: the archive cannot be finished before they are. */
  private open = 0;

  constructor() {
    this.zip = new Zip((error, chunk, final) => {
      if (error) this.failure = error;
      else {
        this.chunks.push(chunk);
        this.size += chunk.byteLength;
      }
      if (final) this.done = true;
    });
  }

  /** Adds a file under a name not used yet in this archive, and returns that name. */
  add(name: string, bytes: Uint8Array): string {
    const entry = this.entry(name);
    entry.push(bytes, true);
    this.throwIfFailed();
    return entry.filename;
  }

  /**
   * Adds a file whose bytes come in chunks: each chunk is compressed into the archive as it is
   * pushed, so a large file is never held whole. Files added meanwhile follow it in the archive.
   *
   * @example
   * const sheet = zip.addStream("xl/worksheets/sheet1.xml");
   * for (const part of parts) sheet.push(encoder.encode(part));
   * sheet.push(new Uint8Array(0), true);
   */
  addStream(name: string): ZipStream {
    const entry = this.entry(name);
    let closed = false;
    this.open++;
    return {
      name: entry.filename,
      push: (chunk, final = false) => {
        if (closed) throw new Error("ZipWriter: push after the file's final chunk");
        if (final) {
          closed = true;
          this.open--;
        }
        entry.push(chunk, final);
        this.throwIfFailed();
      },
    };
  }

  /** Bytes written so far (the archive grows as files are added). */
  get byteLength(): number {
    return this.size;
  }

  /** Closes the archive and returns it whole. */
  finish(): Uint8Array {
    this.end();
    const out = joinParts(this.chunks);
    this.chunks.length = 0;
    return out;
  }

  /** The bytes written since the last call, as a Blob (a copy outside the JS heap, which can also go to another thread), no longer held here. */
  takeBlob(): Blob {
    return new Blob(this.chunks.splice(0) as Uint8Array<ArrayBuffer>[]);
  }

  /** Closes the archive and returns its bytes not taken yet as a Blob: `new Blob([...taken, last])` is the archive. */
  finishBlob(): Blob {
    this.end();
    return this.takeBlob();
  }

  private entry(name: string): ZipDeflate | ZipPassThrough {
    if (this.done) throw new Error("ZipWriter: add after finish");
    const unique = this.names.take(name);
    const entry = STORED.test(name) ? new ZipPassThrough(unique) : new ZipDeflate(unique, { level: 6 });
    this.zip.add(entry);
    return entry;
  }

  private end(): void {
    if (this.open > 0) throw new Error("ZipWriter: finish with a streamed file still open");
    this.zip.end();
    this.throwIfFailed();
  }

  private throwIfFailed(): void {
    if (this.failure) throw this.failure;
  }
}
