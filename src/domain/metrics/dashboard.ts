import { ageItems, DEFAULT_BUCKET_DAYS } from "../aging";
import { DomainError, Minor, Problem, Serial, toMinor } from "../core";
import { collectionEffectiveness } from "./cei";
import { averageDaysDelinquent, bestPossibleDso, COUNTBACK_PERIOD_DAYS, dso } from "./dso";
import { PaymentBehaviour } from "./paymentBehaviour";

/** The open items a dashboard is made from, column by column (a million rows fit). */
export interface DashboardItems {
  readonly length: number;
  /** The customer key of each row (customerKeyOf of the customers job). */
  readonly keys: ArrayLike<string>;
  readonly customers: ArrayLike<string>;
  /** Invoice dates (NaN where unknown): what dates the sales of each period. */
  readonly invoiceDate: Float64Array;
  readonly dueDate: Float64Array;
  /** Open amounts to age, minor units (NaN: a row left out). */
  readonly open: Float64Array;
  /** The invoiced (original) amounts, minor units: the sales of each period; `open` when not given. */
  readonly invoiced?: Float64Array;
}

/** A register entry the dashboard lists when broken: a plan or a promise, with what is in arrears. */
export interface BrokenEntry {
  readonly id: string;
  readonly customer: string;
  readonly customerId?: string;
  readonly arrears: Minor;
  readonly daysLate: number;
}

/** One line of `AR Dunning Log`: on `date`, customer `customerId` reached `level` for `amount`. */
export interface DunningEntry {
  readonly date: Serial;
  readonly customerId: string;
  readonly level: number;
  readonly amount: Minor;
}

/** A past aging report's totals: the receivables and their part not yet due on its date. */
export interface AgingSnapshot {
  readonly asOf: Serial;
  readonly total: Minor;
  readonly current: Minor;
}

export interface DashboardInput {
  readonly asOf: Serial;
  readonly items: DashboardItems;
  readonly bucketDays?: readonly number[];
  /** Length of a sales period for countback DSO and of the CEI period (default 30 days). */
  readonly periodDays?: number;
  /** Sales periods counted back (default 12). */
  readonly periods?: number;
  readonly brokenPlans?: readonly BrokenEntry[];
  readonly brokenPromises?: readonly BrokenEntry[];
  readonly dunning?: readonly DunningEntry[];
  /** Past aging reports, any order; those after `asOf` are left out. */
  readonly history?: readonly AgingSnapshot[];
  /** Payment behaviour per customer key, shown beside the top overdue customers. */
  readonly behaviour?: readonly PaymentBehaviour[];
  /** How many overdue customers to list (default 10). */
  readonly top?: number;
}

/** A figure, or why it cannot be given (DSO without sales, CEI without an opening balance). */
export type Figure = { readonly value: number; readonly problem?: undefined } | { readonly value: null; readonly problem: Problem };

/** The collection figures on one date. */
export interface DashboardFigures {
  readonly asOf: Serial;
  readonly total: Minor;
  readonly overdue: Minor;
  /** overdue / total as a fraction; null when there are no receivables. */
  readonly overdueShare: number | null;
  readonly dso: Figure;
  readonly bpdso: Figure;
  readonly add: Figure;
  readonly cei: Figure;
}

export interface OverdueCustomer {
  readonly key: string;
  readonly customer: string;
  readonly total: Minor;
  readonly overdue: Minor;
  readonly oldestDays: number;
  readonly behaviour?: PaymentBehaviour;
}

export interface Dashboard extends DashboardFigures {
  readonly bucketDays: readonly number[];
  /** Not due, each range, over the last: as AR.AGING. */
  readonly buckets: readonly Minor[];
  readonly topOverdue: readonly OverdueCustomer[];
  readonly brokenPlans: readonly BrokenEntry[];
  readonly brokenPromises: readonly BrokenEntry[];
  /** Per level (ascending): the customers whose latest dunning is at that level and their amounts. */
  readonly dunning: readonly { readonly level: number; readonly customers: number; readonly amount: Minor }[];
  /** The figures on each past aging date, oldest first, then today's; empty without history. */
  readonly trend: readonly DashboardFigures[];
}

