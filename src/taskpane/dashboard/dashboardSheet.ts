/**
 * The `AR Dashboard` sheet of a dashboard, pure: one table of sections (figures, aging, top overdue
 * customers, broken plans and promises, dunning by level, trend), each a block of rows, and the Excel
 * charts of those blocks. Labels in the pane's language; figures that could not be computed are blank
 * with their reason in the Note column.
 */
import { bucketLabels } from "../../domain/aging";
import { fromMinor, serialToIso } from "../../domain/core";
import { Dashboard, DashboardFigures, Figure } from "../../domain/metrics";
import { Lang, t } from "../../i18n";
import { CellValue, ChartSpec, ReportColumn, ReportSheet } from "../../workbook/port";
import { DASHBOARD_SHEET } from "./dashboardData";

/** Column indexes of the dashboard table. */
const C = { section: 0, item: 1, amount: 2, overdue: 3, share: 4, dso: 5, bpdso: 6, add: 7, cei: 8, days: 9, count: 10, toPay: 11, beyond: 12, note: 13 } as const;
const WIDTH = 14;
const MONEY = "#,##0.00";

export interface DashboardSheetOptions {
  readonly lang: Lang;
  readonly source: string;
}

export function dashboardSheet(d: Dashboard, options: DashboardSheetOptions): ReportSheet {
  const tr = (key: string, params?: Record<string, string | number>) => t(key, params, options.lang);
  const rows: CellValue[][] = [];
  const charts: ChartSpec[] = [];
  const row = (section: string, item: string, cells: Partial<Record<keyof typeof C, CellValue>>) => {
    const r: CellValue[] = new Array(WIDTH).fill(null);
    r[C.section] = section;
    r[C.item] = item;
    for (const [k, v] of Object.entries(cells)) r[C[k as keyof typeof C]] = v ?? null;
    rows.push(r);
  };
  const block = (type: ChartSpec["type"], title: string, from: number, valueColumns: number[]) => {
    if (rows.length > from) charts.push({ type, title, firstRow: from, rowCount: rows.length - from, categoryColumn: C.item, valueColumns });
  };
  const value = (f: Figure) => f.value;
  const notes = (f: DashboardFigures) =>
    [f.dso, f.cei]
      .filter((x) => x.problem)
      .map((x) => tr(x.problem!.code, x.problem!.params as Record<string, string | number>))
      .join(" · ") || null;
  const figures = (section: string, f: DashboardFigures) =>
    row(section, serialToIso(f.asOf), { amount: fromMinor(f.total), overdue: fromMinor(f.overdue), share: f.overdueShare, dso: value(f.dso), bpdso: value(f.bpdso), add: value(f.add), cei: value(f.cei), note: notes(f) });

  figures(tr("dashboard.section.figures"), d);

  let from = rows.length;
  const labels = bucketLabels(d.bucketDays, tr("aging.notDue"), (days) => tr("aging.over", { days }));
  d.buckets.forEach((b, k) => row(tr("dashboard.section.aging"), labels[k], { amount: fromMinor(b), share: d.total !== 0 ? b / d.total : null }));
  block("column", tr("dashboard.chart.aging"), from, [C.amount]);
  block("pie", tr("dashboard.chart.agingShare"), from, [C.amount]);

  from = rows.length;
  for (const c of d.topOverdue) {
    row(tr("dashboard.section.top"), c.customer, {
      amount: fromMinor(c.total),
      overdue: fromMinor(c.overdue),
      share: c.total > 0 ? c.overdue / c.total : null,
      days: c.oldestDays,
      count: c.behaviour?.items ?? null,
      toPay: c.behaviour?.averageDaysToPay ?? null,
      beyond: c.behaviour?.averageDaysBeyondTerms ?? null,
    });
  }
  block("column", tr("dashboard.chart.top"), from, [C.overdue]);

  for (const p of d.brokenPlans) row(tr("dashboard.section.brokenPlans"), p.customer, { overdue: fromMinor(p.arrears), days: p.daysLate, note: p.id });
  for (const p of d.brokenPromises) row(tr("dashboard.section.brokenPromises"), p.customer, { overdue: fromMinor(p.arrears), days: p.daysLate, note: p.id });

  from = rows.length;
  for (const l of d.dunning) row(tr("dashboard.section.dunning"), tr("dashboard.level", { level: l.level }), { amount: fromMinor(l.amount), count: l.customers });
  block("column", tr("dashboard.chart.dunning"), from, [C.amount]);

  from = rows.length;
  for (const f of d.trend) figures(tr("dashboard.section.trend"), f);
  block("line", tr("dashboard.chart.trendAmounts"), from, [C.amount, C.overdue]);
  block("line", tr("dashboard.chart.trendDays"), from, [C.dso, C.bpdso, C.add]);

  const money = (key: string): ReportColumn => ({ header: tr(key), numberFormat: MONEY });
  const days = (key: string): ReportColumn => ({ header: tr(key), numberFormat: "0.0" });
  const columns: ReportColumn[] = [
    { header: tr("dashboard.col.section"), numberFormat: "@" },
    { header: tr("dashboard.col.item"), numberFormat: "@" },
    money("dashboard.col.amount"),
    money("dashboard.col.overdue"),
    { header: tr("dashboard.col.share"), numberFormat: "0.0%" },
    days("dashboard.col.dso"),
    days("dashboard.col.bpdso"),
    days("dashboard.col.add"),
    { header: tr("dashboard.col.cei"), numberFormat: "0.0%" },
    { header: tr("dashboard.col.days"), numberFormat: "0" },
    { header: tr("dashboard.col.count"), numberFormat: "0" },
    days("dashboard.col.toPay"),
    days("dashboard.col.beyond"),
    { header: tr("dashboard.col.note"), numberFormat: "@" },
  ];
  return {
    name: DASHBOARD_SHEET,
    tableName: "AR_Dashboard",
    title: [tr("dashboard.sheetTitle", { date: serialToIso(d.asOf) }), tr("dashboard.sheetSource", { source: options.source })],
    columns,
    rows,
    charts,
  };
}
