import { monitorEventLoopDelay } from "node:perf_hooks";
import { DEFAULT_BUCKET_DAYS } from "../../src/domain/aging";
import { functions } from "../../src/functions";
import { AgingRunResult, runAging } from "../../src/taskpane/aging/runAging";
import { CHUNK_ROWS } from "../../src/taskpane/aging/chunkedReader";
import { SLICE_BUDGET_MS } from "../../src/workbook/pacing";
import { createMemoryWorkbook, MAX_WRITE_BYTES, MemoryWorkbook } from "../../src/workbook/memoryWorkbook";
import { PAYLOAD_LIMIT_BYTES } from "../../src/workbook/officeChunks";
import { CellValue } from "../../src/workbook/port";
import { DEFAULT_CUSTOMERS, DEFAULT_SEED, generateLedger, Ledger } from "../lib/generate";
import { collect, measureOnceAsync, median, now, repetitionsFor } from "../lib/measure";
import { bytes, count, ms, ratio, Section, Suite, SuiteContext, verdict } from "../lib/table";

/**
 * The task pane's aging run (runAging) from the ledger sheet to the written report sheet, through the
 * in-memory adapter, grouped by customer and not, against AR.AGING alone on the same data. Also: the
 * largest single write request (Excel on the web refuses more than 5 MB), the peak heap, and how long
 * the event loop stays blocked between two of the run's pauses (the pane must stay responsive).
 */

const SHEET = "Ledger";
const HEADER = ["Customer", "Invoice", "Due date", "Open amount"];
/**
 * Target: no block longer than this, the browser's "long task" (W3C Long Tasks API), at any size:
 * the longest block of a run (median of the runs) ≤ 50 ms.
 */
const LONG_TASK_MS = 50;

let sink = 0;
const keep = (x: unknown) => {
  sink += Array.isArray(x) ? x.length : typeof x === "number" ? x : 1;
};

/** The ledger as a sheet: a header row, then Customer, Invoice, Due date (serial), Open amount per row. */
function ledgerSheet(l: Ledger): CellValue[][] {
  const n = l.amounts.length;
  const rows: CellValue[][] = new Array(n + 1);
  rows[0] = [...HEADER];
  for (let i = 0; i < n; i++) rows[i + 1] = [l.customers[i][0], `INV-${String(i + 1).padStart(7, "0")}`, l.dueDates[i][0], l.amounts[i][0]];
  return rows;
}

/** Excel hands an omitted optional argument over as null. */
const agingAlone = (l: Ledger, grouped: boolean) => functions.AGING(l.amounts, l.dueDates, l.asOf, null as never, grouped ? l.customers : (null as never), null);

/**
 * Measures the gaps between pauses: every call of `pause` ends a gap (the time since the previous pause
 * resumed, or since `begin`), and `finish` ends the last one. A gap is time the event loop could not run
 * anything else (a click, a repaint). Each gap is labelled with the run's phase when it began and ended.
 * One probe serves both runAging's `pause` and the adapter's pause between write chunks.
 */
class PauseProbe {
  phase = "start";
  pauses = 0;
  longest = 0;
  longestAt = "";
  /** The longest gap of each phase label ("check → build"), to say where a run blocks. */
  readonly byLabel = new Map<string, number>();
  private last = 0;
  private lastPhase = "start";

  begin(): void {
    this.phase = this.lastPhase = "start";
    this.pauses = 0;
    this.longest = 0;
    this.longestAt = "";
    this.byLabel.clear();
    this.last = now();
  }

  /** A macrotask through setImmediate (no timer clamping), timing the gap that ends here. */
  readonly pause = (): Promise<void> => {
    this.gap(now());
    this.pauses++;
    return new Promise((resolve) =>
      setImmediate(() => {
        this.last = now();
        this.lastPhase = this.phase;
        resolve();
      }),
    );
  };

  finish(): void {
    this.phase = "end";
    this.gap(now());
  }

  private gap(end: number): void {
    const g = end - this.last;
    const at = this.lastPhase === this.phase ? this.phase : `${this.lastPhase} → ${this.phase}`;
    this.byLabel.set(at, Math.max(g, this.byLabel.get(at) ?? 0));
    if (g > this.longest) {
      this.longest = g;
      this.longestAt = at;
    }
  }
}

