import { DomainError, fromMinor, Minor } from "../core";

/** The figures of a collection effectiveness index, in minor units, as AR.CEI takes them. */
export interface CeiFigures {
  readonly openingReceivables: Minor;
  /** Credit sales of the whole span; divided by `periods` for one period's sales. */
  readonly sales: Minor;
  readonly closingReceivables: Minor;
  /** The part of the closing receivables not yet due. */
  readonly closingCurrentReceivables: Minor;
  /** The number of periods the sales cover; default 1. */
  readonly periods?: number;
}

/** The most periods a CEI may spread its sales over. */
export const MAX_CEI_PERIODS = 1000;

const FIGURES = [
  ["openingReceivables", "opening_receivables"],
  ["sales", "sales"],
  ["closingReceivables", "closing_receivables"],
  ["closingCurrentReceivables", "closing_current_receivables"],
] as const;

/**
 * The collection effectiveness index as a fraction: what was collected of what could be collected,
 * (opening + sales / periods − closing) / (opening + sales / periods − closing current), computed
 * exactly and shown to 15 significant digits. Every figure is 0 or more; the closing current
 * receivables are part of the closing receivables, so they cannot be more; and when nothing was
 * collectable (the denominator is 0 or less) the index is undefined: each refused with a DomainError.
 *
 * @example
 * collectionEffectiveness({ openingReceivables: 5_000_000, sales: 4_000_000, closingReceivables: 4_500_000, closingCurrentReceivables: 3_000_000 })
 * //=> 0.75 (45,000 collected of 60,000 collectable)
 */
export function collectionEffectiveness(f: CeiFigures): number {
  for (const [key, arg] of FIGURES) {
    const value = f[key];
    if (!Number.isSafeInteger(value)) throw new DomainError("amount.notFinite", { text: String(value) });
    if (value < 0) throw new DomainError("metrics.negative", { arg, text: fromMinor(value).toFixed(2) });
  }
  const periods = f.periods ?? 1;
  if (!(Number.isInteger(periods) && periods >= 1 && periods <= MAX_CEI_PERIODS)) throw new DomainError("metrics.periodsRange", { text: String(periods), max: MAX_CEI_PERIODS });
  if (f.closingCurrentReceivables > f.closingReceivables) {
    throw new DomainError("metrics.closingCurrentAboveTotal", { current: fromMinor(f.closingCurrentReceivables).toFixed(2), total: fromMinor(f.closingReceivables).toFixed(2) });
  }
  // Multiplied through by the periods, every term is a whole number of minor units: no drift.
  const n = BigInt(periods);
  const collectable = n * BigInt(f.openingReceivables) + BigInt(f.sales);
  const numerator = collectable - n * BigInt(f.closingReceivables);
  const denominator = collectable - n * BigInt(f.closingCurrentReceivables);
  if (denominator <= 0n) {
    throw new DomainError("metrics.nothingCollectable", { current: fromMinor(f.closingCurrentReceivables).toFixed(2), collectable: (Number(collectable) / periods / 100).toFixed(2) });
  }
  return shownRatio(numerator, denominator);
}

/** num / den (den > 0) as a double shown to 15 significant digits. */
function shownRatio(num: bigint, den: bigint): number {
  if (num === 0n) return 0;
  const negative = num < 0n;
  const magnitude = negative ? -num : num;
  const scale = Math.max(0, den.toString().length - magnitude.toString().length + 20);
  const value = Number((magnitude * 10n ** BigInt(scale)) / den) / 10 ** scale;
  const rounded = Number(value.toPrecision(15));
  return negative ? -rounded : rounded;
}
