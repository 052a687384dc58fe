import { DomainError } from "./problem";

/**
 * Money as an integer number of minor units (cents for EUR, GBP, USD). Integers below 2^53 add
 * exactly in a double, so sums of minor units never drift; conversions round half away from zero.
 * NaN and ±Infinity are no amount: the helpers below throw a DomainError ("amount.notFinite") rather
 * than answer a number for them (toMinor answers NaN, which every reader of a cell reports).
 */

/** An amount in integer minor units. */
export type Minor = number;

/** Throws the coded refusal for a value that is not a finite number. */
function refuseNonFinite(text: string): never {
  throw new DomainError("amount.notFinite", { text });
}

/** Minor units per major unit for a currency exponent (2 → 100). */
export function minorPerMajor(exponent = 2): number {
  return 10 ** exponent;
}

/** The largest amount, in major units, that stays exact in minor units (about 90 trillion). */
export const MAX_SAFE_MAJOR = Math.floor(Number.MAX_SAFE_INTEGER / 100);

// Looked up rather than computed: this runs once per cell of a million-row ledger.
const POWERS_OF_TEN = [1, 10, 100, 1000, 10000];

/**
 * Rounds `value` to `decimals` places half away from zero, on the decimal number Excel shows (15
 * significant digits), as Excel's ROUND does, and returns the result scaled to an integer.
 *
 * @example
 * roundToScaledInteger(1.005, 2) //=> 101 (the double is 1.00499999…, Excel shows 1.005)
 * roundToScaledInteger(-2.5, 0) //=> -3
 */
export function roundToScaledInteger(value: number, decimals: number): number {
  if (!Number.isFinite(value)) refuseNonFinite(String(value));
  const scaled = Math.abs(value) * (POWERS_OF_TEN[decimals] ?? 10 ** decimals);
  const floor = Math.floor(scaled);
  const fraction = scaled - floor;
  // Far from a tie the double is unambiguous; near one, decide on the 15-digit decimal Excel shows.
  const magnitude = Math.abs(fraction - 0.5) > 1e-6 ? (fraction < 0.5 ? floor : floor + 1) : roundDecimalString(Math.abs(value), decimals);
  return value < 0 ? -magnitude || 0 : magnitude;
}

/** Rounds a non-negative number to `decimals` places half up on its 15-significant-digit decimal form. */
function roundDecimalString(value: number, decimals: number): number {
  const [mantissa, exp] = value.toExponential(14).split("e");
  const digits = mantissa.replace(".", "");
  // value = 0.digits × 10^(exponent + 1); keep (exponent + 1 + decimals) digits.
  const keep = Number(exp) + 1 + decimals;
  if (keep < 0) return 0;
  if (keep >= digits.length) return Number(digits) * 10 ** (keep - digits.length);
  const head = keep === 0 ? 0 : Number(digits.slice(0, keep));
  return digits.charCodeAt(keep) >= 53 /* '5' */ ? head + 1 : head;
}

/**
 * Converts a number of major units (as a cell holds it) to minor units, rounding as Excel's ROUND.
 * Returns NaN when the value is not a finite number or too large to be held exactly: the readers of
 * cells and arguments check for it and report "amount.tooLarge" with the row or argument.
 *
 * @example
 * toMinor(1234.565) //=> 123457
 */
export function toMinor(value: number, exponent = 2): Minor {
  if (!Number.isFinite(value) || Math.abs(value) > MAX_SAFE_MAJOR) return NaN;
  return roundToScaledInteger(value, exponent);
}

/**
 * Converts minor units back to the major-unit number a cell shows.
 *
 * @example
 * fromMinor(123457) //=> 1234.57
 */
export function fromMinor(minor: Minor, exponent = 2): number {
  if (!Number.isFinite(minor)) refuseNonFinite(String(minor));
  return minor / minorPerMajor(exponent);
}

/**
 * Divides `numerator / denominator` and rounds to an integer half away from zero, for exact minor-unit
 * arithmetic (interest = principal × rate, a share of a total).
 *
 * @example
 * divideRounded(5, 2) //=> 3
 * divideRounded(-5, 2) //=> -3
 */
export function divideRounded(numerator: number, denominator: number): number {
  if (!Number.isFinite(numerator) || !Number.isFinite(denominator) || denominator === 0) refuseNonFinite(`${numerator} / ${denominator}`);
  const q = Math.abs(numerator) / Math.abs(denominator);
  const floor = Math.floor(q);
  const rest = Math.abs(numerator) - floor * Math.abs(denominator);
  const magnitude = rest * 2 >= Math.abs(denominator) ? floor + 1 : floor;
  return numerator < 0 !== denominator < 0 ? -magnitude || 0 : magnitude;
}

/**
 * Rounds a real number of minor units (e.g. balance × rate) half away from zero to a whole minor unit,
 * tolerating the last-bit error of the multiplication.
 *
 * @example
 * roundMinor(41.666666) //=> 42
 */
export function roundMinor(value: number): Minor {
  return roundToScaledInteger(value, 0);
}

/**
 * Splits `total` minor units into shares proportional to `weights`: integer shares first, then the
 * leftover units one at a time to the largest remainders. The shares always add up to `total`.
 *
 * @example
 * allocate(100, [1, 1, 1]) //=> [34, 33, 33]
 */
export function allocate(total: Minor, weights: readonly number[]): Minor[] {
  if (!Number.isFinite(total)) refuseNonFinite(String(total));
  const bad = weights.find((w) => !Number.isFinite(w));
  if (bad !== undefined) refuseNonFinite(String(bad));
  const weightSum = weights.reduce((a, b) => a + b, 0);
  if (weights.length === 0 || !(weightSum > 0)) throw new DomainError("amount.noWeights");
  const sign = total < 0 ? -1 : 1;
  const abs = Math.abs(total);
  const shares = weights.map((w) => Math.floor((abs * w) / weightSum));
  const remainders = weights.map((w, i) => ({ i, r: (abs * w) / weightSum - shares[i] }));
  let left = abs - shares.reduce((a, b) => a + b, 0);
  remainders.sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; left > 0; k = (k + 1) % remainders.length, left--) shares[remainders[k].i] += 1;
  return shares.map((s) => sign * s || 0);
}
