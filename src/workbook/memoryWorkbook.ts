/**
 * The in-memory adapter of WorkbookPort, for the workbench page and the tests. It behaves as the
 * Office.js adapter does where a caller can tell: it refuses to write sheets the add-in does not own,
 * writes a report as a table with a header row and a totals row, splits large writes into requests
 * under Excel on the web's 5 MB payload limit (recording the largest), and keeps settings in the
 * workbook. A report write is applied only when every chunk succeeded, so a cancelled run leaves
 * nothing half written.
 */
import { columnLetters, fromMinor, toMinor } from "../domain/core";
import { t } from "../i18n";
import { Chunk, CHUNK_BUDGET_BYTES, chunkPlanner, rowBytes } from "./officeChunks";
import { fail } from "./officeErrors";
import { Pacer, pacer, yieldToHost } from "./pacing";
import { CellValue, chartProblem, ChartSpec, ChartType, isOwnedSheet, Progress, RangeData, ReportColumn, ReportSheet, TableInfo, WorkbookPort } from "./port";

/** Bytes of cell data per write request: the Office adapter's budget, under Excel on the web's 5 MB. */
export const MAX_WRITE_BYTES = CHUNK_BUDGET_BYTES;
/** Most rows a read copies between two pauses (it pauses sooner when its time budget is spent). */
const READ_SLICE_ROWS = 50_000;
/** Rows copied, measured or written between two looks at the clock. */
const STEP_ROWS = 1000;

/** A table on a sheet: 0-based top-left, row count including the header (and totals row, if any). */
export interface MemoryTable {
  readonly name: string;
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
  readonly totalsRow: boolean;
}

/** A chart the adapter was asked to draw: the cells of its categories and values, 0-based. */
export interface MemoryChart {
  readonly sheet: string;
  readonly title: string;
  readonly categories: readonly string[];
  /** The values of the first (or only) series. */
  readonly values: readonly number[];
  /** The kind of chart of a ChartSpec ("column" for the one-row chart of `ReportSheet.chart`, where absent). */
  readonly type?: ChartType;
  /** Every series of a ChartSpec chart, named by its column's header. */
  readonly series?: readonly { readonly name: string; readonly values: readonly number[] }[];
}

export interface MemorySheetInit {
  readonly name: string;
  readonly values?: CellValue[][];
  readonly numberFormats?: string[][];
  /** Tables on this sheet: top-left as A1 ("A1" when omitted) and size (the used range when omitted). */
  readonly tables?: readonly { readonly name: string; readonly topLeft?: string; readonly rows?: number; readonly columns?: number }[];
}

export interface MemoryWorkbookOptions {
  readonly dateSystem?: 1900 | 1904;
  readonly activeSheet?: string;
  readonly settings?: Record<string, string>;
  /** Largest single write request, in bytes of JSON (default MAX_WRITE_BYTES). */
  readonly maxWriteBytes?: number;
  /**
   * Lets the page breathe (default: yieldToHost): between two write requests, as Office.js returns to
   * the event loop between two syncs, and within a long read or write once its time budget is spent.
   */
  readonly yieldBetweenChunks?: () => Promise<void>;
  /** Time budget of a stretch of a read or write between two pauses, ms (default SLICE_BUDGET_MS; Infinity: pause on row counts alone). */
  readonly sliceBudgetMs?: number;
}

/** What the adapter has done, for the bench and the tests. */
export interface MemoryWorkbookStats {
  readonly writeRequests: number;
  /** Size in bytes (UTF-8 JSON) of the largest single write request. */
  readonly largestWriteBytes: number;
}

export interface Selection {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
}

