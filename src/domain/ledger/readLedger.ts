import { DecimalMark, detectDecimalMark, CellInput, DateOrder, detectDateOrder } from "../core";
import { checkRows, TEXT_FIELDS } from "./checkRows";
import { collectRows, emptyColumns, TextColumn } from "./collectRows";
import { isNumberColumn, sampleColumn } from "./columnContent";
import { matchHeader, normalizeHeader } from "./headers";
import { FIELD_ORDER, findHeaderRow, mapColumns } from "./mapColumns";
import { finishAmounts, finishDates, RangeColumnSpec, ScannedColumn, scanRange } from "./rangeColumns";
import { headerSaysDisputed } from "./status";
import { ColumnMapping, LedgerField, LedgerReport, LedgerWarning, NOT_MAPPED, ReadLedgerOptions } from "./types";

/**
 * Reads a ledger exported from an ERP: finds the header row, maps columns to canonical fields by their
 * header names (five languages, common ERP spellings; `options.mapping` overrides), then reads every
 * data row column by column. Text amounts and text dates are read with one convention per column.
 *
 * When no open-amount column is found the amount column is aged; if other columns hold numbers and no
 * header says what they are, `warnings` names them (one of them may be the open amount), unless the
 * open amount was left unread by hand (NOT_MAPPED: the user has answered).
 *
 * Every row below the header is either accepted, counted as blank (every cell blank), or rejected with
 * its 0-based index in `values` and a Problem, the first of (in this order): data only in unread
 * columns; a total line; a repeated header; customer blank (`ledger.mergedCustomer` when a customer was
 * filled in on an earlier row: merged cells are not filled in, and the row is rejected rather than
 * guessed); customer holding an Excel error; a bad or blank due date; a bad or blank amount to age; a
 * bad invoice date (blank is fine); an Excel error in another read column.
 *
 * Work is linear in the number of cells and stores columns, never an object per row: number cells are
 * read in place (rangeColumns), clean rows accepted without building anything (checkRows).
 *
 * @example
 * readLedger([["Cliente", "Scadenza", "Importo"], ["Rossi", "31/05/2025", "1.234,56"]]).rows.open
 * //=> Float64Array [123456]
 */
export function readLedger(values: CellInput[][], options: ReadLedgerOptions = {}): LedgerReport {
  const head = headOf(values, options);
  const { headerIndex, mapping, unmapped, missing, column, warnings } = head;
  if (missing.length > 0) return { headerIndex, mapping, unmapped, missing, rows: emptyColumns(), rejected: [], blankRows: 0, sawCustomer: false, warnings };
  const scan = scanOf(values, head, options);
  const { first, specs, openField, openColumn, dueColumn, invoiceDateColumn } = scan;
  const { decimal, dueOrder, invoiceOrder } = conventionsOf(scan, options);
  const system = options.dateSystem ?? 1900;
  const textColumn = (field: LedgerField): TextColumn | null => {
    const m = column.get(field);
    return m ? { values, first, column: m.column } : null;
  };
  const customerCells = textColumn("customer")!;
  const openErrors = finishAmounts(openColumn, decimal);
  const dueErrors = finishDates(dueColumn, system, dueOrder);
  const invoiceDateErrors = invoiceDateColumn ? finishDates(invoiceDateColumn, system, invoiceOrder) : [];
  const text = TEXT_FIELDS.map((f) => textColumn(f));

  const checked = checkRows({
    values,
    first,
    blank: scan.blank,
    customer: customerCells,
    dueColumn: specs[1].column,
    mappedColumns: mapping.map((m) => m.column),
    text,
    due: dueColumn.values,
    open: openColumn.values,
    invoiceDate: invoiceDateColumn?.values ?? null,
    openField,
    errors: { due: dueErrors, open: openErrors, invoiceDate: invoiceDateErrors },
    headers: { customer: headerText(column, "customer"), dueDate: headerText(column, "dueDate"), open: headerText(column, openField) },
    customerAbove: options.customerAbove,
  });
  const rows = collectRows({ ...checked, text, disputedHeader: headerSaysDisputed(headerText(column, "status")) });
  return { headerIndex, mapping, unmapped, missing, rows, rejected: checked.rejected, blankRows: checked.blankRows, conventions: { decimal, dateOrder: dueOrder }, sawCustomer: checked.sawCustomer, warnings };
}

/** What readLedger decides before reading the rows, and the options that make another read decide the same. */
export interface LedgerPlan {
  readonly headerIndex: number;
  readonly mapping: readonly ColumnMapping[];
  readonly unmapped: readonly { readonly column: number; readonly header: string }[];
  readonly missing: readonly LedgerField[];
  /** The doubts about the mapping (readLedger's `warnings`): a read with `options` no longer sees them. */
  readonly warnings: readonly LedgerWarning[];
  /**
   * The caller's options with every decision made explicit: each field's column (NOT_MAPPED where
   * none), the decimal mark and the day/month order of each date column. Rows read with them under
   * the same header row are read as they would be as part of `values`. The caller's own options when
   * a required field is missing.
   */
  readonly options: ReadLedgerOptions;
}

/**
 * What readLedger would decide on `values` before reading their rows: the header row, the column of
 * each field, and the text conventions of each column (from the text cells of all of `values`). A long
 * range read in slices decides once, on its first rows, and reads every slice with `options`.
 *
 * @example
 * planLedger([["Cliente", "Scadenza", "Importo"], ["Rossi", "31/05/2025", "1.234,56"]]).options.decimal //=> ","
 */
