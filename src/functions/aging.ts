import { ageItems, AgingTotals, bucketLabels, DEFAULT_BUCKET_DAYS } from "../domain/aging";
import { fromMinor, CellInput, isBlank, isExcelError, trimText } from "../domain/core";
import { t } from "../i18n";
import { fail, failAt, formula } from "./errors";
import { Matrix, Scalar, optionalBoolean, optionalWholeNumbers, isOmitted, readAmountsAndDueDates, requiredDate, vector } from "./args";

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
  // A group_by range is grouping even when every cell of it is blank (one "(blank)" row); only an
  // omitted argument gives the ungrouped shape.
  const grouped = groupArg !== null && groupArg !== undefined && (Array.isArray(groupArg) || !isOmitted(groupArg));
  const asOf = requiredDate(asOfArg, "as_of");
  const bucketDays = optionalWholeNumbers(bucketArg, "bucket_days", DEFAULT_BUCKET_DAYS);
  const withHeaders = optionalBoolean(headersArg, "headers", false);
  const groupCells = grouped ? vector(groupArg, "group_by") : undefined;
  const [parsedAmounts, parsedDates] = readAmountsAndDueDates(amounts, dueDates, groupCells);
  const keys = groupCells ? groupKeys(groupCells) : undefined;
  if (keys && keys.length !== parsedAmounts.length) fail("arg.sizeMismatch", { arg: "amounts", size: parsedAmounts.length, other: "group_by", otherSize: keys.length });
  const report = ageItems(parsedAmounts, parsedDates, asOf, bucketDays, keys);
  const labels = [...bucketLabels(bucketDays, t("aging.notDue"), (days) => t("aging.over", { days })), t("aging.total")];
  if (!grouped) return withHeaders ? [labels, resultRow(null, report.grandTotal)] : [resultRow(null, report.grandTotal)];
  const body: Matrix = report.groups.map((g) => resultRow(g.key, g));
  body.push(resultRow(t("aging.total"), report.grandTotal));
  return withHeaders ? [[t("aging.customer"), ...labels], ...body] : body;
}


/** One result row: the key (when grouped), the bucket totals and the total, in major units. */
function resultRow(key: string | null, totals: AgingTotals): Scalar[] {
  const offset = key === null ? 0 : 1;
  const row = new Array<Scalar>(totals.buckets.length + 1 + offset);
  if (key !== null) row[0] = key;
  for (let b = 0; b < totals.buckets.length; b++) row[b + offset] = fromMinor(totals.buckets[b]);
  row[row.length - 1] = fromMinor(totals.total);
  return row;
}

/**
 * The group key of each row: its text without surrounding spaces, "(blank)" for an empty cell (as
 * pivot tables do), TRUE/FALSE for a boolean, the number as text. An error value (#N/A) stops with a
 * message naming its row. A key that reads as the Total row's label (any case) is shown as
 * "Total (customer)", so the Total row is always the last row and only it.
 */
function groupKeys(cells: readonly CellInput[]): string[] {
  const keys = new Array<string>(cells.length);
  const blank = t("aging.blankKey");
  const total = t("aging.total");
  const totalKey = total.toLowerCase();
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i] as unknown;
    let key: string;
    if (isBlank(c as CellInput)) key = blank;
    else if (typeof c === "string") {
      if (isExcelError(c)) failAt("group_by", { index: i, problem: { code: "cell.excelError", params: { text: c.trim() } } });
      key = trimText(c);
    } else if (typeof c === "number" || typeof c === "boolean") key = typeof c === "boolean" ? String(c).toUpperCase() : String(c);
    // Excel hands an error in a range to a custom function as an error object.
    else failAt("group_by", { index: i, problem: { code: "cell.excelError", params: { text: errorCode(c) } } });
    keys[i] = key.toLowerCase() === totalKey ? t("aging.keyNamedTotal", { key }) : key;
  }
  return keys;
}

function errorCode(value: unknown): string {
  const code = (value as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : "#VALUE!";
}
