/**
 * Dates as the pane reads and writes them. One parser for every date field and one formatter for every
 * date the pane shows, so a date looks the same wherever it appears.
 *
 * What a date field accepts, in every pane locale:
 * - ISO, year first: 2026-12-31 (also 2026/12/31, 2026.12.31, and one-digit months and days: 2026-1-5);
 * - the locale's own order, with "/", "." or "-" between the parts (one kind per date) and optional
 *   spaces after them: day first for en-GB, it, de, nl and fr (31/12/2026, 31.12.2026, 31-12-2026,
 *   31. 12. 2026), month first for en-US (12/31/2026);
 * - two-digit years mean 2000–2099 (31/12/26 is 2026, 1/1/99 is 2099): the pane's dates are as-of,
 *   due, promise and review dates of this century, so Excel's 1930–2029 window (which would make a
 *   plan due in 31/12/30 fall in 1930) is not used. Type four digits for anything else.
 * Nothing else is guessed: no month names, no dates without a year, no eight-digit runs.
 */
import { daysInMonth, serialToIso, serialToYmd, Serial, ymdToSerial } from "../../domain/core";
import { currentPaneLocale, intlTag, PaneLocale } from "./paneLocale";

export type DateOrder = "DMY" | "MDY";

/** Why a text is not a date. */
export type PaneDateFailure =
  | { readonly reason: "empty" }
  | { readonly reason: "notADate" }
  /** A month above 12 (or 0): in en-US, often a day typed first. */
  | { readonly reason: "noSuchMonth"; readonly month: number }
  /** A day the month does not have: 31.02.2026, 0/1/2026. */
  | { readonly reason: "noSuchDay"; readonly year: number; readonly month: number; readonly days: number }
  /** A real date outside what Excel holds (1900-01-01 to 9999-12-31). */
  | { readonly reason: "outOfRange" };

export type PaneDateParse = { readonly ok: true; readonly iso: string; readonly serial: Serial } | ({ readonly ok: false } & PaneDateFailure);

/** Day first, or month first (US English only). */
export function dateOrderOf(locale: PaneLocale): DateOrder {
  return locale === "en-US" ? "MDY" : "DMY";
}

/** The separator a locale writes between the parts of a date. */
export function dateSeparatorOf(locale: PaneLocale): string {
  return { "en-US": "/", "en-GB": "/", it: "/", fr: "/", de: ".", nl: "-" }[locale];
}

const ISO = /^(\d{4})\s*([-./])\s*(\d{1,2})\s*\2\s*(\d{1,2})$/;
const LOCAL = /^(\d{1,2})\s*([-./])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})$/;

function fromParts(year: number, month: number, day: number): PaneDateParse {
  if (month < 1 || month > 12) return { ok: false, reason: "noSuchMonth", month };
  if (year < 1900 || year > 9999) return { ok: false, reason: "outOfRange" };
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) return { ok: false, reason: "noSuchDay", year, month, days };
  const serial = ymdToSerial(year, month, day);
  return { ok: true, iso: serialToIso(serial), serial };
}

/**
 * Reads a date typed in the pane (see the module comment for what is accepted).
 *
 * @example
 * parsePaneDate("31.12.2026", "de")    //=> { ok: true, iso: "2026-12-31", serial: 46387 }
 * parsePaneDate("12/31/2026", "en-US") //=> { ok: true, iso: "2026-12-31", … }
 * parsePaneDate("31.02.2026", "de")    //=> { ok: false, reason: "noSuchDay", year: 2026, month: 2, days: 28 }
 */
export function parsePaneDate(text: string, locale: PaneLocale): PaneDateParse {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: false, reason: "empty" };
  const iso = ISO.exec(trimmed);
  if (iso) return fromParts(Number(iso[1]), Number(iso[3]), Number(iso[4]));
  const local = LOCAL.exec(trimmed);
  if (!local) return { ok: false, reason: "notADate" };
  const [first, second] = [Number(local[1]), Number(local[3])];
  const year = local[4].length === 2 ? 2000 + Number(local[4]) : Number(local[4]);
  return dateOrderOf(locale) === "MDY" ? fromParts(year, first, second) : fromParts(year, second, first);
}

/** The parts of a valid ISO "YYYY-MM-DD", or null. */
function isoParts(iso: string): { year: number; month: number; day: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const parsed = fromParts(Number(m[1]), Number(m[2]), Number(m[3]));
  return parsed.ok ? serialToYmd(parsed.serial) : null;
}

/**
 * A date as the locale types it, for a date field: 12/31/2026 (en-US), 31/12/2026 (en-GB, it, fr),
 * 31.12.2026 (de), 31-12-2026 (nl). Accepts a serial or an ISO text; any other text is returned as is.
 *
 * @example
 * formatDateInput("2026-12-31", "de") //=> "31.12.2026"
 */
export function formatDateInput(date: Serial | string, locale: PaneLocale): string {
  const ymd = typeof date === "number" ? serialToYmd(date) : isoParts(date);
  if (!ymd) return String(date);
  const [dd, mm] = [String(ymd.day).padStart(2, "0"), String(ymd.month).padStart(2, "0")];
  const sep = dateSeparatorOf(locale);
  return dateOrderOf(locale) === "MDY" ? `${mm}${sep}${dd}${sep}${ymd.year}` : `${dd}${sep}${mm}${sep}${ymd.year}`;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: PaneLocale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(intlTag(locale), { ...options, timeZone: "UTC" })));
  return f;
}

const utc = (serial: Serial) => {
  const { year, month, day } = serialToYmd(serial);
  return new Date(Date.UTC(year, month - 1, day));
};

/**
 * A date as the pane shows it, in words that cannot be read the wrong way round: "31 Dec 2026" (en-GB),
 * "Dec 31, 2026" (en-US), "31 dic 2026", "31. Dez. 2026", "31 dec 2026", "31 déc. 2026". The same
 * formatter serves the date fields' "read as" line and every date in the pane's lists.
 */
export function formatPaneDate(serial: Serial, locale: PaneLocale = currentPaneLocale()): string {
  return formatter(locale, { day: "numeric", month: "short", year: "numeric" }).format(utc(serial));
}

/** A month and year in words ("February 2026"), for messages about a day that month lacks. */
export function formatMonthYear(year: number, month: number, locale: PaneLocale = currentPaneLocale()): string {
  return formatter(locale, { month: "long", year: "numeric" }).format(utc(ymdToSerial(year, month, 1)));
}

/** The example a date field shows: 31 December 2026 as the locale types it. */
export function dateExample(locale: PaneLocale): string {
  return formatDateInput("2026-12-31", locale);
}
