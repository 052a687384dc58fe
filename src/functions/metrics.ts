import { CellInput, isBlank, Minor, parseAmountColumn, toMinor } from "../domain/core";
import { averageDaysDelinquent, bestPossibleDso, collectionEffectiveness, dso as dsoOf, Sales } from "../domain/metrics";
import { t } from "../i18n";
import { isOmitted, requiredNumber, optionalNumber, vector } from "./args";
import { fail, failAt, formula } from "./errors";

/**
 * Days sales outstanding: simple DSO with one sales figure, countback DSO with a column of sales per
 * period, newest first.
 * @customfunction DSO
 * @helpurl https://localhost:3000/help.html#ar-dso
 * @param receivables Receivables outstanding at the end of the newest period, 0 or more.
 * @param sales One sales figure (simple DSO), or credit sales per period, newest first (countback DSO).
 * @param [days] Days the one sales figure covers (default 365), or the length of each countback period (default 30).
 * @returns The days of sales the receivables stand for.
 */
export function dso(receivables: any, sales: any[][], days?: any): number {
  return formula(() => dsoOf(money(receivables, "receivables"), readSales(sales), readDays(days)));
}

/**
 * Best possible DSO: the days of sales the current (not yet overdue) receivables stand for, simple or
 * countback as in AR.DSO.
 * @customfunction BPDSO
 * @helpurl https://localhost:3000/help.html#ar-bpdso
 * @param current_receivables Receivables not yet due at the end of the newest period, 0 or more.
 * @param sales One sales figure (simple), or credit sales per period, newest first (countback).
 * @param [days] Days the one sales figure covers (default 365), or the length of each countback period (default 30).
 * @returns The best possible DSO in days.
 */
export function bpdso(current_receivables: any, sales: any[][], days?: any): number {
  return formula(() => bestPossibleDso(money(current_receivables, "current_receivables"), readSales(sales), readDays(days)));
}

/**
 * Average days delinquent: DSO minus best possible DSO, with the same sales and days.
 * @customfunction ADD
 * @helpurl https://localhost:3000/help.html#ar-add
 * @param receivables All receivables outstanding at the end of the newest period, 0 or more.
 * @param current_receivables The part of them not yet due, at most receivables.
 * @param sales One sales figure (simple), or credit sales per period, newest first (countback).
 * @param [days] Days the one sales figure covers (default 365), or the length of each countback period (default 30).
 * @returns The average days the receivables are past due.
 */
export function add(receivables: any, current_receivables: any, sales: any[][], days?: any): number {
  return formula(() => averageDaysDelinquent(money(receivables, "receivables"), money(current_receivables, "current_receivables"), readSales(sales), readDays(days)));
}

/**
 * Collection effectiveness index as a fraction: what was collected of what could be collected.
 * @customfunction CEI
 * @helpurl https://localhost:3000/help.html#ar-cei
 * @param opening_receivables Receivables at the start of the span, 0 or more.
 * @param sales Credit sales over the span, 0 or more.
 * @param closing_receivables Receivables at the end of the span, 0 or more.
 * @param closing_current_receivables The part of the closing receivables not yet due, at most closing_receivables.
 * @param [periods] The number of periods the sales cover (sales / periods is one period's sales); default 1.
 * @returns The index as a fraction (format it as a percentage).
 */
export function cei(opening_receivables: any, sales: any, closing_receivables: any, closing_current_receivables: any, periods?: any): number {
  return formula(() =>
    collectionEffectiveness({
      openingReceivables: money(opening_receivables, "opening_receivables"),
      sales: money(sales, "sales"),
      closingReceivables: money(closing_receivables, "closing_receivables"),
      closingCurrentReceivables: money(closing_current_receivables, "closing_current_receivables"),
      periods: optionalNumber(periods, "periods", 1),
    }),
  );
}

/** A money argument in minor units: a number, rounded as Excel's ROUND. */
function money(arg: unknown, name: string): Minor {
  const value = requiredNumber(arg, name);
  const minor = toMinor(value);
  if (Number.isNaN(minor)) return fail("arg.at", { arg: name, problem: t("amount.tooLarge", { text: String(value) }) });
  return minor;
}

function readDays(arg: unknown): number | undefined {
  return isOmitted(arg) ? undefined : optionalNumber(arg, "days", NaN);
}

/**
 * The sales argument: one cell is one sales figure (simple DSO); a range of more is sales per period,
 * newest first (countback), blank cells after the last figure ignored (periods not filled in yet) and
 * a blank one before it refused.
 */
function readSales(arg: unknown): Sales {
  if (isOmitted(arg)) return fail("arg.required", { arg: "sales" });
  const cells = vector(arg, "sales");
  if (cells.length === 1) return money(cells[0], "sales");
  const parsed = parseAmountColumn(cells);
  let end = cells.length;
  while (end > 0 && isBlank(cells[end - 1] as CellInput)) end--;
  const out: Minor[] = [];
  const firstError = parsed.errors[0];
  for (let i = 0; i < end; i++) {
    if (firstError?.index === i) failAt("sales", firstError);
    if (Number.isNaN(parsed.values[i])) fail("metrics.salesGap", { row: i + 1 });
    out.push(parsed.values[i]);
  }
  return out;
}
