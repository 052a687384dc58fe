/**
 * Ledger → aging report sheet, pure: the task pane writes what this returns through the port, and the
 * bench calls it directly. Amounts stay in minor units until the cells are made, so the report's
 * totals are the ledger's exact total.
 */
import { bucketIndex, bucketLabels, checkBucketDays } from "../../domain/aging";
import { Serial, serialToIso, fromMinor, Minor } from "../../domain/core";
import { LedgerReport, RejectedRow } from "../../domain/ledger";
import { getLanguage, Lang, t } from "../../i18n";
import { CellValue, ReportColumn, ReportSheet } from "../port";

export interface AgingReportOptions {
  readonly asOf: Serial;
  readonly bucketDays: readonly number[];
  /** One row per customer (and currency) instead of one per invoice. */
  readonly groupByCustomer: boolean;
  /** Where the ledger came from, for the title ("table Ledger", "sheet Export"). */
  readonly source?: string;
  readonly lang?: Lang;
}

/** What the pane shows after a run. */
export interface AgingSummary {
  /** Accepted rows that were aged. */
  readonly aged: number;
  /** Exact sum of the aged open amounts, minor units. */
  readonly total: Minor;
  /** Per bucket: Not due, each range, Over; minor units. */
  readonly buckets: readonly Minor[];
  readonly labels: readonly string[];
  /** Rows refused by the reader or by aging, in row order, with their reasons. */
  readonly rejected: readonly RejectedRow[];
  readonly blank: number;
  readonly currencies: readonly string[];
}

/** The sheet a run for `asOf` writes (a rerun for the same date replaces it). */
export function agingSheetName(asOf: Serial): string {
  return `AR Aging ${serialToIso(asOf)}`;
}

const MONEY = "#,##0.00";

/**
 * Rows the reader accepted but that cannot be aged (no open amount or no due date): refused here with
 * a reason, so every data row ends up aged, rejected or blank.
 */
export function unageableRows(ledger: LedgerReport): RejectedRow[] {
  const out: RejectedRow[] = [];
  const { rows } = ledger;
  for (let i = 0; i < rows.length; i++) {
    if (Number.isNaN(rows.open[i])) out.push({ index: rows.sourceIndex[i], field: "openAmount", problem: { code: "pane.aging.noAmount" } });
    else if (Number.isNaN(rows.dueDate[i])) out.push({ index: rows.sourceIndex[i], field: "dueDate", problem: { code: "pane.aging.noDueDate" } });
  }
  return out;
}

/** Totals and counts of a run, exact in minor units. */
export function summarizeAging(ledger: LedgerReport, options: AgingReportOptions): AgingSummary {
  return agingAccumulator(ledger, { ...options, groupByCustomer: false }).addAll().summary();
}

function labelsOf(bucketDays: readonly number[], lang: Lang): string[] {
  return bucketLabels(bucketDays, t("aging.notDue", undefined, lang), (days) => t("aging.over", { days }, lang));
}

/** The shape of the report, with a function that makes any slice of its rows (so a caller can yield between slices). */
export interface AgingReportLayout {
  readonly sheet: Omit<ReportSheet, "rows">;
  readonly rowCount: number;
  rowsAt(from: number, to: number): CellValue[][];
}

/**
 * Everything the report needs from the ledger, gathered in one pass that a caller may split into
 * slices (`add(from, to)`, in order, from 0 to the ledger's length) and yield between: the summary
 * (counts, exact bucket totals, currencies, the rows that cannot be aged) and the layout's grouping by
 * customer and currency, or its index of the rows that are aged. `summary()` and `layout()` once every
 * row was added.
 */
export interface AgingAccumulator {
  /** Takes the ledger rows [from, to); `from` must be where the previous slice ended. */
  add(from: number, to: number): AgingAccumulator;
  /** Adds whatever rows are left, in one go. */
  addAll(): AgingAccumulator;
  /** Rows added so far. */
  readonly done: number;
  summary(): AgingSummary;
  /** `known` may be passed when the caller already has the summary. */
  layout(known?: AgingSummary): AgingReportLayout;
}

