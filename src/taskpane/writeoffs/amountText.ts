import { detectDecimalMark, Minor, parseAmountText } from "../../domain/core";

/**
 * An amount typed in the pane ("1.234,56", "1,234.56" or "1234.5") in minor units; null when blank,
 * NaN when it is not an amount above 0.
 *
 * @example
 * parseTypedAmount("1.234,56") //=> 123456
 */
export function parseTypedAmount(text: string): Minor | null {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  const read = parseAmountText(trimmed, detectDecimalMark([trimmed]).mark);
  return read.ok && read.minor > 0 ? read.minor : NaN;
}

/**
 * A loss rate typed in the pane: "0.3%", "0,3 %" or "0.003"; null when blank, NaN when unreadable
 * (the range, 0 to 1, is the domain's check, so that a rate of 5 is refused with its message).
 *
 * @example
 * parseRateInput("1,6%") //=> 0.016
 */
export function parseRateInput(text: string): number | null {
  const trimmed = text.trim().replace(",", ".");
  if (trimmed === "") return null;
  const m = /^(-?\d+(?:\.\d+)?|-?\.\d+)\s*(%?)$/.exec(trimmed);
  if (!m) return NaN;
  return m[2] ? Number((Number(m[1]) / 100).toPrecision(15)) : Number(m[1]);
}

/** A rate as the pane shows it in an input: 0.003 → "0.3%". */
export function rateInputText(rate: number): string {
  return `${Number((rate * 100).toPrecision(12))}%`;
}
