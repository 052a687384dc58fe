import { DomainError, Serial, fromMinor, Minor, serialToIso, toMinor } from "../core";
import { CustomerRef, sameCustomer } from "../customers";
import { readRegisterTable, RegisterCell, RegisterCellOf, RegisterRows } from "./registerRows";
import { buildSchedule, PaymentRounding, PlanRow } from "./paymentPlan";
import { Frequency, toFrequency } from "./planFrequency";
import { PlanState } from "./planStatus";

/**
 * The `AR Plans` register: one row per plan the add-in made, never deleted. A renegotiated plan is
 * closed and names the plan that replaced it; the new one names the plan it replaces. Status columns
 * hold the latest tracking; a broken plan also has the date it broke and its arrears, so a later dunning
 * run can leave out items under a plan on track and pick up those of a broken one.
 *
 * A plan is keyed by its customer's id (the ledger's customer id, else the AR Customers id of the
 * name), with the name beside it; a plan without an id (rows written before ids were kept) is its
 * customer's by name (see sameCustomer in the customers job).
 *
 * Headers and status words are fixed English (like AR.PLANSTATUS's status words): the register is read
 * back by its headers and by other jobs, whatever the pane's language.
 */

export const PLANS_SHEET = "AR Plans";

/** A plan's status in the register: AR.PLANSTATUS's words, or Closed once renegotiated. */
export type RegisterStatus = "On track" | "Late" | "Broken" | "Completed" | "Closed";

export const STATUS_WORDS: Readonly<Record<PlanState, RegisterStatus>> = { onTrack: "On track", late: "Late", broken: "Broken", completed: "Completed" };

export interface PlanRecord {
  readonly id: string;
  /** The customer's id, the plan's customer key; "" when none was known (the name is the key). */
  readonly customerId: string;
  readonly customer: string;
  /** Language of the customer's letters: en, it, de, nl, fr. */
  readonly language: string;
  /** Invoice numbers and further charges covered, "; "-separated. */
  readonly items: string;
  readonly balance: Minor;
  readonly totalPayable: Minor;
  readonly annualRate: number;
  readonly frequency: Frequency;
  readonly installments: number;
  readonly firstDue: Serial;
  readonly lastDue: Serial;
  readonly accepted: Serial;
  readonly status: RegisterStatus;
  /** The as-of date of the status. */
  readonly statusDate: Serial;
  readonly arrears: Minor;
  readonly daysLate: number;
  /** When the plan broke (first day past the grace days of its oldest unpaid instalment); while broken. */
  readonly brokenOn: Serial | null;
  readonly brokenArrears: Minor | null;
  readonly replaces: string;
  readonly replacedBy: string;
  readonly scheduleSheet: string;
  /** How the level payment was rounded when the plan was accepted: "up" since the rule changed; "nearest" before. */
  readonly rounding: PaymentRounding;
  /** Dated events with their reasons ("2027-01-15 reinstated: arrears paid"), "; "-separated; only added to. */
  readonly history: string;
}

/**
 * The register's columns, in order, with their Excel number formats. Registers written before had no
 * `Customer id` (and, earlier, no `Payment rounding`): they are read by header, nothing lost.
 */
export const PLAN_COLUMNS = [
  ["Plan id", "@"], ["Customer id", "@"], ["Customer", "@"], ["Language", "@"], ["Items covered", "@"], ["Balance", "#,##0.00"], ["Total payable", "#,##0.00"],
  ["Annual rate", "0.00%"], ["Payments a year", "0"], ["Instalments", "0"], ["First due", "yyyy-mm-dd"], ["Last due", "yyyy-mm-dd"],
  ["Accepted", "yyyy-mm-dd"], ["Status", "@"], ["Status date", "yyyy-mm-dd"], ["Arrears", "#,##0.00"], ["Days late", "0"],
  ["Broken on", "yyyy-mm-dd"], ["Arrears when broken", "#,##0.00"], ["Replaces", "@"], ["Replaced by", "@"], ["Schedule sheet", "@"],
  ["Payment rounding", "@"], ["History", "@"],
] as const;

type Cell = RegisterCell;
type PlanHeader = (typeof PLAN_COLUMNS)[number][0];

/** A register row's cells. */
export function planToRow(p: PlanRecord): Cell[] {
  return [
    p.id, p.customerId, p.customer, p.language, p.items, fromMinor(p.balance), fromMinor(p.totalPayable), p.annualRate, p.frequency, p.installments,
    p.firstDue, p.lastDue, p.accepted, p.status, p.statusDate, fromMinor(p.arrears), p.daysLate,
    p.brokenOn, p.brokenArrears === null ? null : fromMinor(p.brokenArrears), p.replaces, p.replacedBy, p.scheduleSheet, p.rounding, p.history,
  ];
}

