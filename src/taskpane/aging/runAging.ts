/**
 * One aging run, from the workbook to the written report: read the source, read the ledger in slices,
 * build the report in slices, write it through the port. The run pauses whenever a stretch of work has
 * used its time budget (10 ms) or holds `chunkRows` rows, so the pane stays responsive on
 * 1,048,576 rows; it also pauses on handing over to the port, which paces itself. Progress goes 0 → 1
 * across the phases; an aborted signal stops the run at the next step with Cancelled.
 */
import { Serial, DomainError } from "../../domain/core";
import { LedgerField, LedgerReport } from "../../domain/ledger";
import { t } from "../../i18n";
import { agingAccumulator, AgingSummary } from "../../workbook/reports/agingReport";
import { CellValue, WorkbookPort } from "../../workbook/port";
import { pacer, yieldToHost } from "../../workbook/pacing";
import { Cancelled, CHUNK_ROWS, readLedgerChunked } from "./chunkedReader";
import { describeSource, LedgerSource, readSource } from "../shell/ledgerSource";
import { ledgerWithoutWrittenOff } from "../writeoffs/writeoffWorkbook";

export type RunPhase = "read" | "check" | "build" | "write";

export interface AgingRunRequest {
  readonly port: WorkbookPort;
  readonly source: LedgerSource;
  readonly mapping: Partial<Record<LedgerField, number>>;
  readonly asOf: Serial;
  readonly bucketDays: readonly number[];
  readonly groupByCustomer: boolean;
  readonly signal?: AbortSignal;
  readonly onProgress?: (phase: RunPhase, fraction: number) => void;
  /** Most rows read, aged or built between two pauses (default CHUNK_ROWS). */
  readonly chunkRows?: number;
  /** Lets the event loop run (default: yieldToHost, a macrotask without the browser's 4 ms clamp). */
  readonly pause?: () => Promise<void>;
  /** Time budget between two pauses, ms (default SLICE_BUDGET_MS). */
  readonly budgetMs?: number;
}

/** Rows aged or built per step, between two looks at the clock. */
const STEP_ROWS = 4096;

/** Where the ledger sits on its sheet, to turn a row index into a cell to select. */
export interface RangeAnchor {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
}

export interface AgingRunResult {
  readonly sheetName: string;
  readonly summary: AgingSummary;
  readonly ledger: LedgerReport;
  readonly anchor: RangeAnchor;
  /** Ledger rows left out because `AR Write-offs` lists them as written off (or recovered), and their open amount in minor units. */
  readonly writtenOff: { readonly rows: number; readonly amount: number };
}

const SPAN: Record<RunPhase, [number, number]> = { read: [0, 0.1], check: [0.1, 0.5], build: [0.5, 0.6], write: [0.6, 1] };

export async function runAging(request: AgingRunRequest): Promise<AgingRunResult> {
  const { port, signal, pause = yieldToHost } = request;
  const maxRows = request.chunkRows ?? CHUNK_ROWS;
  const pace = pacer(pause, { budgetMs: request.budgetMs, maxRows });
  const report = (phase: RunPhase, fraction: number) => {
    const [from, to] = SPAN[phase];
    request.onProgress?.(phase, from + (to - from) * Math.min(1, Math.max(0, fraction)));
  };
  const check = () => {
    if (signal?.aborted) throw new Cancelled();
  };
  report("read", 0);
  const range = await readSource(port, request.source);
  // The port paced its own reading: a stretch of ours starts here.
  await pace.pause();
  check();
  const read = await readLedgerChunked(range.values, {
    mapping: request.mapping,
    dateSystem: range.dateSystem,
    chunkRows: maxRows,
    signal,
    pace,
    onProgress: (done, total) => report("check", done / Math.max(1, total)),
  });
  check();
  if (read.missing.length > 0) throw new DomainError("pane.aging.missing", { fields: read.missing.map((f) => t(`pane.field.${f}`)).join(", ") });
  // Written-off items are out of the aging from the day they are written off (a reversal brings them back).
  const kept = await ledgerWithoutWrittenOff(port, read.rows, pace, check);
  const ledger = kept.excluded === 0 ? read : { ...read, rows: kept.rows };
  const options = { asOf: request.asOf, bucketDays: request.bucketDays, groupByCustomer: request.groupByCustomer, source: describeSource(request.source) };
  const step = Math.min(maxRows, STEP_ROWS);
  // The build phase: first the summary and the report's grouping (or row index) over the ledger, then
  // the report's rows, both a step at a time, pausing as the pacer says.
  const accumulator = agingAccumulator(ledger, options);
  const total = ledger.rows.length;
  for (let from = 0; from < total; from += step) {
    await pace.ahead(Math.min(step, total - from));
    check();
    accumulator.add(from, from + step);
    report("build", (0.5 * Math.min(total, from + step)) / total);
  }
  const summary = accumulator.summary();
  const layout = accumulator.layout(summary);
  // Sized once (a million pushes would copy the array whole each time it grows).
  const rows = new Array<CellValue[]>(layout.rowCount);
  for (let from = 0; from < layout.rowCount; from += step) {
    await pace.ahead(Math.min(step, layout.rowCount - from));
    check();
    const slice = layout.rowsAt(from, from + step);
    for (let k = 0; k < slice.length; k++) rows[from + k] = slice[k];
    report("build", 0.5 + (0.5 * Math.min(layout.rowCount, from + step)) / layout.rowCount);
  }
  // The port paces its own writing: hand over at the start of a stretch.
  await pace.pause();
  check();
  await port.writeReport({ ...layout.sheet, rows }, (fraction) => {
    check();
    report("write", fraction);
  });
  report("write", 1);
  return { sheetName: layout.sheet.name, summary, ledger, anchor: { sheet: range.sheet, row: range.row, column: range.column }, writtenOff: { rows: kept.excluded, amount: kept.excludedAmount } };
}
