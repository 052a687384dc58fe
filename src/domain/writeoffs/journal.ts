import { DomainError, fromMinor, Minor, Serial, toMinor } from "../core";
import { readRegisterTable, RegisterCell } from "../plans";

/**
 * Double-entry journal entries: the write-offs, recoveries, reversals and provision changes the add-in
 * posts to `AR Journal`. An entry is made only by `journalEntry`, which refuses one whose debits and
 * credits differ, so every entry that exists balances. The journal is append-only: a mistake is
 * undone by a reversing entry, never by deleting a row.
 *
 * Headers and type words are fixed English (as the registers of the plans job): other jobs and the
 * ERP import read the journal back by its headers, whatever the pane's language.
 */

export const JOURNAL_SHEET = "AR Journal";

/** What an entry records. */
export type EntryType = "Write-off" | "Reinstatement" | "Cash" | "Reversal" | "Provision";

export const ENTRY_TYPES: readonly EntryType[] = ["Write-off", "Reinstatement", "Cash", "Reversal", "Provision"];

/** One line: an account debited or credited (exactly one of the two is above 0), in minor units. */
export interface JournalLine {
  readonly account: string;
  readonly debit: Minor;
  readonly credit: Minor;
}

/** What an entry says besides its lines: who, what, why, who approved. */
export interface EntryHeader {
  readonly id: string;
  readonly date: Serial;
  readonly type: EntryType;
  readonly currency: string;
  readonly customerId: string;
  readonly customer: string;
  readonly invoice: string;
  readonly reason: string;
  /** The approver, or two names joined by " + " when a second approval was needed. */
  readonly approver: string;
  /** The id of the entry this one reverses ("" when it reverses none). */
  readonly reverses: string;
}

export interface JournalEntry extends EntryHeader {
  readonly lines: readonly JournalLine[];
}

/** The columns of `AR Journal`, one row per line, in this order. */
export const JOURNAL_COLUMNS = ["Entry id", "Date", "Account", "Debit", "Credit", "Currency", "Customer id", "Customer", "Invoice", "Reason", "Approver", "Type", "Reverses"] as const;

/**
 * The one way to make an entry: at least two lines, each on a named account with either a debit or a
 * credit of whole minor units above 0, debits equal to credits. Throws a DomainError otherwise
 * (writeoffs.unbalanced for 50.00 against 49.99), so an unbalanced entry can never be posted.
 *
 * @example
 * journalEntry({ id: "JE-000001", date: 46000, type: "Write-off", currency: "EUR", customerId: "", customer: "Rossi", invoice: "F1", reason: "Insolvent", approver: "Anna", reverses: "" }, [debit("1290", 5000), credit("1200", 5000)]).lines.length //=> 2
 */
export function journalEntry(header: EntryHeader, lines: readonly JournalLine[]): JournalEntry {
  if (lines.length < 2) throw new DomainError("writeoffs.entryLines", { id: header.id });
  let debits = 0;
  let credits = 0;
  for (const line of lines) {
    if (line.account.trim() === "") throw new DomainError("writeoffs.entryAccount", { id: header.id });
    const ok = (x: Minor) => Number.isSafeInteger(x) && x >= 0;
    if (!ok(line.debit) || !ok(line.credit) || (line.debit > 0) === (line.credit > 0)) {
      throw new DomainError("writeoffs.entryLine", { id: header.id, account: line.account, debit: fromMinor(line.debit || 0).toFixed(2), credit: fromMinor(line.credit || 0).toFixed(2) });
    }
    debits += line.debit;
    credits += line.credit;
  }
  if (debits !== credits) throw new DomainError("writeoffs.unbalanced", { id: header.id, debits: fromMinor(debits).toFixed(2), credits: fromMinor(credits).toFixed(2) });
  return { ...header, lines: lines.map((l) => ({ ...l })) };
}

export const debit = (account: string, amount: Minor): JournalLine => ({ account, debit: amount, credit: 0 });
export const credit = (account: string, amount: Minor): JournalLine => ({ account, debit: 0, credit: amount });

/** True when an entry's debits equal its credits (always, for an entry made by journalEntry). */
export function isBalanced(entry: JournalEntry): boolean {
  return entry.lines.reduce((s, l) => s + l.debit - l.credit, 0) === 0;
}