interface ReportRun {
  readonly result: AgingRunResult;
  readonly workbook: MemoryWorkbook;
  readonly longestGapMs: number;
  readonly longestAt: string;
  readonly pauses: number;
  /** The three longest gaps with distinct phase labels, longest first. */
  readonly topBlocks: readonly { readonly ms: number; readonly at: string }[];
  /** Largest event-loop delay seen by node's monitorEventLoopDelay during the run (a cross-check), ms; NaN when it took no sample. */
  readonly loopDelayMaxMs: number;
}

/** A fresh workbook holding the ledger sheet (made before the clock starts), and the run on it. */
function prepareRun(sheet: CellValue[][], asOf: number, grouped: boolean): () => Promise<ReportRun> {
  const probe = new PauseProbe();
  const workbook = createMemoryWorkbook([{ name: SHEET, values: sheet }], { yieldBetweenChunks: probe.pause });
  return async () => {
    const histogram = monitorEventLoopDelay({ resolution: 10 });
    histogram.enable();
    probe.begin();
    const result = await runAging({
      port: workbook,
      source: { kind: "sheet", name: SHEET },
      mapping: {},
      asOf,
      bucketDays: DEFAULT_BUCKET_DAYS,
      groupByCustomer: grouped,
      pause: probe.pause,
      onProgress: (phase) => {
        probe.phase = phase;
      },
    });
    probe.finish();
    histogram.disable();
    return { result, workbook, longestGapMs: probe.longest, longestAt: probe.longestAt, pauses: probe.pauses, topBlocks: [...probe.byLabel].map(([at, g]) => ({ ms: g, at })).sort((a, b) => b.ms - a.ms).slice(0, 3), loopDelayMaxMs: histogram.count > 0 ? histogram.max / 1e6 : NaN };
  };
}

interface CaseResult {
  readonly reportMs: number;
  readonly agingMs: number;
  readonly peakBytes: number;
  readonly gapMs: number;
  readonly worstGapMs: number;
  readonly gapAt: string;
  readonly loopDelayMs: number;
  readonly pauses: number;
  /** The longest blocks by phase label, of the last run. */
  readonly topBlocks: readonly { readonly ms: number; readonly at: string }[];
  readonly writeRequests: number;
  readonly largestWriteBytes: number;
  readonly check: string | null;
}

const cents = (x: number) => Math.round(x * 100);

/** Checks the run against AR.AGING's answer on the same data and against the written sheet. */
function checkRun(run: ReportRun, aging: unknown[][], ledger: Ledger, grouped: boolean): string | null {
  const n = ledger.amounts.length;
  const { summary, sheetName } = run.result;
  if (summary.aged !== n) return `aged ${count(summary.aged)} of ${count(n)} rows (${summary.rejected.length} rejected)`;
  const totals = (grouped ? aging[aging.length - 1].slice(1) : aging[0]) as number[];
  const mine = [...summary.buckets, summary.total];
  if (mine.some((v, k) => v !== cents(totals[k]))) return `bucket totals ${mine.join(", ")} ¢ differ from AR.AGING's ${totals.map(cents).join(", ")} ¢`;
  const table = run.workbook.tables().find((t) => t.sheet === sheetName);
  const expected = grouped ? aging.length - 1 : n;
  const written = table ? table.rowCount - 2 : -1; // header and totals rows
  if (written !== expected) return `wrote ${count(written)} report rows, expected ${count(expected)}`;
  return null;
}

