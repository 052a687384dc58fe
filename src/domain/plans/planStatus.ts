import { Serial, Minor, DomainError } from "../core";

/** An instalment a customer promised: due date and amount in minor units. */
export interface ScheduledAmount {
  readonly date: Serial;
  readonly amount: Minor;
}

/** Whether a plan is kept: fully paid, nothing in arrears, in arrears within the grace days, or beyond. */
export type PlanState = "completed" | "onTrack" | "late" | "broken";

export interface PlanStatus {
  readonly state: PlanState;
  /** Instalments due on or before as-of. */
  readonly dueToDate: Minor;
  /** Payments made on or before as-of. */
  readonly paidToDate: Minor;
  /** max(0, dueToDate − paidToDate). */
  readonly arrears: Minor;
  /** as-of − due date of the oldest instalment not fully paid; 0 when none is overdue. */
  readonly daysLate: number;
}

export const DEFAULT_GRACE_DAYS = 7;

/**
 * Whether a payment plan (or a promise to pay) is kept on `asOf`. Only instalments and payments dated on
 * or before `asOf` count; payments fill instalments oldest first, whenever they were made (early payments
 * and payments before the first instalment count in full).
 *
 * @example
 * planStatus([{ date: 46000, amount: 10000 }, { date: 46030, amount: 10000 }], [{ date: 45990, amount: 10000 }], 46040)
 * //=> { state: "broken", dueToDate: 20000, paidToDate: 10000, arrears: 10000, daysLate: 10 }
 */
export function planStatus(schedule: readonly ScheduledAmount[], payments: readonly ScheduledAmount[], asOf: Serial, graceDays = DEFAULT_GRACE_DAYS): PlanStatus {
  if (schedule.length === 0) throw new DomainError("plan.emptySchedule");
  if (!Number.isInteger(graceDays) || graceDays < 0) throw new DomainError("plan.graceDays", { text: String(graceDays) });
  const negative = schedule.findIndex((s) => s.amount < 0);
  if (negative >= 0) throw new DomainError("plan.negativeInstalment", { row: negative + 1, text: (schedule[negative].amount / 100).toFixed(2) });
  const instalments = [...schedule].sort((a, b) => a.date - b.date);
  const total = instalments.reduce((sum, s) => sum + s.amount, 0);
  const paidToDate = payments.reduce((sum, p) => (p.date <= asOf ? sum + p.amount : sum), 0);
  let dueToDate = 0;
  let covered = 0;
  let oldestUnpaid: Serial | undefined;
  for (const s of instalments) {
    if (s.date <= asOf) dueToDate += s.amount;
    covered += s.amount;
    if (oldestUnpaid === undefined && covered > paidToDate) oldestUnpaid = s.date;
  }
  const arrears = Math.max(0, dueToDate - paidToDate);
  const daysLate = oldestUnpaid !== undefined && oldestUnpaid <= asOf ? asOf - oldestUnpaid : 0;
  const state: PlanState = paidToDate >= total ? "completed" : arrears === 0 ? "onTrack" : daysLate <= graceDays ? "late" : "broken";
  return { state, dueToDate, paidToDate, arrears, daysLate };
}
