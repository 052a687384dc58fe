import { Serial } from "../core";
import { DEFAULT_GRACE_DAYS, planStatus } from "./planStatus";
import { Payment, paymentsOf } from "./payments";
import { PlanRecord, scheduleOf, STATUS_WORDS } from "./register";

/**
 * The plan with its status on `asOf` (AR.PLANSTATUS over its schedule and the customer's payments since
 * it was accepted). A broken plan records when it broke (the day after the grace days of its oldest
 * unpaid instalment ran out) and its arrears; a plan back on track clears them. Closed plans are left
 * as they are.
 *
 * @example
 * trackPlan(plan, [], plan.firstDue + 8).brokenOn //=> plan.firstDue + 8
 */
export function trackPlan(plan: PlanRecord, payments: readonly Payment[], asOf: Serial, graceDays = DEFAULT_GRACE_DAYS): PlanRecord {
  if (plan.status === "Closed") return plan;
  const schedule = scheduleOf(plan).map((r) => ({ date: r.dueDate, amount: r.payment }));
  const s = planStatus(schedule, paymentsOf(payments, plan, plan.accepted), asOf, graceDays);
  const broken = s.state === "broken";
  return {
    ...plan,
    status: STATUS_WORDS[s.state],
    statusDate: asOf,
    arrears: s.arrears,
    daysLate: s.daysLate,
    brokenOn: broken ? asOf - s.daysLate + graceDays + 1 : null,
    brokenArrears: broken ? s.arrears : null,
  };
}

/** Every plan of the register tracked on `asOf`. */
export function trackPlans(register: readonly PlanRecord[], payments: readonly Payment[], asOf: Serial, graceDays = DEFAULT_GRACE_DAYS): PlanRecord[] {
  return register.map((p) => trackPlan(p, payments, asOf, graceDays));
}
