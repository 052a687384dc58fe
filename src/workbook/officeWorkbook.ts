/**
 * The Office.js adapter of WorkbookPort: what the task pane reads from and writes to Excel.
 *
 * - Batches: each method is one Excel.run; every context.sync() ends a batch of queued work. The only
 *   syncs inside a loop are the chunk loops, one sync per chunk, because Excel on the web refuses a
 *   request or response over 5 MB: a 60 MB report is 15 batches of 4 MB, never one per row.
 * - Writes: rows go out as one 2D `values` assignment per chunk (officeChunks.planChunks measures each
 *   row's JSON), with calculation suspended for every write batch. Text is written with Excel's
 *   apostrophe prefix so "1-30" stays text (officeCells.wireCell). Dates arrive as 1900-system serials;
 *   in a 1904-system workbook the serials of date-formatted columns are moved by 1,462 days.
 * - Ownership: writeReport and appendToLog refuse any sheet for which isOwnedSheet() is false, before
 *   anything is sent to Excel. A report replaces only its own sheet: the rows are written to a new
 *   sheet, which takes the old one's name and tab position once every chunk has arrived, so nothing of
 *   a previous run lingers and a cancelled run (progress throwing) leaves the previous report intact.
 * - Settings: a visible sheet "AR Settings" holding a two-column table (setting, value), so an auditor
 *   can read them; writeSettings replaces the whole set, as the in-memory adapter does.
 * - Date system: Office.js has no workbook property for it, so the adapter asks Excel to evaluate
 *   DATE(1904,1,1) through workbook.functions (no cell is written): 0 in the 1904 system, 1462 in the
 *   1900 system; anything else (an error) is taken as 1900, the default of every Excel since 2011.
 */
import { t } from "../i18n";
import { cellAddress, checkOwnedSheet, columnReference, isValidTableName, sameName, tableNameFor, wireCell, wireRows } from "./officeCells";
import { ChunkOptions, MAX_CHUNK_CELLS, planChunks, rowBytes, rowsPerRead, WireCell } from "./officeChunks";
import { fail } from "./officeErrors";
import { CellValue, chartProblem, ChartSpec, ChartType, Progress, RangeData, ReportColumn, ReportSheet, TableInfo, WorkbookPort } from "./port";

/** Excel's chart type for each kind of chart a report carries. */
const EXCEL_CHART_TYPES: Readonly<Record<ChartType, string>> = { column: "ColumnClustered", line: "Line", pie: "Pie" };
/** Rows and columns of the sheet each chart of a report takes, placed one under the other beside the table. */
const CHART_ROWS = 16;
const CHART_COLUMNS = 8;

/**
 * Queues the charts of a report whose table header is on row `top`: one Excel chart per specification,
 * a series per value column named by its header, beside the table, one under the other.
 */
function addCharts(sheet: Excel.Worksheet, top: number, report: ReportSheet, specs: readonly ChartSpec[]): void {
  const left = report.columns.length + 1;
  specs.forEach((spec, k) => {
    const body = (column: number) => sheet.getRangeByIndexes(top + 1 + spec.firstRow, column, spec.rowCount, 1);
    const categories = body(spec.categoryColumn);
    const columns = spec.type === "pie" ? spec.valueColumns.slice(0, 1) : spec.valueColumns;
    const chart = sheet.charts.add(EXCEL_CHART_TYPES[spec.type] as Excel.ChartType, body(columns[0]), "Columns");
    columns.forEach((column, i) => {
      const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(report.columns[column].header);
      if (i > 0) series.setValues(body(column));
      series.setXAxisValues(categories);
      series.name = report.columns[column].header;
    });
    chart.title.text = spec.title;
    chart.legend.visible = spec.type === "pie" || columns.length > 1;
    const row = top + k * CHART_ROWS;
    chart.setPosition(sheet.getCell(row, left), sheet.getCell(row + CHART_ROWS - 2, left + CHART_COLUMNS - 1));
  });
}