/** The port plus synchronous access for the workbench grid and the tests. */
export interface MemoryWorkbook extends WorkbookPort {
  readonly dateSystem: 1900 | 1904;
  sheetNames(): string[];
  /** The active sheet, synchronously. */
  active(): string;
  setActive(sheet: string): void;
  /** A sheet's cells from A1 (rows may be shorter than others; missing cells are empty). */
  values(sheet: string): readonly (readonly CellValue[])[];
  numberFormat(sheet: string, row: number, column: number): string;
  /**
   * Writes cells of a user sheet (the workbench grid), starting at 0-based row and column; with
   * `formats`, also their number formats (undefined: General).
   */
  setValues(sheet: string, row: number, column: number, values: CellValue[][], formats?: readonly (readonly (string | undefined)[])[]): void;
  /** Adds a sheet with a unique name derived from `name` (and a table over its cells); returns the name used. */
  addSheet(name: string, values: CellValue[][], options?: { readonly tableName?: string; readonly numberFormats?: string[][] }): string;
  tables(): readonly MemoryTable[];
  charts(): readonly MemoryChart[];
  selection(): Selection | null;
  stats(): MemoryWorkbookStats;
  /** Calls `listener` after every change; returns the function that stops it. */
  subscribe(listener: () => void): () => void;
  /** Increases with every change (for React's useSyncExternalStore). */
  version(): number;
}

interface Sheet {
  name: string;
  values: CellValue[][];
  formats: (string | undefined)[][];
}


/** "B3" → { row: 2, column: 1 }; null when the text is not an A1 cell address. */
export function parseCellAddress(address: string): { row: number; column: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!m) return null;
  let column = 0;
  for (const ch of m[1].toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(m[2]);
  return row >= 1 ? { row: row - 1, column: column - 1 } : null;
}

function isEmpty(v: CellValue | undefined): boolean {
  return v === null || v === undefined || v === "";
}

/** A valid, unique Excel table name from a sheet name: "AR Aging 2026-11-25" → "AR_Aging_2026_11_25". */
function tableNameFor(base: string, taken: Set<string>): string {
  let name = base.replace(/[^A-Za-z0-9_]/g, "_");
  if (!/^[A-Za-z_]/.test(name)) name = `_${name}`;
  let candidate = name;
  for (let k = 2; taken.has(candidate.toLowerCase()); k++) candidate = `${name}_${k}`;
  return candidate;
}

