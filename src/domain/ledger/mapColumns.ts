import { CellInput, isBlank } from "../core";
import { matchHeader } from "./headers";
import { ColumnMapping, LedgerField, NOT_MAPPED } from "./types";

/** How many rows from the top are searched for the header row (titles and filters sit above it). */
export const HEADER_SEARCH_ROWS = 20;

/** Every ledger field, in the order manual mappings are applied. */
export const FIELD_ORDER: readonly LedgerField[] = ["customer", "invoice", "invoiceDate", "dueDate", "amount", "openAmount", "currency", "status", "country", "language"];

function headerOf(cell: CellInput): string {
  return isBlank(cell) ? "" : String(cell).trim();
}

/**
 * The 0-based index of the header row: among the first HEADER_SEARCH_ROWS rows, the one whose cells
 * name the most distinct ledger fields (the first such row on a tie). 0 when no row names any field.
 *
 * @example
 * findHeaderRow([["Aged debtors report"], [], ["Kunde", "Fälligkeit", "Betrag"]]) //=> 2
 */
export function findHeaderRow(values: readonly (readonly CellInput[] | undefined)[]): number {
  let best = 0;
  let bestScore = 0;
  const limit = Math.min(values.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const row = values[r];
    if (!Array.isArray(row)) continue;
    const fields = new Set<LedgerField>();
    for (const cell of row) {
      const match = typeof cell === "string" ? matchHeader(cell) : null;
      if (match) fields.add(match.field);
    }
    if (fields.size > bestScore) {
      best = r;
      bestScore = fields.size;
    }
  }
  return best;
}

/**
 * Maps the columns of a header row to ledger fields. Fields mapped by hand (`manual`: field → column)
 * come first and take their columns out of detection; a field mapped to NOT_MAPPED is left unread;
 * every other column is matched by its header
 * (matchHeader), and when several name one field the highest priority wins, then the leftmost. Manual
 * indices that are not whole numbers ≥ 0 are ignored; one beyond the header row reads blank cells.
 * Non-blank headers left over are `unmapped`. The mapping is in column order.
 *
 * @example
 * mapColumns(["Kunde", "Notiz", "Fälligkeit", "Betrag"]).unmapped //=> [{ column: 1, header: "Notiz" }]
 */
export function mapColumns(
  headerRow: readonly CellInput[],
  manual: Partial<Record<LedgerField, number>> = {},
): { mapping: ColumnMapping[]; unmapped: { column: number; header: string }[] } {
  const chosen = new Map<LedgerField, { column: number; priority: number }>();
  const taken = new Set<number>();
  const unread = new Set<LedgerField>(FIELD_ORDER.filter((field) => manual[field] === NOT_MAPPED));
  for (const field of FIELD_ORDER) {
    const column = manual[field];
    if (column === undefined || !Number.isInteger(column) || column < 0 || taken.has(column)) continue;
    chosen.set(field, { column, priority: Infinity });
    taken.add(column);
  }
  headerRow.forEach((cell, column) => {
    if (taken.has(column) || typeof cell !== "string") return;
    const match = matchHeader(cell);
    if (!match || unread.has(match.field)) return;
    const current = chosen.get(match.field);
    if (!current || match.priority > current.priority) chosen.set(match.field, { column, priority: match.priority });
  });
  const mapping = [...chosen].map(([field, { column }]) => ({ field, column, header: headerOf(headerRow[column]) })).sort((a, b) => a.column - b.column);
  const used = new Set(mapping.map((m) => m.column));
  const unmapped: { column: number; header: string }[] = [];
  headerRow.forEach((cell, column) => {
    if (!used.has(column) && headerOf(cell) !== "") unmapped.push({ column, header: headerOf(cell) });
  });
  return { mapping, unmapped };
}
