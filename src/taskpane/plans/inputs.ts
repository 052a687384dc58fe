import { parseAmountText, Minor } from "../../domain/core";

/**
 * An amount typed in the pane: "1234.56", "1.234,56", "1,234.56" or "1234,56". The last "." or "," followed
 * by one or two digits is the decimal mark. Null when it is not an amount.
 *
 * @example
 * parseUserAmount("1.234,5") //=> 123450
 */
export function parseUserAmount(text: string): Minor | null {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  const decimal = /,\d{1,2}$/.test(trimmed) ? "," : ".";
  const parsed = parseAmountText(trimmed, decimal);
  return parsed.ok ? parsed.minor : null;
}

/**
 * A number typed in the pane ("5", "5.5", "5,5"); null when it is not one.
 *
 * @example
 * parseUserNumber("5,5") //=> 5.5
 */
export function parseUserNumber(text: string): number | null {
  const trimmed = text.trim().replace(",", ".");
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(trimmed)) return null;
  return Number(trimmed);
}

/**
 * A percentage typed in the pane, in percent: "5", "5%", "5,0 %", "5.0 %" (any space, the narrow
 * no-break space of French included, before the sign); null when it is not one.
 *
 * @example
 * parseUserPercent("5,0 %") //=> 5
 */
export function parseUserPercent(text: string): number | null {
  return parseUserNumber(text.replace(/[\s\u00a0\u202f]*%\s*$/, ""));
}
