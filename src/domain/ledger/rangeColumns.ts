import { DecimalMark, parseAmountColumn, CellInput, isBlank, parseDateColumn, serialOfNumber, DateSystem, DateOrder, toMinor, CellProblem } from "../core";

/**
 * The amount and date columns of a ledger range, parsed in place (no column is copied). Number cells,
 * nearly all of a ledger, are read on the spot as parseAmountColumn and parseDateColumn read them;
 * every other cell (text, a boolean, a number those parsers refuse) is left over, in row order, for
 * the general column parser. Detection of the decimal mark and of the day/month order looks at text
 * cells only, so running it on the leftovers gives the column's own answer.
 */

/** How a column is read: amounts (minor units), dates (serials), or only its leftovers kept for detection. */
export type RangeColumnKind = "amount" | "date" | "detectOnly";

/** A column below the header: `column` of rows `first`…`first + length − 1` of the range. */
export interface RangeColumnSpec {
  readonly kind: RangeColumnKind;
  readonly column: number;
}

/** The cells the number fast path did not read: `cells[k]` is the cell of row `index[k]` (0-based below the header). */
export interface Leftovers {
  readonly index: number[];
  readonly cells: CellInput[];
}

export interface ScannedColumn {
  /** The value of every row read so far (NaN for a blank cell); leftover rows are filled in by finish*. */
  readonly values: Float64Array;
  readonly leftovers: Leftovers;
}

export interface ScannedRange {
  /** 1 where the row is missing or every cell of it is blank. */
  readonly blank: Uint8Array;
  /** One per spec, in order. */
  readonly columns: ScannedColumn[];
}

/**
 * Reads rows `first`…`first + n − 1` of `values` once: notes the entirely blank rows and reads the
 * number cells of each spec's column (1900-system serials for dates of `system`, minor units with two
 * decimals for amounts).
 */
export function scanRange(values: readonly (readonly CellInput[] | undefined)[], first: number, n: number, specs: readonly RangeColumnSpec[], system: DateSystem): ScannedRange {
  const blank = new Uint8Array(n);
  const columns: ScannedColumn[] = specs.map((s) => ({ values: new Float64Array(s.kind === "detectOnly" ? 0 : n), leftovers: { index: [], cells: [] } }));
  const kinds = Int8Array.from(specs, (s) => (s.kind === "amount" ? AMOUNT : s.kind === "date" ? DATE : DETECT_ONLY));
  const at = Int32Array.from(specs, (s) => s.column);
  const out = columns.map((c) => c.values);
  const width = specs.length;
  for (let i = 0; i < n; i++) {
    const row = values[first + i];
    if (!row) {
      blank[i] = 1;
      for (let k = 0; k < width; k++) if (kinds[k] !== DETECT_ONLY) out[k][i] = NaN;
      continue;
    }
    let sawNumber = false;
    for (let k = 0; k < width; k++) {
      const cell = row[at[k]];
      const kind = kinds[k];
      if (typeof cell === "number") {
        sawNumber = true;
        if (kind === DETECT_ONLY) continue;
        // The number fast path: what parseAmountColumn and parseDateColumn make of a number they accept.
        const v = kind === AMOUNT ? toMinor(cell, 2) : serialOfNumber(cell, system);
        if (v === v) {
          out[k][i] = v;
          continue;
        }
      } else if (cell === null || cell === undefined) {
        if (kind !== DETECT_ONLY) out[k][i] = NaN;
        continue;
      }
      const left = columns[k].leftovers;
      left.index.push(i);
      left.cells.push(cell);
    }
    // A number cell is data; only rows without one need looking at every cell.
    if (!sawNumber && !hasData(row)) blank[i] = 1;
  }
  return { blank, columns };
}

const AMOUNT = 0;
const DATE = 1;
const DETECT_ONLY = 2;

/** Parses an amount column's leftovers with `decimal` into `values`; returns their problems with row indices. */
export function finishAmounts(column: ScannedColumn, decimal: DecimalMark): CellProblem[] {
  const parsed = parseAmountColumn(column.leftovers.cells, 2, { decimal });
  return scatter(column, parsed.values, parsed.errors);
}

/** Parses a date column's leftovers with `order` into `values`; returns their problems with row indices. */
export function finishDates(column: ScannedColumn, system: DateSystem, order: DateOrder): CellProblem[] {
  const parsed = parseDateColumn(column.leftovers.cells, system, { order });
  return scatter(column, parsed.values, parsed.errors);
}

function scatter(column: ScannedColumn, parsed: Float64Array, errors: readonly CellProblem[]): CellProblem[] {
  const { index } = column.leftovers;
  for (let k = 0; k < index.length; k++) column.values[index[k]] = parsed[k];
  return errors.map((e) => ({ index: index[e.index], problem: e.problem }));
}

/** True when some cell of the row is not blank (null, undefined or text of only spaces). */
function hasData(row: readonly CellInput[]): boolean {
  for (let c = 0; c < row.length; c++) if (!isBlank(row[c])) return true;
  return false;
}
