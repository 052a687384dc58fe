import { createMemoryWorkbook } from "../../src/workbook/memoryWorkbook";
import { ReportSheet } from "../../src/workbook/port";
import { DomainError } from "../../src/domain/core/problem";

const noPause = () => Promise.resolve();

const report = (name: string, rows: (string | number | null)[][] = [["A", 1.5], ["B", 2.25]]): ReportSheet => ({
  name,
  title: ["Title"],
  columns: [{ header: "Customer" }, { header: "Amount", numberFormat: "#,##0.00" }],
  rows,
  totalColumns: [1],
  chart: { title: "Chart", categoryColumns: [1], row: rows.length },
});

describe("createMemoryWorkbook", () => {
  it("reads the used range from its first filled cell, with its position and A1 address", async () => {
    const wb = createMemoryWorkbook([{ name: "Data", values: [[], [null, null], [null, "h1", "h2"], [null, 1, 2]] }]);
    const range = await wb.readUsedRange("Data");
    expect(range).toMatchObject({ sheet: "Data", topLeft: "B3", row: 2, column: 1, values: [["h1", "h2"], [1, 2]], dateSystem: 1900 });
  });

  it("reads the active sheet when no sheet is named, and a table by name without its totals row", async () => {
    const wb = createMemoryWorkbook([{ name: "S", values: [["x", "y"], [1, 2], [3, 4]], tables: [{ name: "T" }] }], { dateSystem: 1904 });
    expect((await wb.readUsedRange()).values).toHaveLength(3);
    expect(await wb.listTables()).toEqual([{ name: "T", sheet: "S" }]);
    const table = await wb.readTable("T");
    expect(table.values).toEqual([["x", "y"], [1, 2], [3, 4]]);
    expect(table.dateSystem).toBe(1904);
  });

  it("refuses to write a sheet the add-in does not own, and leaves it untouched", async () => {
    const wb = createMemoryWorkbook([{ name: "Ledger", values: [["a"]] }]);
    await expect(wb.writeReport(report("Ledger"))).rejects.toBeInstanceOf(DomainError);
    await expect(wb.writeReport(report("Aging"))).rejects.toThrow(/AR /);
    await expect(wb.appendToLog("Log", [{ header: "x" }], [[1]])).rejects.toBeInstanceOf(DomainError);
    expect(wb.sheetNames()).toEqual(["Ledger"]);
    expect(wb.values("Ledger")).toEqual([["a"]]);
  });

  it("writes a report as title, header, body and a totals row, with a table and a chart of the totals", async () => {
    const wb = createMemoryWorkbook([{ name: "Ledger", values: [["a"]] }], { yieldBetweenChunks: noPause });
    await wb.writeReport(report("AR Test"));
    expect(wb.values("AR Test")).toEqual([["Title"], [], ["Customer", "Amount"], ["A", 1.5], ["B", 2.25], ["Total", 3.75]]);
    expect(wb.numberFormat("AR Test", 3, 1)).toBe("#,##0.00");
    expect(wb.tables().find((t) => t.sheet === "AR Test")).toMatchObject({ row: 2, rowCount: 4, totalsRow: true });
    expect(wb.charts()).toEqual([{ sheet: "AR Test", title: "Chart", categories: ["Amount"], values: [3.75] }]);
    expect(wb.active()).toBe("AR Test");
  });

  it("replaces only its own sheet on a rerun, in the same tab position", async () => {
    const wb = createMemoryWorkbook([{ name: "Ledger", values: [["a"]] }, { name: "Notes", values: [["n"]] }], { yieldBetweenChunks: noPause });
    await wb.writeReport(report("AR One"));
    await wb.writeReport(report("AR Two"));
    await wb.writeReport(report("AR One", [["C", 9]]));
    expect(wb.sheetNames()).toEqual(["Ledger", "Notes", "AR One", "AR Two"]);
    expect(wb.values("AR One")[3]).toEqual(["C", 9]);
    expect(wb.tables()).toHaveLength(2);
    expect(wb.values("Ledger")).toEqual([["a"]]);
    expect(wb.values("Notes")).toEqual([["n"]]);
  });

  it("splits a large write into requests under the budget and records the largest", async () => {
    const wb = createMemoryWorkbook([], { maxWriteBytes: 10_000, yieldBetweenChunks: noPause });
    const rows = Array.from({ length: 2000 }, (_, i) => [`customer ${i}`, i]);
    const fractions: number[] = [];
    await wb.writeReport(report("AR Big", rows), (f) => fractions.push(f));
    const stats = wb.stats();
    expect(stats.writeRequests).toBeGreaterThan(5);
    expect(stats.largestWriteBytes).toBeLessThanOrEqual(10_000);
    expect(stats.largestWriteBytes).toBeGreaterThan(5_000);
    expect(fractions[fractions.length - 1]).toBe(1);
    expect(wb.values("AR Big")[2 + 2000]).toEqual(["customer 1999", 1999]);
  });

  it("writes nothing when the caller cancels from its progress callback", async () => {
    const wb = createMemoryWorkbook([], { maxWriteBytes: 1_000, yieldBetweenChunks: noPause });
    const rows = Array.from({ length: 500 }, (_, i) => [`c${i}`, i]);
    await expect(
      wb.writeReport(report("AR Stop", rows), (f) => {
        if (f > 0.3) throw new Error("cancel");
      }),
    ).rejects.toThrow("cancel");
    expect(wb.sheetNames()).toEqual([]);
  });

  it("sizes and checks the rows chunk by chunk: by the first pause it has read only the first request's rows", async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => [`customer ${i}`, i + 0.01]);
    let highest = -1;
    const watched = new Proxy(rows, {
      get(target, key, receiver) {
        if (typeof key === "string" && /^\d+$/.test(key)) highest = Math.max(highest, Number(key));
        return Reflect.get(target, key, receiver);
      },
    });
    const atPauses: number[] = [];
    const wb = createMemoryWorkbook([], {
      maxWriteBytes: 1_000,
      yieldBetweenChunks: async () => {
        atPauses.push(highest);
      },
    });
    await wb.writeReport(report("AR Lazy", watched));
    expect(atPauses.length).toBeGreaterThan(20);
    // The first request holds some 40 rows; the planner looks one row ahead.
    expect(atPauses[0]).toBeLessThan(100);
    expect(atPauses).toEqual([...atPauses].sort((a, b) => a - b));
    const values = wb.values("AR Lazy");
    expect(values[values.length - 1]).toEqual(["Total", (2000 * 1999) / 2 + 20]);
  });

  it("sums the totals row exactly in cents across many requests", async () => {
    const wb = createMemoryWorkbook([], { maxWriteBytes: 500, yieldBetweenChunks: noPause });
    const rows = Array.from({ length: 3000 }, (_, i) => [`c${i}`, i % 3 === 0 ? 0.1 : i % 3 === 1 ? 0.2 : -0.3]);
    rows.push(["x", 1234567.89]);
    await wb.writeReport(report("AR Cents", rows));
    expect(wb.stats().writeRequests).toBeGreaterThan(50);
    const values = wb.values("AR Cents");
    expect(values[values.length - 1]).toEqual(["Total", 1234567.89]);
    expect(wb.charts()[0].values).toEqual([1234567.89]);
  });

  it("refuses a bad row found in a later request, and leaves nothing behind", async () => {
    const rows: (string | number)[][] = Array.from({ length: 500 }, (_, i) => [`c${i}`, i]);
    const wb = createMemoryWorkbook([{ name: "AR Old", values: [["old"]] }], { maxWriteBytes: 1_000, yieldBetweenChunks: noPause });
    const wide = rows.map((r, i) => (i === 400 ? [...r, "extra"] : r));
    await expect(wb.writeReport(report("AR Old", wide))).rejects.toThrow(/row 401/);
    const long = rows.map((r, i) => (i === 400 ? ["x".repeat(2_000), 1] : r));
    await expect(wb.writeReport(report("AR New", long))).rejects.toThrow(/^row 401 holds about/);
    expect(wb.sheetNames()).toEqual(["AR Old"]);
    expect(wb.values("AR Old")).toEqual([["old"]]);
    expect(wb.tables()).toEqual([]);
  });

  it("refuses a row wider than the columns, and blank or repeated headers", async () => {
    const wb = createMemoryWorkbook();
    await expect(wb.writeReport(report("AR W", [["a", 1, 2]]))).rejects.toThrow(/row 1/);
    await expect(wb.writeReport({ name: "AR H", columns: [{ header: "x" }, { header: "X" }], rows: [] })).rejects.toBeInstanceOf(DomainError);
  });

  it("appends to a log, creating it with its header the first time", async () => {
    const wb = createMemoryWorkbook();
    const columns = [{ header: "When" }, { header: "What" }];
    await wb.appendToLog("AR Log", columns, [["d1", "x"]]);
    await wb.appendToLog("AR Log", columns, [["d2", "y"], ["d3", "z"]]);
    expect(wb.values("AR Log")).toEqual([["When", "What"], ["d1", "x"], ["d2", "y"], ["d3", "z"]]);
    expect(wb.tables()[0]).toMatchObject({ rowCount: 4 });
    await expect(wb.appendToLog("AR Log", [{ header: "only" }], [["x"]])).rejects.toBeInstanceOf(DomainError);
  });

  it("keeps settings in the workbook as copies", async () => {
    const wb = createMemoryWorkbook([], { settings: { a: "1" } });
    const read = await wb.readSettings();
    read.a = "changed";
    expect(await wb.readSettings()).toEqual({ a: "1" });
    await wb.writeSettings({ b: "2" });
    expect(await wb.readSettings()).toEqual({ b: "2" });
  });

  it("selects a cell on a sheet, making it active, and refuses an unknown sheet", async () => {
    const wb = createMemoryWorkbook([{ name: "A" }, { name: "B" }]);
    const seen: number[] = [];
    wb.subscribe(() => seen.push(wb.version()));
    await wb.select("B", 4, 2);
    expect(wb.active()).toBe("B");
    expect(wb.selection()).toEqual({ sheet: "B", row: 4, column: 2 });
    expect(seen).toHaveLength(1);
    await expect(wb.select("Nope", 0, 0)).rejects.toBeInstanceOf(DomainError);
  });

  it("gives added sheets unique names", () => {
    const wb = createMemoryWorkbook([{ name: "Pasted" }]);
    expect(wb.addSheet("Pasted", [["x"]])).toBe("Pasted 2");
    expect(wb.active()).toBe("Pasted 2");
  });

  it("reads a large sheet in slices with a pause between them, and returns every row", async () => {
    let pauses = 0;
    const rows = Array.from({ length: 120_001 }, (_, i) => [i === 0 ? "Amount" : i]);
    // Without a time budget it pauses on the rows copied alone: once per 50,000.
    const wb = createMemoryWorkbook([{ name: "Ledger", values: rows }], { yieldBetweenChunks: async () => void pauses++, sliceBudgetMs: Infinity });
    const read = await wb.readUsedRange("Ledger");
    expect(read.values).toHaveLength(120_001);
    expect(read.values[120_000]).toEqual([120_000]);
    expect(pauses).toBe(2);
  });
});
