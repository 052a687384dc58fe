import { ageItems, DEFAULT_BUCKET_DAYS } from "../aging";
import { DomainError, fromMinor, Minor, Serial } from "../core";
import { LedgerColumns } from "../ledger";
import { JournalEntry } from "./journal";
import { checkLossRates, lossAllowance, Provision } from "./provision";
import { WriteOffRecord } from "./register";
import { rollRates } from "./rollRates";

/**
 * The provision matrix of a ledger per currency, the loss-rate table `AR Loss Rates`, the history of
 * bucket balances built from past aging sheets, and the last provision in the journal: what the
 * Provision panel lays out as IFRS 9's provision matrix.
 */

export const LOSS_RATES_SHEET = "AR Loss Rates";
export const LOSS_HISTORY_SHEET = "AR Loss History";
export const LOSS_RATE_COLUMNS = ["Bucket", "Loss rate"] as const;

/** The provision sheet of an as-of date: `AR Provision 2026-11-30`. */
export const provisionSheetName = (iso: string) => `AR Provision ${iso}`;

export interface CurrencyProvision {
  readonly currency: string;
  readonly provision: Provision;
}

/**
 * The provision matrix per currency (in order of first appearance; "" for rows without one): the
 * ledger's open items aged on `asOf`, times one loss rate per bucket.
 * IFRS 9 IE12's ledger at 0.3%, 1.6%, 3.6%, 6.6% and 10.6% gives 580,000.00.
 */
export function provisionByCurrency(rows: LedgerColumns, asOf: Serial, rates: readonly number[], bucketDays: readonly number[] = DEFAULT_BUCKET_DAYS): CurrencyProvision[] {
  checkLossRates(rates, bucketDays.length + 2);
  const byCurrency = ageItems(rows.open, rows.dueDate, asOf, bucketDays, rows.currency.map((c) => (c ?? "").trim().toUpperCase()));
  return byCurrency.groups.map((g) => ({ currency: g.key, provision: lossAllowance(g.buckets, rates) }));
}

/**
 * The rates of an `AR Loss Rates` sheet (header "Bucket", "Loss rate"; one row per bucket, Not due
 * first). Throws the formula's messages for a wrong count, a rate that is not a number or one outside 0..1.
 */
export function readLossRates(values: readonly (readonly unknown[])[], buckets: number): number[] {
  const start = values.findIndex((r) => String(r?.[0] ?? "").trim().toLowerCase() === "bucket");
  const rows = start < 0 ? [] : values.slice(start + 1).filter((r) => r && r.some((c) => c !== null && c !== ""));
  const column = start < 0 ? 1 : Math.max(1, values[start].findIndex((h) => String(h ?? "").trim().toLowerCase() === "loss rate"));
  if (rows.length !== buckets) throw new DomainError("writeoffs.rateCount", { count: rows.length, buckets });
  const rates = rows.map((r, i) => {
    const c = r[column];
    if (typeof c !== "number") throw new DomainError("writeoffs.rateNotANumber", { position: i + 1, text: String(c ?? "") });
    return c;
  });
  checkLossRates(rates, buckets);
  return rates;
}

/**
 * The bucket totals of an `AR Aging` sheet (either layout, in any language): the bucket columns are
 * found by their range headers ("1-30", "31-60", …) with Not due just before them and the last bucket
 * just after; the rows below are summed, leaving out the totals row (the last row, when it is the sum
 * of the others). Null when the sheet has no such header.
 */
export function agingSheetBuckets(values: readonly (readonly unknown[])[]): Minor[] | null {
  const isRange = (c: unknown) => typeof c === "string" && /^\d+-\d+$/.test(c.trim());
  const h = values.findIndex((r) => r?.some((c) => typeof c === "string" && /^1-\d+$/.test(c.trim())));
  if (h < 0) return null;
  const header = values[h];
  const first = header.findIndex((c) => typeof c === "string" && /^1-\d+$/.test(c.trim()));
  let last = first;
  while (isRange(header[last + 1])) last++;
  const columns: number[] = [];
  for (let c = first - 1; c <= last + 1; c++) columns.push(c);
  const body = values.slice(h + 1).filter((r) => r && columns.some((c) => typeof r[c] === "number"));
  const cents = body.map((r) => columns.map((c) => (typeof r[c] === "number" ? Math.round((r[c] as number) * 100) : 0)));
  if (cents.length > 1) {
    const tail = cents[cents.length - 1];
    const rest = columns.map((_, k) => cents.slice(0, -1).reduce((s, row) => s + row[k], 0));
    if (rest.every((v, k) => v === tail[k])) cents.pop();
  }
  return columns.map((_, k) => cents.reduce((s, row) => s + row[k], 0));
}