async function measureCase(ledger: Ledger, sheet: CellValue[][], grouped: boolean): Promise<CaseResult> {
  const { warmup, reps } = repetitionsFor(ledger.amounts.length);
  const aging = () => agingAlone(ledger, grouped);
  // AR.AGING's answer, to check every run against (computed once, outside the timings).
  const reference = aging();
  for (let i = 0; i < warmup; i++) {
    keep((await prepareRun(sheet, ledger.asOf, grouped)()).result.summary.aged);
    keep(aging());
  }
  const reportSamples: number[] = [];
  const agingSamples: number[] = [];
  const peaks: number[] = [];
  const gaps: number[] = [];
  const delays: number[] = [];
  let worst = { ms: 0, at: "" };
  let stats = { writeRequests: 0, largestWriteBytes: 0 };
  let pauses = 0;
  let topBlocks: ReportRun["topBlocks"] = [];
  let check: string | null = null;
  // Alternating, so that other load on the machine hits both alike. Nothing of a run is kept past its
  // check (at 1,048,576 rows a run's workbook and report take over a GB).
  for (let r = 0; r < reps; r++) {
    {
      const m = await measureOnceAsync(prepareRun(sheet, ledger.asOf, grouped));
      reportSamples.push(m.ms);
      peaks.push(m.peakBytes);
      gaps.push(m.result.longestGapMs);
      delays.push(m.result.loopDelayMaxMs);
      if (m.result.longestGapMs > worst.ms) worst = { ms: m.result.longestGapMs, at: m.result.longestAt };
      const s = m.result.workbook.stats();
      stats = { writeRequests: s.writeRequests, largestWriteBytes: Math.max(stats.largestWriteBytes, s.largestWriteBytes) };
      pauses = m.result.pauses;
      topBlocks = m.result.topBlocks;
      check ??= checkRun(m.result, reference, ledger, grouped);
    }
    const a = await measureOnceAsync(aging);
    agingSamples.push(a.ms);
    keep(a.result);
  }
  return {
    reportMs: median(reportSamples),
    agingMs: median(agingSamples),
    peakBytes: median(peaks),
    gapMs: median(gaps),
    worstGapMs: worst.ms,
    gapAt: worst.at,
    loopDelayMs: median(delays.filter((d) => !Number.isNaN(d))),
    pauses,
    topBlocks,
    writeRequests: stats.writeRequests,
    largestWriteBytes: stats.largestWriteBytes,
    check,
  };
}

/** JIT warm-up on a small ledger before anything is measured. */
async function warmUp(): Promise<void> {
  const l = generateLedger({ rows: 4096, customers: 1000, seed: 1 });
  const sheet = ledgerSheet(l);
  for (let i = 0; i < 10; i++) {
    for (const grouped of [false, true]) {
      keep((await prepareRun(sheet, l.asOf, grouped)()).result.summary.aged);
      keep(agingAlone(l, grouped));
    }
  }
}

