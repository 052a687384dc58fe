import { DomainError, fromMinor, Minor, Serial } from "../core";
import { CustomerRef, sameCustomer } from "../customers";
import { credit, debit, entryId, EntryHeader, JournalEntry, journalEntry } from "./journal";
import { approve, chargedAccount, WriteOffPolicy } from "./policy";
import { invoiceKey, isItemOf, stillWrittenOff, WriteOffRecord } from "./register";

/**
 * The three postings of the job, each all or nothing: it returns the entries to append to `AR Journal`
 * and the register as it is to be written, or throws a DomainError naming what is wrong, before
 * anything is posted.
 *
 * - Write-off: Dr allowance for doubtful accounts (or bad-debt expense, by policy) / Cr receivable.
 * - Recovery: reinstate (Dr receivable / Cr allowance, or bad debts recovered) and the cash (Dr bank /
 *   Cr receivable), matched to the customer's write-offs oldest first or in the order chosen.
 * - Reversal: a new entry with each line of the write-off on the other side; never a deletion.
 */

/** An open item chosen to be written off. */
export interface WriteOffItem extends CustomerRef {
  readonly customerId: string;
  readonly invoice: string;
  readonly currency: string;
  /** The open amount, minor units: what is written off. */
  readonly open: Minor;
  readonly dueDate: Serial | null;
}

/** What a posting gives: the entries (in order) and the whole register after it. */
export interface Posting {
  readonly entries: readonly JournalEntry[];
  readonly register: readonly WriteOffRecord[];
}

const money = (m: Minor) => fromMinor(m).toFixed(2);
const label = (item: { invoice: string }) => item.invoice.trim() || "—";

export interface WriteOffRequest {
  readonly items: readonly WriteOffItem[];
  readonly date: Serial;
  readonly reason: string;
  readonly approver: string;
  readonly secondApprover?: string;
  readonly policy: WriteOffPolicy;
  readonly register: readonly WriteOffRecord[];
  /** The number of the first new entry (nextEntryNumber of the journal). */
  readonly nextNumber: number;
}

/**
 * Writes off items: one entry per item, Dr the charged account / Cr receivable. Refused, with nothing
 * posted: no item; no reason; an item with nothing open (paid, or a credit note); an item written off
 * already and not reversed (or chosen twice); an approver not in the policy or above their limit
 * without a second approver who covers the amount (per currency, on the total of the items).
 * An item of 1,200.00 gives Dr 1290 (allowance) 1,200.00 / Cr 1200 (receivable) 1,200.00.
 */
export function writeOff(r: WriteOffRequest): Posting {
  if (r.items.length === 0) throw new DomainError("writeoffs.noItems");
  const reason = r.reason.trim();
  if (reason === "") throw new DomainError("writeoffs.reasonRequired");
  // Indexed by invoice number once: 10,000 items against a register of as many stay linear.
  const byInvoice = new Map<string, WriteOffRecord[]>();
  const index = (w: WriteOffRecord) => {
    const list = byInvoice.get(invoiceKey(w.invoice));
    if (list) list.push(w);
    else byInvoice.set(invoiceKey(w.invoice), [w]);
  };
  for (const w of r.register) if (w.status !== "Reversed") index(w);
  for (const item of r.items) {
    if (!(item.open > 0)) throw new DomainError("writeoffs.nothingOpen", { invoice: label(item), customer: item.customer, amount: money(item.open || 0) });
    const earlier = byInvoice.get(invoiceKey(item.invoice))?.find((w) => isItemOf(w, item, item.invoice, item.currency));
    if (earlier) throw new DomainError("writeoffs.already", { invoice: label(item), customer: item.customer, entry: earlier.entryId || "—" });
    index({ ...item, amount: item.open, date: r.date, reason, approvers: "", entryId: "", status: "Written off", recovered: 0, updated: r.date, lastEntryId: "" });
  }
  const totals = new Map<string, Minor>();
  for (const item of r.items) totals.set(item.currency, (totals.get(item.currency) ?? 0) + item.open);
  // The approval of the largest total covers the smaller ones (limits are per amount, whatever the currency).
  const largest = Math.max(...totals.values());
  const approvers = approve(r.policy, largest, r.approver, r.secondApprover);
  const account = chargedAccount(r.policy).writeOff;
  const entries = r.items.map((item, k) =>
    journalEntry(header(r.nextNumber + k, r.date, "Write-off", item, item.invoice, reason, approvers), [debit(account, item.open), credit(r.policy.accounts.receivable, item.open)]),
  );
  const added: WriteOffRecord[] = r.items.map((item, k) => ({
    customerId: item.customerId,
    customer: item.customer,
    invoice: item.invoice,
    amount: item.open,
    currency: item.currency,
    date: r.date,
    reason,
    approvers,
    entryId: entries[k].id,
    status: "Written off",
    recovered: 0,
    dueDate: item.dueDate,
    updated: r.date,
    lastEntryId: entries[k].id,
  }));
  return { entries, register: [...r.register, ...added] };
}

function header(n: number, date: Serial, type: EntryHeader["type"], who: CustomerRef & { currency: string }, invoice: string, reason: string, approver: string, reverses = ""): EntryHeader {
  return { id: entryId(n), date, type, currency: who.currency, customerId: who.customerId ?? "", customer: who.customer, invoice, reason, approver, reverses };
}

export interface RecoveryRequest {
  readonly customer: CustomerRef;
  /** The payment received, minor units. */
  readonly amount: Minor;
  readonly date: Serial;
  /** The payment's currency; "" to match write-offs of any currency (then they must share one). */
  readonly currency: string;
  /** Entry ids of the write-offs to match, in order; empty for oldest first. */
  readonly chosen: readonly string[];
  /** The payment's reference or a note, recorded as the entries' reason. */
  readonly reason: string;
  /** Who records the recovery. */
  readonly approver: string;
  readonly policy: WriteOffPolicy;
  readonly register: readonly WriteOffRecord[];
  readonly nextNumber: number;
}

