// office-addin-mock needs only OfficeApp from office-addin-manifest, whose main module pulls in an
// ES-module-only dependency Jest cannot load untransformed: give it the plain CommonJS enum.
jest.mock("office-addin-manifest", () => jest.requireActual("office-addin-manifest/lib/officeApp"));

import { setLanguage } from "../../src/i18n";
import { createOfficeWorkbook, ExcelHost, SETTINGS_SHEET } from "../../src/workbook/officeWorkbook";
import { planChunks } from "../../src/workbook/officeChunks";
import { wireCell, wireRows } from "../../src/workbook/officeCells";
import { CellValue, ReportSheet } from "../../src/workbook/port";
import { FakeExcel, FakeInit, LIMIT } from "./officeFake";

function setup(init: FakeInit = { sheets: [{ name: "Ledger", values: [["Customer", "Amount"], ["Acme", 100]] }] }) {
  const fake = new FakeExcel(init);
  const port = createOfficeWorkbook({ excel: fake.mock as unknown as ExcelHost });
  return { fake, port };
}

const DUE = 46351; // 2026-11-25 in the 1900 system

/** A report of `n` rows whose JSON is about 150 bytes a row. */
function bigReport(n: number): ReportSheet {
  const rows: CellValue[][] = [];
  for (let i = 0; i < n; i++) rows.push([`Customer ${i} — Società Ünïcode & Co. ${"x".repeat(40)}`, `INV-${i}`, DUE - (i % 400), (i * 37) % 100000 + 0.25, i % 7 === 0 ? "1-30" : "Over 90", i % 2 === 0]);
  return {
    name: "AR Aging 2026-11-25",
    columns: [{ header: "Customer" }, { header: "Invoice", numberFormat: "@" }, { header: "Due date", numberFormat: "yyyy-mm-dd" }, { header: "Amount", numberFormat: "#,##0.00" }, { header: "Bucket" }, { header: "Disputed" }],
    rows,
  };
}

afterEach(() => setLanguage("en"));

describe("createOfficeWorkbook: ownership", () => {
  it.each(["Ledger", "Sheet1", "AR", "AR ", "ar aging", "ARAging", "AR x".padEnd(32, "x"), "AR a/b"])("refuses to write the sheet '%s' and sends nothing to Excel", async (name) => {
    const { fake, port } = setup();
    const before = JSON.stringify(fake.sheets.map((s) => [s.name, s.cells]));
    await expect(port.writeReport({ name, columns: [{ header: "A" }], rows: [[1]] })).rejects.toThrow(name.trim() === "" ? /AR/ : name);
    await expect(port.appendToLog(name, [{ header: "A" }], [[1]])).rejects.toThrow(/AR|sheet name/);
    expect(fake.syncs).toHaveLength(0);
    expect(JSON.stringify(fake.sheets.map((s) => [s.name, s.cells]))).toBe(before);
  });

  it("says why in the user's language", async () => {
    const { port } = setup();
    setLanguage("de");
    await expect(port.writeReport({ name: "Ledger", columns: [{ header: "A" }], rows: [] })).rejects.toThrow('Credit Desk schreibt nur eigene Blätter, deren Name mit "AR " beginnt (höchstens 31 Zeichen); "Ledger" wird nicht beschrieben');
  });

  it("replaces only its own sheet on a rerun, in the same tab position, and leaves the user's sheets alone", async () => {
    const { fake, port } = setup({
      sheets: [
        { name: "Ledger", values: [["Customer", "Amount"], ["Acme", 100]] },
        { name: "AR Aging", values: [["stale"], ["old row"], ["older row"]] },
        { name: "Notes", values: [["keep me"]] },
      ],
    });
    await port.writeReport({ name: "AR Aging", columns: [{ header: "Customer" }, { header: "Total", numberFormat: "#,##0.00" }], rows: [["Acme", 100]] });
    expect(fake.sheets.map((s) => s.name)).toEqual(["Ledger", "AR Aging", "Notes"]);
    expect(fake.values("AR Aging")).toEqual([["Customer", "Total"], ["Acme", 100]]);
    expect(fake.values("Ledger")).toEqual([["Customer", "Amount"], ["Acme", 100]]);
    expect(fake.values("Notes")).toEqual([["keep me"]]);
    expect(fake.active?.name).toBe("AR Aging");
  });
});

