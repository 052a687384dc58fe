/**
 * A manual override of a review decision: a new limit and decision, with the reason and who decided,
 * appended to `AR Credit Log`. Without a reason (or a name) nothing is written.
 */
import { CreditDecisionKind, ReviewLine } from "../../domain/credit";
import { amountFromText } from "../../domain/customers";
import { Serial, Minor } from "../../domain/core";
import { t } from "../../i18n";
import { WorkbookPort } from "../../workbook/port";
import { appendCreditLog, CreditLogEntry } from "./creditLog";

export interface OverrideRequest {
  readonly line: ReviewLine;
  readonly limitText: string;
  readonly decision: CreditDecisionKind;
  readonly reason: string;
  readonly who: string;
  readonly date: Serial;
}

export type OverrideField = "limit" | "reason" | "who";

export type OverrideOutcome = { readonly ok: true; readonly entry: CreditLogEntry } | { readonly ok: false; readonly problems: Partial<Record<OverrideField, string>> };

/** What is wrong with an override, field by field; empty when it can be logged. */
export function checkOverride(r: Omit<OverrideRequest, "line" | "date">): { limit: Minor | null; problems: Partial<Record<OverrideField, string>> } {
  const problems: Partial<Record<OverrideField, string>> = {};
  const limit = amountFromText(r.limitText);
  if (limit === null || limit < 0) problems.limit = t("creditPanel.override.badLimit", { text: r.limitText.trim() });
  else if (r.decision === "Decline" && limit > 0) problems.limit = t("creditPanel.override.declineWithLimit");
  if (r.reason.trim() === "") problems.reason = t("creditPanel.override.reasonRequired");
  if (r.who.trim() === "") problems.who = t("creditPanel.override.whoRequired");
  return { limit, problems };
}

export async function recordOverride(port: WorkbookPort, r: OverrideRequest): Promise<OverrideOutcome> {
  const { limit, problems } = checkOverride(r);
  if (Object.keys(problems).length > 0 || limit === null) return { ok: false, problems };
  const entry: CreditLogEntry = { date: r.date, customer: r.line.customer, oldLimit: r.line.limit, newLimit: limit, decision: r.decision, reason: r.reason.trim(), who: r.who.trim() };
  await appendCreditLog(port, [entry]);
  return { ok: true, entry };
}