export const agingReportSuite: Suite = {
  name: "Aging report",
  async run({ sizes, log, env }: SuiteContext): Promise<Section[]> {
    const seed = Number(env.BENCH_SEED ?? DEFAULT_SEED);
    const customers = Number(env.BENCH_CUSTOMERS ?? DEFAULT_CUSTOMERS);
    await warmUp();
    const rows: string[][] = [];
    const notes: string[] = [];
    let allUnder = true;
    let allShort = true;
    let longest = { ms: 0, rows: 0, label: "", at: "" };
    const where: string[] = [];
    for (const n of sizes) {
      collect();
      const ledger = generateLedger({ rows: n, seed, customers });
      const sheet = ledgerSheet(ledger);
      for (const grouped of [false, true]) {
        const label = grouped ? `by ${count(ledger.distinctCustomers)} customers` : "ungrouped";
        const c = await measureCase(ledger, sheet, grouped);
        const short = c.gapMs <= LONG_TASK_MS;
        allShort &&= short;
        log(
          `  ${count(n)} rows ${label}: report ${ms(c.reportMs)} ms, AR.AGING ${ms(c.agingMs)} ms, longest block ${ms(c.gapMs)} ms ${verdict(short)} (≤ ${LONG_TASK_MS} ms; worst ${ms(c.worstGapMs)} ms, ${c.gapAt}), largest write ${count(c.largestWriteBytes)} B`,
        );
        if (n === sizes[sizes.length - 1]) {
          where.push(`${label}: ${c.topBlocks.map((b) => `${ms(b.ms)} ms ${b.at}`).join("; ")}`);
        }
        if (c.check) notes.push(`Check failed at ${count(n)} rows ${label}: ${c.check}.`);
        const under = c.largestWriteBytes < PAYLOAD_LIMIT_BYTES;
        allUnder &&= under;
        if (c.worstGapMs > longest.ms) longest = { ms: c.worstGapMs, rows: n, label, at: c.gapAt };
        rows.push([
          count(n),
          label,
          ms(c.reportMs),
          ms(c.agingMs),
          ratio(c.reportMs / c.agingMs),
          ms(c.gapMs),
          `${verdict(short)} (≤ ${LONG_TASK_MS} ms)`,
          ms(c.worstGapMs),
          c.gapAt,
          Number.isNaN(c.loopDelayMs) ? "—" : ms(c.loopDelayMs),
          count(c.pauses),
          count(c.writeRequests),
          count(c.largestWriteBytes),
          verdict(under),
          bytes(c.peakBytes),
        ]);
      }
    }
    if (!notes.some((s) => s.startsWith("Check failed"))) {
      notes.unshift("Checks: every run aged every row, its bucket totals equal AR.AGING's to the cent, and the written table has one row per invoice (ungrouped) or per customer (grouped), plus header and totals rows.");
    }
    notes.push(
      `Longest block of all: ${ms(longest.ms)} ms at ${count(longest.rows)} rows ${longest.label}, between the phases ${longest.at} (phases as runAging reports them: read, check, build, write; "start" is before the first progress report, "end" after the run returned). The browser counts a task over ${LONG_TASK_MS} ms as a long task.`,
      `Where a run blocks at ${count(sizes[sizes.length - 1])} rows (the longest gap of each phase pair, last run; "start → read" is the adapter scanning and copying the used range): ${where.join(". ")}.`,
      `Largest write request: ${allUnder ? "under" : "NOT under"} ${count(PAYLOAD_LIMIT_BYTES)} bytes at every size (the adapter's budget is ${count(MAX_WRITE_BYTES)} bytes of cell data per request; the counted bytes are the cells' JSON, not the request envelope).`,
      `Overall: ${allShort && allUnder ? "every target met" : "some targets missed (MISS above)"}.`,
      `(checksum ${sink > 0 ? "ok" : "?"})`,
    );
    return [
      {
        title: "Aging report",
        intro: [
          `\`runAging\` as the task pane calls it (source: the sheet; mapping detected from the header; bucket days ${DEFAULT_BUCKET_DAYS.join(", ")}; as_of the ledger's; a pause whenever a stretch of work has taken ${SLICE_BUDGET_MS} ms or holds ${count(CHUNK_ROWS)} rows), through the in-memory adapter: from reading the used range of a sheet holding a header row (${HEADER.join(", ")}) and the generated ledger of the AR.AGING suite (same seed; ${count(customers)} customers, or one per row below that), to the report sheet written (one row per invoice, or grouped by customer), against \`functions.AGING\` alone on the same amounts, due dates (and customers, grouped) as n×1 matrices.`,
          "Time: median of several runs after a warm-up, with a full GC before each, the run and AR.AGING alternating (21 runs each up to 16,384 rows, 11 at 65,536, 5 at 262,144, 3 above). Each run gets a fresh workbook holding the ledger sheet (made before the clock starts).",
          `Pauses: \`pause: () => new Promise(r => setImmediate(r))\` (a macrotask without Node's 1 ms timer minimum or the browser's 4 ms clamp), given both to runAging and to the adapter, which pause with it between write requests and whenever a stretch of reading or writing has taken its time budget. Longest block = the longest stretch between two pauses (or from the call to the first, or from the last to the run's end), the event loop blocked; median and worst of the runs, and where the worst fell. Target: the median ≤ ${LONG_TASK_MS} ms at every size (a browser long task is over ${LONG_TASK_MS} ms); the worst run is shown, not judged (on a shared machine one run can lose the CPU to another process mid-stretch). Loop delay = the maximum of node's monitorEventLoopDelay (10 ms resolution) during the run, median of the runs, as a cross-check (— when the run was too short for it to take a sample).`,
          `Largest write = the biggest single write request the adapter counted (JSON bytes of its cells), which must stay under Excel on the web's limit of ${count(PAYLOAD_LIMIT_BYTES)} bytes. Peak heap = the highest heap in use (JS heap + ArrayBuffers, including garbage not yet collected) during the run above the heap after a GC just before it, from V8's GC profiler, median of the runs; it includes the written report sheet, which the in-memory adapter keeps in the JS heap.`,
        ],
        table: {
          columns: [
            { title: "Rows", align: "right" },
            { title: "Case" },
            { title: "Report ms", align: "right" },
            { title: "AR.AGING ms", align: "right" },
            { title: "÷ AR.AGING", align: "right" },
            { title: "Longest block ms", align: "right" },
            { title: "Target" },
            { title: "Worst ms", align: "right" },
            { title: "Worst between" },
            { title: "Loop delay ms", align: "right" },
            { title: "Pauses", align: "right" },
            { title: "Write requests", align: "right" },
            { title: "Largest write B", align: "right" },
            { title: "< 5 MB" },
            { title: "Peak heap", align: "right" },
          ],
          rows,
        },
        notes,
      },
    ];
  },
};
