/** The columns a mapping editor offers: each column's letter on the sheet and its header. */
import { columnLetters } from "../../domain/core";

/** A column to choose for a field: its 0-based index in the range read, and "D: Importo". */
export interface ColumnChoice {
  readonly column: number;
  readonly label: string;
}

/**
 * One choice per column of a header row, named by its letter (counted from `firstColumn`, the range's
 * first column on the sheet) and its header when it has one.
 *
 * @example
 * columnChoices(["Data", "", "Importo"]).map((c) => c.label)
 * //=> ["A: Data", "B", "C: Importo"]
 */
export function columnChoices(headers: readonly string[], firstColumn = 0): ColumnChoice[] {
  return headers.map((text, c) => ({ column: c, label: text ? `${columnLetters(firstColumn + c)}: ${text}` : columnLetters(firstColumn + c) }));
}
