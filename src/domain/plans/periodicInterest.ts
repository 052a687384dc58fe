import { DomainError, Minor } from "../core";

/**
 * A periodic interest rate held as an exact fraction `num / den`: the annual rate as the decimal number
 * Excel shows (15 significant digits) divided by the periods a year. Interest on a balance is then
 * exact integer arithmetic in minor units, rounded once, half away from zero.
 */
export interface PeriodicRate {
  readonly num: bigint;
  readonly den: bigint;
}

/**
 * An annual rate as the decimal number Excel shows (15 significant digits), as a double: the rate to
 * give PMT so that the payment and the interest of `periodInterest` agree on the same rate.
 *
 * @example
 * shownRate(1.9999999999999951) //=> 2
 */
export function shownRate(annualRate: number): number {
  return Number(annualRate.toPrecision(15));
}

/**
 * The exact periodic rate for an annual rate paid `periodsPerYear` times a year.
 *
 * @example
 * periodicRate(0.05, 12) //=> { num: 5n, den: 1200n }
 */
export function periodicRate(annualRate: number, periodsPerYear: number): PeriodicRate {
  if (!Number.isFinite(annualRate)) throw new DomainError("plan.negativeRate", { text: String(annualRate) });
  if (annualRate === 0) return { num: 0n, den: 1n };
  const [mantissa, exp] = Math.abs(annualRate).toExponential(14).split("e");
  const digits = mantissa.replace(".", "").replace(/0+$/, "");
  // annualRate = digits × 10^(exponent − (digits − 1)).
  const shift = Number(exp) - (digits.length - 1);
  const sign = annualRate < 0 ? -1n : 1n;
  const num = sign * BigInt(digits) * (shift > 0 ? 10n ** BigInt(shift) : 1n);
  const den = BigInt(periodsPerYear) * (shift < 0 ? 10n ** BigInt(-shift) : 1n);
  return { num, den };
}

/**
 * One period's interest on `balance` minor units: balance × rate, rounded half away from zero.
 *
 * @example
 * periodInterest(1_000_000, periodicRate(0.05, 12)) //=> 4167 (41.666… → 41.67)
 */
export function periodInterest(balance: Minor, rate: PeriodicRate): Minor {
  if (!Number.isFinite(balance)) throw new DomainError("amount.notFinite", { text: String(balance) });
  const product = BigInt(balance) * rate.num;
  const abs = product < 0n ? -product : product;
  const rounded = (2n * abs + rate.den) / (2n * rate.den);
  return Number(product < 0n ? -rounded : rounded);
}
