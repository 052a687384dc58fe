/**
 * Runs the ledger reader over a large range in slices, so the pane can show progress, be cancelled and
 * stay responsive on 1,048,576 rows. The first rows decide the header, the column mapping and the text
 * conventions (planLedger); every slice is then read under that header with those decisions, and the
 * slices' results are joined as they come, their row indexes shifted back to the whole range. The
 * result is the one a single read would give. A range of one slice is read in a single call.
 */
import { LedgerColumns, LedgerReport, planLedger, ReadLedgerOptions, RejectedRow, readLedger } from "../../domain/ledger";
import { CellValue } from "../../workbook/port";
import { Pacer, pacer, yieldToHost } from "../../workbook/pacing";

/** Most rows read, aged or built between two pauses, whatever the clock says. */
export const CHUNK_ROWS = 50_000;
/** Rows read per slice: a few ms of work, so that a pause comes soon after the time budget is spent. */
export const SLICE_ROWS = 4_096;
/** The first rows, which decide the header, the mapping and the text conventions of the whole range. */
export const PLAN_ROWS = 50_000;

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
export function* readLedgerSlices(values: CellValue[][], options: ReadLedgerOptions = {}, sliceRows = SLICE_ROWS): Generator<number, LedgerReport> {
  const total = values.length;
  if (total <= sliceRows) return readLedger(values, options);
  const plan = planLedger(total > PLAN_ROWS ? values.slice(0, PLAN_ROWS) : values, options);
  if (plan.missing.length > 0) return readLedger(values, options);
  yield 0;
  // The columns of the whole range, one at a time (a million-entry array takes a while to make).
  const joined = joiner(total);
  for (const key of TEXT_KEYS) {
    joined.reserve(key);
    yield 0;
  }
  // The rows down to the header and the first below it as they stand, then every slice under the header.
  const firstEnd = Math.min(total, Math.max(sliceRows, plan.headerIndex + 2));
  const first = readLedger(values.slice(0, firstEnd), plan.options);
  if (first.headerIndex !== plan.headerIndex || first.missing.length > 0) return readLedger(values, options);
  joined.add(first, 0);
  yield firstEnd;
  const header = values[plan.headerIndex];
  let sawCustomer = first.sawCustomer === true;
  for (let start = firstEnd; start < total; start += sliceRows) {
    const end = Math.min(total, start + sliceRows);
    const part = readLedger([header, ...values.slice(start, end)], { ...plan.options, customerAbove: sawCustomer });
    // A slice must be read with the first slice's header; if the reader saw it otherwise, read it all at once.
    if (part.headerIndex !== 0 || part.missing.length > 0) return readLedger(values, options);
    joined.add(part, start - 1);
    sawCustomer ||= part.sawCustomer === true;
    yield end;
  }
  // The plan saw the doubts about the mapping; the slices, read with every decision made, do not.
  return { ...joined.report(first, sawCustomer), warnings: plan.warnings };
}

/** Drives the slices to the end synchronously. */
export function readAll(values: CellValue[][], options: ReadLedgerOptions = {}, sliceRows = SLICE_ROWS): LedgerReport {
  const slices = readLedgerSlices(values, options, sliceRows);
  for (let step = slices.next(); ; step = slices.next()) if (step.done) return step.value;
}

export interface ChunkedReadOptions extends ReadLedgerOptions {
  /** Most rows read between two pauses (default CHUNK_ROWS); slices are no longer than this. */
  readonly chunkRows?: number;
  readonly signal?: AbortSignal;
  readonly onProgress?: (done: number, total: number) => void;
  /** Lets the event loop run between slices (default: yieldToHost). */
  readonly pause?: () => Promise<void>;
  /** Time budget between two pauses, ms (default SLICE_BUDGET_MS). */
  readonly budgetMs?: number;
  /** The run's pacer, when the read is one phase of a longer run (then pause, budgetMs and chunkRows' pacing are its). */
  readonly pace?: Pacer;
}

/** Reads slice by slice, pausing when the time budget is spent; rejects with Cancelled when aborted. */
export async function readLedgerChunked(values: CellValue[][], options: ChunkedReadOptions = {}): Promise<LedgerReport> {
  const { chunkRows = CHUNK_ROWS, signal, onProgress, pause = yieldToHost, budgetMs, pace: given, ...readOptions } = options;
  const pace = given ?? pacer(pause, { budgetMs, maxRows: chunkRows });
  const sliceRows = Math.min(chunkRows, SLICE_ROWS);
  const slices = readLedgerSlices(values, readOptions, sliceRows);
  const total = values.length;
  for (let done = 0; ; ) {
    await pace.ahead(Math.min(sliceRows, total - done));
    if (signal?.aborted) throw new Cancelled();
    const step = slices.next();
    if (step.done) return step.value;
    onProgress?.(step.value, total);
    done = step.value;
  }
}

const TEXT_KEYS = ["customer", "customerId", "invoice", "currency", "country", "language"] as const;
type TextKey = (typeof TEXT_KEYS)[number];

/**
 * The slices' results joined as they are read, into columns sized for every row of the range (trimmed
 * at the end): the copying is spread over the slices rather than done in one go after the last, and no
 * column is ever copied to grow.
 */
function joiner(capacity: number) {
  const sourceIndex = new Int32Array(capacity);
  const invoiceDate = new Float64Array(capacity);
  const dueDate = new Float64Array(capacity);
  const open = new Float64Array(capacity);
  const disputed = new Uint8Array(capacity);
  // Sized once, by reserve: an array grown by push is copied whole each time it grows, a long block at a million rows.
  const text: Partial<Record<TextKey, string[]>> = {};
  const rejected: RejectedRow[] = [];
  let length = 0;
  let blankRows = 0;
  const column = (key: TextKey): string[] => text[key] ?? (text[key] = new Array<string>(capacity));
  return {
    reserve(key: TextKey) {
      column(key);
    },
    add(part: LedgerReport, offset: number) {
      const rows = part.rows;
      const n = rows.length;
      for (let i = 0; i < n; i++) sourceIndex[length + i] = rows.sourceIndex[i] + offset;
      invoiceDate.set(rows.invoiceDate, length);
      dueDate.set(rows.dueDate, length);
      open.set(rows.open, length);
      disputed.set(rows.disputed, length);
      for (const key of TEXT_KEYS) {
        const from = rows[key];
        const to = column(key);
        for (let i = 0; i < n; i++) to[length + i] = from[i];
      }
      for (const r of part.rejected) rejected.push(offset === 0 ? r : { ...r, index: r.index + offset });
      blankRows += part.blankRows;
      length += n;
    },
    report(first: LedgerReport, sawCustomer: boolean): LedgerReport {
      const strings = (key: TextKey) => {
        const out = column(key);
        out.length = length;
        return out;
      };
      const rows: LedgerColumns = {
        length,
        sourceIndex: sourceIndex.subarray(0, length),
        customer: strings("customer"),
        customerId: strings("customerId"),
        invoice: strings("invoice"),
        invoiceDate: invoiceDate.subarray(0, length),
        dueDate: dueDate.subarray(0, length),
        open: open.subarray(0, length),
        currency: strings("currency"),
        disputed: disputed.subarray(0, length),
        country: strings("country"),
        language: strings("language"),
      };
      return { ...first, rows, rejected, blankRows, sawCustomer };
    },
  };
}
