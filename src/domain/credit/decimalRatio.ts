/**
 * A non-negative number as the exact decimal fraction Excel shows (15 significant digits), so that
 * percentages such as 0.1 or 0.43 multiply and compare exactly: 0.1 is 1/10, not 0.1000000000000000055….
 */
export interface DecimalRatio {
  readonly num: bigint;
  readonly den: bigint;
  /** The same fraction as doubles: exact, since policy rates have few digits once trailing zeros go. */
  readonly numNumber: number;
  readonly denNumber: number;
}

/**
 * Returns `value` (finite, ≥ 0) as numerator / power-of-ten denominator on its 15-digit decimal form.
 *
 * @example
 * decimalRatio(0.43) //=> { num: 43n, den: 100n, numNumber: 43, denNumber: 100 }
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
  if (value === 0) return ratioOf(0n, 1n);
  const [mantissa, exp] = value.toExponential(14).split("e");
  // value = digits × 10^(exponent − 14); trailing zeros dropped so 0.43 is 43/100, not 43·10^13/10^15.
  const text = mantissa.replace(".", "");
  const digits = text.replace(/0+$/, "");
  const shift = Number(exp) - 14 + (text.length - digits.length);
  const num = BigInt(digits);
  return shift >= 0 ? ratioOf(num * 10n ** BigInt(shift), 1n) : ratioOf(num, 10n ** BigInt(-shift));
}

function ratioOf(num: bigint, den: bigint): DecimalRatio {
  return { num, den, numNumber: Number(num), denNumber: Number(den) };
}

/**
 * floor(amount × ratio) for a whole, non-negative number of minor units, computed exactly.
 *
 * @example
 * floorTimes(5_000_000, decimalRatio(0.15)) //=> 750000
 */
export function floorTimes(amount: number, ratio: DecimalRatio): number {
  const product = amount * ratio.numNumber;
  // A product that is a safe integer is exact in a double; the division is then corrected to the floor.
  if (Number.isSafeInteger(product) && Number.isSafeInteger(ratio.denNumber)) {
    let q = Math.floor(product / ratio.denNumber);
    while (q * ratio.denNumber > product) q--;
    while ((q + 1) * ratio.denNumber <= product) q++;
    return q;
  }
  return Number((BigInt(amount) * ratio.num) / ratio.den);
}

/**
 * Whether a / b > ratio for whole non-negative a and positive b, exactly: a × den > num × b.
 *
 * @example
 * exceedsRatio(43, 100, decimalRatio(0.43)) //=> false
 */
export function exceedsRatio(a: number, b: number, ratio: DecimalRatio): boolean {
  const left = a * ratio.denNumber;
  const right = ratio.numNumber * b;
  if (Number.isSafeInteger(left) && Number.isSafeInteger(right)) return left > right;
  return BigInt(a) * ratio.den > ratio.num * BigInt(b);
}
