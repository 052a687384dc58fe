import { parseAmountColumn } from "../amountColumn";
import { DecimalMark, detectDecimalMark } from "../amountText";
import { CellInput, isBlank, isExcelError } from "../cells";
import { parseDateColumn } from "../dateColumn";
import { DateOrder, detectDateOrder } from "../dateText";
import { CellProblem, Problem } from "../problem";
import { findHeaderRow, mapColumns } from "./mapColumns";
import { normalizeHeader } from "./headers";
import { headerSaysDisputed, isDisputedStatus } from "./status";
import { ColumnMapping, LedgerColumns, LedgerField, LedgerReport, ReadLedgerOptions, RejectedRow } from "./types";

/** First words of a subtotal or grand-total line ("Totale cliente", "Summe", "Sous-total"). */
const TOTAL_WORDS = new Set(["total", "totals", "totale", "totali", "totaal", "summe", "gesamt", "gesamtsumme", "zwischensumme", "subtotal", "sous", "somme", "grand"]);

/** Text fields copied as they are (trimmed); an Excel error value in one rejects the row. */
const TEXT_FIELDS = ["invoice", "currency", "status", "country", "language"] as const;

/**
 * Reads a ledger exported from an ERP: finds the header row, maps columns to canonical fields by their
 * header names (five languages, common ERP spellings; `options.mapping` overrides), then reads every
 * data row column by column. Text amounts and text dates are read with one convention per column.
 *
 * Every row below the header is either accepted, counted as blank (every cell blank), or rejected with
 * its 0-based index in `values` and a Problem, the first of (in this order): data only in unread
 * columns; a total line; a repeated header; customer blank (`ledger.mergedCustomer` when a customer was
 * filled in on an earlier row: merged cells are not filled in, and the row is rejected rather than
 * guessed); customer holding an Excel error; a bad or blank due date; a bad or blank amount to age; a
 * bad invoice date (blank is fine); an Excel error in another read column.
 *
 * Work is linear in the number of cells and stores columns, never an object per row.
 *
 * @example
 * readLedger([["Cliente", "Scadenza", "Importo"], ["Rossi", "31/05/2025", "1.234,56"]]).rows.open
 * //=> Float64Array [123456]
 */
