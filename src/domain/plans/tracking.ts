import { DomainError, Serial } from "../core";
import { DEFAULT_GRACE_DAYS, planStatus } from "./planStatus";
import { Payment, paymentsOf } from "./payments";
import { PlanRecord, scheduleOf, STATUS_WORDS, withEvent } from "./register";

/**
 * The plan with its status on `asOf` (AR.PLANSTATUS over its schedule and the customer's payments since
 * it was accepted). A broken plan records when it broke (the day after the grace days of its oldest
 * unpaid instalment ran out) and its arrears. The break is a recorded event: a later check that finds
 * the plan on track, or a check as of an earlier date, shows the status on its date but keeps the
 * record; only `reinstatePlan`, with a reason, clears it. Closed plans are left as they are.
 *
 * @example
 * trackPlan(plan, [], plan.firstDue + 8).brokenOn //=> plan.firstDue + 8
 */
export function trackPlan(plan: PlanRecord, payments: readonly Payment[], asOf: Serial, graceDays = DEFAULT_GRACE_DAYS): PlanRecord {
  if (plan.status === "Closed") return plan;
  const schedule = scheduleOf(plan).map((r) => ({ date: r.dueDate, amount: r.payment }));
  const s = planStatus(schedule, paymentsOf(payments, plan, plan.accepted), asOf, graceDays);
  const broken = s.state === "broken";
  const recorded = plan.brokenOn !== null;
  return {
    ...plan,
    status: STATUS_WORDS[s.state],
    statusDate: asOf,
    arrears: s.arrears,
    daysLate: s.daysLate,
    brokenOn: recorded ? plan.brokenOn : broken ? asOf - s.daysLate + graceDays + 1 : null,
    brokenArrears: recorded ? plan.brokenArrears : broken ? s.arrears : null,
  };
}

/**
 * The plan with its recorded break cleared, for a plan the credit manager takes back after a break
 * (the arrears were paid, or the break was an error): the reason and the date go into the plan's
 * history. Throws when there is no break on record or no reason.
 *
 * @example
 * reinstatePlan({ ...plan, brokenOn: 46400, brokenArrears: 10000 }, 46410, "arrears paid on 2027-01-15").history
 * //=> "2027-01-15 reinstated: arrears paid on 2027-01-15"
 */
export function reinstatePlan(plan: PlanRecord, date: Serial, reason: string): PlanRecord {
  if (plan.brokenOn === null) throw new DomainError("plan.notBroken", { planId: plan.id });
  return { ...withEvent(plan, date, "reinstated", reason), brokenOn: null, brokenArrears: null };
}


/** Every plan of the register tracked on `asOf`. */
export function trackPlans(register: readonly PlanRecord[], payments: readonly Payment[], asOf: Serial, graceDays = DEFAULT_GRACE_DAYS): PlanRecord[] {
  return register.map((p) => trackPlan(p, payments, asOf, graceDays));
}
