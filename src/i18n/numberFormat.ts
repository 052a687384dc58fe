import { fromMinor, Minor } from "../domain/core";
import { Lang } from "./languages";

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * A number formatter for a language, made once and reused: building an Intl.NumberFormat costs far
 * more than formatting with one, and reports format tens of thousands of numbers.
 *
 * @example
 * numberFormatter("de", { minimumFractionDigits: 2 }).format(1234.5) //=> "1.234,50"
 */
export function numberFormatter(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) formatters.set(key, (formatter = new Intl.NumberFormat(lang, options)));
  return formatter;
}

/**
 * Minor units as `lang` writes an amount with its cents.
 *
 * @example
 * formatMoney(123450, "de") //=> "1.234,50"
 */
export function formatMoney(minor: Minor, lang: Lang): string {
  return numberFormatter(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(fromMinor(minor));
}
