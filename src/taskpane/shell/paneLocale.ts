/**
 * The pane's locale: its language (one of the five of the catalogue) and, for English, which way round
 * it writes dates. English is the only language whose users split on day-first or month-first, so it
 * comes in two: "en-US" (12/31/2026) and "en-GB" (31/12/2026). The other four are day-first everywhere
 * they are spoken.
 */
import { getLanguage, Lang, resolveLanguage, setLanguage } from "../../i18n";

export const PANE_LOCALES = ["en-US", "en-GB", "it", "de", "nl", "fr"] as const;
export type PaneLocale = (typeof PANE_LOCALES)[number];

/**
 * The pane locale of a BCP 47 tag such as Office's display language. English is US (month first) only
 * when the tag says so: "en-US", or a bare "en" or no tag at all (Office's own default, en-US). Every
 * other English ("en-GB", "en-IE", "en-AU", "en-IN"…) and every language the pane does not speak
 * ("es-ES", "pl-PL"…, shown in English) writes the day first, as most of the world does.
 *
 * @example
 * resolvePaneLocale("en-GB") //=> "en-GB"
 * resolvePaneLocale("de-AT") //=> "de"
 * resolvePaneLocale("es-ES") //=> "en-GB"
 */
export function resolvePaneLocale(tag: string | null | undefined): PaneLocale {
  const lang = resolveLanguage(tag);
  if (lang !== "en") return lang;
  const [base = "", region] = (tag ?? "").trim().toLowerCase().split(/[-_]/);
  if (base === "" || (base === "en" && (region === undefined || region === "us"))) return "en-US";
  return "en-GB";
}

/** The catalogue language of a pane locale. */
export function langOf(locale: PaneLocale): Lang {
  return locale === "en-US" || locale === "en-GB" ? "en" : locale;
}

/** The tag Intl formats a pane locale's dates with. */
export function intlTag(locale: PaneLocale): string {
  return { "en-US": "en-US", "en-GB": "en-GB", it: "it-IT", de: "de-DE", nl: "nl-NL", fr: "fr-FR" }[locale];
}

let current: PaneLocale = "en-US";

/** Makes `locale` the pane's: t() and the formatters follow it from now on. */
export function applyPaneLocale(locale: PaneLocale): void {
  current = locale;
  setLanguage(langOf(locale));
}

/**
 * The pane's locale now. Code that set only the language (setLanguage, as tests and the formula
 * runtime do) gets that language's locale, English staying on the side of the last English locale.
 */
export function currentPaneLocale(): PaneLocale {
  const lang = getLanguage();
  if (langOf(current) === lang) return current;
  return lang === "en" ? "en-US" : lang;
}
