import { divideRounded, Minor } from "../core";
import { Jurisdiction } from "./rates";

/** The Dutch incassokosten scale: each slice of the principal (minor units) at its rate in basis points. */
const NL_SCALE: readonly (readonly [number, number])[] = [
  [250_000, 1500],
  [250_000, 1000],
  [500_000, 500],
  [19_000_000, 100],
  [Infinity, 50],
];
const NL_MIN = 4_000;
const NL_MAX = 677_500;

/**
 * The fixed compensation for recovery costs of one late invoice, in minor units of EUR (GBP for the
 * UK): 40 in the EU, Italy and France, and in Germany against businesses only (none when `b2c`); UK
 * 40 / 70 / 100 for debts under 1,000 / under 10,000 / from 10,000; NL the incassokosten scale (15% of
 * the first 2,500, 10% of the next 2,500, 5% of the next 5,000, 1% of the next 190,000, 0.5% above,
 * rounded to the cent, at least 40 and at most 6,775). An amount of 0 or less owes nothing.
 *
 * @example
 * lateFee(1_200_000, "NL", false) //=> 89500 (895.00)
 * lateFee(99_999, "UK", false) //=> 4000
 */
export function lateFee(amount: Minor, jurisdiction: Jurisdiction, b2c: boolean): Minor {
  if (!(amount > 0)) return 0;
  switch (jurisdiction) {
    case "DE":
      return b2c ? 0 : 4_000;
    case "UK":
      return amount < 100_000 ? 4_000 : amount < 1_000_000 ? 7_000 : 10_000;
    case "NL":
      return incassokosten(amount);
    default:
      return 4_000;
  }
}

function incassokosten(amount: Minor): Minor {
  if (amount >= 100_000_000) return NL_MAX; // the scale reaches the maximum at 1,000,000.00
  let left = amount;
  let scaled = 0; // in minor units × 10,000, exact
  for (const [slice, bp] of NL_SCALE) {
    const part = Math.min(left, slice);
    scaled += part * bp;
    left -= part;
    if (left <= 0) break;
  }
  return Math.min(NL_MAX, Math.max(NL_MIN, divideRounded(scaled, 10_000)));
}

/** The currency of a jurisdiction's fixed sums. */
export function feeCurrency(jurisdiction: Jurisdiction): "EUR" | "GBP" {
  return jurisdiction === "UK" ? "GBP" : "EUR";
}
