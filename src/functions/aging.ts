import { ageItems, AgingTotals, bucketLabels, DEFAULT_BUCKET_DAYS } from "../domain/aging";
import { fromMinor } from "../domain/money";
import { t } from "../i18n";
import { isBlank } from "../domain/cells";
import { formula } from "./errors";
import { Matrix, optionalBoolean, optionalWholeNumbers, isOmitted, readLinedUp, requiredDate, vector, ColumnSpec } from "./args";

/**
 * Ages open amounts by days overdue on as_of into Not due, 1-30, 31-60, 61-90 and Over 90 (or your own
 * buckets), then Total; grouped by customer when group_by is given.
 * @customfunction AGING
 * @helpurl https://localhost:3000/help.html#ar-aging
 * @param amounts Open amounts, one per invoice (credit notes negative), lined up with due_dates.
 * @param due_dates Due dates of the amounts, lined up with amounts.
 * @param as_of The date to age on, for example TODAY() or a month-end date.
 * @param [bucket_days] Upper bounds of the overdue buckets in days, ascending; default {30,60,90}.
 * @param [group_by] Customer (or any key) per row, lined up with amounts: one result row per key.
 * @param [headers] TRUE to put a row of labels first.
 * @returns One row of bucket totals and the total, or one row per key and a Total row.
 */
export function aging(amounts: any[][], due_dates: any[][], as_of: any, bucket_days?: any[][], group_by?: any[][], headers?: any): any[][] {
  return formula(() => agingCore(amounts, due_dates, as_of, bucket_days, group_by, headers));
}

function agingCore(amounts: unknown, dueDates: unknown, asOfArg: unknown, bucketArg: unknown, groupArg: unknown, headersArg: unknown): Matrix {
  const specs: ColumnSpec[] = [
    { name: "amounts", cells: vector(amounts, "amounts"), kind: "amount", required: true },
    { name: "due_dates", cells: vector(dueDates, "due_dates"), kind: "date", required: true },
  ];
  const grouped = !isOmitted(groupArg);
  if (grouped) specs.push({ name: "group_by", cells: vector(groupArg, "group_by"), kind: "any", required: false });
  const asOf = requiredDate(asOfArg, "as_of");
  const bucketDays = optionalWholeNumbers(bucketArg, "bucket_days", DEFAULT_BUCKET_DAYS);
  const withHeaders = optionalBoolean(headersArg, "headers", false);
  const { parsed } = readLinedUp(specs);
  const keys = grouped ? specs[2].cells.map((c) => (isBlank(c) ? t("aging.blankKey") : String(c).trim())) : undefined;
  const report = ageItems(parsed[0]!, parsed[1]!, asOf, bucketDays, keys);
  const row = (totals: AgingTotals): number[] => [...totals.buckets, totals.total].map((m) => fromMinor(m));
  const labels = [...bucketLabels(bucketDays, t("aging.notDue"), (days) => t("aging.over", { days })), t("aging.total")];
  if (!grouped) return withHeaders ? [labels, row(report.grandTotal)] : [row(report.grandTotal)];
  const body: Matrix = report.groups.map((g) => [g.key, ...row(g)]);
  body.push([t("aging.total"), ...row(report.grandTotal)]);
  return withHeaders ? [[t("aging.customer"), ...labels], ...body] : body;
}