/**
 * Each account's balance (debits − credits) over entries, per currency: `balances(entries).get("EUR")?.get("1200")`.
 *
 * @example
 * balances([journalEntry({ id: "JE-000001", date: 46000, type: "Write-off", currency: "EUR", customerId: "", customer: "Rossi", invoice: "F1", reason: "Insolvent", approver: "Anna", reverses: "" }, [debit("1290", 5000), credit("1200", 5000)])]).get("EUR")?.get("1200") //=> -5000 (the receivable credited)
 */
export function balances(entries: readonly JournalEntry[]): Map<string, Map<string, Minor>> {
  const out = new Map<string, Map<string, Minor>>();
  for (const e of entries) {
    let byAccount = out.get(e.currency);
    if (!byAccount) out.set(e.currency, (byAccount = new Map()));
    for (const l of e.lines) byAccount.set(l.account, (byAccount.get(l.account) ?? 0) + l.debit - l.credit);
  }
  return out;
}

/** The id of entry number n: JE-000001. */
export const entryId = (n: number): string => `JE-${String(n).padStart(6, "0")}`;

/**
 * The number the next entry takes: one above the highest JE- number among `ids` (1 for none).
 *
 * @example
 * nextEntryNumber(["JE-000007", "JE-000002"]) //=> 8
 */
export function nextEntryNumber(ids: Iterable<string>): number {
  let most = 0;
  for (const id of ids) {
    const m = /^JE-(\d+)$/.exec(id.trim());
    if (m) most = Math.max(most, Number(m[1]));
  }
  return most + 1;
}

/** The rows of entries for `AR Journal`, one per line (amounts in major units, blank for the other side). */
export function journalRows(entries: readonly JournalEntry[]): RegisterCell[][] {
  let n = 0;
  for (const e of entries) n += e.lines.length;
  // Sized once: 10,000 write-offs are 20,000 rows.
  const rows = new Array<RegisterCell[]>(n);
  let r = 0;
  for (const e of entries) {
    for (const l of e.lines) {
      rows[r++] = [e.id, e.date, l.account, l.debit > 0 ? fromMinor(l.debit) : null, l.credit > 0 ? fromMinor(l.credit) : null, e.currency, e.customerId, e.customer, e.invoice, e.reason, e.approver, e.type, e.reverses];
    }
  }
  return rows;
}

const text = (c: RegisterCell | undefined) => (c === null || c === undefined ? "" : String(c).trim());
const amount = (c: RegisterCell | undefined): Minor => (typeof c === "number" ? toMinor(c) : text(c) === "" ? 0 : NaN);

/**
 * The entries of an `AR Journal` sheet read back by its headers, lines gathered by entry id in the
 * order they appear. Rows that cannot be read (a hand edit) are counted in `unreadable`, and an entry
 * with such a row or one that no longer balances is set apart in `broken` rather than trusted.
 */
export function readJournal(values: readonly (readonly RegisterCell[])[]): { entries: JournalEntry[]; broken: string[]; unreadable: number } {
  type Row = { header: EntryHeader; line: JournalLine };
  const read = readRegisterTable<Row>(values, JOURNAL_COLUMNS, (cell) => {
    const id = text(cell("Entry id"));
    const date = cell("Date");
    const type = text(cell("Type")) as EntryType;
    const line = { account: text(cell("Account")), debit: amount(cell("Debit")), credit: amount(cell("Credit")) };
    if (id === "" || typeof date !== "number" || !ENTRY_TYPES.includes(type) || Number.isNaN(line.debit) || Number.isNaN(line.credit)) return null;
    const header: EntryHeader = { id, date, type, currency: text(cell("Currency")), customerId: text(cell("Customer id")), customer: text(cell("Customer")), invoice: text(cell("Invoice")), reason: text(cell("Reason")), approver: text(cell("Approver")), reverses: text(cell("Reverses")) };
    return { header, line };
  });
  const byId = new Map<string, { header: EntryHeader; lines: JournalLine[] }>();
  for (const { header, line } of read.records) {
    const e = byId.get(header.id);
    if (e) e.lines.push(line);
    else byId.set(header.id, { header, lines: [line] });
  }
  const entries: JournalEntry[] = [];
  const broken: string[] = [];
  for (const [id, e] of byId) {
    try {
      entries.push(journalEntry(e.header, e.lines));
    } catch {
      broken.push(id);
    }
  }
  return { entries, broken, unreadable: read.unreadable.length };
}