/**
 * The collections dashboard as of a date: receivables, overdue share, DSO, BPDSO and ADD counted back
 * over the sales of each period (invoiced amounts by invoice date), CEI of the last period (opening
 * receivables from the latest aging report on or before its start), aging by bucket, the most overdue
 * customers, broken plans and promises, amounts in dunning by level and the trend over past aging
 * reports. A figure that cannot be computed carries its reason instead of a value.
 *
 * @example
 * collectionsDashboard({ asOf: 100, items: { length: 2, keys: ["a", "b"], customers: ["A", "B"], invoiceDate: new Float64Array([NaN, NaN]), dueDate: new Float64Array([120, 90]), open: new Float64Array([600, 400]) } }).overdueShare
 * //=> 0.4
 */
export function collectionsDashboard(input: DashboardInput): Dashboard {
  const { asOf, items } = input;
  const bucketDays = input.bucketDays ?? DEFAULT_BUCKET_DAYS;
  const periodDays = input.periodDays ?? COUNTBACK_PERIOD_DAYS;
  const periods = input.periods ?? 12;
  const aging = ageItems(items.open, items.dueDate, asOf, bucketDays, items.keys);
  const { buckets, total } = aging.grandTotal;
  const current = buckets[0];
  const sales = salesByPeriod(items, asOf, periodDays, periods);
  const history = [...(input.history ?? [])].filter((h) => h.asOf < asOf).sort((a, b) => a.asOf - b.asOf);
  const opening = [...history].reverse().find((h) => h.asOf <= asOf - periodDays) ?? null;
  const today = figuresOf(asOf, total, current, sales, periodDays, opening, sales[0] ?? 0);
  const trend = history.length === 0 ? [] : [...history.map((h, k) => snapshotFigures(h, items, history.slice(0, k), periodDays, periods)), today];
  return {
    ...today,
    bucketDays,
    buckets,
    topOverdue: topOverdue(items, asOf, aging.groups, input.behaviour ?? [], input.top ?? 10),
    brokenPlans: [...(input.brokenPlans ?? [])].sort((a, b) => b.arrears - a.arrears),
    brokenPromises: [...(input.brokenPromises ?? [])].sort((a, b) => b.arrears - a.arrears),
    dunning: dunningByLevel(input.dunning ?? [], asOf),
    trend,
  };
}

/** Invoiced amounts per period of `days`, newest first: period i is (asOf − (i+1)·days, asOf − i·days]. */
export function salesByPeriod(items: DashboardItems, asOf: Serial, days: number, periods: number): Minor[] {
  const sales = new Array<number>(periods).fill(0);
  const invoiced = items.invoiced ?? items.open;
  for (let i = 0; i < items.length; i++) {
    const d = items.invoiceDate[i];
    const amount = invoiced[i];
    if (!(d <= asOf) || !(amount > 0)) continue;
    const k = Math.floor((asOf - d) / days);
    if (k < periods) sales[k] += amount;
  }
  return sales;
}

function figure(compute: () => number): Figure {
  try {
    return { value: compute() };
  } catch (error) {
    if (error instanceof DomainError) return { value: null, problem: error.problem };
    throw error;
  }
}

function figuresOf(asOf: Serial, total: Minor, current: Minor, sales: readonly Minor[], days: number, opening: AgingSnapshot | null, periodSales: Minor): DashboardFigures {
  const overdue = total - current;
  const cei: Figure = opening
    ? figure(() => collectionEffectiveness({ openingReceivables: opening.total, sales: periodSales, closingReceivables: total, closingCurrentReceivables: Math.max(0, Math.min(current, total)) }))
    : { value: null, problem: { code: "metrics.ceiNeedsHistory", params: { days } } };
  return {
    asOf,
    total,
    overdue,
    overdueShare: total > 0 ? overdue / total : null,
    dso: figure(() => dso(total, sales, days)),
    bpdso: figure(() => bestPossibleDso(Math.max(0, current), sales, days)),
    add: figure(() => averageDaysDelinquent(total, Math.max(0, Math.min(current, total)), sales, days)),
    cei,
  };
}

