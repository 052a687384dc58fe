/**
 * Runs the ledger reader over a large range in slices, so the pane can show progress, be cancelled and
 * stay responsive on 1,048,576 rows. The first slice finds the header and the column mapping; every
 * later slice is read with that header and mapping, and the results are joined with their row indexes
 * shifted back to the whole range. A range of one slice is read in a single call.
 */
import { LedgerColumns, LedgerField, LedgerReport, ReadLedgerOptions, RejectedRow, readLedger } from "../../domain/ledger";
import { CellValue } from "../../workbook/port";

/** Rows per slice: about 20-50 ms of reading each. */
export const CHUNK_ROWS = 50_000;

/** Thrown when the user cancels a run. */
export class Cancelled extends Error {
  constructor() {
    super("cancelled");
    this.name = "Cancelled";
  }
}

/**
 * Reads `values` slice by slice; yields the number of rows done after each slice and returns the whole
 * report. Drive it with `readAll` (tests, bench) or `readLedgerChunked` (the pane).
 */
export function* readLedgerSlices(values: CellValue[][], options: ReadLedgerOptions = {}, chunkRows = CHUNK_ROWS): Generator<number, LedgerReport> {
  const total = values.length;
  if (total <= chunkRows) return readLedger(values, options);
  const first = readLedger(values.slice(0, chunkRows), options);
  if (first.missing.length > 0) return readLedger(values, options);
  const mapping: Partial<Record<LedgerField, number>> = {};
  for (const m of first.mapping) mapping[m.field] = m.column;
  const header = values[first.headerIndex];
  const parts: { report: LedgerReport; offset: number }[] = [{ report: first, offset: 0 }];
  yield chunkRows;
  for (let start = chunkRows; start < total; start += chunkRows) {
    const end = Math.min(total, start + chunkRows);
    // The same header, mapping and text conventions (decimal mark, day/month order) as the first slice.
    const part = readLedger([header, ...values.slice(start, end)], { ...options, mapping, decimal: options.decimal ?? first.conventions?.decimal, dateOrder: options.dateOrder ?? first.conventions?.dateOrder });
    // A slice must be read with the first slice's header; if the reader saw it otherwise, read it all at once.
    if (part.headerIndex !== 0 || part.missing.length > 0) return readLedger(values, options);
    parts.push({ report: part, offset: start - 1 });
    yield end;
  }
  return join(first, parts);
}

/** Drives the slices to the end synchronously. */
export function readAll(values: CellValue[][], options: ReadLedgerOptions = {}, chunkRows = CHUNK_ROWS): LedgerReport {
  const slices = readLedgerSlices(values, options, chunkRows);
  for (let step = slices.next(); ; step = slices.next()) if (step.done) return step.value;
}

export interface ChunkedReadOptions extends ReadLedgerOptions {
  readonly chunkRows?: number;
  readonly signal?: AbortSignal;
  readonly onProgress?: (done: number, total: number) => void;
  /** Lets the event loop run between slices (default: a macrotask). */
  readonly pause?: () => Promise<void>;
}

export const macrotask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Reads slice by slice, yielding to the event loop between slices; rejects with Cancelled when aborted. */
export async function readLedgerChunked(values: CellValue[][], options: ChunkedReadOptions = {}): Promise<LedgerReport> {
  const { chunkRows, signal, onProgress, pause = macrotask, ...readOptions } = options;
  const slices = readLedgerSlices(values, readOptions, chunkRows ?? CHUNK_ROWS);
  for (;;) {
    if (signal?.aborted) throw new Cancelled();
    const step = slices.next();
    if (step.done) return step.value;
    onProgress?.(step.value, values.length);
    await pause();
  }
}

function join(first: LedgerReport, parts: readonly { report: LedgerReport; offset: number }[]): LedgerReport {
  const length = parts.reduce((n, p) => n + p.report.rows.length, 0);
  const numeric = <K extends "invoiceDate" | "dueDate" | "open">(key: K) => {
    const out = new Float64Array(length);
    let at = 0;
    for (const p of parts) {
      out.set(p.report.rows[key], at);
      at += p.report.rows.length;
    }
    return out;
  };
  const sourceIndex = new Int32Array(length);
  const disputed = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    const rows = p.report.rows;
    for (let i = 0; i < rows.length; i++) sourceIndex[at + i] = rows.sourceIndex[i] + p.offset;
    disputed.set(rows.disputed, at);
    at += rows.length;
  }
  const strings = (key: "customer" | "invoice" | "currency" | "country" | "language") => {
    const out: string[] = new Array(length);
    let k = 0;
    for (const p of parts) for (let i = 0; i < p.report.rows.length; i++) out[k++] = p.report.rows[key][i];
    return out;
  };
  const rows: LedgerColumns = {
    length,
    sourceIndex,
    customer: strings("customer"),
    invoice: strings("invoice"),
    invoiceDate: numeric("invoiceDate"),
    dueDate: numeric("dueDate"),
    open: numeric("open"),
    currency: strings("currency"),
    disputed,
    country: strings("country"),
    language: strings("language"),
  };
  const rejected: RejectedRow[] = [];
  for (const p of parts) for (const r of p.report.rejected) rejected.push(p.offset === 0 ? r : { ...r, index: r.index + p.offset });
  return { ...first, rows, rejected, blankRows: parts.reduce((n, p) => n + p.report.blankRows, 0) };
}
