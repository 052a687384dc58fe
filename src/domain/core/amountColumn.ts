import { amountTextFailure, DecimalDetection, DecimalMark, detectDecimalMark, scanAmountFast } from "./amountText";
import { CellInput, isBlank, isExcelError, ParsedColumn } from "./cells";
import { toMinor } from "./money";
import { CellProblem, Problem } from "./problem";

export interface AmountColumnOptions {
  /** Forces the decimal mark of text amounts; omitted, it is detected over the column (detectDecimalMark). */
  readonly decimal?: DecimalMark;
}

/** A parsed amount column and the decimal mark its text cells were read with. */
export interface ParsedAmountColumn extends ParsedColumn {
  readonly decimal: DecimalDetection;
}

/**
 * Parses a column of amounts into minor units. Numbers are rounded as Excel's ROUND does; text amounts
 * ("1.234,56", "(1,234.56)", "EUR 1.234,56-", …) are read with one decimal mark for the whole column,
 * detected over its text cells unless `options.decimal` forces it. Blank cells give NaN without a
 * problem; anything else that is not an amount is a problem naming the cell.
 *
 * @example
 * parseAmountColumn([12.5, null, "x"]).values //=> Float64Array [1250, NaN, NaN]
 * parseAmountColumn(["1.234", "5,50"]).values //=> Float64Array [123400, 550]
 */
export function parseAmountColumn(cells: readonly CellInput[], exponent = 2, options: AmountColumnOptions = {}): ParsedAmountColumn {
  const values = new Float64Array(cells.length);
  const errors: CellProblem[] = [];
  const decimal: DecimalDetection = options.decimal ? { mark: options.decimal, basis: "evidence" } : detectDecimalMark(cells);
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (typeof cell === "number") {
      const minor = toMinor(cell, exponent);
      values[i] = minor;
      if (Number.isNaN(minor)) errors.push({ index: i, problem: { code: "amount.tooLarge", params: { text: String(cell) } } });
    } else if (typeof cell === "string") {
      const minor = scanAmountFast(cell, decimal.mark, exponent);
      values[i] = minor;
      if (Number.isNaN(minor) && !isBlank(cell)) errors.push({ index: i, problem: textProblem(cell, decimal.mark, exponent) });
    } else {
      values[i] = NaN;
      if (!isBlank(cell)) errors.push({ index: i, problem: amountProblem(cell) });
    }
  }
  return { values, errors, decimal };
}

function textProblem(text: string, mark: DecimalMark, exponent: number): Problem {
  if (isExcelError(text)) return { code: "cell.excelError", params: { text: text.trim() } };
  const reason = amountTextFailure(text, mark, exponent);
  if (reason === "tooLarge") return { code: "amount.tooLarge", params: { text } };
  if (reason === "otherMark") return { code: "amount.otherDecimalMark", params: { text, mark } };
  return { code: "amount.notAnAmount", params: { text } };
}

function amountProblem(cell: CellInput): Problem {
  if (typeof cell === "boolean") return { code: "amount.boolean", params: { text: String(cell).toUpperCase() } };
  return { code: "amount.notAnAmount", params: { text: String(cell) } };
}
