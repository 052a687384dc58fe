/**
 * A ledger's open items as the dashboard, the follow-up list and the statements read them: open
 * amounts and, when the ledger has an open-amount column beside the amount, the invoiced amounts; the
 * customer key of each row.
 */
import { CellInput } from "../../domain/core";
import { customerKeyOf } from "../../domain/customers";
import { LedgerField, NOT_MAPPED, readLedger } from "../../domain/ledger";
import { DashboardItems } from "../../domain/metrics";
import { RangeData, WorkbookPort } from "../../workbook/port";
import { LedgerSource, readSource } from "./ledgerSource";

/** The ledger's open items, with what the panels need beside them. */
export interface LedgerItems extends DashboardItems {
  readonly customerIds: readonly string[];
  readonly invoices: readonly string[];
  readonly currencies: readonly string[];
  readonly languages: readonly string[];
  readonly countries: readonly string[];
  /** Required fields no column was found for (nothing is read then). */
  readonly missing: readonly LedgerField[];
  readonly rejected: number;
}

/** Reads the ledger: open amounts, and the invoiced amounts when it has an open-amount column beside them. */
export async function readLedgerItems(port: WorkbookPort, source: LedgerSource): Promise<LedgerItems> {
  const range = await readSource(port, source);
  return ledgerItemsOf(range);
}

export function ledgerItemsOf(range: RangeData): LedgerItems {
  const values = range.values as CellInput[][];
  const report = readLedger(values, { dateSystem: range.dateSystem });
  const rows = report.rows;
  const hasOpenColumn = report.mapping.some((m) => m.field === "openAmount") && report.mapping.some((m) => m.field === "amount");
  let invoiced: Float64Array | undefined;
  if (hasOpenColumn) {
    const original = readLedger(values, { dateSystem: range.dateSystem, mapping: { openAmount: NOT_MAPPED } }).rows;
    // Lined up by the source row: the same rows are accepted by both reads unless an amount cell is bad.
    const bySource = new Map<number, number>();
    for (let i = 0; i < original.length; i++) bySource.set(original.sourceIndex[i], original.open[i]);
    invoiced = new Float64Array(rows.length);
    for (let i = 0; i < rows.length; i++) invoiced[i] = bySource.get(rows.sourceIndex[i]) ?? rows.open[i];
  }
  const keys = new Array<string>(rows.length);
  for (let i = 0; i < rows.length; i++) keys[i] = customerKeyOf({ customer: rows.customer[i], customerId: rows.customerId[i] });
  return {
    length: rows.length,
    keys,
    customers: rows.customer,
    customerIds: rows.customerId,
    invoices: rows.invoice,
    currencies: rows.currency,
    languages: rows.language,
    countries: rows.country,
    invoiceDate: rows.invoiceDate,
    dueDate: rows.dueDate,
    open: rows.open,
    invoiced,
    missing: report.missing,
    rejected: report.rejected.length,
  };
}

