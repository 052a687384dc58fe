/**
 * The workbook-native statements: `AR Statements YYYY-MM-DD`, one block per customer (opening balance,
 * the period's lines with the running balance, the balance due and the aging summary), for hosts where
 * downloads do not work and for printing from Excel.
 */
import { bucketLabels } from "../../domain/aging";
import { fromMinor, Serial, serialToIso } from "../../domain/core";
import { Statement } from "../../domain/statements";
import { Lang, t } from "../../i18n";
import { CellValue, ReportSheet } from "../../workbook/port";

export const statementsSheetName = (to: Serial) => `AR Statements ${serialToIso(to)}`;

export function statementsSheet(statements: readonly Statement[], from: Serial, to: Serial, lang: Lang): ReportSheet {
  const tr = (key: string, params?: Record<string, string | number>) => t(key, params, lang);
  const rows: CellValue[][] = [];
  for (const s of statements) {
    const who = s.customerId ? `${s.customer} (${s.customerId})` : s.customer;
    const money = (m: number) => fromMinor(m);
    rows.push([who, s.currency, tr("statements.opening"), s.from, "", "", null, null, null, money(s.opening)]);
    for (const l of s.lines) {
      rows.push([who, s.currency, tr(`statements.kind.${l.kind}`), l.date, l.document, "", Number.isFinite(l.dueDate) ? l.dueDate : null, l.amount >= 0 ? money(l.amount) : null, l.amount < 0 ? money(-l.amount) : null, money(l.balance)]);
    }
    rows.push([who, s.currency, tr("statements.closing"), s.to, "", "", null, null, null, money(s.closing)]);
    const labels = bucketLabels(s.bucketDays, tr("aging.notDue"), (days) => tr("aging.over", { days }));
    s.aging.forEach((b, k) => rows.push([who, s.currency, tr("statements.line.aging", { bucket: labels[k] }), s.to, "", "", null, null, null, money(b)]));
  }
  return {
    name: statementsSheetName(to),
    title: [tr("statements.sheetTitle", { from: serialToIso(from), to: serialToIso(to) }), tr("statements.written", { count: statements.length, sheet: statementsSheetName(to) })],
    columns: [
      { header: tr("statements.col.customer"), numberFormat: "@" },
      { header: tr("statements.col.currency"), numberFormat: "@" },
      { header: tr("statements.col.line"), numberFormat: "@" },
      { header: tr("statements.col.date"), numberFormat: "yyyy-mm-dd" },
      { header: tr("statements.col.document"), numberFormat: "@" },
      { header: tr("statements.col.type"), numberFormat: "@" },
      { header: tr("statements.col.dueDate"), numberFormat: "yyyy-mm-dd" },
      { header: tr("statements.col.debit"), numberFormat: "#,##0.00" },
      { header: tr("statements.col.credit"), numberFormat: "#,##0.00" },
      { header: tr("statements.col.balance"), numberFormat: "#,##0.00" },
    ],
    rows,
  };
}
