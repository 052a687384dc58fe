import { CellInput, isBlank, isExcelError, ParsedColumn } from "./cells";
import { DateSystem, isSerial, SERIAL_1904_OFFSET } from "./dates";
import { CellProblem, Problem } from "./problem";

/**
 * Parses a column of dates into 1900-system serials. Whole-number serials are taken as they are (a
 * 1904 workbook's are shifted); a serial with a time of day keeps its day. Blank cells give NaN
 * without a problem; anything else that is not a date is a problem naming the cell.
 *
 * @example
 * parseDateColumn([45808, null, "next week"]).values //=> Float64Array [45808, NaN, NaN]
 */
export function parseDateColumn(cells: readonly CellInput[], system: DateSystem = 1900): ParsedColumn {
  const values = new Float64Array(cells.length);
  const errors: CellProblem[] = [];
  const shift = system === 1904 ? SERIAL_1904_OFFSET : 0;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (typeof cell === "number") {
      const day = Math.floor(cell);
      if (isSerial(day, system)) {
        values[i] = day + shift;
        continue;
      }
      values[i] = NaN;
      errors.push({ index: i, problem: { code: "date.outOfRange", params: { text: String(cell) } } });
    } else {
      values[i] = NaN;
      if (!isBlank(cell)) errors.push({ index: i, problem: dateProblem(cell) });
    }
  }
  return { values, errors };
}

function dateProblem(cell: CellInput): Problem {
  if (isExcelError(cell)) return { code: "cell.excelError", params: { text: String(cell).trim() } };
  return { code: "date.notADate", params: { text: String(cell) } };
}