describe("createOfficeWorkbook: writeReport", () => {
  it("writes a large report in chunks each under 5 MB, with one sync per chunk plus two", async () => {
    const { fake, port } = setup();
    const report = bigReport(60_000);
    const wire = [report.columns.map((c) => wireCell(c.header)), ...wireRows(report.rows, report.columns.map((c) => c.numberFormat), 1900)];
    const totalBytes = Buffer.byteLength(JSON.stringify(wire));
    const chunks = planChunks(wire);
    expect(totalBytes).toBeGreaterThan(LIMIT); // a single request could not carry it
    expect(chunks.length).toBeGreaterThanOrEqual(2);

    const seen: number[] = [];
    await port.writeReport(report, (f) => seen.push(f));

    // Bounded: the inspection batch, one batch per chunk, the table batch; not one per row.
    expect(fake.syncs).toHaveLength(chunks.length + 2);
    for (const sync of fake.syncs) expect(sync.requestBytes).toBeLessThan(LIMIT);
    expect(fake.syncs.filter((s) => s.cellsWritten > 0).every((s) => s.suspended)).toBe(true);
    expect(fake.syncs.reduce((n, s) => n + s.cellsWritten, 0)).toBeGreaterThanOrEqual((report.rows.length + 1) * 6);
    // Every row landed where it belongs.
    const cells = fake.values("AR Aging 2026-11-25");
    expect(cells).toHaveLength(60_001);
    for (const i of [0, 1, 12_345, 59_999]) expect(cells[i + 1]).toEqual(report.rows[i]);
    expect(seen[seen.length - 1]).toBe(1);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });

  it("writes the title, the header, number formats per column, the totals row and the chart", async () => {
    const { fake, port } = setup();
    await port.writeReport({
      name: "AR Aging 2026-11-25",
      title: ["Aging on 2026-11-25", "Source: Ledger"],
      columns: [{ header: "Customer" }, { header: "Due date", numberFormat: "dd/mm/yyyy" }, { header: "1-30", numberFormat: "#,##0.00" }, { header: "Over 90", numberFormat: "#,##0.00" }],
      rows: [
        ["Acme", DUE, 100, 50.5],
        ["=HYPERLINK(\"x\")", DUE - 1, 200, 0],
      ],
      totalColumns: [2, 3],
      chart: { title: "Overdue by bucket", categoryColumns: [2, 3], row: 2 },
    });
    const sheet = fake.sheet("AR Aging 2026-11-25")!;
    const cells = fake.values(sheet.name);
    expect(cells[0]).toEqual(["Aging on 2026-11-25"]);
    expect(cells[1]).toEqual(["Source: Ledger"]);
    expect(cells[3]).toEqual(["Customer", "Due date", "1-30", "Over 90"]); // "1-30" stays text, not a date
    expect(cells[4]).toEqual(["Acme", DUE, 100, 50.5]);
    expect(cells[5][0]).toBe('=HYPERLINK("x")'); // stored as text (apostrophe prefix), not run as a formula
    expect(cells[6]).toEqual(["Total", "", "=SUBTOTAL(109,AR_Aging_2026_11_25[1-30])", "=SUBTOTAL(109,AR_Aging_2026_11_25[Over 90])"]);
    expect(sheet.formats[4]).toEqual([undefined, "dd/mm/yyyy", "#,##0.00", "#,##0.00"]);
    expect(sheet.formats[5]).toEqual([undefined, "dd/mm/yyyy", "#,##0.00", "#,##0.00"]);
    expect(sheet.formats[6].slice(2)).toEqual(["#,##0.00", "#,##0.00"]);
    expect(fake.tables).toEqual([expect.objectContaining({ name: "AR_Aging_2026_11_25", sheet, top: 3, left: 0, rows: 3, columns: 4, showTotals: true })]);
    expect(fake.charts).toEqual([
      expect.objectContaining({ type: "ColumnClustered", seriesBy: "Rows", title: "Overdue by bucket", source: { row: 6, column: 2, rows: 1, columns: 2 }, categories: { row: 3, column: 2, rows: 1, columns: 2 } }),
    ]);
    expect(sheet.frozenRows).toBe(4);
    expect(sheet.bold.has("0,0")).toBe(true);
    expect(fake.syncs).toHaveLength(3);
  });

  it("moves date columns to the 1904 system in a 1904 workbook, and leaves other numbers alone", async () => {
    const { fake, port } = setup({ sheets: [{ name: "Ledger" }], dateSystem: 1904 });
    await port.writeReport({ name: "AR Dates", columns: [{ header: "Due", numberFormat: "yyyy-mm-dd" }, { header: "Amount", numberFormat: "0.00" }], rows: [[DUE, DUE]] });
    expect(fake.values("AR Dates")[1]).toEqual([DUE - 1462, DUE]);
  });

  it("leaves the previous report in place when the write is cancelled half way", async () => {
    const { fake, port } = setup({ sheets: [{ name: "Ledger" }, { name: "AR Aging 2026-11-25", values: [["previous"]] }] });
    const cancel = (fraction: number) => {
      if (fraction < 1) throw new Error("cancelled");
    };
    await expect(port.writeReport(bigReport(60_000), cancel)).rejects.toThrow("cancelled");
    expect(fake.sheets.map((s) => s.name)).toEqual(["Ledger", "AR Aging 2026-11-25"]);
    expect(fake.values("AR Aging 2026-11-25")).toEqual([["previous"]]);
    expect(fake.tables).toEqual([]);
  });

  it("refuses a row wider than the columns before touching the workbook", async () => {
    const { fake, port } = setup();
    await expect(port.writeReport({ name: "AR X", columns: [{ header: "A" }], rows: [[1, 2]] })).rejects.toThrow("row 1 of the report has 2 cells but the report has 1 column");
    expect(fake.syncs).toHaveLength(0);
  });
});

