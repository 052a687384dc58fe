import type { Workbook } from "exceljs";

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

/**
 * A table as an XLSX workbook of one sheet: a bold, frozen header row, text cells guarded against
 * formula injection, numbers and dates as real numbers and dates (formatted by `columns[k].numFmt`).
 *
 * @example
 * const bytes = await tableXlsx("Mail merge", ["Customer", "Total"], [["Rossi", 1234.5]]); // a zip
 */
export async function tableXlsx(
  sheetName: string,
  headers: readonly string[],
  rows: readonly (readonly TableCell[])[],
  options: { readonly columns?: readonly XlsxColumn[] } = {},
): Promise<Uint8Array> {
  const { Workbook } = await import("exceljs");
  const workbook: Workbook = new Workbook();
  workbook.creator = "Credit Desk";
  const sheet = workbook.addWorksheet(safeSheetName(sheetName), { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.addRow(headers.map((h) => guardCell(h))).font = { bold: true };
  for (const r of rows) sheet.addRow(r.map((c) => (typeof c === "number" && !Number.isFinite(c) ? null : guardCell(c ?? null))));
  headers.forEach((h, k) => {
    const column = sheet.getColumn(k + 1);
    const spec = options.columns?.[k];
    if (spec?.numFmt) column.numFmt = spec.numFmt;
    const longest = rows.reduce((w, r) => Math.max(w, csvText(r[k]).length), h.length);
    column.width = spec?.width ?? Math.min(60, Math.max(8, longest + 2));
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
