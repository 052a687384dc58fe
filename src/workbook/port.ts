/**
 * The port the task pane talks to: everything it reads from or writes to the workbook. Two adapters
 * implement it: Office.js (inside Excel) and in-memory (workbench and tests). Components never call
 * Excel.run; they receive a WorkbookPort.
 */

/** A cell value as Excel hands it over: errors arrive as their text ("#N/A"). */
export type CellValue = string | number | boolean | null;

/** Values (and number formats, where the host has them) of a rectangular block of cells. */
export interface RangeData {
  readonly sheet: string;
  /** A1 address of the top-left cell, e.g. "A1". */
  readonly topLeft: string;
  /** 0-based row and column of the top-left cell on the sheet. */
  readonly row: number;
  readonly column: number;
  readonly values: CellValue[][];
  /** Same shape as values; "General" where unknown. */
  readonly numberFormats?: string[][];
  /** The workbook's date system (1904 for some Mac workbooks). */
  readonly dateSystem: 1900 | 1904;
}

export interface TableInfo {
  readonly name: string;
  readonly sheet: string;
}

/** A column of a written report: its header and the number format of its cells. */
export interface ReportColumn {
  readonly header: string;
  /** An Excel number format such as "#,##0.00", "yyyy-mm-dd" or "@"; "General" when omitted. */
  readonly numberFormat?: string;
}

/** A sheet the add-in owns and writes whole: a table with a header row and, optionally, totals and a chart. */
export interface ReportSheet {
  /** Must start with "AR " (the add-in never writes a user's sheet). */
  readonly name: string;
  /** Lines written above the table (title, as-of date, source). */
  readonly title?: readonly string[];
  readonly columns: readonly ReportColumn[];
  readonly rows: readonly CellValue[][];
  /** Excel table name (letters, digits, underscores); defaults to one derived from the sheet name. */
  readonly tableName?: string;
  /** Adds Excel's totals row summing these column indexes. */
  readonly totalColumns?: readonly number[];
  /** A clustered column chart of one row (e.g. the Total row's buckets). */
  readonly chart?: { readonly title: string; readonly categoryColumns: readonly number[]; readonly row: number };
  /** Charts of blocks of the table's body (Excel charts in Excel; the workbench draws the same specification). */
  readonly charts?: readonly ChartSpec[];
}

/** The kinds of chart a report can carry. */
export type ChartType = "column" | "line" | "pie";

/**
 * A chart of a block of a report's rows: categories down one column, one series per value column
 * (named by its header; a pie takes the first). Rows are 0-based body rows of the report.
 */
export interface ChartSpec {
  readonly type: ChartType;
  readonly title: string;
  readonly firstRow: number;
  readonly rowCount: number;
  readonly categoryColumn: number;
  readonly valueColumns: readonly number[];
}

/** The first problem of a chart specification against a report of `columns` columns and `rows` body rows, or null. */
export function chartProblem(spec: ChartSpec, columns: number, rows: number): { readonly key: string; readonly params: Record<string, string | number> } | null {
  for (const c of [spec.categoryColumn, ...spec.valueColumns]) {
    if (!Number.isInteger(c) || c < 0 || c >= columns) return { key: "workbook.badColumnIndex", params: { what: "charts", column: c, columns } };
  }
  if (spec.valueColumns.length === 0) return { key: "workbook.badColumnIndex", params: { what: "charts", column: -1, columns } };
  const { firstRow, rowCount } = spec;
  if (!Number.isInteger(firstRow) || !Number.isInteger(rowCount) || firstRow < 0 || rowCount < 1 || firstRow + rowCount > rows) return { key: "workbook.badChartRow", params: { row: firstRow + rowCount, rows } };
  return null;
}

/** Progress of a long write, 0..1; return false (or throw) from the caller's check to cancel. */
export type Progress = (fraction: number) => void;

export interface WorkbookPort {
  /** Names of the sheets, in tab order. */
  listSheets(): Promise<string[]>;
  /** The sheet the user has selected. */
  activeSheet(): Promise<string>;
  /** Excel tables of the workbook. */
  listTables(): Promise<TableInfo[]>;
  /** A table's header and body. */
  readTable(name: string): Promise<RangeData>;
  /** The used range of a sheet (the active one when omitted). */
  readUsedRange(sheet?: string): Promise<RangeData>;
  /** Creates or replaces a sheet the add-in owns; refuses any name not starting with "AR ". */
  writeReport(report: ReportSheet, progress?: Progress): Promise<void>;
  /** Appends rows to an add-in log table (created with `columns` on its own "AR " sheet if missing). */
  appendToLog(sheet: string, columns: readonly ReportColumn[], rows: readonly CellValue[][]): Promise<void>;
  /** Settings kept in the workbook (never in the pane). */
  readSettings(): Promise<Record<string, string>>;
  writeSettings(settings: Record<string, string>): Promise<void>;
  /** Selects a cell so the user sees it (jump to a rejected row). 0-based row and column. */
  select(sheet: string, row: number, column: number): Promise<void>;
}

/** The prefix of every sheet the add-in owns. */
export const OWNED_PREFIX = "AR ";

/** True when the add-in may write a sheet of this name. */
export function isOwnedSheet(name: string): boolean {
  return name.startsWith(OWNED_PREFIX) && name.length > OWNED_PREFIX.length && name.length <= 31;
}
