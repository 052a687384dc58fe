import { Serial, MAX_SERIAL, fromMinor, Minor, roundMinor, DomainError, pmt } from "../core";
import { periodInterest, periodicRate, PeriodicRate, shownRate } from "./periodicInterest";
import { Frequency, instalmentDueDate } from "./planFrequency";

/** The most instalments a plan may have (100 years of monthly payments). */
export const MAX_INSTALLMENTS = 1200;

/** One instalment of a repayment schedule; amounts in minor units. */
export interface PlanRow {
  readonly n: number;
  readonly dueDate: Serial;
  readonly payment: Minor;
  readonly interest: Minor;
  readonly principal: Minor;
  readonly balanceAfter: Minor;
}

const money = (minor: Minor): string => fromMinor(minor).toFixed(2);

/** Checks a plan's terms; throws a DomainError naming the formula argument at fault. */
export function checkPlanTerms(balance: Minor, installments: number, annualRate: number): void {
  if (!Number.isSafeInteger(balance) || balance <= 0) throw new DomainError("plan.balanceNotPositive", { text: money(balance) });
  if (!Number.isInteger(installments) || installments < 1 || installments > MAX_INSTALLMENTS) {
    throw new DomainError("plan.installmentsRange", { text: String(installments), max: MAX_INSTALLMENTS });
  }
  if (!Number.isFinite(annualRate) || annualRate < 0) throw new DomainError("plan.negativeRate", { text: String(annualRate) });
}

// The balance left after each of the first `upTo` instalments of a fixed `payment`, fed to `row`.
function amortizeTo(balance: Minor, rate: PeriodicRate, upTo: number, payment: Minor, row?: (interest: Minor, balanceAfter: Minor) => void): Minor {
  let left = balance;
  for (let k = 1; k <= upTo; k++) {
    const interest = periodInterest(left, rate);
    left = left + interest - payment;
    row?.(interest, left);
  }
  return left;
}

/**
 * How the level payment is rounded to the cent. "up" is the contract: the exact level payment rounded
 * up, so the last payment settles the balance and is never larger. "nearest" is the rule of plans
 * accepted before it (PMT to the nearest cent, the last payment absorbing the difference); it is kept
 * only to track those plans against the schedule their letters name.
 */
export type PaymentRounding = "up" | "nearest";

/** The exact level payment in minor units, unrounded: PMT on the rate as Excel shows it (balance / n at 0). */
function exactLevelPayment(balance: Minor, installments: number, annualRate: number, frequency: Frequency): number {
  return annualRate === 0 ? balance / installments : -pmt(shownRate(annualRate) / frequency, installments, balance);
}

/** A payment in minor units rounded up, where a PMT that is a whole cent but for binary noise stays that cent. */
function ceilMinor(exact: number): Minor {
  const near = Math.round(exact);
  return Math.abs(exact - near) <= 1e-9 * Math.max(1, Math.abs(exact)) ? near : Math.ceil(exact);
}

/**
 * True when `installments` payments of `payment` leave a last instalment (what is left plus its
 * interest) of at least a cent and not above the others. Stops as soon as the answer is known: a
 * balance paid off early never fits, nor one that grows (the payment is then below its interest).
 */
function settlesLast(balance: Minor, rate: PeriodicRate, installments: number, payment: Minor): boolean {
  let left = balance;
  for (let k = 1; k < installments; k++) {
    const next = left + periodInterest(left, rate) - payment;
    if (next <= 0 || next > left) return false;
    left = next;
  }
  const last = left + periodInterest(left, rate);
  return installments === 1 || (last > 0 && last <= payment);
}

/**
 * The level payment of a plan: the exact level payment (PMT, or balance / installments at rate 0)
 * rounded UP to the cent; every instalment but the last is this payment, and the last settles the
 * balance, at least one cent and never more than the others. When the cents of interest rounding leave
 * the last a cent above the others, the payment is one cent more. When no whole-cent payment fits (the
 * payment would repay the balance before the last instalment, as tiny payments over many instalments
 * do, or barely covers the interest on very long plans at high rates), throws `plan.noLevelPayment`
 * naming the most instalments that do fit.
 *
 * @example
 * regularPayment(1_000_000, 12, 0.05, 12) //=> 85608
 */
export function regularPayment(balance: Minor, installments: number, annualRate: number, frequency: Frequency, rounding: PaymentRounding = "up"): Minor {
  checkPlanTerms(balance, installments, annualRate);
  if (rounding === "nearest") return nearestCentPayment(balance, installments, annualRate, frequency);
  const payment = levelPaymentThatFits(balance, installments, annualRate, frequency);
  if (payment !== null) return payment;
  throw new DomainError("plan.noLevelPayment", { installments, fits: mostInstallmentsThatFit(balance, annualRate, frequency, installments - 1) });
}

/** The rounded-up level payment of checked terms (a cent more where the last would be larger), or null when none fits. */
function levelPaymentThatFits(balance: Minor, installments: number, annualRate: number, frequency: Frequency): Minor | null {
  const exact = exactLevelPayment(balance, installments, annualRate, frequency);
  if (!Number.isFinite(exact) || exact > Number.MAX_SAFE_INTEGER) throw new DomainError("plan.paymentTooLarge", { text: Number.isFinite(exact) ? money(Math.round(exact)) : String(exact) });
  const rate = periodicRate(annualRate, frequency);
  const payment = ceilMinor(exact);
  if (settlesLast(balance, rate, installments, payment)) return payment;
  return settlesLast(balance, rate, installments, payment + 1) ? payment + 1 : null;
}

