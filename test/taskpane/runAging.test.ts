import { generateSampleLedger } from "../../src/domain/sampleLedger";
import { readLedger } from "../../src/domain/ledger/readLedger";
import { Cancelled, readLedgerChunked } from "../../src/taskpane/aging/chunkedReader";
import { runAging } from "../../src/taskpane/aging/runAging";
import { createMemoryWorkbook } from "../../src/workbook/memoryWorkbook";
import { CellValue } from "../../src/workbook/port";

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
});
