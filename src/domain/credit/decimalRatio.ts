/**
 * A non-negative number as the exact decimal fraction Excel shows (15 significant digits), so that
 * percentages such as 0.1 or 0.43 multiply and compare exactly: 0.1 is 1/10, not 0.1000000000000000055….
 */
export interface DecimalRatio {
  readonly num: bigint;
  readonly den: bigint;
}

/**
 * Returns `value` (finite, ≥ 0) as numerator / power-of-ten denominator on its 15-digit decimal form.
 *
 * @example
 * decimalRatio(0.43) //=> { num: 43n, den: 100n } (up to trailing zeros: 430000000000000n / 10^15)
 */
export function decimalRatio(value: number): DecimalRatio {
  let ratio = known.get(value);
  if (!ratio) {
    ratio = exactRatio(value);
    // Policies have a handful of distinct rates; a bound keeps odd inputs from growing the cache.
    if (known.size < 4096) known.set(value, ratio);
  }
  return ratio;
}

const known = new Map<number, DecimalRatio>();

function exactRatio(value: number): DecimalRatio {
  if (value === 0) return { num: 0n, den: 1n };
  const [mantissa, exp] = value.toExponential(14).split("e");
  const digits = BigInt(mantissa.replace(".", ""));
  // value = digits × 10^(exponent − 14)
  const shift = Number(exp) - 14;
  return shift >= 0 ? { num: digits * 10n ** BigInt(shift), den: 1n } : { num: digits, den: 10n ** BigInt(-shift) };
}

/**
 * floor(amount × ratio) for a whole, non-negative number of minor units, computed exactly.
 *
 * @example
 * floorTimes(5_000_000, decimalRatio(0.15)) //=> 750000
 */
export function floorTimes(amount: number, ratio: DecimalRatio): number {
  return Number((BigInt(amount) * ratio.num) / ratio.den);
}
