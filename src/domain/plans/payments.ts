import { CellInput, Serial, Minor } from "../core";
import { matchHeader, normalizeHeader, readLedger, RejectedRow } from "../ledger";
import { ScheduledAmount } from "./planStatus";
import { sameCustomer } from "./customerKey";

/**
 * Payments received, read from a payments table (decision: payments are not taken from negative
 * ledger rows, which in an open-items export are credit notes and unapplied cash whose dates are not
 * payment dates). A payments table has a customer column, a payment-date column and an amount column
 * (headers in any of the five languages); text amounts and d/m/y text dates are read as the ledger
 * reader reads them. A payment is a positive amount; a negative one (a refund or reversal) reduces
 * what was paid.
 */
export interface Payment {
  readonly customer: string;
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

/** 0-based columns of the customer, date and amount headers in a row; null unless all three are there. */
export function paymentColumns(header: readonly CellInput[]): { customer: number; date: number; amount: number } | null {
  let customer = -1, date = -1, amount = -1;
  header.forEach((cell, c) => {
    if (typeof cell !== "string") return;
    const field = matchHeader(cell)?.field;
    if (customer < 0 && field === "customer") customer = c;
    else if (amount < 0 && (field === "amount" || field === "openAmount")) amount = c;
    else if (date < 0 && DATE_HEADERS.has(normalizeHeader(cell))) date = c;
  });
  return customer >= 0 && date >= 0 && amount >= 0 ? { customer, date, amount } : null;
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
  const rows = values.slice(top).map((r) => [r[columns.customer], r[columns.date], r[columns.amount]]);
  rows[0] = ["Customer", "Due date", "Amount"];
  const report = readLedger(rows, { dateSystem, mapping: { customer: 0, dueDate: 1, amount: 2 } });
  const payments: Payment[] = [];
  for (let i = 0; i < report.rows.length; i++) payments.push({ customer: report.rows.customer[i], date: report.rows.dueDate[i], amount: report.rows.open[i] });
  const rejected = report.rejected.map((r) => ({ ...r, index: r.index + top }));
  return { payments, rejected, notPayments: false };
}

/**
 * A customer's payments dated from `since` on (payments before a plan or promise was made paid other
 * things), oldest first, as dated amounts for planStatus.
 */
export function paymentsOf(payments: readonly Payment[], customer: string, since: Serial): ScheduledAmount[] {
  return payments
    .filter((p) => p.date >= since && sameCustomer(p.customer, customer))
    .map((p) => ({ date: p.date, amount: p.amount }))
    .sort((a, b) => a.date - b.date);
}