/** A customer's write-offs still (in part) written off, oldest first: by write-off date, then due date, then entry id. */
export function openWriteOffs(register: readonly WriteOffRecord[], customer: CustomerRef, currency = ""): WriteOffRecord[] {
  return register
    .filter((w) => w.status === "Written off" && stillWrittenOff(w) > 0 && sameCustomer(w, customer) && (currency === "" || w.currency === currency))
    .sort((a, b) => a.date - b.date || (a.dueDate ?? 0) - (b.dueDate ?? 0) || a.entryId.localeCompare(b.entryId));
}

/**
 * Matches a payment to a customer's write-offs (oldest first, or the chosen ones in their order) and
 * posts, for each matched write-off, the reinstatement (Dr receivable / Cr allowance or bad debts
 * recovered) and then the cash (Dr bank / Cr receivable). A partial recovery leaves the rest written
 * off. Refused: an amount of 0 or less, no write-off to match, a chosen write-off that is not open, and
 * a payment larger than what is still written off.
 */
export function recover(r: RecoveryRequest): Posting {
  if (!(r.amount > 0)) throw new DomainError("writeoffs.recoveryAmount", { amount: money(r.amount || 0) });
  const open = openWriteOffs(r.register, r.customer, r.currency);
  if (open.length === 0) throw new DomainError("writeoffs.noneToRecover", { customer: r.customer.customer });
  const targets = r.chosen.length === 0 ? open : r.chosen.map((id) => {
    const w = open.find((o) => o.entryId === id);
    if (!w) throw new DomainError("writeoffs.notOpen", { entry: id });
    return w;
  });
  const currencies = new Set(targets.map((w) => w.currency));
  if (currencies.size > 1) throw new DomainError("writeoffs.mixedCurrencies", { currencies: [...currencies].join(", ") });
  const outstanding = targets.reduce((s, w) => s + stillWrittenOff(w), 0);
  if (r.amount > outstanding) throw new DomainError("writeoffs.recoveryTooLarge", { amount: money(r.amount), outstanding: money(outstanding), customer: r.customer.customer });
  const reason = r.reason.trim();
  const credited = chargedAccount(r.policy).reinstate;
  const { receivable, bank } = r.policy.accounts;
  const entries: JournalEntry[] = [];
  const changed = new Map<WriteOffRecord, WriteOffRecord>();
  let left = r.amount;
  let n = r.nextNumber;
  for (const w of targets) {
    if (left === 0) break;
    const share = Math.min(left, stillWrittenOff(w));
    left -= share;
    entries.push(journalEntry(header(n++, r.date, "Reinstatement", w, w.invoice, reason, r.approver, w.entryId), [debit(receivable, share), credit(credited, share)]));
    const cash = journalEntry(header(n++, r.date, "Cash", w, w.invoice, reason, r.approver), [debit(bank, share), credit(receivable, share)]);
    entries.push(cash);
    const recovered = w.recovered + share;
    changed.set(w, { ...w, recovered, status: recovered === w.amount ? "Recovered" : "Written off", updated: r.date, lastEntryId: cash.id });
  }
  return { entries, register: r.register.map((w) => changed.get(w) ?? w) };
}

export interface ReversalRequest {
  /** The write-off entry to reverse. */
  readonly entryId: string;
  readonly date: Serial;
  readonly reason: string;
  readonly approver: string;
  readonly journal: readonly JournalEntry[];
  readonly register: readonly WriteOffRecord[];
  readonly nextNumber: number;
}

/**
 * The entry that undoes another: the same accounts and amounts on the other side, naming the entry it
 * reverses.
 */
export function reversingEntry(original: JournalEntry, n: number, date: Serial, reason: string, approver: string): JournalEntry {
  return journalEntry(
    { ...original, id: entryId(n), date, type: "Reversal", reason, approver, reverses: original.id },
    // Debits first, as every entry is written.
    [...original.lines.filter((l) => l.credit > 0), ...original.lines.filter((l) => l.debit > 0)].map((l) => ({ account: l.account, debit: l.credit, credit: l.debit })),
  );
}

/**
 * Reverses a mistaken write-off with a new entry; the write-off's row is marked Reversed, so the item
 * is back in aging. Refused: no reason; an entry that is not a write-off in the register; one reversed
 * already (in the register or by a reversing entry in the journal); one with money recovered since.
 */
export function reverseWriteOff(r: ReversalRequest): Posting {
  const reason = r.reason.trim();
  if (reason === "") throw new DomainError("writeoffs.reasonRequired");
  if (r.approver.trim() === "") throw new DomainError("writeoffs.approverRequired");
  const record = r.register.find((w) => w.entryId === r.entryId);
  const original = r.journal.find((e) => e.id === r.entryId);
  if (!record || !original || original.type !== "Write-off") throw new DomainError("writeoffs.noSuchWriteOff", { entry: r.entryId });
  const earlier = r.journal.find((e) => e.reverses === r.entryId && e.type === "Reversal");
  if (record.status === "Reversed" || earlier) throw new DomainError("writeoffs.alreadyReversed", { entry: r.entryId, by: earlier?.id ?? record.lastEntryId });
  if (record.recovered > 0) throw new DomainError("writeoffs.reverseRecovered", { entry: r.entryId, recovered: money(record.recovered) });
  const entry = reversingEntry(original, r.nextNumber, r.date, reason, r.approver.trim());
  return { entries: [entry], register: r.register.map((w) => (w === record ? { ...w, status: "Reversed", updated: r.date, lastEntryId: entry.id } : w)) };
}