/** The rule of plans accepted before payments were rounded up: PMT to the nearest cent, as it was then computed. */
function nearestCentPayment(balance: Minor, installments: number, annualRate: number, frequency: Frequency): Minor {
  const rate = periodicRate(annualRate, frequency);
  let payment = roundMinor(exactLevelPayment(balance, installments, annualRate, frequency));
  if (!Number.isSafeInteger(payment)) throw new DomainError("plan.paymentTooLarge", { text: money(payment) });
  while (installments > 1 && payment > 0 && amortizeTo(balance, rate, installments - 1, payment) <= 0) payment--;
  return installments > 1 ? Math.max(payment, periodInterest(balance, rate)) : payment;
}

/**
 * The most instalments, at most `upTo`, whose level payment fits (1 always does). Which counts fit is
 * not monotone (5 cents fit in 5 and 3 instalments but not in 4), so the counts are tried one by one
 * downward; this runs only when a plan is refused.
 */
function mostInstallmentsThatFit(balance: Minor, annualRate: number, frequency: Frequency, upTo: number): number {
  for (let n = upTo; n > 1; n--) if (levelPaymentThatFits(balance, n, annualRate, frequency) !== null) return n;
  return 1;
}

/**
 * The schedule of the plan that repays `balance` minor units in `installments` payments, the first due
 * on `start`: each period's interest is the balance × periodic rate rounded to cents, every payment but
 * the last is `regularPayment(...)`, and the last settles the balance exactly, so the principal column
 * adds up to the balance and the last payment is never larger than the others.
 *
 * @example
 * buildSchedule(1_000_000, ymdToSerial(2026, 1, 31), 12, 0.05, 12).at(-1)
 * //=> { n: 12, dueDate: 46387 (2026-12-31), payment: 85601, interest: 355, principal: 85246, balanceAfter: 0 }
 */
export function buildSchedule(balance: Minor, start: Serial, installments: number, annualRate: number, frequency: Frequency, rounding: PaymentRounding = "up"): PlanRow[] {
  const payment = regularPayment(balance, installments, annualRate, frequency, rounding);
  const last = instalmentDueDate(start, installments, frequency);
  if (last > MAX_SERIAL) throw new DomainError("plan.pastLastDate", { installments });
  const rate = periodicRate(annualRate, frequency);
  const rows: PlanRow[] = [];
  let before = balance;
  const push = (paid: Minor, interest: Minor, balanceAfter: Minor): void => {
    const n = rows.length + 1;
    if (!Number.isSafeInteger(paid)) throw new DomainError("plan.paymentTooLarge", { text: money(paid) });
    rows.push({ n, dueDate: instalmentDueDate(start, n, frequency), payment: paid, interest, principal: paid - interest, balanceAfter });
    before = balanceAfter;
  };
  amortizeTo(balance, rate, installments - 1, payment, (interest, after) => push(payment, interest, after));
  const interest = periodInterest(before, rate);
  push(before + interest, interest, 0);
  return rows;
}

/**
 * The fewest instalments whose level payment is at most `budget` minor units, so that no instalment is
 * above the budget. The count comes from the closed form n = −ln(1 − r·P/B) / ln(1 + r) (P/B at rate
 * 0), then is checked against its neighbours; a count with no whole-cent level payment does not fit.
 * Throws when the budget does not cover one period's interest, or would need more than `maxInstallments`.
 *
 * @example
 * fewestInstallments(1_000_000, 0.05, 12, 90000) //=> 12 (payment 856.08; 11 would be 931.99)
 */
export function fewestInstallments(balance: Minor, annualRate: number, frequency: Frequency, budget: Minor, maxInstallments = MAX_INSTALLMENTS): number {
  checkPlanTerms(balance, 1, annualRate);
  if (!Number.isSafeInteger(budget) || budget <= 0) throw new DomainError("plan.budgetNotPositive", { text: money(budget) });
  const interest = periodInterest(balance, periodicRate(annualRate, frequency));
  if (annualRate > 0 && budget <= interest) throw new DomainError("plan.budgetBelowInterest", { budget: money(budget), interest: money(interest) });
  const r = shownRate(annualRate) / frequency;
  const exact = r === 0 ? balance / budget : -Math.log1p((-r * balance) / budget) / Math.log1p(r);
  let n = Number.isFinite(exact) ? Math.min(Math.max(Math.ceil(exact), 1), maxInstallments) : maxInstallments;
  const fits = (count: number): boolean => (levelPaymentThatFits(balance, count, annualRate, frequency) ?? Infinity) <= budget;
  // The payment falls as n grows, so the answer is the first n that fits; the closed form lands on it
  // or next to it (a cent of interest rounding can move it by one).
  while (n > 1 && fits(n - 1)) n--;
  while (!fits(n)) {
    if (n >= maxInstallments) throw new DomainError("plan.budgetTooLong", { budget: money(budget), max: maxInstallments });
    n++;
  }
  return n;
}
