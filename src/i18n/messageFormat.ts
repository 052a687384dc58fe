import { Formatters, IntlMessageFormat } from "intl-messageformat";
import { Lang } from "./languages";

/** The values of a message's arguments: text as is, numbers formatted where the message says so. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** One element of a parsed message (intl-messageformat's AST). */
export type MessageElement = ReturnType<IntlMessageFormat["getAst"]>[number];

/** A compiled message: formats its arguments into the text, and never throws. */
export type CompiledMessage = (params: MessageParams | undefined) => string;

/** The element types of the AST (TYPE of @formatjs/icu-messageformat-parser, which intl-messageformat uses). */
const LITERAL = 0;
const ARGUMENT = 1;
const SELECT = 5;
const PLURAL = 6;
const POUND = 7;

/**
 * One Intl formatter per locale and options, made on first use. intl-messageformat asks for one on
 * every `#` and plural it formats, so the common calls (a locale alone, or a locale and a plural type)
 * are keyed without JSON.
 */
function memoized<O extends object, T>(make: (locales?: string | string[], options?: O) => T): (locales?: string | string[], options?: O) => T {
  const cache = new Map<string, T>();
  return (locales, options) => {
    const rest = options === undefined ? "" : Object.keys(options).length === 1 && "type" in options ? String(options.type) : JSON.stringify(options);
    const key = `${String(locales)}|${rest}`;
    let value = cache.get(key);
    if (value === undefined) cache.set(key, (value = make(locales, options)));
    return value;
  };
}

/**
 * Intl formatters shared by every message: without them each IntlMessageFormat builds its own
 * Intl.NumberFormat and Intl.PluralRules, and building one costs far more than formatting with it.
 */
const formatters: Formatters = {
  getNumberFormat: memoized((locales, options?: Intl.NumberFormatOptions) => new Intl.NumberFormat(locales, options)),
  getDateTimeFormat: memoized((locales, options?: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locales, options)),
  getPluralRules: memoized((locales, options?: Intl.PluralRulesOptions) => new Intl.PluralRules(locales, options)),
};

/**
 * Parses an ICU message: `{name}`, `{count, number}`, `{count, plural, one {# plan} other {# plans}}`,
 * `{kind, select, …}`. Tags are plain text (`<` and `>` print as themselves). Throws on a malformed
 * message; the catalogue test parses every message so that none reaches a user.
 *
 * In ICU an apostrophe quotes what follows when it stands before `{`, `}`, `<`, `>`, another
 * apostrophe, or `#` inside a plural: write `''{text}''` to show 'x' around an argument. An
 * apostrophe anywhere else (L'importo) is a plain apostrophe.
 */
export function parseMessage(text: string, lang: Lang): IntlMessageFormat {
  return new IntlMessageFormat(text, lang, undefined, { ignoreTag: true, formatters });
}

/**
 * The arguments of a parsed message, each with its ICU type, sorted: `["count:plural", "date:argument"]`.
 * Arguments used only inside plural or select branches count too.
 */
export function messageArguments(elements: readonly MessageElement[]): string[] {
  const found = new Set<string>();
  const kinds = ["literal", "argument", "number", "date", "time", "select", "plural", "pound"];
  const visit = (els: readonly MessageElement[]) => {
    for (const el of els) {
      if (el.type === LITERAL || el.type === POUND) continue;
      found.add(`${el.value}:${kinds[el.type]}`);
      if (el.type === SELECT || el.type === PLURAL) for (const option of Object.values(el.options)) visit(option.value);
    }
  };
  visit(elements);
  return [...found].sort();
}

/**
 * The message with every argument that `given` lacks written out as `{name}`: a select or plural
 * without its value shows its `other` branch, with `#` as `{name}`. So a call that forgets a
 * parameter shows the gap, as a plain placeholder did, instead of throwing.
 */
function withGaps(elements: readonly MessageElement[], given: (name: string) => boolean, pound?: string): MessageElement[] {
  const literal = (value: string) => ({ type: LITERAL, value }) as MessageElement;
  return elements.flatMap((el): MessageElement[] => {
    if (el.type === LITERAL) return [el];
    if (el.type === POUND) return pound === undefined ? [el] : [literal(`{${pound}}`)];
    if (el.type === SELECT || el.type === PLURAL) {
      const inner = el.type === PLURAL ? (given(el.value) ? undefined : el.value) : pound;
      if (!given(el.value)) return withGaps(el.options.other?.value ?? [], given, inner);
      const options = Object.fromEntries(Object.entries(el.options).map(([k, o]) => [k, { ...o, value: withGaps(o.value, given, inner) }]));
      return [{ ...el, options } as MessageElement];
    }
    return given(el.value) ? [el] : [literal(`{${el.value}}`)];
  });
}

/**
 * Compiles `text` once for `lang` into a function that formats it. Messages made only of text and
 * `{name}` arguments (most of them) take a fast path that joins strings; plurals, numbers and
 * selects go through IntlMessageFormat. A value is shown with String() unless the message formats it
 * (`{n, number}`, `#`), so pre-formatted amounts pass through untouched. A malformed message shows
 * its raw text.
 *
 * @example
 * compileMessage("Checked {count, plural, one {# plan} other {# plans}}", "en")({ count: 1 }) //=> "Checked 1 plan"
 */
export function compileMessage(text: string, lang: Lang): CompiledMessage {
  let format: IntlMessageFormat;
  try {
    format = parseMessage(text, lang);
  } catch {
    return () => text;
  }
  const ast = format.getAst();
  if (ast.every((el) => el.type === LITERAL)) {
    const plain = ast.map((el) => el.value).join("");
    return () => plain;
  }
  if (ast.every((el) => el.type === LITERAL || el.type === ARGUMENT)) {
    const parts = ast.map((el) => (el.type === LITERAL ? { text: el.value } : { name: el.value }));
    return (params) => {
      let out = "";
      for (const part of parts) {
        if ("text" in part) out += part.text;
        else out += params !== undefined && part.name in params ? String(params[part.name]) : `{${part.name}}`;
      }
      return out;
    };
  }
  const names = messageArguments(ast).map((a) => a.slice(0, a.lastIndexOf(":")));
  const gapped = new Map<string, IntlMessageFormat>();
  return (params) => {
    try {
      let chosen = format;
      if (params === undefined || !names.every((name) => name in params)) {
        const missing = names.filter((name) => params === undefined || !(name in params));
        const id = missing.join(",");
        chosen = gapped.get(id) ?? parseMessageAst(withGaps(ast, (name) => !missing.includes(name)), lang);
        gapped.set(id, chosen);
      }
      const out = chosen.format<never>(params);
      return typeof out === "string" ? out : [out].flat().join("");
    } catch {
      return text;
    }
  };
}

function parseMessageAst(ast: MessageElement[], lang: Lang): IntlMessageFormat {
  return new IntlMessageFormat(ast, lang, undefined, { ignoreTag: true, formatters });
}
