/** What a worksheet cell can hand the domain: Excel's values, or text from a CSV. */
export type CellInput = string | number | boolean | null | undefined;

/**
 * The sheet letters of a 0-based column index: 0 is A, 25 Z, 26 AA.
 *
 * @example
 * columnLetters(27) //=> "AB"
 */
export function columnLetters(column: number): string {
  let name = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function isPrintableAscii(c: number): boolean {
  return c > 32 && c < 127;
}

/** True for an empty cell: null, undefined, or text of only spaces. */
export function isBlank(value: CellInput): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value !== "string") return false;
  if (value.length === 0) return true;
  // Text starting with a printable character cannot be all white space: no trim for a million names.
  return isPrintableAscii(value.charCodeAt(0)) ? false : value.trim() === "";
}

/**
 * True for text that trims to itself, is not blank and is no Excel error value (most customer names):
 * it starts and ends with printable ASCII and does not start with "#".
 */
export function isPlainText(text: string): boolean {
  const last = text.length - 1;
  if (last < 0) return false;
  const first = text.charCodeAt(0);
  return first !== 35 && isPrintableAscii(first) && isPrintableAscii(text.charCodeAt(last));
}

/** text.trim(), without the call for text that starts and ends with printable ASCII. */
export function trimText(text: string): string {
  const last = text.length - 1;
  if (last < 0) return text;
  return isPrintableAscii(text.charCodeAt(0)) && isPrintableAscii(text.charCodeAt(last)) ? text : text.trim();
}

/** True for an Excel error value as the Excel API and CSV exports hand it over ("#N/A", "#VALUE!", …). */
export function isExcelError(value: CellInput): value is string {
  return typeof value === "string" && /^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BUSY!|BLOCKED!|CONNECT!|UNKNOWN!)$/.test(value.trim());
}

/** A parsed column: `values[i]` is the parsed cell i, NaN where the cell is blank or bad. */
export interface ParsedColumn {
  readonly values: Float64Array;
  /** The first problem of each bad cell, in row order; blank cells are not problems. */
  readonly errors: readonly import("./problem").CellProblem[];
}
