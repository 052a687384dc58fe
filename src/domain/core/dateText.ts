import { DetectionBasis } from "./amountText";
import { DateSystem, isSerial, isValidYmd, SERIAL_1904_OFFSET, Serial, ymdToSerial } from "./dates";

/**
 * Dates written as text, the way ledger exports write them:
 * - ISO and other year-first forms: "2025-05-31", "2025/05/31", "2025.5.31", "2025-05-31T10:00:00Z";
 * - day-first or month-first: "31/05/2025", "05/31/2025", "31.05.2025", "31-05-25", "5/31/25";
 * - SAP's compact "20250531";
 * - a serial written as text with exactly five digits ("45808", from a CSV of an Excel sheet: serials
 *   10000–99999 are 1927-05-18 to 2173-10-14; shorter digit runs are refused rather than guessed).
 * Any form may end with a time of day ("14:30", "2:30 PM", "10:00:00.000+02:00"), which is dropped:
 * the date written is the day. One separator (- / .) per date. Two-digit years follow Excel's pivot:
 * 00–29 are 2000–2029, 30–99 are 1930–1999.
 *
 * Whether "03/04/2025" is 3 April or 4 March is a property of the COLUMN (see detectDateOrder).
 */

/** The order of day and month in a column of d/m/y texts. */
export type DateOrder = "DMY" | "MDY";

export interface DateOrderDetection {
  readonly order: DateOrder;
  readonly basis: Exclude<DetectionBasis, "ambiguous">;
}

/** Why a text is not a date: not a date at all, no such calendar day, outside Excel's range, or it only reads in the other order. */
export type DateTextFailure = "notADate" | "impossible" | "outOfRange" | "otherOrder";

const enum Shape {
  None = 0,
  YearFirst = 1,
  DayOrMonthFirst = 2,
  Compact = 3,
  Serial = 4,
}

// Module-level scratch filled by scanShape, so scanning a million cells allocates nothing per cell.
let part1 = 0;
let part2 = 0;
let part3 = 0;
let yearDigits = 0;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x202f || c === 9;
}

/** Reads a run of digits at `i` into `run`; returns the index after it. */
let run = 0;
function digitsAt(s: string, i: number, end: number): number {
  run = 0;
  while (i < end && isDigit(s.charCodeAt(i))) run = run * 10 + (s.charCodeAt(i++) - 48);
  return i;
}

/** True when s[i..end) is a time of day, optionally with AM/PM and a zone: " 14:30", "T10:00:00.000Z". */
function isTimeSuffix(s: string, i: number, end: number): boolean {
  const c = s.charCodeAt(i);
  if (c === 84 /* T */) i++;
  else if (isSpace(c)) while (i < end && isSpace(s.charCodeAt(i))) i++;
  else return false;
  let k = digitsAt(s, i, end);
  if (k - i < 1 || k - i > 2) return false;
  const hour = run;
  let fields = 0;
  while (k < end && s.charCodeAt(k) === 58 /* : */ && fields < 2) {
    const start = k + 1;
    k = digitsAt(s, start, end);
    if (k - start !== 2 || run > 59) return false;
    fields++;
  }
  if (fields === 0) return false;
  if (k < end && s.charCodeAt(k) === 46 /* . */) {
    const start = k + 1;
    k = digitsAt(s, start, end);
    if (k === start) return false;
  }
  while (k < end && isSpace(s.charCodeAt(k))) k++;
  const rest = s.slice(k, end).toUpperCase();
  if (rest === "AM" || rest === "PM") return hour >= 1 && hour <= 12;
  if (hour > 23) return false;
  return rest === "" || rest === "Z" || /^[+-]\d{2}(:?\d{2})?$/.test(rest);
}

/** Splits a text into its date parts; sets part1..part3 and yearDigits. */
function scanShape(s: string): Shape {
  let i = 0;
  let end = s.length;
  while (i < end && isSpace(s.charCodeAt(i))) i++;
  while (end > i && isSpace(s.charCodeAt(end - 1))) end--;
  let k = digitsAt(s, i, end);
  const len1 = k - i;
  part1 = run;
  if (len1 === 0) return Shape.None;
  if (k === end) {
    if (len1 === 8) {
      part1 = Math.floor(run / 10000);
      part2 = Math.floor(run / 100) % 100;
      part3 = run % 100;
      yearDigits = 4;
      return Shape.Compact;
    }
    return len1 === 5 ? Shape.Serial : Shape.None;
  }
  const sep = s.charCodeAt(k);
  if (sep !== 45 && sep !== 47 && sep !== 46) return Shape.None;
  let start = k + 1;
  k = digitsAt(s, start, end);
  const len2 = k - start;
  part2 = run;
  if (len2 < 1 || len2 > 2 || s.charCodeAt(k) !== sep) return Shape.None;
  start = k + 1;
  k = digitsAt(s, start, end);
  const len3 = k - start;
  part3 = run;
  if (k < end && !isTimeSuffix(s, k, end)) return Shape.None;
  if (len1 === 4 && len3 >= 1 && len3 <= 2) {
    yearDigits = 4;
    return Shape.YearFirst;
  }
  if (len1 <= 2 && (len3 === 4 || len3 === 2)) {
    yearDigits = len3;
    return Shape.DayOrMonthFirst;
  }
  return Shape.None;
}

