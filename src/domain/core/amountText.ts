import { MAX_SAFE_MAJOR, Minor, minorPerMajor } from "./money";

/**
 * Amounts written as text, the way ledger exports write them: "1.234,56", "1,234.56", "1 234,56"
 * (ordinary, non-breaking or narrow spaces), "1'234.56", "(1,234.56)", "-1234.5", "1.234,56-",
 * "€ 1.234,56", "EUR 1.234,56", "1234 USD", "1234".
 *
 * Grammar (after trimming): an optional opening parenthesis, at most one sign (+, -, U+2212) before or
 * after the number, at most one currency (a symbol € $ £ ¥ ₣ ₤ ₹ or an upper-case three-letter code)
 * before or after it, the closing parenthesis. The number itself is digits with an optional decimal
 * mark followed by at least one digit; the integer part may be grouped in threes by one kind of
 * separator (the other mark, a space of any width, or an apostrophe), the first group 1–3 digits.
 *
 * The decimal mark is a property of the COLUMN (see detectDecimalMark): "1.234" is 1234 in a column
 * that also holds "5,50" and 1.234 in one that also holds "1,234.50".
 */

/** The decimal mark of a column of amount texts. */
export type DecimalMark = "," | ".";

/** How a column's decimal mark was chosen: from unambiguous cells, by the ambiguity rule, or by default. */
export type DetectionBasis = "evidence" | "ambiguous" | "none";

export interface DecimalDetection {
  readonly mark: DecimalMark;
  readonly basis: DetectionBasis;
}

/** Why a text is not an amount under a given decimal mark (internal sentinel results are negative). */
export type AmountTextFailure = "notAnAmount" | "otherMark" | "tooLarge";

const COMMA = 44;
const POINT = 46;

// Module-level scratch filled by scanBody, so scanning a million cells allocates nothing per cell.
let bodyStart = 0;
let bodyEnd = 0;
let negative = false;

