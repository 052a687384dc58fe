import { CellInput, isBlank, scanAmountFast, scanDateFast } from "../core";

/**
 * What the cells of a column look like, for the decisions a header alone cannot make: whether Xero's
 * "Due" holds amounts or dates, and which unmapped columns hold numbers. Only a sample of the cells
 * below the header is looked at.
 */

/** Non-blank cells looked at per column, within the first CONTENT_ROWS rows below the header. */
export const CONTENT_SAMPLE = 30;
export const CONTENT_ROWS = 1000;

type CellKind = "date" | "amount" | "number" | "digits" | "text";

/**
 * A cell's kind: a number with decimals or an amount text is an amount, a whole number is just a number
 * (an amount or a date serial: no vote), a text of digits only is a reference ("0090036001"), a d/m/y
 * or year-first text is a date.
 */
function cellKind(cell: CellInput): CellKind {
  if (typeof cell === "number") return Number.isInteger(cell) ? "number" : "amount";
  if (typeof cell !== "string") return "text";
  const text = cell.trim();
  if (/^\d+$/.test(text)) return "digits";
  if (/\d[/.-]\d/.test(text) && (!Number.isNaN(scanDateFast(text, "DMY")) || !Number.isNaN(scanDateFast(text, "MDY")))) return "date";
  // "INV-1" reads as -1 INV (a currency code); letters against the digits make it a reference.
  if (/\p{L}-?\d/u.test(text)) return "text";
  if (!Number.isNaN(scanAmountFast(text, ".")) || !Number.isNaN(scanAmountFast(text, ","))) return "amount";
  return "text";
}

/**
 * Up to CONTENT_SAMPLE non-blank cells of `column` in the CONTENT_ROWS rows from `first` on.
 *
 * @example
 * sampleColumn([["Due"], [null], ["1.000,00"]], 1, 0) //=> ["1.000,00"]
 */
export function sampleColumn(values: readonly (readonly CellInput[] | undefined)[], first: number, column: number): CellInput[] {
  const out: CellInput[] = [];
  const end = Math.min(values.length, first + CONTENT_ROWS);
  for (let r = first; r < end && out.length < CONTENT_SAMPLE; r++) {
    const cell = values[r]?.[column];
    if (!isBlank(cell)) out.push(cell);
  }
  return out;
}

/**
 * "date" or "amount" when the cells say so (more votes for one than the other), else null.
 *
 * @example
 * columnKind(["1000.00", "250.50"]) //=> "amount"
 * columnKind(["31/05/2025"]) //=> "date"
 * columnKind([45808, 1000]) //=> null
 */
export function columnKind(cells: readonly CellInput[]): "date" | "amount" | null {
  let dates = 0;
  let amounts = 0;
  for (const cell of cells) {
    const kind = cellKind(cell);
    if (kind === "date") dates++;
    else if (kind === "amount") amounts++;
  }
  return dates > amounts ? "date" : amounts > dates ? "amount" : null;
}

/**
 * True when the cells are numbers or amount texts, at least one of them (texts of digits only are
 * references, not amounts).
 *
 * @example
 * isNumberColumn([1200, "200.00", null]) //=> true
 * isNumberColumn(["0090036001", "0090036002"]) //=> false
 * isNumberColumn(["INV-1", 3.5]) //=> false
 */
export function isNumberColumn(cells: readonly CellInput[]): boolean {
  let seen = 0;
  for (const cell of cells) {
    if (isBlank(cell)) continue;
    const kind = cellKind(cell);
    if (kind !== "number" && kind !== "amount") return false;
    seen++;
  }
  return seen > 0;
}
