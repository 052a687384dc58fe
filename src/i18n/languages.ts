/** The languages Credit Desk speaks, for its pane, its formula messages and its letters. */
export const LANGUAGES = ["en", "it", "de", "nl", "fr"] as const;
export type Lang = (typeof LANGUAGES)[number];
export const DEFAULT_LANG: Lang = "en";

/**
 * Picks a supported language from a locale tag such as Office's display language ("de-DE", "fr-CA",
 * "nl"); anything else falls back to English.
 *
 * @example
 * resolveLanguage("it-IT") //=> "it"
 */
export function resolveLanguage(tag: string | null | undefined): Lang {
  const base = (tag ?? "").trim().toLowerCase().split(/[-_]/)[0];
  return (LANGUAGES as readonly string[]).includes(base) ? (base as Lang) : DEFAULT_LANG;
}

/** One message text per language; English is the reference every other language must match. */
export type Translations<K extends string> = { readonly en: Record<K, string> } & { readonly [L in Exclude<Lang, "en">]: Record<K, string> };