export function createMemoryWorkbook(initial: readonly MemorySheetInit[] = [], options: MemoryWorkbookOptions = {}): MemoryWorkbook {
  const dateSystem = options.dateSystem ?? 1900;
  const maxWriteBytes = options.maxWriteBytes ?? MAX_WRITE_BYTES;
  const pause = options.yieldBetweenChunks ?? yieldToHost;
  const budgetMs = options.sliceBudgetMs;
  const sheets: Sheet[] = [];
  let tableList: MemoryTable[] = [];
  let chartList: MemoryChart[] = [];
  let settings: Record<string, string> = { ...(options.settings ?? {}) };
  let activeName = "";
  let selected: Selection | null = null;
  let writeRequests = 0;
  let largestWriteBytes = 0;
  let changes = 0;
  const listeners = new Set<() => void>();

  const changed = () => {
    changes++;
    listeners.forEach((l) => l());
  };
  const find = (name: string): Sheet | undefined => sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  const sheetOrFail = (name: string): Sheet => {
    const sheet = find(name);
    if (!sheet) fail("workbook.noSheet", { name });
    return sheet;
  };
  const uniqueSheetName = (wanted: string): string => {
    const base = (wanted.replace(/[\\/?*[\]:]/g, " ").trim() || "Sheet").slice(0, 31);
    let name = base;
    for (let k = 2; find(name); k++) name = `${base.slice(0, 31 - String(k).length - 1)} ${k}`;
    return name;
  };
  const takenTableNames = (exceptSheet?: string) => new Set(tableList.filter((t) => t.sheet !== exceptSheet).map((t) => t.name.toLowerCase()));

  /** Counts a write request of `payload` cells, as the Office adapter would send it. */
  const request = (rows: readonly (readonly unknown[])[]): number => {
    let bytes = 2;
    for (const row of rows) bytes += rowBytes(row);
    return countRequest(bytes);
  };
  /** Counts a write request of `bytes` (cells already measured, brackets included). */
  const countRequest = (bytes: number): number => {
    writeRequests++;
    largestWriteBytes = Math.max(largestWriteBytes, bytes);
    return bytes;
  };

  type Bounds = { top: number; bottom: number; left: number; right: number };
  /** Widens `b` to the non-empty cells of rows [from, to). */
  const boundRows = (sheet: Sheet, from: number, to: number, b: Bounds) => {
    for (let r = from; r < to; r++) {
      const row = sheet.values[r];
      if (!row) continue;
      for (let c = 0; c < row.length; c++) {
        if (isEmpty(row[c])) continue;
        if (b.top < 0) b.top = r;
        b.bottom = r;
        if (c < b.left) b.left = c;
        if (c > b.right) b.right = c;
      }
    }
  };
  const noBounds = (): Bounds => ({ top: -1, bottom: -1, left: Infinity, right: -1 });
  const usedBounds = (sheet: Sheet): Bounds | null => {
    const b = noBounds();
    boundRows(sheet, 0, sheet.values.length, b);
    return b.top < 0 ? null : b;
  };
  /** usedBounds a step at a time, pausing when `pace`'s time budget is spent (scanned rows are not copied rows: they do not count). */
  const usedBoundsPaced = async (sheet: Sheet, pace: Pacer): Promise<Bounds | null> => {
    const b = noBounds();
    const rows = sheet.values.length;
    for (let r = 0; r < rows; r += STEP_ROWS) {
      await pace.ahead(0);
      boundRows(sheet, r, Math.min(rows, r + STEP_ROWS), b);
    }
    return b.top < 0 ? null : b;
  };
  const readPacer = () => pacer(pause, { budgetMs, maxRows: READ_SLICE_ROWS });

  // Reads copy the cells in slices with a pause between them, as Office.js reads arrive in requests,
  // so the pane stays responsive while a million-row sheet is read.
  const block = async (sheet: Sheet, row: number, column: number, rows: number, columns: number, pace = readPacer()): Promise<RangeData> => {
    // One big array per stretch (a million-entry array takes a while to make).
    const values: CellValue[][] = new Array(rows);
    await pace.ahead(0);
    const numberFormats: string[][] = new Array(rows);
    // Rows without formats (nearly all of a pasted ledger) share one row of "General".
    const general = new Array<string>(columns).fill("General");
    for (let r = 0; r < rows; r++) {
      if (r % STEP_ROWS === 0) await pace.ahead(Math.min(STEP_ROWS, rows - r));
      const src = sheet.values[row + r] ?? [];
      const fmt = sheet.formats[row + r];
      const out = new Array<CellValue>(columns);
      for (let c = 0; c < columns; c++) {
        const v = src[column + c];
        out[c] = v === undefined ? null : v;
      }
      values[r] = out;
      if (!fmt) numberFormats[r] = general;
      else {
        const outFmt = new Array<string>(columns);
        for (let c = 0; c < columns; c++) outFmt[c] = fmt[column + c] ?? "General";
        numberFormats[r] = outFmt;
      }
    }
    return { sheet: sheet.name, topLeft: `${columnLetters(column)}${row + 1}`, row, column, values, numberFormats, dateSystem };
  };

  const put = (sheet: Sheet, row: number, column: number, values: readonly (readonly CellValue[])[], formats?: readonly (string | undefined)[]) => {
    values.forEach((cells, r) => {
      const target = (sheet.values[row + r] ??= []);
      // A copy of the row's formats: a report's rows share one array of formats (see writeReport).
      const fmtRow = formats ? (sheet.formats[row + r] = [...(sheet.formats[row + r] ?? [])]) : undefined;
      cells.forEach((v, c) => {
        target[column + c] = v === undefined ? null : v;
        if (fmtRow && formats) fmtRow[column + c] = formats[c];
      });
    });
    for (let r = 0; r < row; r++) sheet.values[r] ??= [];
  };

  for (const init of initial) {
    const name = uniqueSheetName(init.name);
    const sheet: Sheet = { name, values: (init.values ?? []).map((r) => [...r]), formats: (init.numberFormats ?? []).map((r) => [...r]) };
    sheets.push(sheet);
    for (const t of init.tables ?? []) {
      const at = parseCellAddress(t.topLeft ?? "A1") ?? { row: 0, column: 0 };
      const bounds = usedBounds(sheet);
      const rowCount = t.rows ?? (bounds ? bounds.bottom - at.row + 1 : 1);
      const columnCount = t.columns ?? (bounds ? bounds.right - at.column + 1 : 1);
      tableList.push({ name: tableNameFor(t.name, takenTableNames()), sheet: name, row: at.row, column: at.column, rowCount, columnCount, totalsRow: false });
    }
  }
  activeName = (options.activeSheet && find(options.activeSheet)?.name) || sheets[0]?.name || "";

  const writeReportNow = async (report: ReportSheet, progress?: Progress): Promise<void> => {
    if (!isOwnedSheet(report.name)) fail("workbook.notOwned", { name: report.name });
    const width = report.columns.length;
    if (width === 0) fail("workbook.noColumns", { name: report.name });
    const seen = new Set<string>();
    report.columns.forEach((c, i) => {
      const key = c.header.trim().toLowerCase();
      if (key === "" || seen.has(key)) fail("workbook.badHeader", { column: i + 1, header: c.header });
      seen.add(key);
    });
    for (const c of [...(report.totalColumns ?? []), ...(report.chart?.categoryColumns ?? [])]) {
      if (!Number.isInteger(c) || c < 0 || c >= width) fail("workbook.badColumnIndex", { what: "columns", column: c, columns: width });
    }
    for (const spec of report.charts ?? []) {
      const problem = chartProblem(spec, width, report.rows.length);
      if (problem) fail(problem.key, problem.params);
    }
    // The rows are checked (width, size) one by one as they are written, not in a pass over all of them
    // first: a refused row still leaves nothing behind, as nothing is applied before the end.
    const existing = find(report.name);
    const title = report.title ?? [];
    const top = title.length > 0 ? title.length + 1 : 0;
    // Sized once for the title, header, body and totals rows (a million appends would copy the rows'
    // array each time it grows), one array per stretch (a million-entry array takes a while to make).
    const pace = pacer(pause, { budgetMs });
    const height = top + 1 + report.rows.length + ((report.totalColumns ?? []).length > 0 ? 1 : 0);
    const values: CellValue[][] = new Array(height);
    await pace.ahead(0);
    const sheet: Sheet = { name: existing?.name ?? report.name, values, formats: new Array(height) };
    await pace.ahead(0);
    const formats = report.columns.map((c: ReportColumn) => c.numberFormat ?? "General");
    progress?.(0);
    // The title and header in one request, then the body in chunks under the payload limit.
    const head = [...title.map((line) => [line]), ...(title.length > 0 ? [[]] : []), report.columns.map((c) => c.header)];
    request(head);
    put(sheet, 0, 0, title.map((line) => [line]));
    put(sheet, top, 0, [report.columns.map((c) => c.header)]);
    const sums = new Set(report.totalColumns ?? []);
    const summed = [...sums];
    // Summed in cents, exactly, as the report's own figures are (a double sum would drift), row by row.
    const cents = summed.map(() => 0);
    const total = report.rows.length;
    // Row by row: measured into requests under the payload limit (a pause between two requests, as
    // between two syncs), checked, copied and summed, with a pause whenever the time budget is spent.
    const planner = chunkPlanner({ budgetBytes: maxWriteBytes });
    const sent = (chunk: Chunk) => {
      countRequest(chunk.bytes + 2);
      progress?.((chunk.start + chunk.count) / total);
    };
    for (let r = 0; r < total; r++) {
      if (r % STEP_ROWS === 0) await pace.ahead(Math.min(STEP_ROWS, total - r));
      const cells = report.rows[r];
      const closed = planner.add(cells);
      if (closed) {
        sent(closed);
        await pace.pause();
      }
      if (cells.length > width) fail("workbook.rowWidth", { row: r + 1, cells: cells.length, columns: width });
      const at = top + 1 + r;
      sheet.values[at] = cells.map((v) => (v === undefined ? null : v));
      // Rows as wide as the report share one array of formats (a million rows, one array): put copies a row's before changing it.
      sheet.formats[at] = cells.length === width ? formats : formats.slice(0, cells.length);
      for (let k = 0; k < summed.length; k++) {
        const v = cells[summed[k]];
        if (typeof v === "number") cents[k] += toMinor(v);
      }
    }
    const last = planner.end();
    if (last) sent(last);
    const totalsRowIndex = top + 1 + total;
    const totals: CellValue[] = report.columns.map(() => null);
    summed.forEach((c, k) => {
      totals[c] = fromMinor(cents[k]);
    });
    if (sums.size > 0) {
      if (!sums.has(0)) totals[0] = t("workbook.total");
      request([totals]);
      put(sheet, totalsRowIndex, 0, [totals], formats);
    }
    const taken = takenTableNames(existing?.name);
    if (report.tableName && taken.has(report.tableName.toLowerCase())) {
      fail("workbook.tableNameTaken", { name: report.tableName, sheet: tableList.find((tb) => tb.name.toLowerCase() === report.tableName!.toLowerCase())!.sheet });
    }
    const table: MemoryTable = {
      name: report.tableName ?? tableNameFor(report.name, taken),
      sheet: sheet.name,
      row: top,
      column: 0,
      rowCount: report.rows.length + 1 + (sums.size > 0 ? 1 : 0),
      columnCount: width,
      totalsRow: sums.size > 0,
    };
    const chart = report.chart ? chartOf(report, sheet, top, totals) : undefined;
    const specCharts = (report.charts ?? []).map((spec) => specChart(report, sheet.name, spec));
    // Everything succeeded: replace the old sheet (same tab position) or add the new one at the end.
    if (existing) sheets[sheets.indexOf(existing)] = sheet;
    else sheets.push(sheet);
    tableList = tableList.filter((t) => t.sheet !== sheet.name).concat(table);
    chartList = chartList.filter((c) => c.sheet !== sheet.name).concat(chart ? [chart] : [], specCharts);
    activeName = sheet.name;
    progress?.(1);
    changed();
  };

  const chartOf = (report: ReportSheet, sheet: Sheet, top: number, totals: CellValue[]): MemoryChart => {
    const spec = report.chart!;
    const rowValues = spec.row >= report.rows.length ? totals : report.rows[spec.row] ?? [];
    return {
      sheet: sheet.name,
      title: spec.title,
      categories: spec.categoryColumns.map((c) => String(sheet.values[top]?.[c] ?? "")),
      values: spec.categoryColumns.map((c) => (typeof rowValues[c] === "number" ? (rowValues[c] as number) : 0)),
    };
  };

  /** The chart a ChartSpec draws, from the report's own rows (the cells as written). */
  const specChart = (report: ReportSheet, sheet: string, spec: ChartSpec): MemoryChart => {
    const rows = report.rows.slice(spec.firstRow, spec.firstRow + spec.rowCount);
    const number = (v: CellValue | undefined) => (typeof v === "number" && Number.isFinite(v) ? v : 0);
    const columns = spec.type === "pie" ? spec.valueColumns.slice(0, 1) : spec.valueColumns;
    const series = columns.map((c) => ({ name: report.columns[c].header, values: rows.map((r) => number(r[c])) }));
    const categories = rows.map((r) => {
      const v = r[spec.categoryColumn];
      return v === null || v === undefined ? "" : String(v);
    });
    return { sheet, title: spec.title, type: spec.type, categories, values: series[0].values, series };
  };

  const port: MemoryWorkbook = {
    dateSystem,
    async listSheets() {
      return sheets.map((s) => s.name);
    },
    async activeSheet() {
      return activeName;
    },
    async listTables(): Promise<TableInfo[]> {
      return tableList.map((t) => ({ name: t.name, sheet: t.sheet }));
    },
    async readTable(name) {
      const table = tableList.find((t) => t.name.toLowerCase() === name.toLowerCase());
      if (!table) fail("workbook.noTable", { name });
      return await block(sheetOrFail(table.sheet), table.row, table.column, table.rowCount - (table.totalsRow ? 1 : 0), table.columnCount);
    },
    async readUsedRange(sheetName) {
      const sheet = sheetOrFail(sheetName ?? activeName);
      const pace = readPacer();
      const b = await usedBoundsPaced(sheet, pace);
      if (!b) return await block(sheet, 0, 0, 1, 1, pace);
      return await block(sheet, b.top, b.left, b.bottom - b.top + 1, b.right - b.left + 1, pace);
    },
    writeReport: writeReportNow,
    async appendToLog(sheetName, columns, rows) {
      if (!isOwnedSheet(sheetName)) fail("workbook.notOwned", { name: sheetName });
      let sheet = find(sheetName);
      let table = sheet && tableList.find((t) => t.sheet === sheet!.name);
      if (!sheet || !table) {
        if (!sheet) sheets.push((sheet = { name: sheetName, values: [], formats: [] }));
        request([columns.map((c) => c.header)]);
        put(sheet, 0, 0, [columns.map((c) => c.header)]);
        table = { name: tableNameFor(sheetName, takenTableNames()), sheet: sheet.name, row: 0, column: 0, rowCount: 1, columnCount: columns.length, totalsRow: false };
        tableList.push(table);
      }
      if (table.columnCount !== columns.length) fail("workbook.logColumns", { name: sheetName, columns: table.columnCount, given: columns.length });
      if (rows.length > 0) {
        request(rows);
        put(sheet, table.row + table.rowCount, table.column, rows, columns.map((c) => c.numberFormat ?? "General"));
        const grown = { ...table, rowCount: table.rowCount + rows.length };
        tableList = tableList.map((t) => (t === table ? grown : t));
      }
      changed();
    },
    async readSettings() {
      return { ...settings };
    },
    async writeSettings(next) {
      request(Object.entries(next));
      settings = { ...next };
      changed();
    },
    async select(sheetName, row, column) {
      const sheet = sheetOrFail(sheetName);
      activeName = sheet.name;
      selected = { sheet: sheet.name, row, column };
      changed();
    },
    sheetNames: () => sheets.map((s) => s.name),
    active: () => activeName,
    setActive(name) {
      activeName = sheetOrFail(name).name;
      changed();
    },
    values: (name) => sheetOrFail(name).values,
    numberFormat: (name, row, column) => sheetOrFail(name).formats[row]?.[column] ?? "General",
    setValues(name, row, column, values, formats) {
      const sheet = sheetOrFail(name);
      put(sheet, row, column, values);
      formats?.forEach((cells, r) => {
        const fmtRow = (sheet.formats[row + r] ??= []);
        cells.forEach((f, c) => {
          fmtRow[column + c] = f;
        });
      });
      changed();
    },
    addSheet(name, values, addOptions = {}) {
      const unique = uniqueSheetName(name);
      const tableName = addOptions.tableName;
      const sheet: Sheet = { name: unique, values: values.map((r) => [...r]), formats: (addOptions.numberFormats ?? []).map((r) => [...r]) };
      sheets.push(sheet);
      if (tableName) {
        const b = usedBounds(sheet);
        if (b) tableList.push({ name: tableNameFor(tableName, takenTableNames()), sheet: unique, row: b.top, column: b.left, rowCount: b.bottom - b.top + 1, columnCount: b.right - b.left + 1, totalsRow: false });
      }
      activeName = unique;
      changed();
      return unique;
    },
    tables: () => tableList,
    charts: () => chartList,
    selection: () => selected,
    stats: () => ({ writeRequests, largestWriteBytes }),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    version: () => changes,
  };
  return port;
}