/** A two-digit year by Excel's pivot: 00–29 → 2000s, 30–99 → 1900s. */
export function expandTwoDigitYear(yy: number): number {
  return yy < 30 ? 2000 + yy : 1900 + yy;
}

const NOT_A_DATE = 1;
const IMPOSSIBLE = 2;
const OUT_OF_RANGE = 3;
const OTHER_ORDER = 4;
let failure = 0;

function fail(code: number): number {
  failure = code;
  return NaN;
}

function fromYmd(year: number, month: number, day: number): number {
  if (month < 1 || month > 12 || day < 1 || day > 31) return fail(IMPOSSIBLE);
  if (isValidYmd(year, month, day)) return ymdToSerial(year, month, day);
  // Same month and day in a leap year tell "no such day" (31/02) from "outside Excel's years".
  return isValidYmd(2000, month, day) && (year < 1900 || year > 9999) ? fail(OUT_OF_RANGE) : fail(IMPOSSIBLE);
}

/**
 * Reads one date text into a 1900-system serial, or NaN with the reason in `failure`. A text serial is
 * read in `system` and shifted to the 1900 system.
 */
export function scanDateFast(text: string, order: DateOrder = "DMY", system: DateSystem = 1900): number {
  switch (scanShape(text)) {
    case Shape.Serial:
      return isSerial(part1, system) ? part1 + (system === 1904 ? SERIAL_1904_OFFSET : 0) : fail(OUT_OF_RANGE);
    case Shape.YearFirst:
    case Shape.Compact:
      return fromYmd(part1, part2, part3);
    case Shape.DayOrMonthFirst: {
      const year = yearDigits === 2 ? expandTwoDigitYear(part3) : part3;
      const day = order === "DMY" ? part1 : part2;
      const month = order === "DMY" ? part2 : part1;
      const serial = fromYmd(year, month, day);
      if (Number.isNaN(serial) && failure === IMPOSSIBLE && month > 12 && day <= 12 && isValidYmd(year, day, month)) return fail(OTHER_ORDER);
      return serial;
    }
    default:
      return fail(NOT_A_DATE);
  }
}

/** Why `text` failed scanDateFast with the same order and system. */
export function dateTextFailure(text: string, order: DateOrder = "DMY", system: DateSystem = 1900): DateTextFailure {
  scanDateFast(text, order, system);
  return failure === IMPOSSIBLE ? "impossible" : failure === OUT_OF_RANGE ? "outOfRange" : failure === OTHER_ORDER ? "otherOrder" : "notADate";
}

/** The result of reading one date text. */
export type DateTextResult = { readonly ok: true; readonly serial: Serial } | { readonly ok: false; readonly reason: DateTextFailure };

/**
 * Reads one date text with a known day/month order into a 1900-system serial.
 *
 * @example
 * parseDateText("31/05/2025") //=> { ok: true, serial: 45808 }
 * parseDateText("05/31/2025", "MDY") //=> { ok: true, serial: 45808 }
 * parseDateText("31/02/2025") //=> { ok: false, reason: "impossible" }
 */
export function parseDateText(text: string, order: DateOrder = "DMY", system: DateSystem = 1900): DateTextResult {
  const serial = scanDateFast(text, order, system);
  if (!Number.isNaN(serial)) return { ok: true, serial };
  return { ok: false, reason: dateTextFailure(text, order, system) };
}

/**
 * Detects the day/month order of a column of cells (numbers, blanks and year-first texts are ignored).
 * A d/m/y text whose first part is 13–31 votes day-first; one whose second part is 13–31 votes
 * month-first. The majority wins, a tie goes to day-first; with no vote the column is day-first, the
 * European convention.
 *
 * @example
 * detectDateOrder(["01/02/2025", "31/01/2025"]) //=> { order: "DMY", basis: "evidence" }
 * detectDateOrder(["01/31/2025"]) //=> { order: "MDY", basis: "evidence" }
 */
export function detectDateOrder(cells: ArrayLike<unknown>): DateOrderDetection {
  let dmy = 0;
  let mdy = 0;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (typeof cell !== "string" || scanShape(cell) !== Shape.DayOrMonthFirst) continue;
    if (part1 > 12 && part1 <= 31 && part2 <= 12) dmy++;
    else if (part2 > 12 && part2 <= 31 && part1 <= 12) mdy++;
  }
  if (dmy + mdy === 0) return { order: "DMY", basis: "none" };
  return { order: mdy > dmy ? "MDY" : "DMY", basis: "evidence" };
}
