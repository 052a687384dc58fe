/**
 * Sizing of Office.js requests. Excel on the web refuses a request or a response of more than 5 MB of
 * JSON, so large blocks are written and read in row chunks, one context.sync() per chunk. Pure
 * functions: the adapter and the tests use the same arithmetic.
 */
import { fail } from "./officeErrors";

/** A cell as it travels in a request: what Range.values accepts. */
export type WireCell = string | number | boolean;

/** Excel on the web's payload limit for one request or response (5 MB, counted as 5,000,000 bytes). */
export const PAYLOAD_LIMIT_BYTES = 5_000_000;

/**
 * Bytes of cell data one chunk may carry. The remaining megabyte covers what travels with it: the
 * request envelope, addresses, formats, the title and the other operations of the same batch.
 */
export const CHUNK_BUDGET_BYTES = 4_000_000;

/** Cells per chunk, whatever their size: keeps each batch short enough for Excel to stay responsive. */
export const MAX_CHUNK_CELLS = 500_000;

/** A run of rows sent in one request: rows [start, start + count). */
export interface Chunk {
  readonly start: number;
  readonly count: number;
  /** Estimated JSON bytes of the rows of this chunk. */
  readonly bytes: number;
}

export interface ChunkOptions {
  /** Bytes of cell data per chunk (default CHUNK_BUDGET_BYTES). */
  readonly budgetBytes?: number;
  /** Cells per chunk (default MAX_CHUNK_CELLS). */
  readonly maxCells?: number;
}

/**
 * UTF-8 bytes of a string once written as a JSON string (quotes and escapes included).
 *
 * @example
 * jsonStringBytes('a"é') //=> 7
 */
export function jsonStringBytes(text: string): number {
  let bytes = 2;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 || c === 0x5c) bytes += 2;
    else if (c < 0x20) bytes += c === 0x08 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d ? 2 : 6;
    else if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdfff) {
      const next = text.charCodeAt(i + 1);
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4; // a surrogate pair is one 4-byte character
        i++;
      } else bytes += 6; // a lone surrogate travels escaped as \udxxx
    } else bytes += 3;
  }
  return bytes;
}

/**
 * JSON bytes of one cell value.
 *
 * @example
 * cellBytes(1234.5) //=> 6
 */
export function cellBytes(value: unknown): number {
  if (typeof value === "string") return jsonStringBytes(value);
  if (typeof value === "number") return Number.isFinite(value) ? String(value).length : 4;
  if (typeof value === "boolean") return value ? 4 : 5;
  return 4; // null
}

/**
 * JSON bytes of one row as an element of a 2D array: brackets, cells, commas and the comma after it.
 *
 * @example
 * rowBytes(["ab", 1]) //=> 9
 */
export function rowBytes(row: readonly unknown[]): number {
  let bytes = 2 + Math.max(0, row.length - 1) + 1;
  for (let i = 0; i < row.length; i++) bytes += cellBytes(row[i]);
  return bytes;
}

/**
 * Splits `rows` into consecutive chunks whose estimated JSON stays within the budget. Each row is
 * measured from its own data (long texts and accented letters count for what they weigh), so a chunk
 * of short rows holds many rows and a chunk of long ones few. A single row above the budget cannot be
 * sent at all and is refused with a message naming it (1-based).
 *
 * @example
 * planChunks([[1], [2], [3]], { budgetBytes: 10 }) //=> [{ start: 0, count: 2, bytes: 8 }, { start: 2, count: 1, bytes: 4 }]
 */
export function planChunks(rows: readonly (readonly unknown[])[], options: ChunkOptions = {}): Chunk[] {
  return [...chunksOf(rows, options)];
}

/**
 * planChunks one chunk at a time: each chunk is yielded as soon as it is sized, so a caller can send
 * it (and yield to the event loop) before the rows after it are measured. The same chunks as
 * planChunks; a row above the budget is refused when it is reached (after the chunks before it, at
 * most one row ahead of the chunk it would belong to).
 */
export function* chunksOf(rows: readonly (readonly unknown[])[], options: ChunkOptions = {}): Generator<Chunk, void> {
  const planner = chunkPlanner(options);
  const total = rows.length;
  for (let i = 0; i < total; i++) {
    const closed = planner.add(rows[i]);
    if (closed) yield closed;
  }
  const last = planner.end();
  if (last) yield last;
}

/** chunksOf fed one row at a time, for a caller that handles each row as it goes (and may pause between rows). */
export interface ChunkPlanner {
  /** Measures the next row; returns the chunk it closes (the rows before it) when it starts a new one. Refuses a row above the budget. */
  add(row: readonly unknown[]): Chunk | null;
  /** The last chunk, once every row was added (null when there were none). */
  end(): Chunk | null;
}

export function chunkPlanner(options: ChunkOptions = {}): ChunkPlanner {
  const budget = options.budgetBytes ?? CHUNK_BUDGET_BYTES;
  const maxCells = options.maxCells ?? MAX_CHUNK_CELLS;
  let i = 0;
  let start = 0;
  let bytes = 0;
  let cells = 0;
  return {
    add(row) {
      const size = rowBytes(row);
      if (size > budget) fail("workbook.rowTooLarge", { row: i + 1, bytes: size, limit: budget });
      let closed: Chunk | null = null;
      if (i > start && (bytes + size > budget || cells + row.length > maxCells)) {
        closed = { start, count: i - start, bytes };
        start = i;
        bytes = 0;
        cells = 0;
      }
      bytes += size;
      cells += row.length;
      i++;
      return closed;
    },
    end() {
      return i > start ? { start, count: i - start, bytes } : null;
    },
  };
}

/**
 * Rows to read per request, from the largest row of a block already read (values and number formats
 * together), with a margin of two for rows further down that are longer than the ones measured.
 *
 * @example
 * rowsPerRead(1000, 10, { budgetBytes: 4_000_000 }) //=> 2000
 */
export function rowsPerRead(largestRowBytes: number, columns: number, options: ChunkOptions = {}): number {
  const budget = options.budgetBytes ?? CHUNK_BUDGET_BYTES;
  const maxCells = options.maxCells ?? MAX_CHUNK_CELLS;
  const perRow = Math.max(1, largestRowBytes) * 2;
  return Math.max(1, Math.min(Math.floor(budget / perRow), Math.floor(maxCells / Math.max(1, columns))));
}
