import { Minor, Serial } from "../core";
import { credit, debit, entryId, JournalEntry, journalEntry } from "./journal";
import { WriteOffPolicy } from "./policy";

/**
 * The allowance booked and the entry that brings it to the provision required. The allowance in the
 * books is the credit balance of the allowance account over the journal's entries up to the date
 * (provisions booked, less write-offs charged to it, plus reinstatements); the change is required −
 * booked: an increase is Dr bad-debt expense / Cr allowance, a release Dr allowance / Cr bad-debt
 * expense, and no change needs no entry.
 */

/**
 * The allowance account's credit balance in one currency over entries dated on or before `asOf`.
 *
 * @example
 * bookedAllowance([], "1290", "EUR", 46000) //=> 0 (nothing booked yet)
 */
export function bookedAllowance(journal: readonly JournalEntry[], account: string, currency: string, asOf: Serial): Minor {
  let balance = 0;
  for (const e of journal) {
    if (e.date > asOf || e.currency !== currency) continue;
    for (const l of e.lines) if (l.account === account) balance += l.credit - l.debit;
  }
  return balance;
}

export interface ProvisionChange {
  readonly currency: string;
  readonly required: Minor;
  readonly booked: Minor;
  /** required − booked. */
  readonly change: Minor;
  /** The entry for the change; null when there is none to make. */
  readonly entry: JournalEntry | null;
}

/**
 * The change of one currency's allowance and its entry (number `n`).
 *
 * @example
 * provisionChange({ accounts: { allowance: "1290", expense: "6800" } }, "EUR", 58000000, 50000000, 46000, 12, "Provision", "Anna").entry?.lines
 * //=> [{ account: "6800", debit: 8000000, credit: 0 }, { account: "1290", debit: 0, credit: 8000000 }]
 */
export function provisionChange(policy: WriteOffPolicy, currency: string, required: Minor, booked: Minor, date: Serial, n: number, reason: string, approver: string): ProvisionChange {
  const change = required - booked;
  if (change === 0) return { currency, required, booked, change, entry: null };
  const { allowance, expense } = policy.accounts;
  const lines = change > 0 ? [debit(expense, change), credit(allowance, change)] : [debit(allowance, -change), credit(expense, -change)];
  const entry = journalEntry({ id: entryId(n), date, type: "Provision", currency, customerId: "", customer: "", invoice: "", reason, approver, reverses: "" }, lines);
  return { currency, required, booked, change, entry };
}
