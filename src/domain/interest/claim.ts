import { Minor, Serial, serialToIso } from "../core";
import { LedgerColumns } from "../ledger";
import { customerMatchKey } from "../customers";
import { customerKey } from "../plans";
import { lateFee } from "./lateFee";
import { DatedAmount, InterestDetail, InterestRegime, lateInterest, RateNote } from "./lateInterest";
import { Jurisdiction, RateBook, SHIPPED_RATES } from "./rates";

/**
 * An interest claim against one customer: the invoices of the ledger, the customer's payments spread
 * over them, and per invoice the interest to a date and the recovery fee, with totals per currency.
 * The dunning run, the statements and the legal pack build on it.
 */

/** One invoice of a claim, as the ledger gives it. */
export interface ClaimInvoice {
  /** Entry of the ledger's columns (LedgerColumns index). */
  readonly entry: number;
  /** 0-based row of the range the ledger was read from. */
  readonly sourceIndex: number;
  readonly customer: string;
  readonly invoice: string;
  /** Upper case, "" when the ledger has none. */
  readonly currency: string;
  readonly dueDate: Serial;
  /** The amount the interest runs on, above 0. */
  readonly principal: Minor;
  readonly disputed: boolean;
}

export interface CustomerInvoices {
  readonly customer: string;
  /** Oldest due date first (ledger order within a day). */
  readonly invoices: readonly ClaimInvoice[];
  /** Rows of the customer left out: credit notes and zero amounts. */
  readonly leftOut: number;
}

/**
 * The ledger's invoices per customer (customers in order of first appearance, names compared as the
 * plans job compares them). `principal` gives the amount of an entry when it is not the open amount
 * (the invoice amount, when payments are applied separately); entries of 0 or less are left out.
 *
 * @example
 * invoicesByCustomer(readLedger(values).rows)[0].invoices[0].principal //=> 1234500
 */
export function invoicesByCustomer(rows: LedgerColumns, principal: (entry: number) => Minor = (i) => rows.open[i]): CustomerInvoices[] {
  const byKey = new Map<string, { customer: string; invoices: ClaimInvoice[]; leftOut: number }>();
  for (let i = 0; i < rows.length; i++) {
    const customer = rows.customer[i];
    const key = customerMatchKey(customer);
    let group = byKey.get(key);
    if (!group) byKey.set(key, (group = { customer, invoices: [], leftOut: 0 }));
    const amount = principal(i);
    if (!(amount > 0)) {
      group.leftOut++;
      continue;
    }
    group.invoices.push({
      entry: i,
      sourceIndex: rows.sourceIndex[i],
      customer,
      invoice: rows.invoice[i] ?? "",
      currency: (rows.currency[i] ?? "").trim().toUpperCase(),
      dueDate: rows.dueDate[i],
      principal: amount,
      disputed: rows.disputed[i] === 1,
    });
  }
  return [...byKey.values()].map((g) => ({ ...g, invoices: [...g.invoices].sort((a, b) => a.dueDate - b.dueDate || a.entry - b.entry) }));
}

/** What the claim is under: the law (for the rate and the fee), the debtor, the end date, an agreed rate. */
export interface ClaimTerms {
  readonly endDate: Serial;
  readonly jurisdiction: Jurisdiction;
  readonly b2c: boolean;
  /** A contractual annual rate that replaces the statutory one (the fee stays the law's); null for none. */
  readonly contractualRate: number | null;
}

export interface ClaimLine {
  readonly invoice: ClaimInvoice;
  /** The customer's payments this invoice received, up to the end date, in date order. */
  readonly payments: readonly DatedAmount[];
  readonly paid: Minor;
  readonly detail: InterestDetail;
  /** The fixed recovery sum; 0 for an invoice not late on the end date. */
  readonly fee: Minor;
}

export interface CurrencyTotal {
  readonly currency: string;
  readonly invoices: number;
  readonly principal: Minor;
  readonly paid: Minor;
  readonly interest: Minor;
  readonly fee: Minor;
}

export interface InterestClaimResult {
  readonly lines: readonly ClaimLine[];
  /** Per currency, in order of first appearance among the lines. */
  readonly totals: readonly CurrencyTotal[];
  /** What the payments up to the end date paid beyond every invoice of the customer. */
  readonly unallocated: Minor;
  /** Payments dated after the end date: not counted. */
  readonly afterEnd: number;
  /** Each rate note once, over all lines. */
  readonly notes: readonly RateNote[];
}

/** The regime of a claim's terms. */
export function claimRegime(terms: ClaimTerms): InterestRegime {
  return terms.contractualRate === null ? { kind: "statutory", jurisdiction: terms.jurisdiction, b2c: terms.b2c } : { kind: "fixed", annualRate: terms.contractualRate };
}