/** A past report's figures: its own totals against the sales of the periods before its date. */
function snapshotFigures(snapshot: AgingSnapshot, items: DashboardItems, earlier: readonly AgingSnapshot[], days: number, periods: number): DashboardFigures {
  const sales = salesByPeriod(items, snapshot.asOf, days, periods);
  const opening = [...earlier].reverse().find((h) => h.asOf <= snapshot.asOf - days) ?? null;
  return figuresOf(snapshot.asOf, snapshot.total, snapshot.current, sales, days, opening, sales[0] ?? 0);
}

function topOverdue(items: DashboardItems, asOf: Serial, groups: readonly { key: string; buckets: Minor[]; total: Minor }[], behaviour: readonly PaymentBehaviour[], top: number): OverdueCustomer[] {
  const names = new Map<string, string>();
  const oldest = new Map<string, number>();
  for (let i = 0; i < items.length; i++) {
    if (Number.isNaN(items.open[i])) continue;
    const key = items.keys[i];
    if (!names.has(key)) names.set(key, items.customers[i]);
    const days = asOf - items.dueDate[i];
    if (items.open[i] > 0 && days > (oldest.get(key) ?? 0)) oldest.set(key, days);
  }
  const byKey = new Map(behaviour.map((b) => [b.key, b]));
  return groups
    .map((g) => ({ key: g.key, customer: names.get(g.key) ?? g.key, total: g.total, overdue: g.total - g.buckets[0], oldestDays: oldest.get(g.key) ?? 0, behaviour: byKey.get(g.key) }))
    .filter((c) => c.overdue > 0)
    .sort((a, b) => b.overdue - a.overdue || a.customer.localeCompare(b.customer))
    .slice(0, top);
}

/** Each customer's latest dunning on or before `asOf`, summed by its level. */
function dunningByLevel(log: readonly DunningEntry[], asOf: Serial) {
  const latest = new Map<string, DunningEntry>();
  for (const e of log) {
    if (!(e.date <= asOf)) continue;
    const seen = latest.get(e.customerId);
    if (!seen || e.date >= seen.date) latest.set(e.customerId, e);
  }
  const levels = new Map<number, { customers: number; amount: number }>();
  for (const e of latest.values()) {
    const l = levels.get(e.level) ?? { customers: 0, amount: 0 };
    l.customers++;
    l.amount += e.amount;
    levels.set(e.level, l);
  }
  return [...levels].sort((a, b) => a[0] - b[0]).map(([level, l]) => ({ level, ...l }));
}

/**
 * A past aging report's totals from its sheet: the totals row (the last row) under the Total column
 * and the Not-due column, found by their headers in any language (`totalWords`, `notDueWords`).
 * Null when the sheet does not look like an aging report.
 *
 * @example
 * agingSnapshot([["Customer", "Not due", "1-30", "Total"], ["A", 10, 5, 15], ["Total", 10, 5, 15]], 46000, ["Total"], ["Not due"]) //=> { asOf: 46000, total: 1500, current: 1000 }
 */
export function agingSnapshot(values: readonly (readonly unknown[])[], asOf: Serial, totalWords: readonly string[], notDueWords: readonly string[]): AgingSnapshot | null {
  const norm = (v: unknown) => String(v ?? "").trim().toLowerCase();
  const totals = new Set(totalWords.map(norm));
  const notDue = new Set(notDueWords.map(norm));
  const headerAt = values.findIndex((r) => r.some((c) => notDue.has(norm(c))));
  if (headerAt < 0) return null;
  const header = values[headerAt];
  const totalAt = header.findIndex((c) => totals.has(norm(c)));
  const notDueAt = header.findIndex((c) => notDue.has(norm(c)));
  const last = values[values.length - 1];
  if (totalAt < 0 || values.length - 1 <= headerAt) return null;
  const total = last[totalAt];
  const current = last[notDueAt];
  if (typeof total !== "number" || typeof current !== "number") return null;
  return { asOf, total: toMinor(total), current: toMinor(current) };
}
