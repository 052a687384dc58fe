import { fromMinor, Minor, MAX_SERIAL, toMinor } from "../domain/core";
import { DatedAmount, InterestClaim, InterestRegime, isContractualRate, Jurisdiction, lateFee as feeOf, lateInterest as detailOf, lateInterestTotal, RateBook, toJurisdiction } from "../domain/interest";
import { t } from "../i18n";
import { interestNoteText } from "../i18n/interestNote";
import { ColumnSpec, isOmitted, Matrix, optionalBoolean, readLinedUp, requiredDate, requiredNumber, scalar, vector } from "./args";
import { fail, formula } from "./errors";
import { workbookRates } from "./interestRates";

/**
 * Statutory late-payment interest (EU, DE, IT, FR, NL, UK) or interest at a contractual rate, for the
 * days after due_date up to and including end_date; partial payments settle interest first. Each
 * half-year (and each stretch between payments) is rounded to the cent; the result is their sum.
 * @customfunction LATEINTEREST
 * @helpurl https://localhost:3000/help.html#ar-lateinterest
 * @param amount The invoice amount the interest runs on, 0 or more.
 * @param due_date The date payment was due; interest runs from the day after.
 * @param end_date The last day interest runs, for example the payment date or TODAY().
 * @param [jurisdiction] "EU" (default), "DE", "IT", "FR", "NL" or "UK", or a contractual annual rate such as 8%.
 * @param [b2c] TRUE when the debtor is a consumer (Germany: base rate + 5 instead of + 9).
 * @param [payment_dates] Dates of partial payments, lined up with payment_amounts.
 * @param [payment_amounts] Amounts of the partial payments, lined up with payment_dates.
 * @returns The interest accrued over the period, including what the payments settled.
 */
export function lateInterest(amount: any, due_date: any, end_date: any, jurisdiction?: any, b2c?: any, payment_dates?: any[][], payment_amounts?: any[][]): number {
  return formula(() => fromMinor(lateInterestTotal(readClaim(amount, due_date, end_date, jurisdiction, b2c, payment_dates, payment_amounts), workbookRates())));
}

/**
 * The calculation behind AR.LATEINTEREST: one row per segment [from, to, days, annual_rate, principal,
 * interest], then a Total row; a Note row after it for each rate that is unconfirmed or past the known rates.
 * @customfunction INTERESTDETAIL
 * @helpurl https://localhost:3000/help.html#ar-interestdetail
 * @param amount The invoice amount the interest runs on, 0 or more.
 * @param due_date The date payment was due; interest runs from the day after.
 * @param end_date The last day interest runs, for example the payment date or TODAY().
 * @param [jurisdiction] "EU" (default), "DE", "IT", "FR", "NL" or "UK", or a contractual annual rate such as 8%.
 * @param [b2c] TRUE when the debtor is a consumer (Germany: base rate + 5 instead of + 9).
 * @param [payment_dates] Dates of partial payments, lined up with payment_amounts.
 * @param [payment_amounts] Amounts of the partial payments, lined up with payment_dates.
 * @returns Rows of [from, to, days, annual_rate, principal, interest], then ["Total", "", days, "", "", interest].
 */
export function interestDetail(amount: any, due_date: any, end_date: any, jurisdiction?: any, b2c?: any, payment_dates?: any[][], payment_amounts?: any[][]): any[][] {
  return formula(() => detailRows(readClaim(amount, due_date, end_date, jurisdiction, b2c, payment_dates, payment_amounts), workbookRates()));
}

/**
 * The fixed compensation for recovery costs of one late invoice: 40 (EU, IT, FR; DE against businesses
 * only), UK 40 / 70 / 100 by the size of the debt, NL the incassokosten scale (at least 40, at most 6,775).
 * @customfunction LATEFEE
 * @helpurl https://localhost:3000/help.html#ar-latefee
 * @param amount The invoice amount, 0 or more.
 * @param [jurisdiction] "EU" (default), "DE", "IT", "FR", "NL" or "UK".
 * @param [b2c] TRUE when the debtor is a consumer (Germany: no fixed sum).
 * @returns The fixed sum in EUR (GBP for the UK).
 */
export function lateFee(amount: any, jurisdiction?: any, b2c?: any): number {
  return formula(() => {
    const minor = amountArg(amount);
    const cell = isOmitted(jurisdiction) ? "EU" : scalar(jurisdiction, "jurisdiction");
    const code = typeof cell === "string" ? toJurisdiction(cell) : null;
    if (!code) fail(typeof cell === "number" ? "interest.feeJurisdiction" : "interest.unknownJurisdiction", { text: String(cell) });
    return fromMinor(feeOf(minor, code, optionalBoolean(b2c, "b2c", false)));
  });
}

