import { xmlChars, XlsxWriter } from "./xlsx";

/** A cell of an exported table: text, a number, a date, or empty. */
export type TableCell = string | number | Date | null | undefined;

/**
 * The characters that make a spreadsheet read a cell as a formula (or a DDE call): = + - @, tab and
 * CR (OWASP "CSV injection"), and the full-width = + - @ that some input methods type and Excel
 * treats the same way.
 */
const FORMULA_START = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

/**
 * A cell that no spreadsheet runs as a formula: text starting with = + - @ tab or CR gets a leading
 * apostrophe (shown by Excel as text, the apostrophe hidden); numbers, dates and empty cells are kept.
 *
 * @example
 * guardCell("=HYPERLINK(\"http://x\")") //=> "'=HYPERLINK(\"http://x\")"
 * guardCell(-12.5) //=> -12.5
 */
export function guardCell<T extends TableCell>(value: T): T {
  return (typeof value === "string" && FORMULA_START.test(value) ? `'${value}` : value) as T;
}

/** A cell as CSV text: numbers as JavaScript writes them (a dot for decimals), dates as YYYY-MM-DD. */
function csvText(value: TableCell): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  return value;
}

/** RFC 4180: a field with a quote, comma, CR or LF is quoted, its quotes doubled; ";" too, for Excel's European list separator. */
function csvField(value: TableCell): string {
  const text = csvText(guardCell(value));
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A table as CSV (RFC 4180): comma-separated, CRLF after every record, a UTF-8 byte-order mark so
 * Excel reads accents right, every cell guarded against formula injection.
 *
 * @example
 * tableCsv(["Name", "Amount"], [["Łódź, Sp. z o.o.", 12.5]]) //=> '\uFEFFName,Amount\r\n"Łódź, Sp. z o.o.",12.5\r\n'
 */
export function tableCsv(headers: readonly string[], rows: readonly (readonly TableCell[])[]): string {
  const lines = [headers, ...rows].map((r) => r.map(csvField).join(",") + "\r\n");
  return "\uFEFF" + lines.join("");
}

/** How one column of an XLSX table is shown. */
export interface XlsxColumn {
  /** An Excel number format, e.g. "yyyy-mm-dd" for dates or "#,##0.00" for amounts. */
  readonly numFmt?: string;
  /** Width in characters; by default from the header and the longest cell, 8 to 60. */
  readonly width?: number;
}

/** Excel's sheet-name rules: at most 31 characters, none of \ / ? * [ ] :, not blank. */
export function safeSheetName(name: string): string {
  const clean = name.replace(/[\\/?*[\]:]/g, "_").replace(/^'+|'+$/g, "").slice(0, 31).trim();
  return clean === "" ? "Sheet1" : clean;
}

/** Rows of work at most between two pauses, and the time a stretch may run before it pauses (ms; the pane's budget is 10). */
const STRETCH = { rows: 500, ms: 8 };

/** Decides when a long write pauses: a tick per row, a pause once the stretch has used its rows or its time. */
function stretches(pause: (() => Promise<void>) | undefined): () => Promise<void> | undefined {
  if (!pause) return () => undefined;
  let since = performance.now();
  let rows = 0;
  return () => {
    if (++rows < STRETCH.rows && performance.now() - since < STRETCH.ms) return undefined;
    return pause().then(() => {
      since = performance.now();
      rows = 0;
    });
  };
}

/**
 * A table as an XLSX workbook of one sheet: a bold, frozen header row, text cells guarded against
 * formula injection, numbers and dates as real numbers and dates (formatted by `columns[k].numFmt`,
 * dates without one in Excel's short-date format), each column as wide as its header and longest cell
 * (8 to 60 characters) unless `columns[k].width` says. Written part by part (export/core/xlsx),
 * awaiting `pause` every few hundred rows or milliseconds, where the pane may yield to the browser.
 *
 * @example
 * const bytes = await tableXlsx("Mail merge", ["Customer", "Total"], [["Rossi", 1234.5]], { pause: () => pace.ahead(1) }); // a zip
 */
export async function tableXlsx(
  sheetName: string,
  headers: readonly string[],
  rows: readonly (readonly TableCell[])[],
  options: { readonly columns?: readonly XlsxColumn[]; readonly pause?: () => Promise<void> } = {},
): Promise<Uint8Array> {
  const tick = stretches(options.pause);
  const longest = headers.map((h) => h.length);
  let width = headers.length;
  for (const r of rows) {
    width = Math.max(width, r.length);
    for (let k = 0; k < headers.length; k++) longest[k] = Math.max(longest[k], csvText(r[k]).length);
    const pause = tick();
    if (pause) await pause;
  }
  const columns = headers.map((_, k) => ({ numFmt: options.columns?.[k]?.numFmt, width: options.columns?.[k]?.width ?? Math.min(60, Math.max(8, longest[k] + 2)) }));
  const book = new XlsxWriter({ name: safeSheetName(sheetName), columns, frozenRows: 1, size: { rows: rows.length + 1, columns: width } });
  // The characters XML cannot hold go before the guard looks at the first one ("\u0001=1" is "=1" in the file).
  const cell = (c: TableCell) => guardCell(typeof c === "string" ? xmlChars(c) : c);
  book.row(headers.map(cell), true);
  for (const r of rows) {
    book.row(r.map(cell));
    const pause = tick();
    if (pause) await pause;
  }
  return book.finish(tick);
}
