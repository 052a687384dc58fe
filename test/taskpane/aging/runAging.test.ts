import * as aging from "../../../src/domain/aging/aging";
import * as money from "../../../src/domain/core/money";
import { generateSampleLedger } from "../../../src/samples/ledger";
import { readLedger } from "../../../src/domain/ledger/readLedger";
import { NOT_MAPPED } from "../../../src/domain/ledger/types";
import { Cancelled, readLedgerChunked } from "../../../src/taskpane/aging/chunkedReader";
import { runAging } from "../../../src/taskpane/aging/runAging";
import { createMemoryWorkbook } from "../../../src/workbook/memoryWorkbook";
import { buildAgingReport, summarizeAging } from "../../../src/workbook/reports/agingReport";
import { CellValue } from "../../../src/workbook/port";

const AS_OF = 46351;
const noPause = () => Promise.resolve();

describe("runAging", () => {
  const values = generateSampleLedger({ asOf: AS_OF, rows: 400 }) as CellValue[][];

  it("reads in slices to the same result as one read, reporting progress", async () => {
    const progress: number[] = [];
    const sliced = await readLedgerChunked(values, { chunkRows: 37, pause: noPause, onProgress: (done) => progress.push(done) });
    const whole = readLedger(values);
    expect(Array.from(sliced.rows.open)).toEqual(Array.from(whole.rows.open));
    expect(Array.from(sliced.rows.sourceIndex)).toEqual(Array.from(whole.rows.sourceIndex));
    expect(sliced.rejected).toEqual(whole.rejected);
    expect(sliced.blankRows).toBe(whole.blankRows);
    expect(progress.length).toBeGreaterThan(5);
    expect(progress[progress.length - 1]).toBe(values.length);
  });

  it("reads every slice as one read would: a column left unread stays unread, a blank customer under one is merged", async () => {
    // Rows 37, 74, … start a slice; a blank customer there follows a filled one in the row above.
    const ledger: CellValue[][] = [["Customer", "Due date", "Amount", "Open amount"]];
    for (let i = 1; i <= 200; i++) ledger.push([i % 37 === 0 ? null : `C${i % 7}`, AS_OF - i, 100 + i, 1]);
    const mapping = { openAmount: NOT_MAPPED };
    const sliced = await readLedgerChunked(ledger, { mapping, chunkRows: 37, pause: noPause });
    const whole = readLedger(ledger, { mapping });
    expect(whole.rows.open[0]).toBe(10100);
    expect(Array.from(sliced.rows.open)).toEqual(Array.from(whole.rows.open));
    expect(Array.from(sliced.rows.sourceIndex)).toEqual(Array.from(whole.rows.sourceIndex));
    expect(sliced.rejected.map((r) => [r.index, r.problem.code])).toEqual([37, 74, 111, 148, 185].map((i) => [i, "ledger.mergedCustomer"]));
    expect(sliced.rejected).toEqual(whole.rejected);
    expect(sliced.mapping).toEqual(whole.mapping);
  });

  it("moves progress forward through the phases and ends at 1", async () => {
    const wb = createMemoryWorkbook([{ name: "Ledger", values }], { yieldBetweenChunks: noPause });
    const seen: number[] = [];
    const result = await runAging({ port: wb, source: { kind: "sheet", name: "Ledger" }, mapping: {}, asOf: AS_OF, bucketDays: [30, 60, 90], groupByCustomer: false, chunkRows: 50, pause: noPause, onProgress: (_, f) => seen.push(f) });
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen[seen.length - 1]).toBe(1);
    expect(result.sheetName).toBe("AR Aging 2026-11-25");
    expect(result.summary.aged + result.summary.rejected.length + result.summary.blank).toBe(400);
  });

  it("stops with Cancelled and writes nothing when aborted mid-run", async () => {
    const wb = createMemoryWorkbook([{ name: "Ledger", values }], { yieldBetweenChunks: noPause });
    const controller = new AbortController();
    const run = runAging({
      port: wb,
      source: { kind: "sheet", name: "Ledger" },
      mapping: {},
      asOf: AS_OF,
      bucketDays: [30, 60, 90],
      groupByCustomer: false,
      chunkRows: 50,
      signal: controller.signal,
      pause: noPause,
      onProgress: (phase) => phase === "check" && controller.abort(),
    });
    await expect(run).rejects.toBeInstanceOf(Cancelled);
    expect(wb.sheetNames()).toEqual(["Ledger"]);
  });

  describe("between two pauses", () => {
    const big = generateSampleLedger({ asOf: AS_OF, rows: 3000 }) as CellValue[][];
    const CHUNK = 100;
    afterEach(() => jest.restoreAllMocks());

    /**
     * Runs with one pause shared by runAging and the adapter, counting the report work done between two
     * pauses: rows aged (bucketIndex calls) and amounts summed into the totals row (toMinor calls), with
     * the phase each gap ended in.
     */
    async function gaps(groupByCustomer: boolean) {
      const bucketIndex = jest.spyOn(aging, "bucketIndex");
      const toMinor = jest.spyOn(money, "toMinor");
      let phase = "";
      const seen: { phase: string; aged: number; summed: number }[] = [];
      let mark = { aged: 0, summed: 0 };
      const pause = () => {
        const now = { aged: bucketIndex.mock.calls.length, summed: toMinor.mock.calls.length };
        seen.push({ phase, aged: now.aged - mark.aged, summed: now.summed - mark.summed });
        mark = now;
        return Promise.resolve();
      };
      // About 40 ledger rows per write request, fewer than CHUNK.
      const wb = createMemoryWorkbook([{ name: "Ledger", values: big }], { yieldBetweenChunks: pause, maxWriteBytes: 5_000 });
      const request = { port: wb, source: { kind: "sheet", name: "Ledger" }, mapping: {}, asOf: AS_OF, bucketDays: [30, 60, 90], groupByCustomer, chunkRows: CHUNK, pause } as const;
      const result = await runAging({ ...request, onProgress: (p) => (phase = p) });
      pause(); // the stretch from the last pause to the end
      return { seen, result, wb };
    }

    it.each([false, true])("ages at most chunkRows rows (grouped: %s)", async (grouped) => {
      const { seen, result } = await gaps(grouped);
      expect(result.summary.aged).toBeGreaterThan(10 * CHUNK);
      expect(seen.filter((g) => g.phase === "build").length).toBeGreaterThan(10);
      expect(Math.max(...seen.map((g) => g.aged))).toBeLessThanOrEqual(CHUNK);
    });

    it("sums at most one write request's rows into the totals row", async () => {
      const { seen, result, wb } = await gaps(false);
      const report = buildAgingReport(result.ledger, { asOf: AS_OF, bucketDays: [30, 60, 90], groupByCustomer: false });
      const summedColumns = report.totalColumns!.length;
      expect(seen.filter((g) => g.phase === "write").length).toBeGreaterThan(10);
      expect(Math.max(...seen.filter((g) => g.phase === "write").map((g) => g.summed))).toBeLessThanOrEqual(CHUNK * summedColumns);
      // And the totals row is still the ledger's exact total, in cents.
      const values = wb.values(result.sheetName);
      const totals = values[values.length - 1];
      expect(Math.round((totals[report.columns.length - 1] as number) * 100)).toBe(result.summary.total);
      result.summary.buckets.forEach((cents, k) => expect(Math.round((totals[7 + k] as number) * 100)).toBe(cents));
    });

    it("gives the same summary and report as one pass over the ledger", async () => {
      for (const groupByCustomer of [false, true]) {
        const { result, wb } = await gaps(groupByCustomer);
        const whole = buildAgingReport(result.ledger, { asOf: AS_OF, bucketDays: [30, 60, 90], groupByCustomer, source: "sheet Ledger" });
        expect(result.summary).toEqual(summarizeAging(result.ledger, { asOf: AS_OF, bucketDays: [30, 60, 90], groupByCustomer }));
        const values = wb.values(result.sheetName);
        const top = whole.title!.length + 1;
        expect(values.slice(top + 1, top + 1 + whole.rows.length)).toEqual(whole.rows);
        expect(values[top]).toEqual(whole.columns.map((c) => c.header));
      }
    });
  });
});