describe("createOfficeWorkbook: appendToLog", () => {
  const columns = [{ header: "Date", numberFormat: "yyyy-mm-dd" }, { header: "Customer" }, { header: "Level", numberFormat: "0" }];

  it("creates the log sheet and table, then appends below the rows already there", async () => {
    const { fake, port } = setup();
    await port.appendToLog("AR Dunning Log", columns, [[DUE, "Acme", 1]]);
    await port.appendToLog("AR Dunning Log", columns, [
      [DUE + 1, "Beta", 2],
      [DUE + 2, "007", 1],
    ]);
    expect(fake.values("AR Dunning Log")).toEqual([
      ["Date", "Customer", "Level"],
      [DUE, "Acme", 1],
      [DUE + 1, "Beta", 2],
      [DUE + 2, "007", 1],
    ]);
    expect(fake.tables).toEqual([expect.objectContaining({ name: "AR_Dunning_Log", rows: 4, columns: 3 })]);
    expect(fake.sheet("AR Dunning Log")!.formats[3]).toEqual(["yyyy-mm-dd", undefined, "0"]);
  });

  it("starts the log table below what an existing sheet of its name already holds", async () => {
    const { fake, port } = setup({ sheets: [{ name: "Ledger" }, { name: "AR Call Log", values: [["Calls since May"]] }] });
    await port.appendToLog("AR Call Log", columns, [[DUE, "Acme", 1]]);
    expect(fake.values("AR Call Log")).toEqual([["Calls since May"], [], ["Date", "Customer", "Level"], [DUE, "Acme", 1]]);
    expect(fake.tables[0]).toEqual(expect.objectContaining({ top: 2, rows: 2 }));
  });

  it("fills the blank row of a log created empty instead of leaving a gap", async () => {
    const { fake, port } = setup();
    await port.appendToLog("AR Write-off Log", columns, []);
    await port.appendToLog("AR Write-off Log", columns, [[DUE, "Acme", 1]]);
    expect(fake.values("AR Write-off Log")).toEqual([
      ["Date", "Customer", "Level"],
      [DUE, "Acme", 1],
    ]);
    expect(fake.tables[0].rows).toBe(2);
  });

  it("appends a large batch in chunks under 5 MB and refuses rows of another shape", async () => {
    const { fake, port } = setup();
    await port.appendToLog("AR Log", columns, [[DUE, "Acme", 1]]);
    const rows: CellValue[][] = Array.from({ length: 80_000 }, (_, i) => [DUE, `Customer ${i} ${"y".repeat(60)}`, i % 4]);
    const syncsBefore = fake.syncs.length;
    await port.appendToLog("AR Log", columns, rows);
    const syncs = fake.syncs.slice(syncsBefore);
    expect(syncs.length).toBeGreaterThan(2);
    expect(syncs.length).toBeLessThan(10);
    for (const s of syncs) expect(s.requestBytes).toBeLessThan(LIMIT);
    expect(fake.values("AR Log")).toHaveLength(80_002);
    await expect(port.appendToLog("AR Log", [{ header: "Date" }], [[1]])).rejects.toThrow('the log table on "AR Log" has 3 columns, but 1 was given');
  });
});

