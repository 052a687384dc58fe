/** What a worksheet cell can hand the domain: Excel's values, or text from a CSV. */
export type CellInput = string | number | boolean | null | undefined;

/** True for an empty cell: null, undefined, or text of only spaces. */
export function isBlank(value: CellInput): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
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