const text = (v: Cell | undefined): string => (v === null || v === undefined ? "" : String(v).trim());
const num = (v: Cell | undefined): number => (typeof v === "number" ? v : Number(text(v)));
const minor = (v: Cell | undefined): Minor => {
  const m = toMinor(num(v));
  return Number.isNaN(m) ? 0 : m;
};
const STATUSES: readonly RegisterStatus[] = ["On track", "Late", "Broken", "Completed", "Closed"];

/** One register row as a plan, or null when its id or terms cannot be read. */
function readPlanRow(cell: RegisterCellOf): PlanRecord | null {
  const r = (h: PlanHeader) => cell(h);
  const frequency = toFrequency(num(r("Payments a year")));
  if (text(r("Plan id")) === "" || !frequency || !Number.isInteger(num(r("Instalments"))) || !Number.isFinite(num(r("First due")))) return null;
  const status = STATUSES.find((s) => s === text(r("Status"))) ?? "On track";
  const broken = r("Broken on");
  const brokenOn = broken === null || broken === "" || broken === undefined ? null : num(broken);
  return {
    id: text(r("Plan id")), customerId: text(r("Customer id")), customer: text(r("Customer")), language: text(r("Language")) || "en", items: text(r("Items covered")),
    balance: minor(r("Balance")), totalPayable: minor(r("Total payable")), annualRate: num(r("Annual rate")) || 0, frequency, installments: num(r("Instalments")),
    firstDue: num(r("First due")), lastDue: num(r("Last due")), accepted: num(r("Accepted")),
    status, statusDate: num(r("Status date")) || num(r("Accepted")), arrears: minor(r("Arrears")), daysLate: num(r("Days late")) || 0,
    brokenOn, brokenArrears: brokenOn === null ? null : minor(r("Arrears when broken")), replaces: text(r("Replaces")), replacedBy: text(r("Replaced by")), scheduleSheet: text(r("Schedule sheet")),
    // Registers written before the rule changed have no such column: their plans were rounded to the nearest cent.
    rounding: text(r("Payment rounding")) === "up" ? "up" : "nearest",
    history: text(r("History")),
  };
}

/**
 * The plans of a register sheet's used range (header row first), read by header whatever version
 * wrote it, and the rows that could not be read (kept, laid out as PLAN_COLUMNS, when the register is
 * rewritten).
 */
export function rowsToPlans(values: readonly (readonly Cell[])[]): RegisterRows<PlanRecord> {
  return readRegisterTable(values, PLAN_COLUMNS.map(([h]) => h), readPlanRow);
}

/**
 * The plan's schedule, rebuilt from its terms and the rounding rule it was accepted under
 * (buildSchedule is deterministic, so it is the schedule its letter names).
 */
export function scheduleOf(p: PlanRecord): PlanRow[] {
  return buildSchedule(p.balance, p.firstDue, p.installments, p.annualRate, p.frequency, p.rounding);
}

/**
 * The register with `next` added; when `next.replaces` names a plan, that plan is closed (status
 * Closed, dated `next.accepted`) and linked to `next`, the reason kept in both plans' history.
 * Nothing is removed. A renegotiation without a reason is refused.
 *
 * @example
 * addPlan([old], { ...renegotiated, replaces: old.id }, "lost a large customer")[0].status //=> "Closed"
 */
export function addPlan(register: readonly PlanRecord[], next: PlanRecord, reason = ""): PlanRecord[] {
  if (next.replaces === "") return [...register, next];
  const closed = register.map((p) => (p.id === next.replaces ? { ...withEvent(p, next.accepted, "replacedBy", reason, next.id), status: "Closed" as const, statusDate: next.accepted, replacedBy: next.id } : p));
  return [...closed, withEvent(next, next.accepted, "replaces", reason, next.replaces)];
}

/** The plan with "YYYY-MM-DD <event>: <reason>" appended to its history; a reason is required. */
export function withEvent(plan: PlanRecord, date: Serial, event: "reinstated" | "replaces" | "replacedBy", reason: string, other = ""): PlanRecord {
  const why = reason.trim();
  if (why === "") throw new DomainError("plan.reasonRequired", { planId: plan.id });
  const what = event === "reinstated" ? "reinstated" : event === "replaces" ? `replaces ${other}` : `replaced by ${other}`;
  const entry = `${serialToIso(date)} ${what}: ${why}`;
  return { ...plan, history: plan.history === "" ? entry : `${plan.history}; ${entry}` };
}

/** The plan a customer has open now (not closed), latest first; undefined when none. The customer by the one key rule (sameCustomer). */
export function openPlanOf(register: readonly PlanRecord[], customer: CustomerRef): PlanRecord | undefined {
  return [...register].reverse().find((p) => p.status !== "Closed" && p.status !== "Completed" && sameCustomer(p, customer));
}
