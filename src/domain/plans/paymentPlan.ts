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
 * The regular payment of a plan: PMT rounded to cents (at rate 0, balance / installments rounded).
 * When that rounding up, repeated over many instalments, would pay the balance off before the last
 * instalment (tiny payments, long plans), the payment is one cent less, so no balance goes negative
 * and the last payment stays positive; one cent is always enough because the rounding error per period
 * then never exceeds zero. The payment never rises with more instalments.
 *
 * @example
 * regularPayment(1_000_000, 12, 0.05, 12) //=> 85607
 */
export function regularPayment(balance: Minor, installments: number, annualRate: number, frequency: Frequency): Minor {
  checkPlanTerms(balance, installments, annualRate);
  // PMT on the same decimal rate the interest is charged at: the payment then always covers the first
  // period's interest, so no balance ever grows.
  let payment = roundMinor(-pmt(shownRate(annualRate) / frequency, installments, balance));
  if (!Number.isSafeInteger(payment)) throw new DomainError("plan.paymentTooLarge", { text: money(payment) });
  const rate = periodicRate(annualRate, frequency);
  while (installments > 1 && payment > 0 && amortizeTo(balance, rate, installments - 1, payment) <= 0) payment--;
  // On very long plans at high rates PMT is within a cent of the interest, and rounding can put it a
  // cent below the rounded interest: the balance would then grow and compound. Pay at least the interest.
  return installments > 1 ? Math.max(payment, periodInterest(balance, rate)) : payment;
}

/**
 * The schedule of the plan that repays `balance` minor units in `installments` payments, the first due
 * on `start`: each period's interest is the balance × periodic rate rounded to cents, every payment but
 * the last is `regularPayment(...)`, and the last settles the balance exactly, so the principal column
 * adds up to the balance.
 *
 * @example
 * buildSchedule(1_000_000, ymdToSerial(2026, 1, 31), 12, 0.05, 12).at(-1)
 * //=> { n: 12, dueDate: 46387 (2026-12-31), payment: 85612, interest: 355, principal: 85257, balanceAfter: 0 }
 */
export function buildSchedule(balance: Minor, start: Serial, installments: number, annualRate: number, frequency: Frequency): PlanRow[] {
  const payment = regularPayment(balance, installments, annualRate, frequency);
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
 * The fewest instalments whose regular payment is at most `budget` minor units. The count comes from
 * the closed form n = −ln(1 − r·B/P) / ln(1 + r) (P/B at rate 0), taken at B + half a cent because the
 * payment is rounded, then checked against its neighbours. Throws when the budget does not cover one
 * period's interest, or would need more than `maxInstallments`.
 *
 * @example
 * fewestInstallments(1_000_000, 0.05, 12, 90000) //=> 12 (payment 856.07; 11 would be 931.98)
 */
export function fewestInstallments(balance: Minor, annualRate: number, frequency: Frequency, budget: Minor, maxInstallments = MAX_INSTALLMENTS): number {
  checkPlanTerms(balance, 1, annualRate);
  if (!Number.isSafeInteger(budget) || budget <= 0) throw new DomainError("plan.budgetNotPositive", { text: money(budget) });
  const interest = periodInterest(balance, periodicRate(annualRate, frequency));
  if (annualRate > 0 && budget <= interest) throw new DomainError("plan.budgetBelowInterest", { budget: money(budget), interest: money(interest) });
  const r = shownRate(annualRate) / frequency;
  const target = budget + 0.5;
  const exact = r === 0 ? balance / target : -Math.log1p((-r * balance) / target) / Math.log1p(r);
  let n = Number.isFinite(exact) ? Math.min(Math.max(Math.ceil(exact), 1), maxInstallments) : maxInstallments;
  const fits = (count: number): boolean => regularPayment(balance, count, annualRate, frequency) <= budget;
  // The payment never rises with n, so the answer is the first n that fits; the closed form lands on
  // it or next to it (the one-cent adjustment of regularPayment can move it a little lower).
  while (n > 1 && fits(n - 1)) n--;
  while (!fits(n)) {
    if (n >= maxInstallments) throw new DomainError("plan.budgetTooLong", { budget: money(budget), max: maxInstallments });
    n++;
  }
  return n;
}
