import { catalogues } from "./catalogue";
import { DEFAULT_LANG, Lang, LANGUAGES } from "./languages";
import { CompiledMessage, compileMessage, MessageParams } from "./messageFormat";

export { LANGUAGES, resolveLanguage } from "./languages";
export type { Lang } from "./languages";
export type { MessageParams } from "./messageFormat";

let current: Lang = DEFAULT_LANG;

/** Sets the language of the pane and of formula messages (from Office's display language). */
export function setLanguage(lang: Lang): void {
  current = lang;
}

export function getLanguage(): Lang {
  return current;
}

const own = (catalogue: Readonly<Record<string, string>>, key: string): string | undefined =>
  Object.prototype.hasOwnProperty.call(catalogue, key) ? catalogue[key] : undefined;

/** True when the catalogue has a message for `key` (in English, the reference language). */
export function hasMessage(key: string): boolean {
  return own(catalogues.en, key) !== undefined;
}

/** Each message compiled once per language on first use: reports call t() tens of thousands of times. */
const compiled = Object.fromEntries(LANGUAGES.map((lang) => [lang, new Map<string, CompiledMessage>()])) as Record<Lang, Map<string, CompiledMessage>>;

/**
 * The message `key` in `lang` (default: the current language), an ICU MessageFormat text formatted
 * with `params`: `{name}` shows the value as given, `{count, plural, one {…} other {…}}` and `#`
 * follow the language's plural rules and number format. A missing translation falls back to English;
 * an unknown key returns the key itself, so a missing text is visible, never blank; an argument not
 * in `params` stays visible as `{name}`. Never throws.
 *
 * @example
 * t("date.notADate", { text: "next week" }, "en") //=> "text 'next week' is not a date"
 * t("planPanel.checked", { plans: 1, promises: 2, date: "2026-11-25" }, "en") //=> "Checked 1 plan and 2 promises on 2026-11-25; AR Plans and AR Promises updated."
 */
export function t(key: string, params?: MessageParams, lang: Lang = current): string {
  let message = compiled[lang].get(key);
  if (message === undefined) {
    const translated = own(catalogues[lang], key);
    const text = translated ?? own(catalogues.en, key);
    if (text === undefined) return key;
    message = compileMessage(text, translated === undefined ? "en" : lang);
    compiled[lang].set(key, message);
  }
  return message(params);
}
