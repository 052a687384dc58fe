import { formatAmount, AmountFormat, Serial, serialToYmd, Minor } from "../../domain/core";
import { Lang, resolveLanguage } from "../../i18n";

/** Amount formats of the letters: plain spaces only (a PDF standard font has no U+202F). */
const AMOUNT: Readonly<Record<Lang, AmountFormat>> = {
  en: { decimal: ".", group: "," },
  it: { decimal: ",", group: "." },
  de: { decimal: ",", group: "." },
  nl: { decimal: ",", group: "." },
  fr: { decimal: ",", group: " " },
};

/**
 * An amount as a letter in `lang` writes it.
 *
 * @example
 * letterAmount(123456, "de") //=> "1.234,56"
 */
export function letterAmount(minor: Minor, lang: string, currency = ""): string {
  const l = resolveLanguage(lang);
  return formatAmount(minor, { ...AMOUNT[l], ...(currency ? { currency } : {}) });
}

/**
 * A date as a letter in `lang` writes it: 25/11/2026 (en, it, fr), 25.11.2026 (de), 25-11-2026 (nl).
 *
 * @example
 * letterDate(46351, "de") //=> "25.11.2026"
 */
export function letterDate(serial: Serial, lang: string): string {
  const { year, month, day } = serialToYmd(serial);
  const sep = { en: "/", it: "/", de: ".", nl: "-", fr: "/" }[resolveLanguage(lang)];
  return `${String(day).padStart(2, "0")}${sep}${String(month).padStart(2, "0")}${sep}${year}`;
}

/** An annual rate as a percentage: "5%" or "5 %" (de, fr), with the language's decimal mark. */
export function letterRate(rate: number, lang: string): string {
  const l = resolveLanguage(lang);
  const text = String(Number((rate * 100).toFixed(4))).replace(".", AMOUNT[l].decimal);
  return l === "de" || l === "fr" ? `${text} %` : `${text}%`;
}