export function readLedger(values: CellInput[][], options: ReadLedgerOptions = {}): LedgerReport {
  const headerIndex = findHeaderRow(values);
  const headerRow = values[headerIndex] ?? [];
  const { mapping, unmapped } = mapColumns(headerRow, options.mapping);
  const column = new Map<LedgerField, ColumnMapping>(mapping.map((m) => [m.field, m]));
  const missing: LedgerField[] = (["customer", "dueDate"] as const).filter((f) => !column.has(f));
  if (!column.has("amount") && !column.has("openAmount")) missing.push("amount");
  if (missing.length > 0) return { headerIndex, mapping, unmapped, missing, rows: emptyColumns(), rejected: [], blankRows: 0 };

  const first = headerIndex + 1;
  const n = Math.max(0, values.length - first);
  // Amount and date columns are copied for their parsers in one pass over the rows (reading a row once
  // keeps the cache warm), which also notes the entirely blank rows; text fields are read in place.
  const openField: LedgerField = column.has("openAmount") ? "openAmount" : "amount";
  const otherAmountField: LedgerField = openField === "openAmount" ? "amount" : "openAmount";
  const copied = ([openField, otherAmountField, "dueDate", "invoiceDate"] as const).filter((f) => column.has(f));
  const targets = copied.map((f) => ({ field: f, c: column.get(f)!.column, cells: new Array<CellInput>(n) }));
  const blank = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const row = values[first + i];
    if (!row) {
      blank[i] = 1;
      for (let k = 0; k < targets.length; k++) targets[k].cells[i] = undefined;
      continue;
    }
    for (let k = 0; k < targets.length; k++) targets[k].cells[i] = row[targets[k].c];
    if (!hasData(row)) blank[i] = 1;
  }
  const cellsOf = (field: LedgerField): CellInput[] | null => targets.find((t) => t.field === field)?.cells ?? null;
  const textColumn = (field: LedgerField): TextColumn | null => {
    const m = column.get(field);
    return m ? { values, first, column: m.column } : null;
  };
  const customerCells = textColumn("customer")!;
  const dueCells = cellsOf("dueDate")!;
  const openCells = cellsOf(openField)!;
  const invoiceDateCells = cellsOf("invoiceDate");

  const decimal = options.decimal ?? decideDecimal(openCells, column.has(otherAmountField) ? cellsOf(otherAmountField)! : null);
  const dueOrder = options.dateOrder ?? decideOrder(dueCells, invoiceDateCells);
  const system = options.dateSystem ?? 1900;
  const open = parseAmountColumn(openCells, 2, { decimal });
  const due = parseDateColumn(dueCells, system, { order: dueOrder });
  const invoiceDate = invoiceDateCells ? parseDateColumn(invoiceDateCells, system, { order: options.dateOrder ?? decideOrder(invoiceDateCells, dueCells) }) : null;
  const text = TEXT_FIELDS.map((f) => textColumn(f));

  const mappedColumns = mapping.map((m) => m.column);
  const headerText = (f: LedgerField) => column.get(f)?.header ?? "";
  const errors = { due: new ErrorCursor(due.errors), open: new ErrorCursor(open.errors), invoiceDate: new ErrorCursor(invoiceDate?.errors ?? []) };
  const accepted = new Uint8Array(n);
  const rejected: RejectedRow[] = [];
  let acceptedCount = 0;
  let blankRows = 0;
  let sawCustomer = false;

  let badField: LedgerField | undefined;
  /** The first bad or blank cell of row i, in field order; sets badField. */
  const cellProblem = (i: number): Problem | null => {
    const customer = cellAt(customerCells, i);
    badField = "customer";
    if (isBlank(customer)) return sawCustomer ? { code: "ledger.mergedCustomer", params: { header: headerText("customer") } } : { code: "ledger.blankCell", params: { header: headerText("customer") } };
    if (isErrorCell(customer)) return { code: "cell.excelError", params: { text: textOf(customer) } };
    badField = "dueDate";
    const dueProblem = errors.due.at(i);
    if (dueProblem) return dueProblem;
    if (Number.isNaN(due.values[i])) return { code: "ledger.blankCell", params: { header: headerText("dueDate") } };
    badField = openField;
    const openProblem = errors.open.at(i);
    if (openProblem) return openProblem;
    if (Number.isNaN(open.values[i])) return { code: "ledger.blankCell", params: { header: headerText(openField) } };
    badField = "invoiceDate";
    const invoiceDateProblem = errors.invoiceDate.at(i);
    if (invoiceDateProblem) return invoiceDateProblem;
    for (let k = 0; k < TEXT_FIELDS.length; k++) {
      const cell = cellAt(text[k], i);
      badField = TEXT_FIELDS[k];
      if (isErrorCell(cell)) return { code: "cell.excelError", params: { text: textOf(cell) } };
    }
    return null;
  };

  for (let i = 0; i < n; i++) {
    if (blank[i] === 1) {
      blankRows++;
      continue;
    }
    const row = values[first + i];
    const customer = cellAt(customerCells, i);
    const customerBlank = isBlank(customer);
    let problem: Problem | null = null;
    badField = undefined;
    if (!hasMappedData(row, mappedColumns)) problem = { code: "ledger.noMappedData" };
    else if (Number.isNaN(due.values[i]) && isTotalRow(customer, cellAt(text[0], i))) problem = { code: "ledger.totalRow", params: { text: textOf(customerBlank ? cellAt(text[0], i) : customer) } };
    else if (errors.due.at(i) && isRepeatedHeader(customer, dueCells[i], headerText("customer"), headerText("dueDate"))) problem = { code: "ledger.repeatedHeader" };
    else problem = cellProblem(i);
    if (problem) rejected.push(badField ? { index: first + i, field: badField, problem } : { index: first + i, problem });
    else {
      accepted[i] = 1;
      acceptedCount++;
    }
    if (!customerBlank) sawCustomer = true;
  }

  const rows = collect(acceptedCount, accepted, first, {
    customer: customerCells,
    dueDate: due.values,
    open: open.values,
    invoiceDate: invoiceDate?.values ?? null,
    text,
    disputedHeader: headerSaysDisputed(headerText("status")),
  });
  return { headerIndex, mapping, unmapped, missing, rows, rejected, blankRows, conventions: { decimal, dateOrder: due.order.order } };
}

/** The decimal mark for the aged amount column: its own evidence, else the other amount column's, else its own rule. */
function decideDecimal(cells: CellInput[], sibling: CellInput[] | null): DecimalMark {
  const own = detectDecimalMark(cells);
  if (own.basis === "evidence" || !sibling) return own.mark;
  const other = detectDecimalMark(sibling);
  return other.basis === "evidence" ? other.mark : own.mark;
}