/** The sheet and table that hold the add-in's settings. */
export const SETTINGS_SHEET = "AR Settings";
export const SETTINGS_TABLE = "AR_Settings";

/** Rows read first to measure how large the rows of a block are. */
const SAMPLE_ROWS = 200;
/** Rows autofitted for column widths: enough to be representative, few enough to stay quick. */
const AUTOFIT_ROWS = 500;

/** The part of the Excel namespace the adapter uses. */
export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

export interface OfficeWorkbookOptions extends ChunkOptions {
  /** The Excel namespace; the global `Excel` when omitted (tests pass an office-addin-mock object). */
  readonly excel?: ExcelHost;
}

type Context = Excel.RequestContext;
type DateSystem = 1900 | 1904;

/** Queues the date-system probe; read `.value` after the next sync. */
function dateProbe(context: Context): Excel.FunctionResult<number> {
  const probe = context.workbook.functions.date(1904, 1, 1);
  probe.load("value");
  return probe;
}

function dateSystemOf(probeValue: number | null | undefined): DateSystem {
  return probeValue === 0 ? 1904 : 1900;
}

/** Where every write starts, in one sync: the sheets, the tables and the workbook's date system. */
async function loadWorkbookIndex(context: Context) {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/position");
  const tables = context.workbook.tables;
  tables.load("items/name,items/worksheet/name");
  const probe = dateProbe(context);
  await context.sync();
  return { sheets, tables, dateSystem: dateSystemOf(probe.value) };
}

function isPayloadError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && /PayloadSizeLimitExceeded/i.test(code);
}

/** Sets one value for every cell of a range: Office.js applies a single (non-array) value to all cells. */
function fillNumberFormat(range: Excel.Range, format: string): void {
  range.numberFormat = format as unknown as string[][];
}

/** Checks a report before anything is sent to Excel; returns the set of totalled columns. */
function checkReport(report: ReportSheet): Set<number> {
  checkOwnedSheet(report.name);
  const width = report.columns.length;
  if (width === 0) fail("workbook.noColumns", { name: report.name });
  checkHeaders(report.columns);
  report.rows.forEach((row, i) => {
    if (row.length > width) fail("workbook.rowWidth", { row: i + 1, cells: row.length, columns: width });
  });
  const totals = new Set(report.totalColumns ?? []);
  for (const c of totals) if (!Number.isInteger(c) || c < 0 || c >= width) fail("workbook.badColumnIndex", { what: "totalColumns", column: c, columns: width });
  if (report.chart) {
    for (const c of report.chart.categoryColumns) {
      if (!Number.isInteger(c) || c < 0 || c >= width) fail("workbook.badColumnIndex", { what: "chart", column: c, columns: width });
    }
    const lastRow = report.rows.length - (totals.size > 0 ? 0 : 1);
    if (!Number.isInteger(report.chart.row) || report.chart.row < 0 || report.chart.row > lastRow) fail("workbook.badChartRow", { row: report.chart.row, rows: report.rows.length });
  }
  for (const spec of report.charts ?? []) {
    const problem = chartProblem(spec, width, report.rows.length);
    if (problem) fail(problem.key, problem.params);
  }
  if (report.tableName !== undefined && !isValidTableName(report.tableName)) fail("workbook.badTableName", { name: report.tableName });
  return totals;
}

/** Excel renames blank and repeated table headers, which would break the totals formulas: refuse them. */
function checkHeaders(columns: readonly ReportColumn[]): void {
  const seen = new Set<string>();
  columns.forEach((c, i) => {
    const key = c.header.trim().toLowerCase();
    if (key === "" || seen.has(key)) fail("workbook.badHeader", { column: i + 1, header: c.header });
    seen.add(key);
  });
}

/**
 * Writes `matrix` (header first) from row `top`, column A, in chunks: one `values` assignment and one
 * sync per chunk, calculation suspended. Whatever was queued before the call travels with the first chunk.
 */
