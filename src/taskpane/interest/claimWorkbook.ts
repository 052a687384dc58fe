/**
 * What the Interest claim panel reads from and writes to the workbook, through the port: the ledger,
 * the payments table, the AR_Rates table (which it also publishes for the AR.* interest formulas) and
 * the `AR Interest …` sheet. No React here.
 */
import { CellInput, Minor } from "../../domain/core";
import { cellAddress } from "../../domain/credit";
import { ClaimTerms, CustomerInvoices, DatedAmount, interestClaim, InterestClaimResult, invoicesByCustomer, interestSheetName, PublishedRateTable, RATE_TABLE_CHANNEL, RATE_TABLE_NAME, rateBook, RateBook, readRateTable, SHIPPED_RATES } from "../../domain/interest";
import { LedgerField, NOT_MAPPED, readLedger } from "../../domain/ledger";
import { sameCustomerName } from "../../domain/customers";
import { paymentColumns, readPayments } from "../../domain/plans";
import { t } from "../../i18n";
import { isOwnedSheet, RangeData, WorkbookPort } from "../../workbook/port";
import { describeSource, LedgerSource, readSource } from "../shell/ledgerSource";
import { claimSheet } from "./claimSheet";

/** The rates a claim is computed with, and where they came from. */
export interface ClaimRates {
  readonly book: RateBook;
  /** The AR_Rates table when the workbook has one: its sheet and the rates it gives. */
  readonly table: { readonly name: string; readonly sheet: string; readonly rows: number } | null;
  /** Bad cells of AR_Rates, each naming its cell; the claim is not computed while there are any. */
  readonly problems: readonly string[];
}

/**
 * Publishes the AR_Rates cells for the formulas (null withdraws them): the pane and the formulas share
 * one JavaScript context in Excel, but not one bundle, hence the well-known symbol (see the interest job's
 * rateChannel). Excel recalculates the formulas on its next recalculation.
 */
export function publishRateTable(table: PublishedRateTable | null): void {
  (globalThis as unknown as Record<symbol, PublishedRateTable | null>)[Symbol.for(RATE_TABLE_CHANNEL)] = table;
}

/** Reads AR_Rates (any case) when the workbook has it, checks it and publishes it for the formulas. */
export async function loadRates(port: WorkbookPort): Promise<ClaimRates> {
  const table = (await port.listTables()).find((tb) => tb.name.toLowerCase() === RATE_TABLE_NAME.toLowerCase());
  if (!table) {
    publishRateTable(null);
    return { book: SHIPPED_RATES, table: null, problems: [] };
  }
  const range = await port.readTable(table.name);
  publishRateTable({ values: range.values, dateSystem: range.dateSystem });
  const read = readRateTable(range.values, range.dateSystem);
  const problems = read.problems.map((p) => {
    const problem = t(p.problem.code, p.problem.params);
    if (p.column === null) return t("interestPanel.rates.header", { table: table.name, sheet: range.sheet, problem });
    return t("interestPanel.rates.cell", { table: table.name, sheet: range.sheet, cell: cellAddress(range.row + p.index, range.column + p.column), problem });
  });
  return { book: problems.length > 0 ? SHIPPED_RATES : rateBook(read.overrides), table: { name: table.name, sheet: range.sheet, rows: read.overrides.length }, problems };
}

/** User tables and sheets whose header has customer, payment-date and amount columns. */
export async function listPaymentSources(port: WorkbookPort, sources: readonly LedgerSource[]): Promise<LedgerSource[]> {
  const out: LedgerSource[] = [];
  const tableSheets = new Set<string>();
  for (const source of [...sources.filter((s) => s.kind === "table"), ...sources.filter((s) => s.kind === "sheet")]) {
    if (source.kind === "sheet" && tableSheets.has(source.name)) continue;
    const range = await readSource(port, source);
    if (range.values.slice(0, 20).some((r) => paymentColumns(r) !== null)) {
      out.push(source);
      if (source.kind === "table") tableSheets.add(source.sheet);
    }
  }
  return out;
}

export interface LedgerInvoices {
  readonly customers: readonly CustomerInvoices[];
  readonly missing: readonly LedgerField[];
  /** True when the principal is the invoice amount (payments applied from the payments table), false for the open amount. */
  readonly invoiceAmounts: boolean;
}

/**
 * The ledger's invoices per customer. With a payments table the interest runs on the invoice amount
 * (the ledger's amount column, when it has one beside the open amount) and the payments reduce it; without,
 * on the open amount, which already reflects what was paid.
 */
