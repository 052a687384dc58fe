/** The columns a mapping editor offers: each column's letter on the sheet and its header. */

/** A column to choose for a field: its 0-based index in the range read, and "D: Importo". */
export interface ColumnChoice {
  readonly column: number;
  readonly label: string;
}

/** The sheet letters of a 0-based column: 0 → "A", 26 → "AA". */
export function columnLetters(column: number): string {
  let name = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
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