interface Group {
  readonly customer: string;
  readonly currency: string;
  readonly buckets: number[];
  disputed: number;
  count: number;
}

export function agingAccumulator(ledger: LedgerReport, options: AgingReportOptions): AgingAccumulator {
  checkBucketDays(options.bucketDays);
  const lang = options.lang ?? getLanguage();
  const tr = (key: string, params?: Record<string, string | number>) => t(key, params, lang);
  const { asOf, bucketDays, groupByCustomer } = options;
  const { rows } = ledger;
  const width = bucketDays.length + 2;
  const buckets = new Array<number>(width).fill(0);
  const currencies = new Set<string>();
  const extra: RejectedRow[] = [];
  const groups = new Map<string, Group>();
  const blankKey = groupByCustomer ? tr("aging.blankKey") : "";
  // Ungrouped: the ledger indexes of the aged rows, in order (the report's rows).
  const index = groupByCustomer ? new Int32Array(0) : new Int32Array(rows.length);
  let aged = 0;
  let done = 0;

  const complete = () => {
    if (done !== rows.length) throw new Error(`aging accumulator: ${done} of ${rows.length} rows added`);
  };

  const acc: AgingAccumulator = {
    get done() {
      return done;
    },
    add(from, to) {
      if (from !== done) throw new Error(`aging accumulator: rows added from ${from}, expected ${done}`);
      const end = Math.min(rows.length, Math.max(from, to));
      for (let i = from; i < end; i++) {
        const open = rows.open[i];
        const due = rows.dueDate[i];
        if (Number.isNaN(open)) {
          extra.push({ index: rows.sourceIndex[i], field: "openAmount", problem: { code: "pane.aging.noAmount" } });
          continue;
        }
        if (Number.isNaN(due)) {
          extra.push({ index: rows.sourceIndex[i], field: "dueDate", problem: { code: "pane.aging.noDueDate" } });
          continue;
        }
        const bucket = bucketIndex(asOf - due, bucketDays);
        buckets[bucket] += open;
        const currency = rows.currency[i];
        if (currency) currencies.add(currency);
        if (groupByCustomer) {
          const customer = rows.customer[i]?.trim() || blankKey;
          const key = `${customer}\u0000${currency ?? ""}`;
          let g = groups.get(key);
          if (!g) groups.set(key, (g = { customer, currency: currency ?? "", buckets: new Array<number>(width).fill(0), disputed: 0, count: 0 }));
          g.buckets[bucket] += open;
          if (rows.disputed[i]) g.disputed += open;
          g.count++;
        } else index[aged] = i;
        aged++;
      }
      done = end;
      return acc;
    },
    addAll() {
      return acc.add(done, rows.length);
    },
    summary() {
      complete();
      const rejected = extra.length === 0 ? ledger.rejected : [...ledger.rejected, ...extra].sort((a, b) => a.index - b.index);
      return { aged, total: buckets.reduce((a, b) => a + b, 0), buckets: [...buckets], labels: labelsOf(bucketDays, lang), rejected, blank: ledger.blankRows, currencies: [...currencies] };
    },
    layout(known) {
      complete();
      return layoutOf(ledger, options, lang, known ?? acc.summary(), groupByCustomer ? [...groups.values()] : index.subarray(0, aged));
    },
  };
  return acc;
}

/** `summary` may be passed when the caller already has it (one pass over a million rows fewer). */
export function agingReportLayout(ledger: LedgerReport, options: AgingReportOptions, known?: AgingSummary): AgingReportLayout {
  return agingAccumulator(ledger, options).addAll().layout(known);
}

