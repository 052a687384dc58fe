import { CellInput, isBlank, isExcelError, isPlainText, CellProblem, Problem } from "../core";
import { cellAt, TextColumn, textOf } from "./collectRows";
import { normalizeHeader } from "./headers";
import { LedgerField, RejectedRow } from "./types";

/** First words of a subtotal or grand-total line ("Totale cliente", "Summe", "Sous-total"). */
const TOTAL_WORDS = new Set(["total", "totals", "totale", "totali", "totaal", "summe", "gesamt", "gesamtsumme", "zwischensumme", "subtotal", "sous", "somme", "grand"]);

/** Text fields copied as they are (trimmed); an Excel error value in one rejects the row. Invoice first (total lines are told by it). */
export const TEXT_FIELDS = ["invoice", "currency", "status", "country", "language", "customerId"] as const;

/** The rows below the header with their parsed columns, as readLedger hands them over. */
export interface RowSources {
  readonly values: readonly (readonly CellInput[] | undefined)[];
  readonly first: number;
  /** 1 where the row is missing or entirely blank. */
  readonly blank: Uint8Array;
  readonly customer: TextColumn;
  /** Column index of the due date in the range. */
  readonly dueColumn: number;
  /** Column indices of every mapped field. */
  readonly mappedColumns: readonly number[];
  /** Cells of TEXT_FIELDS, in that order; null where unmapped. */
  readonly text: readonly (TextColumn | null)[];
  /** Parsed columns, one value per row below the header; compacted in place to the accepted rows. */
  readonly due: Float64Array;
  readonly open: Float64Array;
  readonly invoiceDate: Float64Array | null;
  readonly openField: LedgerField;
  /** Each column's problems, in row order, indexed from 0 below the header. */
  readonly errors: { readonly due: readonly CellProblem[]; readonly open: readonly CellProblem[]; readonly invoiceDate: readonly CellProblem[] };
  readonly headers: { readonly customer: string; readonly dueDate: string; readonly open: string };
  /** True when rows above these, read separately, had a customer (a blank one here is then a merged cell). */
  readonly customerAbove?: boolean;
}

/** The accepted rows' number columns and customers (trimmed to `length`), the rejected rows and the blank count. */
export interface CheckedRows {
  readonly length: number;
  readonly sourceIndex: Int32Array;
  readonly customer: string[];
  readonly dueDate: Float64Array;
  readonly open: Float64Array;
  readonly invoiceDate: Float64Array | null;
  readonly rejected: RejectedRow[];
  readonly blankRows: number;
  /** True when some row had a customer (or `customerAbove`). */
  readonly sawCustomer: boolean;
}

/**
 * Accepts, rejects or counts as blank every row below the header (see readLedger for the order of the
 * checks). A clean row (a customer, a due date and an amount parsed, no problem in any parsed column,
 * no Excel error) is accepted without building anything; the others go through every check. The
 * accepted rows' values are written as they are found, into arrays of one entry per row, trimmed once.
 */
export function checkRows(src: RowSources): CheckedRows {
  const { values, first, blank, due, open, invoiceDate, text } = src;
  const n = blank.length;
  const flagged = new Uint8Array(n);
  for (const list of [src.errors.due, src.errors.open, src.errors.invoiceDate]) for (let k = 0; k < list.length; k++) flagged[list[k].index] = 1;
  const check: RowCheck = {
    text,
    due,
    open,
    openField: src.openField,
    errors: { due: new ErrorCursor(src.errors.due), open: new ErrorCursor(src.errors.open), invoiceDate: new ErrorCursor(src.errors.invoiceDate) },
    headers: src.headers,
    sawCustomer: src.customerAbove ?? false,
    badField: undefined,
  };
  const textAt = Int32Array.from(text.filter((t): t is TextColumn => t !== null), (t) => t.column);
  const customerAt = src.customer.column;
  const sourceIndex = new Int32Array(n);
  const customers = new Array<string>(n);
  const rejected: RejectedRow[] = [];
  let j = 0;
  let blankRows = 0;
  for (let i = 0; i < n; i++) {
    if (blank[i] === 1) {
      blankRows++;
      continue;
    }
    const row = values[first + i]!;
    const customer = row[customerAt];
    // The clean row: plain customer text, every parsed column read, no Excel error in a text field.
    const plain = typeof customer === "string" && isPlainText(customer);
    let clean = plain && flagged[i] === 0 && due[i] === due[i] && open[i] === open[i];
    for (let k = 0; clean && k < textAt.length; k++) clean = !isErrorCell(row[textAt[k]]);
    const customerBlank = !plain && isBlank(customer);
    const problem = clean ? null : rowProblem(check, row, i, customer, customerBlank, src);
    if (problem) rejected.push(check.badField ? { index: first + i, field: check.badField, problem } : { index: first + i, problem });
    else {
      sourceIndex[j] = first + i;
      customers[j] = plain ? (customer as string) : textOf(customer);
      due[j] = due[i];
      open[j] = open[i];
      if (invoiceDate) invoiceDate[j] = invoiceDate[i];
      j++;
    }
    if (!customerBlank) check.sawCustomer = true;
  }
  if (j < n) customers.length = j;
  return {
    length: j,
    sourceIndex: j < n ? sourceIndex.slice(0, j) : sourceIndex,
    customer: customers,
    dueDate: j < n ? due.slice(0, j) : due,
    open: j < n ? open.slice(0, j) : open,
    invoiceDate: invoiceDate && j < n ? invoiceDate.slice(0, j) : invoiceDate,
    rejected,
    blankRows,
    sawCustomer: check.sawCustomer,
  };
}