/** The amount argument in minor units: a number, rounded as ROUND does, 0 or more. */
function amountArg(arg: unknown): Minor {
  const value = requiredNumber(arg, "amount");
  const minor = toMinor(value);
  if (Number.isNaN(minor)) fail("arg.at", { arg: "amount", problem: t("amount.tooLarge", { text: String(value) }) });
  if (minor < 0) fail("interest.negativeAmount", { text: String(value) });
  return minor;
}

/** A date argument: a whole serial straight away (how Excel hands one over), else the general reader. */
function dateArg(arg: unknown, name: string): number {
  if (typeof arg === "number" && Number.isInteger(arg) && arg >= 1 && arg <= MAX_SERIAL) return arg;
  return requiredDate(arg, name);
}

/** jurisdiction: a code (default EU) or a number, the contractual annual rate; text rates are refused. */
function regimeArg(arg: unknown, b2cArg: unknown): InterestRegime {
  const b2c = optionalBoolean(b2cArg, "b2c", false);
  if (isOmitted(arg)) return { kind: "statutory", jurisdiction: "EU", b2c };
  const cell = scalar(arg, "jurisdiction");
  if (typeof cell === "number") {
    if (!isContractualRate(cell)) fail("interest.rateOutOfRange", { text: String(cell) });
    return { kind: "fixed", annualRate: cell };
  }
  if (typeof cell === "string" && /%\s*$/.test(cell)) fail("arg.textPercent", { arg: "jurisdiction", text: cell });
  const jurisdiction: Jurisdiction | null = typeof cell === "string" ? toJurisdiction(cell) : null;
  if (!jurisdiction) fail("interest.unknownJurisdiction", { text: String(cell) });
  return { kind: "statutory", jurisdiction, b2c };
}

/** The partial payments: both ranges or neither, lined up; a negative amount is refused naming its row. */
function paymentsArg(dates: unknown, amounts: unknown): DatedAmount[] {
  const noDates = isOmitted(dates);
  const noAmounts = isOmitted(amounts);
  if (noDates && noAmounts) {
    // Two blank ranges of different sizes are still ranges that do not line up.
    if (Array.isArray(dates) && Array.isArray(amounts)) checkSizes(dates, amounts);
    return [];
  }
  if (noDates !== noAmounts && (dates === null || dates === undefined || amounts === null || amounts === undefined)) fail("interest.paymentsTogether");
  const specs: ColumnSpec[] = [
    { name: "payment_dates", cells: vector(dates, "payment_dates"), kind: "date", required: true },
    { name: "payment_amounts", cells: vector(amounts, "payment_amounts"), kind: "amount", required: true },
  ];
  const { used, parsed } = readLinedUp(specs);
  const out: DatedAmount[] = [];
  for (let i = 0; i < used.length; i++) {
    if (!used[i]) continue;
    const amount = parsed[1]![i];
    if (amount < 0) fail("interest.negativePayment", { row: i + 1, text: fromMinor(amount).toFixed(2) });
    out.push({ date: parsed[0]![i], amount });
  }
  return out;
}

function checkSizes(dates: unknown, amounts: unknown): void {
  const a = vector(dates, "payment_dates").length;
  const b = vector(amounts, "payment_amounts").length;
  if (a !== b) fail("arg.sizeMismatch", { arg: "payment_dates", size: a, other: "payment_amounts", otherSize: b });
}

function readClaim(amount: unknown, dueArg: unknown, endArg: unknown, jurisdiction: unknown, b2c: unknown, dates: unknown, amounts: unknown): InterestClaim {
  const principal = amountArg(amount);
  const dueDate = dateArg(dueArg, "due_date");
  const endDate = dateArg(endArg, "end_date");
  const regime = regimeArg(jurisdiction, b2c);
  const payments = dates === undefined && amounts === undefined ? [] : paymentsArg(dates, amounts);
  return { principal, dueDate, endDate, regime, payments };
}

function detailRows(claim: InterestClaim, book: RateBook): Matrix {
  const detail = detailOf(claim, book);
  const rows: Matrix = detail.segments.map((s) => [s.from, s.to, s.days, s.annualRate, fromMinor(s.principal), fromMinor(s.interest)]);
  // The row labels are part of the contract (workbooks find the Total row by its label): always English.
  rows.push([t("interest.detail.total", undefined, "en"), "", detail.days, "", "", fromMinor(detail.total)]);
  for (const note of detail.notes) rows.push([t("interest.detail.note", undefined, "en"), interestNoteText(note), "", "", "", ""]);
  return rows;
}