function layoutOf(ledger: LedgerReport, options: AgingReportOptions, lang: Lang, summary: AgingSummary, grouped: readonly Group[] | Int32Array): AgingReportLayout {
  const tr = (key: string, params?: Record<string, string | number>) => t(key, params, lang);
  const labels = labelsOf(options.bucketDays, lang);
  const name = agingSheetName(options.asOf);
  const title = [
    tr("pane.report.title", { date: serialToIso(options.asOf) }),
    tr("pane.report.source", { source: options.source ?? "" }),
    tr("pane.report.counts", { aged: summary.aged, rejected: summary.rejected.length, blank: summary.blank }),
  ];
  const money = (header: string): ReportColumn => ({ header, numberFormat: MONEY });
  const { rows } = ledger;
  const width = labels.length;

  if (!(grouped instanceof Int32Array)) {
    const list = grouped;
    const columns: ReportColumn[] = [
      { header: tr("aging.customer"), numberFormat: "@" },
      { header: tr("pane.report.currency"), numberFormat: "@" },
      ...labels.map(money),
      money(tr("aging.total")),
      money(tr("pane.report.disputed")),
      { header: tr("pane.report.invoices"), numberFormat: "0" },
    ];
    const first = 2;
    return {
      sheet: { name, title, columns, tableName: name.replace(/[^A-Za-z0-9]/g, "_"), totalColumns: columns.map((_, c) => c).slice(first), chart: { title: tr("pane.report.chart"), categoryColumns: labels.map((_, k) => first + k), row: list.length } },
      rowCount: list.length,
      rowsAt: (from, to) =>
        list.slice(from, to).map((g) => [g.customer, g.currency, ...g.buckets.map((m) => fromMinor(m)), fromMinor(g.buckets.reduce((a, b) => a + b, 0)), fromMinor(g.disputed), g.count]),
    };
  }

  const index = grouped;
  const columns: ReportColumn[] = [
    { header: tr("aging.customer"), numberFormat: "@" },
    { header: tr("pane.report.invoice"), numberFormat: "@" },
    { header: tr("pane.report.currency"), numberFormat: "@" },
    { header: tr("pane.report.invoiceDate"), numberFormat: "yyyy-mm-dd" },
    { header: tr("pane.report.dueDate"), numberFormat: "yyyy-mm-dd" },
    { header: tr("pane.report.daysOverdue"), numberFormat: "0" },
    { header: tr("pane.report.disputed"), numberFormat: "@" },
    ...labels.map(money),
    money(tr("aging.total")),
  ];
  const first = 7;
  const yes = tr("pane.report.yes");
  return {
    sheet: { name, title, columns, tableName: name.replace(/[^A-Za-z0-9]/g, "_"), totalColumns: columns.map((_, c) => c).slice(first), chart: { title: tr("pane.report.chart"), categoryColumns: labels.map((_, k) => first + k), row: index.length } },
    rowCount: index.length,
    rowsAt(from, to) {
      const out: CellValue[][] = [];
      for (let k = from; k < Math.min(to, index.length); k++) {
        const i = index[k];
        const days = options.asOf - rows.dueDate[i];
        const amount = fromMinor(rows.open[i]);
        const amounts = new Array<CellValue>(width).fill(null);
        amounts[bucketIndex(days, options.bucketDays)] = amount;
        const invoiceDate = rows.invoiceDate[i];
        out.push([
          rows.customer[i] ?? "",
          rows.invoice[i] ?? "",
          rows.currency[i] ?? "",
          Number.isNaN(invoiceDate) ? null : invoiceDate,
          rows.dueDate[i],
          days,
          rows.disputed[i] ? yes : "",
          ...amounts,
          amount,
        ]);
      }
      return out;
    },
  };
}

/**
 * The aging report of a ledger as a sheet: one row per invoice (or per customer and currency), a
 * bucket column each, an Excel totals row and a column chart of the bucket totals.
 *
 * @example
 * buildAgingReport(ledger, { asOf: 46351, bucketDays: [30, 60, 90], groupByCustomer: true }).name
 * //=> "AR Aging 2026-11-25"
 */
export function buildAgingReport(ledger: LedgerReport, options: AgingReportOptions): ReportSheet {
  const layout = agingReportLayout(ledger, options);
  return { ...layout.sheet, rows: layout.rowsAt(0, layout.rowCount) };
}
