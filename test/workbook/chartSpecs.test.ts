// office-addin-mock needs only OfficeApp from office-addin-manifest (see officeWorkbook.test.ts).
jest.mock("office-addin-manifest", () => jest.requireActual("office-addin-manifest/lib/officeApp"));

import { createOfficeWorkbook, ExcelHost } from "../../src/workbook/officeWorkbook";
import { createMemoryWorkbook } from "../../src/workbook/memoryWorkbook";
import { ChartSpec, ReportSheet } from "../../src/workbook/port";
import { FakeExcel } from "./officeFake";

const noPause = () => Promise.resolve();

/** A dashboard-like report: three buckets, then two dates of a trend. */
function report(charts: readonly ChartSpec[]): ReportSheet {
  return {
    name: "AR Dashboard",
    title: ["Dashboard", "As of 2026-12-01"],
    columns: [{ header: "Item" }, { header: "Amount", numberFormat: "#,##0.00" }, { header: "Overdue", numberFormat: "#,##0.00" }],
    rows: [
      ["Not due", 100, 0],
      ["1-30", 50, 50],
      ["Over 30", 25, 25],
      ["2026-11-01", 160, 60],
      ["2026-12-01", 175, 75],
    ],
    charts,
  };
}

const BUCKETS: ChartSpec = { type: "column", title: "Aging", firstRow: 0, rowCount: 3, categoryColumn: 0, valueColumns: [1] };
const SHARE: ChartSpec = { type: "pie", title: "Share", firstRow: 0, rowCount: 3, categoryColumn: 0, valueColumns: [1, 2] };
const TREND: ChartSpec = { type: "line", title: "Trend", firstRow: 3, rowCount: 2, categoryColumn: 0, valueColumns: [1, 2] };

describe("chart specifications: Office.js adapter", () => {
  it("adds one Excel chart per specification, with the type, the ranges of its series and categories, and their names", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "Ledger", values: [["a"]] }] });
    const port = createOfficeWorkbook({ excel: fake.mock as unknown as ExcelHost });
    await port.writeReport(report([BUCKETS, SHARE, TREND]));
    // Title (2 lines) and a blank line: the header is on row 3, the body from row 4.
    expect(fake.charts).toHaveLength(3);
    const [column, pie, line] = fake.charts;
    expect(column).toMatchObject({ type: "ColumnClustered", seriesBy: "Columns", title: "Aging", legendVisible: false, source: { row: 4, column: 1, rows: 3, columns: 1 }, categories: { row: 4, column: 0, rows: 3, columns: 1 } });
    expect(column.series).toEqual([{ name: "Amount", values: { row: 4, column: 1, rows: 3, columns: 1 }, categories: { row: 4, column: 0, rows: 3, columns: 1 } }]);
    // A pie takes only its first value column, and shows its legend.
    expect(pie).toMatchObject({ type: "Pie", legendVisible: true });
    expect(pie.series.map((s) => s.name)).toEqual(["Amount"]);
    expect(line).toMatchObject({ type: "Line", legendVisible: true, title: "Trend" });
    expect(line.series).toEqual([
      { name: "Amount", values: { row: 7, column: 1, rows: 2, columns: 1 }, categories: { row: 7, column: 0, rows: 2, columns: 1 } },
      { name: "Overdue", values: { row: 7, column: 2, rows: 2, columns: 1 }, categories: { row: 7, column: 0, rows: 2, columns: 1 } },
    ]);
    // Beside the table, one under the other, never over it.
    expect(fake.charts.map((c) => c.position?.column)).toEqual([4, 4, 4]);
    const rows = fake.charts.map((c) => c.position!.row);
    expect(rows[1]).toBeGreaterThanOrEqual(rows[0] + column.position!.rows);
  });

  it("refuses a chart outside the report before touching the workbook", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "Ledger", values: [["a"]] }] });
    const port = createOfficeWorkbook({ excel: fake.mock as unknown as ExcelHost });
    await expect(port.writeReport(report([{ ...TREND, rowCount: 3 }]))).rejects.toThrow(/row 6.*5 rows/);
    await expect(port.writeReport(report([{ ...TREND, valueColumns: [3] }]))).rejects.toThrow(/column 3/);
    expect(fake.syncs).toHaveLength(0);
    expect(fake.sheet("AR Dashboard")).toBeUndefined();
  });
});

describe("chart specifications: in-memory adapter", () => {
  it("keeps the same charts, with the values of every series read from the rows", async () => {
    const wb = createMemoryWorkbook([{ name: "Ledger", values: [["a"]] }], { yieldBetweenChunks: noPause });
    await wb.writeReport(report([BUCKETS, SHARE, TREND]));
    expect(wb.charts()).toEqual([
      { sheet: "AR Dashboard", title: "Aging", type: "column", categories: ["Not due", "1-30", "Over 30"], values: [100, 50, 25], series: [{ name: "Amount", values: [100, 50, 25] }] },
      { sheet: "AR Dashboard", title: "Share", type: "pie", categories: ["Not due", "1-30", "Over 30"], values: [100, 50, 25], series: [{ name: "Amount", values: [100, 50, 25] }] },
      {
        sheet: "AR Dashboard",
        title: "Trend",
        type: "line",
        categories: ["2026-11-01", "2026-12-01"],
        values: [160, 175],
        series: [
          { name: "Amount", values: [160, 175] },
          { name: "Overdue", values: [60, 75] },
        ],
      },
    ]);
  });

  it("replaces a sheet's charts on a rewrite and refuses a bad one, leaving the old ones", async () => {
    const wb = createMemoryWorkbook([], { yieldBetweenChunks: noPause });
    await wb.writeReport(report([BUCKETS, TREND]));
    await expect(wb.writeReport(report([{ ...BUCKETS, firstRow: -1 }]))).rejects.toThrow();
    expect(wb.charts().map((c) => c.title)).toEqual(["Aging", "Trend"]);
    await wb.writeReport(report([SHARE]));
    expect(wb.charts().map((c) => c.title)).toEqual(["Share"]);
  });
});
