import { fromMinor, Minor, Serial, toMinor } from "../core";
import { CustomerRef, sameCustomer } from "../customers";
import { readRegisterTable, RegisterCell, RegisterRows } from "../plans";

/**
 * The `AR Write-offs` register: one row per invoice written off, kept whole (a reversed write-off
 * stays, marked Reversed). The journal holds the entries; the register says, per item, how much was
 * written off, how much came back since, and its status, so the aging, dunning, cash and statements
 * jobs can leave written-off items out. Headers and status words are fixed English, as in the plans
 * registers: other jobs read it by its headers, whatever the pane's language.
 */

export const WRITEOFFS_SHEET = "AR Write-offs";

/** Written off (in part recovered, maybe), Recovered (in full), Reversed (the write-off undone). */
export type WriteOffStatus = "Written off" | "Recovered" | "Reversed";

const STATUSES: readonly WriteOffStatus[] = ["Written off", "Recovered", "Reversed"];

/** The columns of `AR Write-offs`, in this order. */
export const WRITEOFF_COLUMNS = [
  "Customer id",
  "Customer",
  "Invoice",
  "Amount",
  "Currency",
  "Date",
  "Reason",
  "Approvers",
  "Entry id",
  "Status",
  "Recovered",
  "Still written off",
  "Due date",
  "Updated",
  "Last entry id",
] as const;

export interface WriteOffRecord extends CustomerRef {
  readonly customerId: string;
  readonly invoice: string;
  /** Written off, minor units (above 0). */
  readonly amount: Minor;
  readonly currency: string;
  readonly date: Serial;
  readonly reason: string;
  readonly approvers: string;
  /** The write-off entry in AR Journal. */
  readonly entryId: string;
  readonly status: WriteOffStatus;
  /** Recovered since, minor units (0 to amount). */
  readonly recovered: Minor;
  /** The invoice's due date (for oldest-first and the provision history); null when unknown. */
  readonly dueDate: Serial | null;
  /** Date of the last change (write-off, recovery or reversal). */
  readonly updated: Serial;
  /** The entry of the last change. */
  readonly lastEntryId: string;
}

/** What is still written off: the amount less what came back; 0 once reversed. */
export const stillWrittenOff = (r: WriteOffRecord): Minor => (r.status === "Reversed" ? 0 : r.amount - r.recovered);

/** An invoice number in comparable form: trimmed, upper case. */
export const invoiceKey = (invoice: string): string => invoice.trim().toUpperCase();

/** True when a record is the write-off of this customer's invoice (and currency, where both have one). */
export function isItemOf(r: WriteOffRecord, ref: CustomerRef, invoice: string, currency = ""): boolean {
  if (invoiceKey(r.invoice) !== invoiceKey(invoice) || !sameCustomer(r, ref)) return false;
  return r.currency === "" || currency.trim() === "" || r.currency.toUpperCase() === currency.trim().toUpperCase();
}

/** The register row of a record, laid out as WRITEOFF_COLUMNS (amounts in major units). */
export function writeOffToRow(r: WriteOffRecord): RegisterCell[] {
  return [r.customerId, r.customer, r.invoice, fromMinor(r.amount), r.currency, r.date, r.reason, r.approvers, r.entryId, r.status, fromMinor(r.recovered), fromMinor(stillWrittenOff(r)), r.dueDate, r.updated, r.lastEntryId];
}

const text = (c: RegisterCell | undefined) => (c === null || c === undefined ? "" : String(c).trim());

/** The records of an `AR Write-offs` sheet, read by its headers; rows that cannot be read are kept apart, verbatim. */
export function rowsToWriteOffs(values: readonly (readonly RegisterCell[])[]): RegisterRows<WriteOffRecord> {
  return readRegisterTable(values, WRITEOFF_COLUMNS, (cell) => {
    const amount = cell("Amount");
    const recovered = cell("Recovered");
    const date = cell("Date");
    const due = cell("Due date");
    const updated = cell("Updated");
    const status = STATUSES.find((s) => s.toLowerCase() === text(cell("Status")).toLowerCase());
    const invoice = text(cell("Invoice"));
    if (typeof amount !== "number" || !(amount > 0) || typeof date !== "number" || !status || invoice === "") return null;
    const minor = toMinor(amount);
    const back = typeof recovered === "number" ? toMinor(recovered) : 0;
    if (!(back >= 0 && back <= minor)) return null;
    return {
      customerId: text(cell("Customer id")),
      customer: text(cell("Customer")),
      invoice,
      amount: minor,
      currency: text(cell("Currency")),
      date,
      reason: text(cell("Reason")),
      approvers: text(cell("Approvers")),
      entryId: text(cell("Entry id")),
      status,
      recovered: back,
      dueDate: typeof due === "number" ? due : null,
      updated: typeof updated === "number" ? updated : date,
      lastEntryId: text(cell("Last entry id")) || text(cell("Entry id")),
    };
  });
}