/** What checking a row needs, built once (no closure or object per row). */
interface RowCheck {
  /** Cells of TEXT_FIELDS, in that order; null where unmapped. */
  readonly text: readonly (TextColumn | null)[];
  readonly due: Float64Array;
  readonly open: Float64Array;
  readonly openField: LedgerField;
  readonly errors: { readonly due: ErrorCursor; readonly open: ErrorCursor; readonly invoiceDate: ErrorCursor };
  readonly headers: RowSources["headers"];
  /** True once a row with a customer was seen. */
  sawCustomer: boolean;
  /** The field the last problem blames. */
  badField: LedgerField | undefined;
}

/** Why row i is rejected, or null; sets check.badField. */
function rowProblem(check: RowCheck, row: readonly CellInput[], i: number, customer: CellInput, customerBlank: boolean, src: RowSources): Problem | null {
  check.badField = undefined;
  // The customer column is mapped, so a row with a customer has mapped data.
  if (customerBlank && !hasMappedData(row, src.mappedColumns)) return { code: "ledger.noMappedData" };
  if (Number.isNaN(check.due[i]) && isTotalRow(customer, cellAt(check.text[0], i))) return { code: "ledger.totalRow", params: { text: textOf(customerBlank ? cellAt(check.text[0], i) : customer) } };
  if (check.errors.due.at(i) && isRepeatedHeader(customer, row[src.dueColumn], check.headers.customer, check.headers.dueDate)) return { code: "ledger.repeatedHeader" };
  return cellProblem(check, i, customer, customerBlank);
}

/** The first bad or blank cell of row i, in field order; sets check.badField. */
function cellProblem(check: RowCheck, i: number, customer: CellInput, customerBlank: boolean): Problem | null {
  check.badField = "customer";
  if (customerBlank) return check.sawCustomer ? { code: "ledger.mergedCustomer", params: { header: check.headers.customer } } : { code: "ledger.blankCell", params: { header: check.headers.customer } };
  if (isErrorCell(customer)) return { code: "cell.excelError", params: { text: textOf(customer) } };
  check.badField = "dueDate";
  const dueProblem = check.errors.due.at(i);
  if (dueProblem) return dueProblem;
  if (Number.isNaN(check.due[i])) return { code: "ledger.blankCell", params: { header: check.headers.dueDate } };
  check.badField = check.openField;
  const openProblem = check.errors.open.at(i);
  if (openProblem) return openProblem;
  if (Number.isNaN(check.open[i])) return { code: "ledger.blankCell", params: { header: check.headers.open } };
  check.badField = "invoiceDate";
  const invoiceDateProblem = check.errors.invoiceDate.at(i);
  if (invoiceDateProblem) return invoiceDateProblem;
  for (let k = 0; k < TEXT_FIELDS.length; k++) {
    const cell = cellAt(check.text[k], i);
    check.badField = TEXT_FIELDS[k];
    if (isErrorCell(cell)) return { code: "cell.excelError", params: { text: textOf(cell) } };
  }
  return null;
}

/** Walks a column's problems (in row order) alongside the rows. */
class ErrorCursor {
  private k = 0;
  constructor(private readonly errors: readonly CellProblem[]) {}

  at(index: number): Problem | null {
    while (this.k < this.errors.length && this.errors[this.k].index < index) this.k++;
    return this.k < this.errors.length && this.errors[this.k].index === index ? this.errors[this.k].problem : null;
  }
}

function hasMappedData(row: readonly CellInput[], columns: readonly number[]): boolean {
  for (let k = 0; k < columns.length; k++) if (!isBlank(row[columns[k]])) return true;
  return false;
}

/** An Excel error value; plain text and the "#" test keep a million ordinary cells off the regular expression. */
function isErrorCell(cell: CellInput): boolean {
  return typeof cell === "string" && !isPlainText(cell) && cell.indexOf("#") !== -1 && isExcelError(cell);
}

function isTotalRow(customer: CellInput, invoice: CellInput): boolean {
  return startsWithTotal(customer) || (isBlank(customer) && startsWithTotal(invoice));
}

function startsWithTotal(cell: CellInput): boolean {
  return typeof cell === "string" && TOTAL_WORDS.has(normalizeHeader(cell).split(" ")[0]);
}

function isRepeatedHeader(customer: CellInput, due: CellInput, customerHeader: string, dueHeader: string): boolean {
  return typeof customer === "string" && typeof due === "string" && customer.trim() === customerHeader && due.trim() === dueHeader;
}