async function writeChunks(context: Context, sheet: Excel.Worksheet, top: number, matrix: WireCell[][], sizing: ChunkOptions, progress?: Progress): Promise<void> {
  const width = matrix[0].length;
  const chunks = planChunks(matrix, sizing);
  for (const chunk of chunks) {
    context.workbook.application.suspendApiCalculationUntilNextSync();
    sheet.getRangeByIndexes(top + chunk.start, 0, chunk.count, width).values = matrix.slice(chunk.start, chunk.start + chunk.count);
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per chunk: each chunk is a batch kept under the 5 MB payload limit
    await context.sync();
    progress?.((chunk.start + chunk.count) / matrix.length);
  }
}

/** Queues a table over the block written at `top` (header plus at least one body row) and its number formats. */
function addTable(sheet: Excel.Worksheet, top: number, rowCount: number, formats: readonly string[], name: string): Excel.Table {
  const width = formats.length;
  const table = sheet.tables.add(sheet.getRangeByIndexes(top, 0, Math.max(2, rowCount), width), true);
  table.name = name;
  formats.forEach((format, c) => {
    if (format !== "General") fillNumberFormat(table.columns.getItemAt(c).getDataBodyRange(), format);
  });
  return table;
}

/**
 * Reads a block in row chunks: a first chunk of SAMPLE_ROWS rows measures the data, the rest are sized
 * from it; a chunk Excel still finds too large is halved and read again.
 */
async function readBlock(context: Context, sheet: Excel.Worksheet, sheetName: string, top: number, left: number, rowCount: number, columnCount: number, dateSystem: DateSystem, sizing: ChunkOptions): Promise<RangeData> {
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  let perChunk = Math.max(1, Math.min(SAMPLE_ROWS, Math.floor((sizing.maxCells ?? MAX_CHUNK_CELLS) / Math.max(1, columnCount))));
  let measured = false;
  let start = 0;
  while (start < rowCount) {
    const count = Math.min(perChunk, rowCount - start);
    const block = sheet.getRangeByIndexes(top + start, left, count, columnCount);
    block.load("values,numberFormat");
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per chunk: each response is kept under the 5 MB payload limit
      await context.sync();
    } catch (error) {
      if (count > 1 && isPayloadError(error)) {
        perChunk = Math.ceil(count / 2);
        continue;
      }
      throw error;
    }
    const chunkValues = block.values as CellValue[][];
    const chunkFormats = block.numberFormat as string[][];
    let largest = 0;
    for (let r = 0; r < chunkValues.length; r++) {
      values.push(chunkValues[r]);
      numberFormats.push(chunkFormats[r]);
      if (!measured) largest = Math.max(largest, rowBytes(chunkValues[r]) + rowBytes(chunkFormats[r]));
    }
    if (!measured) perChunk = rowsPerRead(largest, columnCount, sizing);
    measured = true;
    start += count;
  }
  return { sheet: sheetName, topLeft: cellAddress(top, left), row: top, column: left, values, numberFormats, dateSystem };
}

/** A sheet name not in `names`, for the new sheet that replaces an old one until the old one is gone. */
function temporaryName(names: readonly string[]): string {
  for (let k = 1; ; k++) {
    const name = `AR ~${k}`;
    if (!names.some((n) => sameName(n, name))) return name;
  }
}

