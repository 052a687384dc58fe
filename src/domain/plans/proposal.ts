import { Serial, Minor, DomainError } from "../core";
import { buildSchedule, fewestInstallments, PlanRow } from "./paymentPlan";
import { Frequency } from "./planFrequency";

/** A further charge added to a plan (late interest, fees): a label and a positive or negative amount. */
export interface Charge {
  readonly label: string;
  readonly amount: Minor;
}

/** What the user negotiates: either a number of instalments or a budget per instalment. */
export interface PlanTerms {
  readonly balance: Minor;
  readonly annualRate: number;
  readonly frequency: Frequency;
  readonly firstDue: Serial;
  readonly by: { readonly kind: "installments"; readonly count: number } | { readonly kind: "budget"; readonly budget: Minor };
}

export interface Proposal {
  readonly installments: number;
  readonly schedule: readonly PlanRow[];
  readonly totalPayable: Minor;
  readonly totalInterest: Minor;
}

/**
 * The schedule for negotiated terms: with a budget, the fewest instalments whose payment fits it.
 * Throws a DomainError with the reason (zero balance, budget below a period's interest, too many
 * instalments) as AR.PAYMENTPLAN does.
 *
 * @example
 * proposePlan({ balance: 1_000_000, annualRate: 0.05, frequency: 12, firstDue: 46053, by: { kind: "budget", budget: 90000 } }).installments //=> 12
 */
export function proposePlan(terms: PlanTerms): Proposal {
  if (terms.by.kind === "installments" && terms.by.count === 0) throw new DomainError("plan.installmentsOrBudget");
  const n = terms.by.kind === "installments" ? terms.by.count : fewestInstallments(terms.balance, terms.annualRate, terms.frequency, terms.by.budget);
  const schedule = buildSchedule(terms.balance, terms.firstDue, n, terms.annualRate, terms.frequency);
  let totalPayable = 0;
  let totalInterest = 0;
  for (const r of schedule) {
    totalPayable += r.payment;
    totalInterest += r.interest;
  }
  return { installments: n, schedule, totalPayable, totalInterest };
}