export async function loadInvoices(port: WorkbookPort, source: LedgerSource, withPayments: boolean): Promise<LedgerInvoices> {
  const range = await readSource(port, source);
  const report = readLedger(range.values, { dateSystem: range.dateSystem });
  if (report.missing.length > 0) return { customers: [], missing: report.missing, invoiceAmounts: false };
  const mapped = new Set(report.mapping.map((m) => m.field));
  const bothAmounts = mapped.has("amount") && mapped.has("openAmount");
  if (!withPayments || !bothAmounts) return { customers: invoicesByCustomer(report.rows), missing: [], invoiceAmounts: withPayments };
  // Read again with the open-amount column left unread: the amount column then feeds the amounts.
  const amounts = readLedger(range.values, { dateSystem: range.dateSystem, mapping: { openAmount: NOT_MAPPED } }).rows;
  const bySource = new Map<number, Minor>();
  for (let i = 0; i < amounts.length; i++) bySource.set(amounts.sourceIndex[i], amounts.open[i]);
  const rows = report.rows;
  return { customers: invoicesByCustomer(rows, (i) => bySource.get(rows.sourceIndex[i]) ?? rows.open[i]), missing: [], invoiceAmounts: true };
}

export interface CustomerPayments {
  readonly payments: readonly DatedAmount[];
  /** Rows of the payments table left out: unreadable, or refunds and zero amounts. */
  readonly leftOut: number;
  readonly notPayments: boolean;
}

/** A customer's payments from a payments table (names compared as the plans job does). */
export async function loadCustomerPayments(port: WorkbookPort, source: LedgerSource, customer: string): Promise<CustomerPayments> {
  const range: RangeData = await readSource(port, source);
  const read = readPayments(range.values as CellInput[][], range.dateSystem);
  const mine = read.payments.filter((p) => sameCustomerName(p.customer, customer));
  const payments = mine.filter((p) => p.amount > 0).map((p) => ({ date: p.date, amount: p.amount }));
  return { payments, leftOut: read.rejected.length + mine.length - payments.length, notPayments: read.notPayments };
}

export interface ClaimRequest {
  readonly port: WorkbookPort;
  readonly ledger: LedgerSource;
  readonly payments: LedgerSource | null;
  readonly customer: string;
  /** Rows (0-based, of the ledger range) of the invoices to claim; null for all of the customer's. */
  readonly selectedRows: ReadonlySet<number> | null;
  readonly terms: ClaimTerms;
}

export type ClaimOutcome =
  | { readonly status: "invalid"; readonly messages: readonly string[] }
  | {
      readonly status: "done";
      readonly result: InterestClaimResult;
      readonly terms: ClaimTerms;
      readonly sheet: string;
      readonly rates: ClaimRates;
      readonly invoiceAmounts: boolean;
      readonly paymentsLeftOut: number;
      readonly creditNotes: number;
    };

/**
 * One claim, from the workbook to the written sheet: the rates (AR_Rates checked first), the ledger's
 * invoices of the customer, the customer's payments, the claim, and only when every input is good the
 * `AR Interest <customer> <date>` sheet. Bad input comes back as messages naming the cell or column,
 * and nothing is written.
 */
export async function runClaim(r: ClaimRequest): Promise<ClaimOutcome> {
  const { port } = r;
  const rates = await loadRates(port);
  if (rates.problems.length > 0) return { status: "invalid", messages: rates.problems };
  const ledger = await loadInvoices(port, r.ledger, r.payments !== null);
  if (ledger.missing.length > 0) {
    return { status: "invalid", messages: [t("interestPanel.ledgerMissing", { source: describeSource(r.ledger), fields: ledger.missing.map((f) => t(`pane.field.${f}`)).join(", ") })] };
  }
  const group = ledger.customers.find((c) => sameCustomerName(c.customer, r.customer));
  if (!group || group.invoices.length === 0) return { status: "invalid", messages: [t("interestPanel.noInvoices", { customer: r.customer })] };
  const selected = r.selectedRows ? new Set(group.invoices.filter((i) => r.selectedRows!.has(i.sourceIndex)).map((i) => i.entry)) : null;
  if (selected && selected.size === 0) return { status: "invalid", messages: [t("interestPanel.noneSelected")] };
  const paid = r.payments ? await loadCustomerPayments(port, r.payments, group.customer) : { payments: [], leftOut: 0, notPayments: false };
  if (paid.notPayments && r.payments) return { status: "invalid", messages: [t("interestPanel.notPayments", { source: describeSource(r.payments) })] };
  const result = interestClaim(group.invoices, paid.payments, selected, r.terms, rates.book);
  const report = claimSheet(result, { customer: group.customer, terms: r.terms, rates, ledger: describeSource(r.ledger), payments: r.payments ? describeSource(r.payments) : null });
  const name = interestSheetName(group.customer, r.terms.endDate);
  if (!isOwnedSheet(name)) return { status: "invalid", messages: [t("interestPanel.badSheetName", { name })] };
  await port.writeReport({ ...report, name });
  return { status: "done", result, terms: r.terms, sheet: name, rates, invoiceAmounts: ledger.invoiceAmounts, paymentsLeftOut: paid.leftOut, creditNotes: group.leftOut };
}
