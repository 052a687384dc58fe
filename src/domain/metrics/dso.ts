import { DomainError, fromMinor, Minor } from "../core";

/**
 * Days sales outstanding and its companions: how many days of sales the receivables stand for.
 * Amounts are minor units; results are days, shown to the 15 significant digits Excel shows.
 */

/** The sales of one period (simple DSO), or of consecutive periods, newest first (countback DSO). */
export type Sales = Minor | readonly Minor[];

/** The days one sales figure covers in simple DSO when none are given: a year. */
export const SIMPLE_DSO_DAYS = 365;
/** The length of each period of a countback when none is given: a 30-day month. */
export const COUNTBACK_PERIOD_DAYS = 30;
/** The longest period accepted: ten years of days. */
export const MAX_PERIOD_DAYS = 3660;

/**
 * Checks a period length: a number of days from 1 to 3,660 (a fraction such as 30.42 is allowed).
 *
 * @example
 * checkPeriodDays(30) //=> undefined
 */
export function checkPeriodDays(days: number): void {
  if (!(days >= 1 && days <= MAX_PERIOD_DAYS)) throw new DomainError("metrics.daysRange", { text: String(days), max: MAX_PERIOD_DAYS });
}

/**
 * DSO of `receivables` (minor units, 0 or more). With one sales figure, simple DSO: receivables /
 * sales × days (default 365). With sales per period, newest first, countback DSO: whole periods of
 * `days` (default 30) are counted back while the receivables exceed their sales, and the period that
 * uses them up counts in proportion. Receivables beyond all the periods given cannot be counted back
 * and are refused (more sales history is needed), rather than answered with the days of every period,
 * which would understate DSO. Sales of 0 in every period leave DSO undefined: refused too.
 *
 * @example
 * dso(21_200_000, [10_000_000, 8_000_000, 7_000_000]) //=> 73.7142857142857 (60 + 32/70 × 30)
 * dso(1_500_000, 1_000_000, 30) //=> 45
 */
export function dso(receivables: Minor, sales: Sales, days?: number): number {
  return shown(daysOf(receivables, "receivables", sales, days));
}

/**
 * Best possible DSO: DSO of the current (not yet overdue) receivables, with the same sales and days.
 *
 * @example
 * bestPossibleDso(400_000, 1_000_000, 30) //=> 12
 */
export function bestPossibleDso(currentReceivables: Minor, sales: Sales, days?: number): number {
  return shown(daysOf(currentReceivables, "current_receivables", sales, days));
}

/**
 * Average days delinquent: DSO − best possible DSO, both with the same sales and days. The current
 * receivables are part of the receivables, so they cannot be more.
 *
 * @example
 * averageDaysDelinquent(1_500_000, 400_000, 1_000_000, 30) //=> 33 (45 − 12)
 */
export function averageDaysDelinquent(receivables: Minor, currentReceivables: Minor, sales: Sales, days?: number): number {
  const total = daysOf(receivables, "receivables", sales, days);
  const current = daysOf(currentReceivables, "current_receivables", sales, days);
  if (currentReceivables > receivables) throw new DomainError("metrics.currentAboveTotal", { current: fromMinor(currentReceivables).toFixed(2), total: fromMinor(receivables).toFixed(2) });
  return shown(total - current);
}

/** The unrounded days of `amount`, named `arg` in messages. */
function daysOf(amount: Minor, arg: string, sales: Sales, days: number | undefined): number {
  checkAmount(amount, arg);
  if (typeof sales === "number") {
    const length = days ?? SIMPLE_DSO_DAYS;
    checkPeriodDays(length);
    checkAmount(sales, "sales");
    if (sales === 0) throw new DomainError("metrics.noSales");
    return (amount * length) / sales;
  }
  const length = days ?? COUNTBACK_PERIOD_DAYS;
  checkPeriodDays(length);
  return countback(amount, arg, sales, length);
}

/** Countback over periods of `days`, newest first. */
function countback(amount: Minor, arg: string, sales: readonly Minor[], days: number): number {
  if (sales.length === 0) throw new DomainError("metrics.noSalesPeriods", { count: 0 });
  let total = 0;
  sales.forEach((s, i) => {
    if (!Number.isSafeInteger(s)) throw new DomainError("amount.notFinite", { text: String(s) });
    if (s < 0) throw new DomainError("metrics.negativeSalesRow", { row: i + 1, text: fromMinor(s).toFixed(2) });
    total += s;
  });
  if (total === 0) throw new DomainError("metrics.noSalesPeriods", { count: sales.length });
  if (amount === 0) return 0;
  let left = amount;
  for (let i = 0; i < sales.length; i++) {
    // left > 0 here, so a period that uses it up has sales above 0.
    if (left <= sales[i]) return i * days + (left * days) / sales[i];
    left -= sales[i];
  }
  throw new DomainError("metrics.moreSalesNeeded", { arg, amount: fromMinor(amount).toFixed(2), count: sales.length, sales: fromMinor(total).toFixed(2) });
}

function checkAmount(amount: Minor, arg: string): void {
  if (!Number.isSafeInteger(amount)) throw new DomainError("amount.notFinite", { text: String(amount) });
  if (amount < 0) throw new DomainError("metrics.negative", { arg, text: fromMinor(amount).toFixed(2) });
}

/** A number of days rounded to the 15 significant digits Excel shows: 0.4 × 30 is 12, not 12.000000000000002. */
function shown(value: number): number {
  return value === 0 ? 0 : Number(value.toPrecision(15));
}