function isSpaceLike(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2007 || c === 9;
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isSign(c: number): boolean {
  return c === 45 || c === 43 || c === 0x2212;
}

function isCurrencySymbol(c: number): boolean {
  return c === 0x20ac || c === 36 || c === 0xa3 || c === 0xa5 || c === 0x20a3 || c === 0x20a4 || c === 0x20b9;
}

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** Length of a currency token starting at `i` (reading forward) or 0. */
function currencyAhead(s: string, i: number, end: number): number {
  const c = s.charCodeAt(i);
  if (isCurrencySymbol(c)) return 1;
  if (i + 3 <= end && isUpper(c) && isUpper(s.charCodeAt(i + 1)) && isUpper(s.charCodeAt(i + 2)) && (i + 3 === end || !isUpper(s.charCodeAt(i + 3)))) return 3;
  return 0;
}

/** Length of a currency token ending just before `j` (reading backward) or 0. */
function currencyBehind(s: string, j: number, start: number): number {
  const c = s.charCodeAt(j - 1);
  if (isCurrencySymbol(c)) return 1;
  if (j - 3 >= start && isUpper(c) && isUpper(s.charCodeAt(j - 2)) && isUpper(s.charCodeAt(j - 3)) && (j - 3 === start || !isUpper(s.charCodeAt(j - 4)))) return 3;
  return 0;
}

/**
 * Strips parentheses, sign and currency around the number, in any order ("€ (5)", "(€ 5)", "-€ 5",
 * "5 EUR-"); sets bodyStart/bodyEnd/negative. Returns false when the decoration is malformed (two
 * signs, a sign with parentheses, two currencies, an unmatched parenthesis) or nothing is left.
 */
function scanBody(s: string): boolean {
  let i = 0;
  let j = s.length;
  let signs = 0;
  let currencies = 0;
  let opens = 0;
  let closes = 0;
  negative = false;
  while (i < j) {
    const c = s.charCodeAt(i);
    if (isSpaceLike(c)) i++;
    else if (c === 40 /* ( */ && opens === 0) {
      opens++;
      i++;
    } else if (isSign(c)) {
      signs++;
      negative = c !== 43;
      i++;
    } else {
      const n = currencyAhead(s, i, j);
      if (n === 0) break;
      currencies++;
      i += n;
    }
  }
  while (j > i) {
    const c = s.charCodeAt(j - 1);
    if (isSpaceLike(c)) j--;
    else if (c === 41 /* ) */ && closes === 0) {
      closes++;
      j--;
    } else if (isSign(c)) {
      signs++;
      negative = c !== 43;
      j--;
    } else {
      const n = currencyBehind(s, j, i);
      if (n === 0) break;
      currencies++;
      j -= n;
    }
  }
  if (signs > 1 || currencies > 1 || opens !== closes || (opens > 0 && signs > 0) || i >= j) return false;
  if (opens > 0) negative = true;
  bodyStart = i;
  bodyEnd = j;
  return true;
}

/** Evidence a single text gives about its column's decimal mark. */
const enum Evidence {
  None = 0,
  Comma = 1, // comma is the decimal mark
  Point = 2, // point is the decimal mark
  AmbiguousComma = 3, // one comma followed by exactly three digits ("1,234")
  AmbiguousPoint = 4, // one point followed by exactly three digits ("1.234")
}

/** What one text says about the decimal mark; None for texts that are not amounts or carry no mark. */
function evidenceOf(s: string): Evidence {
  if (!scanBody(s)) return Evidence.None;
  let commas = 0;
  let points = 0;
  let lastMark = 0;
  let lastMarkAt = -1;
  let otherGroups = 0;
  let leadDigits = -1; // digits before the first separator of any kind
  let digits = 0;
  for (let k = bodyStart; k < bodyEnd; k++) {
    const c = s.charCodeAt(k);
    if (isDigit(c)) {
      digits++;
      continue;
    }
    if (leadDigits < 0) leadDigits = digits;
    if (c === COMMA) commas++;
    else if (c === POINT) points++;
    else if (isSpaceLike(c) || isApostrophe(c)) {
      otherGroups++;
      continue;
    } else return Evidence.None;
    lastMark = c;
    lastMarkAt = k;
  }
  if (commas + points === 0) return Evidence.None;
  if (commas > 0 && points > 0) return lastMark === COMMA ? Evidence.Comma : Evidence.Point;
  const mark = commas > 0 ? Evidence.Comma : Evidence.Point;
  const other = commas > 0 ? Evidence.Point : Evidence.Comma;
  if (commas + points > 1) return other; // repeated: it groups thousands
  const after = bodyEnd - lastMarkAt - 1;
  const firstIsZero = s.charCodeAt(bodyStart) === 48;
  // A mark not followed by a group of three, after space/apostrophe grouping, after a lead group of
  // four or more digits or none, or after a lone 0, can only be the decimal mark.
  if (after !== 3 || otherGroups > 0 || leadDigits === 0 || leadDigits > 3 || (leadDigits === 1 && firstIsZero)) return mark;
  return commas > 0 ? Evidence.AmbiguousComma : Evidence.AmbiguousPoint;
}

/**
 * Detects the decimal mark of a column of cells (numbers and blanks are ignored). Cells that decide
 * vote ("5,50", "1.234,56", "1,234,567", "0,125", "1234,567"); the majority wins and a tie goes to the
 * first deciding cell. When no cell decides but some are ambiguous ("1.234" or "1,234": one mark and
 * exactly three digits after it), the mark is taken as a thousands separator, because money has two
 * decimals: "1.234" and "1,234" are both 1234. A column with no mark at all defaults to ",".
 *
 * @example
 * detectDecimalMark(["1.234", "5,50"]) //=> { mark: ",", basis: "evidence" }
 * detectDecimalMark(["1.234", "2.500"]) //=> { mark: ",", basis: "ambiguous" }
 */
export function detectDecimalMark(cells: ArrayLike<unknown>): DecimalDetection {
  let comma = 0;
  let point = 0;
  let firstDecisive = 0;
  let firstAmbiguous = 0;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (typeof cell !== "string") continue;
    const e = evidenceOf(cell);
    if (e === Evidence.Comma || e === Evidence.Point) {
      if (e === Evidence.Comma) comma++;
      else point++;
      if (firstDecisive === 0) firstDecisive = e;
    } else if (e !== Evidence.None && firstAmbiguous === 0) firstAmbiguous = e;
  }
  if (comma + point > 0) {
    const mark = comma > point || (comma === point && firstDecisive === Evidence.Comma) ? "," : ".";
    return { mark, basis: "evidence" };
  }
  if (firstAmbiguous !== 0) return { mark: firstAmbiguous === Evidence.AmbiguousPoint ? "," : ".", basis: "ambiguous" };
  return { mark: ",", basis: "none" };
}

