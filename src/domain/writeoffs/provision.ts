import { ageItems, checkBucketDays, DEFAULT_BUCKET_DAYS } from "../aging";
import { DomainError, Minor, Serial } from "../core";
import { decimalRatio } from "../credit";

/**
 * The expected-credit-loss allowance of trade receivables under the IFRS 9 simplified approach: a
 * provision matrix, one loss rate per aging bucket (Not due first), applied to the bucket totals.
 */

/** One line of the provision matrix: a bucket's total, its loss rate and the allowance it gives. */
export interface ProvisionLine {
  /** The bucket total in minor units, as AR.AGING shows it (may be negative). */
  readonly balance: Minor;
  readonly rate: number;
  /** max(0, balance) × rate, rounded half away from zero to the minor unit. */
  readonly allowance: Minor;
}

export interface Provision {
  readonly lines: readonly ProvisionLine[];
  /** The sum of the lines' rounded allowances, so the matrix always foots to its total. */
  readonly total: Minor;
}

/**
 * Checks loss rates against the buckets: one rate per bucket, each a finite fraction from 0 to 1 (a
 * rate of 5 would be 500%: refused rather than guessed at). Throws a DomainError naming the first bad one.
 *
 * @example
 * checkLossRates([0.003, 0.016], 2) //=> undefined
 */
export function checkLossRates(rates: readonly number[], buckets: number): void {
  if (rates.length !== buckets) throw new DomainError("writeoffs.rateCount", { count: rates.length, buckets });
  rates.forEach((rate, i) => {
    if (!(rate >= 0 && rate <= 1)) throw new DomainError("writeoffs.rateRange", { position: i + 1, text: String(rate) });
  });
}

/**
 * A bucket's allowance: max(0, balance) × rate, on the decimal the rate cell shows (0.3% is exactly
 * 3/1000), rounded half away from zero to the minor unit. A negative bucket total (credit notes above
 * invoices) provides nothing.
 *
 * @example
 * bucketAllowance(1_500_000_000, 0.003) //=> 4_500_000 (15.0m at 0.3% is 45,000.00)
 * bucketAllowance(-5_000, 0.5) //=> 0
 */
export function bucketAllowance(balance: Minor, rate: number): Minor {
  if (!(balance > 0) || rate === 0) return 0;
  const { num, den } = decimalRatio(rate);
  // Exact in integers: round(balance × num / den) half up, all terms positive.
  return Number((2n * BigInt(balance) * num + den) / (2n * den));
}

/**
 * The provision matrix of bucket totals (minor units, Not due first) and loss rates, one per bucket.
 * Each bucket's allowance is rounded to the minor unit and the total is the sum of those rounded
 * allowances: a matrix printed bucket by bucket adds up to the figure booked.
 *
 * @example
 * lossAllowance([1_500_000_000, 750_000_000, 400_000_000, 250_000_000, 100_000_000], [0.003, 0.016, 0.036, 0.066, 0.106]).total
 * //=> 58_000_000 (IFRS 9 Illustrative Example 12: 580,000.00)
 */
export function lossAllowance(bucketTotals: readonly Minor[], lossRates: readonly number[]): Provision {
  checkLossRates(lossRates, bucketTotals.length);
  const lines = bucketTotals.map((balance, k) => ({ balance, rate: lossRates[k], allowance: bucketAllowance(balance, lossRates[k]) }));
  return { lines, total: lines.reduce((sum, l) => sum + l.allowance, 0) };
}

/**
 * The provision for open items aged on `asOf` into the buckets of `bucketDays` (as AR.AGING does: a
 * row whose amount is NaN is skipped), times one loss rate per bucket.
 *
 * @example
 * provisionForItems(new Float64Array([10000, 5000]), new Float64Array([45800, 45900]), 45850, [0.01, 0.02, 0.1, 0.2, 0.5]).total
 * //=> 1050 (50.00 not due at 1% and 100.00 of 31-60 days at 10%)
 */
export function provisionForItems(amounts: Float64Array, dueDates: Float64Array, asOf: Serial, lossRates: readonly number[], bucketDays: readonly number[] = DEFAULT_BUCKET_DAYS): Provision {
  checkBucketDays(bucketDays);
  checkLossRates(lossRates, bucketDays.length + 2);
  return lossAllowance(ageItems(amounts, dueDates, asOf, bucketDays).grandTotal.buckets, lossRates);
}
