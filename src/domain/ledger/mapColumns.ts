import { CellInput, isBlank } from "../core";
import { columnKind } from "./columnContent";
import { HeaderMatch, matchHeader, normalizeHeader } from "./headers";
import { ColumnMapping, LedgerField, NOT_MAPPED } from "./types";

/** How many rows from the top are searched for the header row (titles and filters sit above it). */
export const HEADER_SEARCH_ROWS = 20;

/** Every ledger field, in the order manual mappings are applied. */
export const FIELD_ORDER: readonly LedgerField[] = ["customer", "customerId", "invoice", "invoiceDate", "dueDate", "amount", "openAmount", "currency", "status", "country", "language"];

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

/** The kind of cells a field holds, to decide an ambiguous header ("Due") by its column's cells. */
const FIELD_KIND: Partial<Record<LedgerField, "date" | "amount">> = { dueDate: "date", invoiceDate: "date", amount: "amount", openAmount: "amount" };

interface Candidate extends HeaderMatch {
  readonly column: number;
}

/**
 * Maps the columns of a header row to ledger fields. Fields mapped by hand (`manual`: field → column)
 * come first and take their columns out of detection; a field mapped to NOT_MAPPED is left unread;
 * every other column is matched by its header (matchHeader), and when several name one field the
 * highest priority wins, then the leftmost. Manual indices that are not whole numbers ≥ 0 are ignored;
 * one beyond the header row reads blank cells. Non-blank headers left over are `unmapped`. The mapping
 * is in column order.
 *
 * Then three rules the headers alone do not settle:
 * - an ambiguous header (Xero's "Due") names the field its column's `cells` hold (amounts: the open
 *   amount; dates: the due date) when `cells` is given and they tell; otherwise, or when they do not,
 *   its first field, and its other one when another column took the first ("Due Date" beside "Due");
 * - without a customer name column, a customer number column is read as the customer (as before the
 *   customer id field existed), and the customer id is left unmapped;
 * - when a name column won the customer, the generic customer column beside it ("Cliente", "Debiteur",
 *   "Customer" beside "Ragione sociale", "Naam", "Name 1") is its number: the customer id, unless a
 *   column names the number outright ("Customer No.", "Konto", "A/C").
 *
 * @example
 * mapColumns(["Kunde", "Notiz", "Fälligkeit", "Betrag"]).unmapped //=> [{ column: 1, header: "Notiz" }]
 * mapColumns(["Customer No.", "Customer Name", "Due Date", "Amount"]).mapping.map((m) => m.field) //=> ["customerId", "customer", "dueDate", "amount"]
 * mapColumns(["Contact", "Due Date", "Total", "Due"]).mapping.map((m) => m.field) //=> ["customer", "dueDate", "amount", "openAmount"]
 */
export function mapColumns(
  headerRow: readonly CellInput[],
  manual: Partial<Record<LedgerField, number>> = {},
  cells?: (column: number) => readonly CellInput[],
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
  const candidates: Candidate[] = [];
  headerRow.forEach((cell, column) => {
    if (taken.has(column) || typeof cell !== "string") return;
    const match = matchHeader(cell);
    if (match) candidates.push({ ...byContent(match, cells && match.alternative !== undefined ? cells(column) : null), column });
  });
  for (const c of candidates) {
    if (unread.has(c.field)) continue;
    const current = chosen.get(c.field);
    if (!current || c.priority > current.priority) chosen.set(c.field, { column: c.column, priority: c.priority });
  }
  const used = () => new Set([...chosen.values()].map((m) => m.column));
  // An ambiguous header that lost its first field takes its other one, when free.
  for (const c of candidates) {
    if (c.alternative === undefined || used().has(c.column) || unread.has(c.alternative) || chosen.has(c.alternative)) continue;
    chosen.set(c.alternative, { column: c.column, priority: c.priority });
  }
  customerRules(chosen, candidates, unread, used);
  const mapping = [...chosen].map(([field, { column }]) => ({ field, column, header: headerOf(headerRow[column]) })).sort((a, b) => a.column - b.column);
  const mappedColumns = new Set(mapping.map((m) => m.column));
  const unmapped: { column: number; header: string }[] = [];
  headerRow.forEach((cell, column) => {
    if (!mappedColumns.has(column) && headerOf(cell) !== "") unmapped.push({ column, header: headerOf(cell) });
  });
  return { mapping, unmapped };
}

/** An ambiguous header decided by its cells: the field they hold first (priority 2), with no other left. */
function byContent(match: HeaderMatch, cells: readonly CellInput[] | null): HeaderMatch {
  if (match.alternative === undefined || cells === null) return match;
  const kind = columnKind(cells);
  if (kind !== null && FIELD_KIND[match.alternative] === kind && FIELD_KIND[match.field] !== kind) return { field: match.alternative, priority: 2 };
  if (kind !== null && FIELD_KIND[match.field] === kind) return { field: match.field, priority: match.priority };
  return match;
}

/** The customer number read as the customer when there is no name; the generic column beside a name read as the number. */
function customerRules(
  chosen: Map<LedgerField, { column: number; priority: number }>,
  candidates: readonly Candidate[],
  unread: ReadonlySet<LedgerField>,
  used: () => Set<number>,
): void {
  const customer = chosen.get("customer");
  if (!customer && !unread.has("customer")) {
    // A detected id column becomes the customer; one the user mapped by hand stays the id.
    if (chosen.get("customerId")?.priority !== Infinity) chosen.delete("customerId");
    const id = best(candidates.filter((c) => c.field === "customerId"), used());
    if (id) chosen.set("customer", { column: id.column, priority: 1 });
    return;
  }
  if (customer && customer.priority === 3 && !chosen.has("customerId") && !unread.has("customerId")) {
    const generic = best(candidates.filter((c) => c.field === "customer" && c.priority === 2), used());
    if (generic) chosen.set("customerId", { column: generic.column, priority: 2 });
  }
}

/** The highest-priority candidate whose column is free, the leftmost on a tie. */
function best(candidates: readonly Candidate[], used: ReadonlySet<number>): Candidate | undefined {
  let found: Candidate | undefined;
  for (const c of candidates) if (!used.has(c.column) && (!found || c.priority > found.priority)) found = c;
  return found;
}

/**
 * A header row in comparable form, to recognise the next export of the same layout (the same system):
 * each cell normalized (normalizeHeader), blank ones kept as "", trailing blanks dropped, joined by "|".
 *
 * @example
 * headerFingerprint(["Contact", "Invoice Number", null, "Due ", null]) //=> "contact|invoice number||due"
 */
export function headerFingerprint(headerRow: readonly CellInput[]): string {
  const cells = Array.from(headerRow, (cell) => (isBlank(cell) ? "" : normalizeHeader(String(cell))));
  while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
  return cells.join("|");
}
