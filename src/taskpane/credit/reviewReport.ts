/**
 * Review lines → the `AR Credit Review YYYY-MM-DD` and `AR Credit Hold YYYY-MM-DD` sheets. Income and
 * monthly debt, and the reason figures computed from them, are masked unless the user revealed them;
 * decisions stay in English (the formula contract); reasons and headers are in the user's language.
 */
import { HoldReason, ReviewLine } from "../../domain/credit";
import { MASKED_AMOUNT } from "../../domain/customers";
import { Serial, serialToIso, fromMinor, Minor } from "../../domain/core";
import { creditReasonText } from "../../i18n/creditReason";
import { t } from "../../i18n";
import { CellValue, ReportSheet } from "../../workbook/port";
import { holdSheetName, reviewSheetName } from "../shell/sheets";

export interface ReviewReportOptions {
  readonly date: Serial;
  readonly validFrom: Serial | null;
  readonly customersSource: string;
  readonly ledgerSource: string;
  /** Show income and monthly debt, and the reason figures computed from them (masked otherwise). */
  readonly reveal: boolean;
}

const MONEY = "#,##0.00";
const money = (m: Minor | null): CellValue => (m === null ? null : fromMinor(m));
const z = (line: ReviewLine): CellValue => (line.z === null ? null : Math.round(line.z * 10000) / 10000);

export const zoneText = (line: ReviewLine) => (line.zone ? t(`credit.zone.${line.zone}`) : "");
export const holdText = (hold: readonly HoldReason[]) => hold.map((h) => t(`creditPanel.hold.${h}`)).join("; ");

function title(o: ReviewReportOptions, heading: string): string[] {
  const policy = o.validFrom === null ? t("creditPanel.report.policyAlways") : t("creditPanel.report.policyFrom", { date: serialToIso(o.validFrom) });
  return [heading, t("creditPanel.report.sources", { customers: o.customersSource, ledger: o.ledgerSource }), policy];
}

export function reviewReport(lines: readonly ReviewLine[], o: ReviewReportOptions): ReportSheet {
  const masked = (m: Minor): CellValue => (o.reveal ? fromMinor(m) : MASKED_AMOUNT);
  return {
    name: reviewSheetName(o.date),
    title: title(o, t("creditPanel.report.reviewTitle", { date: serialToIso(o.date) })),
    columns: [
      { header: t("creditPanel.col.customer"), numberFormat: "@" },
      { header: t("creditPanel.col.score"), numberFormat: "General" },
      { header: t("creditPanel.col.decision"), numberFormat: "@" },
      { header: t("creditPanel.col.limit"), numberFormat: MONEY },
      { header: t("creditPanel.col.currentLimit"), numberFormat: MONEY },
      { header: t("creditPanel.col.requested"), numberFormat: MONEY },
      { header: t("creditPanel.col.exposure"), numberFormat: MONEY },
      { header: t("creditPanel.col.headroom"), numberFormat: MONEY },
      { header: t("creditPanel.col.utilisation"), numberFormat: "0.0%" },
      { header: t("creditPanel.col.z"), numberFormat: "0.0000" },
      { header: t("creditPanel.col.zone"), numberFormat: "@" },
      { header: t("creditPanel.col.hold"), numberFormat: "@" },
      { header: t("creditPanel.col.reason"), numberFormat: "@" },
      { header: t("creditPanel.col.income"), numberFormat: o.reveal ? MONEY : "@" },
      { header: t("creditPanel.col.monthlyDebt"), numberFormat: o.reveal ? MONEY : "@" },
      { header: t("creditReview.behaviour.daysToPay"), numberFormat: "0.0" },
      { header: t("creditReview.behaviour.beyond"), numberFormat: "0.0" },
    ],
    rows: lines.map((l) => [
      l.customer,
      l.score,
      l.decision,
      fromMinor(l.limit),
      money(l.currentLimit),
      money(l.requested),
      fromMinor(l.exposure),
      fromMinor(l.headroom),
      l.utilisation === null ? null : Math.round(l.utilisation * 10000) / 10000,
      z(l),
      zoneText(l),
      holdText(l.hold),
      creditReasonText(l.reason, { reveal: o.reveal }),
      masked(l.income),
      masked(l.monthlyDebt),
      l.daysToPay ?? null,
      l.daysBeyondTerms ?? null,
    ]),
    totalColumns: [6],
  };
}

export function holdReport(holds: readonly ReviewLine[], o: ReviewReportOptions): ReportSheet {
  return {
    name: holdSheetName(o.date),
    title: title(o, t("creditPanel.report.holdTitle", { date: serialToIso(o.date) })),
    columns: [
      { header: t("creditPanel.col.customer"), numberFormat: "@" },
      { header: t("creditPanel.col.exposure"), numberFormat: MONEY },
      { header: t("creditPanel.col.limit"), numberFormat: MONEY },
      { header: t("creditPanel.col.overLimit"), numberFormat: MONEY },
      { header: t("creditPanel.col.z"), numberFormat: "0.0000" },
      { header: t("creditPanel.col.zone"), numberFormat: "@" },
      { header: t("creditPanel.col.hold"), numberFormat: "@" },
    ],
    rows: holds.map((l) => [l.customer, fromMinor(l.exposure), fromMinor(l.limit), fromMinor(Math.max(0, -l.headroom)), z(l), zoneText(l), holdText(l.hold)]),
  };
}