export function planLedger(values: CellInput[][], options: ReadLedgerOptions = {}): LedgerPlan {
  const head = headOf(values, options);
  const { headerIndex, mapping, unmapped, missing, column, warnings } = head;
  if (missing.length > 0) return { headerIndex, mapping, unmapped, missing, warnings, options };
  const { decimal, dueOrder, invoiceOrder } = conventionsOf(scanOf(values, head, options), options);
  const fields: Partial<Record<LedgerField, number>> = {};
  for (const field of FIELD_ORDER) fields[field] = column.get(field)?.column ?? NOT_MAPPED;
  return { headerIndex, mapping, unmapped, missing, warnings, options: { ...options, mapping: fields, decimal, dateOrder: dueOrder, invoiceDateOrder: invoiceOrder } };
}

interface Head {
  readonly headerIndex: number;
  readonly mapping: ColumnMapping[];
  readonly unmapped: { column: number; header: string }[];
  readonly missing: LedgerField[];
  readonly column: ReadonlyMap<LedgerField, ColumnMapping>;
  readonly warnings: LedgerWarning[];
}

/** The header row, the mapping (ambiguous headers decided by their cells), the required fields it lacks and the doubts. */
function headOf(values: CellInput[][], options: ReadLedgerOptions): Head {
  const headerIndex = findHeaderRow(values);
  const headerRow = values[headerIndex] ?? [];
  const cells = (c: number) => sampleColumn(values, headerIndex + 1, c);
  const { mapping, unmapped } = mapColumns(headerRow, options.mapping, cells);
  const column = new Map<LedgerField, ColumnMapping>(mapping.map((m) => [m.field, m]));
  const missing: LedgerField[] = (["customer", "dueDate"] as const).filter((f) => !column.has(f));
  if (!column.has("amount") && !column.has("openAmount")) missing.push("amount");
  const warnings: LedgerWarning[] = [];
  if (column.has("amount") && !column.has("openAmount") && options.mapping?.openAmount !== NOT_MAPPED) {
    const numbers = unmapped.filter((u) => mayBeOpenAmount(u.header) && isNumberColumn(cells(u.column)));
    if (numbers.length > 0) warnings.push({ code: "ledger.originalAmounts", columns: numbers });
  }
  return { headerIndex, mapping, unmapped, missing, column, warnings };
}

/** Words of headers that name a date, a count of days or a number, never an amount. */
const NOT_AN_AMOUNT = new Set(["date", "datum", "data", "dt", "day", "days", "giorni", "tage", "dagen", "jours", "jour", "age", "aging", "no", "nr", "id", "code", "codice", "number", "num", "numero", "nummer"]);

/** An unmapped header that may name the open amount: no header of the vocabulary (that names another field), no date, days or number word. */
function mayBeOpenAmount(header: string): boolean {
  return matchHeader(header) === null && !normalizeHeader(header).split(" ").some((w) => NOT_AN_AMOUNT.has(w));
}

interface Scan {
  readonly first: number;
  readonly specs: RangeColumnSpec[];
  readonly openField: LedgerField;
  readonly blank: Uint8Array;
  readonly openColumn: ScannedColumn;
  readonly dueColumn: ScannedColumn;
  readonly invoiceDateColumn: ScannedColumn | null;
  /** The other amount column's text cells (its evidence for the decimal mark), when mapped. */
  readonly otherLeft: CellInput[] | null;
}

/**
 * One pass over the rows reads the number cells of the amount and date columns in place and notes the
 * entirely blank rows; other cells are left over for the column parsers, text fields are read in place.
 */
function scanOf(values: CellInput[][], head: Head, options: ReadLedgerOptions): Scan {
  const { column } = head;
  const first = head.headerIndex + 1;
  const n = Math.max(0, values.length - first);
  const openField: LedgerField = column.has("openAmount") ? "openAmount" : "amount";
  const otherAmountField: LedgerField = openField === "openAmount" ? "amount" : "openAmount";
  const hasOther = column.has(otherAmountField);
  const hasInvoiceDate = column.has("invoiceDate");
  const specs: RangeColumnSpec[] = [
    { kind: "amount", column: column.get(openField)!.column },
    { kind: "date", column: column.get("dueDate")!.column },
    ...(hasInvoiceDate ? [{ kind: "date" as const, column: column.get("invoiceDate")!.column }] : []),
    ...(hasOther ? [{ kind: "detectOnly" as const, column: column.get(otherAmountField)!.column }] : []),
  ];
  const scanned = scanRange(values, first, n, specs, options.dateSystem ?? 1900);
  const [openColumn, dueColumn] = scanned.columns;
  return {
    first,
    specs,
    openField,
    blank: scanned.blank,
    openColumn,
    dueColumn,
    invoiceDateColumn: hasInvoiceDate ? scanned.columns[2] : null,
    otherLeft: hasOther ? scanned.columns[specs.length - 1].leftovers.cells : null,
  };
}

/** The decimal mark of the aged amounts and the day/month order of each date column: forced, else detected. */
function conventionsOf(scan: Scan, options: ReadLedgerOptions): { decimal: DecimalMark; dueOrder: DateOrder; invoiceOrder: DateOrder } {
  const dueLeft = scan.dueColumn.leftovers.cells;
  const invoiceDateLeft = scan.invoiceDateColumn ? scan.invoiceDateColumn.leftovers.cells : null;
  const decimal = options.decimal ?? decideDecimal(scan.openColumn.leftovers.cells, scan.otherLeft);
  const dueOrder = options.dateOrder ?? decideOrder(dueLeft, invoiceDateLeft);
  const invoiceOrder = options.invoiceDateOrder ?? options.dateOrder ?? (invoiceDateLeft ? decideOrder(invoiceDateLeft, dueLeft) : "DMY");
  return { decimal, dueOrder, invoiceOrder };
}

function headerText(column: ReadonlyMap<LedgerField, ColumnMapping>, field: LedgerField): string {
  return column.get(field)?.header ?? "";
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