describe("createOfficeWorkbook: settings", () => {
  it("round-trips settings through a visible 'AR Settings' table, keeping text as text", async () => {
    const { fake, port } = setup();
    expect(await port.readSettings()).toEqual({});
    const settings = { "aging.buckets": "30,60,90", "dunning.minDays": "007", language: "it", "=formula": "1-30" };
    await port.writeSettings(settings);
    expect(await port.readSettings()).toEqual(settings);
    expect(fake.sheet(SETTINGS_SHEET)).toBeDefined();
    expect(fake.tables.map((t) => t.name)).toEqual(["AR_Settings"]);

    await port.writeSettings({ language: "de" });
    expect(await port.readSettings()).toEqual({ language: "de" });
    expect(fake.tables).toHaveLength(1);
  });
});

describe("createOfficeWorkbook: reading", () => {
  it("reads the used range with values, number formats and the date system", async () => {
    const { port } = setup({
      sheets: [{ name: "Ledger", values: [[], ["", "Customer", "Due"], ["", "Acme", DUE]], formats: [[], [], ["General", "General", "dd/mm/yyyy"]] }],
      dateSystem: 1904,
    });
    const data = await port.readUsedRange("ledger");
    expect(data).toEqual({
      sheet: "Ledger",
      topLeft: "B2",
      row: 1,
      column: 1,
      values: [["Customer", "Due"], ["Acme", DUE]],
      numberFormats: [["General", "General"], ["General", "dd/mm/yyyy"]],
      dateSystem: 1904,
    });
    expect((await port.readUsedRange()).sheet).toBe("Ledger");
    await expect(port.readUsedRange("Nope")).rejects.toThrow('there is no sheet named "Nope"');
  });

  it("reads a large block in chunks whose responses stay under the limit", async () => {
    const rows = Array.from({ length: 40_000 }, (_, i) => [`Customer ${i} ${"z".repeat(80)}`, i, DUE]);
    const { fake, port } = setup({ sheets: [{ name: "Ledger", values: rows }] });
    const data = await port.readUsedRange("Ledger");
    expect(data.values).toEqual(rows);
    expect(fake.syncs.length).toBeGreaterThan(3);
    for (const s of fake.syncs) expect(s.responseBytes).toBeLessThan(LIMIT);
  });

  it("halves a chunk that Excel finds too large and reads it again", async () => {
    const rows = Array.from({ length: 1_000 }, (_, i) => [i < 200 ? "a" : "b".repeat(2_000)]);
    const { fake, port } = setup({ sheets: [{ name: "Ledger", values: rows }] });
    fake.responseLimit = 600_000; // the short sample rows make the first estimate far too large
    const data = await port.readUsedRange("Ledger");
    expect(data.values).toEqual(rows);
    expect(fake.syncs.some((s) => s.responseBytes > 600_000)).toBe(true); // one request was refused and split
  });

  it("reads a table's header and body without its totals row", async () => {
    const { port } = setup();
    await port.writeReport({ name: "AR T", columns: [{ header: "K" }, { header: "V" }], rows: [["a", 1], ["b", 2]], totalColumns: [1] });
    expect(await port.listTables()).toEqual([{ name: "AR_T", sheet: "AR T" }]);
    const data = await port.readTable("ar_t");
    expect(data.values).toEqual([["K", "V"], ["a", 1], ["b", 2]]);
    expect(data.topLeft).toBe("A1");
    await expect(port.readTable("Missing")).rejects.toThrow('there is no table named "Missing"');
  });

  it("lists sheets, knows the active one and selects a cell", async () => {
    const { fake, port } = setup({ sheets: [{ name: "Ledger" }, { name: "Data" }], active: "Ledger" });
    expect(await port.listSheets()).toEqual(["Ledger", "Data"]);
    expect(await port.activeSheet()).toBe("Ledger");
    await port.select("Data", 16, 2);
    expect(fake.active?.name).toBe("Data");
    expect(fake.selection).toEqual({ sheet: "Data", row: 16, column: 2 });
  });

  it("uses the global Excel when no host is given", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "Ledger" }] });
    (globalThis as { Excel?: unknown }).Excel = fake.mock;
    try {
      expect(await createOfficeWorkbook().listSheets()).toEqual(["Ledger"]);
    } finally {
      delete (globalThis as { Excel?: unknown }).Excel;
    }
  });
});
