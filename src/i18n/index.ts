import { catalogues } from "./catalogue";
import { DEFAULT_LANG, Lang } from "./languages";

export { LANGUAGES, resolveLanguage } from "./languages";
export type { Lang } from "./languages";

let current: Lang = DEFAULT_LANG;

/** Sets the language of the pane and of formula messages (from Office's display language). */
export function setLanguage(lang: Lang): void {
  current = lang;
}

export function getLanguage(): Lang {
  return current;
}

/** True when the catalogue has a message for `key` (in English, the reference language). */
export function hasMessage(key: string): boolean {
  return key in catalogues.en;
}

/**
 * The message `key` in `lang` (default: the current language), with `{name}` placeholders filled from
 * `params`. An unknown key returns the key itself, so a missing text is visible, never blank.
 *
 * @example
 * t("date.notADate", { text: "next week" }, "en") //=> "text 'next week' is not a date"
 */
export function t(key: string, params?: Readonly<Record<string, string | number>>, lang: Lang = current): string {
  const text = catalogues[lang][key] ?? catalogues.en[key] ?? key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
