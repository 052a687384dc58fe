import { CellInput, DomainError, Minor, parseAmountColumn, parseDateColumn, Problem, Serial } from "../core";
import { normalizeHeader } from "../ledger";

/** One paid item: whose, when it was invoiced and due, when it was paid, and how much (minor units). */
export interface PaidItem {
  /** The customer key (customerKeyOf of the customers job) or any key the caller groups by. */
  readonly key: string;
  readonly customer: string;
  readonly invoiceDate: Serial;
  readonly dueDate: Serial;
  readonly paidDate: Serial;
  readonly amount: Minor;
}

/** How a customer pays: days from invoice to payment and days late beyond the due date, weighted by amount. */
export interface PaymentBehaviour {
  readonly key: string;
  readonly customer: string;
  /** Items paid in the window. */
  readonly items: number;
  readonly paid: Minor;
  /** Σ amount × (paid − invoice date) / Σ amount; null when no item of the window has an invoice date. */
  readonly averageDaysToPay: number | null;
  /** Σ amount × max(0, paid − due date) / Σ amount: an early payment counts as on time, not as credit; null when no item has a due date. */
  readonly averageDaysBeyondTerms: number | null;
}

/** The default window: a year of payments. */
export const DEFAULT_BEHAVIOUR_WINDOW_DAYS = 365;

/**
 * Payment behaviour per customer over the `windowDays` days up to `asOf` (paid dates in
 * (asOf − windowDays, asOf]), weighted by amount; items of 0 or less (credit notes) carry no weight.
 * Customers in order of first appearance.
 *
 * @example
 * paymentBehaviour([{ key: "a", customer: "A", invoiceDate: 100, dueDate: 130, paidDate: 140, amount: 300 }, { key: "a", customer: "A", invoiceDate: 100, dueDate: 130, paidDate: 120, amount: 100 }], 200, 365)[0]
 * //=> { key: "a", customer: "A", items: 2, paid: 400, averageDaysToPay: 35, averageDaysBeyondTerms: 7.5 }
 */
export function paymentBehaviour(items: readonly PaidItem[], asOf: Serial, windowDays = DEFAULT_BEHAVIOUR_WINDOW_DAYS): PaymentBehaviour[] {
  if (!(Number.isInteger(windowDays) && windowDays >= 1 && windowDays <= 3660)) throw new DomainError("metrics.windowRange", { text: String(windowDays) });
  const sums = new Map<string, { customer: string; items: number; paid: number; datedPaid: number; duePaid: number; toPay: number; beyond: number }>();
  for (const item of items) {
    if (!(item.paidDate <= asOf && item.paidDate > asOf - windowDays) || !(item.amount > 0)) continue;
    let s = sums.get(item.key);
    if (!s) sums.set(item.key, (s = { customer: item.customer, items: 0, paid: 0, datedPaid: 0, duePaid: 0, toPay: 0, beyond: 0 }));
    s.items++;
    s.paid += item.amount;
    if (Number.isFinite(item.invoiceDate)) {
      s.datedPaid += item.amount;
      s.toPay += item.amount * (item.paidDate - item.invoiceDate);
    }
    if (Number.isFinite(item.dueDate)) {
      s.duePaid += item.amount;
      s.beyond += item.amount * Math.max(0, item.paidDate - item.dueDate);
    }
  }
  return [...sums].map(([key, s]) => ({
    key,
    customer: s.customer,
    items: s.items,
    paid: s.paid,
    averageDaysToPay: s.datedPaid > 0 ? shownDays(s.toPay / s.datedPaid) : null,
    averageDaysBeyondTerms: s.duePaid > 0 ? shownDays(s.beyond / s.duePaid) : null,
  }));
}

/** Days to one decimal, as a collector reads them. */
function shownDays(days: number): number {
  return Math.round(days * 10) / 10;
}

