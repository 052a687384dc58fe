import { readLedger } from "../../src/domain/ledger/readLedger";
import { LedgerReport } from "../../src/domain/ledger/types";
import { generateSampleLedger } from "../../src/samples/ledger";
import { agingAccumulator, agingReportLayout, buildAgingReport, summarizeAging, unageableRows } from "../../src/workbook/reports/agingReport";
import { CellValue } from "../../src/workbook/port";

const AS_OF = 46351;

/** A sample ledger with rows that cannot be aged (no amount, no due date) and blank customers mixed in. */
function ledger(): LedgerReport {
  const read = readLedger(generateSampleLedger({ asOf: AS_OF, rows: 1500 }) as CellValue[][]);
  const rows = read.rows;
  const open = Float64Array.from(rows.open, (v, i) => (i % 17 === 5 ? NaN : v));
  const dueDate = Float64Array.from(rows.dueDate, (v, i) => (i % 23 === 7 ? NaN : v));
  const customer = rows.customer.map((c, i) => (i % 11 === 3 ? "  " : c));
  const currency = rows.currency.map((c, i) => (i % 13 === 2 ? "" : i % 19 === 4 ? "USD" : c));
  return { ...read, rows: { ...rows, open, dueDate, customer, currency } };
}

describe("agingAccumulator", () => {
  const l = ledger();

  it.each([false, true])("gives the same summary and report rows whatever the slices (grouped: %s)", (groupByCustomer) => {
    const options = { asOf: AS_OF, bucketDays: [30, 60, 90], groupByCustomer, source: "sheet Ledger", lang: "en" as const };
    const whole = buildAgingReport(l, options);
    const summary = summarizeAging(l, options);
    expect(summary.aged).toBeGreaterThan(1000);
    expect(summary.rejected.length).toBeGreaterThan(unageableRows(l).length - 1);
    for (const step of [1, 7, 100, 1499, 5000]) {
      const acc = agingAccumulator(l, options);
      for (let from = 0; from < l.rows.length; from += step) acc.add(from, from + step);
      expect(acc.done).toBe(l.rows.length);
      expect(acc.summary()).toEqual(summary);
      const layout = acc.layout();
      expect(layout.sheet).toEqual(agingReportLayout(l, options).sheet);
      const rows: CellValue[][] = [];
      for (let from = 0; from < layout.rowCount; from += step) rows.push(...layout.rowsAt(from, from + step));
      expect({ ...layout.sheet, rows }).toEqual(whole);
    }
  });

  it("summarizes exactly: every row aged or refused, bucket totals summing to the total", () => {
    const summary = summarizeAging(l, { asOf: AS_OF, bucketDays: [30, 60, 90], groupByCustomer: false });
    const unageable = unageableRows(l);
    expect(summary.aged + unageable.length).toBe(l.rows.length);
    expect(summary.rejected.map((r) => r.index)).toEqual([...l.rejected, ...unageable].map((r) => r.index).sort((a, b) => a - b));
    expect(summary.buckets.reduce((a, b) => a + b, 0)).toBe(summary.total);
    let cents = 0;
    for (let i = 0; i < l.rows.length; i++) if (!Number.isNaN(l.rows.open[i]) && !Number.isNaN(l.rows.dueDate[i])) cents += l.rows.open[i];
    expect(summary.total).toBe(cents);
  });

  it("takes the slices in order only, and answers only once every row is in", () => {
    const acc = agingAccumulator(l, { asOf: AS_OF, bucketDays: [30, 60, 90], groupByCustomer: true });
    acc.add(0, 10);
    expect(() => acc.add(20, 30)).toThrow();
    expect(() => acc.summary()).toThrow();
    expect(() => acc.layout()).toThrow();
    acc.addAll();
    expect(acc.summary().aged).toBeGreaterThan(1000);
  });
});
