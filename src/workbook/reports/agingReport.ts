/**
 * Ledger → aging report sheet, pure: the task pane writes what this returns through the port, and the
 * bench calls it directly. Amounts stay in minor units until the cells are made, so the report's
 * totals are the ledger's exact total.
 */
import { bucketIndex, bucketLabels, checkBucketDays } from "../../domain/aging";
import { Serial, serialToIso } from "../../domain/dates";
import { LedgerReport, RejectedRow } from "../../domain/ledger/types";
import { fromMinor, Minor } from "../../domain/money";
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

function agable(ledger: LedgerReport, i: number): boolean {
  return !Number.isNaN(ledger.rows.open[i]) && !Number.isNaN(ledger.rows.dueDate[i]);
}

/** Totals and counts of a run, exact in minor units. */
export function summarizeAging(ledger: LedgerReport, options: AgingReportOptions): AgingSummary {
  checkBucketDays(options.bucketDays);
  const lang = options.lang ?? getLanguage();
  const buckets = new Array<number>(options.bucketDays.length + 2).fill(0);
  const currencies = new Set<string>();
  let aged = 0;
  const { rows } = ledger;
  for (let i = 0; i < rows.length; i++) {
    if (!agable(ledger, i)) continue;
    aged++;
    buckets[bucketIndex(options.asOf - rows.dueDate[i], options.bucketDays)] += rows.open[i];
    if (rows.currency[i]) currencies.add(rows.currency[i]);
  }
  const extra = unageableRows(ledger);
  const rejected = extra.length === 0 ? ledger.rejected : [...ledger.rejected, ...extra].sort((a, b) => a.index - b.index);
  return { aged, total: buckets.reduce((a, b) => a + b, 0), buckets, labels: labelsOf(options.bucketDays, lang), rejected, blank: ledger.blankRows, currencies: [...currencies] };
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

/** `summary` may be passed when the caller already has it (one pass over a million rows fewer). */
export function agingReportLayout(ledger: LedgerReport, options: AgingReportOptions, known?: AgingSummary): AgingReportLayout {
  checkBucketDays(options.bucketDays);
  const lang = options.lang ?? getLanguage();
  const tr = (key: string, params?: Record<string, string | number>) => t(key, params, lang);
  const labels = labelsOf(options.bucketDays, lang);
  const name = agingSheetName(options.asOf);
  const summary = known ?? summarizeAging(ledger, options);
  const title = [
    tr("pane.report.title", { date: serialToIso(options.asOf) }),
    tr("pane.report.source", { source: options.source ?? "" }),
    tr("pane.report.counts", { aged: summary.aged, rejected: summary.rejected.length, blank: summary.blank }),
  ];
  const money = (header: string): ReportColumn => ({ header, numberFormat: MONEY });
  const { rows } = ledger;
  const width = labels.length;

  if (options.groupByCustomer) {
    const groups = new Map<string, { customer: string; currency: string; buckets: number[]; disputed: number; count: number }>();
    for (let i = 0; i < rows.length; i++) {
      if (!agable(ledger, i)) continue;
      const customer = rows.customer[i]?.trim() || tr("aging.blankKey");
      const currency = rows.currency[i] ?? "";
      const key = `${customer}\u0000${currency}`;
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { customer, currency, buckets: new Array<number>(width).fill(0), disputed: 0, count: 0 }));
      g.buckets[bucketIndex(options.asOf - rows.dueDate[i], options.bucketDays)] += rows.open[i];
      if (rows.disputed[i]) g.disputed += rows.open[i];
      g.count++;
    }
    const list = [...groups.values()];
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

  const index: number[] = [];
  for (let i = 0; i < rows.length; i++) if (agable(ledger, i)) index.push(i);
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
        const amounts = new Array<CellValue>(width).fill(null);
        amounts[bucketIndex(days, options.bucketDays)] = fromMinor(rows.open[i]);
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
          fromMinor(rows.open[i]),
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
