import { Minor, DomainError, Problem } from "../core";
import { checkCreditPolicy, CreditBand, CreditPolicy, EXAMPLE_CREDIT_POLICY, findBand } from "./creditPolicy";
import { decimalRatio, exceedsRatio, floorTimes } from "./decimalRatio";

/** What an applicant brings: a score, annual income and monthly debt payments (minor units). */
export interface CreditApplication {
  readonly score: number;
  /** Annual income; dti = monthly debt / (income / 12). */
  readonly income: Minor;
  /** Monthly debt payments; default 0. */
  readonly monthlyDebt?: Minor;
  /** The credit line asked for; null or omitted when none was asked. */
  readonly requested?: Minor | null;
}

/** The decision words are part of the formula contract and stay English in every language. */
export type CreditDecisionKind = "Approve" | "Refer" | "Decline";

export interface CreditDecision {
  readonly decision: CreditDecisionKind;
  /** What AR.CREDITLIMIT returns: the policy limit, or min(requested, limit) when a line was asked. */
  readonly limit: Minor;
  /** The limit the policy allows before looking at the request (0 when declined). */
  readonly policyLimit: Minor;
  /** The band the score falls in; null below the lowest band. */
  readonly band: CreditBand | null;
  /** Debt-to-income as a fraction; null when income is 0. */
  readonly dti: number | null;
  /**
   * The rule that decided, as a message code `credit.reason.*` and its values: scores as numbers,
   * amounts (`limit`, `requested`, `maxLimit`, `step`, `amount`, `income`) in minor units, percentages
   * (`dti`, `maxDti`, `incomePct`) as fractions. The caller formats and translates them, masking
   * the {@link CONFIDENTIAL_REASON_PARAMS} while confidential values are hidden.
   */
  readonly reason: Problem;
}

/**
 * The reason values that are the applicant's confidential figures or computed from them: the income
 * itself (`income`), the share of it a band lends before rounding (`amount`) and the debt-to-income
 * (`dti`). Policy values (`minScore`, `incomePct`, `maxDti`, `maxLimit`, `step`), the score, the amount
 * asked for and the limit decided are not: the review shows them in their own columns.
 */
export const CONFIDENTIAL_REASON_PARAMS: ReadonlySet<string> = new Set(["income", "amount", "dti"]);

function checkAmount(arg: string, value: number | null | undefined): void {
  if (value === undefined || value === null) return;
  if (!Number.isSafeInteger(value)) throw new DomainError("amount.tooLarge", { text: String(value) });
  if (value < 0) throw new DomainError("credit.negative", { arg, text: String(value / 100) });
}

function checkApplication(a: CreditApplication): void {
  if (!Number.isFinite(a.score)) throw new DomainError("credit.scoreNotANumber", { text: String(a.score) });
  checkAmount("income", a.income);
  checkAmount("monthly_debt", a.monthlyDebt);
  if (a.requested !== undefined && a.requested !== null && !(Number.isSafeInteger(a.requested) && a.requested > 0)) {
    throw new DomainError("credit.requestedNotPositive", { text: String(a.requested / 100) });
  }
}

/**
 * Decides a credit application under a policy (default: the built-in example policy):
 * 1. the band is the one with the highest min_score ≤ score; none → Decline;
 * 2. income 0 → Decline; dti = monthly debt / (income / 12) above the band's max_dti → Decline
 *    (compared exactly, on the percentages as Excel shows them);
 * 3. limit = min(income × income_pct, max_limit) rounded down to a multiple of step; 0 → Decline;
 * 4. with a request: above the limit → Refer (limit stays the policy limit), else Approve with the
 *    requested amount; without one → Approve with the limit.
 *
 * @example
 * decideCredit({ score: 700, income: 6_000_000, monthlyDebt: 150_000, requested: 1_200_000 })
 * //=> { decision: "Refer", limit: 900000, policyLimit: 900000, … reason: { code: "credit.reason.requestedAboveLimit", … } }
 */
export function decideCredit(application: CreditApplication, policy: CreditPolicy = EXAMPLE_CREDIT_POLICY): CreditDecision {
  checkCreditPolicy(policy);
  return decideUnderCheckedPolicy(application, policy);
}

/**
 * decideCredit for a policy the caller has already checked with checkCreditPolicy: a review of
 * 100,000 customers checks its policy once, not once per customer.
 */
export function decideUnderCheckedPolicy(application: CreditApplication, policy: CreditPolicy): CreditDecision {
  checkApplication(application);
  const { score, income } = application;
  const debt = application.monthlyDebt ?? 0;
  const requested = application.requested ?? null;
  const dti = income > 0 ? (12 * debt) / income : null;
  const decline = (band: CreditBand | null, reason: Problem): CreditDecision => ({ decision: "Decline", limit: 0, policyLimit: 0, band, dti, reason });

  const band = findBand(score, policy);
  if (!band) return decline(null, { code: "credit.reason.belowLowestBand", params: { score, minScore: policy[0].minScore } });
  const from = { score, minScore: band.minScore };
  if (income === 0) return decline(band, { code: "credit.reason.noIncome", params: { ...from, income } });
  const maxDti = decimalRatio(band.maxDti);
  // dti > max_dti  ⇔  12 × debt / income > max_dti, compared exactly.
  if (exceedsRatio(12 * debt, income, maxDti)) {
    return decline(band, { code: "credit.reason.dtiAboveMax", params: { ...from, dti: dti!, maxDti: band.maxDti } });
  }
  const fromIncome = floorTimes(income, decimalRatio(band.incomePct));
  const capped = Math.min(fromIncome, band.maxLimit);
  const limit = capped - (capped % band.step);
  if (limit === 0) {
    const params = { ...from, incomePct: band.incomePct, amount: fromIncome, maxLimit: band.maxLimit, step: band.step };
    return decline(band, { code: band.maxLimit < band.step ? "credit.reason.bandGrantsNothing" : "credit.reason.limitBelowStep", params });
  }
  const decided = (decision: CreditDecisionKind, granted: Minor, reason: Problem): CreditDecision => ({ decision, limit: granted, policyLimit: limit, band, dti, reason });
  if (requested !== null && requested > limit) return decided("Refer", limit, { code: "credit.reason.requestedAboveLimit", params: { ...from, requested, limit } });
  if (requested !== null) return decided("Approve", requested, { code: "credit.reason.withinLimit", params: { ...from, requested, limit } });
  const code = fromIncome > band.maxLimit ? "credit.reason.limitCapped" : "credit.reason.limitFromIncome";
  return decided("Approve", limit, { code, params: { ...from, limit, incomePct: band.incomePct, maxLimit: band.maxLimit, step: band.step } });
}

/**
 * The credit line under the policy, in minor units; 0 means decline. With a request: min(requested, limit).
 *
 * @example
 * creditLimitFor({ score: 700, income: 6_000_000 }) //=> 900000 (15% of 60,000.00)
 */
export function creditLimitFor(application: CreditApplication, policy: CreditPolicy = EXAMPLE_CREDIT_POLICY): Minor {
  return decideCredit(application, policy).limit;
}
