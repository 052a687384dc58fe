import { CellInput, isBlank, isExcelError, ParsedColumn } from "./cells";
import { DateSystem, isSerial, SERIAL_1904_OFFSET } from "./dates";
import { DateOrder, DateOrderDetection, dateTextFailure, detectDateOrder, scanDateFast } from "./dateText";
import { CellProblem, Problem } from "./problem";

export interface DateColumnOptions {
  /** Forces the day/month order of d/m/y texts; omitted, it is detected over the column (detectDateOrder). */
  readonly order?: DateOrder;
}

/** A parsed date column and the day/month order its text cells were read with. */
export interface ParsedDateColumn extends ParsedColumn {
  readonly order: DateOrderDetection;
}

/**
 * Parses a column of dates into 1900-system serials. Whole-number serials are taken as they are (a
 * 1904 workbook's are shifted); a serial with a time of day keeps its day. Text dates ("2025-05-31",
 * "31/05/2025", "31.05.25", …) are read with one day/month order for the whole column, detected over
 * its texts unless `options.order` forces it. Blank cells give NaN without a problem; anything else
 * that is not a date is a problem naming the cell.
 *
 * @example
 * parseDateColumn([45808, null, "next week"]).values //=> Float64Array [45808, NaN, NaN]
 * parseDateColumn(["05/31/2025", "06/01/2025"]).values //=> Float64Array [45808, 45809]
 */
export function parseDateColumn(cells: readonly CellInput[], system: DateSystem = 1900, options: DateColumnOptions = {}): ParsedDateColumn {
  const values = new Float64Array(cells.length);
  const errors: CellProblem[] = [];
  const order: DateOrderDetection = options.order ? { order: options.order, basis: "evidence" } : detectDateOrder(cells);
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (typeof cell === "number") {
      const serial = serialOfNumber(cell, system);
      values[i] = serial;
      if (Number.isNaN(serial)) errors.push({ index: i, problem: { code: "date.outOfRange", params: { text: String(cell) } } });
    } else if (typeof cell === "string") {
      const serial = scanDateFast(cell, order.order, system);
      values[i] = serial;
      if (Number.isNaN(serial) && !isBlank(cell)) errors.push({ index: i, problem: textProblem(cell, order.order, system) });
    } else {
      values[i] = NaN;
      if (!isBlank(cell)) errors.push({ index: i, problem: { code: "date.notADate", params: { text: String(cell) } } });
    }
  }
  return { values, errors, order };
}

/**
 * A number cell as parseDateColumn reads it: its day (a time of day dropped) as a 1900-system serial,
 * or NaN when that day is not a serial of `system` (a "date.outOfRange" problem).
 */
export function serialOfNumber(cell: number, system: DateSystem = 1900): number {
  const day = Math.floor(cell);
  return isSerial(day, system) ? day + (system === 1904 ? SERIAL_1904_OFFSET : 0) : NaN;
}

function textProblem(text: string, order: DateOrder, system: DateSystem): Problem {
  if (isExcelError(text)) return { code: "cell.excelError", params: { text: text.trim() } };
  switch (dateTextFailure(text, order, system)) {
    case "impossible":
      return { code: "date.impossible", params: { text } };
    case "outOfRange":
      return { code: "date.outOfRange", params: { text } };
    case "otherOrder":
      return order === "DMY" ? { code: "date.monthFirstInDayFirst", params: { text } } : { code: "date.dayFirstInMonthFirst", params: { text } };
    default:
      return { code: "date.notADate", params: { text } };
  }
}
