/** Texts of the Cash panel built from domain values: problems with their place, reasons, rules. */
import { LineMatch, StatementProblem } from "../../domain/cash";
import { Problem } from "../../domain/core";
import { getLanguage, t } from "../../i18n";
import { formatMoney } from "../../i18n/numberFormat";

export const money = (minor: number) => formatMoney(minor, getLanguage());

/** A problem's text, amounts (params named amount, in minor units) shown as money. */
export function problemText(p: Problem): string {
  const params = p.params ? Object.fromEntries(Object.entries(p.params).map(([k, v]) => [k, k === "amount" && typeof v === "number" ? money(v) : v])) : undefined;
  return t(p.code, params);
}

/** A statement problem with its place: the file, the line and the field where known. */
export function statementProblemText(p: StatementProblem): string {
  const where =
    p.line !== undefined && p.line > 0
      ? p.field
        ? t("cashPanel.where.lineField", { file: p.file, line: p.line, field: p.field })
        : t("cashPanel.where.line", { file: p.file, line: p.line })
      : p.field
        ? t("cashPanel.where.field", { file: p.file, field: p.field })
        : t("cashPanel.where.file", { file: p.file });
  const message = problemText(p.problem);
  // Messages of the readers name the file themselves; others get the place in front.
  return message.startsWith(p.file) ? message : t("cashPanel.at", { where, message });
}

export const ruleText = (m: LineMatch) => (m.rule === "" ? "" : t(`cashPanel.rule.${m.rule}`));

export function differenceText(m: LineMatch): string {
  if (m.difference > 0) return t(`cashPanel.diff.${m.differenceReason}`, { amount: money(m.difference) });
  if (m.unapplied > 0 && m.status !== "unmatched") return t("cashPanel.diff.onAccount", { amount: money(m.unapplied) });
  if (m.differenceReason === "short") return t("cashPanel.diff.short");
  return "";
}

export const reasonsText = (m: LineMatch) => m.reasons.map(problemText).join(" ");
