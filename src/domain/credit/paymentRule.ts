import { CellInput, Problem, Serial } from "../core";
import { CreditDecisionKind } from "./creditLimit";
import { ReviewLine } from "./review";

/**
 * The optional payment-behaviour rule of `AR Credit Policy`: a customer who pays on average more than
 * `max_days_beyond_terms` days late (weighted by amount) goes on the hold list, or, with
 * `slow_payer_action` "refer", has an approval turned into a referral.
 */
export interface PaymentRule {
  readonly maxDaysBeyondTerms: number;
  readonly action: "hold" | "refer";
}

export const PAYMENT_RULE_COLUMNS = ["max_days_beyond_terms", "slow_payer_action"] as const;

const key = (v: CellInput | undefined) => String(v ?? "").trim().toLowerCase();

/**
 * The rule of the policy table's rows in force on `date` (valid_from on or before it, when the table
 * has that column): the last number under max_days_beyond_terms; null when the column is absent or blank.
 *
 * @example
 * readPaymentRule([["min_score", "max_days_beyond_terms"], [600, 15]], 46000) //=> { maxDaysBeyondTerms: 15, action: "hold" }
 */
export function readPaymentRule(values: readonly (readonly CellInput[])[], date: Serial): PaymentRule | null {
  const h = values.findIndex((row, r) => r < 20 && (row ?? []).some((c) => key(c) === "min_score" || key(c) === PAYMENT_RULE_COLUMNS[0]));
  if (h < 0) return null;
  const header = values[h];
  const limitAt = header.findIndex((c) => key(c) === PAYMENT_RULE_COLUMNS[0]);
  const actionAt = header.findIndex((c) => key(c) === PAYMENT_RULE_COLUMNS[1]);
  const fromAt = header.findIndex((c) => key(c) === "valid_from");
  if (limitAt < 0) return null;
  let rule: PaymentRule | null = null;
  let latestFrom = -Infinity;
  for (const row of values.slice(h + 1)) {
    const limit = row?.[limitAt];
    if (typeof limit !== "number" || !Number.isFinite(limit) || limit < 0) continue;
    const from = fromAt >= 0 && typeof row[fromAt] === "number" ? (row[fromAt] as number) : -Infinity;
    if (from > date || from < latestFrom) continue;
    latestFrom = from;
    rule = { maxDaysBeyondTerms: limit, action: key(row[actionAt]) === "refer" ? "refer" : "hold" };
  }
  return rule;
}

/** A customer's payment behaviour as the review shows it. */
export interface ReviewBehaviour {
  readonly averageDaysToPay: number | null;
  readonly averageDaysBeyondTerms: number | null;
}

/**
 * The review lines with each customer's payment behaviour, and the rule applied: over the limit, a
 * "slowPayer" hold reason, or (action "refer") an approval referred with the reason named.
 *
 * @example
 * withPaymentBehaviour([{ customer: "Slow", decision: "Approve", hold: [] } as never], () => ({ averageDaysToPay: 70, averageDaysBeyondTerms: 40 }), { maxDaysBeyondTerms: 30, action: "hold" })[0].hold
 * //=> ["slowPayer"]
 */
export function withPaymentBehaviour(lines: readonly ReviewLine[], behaviourOf: (customer: string) => ReviewBehaviour | undefined, rule: PaymentRule | null): ReviewLine[] {
  return lines.map((line) => {
    const b = behaviourOf(line.customer);
    const next: ReviewLine = { ...line, daysToPay: b?.averageDaysToPay ?? null, daysBeyondTerms: b?.averageDaysBeyondTerms ?? null };
    const late = b?.averageDaysBeyondTerms ?? null;
    if (!rule || late === null || late <= rule.maxDaysBeyondTerms) return next;
    if (rule.action === "hold") return { ...next, hold: [...line.hold, "slowPayer"] };
    if (line.decision !== "Approve") return next;
    const reason: Problem = { code: "creditReview.slowPayer", params: { days: late, max: rule.maxDaysBeyondTerms } };
    return { ...next, decision: "Refer" as CreditDecisionKind, reason };
  });
}