/** The day/month order of a date column: its own evidence, else the other date column's (one export, one format), else day-first. */
function decideOrder(cells: CellInput[], sibling: CellInput[] | null): DateOrder {
  const own = detectDateOrder(cells);
  if (own.basis === "evidence" || !sibling) return own.order;
  return detectDateOrder(sibling).order;
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

/** An Excel error value; the "#" test first keeps a million ordinary cells off the regular expression. */
function isErrorCell(cell: CellInput): boolean {
  return typeof cell === "string" && cell.indexOf("#") !== -1 && isExcelError(cell);
}

function hasData(row: readonly CellInput[] | undefined): row is readonly CellInput[] {
  if (!row) return false;
  for (let c = 0; c < row.length; c++) if (!isBlank(row[c])) return true;
  return false;
}

function isTotalRow(customer: CellInput, invoice: CellInput): boolean {
  const startsWithTotal = (cell: CellInput) => typeof cell === "string" && TOTAL_WORDS.has(normalizeHeader(cell).split(" ")[0]);
  return startsWithTotal(customer) || (isBlank(customer) && startsWithTotal(invoice));
}

function isRepeatedHeader(customer: CellInput, due: CellInput, customerHeader: string, dueHeader: string): boolean {
  return typeof customer === "string" && typeof due === "string" && customer.trim() === customerHeader && due.trim() === dueHeader;
}

interface Sources {
  readonly customer: TextColumn;
  readonly dueDate: Float64Array;
  readonly open: Float64Array;
  readonly invoiceDate: Float64Array | null;
  /** Cells of TEXT_FIELDS, in that order; null where unmapped. */
  readonly text: (TextColumn | null)[];
  readonly disputedHeader: boolean;
}

/** Copies the accepted rows into the result's columns. */
function collect(length: number, accepted: Uint8Array, first: number, src: Sources): LedgerColumns {
  const out = blankColumns(length);
  const [invoice, currency, status, country, language] = src.text;
  const upper = memo((s) => s.toUpperCase());
  const lower = memo((s) => s.toLowerCase());
  const disputed = memoBool((s) => isDisputedStatus(s, src.disputedHeader));
  let j = 0;
  for (let i = 0; i < accepted.length; i++) {
    if (accepted[i] === 0) continue;
    out.sourceIndex[j] = first + i;
    out.customer[j] = textOf(cellAt(src.customer, i));
    out.dueDate[j] = src.dueDate[i];
    out.open[j] = src.open[i];
    if (src.invoiceDate) out.invoiceDate[j] = src.invoiceDate[i];
    if (invoice) out.invoice[j] = textOf(cellAt(invoice, i));
    if (currency) out.currency[j] = upper(textOf(cellAt(currency, i)));
    if (status) out.disputed[j] = disputed(textOf(cellAt(status, i)));
    if (country) out.country[j] = upper(textOf(cellAt(country, i)));
    if (language) out.language[j] = lower(textOf(cellAt(language, i)));
    j++;
  }
  return out;
}

/** A text field read in place: column `column` of the rows below the header. */
interface TextColumn {
  readonly values: readonly (readonly CellInput[] | undefined)[];
  readonly first: number;
  readonly column: number;
}

/** Cell i (0-based below the header) of a text column; undefined for an unmapped column or a missing row. */
function cellAt(col: TextColumn | null, i: number): CellInput {
  if (!col) return undefined;
  const row = col.values[col.first + i];
  return row ? row[col.column] : undefined;
}

function textOf(cell: CellInput): string {
  if (cell === null || cell === undefined) return "";
  return typeof cell === "string" ? cell.trim() : String(cell);
}

/** Caches a string function: status, currency and country columns repeat a handful of values. */
function memo(f: (s: string) => string): (s: string) => string {
  const cache = new Map<string, string>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined) cache.set(s, (v = f(s)));
    return v;
  };
}

function memoBool(f: (s: string) => boolean): (s: string) => number {
  const cache = new Map<string, number>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined) cache.set(s, (v = s === "" ? 0 : f(s) ? 1 : 0));
    return v;
  };
}

function blankColumns(length: number): LedgerColumns & { customer: string[]; invoice: string[]; currency: string[]; country: string[]; language: string[] } {
  const strings = () => new Array<string>(length).fill("");
  return {
    length,
    sourceIndex: new Int32Array(length),
    customer: strings(),
    invoice: strings(),
    invoiceDate: new Float64Array(length).fill(NaN),
    dueDate: new Float64Array(length),
    open: new Float64Array(length),
    currency: strings(),
    disputed: new Uint8Array(length),
    country: strings(),
    language: strings(),
  };
}

function emptyColumns(): LedgerColumns {
  return blankColumns(0);
}
