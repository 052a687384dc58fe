/**
 * `AR Credit Log`: every override and every new account, appended, never rewritten. It holds what an
 * auditor needs (date, customer, old and new limit, decision, reason, who) and nothing confidential:
 * no income, no IBAN, no ID numbers.
 */
import { CreditDecisionKind } from "../../domain/credit";
import { Serial, fromMinor, Minor } from "../../domain/core";
import { t } from "../../i18n";
import { CellValue, ReportColumn, WorkbookPort } from "../../workbook/port";
import { CREDIT_LOG_SHEET } from "../shell/sheets";

export interface CreditLogEntry {
  readonly date: Serial;
  readonly customer: string;
  readonly oldLimit: Minor | null;
  readonly newLimit: Minor;
  readonly decision: CreditDecisionKind;
  readonly reason: string;
  readonly who: string;
}

export function creditLogColumns(): ReportColumn[] {
  return [
    { header: t("creditPanel.log.date"), numberFormat: "yyyy-mm-dd" },
    { header: t("creditPanel.log.customer"), numberFormat: "@" },
    { header: t("creditPanel.log.oldLimit"), numberFormat: "#,##0.00" },
    { header: t("creditPanel.log.newLimit"), numberFormat: "#,##0.00" },
    { header: t("creditPanel.log.decision"), numberFormat: "@" },
    { header: t("creditPanel.log.reason"), numberFormat: "@" },
    { header: t("creditPanel.log.who"), numberFormat: "@" },
  ];
}

export function creditLogRow(e: CreditLogEntry): CellValue[] {
  return [e.date, e.customer, e.oldLimit === null ? null : fromMinor(e.oldLimit), fromMinor(e.newLimit), e.decision, e.reason, e.who];
}

export function appendCreditLog(port: WorkbookPort, entries: readonly CreditLogEntry[]): Promise<void> {
  return port.appendToLog(CREDIT_LOG_SHEET, creditLogColumns(), entries.map(creditLogRow));
}
