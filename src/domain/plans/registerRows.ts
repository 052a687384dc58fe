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

/** A register row's cell under a header (any case); undefined when the sheet has no such column. */
export type RegisterCellOf = (header: string) => RegisterCell | undefined;

/**
 * Reads a register by its headers rather than by position, so that a register written by an earlier
 * version (a column missing, or the columns elsewhere) reads as well as a current one: `columns` are
 * the current headers, the first of them starting the header row; `read` gets each row's cells by
 * header (undefined under a column the sheet lacks). The rows `read` cannot use are returned apart and
 * laid out as `columns` (each cell under its header, cells under headers the register does not know
 * after them), so that rewriting the register in the current layout keeps them whole.
 *
 * @example
 * readRegisterTable([["Id", "N"], ["A", 1]], ["Id", "Name", "N"], (cell) => ({ id: cell("Id"), name: cell("Name") ?? "", n: cell("N") })).records
 * //=> [{ id: "A", name: "", n: 1 }]
 * readRegisterTable([["Id", "N", "Memo"], ["B", "two", "see me"]], ["Id", "Name", "N"], (cell) => (typeof cell("N") === "number" ? cell("Id") : null)).unreadable
 * //=> [["B", null, "two", "see me"]]
 */
export function readRegisterTable<T>(values: readonly (readonly RegisterCell[])[], columns: readonly string[], read: (cell: RegisterCellOf) => T | null): RegisterRows<T> {
  const key = (h: RegisterCell | undefined) => String(h ?? "").trim().toLowerCase();
  const start = values.findIndex((r) => key(r?.[0]) === key(columns[0]));
  const records: T[] = [];
  const unreadable: RegisterCell[][] = [];
  if (start < 0) return { records, unreadable };
  const at = new Map<string, number>();
  values[start].forEach((h, c) => {
    if (key(h) !== "" && !at.has(key(h))) at.set(key(h), c);
  });
  const known = new Set(columns.map((h) => at.get(key(h))).filter((c): c is number => c !== undefined));
  for (const row of values.slice(start + 1)) {
    if (!row || row.every((c) => c === null || String(c).trim() === "")) continue;
    const cell: RegisterCellOf = (header) => {
      const c = at.get(key(header));
      return c === undefined ? undefined : row[c];
    };
    const record = read(cell);
    if (record !== null) records.push(record);
    else {
      const others = row.filter((_, c) => !known.has(c));
      while (others.length > 0 && (others[others.length - 1] === null || others[others.length - 1] === "")) others.pop();
      unreadable.push([...columns.map((h) => cell(h) ?? null), ...others]);
    }
  }
  return { records, unreadable };
}
