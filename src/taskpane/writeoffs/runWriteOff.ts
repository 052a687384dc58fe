/**
 * The write-off panel's work: posting write-offs of a customer's items and reversing a write-off, each
 * from fresh reads of the policy, the register and the journal, the domain computing the whole posting
 * before anything is written.
 */
import { Minor, Serial } from "../../domain/core";
import { OpenItem } from "../../domain/plans";
import { CustomerRef } from "../../domain/customers";
import { JournalEntry, recover, reverseWriteOff, writeOff } from "../../domain/writeoffs";
import { WorkbookPort } from "../../workbook/port";
import { loadPolicy, readJournalEntries, readWriteOffRegister, savePosting } from "./writeoffWorkbook";

export interface WriteOffRun {
  readonly port: WorkbookPort;
  readonly customer: string;
  readonly customerId: string;
  readonly items: readonly OpenItem[];
  readonly date: Serial;
  readonly reason: string;
  readonly approver: string;
  readonly secondApprover: string;
}

export interface PostingDone {
  readonly entries: readonly JournalEntry[];
  readonly total: Minor;
}

export async function runWriteOff(r: WriteOffRun): Promise<PostingDone> {
  const [policy, register, journal] = await Promise.all([loadPolicy(r.port), readWriteOffRegister(r.port), readJournalEntries(r.port)]);
  const posting = writeOff({
    items: r.items.map((i) => ({ customer: r.customer, customerId: r.customerId, invoice: i.invoice, currency: i.currency, open: i.open, dueDate: Number.isFinite(i.dueDate) ? i.dueDate : null })),
    date: r.date,
    reason: r.reason,
    approver: r.approver,
    secondApprover: r.secondApprover,
    policy,
    register: register.records,
    nextNumber: journal.next,
  });
  await savePosting(r.port, posting, register);
  return { entries: posting.entries, total: r.items.reduce((s, i) => s + i.open, 0) };
}

export interface ReversalRun {
  readonly port: WorkbookPort;
  readonly entryId: string;
  readonly date: Serial;
  readonly reason: string;
  readonly approver: string;
}

export async function runReversal(r: ReversalRun): Promise<PostingDone> {
  const [register, journal] = await Promise.all([readWriteOffRegister(r.port), readJournalEntries(r.port)]);
  const posting = reverseWriteOff({ entryId: r.entryId, date: r.date, reason: r.reason, approver: r.approver, journal: journal.entries, register: register.records, nextNumber: journal.next });
  await savePosting(r.port, posting, register);
  return { entries: posting.entries, total: posting.entries[0].lines[0].debit };
}

export interface RecoveryRun {
  readonly port: WorkbookPort;
  readonly customer: CustomerRef;
  readonly amount: Minor;
  readonly date: Serial;
  readonly currency: string;
  /** Entry ids of the write-offs to match, in order; empty for oldest first. */
  readonly chosen: readonly string[];
  readonly reference: string;
  readonly recordedBy: string;
}

/** Matches a payment to the customer's write-offs and posts the reinstatements and the cash. */
export async function runRecovery(r: RecoveryRun): Promise<PostingDone> {
  const [policy, register, journal] = await Promise.all([loadPolicy(r.port), readWriteOffRegister(r.port), readJournalEntries(r.port)]);
  const posting = recover({ customer: r.customer, amount: r.amount, date: r.date, currency: r.currency, chosen: r.chosen, reason: r.reference, approver: r.recordedBy, policy, register: register.records, nextNumber: journal.next });
  await savePosting(r.port, posting, register);
  return { entries: posting.entries, total: r.amount };
}
