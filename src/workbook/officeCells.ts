/**
 * Pure helpers of the Office.js adapter: what a cell becomes on the wire, A1 addresses, table names and
 * the names Excel accepts. No Office.js here, so the rules are tested without a host.
 */
import { columnLetters, SERIAL_1904_OFFSET } from "../domain/core";
import { fail } from "./officeErrors";
import { CellValue, isOwnedSheet } from "./port";
import { WireCell } from "./officeChunks";

export { columnLetters };

/**
 * The A1 address of a 0-based cell.
 *
 * @example
 * cellAddress(2, 1) //=> "B3"
 */
export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

/** Sheet names compare as Excel compares them: ignoring case. */
export function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/**
 * True when an Excel number format shows a date (it has day or year codes outside quoted text,
 * brackets and escapes). Time-only formats are not dates: they show a fraction of a day.
 *
 * @example
 * isDateFormat("dd/mm/yyyy") //=> true
 */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const bare = format.replace(/"[^"]*"/g, "").replace(/\[[^\]]*\]/g, "").replace(/\\./g, "").replace(/_./g, "");
  return /[dy]/i.test(bare) && !/^general$/i.test(bare.trim());
}

/**
 * A cell value as the adapter writes it. Text is written with Excel's apostrophe prefix, so it stays
 * the text it is: "1-30", "00123", "=cmd" or "TRUE" are not turned into a date, a number, a formula
 * or a boolean (the apostrophe is not part of the value read back). Blank becomes "", since null would
 * leave the cell unchanged; a number that is not finite becomes the text "#NUM!" rather than vanish.
 * `dateShift` is subtracted from the numbers of date columns (1462 in a 1904-system workbook).
 *
 * @example
 * wireCell("1-30") //=> "'1-30"
 */
export function wireCell(value: CellValue | undefined, dateShift = 0): WireCell {
  if (value === null || value === undefined || value === "") return "";
  if (typeof value === "string") return `'${value}`;
  if (typeof value === "number") return Number.isFinite(value) ? value - dateShift : "'#NUM!";
  return value;
}

/** The days to subtract from a 1900-system serial for a workbook's date system. */
export function dateShiftFor(dateSystem: 1900 | 1904): number {
  return dateSystem === 1904 ? SERIAL_1904_OFFSET : 0;
}

/**
 * The rows of a block as written: each row padded to `formats.length` cells, text protected, and the
 * date columns' serials moved to the workbook's date system.
 */
export function wireRows(rows: readonly (readonly CellValue[])[], formats: readonly (string | undefined)[], dateSystem: 1900 | 1904): WireCell[][] {
  const shift = dateShiftFor(dateSystem);
  const shifts = formats.map((f) => (isDateFormat(f) ? shift : 0));
  const out = new Array<WireCell[]>(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    const cells = new Array<WireCell>(formats.length);
    for (let c = 0; c < formats.length; c++) cells[c] = wireCell(row[c], shifts[c]);
    out[r] = cells;
  }
  return out;
}

/** Refuses (with a message) any sheet the add-in does not own, or a name Excel would not accept. */
export function checkOwnedSheet(name: string): void {
  if (!isOwnedSheet(name)) fail("workbook.notOwned", { name });
  if (/[:\\/?*[\]]/.test(name) || name.startsWith("'") || name.endsWith("'")) fail("workbook.badSheetName", { name });
}

/** True when Excel accepts `name` as a table name (and it cannot be read as a cell reference). */
export function isValidTableName(name: string): boolean {
  if (!/^[A-Za-z_][A-Za-z0-9_.]{0,254}$/.test(name)) return false;
  if (/^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name)) return false;
  return true;
}

/**
 * A valid table name derived from a sheet name, unique among `taken` (lower-case names).
 *
 * @example
 * tableNameFor("AR Aging 2026-11-25", new Set()) //=> "AR_Aging_2026_11_25"
 */
export function tableNameFor(sheetName: string, taken: ReadonlySet<string>): string {
  let base = sheetName.replace(/[^A-Za-z0-9_]/g, "_").replace(/_+/g, "_").replace(/_$/, "");
  if (!/^[A-Za-z_]/.test(base)) base = `T_${base}`;
  if (!isValidTableName(base)) base = `${base}_T`;
  let name = base;
  for (let k = 2; taken.has(name.toLowerCase()); k++) name = `${base}_${k}`;
  return name;
}

/**
 * A column of the current table row in a totals-row formula: `[Header]`, with Excel's escapes.
 *
 * @example
 * columnReference("Over 90 [EUR]") //=> "[Over 90 '[EUR']]"
 */
export function columnReference(header: string): string {
  return `[${header.replace(/(['[\]#])/g, "'$1")}]`;
}