/**
 * Spreads a customer's payments (up to the end date) over all of the customer's invoices, oldest due
 * date first (BGB §366(2), c.c. art. 1193: the debt due first, then the oldest): each payment goes to
 * the oldest invoice still owing on its day, up to what that invoice owes then (principal left and
 * interest accrued and unpaid), and the rest to the next. Within an invoice the payment then settles
 * interest before principal.
 */
function allocate(invoices: readonly ClaimInvoice[], payments: readonly DatedAmount[], regime: InterestRegime, book: RateBook): { byInvoice: DatedAmount[][]; unallocated: Minor } {
  const byInvoice = invoices.map((): DatedAmount[] => []);
  let unallocated = 0;
  for (const p of payments) {
    let left = p.amount;
    for (let k = 0; k < invoices.length && left > 0; k++) {
      const inv = invoices[k];
      const state = lateInterest({ principal: inv.principal, dueDate: inv.dueDate, endDate: Math.max(p.date, inv.dueDate), regime, payments: byInvoice[k] }, book);
      const owed = state.principalLeft + state.interestUnpaid;
      if (owed <= 0) continue;
      const take = Math.min(left, owed);
      byInvoice[k].push({ date: p.date, amount: take });
      left -= take;
    }
    unallocated += left;
  }
  return { byInvoice, unallocated };
}

/**
 * The claim on the `selected` invoices of one customer (all of them when null), with `customerInvoices`
 * being all of the customer's invoices (payments are spread over all, so leaving an invoice out of the
 * claim never moves a payment onto another) and `payments` the customer's payments.
 *
 * @example
 * interestClaim(invoices, [], null, { endDate: 46351, jurisdiction: "DE", b2c: false, contractualRate: null }).totals[0].fee
 * //=> 8000 (two late invoices, 40.00 each)
 */
export function interestClaim(customerInvoices: readonly ClaimInvoice[], payments: readonly DatedAmount[], selected: ReadonlySet<number> | null, terms: ClaimTerms, book: RateBook = SHIPPED_RATES): InterestClaimResult {
  const regime = claimRegime(terms);
  const counted = [...payments].filter((p) => p.date <= terms.endDate).sort((a, b) => a.date - b.date);
  const { byInvoice, unallocated } = allocate(customerInvoices, counted, regime, book);
  const lines: ClaimLine[] = [];
  customerInvoices.forEach((invoice, k) => {
    if (selected && !selected.has(invoice.entry)) return;
    const detail = lateInterest({ principal: invoice.principal, dueDate: invoice.dueDate, endDate: terms.endDate, regime, payments: byInvoice[k] }, book);
    const late = terms.endDate > invoice.dueDate;
    const paid = byInvoice[k].reduce((a, p) => a + p.amount, 0);
    lines.push({ invoice, payments: byInvoice[k], paid, detail, fee: late ? lateFee(invoice.principal, terms.jurisdiction, terms.b2c) : 0 });
  });
  return { lines, totals: totalsOf(lines), unallocated, afterEnd: payments.length - counted.length, notes: notesOf(lines) };
}

function totalsOf(lines: readonly ClaimLine[]): CurrencyTotal[] {
  const totals = new Map<string, { currency: string; invoices: number; principal: Minor; paid: Minor; interest: Minor; fee: Minor }>();
  for (const l of lines) {
    const c = l.invoice.currency;
    let t = totals.get(c);
    if (!t) totals.set(c, (t = { currency: c, invoices: 0, principal: 0, paid: 0, interest: 0, fee: 0 }));
    t.invoices++;
    t.principal += l.invoice.principal;
    t.paid += l.paid;
    t.interest += l.detail.total;
    t.fee += l.fee;
  }
  return [...totals.values()];
}

function notesOf(lines: readonly ClaimLine[]): RateNote[] {
  const seen = new Set<string>();
  const out: RateNote[] = [];
  for (const l of lines) {
    for (const n of l.detail.notes) {
      const key = `${n.kind} ${n.lookup.series} ${n.kind === "unconfirmed" ? n.lookup.entry.from : n.lookup.date}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(n);
    }
  }
  return out;
}


/** The longest customer key that keeps `AR Interest <key> YYYY-MM-DD` within Excel's 31 characters. */
export const MAX_INTEREST_KEY = 8;

/**
 * The sheet of a customer's interest claim on a date: `AR Interest <customer> YYYY-MM-DD`, the name's
 * letters and digits in upper case, and for a name longer than 8 of them its first 3 and 4 hex digits
 * of a hash of the whole name (two long names sharing a start still differ). A rerun the same day
 * replaces the sheet.
 *
 * @example
 * interestSheetName("Rossi", ymdToSerial(2026, 11, 25)) //=> "AR Interest ROSSI 2026-11-25"
 * interestSheetName("Harper Ltd", ymdToSerial(2026, 11, 25)) //=> "AR Interest HAR-3903 2026-11-25"
 */
export function interestSheetName(customer: string, date: Serial): string {
  return `AR Interest ${customerKey(customer, { max: MAX_INTEREST_KEY, prefix: 3 })} ${serialToIso(date)}`;
}