/** Sentinel results of scanAmount (real results are finite numbers). */
const NOT_AN_AMOUNT = -1;
const TOO_LARGE = -2;
let failure = 0;

/**
 * Scans `s` as an amount with decimal mark `decimal` (a char code) into minor units; NaN on failure
 * with `failure` set. Rounds half away from zero on the decimal digits written, as Excel's ROUND.
 */
function scanAmount(s: string, decimal: number, exponent: number): number {
  if (!scanBody(s)) return fail(NOT_AN_AMOUNT);
  let whole = 0;
  let wholeDigits = 0;
  let group = 0; // char code of the grouping separator seen (spaces count as 32)
  let groupLen = -1; // digits since the last grouping separator, -1 before the first one
  let k = bodyStart;
  for (; k < bodyEnd; k++) {
    let c = s.charCodeAt(k);
    if (isDigit(c)) {
      whole = whole * 10 + (c - 48);
      wholeDigits++;
      if (groupLen >= 0) groupLen++;
      continue;
    }
    if (c === decimal) break;
    if (isSpaceLike(c)) c = 32;
    else if (isApostrophe(c)) c = 39;
    else if (c !== COMMA && c !== POINT) return fail(NOT_AN_AMOUNT);
    // A grouping separator: one kind per text, first group 1–3 digits, then groups of exactly three.
    if ((group !== 0 && c !== group) || (groupLen < 0 ? wholeDigits === 0 || wholeDigits > 3 : groupLen !== 3)) return fail(NOT_AN_AMOUNT);
    group = c;
    groupLen = 0;
  }
  if (groupLen >= 0 && groupLen !== 3) return fail(NOT_AN_AMOUNT);
  let fraction = 0;
  let fractionDigits = 0;
  let roundUp = false;
  if (k < bodyEnd) {
    for (k++; k < bodyEnd; k++) {
      const c = s.charCodeAt(k);
      if (!isDigit(c)) return fail(NOT_AN_AMOUNT);
      if (fractionDigits < exponent) fraction = fraction * 10 + (c - 48);
      else if (fractionDigits === exponent) roundUp = c >= 53;
      fractionDigits++;
    }
    if (fractionDigits === 0) return fail(NOT_AN_AMOUNT);
  } else if (wholeDigits === 0) return fail(NOT_AN_AMOUNT);
  if (whole > MAX_SAFE_MAJOR * 100 / minorPerMajor(exponent)) return fail(TOO_LARGE);
  for (let d = fractionDigits; d < exponent; d++) fraction *= 10;
  const magnitude = whole * minorPerMajor(exponent) + fraction + (roundUp ? 1 : 0);
  return negative ? -magnitude || 0 : magnitude;
}

function fail(code: number): number {
  failure = code;
  return NaN;
}

/** The result of reading one amount text: minor units, or why it is not an amount. */
export type AmountTextResult = { readonly ok: true; readonly minor: Minor } | { readonly ok: false; readonly reason: AmountTextFailure };