export interface LossHistory {
  /** Month ends, oldest first. */
  readonly months: readonly Serial[];
  /** Bucket balances per month (negative totals taken as 0, as roll rates need), minor units. */
  readonly balances: readonly Minor[][];
  /** Written off in the month ending on each row (reversed write-offs left out), minor units. */
  readonly writeOffs: readonly Minor[];
  /** Aging sheets skipped: no bucket header, or another bucket layout than the latest. */
  readonly skipped: readonly string[];
}

/**
 * A loss history from past aging sheets (name `AR Aging YYYY-MM-DD` with its date) on or before
 * `asOf`, with the register's write-offs of each month (after the month before, up to this one).
 */
export function lossHistory(sheets: readonly { readonly name: string; readonly date: Serial; readonly values: readonly (readonly unknown[])[] }[], register: readonly WriteOffRecord[], asOf: Serial): LossHistory {
  const read = sheets
    .filter((s) => s.date <= asOf)
    .sort((a, b) => a.date - b.date)
    .map((s) => ({ ...s, buckets: agingSheetBuckets(s.values) }));
  const width = [...read].reverse().find((s) => s.buckets)?.buckets?.length ?? 0;
  const used = read.filter((s) => s.buckets && s.buckets.length === width);
  const skipped = read.filter((s) => !used.includes(s)).map((s) => s.name);
  const writeOffs = used.map((s, k) => {
    const from = k === 0 ? -Infinity : used[k - 1].date;
    return register.filter((w) => w.status !== "Reversed" && w.date > from && w.date <= s.date).reduce((sum, w) => sum + w.amount, 0);
  });
  return { months: used.map((s) => s.date), balances: used.map((s) => s.buckets!.map((b) => Math.max(0, b))), writeOffs, skipped };
}

/** Loss rates of a history, by roll rates (AR.ROLLRATES), the write-offs rolling out of the last bucket. */
export function lossRatesOf(history: LossHistory): number[] {
  return rollRates(history.balances, history.writeOffs).lossRates.slice();
}

export interface LastProvision {
  readonly date: Serial;
  /** The allowance booked right after it. */
  readonly amount: Minor;
}

/**
 * The last provision entry of a currency on or before `asOf` and the allowance it left booked (the
 * account's credit balance over the journal up to it); null when none was posted.
 */
export function lastProvision(journal: readonly JournalEntry[], account: string, currency: string, asOf: Serial): LastProvision | null {
  let balance = 0;
  let last: LastProvision | null = null;
  for (const e of journal) {
    if (e.currency !== currency || e.date > asOf) continue;
    for (const l of e.lines) if (l.account === account) balance += l.credit - l.debit;
    if (e.type === "Provision" && (!last || e.date >= last.date)) last = { date: e.date, amount: balance };
  }
  return last;
}

/** A loss history as rows (month end, buckets, written off) in major units. */
export function historyRows(history: LossHistory): (number | null)[][] {
  return history.months.map((m, k) => [m, ...history.balances[k].map((b) => fromMinor(b)), fromMinor(history.writeOffs[k])]);
}

/** The history of an `AR Loss History` sheet (header "Month end", buckets…, "Written off") read back. */
export function readLossHistory(values: readonly (readonly unknown[])[]): LossHistory {
  const start = values.findIndex((r) => String(r?.[0] ?? "").trim().toLowerCase() === "month end");
  if (start < 0) throw new DomainError("writeoffs.noHistorySheet");
  const width = values[start].length - 2;
  const rows = values.slice(start + 1).filter((r) => r && typeof r[0] === "number");
  const cents = (c: unknown, row: number, column: number) => {
    if (typeof c !== "number" && !(c === null || c === "")) throw new DomainError("writeoffs.balanceCell", { row: row + 1, column: column + 1, problem: String(c) });
    return Math.round(((c as number) || 0) * 100);
  };
  return {
    months: rows.map((r) => r[0] as number),
    balances: rows.map((r, t) => Array.from({ length: width }, (_, k) => cents(r[k + 1], t, k))),
    writeOffs: rows.map((r, t) => cents(r[width + 1], t, width)),
    skipped: [],
  };
}