/** The Office.js adapter. Every method is one Excel.run. */
export function createOfficeWorkbook(options: OfficeWorkbookOptions = {}): WorkbookPort {
  const sizing: ChunkOptions = { budgetBytes: options.budgetBytes, maxCells: options.maxCells };
  const run = <T>(batch: (context: Context) => Promise<T>): Promise<T> => {
    const host = options.excel ?? (globalThis as { Excel?: ExcelHost }).Excel;
    if (!host) throw new Error("Excel is not available: Office.js has not loaded");
    return host.run(batch);
  };

  return {
    listSheets: () =>
      run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load("items/name");
        await context.sync();
        return sheets.items.map((s) => s.name);
      }),

    activeSheet: () =>
      run(async (context) => {
        const sheet = context.workbook.worksheets.getActiveWorksheet();
        sheet.load("name");
        await context.sync();
        return sheet.name;
      }),

    listTables: () =>
      run(async (context): Promise<TableInfo[]> => {
        const tables = context.workbook.tables;
        tables.load("items/name,items/worksheet/name");
        await context.sync();
        return tables.items.map((table) => ({ name: table.name, sheet: table.worksheet.name }));
      }),

    readTable: (name) =>
      run(async (context) => {
        const tables = context.workbook.tables;
        tables.load("items/name,items/showTotals,items/worksheet/name");
        const probe = dateProbe(context);
        await context.sync();
        const table = tables.items.find((candidate) => sameName(candidate.name, name));
        if (!table) return fail("workbook.noTable", { name });
        const range = table.getRange();
        range.load("rowIndex,columnIndex,rowCount,columnCount");
        await context.sync();
        const rows = range.rowCount - (table.showTotals ? 1 : 0);
        return readBlock(context, table.worksheet, table.worksheet.name, range.rowIndex, range.columnIndex, rows, range.columnCount, dateSystemOf(probe.value), sizing);
      }),

    readUsedRange: (sheetName) =>
      run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load("items/name");
        const active = context.workbook.worksheets.getActiveWorksheet();
        active.load("name");
        const probe = dateProbe(context);
        await context.sync();
        const dateSystem = dateSystemOf(probe.value);
        const sheet = sheetName === undefined ? active : sheets.items.find((s) => sameName(s.name, sheetName));
        if (!sheet) return fail("workbook.noSheet", { name: sheetName ?? "" });
        const used = sheet.getUsedRangeOrNullObject(true);
        used.load("rowIndex,columnIndex,rowCount,columnCount");
        await context.sync();
        if (used.isNullObject) return { sheet: sheet.name, topLeft: "A1", row: 0, column: 0, values: [[""]], numberFormats: [["General"]], dateSystem };
        return readBlock(context, sheet, sheet.name, used.rowIndex, used.columnIndex, used.rowCount, used.columnCount, dateSystem, sizing);
      }),

    writeReport: async (report, progress) => {
      const totals = checkReport(report);
      const formats = report.columns.map((c) => c.numberFormat ?? "General");
      const title = report.title ?? [];
      const top = title.length > 0 ? title.length + 1 : 0;
      await run(async (context) => {
        const workbook = context.workbook;
        const { sheets, tables, dateSystem } = await loadWorkbookIndex(context);

        const old = sheets.items.find((s) => sameName(s.name, report.name));
        const others = tables.items.filter((table) => !old || !sameName(table.worksheet.name, old.name));
        const tableName = report.tableName ?? tableNameFor(report.name, new Set(others.map((table) => table.name.toLowerCase())));
        const clash = others.find((table) => sameName(table.name, tableName));
        if (clash) fail("workbook.tableNameTaken", { name: tableName, sheet: clash.worksheet.name });
        const matrix = [report.columns.map((c) => wireCell(c.header)), ...wireRows(report.rows, formats, dateSystem)];

        // The rows go to a new sheet under a temporary name; the old sheet goes only when they all
        // arrived, so a cancelled or failed write leaves the previous report as it was.
        const sheet = sheets.add(temporaryName(sheets.items.map((s) => s.name)));
        if (title.length > 0) {
          sheet.getRangeByIndexes(0, 0, title.length, 1).values = title.map((line) => [wireCell(line)]);
          sheet.getRange("A1").format.font.bold = true;
          sheet.getRange("A1").format.font.size = 14;
        }
        try {
          await writeChunks(context, sheet, top, matrix, sizing, (f) => progress?.(f * 0.95));
        } catch (error) {
          sheet.delete();
          await context.sync().catch(() => undefined);
          throw error;
        }

        // Last batch: the old sheet gives way, then the table, its totals row and formats, the chart, the view.
        workbook.application.suspendApiCalculationUntilNextSync();
        if (old) {
          sheet.position = old.position;
          old.delete();
        }
        sheet.name = report.name;
        const table = addTable(sheet, top, matrix.length, formats, tableName);
        const bodyRows = Math.max(1, report.rows.length);
        if (totals.size > 0) {
          table.showTotals = true;
          const label = totals.has(0) ? undefined : wireCell(t("workbook.total"));
          const row = report.columns.map((c, i): WireCell => (totals.has(i) ? `=SUBTOTAL(109,${tableName}${columnReference(c.header)})` : i === 0 && label ? label : ""));
          table.getTotalRowRange().formulas = [row];
          formats.forEach((format, c) => {
            if (format !== "General") fillNumberFormat(sheet.getRangeByIndexes(top + 1 + bodyRows, c, 1, 1), format);
          });
        }
        if (report.chart) {
          const columns = report.chart.categoryColumns;
          const first = Math.min(...columns);
          const count = Math.max(...columns) - first + 1;
          const chart = sheet.charts.add("ColumnClustered", sheet.getRangeByIndexes(top + 1 + report.chart.row, first, 1, count), "Rows");
          chart.series.getItemAt(0).setXAxisValues(sheet.getRangeByIndexes(top, first, 1, count));
          chart.title.text = report.chart.title;
          chart.legend.visible = false;
          chart.setPosition(sheet.getCell(top, report.columns.length + 1));
        }
        if (report.charts && report.charts.length > 0) addCharts(sheet, top, report, report.charts);
        sheet.freezePanes.freezeRows(top + 1);
        sheet.getRangeByIndexes(top, 0, Math.min(matrix.length, AUTOFIT_ROWS), report.columns.length).format.autofitColumns();
        sheet.activate();
        await context.sync();
        progress?.(1);
      });
    },

    appendToLog: async (sheetName, columns, rows) => {
      checkOwnedSheet(sheetName);
      if (columns.length === 0) fail("workbook.noColumns", { name: sheetName });
      checkHeaders(columns);
      rows.forEach((row, i) => {
        if (row.length > columns.length) fail("workbook.rowWidth", { row: i + 1, cells: row.length, columns: columns.length });
      });
      const formats = columns.map((c) => c.numberFormat ?? "General");
      await run(async (context) => {
        const workbook = context.workbook;
        const { sheets, tables, dateSystem } = await loadWorkbookIndex(context);
        const body = wireRows(rows, formats, dateSystem);
        const sheet = sheets.items.find((s) => sameName(s.name, sheetName));
        const table = sheet && tables.items.find((candidate) => sameName(candidate.worksheet.name, sheet.name));

        if (table) {
          const header = table.getHeaderRowRange();
          header.load("columnCount");
          const existing = table.getDataBodyRange();
          existing.load("rowCount");
          const firstRow = existing.getRow(0);
          firstRow.load("values");
          await context.sync();
          if (header.columnCount !== columns.length) fail("workbook.logColumns", { name: sheetName, columns: header.columnCount, given: columns.length });
          if (body.length === 0) return;
          // A table created without rows holds one blank row: the first appended row fills it.
          const blankFirst = existing.rowCount === 1 && (firstRow.values[0] as CellValue[]).every((v) => v === "" || v === null);
          const chunks = planChunks(body, sizing);
          for (const [i, chunk] of chunks.entries()) {
            workbook.application.suspendApiCalculationUntilNextSync();
            let part = body.slice(chunk.start, chunk.start + chunk.count);
            if (i === 0 && blankFirst) {
              firstRow.values = [part[0]];
              part = part.slice(1);
            }
            if (part.length > 0) table.rows.add(undefined, part);
            if (i === chunks.length - 1) {
              formats.forEach((format, c) => {
                if (format !== "General") fillNumberFormat(table.columns.getItemAt(c).getDataBodyRange(), format);
              });
            }
            // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per chunk: each chunk is a batch kept under the 5 MB payload limit
            await context.sync();
          }
          return;
        }

        // No log table yet: below whatever the sheet holds, or on a new sheet.
        let top = 0;
        if (sheet) {
          const used = sheet.getUsedRangeOrNullObject(true);
          used.load("rowIndex,rowCount");
          await context.sync();
          if (!used.isNullObject) top = used.rowIndex + used.rowCount + 1;
        }
        const target = sheet ?? sheets.add(sheetName);
        const name = tableNameFor(sheetName, new Set(tables.items.map((candidate) => candidate.name.toLowerCase())));
        const matrix = [columns.map((c) => wireCell(c.header)), ...body];
        await writeChunks(context, target, top, matrix, sizing);
        workbook.application.suspendApiCalculationUntilNextSync();
        addTable(target, top, matrix.length, formats, name);
        target.getRangeByIndexes(top, 0, Math.min(matrix.length, AUTOFIT_ROWS), columns.length).format.autofitColumns();
        await context.sync();
      });
    },

    readSettings: () =>
      run(async (context) => {
        const tables = context.workbook.tables;
        tables.load("items/name,items/worksheet/name");
        await context.sync();
        const table = tables.items.find((candidate) => sameName(candidate.worksheet.name, SETTINGS_SHEET));
        if (!table) return {};
        const body = table.getDataBodyRange();
        body.load("values");
        await context.sync();
        const settings: Record<string, string> = {};
        for (const [key, value] of body.values as CellValue[][]) {
          const name = String(key ?? "").trim();
          if (name !== "") settings[name] = value === null || value === undefined ? "" : String(value);
        }
        return settings;
      }),

    writeSettings: (settings) =>
      run(async (context) => {
        const workbook = context.workbook;
        const sheets = workbook.worksheets;
        sheets.load("items/name");
        const tables = workbook.tables;
        tables.load("items/name,items/worksheet/name");
        await context.sync();
        const existing = sheets.items.find((s) => sameName(s.name, SETTINGS_SHEET));
        let sheet: Excel.Worksheet;
        if (existing) {
          // The whole set is rewritten: the sheet belongs to the add-in and holds nothing else.
          tables.items.filter((table) => sameName(table.worksheet.name, SETTINGS_SHEET)).forEach((table) => table.delete());
          existing.getRange().clear();
          sheet = existing;
        } else {
          sheet = sheets.add(SETTINGS_SHEET);
        }
        const others = tables.items.filter((table) => !sameName(table.worksheet.name, SETTINGS_SHEET)).map((table) => table.name.toLowerCase());
        const name = others.includes(SETTINGS_TABLE.toLowerCase()) ? tableNameFor(SETTINGS_TABLE, new Set(others)) : SETTINGS_TABLE;
        const entries = Object.entries(settings).map(([key, value]) => [key, value]);
        const matrix = [[t("workbook.settingKey"), t("workbook.settingValue")], ...entries].map((row) => row.map((cell) => wireCell(cell)));
        await writeChunks(context, sheet, 0, matrix, sizing);
        addTable(sheet, 0, matrix.length, ["@", "@"], name);
        sheet.getRangeByIndexes(0, 0, Math.min(matrix.length, AUTOFIT_ROWS), 2).format.autofitColumns();
        await context.sync();
      }),

    select: (sheetName, row, column) =>
      run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load("items/name");
        await context.sync();
        const sheet = sheets.items.find((s) => sameName(s.name, sheetName));
        if (!sheet) return fail("workbook.noSheet", { name: sheetName });
        sheet.activate();
        sheet.getCell(row, column).select();
        await context.sync();
      }),
  };
}
