import { CellInput, isBlank, isExcelError, ParsedColumn } from "./cells";
import { toMinor } from "./money";
import { CellProblem } from "./problem";

/**
 * Parses a column of amounts into minor units. Numbers are rounded as Excel's ROUND does; blank cells
 * give NaN without a problem; anything else that is not an amount is a problem naming the cell.
 *
 * @example
 * parseAmountColumn([12.5, null, "x"]).values //=> Float64Array [1250, NaN, NaN]
 */
export function parseAmountColumn(cells: readonly CellInput[], exponent = 2): ParsedColumn {
  const values = new Float64Array(cells.length);
  const errors: CellProblem[] = [];
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (typeof cell === "number") {
      const minor = toMinor(cell, exponent);
      values[i] = minor;
      if (Number.isNaN(minor)) errors.push({ index: i, problem: { code: "amount.tooLarge", params: { text: String(cell) } } });
    } else {
      values[i] = NaN;
      if (isBlank(cell)) continue;
      errors.push({ index: i, problem: amountProblem(cell) });
    }
  }
  return { values, errors };
}

function amountProblem(cell: CellInput) {
  if (isExcelError(cell)) return { code: "cell.excelError", params: { text: String(cell).trim() } };
  if (typeof cell === "boolean") return { code: "amount.boolean", params: { text: String(cell).toUpperCase() } };
  return { code: "amount.notAnAmount", params: { text: String(cell) } };
}
