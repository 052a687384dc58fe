import { Minor, Serial } from "../core";
import { sameCustomer } from "../customers";
import { ClaimInvoice, ClaimTerms, DatedAmount, interestClaim, InterestClaimResult, RateBook, SHIPPED_RATES } from "../interest";
import { DunningLogEntry } from "./log";

/**
 * The legal escalation pack of one customer, as data: the statement of account (every invoice, credit
 * note and payment with a running balance per currency), the payment history, the dunning history
 * from the log, and the interest claim per invoice with its calculation and the fixed recovery sums.
 */

export interface CreditNote {
  readonly reference: string;
  readonly date: Serial;
  /** Above 0: what the credit note takes off the balance. */
  readonly amount: Minor;
  readonly currency: string;
}

export interface LegalPackInput {
  readonly asOf: Serial;
  readonly customer: string;
  readonly customerId: string;
  /** All the customer's invoices (principal: the invoice amount when payments are given, else the open amount). */
  readonly invoices: readonly ClaimInvoice[];
  readonly creditNotes: readonly CreditNote[];
  /** The customer's payments (in its invoices' first currency); none when the ledger's open amounts already net them. */
  readonly payments: readonly DatedAmount[];
  readonly log: readonly DunningLogEntry[];
  readonly terms: ClaimTerms;
  readonly book?: RateBook;
}

export type StatementKind = "invoice" | "creditNote" | "payment";

export interface StatementLine {
  readonly date: Serial;
  readonly kind: StatementKind;
  readonly reference: string;
  readonly currency: string;
  readonly debit: Minor;
  readonly credit: Minor;
  /** The running balance of the line's currency after it. */
  readonly balance: Minor;
}

export interface PackTotal {
  readonly currency: string;
  readonly invoiced: Minor;
  readonly credited: Minor;
  readonly paid: Minor;
  readonly balance: Minor;
  readonly interest: Minor;
  readonly fees: Minor;
  /** balance + interest + fees: what the claim is for. */
  readonly claim: Minor;
}

export interface LegalPack {
  readonly statement: readonly StatementLine[];
  readonly payments: readonly DatedAmount[];
  /** The customer's letters from the log, oldest first. */
  readonly history: readonly DunningLogEntry[];
  readonly claim: InterestClaimResult;
  readonly totals: readonly PackTotal[];
}

const ORDER: Readonly<Record<StatementKind, number>> = { invoice: 0, creditNote: 1, payment: 2 };

/**
 * The pack. Statement lines are in date order (invoices on their due date), invoices before credit
 * notes before payments on one day; payments count up to the as-of date.
 *
 * @example
 * legalPack({ asOf: 46000, customer: "Rossi", customerId: "", invoices: [], creditNotes: [{ reference: "CN1", date: 45990, amount: 5000, currency: "EUR" }], payments: [], log: [], terms: { endDate: 46000, jurisdiction: "IT", b2c: false, contractualRate: null } }).statement[0].balance
 * //=> -5000
 */
export function legalPack(input: LegalPackInput): LegalPack {
  const currency = input.invoices[0]?.currency || input.creditNotes[0]?.currency || "EUR";
  const payments = [...input.payments].filter((p) => p.date <= input.asOf).sort((a, b) => a.date - b.date);
  const raw: Omit<StatementLine, "balance">[] = [
    ...input.invoices.map((i) => ({ date: i.dueDate, kind: "invoice" as const, reference: i.invoice, currency: i.currency || currency, debit: i.principal, credit: 0 })),
    ...input.creditNotes.map((c) => ({ date: c.date, kind: "creditNote" as const, reference: c.reference, currency: c.currency || currency, debit: 0, credit: c.amount })),
    ...payments.map((p) => ({ date: p.date, kind: "payment" as const, reference: "", currency, debit: 0, credit: p.amount })),
  ].sort((a, b) => a.date - b.date || ORDER[a.kind] - ORDER[b.kind]);
  const running = new Map<string, Minor>();
  const statement = raw.map((l) => {
    const balance = (running.get(l.currency) ?? 0) + l.debit - l.credit;
    running.set(l.currency, balance);
    return { ...l, balance };
  });
  const claim = interestClaim(input.invoices, payments, null, input.terms, input.book ?? SHIPPED_RATES);
  const totals = new Map<string, { currency: string; invoiced: Minor; credited: Minor; paid: Minor; balance: Minor; interest: Minor; fees: Minor; claim: Minor }>();
  const totalOf = (c: string) => {
    let x = totals.get(c);
    if (!x) totals.set(c, (x = { currency: c, invoiced: 0, credited: 0, paid: 0, balance: 0, interest: 0, fees: 0, claim: 0 }));
    return x;
  };
  for (const l of statement) {
    const x = totalOf(l.currency);
    if (l.kind === "invoice") x.invoiced += l.debit;
    else if (l.kind === "creditNote") x.credited += l.credit;
    else x.paid += l.credit;
    x.balance = l.balance;
  }
  for (const ct of claim.totals) {
    const x = totalOf(ct.currency || currency);
    x.interest += ct.interest;
    x.fees += ct.fee;
  }
  for (const x of totals.values()) x.claim = x.balance + x.interest + x.fees;
  const ref = { customer: input.customer, customerId: input.customerId };
  const history = input.log.filter((e) => e.date <= input.asOf && sameCustomer({ customer: e.customer, customerId: e.customerId }, ref)).sort((a, b) => a.date - b.date);
  return { statement, payments, history, claim, totals: [...totals.values()] };
}
