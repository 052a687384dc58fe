/** A cell of a register sheet. */
export type RegisterCell = string | number | boolean | null;

export interface RegisterRows<T> {
  readonly records: T[];
  /** Rows below the header that hold something but could not be read (e.g. edited by hand), verbatim. */
  readonly unreadable: RegisterCell[][];
}

/**
 * Reads the rows of an add-in register sheet (its used range, the header row starting with
 * `firstHeader`). Rows `read` cannot use are returned apart, so that rewriting the register keeps them:
 * a register never loses a row.
 *
 * @example
 * readRegisterRows([["Plan id"], ["P-1"], ["?"]], "Plan id", (r) => (r[0] === "P-1" ? r[0] : null))
 * //=> { records: ["P-1"], unreadable: [["?"]] }
 */
export function readRegisterRows<T>(
  values: readonly (readonly RegisterCell[])[],
  firstHeader: string,
  read: (row: readonly RegisterCell[]) => T | null,
): RegisterRows<T> {
  const start = values.findIndex((r) => String(r?.[0] ?? "").trim() === firstHeader);
  const records: T[] = [];
  const unreadable: RegisterCell[][] = [];
  if (start < 0) return { records, unreadable };
  for (const row of values.slice(start + 1)) {
    if (!row || row.every((c) => c === null || String(c).trim() === "")) continue;
    const record = read(row);
    if (record === null) unreadable.push([...row]);
    else records.push(record);
  }
  return { records, unreadable };
}