/** Header words of the columns of a table of paid items, in the five languages (compared normalised). */
const PAID_HEADERS: Readonly<Record<"customer" | "customerId" | "invoiceDate" | "dueDate" | "paidDate" | "amount", readonly string[]>> = {
  customer: ["customer", "customer name", "cliente", "kunde", "klant", "client", "debtor", "debitore", "debiteur"],
  customerId: ["customer id", "customer no", "customer number", "codice cliente", "kundennummer", "klantnummer", "numero client", "code client"],
  invoiceDate: ["invoice date", "document date", "data fattura", "rechnungsdatum", "factuurdatum", "date facture", "date de facture"],
  dueDate: ["due date", "scadenza", "data scadenza", "falligkeit", "falligkeitsdatum", "vervaldatum", "echeance", "date echeance", "date d echeance"],
  paidDate: ["paid date", "payment date", "date paid", "paid on", "data pagamento", "zahlungsdatum", "bezahlt am", "betaaldatum", "datum betaling", "date de paiement", "date paiement", "value date"],
  amount: ["amount", "amount paid", "paid amount", "applied", "importo", "importo pagato", "betrag", "bedrag", "montant", "montant paye"],
};

export interface PaidItemsRead {
  readonly items: PaidItem[];
  /** Rows that could not be used, with the row (1-based on the sheet's used range) in the problem. */
  readonly problems: Problem[];
  /** False when the range has no paid-date column: it is not a table of paid items. */
  readonly found: boolean;
}

/**
 * Reads paid items from a range whose first row is its header: a customer (or customer id), a paid
 * date and an amount are needed; invoice and due dates are used when present. `keyOf` gives each
 * row's customer key.
 *
 * @example
 * readPaidItems([["Customer", "Due date", "Paid date", "Amount"], ["A", 45000, 45010, 100]], (c) => c.customer).items[0].paidDate //=> 45010
 */
export function readPaidItems(values: readonly (readonly CellInput[])[], keyOf: (ref: { customer: string; customerId: string }) => string): PaidItemsRead {
  const header = (values[0] ?? []).map((h) => normalizeHeader(String(h ?? "")));
  const at = (field: keyof typeof PAID_HEADERS) => header.findIndex((h) => PAID_HEADERS[field].includes(h));
  const col = { customer: at("customer"), customerId: at("customerId"), invoiceDate: at("invoiceDate"), dueDate: at("dueDate"), paidDate: at("paidDate"), amount: at("amount") };
  if (col.paidDate < 0 || col.amount < 0 || (col.customer < 0 && col.customerId < 0)) return { items: [], problems: [], found: false };
  const body = values.slice(1);
  const column = (c: number) => body.map((r) => (c < 0 ? null : (r[c] ?? null)));
  const dates = (c: number) => (c < 0 ? new Float64Array(body.length).fill(NaN) : parseDateColumn(column(c)).values);
  const [invoiceDate, dueDate, paidDate] = [dates(col.invoiceDate), dates(col.dueDate), dates(col.paidDate)];
  const amounts = parseAmountColumn(column(col.amount)).values;
  const items: PaidItem[] = [];
  const problems: Problem[] = [];
  const text = (c: number, r: readonly CellInput[]) => (c < 0 ? "" : String(r[c] ?? "").trim());
  body.forEach((r, i) => {
    if (r.every((c) => c === null || c === undefined || String(c).trim() === "")) return;
    const customer = text(col.customer, r);
    const customerId = text(col.customerId, r);
    if (Number.isNaN(paidDate[i]) || Number.isNaN(amounts[i]) || (customer === "" && customerId === "")) {
      problems.push({ code: "metrics.paidRowUnreadable", params: { row: i + 2 } });
      return;
    }
    items.push({ key: keyOf({ customer, customerId }), customer: customer || customerId, invoiceDate: invoiceDate[i], dueDate: dueDate[i], paidDate: paidDate[i], amount: amounts[i] });
  });
  return { items, problems, found: true };
}
