import { DecimalMark, detectDecimalMark, CellInput, DateOrder, detectDateOrder } from "../core";
import { checkRows, TEXT_FIELDS } from "./checkRows";
import { collectRows, emptyColumns, TextColumn } from "./collectRows";
import { findHeaderRow, mapColumns } from "./mapColumns";
import { finishAmounts, finishDates, RangeColumnSpec, scanRange } from "./rangeColumns";
import { headerSaysDisputed } from "./status";
import { ColumnMapping, LedgerField, LedgerReport, ReadLedgerOptions } from "./types";

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
 * Work is linear in the number of cells and stores columns, never an object per row: number cells are
 * read in place (rangeColumns), clean rows accepted without building anything (checkRows).
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
  // One pass over the rows reads the number cells of the amount and date columns in place and notes
  // the entirely blank rows; other cells are left over for the column parsers, text fields are read in place.
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
  const system = options.dateSystem ?? 1900;
  const scanned = scanRange(values, first, n, specs, system);
  const blank = scanned.blank;
  const [openColumn, dueColumn] = scanned.columns;
  const invoiceDateColumn = hasInvoiceDate ? scanned.columns[2] : null;
  const otherLeft = hasOther ? scanned.columns[specs.length - 1].leftovers.cells : null;
  const textColumn = (field: LedgerField): TextColumn | null => {
    const m = column.get(field);
    return m ? { values, first, column: m.column } : null;
  };
  const customerCells = textColumn("customer")!;
  const dueLeft = dueColumn.leftovers.cells;
  const invoiceDateLeft = invoiceDateColumn ? invoiceDateColumn.leftovers.cells : null;

  const decimal = options.decimal ?? decideDecimal(openColumn.leftovers.cells, otherLeft);
  const dueOrder = options.dateOrder ?? decideOrder(dueLeft, invoiceDateLeft);
  const openErrors = finishAmounts(openColumn, decimal);
  const dueErrors = finishDates(dueColumn, system, dueOrder);
  const invoiceDateErrors = invoiceDateColumn ? finishDates(invoiceDateColumn, system, options.dateOrder ?? decideOrder(invoiceDateLeft!, dueLeft)) : [];
  const text = TEXT_FIELDS.map((f) => textColumn(f));

  const checked = checkRows({
    values,
    first,
    blank,
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
  });
  const rows = collectRows({ ...checked, text, disputedHeader: headerSaysDisputed(headerText(column, "status")) });
  return { headerIndex, mapping, unmapped, missing, rows, rejected: checked.rejected, blankRows: checked.blankRows, conventions: { decimal, dateOrder: dueOrder } };
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