/**
 * Reads one amount text with a known decimal mark into minor units, rounding half away from zero on
 * the digits written. `reason` "otherMark" means the text reads as an amount only with the other mark.
 *
 * @example
 * parseAmountText("1.234,565", ",") //=> { ok: true, minor: 123457 }
 * parseAmountText("(1,234.56)", ".") //=> { ok: true, minor: -123456 }
 * parseAmountText("1,234.56", ",") //=> { ok: false, reason: "otherMark" }
 */
export function parseAmountText(text: string, decimal: DecimalMark, exponent = 2): AmountTextResult {
  const minor = scanAmountFast(text, decimal, exponent);
  if (!Number.isNaN(minor)) return { ok: true, minor };
  return { ok: false, reason: amountTextFailure(text, decimal, exponent) };
}

/** scanAmount with the mark as text; NaN on failure (see amountTextFailure for why). */
export function scanAmountFast(text: string, decimal: DecimalMark, exponent = 2): number {
  return scanAmount(text, decimal === "," ? COMMA : POINT, exponent);
}

/** Why `text` failed scanAmountFast: too large, written with the other decimal mark, or not an amount. */
export function amountTextFailure(text: string, decimal: DecimalMark, exponent = 2): AmountTextFailure {
  scanAmountFast(text, decimal, exponent);
  if (failure === TOO_LARGE) return "tooLarge";
  const other = scanAmount(text, decimal === "," ? POINT : COMMA, exponent);
  return Number.isNaN(other) ? "notAnAmount" : "otherMark";
}

/** How to write an amount: the decimal mark, the thousands separator ("" for none), negatives, currency. */
export interface AmountFormat {
  readonly decimal: DecimalMark;
  /** Thousands separator: "." or "," (the mark not used for decimals), a space, U+00A0, U+202F, "'" or "". */
  readonly group: string;
  /** "minus" -1.234,56 (default), "parentheses" (1.234,56), "trailing" 1.234,56- (SAP). */
  readonly negative?: "minus" | "parentheses" | "trailing";
  /** A currency code or symbol, written before the number with a space ("EUR 1.234,56"). */
  readonly currency?: string;
}

/**
 * Writes minor units as text in a given convention; parseAmountText reads it back to the same value.
 *
 * @example
 * formatAmount(-123456, { decimal: ",", group: "." }) //=> "-1.234,56"
 * formatAmount(123456, { decimal: ".", group: ",", currency: "USD" }) //=> "USD 1,234.56"
 */
export function formatAmount(minor: Minor, format: AmountFormat, exponent = 2): string {
  const abs = Math.abs(minor);
  const unit = minorPerMajor(exponent);
  const whole = String(Math.floor(abs / unit));
  let grouped = whole;
  if (format.group !== "") grouped = whole.replace(/\B(?=(\d{3})+$)/g, format.group);
  const fraction = exponent > 0 ? format.decimal + String(abs % unit).padStart(exponent, "0") : "";
  const number = grouped + fraction;
  const signed = minor >= 0 ? number : format.negative === "parentheses" ? `(${number})` : format.negative === "trailing" ? `${number}-` : `-${number}`;
  return format.currency ? `${format.currency} ${signed}` : signed;
}

/**
 * The amount format a locale writes (Intl's decimal and group characters), e.g. "de-DE" → "," and
 * ".", "fr-FR" → "," and U+202F, "de-CH" → "." and "'", "en-US" → "." and ",".
 *
 * @example
 * amountFormatForLocale("it-IT") //=> { decimal: ",", group: "." }
 */
export function amountFormatForLocale(locale: string): AmountFormat {
  const parts = new Intl.NumberFormat(locale).formatToParts(1234567.5);
  const decimal = parts.find((p) => p.type === "decimal")?.value === "," ? "," : ".";
  const group = parts.find((p) => p.type === "group")?.value ?? "";
  return { decimal, group: group === "\u2019" ? "'" : group };
}
