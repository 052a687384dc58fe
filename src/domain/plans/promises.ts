import { Serial, serialToYmd, fromMinor, Minor, toMinor, DomainError } from "../core";
import { CustomerRef } from "../customers";
import { readRegisterTable, RegisterRows } from "./registerRows";
import { planStatus } from "./planStatus";
import { customerKey } from "./customerKey";
import { Payment, paymentsOf } from "./payments";

/**
 * The `AR Promises` register: one row per promise to pay, with its latest status, keyed by the
 * customer's id with the name beside it (a promise without an id is its customer's by name).
 */
export const PROMISES_SHEET = "AR Promises";

export type PromiseState = "Pending" | "Kept" | "Broken";

export interface PromiseRecord {
  readonly id: string;
  /** The customer's id, the promise's customer key; "" when none was known (the name is the key). */
  readonly customerId: string;
  readonly customer: string;
  readonly amount: Minor;
  /** The date the customer promised to pay by. */
  readonly date: Serial;
  /** Who promised what, on which call. */
  readonly note: string;
  /** The day the promise was taken; payments from this day on count towards it. */
  readonly recorded: Serial;
  readonly status: PromiseState;
  readonly statusDate: Serial;
  readonly paid: Minor;
  readonly arrears: Minor;
  readonly daysLate: number;
}

/** The register's columns; registers written before had no `Customer id` and are read by header. */
export const PROMISE_COLUMNS = [
  ["Promise id", "@"], ["Customer id", "@"], ["Customer", "@"], ["Amount", "#,##0.00"], ["Promised date", "yyyy-mm-dd"], ["Note", "@"], ["Recorded", "yyyy-mm-dd"],
  ["Status", "@"], ["Status date", "yyyy-mm-dd"], ["Paid", "#,##0.00"], ["Arrears", "#,##0.00"], ["Days late", "0"],
] as const;

export interface PromiseStatus {
  readonly state: PromiseState;
  /** Paid towards the promise by the promised date (or by as-of, while pending). */
  readonly paid: Minor;
  /** What is missing of the promised amount; 0 when kept. */
  readonly arrears: Minor;
  /** Days past the promised date while unpaid; 0 when kept or pending. */
  readonly daysLate: number;
}

/**
 * Whether a promise to pay is kept on `asOf`: Kept when the customer's payments from the day it was
 * recorded to the promised date (plus `graceDays`) cover the amount; Broken when that day has passed
 * without; Pending before. A late payment does not make a broken promise kept.
 *
 * @example
 * promiseStatus({ amount: 50000, date: 46000, recorded: 45990 }, [{ date: 45999, amount: 50000 }], 46010).state //=> "Kept"
 */
export function promiseStatus(p: Pick<PromiseRecord, "amount" | "date" | "recorded">, payments: readonly { date: Serial; amount: Minor }[], asOf: Serial, graceDays = 0): PromiseStatus {
  const deadline = p.date + graceDays;
  const judged = Math.min(asOf, deadline);
  const s = planStatus([{ date: p.date, amount: p.amount }], payments.filter((x) => x.date >= p.recorded), judged, graceDays);
  if (s.state === "completed") return { state: "Kept", paid: s.paidToDate, arrears: 0, daysLate: 0 };
  const arrears = p.amount - s.paidToDate;
  if (asOf <= deadline) return { state: "Pending", paid: s.paidToDate, arrears, daysLate: 0 };
  return { state: "Broken", paid: s.paidToDate, arrears, daysLate: asOf - p.date };
}

/** A promise's id: `PR-<customer key>-<yymmdd recorded>`, `-2`, `-3`… for more the same day. */
export function promiseId(customer: string, recorded: Serial, taken: readonly string[]): string {
  const { year, month, day } = serialToYmd(recorded);
  const base = `PR-${customerKey(customer)}-${String(year % 100).padStart(2, "0")}${String(month).padStart(2, "0")}${String(day).padStart(2, "0")}`;
  const used = new Set(taken);
  let id = base;
  for (let k = 2; used.has(id); k++) id = `${base}-${k}`;
  return id;
}

/** A new promise of a customer (name, and id when known); throws when the amount is not positive or the date is before the day it is recorded. */
export function newPromise(ref: CustomerRef, amount: Minor, date: Serial, note: string, recorded: Serial, taken: readonly string[]): PromiseRecord {
  const customer = ref.customer;
  if (customer.trim() === "") throw new DomainError("planPanel.promise.noCustomer");
  if (!Number.isSafeInteger(amount) || amount <= 0) throw new DomainError("planPanel.promise.amount", { text: fromMinor(amount).toFixed(2) });
  if (date < recorded) throw new DomainError("planPanel.promise.pastDate");
  const customerId = (ref.customerId ?? "").trim();
  return { id: promiseId(customer, recorded, taken), customerId, customer, amount, date, note, recorded, status: "Pending", statusDate: recorded, paid: 0, arrears: amount, daysLate: 0 };
}

/** The promise with its status on `asOf`, from the customer's payments (by id when both have one, else by name). */
export function trackPromise(p: PromiseRecord, payments: readonly Payment[], asOf: Serial, graceDays = 0): PromiseRecord {
  const s = promiseStatus(p, paymentsOf(payments, p, p.recorded), asOf, graceDays);
  return { ...p, status: s.state, statusDate: asOf, paid: s.paid, arrears: s.arrears, daysLate: s.daysLate };
}

type Cell = string | number | boolean | null;
type PromiseHeader = (typeof PROMISE_COLUMNS)[number][0];

export function promiseToRow(p: PromiseRecord): Cell[] {
  return [p.id, p.customerId, p.customer, fromMinor(p.amount), p.date, p.note, p.recorded, p.status, p.statusDate, fromMinor(p.paid), fromMinor(p.arrears), p.daysLate];
}

const text = (v: Cell | undefined): string => (v === null || v === undefined ? "" : String(v).trim());
const num = (v: Cell | undefined): number => (typeof v === "number" ? v : Number(text(v)));
const minor = (v: Cell | undefined): Minor => {
  const m = toMinor(num(v));
  return Number.isNaN(m) ? 0 : m;
};

/** The promises of an `AR Promises` sheet's used range, read by header whatever version wrote it (rows without an id or a date are set apart, kept). */
export function rowsToPromises(values: readonly (readonly Cell[])[]): RegisterRows<PromiseRecord> {
  return readRegisterTable(values, PROMISE_COLUMNS.map(([h]) => h), (cell) => {
    const r = (h: PromiseHeader) => cell(h);
    if (text(r("Promise id")) === "" || !Number.isFinite(num(r("Promised date")))) return null;
    const status = (["Pending", "Kept", "Broken"] as const).find((s) => s === text(r("Status"))) ?? "Pending";
    return {
      id: text(r("Promise id")), customerId: text(r("Customer id")), customer: text(r("Customer")), amount: minor(r("Amount")), date: num(r("Promised date")), note: text(r("Note")),
      recorded: num(r("Recorded")) || num(r("Promised date")), status, statusDate: num(r("Status date")) || num(r("Recorded")), paid: minor(r("Paid")), arrears: minor(r("Arrears")),
      daysLate: num(r("Days late")) || 0,
    };
  });
}
