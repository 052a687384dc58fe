import { CellInput, Serial, Minor } from "../core";
import { CustomerRef, sameCustomer } from "../customers";
import { mapColumns, matchHeader, normalizeHeader, NOT_MAPPED, readLedger, RejectedRow } from "../ledger";
import { ScheduledAmount } from "./planStatus";

/**
 * Payments received, read from a payments table (decision: payments are not taken from negative
 * ledger rows, which in an open-items export are credit notes and unapplied cash whose dates are not
 * payment dates). A payments table has a customer column, a payment-date column and an amount column
 * (headers in any of the five languages), and a customer id column when it has one ("Customer No.",
 * beside the name, as the ledger reader takes it); text amounts and d/m/y text dates are read as the
 * ledger reader reads them. A payment is a positive amount; a negative one (a refund or reversal)
 * reduces what was paid. The id is the table's own: a payment without one matches by name.
 */
/** The payments table the add-in keeps itself: bank payments applied by the Cash panel are appended to it. */
export const AR_PAYMENTS_SHEET = "AR Payments";

export interface Payment {
  readonly customer: string;
  /** The customer id of the payments table's id column; absent or "" when it has none. */
  readonly customerId?: string;
  readonly date: Serial;
  readonly amount: Minor;
}

export interface PaymentsRead {
  readonly payments: readonly Payment[];
  readonly rejected: readonly RejectedRow[];
  /** True when no customer, date and amount headers were found. */
  readonly notPayments: boolean;
}

const DATE_HEADERS = new Set([
  "payment date", "paid on", "date paid", "value date", "date", "received", "date received",
  "data pagamento", "data incasso", "data valuta", "data",
  "zahlungsdatum", "zahlungseingang", "valutadatum", "eingang", "datum", "bezahlt am",
  "betaaldatum", "datum betaling", "ontvangen op",
  "date de paiement", "date paiement", "date de reglement", "date reglement", "date de valeur",
]);

/**
 * 0-based columns of the customer, date and amount headers in a row, and of the customer id (-1 when
 * none); null unless the first three are there. The customer columns are those the ledger reader maps.
 */
export function paymentColumns(header: readonly CellInput[]): { customer: number; customerId: number; date: number; amount: number } | null {
  const mapped = mapColumns(header, { invoice: NOT_MAPPED, invoiceDate: NOT_MAPPED, dueDate: NOT_MAPPED, amount: NOT_MAPPED, openAmount: NOT_MAPPED }).mapping;
  const customer = mapped.find((m) => m.field === "customer")?.column ?? -1;
  const customerId = mapped.find((m) => m.field === "customerId")?.column ?? -1;
  let date = -1, amount = -1;
  header.forEach((cell, c) => {
    if (typeof cell !== "string" || c === customer || c === customerId) return;
    const field = matchHeader(cell)?.field;
    if (amount < 0 && (field === "amount" || field === "openAmount")) amount = c;
    else if (date < 0 && DATE_HEADERS.has(normalizeHeader(cell))) date = c;
  });
  return customer >= 0 && date >= 0 && amount >= 0 ? { customer, customerId, date, amount } : null;
}

/**
 * The payments in a table's cells (the header row among the first 20 rows).
 *
 * @example
 * readPayments([["Customer", "Payment date", "Amount"], ["Rossi", 46000, "1.234,56"]]).payments
 * //=> [{ customer: "Rossi", date: 46000, amount: 123456 }]
 */
export function readPayments(values: readonly (readonly CellInput[])[], dateSystem: 1900 | 1904 = 1900): PaymentsRead {
  const top = values.slice(0, 20).findIndex((r) => r && paymentColumns(r) !== null);
  if (top < 0) return { payments: [], rejected: [], notPayments: true };
  const columns = paymentColumns(values[top])!;
  const withId = columns.customerId >= 0;
  const rows = values.slice(top).map((r) => [r[columns.customer], r[columns.date], r[columns.amount], ...(withId ? [r[columns.customerId]] : [])]);
  rows[0] = ["Customer", "Due date", "Amount", ...(withId ? ["Customer id"] : [])];
  const report = readLedger(rows, { dateSystem, mapping: { customer: 0, dueDate: 1, amount: 2, customerId: withId ? 3 : NOT_MAPPED } });
  const payments: Payment[] = [];
  for (let i = 0; i < report.rows.length; i++) {
    const payment = { customer: report.rows.customer[i], date: report.rows.dueDate[i], amount: report.rows.open[i] };
    payments.push(withId ? { ...payment, customerId: report.rows.customerId[i] } : payment);
  }
  const rejected = report.rejected.map((r) => ({ ...r, index: r.index + top }));
  return { payments, rejected, notPayments: false };
}

/**
 * A customer's payments dated from `since` on (payments before a plan or promise was made paid other
 * things), oldest first, as dated amounts for planStatus. A payment is the customer's by the one key
 * rule (sameCustomer): the ids when both have one, else the names.
 */
export function paymentsOf(payments: readonly Payment[], customer: CustomerRef, since: Serial): ScheduledAmount[] {
  return payments
    .filter((p) => p.date >= since && sameCustomer(p, customer))
    .map((p) => ({ date: p.date, amount: p.amount }))
    .sort((a, b) => a.date - b.date);
}
